"""The named checks that judge a candidate event: a registry, as the time tagger's rules are.

Each check is a function of a :class:`~chronica.events.candidate.Candidate` that returns True
when the candidate makes no event (a veto); it has a name, a docstring that gives the case it
exists for, and the forms it serves (None: every form). :func:`judge` runs them in order and
records which applied and let the candidate pass (``fired``) and which one dropped it
(``vetoed_by``), so a wrong drop traces to one rule; ``chronica events --explain ID`` shows it.
Each check's own cases are the table in ``tests/test_events_checks.py``.

Public API: :data:`VETOES`, :func:`veto`, :func:`judge`.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronica.events._happenings import KIND as HAPPENING
from chronica.events._happenings import names_a_happening
from chronica.events._lexicon import (
    ACTOR_ENTS,
    ARMED_KINDS,
    ASK_VERBS,
    ATTRIBUTION_ACTS,
    BACKGROUND_PREPS,
    COERCED_THINGS,
    COMPANY_SECTORS,
    DEAL_NOUNS,
    FIGURATIVE_FIGHTS,
    GAIN_VERBS,
    HOST_VERBS,
    OPINION_VERBS,
    STATE_COPULAS,
    TALK_VERBS,
    STATISTIC_NOUNS,
    GOODS_NOUNS,
    OBJECT_SENSE_VERBS,
    HUMAN_OBJECTS,
    MARKET_DEMAND,
    MILITARY_OBJECTS,
    NATURAL_HAZARDS,
    NON_EVENTS,
    PAIR_LEMMAS,
    PAIR_TYPES,
    PERMIT_VERBS,
    PERSON_TYPES,
    QUESTION_VERBS,
    RECOGNISED_AS,
    SOURCE_NEEDED,
    STANDING_WORDS,
    TARGET_LEMMAS,
    TARGET_TYPES,
    VICTIM_VERBS,
    WH_WORDS,
    WITHDRAWN,
    PLACES_LEFT,
)
from chronica.events._modality import RANKING_WORDS
from chronica.events._places import place_taken
from chronica.events.candidate import Candidate, characterisation, keys, location, threat
from chronica.events._targets import names_a_deal
from chronica.events.model import OTHER, SOURCE, TARGET
from chronica.events.ontology import OTHER_TYPE, load_ontology

#: the CAMEO actor code prefix of intergovernmental organisations
BODY_OF_MEMBERS_CODE = "IGO"
#: the verbs TimeML gold classes as intensional states (scripts/derive_timeml_states.py)
ISTATES_PATH = Path(__file__).with_name("data") / "timeml_istates.tsv"


@lru_cache(maxsize=1)
def timeml_istates() -> frozenset[str]:
    """The lemmas of ``data/timeml_istates.tsv``: verbs TBAQ's annotators class as I_STATE."""
    lines = ISTATES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True)
class Veto:
    """A named check: ``test`` is True when the candidate makes no event."""

    name: str
    test: Callable[[Candidate], bool]
    forms: frozenset[str] | None  # the forms it serves; None: all
    doc: str

    def applies(self, form: str) -> bool:
        return self.forms is None or form in self.forms


#: the checks, in the order they run
VETOES: list[Veto] = []


def veto(forms: frozenset[str] | None = None) -> Callable[[Callable[[Candidate], bool]], Callable[[Candidate], bool]]:
    """Register a check (a function whose docstring gives its case) for ``forms`` (None: all)."""
    def register(func: Callable[[Candidate], bool]) -> Callable[[Candidate], bool]:
        if not func.__doc__:
            raise ValueError(f"check {func.__name__} has no docstring")
        if any(v.name == func.__name__ for v in VETOES):
            raise ValueError(f"check {func.__name__} is registered twice")
        VETOES.append(Veto(func.__name__, func, forms, " ".join(func.__doc__.split())))
        return func
    return register


def judge(cand: Candidate, skip: frozenset[str] = frozenset()) -> bool:
    """Run the checks that serve the candidate's form in order; True when none vetoes it. The
    candidate records the checks it passed (``fired``) and the one that vetoed it. ``skip``: checks
    not run (:data:`RECIPIENT_CHECKS` for an act kept one-sided, ``extract._one_sided``)."""
    for v in VETOES:
        if not v.applies(cand.form) or v.name in skip:
            continue
        if v.test(cand):
            cand.vetoed_by = v.name
            return False
        cand.fired.append(v.name)
    return True


# --- the checks ---------------------------------------------------------------------------------


#: the checks that turn an act down for want of its recipient or second party, not for its sense:
#: relations cut or a fight fought with no one named, a meeting (or a mediation) of one party, an
#: occupation or threat of no one. An act they turn down whose dated happening is kept anyway with
#: its doer keeps its code (``extract._one_sided``) instead of coming back as OTHER.
RECIPIENT_CHECKS = frozenset({"cut_or_fought_with_no_one", "meeting_needs_two", "warning_to_no_one"})


def needs_a_named_actor(cand: Candidate) -> bool:
    """An event needs at least one named participant (a resolved actor, a named entity or a named
    happening): "prices fell", "the talks resumed" name no one. Run by the extractor before the
    form is settled (the registry's checks run after), so it is not registered below."""
    return not any(a.mention.named for a in cand.found)


@veto(forms=None)
def copular_description(cand: Candidate) -> bool:
    """"China is the main trading partner of Vietnam" describes, states no event; "The Suez Crisis
    was an invasion of Egypt by Israel" - a named happening said to be one - does."""
    anchor = cand.anchor
    if anchor.dep_ == "attr" and any(c.dep_ == "nsubj" and names_a_happening(c) for c in anchor.head.children):
        return False
    return bool(anchor.dep_ == "attr" and anchor.head.lemma_.lower() in ("be", "remain", "seem", "appear"))


@veto(forms=None)
def active_verb_needs_its_doer(cand: Candidate) -> bool:
    """An active verb needs its doer among the actors: "economic migration helped the UK" does not make
    the UK anyone's target ("fighting broke out in Sarajevo" names no one: a happening's own case)."""
    roles = cand.roles
    anchor = cand.anchor
    trig = cand.trig
    return bool(anchor.pos_ == "VERB" and not trig.passive and SOURCE not in roles and not cand.doerless)


@veto(forms=frozenset({"REJECT"}))
def declined_to_comment(cand: Candidate) -> bool:
    """"declined to comment"."""
    anchor = cand.anchor
    etype = cand.form
    return bool(etype == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in NON_EVENTS for c in anchor.children))


#: the verbs of a denial of responsibility (CAMEO 016, the ontology's REJECT "denies")
DENYING_VERBS = frozenset({"deny"})


@veto(forms=frozenset({"REJECT"}))
def a_thing_withheld(cand: Candidate) -> bool:
    """"denied them water", "denied birth certificates to two girls", "were denied citizenship", "to
    deny safe havens to the rebels": a thing withheld from someone (a second object, a "to" phrase, the
    passive of the one deprived) is no denial of a charge (CAMEO 016), which has its charge alone as its
    object ("denied any involvement", "denied it", "denied that its troops were there")."""
    anchor = cand.anchor
    if anchor.lemma_.lower() not in DENYING_VERBS:
        return False
    return bool(any(c.dep_ in ("dative", "auxpass", "nsubjpass") or (
        c.dep_ == "prep" and c.lower_ == "to") for c in anchor.children)
        or sum(c.dep_ == "dobj" for c in anchor.children) > 1
        # "the prisoners were driven on, beaten, denied water": the passive of the verb it is the conjunct of
        or (anchor.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.head.children)))


@veto(forms=frozenset({"COLLAPSE"}))
def a_market_falls(cand: Candidate) -> bool:
    """"the London FTSE fell": a market, not a state or regime, falls ("the Athens regime fell",
    "the military government collapsed": a polity, named by a head noun of the ontology's STATE class)."""
    etype = cand.form
    found = cand.found
    polities = load_ontology().classes.get("STATE", frozenset())
    return bool(etype == "COLLAPSE" and not any(
        m.resolved or m.kind in ("state", "historical_state", "place")
        or (m.text.split() and m.text.split()[-1].lower() in polities) for m, _, _ in found))


@veto(forms=frozenset(f for f in load_ontology().forms if f != "HAPPEN"))
def a_statistic_moves(cand: Candidate) -> bool:
    """"the Greek population declined from 120,000 to 7,000", "inflation reached 85 percent",
    "its population will overtake that of the US": a figure, not an actor, is the subject (a
    dated one stays a happening, OTHER)."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB":
        return False
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and anchor.dep_ in ("xcomp", "conj"):
        subjects = [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lemma_.lower() in STATISTIC_NOUNS


@veto(forms=frozenset({"REDUCE"}))
def a_trend_of_relations(cand: Candidate) -> bool:
    """"relations between the two states deteriorated in 1975", "ties soured", "relations have
    worsened since": a change in the state of a relationship that no one is said to do (the REDUCE
    form's words the ontology codes OTHER: a rift, relations that sour, deteriorate or worsen) is a
    trend, no happening: PLOVER's SANCTION is an act done by an actor ("all reductions in existing,
    routine, or cooperative relations"), and the codebook has no category for a relationship's mood.
    The blind judges of session 50 failed such events as no happening; the acts that reduce
    relations (a break, a recall, an expulsion) are SANCTION and stay. Only the one-word verbs of the
    change: a low point named as reached ("relations hit rock bottom") or a rift named stays a dated
    happening (the Korea gold counts one). Session 51, type51: dev texts idntls, georus, mdarus,
    dnkdeu, colper, egyeth, egysdn, grctur, guyven, srbkos, chdsdn."""
    return (cand.trig.pattern.coding.type == OTHER_TYPE and cand.anchor.pos_ == "VERB"
            and len(cand.trig.pattern.words) == 1)


@veto(forms=None)
def talked_about(cand: Candidate) -> bool:
    """"Putin and Kim boasted of their cooperation", "the ministers discussed the withdrawal":
    an act named as the topic of a talk is talked about, not done (the talk is the event)."""
    cur = cand.anchor
    if cur.pos_ != "NOUN":
        return False
    for _ in range(4):
        if cur.dep_ not in ("pobj", "dobj", "conj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur.lemma_.lower() in TALK_VERBS
    return False


@veto(forms=None)
def an_opinion(cand: Candidate) -> bool:
    """"the Soviet leadership thought of North Korea as a burden", "most Koreans consider the
    South a prosperous place": an opinion held, no consultation (a complement says what of)."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB" or anchor.lemma_.lower() not in OPINION_VERBS:
        return False
    return any(c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("of", "as"))
               for c in anchor.children) or any(
        g.dep_ == "prep" and g.lower_ == "as" for c in anchor.children if c.dep_ == "dobj" for g in c.children)


