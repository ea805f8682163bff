"""Event extraction: who (source) did what (trigger) to whom (target), where and when.

Rules over spaCy's dependency parse, no model of their own:

1. **Triggers.** Every token whose lemma (or form) starts a trigger pattern of the ontology is
   tried; multi-word patterns ("launch war", "green light", "come to power") need their other
   words joined to it in the parse. Longer patterns win; a token belongs to one trigger. Tokens
   inside an actor's name or a named event/law/work title are never triggers.
2. **Arguments.** For a verb: subject -> source, object / dative / to-against-on-into phrase ->
   target; passive subject -> target and the by-agent -> source; a missing subject is inherited
   through xcomp (object control: "ordered X to invade" -> X invades), conjunction, participles
   and relative clauses. For a noun ("the invasion of Ukraine", "Putin's visit to Pyongyang",
   "the fall of the Soviet Union"): possessor and demonym modifiers -> source, "of" -> the role
   the type says, "by" -> source, "to/against/on" -> target; a light verb ("gave his approval
   to") or copula ("became a supplier of arms to") governing it lends its subject and recipient.
   Coordinated arguments each become a participant.
3. **Actors.** An argument is an actor when an actor mention covers it, when it is a head that
   stands for the actor in its modifiers ("North Korean troops", "the leadership in Moscow"), or
   a he/she pronoun resolved to the last person named. An event needs at least one named actor.
4. **Type, modality, date, summary**: see ``ontology``, ``_modality`` and ``_dating``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from chronica.events import _dating
from chronica.events._actors import Mention, MentionIndex, mentions_from, phrase_mentions, state_for
from chronica.events._modality import REFUSE_VERBS, SAY_VERBS, modality
from chronica.events.model import (
    ASSERTED, OTHER, PLANNED, POSSIBLE, SOURCE, TARGET, EventMention, Participant,
)
from chronica.events.ontology import STATE_TYPES, Ontology, Pattern, load_ontology
from chronica.nlp import sentence_spans

#: lemmatiser slips seen in the English pipeline
LEMMA_FIXES = {"instal": "install", "capitulated": "capitulate"}
#: a copula carries a nominal trigger only when it states a change: "X became a supplier of arms
#: to Y" is an event; "X is a trading partner of Y" describes a state of affairs
COPULAS = frozenset({"become"})
TARGET_PREPS = frozenset({"to", "against", "on", "into", "toward", "towards", "at", "upon", "over"})
#: nominal types a place name before the noun names the place of ("the Kyoto treaty")
NAMED_AFTER_PLACE = frozenset({"FIGHT", "AGREE", "TRADE", "CONSULT"})
#: what can be assaulted besides an actor; "attacked the package" is criticism
MILITARY_OBJECTS = frozenset(
    """base town city village position convoy ship vessel camp border post outpost airport port
    station building embassy school hospital home house civilian people protester force
    troop soldier army territory region area capital province compound plane aircraft tanker""".split()
)
FROM_TYPES = frozenset({"REDUCE", "RETREAT"})  # "distance X from Y", "withdraw from Y": Y is the target
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "FIGHT", "TRADE", "REDUCE"})
OBJECT_CONTROL = frozenset(
    {"order", "ask", "urge", "force", "allow", "help", "tell", "permit", "persuade", "compel",
     "encourage", "invite", "instruct", "direct", "push", "press", "pressure", "enable", "require"}
)
#: state events that happen to a person
PERSON_TYPES = frozenset({"TAKE_OFFICE", "LEAVE_OFFICE", "DIE"})
BARE_STATE_MODIFIERS = frozenset({"independent", "sovereign", "separate", "new", "full"})
#: verbs of goods changing hands: an event only with a recipient, or arms or aid as the goods
GOODS_VERBS = frozenset({"supply", "provide", "sell", "buy", "purchase", "export", "import", "give",
                         "offer", "trade", "deliver", "supplier", "provider", "sale"})
#: verbs that end what their object or subject names ("Russian aid was discontinued")
END_VERBS = frozenset({"stop", "cease", "halt", "end", "discontinue", "suspend", "cut", "terminate", "quit"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
NON_TRIGGER_ENTS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within"})


@dataclass
class _Trigger:
    anchor: Token
    tokens: list[Token]
    pattern: Pattern
    carrier: Token | None = None  # light verb or copula carrying a nominal trigger
    roles: list[tuple[Token, str]] = field(default_factory=list)
    agentive: bool = False  # the source is an agent (subject of an active verb, a by-phrase)
    ended: bool = False  # governed by a verb that ends it ("stopped supplying", "aid was cut")
    passive: bool = False  # a passive verb: its subject is the target


def _keys(tok: Token) -> set[str]:
    lemma = tok.lemma_.lower()
    return {LEMMA_FIXES.get(lemma, lemma), tok.lower_}


def _neighbours(tok: Token, matched: list[Token]) -> list[Token]:
    """Tokens a later pattern word may sit on: the token's children and head, and the object of
    an "as" phrase or of a preposition already matched ("pick X as leader", "come to power")."""
    out = list(tok.children)
    for child in tok.children:
        if child.dep_ == "prep" and (child.lower_ == "as" or child in matched):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if tok.head.i != tok.i:
        out.append(tok.head)
    return out


def _match(tok: Token, pattern: Pattern) -> list[Token] | None:
    if (pattern.pos == "v" and tok.pos_ != "VERB") or (pattern.pos == "n" and tok.pos_ != "NOUN"):
        return None
    if len(pattern.words) == 1 and tok.pos_ == "VERB" and any(c.dep_ == "prt" for c in tok.children):
        return None  # another phrasal verb: "back up", "call off", "sell off"
    matched = [tok]
    for words in pattern.words[1:]:
        pool = {t.i: t for m in matched for t in _neighbours(m, matched) if t not in matched}
        cands = [t for t in pool.values() if _keys(t) & words and t.dep_ not in SUBJECT_DEPS]
        if not cands:
            return None
        matched.append(min(cands, key=lambda t: abs(t.i - tok.i)))
    if pattern.type == "TAKE_OFFICE" and "become" in pattern.words[0] and len(matched) > 1:
        noun = matched[1]  # "became the longest-serving prime minister" takes no office
        if any(c.tag_ in ("JJS", "RBS") or c.lower_.startswith("longest") for c in noun.subtree if c.i < noun.i):
            return None
    if pattern.type == "FOUND_STATE" and "become" in pattern.words[0] and len(matched) > 1:
        noun = matched[1]  # "became a state" founds one; "became a European state" does not
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in BARE_STATE_MODIFIERS
               for c in noun.children):
            return None
    return matched


def _anchor_of(tokens: list[Token]) -> Token:
    for t in tokens:
        if all(o.i == t.i or t.is_ancestor(o) for o in tokens):
            return t
    return tokens[0]


def find_triggers(sent: Span, onto: Ontology, index: MentionIndex) -> list[_Trigger]:
    """Trigger matches in a sentence, longest patterns first, each token used once."""
    found: list[tuple[int, int, list[Token], Pattern]] = []
    for tok in sent:
        if tok.is_punct or tok.is_space or index.at(tok) is not None or tok.ent_type_ in NON_TRIGGER_ENTS:
            continue
        seen: set[int] = set()
        for key in _keys(tok):
            for pattern in onto.by_first.get(key, ()):
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                tokens = _match(tok, pattern)
                if tokens:
                    found.append((-len(tokens), tok.i, tokens, pattern))
    found.sort(key=lambda x: (x[0], x[1]))
    used: set[int] = set()
    out: list[_Trigger] = []
    for _, _, tokens, pattern in found:
        if any(t.i in used for t in tokens):
            continue
        anchor = _anchor_of(tokens)
        if anchor.pos_ not in ("VERB", "NOUN"):
            continue  # a proper noun is a name ("the Growth Pact", "the Korean War"), not a trigger
        used.update(t.i for t in tokens)
        out.append(_Trigger(anchor, tokens, pattern))
    # a light verb carrying a nominal trigger is not an event of its own ("strike a deal")
    carriers = {t.anchor.head.i for t in out if t.anchor.pos_ == "NOUN" and t.anchor.dep_ in ("dobj", "attr")
                and t.anchor.head.lemma_.lower() in onto.light_verbs}
    out = [t for t in out if not (len(t.tokens) == 1 and t.anchor.i in carriers)]
    out.sort(key=lambda t: t.anchor.i)
    return out


# --- arguments --------------------------------------------------------------------------------


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(agents, patients) of a verb, inherited from the verbs above when it has no subject."""
    agents: list[Token] = []
    patients: list[Token] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            agents.append(verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "nsubjpass":
            patients.append(verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
    head = verb.head
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
    )
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if has_subject or depth > 4 or head.i == verb.i or (agents and not passive):
        return agents, patients
    if verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    ):
        return agents, patients  # an infinitive coordinated with a finite verb: a misparse
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        if objs and head.lemma_.lower() in OBJECT_CONTROL:
            return (agents, objs) if passive else (objs, [])
        surface = _surface_subject(head, depth + 1)
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        surface = _surface_subject(head, depth + 1)
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        return _surface_subject(head, depth + 1), []
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.tag_ == "VBG":
            return [head], []
        if verb.dep_ == "relcl" and not passive and verb.tag_ != "VBN":
            return [head], []
    return agents, patients


