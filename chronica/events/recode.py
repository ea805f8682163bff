"""The codebook's re-codings of an event already read: the registry of named recodings.

A trigger's pattern gives an event its PLOVER type, mode and CAMEO code; some of the codebook's
own rules (``../shared/dictionaries/plover/PLOVER_MANUAL.tex``, the types' modes and "potential
ambiguities") code the same words otherwise once their clause is read. Each recoding here reads
the event and the clause it was found in (a :class:`Reading`) and changes the coding where its
passage applies, or leaves the event as it is. They run in the order of :data:`RECODINGS`, at the
end of ``extract._extract_event`` (after the stance, before the statement's date), each on what
the ones before left; a recoding that re-types records its name in ``event.checks`` (``chronica
events --explain`` shows it). In order:

1. ``arms_mobilized`` (:func:`_arms_mobilized`): MOBILIZE, ambiguities: "Mobilizing weapons,
   ships, or vehicles should be coded as MOBILIZE 'weapons' rather than MOBILIZE 'troops'": a
   deployment of arms or vehicles alone is MOBILIZE weapons, CAMEO 150.
2. ``joined_fighting`` (:func:`_joined_fighting`): forces that join fighting or take part in it
   ("aircraft joined the strikes", "troops took part in the invasion") fight: ASSAULT, CAMEO 190, no
   body joined (SUPPORT) nor a seizure.
3. ``aerial_assault`` (:func:`_aerial_assault`): ASSAULT mode ``aerial``, "Manned aerial
   vehicles, e.g. aircraft, helicopters": an assault by aircraft or from the air, CAMEO 195.
4. ``mobilized_in_assault`` (:func:`_mobilized_in_assault`): MOBILIZE, ambiguities: "If a
   document reports a MOBILIZE event in the context of an ASSAULT, only the ASSAULT should be
   coded"; MOBILIZE is "military or police moves that fall short of the actual use of force".
5. ``sent_across`` (:func:`_sent_across`): forces sent across the border or into the other state
   invade it (ASSAULT, the actual use of force), no move short of it.
6. ``combatants_captured`` (:func:`_combatants_captured`): COERCE and ASSAULT, ambiguities:
   "Combatants captured during conflict should be coded as ASSAULT 'abduct' rather than COERCE
   'arrest.'"
7. ``court_order`` (:func:`_court_order`, coded by :func:`court_order_coded` once the order's
   content is judged): SANCTION ``convict``, an entity "sanctioned via court-order";
   "court-ordered payments should be coded as SANCTION events with the winner and court as actor".
8. ``court_verdict`` (:func:`_court_verdict`): SANCTION ``convict``, "Find an entity or behavior
   guilty, unconstitutional, or liable in a court of law or legally constituted tribunal".
9. ``case_brought`` (:func:`_case_brought`): ACCUSE (CAMEO 115, bring a lawsuit): the recipient is
   the party sued, not the court it is brought to.
   ``court_sentence`` (:func:`_court_sentence`) runs next: SANCTION ``convict``, "found guilty and
   sentenced": a sentence or a conviction ("was sentenced to death", "was convicted"), no COERCE restrict.
10. ``territory_ceded`` (:func:`_territory_ceded`): RETREAT covers "a military retreat from, or
   ceding, territory" (material), where CONCEDE is verbal; "Announcements of future retreats
   should be coded as CONCEDE".
11. ``exchange_curtailed`` (:func:`_exchange_curtailed`): SANCTION ``discontinue``, "curtail, decrease,
    break, or terminate diplomatic, commercial, or material exchanges": a ban on another state's goods or
    carriers, or the border or airspace closed to it, is no COERCE ``restrict`` of political freedoms.
12. ``place_fallen`` (:func:`_place_fallen`): a place that falls ("fell to the rebels", "was lost to the
    invaders") is taken, as a place an army takes is (the OCCUPY form: CAMEO 192, COERCE seize).
13. ``meeting_held`` (:func:`_meeting_held`): CONSULT, "all consultations and meetings": a conference
    held, opened, convened or taking place (a host that holds one its doer), no happening of no type.
14. ``restriction_eased`` (:func:`_restriction_eased`): CONCEDE, "easing of administrative or legal
    restrictions ... removing curfews": a state of emergency ended, a ban eased, sanctions suspended (CAMEO
    081; economic sanctions 085, RETREAT in the table), no happening of no type nor the restriction imposed.
15. ``exchange_opened`` (:func:`_exchange_opened`): COOPERATE, "initiate, resume, improve, or expand economic
    exchange": a border crossing opened or reopened, or a bridge, a rail link or the flights between two named
    states opened, restored or resumed (CAMEO 061), the mirror of ``exchange_curtailed``; an embassy or an office
    opened stays as it was.

(``body_founded`` and ``power_seized`` follow, each described in its own docstring.)

16. ``envoys_withdrawn`` (:func:`_envoys_withdrawn`): SANCTION ``withdraw``, "withdraw oneself or one's
    non-military resources (e.g., aid, observers, diplomats, peacekeepers)": envoys, a post's staff, observers or
    peacekeepers withdrawn, recalled or evacuated (CAMEO 161), no RETREAT of forces.
17. ``exercise_parties`` (:func:`_exercise_parties`): "Joint military operations are coded as COOPERATE but
    single-country exercises should be coded as MOBILIZE": an exercise held by two or more states is COOPERATE
    062; one joint only by a "with" of arms or vehicles, of one state, is MOBILIZE 152.
18. ``people_expelled`` (:func:`_people_expelled`): "Expulsions or deportations of individuals ... are coded as
    COERCE": people of no office expelled are COERCE ``deport`` (CAMEO 174); envoys and members expelled from a
    body stay SANCTION ``expel``.
19. ``measure_imposed`` (:func:`_measure_imposed`): SANCTION ``discontinue``, "curtail, decrease, break, or terminate
    diplomatic, commercial, or material exchanges": a tariff, a duty, a visa regime or restrictive measures imposed on
    another state's goods, traffic or people (CAMEO 163, 160), no happening of no type.
20. ``captives_released`` (:func:`_captives_released`): RETREAT release, "the actual release or exchange of prisoners":
    people set free by a verb of PETRARCH2's RELEASE block, no happening of no type nor CONCEDE 080 (CAMEO 0841);
    forces that free hostages (a rescue) are left alone.
21. ``adjudication_accepted`` (:func:`_adjudication_accepted`): CONCEDE, "verbal concessions": a ruling, a judgment, an
    award or a vote's result accepted yields to it (CAMEO 080), no AGREE offer.
22. ``forces_lent`` (:func:`_forces_lent`): AID, "military and police assistance including arms and personnel": forces
    sent to defend, help or prop up another party, or at its request (CAMEO 072), and peacekeepers deployed (074), no
    MOBILIZE posture.

Each recoding's cases are the tables of ``tests/test_events_coding40.py`` (aerial, court order),
``tests/test_events_other42.py`` (verdict, case brought, territory ceded),
``tests/test_events_type48.py`` (moves in an assault, forces sent across, combatants captured),
``tests/test_events_type52.py`` (exchanges curtailed, territory handed over),
``tests/test_events_type53.py`` (a place fallen, a person captured in fighting, fighting joined) and
``tests/test_events_type54.py`` (a sentence, a meeting held, a restriction eased) and
``tests/test_events_type55.py`` (a link between states opened) and
``tests/test_events_type58.py`` (envoys withdrawn, an exercise's parties, people expelled) and
``tests/test_events_type59.py`` (a measure imposed on another state) and
``tests/test_events_type61.py`` (captives released, an adjudication accepted, forces lent).

Public API: :class:`Reading`, :data:`RECODINGS`, :func:`recode`, :func:`neighbour_given`,
:func:`court_order_coded`, :data:`MOBILIZED_IN_ASSAULT`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from chronica.events._actors import MentionIndex, knowledge_base, phrase_mentions, state_for
from chronica.events._lexicon import ARMED_KINDS, ARMED_SECTORS, CEDE_VERBS, CEDED_NOUNS, DESCRIBING_VERBS, PLACE_KINDS, PLACES_LEFT
from chronica.events._lexicon import JOINT_WORDS as EXERCISE_JOINT_WORDS
from chronica.events._summary import summarise
from chronica.events._targets import pair_other
from chronica.events.candidate import keys
from chronica.events.dictionary import load_verb_dictionary
from chronica.events.model import ASSERTED, OTHER, SOURCE, TARGET, EventMention, Participant
from chronica.events.ontology import OTHER_TYPE, Coding, Ontology, load_ontology

_ONTOLOGY = load_ontology()
#: the field's verb dictionary (PETRARCH2's CAMEO verbs, in PLOVER), as ``extract`` loads it
VERBS = load_verb_dictionary()
#: the ontology's words of a border ("across the border")
BORDER = _ONTOLOGY.classes.get("BORDER", frozenset())


@dataclass(frozen=True)
class Reading:
    """What a recoding reads besides the event: the trigger's anchor token, the predicate it is
    told with (the anchor, or the verb that carries a noun), the document's actor mentions and
    the ontology."""

    anchor: Token
    pred: Token
    index: MentionIndex
    onto: Ontology


#: PLOVER, MOBILIZE: "Mobilizing weapons, ships, or vehicles should be coded as MOBILIZE 'weapons'
#: rather than MOBILIZE 'troops,' unless there's a separate mention of troops being mobilized";
#: CAMEO 150 (demonstrate military power) is the code of the ontology's own MOBILIZE weapons
ARMS_MODE, ARMS_CAMEO = "weapons", "150"
#: the dependencies of what a deployment moves: the mover of "frigates entered the zone", the
#: thing sent of "dispatched two gunboats", the noun of "the deployment of warships"
MOVED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _take_coding(event: EventMention, coding: Coding, form: str | None, cameo: str | None) -> None:
    """A recoding's coding on the event: its type, ``form``, mode, ``cameo`` (the coding's own, or
    one the rule names), context and intensity; no subtype of the old coding stays."""
    event.type, event.form, event.mode, event.cameo = coding.type, form, coding.mode, cameo
    event.context, event.intensity, event.subtype = list(coding.context), float(coding.score), None


def _arms_mobilized(event: EventMention, r: Reading) -> None:
    """A deployment of arms, ships or vehicles alone is MOBILIZE ``weapons``, not ``troops``
    ("Danish frigates entered the zone", "Accra dispatched three gunboats"): the head nouns
    of what the predicate moves (its subject, object, or "of" object) name arms or vehicles
    (``ARMS``, ``VEHICLES`` of the ontology) and no troops (``TROOPS`` that are no arms: "fleet",
    "navy", "soldier" stay troops)."""
    pred, onto = r.pred, r.onto
    if event.type != "MOBILIZE" or event.mode != "troops":
        return
    arms = onto.classes.get("ARMS", frozenset()) | onto.classes.get("VEHICLES", frozenset())
    troops = onto.classes.get("TROOPS", frozenset()) - arms
    moved = [c for c in pred.children if c.dep_ in MOVED_DEPS or (
        pred.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of")]
    moved = [g for c in moved for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])]
    moved += [x for c in moved for x in c.conjuncts]
    lemmas = {k for c in moved for k in keys(c)}
    if lemmas & arms and not lemmas & troops:
        event.mode, event.cameo = ARMS_MODE, ARMS_CAMEO
        event.intensity = float(onto.types["MOBILIZE"].score_of(ARMS_MODE))


#: the verbs of joining a fight already going on ("joined the fighting", "took part in the bombing",
#: "participated in the invasion"), and the object a "take" needs to say it ("take part")
JOINING_VERBS = frozenset({"join", "take", "participate"})
PART_NOUN = "part"


def _joined_fighting(event: EventMention, r: Reading) -> None:
    """Forces that join fighting or take part in it fight: "Ostrian aircraft joined the strikes",
    "Ostrian troops took part in the invasion", "units of the army joined the fighting on the rebels'
    side" tell their doer's use of force (PLOVER ASSAULT, "actual uses of force"; the FIGHT form's
    coding, CAMEO 190), not a body joined (SUPPORT), a partnership (COOPERATE) nor a seizure ("took"
    read as CAMEO 171). The thing joined - the verb's object, or the object of "in" of "take part" or
    "participate" - tells force used (``_tells_force``: "the fighting", "the invasion", "the bombing"),
    or is a word of the ontology's WAR class ("the strikes", "the operation") joined by a force (its
    subject a word of ``FORCE_CLASSES`` or an armed force the actors stage resolved): "Ostria joined
    the campaign" stays a state's support. The parties named in the thing joined or in the side taken
    ("the NATO strikes", "on the rebels' side") are no recipient (role other): the join names none.
    The mode follows (``aerial_assault`` runs next: aircraft that join strikes strike from the air).
    Session 53, type53."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type == "ASSAULT" or event.modality == "negated" or pred.pos_ != "VERB":
        return
    lemma = pred.lemma_.lower()
    if lemma not in JOINING_VERBS:
        return
    objs = [c for c in pred.children if c.dep_ == "dobj"]
    if lemma != "join":
        if lemma == "take" and not any(o.lower_ == PART_NOUN for o in objs):
            return
        objs = [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]
    if not objs:
        return
    war = onto.classes.get("WAR", frozenset())
    forces = frozenset().union(*(onto.classes.get(c, frozenset()) for c in FORCE_CLASSES))
    subjects = [c for c in pred.children if c.dep_ == "nsubj"]
    by_force = any(keys(c) & forces or ((m := index.at(c)) is not None and m.kind in ARMED_KINDS) for c in subjects)
    if not any(_tells_force(o) or (by_force and keys(o) & war) for o in objs):
        return
    fight = onto.form_coding("FIGHT")
    event.type, event.form, event.mode, event.cameo = fight.type, "FIGHT", fight.mode, fight.cameo
    event.context, event.intensity, event.subtype = list(fight.context), float(fight.score), None
    for p in event.participants:
        if p.role == TARGET:
            p.role = OTHER
    event.summary = summarise("ASSAULT", "fights", event.actors(SOURCE), [], False, event.modality)
    event.checks.append(_joined_fighting.__name__)


#: PLOVER's ASSAULT mode of an attack from manned aircraft, and its CAMEO code (195 "Employ aerial weapons")
AERIAL_MODE, AERIAL_CAMEO = "aerial", "195"
#: ASSAULT modes that say no more than the weapon a bombing or an attack is told with: an attack
#: by aircraft is ``aerial`` (a bomb dropped from a plane is no mine, IED or car bomb: ``explosives``)
AERIAL_REPLACES = frozenset({None, "explosives", "heavy-weapons"})
#: the word of PLOVER's mode ``suicide-attack``: "a suicide bomber" is a person, no bomber aircraft
SUICIDE = "suicide"
#: the prepositions of an attack's instrument: "killed in an air strike", "bombed by jets", "struck from the air"
INSTRUMENT_PREPS = frozenset({"in", "by", "with", "from"})