@veto(forms=frozenset({"FIGHT"}))
def a_state_of_war(cand: Candidate) -> bool:
    """"the two Koreas are still at war", "Britain remained at war with Germany": a standing
    state, not a happening."""
    anchor = cand.anchor
    prep = anchor.head
    return bool(anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and prep.lower_ == "at"
                and prep.head.lemma_.lower() in STATE_COPULAS)


@veto(forms=frozenset({"FOUND_STATE"}))
def independence_held(cand: Candidate) -> bool:
    """"pledged to guarantee the independence of Cyprus", "attempting to end its independence":
    independence held, guaranteed or ended founds no state (it is gained, won or declared)."""
    anchor = cand.anchor
    if anchor.lemma_.lower() != "independence" or len(cand.trig.tokens) > 1:
        return False
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return anchor.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.lemma_.lower() not in GAIN_VERBS


#: the words by which a polity's independence is told ("became independent", "gained independence")
INDEPENDENCE_WORDS = frozenset({"independent", "independence"})
#: verbs by which a body (an assembly, a council) declares its polity's independence
DECLARING_VERBS = frozenset({"declare", "proclaim"})
#: mention kinds that are no polity: their independence founds no state
NON_POLITY_KINDS = frozenset({"agent", "organisation", "person", "government", "armed_force", "party"})


@veto(forms=frozenset({"FOUND_STATE"}))
def independence_of_no_polity(cand: Candidate) -> bool:
    """"the central bank became independent in 1998", "the judiciary gained independence": a body,
    a person or an agency made independent founds no state; a state, a colony or a territory does
    ("Guyana became independent on 26 May 1966"). A body that declares or proclaims independence
    declares its polity's ("the Assembly of Kosovo declared independence"): not this check's."""
    words = {t.lemma_.lower() for t in cand.trig.tokens}
    if not words & INDEPENDENCE_WORDS or words & DECLARING_VERBS:
        return False
    sources = [a.mention for a in cand.found if a.role == SOURCE]
    return bool(sources) and all(m.kind in NON_POLITY_KINDS for m in sources)


#: the ontology's classes of texts whose author welcoming or recognising one takes the side of: an accord, a
#: border, a proposal or ruling ("welcomed the offer", "recognised the protocol", "never recognised the boundary")
RECOGNISED_TEXT_CLASSES = ("ACCORD", "BORDER", "PROPOSAL")
RECOGNISING_VERBS = frozenset({"recognise", "recognize", "welcome"})
RECOGNISED_TEXTS = frozenset().union(*(load_ontology().classes.get(c, frozenset()) for c in RECOGNISED_TEXT_CLASSES))


def recognised_a_text(cand: Candidate) -> bool:
    """A verb of recognising or welcoming whose named doer takes a text of the ontology's accord, border or
    proposal classes as its object, or as the "of" object of its object ("welcomed the offer", "recognised the
    validity of the protocol"): the text stands for its author, one party is enough."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB" or anchor.lemma_.lower() not in RECOGNISING_VERBS or not any(a.role == SOURCE and a.mention.named for a in cand.found):
        return False
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in RECOGNISED_TEXTS or o.lower_ in RECOGNISED_TEXTS for o in objs)


@veto(forms=None)
def recognised_no_actor(cand: Candidate) -> bool:
    """"recognised the need for ..." is no recognition of an actor "allowed Kim to invade" parsed as a
    clause. A named party that recognises or welcomes a text - an accord, a border, an offer or a ruling -
    is told of without a second one (``recognised_a_text``)."""
    anchor = cand.anchor
    found = cand.found
    if recognised_a_text(cand):
        return False
    return bool(anchor.lemma_.lower() in TARGET_LEMMAS and not any(r == TARGET and m.named for m, r, _ in found) \
        and not (anchor.lemma_.lower() in ("allow", "permit", "enable") and any(
            c.dep_ in ("ccomp", "xcomp") and c.i > anchor.i
            and any(g.dep_ == "nsubj" and g.pos_ == "PROPN" for g in c.children)
            for c in anchor.children)))


@veto(forms=frozenset({"THREATEN", "OCCUPY"}))
def warning_to_no_one(cand: Candidate) -> bool:
    """"Deloitte has warned (that growth will slow)" threatens no one (an arrest warrant always
    names someone, though not always an actor: "a warrant for the former editor")."""
    roles = cand.roles
    etype = cand.form
    return bool(etype in TARGET_TYPES and TARGET not in roles and cand.trig.pattern.coding.mode != "arrest"
                and not occupied_a_territory(cand))  # "Morocco occupied the territory": a place taken


#: the CAMEO code of talks halted or quit (164 "halt negotiations", SANCTION withdraw)
HALTED_TALKS = "164"
#: the verbs by which a party leaves talks ("withdrew from the talks", "quit the mediation", "pulled out of",
#: "walked out of the arbitration")
LEAVING_VERBS = frozenset({"withdraw", "quit", "pull", "walk", "leave"})


@veto(forms=frozenset({"REDUCE", "FIGHT"}))
def cut_or_fought_with_no_one(cand: Candidate) -> bool:
    """Relations are cut, and fights fought, with someone ("GM is recalling cars"). Talks, an arbitration
    or a mediation a party quits, pulls out of or walks out of (CAMEO 164 "halt negotiations") are named
    by the trigger itself: the party left is the other side of them, whether the sentence names it or not."""
    roles = cand.roles
    anchor = cand.anchor
    trig = cand.trig
    etype = cand.form
    found = cand.found
    return bool((etype == "REDUCE" or (etype == "FIGHT" and len(trig.tokens) == 1 and not _armed_fight(cand)))
                and anchor.pos_ == "VERB" and TARGET not in roles and len(found) < 2 and not _talks_left(cand))


#: entity labels of a place fought for or over ("fought for the capital", "fought over the pass")
FOUGHT_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _armed_fight(cand: Candidate) -> bool:
    """A fight told with no one fought is still fought when the clause tells armed fighting: PLOVER's ASSAULT
    "requires recipient: no" ("where the violence is two-sided, all participants are coded in the actor field").
    The verb's object is a word of force ("fought a skirmish", "fought a pitched battle": the field's dictionary
    codes the word ASSAULT, ``recode._tells_force``), its subject is a force (the ontology's TROOPS: "soldiers
    fought at the bridge"; an armed force or group the actors stage resolved), or it is fought for or over a
    named place ("fought for the capital street by street"). Session 59, type59."""
    from chronica.events.recode import _tells_force  # the recodings read the extractor's candidates' parse

    anchor = cand.anchor
    if any(c.dep_ == "dobj" and _tells_force(c) for c in anchor.children):
        return True
    troops = load_ontology().classes.get("TROOPS", frozenset())
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    subjects += [x for c in subjects for x in c.conjuncts]
    if any(keys(c) & troops for c in subjects) or any(
            a.role == SOURCE and a.mention.kind in ARMED_KINDS for a in cand.found):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") and p.dep_ == "pobj"
               and p.ent_type_ in FOUGHT_PLACE_LABELS for c in anchor.children for p in c.children)


def _talks_left(cand: Candidate) -> bool:
    """Talks, an arbitration or a mediation a party withdraws from, quits, pulls out of or walks out of (a
    trigger of CAMEO 164 "halt negotiations" told by a verb of leaving, ``LEAVING_VERBS``, with the noun of
    what it leaves): the trigger names the process left. "Stopped talking about X" leaves nothing."""
    trig = cand.trig
    return bool(trig.pattern.coding.cameo == HALTED_TALKS and cand.anchor.lemma_.lower() in LEAVING_VERBS
                and any(t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj") for t in trig.tokens if t is not cand.anchor))


@veto(forms=frozenset({"TAKE_OFFICE", "LEAVE_OFFICE", "DIE"}))
def dismissed_a_thing(cand: Candidate) -> bool:
    """"dismissed the claims": no one left office (an object that is part of the trigger phrase,
    "took power", is no thing dismissed)."""
    anchor = cand.anchor
    trig = cand.trig
    etype = cand.form
    found = cand.found
    return bool(etype in PERSON_TYPES and trig.agentive and anchor.pos_ == "VERB" and not any(
            m.kind == "person" for m, r, _ in found if r == TARGET
        ) and any(c.dep_ == "dobj" and c not in trig.tokens for c in anchor.children))


def _place_taken_by(cand: Candidate) -> bool:
    """The candidate's verb tells a place falling to a taker its arguments name ("fell to the rebels")."""
    from chronica.events.recode import fall_parts  # the recodings read the extractor's candidates' parse

    def at(tok):  # noqa: ANN001, ANN202 - a Token, its Mention
        return next((a.mention for a in cand.found if a.mention.start <= tok.i < a.mention.end), None)

    parts = fall_parts(cand.anchor, at, load_ontology())
    return parts is not None and bool(parts[1])


@veto(forms=None)
def fell_into_or_by(cand: Candidate) -> bool:
    """"fell into the hands of", "fell by 5%": no collapse. A place that falls to a taker ("the town fell
    to the rebels") is taken: ``recode._place_fallen`` codes it (``recode.fall_parts``)."""
    anchor = cand.anchor
    if anchor.lemma_.lower() == "fall" and _place_taken_by(cand):
        return False
    return bool(anchor.lemma_.lower() == "fall" and anchor.pos_ == "VERB" and any(
            c.lower_ in ("into", "to", "under", "behind", "by", "below", "from", "in", "short", "back", "apart")
            for c in anchor.children
        ))


@veto(forms=frozenset({"COLLAPSE"}))
def a_figure_falls(cand: Candidate) -> bool:
    """"the DAX fell 2%": a figure falls."""
    anchor = cand.anchor
    etype = cand.form
    return bool(etype == "COLLAPSE" and anchor.pos_ == "VERB" and any(
        t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or t.like_num for c in anchor.children
        if c.dep_ in ("dobj", "npadvmod", "advmod", "attr") for t in c.subtree))


@veto(forms=frozenset({"TRADE"}))
def sales_without_parties(cand: Candidate) -> bool:
    """"strong sales of its marques": no seller or buyer, no event."""
    roles = cand.roles
    anchor = cand.anchor
    trig = cand.trig
    etype = cand.form
    return bool(anchor.pos_ == "NOUN" and etype == "TRADE" and anchor.lemma_.lower() in GOODS_NOUNS \
        and SOURCE not in roles and trig.carrier is None)


@veto(forms=frozenset({"RETREAT"}))
def withdrew_a_thing(cand: Candidate) -> bool:
    """"agreed to withdraw his bill", "withdrew Vioxx": no retreat (unless the dictionary's
    phrase pattern named the object: "lifted the blockade")."""
    etype = cand.form
    found = cand.found
    objs = cand.objs
    if not (etype == "RETREAT" and objs and objs[0].i not in cand.trig.absorbs
            and objs[0] not in cand.trig.tokens):  # the pattern named it: "halted operations"
        return False
    obj = _part_of(objs[0])  # "withdrew most of its troops": the troops
    return bool(obj.lemma_.lower() not in WITHDRAWN and not _state_personnel(obj) and not _place_left(objs[0])
                and not _name_left_by_a_force(cand, objs[0]) and not any(
        t.i in (objs[0].i, obj.i) and m.kind in ("state", "historical_state", "armed_force", "armed_group")
        for m, _, t in found))


#: nouns of a part of a whole ("the bulk of its forces", "half of the garrison")
PART_NOUNS = frozenset({"part", "half", "bulk", "rest", "remainder", "majority", "portion", "most", "some",
                        "all", "many", "much", "remnant", "third", "quarter"})


def _part_of(obj):  # noqa: ANN001, ANN202 - a spaCy Token
    """The whole a partitive object names a part of ("most of its troops", "two of its
    battalions", "the bulk of the army": the troops, the battalions, the army); else ``obj``."""
    if not (obj.like_num or obj.tag_ in ("JJS", "DT", "CD") or obj.lemma_.lower() in PART_NOUNS
            or obj.ent_type_ == "CARDINAL"):
        return obj
    return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), obj)


