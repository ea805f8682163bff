"""The records the extractor passes between its steps: a trigger found in a sentence, an
argument (an actor mention in a role), and a candidate event with both, which the named checks
of :mod:`chronica.events.checks` judge. Also the small parse helpers those checks share.

Public API: :class:`Trigger`, :class:`Argument`, :class:`Candidate`, :func:`keys`,
:func:`location`, :func:`characterisation`, :func:`threat`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Token

from chronica.events._actors import Mention
from chronica.events._lexicon import (
    ACTOR_ENTS, FORCE_VERBS, LEMMA_FIXES, LOCATION_PREPS, MODALS, NAMING_VERBS, PLACE_NOUNS, SELF_NOUNS, THREAT_ACTS,
    THREAT_WORDS,
)
from chronica.events._modality import FUTURE_MODALS
from chronica.events.model import SOURCE, TARGET
from chronica.events.ontology import Pattern
from chronica.nlp import doc_ents


class Argument(NamedTuple):
    """An actor mention in a role of an event, and the token of the parse that holds it."""

    mention: Mention
    role: str  # SOURCE | TARGET | OTHER
    token: Token


@dataclass
class Trigger:
    anchor: Token
    tokens: list[Token]
    pattern: Pattern
    carrier: Token | None = None  # light verb or copula carrying a nominal trigger
    roles: list[tuple[Token, str]] = field(default_factory=list)
    agentive: bool = False  # the source is an agent (subject of an active verb, a by-phrase)
    ended: bool = False  # governed by a verb that ends it ("stopped supplying", "aid was cut")
    passive: bool = False  # a passive verb: its subject is the target
    absorbs: tuple[int, ...] = ()  # tokens a dictionary verb's phrase pattern took ("lifted the *blockade*")
    carries: Token | None = None  # the noun a passive light verb is coded as ("the *treaty* was signed by X")
    entered: list[Token] = field(default_factory=list)  # the states a force's movement enters ("landed in *Cyprus*")
    allies: tuple[int, ...] = ()  # tokens of co-doers a phrase of company names ("fought *alongside* Iceland")
    landed: tuple[Token, str] | None = None  # the other side's place a force landed at, and its state ("landed at *Pisco*")


def keys(tok: Token) -> set[str]:
    """The lemma (corrected where spaCy's lemmatiser errs) and the lower-case form of a token."""
    lemma = tok.lemma_.lower()
    return {LEMMA_FIXES.get(lemma, lemma), tok.lower_}


def location(trig: Trigger, used: set[int]) -> str | None:
    """Where the event happened: a place in a locative phrase of the trigger or its carrier."""
    heads = [trig.anchor] + ([trig.carrier] if trig.carrier is not None else [])
    for head in heads:
        where = place_of(head, used)
        if where is not None:
            return where
    return None


def place_of(head: Token, used: set[int] = frozenset()) -> str | None:
    """A place named in a locative phrase of ``head`` ("in Athens", "at Freedom Square")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS | ROUTE_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in PLACE_ENTS and pobj.i not in used:
                    ent = next((e for e in doc_ents(pobj.doc) if e.start <= pobj.i < e.end), None)
                    return ent.text if ent is not None else pobj.text
                # "around the border town of Badme", "near the village of Zala": a common noun of
                # place names it by its "of" phrase, whatever the tagger made of the name
                # "at Juba airport", "at Khartoum's airport": a facility named by its place
                named = [c for c in pobj.children if c.dep_ in ("compound", "poss") and c.ent_type_ in PLACE_ENTS
                         and c.i not in used]
                if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in FACILITY_NOUNS and named:
                    ent = next((e for e in doc_ents(pobj.doc) if e.start <= named[0].i < e.end), None)
                    return ent.text if ent is not None else named[0].text
                if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in PLACE_NOUNS:
                    for name in (g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
                        if name.i not in used:
                            return " ".join(t.text for t in name.subtree)
    return None


#: prepositions of a route or surroundings that place a happening only with a place named:
#: "fighting broke out around Badme", "clashes along the Zarumilla River"
ROUTE_PREPS = frozenset({"around", "along"})
#: named entities that are places
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: facilities a traveller arrives at, named by their place ("Juba airport", "the port of Aden")
FACILITY_NOUNS = frozenset({"airport", "aerodrome", "airfield", "airbase", "station", "harbour", "harbor",
                            "quay", "palace"})


def characterisation(noun: Token) -> bool:
    """A noun that is the label a verb of naming gives: "branded (it) a retreat", "described as
    an invasion", "called it a betrayal", "a move branded a retreat by X"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in NAMING_VERBS
    if noun.dep_ not in ("oprd", "attr", "dobj", "xcomp") or head.lemma_.lower() not in NAMING_VERBS:
        return False
    if noun.dep_ != "dobj":
        return True
    # a dobj is the label only when the thing labelled is there too: an object before it, a
    # passive ("was branded a retreat"), or a reduced relative ("a move branded a retreat")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i < noun.i for c in head.children) \
        or any(c.dep_ == "auxpass" for c in head.children) \
        or (head.tag_ in ("VBN", "VBD") and head.dep_ in ("acl", "relcl")
            and not any(c.dep_ == "nsubj" for c in head.children))


def threat(trig: Trigger, found: list[Argument]) -> bool:
    """Whether a warning threatens: of force, sanctions or consequences ("warned of
    retaliation"), the warner's own act to come ("warned it would cut supplies"), or a named
    actor's readiness to use force ("warned Britain that Moscow was ready to crush it"); a
    warning that something may happen ("warned that growth will slow") threatens no one."""
    sources = {t.i for _, r, t in found if r == SOURCE}
    warned = {t.i for _, r, t in found if r == TARGET}
    heads = [trig.anchor] + ([trig.carrier] if trig.carrier is not None else [])
    for c in (c for head in heads for c in head.children):
        if c.dep_ == "prep" and c.lower_ in ("of", "against") and any(
                keys(t) & THREAT_WORDS for p in c.children if p.dep_ in ("pobj", "pcomp")
                for t in [p, *p.children]):
            return True
        if c.dep_ not in ("ccomp", "xcomp", "advcl"):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        modal = any(g.dep_ == "aux" and g.lower_ in MODALS | FUTURE_MODALS for g in c.children)
        own = subj.lower_ in ("it", "we", "they", "he", "she", "i") or subj.i in sources or (
            subj.lemma_.lower() in SELF_NOUNS and any(g.lower_ == "the" for g in subj.children))
        if modal and own and keys(c) & (THREAT_WORDS | THREAT_ACTS):
            return True
        if subj.i not in warned and subj.ent_type_ in ACTOR_ENTS \
                and any(t.lemma_.lower() in THREAT_WORDS | FORCE_VERBS for t in c.subtree):
            return True
    return False


@dataclass
class Candidate:
    """A trigger with its arguments, before the checks judge whether it makes an event.

    ``form`` is the ontology form it is coded in (it may differ from the trigger pattern's when
    a rule re-coded it: "his attack on the plan" is a DISAPPROVE). ``fired`` lists the checks
    that applied to it and let it pass; ``vetoed_by`` names the one that dropped it.
    """

    trig: Trigger
    form: str
    found: list[Argument]
    fired: list[str] = field(default_factory=list)
    vetoed_by: str | None = None
    doerless: bool = False  # a happening told with no doer named (``extract._doerless_happening``)
    dated_accord: bool = False  # an agreement or talks its clause dates, parties untold (``_accords``)

    @property
    def anchor(self) -> Token:
        return self.trig.anchor

    @property
    def roles(self) -> list[str]:
        return [a.role for a in self.found]

    @property
    def objs(self) -> list[Token]:
        """The direct objects of a verbal trigger."""
        return [c for c in self.anchor.children if c.dep_ == "dobj"] if self.anchor.pos_ == "VERB" else []

    @property
    def used(self) -> set[int]:
        """Token indices of the arguments' tokens."""
        return {a.token.i for a in self.found}
