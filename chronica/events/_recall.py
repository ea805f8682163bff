"""Events the parse tells that the trigger words alone miss: a gerund noun that names its verb's
act, and a two-sided fight told with no party named in a text about a pair of states.

1. **Gerund nouns** (:func:`gerund_keys`). spaCy lemmatises a noun in -ing to itself
   ("fighting", "shellings", "bombing"), so a verb of the ontology told as a noun is no trigger:
   "heavy fighting resumed", "the shelling of Basra", "rammings by the tugs". The noun's verb is
   found by undoing the -ing (``shell-ing``, ``fight-ing``, ``bomb-ing``; ``ram-m-ing``; ``rais-ing``
   -> ``raise``) and kept when it is a one-word verb trigger of the ontology (not the field's
   dictionary, whose patterns are verbs only, nor a word that is a trigger in its own right as
   a noun: "meeting", "warning"), and only where the noun tells an act of its own: a possessor, an
   of/by/between/with phrase, a compound, or the subject's place (:func:`_has_own_argument`; "after
   intense fighting" inside another act's adjunct is none). The noun then takes its roles as any
   nominal trigger does (``extract._noun_roles``: "the shelling of Basra by Iranian artillery").
2. **A fight of the document's pair** (:func:`pair_fight`). A noun of a two-sided fight
   (``TWO_SIDED_FORMS``) that is the subject of its clause, with no party, no place and no
   domestic modifier ("clashes continued", "border fighting escalated in March 2012",
   "hostilities resumed") whose clause gives it a calendar date is the fight of the pair of
   states the document is about (each named as a state: :func:`pair_mentions`) - as
   "relations hit rock-bottom" is their relations (``extract._code``). Not a copula ("the war
   was a mistake"), an ending ("the fighting stopped": ``trig.ended``), a negation, nor a civil
   or ethnic war ("the civil war raged on": its sides are not two states), nor a fight whose own
   relative clause names a state, people or body ("the war, in which A backed B against C, broke
   out in 1932", "the war in the province, in which A fought alongside B": its clause tells who took
   part, and the pair may be allies in it; a place the clause names, "the fighting that began in
   X", is no side).

3. **An accord of the document's pair** (:func:`pair_accord`). An agreement or talks told with no
   party (``_accords.dated_accord``: "a border treaty came in 1962", "the accord concluded on 2
   March 1971 created a river commission", "negotiations began in the capital in 1983") in a text
   about a pair of states is the pair's - both its doers, as PLOVER codes a reciprocal act ("all
   of the entities are considered as the actor") - when its sentence names no actor outside the
   pair but the place it was made in ("a treaty of 1908 drew the line along the Ghanaian shore and
   left the lake to Togo": the pair; "talks chaired by a Canadian envoy led to a protocol": not the
   pair's alone, no party given). Not an accord named by its proper name ("the Lome Accord came
   into force in 1962", "the Accra agreement"): its name joins it to the sources that name its
   parties, as ``_accords`` leaves them to the chronicle, and a named treaty of a pair's history
   may be another pair's (a peace of many states).

4. **An act labelled a hostile one** (:func:`labelling_accusation`). A verb of naming by which a
   speaker labels a thing (``_lexicon.LABELLING_VERBS``: "Tehran called the raid an attack on its
   sovereignty", "Moscow described the measure as a blockade", "called the speech a declaration of
   war") whose label is a noun of a conflictual act of the ontology (a trigger of a form of negative
   intensity: an attack, a blockade, an annexation, a war), itself or in its of-phrase, is the
   speaker's criticism of it: PLOVER ACCUSE (CAMEO 111, "criticize or denounce"), as the ontology
   codes "branded it a betrayal". The verb is otherwise no event (``checks.a_name_given``: a name
   given, no call made) and its label no act (``checks.a_name_called``). Not a passive ("the line
   was called the Demilitarised Zone"), a relative or reduced relative ("what Damascus called the
   unity of track and destiny"), a negation ("not calling it treason"), nor a label that names no
   hostile act ("called the deal a breakthrough", "called the bans political"), nor a definite label,
   which names the thing rather than classes it ("called it the battle that broke apartheid").

Public API: :func:`gerund_keys`, :func:`labelling_accusation`, :func:`pair_accord`, :func:`pair_fight`,
:func:`pair_mentions`.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronica.events._actors import state_for
from chronica.events._lexicon import END_VERBS, LABELLING_VERBS
from chronica.events.candidate import Trigger, keys, place_of
from chronica.events.ontology import Ontology, Pattern

#: forms whose happening has two sides (the pair of the document when neither is named)
TWO_SIDED_FORMS = frozenset({"FIGHT"})
#: modifiers by which a fight is within one state, not between the pair ("the civil war")
DOMESTIC_MODIFIERS = frozenset({"civil", "internal", "ethnic", "tribal", "factional", "sectarian", "intercommunal",
                                "communal", "domestic"})
#: verbs that say what a fight was or how long it lasted, not that it went on at a time
DESCRIBING = frozenset({"be", "become", "remain", "seem", "appear", "have", "mean", "look", "prove", "last",
                        "cost", "claim", "leave", "kill"})
#: the children of the verb whose subtree may carry its date (adjuncts, not clauses)
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod"})
#: mention kinds that stand for a state of the pair (a state, not its leader or its army)
PAIR_KINDS = frozenset({"state", "historical_state"})
GERUND = "ing"


def _stems(word: str) -> list[str]:
    """The verbs a noun in -ing may come from: "fighting" fight, "ramming" ram (a doubled
    consonant undone), "raising" raise."""
    base = word[:-1] if word.endswith("ings") else word
    if not base.endswith(GERUND) or len(base) <= len(GERUND) + 2:
        return []
    stem = base[: -len(GERUND)]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        out.insert(1, stem[:-1])
    elif len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # "shelling": shell first, then "shel"
    return out


def gerund_keys(tok: Token, onto: Ontology, own: set[str]) -> set[str]:
    """The ontology verb a gerund noun names (see the module docstring), or nothing. ``own`` are
    the token's own keys (its lemma and form): a noun that is a trigger itself keeps its own."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith((GERUND, GERUND + "s")):
        return set()
    if any(k in onto.by_first for k in own):
        return set()
    if not _has_own_argument(tok):
        return set()  # "retake the islands after intense fighting": no fight of its own to code
    for stem in _stems(tok.lower_):
        patterns = onto.by_first.get(stem, ())
        if any(len(p.words) == 1 and p.pos != "n" for p in patterns):
            return {stem}
    return set()