def _surface_subject(verb: Token, depth: int) -> list[Token]:
    """The grammatical subject of a verb (active or passive), inherited like ``_subjects``."""
    agents, patients = _subjects(verb, depth)
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return patients
    return agents + patients


def _verb_roles(trig: _Trigger, onto: Ontology) -> None:
    verb = trig.anchor
    agents, patients = _subjects(verb)
    trig.agentive = bool(agents)
    trig.passive = bool(patients) or any(c.dep_ == "auxpass" for c in verb.children)
    roles: list[tuple[Token, str]] = [(a, SOURCE) for a in agents] + [(p, TARGET) for p in patients]
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        if not has_obj and verb.head not in agents:
            roles.append((verb.head, TARGET))
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":  # "fought as a guerrilla against X"
            for pobj in child.children:
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("against", "with", "on"):
                        roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            roles.append((child, TARGET))
            for grand in child.children:  # "supplier of arms to Russia" style: goods to X
                if grand.dep_ == "prep" and grand.lower_ == "to":
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
        elif child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "with" and trig.pattern.type in SYMMETRIC_TYPES \
                and not trig.passive:
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "from" and trig.pattern.type in FROM_TYPES:
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "between":
            roles.extend((p, SOURCE) for p in child.children if p.dep_ == "pobj")
    # "became the leader of X": X is where he leads; "created the state of X": X is founded;
    # "launched the war against X", "arrived in X": X is the target
    of_role = TARGET if trig.pattern.type == "FOUND_STATE" else OTHER
    for tok in trig.tokens[1:]:
        if tok.dep_ == "prep" and tok.head == verb:
            roles.extend((p, TARGET) for p in tok.children if p.dep_ == "pobj")
        for child in tok.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ == "of":
                roles.extend((p, of_role) for p in child.children if p.dep_ == "pobj")
            elif child.lower_ in TARGET_PREPS or (child.lower_ == "with" and trig.pattern.type in SYMMETRIC_TYPES):
                roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
    trig.roles = roles