def _name_left_by_a_force(cand: Candidate, obj) -> bool:  # noqa: ANN001 - a spaCy Token
    """"Peruvian troops left El Oro": a force's doer leaves a name no actor is known by - a place
    the small model may read as an organisation - not a thing it withdraws (RETREAT withdraw:
    "retreat from territory or withdraw forces from an area")."""
    if obj.pos_ != "PROPN" or any(m.actor_id for m, _, t in cand.found if t.i == obj.i):
        return False
    return any(r == SOURCE and (m.kind in ("armed_force", "armed_group") or _part_of(t).lemma_.lower() in WITHDRAWN)
               for m, r, t in cand.found)


#: Phoenix agent sectors (``Phoenix.agents.txt``) of a state's people sent abroad: what a state
#: withdraws when it withdraws a "garrison", "police", "diplomats" (the KB's agent nouns)
#: verbs by which parties put their names to an accord (``_signed_by_parties``)
SIGN_VERBS = frozenset({"sign", "initial", "co-sign", "cosign"})
#: what each party signed apart is no joint deal ("signed separate documents")
APART_WORDS = frozenset({"separate", "individual", "respective", "parallel"})

PERSONNEL_SECTORS = frozenset({"~MIL", "~COP", "~GOV", "~SPY"})


def _state_personnel(obj) -> bool:  # noqa: ANN001 - a spaCy Token
    """The object names a state's forces, police or envoys by a Phoenix agent noun ("withdrew its
    garrison", "pulled out its police"): a retreat, not a thing withdrawn."""
    from chronica.events._actors import knowledge_base

    return knowledge_base().agent_nouns.get(obj.lemma_.lower()) in PERSONNEL_SECTORS


def _place_left(obj) -> bool:  # noqa: ANN001 - a spaCy Token
    """The object of a retreat is the place left, not a thing withdrawn ("left Lebanon",
    "evacuated the town", "would leave 2,600 square km of Iranian territory", "evacuated most of
    the occupied lands"): a place entity or noun, or a measure or part of one."""
    if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in PLACES_LEFT:
        return True
    return (obj.like_num or obj.ent_type_ in ("QUANTITY", "CARDINAL") or obj.tag_ in ("JJS", "DT", "NNS", "NN")) and any(
        p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in PLACES_LEFT)
        for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


#: what one withdraws from that is no process quit: forces, weapons, and the places a force leaves
_NOT_A_PROCESS = MILITARY_OBJECTS | PLACES_LEFT


@veto(forms=frozenset({"RETREAT"}))
def withdrew_from_a_process(cand: Candidate) -> bool:
    """"may pull out of the process", "withdrew from the race": no retreat. A place left is no process
    ("withdrew from the zones around the port", "pulled back from the land it held": ``PLACES_LEFT``)."""
    roles = cand.roles
    trig = cand.trig
    etype = cand.form
    used = cand.used
    return bool(etype == "RETREAT" and TARGET not in roles and any(
        p.dep_ == "pobj" and p.i not in used and p.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        and p.lemma_.lower() not in _NOT_A_PROCESS  # "withdrew from the zones": a place left
        for t in trig.tokens for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
        for p in c.children))


#: the ontology's classes of what an act of force is literally done to: places, arms, ships, vehicles, troops,
#: works and people ("struck Iranian airfields", "struck the peninsula", "shot down two Sukhoi airplanes")
LITERAL_TARGET_CLASSES = ("TERRITORY", "ARMS", "WARSHIPS", "VEHICLES", "TROOPS", "WORKS", "PEOPLE")
LITERAL_TARGETS = frozenset().union(*(load_ontology().classes.get(c, frozenset()) for c in LITERAL_TARGET_CLASSES))


@veto(forms=frozenset({"ASSAULT"}))
def figurative_violence(cand: Candidate) -> bool:
    """"won't kill your business", "shot down the idea": a figure of speech. An object of the ontology's
    classes of places, arms, vehicles, troops, works or people is literal (``LITERAL_TARGETS``)."""
    anchor = cand.anchor
    etype = cand.form
    objs = cand.objs
    used = cand.used
    return bool(etype == "ASSAULT" and objs and objs[0].i not in used and anchor.lemma_.lower() in VICTIM_VERBS \
        and objs[0].lemma_.lower() not in HUMAN_OBJECTS | MILITARY_OBJECTS | LITERAL_TARGETS \
        and objs[0].ent_type_ not in ("PERSON", "NORP", "GPE", "LOC", "FAC") and objs[0].pos_ != "PRON")


@veto(forms=None)
def standing_permission(cand: Candidate) -> bool:
    """"only X has been allowed to offer ...": a standing permission, no one's act."""
    roles = cand.roles
    anchor = cand.anchor
    trig = cand.trig
    return bool(anchor.lemma_.lower() in ("allow", "permit") and trig.passive and SOURCE not in roles)


@veto(forms=None)
def any_or_every(cand: Candidate) -> bool:
    """"to deter any protests": no particular happening."""
    anchor = cand.anchor
    return bool(anchor.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in anchor.children))


#: modals of a power or a permission in the present ("can", "cannot", "can't", "may"): what a party can or
#: may do is a standing power, a rule or a guess, no act told as done ("could" tells a past ability or a
#: threat too, and stays with the modality's POSSIBLE)
STANDING_MODALS = frozenset({"can", "ca", "cannot", "may"})


@veto(forms=None)
def a_power_or_a_rule(cand: Candidate) -> bool:
    """"The customs office can refuse a licence", "the courts may ask for the files", "Ruritania
    cannot pull back now", "the dam may be raised": a predicate (or its carrier, or the verb it is
    coordinated with: "can delay or refuse") under a present modal of power or permission tells
    what may happen or is allowed, a rule or a guess, not a happening."""
    return _under_modal(cand, STANDING_MODALS)


#: modals of advice or duty ("should", "ought"): what a party should do is a recommendation, not a happening
#: ("must" and "had to" stay: "Ecuador had to withdraw" tells a withdrawal)
ADVISING_MODALS = frozenset({"should", "ought", "shouldn't"})


@veto(forms=None)
def a_recommendation(cand: Candidate) -> bool:
    """"Ruritania and Borduria should sign a fishing code", "the two envoys should meet before the
    summer", "Chile should be pressed to open the archive": a predicate (or its carrier, or the verb it is
    coordinated with) under "should" or "ought" tells what someone advises, no act done; the advising, when
    the sentence tells it ("urged that ..."), is its own candidate."""
    return _under_modal(cand, ADVISING_MODALS, told_content=False)


def _under_modal(cand: Candidate, modals: frozenset[str], told_content: bool = True) -> bool:
    """The candidate's predicate, its carrier, or a verb it is coordinated with has an auxiliary of
    ``modals``; with ``told_content`` False, not in the complement of another verb ("said Togo should
    withdraw": the content a demand is coded from)."""
    heads = [cand.anchor] + ([cand.trig.carrier] if cand.trig.carrier is not None else [])
    for cur in heads:
        while True:
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in cur.children):
                return told_content or cur.dep_ not in ("ccomp", "xcomp")
            if cur.dep_ != "conj" or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX"):
                break
            cur = cur.head
    return False


@veto(forms=frozenset({"AID", "TRADE"}))
def habitual_supply(cand: Candidate) -> bool:
    """"Fannie Mae, which supplies funds to ...", "India imports 70% of its oil": habits."""
    roles = cand.roles
    anchor = cand.anchor
    etype = cand.form
    return bool(etype in ("AID", "TRADE") and anchor.pos_ == "VERB" and anchor.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in anchor.children) and (
        anchor.dep_ in ("relcl", "acl") or TARGET not in roles))


@veto(forms=frozenset({"TAKE_OFFICE"}))
def success_no_succession(cand: Candidate) -> bool:
    """"you've only succeeded because ...": success, no succession."""
    anchor = cand.anchor
    trig = cand.trig
    return bool(anchor.lemma_.lower() == "succeed" and anchor.pos_ == "VERB" and not trig.passive and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("as", "to")) for c in anchor.children))


@veto(forms=frozenset({"TAKE_OFFICE"}))
def first_to_do(cand: Candidate) -> bool:
    """"became the first Rwandan president to visit Uganda", "became the only leader to attend":
    the office noun is ranked by a deed told in its infinitive (an event of its own), no office
    taken; "became the first president of Namibia" takes one."""
    for noun in cand.trig.tokens:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in noun.children):
            continue
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        if noun.dep_ == "attr":  # the parser may hang the infinitive on the copula
            clauses += [c for c in noun.head.children if c.dep_ in ("xcomp", "advcl") and c.i > noun.i]
        if any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses):
            return True
    return False


@veto(forms=None)
def defence_against_a_threat(cand: Candidate) -> bool:
    """"how Britain could be defended against terrorism": protection, no political support."""
    anchor = cand.anchor
    return bool(anchor.lemma_.lower() in ("defend", "protect") and any(
        c.dep_ == "prep" and c.lower_ == "against" and not any(
            p.ent_type_ in ACTOR_ENTS for p in c.children if p.dep_ == "pobj")
        for c in anchor.children))


@veto(forms=None)
def recognised_as_a_role(cand: Candidate) -> bool:
    """"recognised as the winner": no recognition of a state or government."""
    anchor = cand.anchor
    return bool(anchor.lemma_.lower() in ("recognise", "recognize", "recognition") and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            p.dep_ == "pobj" and p.lemma_.lower() not in RECOGNISED_AS for p in c.children)
        for c in anchor.children))