#: what makes a gerund noun an act told in its own right: its possessor, an of/by/between/with
#: phrase ("Iran's shelling of Basra", "fighting between the two armies"), or its place as the
#: subject of a clause ("Border fighting escalated in March")
OWN_PREPOSITIONS = frozenset({"of", "by", "between", "with", "against", "across", "along", "near"})


def _has_own_argument(tok: Token) -> bool:
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if phrase.dep_ in ("nsubj", "nsubjpass"):
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in OWN_PREPOSITIONS) or c.dep_ == "compound"
               for c in phrase.children)


#: the entity labels of a named state, people or body: a clause on a fight that names one tells its sides
TOLD_SIDE_ENTS = frozenset({"GPE", "NORP", "ORG"})


#: the prepositions whose object takes part in a fight ("against C", "between A and B", "alongside B")
PARTY_PREPS = frozenset({"against", "between", "with", "by", "alongside", "among", "versus"})


def _takes_part(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """Whether a named state, people or body (:data:`TOLD_SIDE_ENTS`) in a fight's clause has a
    participant's role there: its phrase (through modifiers and conjuncts) is the clause's subject or
    object, or the object of a preposition of :data:`PARTY_PREPS`. A place the clause only locates
    the fight in ("that began in X", "over land on the edge of X") takes no part."""
    if token.ent_type_ not in TOLD_SIDE_ENTS:
        return False
    head = token
    while head.dep_ in ("amod", "compound", "poss", "conj", "appos", "nmod") and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPS


def pair_fight(trig: Trigger, onto: Ontology) -> bool:
    """True when a nominal trigger of a two-sided fight is told as going on with no party named
    (rule 2 of the module docstring); the caller gives it the document's pair."""
    anchor = trig.anchor
    if trig.pattern.source != "ontology" or trig.pattern.form not in TWO_SIDED_FORMS or anchor.pos_ != "NOUN":
        return False
    if trig.ended:
        return False
    phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
    if phrase.dep_ not in ("nsubj", "nsubjpass") or phrase.head.pos_ != "VERB":
        return False
    verb = phrase.head
    if verb.lemma_.lower() in DESCRIBING | END_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in phrase.children):
        return False
    if any(c.lower_ in DOMESTIC_MODIFIERS for c in phrase.subtree if c.i < phrase.i):
        return False
    if any(c.dep_ in ("relcl", "acl") and c.i > phrase.i and any(_takes_part(t) for t in c.subtree)
           for c in phrase.subtree):
        return False  # "the war, in which A backed B against C, broke out": its clause tells who took part
    if place_of(phrase) is not None or place_of(verb) is not None:
        return False  # a fight somewhere is a happening of its place (``extract._doerless_happening``)
    adjuncts = [t for c in verb.children if c.dep_ in ADJUNCT_DEPS for t in c.subtree]
    return _calendar_date(phrase.subtree) or _calendar_date(adjuncts)


