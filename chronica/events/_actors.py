"""Actor mentions as the event extractor sees them, and finding them in an argument's phrase.

Mentions come from ``doc._.actors`` (the ``chronica_actors`` component) when present; otherwise
spaCy's named entities stand in as unresolved participants (resolved through the knowledge base
when ``chronica.actors`` is importable).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronica.actors import KnowledgeBase, load_kb
from chronica.actors.agents import word_before
from chronica.events._dating import FINITE_TAGS  # a finite verb's tags: its clause has a subject of its own
from chronica.events.ontology import load_ontology

#: entity labels that can name an actor when no actor stage ran
NER_ACTOR_LABELS = {"GPE": "state", "NORP": "group", "PERSON": "person", "ORG": "organisation", "LOC": "place"}

#: head nouns that stand for the actor named in their modifiers ("North Korean troops",
#: "the leadership in Moscow", "the Greek-Cypriot guerrilla group", "a revolt against British
#: rule", "the UN chief"); other heads ("the North Korean economy", "a US bank") do not act. Most
#: come from the Phoenix agents dictionary (:func:`chronica.actors.agents.state_body_heads`: the
#: nouns that end its agent phrases of state sectors - chief, council, committee, commission,
#: officer, ...); this hand list holds only what that lacks: offices and titles (president, king,
#: premier, ambassador, envoy, spokesman), state organs (parliament, senate, congress, cabinet,
#: embassy, navy, army, regime, junta), armed groups the dictionary files under rebels (militia,
#: rebel, guerrilla), kinship and relation nouns (son, successor, ally, neighbour) and the bare
#: state nouns (country, nation, state, side).
HAND_AGENT_HEADS = frozenset(
    """troop force army military leadership leader president regime navy soldier diplomat parliament
    administration side embassy ambassador envoy spokesman spokeswoman state intelligence commander
    party elite cabinet premier chancellor king queen emperor dictator ruler chairman prosecutor
    congress senate junta militia rebel guerrilla volunteer division brigade fleet air airforce
    negotiator team lawmaker mp nation country militant gunman member partner ally neighbour neighbor
    son daughter father brother successor predecessor group rule expert specialist investigator
    inspector""".split()
)


@lru_cache(maxsize=1)
def agent_heads() -> frozenset[str]:
    """Rule ``agent_head_from_the_dictionary``: the head nouns that stand for the actor in their
    modifiers - the agents dictionary's heads of state sectors
    (:func:`~chronica.actors.agents.state_body_heads`) with :data:`HAND_AGENT_HEADS`. Not the ontology's arms (missile, jet, ship, aircraft): a
    weapon stands for its state only as :func:`_force_of_its_state` says ("a missile in the Gulf"
    has no owner)."""
    from chronica.actors.agents import state_body_heads
    return HAND_AGENT_HEADS | (state_body_heads(knowledge_base()) - _weapons())


#: heads that stand for their actor only as what an event is against ("a revolt against British
#: rule"), never as a doer: "Soviet rule in Hungary collapsed" is no collapse of the Soviet Union
RESISTED_HEADS = frozenset({"rule"})

#: heads of a number of people, whose actor is in their "of" phrase: "a total of 200 Greek Cypriots",
#: "dozens of Georgian soldiers", "the number of Turkish citizens"
QUANTITY_HEADS = frozenset({"total", "number", "dozen", "hundred", "thousand", "score", "ten", "million"})

#: entity labels an unresolved mention needs to carry an event (an unresolved demonym does not)
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
#: pronouns (and bare "the two", "both") that stand for a group named before: "The two governments
#: met in Rome. They agreed to ..." - the pair of the subject before them
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
GROUP_WORDS = frozenset({"two", "both"})
#: "it"/"its" for a state or body named as a subject before ("the United Kingdom held that ...
#: when it removed the governor")
THING_PRONOUNS = frozenset({"it", "its"})
#: kinds of mention "it" can stand for
THING_KINDS = frozenset({"state", "historical_state", "organisation", "government", "armed_force", "party"})
#: kinds of mention a subject "it" can stand for besides :data:`THING_KINDS`, each acting for a state
#: or as a body of its own: a capital named for its government ("Lima said that it would close the
#: crossing"), an armed group, an agency
ACTING_KINDS = frozenset({"government_seat", "armed_group", "agency"})
#: verbs whose "it" subject is a dummy when a clause or quality completes them ("it appeared that")
DUMMY_IT_VERBS = frozenset({"appear", "take", "remain"})
#: how many sentences back a group or "it" pronoun looks for the subject it stands for
PRONOUN_REACH = 2
SUBJECTS = ("nsubj", "nsubjpass")
#: nouns that, bare ("the country declared its independence"), stand for a state told before
STATE_NOUNS = frozenset({"country", "republic", "nation"})
#: the share of a document's state mentions before it that the state "the country" stands for
#: must have, when its own and the sentence before name no one state
COUNTRY_SHARE = 0.5
STATE_MENTION_KINDS = frozenset({"state", "historical_state"})
#: how many sentences of he/she subjects a subject pronoun walks back through to the person
#: who was a subject before them
SUBJECT_REACH = 8
#: nouns of bodies whose name in apposition is no person, whatever the tagger says
BODY_NOUNS = frozenset({"movement", "group", "party", "company", "firm", "organisation", "organization", "body",
                        "agency", "union", "association", "church", "sect", "order", "network", "charity",
                        "foundation", "campaign", "programme", "program", "bank", "fund", "institute", "club"})
#: titles that say a person's gender, for he/she
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "madam", "madame", "duchess", "countess"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "baron", "king", "prince", "duke", "earl", "count"})


@dataclass
class Mention:
    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    start_char: int
    end_char: int
    text: str
    actor_id: str | None
    name: str | None
    kind: str | None
    resolved: bool
    named: bool = True  # a resolved actor or a named entity: it can carry an event
    country: str | None = None  # the state the actors stage says it is of ("the French president X")
    cameo: str | None = None  # its CAMEO actor code(s), ";"-joined ("MNCUSA", "IRQOPP")
    #: the other actors one phrase stands for ("the two countries": the second of the pair), each
    #: a mention of the same words
    members: tuple[Mention, ...] = ()
    #: how the actors stage resolved it (``ActorMention.via``): "context" for a sector noun whose
    #: country is only the one its sentence or paragraph names
    via: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@lru_cache(maxsize=1)
def _weapons() -> frozenset[str]:
    """The ontology's arms (``ARMS`` in ``data/ontology.yaml``: tanks, jets, missiles, ...): in the plural
    with a state's modifier they stand for its armed forces, as troops do."""
    return load_ontology().classes.get("ARMS", frozenset())