@veto(forms=frozenset({"ASSAULT", "FIGHT"}))
def natural_hazard_strikes(cand: Candidate) -> bool:
    """"struck by four hurricanes"."""
    anchor = cand.anchor
    etype = cand.form
    return bool(etype in ("ASSAULT", "FIGHT") and any(
        t.lemma_.lower() in NATURAL_HAZARDS for c in anchor.children if c.dep_ in ("agent", "nsubj")
        for t in [c, *(g for g in c.children if g.dep_ == "pobj")]))


@veto(forms=frozenset({"ASSAULT", "FIGHT"}))
def natural_hazard_participant(cand: Candidate) -> bool:
    """"the tsunami which struck south Asia": no one attacked."""
    etype = cand.form
    found = cand.found
    return bool(etype in ("ASSAULT", "FIGHT") and any(m.text.lower().split()[-1] in NATURAL_HAZARDS for m, _, _ in found))


@veto(forms=frozenset({"FIGHT"}))
def fight_between_unresolved_names(cand: Candidate) -> bool:
    """"an on-going battle with the CSA", "Qantas has fought back with Jetstar", and sports results
    ("Arsenal beat Chelsea") between names no one resolved: no armed conflict. "an on-going
    battle with the CSA", "Qantas has fought back with Jetstar", and sports results ("Arsenal
    beat Chelsea") between names no one resolved: no armed conflict."""
    anchor = cand.anchor
    etype = cand.form
    found = cand.found
    if anchor.lemma_.lower() in RISING_NOUNS:
        return False  # "ranchers staged an armed uprising": a rising is armed conflict whoever rose (session 43)
    return bool(etype == "FIGHT" and found and not any(m.resolved or m.kind in ("state", "place", "group", HAPPENING)
                                for m, _, _ in found) \
        and (anchor.pos_ == "NOUN" or len(found) >= 2 or any(c.dep_ == "prt" for c in anchor.children)))


#: the nouns of an armed rising the ontology files under FIGHT (data/ontology.yaml): no match or
#: business rivalry, whoever the unresolved party is
RISING_NOUNS = frozenset({"revolt", "rebellion", "insurrection", "uprising"})


#: a match score written after the verb: "beat X 3-1", "won 2–0"
SCORE_LINE = re.compile(r"^\d{1,2}\s*[-–]\s*\d{1,2}$")


@veto(forms=None)
def a_match_result(cand: Candidate) -> bool:
    """"Brazil beat Argentina 3-1 in the final": a score line on the verb makes it a match result,
    no armed conflict between the two states (the dictionary files "beat" under CAMEO 190)."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB":
        return False
    doc = anchor.doc
    for c in anchor.children:
        if c.dep_ in ("npadvmod", "dobj", "advmod", "dep", "nummod", "attr") and c.text[:1].isdigit():
            span = doc[c.i:min(c.i + 3, len(doc))].text
            if SCORE_LINE.match(c.text) or SCORE_LINE.match(span):
                return True
    return False


@veto(forms=frozenset({"DEMAND"}))
def market_demand(cand: Candidate) -> bool:
    """"German domestic demand was sluggish": demand in the economic sense."""
    anchor = cand.anchor
    etype = cand.form
    return bool(etype == "DEMAND" and anchor.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in MARKET_DEMAND for c in anchor.children))


@veto(forms=None)
def habit_every_year(cand: Candidate) -> bool:
    """"tourists who visit Cuba every year": a habit, not a happening."""
    anchor = cand.anchor
    return bool(any(c.dep_ in ("npadvmod", "pobj", "prep") and any(d.lower_ in ("every", "each") for d in c.subtree)
        and any(d.lemma_.lower() in ("year", "month", "week", "day", "time", "summer", "winter") for d in c.subtree)
        for c in [*anchor.children, *(anchor.head.children if anchor.pos_ == "NOUN" else ())]))


@veto(forms=frozenset({"COERCE"}))
def suppressed_a_feeling(cand: Candidate) -> bool:
    """"could barely suppress their anger". A named place or thing ("seized the Faw peninsula",
    "captured the Kodori Gorge": a location entity, or a noun with a proper name compounded to
    it) is no feeling, nor is a person the Phoenix agents dictionary names ("arrested an
    opposition candidate", "detained two activists": its generic agent nouns). Only a verb whose
    object may be a feeling or a thing in another sense (:data:`OBJECT_SENSE_VERBS`) is asked:
    "the guards detained forty critics of the dam" is an arrest whatever the noun."""
    from chronica.events._actors import knowledge_base

    anchor = cand.anchor
    etype = cand.form
    objs = cand.objs
    used = cand.used
    return bool(etype == "COERCE" and objs and objs[0].i not in used and anchor.lemma_.lower() in OBJECT_SENSE_VERBS \
        and objs[0].lemma_.lower() not in HUMAN_OBJECTS | COERCED_THINGS \
        and objs[0].lemma_.lower() not in knowledge_base().agent_heads \
        and objs[0].ent_type_ not in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC") and objs[0].pos_ != "PRON"
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in objs[0].children))


#: entity labels the small tagger gives a town's name it misreads ("occupied Badme": ORG, "occupied Goma": PERSON)
MISREAD_PLACE_LABELS = frozenset({"ORG", "PERSON"})


def occupied_a_name(cand: Candidate, tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """The direct object of a one-word verb of occupying ("occupied", "annexed", "conquered": the trigger is
    its verb alone, no particle as in "took over") that is a name of one word no actor of the knowledge base
    answers to: a place, whatever the small tagger made of it ("South Sudanese troops occupied Heglig",
    "Ethiopian troops occupied Badme", "the rebels occupied Goma before withdrawing"). A firm is taken over,
    not occupied."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB" or len(cand.trig.tokens) != 1 or any(c.dep_ == "prt" for c in anchor.children):
        return False
    return bool(tok.dep_ == "dobj" and tok.head.i == anchor.i and tok.pos_ == "PROPN"
                and tok.ent_type_ in MISREAD_PLACE_LABELS | {"GPE", "LOC", "FAC"}
                and not any(c.dep_ in ("compound", "flat", "poss") for c in tok.children))


#: the ontology's class of the places an army takes
TERRITORY_NOUNS = load_ontology().classes.get("TERRITORY", frozenset())


#: the ontology's class of those who fight: a phrasal taking done by one of them takes a place (``taken_by_force``)
TROOP_NOUNS = load_ontology().classes.get("TROOPS", frozenset())
#: entity labels of what no force takes as a place: a firm, a nationality, a sum
NO_PLACE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "DATE", "TIME", "QUANTITY"})
#: what a force takes "of" a place: its control, or a part of it ("took control of X", "took most of X"; an
#: adjective stands for a part: "the largest of the islets")
HELD_PARTS = frozenset({"control", "possession", "part", "most", "rest", "half", "all", "much", "bulk"})


def taken_by_force(cand: Candidate) -> bool:
    """Rule ``taken_by_force``: an armed force of a named state that takes over, takes control of or takes a
    place seizes it (PLOVER COERCE ``seize``, CAMEO 192 "occupy territory"; the phrasal triggers of OCCUPY:
    "take over", "take control", 'take {TERRITORY}'): "Norwegian troops took over Velmar", "Danish forces
    took control of the islet of Brede", "the Swedish navy took the island". The doer is an armed force (an
    armed force or group the actors stage resolved, or a noun of the ontology's TROOPS) whose state is known;
    what is taken - the verb's object, the "of" object of "control" or of a part ("most of") - is a noun of the
    ontology's TERRITORY class or a proper name (the small tagger reads many an islet as a person, a
    nationality or a firm); the running of a port is no port taken. A firm taken over by a firm stays a takeover (``takeover_no_occupation``); "his troops took
    over" tells no one's occupation."""
    anchor = cand.anchor
    if cand.form != "OCCUPY" or anchor.pos_ != "VERB" or anchor.lemma_.lower() != "take":
        return False
    if not any(a.role == SOURCE and (a.mention.resolved or a.mention.country) and (
            a.mention.kind in ARMED_KINDS or "/military" in (a.mention.actor_id or "")
            or keys(a.token) & TROOP_NOUNS) for a in cand.found):
        return False
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in HELD_PARTS for o in objs):  # "took control | of Brede": the parser may hang "of" on the verb
        objs += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    objs += [p for o in list(objs) if o.lemma_.lower() in HELD_PARTS or o.lemma_.lower() in TERRITORY_NOUNS
             or o.pos_ == "ADJ" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in TERRITORY_NOUNS or (o.pos_ == "PROPN" and o.ent_type_ not in NO_PLACE_LABELS)
               for o in objs)


def occupied_a_territory(cand: Candidate) -> bool:
    """A named party's one-word verb of occupying (no particle as in "took over") whose direct object, or the
    "of" object of its object, is a noun of the ontology's TERRITORY class: "Morocco had occupied the territory",
    "Peruvian forces occupied most of El Oro province", "Ugandan troops occupied the salient". The place is
    what is taken; the occupation needs no recipient actor (a post, power or a firm is no territory). Its doer
    must be an actor the knowledge base or a country owns: "his troops" tells no one's occupation. A phrasal
    taking by an armed force is read by ``taken_by_force``."""
    anchor = cand.anchor
    if taken_by_force(cand):
        return True
    if cand.form != "OCCUPY" or anchor.pos_ != "VERB" or len(cand.trig.tokens) != 1 \
            or any(c.dep_ == "prt" for c in anchor.children):
        return False
    if not any(a.role == SOURCE and (a.mention.resolved or a.mention.country) for a in cand.found):
        return False  # "his troops occupied the salient": whose troops the sentence does not tell
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    # a force's verb of movement that takes what it enters (``extract.SEIZING_MOVES``): "stormed into the town"
    objs += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in TERRITORY_NOUNS for o in objs)


@veto(forms=frozenset({"OCCUPY"}))
def takeover_no_occupation(cand: Candidate) -> bool:
    """"had taken over Contrack's management": a takeover, not an occupation. A name a one-word verb of
    occupying takes is a place (``occupied_a_name``)."""
    etype = cand.form
    found = cand.found
    return bool(etype == "OCCUPY" and not occupied_a_territory(cand) and not any(r == TARGET and (m.kind in ("state", "historical_state", "place", "government_seat")
                       or t.ent_type_ in ("GPE", "LOC", "FAC") or place_taken(t)
                       or (m.actor_id is None and occupied_a_name(cand, t)))
        for m, r, t in found))