def _calendar_date(tokens) -> bool:  # noqa: ANN001 - an iterable of tokens
    """A time expression with a number in it ("in March 2012", "on 28 February 1995"): its clause
    tells when, so the fight is no undated summary ("the fighting lasted five weeks") nor the
    background of another clause's date ("three weeks after the fighting began, on 17 February,
    they signed")."""
    return any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in tokens)


def pair_mentions(index, before: int) -> list:  # noqa: ANN001 - a MentionIndex, its Mentions
    """The document's two main states (``MentionIndex.topic_states``) each as a mention of the
    state itself - the first one naming it - not of its leader or army; [] unless both are."""
    pair = index.topic_states(before)
    if len(pair) != 2:
        return []
    out = []
    for m in pair:
        state = state_for(m.actor_id, None) if m.actor_id else None
        own = next((x for x in index.mentions if x.start < before and x.kind in PAIR_KINDS
                    and x.actor_id and state_for(x.actor_id, None) == state), None)
        if own is None:
            return []
        out.append(own)
    return out


#: mention kinds that say where an accord was made or talks were held, no party to it ("signed in
#: Baghdad", "talks in Geneva")
VENUE_KINDS = frozenset({"government_seat", "place", "territory", "region"})
#: mention kinds that are no actor of their own (a named war, treaty or event)
NOT_ACTOR_KINDS = frozenset({"event", "happening"})


#: entity labels of a proper name an accord may carry ("the Treaty of Lausanne", "the Camp David Accords")
NAME_LABELS = frozenset({"LAW", "EVENT", "ORG", "WORK_OF_ART", "FAC", "GPE"})


def _named_accord(noun: Token) -> bool:
    """The accord noun is (in) a proper name: capitalised ("the Lome Accord", "the Treaty of X"),
    inside a named entity, or headed by a proper-noun compound ("the Accra agreement")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in NAME_LABELS or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def pair_accord(trig: Trigger, index) -> list:  # noqa: ANN001 - a MentionIndex, its Mentions
    """The document's pair (:func:`pair_mentions`) as the parties of an agreement or talks told with
    no party (rule 3 of the module docstring), or [] when the accord is named by its proper name,
    when its sentence names an actor outside the pair (a mediator, a third signatory, a rebel
    group) or when the document has no pair."""
    if _named_accord(trig.carries if trig.carries is not None else trig.anchor):
        return []
    sent = trig.anchor.sent
    pair = pair_mentions(index, sent.start)
    if len(pair) != 2:
        return []
    states = {state_for(m.actor_id, None) for m in pair}
    for m in index.mentions:
        if m.start < sent.start or m.end > sent.end or not m.named or m.kind in VENUE_KINDS | NOT_ACTOR_KINDS:
            continue
        state = (state_for(m.actor_id, None) if m.actor_id else None) or m.country
        if state not in states:
            return []
    return pair


#: the form a label of a hostile act makes of the verb that gives it (PLOVER ACCUSE, CAMEO 111)
CRITICISM_FORM = "DISAPPROVE"
#: determiners of a definite label: the label names the thing ("the battle that ended the war", "the
#: Corrective Movement"), where an indefinite one ("an attack", "a blockade") classes it as an act
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: the clauses a verb of naming heads that only name ("what the British called the Agreement", "a
#: ship called the Mavi Marmara"): no one is criticised
NAMING_ONLY_DEPS = frozenset({"relcl", "acl", "amod"})


def _labels(verb: Token) -> list[Token]:
    """The label a verb of naming gives its object: an object complement ("called it an attack"),
    a second object, or the noun of its "as" ("described the measure as a blockade")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    out = [c for c in verb.children if c.dep_ == "oprd"] + objects[1:]
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return out if objects else []


def _hostile_act(noun: Token, onto: Ontology) -> bool:
    """The noun is a one-word trigger of the ontology (not a verb's) in a form of negative intensity."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        p.source == "ontology" and len(p.words) == 1 and p.pos != "v" and onto.form_intensity(p.form) < 0
        for k in keys(noun) for p in onto.by_first.get(k, ()))


def _criticism_pattern(onto: Ontology) -> Pattern | None:
    return next((p for ps in onto.by_first.values() for p in ps if p.form == CRITICISM_FORM and p.source == "ontology"
                 and len(p.words) == 1 and p.pos == "v"), None)


def labelling_accusation(verb: Token, onto: Ontology) -> Pattern | None:
    """The ontology's verb pattern of criticism when ``verb`` labels its object a hostile act (rule 4
    of the module docstring), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LABELLING_VERBS or verb.dep_ in NAMING_ONLY_DEPS:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
        return None
    for label in _labels(verb):
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in label.children):
            continue  # "called it the battle that broke apartheid": a name for the thing, no charge
        words = [label] + [g for c in label.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
        if any(_hostile_act(w, onto) for w in words):
            return _criticism_pattern(onto)
    return None