@lru_cache(maxsize=1)
def _troops() -> frozenset[str]:
    """The ontology's armed forces (``TROOPS`` in ``data/ontology.yaml``: troops, paratroopers,
    commandos, battalions, ...): with a state's modifier they stand for its armed forces."""
    return load_ontology().classes.get("TROOPS", frozenset())


def _force_of_its_state(tok: Token, lemma: str) -> bool:
    """A head that stands for the state in its modifiers as that state's armed force: a force of
    the ontology's ``TROOPS`` ("Peruvian paratroopers seized the port"), arms in the plural ("Syrian
    jets", "Russian tanks", "Iranian missiles": the state's forces firing them), and one weapon
    that acts or is acted on as the subject or object of a verb ("an Iraqi aircraft struck the
    US frigate Stark", "a Serbian jet bombed the town") or as the agent of a passive, the subject
    it stands for ("the villages were bombed by Russian aircraft", "the destroyer was hit by an
    Argentine missile") - not one displayed, bought or described in a passive or a copula."""
    if lemma in _troops():
        return True
    if lemma not in _weapons() and lemma not in _state_craft():
        return False
    return tok.tag_ == "NNS" or (tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB") or (
        tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB"
        and tok.head.head.dep_ != "acl")  # "3,000 men backed by Soviet-built tanks": what came with them


#: the ontology classes of craft that act for the state their modifiers name as a weapon does:
#: warships ("a Swedish minesweeper rammed the patrol boat") and vessels at sea ("the Tongan
#: vessels withdrew", "Fijian ships blocked the supply boats", "a Maltese ship was ordered to turn
#: back"), as a named craft does (``named_craft``: "the Turkish survey ship Hora"); not aircraft
#: or cars ("a Fijian helicopter crashed, killing its crew" is no act of Fiji)
STATE_CRAFT_CLASSES = ("WARSHIPS", "VESSELS")