@veto(forms=frozenset({"AGREE", "COOPERATE"}))
def deal_without_its_maker(cand: Candidate) -> bool:
    """"the production deal with Peugeot gives it a chance", "made in partnership with X"."""
    roles = cand.roles
    anchor = cand.anchor
    trig = cand.trig
    etype = cand.form
    return bool(etype in ("AGREE", "COOPERATE") and anchor.pos_ == "NOUN" and trig.carrier is None and SOURCE not in roles
                and not cand.dated_accord)  # "the treaty was signed on 13 June 1975": ``_accords``


@veto(forms=frozenset({"SUPPORT"}))
def support_for_no_actor(cand: Candidate) -> bool:
    """"consistent on his support for the war": support for no actor. A named treaty signed or
    ratified is what is supported ("Russia signed the Minsk protocol"), and a text recognised or welcomed
    stands for its author ("welcomed the offer": ``recognised_a_text``)."""
    roles = cand.roles
    etype = cand.form
    return bool(etype == "SUPPORT" and TARGET not in roles
                and not any(a.role == OTHER and names_a_deal(a.mention, a.token.doc) for a in cand.found)
                and not any(_named_deal(o) for o in cand.objs)
                and not _signed_by_parties(cand)
                and not relations_of_two(cand)  # "ties were restored": the pair's own relations
                and not recognised_a_text(cand))  # "welcomed the offer": its author's side taken


#: the ontology's nouns of the relations of two parties (relations, ties, cooperation)
RELATIONS_NOUNS = load_ontology().classes.get("RELATIONS", frozenset())


def relations_of_two(cand: Candidate) -> bool:
    """Relations restored, resumed or opened whose parties are two or more doers - named in their
    "between" phrase, as the verb's subject ("X and Y opened diplomatic relations") or the document's
    pair ("diplomatic relations were restored the same month": ``extract._code``): a reciprocal act,
    PLOVER's "all of the entities are considered as the actor", which needs no recipient. One
    doer's relations with no partner named stay vetoed. Session 51, recall51: dev texts philmys,
    thamya, codwars."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB":
        return False
    told = [t for t in cand.trig.tokens if t.i != anchor.i] + [
        c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(keys(t) & RELATIONS_NOUNS for t in told):
        return False
    doers = {a.mention.actor_id or a.mention.text for a in cand.found if a.role == SOURCE}
    return len(doers) >= 2


def _signed_by_parties(cand: Candidate) -> bool:
    """Two or more parties sign something together: they sign an agreement (CAMEO 057, PLOVER
    SUPPORT), whatever the text calls it and whether it has a name or not ("the two presidents
    signed a series of cooperation agreements", "Norland and Kestavia signed an arrangement on
    returns", "X and Y signed in 1988"). One signer is no deal of two ("President X signed the
    law"). Session 33: signings
    of two named parties fell to the dated-predicate OTHER."""
    if cand.anchor.lemma_.lower() not in SIGN_VERBS or cand.anchor.pos_ != "VERB":
        return False
    if any(c.dep_ == "amod" and c.lower_ in APART_WORDS for o in cand.objs for c in o.children):
        return False  # "the two leaders signed separate documents rather than a joint accord"
    parties = {(a.mention.start, a.mention.end) for a in cand.found if a.role == SOURCE}
    members = sum(len(a.mention.members) for a in cand.found if a.role == SOURCE)
    return len(parties) + members >= 2


def _named_deal(noun) -> bool:  # noqa: ANN001 - a spaCy Token
    """A treaty, accord or protocol with a name: a proper noun compounded to it or in its "of"
    ("the Minsk protocol", "the Treaty of Versailles", "the Algiers Accord")."""
    if noun.lemma_.lower() not in DEAL_NOUNS:
        return False
    return noun.pos_ == "PROPN" or any(
        (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        or (c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children))
        for c in noun.children)


@veto(forms=frozenset({"CONSULT"}))
def meeting_needs_two(cand: Candidate) -> bool:
    """A meeting (a CONSULT) needs two parties; an intergovernmental body is its members ("the UN
    Security Council met three times": its CAMEO code is IGO...)."""
    etype = cand.form
    found = cand.found
    return bool(etype in PAIR_TYPES and len(found) < 2 and not _body_of_members(found) and not cand.dated_accord)


def _body_of_members(found: list) -> bool:
    """One participant that is an intergovernmental body (CAMEO actor code IGO...), which meets as
    its member states."""
    return len(found) == 1 and (found[0].mention.cameo or "").startswith(BODY_OF_MEMBERS_CODE)


@veto(forms=None)
def pair_word_needs_two(cand: Candidate) -> bool:
    """A word that names a pair ("talks", "summit") needs two parties."""
    anchor = cand.anchor
    found = cand.found
    return bool(anchor.lemma_.lower() in PAIR_LEMMAS and len(found) < 2 and not _body_of_members(found)
                and not cand.dated_accord and not thing_accepted(cand))


#: the parse roles of the thing a verb of agreeing takes: its object ("accepted the ruling"), the
#: object of its "to" ("agreed to the plan")
ACCEPTED_DEPS = frozenset({"dobj"})
ACCEPTED_PREPS = frozenset({"to"})


def thing_accepted(cand: Candidate) -> bool:
    """A verb of agreement (the form AGREE) whose one party, its subject, accepts a thing the
    sentence names - a document, a decision, a proposal: "Iraq accepted the resolution",
    "Ethiopia will accept the boundary ruling", "Peru agreed to the plan", "accepted it at once".
    The thing accepted stands for its author: one party is enough. Its object must be no actor
    ("Iran accepted Iraq's envoy" is a visit's matter, not an agreement with a text)."""
    anchor = cand.anchor
    if cand.form != "AGREE" or anchor.pos_ != "VERB" or cand.trig.passive:
        return False
    if [a.role for a in cand.found] != [SOURCE] or cand.found[0].token.dep_ != "nsubj":
        return False
    used = {t.i for a in cand.found for t in a.token.subtree}
    things = [c for c in anchor.children if c.dep_ in ACCEPTED_DEPS]
    things += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in ACCEPTED_PREPS
               for p in c.children if p.dep_ == "pobj"]
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.i not in used and t.ent_type_ not in PARTY_ENTS
               and t.lower_ not in PERSONAL_PRONOUNS for t in things)


#: named entities that are parties, not texts (an unresolved person or place as the object)
PARTY_ENTS = frozenset({"PERSON", "GPE", "NORP"})
#: pronouns that stand for parties, not things
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


@veto(forms=frozenset({"VISIT"}))
def visit_needs_a_destination(cand: Candidate) -> bool:
    """A visit needs a destination: a recipient or a place."""
    roles = cand.roles
    trig = cand.trig
    etype = cand.form
    return bool(etype == "VISIT" and TARGET not in roles and location(trig, set()) is None)


@veto(forms=frozenset({"VISIT"}))
def hosted_no_visitor(cand: Candidate) -> bool:
    """"Kenya received aid", "Qatar hosted the talks": a host verb whose object is no actor
    tells no visit (the visitor, the verb's object or passive subject, is the actor)."""
    anchor = cand.anchor
    if anchor.lemma_.lower() not in HOST_VERBS or anchor.pos_ != "VERB":
        return False
    return not any(a.role == SOURCE and a.token.dep_ in ("dobj", "nsubjpass") for a in cand.found)


#: verbs of going whose "to" object is where a matter is taken as often as where one travels
GOING_VERBS = frozenset({"go"})
#: who travels on a state's business when named by a plural noun: its officials (the ontology's
#: OFFICE class) and their delegations
ENVOY_NOUNS = load_ontology().classes.get("OFFICE", frozenset()) | {"delegation", "official", "envoy", "diplomat"}


#: nouns of a force as a doer: the ontology's TROOPS and WARSHIPS, and the units a retreat withdraws
FORCE_NOUNS = load_ontology().classes.get("TROOPS", frozenset()) | load_ontology().classes.get(
    "WARSHIPS", frozenset()) | WITHDRAWN


#: nouns of a craft that travels (the ontology's VEHICLES and AIRCRAFT): a craft that lands makes
#: no visit, nor do the people it is named for
CRAFT_NOUNS = load_ontology().classes.get("VEHICLES", frozenset()) | load_ontology().classes.get(
    "AIRCRAFT", frozenset())