def _aerial_assault(event: EventMention, r: Reading) -> None:
    """An assault done by manned aircraft is PLOVER's ``aerial`` ("Manned aerial vehicles, e.g.
    aircraft, helicopters"), CAMEO 195, not ``explosives`` ("mines, IEDs, car bombs") nor a bare
    attack: the doer of the attack (the active subject), its instrument (the object of "by",
    "in", "with", "from") or the act's noun itself names an aircraft (``AIRCRAFT``) or is a noun of
    the air (``AIR``: "air force", "air strikes", "aerial bombardment"). "Iraqi jets bombed the
    base", "the town was bombed by warplanes", "killed in an air strike"."""
    anchor, pred, onto = r.anchor, r.pred, r.onto
    if event.type != "ASSAULT" or event.mode not in AERIAL_REPLACES:
        return
    aircraft = onto.classes.get("AIRCRAFT", frozenset())
    air = onto.classes.get("AIR", frozenset())

    def aerial(tok: Token) -> bool:
        if any(c.lemma_.lower() == SUICIDE for c in tok.children):
            return False  # "a suicide bomber" is a person (PLOVER's own mode suicide-attack), no aircraft
        return bool(keys(tok) & aircraft) or any(
            c.dep_ in ("compound", "amod") and keys(c) & air for c in tok.children)

    heads = {anchor.i: anchor, pred.i: pred}
    said = [t for h in heads.values() for t in (h, *(c for c in h.children if c.dep_ == "nsubj"))]
    for h in heads.values():
        for prep in (c for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in INSTRUMENT_PREPS):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            said.extend(objs)
            if prep.lower_ == "from" and any(keys(o) & air for o in objs):
                said.append(prep)  # "struck from the air"
    said += [x for t in said for x in t.conjuncts]
    if any(aerial(t) or (t.dep_ == "prep" and t.lower_ == "from") for t in said):
        event.mode, event.cameo = AERIAL_MODE, AERIAL_CAMEO
        event.intensity = float(onto.types["ASSAULT"].score_of(AERIAL_MODE))


#: the prepositions by which a movement of forces is told as a part of fighting: "crossed the
#: river in a counter-attack", "landed during the offensive" (not "after the war", "without a fight")
FIGHTING_PREPS = frozenset({"in", "during", "into"})


#: words of the ontology's WAR class that may name what is no fighting ("a relief operation", "a
#: press campaign", "a general strike")
UNARMED_WAR_WORDS = frozenset({"operation", "campaign", "strike"})


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """The words that tell force used: the one-word triggers the ontology codes ASSAULT (attack,
    raid, offensive, counterattack, bombing, shelling, war, fighting, battle, clash, invasion) and
    the verbs the field's dictionary codes ASSAULT by their own code (destroy, storm, blow up), and
    the ontology's WAR nouns that name fighting ("the fighting", "hostilities")."""
    onto = _ONTOLOGY
    words = {w for p in onto.patterns if len(p.words) == 1 and p.coding.type == "ASSAULT" for w in p.words[0]}
    words |= onto.classes.get("WAR", frozenset()) - UNARMED_WAR_WORDS  # "the fighting", "hostilities"
    words |= {lemma for lemma, (_, cameo) in VERBS.verbs.items() if " " not in lemma and (
        (coding := VERBS.own_code(lemma, cameo)) is not None and coding.type == "ASSAULT")}
    return frozenset(words)


def _tells_force(tok: Token) -> bool:
    """The token is a word of force used (``_force_words``; "counter-attack" as "counterattack")."""
    return bool(keys(tok) & _force_words()) or tok.lower_.replace("-", "") in _force_words()