def _noun_roles(trig: _Trigger, onto: Ontology, index: MentionIndex) -> None:
    noun = trig.anchor
    etype = onto.types[trig.pattern.type]
    roles: list[tuple[Token, str]] = []
    for child in noun.children:
        dep, low = child.dep_, child.lower_
        if dep == "poss":
            roles.append((child, SOURCE))
        elif dep in ("amod", "compound", "nmod") and child not in trig.tokens and index.at(child):
            if dep == "compound" and etype.code in NAMED_AFTER_PLACE:
                continue  # "the Ukraine war", "the Kyoto treaty": where, not who
            roles.append((child, SOURCE))
        elif dep == "prep":
            pobjs = [p for p in child.children if p.dep_ == "pobj"]
            if low == "of":
                role = etype.of_role
                if role == SOURCE and any(r == SOURCE for _, r in roles):
                    role = TARGET
                roles.extend((p, role) for p in pobjs)
            elif low == "by":
                roles.extend((p, SOURCE) for p in pobjs)
            elif low in TARGET_PREPS or (low == "with" and etype.code in SYMMETRIC_TYPES):
                roles.extend((p, TARGET) for p in pobjs)
            elif low == "from" and etype.code in FROM_TYPES:
                roles.extend((p, TARGET) for p in pobjs)
            elif low == "between":
                roles.extend((p, SOURCE) for p in pobjs)
        elif dep == "acl" and child.tag_ == "VBN":
            for grand in child.children:
                if grand.dep_ == "agent":
                    roles.extend((p, SOURCE) for p in grand.children if p.dep_ == "pobj")
                elif grand.dep_ == "prep" and grand.lower_ in TARGET_PREPS:
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "oprd") and head.lemma_.lower() in onto.light_verbs | COPULAS:
        trig.carrier = head
        agents, patients = _subjects(head)
        if head.lemma_.lower() in COPULAS:
            agents, patients = agents + patients, []
        if agents:
            # the carrier's subject is the source: "X gave his approval" (not "his"); "X became
            # Y's trading partner" (Y is the other side)
            roles = [(t, TARGET if r == SOURCE else r) for t, r in roles if not (r == SOURCE and t.pos_ == "PRON")]
            roles.extend((a, SOURCE) for a in agents)
            trig.agentive = True
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with" and etype.code in SYMMETRIC_TYPES:
                roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in TARGET_PREPS):
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if child.dep_ == "prep" or pobjs:
                    roles.extend((p, TARGET) for p in pobjs)
                else:
                    roles.append((child, TARGET))
    elif noun.dep_ == "nsubj" and head.lemma_.lower() in ("begin", "start", "occur", "continue", "take"):
        trig.carrier = head
    elif head.lemma_.lower() in END_VERBS and (noun.dep_ in ("nsubjpass", "dobj") or (
            noun.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in head.children))):
        trig.carrier = head  # "Russian aid was discontinued": the aid ends
        trig.ended = True
    trig.roles = roles