def armed_by_modifier(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """People told armed by their modifier ("armed men", "heavily armed exiles": the participle
    of arming): a force, whatever the noun."""
    return any(c.dep_ == "amod" and (c.lower_ == "armed" or c.lemma_.lower() == "arm") for c in tok.children)


def force_word(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A noun of a force ("units", "marines": :data:`FORCE_NOUNS`) or of people told armed by
    their modifier (:func:`armed_by_modifier`)."""
    return bool({tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")} & FORCE_NOUNS) or armed_by_modifier(tok)


@veto(forms=frozenset({"VISIT"}))
def a_force_makes_no_visit(cand: Candidate) -> bool:
    """"The first U.S. combat units landed at Da Nang", "marines arrived at the port": troops that
    land or arrive are deployed (MOBILIZE, ``extract._force_movements``), not visiting (CONSULT
    visit is a consultation of a state's people). So are armed men who land on a shore ("some
    200 armed men landed at a coastal village"), troops flown somewhere by their commander ("flew
    troops to the coast": the force is the verb's object) and a craft that lands ("a light plane
    landed on the racecourse": its pilot's stunt is no state's visit, :data:`CRAFT_NOUNS`)."""
    anchor = cand.anchor
    return bool(anchor.pos_ == "VERB" and any(
        (c.dep_ == "nsubj" and (force_word(c) or keys(c) & CRAFT_NOUNS))
        or (c.dep_ == "dobj" and force_word(c) and not _past_a_clause_break(anchor, c))
        for c in anchor.children))


#: punctuation that ends a clause: an object past it is the parser's reach into the next one
CLAUSE_BREAKS = frozenset({";", ":"})


def _past_a_clause_break(verb, obj) -> bool:  # noqa: ANN001 - spaCy Tokens
    """An object the parser hung on the verb across a semicolon or colon ("flew to Moscow and
    signed the agreement; the last soldiers left": the soldiers are no one flown)."""
    lo, hi = sorted((verb.i, obj.i))
    return any(t.text in CLAUSE_BREAKS for t in verb.doc[lo:hi])


@veto(forms=frozenset({"VISIT"}))
def went_to_a_body(cand: Candidate) -> bool:
    """"Iceland went to the International Court of Justice", "the question went to the UN
    Secretary-General": a state or a matter that goes to a court or an organisation takes a case
    there, it visits no one; nor do people who go somewhere in numbers ("rescue teams went to
    Greece", "migrants who wanted to go to Europe": a plural noun of no office or delegation), nor one
    who goes to a common noun of no place ("went to court", "had gone to the court in The Hague").
    "went to Pyongyang", "a minister went to Jakarta", "went to Bursa" are visits."""
    anchor = cand.anchor
    if anchor.lemma_.lower() not in GOING_VERBS or anchor.pos_ != "VERB":
        return False
    dests = [a.mention for a in cand.found if a.role == TARGET and a.token.dep_ == "pobj"
             and a.token.head.lower_ == "to" and a.token.head.head.i == anchor.i]
    if any(m.kind == "organisation" for m in dests):
        return True
    # "had gone to the court in The Hague", "went to court": a common noun of no place as the destination
    objs = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if objs and all(p.pos_ == "NOUN" and not p.ent_type_ for p in objs):
        return True
    goers = [a for a in cand.found if a.role == SOURCE]
    return bool(goers) and all(a.token.tag_ == "NNS" and a.token.lemma_.lower() not in ENVOY_NOUNS for a in goers)


@veto(forms=None)
def question_whether(cand: Candidate) -> bool:
    """"was asked if he would ...": a question, no demand."""
    anchor = cand.anchor
    return bool(anchor.lemma_.lower() in QUESTION_VERBS and any(
            c.dep_ in ("ccomp", "advcl") and c.i > anchor.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            for c in [*anchor.children, *(anchor.head.children if anchor.dep_ == "xcomp" else ())]
        ))


@veto(forms=None)
def question_about(cand: Candidate) -> bool:
    """"was asked about his plans": a question, no demand."""
    anchor = cand.anchor
    return bool(anchor.lemma_.lower() in QUESTION_VERBS and any(
        (c.dep_ == "prep" and c.lower_ in ("about", "regarding", "over"))
        or (c.dep_ in ("ccomp", "xcomp") and c.i > anchor.i and any(
            g.lower_ in WH_WORDS and g.i < c.i for g in c.subtree))
        for c in anchor.children))


@veto(forms=None)
def standing_state(cand: Candidate) -> bool:
    """"his current veto on ...", "the existing ban": a standing state, no happening."""
    anchor = cand.anchor
    etype = cand.form
    return bool(anchor.pos_ == "NOUN" and etype not in ("FIGHT", "OCCUPY") and any(
        c.dep_ == "amod" and c.lower_ in STANDING_WORDS for c in anchor.children))


@veto(forms=None)
def a_name_called(cand: Candidate) -> bool:
    """"a move branded a humiliating retreat by the Tories": a name called, no event."""
    anchor = cand.anchor
    return bool(anchor.pos_ == "NOUN" and characterisation(anchor))


@veto(forms=frozenset({"CONSULT"}))
def a_name_given(cand: Candidate) -> bool:
    """"the river, which the Arabs call Shatt al-Arab", "Quito called the deal a surrender":
    "call" with an object and the name it gives (an object complement, or a second object after
    a relative "which"/"what") names something, it rings no one up."""
    anchor = cand.anchor
    if anchor.pos_ != "VERB" or anchor.lemma_.lower() != "call":
        return False
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" for c in anchor.children) or len(objects) >= 2


@veto(forms=None)
def warning_that_is_no_threat(cand: Candidate) -> bool:
    """"warned the committee that binding judges might look like interference"."""
    anchor = cand.anchor
    trig = cand.trig
    found = cand.found
    return bool(anchor.lemma_.lower() in ("warn", "warning") and not threat(trig, found))


@veto(forms=frozenset({"FIGHT", "VISIT", "TRADE", "AGREE", "CONSULT", "COOPERATE"}))
def nominal_needs_its_doer(cand: Candidate) -> bool:
    """"levels last seen before the war with Iran": a war with whom, by whom?."""
    roles = cand.roles
    anchor = cand.anchor
    etype = cand.form
    found = cand.found
    return bool(found and anchor.pos_ == "NOUN" and etype in SOURCE_NEEDED and SOURCE not in roles \
        and not any(m.kind == HAPPENING for m, _, _ in found))  # no one at all: a happening's own case


@veto(forms=frozenset({"FIGHT"}))
def a_companys_fight(cand: Candidate) -> bool:
    """"Yukos has been battling the Russian authorities": a company's fight is in court. A company
    is an unresolved organisation, or an actor whose CAMEO code names a business sector
    (``MNC`` multinational, ``BUS`` business: "Microsoft" is MNCUSA in the Phoenix dictionary)."""
    etype = cand.form
    found = cand.found
    return bool(etype == "FIGHT" and any(is_company(m) for m, _, _ in found))


def is_company(mention) -> bool:  # noqa: ANN001 - an ActorMention
    if mention.kind == "organisation" and not mention.resolved:
        return True
    for code in (getattr(mention, "cameo", None) or "").split(";"):
        sectors = {code[i:i + 3] for i in range(0, len(code), 3)}
        if sectors & COMPANY_SECTORS:
            return True
    return False


@veto(forms=frozenset({"FIGHT"}))
def figurative_fight(cand: Candidate) -> bool:
    """"the legal fight between Russia and Yukos", "a takeover battle"."""
    anchor = cand.anchor
    etype = cand.form
    return bool(etype == "FIGHT" and anchor.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_FIGHTS for c in anchor.children))


@veto(forms=frozenset({"FIGHT"}))
def campaign_against(cand: Candidate) -> bool:
    """"the fight against binge drinking": a campaign, no armed conflict."""
    anchor = cand.anchor
    etype = cand.form
    used = cand.used
    return bool(etype == "FIGHT" and anchor.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "against" and any(
            p.dep_ == "pobj" and p.i not in used and p.pos_ == "NOUN" and p.lemma_.lower() not in MILITARY_OBJECTS
            and p.ent_type_ not in ACTOR_ENTS for p in c.children)
        for c in anchor.children))


@veto(forms=None)
def asked_nothing(cand: Candidate) -> bool:
    """"ask" needs someone asked, or something asked for ("asked to", "asked for")."""
    roles = cand.roles
    anchor = cand.anchor
    return bool(anchor.lemma_.lower() in ASK_VERBS and TARGET not in roles and not any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in anchor.children
        ))




@veto(forms=None)
def a_source_unnamed(cand: Candidate) -> bool:
    """"said a diplomat who asked not to be named", "speaking on condition
    of anonymity because he was not authorised to brief the media": why a report's source goes
    unnamed - the report's attribution, no request or permission between actors. The ask must be
    for the source's own naming (a negated passive), the permission a negated
    passive told of a pronoun ("he", "who") and a verb of speaking."""
    anchor = cand.anchor
    lemma = anchor.lemma_.lower()
    if lemma in ASK_VERBS:
        return any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in ATTRIBUTION_ACTS
             and any(g.dep_ == "auxpass" for g in c.children)
             and any(g.dep_ == "neg" for g in [*c.children, *anchor.children]))
            for c in anchor.children)
    if lemma in PERMIT_VERBS:
        kids = list(anchor.children)
        if not (any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "neg" for c in kids)
                and any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in kids)):
            return False
        # "not authorised to brief the media", or the reason hung on "speaking on condition of
        # anonymity" whatever the parser made of its infinitive ("to brief journalists" as a PP)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in ATTRIBUTION_ACTS for c in kids) or (
            anchor.dep_ == "advcl" and any(
                t.lemma_.lower() in ATTRIBUTION_ACTS and t.pos_ == "NOUN" for t in anchor.head.subtree if t.i < anchor.i))
    return False


@veto(forms=None)
def background_of_another_event(cand: Candidate) -> bool:
    """"On his first visit since his inauguration, X flew to Brussels", "his first trip after being
    sworn in": an event named as the bound of another event's noun tells that event's background,
    and takes none of its date (a visit coded as taking office). An event with a date of its own
    inside the phrase ("since his election in 2010") is left to the dating."""
    anchor = cand.anchor
    cur = anchor
    while cur.dep_ in ("auxpass", "aux") or (cur.dep_ == "pcomp" and cur.head.dep_ == "pcomp"):
        cur = cur.head
    prep = cur.head if cur.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.lower_ not in BACKGROUND_PREPS or prep.head.pos_ != "NOUN":
        return False
    return not any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in cur.subtree)


#: a section's number before its heading, on the heading's line: "3.2 ", "5. ", "IV. "
SECTION_NUMBER = re.compile(r"(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)?[ \t]*$")


@veto(forms=None)
def a_topic_heading(cand: Candidate) -> bool:
    """"The Soviet war and the camps", "3.2 The Gulf crisis and the Qatari withdrawal": a line of
    its own with no verb, no closing punctuation and no date names the topic of the section below
    it; the happening, if any, is told in that section. A chronology's dated entry ("13 January
    1988: first attack at Cuito") and a headline with a verb ("Troops enter Lebanon") stay."""
    sent = cand.anchor.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].is_punct and words[-1].text in ".?!\"\u201d'\u2019)]":
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "DATE" for t in words):
        return False
    text = sent.doc.text
    before = SECTION_NUMBER.sub("", text[:words[0].idx])
    after = text[words[-1].idx + len(words[-1].text):].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


@veto(forms=None)
def a_state_of_mind(cand: Candidate) -> bool:
    """"Ethiopia wanted access to the sea", "what the new rulers want from Lebanon", "Seoul
    mostly wanted contact": a verb TimeML classes as an intensional state (I_STATE: want, need,
    hope, believe; data/timeml_istates.tsv, from TBAQ) tells an attitude, no act; what it is about,
    when a verb ("wanted to annex"), is its own candidate. The passive ("wanted by the court")
    is left alone."""
    anchor = cand.anchor
    return bool(anchor.pos_ == "VERB" and not cand.trig.passive
                and keys(anchor) & timeml_istates())


@veto(forms=None)
def a_place_described(cand: Candidate) -> bool:
    """"the headland where the two states meet", "the stretch of border where both sides already
    agree", "the only part of the frontier that both sides accept": a simple-present verb in a
    relative clause describes the noun it hangs on, a standing state. Not in a chronology told in
    the historical present ("1814 - The Dutch cede the colonies to Britain, which later joins
    them"): there the sentence's own main verb is a simple present too, or the parser hangs the
    entry's predicate on its date."""
    anchor = cand.anchor
    # the tagger may read a bare present as an infinitive ("where both sides agree": VB)
    if anchor.pos_ != "VERB" or anchor.tag_ not in ("VBZ", "VBP", "VB") or anchor.dep_ != "relcl":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in anchor.children):
        return False
    root = anchor.sent.root
    if anchor.head.ent_type_ == "DATE" or root.pos_ not in ("VERB", "AUX"):
        return False  # a chronology's dated line ("August 1975: troops occupy the dam"), its predicate hung on the date
    historical = (root.tag_ in ("VBZ", "VBP") and root.lemma_.lower() != "be"
                  and not any(c.dep_ in ("aux", "auxpass") for c in root.children))
    return not historical