@lru_cache(maxsize=1)
def _state_craft() -> frozenset[str]:
    """Rule ``an_unnamed_craft_of_a_state``: the nouns of :data:`STATE_CRAFT_CLASSES`, which stand
    for the state in their modifiers where a weapon does (:func:`_force_of_its_state`)."""
    classes = load_ontology().classes
    return frozenset().union(*(classes.get(c, frozenset()) for c in STATE_CRAFT_CLASSES))


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The actors knowledge base (the actors stage is always installed: no fallback, no
    catch-all around a sibling stage)."""
    return load_kb()


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def mentions_from(doc: Doc, actors: list | None) -> list[Mention]:
    """Mentions from actor records (``doc._.actors`` or a list given), else from the entities."""
    if actors is None and Doc.has_extension("actors"):
        actors = doc._.actors
    out: list[Mention] = []
    if actors:
        for a in actors:
            start, end = _get(a, "start"), _get(a, "end")
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            actor_id = _get(a, "actor_id")
            resolved = bool(_get(a, "resolved", actor_id is not None))
            others = tuple(i for i in (_get(a, "actor_ids") or ()) if i != actor_id)
            members = tuple(_member(span, start, end, i, _get(a, "kind")) for i in others)
            name = _get(a, "name") or _get(a, "text")
            if members:  # "the two countries": the first of them under its own name
                name = _member(span, start, end, actor_id, _get(a, "kind")).name
            out.append(
                Mention(
                    span.start,
                    span.end,
                    start,
                    end,
                    _get(a, "text") or doc.text[start:end],
                    actor_id,
                    name,
                    _get(a, "kind"),
                    resolved,
                    # any actor mention is a participant: a resolved one, a generic agent of the
                    # actors stage ("Iraqi exiles", "border guards": kind agent, or an id), a name
                    named=resolved or actor_id is not None or _get(a, "kind") == "agent"
                    or any(t.ent_type_ in NAMED_LABELS for t in span)
                    or _get(a, "country") is not None or people_named(span),
                    country=_get(a, "country"),
                    cameo=_get(a, "cameo"),
                    members=members,
                    via=_get(a, "via"),
                )
            )
        return out
    kb = knowledge_base()
    for ent in doc.ents:
        if ent.label_ not in NER_ACTOR_LABELS:
            continue
        actor_id = name = None
        kind = NER_ACTOR_LABELS[ent.label_]
        if kb is not None:
            hit = _kb_lookup(kb, ent.text)
            if hit is not None:
                actor_id, name = _get(hit, "id") or _get(hit, "actor_id"), _get(hit, "name")
                kind = _get(hit, "kind") or kind
        start = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)
        end = ent.end - (1 if ent[-1].text in ("'s", "’s", "'") and ent.end - start > 1 else 0)
        span = doc[start:end]  # "David Jones's": the possessive is no part of the name
        out.append(
            Mention(
                span.start, span.end, span.start_char, span.end_char, span.text,
                actor_id, name or span.text, kind, actor_id is not None,
                named=actor_id is not None or ent.label_ in NAMED_LABELS or people_named(span),
                cameo=kb.cameo_of(actor_id) if actor_id is not None else None,
            )
        )
    return out


def _member(span: Span, start: int, end: int, actor_id: str, kind: str | None = None) -> Mention:
    """Another actor of a mention that stands for several ("the two countries", "French and German
    delegations"), as a mention of its words."""
    actor = knowledge_base().get(actor_id)
    if actor is None or kind not in ("collective", None):  # an agent ("DEU/government"): its own kind
        return Mention(span.start, span.end, start, end, span.text, actor_id, actor.name if actor else actor_id,
                       kind, True, country=state_for(actor_id, None))
    return Mention(span.start, span.end, start, end, span.text, actor_id, actor.name, actor.kind, True)


def people_named(span: Span) -> bool:
    """A nationality or group name heading its noun phrase names a people that can act
    ("Islanders rejected ...", "the Argentineans retaliated"); as a modifier ("Greek ships") it does not."""
    root = span.root
    return root.ent_type_ == "NORP" and root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound")


#: share of capitalised words above which a sentence is written in title case (a headline's
#: "UN Peace Talks Fail"): its capitals say nothing about names
TITLE_CASE_SHARE = 0.6


def name_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Names the entity recogniser missed, as participants: a proper noun that is a clause's
    subject or a passive's agent ("Makarios sent his letter", "... was published by Makarios"),
    covered by no mention, tagged as no date, place or number. Title-case sentences are skipped."""
    out: list[Mention] = []
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if not words or sum(t.is_title or t.is_upper for t in words) / len(words) > TITLE_CASE_SHARE:
            continue
        for tok in sent:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ not in ("", "PERSON", "NORP"):
                continue
            if not (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")):
                continue
            start = tok.i
            while start > sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat"):
                start -= 1  # the whole name, also a part another mention holds ("United Nations Emergency Force")
            span = doc[start : tok.i + 1]
            out.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                               None, span.text, None, False, named=True))
    return out


def _kb_lookup(kb: Any, text: str) -> Any | None:
    hit = kb.lookup(text)
    if isinstance(hit, list):
        return hit[0] if hit else None
    return hit


def state_for(actor_id: str | None, date: str | None) -> str | None:
    """The state ``actor_id`` acts for at ``date`` (the KB's answer), None when unknown."""
    if actor_id is None:
        return None
    state = knowledge_base().state_for(actor_id, date)
    return _get(state, "id", state) if state is not None and not isinstance(state, str) else state


def actor_at(actor_id: str | None, text: str, date: str | None) -> tuple[str, str, str] | None:
    """(id, name, kind) of the actor a mention stands for at the event's ``date`` when that
    differs from its resolution ("Russia" in 1950 is the Soviet Union: the KB's period aliases)."""
    if actor_id is None or date is None:
        return None
    kb = knowledge_base()
    other = kb.as_of(actor_id, text, date)
    actor = kb.get(other) if other else None
    return (actor.id, actor.name, actor.kind) if actor is not None else None


class MentionIndex:
    """Which mention covers a token; pronoun resolution to the last person named."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def last_person_before(self, token: Token, exclude: set[int]) -> Mention | None:
        """The last person mentioned before ``token`` (within about 120 tokens); for a subject
        pronoun, the last person who was a subject in its sentence (the main clause's first) or,
        through sentences whose subjects are he/she, in one of the :data:`SUBJECT_REACH` before
        ("Nasser had met Eden. He is sure ... He asks Eden ..." -> Nasser); a chain of
        he/she subjects that starts after a sentence with no person as subject goes back to that
        sentence's last person. Names used as modifiers or naming a body, and names whose title
        says the other gender, are passed over."""
        limit = token.i - 400
        cands = [m for m in reversed(self.mentions)
                 if m.end <= token.i and m.start >= limit and m.is_person and m.named
                 and not (set(range(m.start, m.end)) & exclude)
                 and not self._modifier(m) and self.gender_fits(m, token)]
        if not cands:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and self.doc.has_annotation("DEP"):
            # centering: walk back through sentences whose subjects are all he/she, to the
            # last person who was a subject; another subject on the way ends the walk
            sent, end = token.sent, token.i
            local = [m for m in cands if m.start >= sent.start]
            if local and not any(self.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass") for m in local):
                return local[0]  # "As he takes the title Lord Kinnock, he ...": the name at hand
            for _ in range(SUBJECT_REACH + 1):
                subjects_here = [m for m in cands if sent.start <= m.start and m.end <= end
                                 and self.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")]
                governing = [m for m in subjects_here if sent.start == token.sent.start
                             and self.doc[m.start : m.end].root.head.is_ancestor(token)]
                if governing:  # "A said B should go, while C told them he would not": the subject of
                    # the clause the pronoun's own clause hangs from, the nearest one above it
                    return max(governing, key=lambda m: len(list(self.doc[m.start : m.end].root.ancestors)))
                if subjects_here:  # the main clause's subject before one in a clause below it
                    return min(subjects_here, key=lambda m: len(list(self.doc[m.start : m.end].root.ancestors)))
                subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < end]
                if any(t.lower_ not in PERSON_PRONOUNS for t in subjects) or sent.start == 0:
                    if sent.start < token.sent.start:
                        # the he/she chain starts after this sentence: its last person, if any,
                        # is whom it goes on about ("... for the new Lord K. Born in 1942, he ...")
                        here = [m for m in cands if sent.start <= m.start and m.end <= end]
                        if here:
                            return here[0]
                    break
                sent = self.doc[sent.start - 1].sent
                end = sent.end
        near = [m for m in cands if m.start >= token.i - 120]
        return near[0] if near else None

    def _modifier(self, m: Mention) -> bool:
        """A name used as a modifier ("the Attlee government") or naming a body ("the Catholic
        movement Opus Dei") is no one a pronoun refers to."""
        root = self.doc[m.start : m.end].root
        if root.dep_ == "appos" and root.head.lemma_.lower() in BODY_NOUNS:
            return True
        return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN"

    def gender_fits(self, m: Mention, pronoun: Token) -> bool:
        """False when a title before the name says the person is not of the pronoun's gender
        ("Dame Barbara Castle" is no "he", "Sir John" no "she")."""
        prev = word_before(self.doc, m.start)
        if prev is None:
            return True
        title = prev.lower_.rstrip(".")
        if pronoun.lower_ in ("he", "him", "his"):
            return title not in FEMALE_TITLES
        if pronoun.lower_ in ("she", "her"):
            return title not in MALE_TITLES
        return True

    def topic_states(self, before: int, n: int = 2) -> list[Mention]:
        """The ``n`` most often named states before token ``before`` (a document's topic dyad)."""
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for m in self.mentions:
            if m.start >= before:
                continue
            state = state_for(m.actor_id, None) if m.actor_id else None
            if state is None and (m.actor_id is not None or m.kind not in ("state", "group")):
                continue
            key = state or (m.name or m.text).lower()
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, m)
        best = sorted(counts, key=lambda k: -counts[k])[:n]
        return [first[k] for k in best] if len(best) == n else []


def _governing_subject(tok: Token) -> Token | None:
    """The he/she subject of a clause above, of the same gender: "He is convinced that he
    can ...", "she denied her faith meant she would refuse ..." - the same person."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    gender = "f" if tok.lower_ in ("she", "her") else "m"
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she") \
                and ("f" if t.lower_ == "she" else "m") == gender and t.head.is_ancestor(tok):
            return t  # the subject of a clause governing this one
    return None


def phrase_mentions(tok: Token, index: MentionIndex, *, deep: bool = False) -> list[Mention]:
    """The actors an argument token stands for.

    The token's own mention; else, for a head that stands for its actor (troops, leadership,
    leader, ...), the actors among its modifiers and its of/in/from phrase; with ``deep`` (a
    subject), a person named in apposition ("The leader of ..., a lawyer, Nehru, became ...").
    Pronouns he/him/his/she/her resolve to the last person named before them.
    """
    own = index.at(tok)
    if own is not None and own.actor_id and own.kind not in ("state", "historical_state", "person"):
        home = state_for(own.actor_id, None)
        for c in tok.children:  # "Brazil's Congress", "the country's Congress": not the US Congress
            if c.dep_ == "poss" and (c.lower_ in ("country", "nation") or any(
                    g.lower_ in ("country", "nation") for g in [c]) or (
                    index.at(c) is not None and index.at(c).actor_id not in (None, home, own.actor_id)
                    and index.at(c).kind in ("state", "historical_state"))):
                return []
    if own is not None:
        # a date's number is no count: "In May 2010 Ethiopia and ... signed" parses the year as
        # Ethiopia's nummod (the time tagger and the entity recogniser both read it a date)
        counted = [c for c in tok.children if (c.dep_ == "nummod" and c.like_num and c.ent_type_ not in (
            "DATE", "TIME")) or (c.dep_ == "det" and c.lower_ in ("a", "an", "one"))]
        if own.kind in ("state", "historical_state") and counted:
            if tok.tag_ in ("NNS", "NNPS") and all(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in counted):
                # "200 Greek Cypriots", "three Britons": people of the state, counted
                return [replace(own, kind="agent", country=own.actor_id, name=f"{own.name or own.text} (people)")]
            return []  # "the murder of one Chilean": a person, not the state
        if own.actor_id is None and own.country is None and own.kind in ("agent", "organisation", "group"):
            owner = _possessor_state(tok, index)
            if owner is not None:  # "Azerbaijan's defence ministry": the state's organ
                known = knowledge_base().get(owner)
                return [replace(own, country=owner, name=f"{known.name if known else owner} ({own.name or own.text})")]
        named = titled_names(tok, own, index)
        if named:
            return named
        return [own, *own.members]
    if _group_pronoun(tok):
        return group_before(tok, index)
    if tok.lower_ in THING_PRONOUNS and tok.dep_ in ("nsubj", "poss"):
        return thing_before(tok, index)
    if tok.lower_ in STATE_NOUNS and [c.lower_ for c in tok.children] == ["the"]:
        return country_before(tok, index)
    if tok.lower_ in PERSON_PRONOUNS and tok.dep_ == "poss":
        root = tok.sent.root
        later = [index.at(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
        if later and later[0] is not None and later[0].is_person and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in root.children):
            return [later[0]]  # "Following his inauguration, Mr Bush is due in Europe"
    if tok.lower_ in PERSON_PRONOUNS:
        above = _governing_subject(tok)
        if above is not None:  # "He is convinced that he can ...": the same person
            return phrase_mentions(above, index)
        exclude: set[int] = set()
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            clause = tok.head
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    exclude.update(t.i for t in child.subtree)
        hit = index.last_person_before(tok, exclude)
        return [hit] if hit is not None else []
    appos = [c for c in tok.children if c.dep_ == "appos" and index.at(c) is not None]
    if appos:  # "his son Rajiv Gandhi", "the president, Jane Roe,"
        return [index.at(appos[0]), *conjoined_title_holders(appos[0], index)]
    lemma = tok.lemma_.lower()
    if lemma in QUANTITY_HEADS or tok.lower_ in QUANTITY_HEADS:
        return [m for child in tok.children if child.dep_ == "prep" and child.lower_ == "of"
                for pobj in child.children if pobj.dep_ == "pobj" for m in phrase_mentions(pobj, index)]
    if lemma in RESISTED_HEADS and (deep or tok.dep_ in SUBJECTS):
        return []
    if lemma not in agent_heads() and not _force_of_its_state(tok, lemma):
        return []
    found: list[Mention] = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            m = index.at(child)
            if m is not None and m not in found:
                found.append(m)
            elif child.dep_ == "poss":
                found.extend(x for x in phrase_mentions(child, index) if x not in found)
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from") and not (
                child.lower_ == "in" and lemma not in agent_heads() and lemma in _weapons() - _troops()):
            # "a missile in the Gulf", "aircraft in the area": where the weapon was, no owner
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                # "the leaders of Indonesia, Malaya and the Philippines": of each of them
                found.extend(x for x in phrase_mentions(pobj, index) if x not in found)
                for t in pobj.conjuncts if child.lower_ == "of" else ():  # a known actor each
                    found.extend(x for x in phrase_mentions(t, index) if x not in found and x.actor_id)
    if not found and deep:
        persons = [
            index.at(t)
            for t in tok.subtree
            if index.at(t) is not None and index.at(t).is_person and t.i != tok.i
        ]
        if persons:
            found.append(persons[-1])
    return found


#: kinds of an unresolved mention that may be a title standing before the name it is in
#: apposition to ("the foreign ministers, A and B", "the British Foreign Secretary, A")
TITLE_KINDS = frozenset({"agent", "person"})


def titled_names(tok: Token, own: Mention, index: MentionIndex) -> list[Mention]:
    """Rule ``a_title_stands_for_its_named_holder``: a title or agent noun no actor of the knowledge
    base answers to ("the foreign ministers", "the then Minister of Foreign Affairs", "a new
    president", "his deputy") with people named in apposition to it (the parse's ``appos``, and
    that name's conjuncts: "the foreign ministers, A and B,") stands for those people, as the
    actors of its clause, not for a bare noun no one can place. The title's own country (its
    modifier: "the British Foreign Secretary, A"; its possessor state: "Pakistan's foreign
    minister, A") goes to each name that has none. Empty when the token has no such apposition."""
    if own.kind not in TITLE_KINDS or own.members or (own.kind == "person" and own.actor_id is not None):
        return []  # a generic agent ("Eritrea (president)") or a title the KB does not know
    if own.kind == "person" and tok.ent_type_ == "PERSON":
        return []  # a name itself ("Mr Jones, the minister"): it is the person
    names: list[Token] = []
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        m = index.at(c)
        if not ((m is not None and m.is_person) or (m is None and c.ent_type_ == "PERSON" and c.pos_ == "PROPN")):
            continue
        names.append(c)
        names.extend(t for t in c.conjuncts if t.pos_ == "PROPN" and t.i > c.i and not _title_state(t, index))
    if not names:
        return []
    others = [m for c in names for m in conjoined_title_holders(c, index)]
    country = own.country or _possessor_state(tok, index)
    out: list[Mention] = []
    for t in names:
        m = index.at(t)
        if m is None:  # a name the actors stage left unmarked: the tokens of its name
            start = t.left_edge.i if t.left_edge.i >= t.i - 3 else t.i
            span = t.doc[start : t.i + 1]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, None, span.text,
                        "person", False, named=True)
        elif not m.is_person and m.actor_id is None:
            # "A and Fawzi Salloukh": the tagger's place is the second minister, all of his name
            start = min([m.start, *(c.i for c in t.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")])
            span = t.doc[start : m.end]
            m = replace(m, start=span.start, start_char=span.start_char, text=span.text, name=span.text, kind="person")
        elif not m.is_person:
            continue
        if country and m.country is None:
            # a name the KB knows keeps its own state where it has one at the date ("Iraq's
            # president, Saddam Hussein" in 1975, before his term in the KB: Iraq's, as the title says)
            m = replace(m, country=country)
        elif country and m.actor_id is None and m.country != country and own.country:
            # the title's own modifier says whose, over the actors stage's guess for the name
            m = replace(m, country=country, cameo=None)
        if m not in out:
            out.append(m)
    return [*out, *(m for m in others if m not in out)]


def conjoined_title_holders(name: Token, index: MentionIndex) -> list[Mention]:
    """Rule ``a_second_titled_name_is_a_second_doer``: "the Greek prime minister A and the Turkish
    president B signed": the parser hangs the second title on the first name as its conjunct, with
    its own name in apposition to it. That title stands for its holder as the first does, with the
    state its own modifier gives (not the first title's): the people named in apposition to each
    common-noun conjunct of ``name`` after it. Empty when there is none."""
    out: list[Mention] = []
    for t in name.conjuncts:
        if t.i <= name.i:
            continue
        if t.pos_ == "PROPN" and index.at(t) is not None and index.at(t).is_person:
            # "the Indian ambassador A and the Chinese vice foreign minister B": the second title
            # is the second name's compound, its state that title's modifier
            m, state = index.at(t), _title_state(t, index)
            if state and m.country is None and m.actor_id is None:
                m = replace(m, country=state)
            if m not in out:
                out.append(m)
            continue
        if t.pos_ != "NOUN" or (index.at(t) is not None and index.at(t).is_person):
            continue
        holders = [index.at(c) for c in t.children if c.dep_ == "appos" and index.at(c) is not None]
        out.extend(m for m in holders[:1] if m.is_person and m not in out)
    return out


def _title_state(name: Token, index: MentionIndex) -> str | None:
    """The state a name's own title says, in the compounds before it ("the Chinese vice foreign
    minister Zhang Hanfu": China), else None."""
    for c in name.children:
        if c.dep_ != "compound" or c.i > name.i:
            continue
        for g in (c, *c.children):
            m = index.at(g)
            if m is not None and m.kind in STATE_MENTION_KINDS and g.dep_ in ("amod", "compound") and m.actor_id:
                return m.actor_id
    return None


def _possessor_state(tok: Token, index: MentionIndex) -> str | None:
    """The state that owns ``tok`` by a possessive ("Azerbaijan's defence ministry", "Mali's
    military government", where the actors stage read "Mali's military" as the armed force): its
    id; None when no state does."""
    for c in tok.children:
        if c.dep_ == "poss":
            m = index.at(c)
            if m is not None and m.actor_id and m.kind in ("state", "historical_state"):
                return m.actor_id
            if m is not None and m.country and m.end <= tok.i:
                return m.country
    return None


def _group_pronoun(tok: Token) -> bool:
    """"they", "them", "their", or a bare "the two" / "both" standing as a noun phrase."""
    if tok.lower_ in GROUP_PRONOUNS:
        return True
    return tok.lower_ in GROUP_WORDS and tok.dep_ in (*SUBJECTS, "pobj", "dobj") \
        and not any(c.dep_ == "prep" for c in tok.children)


def _governing_subjects(tok: Token) -> list[Token]:
    """Subjects, before ``tok``, of the clauses above its own: "the neighbours announced that the
    quarrel between them was over" -> "neighbours"."""
    out = []
    for anc in tok.ancestors:
        out.extend(c for c in anc.children if c.dep_ in SUBJECTS and c.i < tok.i and not c.is_ancestor(tok)
                   and c.i != tok.i)
    return out


def paragraph_break_before(sent: Span) -> bool:
    """Whether a blank line ends the text before ``sent`` (its paragraph starts there): the
    whitespace after the token before it, with any whitespace tokens between."""
    doc = sent.doc
    gap, i = [], sent.start - 1
    while i >= 0 and doc[i].is_space:
        gap.append(doc[i].text_with_ws)
        i -= 1
    if i >= 0:
        gap.append(doc[i].whitespace_)
    return bool(_BLANK_LINE.search("".join(reversed(gap))))


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _earlier_sentences(tok: Token) -> list[tuple[list[Token], bool]]:
    """The main-clause subjects of each of the :data:`PRONOUN_REACH` sentences before ``tok``'s,
    the most recent sentence first, each with whether a paragraph break lies between it and
    ``tok``."""
    out: list[tuple[list[Token], bool]] = []
    sent, crossed = tok.sent, False
    for _ in range(PRONOUN_REACH):
        if sent.start == 0:
            break
        crossed = crossed or paragraph_break_before(sent)
        sent = tok.doc[sent.start - 1].sent
        if not sent.text.strip():
            break
        roots = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        out.append(([c for r in roots for c in r.children if c.dep_ in SUBJECTS], crossed))
    return out


def _earlier_subjects(tok: Token) -> list[Token]:
    """The main-clause subjects of the :data:`PRONOUN_REACH` sentences of ``tok``'s paragraph
    before it, the most recent sentence first: a pronoun stands for no one named in a paragraph
    before its own."""
    return [subj for subjects, crossed in _earlier_sentences(tok) if not crossed for subj in subjects]


def group_before(tok: Token, index: MentionIndex, depth: int = 0) -> list[Mention]:
    """The actors a group pronoun stands for: the plural subject of a clause above it in its
    sentence, else of the nearest sentence before that has one ("Members of the national guard
    overthrew the president. They installed X": the national guard); a plural subject is a
    coordination, a collective ("the two countries") or a plural noun standing for its actor.
    Only when that sentence has one such subject ("Chad and Niger signed ... and the rebels laid
    down their arms. They ...": none). Unlike "it", a group pronoun reaches across a paragraph
    break: a text told a line a paragraph, a list's items and an interview's turns go on telling
    of the same parties ("Chad and Niger quarrelled ... <new line> On 4 May 1971 they signed ...",
    "Q: And they lost the town? <new turn> A: Yes. They retook it in May 1994 ...")."""
    if depth > 2:
        return []
    for subj in _governing_subjects(tok):
        found = _plural_subject(subj, tok, index, depth)
        if found:
            return found
    for subjects, _crossed in _earlier_sentences(tok):
        readings = [found for subj in subjects if (found := _plural_subject(subj, tok, index, depth))]
        distinct = {frozenset(m.actor_id or m.text for m in found) for found in readings}
        if len(distinct) == 1:
            return readings[0]
        if distinct:
            return []
    return []


def _plural_subject(subj: Token, tok: Token, index: MentionIndex, depth: int) -> list[Mention]:
    """The actors ``subj`` names when a group pronoun ``tok`` may stand for it (a plural subject);
    nothing when it is no plural subject."""
    if subj.i == tok.i:
        return []
    if _group_pronoun(subj):
        found = group_before(subj, index, depth + 1)
    else:
        found = []
        for t in [subj, *(c for c in subj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]:
            found.extend(m for m in phrase_mentions(t, index) if m not in found)
    ids = {m.actor_id or m.text for m in found}
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lemma_.lower() in QUANTITY_HEADS  # "a number of officials"
    return found if found and (len(ids) >= 2 or plural or _group_pronoun(subj)) else []


def thing_before(tok: Token, index: MentionIndex) -> list[Mention]:
    """The state or body "it" stands for: the subject of a clause above it in its sentence, else
    the main subject of the sentence before, when that is one state or body ("The United Kingdom
    held that ... when it removed the governor"). A dummy "it" ("it is ...", "it seems") is none."""
    if tok.dep_ == "nsubj" and _dummy_it(tok.head):
        return []
    raised = _object_position(tok)
    if raised is not None and raised.dep_ == "acl":
        return []  # "a law making it easy to ...": the participle's own doer is the noun it tells of
    governing = [s for s in _governing_subjects(tok) if raised is None or s.head.i != raised.i]
    for subj in [*governing, *_earlier_subjects(tok)[:1]]:
        if subj.tag_ in ("NNS", "NNPS") or subj.lower_ in THING_PRONOUNS:
            continue
        found = phrase_mentions(subj, index)
        if len(found) == 1 and not found[0].members and (found[0].kind in THING_KINDS or (
                tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and subj in governing
                and _acts_as_a_body(found[0], subj))):
            return found
        if found:
            return []
    return []


def _object_position(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is, when the parse makes it the subject of a clause with no
    finite verb right after that verb ("Lima allowed it to open an office", "Quito declared it
    void", "the law made it easy to ..."): a pronoun in that place is not the verb's own subject
    (binding), whatever the parse calls it. None for the subject of a finite clause ("Lima said it
    would ...")."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.i == tok.i or head.tag_ in FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in head.children):
        return None
    above = head.head
    return above if above.i != head.i and above.i < tok.i and above.pos_ in ("VERB", "AUX") else None


def _acts_as_a_body(m: Mention, tok: Token) -> bool:
    """Rule ``it_stands_for_a_seat_or_organ``: the subject "it" of a clause below another also stands
    for that clause's subject when it is a capital named for its government, an armed group or an
    agency (:data:`ACTING_KINDS`: "Lima summoned the envoy over what it called ...", "Quito said it
    would ..."), or an organ of a state (:func:`state_organ`: "the foreign ministry said that it
    regrets ...") that the knowledge base places in a state. Not across sentences: an "it" opening
    a sentence after "the parliament passed the law" is the law as often as the parliament."""
    if m.kind in ACTING_KINDS:
        return bool(m.actor_id)
    return bool(m.actor_id or m.country) and state_organ(m, tok)


def _dummy_it(verb: Token) -> bool:
    """A verb whose "it" subject is a dummy: "be" and "seem" always ("it is ...", "it seemed that");
    :data:`DUMMY_IT_VERBS` only with a clause or a quality as complement ("it appeared that ...",
    "it took three years to ...", "it took until May for them to return", "it remained unclear") -
    "It did not appear at the hearing", "it took the town on 12 August" tell the state or body's own act."""
    lemma = verb.lemma_.lower()
    if lemma in ("be", "seem"):
        return True
    if lemma not in DUMMY_IT_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "acomp", "attr", "oprd", "csubj") for c in verb.children):
        return True
    # "it took the fall of Sukarno and much talking to bring them together": the infinitive the
    # time or means is for, wherever the parse hangs it below the verb
    return any(t.tag_.startswith("VB") and any(c.tag_ == "TO" and c.dep_ == "aux" for c in t.children)
               for t in verb.subtree if t.i > verb.i)


def country_before(tok: Token, index: MentionIndex) -> list[Mention]:
    """The state a bare "the country" stands for: the one state its sentence and the one before
    name, else the state most named before it in the document when it has :data:`COUNTRY_SHARE`
    of the state mentions ("... a demonstration in Tbilisi. The country declared its independence":
    Georgia, in a history of Georgia)."""
    sent = tok.sent
    lo = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [m for m in index.mentions if m.end <= tok.i and m.kind in STATE_MENTION_KINDS and m.actor_id]
    near = {m.actor_id: m for m in before if m.start >= lo}
    if len(near) == 1:
        return list(near.values())
    if near:
        return []
    counts: dict[str, int] = {}
    for m in before:
        counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
    if not counts:
        return []
    best = max(counts, key=lambda k: counts[k])
    if counts[best] / sum(counts.values()) < COUNTRY_SHARE:
        return []
    return [next(m for m in reversed(before) if m.actor_id == best)]


#: ontology classes whose nouns name a craft a proper name may be the name of ("the frigate HMS
#: Falmouth", "the survey ship Hora", "the Cheonan, a corvette"): a thing, no actor
CRAFT_CLASSES = ("WARSHIPS", "VEHICLES", "ARMS")


@lru_cache(maxsize=1)
def _craft_nouns() -> frozenset[str]:
    classes = load_ontology().classes
    return frozenset().union(*(classes.get(c, frozenset()) for c in CRAFT_CLASSES))


def _craft_noun(doc: Doc, m: Mention) -> Token | None:
    """The craft noun a name is the name of: the noun right before it ("the Turkish frigate Kemal
    Reis", "the patrol ship HMS Trent") or in apposition to it ("the Teknik Perdana, a survey ship")."""
    crafts = _craft_nouns()
    prev = word_before(doc, m.start)
    if prev is not None:
        if prev.pos_ in ("NOUN", "ADJ", "PROPN") and (prev.lower_ in crafts or prev.lemma_.lower() in crafts):
            return prev  # a noun ("the frigate X"), not a verb's ("bombed Bentiu")
    root = doc[m.start:m.end].root
    return next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in crafts and c.i >= m.end), None)


def _craft_owner(doc: Doc, noun: Token, index: MentionIndex) -> str | None:
    """The state a craft noun's own modifiers name ("Turkish", "South Korean", "Venezuela's"): the
    words between its determiner and the noun, or the noun's modifier children."""
    toks = list(noun.children)
    i = noun.i - 1
    while i >= 0 and doc[i].dep_ not in ("det", "punct") and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "PART"):
        toks.append(doc[i])
        i -= 1
    for tok in toks:
        if tok.dep_ not in ("amod", "compound", "poss", "nmod") and tok.i not in range(i + 1, noun.i):
            continue
        owner = index.at(tok)
        if owner is None:
            continue
        state = owner.country or (owner.actor_id if owner.kind in ("state", "historical_state") else None)
        if state:
            return state
    return None


def named_craft(m: Mention, index: MentionIndex) -> Mention | None:
    """Rule ``a_craft_is_no_actor``: a name the knowledge base does not know that is the name of a
    craft (the ontology's WARSHIPS, VEHICLES, ARMS: "the Turkish survey ship Hora", "the frigate HMS
    Falmouth", "the Cheonan, a South Korean corvette") is a thing, not an actor. Its owner state,
    where the craft's own modifiers name one, acts or is acted on through it (returned as a
    mention of that state, named "Turkey (ship)" as the agents stage names "Netherlands
    (warship)"); with no owner said the name is no participant (None). Other mentions come back
    as they are."""
    if m.actor_id is not None or m.resolved:
        return m
    doc = index.doc
    noun = _craft_noun(doc, m)
    if noun is None:
        return m
    state = _craft_owner(doc, noun, index)
    if state is None:
        return None
    actor = knowledge_base().get(state)
    return replace(m, actor_id=state, name=f"{actor.name if actor else state} ({noun.lemma_.lower()})",
                   kind="agent", resolved=True, named=True, country=state, cameo=None)


#: possessive pronouns that point back to a person ("his government", "her army") and to a state
#: or body ("its army"); "their" may stand for a pair and is left to the group rules
PERSON_POSSESSIVES = frozenset({"his", "her"})
THING_POSSESSIVES = frozenset({"its"})


def _state_of_mention(m: Mention) -> str | None:
    """The state a mention acts for: a state's own id, a person's or an agent's country (else the
    KB's answer for its id)."""
    if m.kind in STATE_MENTION_KINDS:
        return m.actor_id
    return m.country or (state_for(m.actor_id, None) if m.actor_id else None)


def state_organ(m: Mention, tok: Token) -> bool:
    """``m`` is an unnamed organ that acts for its state - a generic agent noun of a sector the
    CAMEO codebook says acts for the state (``cameo_sectors.tsv``: government, military, police,
    judiciary, legislature, intelligence) - "his administration", "its army", "her government"."""
    if m.kind != "agent":
        return False
    kb = knowledge_base()
    code = kb.agent_nouns.get(m.text.lower()) or kb.agent_nouns.get(tok.lower_) or kb.agent_nouns.get(tok.lemma_.lower())
    sector = kb.sectors.get((code or "").strip("~"))
    return sector is not None and sector.state


def pronoun_owner_state(pron: Token, index: MentionIndex) -> str | None:
    """Rule ``organ_of_the_pronouns_referent``: the state of whom a possessive pronoun before an
    organ of a state points back to, when no clause above names the owner - for "his"/"her", the
    persons named before it in its sentence when all of them act for one state ("the treaty that
    Saddam tore up days before his army invaded Iran"), else the person who is the main subject of
    the sentence before; for "its", the state "it" stands for (:func:`thing_before`: "Rwanda's
    answer was to go in. Its army helped ..."). None when the pronoun's referent is no one or no
    one state."""
    if pron.lower_ in PERSON_POSSESSIVES:
        sent = pron.sent
        people = [m for m in index.mentions if m.is_person and m.named and sent.start <= m.start and m.end <= pron.i
                  and index.gender_fits(m, pron)]
        states = {_state_of_mention(m) for m in people}
        if people:
            return states.pop() if len(states) == 1 else None
        for subj in _earlier_subjects(pron)[:1]:
            m = index.at(subj)
            if m is not None and m.is_person and index.gender_fits(m, pron):
                return _state_of_mention(m)
        return None
    if pron.lower_ in THING_POSSESSIVES:
        found = thing_before(pron, index)
        if len(found) == 1 and found[0].kind in STATE_MENTION_KINDS:
            return found[0].actor_id
    return None