def _participants(trig: _Trigger, index: MentionIndex) -> list[tuple[Mention, str, Token]]:
    out: list[tuple[Mention, str, Token]] = []
    seen: set = set()
    pred = trig.carrier if trig.carrier is not None else trig.anchor
    for tok, role in sorted(trig.roles, key=lambda r: r[1] != SOURCE):
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "on Monday" is when, not whom
        for t in [tok] if tok.is_ancestor(pred) else _with_conjuncts(tok):
            for m in phrase_mentions(t, index, deep=role == SOURCE) or _speaker(t, index):
                key = m.actor_id or (m.name or m.text).lower()
                if id(m) in seen or key in seen:
                    continue
                seen.update((id(m), key))
                out.append((m, role, t))
    return out


def _speaker(tok: Token, index: MentionIndex) -> list[Mention]:
    """A pronoun subject of reported speech is the speaker: "the Kremlin said it will not ..." """
    if tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    cur = tok.head
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in SAY_VERBS:
        return []
    for child in cur.head.children:
        if child.dep_ == "nsubj":
            return phrase_mentions(child, index)
    return []


def _location(trig: _Trigger, used: set[int]) -> str | None:
    heads = [trig.anchor] + ([trig.carrier] if trig.carrier is not None else [])
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC") and pobj.i not in used:
                        ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
                        return ent.text if ent is not None else pobj.text
    return None


# --- coding -----------------------------------------------------------------------------------


def _third_person(verb: str) -> str:
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


DANGLING = frozenset({"with", "of", "to", "against", "for", "from"})


def _plural(verb: str) -> str:
    """The plural of a third-person verb: "agrees" -> "agree", "supplies" -> "supply"."""
    if verb == "is":
        return "are"
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _names(parts: list[Participant]) -> str:
    names: list[str] = []
    for p in parts:
        name = p.name or p.text
        if name not in names:
            names.append(name)
    return " and ".join(names)