# --- sentences that report no happening: the mood of the clause, a record as the subject (session 45) ---


#: the words that open a wh-question: "why did X sign in 1988?" presupposes the signing (a polar question
#: asks whether it happens at all)
WH_OPENERS = frozenset({"why", "how", "what", "who", "whom", "whose", "when", "where", "which"})
#: auxiliaries that stand before their subject in a polar question ("Will the minister meet ...?",
#: "Does X still want to join ...?", "Is it not the case that ...?")
INVERTING_AUX = frozenset({"do", "be", "have"})
#: relations that hang a clause of its own on a noun: what it tells is presupposed, not asked or bidden
#: ("Does X want to join the bloc that Y founded in 1967?")
PRESUPPOSING_DEPS = frozenset({"relcl", "acl", "appos"})


def _clause_heads(anchor):  # noqa: ANN001, ANN202 - a spaCy Token; a generator of Tokens
    """The anchor and the verbs above it up to the sentence's root, not past a clause hung on a noun."""
    cur = anchor
    while True:
        if cur.pos_ in ("VERB", "AUX"):
            yield cur
        if cur.dep_ in PRESUPPOSING_DEPS or cur.head.i == cur.i:
            return
        cur = cur.head


def _inverted(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """A clause told with its auxiliary (or its copula) before its subject, and no wh-word before them."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    subject = subjects[0]
    fronts = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i
              and (c.tag_ == "MD" or c.lemma_.lower() in INVERTING_AUX)]
    if not fronts and verb.lemma_.lower() in INVERTING_AUX and verb.i < subject.i:
        fronts = [verb]
    if not fronts:
        return False
    first = min(t.i for t in fronts)
    # the auxiliary opens its clause: only a speaker's label before a colon ("QUESTION (a paper): Will
    # ...", "MR X: Does ...") or a conjunction may stand before it; a clause before it is a tag question's
    # ("The relationship broke down twice, didn't it?") and a wh-word a wh-question's
    colons = [t.i for t in verb.sent if t.text == ":" and t.i < first]
    label_end = max(colons) if colons else -1
    return not any(t.i > label_end and t.dep_ not in ("cc", "intj", "punct") or t.lower_ in WH_OPENERS
                   for t in verb.subtree if t.i < first)


@veto(forms=None)
def a_question_asked(cand: Candidate) -> bool:
    """"Will the Ruritanian president meet his neighbour in May?", "Does Freedonia still want to join the
    pact, and will its ally help?", "Is it not true that Ruritanian troops still hold the fort?": a polar question (its
    auxiliary or copula before its subject, a question mark at the end) asks whether something
    happens, and reports no happening - whatever it asks about, down to the clauses it governs.
    So does a question standing as a sentence of its own with no main clause, whatever its last
    mark ("What the border treaty provides", "When did Ruritania ratify the treaty", "Whether Freedonia
    answers the note in March."): a heading, an FAQ's or a list's entry. A tag question ("Ruritania
    attacked the fort, didn't it?") asserts its clause, and a wh-clause under a main clause ("historians
    ask why Freedonia signed") presupposes it: both stay; so does a clause hung on a noun."""
    sent = cand.anchor.sent
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    if _question_standing_alone(sent.root, words[0]):
        return any(v.i == sent.root.i for v in _clause_heads(cand.anchor))
    if words[-1].text != "?":
        return False
    return any(_inverted(v) for v in _clause_heads(cand.anchor))


#: the singular tags of a subject: with one, a bare verb (VB) is no present indicative (VBZ) but a subjunctive
SINGULAR_SUBJECT_TAGS = frozenset({"NN", "NNP"})


def _bare(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """The verb is written in its bare form (its text is its lemma), whatever tag the tagger gave it
    after a singular subject (it tags "that the envoy encourage" VBP, "that the league condemn" VBD):
    not a past whose form is the base's ("cut", "set", "spread"), which ends in -t or -d."""
    form = verb.lower_
    if form != verb.lemma_.lower() or verb.tag_ not in ("VB", "VBP", "VBD"):
        return False
    return verb.tag_ != "VBD" or not form.endswith(("t", "d"))


def _mandative(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """A that-clause told in the mandative subjunctive: its verb bare (:func:`_bare`) under another predicate,
    opened by "that", with a singular noun for its own subject and no modal, tense or "to" ("demanded
    that Ruritania withdraw", "insisted that the league first condemn the raid", "asked that trade be
    settled in gold": a passive's "be" is bare too). With a plural or coordinated subject a bare verb
    may be a present ("1 May - Ruritania and Freedonia sign a treaty"), and without "that" a bare
    infinitive after a verb of letting or seeing ("let the army station troops"), so neither is read
    as one."""
    if verb.dep_ not in ("ccomp", "acl") or verb.head.i == verb.i or not _bare(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ != "VB" or c.lower_ != "be") for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False  # "let the army station troops", "saw the king come": a bare infinitive, done
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.tag_ in SINGULAR_SUBJECT_TAGS and not any(c.dep_ == "conj" for c in s.children)
                                  for s in subjects)


@veto(forms=None)
def asked_for_in_the_subjunctive(cand: Candidate) -> bool:
    """"The council demanded that Freedonia withdraw its troops", "the embassy recommends that the
    ministry press both sides to talk", "the president insisted that the league first condemn the
    raid": a clause in the mandative subjunctive (:func:`_mandative`) tells what someone asked,
    urged or insisted on, not a happening - its act was not done, and the asking is the event (the
    asking verb's REQUEST, where it is coded). A present ("reports that the army withdraws"), a
    past ("demanded that Freedonia withdrew") and a clause with a modal stay."""
    anchor = cand.trig.carrier if cand.trig.carrier is not None else cand.anchor
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else None
    if verb is None:  # a named happening: the verb of its clause ("demanded that Freedonia hold talks")
        verb = next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or anchor.dep_ not in ("dobj", "nsubjpass"):
            return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "demanded that Freedonia withdraw and disarm": the first conjunct's mood
    return _mandative(verb)


#: the words that open an indirect question: "Whether the bloc says anything at the summit."
QUESTION_MARKS = frozenset({"whether", "if"})


def _question_standing_alone(root, first) -> bool:  # noqa: ANN001 - spaCy Tokens
    """A sentence whose own main verb is opened by a wh-word or "whether" ("What the border treaty
    provides", "When did Ruritania ratify the treaty", "Whether Freedonia answers the note in March."):
    a question, or a heading or list item that names one, with no main clause of its own. A clause
    of time or a free relative before the main clause ("When X invaded, Y ...", "What diplomacy
    could not achieve, the invasion did") hangs the wh-word on its own verb, not on the root."""
    if root.pos_ not in ("VERB", "AUX") or first.head.i != root.i:
        return False
    if first.lower_ in QUESTION_MARKS:
        return first.dep_ == "mark"
    if first.lower_ not in WH_OPENERS:
        return False
    if first.dep_ in ("dobj", "nsubj", "attr", "det"):
        return True
    # an adverb of time or place opens a question only with its auxiliary before the subject ("When did
    # Ruritania ratify"): "When the government moved the garrison, fighting followed" is a clause of time
    # the parser may hang on the root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return first.dep_ == "advmod" and bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.i < subjects[0].i and (c.tag_ == "MD" or c.lemma_.lower() in INVERTING_AUX)
        for c in root.children)


#: prepositions that name what a reader is sent to read about ("see part 2 on the siege",
#: "on the 1932 talks, see the minutes")
TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})