def _fighting_context(verb: Token, own: bool) -> list[Token]:
    """The tokens a clause of ``verb`` tells its happening with: the verb (unless ``own``: the
    movement itself), its object and the objects of its prepositions of fighting
    (``FIGHTING_PREPS``); for a clause joined to the movement, also its subject with an "of"
    phrase ("three years of war ended", "the fighting spread")."""
    out = [] if own else [verb]
    for c in verb.children:
        if c.dep_ == "dobj" or (not own and c.dep_ in ("nsubj", "nsubjpass")):
            out += [c] + [p for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                          for p in g.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in FIGHTING_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


#: the ontology's classes of what fights: a joined clause whose subject is one of them tells the
#: mover's own force when it names no other state ("the guns shelled the ridge before the infantry
#: advanced"); one whose subject is another doer ("a gunman attacked the convoy, and the troops
#: landed") tells another's act
FORCE_CLASSES = ("TROOPS", "ARMS", "AIRCRAFT")


def _same_force(verb: Token, movers: set[str], index: MentionIndex, onto: Ontology) -> bool:
    """The joined clause of ``verb`` is the movers' own: it has no subject of its own ("landed and
    shelled the fort"), its subject is a word of fighting ("the fighting spread"), or its subject is
    a force (``FORCE_CLASSES``) of no state but the movers' ("Osterland jets bombed the village
    before Osterland troops moved in")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    subject = subjects[0]
    if _tells_force(subject) or any(_tells_force(p) for g in subject.children if g.dep_ == "prep"
                                    and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"):
        return True
    forces = frozenset().union(*(onto.classes.get(c, frozenset()) for c in FORCE_CLASSES))
    if not keys(subject) & forces:
        return False
    states = {m.country or (state_for(m.actor_id, None) if m.actor_id else None)
              for t in subject.subtree for m in phrase_mentions(t, index)} - {None}
    return states <= movers


#: the CAMEO code of military exercises (152 "demonstrate military power", the MOBILIZE form's drills):
#: war games are no fighting, whatever their words ("naval war games")
EXERCISE_CAMEO = "152"


def _mobilized_in_assault(event: EventMention, r: Reading) -> None:
    """A movement of forces told as a part of fighting is the fighting: PLOVER's codebook (MOBILIZE,
    potential ambiguities) says "if a document reports a MOBILIZE event in the context of an
    ASSAULT, only the ASSAULT should be coded", MOBILIZE being "military or police moves that fall
    short of the actual use of force". A MOBILIZE told by a verb (a force that lands, crosses,
    enters or moves; troops sent) whose clause tells force used - its object or the object of
    its "in" ("the brigade entered the war", "the tanks crossed the river in a counter-attack",
    "the marines landed during the offensive"), or a clause joined to it ("the
    marines landed on the beach and shelled the fort", "the guns shelled the ridge before the
    infantry advanced", "the tanks crossed the river and the fighting lasted a week") - is coded
    as that use of force: ASSAULT, CAMEO 190 "use conventional military force" (the FIGHT form's
    coding). A joined clause that describes ("war looked near", "the war was over"), is negated
    or passive ("was beaten back": force suffered), or tells another doer's act (``_same_force``)
    tells no force used; exercises stay MOBILIZE. A move so coded and coordinated with an ASSAULT
    event of its own doers is still dropped for it (``extract._mobilized_to_assault``)."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "MOBILIZE" or event.cameo == EXERCISE_CAMEO or pred.pos_ != "VERB":
        return
    context = _fighting_context(pred, own=True)
    joined = [c for c in pred.conjuncts if c.pos_ in ("VERB", "AUX")]
    if pred.dep_ == "advcl" and pred.head.pos_ == "VERB":
        joined.append(pred.head)
    movers = {p.state for p in event.actors(SOURCE) if p.state}
    joined = [v for v in joined if v.lemma_.lower() not in DESCRIBING_VERBS and not any(
        c.dep_ in ("acomp", "attr", "oprd", "neg", "auxpass") for c in v.children)
        and _same_force(v, movers, index, onto)]
    context += [t for v in joined for t in _fighting_context(v, own=False)]
    if not any(_tells_force(t) for t in context):
        return
    fight = onto.form_coding("FIGHT")
    event.type, event.mode, event.cameo = fight.type, fight.mode, fight.cameo
    event.context, event.intensity = list(fight.context), float(fight.score)
    event.checks.append(_mobilized_in_assault.__name__)


#: verbs of sending forces (the MOBILIZE form's 'send {TROOPS}', 'dispatch {TROOPS}')
SENDING_VERBS = frozenset({"send", "dispatch"})


def _sent_across(event: EventMention, r: Reading) -> None:
    """Forces sent across the border or into the other state invade it, as forces that cross the
    border do (``extract._force_movements``, ``CROSSING_MOVES``: PLOVER ASSAULT, "actual uses of force",
    CAMEO 190 in the INVADE form's coding), no deployment "short of the actual use of force"
    (MOBILIZE): "sent two battalions across the border", "sent troops into Gabon". The doer must
    be one of the document's two main states and the state entered the other: named after "into",
    or, across the border, the other state the story has just named (``_targets.pair_other``, as a
    landing abroad). Troops a third state sends to an ally's aid, or sends into a region that is no
    state of the pair, stay a deployment."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "MOBILIZE" or pred.pos_ != "VERB" or pred.lemma_.lower() not in SENDING_VERBS:
        return
    into = [p for c in pred.children if c.dep_ == "prep" and c.lower_ in ("into", "across")
            for p in c.children if p.dep_ == "pobj"]
    doers = {p.state for p in event.actors(SOURCE) if p.state}
    if len(doers) != 1 or not into:
        return
    pair = {state_for(m.actor_id, None) for m in index.topic_states(pred.sent.end) if m.actor_id} - {None}
    # the state entered is named: one of the document's two states, not the doer's own
    entered = len(pair) == 2 and doers <= pair and any(p.head.lower_ == "into" and any(
        m.kind in ("state", "historical_state") and (m.country or state_for(m.actor_id, None)) in pair - doers
        for m in phrase_mentions(p, index)) for p in into)
    # "across the border": the border of the other state the story has just named
    across = any(p.head.lower_ == "across" and keys(p) & BORDER for p in into) and pair_other(pred, doers, index)
    if not (across or entered):
        return
    invade = onto.form_coding("INVADE")
    event.type, event.mode, event.cameo = invade.type, invade.mode, invade.cameo
    event.context, event.intensity = list(invade.context), float(invade.score)
    event.checks.append(_sent_across.__name__)


#: those who fight besides the ontology's TROOPS: combatants whose capture PLOVER codes ASSAULT abduct
COMBATANT_WORDS = frozenset({"prisoner", "pow", "officer", "guerrilla", "guerilla", "rebel", "militant", "insurgent",
                             "militiaman", "gunman", "combatant", "sailor", "airman", "pilot", "crewman"})
#: nouns of armed captors besides the ontology's TROOPS (mounted and guard units)
CAPTOR_WORDS = frozenset({"cavalry", "guardsman", "guard", "patrol", "raider", "partisan"})
#: the CAMEO code of a capture of people (171, as PETRARCH2's APPREHEND block codes "capture" and "seize"):
#: an arrest (173 "arrest, detain") is the law's act on a suspect ("arrested on espionage charges"), a
#: place or a thing taken is 192 or 1711
CAPTURE_CAMEOS = frozenset({"171"})


#: the personal pronouns a captive is told by ("he was captured by the cavalry")
CAPTIVE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


#: the prepositions after which a document names a place ("in Kisumu", "near Kisumu")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "outside", "around"})


def _named_as_place(tok: Token) -> bool:
    """The document names the token's word as a place somewhere: after a locative preposition
    (``LOCATIVE_PREPS``) or with the recogniser's place labels."""
    return any(t.lower_ == tok.lower_ and (t.ent_type_ in ("GPE", "LOC", "FAC") or (
        t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS)) for t in tok.doc)


def _a_person(tok: Token, index: MentionIndex, named: bool | None = None) -> bool:
    """The captive is a person: a person the actors stage resolved, a personal pronoun, or a proper
    name it leaves unresolved that the document never names as a place (:func:`_named_as_place`: the
    recogniser's label on an unknown name is a guess); ``named`` False takes no unresolved name
    (what forces capture under an unknown name is mostly a place: "captured Lorn", "seized Puerto X"). Places, bodies
    and things ("the port", "the embassy", "the ship") are taken, not captured."""
    if tok.lower_ in CAPTIVE_PRONOUNS:
        return True
    m = index.at(tok)
    if m is not None and m.resolved:
        return m.kind == "person"
    if named is False:  # no unresolved name: the recogniser reads places as persons ("Puerto Lorn")
        return False
    return tok.pos_ == "PROPN" and not _named_as_place(tok)


def _captured_in_fighting(pred: Token, captives: list[Token], index: MentionIndex, onto: Ontology) -> bool:
    """A person captured by armed forces or in fighting is a captive of the conflict, as a soldier
    captured is: the captors (the active subject, or the passive's "by" object) are a force (the
    ontology's TROOPS, "cavalry", "guardsmen", an armed force or group the actors stage resolved), or
    the capture is told with force used - a verb joined to it ("was wounded and captured") or the
    object of its "in"/"during" ("captured during a commando raid"; ``_fighting_context``, a
    word of ``_force_words``). The captive must be a person (:func:`_a_person`); an arrest (CAMEO 173)
    never reaches here. Session 53, type53."""
    if not captives:
        return False
    fighters = onto.classes.get("TROOPS", frozenset()) | COMBATANT_WORDS | CAPTOR_WORDS
    captors = [c for c in pred.children if c.dep_ == "nsubj"] + [
        p for c in pred.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    captors += [x for c in captors for x in c.conjuncts]
    if any(keys(c) & fighters or ((m := index.at(c)) is not None and m.kind in ARMED_KINDS) for c in captors):
        # a person the actors stage knows, or one told by a pronoun; an unknown name forces capture is
        # mostly a place ("forces captured Lorn")
        return all(_a_person(c, index, named=False) for c in captives)
    if not all(_a_person(c, index) for c in captives):
        return False
    joined = [c for c in pred.conjuncts if c.pos_ == "VERB" and not any(g.dep_ == "neg" for g in c.children)]
    told = _fighting_context(pred, own=True) + [v for v in joined]
    return any(_tells_force(t) for t in told)


def _combatants_captured(event: EventMention, r: Reading) -> None:
    """Combatants captured are abducted, not arrested: PLOVER's codebook (COERCE and ASSAULT,
    potential ambiguities) says "combatants captured during conflict should be coded as ASSAULT
    'abduct' rather than COERCE 'arrest'" (CAMEO 181). A COERCE capture (CAMEO 171: "captured",
    "seized"; an arrest, CAMEO 173, is the law's act and stays COERCE arrest) whose captives - the verb's object or passive subject, a noun's "of" object, and their
    conjuncts - are soldiers or fighters (the ontology's TROOPS, ``COMBATANT_WORDS``, or an armed
    force or group the actors stage resolved) is coded ASSAULT abduct: "the rebels captured 40
    government soldiers", "two pilots were captured by the militia". Civilians, leaders and places
    stay COERCE."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "COERCE" or event.cameo not in CAPTURE_CAMEOS:
        return
    own = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if not own and pred.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        own = [c for c in pred.head.children if c.dep_ == "nsubjpass"]  # "was wounded and captured": the
        # passive subject the joined verbs share
    captives = own + [
        p for c in pred.children if pred.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    captives += [x for c in captives for x in c.conjuncts]
    captives += [p for c in captives if c.like_num or c.lemma_.lower() in ("some", "all", "many", "most", "none")
                 for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
    fighters = onto.classes.get("TROOPS", frozenset()) | COMBATANT_WORDS
    if not any(keys(c) & fighters or ((m := index.at(c)) is not None and m.kind in ARMED_KINDS) for c in captives) \
            and not _captured_in_fighting(pred, captives, index, onto):
        return
    abduct = next(p.coding for p in onto.patterns if p.coding.type == "ASSAULT" and p.coding.mode == "abduct")
    event.type, event.mode, event.cameo = abduct.type, abduct.mode, abduct.cameo
    event.context, event.intensity = list(abduct.context), float(abduct.score)
    event.checks.append(_combatants_captured.__name__)


#: the CAMEO sector of the judiciary (Phoenix agents "court", "judge", "tribunal" [~JUD]; the ICJ's
#: IGOUNOJUDICJ): a body of it that orders a party does so by a court's order
JUDICIARY = "JUD"


def _judicial(m, doc, courts: frozenset[str]) -> bool:  # noqa: ANN001 - a Mention, its Doc
    """The mention is a court: its CAMEO actor code has the judiciary's part (the ICJ's
    "IGOUNOJUDICJ"), or its head noun is a Phoenix agent of that sector ("court", "the judges",
    "tribunal", "Supreme Court": ``~JUD`` in Phoenix.agents.txt, the knowledge base's agent nouns)
    that rules (``COURT`` of the ontology: no lawyer nor prosecutor, ~JUD as well)."""
    codes = [c.strip("~") for c in (m.cameo or "").split(";")]
    kb = knowledge_base()
    head = doc[m.end - 1]
    if kb is not None and keys(head) & courts:
        codes += [(kb.agent_nouns.get(w) or "").strip("~")
                  for w in (m.text.lower().removeprefix("the "), head.lower_, head.lemma_.lower())]
    return any(JUDICIARY in (c[k:k + 3] for k in range(0, len(c), 3)) for c in codes if c)


def _court_order(event: EventMention, r: Reading) -> None:
    """A court's order to a party is no request: PLOVER's SANCTION ``convict`` covers an entity
    "sanctioned via court-order", and a court-ordered payment is SANCTION "with the winner and court
    as actor and guilty party as recipient" (codebook, SANCTION), where REQUEST is a verbal demand.
    A REQUEST whose every doer is a judicial body (the Phoenix sector JUD: a court, the judges, a
    tribunal, the ICJ) and that names the party ordered is coded SANCTION convict, context legal
    ("the ICJ ordered Colombia to refrain from any action", "the tribunal ordered both states to
    set up a group of experts"). No CAMEO code says it (116 "find guilty" is a verdict): none is given."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "REQUEST" or not event.actors(TARGET):
        return
    doers = [index.at(c) for c in pred.children if c.dep_ == "nsubj"]
    doers = [m for m in doers if m is not None]
    courts = onto.classes.get("COURT", frozenset())
    if not doers or not all(_judicial(m, pred.doc, courts) for m in doers):
        return
    # marked here, coded once the order's content is judged as a demand's (stance_contents: "ordered
    # the government to release the prisoners" is no release done): ``court_order_coded``
    event.checks.append(_court_order.__name__)


#: the verbs a court gives its finding with ("the Court found that ...", "the tribunal ruled that ...")
VERDICT_VERBS = frozenset({"rule", "find", "hold", "judge", "declare", "conclude"})
#: the verbs of a breach of law a finding states ("had breached its obligations", "had violated the
#: Charter", "had broken international law"): the finding makes its subject liable
BREACH_VERBS = frozenset({"breach", "violate", "break", "infringe", "contravene"})


def _court_verdict(event: EventMention, r: Reading) -> None:
    """A court's finding that a party broke the law is a verdict, no happening of no type: PLOVER's
    SANCTION ``convict`` is "find an entity or behavior guilty, unconstitutional, or liable in a court
    of law or legally constituted tribunal" (codebook, SANCTION modes). A dated predicate (OTHER)
    whose verb is a verb of finding (``VERDICT_VERBS``), whose every doer is a judicial body
    (``_judicial``) and whose clause (its ``ccomp``, not negated) tells a breach (``BREACH_VERBS``)
    is coded SANCTION convict, context legal, the breaching party its recipient ("the Court found
    that Chile had breached its obligations", "the commission ruled that Peru had violated the
    treaty"). A ruling on jurisdiction, or one that awards a territory, stays what it was. No CAMEO
    code is given: the table's 116 "find guilty or liable" is ACCUSE, which the codebook overrules
    for a court (as ``_court_order``). Session 42, other42."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != OTHER_TYPE or pred.lemma_.lower() not in VERDICT_VERBS or event.actors(TARGET):
        return
    doers = [m for c in pred.children if c.dep_ == "nsubj" and (m := index.at(c)) is not None]
    courts = onto.classes.get("COURT", frozenset())
    if not doers or not all(_judicial(m, pred.doc, courts) for m in doers):
        return
    # the finding told by the verb or by a verb of finding joined to it ("ruled in 1998 and found X had broken ...")
    finding = [pred, *(c for c in pred.children if c.dep_ == "conj" and c.lemma_.lower() in VERDICT_VERBS)]
    clause = next((c for v in finding for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in BREACH_VERBS
                   and not any(g.dep_ == "neg" for g in c.children)), None)
    if clause is None:
        return
    guilty = [m for c in clause.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)
              for m in phrase_mentions(t, index) if m.actor_id and m.kind not in PLACE_KINDS]
    if not guilty:
        return
    when = event.earliest or event.date
    seen = {p.actor_id for p in event.participants}
    for m in guilty:
        if m.actor_id in seen:
            continue
        seen.add(m.actor_id)
        event.participants.append(Participant(
            role=TARGET, text=m.text, actor_id=m.actor_id, name=m.name or m.text, kind=m.kind,
            state=state_for(m.actor_id, when) or (m.actor_id if m.kind == "state" else None) or m.country,
            start=m.start_char, end=m.end_char))
    event.type, event.form, event.mode, event.cameo = "SANCTION", onto.types["SANCTION"].form, "convict", None
    event.context, event.subtype = ["legal"], None
    event.intensity = float(onto.types["SANCTION"].score_of("convict"))
    event.summary = summarise("SANCTION", "finds against", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_court_verdict.__name__)


def _territory_ceded(event: EventMention, r: Reading) -> None:
    """Ceding territory is material: PLOVER's RETREAT covers "a military retreat from, or ceding, territory"
    (codebook, RETREAT), where CONCEDE is verbal ("concessions which have no immediate material
    consequences"). A CONCEDE told as done (asserted) by a verb of giving up (``CEDE_VERBS``: "ceded",
    "handed back", "gave back") whose object is a place - a place entity, a noun of a place (the
    ontology's TERRITORY, ``PLACES_LEFT``, ``CEDED_NOUNS``), a part of one ("the western third of
    the island"), or a state or place the actors stage resolved - is coded RETREAT withdraw, context
    territory. Promised or planned, it stays CONCEDE (the codebook's "announcements of future
    retreats"). Session 42, other42."""
    anchor, index, onto = r.anchor, r.index, r.onto
    if event.type != "CONCEDE" or event.modality != ASSERTED or anchor.lemma_.lower() not in CEDE_VERBS:
        return
    places = onto.classes.get("TERRITORY", frozenset()) | PLACES_LEFT | CEDED_NOUNS
    objs = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]  # "the islets were ceded"
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    if not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in places
               or (o.lower_.endswith("s") and o.lower_[:-1] in places)  # a name's plural: "the Treaty Ports"
               or ((m := index.at(o)) is not None and m.kind in ("state", "historical_state", *PLACE_KINDS))
               for o in objs):
        return
    event.type, event.form, event.mode = "RETREAT", onto.types["RETREAT"].form, "withdraw"
    event.cameo = onto.forms[event.form].cameo if event.form in onto.forms else None
    event.context = ["territory"]
    # the territory ceded is what is handed over, no party it is handed to ("handed the island over to
    # Ostria": Ostria, not the island, is the recipient)
    ceded = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in objs]
    for p in event.participants:
        if p.role == TARGET and p.start is not None and any(a <= p.start < b for a, b in ceded):
            p.role = OTHER
    event.intensity = float(onto.types["RETREAT"].score_of("withdraw"))
    event.summary = summarise("RETREAT", "cedes", event.actors(SOURCE), event.actors(TARGET), False, event.modality)
    event.checks.append(_territory_ceded.__name__)


#: the CAMEO code of a case brought to a court (CAMEO 115 "Bring lawsuit against"; data/ontology.yaml)
LAWSUIT_CODE = "115"


def _case_brought(event: EventMention, r: Reading) -> None:
    """A case brought to a court is brought against the other party, not the court: PLOVER ACCUSE's
    recipient is the one accused or sued. In an event of CAMEO 115 ("took Peru to the Court", "applied
    to the Court") the judicial body (``_judicial``) is no recipient (role other), and the state the
    verb takes as its object ("took Peru") is. Session 42, other42."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.cameo != LAWSUIT_CODE:
        return
    courts = onto.classes.get("COURT", frozenset())
    # a court the knowledge base codes judicial, or one the trigger's own COURT word names ("the International
    # Tribunal for the Law of the Sea": its head noun is the tribunal's)
    judicial = {m.start_char for t in pred.subtree if (m := index.at(t)) is not None and (
        _judicial(m, pred.doc, courts) or (t.dep_ == "pobj" and keys(t) & courts))}
    sued = {m.start_char for c in pred.children if c.dep_ == "dobj" and (m := index.at(c)) is not None
            and m.kind in ("state", "historical_state")}
    for p in event.participants:
        if p.role == TARGET and p.start in judicial:
            p.role = OTHER
        elif p.role == OTHER and p.start in sued:
            p.role = TARGET
    event.summary = summarise(event.type, "takes to court", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)


def court_order_coded(event: EventMention, onto: Ontology) -> None:
    """Code a court's order (:func:`_court_order`) as PLOVER's SANCTION convict, context legal (run by
    ``extract`` once the order's content is judged as a demand's)."""
    if event.type != "REQUEST" or _court_order.__name__ not in event.checks:
        return
    event.type, event.form, event.mode, event.cameo = "SANCTION", onto.types["SANCTION"].form, "convict", None
    event.context = ["legal"]
    event.intensity = float(onto.types["SANCTION"].score_of("convict"))


#: the COERCE mode of a restriction (CAMEO 172 "impose administrative sanctions", 191 "restrict movement")
RESTRICT_MODE = "restrict"
#: kinds of a recipient that is a state: a ban on its goods or carriers, or a closing of the border with it,
#: curtails the exchanges between two states
STATE_RECIPIENT_KINDS = frozenset({"state", "historical_state"})
#: kinds of a recipient that stands for a state here: the state itself, or its sector noun ("Hungarian
#: airlines": the actors stage's agent of Hungary)
RECIPIENT_KINDS = STATE_RECIPIENT_KINDS | {"agent"}
#: the ontology's classes of what a state closes to another: the border they share, its crossings and ports
#: (``OPENINGS``), and its airspace (``AIRSPACE``)
SHARED_CLASSES = ("BORDER", "OPENINGS", "AIRSPACE")
#: the CAMEO codes of the recoding: an embargo of the other state's goods or carriers (163 "impose embargo,
#: boycott, or sanctions"), a closing of the border or airspace to it (160 "reduce relations", as the
#: SANCTION form's '{HALTING} {EXCHANGES}')
EMBARGO_CAMEO, CLOSED_CAMEO = "163", "160"
#: the dependencies by which a token modifies the noun of the thing restricted: "Ostrian cheese",
#: "Ostrian carriers", "Ostria's cheese"
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: kinds of actor whose restriction is no exchange curtailed (a sector noun, "Ostrian airlines", is the
#: state's agent and may be a thing of trade; its people are the ontology's PEOPLE): people and bodies barred or banned are
#: repression (COERCE restrict), or a bar on entry (REJECT), as the codebook has them
PERSON_KINDS = frozenset({"person", "party", "group", "organisation", "armed_force", "government"})
#: the Phoenix sector code of the media (Phoenix.agents.txt: newspaper, journalist, broadcaster ~MED): a ban
#: on a state's press is COERCE censor, "censor, ban or restrict access to publications"
MEDIA_SECTOR = "MED"


def _modifies(tok: Token, noun: Token) -> bool:
    """The token modifies the noun through modifiers alone: "Ostrian cheese", "Ostrian cheese product lines"
    (the state's adjective on "product", a compound of "lines")."""
    while tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


def _restricted(pred: Token) -> list[Token]:
    """The things a restriction told by ``pred`` restricts: its object or passive subject, their "of"
    objects ("imports of wine"), and the objects of its "to" ("closed its airspace to X carriers")."""
    out = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    out += [x for o in list(out) for x in o.conjuncts]
    out += [p for o in list(out) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
    return out


def _exchange_curtailed(event: EventMention, r: Reading) -> None:
    """A state's ban on another state's goods, carriers or transit, or its closing of the border or the
    airspace to that state, curtails the exchanges between the two: PLOVER's SANCTION ``discontinue``,
    "curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges"
    (international sanctions included), not COERCE ``restrict``, whose restrictions are "on political
    freedoms or movement" of a state's own people. A COERCE restrict event with a recipient that is a
    state of no source's state is coded SANCTION discontinue, context economic, when what the predicate
    restricts (:func:`_restricted`) is a thing that state's name modifies and no person or body of it
    ("banned imports of Ostrian cheese", "closed its airspace to Ostrian airlines": CAMEO 163, an
    embargo) or a border, crossing, port or airspace shared with it ("closed its border with Ostria":
    CAMEO 160). People barred ("banned Ostrian journalists") and bodies banned ("banned the party") stay
    what they were (the codebook's REJECT for a bar on entry, COERCE for repression)."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "COERCE" or event.mode != RESTRICT_MODE or event.modality == "negated":
        return
    # a doer the knowledge base does not know (a food-safety agency by its own name) is still the doer:
    # what it bans is the named other state's
    sources = {p.state or p.actor_id for p in event.actors(SOURCE)} - {None}
    others = [p for p in event.actors(TARGET) if p.kind in RECIPIENT_KINDS and (p.state or p.actor_id)
              and (p.state or p.actor_id) not in sources]
    if not event.actors(SOURCE) or not others:
        return
    people = onto.classes.get("PEOPLE", frozenset())
    shared = frozenset().union(*(onto.classes.get(c, frozenset()) for c in SHARED_CLASSES))
    cameo = None
    for thing in _restricted(pred):
        m = index.at(thing)
        if keys(thing) & people or (m is not None and (m.kind in PERSON_KINDS or any(
                code.endswith(MEDIA_SECTOR) for code in (m.cameo or "").split(";")))):
            return  # people barred, a body banned, the other state's press banned (COERCE censor's "ban or
            # restrict access to publications")
        named = [c for c in thing.subtree if _modifies(c, thing)
                 and (m := index.at(c)) is not None and m.kind in STATE_RECIPIENT_KINDS]
        if keys(thing) & shared:
            cameo = cameo or CLOSED_CAMEO
        elif named and thing.pos_ == "NOUN":
            cameo = EMBARGO_CAMEO
    if cameo is None:
        return
    coding = onto.form_coding("SANCTION")
    # the form stays how the text tells it (a ban, a closing: the COERCE form), as its dating reads it
    event.type, event.mode, event.cameo = "SANCTION", "discontinue", cameo
    event.context = list(coding.context) or ["economic"]
    event.intensity = float(onto.types["SANCTION"].score_of("discontinue"))
    event.summary = summarise("SANCTION", "cuts exchanges with", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_exchange_curtailed.__name__)


#: the verbs a place's capture is told with from the side of the place: "the town fell (to the
#: rebels)", "the port was lost to the invaders"
FALLING_VERBS = frozenset({"fall", "lose"})
#: the prepositions a fall of a place may carry besides its taker's "to": its date and its course
#: ("fell on 3 May", "fell in early August", "fell after a siege", "fell within days")
FALL_PREPS = frozenset({"to", "on", "in", "at", "after", "within", "during", "before", "following", "by"})
#: dependencies that make "fall" no capture: "fell silent", "fell apart", "fell short", "fell ill", "never fell"
FALL_NOT_DEPS = frozenset({"dobj", "acomp", "attr", "oprd", "prt", "xcomp", "neg", "dative"})
#: entity labels of a place (spaCy's GPE, LOC, FAC; a name the recogniser leaves untyped may be one)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", ""})
#: the ontology's form of taking a place (CAMEO 192 "occupy territory": COERCE seize in CAMEO2PLOVER)
OCCUPY_FORM = "OCCUPY"


def _place_phrase(subject: Token, at: Callable[[Token], object], onto: Ontology) -> bool:
    """The subject names a place that can be taken: a town, port or fortress (the ontology's
    ``TERRITORY``: "the port city of X", "X, the last town"), a government's seat the knowledge base
    knows ("Nairobi", resolved to its state as a capital), or a proper name the actors stage resolves
    to no actor ("Eldoret"): a place, as the verb's course tells (``fall_parts``: a date, a taker)."""
    territory = onto.classes.get("TERRITORY", frozenset())
    polities = onto.classes.get("STATE", frozenset())
    if keys(subject) & polities:
        return False  # "the government fell", "the regime falls": a polity's end (END), no place taken
    heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    if any(keys(h) & territory for h in heads):
        return True
    if subject.pos_ != "PROPN":
        return False
    kb = knowledge_base()
    span = subject.doc[subject.left_edge.i:subject.i + 1]
    if kb is not None and any(a.kind == "government_seat" for a in kb.lookup(span.text.removeprefix("the "))):
        return True  # a capital: its fall is the city taken, not the state's end
    m = at(subject)
    # a name the knowledge base does not know (the recogniser's label on an unknown town is a guess:
    # "Carei" an organisation, "Sukhumi" a person); a known person, state or body is no place taken
    return m is None or not getattr(m, "resolved", False)


def fall_parts(pred: Token, at: Callable[[Token], object], onto: Ontology) -> tuple[Token, list[Token]] | None:
    """The place and the takers of a fall told of a place: "X fell (to Y)" or "X was lost to Y", the
    verb not negated nor a figure's or a polity's fall (``FALL_NOT_DEPS``, ``FALL_PREPS``; an "in"
    or "by" that is no date: "fell in the earthquake", "fell by 5%"); None when it is no such fall."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB" or lemma not in FALLING_VERBS:
        return None
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    if (lemma == "lose") != passive:
        return None  # "Italy lost the war" is no place lost; "the town was fallen" is no English
    subjects = [c for c in pred.children if c.dep_ == ("nsubjpass" if passive else "nsubj")]
    if len(subjects) != 1 or any(c.dep_ in FALL_NOT_DEPS for c in pred.children):
        return None
    preps = [c for c in pred.children if c.dep_ in ("prep", "agent")]
    if any(c.lower_ not in FALL_PREPS for c in preps):
        return None
    for c in preps:
        objs = [o for o in c.children if o.dep_ == "pobj"]
        if c.lower_ in ("in", "by", "at") and not all(o.ent_type_ in ("DATE", "TIME") for o in objs):
            return None  # "fell in the earthquake", "fell by 5 per cent", "fell at the polls"
    takers = [o for c in preps if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    takers += [x for t in takers for x in t.conjuncts]
    troops = onto.classes.get("TROOPS", frozenset())
    if any(t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") for t in takers):
        return None  # "fell to 40 per cent": a figure
    if lemma == "lose" and not takers:
        return None  # "the city was lost" alone says no taking
    if takers and not all(at(t) is not None or keys(t) & troops for t in takers):
        return None  # "fell to pieces", "fell to its lowest": no taker
    if not _place_phrase(subjects[0], at, onto):
        return None
    return subjects[0], takers


def _place_fallen(event: EventMention, r: Reading) -> None:
    """A place that falls is taken: "the town fell to the rebels on 3 May", "the port was lost to the
    invaders", "X, the last town, fell on 25 October" tell a capture of the place, the act the ontology's
    OCCUPY form codes when the taker is the subject ("the rebels took the town": CAMEO 192 "occupy
    territory", COERCE seize, military, in the codebook's CAMEO2PLOVER table), no collapse of a polity
    (END) nor a dated happening of no type (OTHER). The taker ("to" Y) is the doer; the place is no
    party (role other), except a capital, which stands for its state: the state the city is taken
    from is the recipient ("Nairobi fell": Kenya). A polity's fall ("the government fell", "the Shah
    fell"), a figure's ("fell by 5 per cent"), a fall "in the earthquake", "apart", "silent" or "short"
    stay what they were (:func:`fall_parts`). Session 53, type53."""
    pred, index, onto = r.pred, r.index, r.onto
    # a fall with a taker the extractor read as a collapse with two parties ("breaks up": COERCE, no mode)
    if event.type not in (OTHER_TYPE, "END", "COERCE") or event.modality == "negated" or (
            event.type == "COERCE" and event.mode is not None):
        return
    parts = fall_parts(pred, index.at, onto)
    if parts is None:
        return
    place, takers = parts
    place_span = (place.left_edge.idx, place.right_edge.idx + len(place.right_edge))
    taker_spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in takers]
    kb = knowledge_base()
    for p in event.participants:
        if p.start is None:
            continue
        if place_span[0] <= p.start < place_span[1]:
            seat = kb is not None and p.kind in ("state", "historical_state") and any(
                a.kind == "government_seat" for a in kb.lookup(p.text))
            p.role = TARGET if seat else OTHER
        elif any(a <= p.start < b for a, b in taker_spans):
            p.role = SOURCE
    coding = onto.form_coding(OCCUPY_FORM)
    _take_coding(event, coding, OCCUPY_FORM, coding.cameo)
    event.summary = summarise(event.type, "takes", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality, passive_form="taken")
    event.checks.append(_place_fallen.__name__)


#: the verbs a meeting is told with from the side of the meeting: held, opened, convened, begun, taking
#: place ("the conference was held in 1931", "the talks opened on 3 May", "the summit convened in Valdor")
GATHERING_VERBS = frozenset({"hold", "open", "convene", "reconvene", "begin", "start", "resume", "take", "meet",
                             "assemble", "sit"})
#: verbs that need their subject's meeting as the thing done, not their object: "the conference opened",
#: "the talks began"; "hold" and "convene" also take the meeting as object ("Ostria held a conference")
HOSTING_VERBS = frozenset({"hold", "convene", "host"})
#: the object "take" needs to say a meeting happened ("took place")
PLACE_NOUN = "place"
#: modifiers that make a "conference" no meeting of parties: a press or news conference is a statement
STATEMENT_MODIFIERS = frozenset({"press", "news"})


def _names_head(p: Participant, head: Token) -> bool:
    """The participant's words hold the noun ``head`` itself: the participant is the thing the noun names
    ("the Round Table Conference" of "Conference"), not a party named beside it ("the UN" of "the UN sanctions")."""
    if p.start is None:
        return False
    end = p.end if p.end is not None else p.start + len(p.text)
    return p.start <= head.idx < end


def _is_gathering(tok: Token, meetings: frozenset[str]) -> bool:
    """The token names a meeting of parties: a word of the ontology's ``GATHERINGS`` ("the conference", "the
    Round Table Conference"), no press conference."""
    if not keys(tok) & meetings or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in STATEMENT_MODIFIERS for c in tok.children):
        return False
    return True


def _meeting_held(event: EventMention, r: Reading) -> None:
    """A meeting held, opened or taking place is a meeting: PLOVER's CONSULT is "all consultations and
    meetings", with "holding talks" among its keywords. A dated predicate of no type (OTHER) whose verb
    tells a gathering happen (``GATHERING_VERBS``: "held", "opened", "convened", "began", "took place")
    and whose subject - or, for a verb of holding (``HOSTING_VERBS``), whose object - names a meeting
    (``_is_gathering``: "a second conference was held in 1931", "the Round Table Conference opened in
    Valdor", "Ostria held a conference") is coded
    CONSULT, CAMEO 040; a host is its doer, as of "host summit" in the ontology. A press conference and
    a round of voting are no meeting of parties; a negated one did not happen. Session 54, type54."""
    pred, onto = r.pred, r.onto
    if event.type != OTHER_TYPE or event.modality == "negated" or pred.pos_ not in ("VERB", "AUX"):
        return
    lemma = pred.lemma_.lower()
    if lemma not in GATHERING_VERBS:
        return
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == PLACE_NOUN for c in pred.children):
        return
    # talks and rounds of talks held with no doer are the back-off's (``_backoff.retype_doerless``: "the first
    # round of talks was held"); talks a party holds are the ontology's 'hold talks', which needs the other side
    meetings = onto.classes.get("GATHERINGS", frozenset())
    deps = ("nsubj", "nsubjpass") + (("dobj",) if lemma in HOSTING_VERBS else ())
    told = [c for c in pred.children if c.dep_ in deps and not (
        c.dep_ == "nsubj" and lemma in HOSTING_VERBS and any(x.dep_ == "dobj" for x in pred.children))]
    told += [x for c in told for x in c.conjuncts]
    gatherings = [t for t in told if _is_gathering(t, meetings)]
    if not gatherings:
        return
    for p in event.participants:  # the meeting itself ("the Round Table Conference opened") is no party
        if p.role == SOURCE and any(_names_head(p, g) for g in gatherings):
            p.role = OTHER
    coding = onto.form_coding("CONSULT")
    _take_coding(event, coding, "CONSULT", coding.cameo)
    if event.actors(SOURCE):  # the host or the parties ("Ostria held a conference"); a meeting told alone
        # keeps its own words ("second conference was held")
        event.summary = summarise("CONSULT", "meets", event.actors(SOURCE), event.actors(TARGET), False,
                                  event.modality)
    event.checks.append(_meeting_held.__name__)


#: the verbs that begin or resume an exchange: "the crossing was opened", "the bridge reopened", "resumed flights"
OPENING_VERBS = frozenset({"open", "reopen", "inaugurate", "resume", "restore"})
#: the ontology's classes of what an opening begins: the links between states (``OPENINGS``: a crossing, a bridge, a
#: port, a pipeline) and the traffic and goods that go along them (``EXCHANGES``: flights, trade, ferries)
EXCHANGE_CLASSES = ("OPENINGS", "EXCHANGES")
#: the class of the openings that are diplomatic posts: an embassy or an office opened is diplomatic ties
#: (PLOVER SUPPORT), no material exchange
POSTS_CLASS = "POSTS"
#: the class of the openings that lie on a border: their opening is an exchange between the states beside it
CROSSINGS_CLASS = "CROSSINGS"
#: CAMEO 061 "cooperate economically" (PLOVER COOPERATE, economic), as the ontology's TRADE form
EXCHANGE_CAMEO = "061"


def _exchange_opened(event: EventMention, r: Reading) -> None:
    """A link between states opened or reopened, or its traffic resumed, begins a material exchange: PLOVER's
    COOPERATE, "initiate, resume, improve, or expand economic exchange or cooperation", the mirror of the
    SANCTION ``discontinue`` of an exchange curtailed (:func:`_exchange_curtailed`). A dated predicate of no
    type (OTHER) whose verb opens or resumes (``OPENING_VERBS``) and whose thing - its object, else its
    subject ("the crossing was opened in 1985", "the bridge reopened", "the two presidents opened the
    pipeline", "the airline resumed flights") - is a crossing, bridge, port, pipeline or the like, or the
    flights or trade along one (``EXCHANGE_CLASSES``), is coded COOPERATE, CAMEO 061, context economic, when it
    is an exchange between states: a crossing or a border (``CROSSINGS_CLASS``) lies between two by its nature,
    any other link only when the event names two states (a canal, a coast road or a bridge opened with no
    second state named may be one state's own works); the thing itself is no party. An embassy or an office
    opened is diplomatic (``POSTS_CLASS``), a negated opening did not happen: both stay as they were. Session
    55, type55: dev texts albgrc, etheri, georus, gmbsen, ethiopia."""
    pred, onto = r.pred, r.onto
    if event.type != OTHER_TYPE or event.modality == "negated" or pred.pos_ not in ("VERB", "AUX"):
        return
    if pred.lemma_.lower() not in OPENING_VERBS or any(c.dep_ == "neg" for c in pred.children):
        return
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    things = objects or [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    things += [x for t in things for x in t.conjuncts]
    links = frozenset().union(*(onto.classes.get(c, frozenset()) for c in EXCHANGE_CLASSES))
    links -= onto.classes.get(POSTS_CLASS, frozenset())
    opened = [t for t in things if t.pos_ in ("NOUN", "PROPN") and keys(t) & links]
    if not opened:
        return
    # an exchange is between states: a crossing lies between two by its nature; any other link (a bridge, a
    # road, a canal, flights) only when the clause names two states (the states it joins, the doer and where
    # its flights go): a canal or a coast road opened may be one state's own works
    states = {p.state or (p.actor_id if p.kind in STATE_RECIPIENT_KINDS else None) for p in event.participants} - {None}
    if not any(keys(t) & onto.classes.get(CROSSINGS_CLASS, frozenset()) for t in opened) and len(states) < 2:
        return
    for p in event.participants:  # the crossing or the bridge itself is no party
        if p.role == SOURCE and any(_names_head(p, t) for t in opened):
            p.role = OTHER
    coding = onto.form_coding("TRADE")
    _take_coding(event, coding, "COOPERATE", EXCHANGE_CAMEO)
    if event.actors(SOURCE):
        event.summary = summarise("COOPERATE", "opens exchanges with", event.actors(SOURCE), event.actors(TARGET),
                                  False, event.modality)
    event.checks.append(_exchange_opened.__name__)


#: the verbs of founding a body: those PETRARCH2's ENACT block codes 060 ("establish", "found", "institute",
#: "constitute"; CAMEO 06 "engage in material cooperation", PLOVER COOPERATE), and "set up", "create", "form",
#: which the dictionary files with building (CONSTRUCT, START: no code of their own) and which name the same act
#: with a body as their object
FOUNDING_VERBS = frozenset({"establish", "found", "institute", "constitute", "set up", "create", "form"})
#: the ontology's classes of bodies of several parties: an alliance, a league, a community, a council
BODY_CLASSES = ("ALLIANCE", "FORUM", "JOINT_BODIES")
#: words that make a body one of two or more parties: "a joint commission", "a bilateral committee"
JOINT_WORDS = frozenset({"joint", "bilateral", "mixed", "intergovernmental", "inter-governmental"})
#: the ENACT block's own code: CAMEO 060, "engage in material cooperation"
FOUNDING_CAMEO = "060"
#: the types a founding is told with before it is read: a dated happening of no type, or the founding of a state
#: (``extract._passive_foundings``: "ASEAN was founded in 1967" read as a state's birth)
FOUNDED_TYPES = frozenset({OTHER_TYPE, "FOUND"})


def _names_within(p: Participant, head: Token) -> bool:
    """The participant is named inside the phrase of the noun ``head`` ("of Iceland and Luxembourg")."""
    return p.start is not None and any(x.idx == p.start for x in head.subtree if x.i != head.i)


def _founded_things(pred: Token) -> list[Token]:
    """What a verb of founding founds: its object ("set up a commission"), its passive subject ("the union
    was founded"), or the noun it describes as a participle ("the commission, set up in 1980")."""
    things = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things and pred.dep_ in ("acl", "relcl") and pred.tag_ == "VBN" and pred.head.pos_ in ("NOUN", "PROPN"):
        things = [pred.head]
    if not things and pred.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        # a participle the parse read as a finite verb ("the commission, set up in 1980, met twice"): its subject
        things = [c for c in pred.children if c.dep_ == "nsubj"]
    return things + [x for t in things for x in t.conjuncts]


def _body_founded(event: EventMention, r: Reading) -> None:
    """A body of two or more parties founded is their material cooperation: the field's verb dictionary codes
    "establish" and "found" with the ENACT block's 060 (PLOVER COOPERATE, "initiate, resume, improve, or expand
    mutual material cooperation"), as the extractor already codes "three states found a river authority" when
    the founders are named states; told with no founder ("a joint commission was set up in 1980"), with one
    founding state and the body's other party in its name, or with "set up", "create" or "form" (verbs the
    dictionary files with building), the founding was a dated happening of no type (OTHER). A dated predicate of
    no type, not negated, whose verb founds (``FOUNDING_VERBS``) a body of several parties is coded COOPERATE,
    CAMEO 060: its thing (``_founded_things``) is a body (a noun of ``BODY_CLASSES``, or an actor the knowledge
    base knows as an intergovernmental body, CAMEO IGO) and joint: an intergovernmental body by its nature, a
    noun of the classes when it is written joint or bilateral (``JOINT_WORDS``), or its event or its own "of"
    phrase names two states. The body itself is no party. A state, a government, a party or a company founded
    (a state event, one side's own institution) stays as it was. Session 57, type57."""
    pred, onto = r.pred, r.onto
    if event.type not in FOUNDED_TYPES or event.modality == "negated" or pred.pos_ not in ("VERB", "AUX"):
        return
    lemma = pred.lemma_.lower()
    if any(c.dep_ == "prt" for c in pred.children):
        lemma = " ".join([lemma] + [c.lower_ for c in pred.children if c.dep_ == "prt"])
    if lemma not in FOUNDING_VERBS or any(c.dep_ == "neg" for c in pred.children):
        return
    bodies = frozenset().union(*(onto.classes.get(c, frozenset()) for c in BODY_CLASSES))
    states = {p.state or (p.actor_id if p.kind in STATE_RECIPIENT_KINDS else None) for p in event.participants} - {None}
    founded = []
    for thing in _founded_things(pred):
        own = r.index.at(thing)
        if own is not None and (own.cameo or "").startswith("IGO"):
            founded.append(thing)
            continue
        if thing.pos_ not in ("NOUN", "PROPN") or not keys(thing) & bodies:
            continue
        named = {state_for(m.actor_id, None) or m.country for x in thing.subtree if x.i != thing.i
                 for m in [r.index.at(x)] if m is not None and m.kind in STATE_RECIPIENT_KINDS} - {None}
        if any(c.lower_ in JOINT_WORDS for c in thing.subtree) or len(states | named) >= 2:
            founded.append(thing)
    if not founded:
        return
    for p in event.participants:  # the body founded is no party, where parties of the act remain: "the UN
        # mission was established", with no other actor named, keeps its mission for the UN that founds it
        if any(_names_head(p, t) for t in founded) and any(
                q.kind in STATE_RECIPIENT_KINDS and not any(_names_head(q, t) for t in founded) for q in event.participants):
            p.role = OTHER
    if not event.actors(SOURCE):  # "a joint committee of Iceland and Luxembourg was set up": the states it joins
        parties = [p for p in event.participants if p.kind in STATE_RECIPIENT_KINDS and p.role == OTHER
                   and any(_names_head(p, t) or _names_within(p, t) for t in founded)]
        for k, p in enumerate(parties if len(parties) >= 2 else []):
            p.role = SOURCE if k == 0 else TARGET
        if len(parties) >= 2:  # a joint act: the first written is its source, the others its recipients
            event.checks.append("joint_recipient")
    coding = onto.form_coding("COOPERATE")
    _take_coding(event, coding, "COOPERATE", FOUNDING_CAMEO)
    if event.actors(SOURCE):
        event.summary = summarise("COOPERATE", "founds", event.actors(SOURCE), event.actors(TARGET), False,
                                  event.modality)
    event.checks.append(_body_founded.__name__)


#: the verbs of ending or easing a restriction: "the emergency ended", "lifted the curfew", "eased the ban",
#: "the sanctions were suspended", "repealed the proscription"
EASING_VERBS = frozenset({"end", "lift", "ease", "relax", "suspend", "revoke", "repeal", "rescind", "abolish"})
#: verbs of the list that end a restriction only as its subject's own end ("the emergency ended"): the
#: others take the restriction as object or passive subject
ENDING_VERBS = frozenset({"end"})
#: the restrictions of the ontology's RESTRICTIONS told as economic sanctions: their easing is CAMEO 085 "ease
#: economic sanctions, boycott, embargo" (as the field's dictionary codes "lift sanctions"); the others' 081
#: "ease administrative sanctions" (as it codes "lift the ban")
ECONOMIC_RESTRICTIONS = frozenset({"sanction", "embargo"})
#: the verbs the field's dictionary codes with a restriction's noun itself ("LIFT * SANCTIONS [085]", "ease
#: sanctions"): their own event absorbs the noun's (``extract._absorb``, a reversal)
DICTIONARY_EASING = frozenset({"lift", "ease"})
#: types an easing already has (the dictionary's "lift the ban" 081, "lift sanctions" 085)
EASED_TYPES = frozenset({"CONCEDE", "RETREAT"})
#: types a restriction's own noun is read as, told with a verb of easing ("the sanctions were suspended":
#: SANCTION; "the ban was relaxed": COERCE), besides a happening of no type
RESTRICTING_TYPES = frozenset({OTHER_TYPE, "SANCTION", "COERCE"})
EASE_ECONOMIC_CAMEO, EASE_ADMINISTRATIVE_CAMEO = "085", "081"
#: "martial law": the one restriction named by an adjective on a noun of no restriction
MARTIAL = ("martial", "law")


def _restriction(tok: Token, restrictions: frozenset[str]) -> str | None:
    """The restriction a noun names - a word of the ontology's ``RESTRICTIONS`` ("the ban", "the curfew",
    "the UN sanctions"), "a state of emergency", "martial law" - as its word, or None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    own = keys(tok) & restrictions
    if own:
        return sorted(own)[0]
    if tok.lemma_.lower() == "state":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and keys(p) & restrictions:
                        return sorted(keys(p) & restrictions)[0]
    if tok.lemma_.lower() == MARTIAL[1] and any(c.lower_ == MARTIAL[0] for c in tok.children):
        return "martial law"
    return None


def _restriction_eased(event: EventMention, r: Reading) -> None:
    """A restriction ended or eased is a concession: PLOVER's CONCEDE covers "easing of administrative or
    legal restrictions on persons and organizations, removing curfews" (the lifting of a curfew is "a promise
    that people will not be arrested for violating the curfew"), where a dated happening of no type (OTHER),
    or the restriction's own imposition (SANCTION, COERCE) read from its noun, says nothing of it. A predicate
    of ending or easing (``EASING_VERBS``) whose object or passive subject - or, for "end", whose subject -
    names a restriction (``_restriction``: "the state of emergency ended in 1931", "eased the ban on arms
    sales", "the sanctions were suspended", "martial law was lifted") is coded as the field's dictionary
    codes "lift the ban": CAMEO 081 "ease administrative sanctions", CONCEDE; economic sanctions and an
    embargo 085 "ease economic sanctions", which the CAMEO-to-PLOVER table files under RETREAT. The
    restriction itself is no party. A negated easing ("never lifted") did not happen. Session 54, type54."""
    anchor, pred, onto = r.anchor, r.pred, r.onto
    if event.modality == "negated" or pred.pos_ not in ("VERB", "AUX") or event.type in EASED_TYPES:
        return
    lemma = pred.lemma_.lower()
    if lemma not in EASING_VERBS:
        return
    if anchor.i != pred.i and (event.type not in RESTRICTING_TYPES or lemma in DICTIONARY_EASING):
        return  # a noun's own act told with the verb: only the restriction's own noun ("the sanctions were
        # suspended"), read as its imposition, is re-read; the dictionary's own "lift/ease sanctions" codes
        # the verb, which absorbs the noun as its reversal (``extract._absorb``)
    deps = ("nsubj",) if lemma in ENDING_VERBS else ("dobj", "nsubjpass")
    if lemma in ENDING_VERBS and any(c.dep_ == "dobj" for c in pred.children):
        deps = ("dobj",)  # "ended the emergency"
    things = [c for c in pred.children if c.dep_ in deps]
    things += [x for c in things for x in c.conjuncts]
    restrictions = onto.classes.get("RESTRICTIONS", frozenset())
    named = [(t, w) for t in things if (w := _restriction(t, restrictions)) is not None]
    if not named:
        return
    if anchor.i != pred.i and not any(anchor.i == t.i for t, _ in named):
        return  # the imposition re-read is the restriction's own noun's, not another act's
    cameo = EASE_ECONOMIC_CAMEO if any(w in ECONOMIC_RESTRICTIONS for _, w in named) else EASE_ADMINISTRATIVE_CAMEO
    coding = VERBS.codes.get(cameo)
    if coding is None:
        return
    for p in event.participants:  # the restriction is no party ("the Emergency ended"); the one who imposed
        # it ("the UN sanctions") stays
        if p.role != OTHER and any(_names_head(p, t) for t, _ in named):
            p.role = OTHER
    event.type, event.mode, event.cameo = coding.type, coding.mode, coding.cameo
    event.form = onto.types[coding.type].form
    event.context, event.intensity, event.subtype = list(coding.context), float(coding.score), None
    if event.actors(SOURCE):
        event.summary = summarise(event.type, "eases", event.actors(SOURCE), event.actors(TARGET), False,
                                  event.modality)
    else:
        head = named[0][0]
        last = max([head.i] + [p.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj"])  # "the state of emergency"
        phrase = head.doc[head.left_edge.i:last + 1].text
        event.summary = f"{phrase} {pred.text}" + (f" [{event.modality}]" if event.modality != ASSERTED else "")
    event.checks.append(_restriction_eased.__name__)


#: the verbs of a court's sentence and conviction ("was sentenced to death", "a court sentenced him to ten
#: years", "was convicted in 1931"), which the field's verb codes read as restrictions (CAMEO 172, 173)
SENTENCE_VERBS = frozenset({"sentence", "convict"})
#: PLOVER's SANCTION mode of a court's finding and its sentence
CONVICT_MODE = "convict"


def _court_sentence(event: EventMention, r: Reading) -> None:
    """A sentence or a conviction is the court's sanction: PLOVER's SANCTION ``convict`` is "find an entity or
    behavior guilty ... This includes not only formal convictions but also instances where an entity is
    discussed as being found guilty and sentenced" (codebook, SANCTION modes), where the verbs' CAMEO codes
    (172 "impose administrative sanctions", 173 "arrest, detain") read them as COERCE ``restrict`` or
    ``arrest`` - political freedoms restricted, a person held - or leave a judge's sentence a happening of no
    type (OTHER). A COERCE or OTHER event told by the verb "sentence" or "convict", not negated, is coded
    SANCTION convict, context legal ("was sentenced to death in 1931", "a court in Valdor sentenced him to
    life imprisonment", "was convicted in absentia"); the court or judge is its doer, the convicted its
    recipient, as the clause has them. No CAMEO code is given (as ``court_verdict``: the table's 116 "find
    guilty" is ACCUSE). The codebook gives a sentence of imprisonment COERCE ``arrest`` too; one type is
    given here, the court's. Session 54, type54."""
    pred, onto = r.pred, r.onto
    if event.type not in (OTHER_TYPE, "COERCE") or event.modality == "negated" or pred.pos_ != "VERB":
        return
    if pred.lemma_.lower() not in SENTENCE_VERBS or r.anchor.i != pred.i:
        return
    sanction = onto.types["SANCTION"]
    event.type, event.form, event.mode, event.cameo = "SANCTION", sanction.form, CONVICT_MODE, None
    event.context, event.subtype = ["legal"], None
    event.intensity = float(sanction.score_of(CONVICT_MODE))
    event.checks.append(_court_sentence.__name__)


#: the verbs of power taken or come to ("took power", "came to power", "assumed power"): an accession, a coup
#: only where the clause tells the force
POWER_VERBS = frozenset({"take", "come", "assume"})
POWER_NOUN = "power"
#: the TAKE_OFFICE mode of power seized by force (``ontology.yaml``: exported as PLOVER's COERCE)
COUP_MODE = "coup"
#: PLOVER's context of a coup ("3) coups", context pro_autocracy)
COUP_CONTEXT = "pro_autocracy"
#: prepositions of the means by which power is taken ("in a coup", "by a putsch", "through a military takeover")
COUP_PREPS = frozenset({"in", "by", "through", "via", "with"})
#: how a doer's word is joined to the word that may name it armed: "army officers", "Colonel Varga", "a group
#: of soldiers"
DOER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _armed_word(tok: Token, index: MentionIndex, onto: Ontology) -> bool:
    """``tok`` names armed people: troops of the ontology ("the army", "soldiers"), a Phoenix agent noun of
    an armed sector ("rebels", "colonel": ``ARMED_SECTORS``), or an actor mention of an armed kind or of a
    state's military ("the Icelandic army": ISL/military)."""
    if keys(tok) & onto.classes.get("TROOPS", frozenset()) or knowledge_base().agent_nouns.get(
            tok.lemma_.lower(), knowledge_base().agent_nouns.get(tok.lower_)) in ARMED_SECTORS:
        return True
    m = index.at(tok)
    return m is not None and (m.kind in ARMED_KINDS or "/military" in (m.actor_id or ""))


def _power_seized(event: EventMention, r: Reading) -> None:
    """Power taken by force is a coup: the codebook has no category for an accession (TAKE_OFFICE is exported
    as OTHER), but it counts coups among "the processes of authoritarian consolidation" of its context
    pro_autocracy, and COERCE is "coercive uses of power falling short of violence" (the ontology's COERCE
    form codes "coup", "overthrow", "depose"). "Seize power" is coded so by its trigger group (mode ``coup``);
    power taken, come to or assumed (``POWER_VERBS``) is a coup when the clause tells the force: its doer is
    armed - the army, soldiers, rebels, a colonel, army officers, a group of soldiers (``_armed_word`` on the
    subject, its modifiers and the object of its "of") - or it is taken by a coup (a word of the ontology's
    ``COUPS`` after a preposition of means: "in a coup", "through a military takeover"). The event stays an
    accession in the chronicle (its date, its merges, the questions asked of it); its mode ``coup`` gives the
    export PLOVER's COERCE (``ontology.yaml``, plover_modes). Power taken after an election, or by a named
    person alone, stays an accession; a negated one did not happen. Session 56, type56."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "TAKE_OFFICE" or event.mode is not None or event.modality == "negated" or pred.pos_ != "VERB":
        return
    if pred.lemma_.lower() not in POWER_VERBS or POWER_NOUN not in event.trigger.lower().split():
        return
    coups = onto.classes.get("COUPS", frozenset())
    by_coup = any(keys(o) & coups for p in pred.children if p.dep_ == "prep" and p.lower_ in COUP_PREPS
                  for o in p.children if o.dep_ == "pobj")
    doers = [c for c in pred.children if c.dep_ == "nsubj"]
    words = [w for d in doers for w in (d, *(c for c in d.children if c.dep_ in DOER_MODIFIER_DEPS),
                                        *(o for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                                          for o in p.children if o.dep_ == "pobj"))]
    if not (by_coup or any(_armed_word(w, index, onto) for w in words)):
        return
    event.mode, event.context = COUP_MODE, [COUP_CONTEXT]
    event.checks.append(_power_seized.__name__)


#: the verbs that take people or resources away from a place: "withdrew its ambassador", "evacuated its diplomats",
#: "recalled the mission", "pulled out its observers"
TAKING_AWAY_VERBS = frozenset({"withdraw", "evacuate", "recall", "pull", "repatriate"})
#: the nouns of a withdrawal told as a noun ("the withdrawal of the mission", "the evacuation of the embassy")
TAKING_AWAY_NOUNS = frozenset({"withdrawal", "evacuation", "recall", "pullout", "pull-out"})
#: the people of a diplomatic post, named by the post they serve: "embassy staff", "the consulate's personnel"
POST_PEOPLE = frozenset({"staff", "personnel", "employee", "official", "family"})
#: the codebook's non-military resources of SANCTION withdraw besides envoys: "aid, observers, diplomats,
#: peacekeepers"
WITHDRAWN_RESOURCES = frozenset({"observer", "monitor", "peacekeeper", "inspector"})


def _withdrawn_things(tok: Token) -> list[Token]:
    """What a withdrawal told by ``tok`` takes away: the object of "withdrew its ambassador", the subject of "the
    ambassadors were withdrawn", the object of "of" after a withdrawal noun ("the withdrawal of the mission",
    "completed the withdrawal of the observers"), with their conjuncts and appositions ("the withdrawal of Ostmis,
    the UN peacekeeping mission")."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in TAKING_AWAY_NOUNS:
        nouns, things = [tok], []
    else:
        things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns = [t for t in things if t.pos_ == "NOUN" and t.lemma_.lower() in TAKING_AWAY_NOUNS]
    things += [o for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj"]
    things += [a for n in nouns for a in n.children if a.dep_ == "appos"]  # the parse's apposition on the noun
    things += [x for t in list(things) for x in t.conjuncts]
    things += [a for t in list(things) for a in t.children if a.dep_ == "appos"]
    return things


def _envoys_withdrawn(event: EventMention, r: Reading) -> None:
    """PLOVER's SANCTION ``withdraw`` is "withdraw oneself or one's non-military resources (e.g., aid, observers,
    diplomats, peacekeepers) from a group, mediation activity, organization, or country", where RETREAT
    ``withdraw`` is "retreat from territory or withdraw forces from an area". A withdrawal or an evacuation told
    as RETREAT (or as a dated happening of no type) whose thing taken away (``_withdrawn_things``) is an envoy or
    a mission (the ontology's ENVOY: "ambassadors were withdrawn", "evacuated its diplomats", "the withdrawal of
    the peacekeeping mission"), the staff of a post (POSTS: "embassy staff were evacuated") or observers,
    monitors or peacekeepers is coded SANCTION withdraw, CAMEO 161 (reduce or break diplomatic relations), the
    coding the ontology gives "withdraw {ENVOY}" said with its object after the verb. The envoys withdrawn are no
    doers of their withdrawal. Troops withdrawn stay a RETREAT. Session 58, type58."""
    onto = r.onto
    if event.type not in ("RETREAT", OTHER_TYPE) or event.modality == "negated":
        return
    # the withdrawal's word: the anchor noun ("the withdrawal of the mission" carried by "demanded"), else the verb
    pred = r.anchor if r.anchor.pos_ == "NOUN" and r.anchor.lemma_.lower() in TAKING_AWAY_NOUNS else r.pred
    lemma = pred.lemma_.lower()
    # a verb that carries a withdrawal noun ("the withdrawal ... was completed") tells the withdrawal only where
    # the event read is one (RETREAT); a dated happening of no type needs a verb of taking away itself
    if lemma not in TAKING_AWAY_VERBS and lemma not in TAKING_AWAY_NOUNS and not (event.type == "RETREAT" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in TAKING_AWAY_NOUNS
            for c in pred.children)):
        return
    envoys = onto.classes.get("ENVOY", frozenset()) | WITHDRAWN_RESOURCES
    posts = onto.classes.get(POSTS_CLASS, frozenset())

    troops = onto.classes.get("TROOPS", frozenset())

    def of_a_post(t: Token) -> bool:  # "embassy staff", "the embassy's personnel", "staff of the embassy"
        return t.lemma_.lower() in POST_PEOPLE and (any(
            keys(c) & posts for c in t.children if c.dep_ in ("compound", "poss", "nmod", "amod")) or any(
            keys(o) & posts for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children))

    def military(t: Token) -> bool:  # "the military mission", "the army observers": forces, RETREAT's
        return any(keys(c) & troops for c in t.children if c.dep_ in ("compound", "amod", "nmod"))

    withdrawn = [t for t in _withdrawn_things(pred) if t.pos_ in ("NOUN", "PROPN") and not military(t)
                 and (keys(t) & envoys or of_a_post(t))]
    if not withdrawn:
        return
    for p in event.participants:  # the envoys are what is withdrawn, not who withdraws them (a state read
        # from "both ambassadors" stays its doer)
        if p.role == SOURCE and p.state is None and p.actor_id is None and any(_names_head(p, t) for t in withdrawn):
            p.role = OTHER
    coding = onto.form_coding(ENVOY_FORM)
    _take_coding(event, coding, ENVOY_FORM, coding.cameo)
    event.summary = summarise("SANCTION", "withdraws its envoys from", event.actors(SOURCE), event.actors(TARGET),
                              False, event.modality)
    event.checks.append(_envoys_withdrawn.__name__)


#: the ontology's form of relations reduced, whose coding "withdraw {ENVOY}" takes (SANCTION withdraw, CAMEO 161)
ENVOY_FORM = "REDUCE"
#: the ontology's forms of an exercise: one state's own (MOBILIZE troops, CAMEO 152) and a joint one (COOPERATE,
#: CAMEO 062)
OWN_DRILLS_FORM, JOINT_DRILLS_FORM = "MOBILIZE", "JOINT_MILITARY"
#: CAMEO 152, "increase military alert status": the code the ontology gives an exercise held
DRILLS_CAMEO = "152"
#: the ontology's classes of the arms and vehicles an exercise is held with ("with tanks and helicopters"): means,
#: no partner
MEANS_CLASSES = ("ARMS", "WARSHIPS", "AIRCRAFT", "VEHICLES")


def _drills_noun(pred: Token, onto: Ontology) -> bool:
    drills = onto.classes.get("DRILLS", frozenset())
    return bool(keys(pred) & drills) or any(keys(c) & drills for c in pred.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))


def _exercise_parties(event: EventMention, r: Reading) -> None:
    """PLOVER, MOBILIZE: "Joint military operations are coded as COOPERATE but single-country exercises should be
    coded as MOBILIZE". The extractor reads an exercise as joint from its words ("joint", "with"; ``extract._joint``);
    the parties read here settle it. An exercise held (MOBILIZE, CAMEO 152) whose doers are two or more states
    ("Ostria and Varnia held the exercise", "Ostria, Varnia and Cantia held a naval exercise") is joint: COOPERATE,
    CAMEO 062, context military. An exercise coded joint (COOPERATE 062) only by a "with" whose objects are arms or
    vehicles ("began the exercises with tanks and helicopters": its means), with no joint word and one state among
    its parties, is the state's own: MOBILIZE troops, CAMEO 152. Session 58, type58."""
    pred, onto = r.pred, r.onto
    if event.modality == "negated" or not _drills_noun(pred, onto):
        return
    states = {p.state or (p.actor_id if p.kind in STATE_RECIPIENT_KINDS else None) for p in event.participants
              if p.role in (SOURCE, TARGET)} - {None}
    doers = {p.state or (p.actor_id if p.kind in STATE_RECIPIENT_KINDS else None) for p in event.actors(SOURCE)} - {None}
    if event.type == "MOBILIZE" and event.cameo == DRILLS_CAMEO and len(doers) >= 2:
        coding = onto.form_coding(JOINT_DRILLS_FORM)
        form, verb = JOINT_DRILLS_FORM, onto.forms[JOINT_DRILLS_FORM].label
    elif event.form == JOINT_DRILLS_FORM and len(states) <= 1:
        words = [pred, *(c for c in pred.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
        if any(c.lower_ in EXERCISE_JOINT_WORDS for w in words for c in (w, *w.children)):
            return
        withs = [o for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj"]
        withs += [x for o in list(withs) for x in o.conjuncts]
        means = frozenset().union(*(onto.classes.get(c, frozenset()) for c in MEANS_CLASSES))
        if not withs or not all(keys(o) & means for o in withs):
            return
        own = onto.types[OWN_DRILLS_FORM]
        coding = Coding(OWN_DRILLS_FORM, "troops", ("military",), DRILLS_CAMEO, own.score_of("troops"))
        form, verb = OWN_DRILLS_FORM, "holds military exercises"
    else:
        return
    _take_coding(event, coding, form, coding.cameo)
    event.summary = summarise(coding.type, verb, event.actors(SOURCE), event.actors(TARGET), False, event.modality)
    event.checks.append(_exercise_parties.__name__)


#: the ontology's form of people expelled or deported (COERCE deport, CAMEO 174)
DEPORT_FORM = "DEPORT"
#: the ontology's classes of what an expulsion of people is not: envoys (SANCTION expel, "aside from the expulsion
#: of ambassadors or similar diplomats"), forces and vehicles
NOT_PEOPLE_CLASSES = ("ENVOY", "TROOPS", "WARSHIPS", "AIRCRAFT", "VEHICLES")
#: the ontology's classes of a body one is expelled from ("expelled from the league", "from the army"): the
#: codebook's SANCTION expel "from a group, organization, political party"
BODY_LEFT_CLASSES = ("ALLIANCE", "FORUM", "JOINT_BODIES", "TROOPS")
#: nouns of forces the ontology's TROOPS lacks: police are "police or security units" (MOBILIZE police), no people
FORCE_NOUNS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie", "guard", "militia"})
#: words that count the people of a phrase ("most of the traders", "tens of thousands of Varnians"): their
#: "of" names who they are
COUNTING_WORDS = frozenset({"most", "many", "some", "all", "part", "thousand", "thousands", "hundred", "hundreds",
                            "ten", "tens", "million", "millions", "majority", "number", "rest", "each", "every"})


def _people_word(t: Token, index: MentionIndex, onto: Ontology) -> bool:
    """``t`` names people of no office: a word of the ontology's PEOPLE, a nationality the actors stage read as
    a demonym ("Varnians", "every Ostrian"), or a noun a demonym qualifies ("Varnian traders", "an Ostrian
    priest"), not an envoy, a force or a vehicle."""
    if t.pos_ not in ("NOUN", "PROPN") or any(keys(t) & onto.classes.get(c, frozenset()) for c in NOT_PEOPLE_CLASSES):
        return False
    if _armed_word(t, index, onto) or t.lemma_.lower() in FORCE_NOUNS:  # "the Ostrian police": a force
        return False

    def demonym(x: Token) -> bool:
        m = index.at(x)
        return m is not None and getattr(m, "via", None) == "demonym"

    return bool(keys(t) & onto.classes.get("PEOPLE", frozenset())) or demonym(t) or any(
        c.dep_ in ("amod", "compound") and demonym(c) for c in t.children)


def _people_expelled(event: EventMention, r: Reading) -> None:
    """PLOVER, SANCTION: "Expulsions or deportations of individuals - typically a legal matter - are coded as
    COERCE"; its ``expel`` mode is an entity expelled "from a group, organization, political party, or country.
    Aside from the expulsion of ambassadors or similar diplomats, this mode excludes individual deportations". An
    expulsion coded SANCTION expel (CAMEO 166) whose people expelled - its object, the subject of its passive, the
    object of "of" after a counting word ("most of the traders", "thousands of Varnians") - are people of no
    office (``_people_word``: the ontology's PEOPLE, a nationality, a noun a nationality qualifies) is the
    ontology's DEPORT: COERCE deport, CAMEO 174, context legal. Envoys expelled, and anyone expelled from a body
    (a league, a council, the army: ``BODY_LEFT_CLASSES`` or an organisation named), stay SANCTION expel.
    Session 58, type58."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.type != "SANCTION" or event.mode != "expel" or event.modality == "negated" or DEPORT_FORM not in onto.forms:
        return
    things = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if pred.pos_ == "NOUN":  # "the expulsion of the traders"
        things += [o for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    things += [x for t in list(things) for x in t.conjuncts]
    things += [o for t in list(things) if t.lower_ in COUNTING_WORDS or t.lemma_.lower() in COUNTING_WORDS
               for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if not any(_people_word(t, index, onto) for t in things):
        return
    if any(keys(t) & onto.classes.get("ENVOY", frozenset()) for t in things):
        return
    bodies = frozenset().union(*(onto.classes.get(c, frozenset()) for c in BODY_LEFT_CLASSES))
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for o in c.children:
                m = index.at(o)
                if keys(o) & bodies or (m is not None and m.kind == "organisation"):
                    return
    coding = onto.form_coding(DEPORT_FORM)
    _take_coding(event, coding, DEPORT_FORM, coding.cameo)
    event.summary = summarise(coding.type, onto.forms[DEPORT_FORM].label, event.actors(SOURCE), event.actors(TARGET),
                              False, event.modality)
    event.checks.append(_people_expelled.__name__)


#: the PETRARCH2 block of the verbs of imposing (impose, levy, reimpose, inflict, bill: IMPOSE [170]); its
#: patterns code the visas, sanctions and bans a state imposes on another (160, 163) and no tariff or duty
IMPOSE_BLOCK = "IMPOSE"
#: verbs of the IMPOSE block that impose no measure: losses, a defeat or a bill are inflicted or billed
HARM_VERBS = frozenset({"inflict", "bill"})
#: the CAMEO codes of a measure imposed on another state's people (160 "reduce relations", as the IMPOSE
#: block's visa patterns) and on its goods or traffic (163 "impose embargo, boycott, or sanctions")
PEOPLE_MEASURE_CAMEO, GOODS_MEASURE_CAMEO = "160", "163"


def _measure_bearers(pred: Token) -> list[Token]:
    """What a measure told by ``pred`` is imposed on: the objects of "on" on the verb or on its object ("imposed a
    tariff on X goods", "imposed on X citizens a visa regime"), their conjuncts, and the objects of their "from"
    and "of" ("on goods from X", "on imports of X steel")."""
    things = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    holders = [pred] + things + [x for t in things for x in t.conjuncts]
    ons = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"]
    out = [p for c in ons for p in c.children if p.dep_ == "pobj"]
    # "on X crude crossing its territory": the parser makes the clause the preposition's object
    out += [n for c in ons for v in c.children if v.dep_ == "pcomp" for n in v.children if n.dep_ == "nsubj"]
    out += [x for o in list(out) for x in o.conjuncts]
    if out:  # "a levy on goods from X", its "from" hung on the verb or on the goods
        out += [p for o in [pred, *out] for c in o.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                for p in c.children if p.dep_ == "pobj"]
    return out


def _measure_imposed(event: EventMention, r: Reading) -> None:
    """A measure a state imposes on another state's people, goods or traffic reduces the exchanges between the two:
    PLOVER's SANCTION, "curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges"
    (``discontinue``). PETRARCH2's IMPOSE block codes the visas a state imposes (160) and the sanctions it imposes
    on another (163) but no tariff, duty, levy or "restrictive measures": "impose" alone is a light verb, and the
    clause was left a happening of no type (OTHER), or the block's generic COERCE (170). A verb of the block
    (``IMPOSE_BLOCK``) with an object, told by a doer, whose measure is imposed on (:func:`_measure_bearers`) a thing
    or people that another state names - its adjective or name modifying them ("on Ostrian goods", "on goods from
    Ostria", "on Ostrian citizens") - is coded SANCTION discontinue: CAMEO 160 for people (a visa regime on its
    citizens), 163 for goods, carriers and traffic (a tariff, a transit duty); that state is the recipient. A
    measure on one's own people ("a moratorium on sending its workers abroad") and a negated one stay as they were.
    Session 59, type59."""
    anchor, pred, index, onto = r.anchor, r.pred, r.index, r.onto
    if event.modality == "negated" or anchor.i != pred.i or pred.pos_ != "VERB":
        return
    if not (event.type == OTHER_TYPE or (event.type == "COERCE" and event.cameo in (None, "170"))):
        return
    lemma = pred.lemma_.lower()
    if VERBS.verbs.get(lemma, (None, None))[0] != IMPOSE_BLOCK or lemma in HARM_VERBS:
        return
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in pred.children) or not event.actors(SOURCE):
        return
    sources = {p.state or p.actor_id for p in event.actors(SOURCE)} - {None}
    people = onto.classes.get("PEOPLE", frozenset())
    others: list[tuple[Token, str]] = []  # (the thing or people, the other state)
    for thing in _measure_bearers(pred):
        for tok in thing.subtree:
            m = index.at(tok)
            if m is None or not (tok.i == thing.i or _modifies(tok, thing)):
                continue
            # the state itself ("goods from X"), or the state of its people or officials ("X officials")
            state = m.actor_id if m.kind in STATE_RECIPIENT_KINDS else (m.country or (
                state_for(m.actor_id, None) if m.actor_id else None))
            if state and state not in sources:
                others.append((thing, state))
    if not others:
        return
    cameo = PEOPLE_MEASURE_CAMEO if any(keys(t) & people or (
        (m := index.at(t)) is not None and m.kind in PERSON_KINDS) for t, _ in others) else GOODS_MEASURE_CAMEO
    coding = onto.form_coding("SANCTION")
    seen = {p.state or p.actor_id for p in event.actors(TARGET)}
    for _, state in others:
        if state in seen:
            continue
        seen.add(state)
        known = knowledge_base().get(state)
        event.participants.append(Participant(role=TARGET, text="", actor_id=state,
                                              name=known.name if known else state, kind="state", state=state))
    event.type, event.form, event.mode, event.cameo = "SANCTION", onto.types["SANCTION"].form, "discontinue", cameo
    event.context, event.subtype = list(coding.context) or ["economic"], None
    event.intensity = float(onto.types["SANCTION"].score_of("discontinue"))
    event.summary = summarise("SANCTION", "cuts exchanges with", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_measure_imposed.__name__)


#: the PETRARCH2 block of the verbs of setting free (release, free, liberate, emancipate, set free: RELEASE [080]);
#: its patterns code a release from detention or of hostages 0841 only when the clause names the detention
RELEASE_BLOCK = "RELEASE"
#: CAMEO 0841 "release persons or property" (RETREAT release in the CAMEO->PLOVER table)
RELEASE_CAMEO = "0841"
#: the words of PETRARCH2's &HOSTAGE set (hostage, prisoner, captive) and a prisoner of war's short names
CAPTIVE_WORDS = frozenset({"hostage", "prisoner", "captive", "detainee", "pow", "internee"})
#: the codings a release of people was left with: a happening of no type, the block's own CONCEDE (080 "yield") or
#: RELEASE's own 084 (RETREAT, no mode)
RELEASE_LEFT = frozenset({(OTHER_TYPE, None), ("CONCEDE", "080"), ("RETREAT", "084")})


def _released_people(pred: Token, index: MentionIndex, onto: Ontology) -> list[Token]:
    """Who ``pred`` sets free, when they are people: its object or passive subject (and their conjuncts; the "of" of
    a count, "four of the hostages") that is a captive (``CAPTIVE_WORDS``), a fighter (``COMBATANT_WORDS``), people of
    no office (:func:`_people_word`: the ontology's PEOPLE, "Ostrian fishermen", "an Ostrian couple") or a person
    (:func:`_a_person`, no unresolved name)."""
    freed = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    freed += [x for c in freed for x in c.conjuncts]
    freed += [p for c in freed if c.like_num or c.lemma_.lower() in COUNTING_WORDS
              for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
    return [c for c in freed if c.lemma_.lower() in CAPTIVE_WORDS | COMBATANT_WORDS or _people_word(c, index, onto)
            or _a_person(c, index, named=False)]


def _captives_released(event: EventMention, r: Reading) -> None:
    """PLOVER, RETREAT covers "the release of prisoners and hostages"; CONCEDE and SUPPORT: "the actual release or
    exchange of prisoners should be coded as RETREAT" (formal pardons and amnesties are CONCEDE). A verb of
    PETRARCH2's RELEASE block (``RELEASE_BLOCK``: release, free, liberate) whose object or passive subject is people
    (:func:`_released_people`: "released sixty Ostrian fishermen", "frees an Ostrian couple", "freed four militants",
    "the hostages were released") is coded RETREAT release, CAMEO 0841, when the block left it a happening of no type
    or its own CONCEDE 080 (its patterns code 0841 only where the clause names the detention, "from prison"). Its
    doer must not be a force: forces that free hostages rescue them, which the codebook codes AID and an operation's
    fighting ASSAULT. A negated release stays as it was. Session 61, type61."""
    pred, index, onto = r.pred, r.index, r.onto
    if event.modality == "negated" or r.anchor.i != pred.i or pred.pos_ != "VERB":
        return
    if (event.type, event.cameo) not in RELEASE_LEFT:
        return
    if VERBS.verbs.get(pred.lemma_.lower(), (None, None))[0] != RELEASE_BLOCK:
        return
    doers = [c for c in pred.children if c.dep_ == "nsubj"] + [
        p for c in pred.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if any(_armed_word(d, index, onto) for d in doers) or not _released_people(pred, index, onto):
        return
    coding = VERBS.codes[RELEASE_CAMEO]
    _take_coding(event, coding, onto.types[coding.type].form, coding.cameo)
    event.summary = summarise(coding.type, "releases captives of", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_captives_released.__name__)


#: the verbs of taking what another decided (PETRARCH2 files "accept" with adopt and embrace, EMBRACE [---], whose
#: patterns give a bare "accept" AGREE 030) and the CAMEO code of yielding (080, CONCEDE in the CAMEO->PLOVER table)
ACCEPTING_VERBS, YIELD_CAMEO = frozenset({"accept"}), "080"


def _adjudication_accepted(event: EventMention, r: Reading) -> None:
    """PLOVER, CONCEDE: "verbal concessions which have no immediate material consequences"; AGREE is "agree to,
    offer, promise ... to cooperate". A party that accepts a ruling, a judgment, a verdict, an award or a vote's
    result (the ontology's ADJUDICATIONS, the verb's object or passive subject) yields to what a court, an arbiter or
    the voters decided ("Ostria accepted the ruling", "the president accepted the result", "the judgment was
    accepted"): CONCEDE, CAMEO 080, no offer or promise to cooperate (the dictionary's AGREE 030 for a bare "accept").
    A promise to accept one stays a concession ("Future concessions ... do not reduce to AGREE"); a negated acceptance
    is the dictionary's REJECT already. Session 61, type61."""
    pred, onto = r.pred, r.onto
    if event.modality == "negated" or r.anchor.i != pred.i or pred.pos_ != "VERB":
        return
    if event.type != "AGREE" or pred.lemma_.lower() not in ACCEPTING_VERBS:
        return
    taken = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [x for c in taken for x in c.conjuncts]
    if not any(keys(c) & onto.classes.get("ADJUDICATIONS", frozenset()) for c in taken):
        return
    coding = VERBS.codes[YIELD_CAMEO]
    _take_coding(event, coding, onto.types[coding.type].form, coding.cameo)
    event.summary = summarise(coding.type, "accepts the decision", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_adjudication_accepted.__name__)


#: the verbs of giving rule over itself to a people or a territory: granting it, and the promise or offer of it
#: (PETRARCH2 codes "promise" and "pledge" AGREE 030, "offer" AGREE 033 and "grant" no act of its own)
CONCEDING_VERBS = frozenset({"grant", "promise", "pledge", "offer", "give", "concede", "accord", "guarantee", "vow"})
#: the types a grant or a promise of self-rule is read as before it is recoded: an offer or promise (AGREE), aid
#: granted (AID), a happening of no type (a dated "granted")
SELF_RULE_LEFT = frozenset({"AGREE", "AID", OTHER_TYPE})
#: CAMEO 0834 "accede to demands for change in institutions, regime" (CONCEDE, political_institutions, in the table)
REGIME_CHANGE_CAMEO = "0834"


def _names_self_rule(tok: Token, words: frozenset[str]) -> bool:
    """The noun names self-rule: its lemma, or the words ending at it ("home rule", "self-government"), is one of the
    ontology's SELF_RULE."""
    if keys(tok) & words:
        return True
    text = tok.doc[tok.left_edge.i:tok.i + 1].text.lower().replace(" - ", "-")
    return any(text.endswith(w) and (len(text) == len(w) or text[-len(w) - 1] in " -") for w in words if " " in w or "-" in w)


def _granted_things(verb: Token) -> list[Token]:
    """What a verb of :data:`CONCEDING_VERBS` gives: its object or passive subject and their conjuncts, what a choice
    of its object is between ("offered a choice between autonomy and independence"), and where the act it promises
    leads ("promised to lead the colony to independence")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [p for c in things for g in c.children if g.dep_ == "prep" and g.lower_ == "between"
               for p in g.children if p.dep_ == "pobj"]
    things += [p for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
               for g in c.children if g.dep_ == "prep" and g.lower_ in ("to", "towards", "toward")
               for p in g.children if p.dep_ == "pobj"]
    # the parser may take the end's noun for a verb of its own ("to lead the colony to independence": "to
    # independence" an xcomp of "lead")
    things += [g for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
               for g in c.children if g.dep_ == "xcomp"]
    return things + [x for c in things for x in c.conjuncts]


def _self_rule_conceded(event: EventMention, r: Reading) -> None:
    """PLOVER, CONCEDE: "verbal concessions ... including the promise of future concessions"; AGREE is "agree to,
    offer, promise ... commitment to cooperate". Independence, autonomy or home rule (the ontology's SELF_RULE) granted,
    promised or offered to a people or a territory (a verb of :data:`CONCEDING_VERBS` whose object, a choice it offers
    or the end its promised act leads to names it: "Ostria granted the islands home rule", "the act promised the
    colony independence", "offered the province a choice between autonomy and independence") is the ruling state
    yielding a change of institutions, CAMEO 0834, CONCEDE: no offer of cooperation (AGREE), no aid, no happening of no
    type. A negated grant stays as it was. Session 62, type62."""
    pred, onto = r.anchor, r.onto
    if event.type not in SELF_RULE_LEFT or event.modality == "negated" or pred.pos_ != "VERB":
        return
    if pred.lemma_.lower() not in CONCEDING_VERBS:
        return
    words = onto.classes.get("SELF_RULE", frozenset())
    if not any(_names_self_rule(t, words) for t in _granted_things(pred)):
        return
    coding = VERBS.codes[REGIME_CHANGE_CAMEO]
    _take_coding(event, coding, onto.types[coding.type].form, coding.cameo)
    event.checks.append(_self_rule_conceded.__name__)


#: the verbs of giving a thing back: "handed back", "handed over", "gave back" (the particle tells the giving up of
#: what was held) and a transitive "returned"
RETURNING_VERBS, RETURNING_PARTICLES = frozenset({"hand", "give", "return"}), frozenset({"back", "over"})
#: what is handed over that is no property: rule and office, whose handing over is a change of leadership (CAMEO
#: 0831, CONCEDE) or a resignation, not a thing returned
OFFICE_NOUNS = frozenset({"power", "authority", "office", "presidency", "leadership", "government", "command", "rein",
                          "baton", "responsibility", "chairmanship", "mandate"})
#: CAMEO 0842 "return, release property" (RETREAT return in the CAMEO->PLOVER table)
PROPERTY_RETURN_CAMEO = "0842"


def _held_thing(obj: Token, index: MentionIndex, onto: Ontology) -> bool:
    """The object names a thing held, no person nor people (a name of a person or a people, a pronoun, a noun of
    the ontology's PEOPLE or TROOPS, a combatant, a resolved actor of :data:`PERSON_KINDS`), no office (:data:`OFFICE_NOUNS`) and no noun of a happening the
    ontology types (a visit, fire)."""
    if obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "NORP"):
        return False
    people = onto.classes.get("PEOPLE", frozenset()) | onto.classes.get("TROOPS", frozenset()) | COMBATANT_WORDS
    if keys(obj) & (people | OFFICE_NOUNS):
        return False
    if any(len(p.words) == 1 and p.pos != "v" for k in keys(obj) for p in onto.by_first.get(k, ())) or any(
            len(p.words) == 2 and len(p.words[1]) == 1 and keys(obj) & p.words[1] for p in onto.patterns):
        return False  # a happening's noun, alone or a verb's ("open fire"): "returned the visit", "returned fire"
    m = index.at(obj)  # a name the actors stage left unresolved is no party ("the Venus of Vinca", a statue)
    return m is None or m.kind not in PERSON_KINDS or not m.resolved


def _property_returned(event: EventMention, r: Reading) -> None:
    """PLOVER, RETREAT: "events ... which have an immediate (not simply promised) material consequences, such as ...
    the return of confiscated property"; CONCEDE is "verbal concessions which have no immediate material
    consequences". A thing handed back or over, given back, or returned (:data:`RETURNING_VERBS`; "hand" and "give"
    with a particle of :data:`RETURNING_PARTICLES`), told as done, whose object or passive subject is a thing held
    (:func:`_held_thing`: "handed back the statue", "the station was handed over", "returned the archives") is
    RETREAT, CAMEO 0842 (return, release property), no CONCEDE 080 nor happening of no type. People handed over
    (a release or an extradition), rule or office handed over, and a place (``territory_ceded``, run before) are
    left alone. Session 62, type62."""
    anchor, index, onto = r.anchor, r.index, r.onto
    if event.type not in ("CONCEDE", OTHER_TYPE) or event.modality != ASSERTED or anchor.pos_ != "VERB":
        return
    lemma = anchor.lemma_.lower()
    if lemma not in RETURNING_VERBS:
        return
    if lemma != "return" and not any(c.dep_ == "prt" and c.lower_ in RETURNING_PARTICLES for c in anchor.children):
        return
    objs = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or not all(_held_thing(o, index, onto) for o in objs):
        return
    coding = VERBS.codes[PROPERTY_RETURN_CAMEO]
    _take_coding(event, coding, onto.types[coding.type].form, coding.cameo)
    event.checks.append(_property_returned.__name__)


#: the verbs of a deployment's purpose that name whom the forces serve ("sent troops to defend X", "to prop up X"):
#: PETRARCH2's DEFEND (defend, protect, guard) and AID (help, assist, support) blocks, and "prop up", "back"
HELPING_VERBS = frozenset({"help", "assist", "support", "aid", "defend", "protect", "prop", "back", "bolster", "save"})
#: the nouns of the asking that a deployment answers ("at X's request", "at the invitation of X")
ASKING_NOUNS = frozenset({"request", "invitation", "appeal", "behest"})
#: CAMEO 072 "provide military aid" and 074 "provide military protection or peacekeeping" (AID in the table)
MILITARY_AID_CAMEO, PEACEKEEPING_CAMEO = "072", "074"
#: the words of peacekeepers ("peacekeepers", "a peacekeeping force", "the stabilisation force")
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "stabilisation", "stabilization"})
#: the kinds of a party forces are sent to serve (no place nor thing: "to protect the site", "its trawlers")
SERVED_KINDS = frozenset({"state", "historical_state", "government", "person", "party", "organisation", "group"})


def _served_parties(pred: Token, index: MentionIndex, senders: set[str]) -> list:
    """The parties a deployment told by ``pred`` serves: the object of a purpose verb of ``HELPING_VERBS`` ("to
    defend X", "to prop up X", "to help X") and the asker of "at X's request" / "at the request of X"; a party of
    ``SERVED_KINDS`` the actors stage resolved, of no sending state."""
    served: list[Token] = []
    for c in pred.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in HELPING_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            served += [o for o in c.children if o.dep_ == "dobj"]
        if c.dep_ == "prep" and c.lower_ == "at":
            for n in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ASKING_NOUNS):
                served += [x for x in n.children if x.dep_ == "poss"]
                served += [p for g in n.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children
                           if p.dep_ == "pobj"]
    served += [x for t in served for x in t.conjuncts]
    out = []
    for t in served:
        m = index.at(t)
        if m is None or not m.resolved or m.kind not in SERVED_KINDS:
            continue
        state = m.country or (state_for(m.actor_id, None) if m.actor_id else None) or m.actor_id
        if state and state not in senders:
            out.append(m)
    return out


def _forces_lent(event: EventMention, r: Reading) -> None:
    """PLOVER, AID: "Military and police assistance including arms and personnel"; MOBILIZE is "military or police
    moves that fall short of the actual use of force", a posture towards whom the forces threaten. Forces a state
    sends to serve another party - to defend, help, support or prop it up, or at its request ("sent troops at X's
    request", "sent 2,000 soldiers to prop up X": :func:`_served_parties`) - are its military aid to that party (CAMEO
    072), the party its recipient; peacekeepers deployed or sent ("peacekeepers deployed along the line", "sent in a
    peacekeeping force") give military protection (CAMEO 074, AID in the CAMEO->PLOVER table). A deployment told
    as asserted (not one planned or promised, which AGREE covers) and coded MOBILIZE, no exercise. Session 61,
    type61."""
    pred, index = r.pred, r.index
    if event.type != "MOBILIZE" or event.cameo == EXERCISE_CAMEO or event.modality != ASSERTED:
        return
    senders = {p.state or p.actor_id for p in event.actors(SOURCE)} - {None}
    moved = [c for c in pred.children if c.dep_ in MOVED_DEPS] + ([pred] if pred.pos_ == "NOUN" else [])
    peacekeepers = any(x.lemma_.lower() in PEACEKEEPING_WORDS or any(w in x.lower_ for w in ("peacekeep", "peace-keep"))
                       for m in moved for x in m.subtree)
    served = _served_parties(pred, index, senders) if pred.pos_ == "VERB" else []
    if not (peacekeepers or served):
        return
    coding = VERBS.codes[MILITARY_AID_CAMEO if served else PEACEKEEPING_CAMEO]
    seen = {p.state or p.actor_id for p in event.actors(TARGET)}
    for m in served:
        state = m.country or (state_for(m.actor_id, None) if m.actor_id else None) or m.actor_id
        if (m.actor_id or state) in seen or state in seen:
            continue
        seen.add(state)
        event.participants.append(Participant(role=TARGET, text=m.text, actor_id=m.actor_id, name=m.name,
                                              kind=m.kind, state=state))
    _take_coding(event, coding, _onto_form(r.onto, coding.type), coding.cameo)
    event.summary = summarise(coding.type, "sends forces to aid", event.actors(SOURCE), event.actors(TARGET), False,
                              event.modality)
    event.checks.append(_forces_lent.__name__)


#: the verbs by which parties make an accord: sign it, agree it, conclude, make, reach, seal or initial it, accept it
#: (a third party that brokers or mediates one is no party to it)
ACCORD_MAKING_VERBS = frozenset({"sign", "agree", "conclude", "make", "reach", "seal", "initial", "ink", "accept"})
#: the word of the accord that ends a war besides the ontology's CEASEFIRE class ("made peace", "the peace signed
#: at Lucerne", "a peace treaty", "the Lakeside Peace Accord")
PEACE_WORD = "peace"
#: the types a truce or a peace made is told with before it is read: a signing (SUPPORT, CAMEO 057), the halt to
#: fighting the noun names (RETREAT ceasefire, its implementation), a concession, or a happening of no type
TRUCE_LEFT = frozenset({"SUPPORT", "RETREAT", "CONCEDE", OTHER_TYPE})


def _ends_hostilities(noun: Token, onto: Ontology) -> bool:
    """The noun names an accord that ends hostilities: a word of the ontology's CEASEFIRE class ("ceasefire",
    "truce", "armistice") or "peace", or an accord (the ontology's ACCORD) such a word qualifies ("a ceasefire
    agreement", "the Lakeside Peace Accord", "a peace treaty", "an agreement on the cessation of hostilities")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    truce = onto.classes.get("CEASEFIRE", frozenset()) | {PEACE_WORD}
    if keys(noun) & truce:
        return True
    if not keys(noun) & onto.classes.get("ACCORD", frozenset()):
        return False
    qualifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    qualifiers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                   for p in c.children if p.dep_ == "pobj"]
    return any(keys(q) & truce or (q.lemma_.lower() == "cessation" and any(
        "hostilit" in x.lower_ for x in q.subtree)) for q in qualifiers)


def _made_accords(anchor: Token) -> list[Token]:
    """What an accord-making verb (:data:`ACCORD_MAKING_VERBS`) makes: its object or passive subject and their
    conjuncts ("signed an armistice", "a ceasefire was agreed"), or the noun it describes as a participle ("the
    ceasefire signed in Lausanne", "an armistice agreed at the border")."""
    things = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("on", "to") and anchor.lemma_.lower()
               == "agree" for p in c.children if p.dep_ == "pobj"]  # "agreed on a truce"
    if anchor.dep_ in ("acl", "relcl") and anchor.tag_ == "VBN":
        things.append(anchor.head)
    if not things and anchor.tag_ in ("VBN", "VBD") and (any(c.dep_ == "auxpass" for c in anchor.children) or not any(
            c.dep_ == "aux" for c in anchor.children)):
        # a participle the parse read as a finite verb ("the ceasefire signed in Lausanne held for a year", "a truce
        # agreed at the border lasted"), or a passive whose subject it read as active ("when was the armistice
        # signed?"): its subject, which an accord-making verb can only make, never have as
        # its maker (:func:`_ends_hostilities` reads it)
        things = [c for c in anchor.children if c.dep_ == "nsubj"]
    return things + [x for t in things for x in t.conjuncts]


def truce_made(anchor: Token, onto: Ontology, signing: bool = False) -> bool:
    """The word tells a truce or a peace its parties make (:func:`_truce_made`): an accord-making verb of
    :data:`ACCORD_MAKING_VERBS`, not negated, whose object, passive subject or participle's noun names an accord that
    ends hostilities, or that accord's own noun with such a verb. A question's words are read so too ("when was the
    armistice signed?": ``chronica.ask.question``), as the chronicle's sentences are. With ``signing`` (an event
    coded as a signing, SUPPORT: "sign ... an agreement or treaty"), the accord made must be a truce itself (the
    ontology's CEASEFIRE: "signed an armistice", "a truce was signed"), no treaty or agreement a word of peace
    qualifies ("signed the peace treaty" stays a signing, as the other sentences that name it "the treaty" do)."""
    truce = onto.classes.get("CEASEFIRE", frozenset())

    def made(t: Token) -> bool:
        return bool(keys(t) & truce) if signing else _ends_hostilities(t, onto)

    if anchor.pos_ == "VERB":
        verbs = [anchor]
    elif anchor.pos_ in ("NOUN", "PROPN") and made(anchor):
        # the accord's own noun: made by the verb it is the object or passive subject of, or its participle
        verbs = [v for v in (anchor.head, *anchor.children) if v.pos_ == "VERB" and anchor in _made_accords(v)]
    else:
        return False
    return any(v.lemma_.lower() in ACCORD_MAKING_VERBS and not any(c.dep_ == "neg" for c in v.children)
               and any(made(t) for t in _made_accords(v)) for v in verbs)


def _truce_made(event: EventMention, r: Reading) -> None:
    """PLOVER, AGREE: "Agree to, offer, promise, or otherwise indicate willingness or commitment to cooperate"; a
    ceasefire's implementation is RETREAT ("observing a ceasefire or otherwise ending active conflicts") and its
    one-sided declaration CONCEDE ("declarations (but not implementations) of ceasefires"). A ceasefire, a truce, an
    armistice or a peace the parties make - a verb of :data:`ACCORD_MAKING_VERBS` whose object, passive subject or
    participle's noun names such an accord (:func:`_ends_hostilities`: "the two states signed an armistice", "a
    truce was agreed in May", "the ceasefire signed in Lausanne", "made peace at Lucerne", "signed the Lakeside
    Peace Agreement") - is their mutual commitment to stop fighting, AGREE: no signing of a diplomatic text
    (SUPPORT), no halt to fighting already carried out (RETREAT), no happening of no type. The event is the one the
    making verb tells, or the one the accord's noun tells when that verb makes it, in any modality but a negated one
    (a truce to be signed is AGREE too: "promises to sign or ratify agreements"). A negated making, and a truce
    brokered or mediated by a third party, are left as they were; so is a ceasefire that took effect or held (its
    implementation). The event keeps its CAMEO code, the act its words name. Session 67, type67; dev texts egylby,
    georus, dnkdeu, isrlbn, zafmoz, etheri, usavnm, mdarus."""
    anchor, onto = r.anchor, r.onto
    if event.type not in TRUCE_LEFT or event.modality == "negated":
        return  # a truce to be signed is AGREE too ("promises to sign or ratify agreements")
    if not truce_made(anchor, onto, signing=event.type == "SUPPORT"):
        return
    coding = onto.form_coding("AGREE")
    # the CAMEO code stays the act the words name (057 "sign formal agreement", 0871 the truce's own noun): what a
    # question's verb is matched by ("when was the armistice signed?", ``chronica.ask.reading.act_codes``)
    _take_coding(event, coding, _onto_form(onto, "AGREE"), event.cameo)
    event.checks.append(_truce_made.__name__)


def _onto_form(onto: Ontology, etype: str) -> str:
    """The ontology's form of a type (the form its coding is recorded under)."""
    return onto.types[etype].form


#: the name a movement of forces coded as the fighting it is told in records (``extract`` still
#: counts such a move as a move where moves are read together)
MOBILIZED_IN_ASSAULT = _mobilized_in_assault.__name__

#: The codebook's recodings, in the order they run (see the module docstring).
RECODINGS: dict[str, Callable[[EventMention, Reading], None]] = {
    "arms_mobilized": _arms_mobilized,
    "joined_fighting": _joined_fighting,
    "aerial_assault": _aerial_assault,
    "mobilized_in_assault": _mobilized_in_assault,
    "sent_across": _sent_across,
    "combatants_captured": _combatants_captured,
    "court_order": _court_order,
    "court_verdict": _court_verdict,
    "case_brought": _case_brought,
    "court_sentence": _court_sentence,
    "territory_ceded": _territory_ceded,
    "exchange_curtailed": _exchange_curtailed,
    "place_fallen": _place_fallen,
    "meeting_held": _meeting_held,
    "restriction_eased": _restriction_eased,
    "exchange_opened": _exchange_opened,
    "body_founded": _body_founded,
    "power_seized": _power_seized,
    "envoys_withdrawn": _envoys_withdrawn,
    "exercise_parties": _exercise_parties,
    "people_expelled": _people_expelled,
    "measure_imposed": _measure_imposed,
    "captives_released": _captives_released,
    "adjudication_accepted": _adjudication_accepted,
    "forces_lent": _forces_lent,
    "self_rule_conceded": _self_rule_conceded,
    "property_returned": _property_returned,
    "truce_made": _truce_made,
}


def recode(event: EventMention, anchor: Token, pred: Token, index: MentionIndex, onto: Ontology) -> None:
    """Run every recoding of :data:`RECODINGS` on the event, in order."""
    reading = Reading(anchor, pred, index, onto)
    for recoding in RECODINGS.values():
        recoding(event, reading)


def neighbour_given(event: EventMention, anchor: Token, pred: Token, index: MentionIndex, onto: Ontology) -> None:
    """Run ``exchange_curtailed`` again once ``_targets.border_neighbour`` has given a border closed with no one
    named the state on its other side ("Ostria closed the land border": Ostria's neighbour of the story): the
    closing curtails the exchanges with that state as "closed its border with Ostria" does (SANCTION
    discontinue, CAMEO 160), no COERCE ``restrict`` of Ostria's own people's movement. The recodings ran before
    the recipient was known; this one alone reads it. Session 56, type56."""
    _exchange_curtailed(event, Reading(anchor, pred, index, onto))