def summarise(etype: str, verb_phrase: str, sources: list[Participant], targets: list[Participant],
              paren_target: bool, modality_value: str, passive_form: str | None = None) -> str:
    """The summary line: "North Korea invades South Korea", "Stalin approves (Kim Il-sung)"."""
    src, tgt = _names(sources), _names(targets)
    if not src and tgt and passive_form:  # "Kennedy assassinated", "South Korea invaded"
        line = f"{tgt} {passive_form}"
        return line + (f" [{modality_value}]" if modality_value != ASSERTED else "")
    if not tgt:  # "agrees with" -> "agrees"
        verb_phrase = " ".join(w for w in verb_phrase.split() if w not in DANGLING) or verb_phrase
    if len({p.name or p.text for p in sources}) > 1:  # "Russia and China agree"
        first, _, rest = verb_phrase.partition(" ")
        verb_phrase = " ".join(x for x in (_plural(first), rest) if x)
    line = f"{src or '?'} {verb_phrase}"
    if tgt:
        line += f" ({tgt})" if paren_target else f" {tgt}"
    if modality_value != ASSERTED and etype != "REJECT":
        line += f" [{modality_value}]"
    return line


def _sentences(doc: Doc) -> list[tuple[int, Span, int, int]]:
    """(index, sentence, start, end) numbered as the store numbers them."""
    return [(i, sent, start, end) for i, (sent, start, end) in enumerate(sentence_spans(doc))]


def extract_events(
    doc: Doc,
    *,
    document_id: int = 0,
    dct: str | None = None,
    timexes: list | None = None,
    actors: list | None = None,
    ontology: Ontology | None = None,
) -> list[EventMention]:
    """The events stated in a parsed document, in text order.

    Reads ``doc._.timexes`` and ``doc._.actors`` when present (or the ``timexes``/``actors``
    given); without them, named entities stand in for actors and ``chronica.time.tag`` for the
    time expressions. ``dct`` (else ``doc._.dct``) is the publication date, used only for
    sentences about the present. A date the pipeline only guessed (``doc._.dct_inferred`` or
    ``doc.user_data["dct_inferred"]`` true) is not used, nor are expressions resolved against it.
    """
    onto = ontology or load_ontology()
    if dct is None and Doc.has_extension("dct"):
        dct = doc._.dct
        inferred = doc.user_data.get("dct_inferred") or (
            Doc.has_extension("dct_inferred") and doc._.dct_inferred)
        if inferred:
            dct = None
    index = MentionIndex(doc, mentions_from(doc, actors))
    refs = _dating.time_refs(doc, timexes, dct)
    events: list[EventMention] = []
    sentences = _sentences(doc)
    sent_starts = [s[2] for s in sentences]
    for sent_idx, sent, s_start, s_end in sentences:
        triggers = find_triggers(sent, onto, index)
        if not triggers:
            continue
        for trig in triggers:
            if trig.anchor.pos_ == "VERB":
                _verb_roles(trig, onto)
            else:
                _noun_roles(trig, onto, index)
        anchors = {t.anchor.i for t in triggers} | {t.carrier.i for t in triggers if t.carrier is not None}
        sent_refs = [r for r in refs if s_start <= r.start < s_end]
        owner_of = _dating.attach(sent_refs, doc, anchors)
        trigger_anchors = {t.anchor.i for t in triggers}
        for trig in triggers:
            event = _code(trig, onto, index, doc, document_id, sent_idx, sent, s_start, s_end,
                          refs, sent_refs, owner_of, dct, trigger_anchors, sent_starts)
            if event is not None:
                events.append(event)
    return events