def _imperative(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """A bare verb (tagged VB) that heads the sentence (or is joined to one that does) with no
    auxiliary and no subject of its own clause (a subject before a semicolon is another clause's)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB":
        return False
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _imperative(verb.head) and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    if verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    breaks = [t.i for t in verb.sent if t.text == ";" and t.i < verb.i]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not any(c.i < b for b in breaks)
                   for c in verb.children)


@veto(forms=None)
def the_readers_instruction(cand: Candidate) -> bool:
    """"See also part 2 on the siege of the fort", "On the 1932 talks, see the minutes of the League
    council", "Refer the stalled border talks to a mixed commission": an imperative bids
    the reader (or the page's addressee) to do something; what it names - its object, or the topic
    of an "on"/"about" phrase - is no happening it reports. A happening in a phrase of time ("Twenty
    years after the fall of the fort, give or take") is the sentence's own."""
    anchor = cand.anchor
    if _imperative(anchor):
        return True
    cur = anchor
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "dobj":
        return _imperative(cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ in TOPIC_PREPS:
        owner = cur.head.head
        return _imperative(owner) or (owner.dep_ == "dobj" and _imperative(owner.head))
    return False


RECORD_NOUNS = load_ontology().classes.get("RECORDS", frozenset())


def _present_simple(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_by(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """A verb in the simple present whose subject is a record (the ontology's RECORDS class)."""
    return verb.pos_ in ("VERB", "AUX") and _present_simple(verb) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in RECORD_NOUNS for c in verb.children)


@veto(forms=None)
def told_by_a_record(cand: Candidate) -> bool:
    """"Her book follows the war from the first landing to the fall of the capital", "This chapter
    follows the border from the armistice to the present", "the folder holds the Ruritanian note", "the
    chart lists the clashes up to the last summit", "neither draft mentions the border": a work (a book,
    chapter, lecture, file, table, map or layer: the ontology's RECORDS) told in the present as what
    holds or tells of a happening describes the work, and the sentence reports no happening. A
    record in the past ("the commission's report accused Ruritania", "the report was delivered") is an act; a
    happening the work names with its own date ("the book ends with the president's visit to the capital in
    May 1951") is the dated happening
    itself, referred to, and stays."""
    cur = cand.anchor
    if cur.pos_ == "NOUN" and any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in cur.subtree):
        return False
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX"):
            # the parse may hang the happening's date on the record's verb ("closes ... in May 1951")
            return not any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in cur.subtree) \
                and _told_by(cur)
        if cur.dep_ not in ("pobj", "dobj", "conj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


#: adverbs of frequency: the time grammar's SET adverbs ("daily", "weekly": TIMEX3 SET) and their
#: unquantified kin ("usually", "regularly", "from time to time")
FREQUENCY_ADVERBS = frozenset({"daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly",
                               "usually", "often", "regularly", "frequently", "routinely", "sometimes",
                               "occasionally", "generally", "habitually", "customarily", "typically", "normally"})


def _frequency(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """A modifier of the verb that quantifies over occasions: a frequency adverb, a phrase of
    "every"/"each" ("in every meeting"), or "from time to time"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS:
            return True
        if c.dep_ in ("prep", "npadvmod"):
            for g in [c, *c.children]:
                if any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in g.children):
                    return True
            if c.lower_ == "from" and any(g.dep_ == "pobj" and g.lower_ == "time" for g in c.children):
                return True
    return False


def _never_is_a_refusal(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """The verb dictionary writes a negated pattern of ``verb`` that is a refusal ("NEVER * [120]" of
    ACCEPT, "NOT * [125]" of ATTEND; recognition withheld in any tense): the negated act is coded as
    a REJECT (``extract._negated_refusal``), not left a standing state."""
    from chronica.events.dictionary import load_verb_dictionary

    verbs = load_verb_dictionary()
    return any(c is not None and c.type == "REJECT"
               for c in (verbs.refine_negated(verb), verbs.refine_negated(verb, any_tense=True)))


def _joint_subject(verb) -> bool:  # noqa: ANN001 - a spaCy Token
    """The verb's subject is a coordination of parties ("Oslo and Helsinki have never agreed")."""
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


@veto(forms=None)
def never_in_the_present_perfect(cand: Candidate) -> bool:
    """"the two states have never fought each other", "the island has never signed the convention": a
    verb negated by "never" in the present perfect, with no time of its own (no date in its clause),
    tells a standing state of the whole past up to now - no act that happened, not a negated one at
    a time a source could date or contradict; so does a conjunct that shares its auxiliary and
    "never" ("has never apologised or withdrawn the term"). Not a negated act the verb dictionary
    codes as a refusal ("has never accepted the plan": REJECT). The past perfect ("until 1990 it had never fired a
    shot") is left alone: its time is the one it reaches to."""
    verb = cand.anchor if cand.anchor.pos_ in ("VERB", "AUX") else cand.anchor.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # a conjunct shares the first verb's auxiliary and "never" ("has never apologised or accepted it")
    told = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "neg", "nsubj") for c in verb.children) else verb
    if not any(c.dep_ == "neg" and c.lower_ == "never" for c in told.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in told.children):
        return False
    if _never_is_a_refusal(verb) and not _joint_subject(told):
        # "has never accepted the plan": the dictionary's "NEVER * [120]", a refusal (REJECT); not
        # of parties that never agreed between themselves ("X and Y have never agreed"), which
        # ``extract._negated_refusal`` leaves negated
        return False
    other = {t.i for c in told.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in other for t in told.subtree)


@veto(forms=None)
def a_habit_in_the_present(cand: Candidate) -> bool:
    """"the ferry sails daily from the river port to the border town", "protests take place in the
    capital now and then, usually in August", "the envoy attacks us at each session": a simple present quantified over
    occasions (a frequency adverb, a SET of the time grammar, "every"/"each" in a phrase) tells a
    habit or a timetable, no happening. The verb is the anchor, or the verb whose subject the
    anchor's noun is ("demonstrations occur")."""
    anchor = cand.anchor
    verb = anchor if anchor.pos_ == "VERB" else anchor.head if anchor.dep_ == "nsubj" else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return _frequency(verb)


#: adverbs of a scarcity of occasions that, on a present perfect, make it a pattern of the whole period ("has
#: hardly met since"); a repeated or long-held act ("has long accused", "has repeatedly denied") stays an act
SPAN_ADVERBS = frozenset({"hardly", "rarely", "seldom", "scarcely"})


def _over_a_span(verb) -> set[int] | None:  # noqa: ANN001 - a spaCy Token
    """The tokens of the verb's modifier that spreads it over the time up to now (an adverb of scarce
    occasions, "since" or "ever since" with no object), or None. "For years" is left alone: a source
    may date talks held "for years" by the span it gives."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in SPAN_ADVERBS:
            return {c.i}
        if c.lower_ == "since" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) and c.dep_ != "mark" \
                and (c.i > verb.i or any(g.lower_ == "ever" for g in c.children)):
            # after the verb ("has hardly met since") or "ever since"; before it, "since" is "later"
            # ("residents have since protested": acts done after a time the text gave)
            return {t.i for t in c.subtree}
    return None


@veto(forms=None)
def a_pattern_in_the_present_perfect(cand: Candidate) -> bool:
    """"the two capitals have blamed one another ever since", "the council has hardly met since": a
    present perfect spread over the time up to now by an adverb of scarce occasions or bare "since",
    with no date of its own in its clause, tells a pattern of the whole period - no act at a time a source could date (the article's
    day is not its date). A present perfect with its own date ("has been closed since 1994", "has
    blocked the sites since 2020"), and a repeated or long-held act ("has long accused", "has
    repeatedly denied": the act is told), are left to the dating."""
    verb = cand.anchor
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the refusal has shaped relations ever since": the act named by the noun was done once
    told = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children) else verb
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in told.children):
        return False
    span = _over_a_span(told)
    if span is None:
        return False
    other = {t.i for c in told.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in other and t.i not in span for t in told.subtree)


#: the CAMEO code of an official complaint (CAMEO 114 "Complain officially"; the ontology's DISAPPROVE
#: group of a dispute taken to a body of states)
COMPLAINT_CODE = "114"
#: the parts of an IGO's CAMEO code that name no body of states: the courts (the ICJ is IGOUNOJUDICJ)
NO_BODY_OF_STATES = ("JUD",)


@veto(forms=frozenset({"DISAPPROVE"}))
def complaint_to_no_body_of_states(cand: Candidate) -> bool:
    """"took the dispute to the council", "brought the matter before the assembly" complain to a
    body of states only when the body named is one the knowledge base codes an intergovernmental
    organisation, no court ("referred the matter to the United Nations Security Council", "took its
    complaint to the General Assembly"; a town council or a party congress is none, and a case
    taken to a court is a lawsuit, coded by its own group)."""
    pattern = cand.trig.pattern
    if pattern.source != "ontology" or pattern.coding.cameo != COMPLAINT_CODE:
        return False
    words = {t.i for t in cand.trig.tokens}
    return not any(_body_of_states(a.mention) and (a.token.i in words or a.role == TARGET) for a in cand.found)


def _body_of_states(mention) -> bool:  # noqa: ANN001 - an actor Mention
    """An intergovernmental body: coded IGO by the knowledge base (no court), or an organisation it
    knows that belongs to no state (the League of Nations, which CAMEO predates)."""
    code = mention.cameo or ""
    if code:
        return code.startswith(BODY_OF_MEMBERS_CODE) and not any(p in code for p in NO_BODY_OF_STATES)
    return mention.kind == "organisation" and mention.resolved and not mention.country


#: derivational endings of a noun made from a verb, and what the verb's lemma ends in instead
#: ("signing": sign, "ratification": ratify, "violation": violate, "failure": fail, "leader": lead)
NOMINAL_ENDINGS = (("ification", "ify"), ("ation", ""), ("ation", "e"), ("tion", "te"), ("ition", ""),
                   ("ition", "e"), ("sion", "de"), ("sion", "t"), ("ment", ""), ("ment", "e"), ("ing", ""),
                   ("ing", "e"), ("al", ""), ("al", "e"), ("ure", ""), ("ure", "e"), ("ance", ""), ("ance", "e"),
                   ("ence", "e"), ("age", ""), ("er", ""), ("er", "e"), ("or", ""), ("or", "e"))


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs of spaCy's English lemmatizer tables (its WordNet verb index)."""
    from chronica.nlp import lemma_tables

    tables = lemma_tables()
    if tables is None:
        return frozenset()
    return frozenset(tables.get_table("lemma_index").get("verb", ()))


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """Nouns that name an act or an accord on their own: the ontology's one-word triggers and the deals."""
    return DEAL_NOUNS | frozenset(next(iter(p.words[0])) for p in load_ontology().patterns
                                  if len(p.words) == 1 and p.source == "ontology")


def names_an_act(noun) -> bool:  # noqa: ANN001 - a spaCy Token
    """The noun names an act, a phase of one or its doer: an act noun of the ontology or a deal, a noun
    that is also a verb ("the end", "the start", "a study"), or one made from a verb by a derivational
    ending ("the signing", "the ratification", "the violations", "the leader")."""
    lemma = noun.lemma_.lower()
    verbs = _verb_lemmas()
    if lemma in _act_nouns() or lemma in verbs:
        return True
    return any(lemma.endswith(end) and len(lemma) > len(end) + 2 and lemma[: -len(end)] + verb in verbs
               for end, verb in NOMINAL_ENDINGS)


@veto(forms=None)
def happening_named_by_a_thing(cand: Candidate) -> bool:
    """"Monday is the anniversary of the 1994 accord", "the monument to the 1921 clashes", "the canal
    was the main artery of the river war of 1861-1864": a happening told by its noun and its own date,
    no doer named (``extract._dated_happening_noun``), only as the complement of a thing's noun - a
    noun that names no act, no phase of one and no doer of one (``names_an_act``) nor a time ("the
    deadliest day since the war": the time unit of the time grammar) nor a record of it (the ontology's
    RECORDS: "the chapters on the 1965 meeting" tell of it) - is the thing's reference, not told as a
    happening by its sentence. "The end of the war in 1945", "the signing of the 1994 treaty", "a study
    of the 1947-49 war", "the leader of the 1952 coup" keep it. Session 53, happen53: dev texts
    lkaind (an anniversary of an accord), idntls (an anniversary of a ballot), thamya (a monument to
    clashes), itallby (a road the axis of a war)."""
    from chronica.time.lexicon import UNITS

    anchor = cand.anchor
    if not cand.doerless or anchor.pos_ != "NOUN" or anchor.dep_ != "pobj" or anchor.head.dep_ != "prep":
        return False
    if any(a.role in (SOURCE, TARGET) and a.mention.named for a in cand.found):
        return False
    thing = anchor.head.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("DATE", "TIME"):
        return False
    return thing.lemma_.lower() not in UNITS.keys() | RECORD_NOUNS and not names_an_act(thing)


#: the marks of a condition clause: what happens only if it holds is not told as happening
CONDITION_MARKS = frozenset({"if", "unless"})


@veto(forms=None)
def a_condition(cand: Candidate) -> bool:
    """"if the rebels launch another offensive, ...", "unless its parliament consented otherwise", "if
    Norway accepts the date as its founding, then ...": a predicate in a condition clause (an
    adverbial clause marked "if" or "unless", or a verb coordinated with its head) is a supposition,
    no happening; "as if" compares."""
    cur = cand.anchor if cand.anchor.pos_ in ("VERB", "AUX") else cand.anchor.head
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head
    if cur.dep_ != "advcl":
        return False
    marks = [c for c in cur.children if c.dep_ == "mark"]
    return any(m.lower_ in CONDITION_MARKS for m in marks) and not any(m.lower_ == "as" for m in marks)