def _type_of(trig: _Trigger, onto: Ontology, has_target: bool) -> tuple[str, str | None, str] | None:
    """(type, subtype, summary verb phrase), or None when the trigger does not make an event."""
    anchor, pattern = trig.anchor, trig.pattern
    etype, subtype, verb_phrase = pattern.type, pattern.subtype, pattern.summary
    if subtype == "military-or-goods":
        subtype = None
    if anchor.pos_ == "VERB" and len(pattern.words) == 1 and trig.agentive and etype != "TRADE":
        verb_phrase = _third_person(LEMMA_FIXES.get(anchor.lemma_.lower(), anchor.lemma_.lower()))
    elif etype in STATE_TYPES and anchor.pos_ == "VERB" and trig.agentive and has_target:
        verb_phrase = _third_person(anchor.lemma_.lower())  # "the Soviets picked him as leader"
    elif etype in STATE_TYPES and not has_target:
        verb_phrase = onto.types[etype].label  # "North Korea is founded", "Kim takes office"
        if etype == "FOUND_STATE" and trig.agentive:
            verb_phrase = "founds a state"  # "Kim created a state"
    if etype in ("AID", "TRADE"):
        goods = [t for c in anchor.children if c.dep_ in ("dobj", "prep", "nsubjpass")
                 for t in c.subtree if t.i - c.i < 6] + trig.tokens[1:]
        if trig.carrier is not None and anchor.dep_ in ("nsubj", "nsubjpass"):
            goods += [anchor]
        if any(_keys(t) & onto.classes.get("ARMS", frozenset()) for t in goods):
            etype, subtype, verb_phrase = "AID", "military", "supplies arms to"
        elif anchor.lemma_.lower() in GOODS_VERBS and not has_target and not any(
            _keys(t) & onto.classes.get("AIDNOUN", frozenset()) for t in goods
        ):
            return None  # goods changing hands with no recipient named: "the economy provided more"
    if etype == "ASSAULT" and not has_target and any(_keys(t) & {"attack", "assault"} for t in trig.tokens):
        objs = [t for t, r in trig.roles if r == TARGET]
        if objs and objs[0].lemma_.lower() not in MILITARY_OBJECTS and objs[0].ent_type_ not in ("GPE", "LOC", "FAC"):
            etype, verb_phrase = "DISAPPROVE", "criticises"  # a verbal attack ("on spending plans")
    ended = trig.ended or (anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in END_VERBS)
    if ended and onto.intensity(etype) > 0:  # cooperation stopped; an ended war or ban stays itself
        ender = anchor.head if anchor.dep_ == "xcomp" else trig.carrier
        etype, subtype = "REDUCE", None
        verb_phrase = f"{_third_person(ender.lemma_.lower())} {anchor.text}"
        if anchor.pos_ != "VERB":
            verb_phrase += " to"  # "discontinues aid to X"
    return etype, subtype, verb_phrase


#: types that need a target named: a threat is made to someone
TARGET_TYPES = frozenset({"THREATEN", "OCCUPY"})
#: triggers that are events only with an actor as target
TARGET_LEMMAS = frozenset({"recognise", "recognize", "recognition", "welcome", "defend", "finance", "fund"})
#: what a refusal to speak refuses: no event
NON_EVENTS = frozenset({"comment", "answer", "respond", "elaborate", "confirm", "discuss", "speculate",
                        "say", "reveal", "disclose", "name", "specify", "give"})
#: types that need the other side named: a meeting or an agreement is between two parties
PAIR_TYPES = frozenset({"CONSULT"})
#: triggers that are only a demand with someone asked or something asked for
#: "agree", "accept": an agreement with no other party named is not coded
PAIR_LEMMAS = frozenset({"agree", "accept", "settle", "agreement", "meet", "talk", "negotiate"})
ASK_VERBS = frozenset({"ask", "request", "urge", "press", "appeal"})


def _complete(trig: _Trigger, etype: str, found: list[tuple[Mention, str, Token]]) -> bool:
    """Whether the participants found make an event of this type.

    An active verb needs its doer among the actors ("economic migration helped the UK" does not
    make the UK an actor's target); a meeting or a mutual agreement needs two parties; a visit a
    destination; "ask" someone or something asked for.
    """
    roles = [r for _, r, _ in found]
    anchor = trig.anchor
    if anchor.dep_ == "attr" and anchor.head.lemma_.lower() in ("be", "remain", "seem", "appear"):
        return False  # "China is the main trading partner of Vietnam" describes, states no event
    if anchor.pos_ == "VERB" and not trig.passive and SOURCE not in roles:
        return False
    if etype == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in NON_EVENTS for c in anchor.children):
        return False  # "declined to comment"
    if etype == "COLLAPSE" and trig.passive and TARGET not in roles:
        return False  # "the firm is being broken up by the authorities": the firm is no actor
    if anchor.lemma_.lower() in TARGET_LEMMAS and not any(r == TARGET and m.named for m, r, _ in found):
        return False  # "recognised the need for ..." is no recognition of an actor
    if etype in TARGET_TYPES and TARGET not in roles:
        return False  # "Deloitte has warned (that growth will slow)" threatens no one
    if (etype == "REDUCE" or anchor.lemma_.lower() == "fight") and anchor.pos_ == "VERB" \
            and TARGET not in roles and len(found) < 2:
        return False  # relations are cut, and fights fought, with someone ("GM is recalling cars")
    if etype in PERSON_TYPES and trig.agentive and anchor.pos_ == "VERB" and not any(
        m.kind == "person" for m, r, _ in found if r == TARGET
    ) and any(c.dep_ == "dobj" for c in anchor.children):
        return False  # "dismissed the claims": no one left office
    if anchor.lemma_.lower() == "fall" and anchor.pos_ == "VERB" and any(
        c.lower_ in ("into", "to", "under", "behind", "by", "below", "from", "in", "short", "back", "apart")
        for c in anchor.children
    ):
        return False  # "fell into the hands of", "fell by 5%": no collapse
    if etype in PAIR_TYPES and len(found) < 2:
        return False
    if anchor.lemma_.lower() in PAIR_LEMMAS and len(found) < 2:
        return False
    if etype == "VISIT" and TARGET not in roles and _location(trig, set()) is None:
        return False
    if anchor.lemma_.lower() in ASK_VERBS and TARGET not in roles and not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in anchor.children
    ):
        return False
    return True


def _date(trig: _Trigger, sent: Span, s_start: int, refs, sent_refs, owner_of, dct: str | None,
          sent_starts: list[int], mod_value: str) -> dict:
    anchor = trig.anchor
    own = {anchor.i} | ({trig.carrier.i} if trig.carrier is not None else set())
    ref = _dating.choose_sentence_ref(anchor, own, sent_refs, owner_of)
    out = dict(date=None, date_end=None, precision=None, earliest=None, latest=None, date_text=None,
               date_source=None)
    if ref is None:
        pred = trig.carrier if trig.carrier is not None else anchor
        verb = pred if pred.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
        if _dating.is_future(verb) or mod_value in (PLANNED, POSSIBLE):
            return out  # what will or may happen has no date but its own
        kind = _dating.present_kind(sent, verb, sent_refs)
        if kind == _dating.SIMPLE_PRESENT:
            ref = _dating.narrative_anchor(refs, s_start, sent.doc.text, sent_starts, window=0)
            if ref is None:
                kind = _dating.RECENT
        if kind == _dating.RECENT:
            if dct and _dating._precision(dct) in ("day", "month"):
                out.update(date=dct, precision=_dating._precision(dct), date_source="document")
                bounds = _dating.interval(dct)
                if bounds:
                    out.update(earliest=bounds[0], latest=bounds[1])
            return out
        ref = ref or _dating.narrative_anchor(refs, s_start, sent.doc.text, sent_starts)
        if ref is None:
            return out
        out["date_source"] = "narrative"
    else:
        out["date_source"] = "sentence"
    out.update(date=ref.value, date_end=ref.value_end, precision=ref.precision,
               earliest=ref.earliest, latest=ref.latest, date_text=ref.text)
    return out


def _code(trig: _Trigger, onto: Ontology, index: MentionIndex, doc: Doc, document_id: int,
          sent_idx: int, sent: Span, s_start: int, s_end: int, refs, sent_refs, owner_of,
          dct: str | None, trigger_anchors: set[int], sent_starts: list[int]) -> EventMention | None:
    anchor, pattern = trig.anchor, trig.pattern
    # a refusal of another trigger is that event, refused: no REJECT of its own
    if anchor.lemma_.lower() in REFUSE_VERBS and any(
        c.dep_ == "xcomp" and c.i in trigger_anchors for c in anchor.children
    ):
        return None
    found = _participants(trig, index)
    confidence = 1.0
    if not found and anchor.pos_ == "VERB":
        # "Relations hit rock-bottom": the relations of the document's two main states
        subj = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in onto.classes.get("RELATIONS", ()):
            found = [(m, SOURCE, subj[0]) for m in index.topic_states(sent.start)]
            confidence = 0.5
    if not any(m.named for m, _, _ in found):
        return None
    coded = _type_of(trig, onto, any(r == TARGET for _, r, _ in found))
    if coded is None:
        return None
    etype, subtype, verb_phrase = coded
    # state events without an agent: the one they happen to is the source ("Rhee was elected",
    # "the fall of the Soviet Union"); an active verb's object never is ("likely to succeed Blair")
    if etype in STATE_TYPES and not any(r == SOURCE for _, r, _ in found) and (
            trig.passive or anchor.pos_ != "VERB"):
        found = [(m, SOURCE if r == TARGET else r, t) for m, r, t in found]
    if etype in PERSON_TYPES and not any(m.kind == "person" for m, _, _ in found):
        return None
    if not _complete(trig, etype, found):
        return None
    participants: list[Participant] = []
    for m, role, tok in found:
        direct = index.at(tok) is m or any(c.dep_ == "appos" and index.at(c) is m for c in tok.children)
        participants.append(
            Participant(role=role, text=m.text if direct else tok.text, actor_id=m.actor_id,
                        name=m.name or m.text, kind=m.kind,
                        start=m.start_char if direct else tok.idx,
                        end=m.end_char if direct else tok.idx + len(tok.text))
        )
        if not direct:
            confidence = min(confidence, 0.8)
    pred = trig.carrier if trig.carrier is not None else anchor
    if pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubjpass") and pred.head.pos_ == "VERB":
        pred = pred.head  # "did not sign the treaty", "is trying to negotiate a settlement"
    mod_value, attribution = modality(pred, sent)
    when = _date(trig, sent, s_start, refs, sent_refs, owner_of, dct, sent_starts, mod_value)
    for p in participants:
        p.state = state_for(p.actor_id, when["earliest"] or when["date"])
        if p.state is None and p.kind == "state" and p.actor_id and "/" not in p.actor_id:
            p.state = p.actor_id
    sources = [p for p in participants if p.role == SOURCE]
    targets = [p for p in participants if p.role == TARGET]
    start_tok = min(t.i for t in trig.tokens)
    end_tok = max(t.i for t in trig.tokens)
    if end_tok - start_tok > 4:
        start_tok = end_tok = anchor.i
    if trig.carrier is not None and 0 < anchor.i - trig.carrier.i <= 4:
        start_tok = min(start_tok, trig.carrier.i)
    trigger_span = doc[start_tok : end_tok + 1]
    intensity = pattern.intensity if pattern.intensity is not None and etype == pattern.type else onto.intensity(etype)
    return EventMention(
        document_id=document_id,
        sentence_idx=sent_idx,
        sentence=doc.text[s_start:s_end],
        sentence_start=s_start,
        sentence_end=s_end,
        type=etype,
        intensity=float(intensity),
        trigger=trigger_span.text,
        trigger_start=trigger_span.start_char,
        trigger_end=trigger_span.end_char,
        participants=participants,
        location=_location(trig, {t.i for _, _, t in found}),
        modality=mod_value,
        attribution=attribution,
        summary=summarise(etype, verb_phrase, sources, targets, pattern.paren_target, mod_value,
                          anchor.text if trig.passive and anchor.tag_ == "VBN" else None),
        confidence=confidence,
        subtype=subtype,
        **when,
    )


def _clause_verb(tok: Token) -> Token | None:
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
