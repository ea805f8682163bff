"""Event extraction: who (source) did what (trigger) to whom (target), where and when.

Rules over spaCy's dependency parse, no model of their own:

1. **Triggers.** Every token whose lemma (or form) starts a trigger pattern of the ontology is
   tried; multi-word patterns ("launch war", "green light", "come to power") need their other
   words joined to it in the parse. Longer patterns win; a token belongs to one trigger. Tokens
   inside an actor's name or a named event/law/work title are never triggers; a gerund noun
   ("fighting", "the shelling of") is tried as its ontology verb (``_recall.gerund_keys``). Beside them: a
   passive light verb carrying an event noun ("the treaty was signed by X": ``_passive_carriers``),
   a state or body founded in the passive (``_passive_foundings``), and a force's movement with
   no trigger of its own ("Russian tanks crossed into Georgia": ``_force_movements``).
2. **Arguments.** For a verb: subject -> source, object / dative / to-against-on-into phrase ->
   target; passive subject -> target and the by-agent -> source; a missing subject is inherited
   through xcomp (object control: "ordered X to invade" -> X invades), conjunction, participles
   and relative clauses; the relative subject of a cleft is its focus ("It was Iraq that started
   the war" -> Iraq: ``cleft_focus``). For a noun ("the invasion of Ukraine", "Putin's visit to Pyongyang",
   "the fall of the Soviet Union"): possessor and demonym modifiers -> source, "of" -> the role
   the type says, "by" -> source, "to/against/on" -> target; a light verb ("gave his approval
   to") or copula ("became a supplier of arms to") governing it lends its subject and recipient,
   as do an intransitive verb that goes on with it ("proceed with negotiations") and a light
   verb's gerund ("the signing of the accord by X"). A thing acting in a participle acts for its
   maker ("issued a statement accusing X"). Coordinated arguments each become a participant.
3. **Actors.** An argument is an actor when an actor mention covers it, when it is a head that
   stands for the actor in its modifiers ("North Korean troops", "the leadership in Moscow"), or
   a he/she pronoun resolved to the last person named. An event needs at least one named actor;
   a two-sided fight told with no party but its own date ("border fighting escalated in March
   2012") is the fight of the document's pair of states (``_recall.pair_fight``).
4. **Type, modality, date, summary**: see ``ontology``, ``_modality`` and ``_dating``.
"""

from __future__ import annotations

import bisect
import re

from dataclasses import dataclass, field, replace
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from chronica.actors.dateline import dateline_spans
from chronica.events import _dating
from chronica.events._accords import accord_summary, dated_accord, dated_participle
from chronica.events._backoff import agrees, antecedent, retype, retype_doerless, retype_sequel
from chronica.events._happenings import KIND as HAPPENING
from chronica.events._happenings import happening_mentions, happening_summary
from chronica.events._recall import gerund_keys, labelling_accusation, pair_accord, pair_fight, pair_mentions
from chronica.events._places import kept_place, named_places, place_recipients, place_taken, seat_owned_agents
from chronica.events._targets import (
    ANSWER_TYPES, COMPANIONS, MEDIATION_CAMEO, SUBJECT_DEPS, answered_doer, border_neighbour, context_victim, doer_own_state, domestic_recipient, mediator_third_party, envoy_state, own_state_target, landing_state, pair_other, forces_deployed, group_country, hidden_recipient, names_a_deal, names_a_thing, pair_recipient, protested_party, recognised_polity, refused_pair, region_recipient, threatened_pair, joint_recipient, relations_partner, territory_recipient, thing_handed_over, unnamed_host, victim_types, written_doer_states,
)
from chronica.events._actors import (
    GROUP_WORDS, PERSON_PRONOUNS, QUANTITY_HEADS, Mention, MentionIndex, actor_at, agent_heads, knowledge_base, mentions_from, name_mentions, named_craft, phrase_mentions, pronoun_owner_state, state_for, state_organ,
)
from chronica.events._lexicon import (
    ACTOR_ENTS,
    ADDRESS_VERBS,
    AIMED_AT_TYPES,
    BARE_STATE_MODIFIERS,
    BUYER_VERBS,
    COMITATIVE_PREPS,
    COMITATIVE_WORDS,
    COMPLAINING_KINDS,
    DEAL_NOUNS,
    COPULAS,
    CUT_VERBS,
    DANGLING,
    DEAL_NOUNS,
    DEAL_TYPES,
    DESIRE_VERBS,
    DUAL_USE,
    END_VERBS,
    EXPEL_NOUNS,
    EXPEL_VERBS,
    FRAMED_TYPES,
    FRAME_CARRIERS,
    FRAMING_PREPS,
    FROM_TYPES,
    GERUND_CLAUSE_VERBS,
    GOODS_NOUNS,
    GOODS_VERBS,
    FORCE_VERBS,
    HOST_VERBS,
    JOINING_PARTICIPLES,
    JOINT_WORDS,
    PLEDGE_VERBS,
    THREAT_ACTS,
    HAVE_VERBS,
    LEMMA_FIXES,
    MEANS_PREPS,
    MENTION_VERBS,
    MILITARY_OBJECTS,
    MILITARY_WORDS,
    MODALS,
    NAMED_AFTER_PLACE,
    NON_TRIGGER_ENTS,
    OBJECT_CONTROL,
    PERSON_TYPES,
    POWER_WORDS,
    PLACE_NOUNS,
    PLACE_KINDS,
    PLACE_TARGET_NOUNS,
    PLANNED_ADJECTIVES,
    QUESTION_VERBS,
    REACTION_VERBS,
    RECEIVE_VERBS,
    REDUCED_RELATIVE_HEADS,
    RELATIVE_PRONOUNS,
    SOLD_VERBS,
    STAKE_NOUNS,
    STATISTIC_NOUNS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    VERBAL_TARGET_KINDS,
    ARMED_KINDS,
    ARMED_SECTORS,
    SEND_VERBS,
    CROWD_MODES,
    CROWD_SECTORS,
    DESCRIBING_VERBS,
    CROWD_COERCE_MODES,
    MARCHING_SECTORS,
    MARCH_CODES,
    MOVEMENT_MODES,
    POPULATION_SECTORS,
    STATE_KINDS,
    STATE_COMPLAINT_FORM,
    STATE_COMPLAINT_WORDS,
    UNDERGONE_NOUNS,
)
from chronica.events._summary import joined_names, summarise
from chronica.events._modality import (
    OFFER_VERBS, REFUSE_VERBS, SAY_VERBS, as_intended, misattached_conj, modality, ranked_copula, stance_contents,
)
from chronica.events.model import (
    ASSERTED, HEDGED, MODALITIES, NEGATED, OTHER, PLANNED, POSSIBLE, REFUSED, REPORTED, SOURCE, TARGET, EventMention,
    Participant,
)
from chronica.events.candidate import (
    Argument, Candidate, Trigger, keys, location, place_of,
)
from chronica.events.checks import RECIPIENT_CHECKS, armed_by_modifier, is_company, judge, needs_a_named_actor
from chronica.events.dictionary import load_verb_dictionary
from chronica.events.ontology import OTHER_TYPE, Coding, Ontology, Pattern, coding_of, load_ontology, threat_of
from chronica.events.recode import MOBILIZED_IN_ASSAULT, court_order_coded, neighbour_given, recode
from chronica.nlp import doc_text, sentence_spans
from chronica.time.lexicon import MONTHS

_ONTOLOGY = load_ontology()
#: forms told of one actor's own condition, and forms whose two sides are interchangeable
#: (derived from the ontology's properties, see ``data/ontology.yaml``)
STATE_FORMS = _ONTOLOGY.state_forms
SYMMETRIC_FORMS = _ONTOLOGY.symmetric_forms
#: the field's verb dictionary (PETRARCH2's CAMEO verbs, in PLOVER): triggers beside the
#: ontology's own, which win where both match a token (they come first in ``find_triggers``)
VERBS = load_verb_dictionary()
#: the form of a dated happening no trigger names (``_dated_predicates``), and verbs that are
#: never one: being, having, seeming, and verbs whose content is the happening
OTHER_FORM = "HAPPEN"
#: the confidence of a happening told with no doer named (``_doerless_happening``): what happened
#: and where are read from the text, who did it is not
DOERLESS_CONFIDENCE = 0.6
#: who a dictionary verb in the passive with no doer named may be told of (``_dictionary_dyad``):
#: actors, not places or things
PASSIVE_TARGET_KINDS = frozenset({"person", "state", "historical_state", "organisation", "government",
                                  "armed_force", "party", "group", "agent"})
#: stances (``_stance``): the modals of a demand and the verbs that report one, the words of an
#: intent, and the REQUEST mode by the type of what is demanded (PLOVER's REQUEST modes)
DEMAND_MODALS = frozenset({"must", "should", "ought"})
DEMAND_VERBS = frozenset({"demand", "insist", "warn"})
INTENT_VERBS = frozenset({"offer", "promise", "pledge", "vow", "undertake", "volunteer"})
#: the heads of a retreat told as pledged or scheduled by its doer, not yet made ("committed itself to
#: withdraw", "undertook to withdraw", "were to leave"): verbs of a commitment no
#: trigger codes, and "be to" (``_stance``, rule ``retreat_pledged``); a promise, a pledge, an offer, a decision or
#: an agreement to withdraw is its own trigger, coded a concession with its content (one CONCEDE)
PLEDGING_HEADS = frozenset({"commit", "undertake", "be"})
#: the verbs of an attempt or an offer told as a happening of the narrative (``_attempt_told``):
#: "the OAU attempted to mediate", "Amin offered to settle the quarrel" - the attempt was made
#: then, whatever came of what it sought; a request ("urged X to withdraw") is not among them
ATTEMPT_ACT_VERBS = INTENT_VERBS | frozenset({"try", "attempt", "seek", "strive", "struggle", "threaten",
                                              "propose"})
STANCE_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager"})
STANCE_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet", "AID": "assist",
                "COOPERATE": "assist", "SUPPORT": "assist"}
#: a threat (``_stance``): the verbs of a warning, the modals of what the warner says it will do,
#: (the THREATEN mode by the act threatened: ``ontology.threat_of``, PLOVER's THREATEN modes)
WARNING_VERBS = frozenset({"warn", "threaten"})
#: the dependencies of a verb's arguments: a time expression inside one is no adjunct of the verb
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "csubj", "oprd"})
#: the stances ``_stance`` codes from what was said: the saying is the event, and its time dates it
STATEMENT_TYPES = frozenset({"THREATEN", "REQUEST"})
FUTURE_MODALS = frozenset({"will", "would", "shall"})
#: the CAMEO code of a refusal by its REJECT mode (CAMEO 12: 121 material cooperation, 124 decline
#: to yield, 125 reject a proposal to meet); other refusals take the category's 120
REFUSAL_CAMEO = {"assist": "121", "yield": "124", "meet": "125"}
DATING_PREPS = frozenset({"in", "on", "at", "during"})
#: how the parser hangs a timeline entry's opening date on the entry's verb (``_dated_predicates``)
ENTRY_DATE_DEPS = frozenset({"npadvmod", "tmod", "dep", "meta", "nmod"})
OTHER_EXCLUDED = frozenset({"be", "have", "seem", "appear", "remain", "become", "do", "get", "want", "need",
                            "try", "expect", "hope", "plan", "intend", "decide", "continue", "begin", "start"})
#: verbs that tell that their subject took place, came into effect or was carried out
#: (``_occurrence``): "the first filling happened in August 2020", "the second filling followed in
#: July 2021", "the federation came into force on 15 September 1952", "the pipeline went into
#: operation in 1996", "the third filling was completed in August 2022", "oral hearings were held
#: in The Hague in June 2002". The value says how the verb must be told: None alone and active,
#: "passive" in the passive, "happening" alone and active with a subject that is itself a noun of
#: an act ("the rebellion started in 1983", "talks began in March 2002": :data:`BEGUN_HAPPENING`),
#: else the nouns one of its "into" objects or direct objects must be
OCCURRENCE_VERBS: dict[str, str | frozenset[str] | None] = {
    "happen": None, "occur": None, "follow": None,
    "begin": "happening", "start": "happening", "commence": "happening",
    "complete": "passive", "finish": "passive", "hold": "passive", "conduct": "passive",
    "come": frozenset({"force", "effect", "operation", "service", "existence", "being"}),
    "enter": frozenset({"force", "effect", "operation", "service"}),
    "go": frozenset({"force", "effect", "operation", "service"}),
    "take": frozenset({"place", "effect"}),
    "open": "opened", "reopen": "opened", "close": "opened",
}
#: the value of :data:`OCCURRENCE_VERBS` for a verb of opening or closing: it tells the occurrence of a
#: thing that opens to its traffic or its public (the ontology's ``OPENINGS``: a border, a crossing, an
#: office, a port, a canal's locks) as its subject, alone in the active or in the passive with no agent:
#: "the border reopened in May 2016", "liaison offices opened in January 1995", "the crossing was closed
#: again on 3 March". Session 51, recall51: dev texts gmbsen, usavnm, georus, etheri, usapan
OPENED_THING = "opened"
#: a year written in a time expression: a thing's opening, or what "it" stands for coming into force, is
#: kept only on a date that writes its year ("in May 2016", not "in September")
YEAR = re.compile(r"\b\d{4}\b")
#: the source of the pattern an occurrence is coded by (``_dated_predicates``)
OCCURRENCE = "occurrence"
#: the source of a dated predicate whose subject is a named actor (``_dated_predicates``)
PREDICATE = "predicate"
#: the source of a trigger the field's verb dictionary (PETRARCH2's CAMEO verbs) codes
DICTIONARY_SOURCE = "petrarch2"
#: the source of the pattern a dated agentless passive of an act is coded by (``_acted_on_passive``):
#: an occurrence of the thing acted on, recorded under its own rule
ACTED_ON = "acted_on"
#: the value of :data:`OCCURRENCE_VERBS` for a verb of beginning: it tells the occurrence only of
#: a subject that names an act of the ontology or an accord (``_happening_nouns``), not of any
#: thing that begins ("the season began in March", "the school year started in 2019")
BEGUN_HAPPENING = "happening"
#: nouns of a state's place in a body: "Fiji's membership of the Commonwealth was suspended" is
#: told of Fiji (the member) and the Commonwealth (the body), as "Fiji was suspended from it"
MEMBERSHIP_NOUNS = frozenset({"membership", "accreditation"})
#: the form of a withdrawal from an organisation (PLOVER SANCTION withdraw: "withdraw oneself ...
#: from a group, ... organization"), and the CAMEO actor code prefix of organisations
WITHDRAW_FROM_BODY_FORM = "REDUCE"
BODY_OF_MEMBERS_CODE = "IGO"
#: the form of a state joining an organisation (PLOVER SUPPORT: becoming party to its founding
#: agreement, CAMEO 057), and the verbs of joining: "Estonia joined NATO", "Spain joins the EEC"
JOIN_BODY_FORM = "JOIN"
JOINING_VERBS = frozenset({"join", "accede"})
#: verbs of going into, or back into, a place, and of joining again, whose goal a body of members
#: is: the state becomes (again) a member, party to the body's pact, as by joining it (PLOVER
#: SUPPORT, ``JOIN_BODY_FORM``): "Syria returned to the Arab League in 2023", "Poland entered
#: the European Union in 2004", "Fiji rejoined the Commonwealth"; the preposition (else none: the
#: object) by which each verb takes its goal. A court is no body of members
#: (``MEMBERS_OF_NO_BODY``): "returned to the Court" is a case brought again. Session 45, type45:
#: dev texts egysau, indmal, hunsvk
ENTERING_VERBS = {"enter": ("into", None), "re-enter": ("into", None), "reenter": ("into", None),
                  "return": ("to",), "rejoin": (None,)}
#: the parts of an IGO's CAMEO code that name a body of no members: the courts (the ICJ is
#: IGOUNOJUDICJ)
MEMBERS_OF_NO_BODY = ("JUD",)
#: prepositions by which an intransitive verb takes part in a happening (``_engaged_in``)
ENGAGING_PREPS = frozenset({"with", "into"})
#: verbs of a force's movement (``_force_movements``): with an armed force as the subject they
#: are an incursion when they enter a state ("Russian tanks crossed into Georgia", "Iraqi troops
#: entered Kuwait"), else a deployment ("the task force set sail for the South Atlantic", "the
#: army advanced to the river"); "set" counts only with "sail"
MOVE_VERBS = frozenset({"enter", "cross", "advance", "march", "move", "push", "roll", "pour", "sail", "land", "storm",
                        "sweep", "set"})
#: verbs of going that tell a force's movement only told going home (``_force_movements``): "the
#: troops came home", "the brigade flew home" go back to their own side as "crossed back" does;
#: with no "home" they tell no move of a force ("troops came to the aid of the town", "the gunboats
#: came back to the harbour": returned there)
HOMEWARD_VERBS = frozenset({"come", "go", "return", "fly", "head"})
#: the adverbs that send a verb of movement home ("sailed home", "came homeward")
HOME_WORDS = frozenset({"home", "homeward", "homewards"})
#: Phoenix agent sectors (``Phoenix.agents.txt``) of the people who move as a force: the military
#: (~MIL) and rebels, guerrillas and insurgents (~REB). An armed non-state group that crosses into
#: a state or enters a town moves as state troops do ("rebels entered the town", "guerrillas
#: crossed into the country": PLOVER codes the act, not the doer's standing); the police (~COP)
#: patrol, they do not invade; gunmen (~UAF) who land or cross do so in an attack, which is coded
#: alone (codebook, MOBILIZE: no MOBILIZE "in the context of an ASSAULT") (session 42, other42)
FORCE_SECTORS = frozenset({"~MIL", "~REB"})
#: the objects of a verb of movement that make it one ("set sail")
MOVE_OBJECTS = {"set": frozenset({"sail"})}
#: how the later words of a dictionary phrase verb hang on the verb
PHRASE_VERB_DEPS = frozenset({"prt", "dobj", "advmod", "acomp"})
#: particles the parser may hang on the verb as a preposition ("handed over Cyprus to X" with
#: "over Cyprus" a phrase, "were driven out of Kuwait")
PARTICLE_PREPS = frozenset({"out", "off", "over", "away", "down", "up", "back"})
DICTIONARY_BY_FIRST: dict[str, list[Pattern]] = {}
#: dictionary verbs coded only by their block patterns, never by their own code (``VerbDictionary.refine``)
PATTERN_ONLY: set[int] = set()
for _pattern in sorted(VERBS.patterns(), key=lambda p: -len(p.words)):
    if len(_pattern.words) == 1 and _pattern.words[0] & (_ONTOLOGY.light_verbs | END_VERBS):
        # a light verb lends its subject to the noun it carries ("began the bombing"), and a verb
        # of ending ends it ("suspended talks": see ``trig.ended``); the dictionary files "end"
        # and "complete" under one block, whose patterns cannot tell them apart. Alone they are no
        # event; with the words of a block pattern they are one ("imposed a curfew", 1723)
        if _pattern.words[0] & END_VERBS:
            continue
        PATTERN_ONLY.add(id(_pattern))
    for _word in _pattern.words[0]:
        DICTIONARY_BY_FIRST.setdefault(_word, []).append(_pattern)


def _neighbours(tok: Token, matched: list[Token]) -> list[Token]:
    """Tokens a later pattern word may sit on: the token's children and head, and the object of
    an "as" phrase or of a preposition already matched ("pick X as leader", "come to power")."""
    out = list(tok.children)
    for child in tok.children:
        if child.dep_ == "prep" and (child.lower_ == "as" or child in matched):
            out.extend(c for c in child.children if c.dep_ == "pobj")
        if child.dep_ in ("dobj", "nsubjpass") and (child.lemma_.lower() in QUANTITY_HEADS or child.like_num):
            # "expelled thousands of residents": the count is no object of its own, its "of" is
            out.extend(p for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj")
    if tok.head.i != tok.i:
        out.append(tok.head)
    return out


#: the ontology's class of people (refugees, nationals, workers): a deportation's object
PEOPLE = _ONTOLOGY.classes.get("PEOPLE", frozenset())


def _nationals(tok: Token) -> bool:
    """A nationality's people, told by the demonym as a plural noun ("expelled thousands of
    Nigerians", "deported 300 Somalis", "the expulsion of Zambians"): the tagger's nationality
    entity (NORP) as a plural noun, which the PEOPLE class of the ontology stands for. PLOVER
    codes the expulsion of people COERCE (deport), not SANCTION, which a state's envoys' is."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS")


#: the places a verb of taking holds (the ontology's TERRITORY class; a named place stands in it too:
#: :func:`chronica.events._places.place_taken`)
TERRITORY = _ONTOLOGY.classes.get("TERRITORY", frozenset())


def _taken_up(pron: Token, verb: Token, words: frozenset[str]) -> bool:
    """An object pronoun of the verb ("them", "it") whose antecedent (``_backoff.antecedent``: the
    nearest subject or object noun of its number before it, in its sentence or the one before) is
    one of ``words``: "severed diplomatic relations in 1967 and restored them in 1970" restores
    relations. The pronoun itself is the word matched, so the trigger stays in its sentence.
    Session 45, type45: dev texts philmys, chnind, eridji."""
    if pron.dep_ != "dobj" or pron.head.i != verb.i or pron.pos_ != "PRON":
        return False
    noun = antecedent(pron)
    return noun is not None and noun.pos_ == "NOUN" and bool(keys(noun) & words)


#: the ontology's class of formal accords (a treaty, a convention, a protocol): what is signed, initialled,
#: concluded or ratified ('sign {ACCORD}', PLOVER SUPPORT "ratify, sign, or finalize an agreement or treaty")
ACCORDS = _ONTOLOGY.classes.get("ACCORD", frozenset())


def _accord_acted_on(t: Token, verb: Token, words: frozenset[str]) -> bool:
    """Rule ``accord_acted_on``: an accord told as the subject of another verb is still what a clause of
    it with a subject of its own acts on ("the treaties that Norland signed with Suderland ended the
    dispute", "the convention Norland and Suderland concluded in 1900 fixed the line"). A pattern's later
    words are no subject of their verb (``_match``); an accord is the object of its signing however the
    sentence turns it. (An accord signed in the passive is its own: ``_accords`` and the AGREE form's
    named accords signed with no party named.) Only for the ACCORD class: PLOVER SUPPORT's
    "ratify, sign, or finalize an agreement or treaty". Session 51, type51: dev texts armtur, swenor,
    usapan, gabgnq, nldidn (an accord signed or concluded exported as OTHER)."""
    if words is not ACCORDS or verb.pos_ != "VERB" or not keys(t) & ACCORDS:
        return False
    if t.i != verb.head.i or verb.dep_ not in ("relcl", "acl"):
        return False
    # the clause has a subject of its own ("the treaty that Chile signed"); a participle with none ("the
    # Agreement, signed in Moscow on 14 May") leaves the accord noun its own trigger, dated by the clause
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(c.lower_ not in RELATIVE_PRONOUNS for c in subjects)


def _match(tok: Token, pattern: Pattern) -> list[Token] | None:
    if (pattern.pos == "v" and tok.pos_ != "VERB") or (pattern.pos == "n" and tok.pos_ != "NOUN"):
        return None
    if len(pattern.words) == 1 and tok.pos_ == "VERB" and any(c.dep_ == "prt" for c in tok.children):
        return None  # another phrasal verb: "back up", "call off", "sell off"
    if tok.pos_ == "VERB" and any(c.dep_ == "prt" and not keys(c) & set().union(*pattern.words[1:])
                                  for c in tok.children):
        return None  # "call off" is not "call on" (whose "on" an adjunct "on Monday" would give)
    if (tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound")) and any(len(w) > 1 for w in pattern.words[1:]) \
            and not (tok.pos_ == "NOUN" and pattern.words[1:] == (PEOPLE,)):
        return None  # "start {POLICY}" is a verb and its object: "a start-up programme" is not
    matched = [tok]
    for words in pattern.words[1:]:
        pool = {t.i: t for m in matched for t in _neighbours(m, matched) if t not in matched}
        if tok.pos_ == "NOUN" and words == PEOPLE:  # "the expulsion of Zambians": the act noun's "of" object
            pool.update((p.i, p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj")
        cands = [t for t in pool.values() if (((keys(t) & words or _taken_up(t, tok, words))
                                               and not (words == TERRITORY and not kept_place(t)))
                                              or (words == PEOPLE and _nationals(t))
                                              or (words == TERRITORY and place_taken(t)))
                 and (t.dep_ not in SUBJECT_DEPS or _accord_acted_on(t, tok, words))
                 and not (t.pos_ == "ADP" and tok.pos_ == "VERB" and t.i < tok.i)  # "call for" in that order
                 and not (t.tag_ == "TO" and t.dep_ == "aux" and t.head.i == tok.i)]  # the verb's own infinitive
                 # marker is no word of its phrase: "wanted to go" is no "go to", "plans to travel" no "travel to"
        if not cands:
            return None
        matched.append(min(cands, key=lambda t: abs(t.i - tok.i)))
    if any(t.pos_ == "ADP" and t.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                                                         for c in t.children) for t in matched[1:]):
        return None  # a preposition of time is an adjunct, no word of the phrase: "called Sisi on Monday" is a call, no "call on"
    if any(t.pos_ in ("ADV", "ADP") and t.dep_ in ("advmod", "prt") and any(c.dep_ == "advmod" for c in t.children)
           for t in matched[1:]):
        return None  # "turned the region upside down", "turned it inside out": an adverb, no particle
    if pattern.source != "ontology" and any(t.head.i != tok.i or not (
            t.dep_ in PHRASE_VERB_DEPS or (t.dep_ == "prep" and t.lower_ in PARTICLE_PREPS)) for t in matched[1:]):
        return None  # a dictionary phrase verb's words are its particle or object: "give in", "wage war"
    if pattern.form == "TAKE_OFFICE" and "become" in pattern.words[0] and len(matched) > 1:
        noun = matched[1]  # "became the longest-serving prime minister" takes no office
        if any(c.tag_ in ("JJS", "RBS") or c.lower_.startswith("longest") for c in noun.subtree if c.i < noun.i):
            return None
    if pattern.form == "FOUND_STATE" and "become" in pattern.words[0] and len(matched) > 1:
        noun = matched[1]  # "became a state" founds one; "became a European state" does not
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in BARE_STATE_MODIFIERS
               for c in noun.children):
            return None
    return matched


def _anchor_of(tokens: list[Token]) -> Token:
    first = tokens[0]
    if first.pos_ == "VERB" and first.dep_ in ("relcl", "acl") and any(t.i == first.head.i for t in tokens[1:]) \
            and _accord_acted_on(first.head, first, ACCORDS):
        return first  # "the treaties that Norland signed": the signing is told by its verb (``_accord_acted_on``)
    for t in tokens:
        if all(o.i == t.i or t.is_ancestor(o) for o in tokens):
            return t
    return tokens[0]


def _past_homograph(tok: Token) -> str | None:
    """Rule ``a_past_form_is_its_own_verbs``: the surface form of a verb in the past ("found",
    "bound") that is the past of one verb of the field's dictionary (its lemma: "find", "bind")
    and the base form of another, filed in another block ("found" a state, ENACT; "bind", LINK),
    is the first verb's: "the exporters found new buyers", "a patrol found foreign troops on
    the reef", "the court found that ..." founded nothing. The form is returned so that the
    entry's own code is not taken (``find_triggers``); a phrase pattern of the entry that takes
    words of the clause still codes it ("found the colonel guilty": CAMEO 173). In the active
    voice only: a passive ("the bodies were found in March", "a field found by a company") keeps
    the entry, which codes nothing without a founder and leaves the thing's dated
    happening (OTHER). None for any other token."""
    lemma, form = tok.lemma_.lower(), tok.lower_
    if tok.tag_ not in ("VBD", "VBN") or lemma == form or lemma not in VERBS.verbs or form not in VERBS.verbs:
        return None
    if any(c.dep_ in ("auxpass", "agent") for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ == "acl"):
        return None
    return form if VERBS.verbs[form][0] != VERBS.verbs[lemma][0] else None


def find_triggers(sent: Span, onto: Ontology, index: MentionIndex) -> list[Trigger]:
    """Trigger matches in a sentence, longest patterns first, each token used once."""
    found: list[tuple[int, int, list[Token], Pattern]] = []
    absorbed: dict[int, tuple[int, ...]] = {}  # dictionary verb -> the words its phrase pattern took
    for tok in sent:
        if tok.is_punct or tok.is_space or index.at(tok) is not None or tok.ent_type_ in NON_TRIGGER_ENTS:
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "amod":
            continue  # a participle as an adjective: "allied targets", "the occupied territories"
        seen: set[int] = set()
        own = keys(tok)
        homograph = _past_homograph(tok)
        for key in own | gerund_keys(tok, onto, own):
            for pattern in [*onto.by_first.get(key, ()), *DICTIONARY_BY_FIRST.get(key, ())]:
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                tokens = _match(tok, pattern)
                if tokens and pattern.source == "petrarch2":
                    # the code the verb takes in its clause
                    refined = VERBS.refine(tok, pattern, own_code=id(pattern) not in PATTERN_ONLY)
                    if refined is not None and key == homograph and pattern.words[0] == frozenset({key}) \
                            and not refined.matched:
                        refined = None  # "found new buyers": the past of "find", no founding
                    if refined is not None:
                        absorbed[tok.i] = refined.matched
                    pattern = refined.pattern if refined is not None else None
                if tokens and pattern is not None:
                    found.append((-len(tokens), tok.i, tokens, pattern))
        criticism = labelling_accusation(tok, onto)  # "called the raid an attack": ``_recall`` rule 4
        if criticism is not None:
            found.append((-1, tok.i, [tok], criticism))
    carried = {verb.i: (noun, pattern) for verb, noun, pattern in _passive_carriers(sent, onto)}
    found.extend((-2, i, [sent.doc[i]], pattern) for i, (_, pattern) in carried.items())  # before the verb alone
    found.extend((-2, verb.i, [verb], pattern) for verb, _, pattern in _passive_foundings(sent, onto, index))
    # the ontology's triggers first, then the longest: a dictionary phrase ("ask for") never
    # takes a token from a trigger of the ontology ("ask")
    found.sort(key=lambda x: (x[3].source != "ontology", x[0], x[1]))
    used: set[int] = set()
    out: list[Trigger] = []
    for _, _, tokens, pattern in found:
        if any(t.i in used for t in tokens):
            continue
        anchor = _anchor_of(tokens)
        if anchor.pos_ not in ("VERB", "NOUN") and not (anchor.pos_ == "PROPN" and anchor.text.islower()):
            continue  # a proper noun is a name ("the Growth Pact", "the Korean War"), not a trigger
            # (a lower-case one is the tagger's slip: "naval war games")
        used.update(t.i for t in tokens)
        out.append(Trigger(anchor, tokens, pattern))
    # a light verb carrying a nominal trigger is not an event of its own ("strike a deal")
    carriers = {t.anchor.head.i for t in out if t.anchor.pos_ == "NOUN" and t.anchor.dep_ in ("dobj", "attr")
                and light_lemma(t.anchor.head, onto.light_verbs) in onto.light_verbs}
    out = [t for t in out if not (len(t.tokens) == 1 and t.anchor.i in carriers)]
    for t in out:
        t.absorbs = absorbed.get(t.anchor.i, ())
        if t.anchor.i in carried and t.pattern is carried[t.anchor.i][1]:
            t.carries = carried[t.anchor.i][0]
    out.sort(key=lambda t: t.anchor.i)
    return out


def _entered_body(anchor: Token, trig: Trigger, found: list) -> bool:
    """A verb of :data:`ENTERING_VERBS`, active, whose goal - its object, or its preposition's
    object, as the verb takes it - is a recipient coded as a body of members (an IGO, no court)."""
    preps = ENTERING_VERBS.get(anchor.lemma_.lower())
    if preps is None or anchor.pos_ != "VERB" or trig.passive:
        return False
    for m, role, tok in found:
        code = m.cameo or ""
        if role != TARGET or not code.startswith(BODY_OF_MEMBERS_CODE) or any(p in code for p in MEMBERS_OF_NO_BODY):
            continue
        head = tok
        while head.dep_ in ("compound", "poss", "case") and head.head.i != head.i:
            head = head.head  # "NATO's military wing": the wing
        if None in preps and head.dep_ == "dobj" and head.head.i == anchor.i:
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == anchor.i \
                and head.head.lower_ in preps:
            return True
    return False


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject of ``verb`` (its patient: "the town" of "the town was shelled"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _carried_noun(verb: Token) -> Token | None:
    """The noun a passive light verb or its participle carries: its passive subject ("the treaty
    was signed"), the noun it qualifies ("the Communications Agreement signed between ..."), or -
    where the parser hung the participle on a date of that noun ("a truce on 3 May,
    signed by Peru on 5 May") - the noun the date belongs to."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _passive_subject(verb)
    if verb.dep_ in ("ROOT", "conj") and not any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and not _is_date_word(c))
                                                  for c in verb.children):
        # a headline's or a timeline entry's passive, its auxiliary left out: "Accord signed by X"
        # (a year in brackets before it is no object: "(1994) Accord signed between X and Y")
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.head
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in DEAL_NOUNS and dated_participle(verb):
        return noun  # "a protocol signed in Lima in 1936": ``_accord_participle``
    if noun.ent_type_ == "DATE" and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return None if noun.pos_ == "NOUN" and noun.ent_type_ != "DATE" else noun


#: the ontology's word a named agreement of another word ("the Rio Protocol", "the Montevideo
#: Declaration") is coded by
NAMED_ACCORD_WORD = "agreement"
#: the ontology's class of formal accords (what is signed, ratified, concluded)
ACCORD_CLASS = "ACCORD"


def _named_accord(noun: Token) -> bool:
    """The passive subject is an agreement named by its proper name: a capitalised noun of
    :data:`DEAL_NOUNS` heading a name ("the Itamaraty Peace Declaration", "the Treaty on
    International Borders", "the Rio Protocol")."""
    return noun.dep_ == "nsubjpass" and noun.pos_ == "PROPN" and noun.lemma_.lower() in DEAL_NOUNS


def _accord_participle(verb: Token, noun: Token, onto: Ontology) -> bool:
    """An agreement that a dated participle qualifies, no party named (rule
    ``dated_participle_is_passive``): named by its proper name ("the Treaty of Lausanne, signed on
    24 July 1923, fixed ...") or by an accord noun that is no trigger of its own ("a protocol
    signed in Lima in 1936 completed ..."; "a treaty signed ..." is the treaty's own event,
    ``_accords.dated_accord``)."""
    if verb.head.i != noun.i or noun.lemma_.lower() not in DEAL_NOUNS or not dated_participle(verb):
        return False
    return noun.pos_ == "PROPN" or not any(len(p.words) == 1 for p in onto.by_first.get(noun.lemma_.lower(), ()))


def _is_date_word(tok: Token) -> bool:
    """A year or date the parser took for an object: "(1994)", "1994"."""
    return tok.ent_type_ == "DATE" or (tok.like_num and len(tok.text) == 4 and tok.text.isdigit())


def _passive_carriers(sent: Span, onto: Ontology) -> list[tuple[Token, Token, Pattern]]:
    """Light verbs in the passive, or as participles, that carry a nominal trigger and name its
    doers in a by- or between-phrase: the verb is the trigger, coded as its noun ("the treaty was
    signed by Peru and Chile", "sanctions were imposed by the UN on Iraq", "a ceasefire was agreed
    between Iran and Iraq", "the Lome Accord, signed by X and Y"). The noun alone has no doer in
    its own phrase; the verb has, and its own date. A common noun the participle qualifies
    directly ("the accord, signed by Egypt and Israel") already takes the by-phrase itself
    (``_noun_roles``)."""
    out: list[tuple[Token, Token, Pattern]] = []
    for verb in sent:
        if verb.tag_ != "VBN" or light_lemma(verb, onto.light_verbs) not in onto.light_verbs:
            continue
        parties = [p for c in verb.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between"))
                   for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN", "PRON")]
        noun = _carried_noun(verb)
        # no doer named: only an agreement named by its proper name, its passive subject ("the
        # Itamaraty Peace Declaration was signed in Brasilia on 17 February 1995"); whether its
        # clause dates or places it is for ``_accords.dated_accord`` to judge
        named = not parties and noun is not None and (_named_accord(noun) or _accord_participle(verb, noun, onto))
        if noun is None or not (parties or named):
            continue
        # an accord noun takes the verb's own phrase first ("a ceasefire was agreed between X and
        # Y": 'agree {ACCORD}', an accord concluded, not a ceasefire declared), else the noun's word
        accord = keys(noun) & onto.classes.get(ACCORD_CLASS, frozenset())
        pattern = next((p for p in onto.by_first.get(light_lemma(verb, onto.light_verbs), ())
                        if accord and len(p.words) == 2 and accord & p.words[1]), None) \
            or next((p for k in keys(noun) for p in onto.by_first.get(k, ())
                     if len(p.words) == 1 and p.pos != "v"), None)
        if pattern is None and (named or keys(noun) & onto.classes.get(ACCORD_CLASS, frozenset())):
            # a named document the ontology has no word for, or an accord of the ACCORD class
            # ("the protocol was ratified by both congresses"): an agreement
            pattern = next((p for p in onto.by_first.get(NAMED_ACCORD_WORD, ()) if len(p.words) == 1), None)
        if pattern is None:
            continue
        # summarised by the verb and its noun: "Peru and Chile sign treaty", "UN imposes sanctions on Iraq"
        lemma = light_lemma(verb, onto.light_verbs)
        last = pattern.summary.split()[-1]
        summary = f"{_third_person(lemma)} {noun.lower_}" + (f" {last}" if last in DANGLING else "")
        out.append((verb, noun, replace(pattern, words=(frozenset({lemma}), frozenset(keys(noun))), summary=summary)))
    return out


#: kinds of actor a founding in the passive may found: a state, a body, a force
FOUNDED_KINDS = frozenset({"state", "historical_state", "organisation", "armed_force", "government", "party"})


def _passive_foundings(sent: Span, onto: Ontology, index: MentionIndex) -> list[tuple[Token, Token, Pattern]]:
    """A state or body founded in the passive, no founder named: "the state of Israel was
    established in 1948", "a UN peacekeeping force was established in March 1964", "a Cypriot
    government was formed in 1964", headline "Government formed without Turkish Cypriots". The
    verbs are those of the ontology's founding patterns ('establish {STATE}', ...) and "form";
    what is founded is a word of the ontology's ``STATE`` class or stands for a state, a body or
    a force. The verb is the trigger, coded as the founding; the dictionary's own sense of the verb
    ("established contacts": cooperation) needs a founder and a second party, which this lacks."""
    founding = [p for p in onto.patterns if p.form == "FOUND_STATE" and len(p.words) == 2
                and p.words[1] == onto.classes.get("STATE")]
    if not founding:
        return []
    verbs = frozenset().union(*(p.words[0] for p in founding)) | {"form"}
    out: list[tuple[Token, Token, Pattern]] = []
    for verb in sent:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
            continue
        noun = _carried_noun(verb)
        if noun is None or noun.dep_ not in ("nsubjpass", "nsubj"):
            continue
        if not (keys(noun) & onto.classes["STATE"] or any(
                m.kind in FOUNDED_KINDS for m in phrase_mentions(noun, index))):
            continue
        label = onto.forms[founding[0].form].label
        if index.at(noun) is None and not keys(noun) & onto.classes["STATE"]:
            label = f"{noun.lower_} {label}"  # "United Nations force is founded", not the UN itself
        out.append((verb, noun, replace(founding[0], words=(frozenset({verb.lemma_.lower()}), frozenset(keys(noun))),
                                        summary=label)))
    return out


#: words that make a negation a delay: "did not ratify the convention until May 1989" was done then
UNTIL_WORDS = frozenset({"until", "till", "before"})
#: CAMEO 054 "grant diplomatic recognition": withheld, a refusal by the negated patterns PETRARCH2 writes for
#: RECOGNISE ("WILL NOT * + [123]", "SAID NOT * [120]") in whatever tense it is told (``_negated_refusal``)
RECOGNITION_CAMEO = "054"


def _negated_refusal(event: EventMention, pred: Token, onto: Ontology) -> Coding | None:
    """The REJECT coding of a negated act that is a refusal, else None.

    PLOVER codebook (``PLOVER_MANUAL.tex``), REJECT: "All rejections and refusals"; its auxiliary
    modes: "negation: 'Thus far, fighting has not re-emerged in the tense region.' ... Negated
    events can be excluded from the final event dataset", and where an event type is another
    type plus an auxiliary mode "the coder should always return the single event category, not a
    category+auxiliary". Which negated acts are refusals the codebook leaves to the coder; the
    field's verb dictionary says it verb by verb: PETRARCH2's negated patterns coded CAMEO 12
    (REJECT) - "NOT * [120]" and "NEVER * [120]" of ACCEPT and AGREE, "NOT * &TREATY [120]" of
    SIGN, "NOT * [120]" of ALLOW (ratify, approve), "NOT * [125]" of ATTEND, "WOULD NOT *
    &MILITARY [1246]" of WITHDRAW (:meth:`VerbDictionary.refine_negated`). Elsewhere the negation
    stays the event's auxiliary mode: "has not endorsed the proposal" is SUPPORT, negated (its
    "NOT * [110]" is a disapproval, no refusal), "did not open fire" ASSAULT, negated. Diplomatic
    recognition (CAMEO 054) withheld takes RECOGNISE's refusal whatever tense the pattern is written
    in: "did not recognise the regime" is its "WILL NOT * + [123]", REJECT (session 66: the
    non-recognitions of dev texts usaphl, blrrus, ausjpn, hunrou, srbkos, ugatan were SUPPORT, negated).
    A "never" is a "not" ("never ratified the treaty": "NOT * [120]" of ALLOW).

    Only cooperation is refused (REJECT's modes: assist, change, yield, meet): a negated hostile
    act stays negated ("NOT * [120]" of DESTROY). Not when several parties fail to agree between
    them ("the two sides never agreed on the boundary": no one refused the other), nor a delay
    ("did not ratify it until 1989"). The negation is the act's own verb's: on a verb governing
    it, it is that verb's ("did not want to go to war" is no refusal of anything). A dated happening of no
    type (OTHER) is a refusal when its own verb's negated pattern says so ("Ethiopia did not
    attend the final session": "NOT * [125]" of ATTEND, REJECT meet)."""
    other = event.type == OTHER_TYPE  # "Ethiopia did not attend the session"
    if event.modality != NEGATED or not (other or (
            event.intensity > 0 and event.type in onto.types and onto.types[event.type].family == "plover")):
        return None
    verb = pred
    if verb.pos_ != "VERB" or any(
            c.lower_ in UNTIL_WORDS for c in verb.children if c.dep_ in ("prep", "mark", "advcl")):
        return None
    if len({p.actor_id or p.name for p in event.actors(SOURCE)}) > 1:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children):
        return None  # "he was not authorised to comment": no one named refused him ("was never accepted by Kabul" is Kabul's)
    coding = VERBS.refine_negated(verb)  # None unless the negation is on this verb itself
    if coding is None and event.cameo == RECOGNITION_CAMEO:
        # recognition withheld: RECOGNISE's refusal, written in the future, is the refusal told in any tense
        # ("did not recognise the regime", "has never recognised the line": "WILL NOT * + [123]")
        coding = VERBS.refine_negated(verb, any_tense=True)
    return coding if coding is not None and coding.type == "REJECT" else None


#: the future tense (``_told_in_future``): its auxiliaries, and the verbs that schedule what they
#: govern ("is expected to sign", "is scheduled to visit", "is due to meet", "is set to open")
FUTURE_TENSE = frozenset({"will", "'ll", "wo"})  # "shall" is an obligation ("forces shall withdraw")
SCHEDULING_VERBS = frozenset({"expect", "schedule", "due", "set"})


def _told_in_future(pred: Token) -> bool:
    """The act is told in the future tense, the auxiliary mode PLOVER reduces a cooperative act
    with: "will visit", "are expected to sign" - on the predicate or a verb governing it through
    ``xcomp``; not a conditional ("would sign": possible), a plan or a wish ("plans to visit")."""
    cur = pred
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_TENSE for c in cur.children):
            return True
        if cur is not pred and cur.lemma_.lower() in SCHEDULING_VERBS:
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head


def _stance(event: EventMention, pred: Token, index: MentionIndex, onto: Ontology) -> EventMention:
    """An event told as a stance is coded as the stance, as PLOVER does.

    1. A demand: what a named actor says another must or should do is a REQUEST of that actor
       to it ("the UN said Iraq must withdraw from Kuwait": the UN demands, of Iraq, mode yield).
    2. An intent: cooperation an actor is ready, willing or prepared to give, or offers, promises
       or pledges, is an AGREE of that actor ("Turkey was willing to accept a federation"); a
       retreat or concession offered stays itself (PLOVER: they do not reduce to AGREE).
    3. A refusal: an act an actor refuses or declines to do is a REJECT of that actor, its mode
       by the refused type ("Serbia refused to meet Kosovo's premier": REJECT meet, CAMEO 125);
       the modality stays ``refused``, as for a plain "X refused". So is a negated act the verb
       dictionary codes as a refusal (``_negated_refusal``: "Kabul never accepted the line").
    4. A threat: a hostile act the warner says it will or would do is a THREATEN of the warner,
       its mode by the act ("Iran warned that it would attack Israeli ships": violence, 138).
    5. The future: cooperation told in the future tense is an AGREE, a retreat a CONCEDE, as
       PLOVER reduces them (``_told_in_future``: "Chile's president will travel to Lima for a
       state visit", "France will withdraw its troops"); the modality stays planned.
    """
    if pred.pos_ == "VERB" and pred.lemma_.lower() in OFFER_VERBS and event.modality == ASSERTED \
            and event.type in onto.types and onto.types[event.type].intended is not None:
        # the light verb of an offer carries the noun ("proposed a ceasefire", "offered a
        # withdrawal"): a retreat offered is a concession, as "offered to withdraw" is
        as_intended(event, onto)
        event.context = []
        return event
    refusal = _negated_refusal(event, pred, onto)
    if refusal is not None:
        event.modality = REFUSED  # "Kabul never accepted the line": a refusal, coded as one below
    if event.modality == REFUSED and event.type != "REJECT" and (
            refusal is not None or onto.types[event.type].family == "plover"):
        mode = STANCE_MODES.get(event.type)
        refuser = next((index.at(c) for c in pred.head.children if c.dep_ == "nsubj" and index.at(c) is not None), None) \
            if pred.dep_ == "xcomp" else None
        if refuser is not None and any(p.actor_id == refuser.actor_id for p in event.actors(TARGET)):
            # "Cuba refused to accept aid offered by Mexico": Cuba, the recipient, rejects Mexico
            event.participants = [replace(p, role=TARGET if p.role == SOURCE else SOURCE)
                                  if p.role in (SOURCE, TARGET) else p for p in event.participants]
        event.summary = f"{event.summary.split(' [')[0]} [refused]"
        event.type, event.form, event.mode = "REJECT", onto.types["REJECT"].form, mode
        event.cameo, event.context = REFUSAL_CAMEO.get(mode or "", "120"), []
        event.intensity = onto.types["REJECT"].score_of(mode)
        if refusal is not None and refusal.mode:  # the dictionary's own REJECT mode and code
            event.mode, event.cameo, event.intensity = refusal.mode, refusal.cameo, float(refusal.score)
        return event
    modal = {c.lower_ for c in pred.children if c.dep_ == "aux"} & DEMAND_MODALS
    head = pred.head
    if modal and pred.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS | DEMAND_VERBS:
        sayer = next((index.at(c) for c in head.children if c.dep_ == "nsubj" and index.at(c) is not None), None)
        doers = event.actors(SOURCE)
        if sayer is not None and sayer.named and doers and all(p.actor_id != sayer.actor_id for p in doers):
            mode = STANCE_MODES.get(event.type, "change")
            rtype = onto.types["REQUEST"]
            event.participants = [Participant(SOURCE, sayer.text, sayer.actor_id, sayer.name or sayer.text,
                                              sayer.kind, start=sayer.start_char, end=sayer.end_char)] + [
                Participant(TARGET, p.text, p.actor_id, p.name, p.kind, p.state, p.start, p.end) for p in doers]
            event.summary = f"{sayer.name or sayer.text} demands {event.summary.split(' [')[0]}"
            event.type, event.form, event.mode, event.cameo = "REQUEST", "DEMAND", mode, "100"
            event.intensity, event.modality, event.attribution = rtype.score_of(mode), ASSERTED, None
            return event
    future = {c.lower_ for c in pred.children if c.dep_ == "aux"} & FUTURE_MODALS
    if ((future and pred.dep_ == "ccomp") or pred.dep_ == "xcomp") and head.lemma_.lower() in WARNING_VERBS \
            and event.intensity < 0 and event.type in onto.types and onto.types[event.type].family == "plover" \
            and event.type != "THREATEN":
        warner = next((index.at(c) for c in head.children if c.dep_ == "nsubj" and index.at(c) is not None), None)
        doers = event.actors(SOURCE)
        if doers and (warner is None or all(p.actor_id == warner.actor_id for p in doers)):
            targets = event.actors(TARGET) or [index.at(c) for c in head.children
                                               if c.dep_ in ("dobj", "dative") and index.at(c) is not None]
            threat = threat_of(event.type, event.cameo)  # the content of the threat (data/threat_contents.tsv)
            mode = threat[0] if threat else (event.mode if event.mode in onto.types["THREATEN"].modes else None)
            event.participants = doers + [
                p if isinstance(p, Participant) else
                Participant(TARGET, p.text, p.actor_id, p.name or p.text, p.kind, start=p.start_char, end=p.end_char)
                for p in targets]
            event.summary = f"{event.summary.split(' [')[0]} (threat: {head.text})"
            event.type, event.form, event.mode = "THREATEN", onto.types["THREATEN"].form, mode
            event.cameo = threat[1] if threat else "130"
            # the threat is told as its verb tells it: "did not threaten to attack" is no threat made
            event.modality, event.attribution = modality(head, head.sent)
            event.intensity = onto.types["THREATEN"].score_of(mode)
            return event
    if future and pred.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS and event.type in onto.types \
            and onto.types[event.type].intended is not None and _said_by_doer(head, event, index):
        # "Saddam announced that his troops would withdraw": a retreat its doer announces is a
        # concession (PLOVER, CONCEDE: "announced ... would withdraw troops"), not yet a retreat
        as_intended(event, onto)
        event.context = []
        return event
    if event.modality == PLANNED and event.type in onto.types and _told_in_future(pred):
        told = onto.types[event.type]
        if told.intent is not None:
            # PLOVER, AGREE: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID
            # reported in future tense are also taken to imply intentions and should be coded as
            # AGREE" ("the two governments are expected to sign a peace accord next week")
            event.type, event.mode, event.cameo = "AGREE", None, told.intent
            event.intensity, event.context = float(onto.types["AGREE"].score), []
            return event
        if told.intended is not None:
            # PLOVER, RETREAT: "Announcements of future retreats should be coded as CONCEDE"
            # ("France will withdraw its troops by the end of the year")
            as_intended(event, onto)
            event.context = []
            return event
    if event.type == "RETREAT" and event.modality == PLANNED and pred.pos_ == "VERB" and pred.dep_ == "xcomp" \
            and head.lemma_.lower() in PLEDGING_HEADS and event.actors(SOURCE) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        # rule ``retreat_pledged``: PLOVER, RETREAT: "Announcements of future retreats should be coded as
        # CONCEDE"; RETREAT is "immediate (not simply promised) material consequences". A retreat its doer
        # commits itself to or undertakes to make, or is to make ("Russia undertook to
        # withdraw its forces by 2002", "the troops were to leave within three years", "Israel is to
        # withdraw over 60 days") is a concession, CAMEO 0356 (the type's ``intended``), as "promised to
        # withdraw" is (``PLEDGING_HEADS``). Session 51, type51: dev texts georus, mdarus, zafago, isrlbn.
        as_intended(event, onto)
        event.context = []
        return event
    stance = head if pred.dep_ == "xcomp" else None
    if stance is None and pred.lemma_.lower() in INTENT_VERBS and any(
            c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
            for c in pred.children):
        stance = pred  # a dictionary phrase took the complement: "offered to supply X with Y" (OFFER, 070)
    if stance is not None and (stance.lemma_.lower() in INTENT_VERBS or (
            stance.pos_ == "ADJ" and stance.lemma_.lower() in STANCE_ADJECTIVES)):
        if event.intensity > 0 and event.type not in ("RETREAT", "CONCEDE") and event.actors(SOURCE):
            event.type, event.mode, event.cameo = "AGREE", None, "030"
            event.intensity = onto.types["AGREE"].score
            if stance is not pred:  # the offer is asserted; an offer's own mood stays ("could offer")
                event.modality = ASSERTED
            event.summary = f"{event.summary.split(' [')[0]} (intent: {stance.text} to)"
    return event


def _said_by_doer(say: Token, event: EventMention, index: MentionIndex) -> bool:
    """The saying verb's subject is the event's doer or speaks for its state ("Iraqi military
    officials said all Iraqi units would leave", "Moscow announced that Soviet troops would
    withdraw"): the states of the actors named in the subject phrase."""
    subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
    doers = event.actors(SOURCE)
    if subject is None or not doers:
        return False
    when = event.earliest or event.date
    said = {id(m): m for t in subject.subtree if (m := index.at(t)) is not None and m.actor_id}
    ids = {m.actor_id for m in said.values()}
    states = {s for m in said.values() for s in (m.country, state_for(m.actor_id, when), state_for(m.actor_id, None)) if s}
    return bool(ids) and all(p.actor_id in ids or (p.state or p.actor_id) in states for p in doers)


def _dated_predicates(sent: Span, sent_refs: list, triggers: list[Trigger], index: MentionIndex,
                      filed: list[tuple[int, int]], only: set[int] | None = None,
                      acts: frozenset[int] = frozenset()) -> list[Trigger]:
    """Dated happenings no trigger names, kept as OTHER with their predicate: a verb that a
    calendar date of its sentence governs and whose subject is a named actor ("Toyota recalled
    400,000 cars in March 2009", "Ireland held a referendum on 2 October 2009"). What people
    say is no happening of its own (its content is), unless what is said is a thing named, not a
    clause (``said_act``: "announced a new fishing limit on 3 May 1990"); nor are copulas and
    auxiliaries. A verb of beginning with the act begun as its complement tells that act, the
    beginner its doer (``begun_act``: "Chile began pumping oil in May 1990"). ``acts``:
    verbs of an act (a trigger the checks turned down) whose dated agentless passive is the
    happening of the thing acted on (``_acted_on_passive``)."""
    taken = {t.i for trig in triggers for t in trig.tokens} | {
        trig.carrier.i for trig in triggers if trig.carrier is not None}
    out: list[Trigger] = []
    for ref in sent_refs:
        if ref.root is None or ref.attributive or ref.prospective or (ref.relative and not _news_day(ref)):
            continue
        root = sent.doc[ref.root]
        # the date is the verb's adjunct ("in March 2009", "on 2 October"), not its object ("defined
        # the 1990s") nor a bound of a state ("since 1953 X has created", "until the 1990s X was seen")
        # a timeline entry's date ("18 May 1963 - X was burned", "1982: X invades") hangs on the
        # entry's verb however the parser labels it
        entry = bool(ref.heading) and root.dep_ in ENTRY_DATE_DEPS and root.head.pos_ == "VERB"
        if not (entry or root.dep_ in ("npadvmod", "tmod") or (
                root.dep_ == "pobj" and root.head.lower_ in DATING_PREPS and root.head.head.pos_ == "VERB")):
            continue
        verb = root.head if entry or root.dep_ in ("npadvmod", "tmod") else root.head.head
        if verb.pos_ != "VERB":
            continue
        if verb is None or verb.i in taken or verb.i in {t.anchor.i for t in out} or (
                only is not None and verb.i not in only):
            continue
        lemma = verb.lemma_.lower()
        begun = OCCURRENCE_VERBS.get(lemma) == BEGUN_HAPPENING  # a verb of beginning tells only a happening's start
        if (lemma in SAY_VERBS and not said_act(verb)) or (lemma in OTHER_EXCLUDED and not begun) \
                or not (sent.start <= verb.i < sent.end):
            continue
        subject = _own_subject(verb, filed)
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subject = _shared_subject(verb, filed)  # "Chile joined the pact in 1990 and adopted the peso in 1999"
        subject = _occurrence_subject(verb, subject)
        act_begun = begun_act(verb.head, taken) if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and \
            OCCURRENCE_VERBS.get(verb.head.lemma_.lower()) == BEGUN_HAPPENING else None
        inherited = subject is None and act_begun is not None and act_begun.i == verb.i
        if inherited:
            subject = _own_subject(verb.head, filed)  # "Chile began pumping oil in May 1990": the beginner's
        if subject is not None and _member_of(subject)[0]:
            subject = _member_of(subject)[0][0]  # "Fiji's membership of the Commonwealth was suspended"
        mention = index.at(subject) if subject is not None else None
        if subject is not None and subject.pos_ == "PRON" and _occurrence(verb, subject, sent):
            mention = None  # "It entered into force in 1991": the accord of the sentence before, no doer
        elif subject is not None and (mention is None or not mention.named):
            mention = _pronoun_doer(subject, index) or mention  # "He married X in 1961", "It rejoined the council in 1980"
        if inherited and (mention is None or not mention.named):
            subject = mention = None  # "the lake began to fill in 1974": no doer named, the complement's own case
        source = PREDICATE
        act = begun_act(verb, taken) if begun and mention is not None and mention.named else None
        if act is not None:
            pass  # "Chile began to privatise the farms in 1976": the named doer's act begun, dated
        elif begun and (mention is not None or subject is None or subject.i in taken or not ref.calendar
                      or ref.precision not in _dating.FINENESS
                      or not _occurrence(verb, subject, sent)):
            continue  # "Iraq began in 1980", "the war began" of a war coded with its parties, "the
            # meeting began at 10:05 a.m." (a time of day, no calendar date): no occurrence
        if only is not None and _told_by_its_doer(verb, subject, mention, index, filed):
            pass  # a trigger the checks turned down, its own date on it: its doer is judged when coded
        elif mention is None or not mention.named:
            if mention is not None or subject is None or (subject.i in taken and not _carried_elsewhere(
                    verb, subject, triggers)):
                continue
            occurs = _occurrence(verb, subject, sent)
            if not (occurs or (verb.i in acts and _acted_on_passive(verb, subject, sent))):
                continue  # a subject that is an event's own trigger ("the ceasefire came into force") is told
            if occurs and (OCCURRENCE_VERBS.get(lemma) == OPENED_THING
                           or subject.pos_ == "PRON") and not YEAR.search(ref.text):
                continue  # "a liaison office opened in September": which September only the story knows
            # "the third filling was completed in August 2022": no doer, the happening
            source = OCCURRENCE if occurs and not (
                OCCURRENCE_VERBS.get(lemma) == OPENED_THING and verb.i in acts
                and _acted_on_passive(verb, subject, sent)) else ACTED_ON  # "the bridge was opened": a trigger's act
        out.append(Trigger(verb, [verb], Pattern(
            words=(frozenset({lemma}),), form=OTHER_FORM, summary=_third_person(lemma) + (
                f" {act.lower_}" if act is not None and act.lower_.endswith("ing") else
                f" to {act.lemma_.lower()}" if act is not None else ""),
            coding=_ONTOLOGY.form_coding(OTHER_FORM), source=source)))
    return out


#: the ontology's classes of texts a body adopts, passes or issues: a resolution, a ruling, a plan (PROPOSAL),
#: an accord (ACCORD)
TEXT_CLASSES = ("PROPOSAL", "ACCORD")
#: texts besides those classes that a body adopts, passes or issues and whose content is its act
TEXT_NOUNS = frozenset({"law", "bill", "decree", "motion", "road map", "roadmap", "map", "report", "statement", "act"})
#: every noun of a text adopted: the classes' and ``TEXT_NOUNS``
_TEXT_WORDS = frozenset().union(*(_ONTOLOGY.classes.get(c, frozenset()) for c in TEXT_CLASSES)) | TEXT_NOUNS


def begun_act(verb: Token, taken: set[int]) -> Token | None:
    """Rule ``begun_act``: a verb of beginning whose complement is a verb no trigger codes tells
    that act begun ("Ruritania began pumping oil in May 1990", "Freedonia began to implement the
    award on 3 June 1991"): the doer's dated happening, told by the complement (None when there is
    none, it is negated, or a trigger codes it: "began to shell the town" is the shelling's)."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i not in taken and not any(
                g.dep_ == "neg" for g in list(c.children) + list(verb.children)):
            return c
    return None


#: the dependencies of what a verb of saying says when it is a clause ("announced that ...", "said it
#: would ...", "declared: ...", "told X to ..."): its content, coded on the content's own verb
SAID_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})


def said_act(verb: Token) -> bool:
    """Rule ``said_act``: a verb of saying whose object is a thing named, not a clause, tells an
    act of its own ("Ruritania announced the normalisation of relations on 3 May 1990", "the king
    proclaimed the republic in 1931", "declared the envoy persona non grata in June"): no content
    is coded for it, so its date is the saying's happening. A clause said ("announced that it
    would ...", "declared: ..."), a pronoun ("said so", "announced it") or a quotation is a
    content told, coded on its own verb (``stance_contents``)."""
    if any(c.dep_ in SAID_CLAUSE_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ in ("NOUN", "PROPN") and not any(t.is_quote for t in o.subtree) for o in objects)


#: verbs by which a party does what the party of the clause before did ("X recognised the regime, and Y followed")
FOLLOWING_VERBS = frozenset({"follow"})


def _followed_suit(coded: list) -> None:
    """Rule ``followed_suit``: a party that "followed" - the verb with no object, coordinated with the clause
    before it - did that clause's act ("Ruritania recognised the new government on 3 May, and Freedonia
    followed a day later"; "Norland signed the pact on 4 June, and Kestavia followed on 9 June"):
    the dated happening of no type (OTHER) its verb was left as takes the type, mode and CAMEO code of the
    act coded in the clause it follows, and that act's recipients other than itself; its own doer, date and
    modality stay. PLOVER codes the act, whoever does it; "followed" is no act of its own. The act followed
    is the coded event whose trigger lies in the head clause and not in the follower's (a coordinated verb's
    clause may carry its act in a complement: "moved first to recognise")."""
    by_anchor = {t.anchor.i: (t, e) for t, e in coded if e is not None}
    for t, e in coded:
        verb = t.anchor
        if e is None or e.type != OTHER_TYPE or verb.pos_ != "VERB" or verb.lemma_.lower() not in FOLLOWING_VERBS:
            continue
        if verb.dep_ != "conj" or any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") for c in verb.children):
            continue  # "followed the August announcement with a roadshow", "followed up": no act repeated
        if not e.actors(SOURCE):
            continue
        head = verb.head
        # the act of the head clause: its verb's, or that of a complement verb it takes ("moved first to
        # recognise"), not a noun's in an adjunct ("after the break-up of the federation")
        chain = [head]
        while chain[-1].i not in by_anchor:
            nxt = next((c for c in chain[-1].children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
            if nxt is None:
                break
            chain.append(nxt)
        if chain[-1].i not in by_anchor:
            continue
        act = by_anchor[chain[-1].i][1]
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if act.type == OTHER_TYPE or subject is None or not any(
                p.start is not None and p.start <= subject.idx < (p.end or p.start) + 1 for p in act.actors(SOURCE)):
            continue  # the one followed is the act's doer ("Velmora fell to the army, and Ostrin followed")
        doers = {p.actor_id or p.text for p in e.actors(SOURCE)}
        e.type, e.mode, e.cameo, e.intensity, e.form = act.type, act.mode, act.cameo, act.intensity, act.form
        e.context, e.subtype, e.reversal = list(act.context), act.subtype, act.reversal
        if not e.actors(TARGET):
            e.participants += [replace(p) for p in act.actors(TARGET) if (p.actor_id or p.text) not in doers]
        e.checks.append("followed_suit")


def _text_told_by_its_content(verb: Token, coded: set[int]) -> list[int]:
    """Rule ``text_told_by_its_content``: a text adopted, passed or issued (the verb's direct object is a
    resolution, a law, a decree, a plan: spaCy's LAW, the ontology's PROPOSAL and ACCORD classes,
    ``TEXT_NOUNS``) whose content is told as an act a trigger codes - a participle of the verb's own
    ("adopted Resolution 12, demanding a ceasefire", "passed a resolution calling on Norland to withdraw")
    or a relative clause of the text ("a decree that banned the party") - is that act, coded by its trigger
    with the body as its doer (PLOVER codes what is demanded, sanctioned or approved, and who it is asked of:
    no happening of no type besides it). The dated verb, left OTHER or typed by the back-off otherwise than its
    content ("passed Resolution 12 demanding a ceasefire" is no concession, whatever the field's dictionary
    codes "pass"), is then no happening of its own.
    ``coded`` holds the anchors of the sentence's coded events; the content's anchors among them are returned."""
    def text(tok: Token) -> bool:
        return tok.ent_type_ == "LAW" or bool(keys(tok) & _TEXT_WORDS)

    objs = [c for c in verb.children if c.dep_ == "dobj" and text(c)]
    # the participle telling the content, with no subject of its own or the text as its subject (the parser
    # may read "passed Resolution 12 demanding a ceasefire" as the resolution demanding)
    told = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
            and all(text(g) for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))]
    if not objs and not any(text(g) for c in told for g in c.children if g.dep_ == "nsubj"):
        return []
    told += [c for o in objs for c in o.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    # the act is told by the clause's verb or by its object ("imposing an arms embargo": the embargo)
    return [i for i in coded for t in told if i == t.i or (verb.doc[i].dep_ == "dobj" and verb.doc[i].head.i == t.i)]


def _news_day(ref) -> bool:  # noqa: ANN001 - a _dating.TimeRef
    """A deictic resolved against the stated publication date to a calendar date ("issued
    yesterday", "voted on Tuesday", "addressed parliament this afternoon"): news of that date,
    dating its predicate like a written date. A relative expression anchored on the narrative
    ("a year later") does not: its anchor may be another clause's. (The time stage resolves no
    deictic against an inferred date, so ``dct`` here is a date the page states.)"""
    return ref.anchor == "dct" and ref.calendar


def _shared_subject(verb: Token, filed: list[tuple[int, int]]) -> Token | None:
    """The subject a coordinated verb shares with the verb it is coordinated with ("Chile joined the
    pact in 1990 and adopted the peso in 1999": Chile), when that verb is active as this one is: a
    passive's subject is acted on ("X was arrested in May and released in June" is no doer's act)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "auxpass" for c in head.children):
        return None
    own = _own_subject(head, filed)
    return own if own is not None and own.dep_ == "nsubj" else None


def _carried_elsewhere(verb: Token, thing: Token, triggers: list[Trigger]) -> bool:
    """Rule ``effect_after_carried_act``: a verb of coming into effect (:data:`OCCURRENCE_VERBS` with the
    nouns of its object: "came into force", "took effect", "entered into operation") whose thing is the
    first conjunct's (``_conjunct_thing``) tells a happening of its own when that first conjunct is a
    light verb of the ontology, a trigger or a trigger's carrier ("the treaty was signed in Lima on 2 May 1986 and came into force on 1 March
    1987": the signing is the treaty's event, its coming into force a second one, dated by its own
    clause) - not when the thing's trigger is told by nothing else ("the ceasefire came into force")."""
    if not isinstance(OCCURRENCE_VERBS.get(verb.lemma_.lower()), frozenset) or thing.i not in _conjunct_thing(verb):
        return False
    head = thing.head  # the first conjunct, whose subject the thing is
    return head.i != verb.i and (light_lemma(head, _ONTOLOGY.light_verbs) in _ONTOLOGY.light_verbs or any(
        t.anchor.i == head.i or (t.carrier is not None and t.carrier.i == head.i) for t in triggers))


def _conjunct_thing(verb: Token) -> set[int]:
    """The subject a coordinated active verb with none of its own takes from the verb it is coordinated
    with, active or passive ("the Accord was signed in 1897 and came into force in 1898", "the pact
    lapsed in 1990 and expired in 1991": the Accord, the pact), as token indices; empty for a verb with
    a subject of its own or in the passive (whose subject is acted on: ``_dated_passive``)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "auxpass") for c in verb.children):
        return set()
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return {c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")} if head is not verb else set()


def _occurrence_subject(verb: Token, subject: Token | None) -> Token | None:
    """The thing a verb of taking place (:data:`OCCURRENCE_VERBS`) tells of, where its subject is not
    written as its own: in a relative clause, the noun the clause hangs on ("the rebellion that began on
    12 March 1984", "strikes, which began in May 1911": the rebellion, the strikes); a coordinated verb
    with no subject, the first conjunct's (``_conjunct_thing``: "the protocol was signed in 2001 and took
    effect in 2002"). Else ``subject`` as it is. Session 66, dated66: a second clause's date was lost to
    its thing; fires (37 dev subjects measured) on texts of civfra, georus, lkaind, swenor, isrlbn,
    egysdn, dzamli, ausnzl, kentza, gbrirl, nplind, isrsyr, gmbsen, eridji, moralg, sengnb, lbrsle."""
    if verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return subject
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        # "the revolt of the Weavers' League, which began in 1877": the parser hangs the clause on the nearest
        # noun; the happening is the noun whose phrase that one closes
        if noun.lemma_.lower() not in _happening_nouns() and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                and noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() in _happening_nouns():
            noun = noun.head.head
        # a name or a people the clause hangs on is no happening ("the canal from Maravia, which opened
        # in 1931", "the voters who went to the polls"): the relative pronoun stays the subject
        # in the verb's own sense of taking place ("the engineer who came to Lisbon" tells no occurrence)
        return noun if noun.pos_ == "NOUN" and not noun.ent_type_ and _occurrence(verb, noun, verb.sent) else subject
    if subject is None and (thing := _conjunct_thing(verb)):
        return verb.doc[min(thing)]
    return subject


def _pronoun_doer(subject: Token, index: MentionIndex) -> Mention | None:
    """The one named actor a he/she/it subject stands for (``phrase_mentions``: the person last
    named, the state or body that is the subject above), so a dated predicate told of it is its
    doer's ("Maria Lopez led the union. In 1977 she married X"); a "they" that stands for the
    plural subject before it, one named actor ("The rebels of the M23 mutinied in April. They
    entered Goma in November") or a pair of named actors, the pair's act ("Chad and Niger
    quarrelled ... In May 1971 they met in Lagos": the first of them stands for the doer here, the
    roles take both); else None (an "it" or "they" with no such antecedent, a dummy "it seemed")."""
    if subject.pos_ != "PRON" or subject.lower_ not in PERSON_PRONOUNS | {"it", "they"} or subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if verb.tag_ == "VBG":
        return None  # "while he was convalescing in July": a state it was in, the background of another act
    if subject.lower_ in ("it", "they") and not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return None  # "Algeria declined to renew the contract when it expired": an "it" below is the thing
    own = index.at(subject)  # the actor stage's reading of the pronoun: the person it names
    if own is not None and own.kind == "person" and own.name:
        return replace(own, named=True)
    found = phrase_mentions(subject, index)
    if subject.lower_ == "they":
        return found[0] if found and all(m.named for m in found) else None
    return found[0] if len(found) == 1 and found[0].named else None


def _told_by_its_doer(verb: Token, subject: Token | None, mention: Mention | None, index: MentionIndex,
                     filed: list[tuple[int, int]]) -> bool:
    """A verb the checks turned down as a trigger (its dictionary sense needs a recipient or a
    named doer the clause does not give) whose own adjunct dates it, told with a doer: a named
    actor or a he/she pronoun as its subject, or - a participle or conjunct with no subject of
    its own - the named doer of the clause it hangs on ("X tried to mediate, hosting talks in
    Abeche in September 2003"). It comes back as a dated happening (OTHER with its predicate),
    and its participants are judged as any event's are when it is coded."""
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a passive's subject is acted on, not the doer
    if subject is None:
        if verb.dep_ not in ("advcl", "conj", "xcomp", "pcomp") and not any(c.dep_ == "agent" for c in verb.children):
            return False  # "students studying in Moscow in the 1950s": a participle of a noun describes
            # it; one with its doer told ("talks sponsored by X in May 2020") is X's act
        inherited = _past_the_dateline(_subjects(verb)[0], filed)
        subject = inherited[0] if inherited else None
        mention = index.at(subject) if subject is not None else None
    if subject is None:
        return False
    if subject.lower_ in PERSON_PRONOUNS and subject.dep_ == "nsubj":
        return True
    return mention is not None and mention.named


def _occurrence(verb: Token, subject: Token | None, sent: Span) -> bool:
    """A happening told by its own noun as the subject of a verb of taking place, coming into
    effect or being carried out (:data:`OCCURRENCE_VERBS`), that no actor is named in: "the first
    filling happened in August 2020", "the federation came into force on 15 September 1952", "the
    third filling was completed in August 2022". Not a pronoun or a name, not a figure ("the
    population followed"), not negated; the caller has checked that a calendar date governs the
    verb."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRENCE_VERBS or subject is None or not (sent.start <= subject.i < sent.end):
        return False
    if subject.pos_ != "NOUN" and not (subject.head.i == verb.i and _it_taken_up(subject)
                                       and isinstance(OCCURRENCE_VERBS[lemma], frozenset)):
        return False  # "it" only as the verb's own subject, not one shared with a verb before
    if subject.lemma_.lower() in STATISTIC_NOUNS or any(c.dep_ == "neg" for c in verb.children) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return False
    told = OCCURRENCE_VERBS[lemma]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if told == OPENED_THING:
        return bool(keys(subject) & _ONTOLOGY.classes.get("OPENINGS", frozenset())) and subject.dep_ in (
            "nsubjpass" if passive else "nsubj") and not any(
            c.dep_ in ("dobj", "agent", "xcomp", "ccomp", "prt") for c in verb.children)
    if told is None or told == BEGUN_HAPPENING:
        if told == BEGUN_HAPPENING and subject.lemma_.lower() not in _happening_nouns():
            return False
        return not passive and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    if told == "passive":
        return passive and subject.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    return not passive and any(o.lemma_.lower() in told for o in objects)


def _accord_parties(verb: Token, index: MentionIndex) -> list:
    """Rule ``accord_in_force_keeps_its_parties``: the parties of an accord a subject "it" of a verb of
    coming into force stands for (``_it_taken_up``: "X and Y signed the treaty in 1961. It entered into
    force in 1963"; "The agreement was signed by X and Y. It entered into force ..."): the named doers of the
    clause that told the accord - its subject when the accord is the object, its agent when the accord is
    the passive subject - each as a source (the pair's act, as the signing was). [] when the "it" stands
    for no accord (a law or a constitution in force is no act between parties) or no doer is named.
    Session 64, type64: dev texts hunsvk, candnk, gabgnq."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"), None)
    thing = _it_taken_up(subject) if subject is not None else None
    if thing is None or not keys(thing) & _ONTOLOGY.classes.get("ACCORD", frozenset()):
        return []
    clause = thing.head
    doers = [c for c in clause.children if c.dep_ == "nsubj"] if thing.dep_ == "dobj" else [
        p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [c for d in list(doers) for c in d.conjuncts]
    out = []
    for tok in doers:
        m = index.at(tok)
        if m is not None and m.named and (m.actor_id or m.country):
            out.append((m, SOURCE, tok))
    return out


#: the entity labels of an actor, whose coming into force "it" never stands for
ACTOR_LABELS = frozenset({"PERSON", "GPE", "NORP"})


def _it_taken_up(subject: Token) -> Token | None:
    """The thing a subject "it" of a verb of coming into force or taking place stands for: the
    patient of the sentence before (its main verb's passive subject or object), else its subject,
    when it is a common noun or a name of no person or state ("The trade agreement was signed in July 2000. It entered into
    force in December 2001"; "the parliament passed an amendment. It came into force on 1
    September"); None otherwise. Session 51, recall51: dev texts usavnm, gabgnq, hunsvk."""
    if subject.lower_ != "it" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.sent.start == 0:
        return None
    if any(t.pos_ in ("NOUN", "PROPN") and t.i < subject.i for t in subject.sent):
        return None  # the sentence names a thing before "it": the pronoun may take that up
    before = subject.doc[subject.sent.start - 1].sent.root
    for dep in ("nsubjpass", "dobj", "nsubj"):  # a thing acted on before its doer: "passed an amendment"
        for c in before.children:
            if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ACTOR_LABELS:
                return c
    return None


#: the CAMEO code of mediation (045 "engage in mediation", PLOVER CONSULT): the broker's act
MEDIATION = "045"
#: the ontology's classes of the things a broker brokers: an accord or a ceasefire, talks, relations restored
MEDIATED_CLASSES = ("ACCORD", "CEASEFIRE", "TALKS", "RELATIONS")


def _mediated_for_no_one(trig: Trigger, found: list, onto: Ontology) -> bool:
    """Rule ``mediated_between_the_pair``: a doer's verb of mediation (CAMEO 045: "brokered",
    "mediated") whose object is a thing of :data:`MEDIATED_CLASSES` - "brokered an agreement",
    "brokered the ceasefire that ended the war", "brokered a restoration of ties" - with no party named
    besides the broker. PLOVER's CONSULT needs the parties (the mediator is its source, the sides its
    recipients); when the sentence names none, the sides are the document's two states, as the
    relations of "relations were restored" are (the caller adds them; a broker that is one of them
    adds none). Session 64, type64: dev texts pakafg, belcod, dzamli, eridji."""
    anchor = trig.anchor
    if anchor.pos_ != "VERB" or trig.pattern.coding.cameo != MEDIATION or trig.passive:
        return False
    if [r for _, r, _ in found] != [SOURCE]:
        return False
    things = frozenset().union(*(onto.classes.get(c, frozenset()) for c in MEDIATED_CLASSES))
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(keys(o) & things for o in objs)


def _acted_on_passive(verb: Token, subject: Token, sent: Span) -> bool:
    """Rule ``dated_act_passive_is_happening``: a verb of an act (an ontology or dictionary trigger
    the checks turned down: no doer named, or a code the dictionary files only under a category's
    generic one) told in the passive with no agent, its patient a common noun ("the last of the
    ports": the things it picks out), and a calendar date
    on the verb itself (the caller has checked that) tells what was done to that thing and when,
    though not by whom: "the ratifications were exchanged in Montevideo on 4 October 1828", "the
    first constitution was sworn on 18 July 1830", "the bridge was opened on 16 September 1976".
    Kept as a happening (OTHER, the verb's phrase), no PLOVER type claimed: the act's type would
    need its doer and recipient. Not a figure or a pronoun ("three were executed", "it was agreed"),
    not negated or with no thing ("no agreement was signed")."""
    if subject.dep_ != "nsubjpass" or subject.head.i != verb.i or not (sent.start <= subject.i < sent.end):
        return False
    if subject.pos_ == "ADJ":
        # "the last of the ports was handed over in October 1938": the things it picks out
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), subject)
    if subject.pos_ != "NOUN":
        return False  # a name is the actors' business ("the consul was expelled": ``_dated_passive``)
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) > 1:
        return False  # two subjects for one verb is a misparse: which thing was acted on is unknown
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children):
        return False  # "the arbitrator, X, was heard discussing ...": the complement is the
        # happening, and a person's is the actors' business
    if any(c.dep_ in ("agent", "neg") for c in verb.children) or subject.lemma_.lower() in STATISTIC_NOUNS \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return False
    return subject.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")


def _occurrence_summary(trig: Trigger) -> str:
    """"third filling was completed", "federation came into force": the happening's noun with its
    modifiers and the verb's phrase, dates left out."""
    verb = trig.anchor
    subject = _occurrence_subject(verb, next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if subject is None and (thing := _conjunct_thing(verb)):
        subject = verb.doc[min(thing)]  # "the Protocol settled the dispute and guaranteed free passage": a thing told
    if subject is None:
        return " ".join(t.text for t in verb.subtree if t.i >= verb.i and not t.is_punct)
    subject = _it_taken_up(subject) or subject  # "It entered into force": the agreement it stands for
    words = [t for t in subject.subtree if t.i <= subject.i and (t.dep_ in ("compound", "amod", "nummod") or t == subject)]
    if subject.pos_ == "ADJ":  # "last of the ports was handed over"
        words += [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree if not t.is_punct]
    words += [t for t in verb.children if t.dep_ in ("auxpass", "aux") and t.i < verb.i] + [verb]
    words += [t for t in verb.children if t.dep_ == "prt"]
    for child in verb.children:
        if child.i > verb.i and (child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "into")):
            words += [t for t in child.subtree if not t.is_punct]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _force_movements(sent: Span, triggers: list[Trigger], index: MentionIndex, onto: Ontology) -> list[Trigger]:
    """Military activity told by a verb of movement, no trigger of its own: an armed force that
    enters, crosses into or marches into a state invades it (INVADE: "Russian tanks crossed into
    Georgia", "Iraqi troops entered Kuwait in 1990"); one that moves, advances or sets sail with
    no state entered deploys (MOBILIZE: "the task force set sail for the South Atlantic", "the
    Turkish army advanced to the Green Line"). The subject must be troops, arms or an armed force
    (``TROOPS`` and ``ARMS`` of the ontology, or an ``armed_force`` actor)."""
    # a march by troops is no demonstration, their landing no visit, nor an advance by them the
    # dictionary's sense
    taken = {t.i for trig in triggers for t in trig.tokens if (len(trig.tokens) > 1 and trig.pattern.form != "VISIT")
             or (trig.pattern.source == "ontology" and trig.pattern.form not in ("PROTEST", "VISIT"))}
    forces = onto.classes.get("TROOPS", frozenset()) | onto.classes.get("ARMS", frozenset())
    patterns = {form: next(p for p in onto.patterns if p.form == form and len(p.words) == 1)
                for form in ("INVADE", "MOBILIZE", "OCCUPY", "ASSAULT", "RETREAT")}
    out: list[Trigger] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        homeward = _homeward(verb)
        if verb.pos_ != "VERB" or verb.i in taken or verb.dep_ == "amod" or not (
                lemma in MOVE_VERBS or (lemma in HOMEWARD_VERBS and homeward)):
            continue
        if lemma in MOVE_OBJECTS and not any(c.dep_ == "dobj" and c.lower_ in MOVE_OBJECTS[lemma] for c in verb.children):
            continue
        subjects = _surface_subject(verb, 0)
        if not subjects or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subject = subjects[0]
        mention = index.at(subject)
        if any(t.lower_ in NO_ONE_WORDS for t in subject.subtree if t.i < subject.i):
            continue  # "no rebel has crossed the border", "not one soldier crossed": no movement told
        if not (keys(subject) & forces or (mention is not None and mention.kind in ARMED_KINDS)
                or _sector(subject) in FORCE_SECTORS  # "rebels", "guerrillas", "militiamen" (session 42)
                or armed_by_modifier(subject)):  # "armed men landed at the village"
            continue
        entered = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "across")
                   for p in c.children if p.dep_ == "pobj"]
        if lemma in ("enter", "cross", "storm"):
            entered += [c for c in verb.children if c.dep_ == "dobj"]
        if lemma == "land":  # "landed in Cyprus"
            entered += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                        for p in c.children if p.dep_ == "pobj"]
        # the state entered, or the state a part entered belongs to ("western parts of Georgia's interior")
        entered = [s for t in entered for s in t.subtree if s.dep_ in ("pobj", "poss", "dobj", "compound", "amod")
                   or s.i == t.i]
        own = {m.country or m.actor_id for m in phrase_mentions(subject, index)}  # its own state is not invaded
        if lemma not in MOVE_VERBS and not own - {None}:
            continue  # "the troops would go home": whose troops going home, untold, tells no one's withdrawal
        entered = [t for t in entered if any(m.kind in ("state", "historical_state") and m.actor_id not in own
                                             for m in phrase_mentions(t, index))]
        landed = _landed_abroad(verb, subject, index) if lemma == "land" and not entered else None
        invades = bool(entered) or landed is not None
        # a force going back is returning to its own side ("crossed back into Israel"), no entry
        back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children) or homeward
        # a force that crosses the border (the ontology's BORDER class as its object) goes into the
        # other side: an invasion (PLOVER ASSAULT, CAMEO 190: "Indonesian forces crossed the border",
        # "Syrian forces crossed the border", "forces crossed the international border"), its
        # recipient the neighbour (``_targets.border_neighbour``) (session 43, force43)
        if lemma in CROSSING_MOVES and not invades and not back and any(
                c.dep_ == "dobj" and keys(c) & BORDER for c in verb.children):
            invades = True
        # a force that enters a town, or storms into one, takes it (PLOVER COERCE seize, CAMEO 192 "Occupy
        # territory"): "rebels entered the town", "troops stormed into the city" (session 42); so
        # does one that marches, pushes, rolls, advances or moves into one ("troops marched into
        # the city", "tanks rolled into the capital", "forces pushed into the province": ground
        # taken, no move short of force) (session 43, force43)
        places = _places_entered(verb, index, into_only=lemma not in SEIZING_MOVES)
        if lemma not in SEIZING_MOVES:  # "Georgian troops moved into Georgian villages": its own ground
            places = [t for t in places if not any(
                (m.country or m.actor_id) in own or (m.actor_id and state_for(m.actor_id, None) in own)
                for s in t.subtree for m in phrase_mentions(s, index))]
        seizes = not invades and (lemma in SEIZING_MOVES or not back) and bool(places)
        # a force that storms what is no place taken uses force on it (PLOVER ASSAULT, "actual uses
        # of force"): "infantry stormed the position", "commandos stormed the ship" (session 43)
        assaults = not invades and not seizes and lemma in ASSAULTING_MOVES
        # a force that goes back to its own side, entering no one's ground, withdraws: PLOVER RETREAT
        # withdraw ("a military retreat from ... territory"; CAMEO 087): "the battalions crossed back
        # into Ghana", "the brigade crossed back out of Malawi", "the troops started coming home";
        # no deployment (MOBILIZE is a move "short of the actual use of force", a show of force, not
        # its end) (session 47, type47: dev texts isrlbn, zafago, usavnm)
        withdraws = back and not invades and not seizes and not assaults
        pattern = patterns["INVADE" if invades else "OCCUPY" if seizes else "ASSAULT" if assaults
                           else "RETREAT" if withdraws else "MOBILIZE"]
        if lemma in MOVE_OBJECTS:  # "sets sail"
            pattern = replace(pattern, words=(frozenset({lemma}), MOVE_OBJECTS[lemma]),
                              summary=f"{_third_person(lemma)} {min(MOVE_OBJECTS[lemma])}")
        out.append(Trigger(verb, [verb], pattern, entered=entered if invades else [], landed=landed))
    return out


def _homeward(verb: Token) -> bool:
    """The verb is told going home: "home" (or "homeward") as its adverb ("sailed home", "the troops
    came home")."""
    return any(c.dep_ in ("advmod", "npadvmod", "prt") and c.lower_ in HOME_WORDS for c in verb.children)


#: words that make a subject no one ("no rebel", "not one soldier", "none of the troops")
NO_ONE_WORDS = frozenset({"no", "not", "none", "never"})
#: verbs of movement whose force, entering a place, takes it ("entered the town"); the other verbs of movement
#: take it only "into" it ("marched into the city", "stormed into the city", ``_places_entered``)
SEIZING_MOVES = frozenset({"enter"})
#: verbs of movement whose force, storming what it does not move into, attacks it ("stormed the position", "stormed
#: the island", "stormed the capital"): PETRARCH2 codes "storm" 190 (PHYSICAL_CONFLICT, PLOVER ASSAULT), a
#: sudden attack, whose taking of the place, if any, the text tells apart (session 63, type63: dev texts prtind,
#: eriyem, mdvind had an island or a capital stormed coded COERCE seize)
ASSAULTING_MOVES = frozenset({"storm"})
#: verbs of movement whose force crossing the border (the ontology's BORDER class) invades
CROSSING_MOVES = frozenset({"cross"})
BORDER = _ONTOLOGY.classes.get("BORDER", frozenset())


def _places_entered(verb: Token, index: MentionIndex, into_only: bool = False) -> list[Token]:
    """The places a verb of movement enters: its object or the object of its "into" that is a named
    place (the entity recogniser's GPE, LOC or FAC, a one-word name taken: ``place_taken``, or a place
    the actors stage resolved: ``PLACE_KINDS``) or a noun of the ontology's TERRITORY class ("entered the town"); no war, union or force entered
    ("entered the war", "entered the European Union", "entered into force")."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and not into_only] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    return [t for t in objs if t.ent_type_ in LANDING_PLACE_ENTS or keys(t) & TERRITORY
            or (t.dep_ == "dobj" and place_taken(t))
            or ((m := index.at(t)) is not None and m.kind in PLACE_KINDS)]


#: prepositions of where a force lands ("landed at Pisco", "landed near San Carlos")
LANDING_PREPS = frozenset({"at", "in", "on", "near"})
#: entity labels of a named place
LANDING_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _landed_abroad(verb: Token, subject: Token, index: MentionIndex) -> tuple[Token, str] | None:
    """A force landing at a named place of the other side: (the place's token, the state landed
    in) when an armed force of one of the document's two main states lands at, in, on or near
    a place the text names (a named place entity or the actors stage's place) that is not its own
    state's, the other state named last before it (``_targets._pair_other``): "Chilean troops
    landed at Pisco", "Indonesian paratroopers landed near Labis". A landing is an amphibious or
    airborne entry (PLOVER ASSAULT, CAMEO 190), no deployment, when it is at the other side's
    place. A place the knowledge base files under the doer's own state is its own ground; one
    filed under a third state is left to the states stage (``entered``)."""
    doers = {s for t in subject.subtree for m in phrase_mentions(t, index)
             for s in (m.country, state_for(m.actor_id, None) if m.actor_id else None) if s}
    if len(doers) != 1:
        return None  # "British and French paratroopers landed": allies, no side to read
    other = pair_other(verb, doers, index)
    if other is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in LANDING_PREPS:
            continue
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            m = index.at(place)
            if m is None and place.ent_type_ not in LANDING_PLACE_ENTS:
                continue
            if m is not None and m.kind not in ("place", "government_seat", "territory", "region"):
                continue
            state = state_for(m.actor_id, None) if m is not None and m.actor_id else None
            held = knowledge_base().get(state) if state is not None else None
            if state is None or state == other or (held is not None and held.part_of == other):
                return place, other  # a territory the other state holds ("landed near Port Stanley")
    return None


def _member_of(noun: Token) -> tuple[list[Token], list[Token]]:
    """(members, bodies) of a membership noun: "Fiji's membership of the Commonwealth", "Egypt's
    membership in the Arab League"; empty for other nouns."""
    if noun.lemma_.lower() not in MEMBERSHIP_NOUNS:
        return [], []
    members = [c for c in noun.children if c.dep_ == "poss"]
    bodies = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "on")
              for p in c.children if p.dep_ == "pobj"]
    return members, bodies


def _own_subject(verb: Token, filed: list[tuple[int, int]]) -> Token | None:
    """The subject of ``verb``, leaving out a news dateline's place: the parser takes "TEHRAN" in
    "TEHRAN, February 26 (Agency) - Iran's navy staged drills on Wednesday" for a first subject of
    "staged", but the dateline only says where the text was filed (``filed``: its character spans)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not any(lo <= c.idx < hi for lo, hi in filed)), None)


def _past_the_dateline(subjects: list[Token], filed: list[tuple[int, int]]) -> list[Token]:
    """Subjects, a news dateline's place replaced by what the parser hung on it after the dash:
    in "PARIS, 3 May (Agency) - France and Germany signed a pact" the place is the only subject
    and "France and Germany" its apposition; the place only says where the text was filed."""
    out: list[Token] = []
    for tok in subjects:
        if not any(lo <= tok.idx < hi for lo, hi in filed):
            out.append(tok)
            continue
        for appos in (c for c in tok.children if c.dep_ == "appos" and not any(lo <= c.idx < hi for lo, hi in filed)):
            out.extend([appos, *(c for c in appos.conjuncts if c.i > appos.i)])
    return out


def _absorb(coded: list[tuple[Trigger, EventMention | None]]) -> list[EventMention]:
    """A nominal trigger that a dictionary verb's phrase pattern matched and the verb tell one
    event, when the verb makes one. When the verb re-codes it, the verb's event stands: "lifted
    the blockade" eases a blockade (RETREAT), it imposes none; "suspended talks" halts
    negotiations. When the verb's coding and the noun's own lie on opposite sides of the scale,
    the verb reverses the noun's act (``reversal``), and the noun's recipient is the verb's
    ("lifted the blockade of Cuba"). When both are coded alike, the noun's event stands, its
    roles read from the noun ("won the backing of Germany": Germany supports)."""
    owners = {i: (t, e) for t, e in coded if e is not None for i in t.absorbs}
    dropped: set[int] = set()
    for t, e in coded:
        owner = owners.get(t.anchor.i) if e is not None and t.anchor.pos_ == "NOUN" else None
        if owner is None:
            continue
        verb_event = owner[1]
        if verb_event.type == e.type:
            dropped.add(id(verb_event))
            if not e.actors(SOURCE) and verb_event.actors(SOURCE):  # "Chile did not take part in
                held = {(p.actor_id, p.text) for p in e.participants}  # joint exercises": Chile's
                e.participants[:0] = [p for p in verb_event.actors(SOURCE) if (p.actor_id, p.text) not in held]
                if e.modality == ASSERTED:
                    e.modality = verb_event.modality
                if e.summary.startswith("? "):
                    e.summary = f"{joined_names(e.actors(SOURCE))} {e.summary[2:]}"
            continue
        dropped.add(id(e))
        if (verb_event.intensity > 0) != (e.intensity > 0):
            verb_event.reversal = True
        if not verb_event.actors(TARGET):  # "lifted the blockade of Cuba": Cuba is its recipient
            targets = [p for p in e.actors(TARGET)
                       if p.actor_id not in {q.actor_id for q in verb_event.participants}]
            verb_event.participants.extend(targets)
            if targets:
                verb_event.summary += " " + " and ".join(p.name or p.text for p in targets)
    return [e for _, e in coded if e is not None and id(e) not in dropped]


# --- arguments --------------------------------------------------------------------------------


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


#: the verbs by which a cleft clause hangs on its "it was X": the parser makes the clause the
#: copula's complement ("It was Iraq that started the war") or, with a parenthesis between,
#: a conjunct ("it was Iranian artillery, Baghdad insisted, that opened fire")
CLEFT_DEPS = frozenset({"ccomp", "conj"})


def cleft_focus(verb: Token, rel: Token) -> Token | None:
    """The doer a cleft sentence puts in focus ("**It was** Iraq **that** started the war", "it was
    Russia who started it", "it was Iranian artillery, Baghdad insisted then, that opened fire"):
    the relative pronoun ``rel`` subject of ``verb`` stands for the copula's attribute, not for
    itself. The copula has the expletive "it" as its subject and a noun attribute before the
    pronoun; the clause is its complement, or hangs on the verb of a parenthesis that holds the
    copula ("..., Baghdad insisted, that opened fire": the parser's ccomp or conj). A true relative
    clause ("the ship that sank") is ``relcl`` and left to the caller; "it was clear that X ...",
    "it was in 1941 that X ..." have no noun attribute (and "that" is no subject there); only the
    first relative subject after the focus is its clause ("It was X that brokered the accord,
    which promised ...": the accord promised)."""
    if verb.dep_ not in CLEFT_DEPS or rel.i > verb.i:
        return None
    sent = verb.sent
    for be in sent:
        if be.i >= rel.i or be.lemma_ != "be":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" and c.i < be.i for c in be.children):
            continue
        attrs = [c for c in be.children if c.dep_ == "attr" and c.i < rel.i and c.pos_ in ("PROPN", "NOUN")]
        if not attrs:
            continue
        first = next((t for t in sent if t.i > attrs[0].i and t.lower_ in RELATIVE_PRONOUNS
                      and t.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.i != rel.i:
            continue  # "It was X that brokered the accord, which promised ...": the accord promised
        if be.i in {t.i for t in verb.head.subtree}:  # its complement, or hung past a parenthesis
            return attrs[0]
    return None


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(agents, patients) of a verb, inherited from the verbs above when it has no subject."""
    agents: list[Token] = []
    patients: list[Token] = []
    left_subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and _beyond_colon(child, verb):
            continue  # 'X asked: "thousands died"': X is no subject of what the quote says
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < verb.i and child.i != left_subjects[-1].i:
            continue  # two subjects for one verb is a misparse: "X, on his first day after Y was sacked"
        focus = cleft_focus(verb, child) if child.lower_ in RELATIVE_PRONOUNS else None
        if child.dep_ == "nsubj":
            agents.append(focus if focus is not None else
                          verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "nsubjpass":
            patients.append(focus if focus is not None else
                            verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
            # "were wounded by Indian shelling" parsed with the gerund as the by-phrase's clause:
            # the nationality word of the act that did it is the doer (``_demonym_gerund``)
            agents.extend(g for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                          for g in c.children if g.dep_ in ("amod", "compound") and g.ent_type_ == "NORP"
                          and g.i < c.i)
    head = verb.head
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
    )
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not has_subject and not agents:
        swallowed = date_swallowed_subject(verb)
        if swallowed is not None:  # "On 5 December Maduro unveiled ...": Maduro unveiled
            (patients if passive else agents).append(swallowed)
            return agents, patients
    if has_subject or depth > 4 or head.i == verb.i or (agents and not passive):
        return agents, patients
    if verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    ):
        return agents, patients  # an infinitive coordinated with a finite verb: a misparse
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.lemma_.lower() in STANCE_ADJECTIVES:
        surface = _surface_subject(head.head, depth + 1)  # "Turkey was willing to accept": Turkey accepts
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        if verb.tag_ == "VBG" and head.lemma_.lower() in GERUND_CLAUSE_VERBS:
            return agents, patients  # "X said allowing FDI is compromising ...": no one named allows
        if head.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
            return agents, patients  # "it was not fair to blame X": no one blames
        fors = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
                for p in c.children if p.dep_ == "pobj"]
        if fors:  # "asking for British troops to be pulled out", "called for Iran to stop"
            return (agents, fors) if passive else (fors, [])
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        if objs and head.lemma_.lower() in OBJECT_CONTROL:
            return (agents, objs) if passive else (objs, [])
        surface = _surface_subject(head, depth + 1)
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if _separate_clause(verb, head):
            return agents, patients
        real = misattached_conj(verb)
        if real is not None:
            head = real  # "Blair said Labour would ... and attacked X": Blair attacked
        surface = _surface_subject(head, depth + 1)
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in MEANS_PREPS \
            and head.head.pos_ in ("VERB", "AUX") and head.dep_ == "prep":
        # "Russia reacted by deploying troops", "after signing the accord, X left": the doer of
        # the clause the gerund hangs on does it
        surface = _surface_subject(head.head, depth + 1)
        return (agents, surface) if passive else (surface, [])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        prev = verb.doc[verb.i - 1] if verb.i > 0 else None
        if prev is not None and prev.lower_ in REDUCED_RELATIVE_HEADS and prev.dep_ in ("appos", "nsubj", "dobj", "pobj"):
            return agents, patients  # "two lawsuits - one accusing it of ...": the lawsuit accuses
        if _demonym_gerund(verb):
            return [verb.doc[verb.i - 1]], []  # "were killed by Serbian shelling": Serbia shells
        return _surface_subject(head, depth + 1), []
    copula = None if passive else ranked_copula(verb)
    if copula is not None:  # "Chile was the first country to recognise Namibia": Chile recognised it
        return _surface_subject(copula, depth + 1), []
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if _addressed(verb):  # "Howard has written to Blair demanding an explanation": the writer demands
            return _surface_subject(head.head.head, depth + 1), []
        if verb.tag_ == "VBG":
            return _maker_of(head, depth), []
        if verb.tag_ == "VB" and not passive and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return _maker_of(head, depth), []  # "led a mission to sink the cruiser": who led it sinks
        if verb.dep_ == "relcl" and not passive and verb.tag_ != "VBN":
            return [head], []
    return agents, patients


#: the prepositions of a date set before its clause with no comma ("On 5 December Maduro ...")
FRONTED_DATE_PREPS = frozenset({"on", "in"})


def _date_word(tok: Token) -> bool:
    """A date written in figures with its separators: "30.08.1973", "9/7/2018"."""
    return bool(re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", tok.text))


def date_swallowed_subject(verb: Token) -> Token | None:
    """The subject the parser took into a date set before the clause with no comma: "On 5
    December Maduro unveiled a map", "On 28 February 2020 Turkey announced ..." are read as the
    preposition's object "Maduro" modified by the date, and the finite verb left with no subject.
    The name is the subject when the verb, finite and with no subject of its own, heads the
    preposition, which opens the clause before it, and every word between the preposition and
    the name is the date's (numbers and month names); None otherwise."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.lower_ not in FRONTED_DATE_PREPS:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME") or name.i > verb.i:
            continue
        start = name.i  # the name's own words before it ("Halldór Hallfreðsson")
        while start - 1 > prep.i and name.doc[start - 1].dep_ == "compound" and name.doc[start - 1].pos_ == "PROPN" \
                and name.doc[start - 1].lower_ not in MONTHS and not _date_word(name.doc[start - 1]):
            start -= 1
        between = name.doc[prep.i + 1:start]
        if len(between) and all(t.like_num or t.lower_.rstrip(".") in MONTHS or _date_word(t) for t in between) \
                and any(t.lower_.rstrip(".") in MONTHS or _date_word(t) for t in between) \
                and all(t.head.i == name.i or t.head.i in {b.i for b in between} for t in between) \
                and name.i + 1 <= verb.i and all(t.dep_ in ("compound", "conj", "cc", "punct", "appos", "amod")
                                                 or t.head.i != name.i for t in name.doc[name.i + 1:verb.i]):
            return name
    return None


def _demonym_gerund(verb: Token) -> bool:
    """A passive's by-phrase the parser split in two: "dozens of civilians were killed by Serbian
    shelling", "the villages were destroyed by Russian bombing" read as the agent "Serbian" and an
    adverbial gerund "shelling" that would take the passive's subject - the victims - as its doer.
    The gerund is the by-phrase's noun and the nationality word before it (a lone pobj of the
    agent, with no determiner or modifier of its own) its doer, never the passive's subject."""
    head = verb.head
    if verb.i == 0 or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    prev = verb.doc[verb.i - 1]
    return prev.dep_ == "pobj" and prev.head.dep_ == "agent" and prev.head.head.i == head.i \
        and prev.ent_type_ == "NORP" and all(c.i < prev.i and c.ent_type_ == "NORP" for c in prev.children)


def _maker_of(noun: Token, depth: int) -> list[Token]:
    """Who acts through a thing a participle tells the act of: an actor noun acts itself ("troops
    firing on the crowd"); a thing - a letter, a statement, a bomb - acts for the one who made,
    sent or published it, the subject of the verb it is the object of or the agent of the verb it
    is the passive subject of ("Makarios sent a letter accusing the junta", "an open letter
    accusing the junta was published by Makarios", "the rebels planted a bomb killing three")."""
    if noun.tag_ != "NN" or noun.lemma_.lower() in agent_heads() | QUANTITY_HEADS or noun.ent_type_ in ACTOR_ENTS \
            or _is_actor(noun):
        return [noun]  # "students studying abroad", "a number of points respecting the mandate": no maker
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return _surface_subject(head, depth + 1) or [noun]
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB":
        return [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or [noun]
    return [noun]


def _is_actor(tok: Token) -> bool:
    """The token is inside an actor mention of the actors stage (``doc._.actors``)."""
    if not Doc.has_extension("actors") or not tok.doc._.actors:
        return False
    spans = ((a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end) for a in tok.doc._.actors)
    return any(start <= tok.idx < end for start, end in spans)


def _addressed(verb: Token) -> bool:
    """A participle hung on the addressee of a verb of writing or turning to someone: "has
    written to Blair demanding an explanation" - the writer demands, of Blair."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "relcl") and head.dep_ == "pobj" \
        and head.head.lower_ == "to" and head.head.head.lemma_.lower() in ADDRESS_VERBS


def _punished(prep: Token) -> list[Token]:
    """Who a sanction "for" or "over" an act punishes: the act's doer, named in its possessor or
    demonym ("imposed for the Iraqi invasion of Kuwait", "sanctions over Iran's programme")."""
    return [g for p in prep.children if p.dep_ == "pobj" for g in p.children
            if g.dep_ in ("poss", "amod", "compound") and g.pos_ in ("PROPN", "ADJ")]


def _beyond_colon(subject: Token, verb: Token) -> bool:
    """A subject the parser joined to a verb across a colon that opens a quote or a clause of
    its own, with the verb's real subject after it."""
    if subject.i > verb.i:
        return False
    colon = [t for t in verb.doc[subject.i + 1 : verb.i] if t.text == ":" and t.head.i == verb.i]
    return bool(colon) and any(c.dep_ in ("nsubj", "nsubjpass") and colon[0].i < c.i < verb.i
                               for c in verb.children)


def _separate_clause(verb: Token, head: Token) -> bool:
    """A verb the parser coordinated with ``head`` that is no continuation of its clause, so
    does not share its subject: one with a modal the head lacks ("UKIP suspended a candidate for
    suggesting the insane should be killed"), or one set off by a dash with a noun of its own
    before it ("... monthlies and booklets - heavily subsidised")."""
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"} & MODALS
    if own and not ({c.lower_ for c in head.children if c.dep_ == "aux"} & MODALS) and not _coordinated_predicate(verb, head):
        return True
    if any(c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i for c in verb.children):
        return True
    between = verb.doc[head.i + 1 : verb.i] if head.i < verb.i else []
    return any(t.text in ("-", "–", "—", ";") and t.head.i in (verb.i, head.i) and t.dep_ == "punct"
               for t in between)


#: the conjunctions that join a second predicate to its subject's first ("rejected ... and would not accept")
PREDICATE_CONJUNCTIONS = frozenset({"and", "but"})


def _coordinated_predicate(verb: Token, head: Token) -> bool:
    """Rule ``a_modal_predicate_coordinated``: a verb with a modal of its own whose clause opens with
    the head's own "and" or "but" (nothing but its modal, negation or adverbs between) is the second
    predicate of the head's subject: "Kenya rejected the plan and would not accept a mediator"
    (Kenya would not accept), "the state criticised the award but would comply with it"."""
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i] + [verb.i])
    before = verb.doc[first - 1] if first > 0 else None
    return before is not None and before.dep_ == "cc" and before.head.i == head.i and before.lower_ in PREDICATE_CONJUNCTIONS


def _surface_subject(verb: Token, depth: int) -> list[Token]:
    """The grammatical subject of a verb (active or passive), inherited like ``_subjects``."""
    agents, patients = _subjects(verb, depth)
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return patients
    return agents + patients


def _verb_roles(trig: Trigger, onto: Ontology, filed: list[tuple[int, int]] = (),
                index: MentionIndex | None = None) -> None:
    """The roles of a verbal trigger's participants; ``filed``: the document's datelines
    (:func:`~chronica.actors.dateline.dateline_spans`, found once per document); ``index``: the
    sentence's actor mentions, for the sides a carried accord's name gives (:func:`dashed_sides`)."""
    verb = trig.anchor
    agents, patients = _subjects(verb)
    if filed:
        agents, patients = _past_the_dateline(agents, filed), _past_the_dateline(patients, filed)
    if trig.carries is not None:  # "the treaty was signed by X": what was signed, no party
        agents = [a for a in agents if a.i != trig.carries.i]
        patients = [p for p in patients if p.i != trig.carries.i]
        agents.extend(p for c in verb.children if c.dep_ == "agent" for p in c.children
                      if p.dep_ == "pobj" and p not in agents)
        if not agents and index is not None:
            # "the Portugal–Spain Free Trade Agreement was signed": the pair its name joins signed it
            agents.extend(dashed_sides(trig.carries, index))
    if patients and verb.lemma_.lower() in SOLD_VERBS:
        patients = []  # "the unit was sold to X": the unit is what changed hands, not a party
    # a dated participle qualifying a noun is that noun's passive ("the Front, founded on 10 May
    # 1973": ``_accords.dated_participle``); the noun is its patient, taken below
    trig.passive = bool(patients) or any(c.dep_ == "auxpass" for c in verb.children) or dated_participle(verb)
    if trig.passive and not agents:
        # "the rebels were supplied with rifles and trucks by Ruritania": a by-phrase
        # the parser hung on the last object is the agent
        for tok in verb.subtree:
            if tok.dep_ in ("prep", "agent") and tok.lower_ == "by" and tok.head.i != verb.i \
                    and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                        a.pos_ == "VERB" and a.i != verb.i for a in tok.ancestors if verb.is_ancestor(a)):
                agents.extend(p for p in tok.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
    for patient in list(patients):
        members, bodies = _member_of(patient)
        if members and not agents:  # "Fiji's membership of the Commonwealth was suspended": the body suspends Fiji
            patients = [p for p in patients if p.i != patient.i] + members
            agents = agents + bodies
    trig.agentive = bool(agents)
    roles: list[tuple[Token, str]] = [(a, SOURCE) for a in agents] + [(p, TARGET) for p in patients]
    # "relations between Argentina and Britain broke down", "ties with Iran soured": the parties
    # of the relations that are the subject
    for subj in agents + patients:
        if keys(subj) & onto.classes.get("RELATIONS", frozenset()):
            for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("between", "with")):
                role = SOURCE if prep.lower_ == "between" else TARGET
                roles.extend((p, role) for p in prep.children if p.dep_ == "pobj")
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        if (not has_obj or _addressed(verb)) and verb.head.i not in {a.i for a in agents} \
                and (trig.carries is None or verb.head.i != trig.carries.i) \
                and not _adverbial_relative(verb):  # "the Lome Accord signed by X"; not "Morocco, where he died"
            roles.append((verb.head, TARGET))
        if _mediates(trig) and agents and verb.dep_ == "acl":
            roles.extend((p, TARGET) for p in _mediated_parties(verb.head))
    subject = min((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS), default=None)
    allies, company = _companions(trig, agents, onto)
    roles.extend(allies)
    trig.allies = tuple(t.i for t, r in allies if r == SOURCE)
    if _acting_together(verb) and trig.pattern.form in onto.forms \
            and onto.forms[trig.pattern.form].type in victim_types(onto):
        # "A and B fought side by side": the subject's members are allies in force; "A and B worked
        # together" keeps its joint reading (a cooperation between them)
        trig.allies += tuple(t.i for a in agents for t in _with_conjuncts(a))
    for child in verb.children:
        if child.i in company:
            continue  # a phrase of company: its one acts with the subject (``_companions``)
        if child.dep_ in ("prep", "dative") and subject is not None and child.i < subject:
            continue  # fronted, an adverbial of the clause: "To Moscow's dismay, Belgrade expelled ..."
        if child.dep_ == "prep" and child.lower_ == "as":  # "fought as a guerrilla against X"
            for pobj in child.children:
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("against", "with", "on"):
                        roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            roles.append((child, TARGET))
            if child.dep_ == "dobj" and agents and _mediates(trig):
                # "Angola brokered a ceasefire between Kinshasa and the rebels": the parties
                # the mediator brought together are its recipients
                roles.extend((p, TARGET) for g in child.children if g.dep_ == "prep" and g.lower_ == "between"
                             for p in g.children if p.dep_ == "pobj")
            if child.dep_ == "dobj" and verb.lemma_.lower() in GOODS_VERBS:
                # "would not sell Russia weapons": the parser makes the recipient a compound
                roles.extend((g, TARGET) for g in child.children if g.dep_ == "compound" and g.i == verb.i + 1
                             and g.ent_type_ in ACTOR_ENTS)
            if child.dep_ == "dobj" and trig.pattern.form not in ("AID", "TRADE", "RETREAT"):
                # "could not approve Iran's application", "attacked Iran's reactors": Iran's
                roles.extend((g, TARGET) for g in child.children if g.dep_ == "poss" and g.pos_ == "PROPN")
                # "severed relations with Britain", "suspended talks with Georgia": the other party
                if trig.pattern.form in SYMMETRIC_FORMS or trig.absorbs:
                    roles.extend((p, TARGET) for g in child.children if g.dep_ == "prep" and g.lower_ == "with"
                                 for p in g.children if p.dep_ == "pobj")
                elif trig.pattern.form == OTHER_FORM:
                    # ``partner_of_the_thing``: a happening no type names, done to a thing shared with a
                    # named other ("cut all telephone lines with Finland", "ended the fishing union with
                    # Spain"): the other is its recipient; not a means ("with 900 tanks", "with Swedish
                    # help": no name)
                    roles.extend((p, TARGET) for g in child.children if g.dep_ == "prep" and g.lower_ == "with"
                                 for p in g.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
                # "confiscated the assets of ExxonMobil", "froze the accounts of Yukos": the owner
                roles.extend((p, TARGET) for g in child.children if g.dep_ == "prep" and g.lower_ == "of"
                             for p in g.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
            for grand in child.children:  # "supplier of arms to Russia" style: goods to X
                if grand.dep_ == "prep" and grand.lower_ == "to":
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
                elif grand.dep_ == "relcl" and verb.lemma_.lower() in GOODS_VERBS and grand.lemma_.lower() in (
                        "have", "own", "hold", "keep", "possess", "store", "stock"):
                    # "sent weapons they already had to Ukraine": the parser hangs the
                    # recipient on the relative clause
                    roles.extend((p, TARGET) for g in grand.children if g.dep_ == "prep" and g.lower_ == "to"
                                 for p in g.children if p.dep_ == "pobj")
                elif grand.dep_ == "prep" and grand.lower_ in ("in", "of") and trig.pattern.form == "TRADE" \
                        and (child.lemma_.lower() in STAKE_NOUNS or child.ent_type_ == "PERCENT"):
                    # "bought a majority stake in X", "bought 49% of X": X changes hands
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
        elif child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
            if child.lower_ == "over" and (any(c.dep_ == "dobj" for c in verb.children)
                                           or trig.pattern.form in ("FIGHT", "DISAPPROVE", "CONSULT", "AGREE")):
                continue  # "attacked the government over Iraq", "clashed with X over Europe": what it was about
            if child.lower_ == "at" and trig.pattern.form not in AIMED_AT_TYPES:
                continue  # "met Blair at Downing Street": where, not whom
            if child.lower_ == "against" and trig.pattern.form in ("SUPPORT", "AID", "COOPERATE", "AGREE"):
                continue  # "defended Poland against Russia": the adversary, not the one helped
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
            roles.extend((g, TARGET) for p in child.children if p.dep_ == "pobj"  # "to Mr Brown's plans"
                         for g in p.children if g.dep_ == "poss" and g.pos_ == "PROPN")
        elif child.dep_ == "prep" and child.lower_ == "with" and trig.pattern.form in SYMMETRIC_FORMS \
                and not trig.passive:
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "from" and trig.passive and not agents \
                and verb.lemma_.lower() in EXPEL_VERBS:
            # "was expelled from Labour"; not "were ejected from South Ossetia" (where from)
            roles.extend((p, SOURCE) for p in child.children if p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC"))
        elif child.dep_ == "prep" and child.lower_ == "from" and (
                trig.pattern.form in FROM_TYPES or verb.lemma_.lower() in ("buy", "purchase", "import", "acquire")):
            roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")  # "buy X from Airbus"
        elif child.dep_ == "prep" and child.lower_ in ("for", "over") and trig.pattern.form == "SANCTION":
            roles.extend((t, TARGET) for t in _punished(child))
        elif child.dep_ == "prep" and child.lower_ == "between" and (not trig.passive or trig.carries is not None):
            # "talks broke down between X and Y", "a ceasefire was agreed between X and Y"; not
            # "the vote was split between X and Y". A mediator's parties are its recipients
            # ("Siad Barre mediated between the two governments": :func:`_mediates`)
            role = TARGET if _mediates(trig) and agents else SOURCE
            roles.extend((p, role) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() in ("allow", "permit", "enable", "authorise",
                                                                        "authorize", "let"):
            # "had allowed Britain, France and Germany to take the lead": the ones permitted
            roles.extend((c, TARGET) for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ in ("ccomp", "xcomp") and trig.pattern.form == "THREATEN":
            # "warned it would retaliate against X", "threatened to cut supplies to X"
            for grand in child.children:
                if grand.dep_ in ("dobj", "dative") and grand.pos_ != "ADP":
                    roles.append((grand, TARGET))
                elif grand.dep_ == "prep" and (grand.lower_ in ("against", "on", "at") or (
                        grand.lower_ == "to" and child.lemma_.lower() in CUT_VERBS)):
                    # "to cut supplies to Ukraine"; not "to take the factory to Hungary"
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
        elif child.dep_ == "ccomp" and trig.pattern.form == "DEMAND" and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
            # "demanding (that) Blair spell out": the one asked to act
            roles.extend((c, TARGET) for c in child.children if c.dep_ == "nsubj")
    # "became the leader of X": X is where he leads; "created the state of X": X is founded;
    # "launched the war against X", "arrived in X": X is the target
    of_role = TARGET if trig.pattern.form == "FOUND_STATE" else OTHER
    if trig.pattern.form == "RETREAT" and any(t.lower_ == "out" for t in trig.tokens):
        of_role = TARGET  # "pulled out of Iraq"
    if trig.pattern.form == "RETREAT" and trig.passive and not agents:
        # "British troops were pulled out": the force withdrawn is the one withdrawing
        withdrawn = {p.i for p in patients}
        roles = [(t, SOURCE if r == TARGET and t.i in withdrawn else r) for t, r in roles]
    for tok in trig.tokens[1:]:
        if trig.pattern.form in DEAL_TYPES and tok.pos_ == "NOUN":
            roles.extend((t, TARGET) for t in _deal_parties(tok))  # "signed a deal to import gas from Iran"
        if tok.dep_ == "prep" and tok.head == verb:
            roles.extend((p, TARGET) for p in tok.children if p.dep_ == "pobj")
        for child in tok.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ == "of":
                roles.extend((p, of_role) for p in child.children if p.dep_ == "pobj")
            elif child.lower_ in TARGET_PREPS or (child.lower_ == "with" and trig.pattern.form in SYMMETRIC_FORMS) \
                    or (child.lower_ == "from" and trig.pattern.form == "FOUND_STATE"):
                # "became independent from France": the phrase hangs on the trigger's adjective
                roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
    roles.extend((t, TARGET) for t in trig.entered if t.i not in {r.i for r, _ in roles})
    trig.roles = roles


def _company_with(prep: Token) -> Token | None:
    """The preposition whose objects keep company with a clause's doer when ``prep`` (a child of
    the verb or of a noun) opens a phrase of company: "alongside X" (:data:`COMITATIVE_PREPS`), a
    "with" after or under a word of company (:data:`COMITATIVE_WORDS`: "together with X", "in
    concert with X", "side by side with X"), or "along" and "together" with their "with" under
    them ("along with X" as the parser hangs it); else None."""
    if prep.dep_ != "prep":
        return None
    low = prep.lower_
    if low in COMITATIVE_PREPS:
        return prep
    if low in COMITATIVE_WORDS:
        return next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if low != "with":
        return None
    before = prep.doc[prep.i - 1] if prep.i > prep.sent.start else None
    if (before is not None and before.lower_ in COMITATIVE_WORDS) or any(
            c.dep_ == "advmod" and c.lower_ in COMITATIVE_WORDS for c in prep.children):
        return prep
    return None


#: adverbs of acting together ("fought together", "attacked jointly")
TOGETHER_ADVERBS = frozenset({"together", "jointly"})
#: the objects of a phrase of company that stand for the subject's own members ("alongside each other")
RECIPROCAL_WORDS = frozenset({"other", "another"})


def _acting_together(verb: Token) -> bool:
    """Whether ``verb`` tells its doers acting together: "A and B fought together", "the two armies
    attacked jointly", "fought side by side", "fought alongside each other" - a plural subject's
    members are allies then, not each other's adversaries (rule ``comitative_companions``)."""
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in TOGETHER_ADVERBS:
            return True
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ == "side" and c.i + 2 < len(c.doc) \
                and c.doc[c.i + 1].lower_ == "by" and c.doc[c.i + 2].lower_ == "side":
            return True
        prep = _company_with(c)
        if prep is not None and any(p.dep_ == "pobj" and p.lower_ in RECIPROCAL_WORDS for p in prep.children):
            return True
    return False


def _companions(trig: Trigger, agents: list[Token], onto: Ontology) -> tuple[list[tuple[Token, str]], set[int]]:
    """Rule ``comitative_companions``: the ones a phrase of company names act together with the
    clause's doer, not on it - allies are co-doers, never each other's recipients. "Austria fought
    alongside Switzerland against Luxembourg", "Austria, together with Switzerland, attacked
    Luxembourg", "together with Switzerland, Austria attacked", "invaded Luxembourg in concert with
    Switzerland" (:func:`_company_with`), "Swiss troops, joined by Austrian units, attacked" (a
    participle of joining on the subject, :data:`JOINING_PARTICIPLES`) and, for force, "fought with
    Switzerland against Luxembourg" (a "with" beside an "against": the one fought against is the
    other) give their ones the doer's role. A phrase of company keeps the company of the one acted
    on instead when the verb is passive ("was arrested together with his aide"; not after its
    by-phrase, nor when its subject is the thing signed) or when it follows the object after a comma
    ("accused Austria, together with Iceland, of ..."). A happening (a type outside PLOVER's: a
    collapse, a death) shares no act.
    Returns the roles and the verb's prepositions read."""
    verb = trig.anchor
    out: list[tuple[Token, str]] = []
    read: set[int] = set()
    form = onto.forms.get(trig.pattern.form)
    if form is None or onto.types[form.type].family != "plover":
        return out, read  # a happening, no interaction ("the accord collapsed along with the regime"): no act shared
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    by = min((c.i for c in verb.children if c.dep_ == "agent"), default=None)
    force = trig.pattern.form in onto.forms and onto.forms[trig.pattern.form].type in victim_types(onto)
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
    for child in verb.children:
        prep = _company_with(child)
        if prep is None and force and against and child.dep_ == "prep" and child.lower_ == "with" \
                and not trig.passive:
            prep = child  # "fought with Switzerland against Luxembourg": with the one, against the other
        if prep is None:
            continue
        read.add(child.i)
        lead = child.i - 1 if verb.doc[child.i - 1].lower_ in COMITATIVE_WORDS else child.left_edge.i
        after_object = verb.doc[lead - 1].is_punct and any(lead - 2 == o.right_edge.i for o in objects)
        # after a passive the company is the patient's, unless it follows the by-phrase ("founded by
        # X together with Y") or the subject is the thing signed
        patient_side = trig.passive and trig.carries is None and not (by is not None and child.i > by)
        role = TARGET if patient_side or after_object else SOURCE
        out.extend((p, role) for p in prep.children if p.dep_ == "pobj")
    for holder, role in [*((a, SOURCE) for a in agents), *((o, TARGET) for o in objects if o.dep_ == "dobj")]:
        for child in holder.children:
            prep = _company_with(child)
            if prep is not None:  # "Austria, together with Switzerland, attacked": the subject's company
                out.extend((p, role) for p in prep.children if p.dep_ == "pobj")
            elif role == SOURCE and child.dep_ == "acl" and child.tag_ == "VBN" \
                    and child.lemma_.lower() in JOINING_PARTICIPLES:
                # "Swiss troops, joined by Austrian units, attacked": the ones who joined them
                out.extend((p, SOURCE) for g in child.children if g.dep_ == "agent"
                           for p in g.children if p.dep_ == "pobj")
    return out, read


#: relative pronouns that, as the object of a preposition, make a relative clause say where or
#: when ("the city in which he died")
PREP_RELATIVES = frozenset({"which", "whom"})


def _adverbial_relative(verb: Token) -> bool:
    """A relative clause that says where or when of the noun it qualifies - opened by a relative
    adverb ("fled to Morocco, where he died", "in 1962, when the pass was seen") or by a
    preposition with a relative pronoun ("the city in which he died") - has that noun as its
    setting, not as the one acted on: Morocco is no recipient of a death."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i:
            return True
        if c.dep_ == "prep" and c.i < verb.i and any(g.dep_ == "pobj" and g.lower_ in PREP_RELATIVES
                                                      for g in c.children):
            return True
    return False


def _mediates(trig: Trigger) -> bool:
    """The trigger codes mediation (CAMEO 045 in the ontology or the verb dictionary: "mediate",
    "broker"): a third party acting on the parties it brings together, so the objects of its
    between-phrase are its recipients, not doers beside it (PLOVER CONSULT, mode mediate: the
    mediator is the source, the parties the targets)."""
    return (trig.pattern.coding.cameo or "") == MEDIATION_CAMEO


def _mediated_parties(noun: Token) -> list[Token]:
    """The parties of an accord or talks a mediation participle qualifies ("Peru and Ecuador
    signed an agreement brokered by the United States", "a truce brokered by Qatar was agreed by
    Djibouti and Eritrea", "the ceasefire between X and Y brokered by Z"): the doers of the verb
    the noun is the object or passive subject of, and the noun's own between-phrase. They are the
    mediator's recipients (PLOVER CONSULT, mode mediate: the mediator the source), as
    :func:`_mediates` reads "X brokered a ceasefire between A and B"."""
    out = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
           for p in c.children if p.dep_ == "pobj"]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "nsubjpass" and verb.pos_ == "VERB":
        out += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return out


def _by_agents(tok: Token) -> list[Token]:
    """The objects of a by-phrase of ``tok``: the doer of an act noun ("the expulsion of the
    envoy by Ghana"), or - the parser hanging it on the act's "of" object - of that object
    ("the expulsion of refugees by Thailand")."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]


#: the kinds of actor that act as a body: their possessive on a noun of undergoing is its doer
#: ("the army's capture", "Iraq's expulsion of the envoy"): only a person, or a name no kind answers to, undergoes
BODY_KINDS = frozenset({"state", "historical_state", "government", "government_seat", "organisation", "agent",
                        "armed_force", "armed_group", "group", "place"})


def _undergoer(noun: Token, poss: Token, index: MentionIndex) -> bool:
    """Rule ``possessor_undergoes``: the possessor of a noun of undergoing (``UNDERGONE_NOUNS``:
    "murder", "arrest", "detention", "overthrow", "expulsion" ...) is the one it is done
    to - the recipient, not the doer - when it is a person (a person's name, "his", "her") or a proper
    name the actors stage gives no body's kind (a person the tagger took for a place or a firm:
    "Orsolan's arrest", "Telvik's detention"), and the noun has no "of" object to name the one it is done
    to ("the junta's arrest of the mayor", "Ghana's expulsion of the envoy": the possessor does it)."""
    if noun.lemma_.lower() not in UNDERGONE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    mention = index.at(poss)
    if poss.lower_ in PERSON_PRONOUNS or poss.ent_type_ == "PERSON" or (mention is not None and mention.is_person):
        return True
    if mention is not None and mention.resolved and mention.kind in BODY_KINDS:
        # a body undergoes it only when a from-phrase says what it is put out of ("Iraq's
        # expulsion from the league"); else it does it ("the army's capture")
        return noun.lemma_.lower() in EXPEL_NOUNS and any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)
    return poss.pos_ == "PROPN" and poss.ent_type_ != "NORP"


def _noun_roles(trig: Trigger, onto: Ontology, index: MentionIndex) -> None:
    noun = trig.anchor
    etype = onto.forms[trig.pattern.form]
    roles: list[tuple[Token, str]] = []
    for child in noun.children:
        dep, low = child.dep_, child.lower_
        if dep == "poss":
            roles.append((child, TARGET if _undergoer(noun, child, index) else SOURCE))  # "Stefan's murder"
        elif dep in ("amod", "compound", "nmod") and child not in trig.tokens and index.at(child):
            if dep == "compound" and etype.code in NAMED_AFTER_PLACE and not _hyphen_pair(child, index):
                continue  # "the Ukraine war", "the Kyoto treaty": where, not who ("the Iran-Iraq war": the sides)
            if dep == "compound" and index.at(child).kind == "place" \
                    and noun.lemma_.lower() not in PLACE_TARGET_NOUNS:
                continue  # "the Brixton riots": where they happened
            against = _anti(child) or (
                noun.lemma_.lower() in PLACE_TARGET_NOUNS and dep == "compound"
                and (index.at(child).kind in ("government_seat", "place") or child.ent_type_ in ("GPE", "LOC", "FAC")
                     or child.lower_ in ("centre", "center", "tower", "towers", "embassy", "base")))
            roles.append((child, TARGET if against else SOURCE))  # "the Berlin blockade": Berlin's
            # "Israeli-Egyptian cooperation": the other side of a hyphenated pair
            roles.extend((g, SOURCE) for g in child.children
                         if g.dep_ in ("amod", "compound") and g.i < child.i and index.at(g) is not None
                         and any(t.text in ("-", "–") for t in child.doc[g.i + 1 : child.i]))
        elif dep == "prep":
            pobjs = [p for p in child.children if p.dep_ == "pobj"]
            if low == "of":
                if noun.lemma_.lower() in GOODS_NOUNS:
                    continue  # "sales of its three marques": the goods, not a party
                role = etype.of_role
                if role == SOURCE and (any(r == SOURCE for _, r in roles) or noun.lemma_.lower() in EXPEL_NOUNS
                                       or _by_agents(noun)):
                    role = TARGET  # "the expulsion of the envoy (by Ghana)": the one put out, the
                    # by-agent the doer ("the withdrawal of the mission by Lagos")
                roles.extend((a, SOURCE) for p in pobjs for a in _by_agents(p))  # hung on the object
                if etype.code == "SUPPORT" and noun.dep_ in ("dobj", "attr") \
                        and noun.head.lemma_.lower() in HAVE_VERBS:
                    role = SOURCE  # "the project has the support of the EU": the EU supports
                    roles.extend((a, TARGET) for a in _subjects(noun.head)[0])  # "Blair won the backing of X"
                roles.extend((p, role) for p in pobjs)
            elif low == "by":
                roles.extend((p, SOURCE) for p in pobjs)
            elif low == "for" and etype.code == "DEMAND" and any(
                    c.dep_ in ("acl", "relcl", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    for c in [*noun.children, *(g for p in pobjs for g in p.children)]):
                # "the EU's demand for Turkey to recognise ..."; not "the demand for the IPO"
                roles.extend((p, TARGET) for p in pobjs)
            elif low in ("for", "over") and etype.code == "SANCTION":
                roles.extend((t, TARGET) for t in _punished(child))
            elif low in TARGET_PREPS or (low == "with" and etype.code in SYMMETRIC_FORMS):
                roles.extend((p, TARGET) for p in pobjs)
            elif low == "from" and etype.code in FROM_TYPES:
                roles.extend((p, TARGET) for p in pobjs)
            elif low == "between":
                # "Algeria's mediation between Iran and the United States": a named mediator's
                # parties are its recipients (:func:`_mediates`)
                mediated = _mediates(trig) and (any(r == SOURCE for _, r in roles) or _by_agents(noun))
                roles.extend((p, TARGET if mediated else SOURCE) for p in pobjs)
        elif dep == "acl" and child.tag_ == "VBN":
            received = child.lemma_.lower() in RECEIVE_VERBS  # "state aid received by Airbus"
            # a participle that is an act of its own, not a light verb doing the noun ("talks
            # brokered by the OAU", "a coup backed by X"): its agent acts in that act, not in the
            # noun's ("sanctions imposed by the EU", "an attack carried out by X" keep theirs)
            own_act = not received and child.lemma_.lower() in onto.by_first \
                and child.lemma_.lower() not in onto.light_verbs
            for grand in child.children:
                if grand.dep_ == "agent" and own_act:
                    continue
                if grand.dep_ == "agent":
                    roles.extend((p, TARGET if received else SOURCE) for p in grand.children if p.dep_ == "pobj")
                elif grand.dep_ == "prep" and grand.lower_ in TARGET_PREPS:
                    roles.extend((p, TARGET) for p in grand.children if p.dep_ == "pobj")
                elif grand.dep_ == "prep" and grand.lower_ == "for" and etype.code == "SANCTION":
                    roles.extend((t, TARGET) for t in _punished(grand))
    if etype.code in SYMMETRIC_FORMS and keys(noun) & (DEAL_NOUNS | onto.classes.get("ACCORD", frozenset())):
        # "the Norwegian–Finnish boundary treaty": both sides, the one the parser hung on a word between too
        roles.extend((t, SOURCE) for t in dashed_sides(noun, index) if t.i not in {r.i for r, _ in roles})
    head = noun.head
    framed = noun
    while framed.dep_ == "conj" and framed.head.i != framed.i and framed.head.pos_ == "NOUN":
        framed = framed.head
    doing = _doing_of(noun, onto)
    if doing is not None and not any(r == SOURCE for _, r in roles):
        # "the signing of the accord by Peru and Ecuador": the doers of the doing
        roles.extend((p, SOURCE) for c in doing.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between")
                     for p in c.children if p.dep_ == "pobj")
    engaged = framed.dep_ == "pobj" and _engaged_in(framed)
    host = _engaging_verb(framed) if engaged else framed.head.head
    if etype.code in FRAMED_TYPES and not any(r == SOURCE for _, r in roles) \
            and framed.dep_ == "pobj" and (framed.head.lower_ in FRAMING_PREPS or engaged) \
            and host.pos_ in ("VERB", "AUX"):
        # "Musharraf has said during a visit to Britain", "through meetings and a visit to
        # Moscow, he gave assurances": the one acting in the main clause is the visitor
        framing = _subjects(host)[0]
        roles.extend((a, SOURCE) for a in framing)
        if framing and framed.head.lower_ in ("in", "on") and host.lemma_.lower() in FRAME_CARRIERS:
            trig.carrier = host  # "is to join X in a visit to Sheffield": the joining's time and mood
        elif framing and engaged:
            trig.carrier = host  # "should proceed with negotiations": the proceeding's time and mood
    if noun.dep_ in ("dobj", "attr", "oprd") and light_lemma(head, onto.light_verbs) in onto.light_verbs | COPULAS:
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
        if etype.code in DEAL_TYPES:
            roles.extend((t, TARGET) for t in _deal_parties(noun))
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with" and etype.code in SYMMETRIC_FORMS:
                roles.extend((p, TARGET) for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in TARGET_PREPS):
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if child.dep_ == "prep" or pobjs:
                    roles.extend((p, TARGET) for p in pobjs)
                    roles.extend((g, TARGET) for p in pobjs for g in p.children  # "his support to Brown's bid"
                                 if g.dep_ == "poss" and g.pos_ == "PROPN")
                else:
                    roles.append((child, TARGET))
    elif noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVE_VERBS and etype.code in ("AID", "TRADE"):
        # "X refused to accept aid offered by Y": X is the recipient
        trig.carrier = head
        agents, _ = _subjects(head)
        roles.extend((a, TARGET) for a in agents)
    elif noun.dep_ == "nsubj" and (head.lemma_.lower() in ("begin", "start", "occur", "continue") or (
            head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in head.children))):
        trig.carrier = head
    elif head.lemma_.lower() in END_VERBS and (noun.dep_ in ("nsubjpass", "dobj") or (
            noun.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in head.children))):
        trig.carrier = head  # "Russian aid was discontinued": the aid ends
        trig.ended = True
        if noun.dep_ == "dobj":  # "Russia suspended talks with Georgia": Russia ends them
            agents, _ = _subjects(head)
            roles.extend((a, SOURCE) for a in agents if a.i not in {t.i for t, _ in roles})
    trig.roles = roles


def _doing_of(noun: Token, onto: Ontology) -> Token | None:
    """The gerund of a light verb whose "of" phrase ``noun`` is ("the *signing* of the accord",
    "the *launching* of the offensive"): it tells the noun's happening being done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    gerund = prep.head.lower_
    if not gerund.endswith("ing"):
        return None
    stem = gerund[:-3]
    return prep.head if stem in onto.light_verbs or f"{stem}e" in onto.light_verbs else None


def _engaged_in(noun: Token) -> bool:
    """A happening the subject of an intransitive verb goes on with or enters into: "Britain and
    Argentina should proceed with negotiations", "Iran entered into talks with the EU", "the two
    went ahead with the summit". A verb with an object ("threatened X with war") or in the passive
    ("was charged with fighting") does not take part in it."""
    prep, verb = noun.head, _engaging_verb(noun)  # the parser may hang it on an adjunct: "proceed without delay with talks"
    return prep.lower_ in ENGAGING_PREPS and prep.dep_ == "prep" and verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass", "dative") for c in verb.children)


def _engaging_verb(noun: Token) -> Token:
    """The verb by which a subject takes part in ``noun`` (see ``_engaged_in``)."""
    verb = noun.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    return verb


def light_lemma(verb: Token, light_verbs: frozenset[str]) -> str:
    """The verb's lemma, mended where the lemmatiser cut a past form one letter short: "staged" read
    as "stag" + "ed" is "stage" when that is a light verb ("staged a coup", "waged a war")."""
    lemma = verb.lemma_.lower()
    low = verb.lower_
    if verb.tag_ in ("VBD", "VBN") and low.endswith("ed") and lemma == low[:-2] and low[:-1] in light_verbs:
        return low[:-1]
    return lemma


def _hyphen_pair(child: Token, index: MentionIndex) -> bool:
    """"the Iran-Iraq war", "Georgian-Abkhazian fighting": a modifier joined by a hyphen to another
    actor before it names the two sides of the event, not the place it is named after."""
    return any(g.dep_ in ("amod", "compound") and g.i < child.i and index.at(g) is not None
               and index.at(g) is not index.at(child)
               and any(t.text in ("-", "–") for t in child.doc[g.i + 1 : child.i]) for g in child.children)


#: the dashes that join the two sides of a pair named before a noun ("the Portugal–Spain treaty")
DASHES = frozenset({"-", "\u2013", "\u2014"})
#: dependencies of the words that name a noun's kind or its sides before it
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def dashed_sides(noun: Token, index: MentionIndex) -> list[Token]:
    """Rule ``dashed_pair_names_the_sides``: the states a pair joined by a dash names before an
    accord's noun ("the Portugal–Spain Free Trade Agreement", "the Norwegian–Finnish boundary
    treaty", "an Anglo-Swiss accord"), however the parser hung the two words (on the noun, on each
    other, or on a word between): the tokens of two or more distinct states among the noun's
    modifiers before it, a dash between the first and the last. Empty otherwise."""
    def modifies(t: Token) -> bool:
        while t.i != noun.i:
            if t.dep_ not in MODIFIER_DEPS or t.head.i == t.i:
                return False
            t = t.head
        return True

    sides = [t for t in noun.doc[noun.left_edge.i:noun.i] if modifies(t) and index.at(t) is not None
             and index.at(t).kind in ("state", "historical_state")]
    states = {state_for(index.at(t).actor_id, None) or index.at(t).actor_id for t in sides}
    if len(sides) < 2 or len(states) < 2 or not any(
            t.text in DASHES for t in noun.doc[sides[0].i + 1:sides[-1].i]):
        return []
    return sides


def _anti(tok: Token) -> bool:
    """"anti-French demonstrations": the actor is what the event is against."""
    doc, i = tok.doc, tok.i
    if tok.lower_.startswith("anti"):
        return True
    return (i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in ("anti", "counter")) or (
        i >= 1 and doc[i - 1].lower_ in ("anti-", "anti"))


#: possessive pronouns that point back to the clause's doer ("his troops", "its army")
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _own_forces(m: Mention, tok: Token, index: MentionIndex) -> Mention:
    """Forces (the ontology's TROOPS) with a possessive pronoun ("his troops", "its army") are of
    the state of the one it points back to - the subject of a clause above it ("Saddam announced
    that his troops would withdraw from Iranian territory": Iraq's troops, not Iran's, whatever
    other state the sentence names; "Egypt's president warned that his army could enter": Egypt's).
    So is an unnamed organ of a state that is the doer of its clause ("his administration cut aid",
    "her government would ask": :func:`~chronica.events._actors.state_organ`); one the actors stage
    left unresolved whose pronoun no clause above answers is of the state of the pronoun's referent
    (:func:`~chronica.events._actors.pronoun_owner_state`)."""
    pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if m.kind != "agent" or pron is None:
        return m
    forces = tok.lemma_.lower() in load_ontology().classes.get("TROOPS", frozenset())
    organ = m.actor_id is None and tok.dep_ == "nsubj" and state_organ(m, tok)
    if not (forces or organ):
        return m  # forces only: "its ambassador" stays the unnamed stand-in it is
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        for subj in (c for c in cur.children if c.dep_ == "nsubj" and c.i < tok.i):
            owner = index.at(subj)
            state = None if owner is None else (
                (owner.country or state_for(owner.actor_id, None)) if owner.kind == "person" and owner.actor_id
                else owner.actor_id if owner.kind in STATE_KINDS else owner.country)
            if state is None or state == m.actor_id:
                continue
            return _owned_by(m, tok, state)
    if m.actor_id is None:
        state = pronoun_owner_state(pron, index)
        if state is not None:
            return _owned_by(m, tok, state)
    return m


def _owned_by(m: Mention, tok: Token, state: str) -> Mention:
    """``m`` as the forces or organ of ``state`` ("Iraq (army)")."""
    known = knowledge_base().get(state)
    sector = m.name.rpartition(" (")[2].rstrip(")") if m.name and " (" in m.name else tok.text
    return replace(m, actor_id=state, country=state, cameo=None,
                   name=f"{known.name if known else state} ({sector})")


def _participants(trig: Trigger, index: MentionIndex) -> list[tuple[Mention, str, Token]]:
    out: list[tuple[Mention, str, Token]] = []
    seen: set = set()
    pred = trig.carrier if trig.carrier is not None else trig.anchor
    for tok, role in sorted(trig.roles, key=lambda r: r[1] != SOURCE):
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _dating.CALENDAR_NAMES:
            continue  # "on Monday" is when, not whom
        if (tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") or tok.like_num) \
                and tok.lower_ not in GROUP_WORDS and tok.lemma_.lower() not in QUANTITY_HEADS:
            continue  # "the demand for $280bn": how much, not whom ("the two signed": who)
        for t in [tok] if tok.is_ancestor(pred) else _with_conjuncts(tok):
            for m in phrase_mentions(t, index, deep=role == SOURCE) or _speaker(t, index):
                if role != SOURCE:  # ``context_victim``: the doers' own state is no victim's by context alone
                    m = context_victim(m, trig.pattern.form, written_doer_states(out), _ONTOLOGY, t)
                key = m.actor_id or (m.name or m.text).lower()
                if id(m) in seen or key in seen:
                    continue
                if m.start >= 2 and m.start < len(t.doc) and t.doc[m.start - 1].text == "(" \
                        and index.at(t.doc[m.start - 2]) is not None:
                    continue  # "Asia Pacific Economic Co-operation (Apec)": the same actor again
                m = _own_forces(m, t, index)
                seen.update((id(m), key))
                craft = named_craft(m, index)  # "the Turkish survey ship Hora": Turkey's; a craft no one's: no actor
                if craft is None and role != SOURCE:
                    out.append((m, OTHER, t))
                    continue
                craft = craft or m  # a doer's craft no state owns stays its doer: the event keeps its place
                if craft is not m and craft.actor_id in seen:
                    continue  # "the Turkish ship Hora" beside "Turkey": one participant
                seen.add(craft.actor_id)
                m = craft
                # "accepted the Algiers Accord", "the agreement of Algiers": what, not whom; "the
                # Protocol of Port of Spain freezes the dispute": a thing, no doer (``names_a_thing``)
                out.append((m, OTHER if (role != SOURCE and names_a_deal(m, t.doc)) or (
                    m.actor_id is None and names_a_thing(m, t.doc)) else role, t))
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


# --- coding -----------------------------------------------------------------------------------


def _third_person(verb: str) -> str:
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


#: the tag a summary line ends with when its event is not asserted: "[negated]", "[planned]" ...
MODALITY_TAG = re.compile(r" \[(?:" + "|".join(m for m in MODALITIES if m != ASSERTED) + r")\]")


def summary_modality(event: EventMention, doc: Doc) -> str:
    """The event's summary saying how the text holds it, whatever wrote the line (``summarise``,
    a happening's or an accord's summary, a stance's rewording) and whatever changed the modality
    since: every modality but asserted is tagged once, at the end ("Slovakia breaches European
    Union [negated]", "Croatia ratifies treaty [planned]"). A refusal told by its own verb says so
    itself ("Serbia refuses", "Algeria rejects the accords": REJECT, refused, no tag); a refusal of
    another act keeps its tag ("Cuba accepts aid [refused]")."""
    line = MODALITY_TAG.sub("", event.summary)
    if event.modality == ASSERTED:
        return line
    if event.modality == REFUSED and event.type == "REJECT":
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        if span is not None and any(t.lemma_.lower() in REFUSE_VERBS for t in span):
            return line
    return f"{line} [{event.modality}]"


def _sentences(doc: Doc) -> list[tuple[int, Span, int, int]]:
    """(index, sentence, start, end) numbered as the store numbers them."""
    return [(i, sent, start, end) for i, (sent, start, end) in enumerate(sentence_spans(doc))]


def _refs_by_sentence(refs: list, sentences: list[tuple[int, Span, int, int]]) -> dict[int, list]:
    """The time references of each sentence (``start <= ref.start < end``), in the order of
    ``refs``: one look-up a reference instead of a pass over every reference a sentence."""
    starts = [s[2] for s in sentences]
    out: dict[int, list] = {}
    for r in refs:
        k = bisect.bisect_right(starts, r.start) - 1
        if k >= 0 and r.start < sentences[k][3]:
            out.setdefault(sentences[k][0], []).append(r)
    return out


def extract_events(
    doc: Doc,
    *,
    document_id: int = 0,
    dct: str | None = None,
    timexes: list | None = None,
    actors: list | None = None,
    ontology: Ontology | None = None,
    trace: list[Candidate] | None = None,
) -> list[EventMention]:
    """The events stated in a parsed document, in text order.

    :param trace: a list that receives every candidate the checks vetoed (for ``--explain``)

    Reads ``doc._.timexes`` and ``doc._.actors`` when present (or the ``timexes``/``actors``
    given); without them, named entities stand in for actors and ``chronica.time.tag`` for the
    time expressions. ``dct`` (else ``doc._.dct``) is the publication date, used only for
    sentences about the present. A date the pipeline only guessed (the time stage's
    ``doc._.inferred_dct`` set) is not used, nor are expressions resolved against it.
    """
    onto = ontology or load_ontology()
    inferred = bool(Doc.has_extension("inferred_dct") and doc._.inferred_dct is not None)
    if dct is None and Doc.has_extension("dct"):
        dct = doc._.dct
        if inferred:
            dct = None
        elif dct is None:
            inferred = True  # the stages hand no inferred date on: the time stage guesses one
    found_actors = _without_happening_nouns(mentions_from(doc, actors), doc, onto)
    taken = {i for m in found_actors for i in range(m.start, m.end)}
    text = doc_text(doc)  # built anew by each access: read once
    filed = dateline_spans(text)  # "MOSCOW, March 3 (Reuters) -": where it was filed
    for lo, hi in filed:
        span = doc.char_span(lo, hi, alignment_mode="contract")
        taken |= set(range(span.start, span.end)) if span is not None else set()
    happenings = happening_mentions(doc, taken)
    taken |= {i for m in happenings for i in range(m.start, m.end)}
    index = MentionIndex(doc, found_actors + happenings + name_mentions(doc, taken))
    unknown_times: list[int] = []
    refs = _dating.time_refs(doc, timexes, dct,
                             guessed_dct=(lambda: _dating.fine_guess(doc)) if inferred else False,
                             dropped=unknown_times)
    events: list[EventMention] = []
    sentences = _sentences(doc)
    sent_starts = [s[2] for s in sentences]
    places = named_places(doc)
    refs_of = _refs_by_sentence(refs, sentences)
    for sent_idx, sent, s_start, s_end in sentences:
        triggers = find_triggers(sent, onto, index)
        for trig in triggers:
            if trig.anchor.pos_ == "VERB":
                _verb_roles(trig, onto, filed, index)
            else:
                _noun_roles(trig, onto, index)
        sent_refs = refs_of.get(sent_idx, [])
        # dated happenings no trigger names (verbs that are triggers or carry one are judged
        # first; those the checks turn down come back below)
        extra = _force_movements(sent, triggers, index, onto)
        moved = {t.anchor.i for t in extra}
        triggers = [t for t in triggers if t.anchor.i not in moved]
        extra += _dated_predicates(sent, sent_refs, triggers + extra, index, filed)
        for trig in extra:
            _verb_roles(trig, onto, filed, index)
        triggers += extra
        if not triggers:
            continue
        dropped: set[int] = set()  # verbs coded again without: they may still tell an occurrence
        one_sided: dict[int, Trigger] = {}  # dictionary triggers turned down for want of a recipient
        while True:
            anchors = {t.anchor.i for t in triggers} | {t.carrier.i for t in triggers if t.carrier is not None}
            owner_of = _dating.attach(sent_refs, doc, anchors)
            trigger_anchors = {t.anchor.i for t in triggers}
            ctx = SentenceContext(onto, index, doc, document_id, sent_idx, sent, s_start, s_end, refs,
                                  sent_refs, owner_of, dct, trigger_anchors, sent_starts, unknown_times, trace,
                                  places)
            coded = [(trig, _code(trig, ctx)) for trig in triggers]
            one_sided.update((t.anchor.i, t) for t, e in coded if e is None and ctx.vetoed.get(t.anchor.i) in
                             RECIPIENT_CHECKS | {_dictionary_dyad.__name__})
            # a dictionary verb that made no event is no predicate of the sentence's times: code
            # again without it ("elections took place in 1948: X was elected")
            void = {t.anchor.i for t, e in coded if e is None and (
                t.pattern.source != "ontology" or t.pattern.form == OTHER_FORM)}
            if not void & set(owner_of.values()):
                break
            dropped |= {i for i in void if doc[i].pos_ == "VERB"}
            triggers = [t for t in triggers if t.anchor.i not in void]
        # a verb the checks turned down that a calendar date of its sentence governs is still a
        # dated happening, OTHER with its predicate ("Toyota recalled 400,000 cars in March 2009"
        # is no recall of diplomats); the anchors stay, so the sentence's dating does not change
        failed = {t.anchor.i for t, e in coded if e is None and t.anchor.pos_ == "VERB" and t.pattern.form != OTHER_FORM}
        # of those, the verbs a trigger coded (an ontology form, a dictionary code) that the checks turned
        # down: their dated happening takes no back-off type, the checks have judged that type
        judged = {t.anchor.i for t, e in coded if e is None and t.anchor.i in failed and t.pattern.coding.type != OTHER_TYPE}
        # a noun of an act the checks turned down (no doer named) that is the subject of a verb of
        # taking place is that happening's occurrence ("the second rebellion started in 1983",
        # "mass deportations followed in March 1949": ``_occurrence``)
        failed_nouns = {t.anchor.i for t, e in coded if e is None and t.anchor.pos_ == "NOUN"}
        occurred = {doc[i].head.i for i in failed_nouns if doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB"
                    and doc[i].head.lemma_.lower() in OCCURRENCE_VERBS} | {
            c.i for c in sent if c.dep_ == "relcl" and c.pos_ == "VERB"
            and getattr(_occurrence_subject(c, _own_subject(c, filed)), "i", None) in failed_nouns}  # "the rebellion that began in 1984"
        if failed or dropped or occurred:
            # a verb dropped above comes back as the occurrence of its subject's happening ("the
            # federation came into force on 15 September 1952": ``_occurrence``) or, told in the
            # active, as its doer's dated happening ("Iceland passed a law in 1948")
            again = [t for t in _dated_predicates(sent, sent_refs, [t for t, e in coded if e is not None], index, filed,
                                                  only=failed | dropped | occurred, acts=frozenset(failed | dropped))
                     if t.anchor.i in failed or t.pattern.source in (OCCURRENCE, ACTED_ON)
                     or (t.anchor.i in dropped and not any(c.dep_ == "auxpass" for c in t.anchor.children))]
            for trig in again:
                _verb_roles(trig, onto, filed, index)
            replaced = {t.anchor.i for t in again}
            # a dictionary code turned down for want of a recipient whose dated happening is kept
            # with its doer keeps its code (``_one_sided``), else the happening is OTHER
            coded = [(t, e) for t, e in coded if t.anchor.i not in replaced] + [
                _recoded(t, one_sided.get(t.anchor.i), ctx) for t in again]
        # a dated happening no trigger coded, told by a verb the dictionary has no code for, takes
        # the PLOVER type its nearest phrases of the dictionaries and the codebook agree on
        # ("Algiers severed diplomatic relations in August": SANCTION; ``_backoff``)
        for t, e in coded:
            if e is not None and t.pattern.source == PREDICATE and t.anchor.i not in judged:
                retype(e, t.anchor, VERBS, onto, passes=_passes_as(ctx.passed.get(t.anchor.i)))
                retype_sequel(e, t.anchor, onto)  # "the Ostland Agreement followed on 21 October": a thing told
            elif e is not None and t.pattern.source in (OCCURRENCE, ACTED_ON) and t.anchor.i not in judged:
                retype_doerless(e, t.anchor, onto)  # "diplomatic relations were restored in June 1988"
        _followed_suit(coded)  # "Norland signed the pact on 4 June, and Kestavia followed on 9 June"
        # the acts coded: a text's content told (``_text_told_by_its_content``); a text's dated verb left OTHER,
        # or typed by the back-off or the field's dictionary otherwise than its content, is dropped for the content
        told = {t.anchor.i: e.type for t, e in coded if e is not None}
        coded = [(t, e) for t, e in coded if not (
            e is not None and t.pattern.source in (PREDICATE, DICTIONARY_SOURCE) and any(
                e.type == OTHER_TYPE or told[i] != e.type for i in _text_told_by_its_content(t.anchor, set(told) - {t.anchor.i})))]
        events.extend(_dating.one_per_listed_date(
            _without_subsumed(_absorb(_restated_nouns(_mobilized_to_assault(_onsets_of_nouns(_replied_by_act(
                stance_contents(coded))))))), sent_refs, text, doc))
    for e in events:
        court_order_coded(e, onto)
        e.summary = summary_modality(e, doc)
    return events


def _recoded(trig: Trigger, dictionary: Trigger | None, ctx: SentenceContext) -> tuple[Trigger, EventMention | None]:
    """A dated happening kept with its predicate (``trig``), coded by the dictionary trigger of the
    same verb the recipient check turned down when that code holds one-sided (``_one_sided``) and
    the predicate's nearest phrases of the type back-off vote for its type (``_backoff.agrees``:
    "released a video" is no release of prisoners)."""
    if dictionary is not None and trig.pattern.source == PREDICATE:
        event = _code(dictionary, ctx, one_sided=True)
        # a verb of a block that names its category's own act needs no second opinion (``_given_up``)
        if event is not None and (agrees(event.type, dictionary.anchor) or _given_up(dictionary, dictionary.pattern)):
            return dictionary, event
    return trig, _code(trig, ctx)


def _passes_as(cand: Candidate | None) -> Callable[[str], bool]:
    """Whether the trigger's arguments pass the checks of another form (the back-off's type
    faces the checks a dictionary code of that type would: one signer of a law is no SUPPORT,
    ``checks.support_for_no_actor``). No candidate recorded: no type to give."""
    def passes(form: str) -> bool:
        return cand is not None and judge(replace(cand, form=form, fired=[], vetoed_by=None))
    return passes


#: the date fields an event's onset hands to its happening's noun (``_onsets_of_nouns``)
DATE_FIELDS = ("date", "date_end", "precision", "earliest", "latest", "date_text", "date_source")


def _onsets_of_nouns(coded: list[tuple[Trigger, EventMention | None]]) -> list[tuple[Trigger, EventMention | None]]:
    """Less the events of a verb of outbreak (``_outbreak_verb``: "broke out", "erupted", "began")
    whose subject is the noun of another event of the sentence ("after civil war broke out in
    2013", "riots broke out across the province in March 2004", "a short border war, which broke
    out on 8 October 1963"): the verb tells when the noun's happening began, not a second
    happening. The noun's event keeps its type, parties and modality, and takes the verb's date
    when it has none of its own (the date of its outbreak is its own, as ``_dated_happening_noun``
    has it)."""
    verbal = {t.anchor.i: e for t, e in coded if e is not None and t.anchor.pos_ == "VERB" and t.carrier is None}
    gone: set[int] = set()
    for t, e in coded:
        if e is None or id(e) in gone:
            continue
        for tok in t.tokens:
            verb = _outbreak_verb(tok) if tok.pos_ == "NOUN" else None
            onset = verbal.get(verb.i) if verb is not None else None
            if onset is None or onset is e or onset.modality != e.modality:
                continue
            _stands_for(e, onset, _onsets_of_nouns.__name__)
            gone.add(id(onset))
            break
    return [(t, e) for t, e in coded if e is None or id(e) not in gone]


def _stands_for(kept: EventMention, dropped: EventMention, check: str) -> None:
    """``kept`` is the event of the act ``dropped`` told too (the noun of a war its outbreak verb began, the
    act a reply was made by): it takes ``dropped``'s date and lower confidence when it has no date of its
    own, and the name of the ``check`` that dropped the other."""
    if kept.date is None and dropped.date is not None:
        for name in DATE_FIELDS:
            setattr(kept, name, getattr(dropped, name))
        kept.confidence = min(kept.confidence, dropped.confidence)
    kept.checks.append(check)


#: PETRARCH2's block of the verbs of reply (answer, react, reply, respond), which has no code of its own: the
#: reply is coded by what it says or does
REPLY_BLOCK = "REACT"
#: verbs of reply the dictionary files elsewhere: "retaliate" under the generic use of force (190), which
#: "retaliated by closing the border" is not
REPLY_VERBS = frozenset({"retaliate"})


def _reply_act(verb: Token) -> Token | None:
    """The gerund a verb of reply tells its act by ("Westria answered by expelling two envoys",
    "Osterland retaliated on 3 May by closing the border"): the object of its "by" phrase; else None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (VERBS.verbs.get(lemma, (None,))[0] == REPLY_BLOCK or lemma in REPLY_VERBS):
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)


def _replied_by_act(coded: list[tuple[Trigger, EventMention | None]]) -> list[tuple[Trigger, EventMention | None]]:
    """Less the event of a verb of reply whose "by" phrase tells the act another event of the clause codes
    ("Westria answered by expelling two Osterland envoys": the expulsion, SANCTION; "Osterland retaliated
    by closing the border": no use of force): the reply is the act, as PETRARCH2 codes a verb of its REACT
    block only by the words after it. The act takes the reply's date when it has none of its own. A reply
    whose act no event codes stays as it was."""
    gone: set[int] = set()
    for t, e in coded:
        if e is None or t.anchor.pos_ != "VERB":
            continue
        act = _reply_act(t.anchor)
        if act is None:
            continue
        acts = {act.i} | {c.i for c in act.subtree if c.dep_ == "conj" and c.pos_ == "VERB"}  # "by deporting ... and blocking"
        told = next((f for u, f in coded if f is not None and f is not e and _event_verb(u).i in acts
                     and f.modality == e.modality), None)
        if told is None:
            continue
        _stands_for(told, e, _replied_by_act.__name__)
        gone.add(id(e))
    return [(t, e) for t, e in coded if e is None or id(e) not in gone]


#: the type of a move of forces, and the type of the use of force it is told with: "if a document reports
#: a MOBILIZE event in the context of an ASSAULT, only the ASSAULT should be coded" (PLOVER, MOBILIZE)
MOVE_TYPE, FORCE_TYPE = "MOBILIZE", "ASSAULT"


def _event_verb(t: Trigger) -> Token:
    """The verb that tells a trigger's event: its light verb ("launched an invasion"), its own verb,
    or the verb whose object its noun is."""
    if t.carrier is not None:
        return t.carrier
    if t.anchor.pos_ != "VERB" and t.anchor.dep_ in ("dobj", "nsubjpass") and t.anchor.head.pos_ == "VERB":
        return t.anchor.head
    return t.anchor


def _coordinated(a: Token, b: Token) -> bool:
    """The two verbs are conjuncts of one coordination ("landed near the port and attacked the
    barracks", "crossed the river and pushed on to the capital")."""
    def root(tok: Token) -> Token:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok
    return a.i != b.i and root(a).i == root(b).i


def _mobilized_to_assault(coded: list[tuple[Trigger, EventMention | None]]) -> list[tuple[Trigger, EventMention | None]]:
    """Less the move of forces (MOBILIZE) coordinated with a use of force (ASSAULT) by the same doers
    in the same clause ("Osterland marines landed near the port and attacked the barracks", "Westria
    answered by deploying troops and launching air raids", "the rebels crossed the river and pushed
    on to the capital"): PLOVER, MOBILIZE - "if a document reports a MOBILIZE event in the
    context of an ASSAULT, only the ASSAULT should be coded" (its example: units "activated and
    returned fire"). The move's doers must be the assault's (a state or its forces: the same state)
    and its modality the same; the assault keeps its own coding and records the check."""
    def states(e: EventMention) -> set[str]:
        return {p.state or p.actor_id or (p.name or p.text).lower() for p in e.actors(SOURCE)}
    force = [(t, e) for t, e in coded if e is not None and e.type == FORCE_TYPE and e.actors(SOURCE)]
    gone: set[int] = set()
    for t, e in coded:
        # a move coded as the force it is told with (``recode._mobilized_in_assault``) is still a move here
        if e is None or not (e.type == MOVE_TYPE or MOBILIZED_IN_ASSAULT in e.checks) or not e.actors(SOURCE):
            continue
        verb = _event_verb(t)
        owner = next((f for u, f in force if f.modality == e.modality and states(e) <= states(f)
                      and _coordinated(verb, _event_verb(u))), None)
        if owner is None:
            continue
        owner.checks.append(_mobilized_to_assault.__name__)
        gone.add(id(e))
    return [(t, e) for t, e in coded if e is None or id(e) not in gone]


def _restated_nouns(coded: list[tuple[Trigger, EventMention | None]]) -> list[tuple[Trigger, EventMention | None]]:
    """Less the nominal events that restate the clause they hang on: a noun of the same type,
    with no doer of its own, in the phrase of a verb that tells the act with its doer ("carried
    the war into Iraq with an offensive towards Basra", "the army struck back with an attack on
    the port", "Peru answered with a counter-offensive") is that act again. What the noun names
    that the verb lacks - its recipient - goes to the verb's event."""
    verbal = {(t.carrier if t.carrier is not None else t.anchor).i: e for t, e in coded
              if e is not None and (t.carrier is not None or t.anchor.pos_ == "VERB") and e.actors(SOURCE)}
    out = []
    for t, e in coded:
        if e is None or t.carrier is not None or t.anchor.pos_ != "NOUN" or e.actors(SOURCE):
            out.append((t, e))
            continue
        cur, owner = t.anchor, None
        while cur.head.i != cur.i:
            cur = cur.head
            if cur.i in verbal:
                owner = verbal[cur.i]
                break
            if cur.pos_ in ("VERB", "AUX"):
                break  # a clause of its own between them
        if owner is None or owner is e or owner.type != e.type or owner.modality != e.modality \
                or (e.date is not None and e.date != owner.date):
            out.append((t, e))
            continue
        if not owner.actors(TARGET):
            owner.participants.extend(p for p in e.actors(TARGET)
                                      if p.actor_id not in {q.actor_id for q in owner.participants})
        owner.checks.append(_restated_nouns.__name__)
    return out


def _without_happening_nouns(mentions: list[Mention], doc: Doc, onto: Ontology) -> list[Mention]:
    """Actor mentions less the generic agents that are a happening's noun in the singular: the
    agents dictionary files "revolt", "uprising" and "rebellion" as rebels, but "launched an armed
    revolt", "the uprising spread" and "crushed a rebellion" tell the happening (a form of the
    ontology that may be told without a doer); the plural ("the revolts") stays as it was."""
    out = []
    for m in mentions:
        if m.kind == "agent" and m.end - m.start == 1 and doc[m.start].tag_ == "NN" and any(
                len(p.words) == 1 and p.pos != "v" and p.form in onto.doerless_forms
                for k in keys(doc[m.start]) for p in onto.by_first.get(k, ())):
            continue
        out.append(m)
    return out


def _partykeys(event: EventMention) -> frozenset[tuple[str, str]]:
    return frozenset((p.role, p.actor_id or (p.name or p.text).lower()) for p in event.participants)


def _without_subsumed(events: list[EventMention]) -> list[EventMention]:
    """One sentence's events less those another one of the same type and modality states
    more fully ("a major supplier of weapons, it has exported them to X": one supply, to X)."""
    keys = [_partykeys(e) for e in events]
    out = []
    for i, e in enumerate(events):
        covered = any(
            j != i and o.type == e.type and o.modality == e.modality
            and (e.date is None or e.date == o.date)
            and (keys[i] < keys[j] or (keys[i] == keys[j] and j < i and e.date == o.date))
            for j, o in enumerate(events))
        if not covered:
            out.append(e)
    return out


def _forces_expel(trig: Trigger, onto: Ontology) -> bool:
    """The expeller is an armed force and what it expels is one (subject or by-agent, and object
    or passive subject, name troops: "the invading forces were expelled by the army", "the army
    expelled the northern troops from the oilfield"): forces put out by force are fought (PLOVER ASSAULT, CAMEO 190), no envoys expelled (SANCTION). People
    expelled stay deported ("Serbian forces expelled 850,000 Kosovo Albanians": COERCE)."""
    troops = onto.classes.get("TROOPS", frozenset())
    expelled = [c for c in trig.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(r == SOURCE and keys(t) & troops for t, r in trig.roles) and any(keys(c) & troops for c in expelled)


def _sector(tok: Token) -> str | None:
    """The Phoenix agent sector of a doer's word ("gunmen": ~UAF, "protesters": ~OPP), if any."""
    from chronica.events._actors import knowledge_base

    nouns = knowledge_base().agent_nouns
    for mod in (c for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1):
        phrase = nouns.get(f"{mod.lower_} {tok.lower_}")  # "armed men": ~UAF, not the men's ~PPL
        if phrase:
            return phrase
    return nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())


def _armed(tok: Token, onto: Ontology) -> bool:
    """The doer's word names armed people: troops of the ontology ("Afghan forces") or a Phoenix
    agent noun of an armed sector ("gunmen", "militants", "rebels", "police": ``ARMED_SECTORS``).
    Their attack is an assault, whatever its object ("gunmen attacked the minister's motorcade")."""
    return bool(keys(tok) & onto.classes.get("TROOPS", frozenset())) or _sector(tok) in ARMED_SECTORS


def _crowd_act(etype: str, found: list, onto: Ontology, pattern: Pattern | None = None,
               ) -> tuple[str | None, str | None] | None:
    """(PROTEST mode, CAMEO code) when every doer is a civilian crowd (a Phoenix agent noun of
    ``CROWD_SECTORS``: "protesters", "a mob", "residents", "students") and the act is one a crowd
    does as a protest: force against things, no people (ASSAULT -> riot: "ransacked the embassy",
    "stormed the consulate", "attacked the offices"), a restriction (COERCE -> obstruct: "closed
    the road to the bridge"), or a demonstration the dictionary codes (PROTEST: "marched", its own
    mode). Killing or beating people stays an assault ("mobs killed residents"). None otherwise."""
    from chronica.events._actors import knowledge_base

    ptype = onto.forms[etype].type if etype in onto.forms else etype
    if ptype not in CROWD_MODES and ptype != "PROTEST":
        return None
    sources = [(m, t) for m, r, t in found if r == SOURCE]
    marching = ptype == "PROTEST" and pattern is not None and pattern.coding.cameo in MARCH_CODES
    sectors = MARCHING_SECTORS if marching else CROWD_SECTORS
    if not sources or not all(m.kind == "agent" and _sector(t) in sectors and not armed_by_modifier(t)
                              for m, t in sources):
        return None  # "armed exiles crossed the border": a force, no crowd
    if ptype == "PROTEST":
        return None, None
    if ptype == "COERCE" and (pattern is None or pattern.coding.mode not in CROWD_COERCE_MODES):
        return None  # "mutineers occupied the city": a seizure, no obstruction
    people = onto.classes.get("PEOPLE", frozenset()) | onto.classes.get("TROOPS", frozenset())
    if ptype == "ASSAULT" and any(
            m.kind == "person" or keys(t) & people or _sector(t) in CROWD_SECTORS | ARMED_SECTORS
            for m, r, t in found if r == TARGET):
        return None
    return CROWD_MODES[ptype]


def _population_moves(etype: str, found: list, onto: Ontology, pattern: Pattern) -> bool:
    """Rule ``population_moves``: a movement PLOVER codes only as a state's act - a retreat from
    territory (RETREAT withdraw), a visit or a stay hosted (CONSULT visit), a deployment (MOBILIZE):
    :data:`MOVEMENT_MODES` - whose every doer is a civilian population, not a force: a Phoenix agent
    noun of :data:`POPULATION_SECTORS` ("settlers", "colonists", "refugees", "villagers"; its CAMEO
    code's sector, "SOMREF", the same) or a plural demonym counted by a number, which the actors stage
    reads as people of the state, not the state ("about 6,000 Chileans left"). The people moved:
    a happening of no type. The PLOVER codebook codes refugees fleeing by the party that made them
    flee, never as RETREAT withdraw with the fleeing party as its actor; settlers sailing to a colony
    or refugees hosted by a neighbour retreat from, visit or deploy against no one. Armed people
    ("armed settlers") and people of a force ("his men") are no population. Session 53, happen53: dev
    texts itallby (settlers leaving one country and landing in another), pakafg (refugees hosted),
    hunsvk (people of one state counted leaving another)."""
    form = onto.forms.get(etype)
    if form is None or form.type not in MOVEMENT_MODES:
        return False
    mode = MOVEMENT_MODES[form.type]
    if mode is not None and coding_of(etype, pattern, onto).mode != mode:
        return False  # "civilians who surrendered": a surrender, whoever makes it; "talks with refugees"
    sources = [(m, t) for m, r, t in found if r == SOURCE]
    return bool(sources) and all(_population(m, t) for m, t in sources)


def _population(m: Mention, tok: Token) -> bool:
    """A doer that is a civilian population (``_population_moves``)."""
    if m.kind != "agent" or armed_by_modifier(tok):
        return False
    codes = (m.cameo or "").split(";")
    if _sector(tok) in POPULATION_SECTORS or any(len(c) >= 3 and f"~{c[-3:]}" in POPULATION_SECTORS for c in codes):
        return True
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)


#: the nouns of yielding that also name a contract leasing a resource to a firm
CONTRACT_NOUNS = frozenset({"concession"})
#: what a state leases to a firm (the ontology's RESOURCES class)
RESOURCE_WORDS = _ONTOLOGY.classes.get("RESOURCES", frozenset())


def _commercial_concession(anchor: Token, found: list) -> bool:
    """A concession (:data:`CONTRACT_NOUNS`) that leases a resource (a modifier of the ontology's
    RESOURCES class: "a gas drilling concession", "a port concession") or is granted to a
    company (``checks.is_company``: "awarded a concession to a firm"): a contract, no yielding.
    Session 46, type46: dev texts egysdn, zafmoz, indmal."""
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in CONTRACT_NOUNS:
        return False
    modifiers = [c for c in anchor.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
    if any(keys(c) & RESOURCE_WORDS for c in modifiers):
        return True
    return any(r == TARGET and is_company(m) for m, r, _ in found)


#: verbs whose only sense is putting people out of a country (PETRARCH2's DEPORT block codes
#: "remove" and "oust" with them, which put a leader out of power as well)
EXPULSION_VERBS = frozenset({"deport", "expel", "exile", "banish"})
#: prepositions that tell where the one put out was sent or taken from, with a place as object
EXPULSION_PLACE_PREPS = frozenset({"to", "into", "from"})
#: particles and adverbs that tell one was put out of the country
EXPULSION_PARTICLES = frozenset({"out", "abroad"})
#: a place sent to or taken from: the ontology's territories and the tagger's places
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _sent_to_a_place(verb: Token) -> bool:
    """The verb tells a place its object was sent to or taken from ("removed the governor from the
    islands", "deported to the coast"), or that it was put out ("drove them out"); "removed him
    from power" tells none."""
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in EXPULSION_PARTICLES:
            return True
        if c.dep_ == "prep" and c.lower_ in EXPULSION_PLACE_PREPS and any(
                o.dep_ == "pobj" and (o.ent_type_ in PLACE_LABELS or keys(o) & (TERRITORY | {"country"}))
                for o in c.children):
            return True
    return False


def _removed_from_power(trig: Trigger, found: list, coding: Coding) -> bool:
    """A deportation code (CAMEO 174, PLOVER COERCE deport) of a verb that also puts a leader out of
    power ("removed", "ousted"; not "deported", "expelled": :data:`EXPULSION_VERBS`) whose one
    target is a person, with no place sent to or taken from (:func:`_sent_to_a_place`: "the army
    removed President X", "X was removed by the army", "removed him from power"): a removal from power, coded as the COERCE form's "oust". "Removed
    the garrison from the islands", "removed X to the coast" stay expulsions. Session 46, type46:
    dev texts egysau, egysdn, sudssd (a head of state removed by the army)."""
    if coding.mode != "deport" or trig.anchor.pos_ != "VERB" or trig.anchor.lemma_.lower() in EXPULSION_VERBS:
        return False
    targets = [(m, t) for m, r, t in found if r == TARGET]
    if len(targets) != 1 or not (targets[0][0].kind == "person" or targets[0][1].ent_type_ == "PERSON"):
        return False
    return not _sent_to_a_place(trig.anchor)


def _warships_sent(trig: Trigger, goods: list[Token], onto: Ontology) -> bool:
    """A verb of sending (``SEND_VERBS``) whose arms sent are naval craft (``WARSHIPS`` of the
    ontology), with at most aircraft or helicopters beside them and no arms handed over ("sent
    warships, helicopters and special forces"; "sent military equipment and a frigate" stays a
    supply)."""
    if trig.anchor.lemma_.lower() not in SEND_VERBS:
        return False
    arms = onto.classes.get("ARMS", frozenset()) | onto.classes.get("VEHICLES", frozenset())
    ships = onto.classes.get("WARSHIPS", frozenset())
    sent = [k for t in goods if t.dep_ not in ("compound", "amod") for k in keys(t) & (arms | ships)]
    craft = ships | onto.classes.get("VEHICLES", frozenset()) | {"warplane", "bomber", "jet"}
    return bool(set(sent) & ships) and all(k in craft for k in sent)


def _type_of(trig: Trigger, onto: Ontology, has_target: bool) -> tuple[str, str | None, str] | None:
    """(type, subtype, summary verb phrase), or None when the trigger does not make an event."""
    anchor, pattern = trig.anchor, trig.pattern
    etype, subtype, verb_phrase = pattern.form, pattern.subtype, pattern.summary
    if subtype == "military-or-goods":
        subtype = None
    if anchor.pos_ == "VERB" and len(pattern.words) == 1 and trig.agentive and etype != "TRADE":
        verb_phrase = _third_person(LEMMA_FIXES.get(anchor.lemma_.lower(), anchor.lemma_.lower()))
    elif pattern.source == "petrarch2" and " " in verb_phrase and trig.agentive:
        first, rest = verb_phrase.split(" ", 1)  # "hand over" -> "hands over"
        verb_phrase = f"{_third_person(first)} {rest}"
    elif etype in STATE_FORMS and anchor.pos_ == "VERB" and trig.agentive and has_target:
        verb_phrase = _third_person(anchor.lemma_.lower())  # "the Soviets picked him as leader"
    elif etype in STATE_FORMS and not has_target:
        verb_phrase = onto.forms[etype].label  # "North Korea is founded", "Kim takes office"
        if etype == "FOUND_STATE" and trig.agentive:
            verb_phrase = "founds a state"  # "Kim created a state"
    if etype in ("AID", "TRADE"):
        goods = [t for c in anchor.children if c.dep_ in ("dobj", "prep", "nsubjpass")
                 for t in c.subtree if t.i - c.i < 6] + trig.tokens[1:]
        if trig.carrier is not None and anchor.dep_ in ("nsubj", "nsubjpass"):
            goods += [anchor]
        if _warships_sent(trig, goods, onto):
            # "Britain answered by sending warships", "sent three frigates to the area": the navy
            # moves (PLOVER MOBILIZE weapons: ``recode._arms_mobilized`` sets the mode), nothing is supplied
            return "MOBILIZE", None, "deploys forces against"
        if any(keys(t) & onto.classes.get("ARMS", frozenset()) and t.dep_ not in ("compound", "amod")
               and (t.lemma_.lower() not in DUAL_USE or any(keys(c) & MILITARY_WORDS for c in t.children))
               for t in goods):  # a "shell company" is no shell, "10 A320 aircraft" no arms
            etype, subtype, verb_phrase = "AID", "military", "supplies arms to"
        elif anchor.lemma_.lower() in GOODS_VERBS and (not has_target or (trig.passive and not trig.agentive)) \
                and not any(keys(t) & onto.classes.get("AIDNOUN", frozenset()) for t in goods):
            # goods changing hands with no recipient named ("the economy provided more"), or with
            # no supplier ("Audi were also supplied with the faulty pumps")
            return None
    if etype == "ASSAULT" and any(keys(t) & {"attack", "assault"} for t in trig.tokens):
        objs = [t for t, r in trig.roles if r == TARGET]
        if objs and objs[0].lemma_.lower() not in MILITARY_OBJECTS and objs[0].ent_type_ not in ("GPE", "LOC", "FAC") \
                and objs[0].pos_ == "NOUN" and not _is_actor(objs[0]) and (not has_target or any(
                    g.dep_ == "poss" for g in objs[0].children)) \
                and not any(_armed(t, onto) or _sector(t) in CROWD_SECTORS for t, r in trig.roles if r == SOURCE):
            # a verbal attack ("on spending plans", "attack Mr Blair's words"); people attacked
            # are attacked ("attacked Abkhazia's militia": an actor mention of the actors stage)
            etype, verb_phrase = "DISAPPROVE", "criticises"
    if etype == "AGREE" and anchor.lemma_.lower() in PLEDGE_VERBS and any(
            c.dep_ == "xcomp" and keys(c) & (THREAT_ACTS | FORCE_VERBS) for c in anchor.children):
        etype, subtype, verb_phrase = "THREATEN", None, "threatens"  # "vowed to retaliate"
    if etype == "REDUCE" and keys(anchor) & {"expel", "expulsion"} and _forces_expel(trig, onto):
        etype, subtype, verb_phrase = "FIGHT", None, "fights"  # "Peruvian troops expelled the Ecuadoreans"
    if etype == "MOBILIZE" and "JOINT_MILITARY" in onto.forms and _joint(trig, onto):
        etype, subtype, verb_phrase = "JOINT_MILITARY", None, onto.forms["JOINT_MILITARY"].label
    ended = trig.ended or (anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in END_VERBS)
    if ended and onto.form_intensity(etype) > 0:  # cooperation stopped; an ended war or ban stays itself
        ender = anchor.head if anchor.dep_ == "xcomp" else trig.carrier
        etype, subtype = "REDUCE", None
        verb_phrase = f"{_third_person(ender.lemma_.lower())} {anchor.text}"
        if anchor.pos_ != "VERB":
            verb_phrase += " to"  # "discontinues aid to X"
    return etype, subtype, verb_phrase


def _promised_when(trig: Trigger, anchor: Token, sent_refs: list, heading):  # noqa: ANN001, ANN202
    """The time an agreement to come was said: PLOVER codes the statement of intent itself as the
    AGREE ("Ethiopia says it will accept the ruling", "announced that Iraq would accept the
    accord"), so the time of a saying verb that governs the trigger through its complement - an
    expression on that verb, or its timeline entry's date - dates it. None for other forms, or
    when no saying verb governs the trigger."""
    onto = load_ontology()
    form = onto.forms.get(trig.pattern.form)
    if form is None or form.type != "AGREE":
        return None
    said = _saying_verb(anchor)
    if said is None:
        return None
    return _time_of(said, anchor, sent_refs) or heading


def _attempt_told(verb: Token | None) -> Token | None:
    """The verb of an attempt or an offer (:data:`ATTEMPT_ACT_VERBS`) that takes ``verb`` as its
    infinitive complement and is itself told in the past tense, with no modal or future auxiliary
    ("attempted to mediate", "offered to settle"; not "will try to", "could offer to"), or None."""
    if verb is None or verb.dep_ != "xcomp":
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in ATTEMPT_ACT_VERBS or head.tag_ not in ("VBD", "VBN"):
        return None
    if head.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children):
        return None  # "a plan proposed to ...": a participle, no act told
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or head.dep_ == "xcomp":
        return None  # "would offer to", "wanted to try to": no act told
    return head


def _saying_verb(tok: Token) -> Token | None:
    """The saying verb that governs ``tok`` through its clausal complement ("warned on Monday
    that it would ...", "said that it had ..."), or None."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in SAY_VERBS:
            return cur.head
        cur = cur.head
    return None


def _time_of(said: Token, anchor: Token, sent_refs: list):  # noqa: ANN202 - a TimeRef or None
    """The calendar expression on the saying verb ``said`` (its own adjunct, or one hanging on
    its adjunct's preposition) that governs ``anchor``, or None."""
    def clause_of(r) -> int:  # noqa: ANN001 - the verb a time expression's adjunct hangs on
        tok = anchor.doc[r.root]
        while tok.head.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            if tok.dep_ in ARGUMENT_DEPS:
                return -1  # "Resolution 2065 stated": a number in the sayer's name, no time of saying
            tok = tok.head  # "late on Tuesday", "in a statement on Monday", "On 5 June 2018"
        return -1 if tok.dep_ in ARGUMENT_DEPS else tok.head.i
    own = [r for r in sent_refs if r.calendar and r.root is not None and _dating._time_of_saying(r, anchor)
           and clause_of(r) == said.i]
    return own[0] if own else None


#: sectors of an actor that speak and act for its state ("FRA", "FRA/government", "UGA/military")
STATE_SIDE_SECTORS = frozenset({"government", "military"})


def _state_side(actor_ids: set[str | None]) -> set[str]:
    """The states whose government or forces the actor ids name ("FRA/government": FRA; a rebel
    group or a person's id with another sector: none)."""
    out = set()
    for aid in actor_ids:
        if not aid:
            continue
        state, _, sector = aid.partition("/")
        if not sector or sector in STATE_SIDE_SECTORS:
            out.add(state)
    return out


def _speaker_states(said: Token, index: MentionIndex) -> set[str]:
    """The states the saying verb's subject speaks for: a state, its government or forces, or a
    person with the state they act for ("French President Emmanuel Macron": FRA)."""
    mentions = [m for c in said.children if c.dep_ == "nsubj" for m in phrase_mentions(c, index)]
    return _state_side({m.actor_id for m in mentions}) | {
        m.country for m in mentions if m.kind == "person" and m.country}


def _reported_present(event: EventMention, pred: Token, said: Token, index: MentionIndex) -> bool:
    """``reported_present_is_the_saying``: a present perfect or progressive told in a dated
    statement ("Yesterday the minister said that the two countries have reached an agreement",
    "The envoy said on Monday that talks are making progress") speaks of the time of saying, not
    of the time of writing: it takes the statement's date in place of the document date, whoever
    is said to act (the act is recent at the saying, as the document date rule reads it for the
    writing)."""
    return event.modality == REPORTED


def _own_side_act(event: EventMention, pred: Token, said: Token, index: MentionIndex) -> bool:
    """``own_side_act_said``: a state's spokesman, head or ministry tells an act of its own state,
    alone or with another ("Macron said on Thursday that France would reinforce its presence",
    "the minister said on Monday that Peru and Chile had signed the accord", "the army said on
    Friday that its troops were leaving the town"): the statement dates it, as an event coder dates
    an announced act or intent, also when it is only planned or possible. Compared by state, not
    by actor: the speaker is the president, the doer the country. Another state's act keeps no date
    of the report ("Kenya said on Tuesday that Uganda would close the border"), and an act of force
    only said to come is a threat, not a happening with a date ("Iraq said on 3 June it would attack
    Kuwait": :data:`THREATENED_FORCE`)."""
    if event.modality not in (REPORTED, PLANNED, POSSIBLE):
        return False
    if event.modality != REPORTED and event.type in THREATENED_FORCE:
        return False
    speakers = _speaker_states(said, index)
    doers = _state_side({p.actor_id for p in event.actors(SOURCE)})
    return bool(speakers & doers)


#: acts of force: one only said to come is a threat (PLOVER THREATEN), its happening undated
THREATENED_FORCE = frozenset({"ASSAULT", "COERCE"})
#: the possessive pronouns by which a doer is the sayer's own ("his troops", "its army", "their government")
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _sayers_own_doer(event: EventMention, pred: Token, said: Token, index: MentionIndex) -> bool:
    """``sayers_own_doer``: the act's doer is the sayer's own, named by a possessive pronoun that
    points back to the saying verb's subject ("Amin announced on 14 November that his troops were
    leaving the province", "the ministry said on Friday that its forces had pulled back", "the
    president told parliament on 5 March that his troops would withdraw"): the statement dates it,
    as ``own_side_act_said`` does when the doer is named by its state. The sayer must be an actor
    the text names; a threat of force stays undated (:data:`THREATENED_FORCE`)."""
    if event.modality not in (REPORTED, PLANNED, POSSIBLE):
        return False
    if event.modality != REPORTED and event.type in THREATENED_FORCE:
        return False
    if not [m for c in said.children if c.dep_ == "nsubj" for m in phrase_mentions(c, index)]:
        return False
    doer = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return doer is not None and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in doer.children)



@dataclass(frozen=True)
class StatementDateRule:
    """A named rule by which a dated statement dates the act it tells (see :func:`_statement_date`)."""

    name: str
    applies: Callable[..., bool]
    document_dated: bool  # replaces the document date of a present perfect or progressive (else dates an undated act)


#: the named statement-dating rules, in order; each one's cases are a table in
#: ``tests/test_events_dating_statements.py``
STATEMENT_DATE_RULES = (
    StatementDateRule("reported_present_is_the_saying", _reported_present, True),
    StatementDateRule("own_side_act_said", _own_side_act, False),
    StatementDateRule("sayers_own_doer", _sayers_own_doer, False),
)


def _statement_date(event: EventMention, pred: Token, stanced: bool, index: MentionIndex, ctx: "SentenceContext") -> None:
    """Date an undated event by the statement that tells it, as PLOVER codes the statement:

    - a stance (a threat, a demand: ``_stance`` made it one) is the saying itself ("North Korea
      warned on Monday that it would shoot down ..." - THREATEN, on Monday);
    - an actor's report of its own act or refusal ("Thailand said on Monday that it had lodged a
      complaint", "the ministry said on Monday it had detained 40 members", "the ministry said
      late on Tuesday that it rejected ...") is dated by the report, the latest the act can be,
      as event coders date a story's events.

    A report of another's act ("the court ruled on Tuesday that his death ...") keeps no date.
    Beyond these, the named rules of :data:`STATEMENT_DATE_RULES` (each recorded in the event's
    ``checks`` when it dates it)."""
    if pred.pos_ not in ("VERB", "AUX"):
        return
    if event.date is not None and event.date_source != "document":
        return
    said = _saying_verb(pred)
    if said is None:
        return
    rule = None
    if event.date is not None:  # the date of writing, given to a present perfect or progressive
        rule = next((r for r in STATEMENT_DATE_RULES if r.document_dated and r.applies(event, pred, said, index)), None)
        if rule is None:
            return
    elif not stanced:
        speaker = [m for c in said.children if c.dep_ == "nsubj" for m in phrase_mentions(c, index)]
        speakers = {m.actor_id or (m.name or m.text).lower() for m in speaker}
        doers = {p.actor_id or (p.name or p.text).lower() for p in event.actors(SOURCE)}
        if event.modality not in (REPORTED, REFUSED) or not speakers or not doers or not doers <= speakers:
            rule = next((r for r in STATEMENT_DATE_RULES if not r.document_dated
                         and r.applies(event, pred, said, index)), None)
            if rule is None:
                return
    ref = _time_of(said, pred, ctx.sent_refs)
    if ref is None or ref.guessed:  # a weekday resolved against a guessed document date: no date
        return
    if rule is not None:
        event.checks.append(rule.name)
    value, value_end = _dating.contract_date(ref.value, ref.value_end, ref.mod)
    event.date, event.date_end, event.precision = value, value_end, ref.precision
    event.earliest, event.latest, event.date_text, event.date_source = ref.earliest, ref.latest, ref.text, "sentence"


def _telling_participle(trig: Trigger) -> Token | None:
    """The participle of a light verb that qualifies a nominal trigger and so tells its happening
    ("a peace deal *signed* in Algiers in December 2000", "an agreement *reached* in November
    1973", "the Bamako agreement, *signed* on 30 October 1963, set a ceasefire"): the noun's own
    predicate, whose time is the noun's, not that of another predicate below it. None for a verb
    trigger, a noun with a carrier, or a participle of another act ("the treaty, *denounced* on 10
    April": denouncing is no light verb; ratifying an accord is, see the ontology's ACCORD class)."""
    anchor = trig.anchor
    if anchor.pos_ != "NOUN" or trig.carrier is not None:
        return None
    light = _ONTOLOGY.light_verbs
    for c in anchor.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and light_lemma(c, light) in light:
            return c
    return None


#: parts of speech of the words of a trigger's phrase that the parser may make a clause of their own
#: ("declared the pact *void*", "set the prisoners *free*"): a time below one dates the trigger
PHRASE_PREDICATES = frozenset({"VERB", "ADJ", "AUX"})


def _date(trig: Trigger, sent: Span, s_start: int, refs, sent_refs, owner_of, dct: str | None,
          sent_starts: list[int], mod_value: str, unknown_times: list[int] = ()) -> dict:
    anchor = trig.anchor
    own = {anchor.i} | ({trig.carrier.i} if trig.carrier is not None else set())
    # a verb coded again after the sentence's times were attached without it (a dictionary verb
    # the checks turned down, back as a dated happening): what it held as a predicate is its own
    own |= {_dating.other_predicate(anchor.i)}
    told = _telling_participle(trig)
    if told is not None:  # "a peace deal signed in Algiers in December 2000": the signing's date
        own |= {told.i, _dating.other_predicate(told.i)}
    outbreak = _outbreak_verb(anchor) if anchor.pos_ == "NOUN" and trig.carrier is None \
        and trig.pattern.form in _ONTOLOGY.dated_doerless_forms else None
    if outbreak is None and anchor.pos_ == "NOUN" and trig.carrier is None:
        outbreak = happening_clause(anchor)  # "the talks that opened in Geneva in April 1983"
    if outbreak is not None:  # "the talks that began in 2002": its outbreak's date (``_dated_happening_noun``)
        own |= {outbreak.i, _dating.other_predicate(outbreak.i)}
    for word in trig.tokens:  # "declared the ceasefire void the following day": a time hanging on a
        # predicate word of the trigger's own phrase (the parser makes "void" a clause) is its time
        if word.i != anchor.i and word.pos_ in PHRASE_PREDICATES:
            own |= {word.i, _dating.other_predicate(word.i)}
    out = dict(date=None, date_end=None, precision=None, earliest=None, latest=None, date_text=None,
               date_source=None)
    heading = _dating.heading_ref(refs, anchor.idx)  # "- (1960) X ended ...": the entry's date
    if heading is not None:  # a sentence the splitter ran across entries: only its entry's times
        sent_refs = [r for r in sent_refs if heading.start <= r.start < (heading.block_end or 0)]
    # "three days after gunmen shot the consul": the happening the count starts from
    ref = _dating.counted_happening(anchor, sent_refs) or _dating.choose_sentence_ref(anchor, own, sent_refs, owner_of)
    if ref is None:  # "In that pact the two sides agreed ...": the date the pact was named with;
        # "..., a step it took in 1982"; "... This happened in 1982."
        ref = _dating.anaphoric_ref(anchor, refs, s_start, sent_starts) or _dating.summary_ref(anchor, sent_refs) \
            or _dating.restated_ref(anchor, refs, s_start, sent_starts)
    else:  # "In 1979 X signed a treaty. The treaty, signed on 26 March, ...": 26 March 1979
        ref = _dating.refined_by_next(anchor, ref, refs, s_start, sent_starts)
    if ref is not None and ref.root is not None and anchor.pos_ == "NOUN" and trig.carrier is None \
            and anchor.head.lemma_.lower() in REACTION_VERBS | MENTION_VERBS and anchor.dep_ != "nsubj" \
            and not anchor.is_ancestor(anchor.doc[ref.root]):
        # "his resignation was referred to during that day's questions": the mention's time; but a
        # happening that is the verb's active subject is told by it ("A ceasefire followed in April
        # 1963", "The summit followed six weeks later"): the verb's time is the happening's own
        return out
    if ref is not None and ref.root is not None and anchor.pos_ == "NOUN" and trig.carrier is None \
            and not anchor.is_ancestor(anchor.doc[ref.root]):
        clause = _clause_verb(anchor)
        if _dating.backgrounded(anchor) or clause is not None and clause.dep_ in ("advcl", "ccomp", "relcl", "acl") \
                and not clause.is_ancestor(anchor.doc[ref.root]):
            # "a recovery during the mid 1990s as the collapse of the USSR forced it to ...":
            # the main clause's time is not that of a happening named in a clause below it, nor
            # of one set in its background ("voted in 1993 after a 30-year war")
            ref = None
    if ref is None:
        pred = trig.carrier if trig.carrier is not None else anchor
        verb = pred if pred.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
        if _dating.is_future(verb) or mod_value in (PLANNED, POSSIBLE):
            ref = _promised_when(trig, anchor, sent_refs, heading)
            attempt = _attempt_told(verb) if ref is None else None
            if attempt is not None:
                # "The OAU attempted to mediate": the attempt is a past act of the narrative,
                # dated as one - by a time of its own, its entry's, else the narrative's below
                ref = _dating.choose_sentence_ref(attempt, {attempt.i, _dating.other_predicate(attempt.i)},
                                                  sent_refs, owner_of) or heading
                verb = attempt
            elif ref is None:
                return out  # what will or may happen has no date but its own
        else:
            ref = heading
    if ref is None:
        kind = _dating.present_kind(sent, verb, sent_refs)
        named_only = anchor.pos_ == "NOUN" and trig.carrier is None  # "an end to the occupation of X"
        if kind == _dating.SIMPLE_PRESENT:
            ref = None if named_only else _dating.present_anchor(refs, s_start, sent.doc, sent_starts)
            if ref is None:
                kind = _dating.RECENT
        if kind == _dating.HABITUAL:
            return out  # "the line Peru has always demanded": a stance through time, no date
        if kind == _dating.RECENT:
            if named_only and not _dating.ATTACHMENT_CHECKS["happening_named_at_writing"](
                    anchor, _ONTOLOGY.light_verbs | OUTBREAK_VERBS):
                return out  # "the war has since changed the picture": the war's time is not now
            if dct and _dating._precision(dct) in ("day", "month"):
                out.update(date=dct, precision=_dating._precision(dct), date_source="document")
                bounds = _dating.interval(dct)
                if bounds:
                    out.update(earliest=bounds[0], latest=bounds[1])
            return out
        if ref is None and _background(anchor):
            return out  # "Clare Short, who resigned over the war, said ...": no narrative date
        if ref is None and not named_only and not any(s_start <= st < s_start + len(sent.text_with_ws)
                                                      for st in unknown_times):
            # "The army took the post on 3 June 1991; Ecuador protested": the time of the clause told
            # before the event's in its sentence, where the story now stands
            ref = _dating.earlier_clause_ref(anchor, sent_refs)
            if ref is None and not _dating.times_of_its_own(anchor, sent_refs) \
                    and not _dating.time_below(anchor, sent_refs):
                # "Barak withdrew the army, and the last soldiers left on 24 May 2000": the month of
                # the clause told next, which the event came just before
                ref = _dating.later_clause_ref(anchor, sent_refs)
        if ref is None and _dating.times_of_its_own(anchor, sent_refs):
            return out  # the sentence tells times of its own, none of them this event's
        if ref is None and named_only:
            return out  # "an end to the occupation of Iraq": a happening named, not narrated here
        if ref is None and any(s_start <= st < s_start + len(sent.text_with_ws) for st in unknown_times):
            return out  # "Last week in Paris, X discussed ...": its own time, unknown, not the narrative's
        # "A pact forced on X in May 1939 let Y station troops": the date of the happening its clause
        # names, the sentence's own, before the narrative's (another event's)
        thing = None if ref is not None else _dating.thing_time_ref(anchor, sent_refs, _thing_nouns())
        ref = ref or thing or _dating.narrative_anchor(refs, s_start, doc_text(sent.doc), sent_starts)
        if ref is not None and ref is not thing and _dating.ATTACHMENT_CHECKS["told_after_the_story"](verb, ref):
            return out  # "Weeks of talks failed in 1937. Tarsa later agreed to pay": after 1937, when untold
        if ref is None:  # "The police closed two bridges.", after "on Monday" paragraphs back
            ref = _dating.news_day(verb, refs, s_start, dct, _sentence_has_time(sent))
        if ref is None:
            return out
        out["date_source"] = "sentence" if thing is not None else "narrative"
    else:
        out["date_source"] = "sentence"
        if _dating.ATTACHMENT_CHECKS["time_of_an_earlier_frame"](anchor, ref):
            ref = _dating.after_frame_month(ref)  # "After the attacks of 11 September 2001, X joined": 2001-09
    value, value_end = _dating.contract_date(ref.value, ref.value_end, ref.mod)  # "1990-W32": "1990-08"
    out.update(date=value, date_end=value_end, precision=ref.precision,
               earliest=ref.earliest, latest=ref.latest, date_text=ref.text)
    if ref.guessed:  # resolved against a guessed document date: its lower confidence
        out["guessed"] = ref.confidence if ref.confidence is not None else 0.5
    return out


def _sentence_has_time(sent: Span) -> bool:
    """The sentence holds a time expression of any kind (a duration, "the coming days", a date the
    time stage did not trust): a time of its own, not the news day's."""
    doc = sent.doc
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    if timexes is None:
        return any(t.ent_type_ in ("DATE", "TIME") for t in sent)
    lo, hi = sent.start_char, sent.end_char
    return any(lo <= int(_dating._get(t, "start")) < hi for t in timexes)


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """Nouns that name an accord or an act of the ontology on their own ("protocol", "blockade")."""
    return DEAL_NOUNS | frozenset(next(iter(p.words[0])) for p in _ONTOLOGY.patterns
                                  if len(p.words) == 1 and p.source == "ontology")


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    """Nouns that name a happening or an accord whose date dates a clause they enter
    (:func:`_dating.thing_time_ref`): the ontology's act nouns and the accord nouns."""
    return _happening_nouns() | DEAL_NOUNS


def _verbal(pattern: Pattern) -> bool:
    """An act said to someone (``addressed`` in the ontology): agreeing, consulting, asking."""
    etype = pattern.coding.type if pattern.coding is not None else None
    return etype in _ONTOLOGY.types and _ONTOLOGY.types[etype].addressed


def _names_a_happening(trig: Trigger) -> bool:
    doc = trig.anchor.doc
    return any(keys(doc[i]) & _happening_nouns() for i in trig.absorbs)


def venue_act(onto: Ontology, form: str) -> bool:
    """A two-sided act of cooperation (a meeting, a signing: a symmetric form of PLOVER's
    cooperative quads), whose place is where it happened, not a party."""
    f = onto.forms.get(form)
    t = onto.types.get(f.type) if f is not None else None
    if f is None or t is None:
        return False
    symmetric = f.symmetric if f.symmetric is not None else t.symmetric
    return bool(symmetric) and t.quad in (1, 2)


#: kinds of doer whose act a code holds of with no recipient named: a state, its government or
#: seat, an armed force or group (a company that recalls cars or a person who leads a mission
#: does no act of state)
ONE_SIDED_KINDS = STATE_KINDS | ARMED_KINDS | {"government_seat"}


#: blocks of the field's verb dictionary whose own code is their CAMEO category's own act, each of
#: their verbs naming it whatever the other side: YIELD [080] ("give up", "renounce", "relinquish",
#: "cede", "waive"), CAMEO 08's "Yield", PLOVER CONCEDE ("Requires recipient: No")
OWN_ACT_BLOCKS = frozenset({"YIELD"})
#: who yields with no recipient named: a state, its government, an armed force, a person (a ruler)
YIELDING_KINDS = ONE_SIDED_KINDS | {"person"}


def _given_up(trig: Trigger, pattern: Pattern) -> bool:
    """True when a verb of an :data:`OWN_ACT_BLOCKS` block is coded with its block's own code (no
    phrase pattern took its object) and names what is yielded, its direct object: "the king
    renounced the throne", "the state gave up its claim to the islands", "the cabinet gave up
    power" are concessions whether or not the clause names to whom; the generic code of a block of
    loose synonyms ("rule", "serve") still needs its two sides (``_dictionary_dyad``)."""
    lemma = " ".join(t.lemma_.lower() for t in trig.tokens)
    block, cameo = VERBS.verbs.get(lemma, VERBS.verbs.get(trig.anchor.lemma_.lower(), (None, None)))
    return block in OWN_ACT_BLOCKS and not trig.absorbs and pattern.coding.cameo == cameo and not trig.passive \
        and any(c.dep_ == "dobj" for c in trig.anchor.children)


def _one_sided(trig: Trigger, pattern: Pattern, found: list) -> bool:
    """A code turned down for want of a recipient (``_dictionary_dyad``, the checks of
    ``checks.RECIPIENT_CHECKS``) holds with none named when its dated happening is kept at all
    (``_dated_predicates`` keeps it with its doer) and the doer is a state or an armed force
    (:data:`ONE_SIDED_KINDS`), or anyone when the code's pattern names its object ("brokered a
    ceasefire"): "Rabat recalled its ambassador in 1990", "the army ambushed a patrol on 3 June",
    "the state occupied the reef in 1995" are PLOVER's SANCTION, ASSAULT, OCCUPY whoever the other
    side was (the codebook's "Requires recipient" is the coder's question, not the type's), no
    happening of no type. Not a verb the dictionary files only under a category's generic code
    ("rule", "serve"): there the two sides are what makes the type; and a meeting named by its
    object ("held talks") still needs a state or force as its one side."""
    if pattern.source == "petrarch2" and VERBS.generic(pattern):
        # a state, a force or a ruler yields; a company that gives up a stake makes no concession
        return _given_up(trig, pattern) and any(r == SOURCE and m.named and m.kind in YIELDING_KINDS for m, r, _ in found)
    # a meeting is between two: "Putin held talks on Friday" names its object, not its other side
    object_named = len(trig.tokens) > 1 and pattern.coding.type != "CONSULT"
    return any(r == SOURCE and m.named and (m.kind in ONE_SIDED_KINDS or object_named) for m, r, _ in found)


def _dictionary_dyad(trig: Trigger, pattern: Pattern, found: list) -> bool:
    """A verb of the field's dictionary makes an event between a source and a target, as
    PETRARCH codes them ("Turkey confiscated Greek property" needs whose property; "Washington
    pulled the plug" is no seizure), unless its phrase pattern named the object ("lifted the
    blockade of Cuba"). A verb the dictionary files only under a category's generic code ("rule",
    "need", "serve") needs two known actors of different states: "Nasser ruled Egypt" is no
    cooperation. A specific act in the passive with no doer named is told of its named target
    ("the editor was arrested", "Gamsakhurdia was forced into exile")."""
    sources = [m for m, r, _ in found if r == SOURCE]
    targets = [m for m, r, _ in found if r == TARGET]
    if sources and not targets and pattern.coding.type == "RETREAT" and not trig.passive \
            and all(m.kind in ARMED_KINDS for m in sources) and any(
                r == SOURCE and tok.dep_ == "nsubj" for _, r, tok in found):  # its subject, not a participle's agent
        return True  # "the last French troops left on 17 April 1946": a force that withdraws
        # needs no recipient (PLOVER RETREAT withdraw, "Requires recipient: No")
    if not sources and trig.passive and not trig.agentive and not VERBS.generic(pattern) and any(
            m.named and m.kind in PASSIVE_TARGET_KINDS and (tok.dep_ == "nsubjpass" or tok.head.dep_ == "nsubjpass")
            for m, r, tok in found if r == TARGET):
        return True  # "Gamsakhurdia was forced into exile": a specific act done to a named actor,
        # its doer untold
    if not sources or not (targets or (trig.absorbs and (
            len(sources) > 1 or _names_a_happening(trig) or not _verbal(pattern)))):
        return False  # a phrase pattern that names the object names no recipient: a material
        # act may be one-sided ("put its forces on alert", "imposed a curfew"), a verbal one is
        # said to someone and with one doer still needs its target ("led a mission", "set up a
        # force" are no meeting, no mediation), unless the object is itself an accord or an act
        # the ontology names ("signed the protocol"); two doers are each other's ("the two
        # states restored relations")
    if not VERBS.generic(pattern):
        return True
    # an actor the knowledge base does not know is known by the country the actors stage gave it
    # ("the British captain": the United Kingdom's)
    if not all(m.resolved or m.country for m in sources + targets):
        return False
    states_a = {state_for(m.actor_id, None) or m.country or m.actor_id for m in sources}
    states_b = {state_for(m.actor_id, None) or m.country or m.actor_id for m in targets}
    return not states_a & states_b


@dataclass
class SentenceContext:
    """What coding a trigger needs to know of its sentence and document."""

    onto: Ontology
    index: MentionIndex
    doc: Doc
    document_id: int
    sent_idx: int
    sent: Span
    s_start: int
    s_end: int
    refs: list
    sent_refs: list
    owner_of: dict[int, int | None]
    dct: str | None
    trigger_anchors: set[int]
    sent_starts: list[int]
    unknown_times: list[int]
    trace: list[Candidate] | None = None
    #: names the document itself calls places ("the city of Mekele", "near Hassi Beida"): no recipient
    place_names: frozenset[str] = frozenset()
    #: the candidate each coded trigger's anchor passed the checks as (token index -> Candidate): a
    #: type given later (``_backoff``) faces the checks of its own form on the same arguments
    passed: dict[int, Candidate] = field(default_factory=dict)
    #: the argument check that turned each trigger down (token index -> check name), kept whether
    #: or not ``trace`` is: a dictionary code turned down for a missing recipient may come back
    #: (``_one_sided``)
    vetoed: dict[int, str] = field(default_factory=dict)


def _joint(trig: Trigger, onto: Ontology) -> bool:
    """An exercise or patrol held jointly ("joint naval exercises", "patrols with Indonesia");
    a border guarded by troops is no exercise ("the border with China is guarded")."""
    drills = onto.classes.get("DRILLS", frozenset()) | {"game", "games"}
    nouns = [t for t in trig.tokens if keys(t) & drills]
    if not nouns:
        return False
    return any(c.lower_ in JOINT_WORDS or (c.dep_ == "prep" and c.lower_ == "with")
               for n in nouns for c in n.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in trig.anchor.children)


def _code(trig: Trigger, ctx: SentenceContext, one_sided: bool = False) -> EventMention | None:
    """The event a trigger makes in its sentence, or None (the checks of
    :mod:`chronica.events.checks` judge it; a veto is recorded in ``ctx.trace``). ``one_sided``:
    the trigger's dated happening is kept with its doer anyway (``_dated_predicates``), so a
    specific code of the dictionary needs no recipient named (``_one_sided``)."""
    onto, index, doc, document_id, sent_idx, sent = ctx.onto, ctx.index, ctx.doc, ctx.document_id, ctx.sent_idx, ctx.sent
    s_start, s_end, refs, sent_refs, owner_of, dct = ctx.s_start, ctx.s_end, ctx.refs, ctx.sent_refs, ctx.owner_of, ctx.dct
    trigger_anchors, sent_starts, unknown_times = ctx.trigger_anchors, ctx.sent_starts, ctx.unknown_times
    anchor, pattern = trig.anchor, trig.pattern
    # a refusal of another trigger is that event, refused: no REJECT of its own
    if anchor.lemma_.lower() in REFUSE_VERBS and any(
        c.dep_ == "xcomp" and c.i in trigger_anchors for c in anchor.children
    ):
        return None
    found = _participants(trig, index)
    opened = pattern.source == OCCURRENCE and OCCURRENCE_VERBS.get(anchor.lemma_.lower()) == OPENED_THING
    if opened:  # the thing's own names ("two crossings, Zalambessa-Serha and ...", "the two countries'
        # border") are no doers of its opening: whose it is, its holders say (``_holders``, below)
        thing = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        found = [f for f in found if f[2].i not in thing]
    if pattern.source == OCCURRENCE:  # "It entered into force": the "it" is the accord it stands for, no party
        taken_up = {c.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                    and _it_taken_up(c) is not None}
        found = [f for f in found if f[2].i not in taken_up] + _accord_parties(anchor, index)
    confidence = 1.0
    if not found and anchor.pos_ == "VERB":
        # "Relations hit rock-bottom": the relations of the document's two main states
        subj = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in onto.classes.get("RELATIONS", ()):
            # each state by a mention of the state itself, not the leader named first for it
            # ("relations were restored in 1987" is no act of a king dead since 1953)
            found = [(m, SOURCE, subj[0]) for m in pair_mentions(index, sent.start) or index.topic_states(sent.start)]
            confidence = 0.5
    elif not found and pair_fight(trig, onto):
        # "clashes continued", "border fighting escalated": the fight of the document's two states
        found = [(m, SOURCE, anchor) for m in pair_mentions(index, sent.start)]
        confidence = 0.5
    elif _mediated_for_no_one(trig, found, onto):
        # "the Emir brokered an agreement in May that ended the quarrel": the broker's parties are
        # the document's two states, neither of them the broker (``_mediated_for_no_one``)
        own = {m.country or state_for(m.actor_id, None) or m.actor_id for m, r, _ in found if r == SOURCE}
        pair = pair_mentions(index, sent.start)
        if pair and not any((m.country or state_for(m.actor_id, None) or m.actor_id) in own for m in pair):
            found = found + [(m, TARGET, anchor) for m in pair]
            confidence = 0.5
    found = thing_handed_over(forces_deployed(pattern.form, found, onto, trig.passive))
    hidden = None
    hosted = anchor.lemma_.lower() in HOST_VERBS and (pattern.form == "VISIT" or pattern.coding.cameo == "043")
    if hosted:  # "Kenya received a Chinese delegation": the visitor is the actor, the host the recipient
        found = [(m, TARGET if r == SOURCE else SOURCE if r == TARGET else r, t) for m, r, t in found]
        found.sort(key=lambda f: f[1] != SOURCE)
    elif pattern.form in onto.forms and onto.types[onto.forms[pattern.form].type].family == "plover":
        hidden = hidden_recipient(trig.carrier if trig.carrier is not None else anchor, pattern.form, found, index, onto,
                                  frozenset(trigger_anchors))
        found = hidden or found
        found = landing_state(trig, found, index) or found
        found = envoy_state([t for t in (anchor, trig.carrier, trig.carries) if t is not None], pattern, found, index,
                            onto) or found
    acted_on = _acted_on(trig, found, index, ctx.place_names)
    if acted_on is not None:
        # "the Iraqi army retook the Faw peninsula", "sank the Argentine cruiser General
        # Belgrano": the state that holds the place or owns the thing is the recipient, else the
        # place or thing stands in the recipient's slot (``place_recipients`` makes it where)
        holders = [(m, TARGET, t) for m, t in _thing_owners(acted_on, index)]
        found = [f for f in found if not (f[1] == TARGET and f[2].i in _own_name(acted_on, index))]
        own = index.at(acted_on)  # its own mention, as the text names it ("South Ossetia")
        thing = own if own is not None and own.kind != "person" else _thing_mention(acted_on)
        found = found + (holders or [(thing, TARGET, acted_on)])
    doerless = not any(m.named for m, _, _ in found)
    accord = dated_accord(trig, onto)
    if accord and not any(r in (SOURCE, TARGET) and m.named for m, r, _ in found):
        # "a border treaty came in 1962": in a text about a pair of states, the pair's
        # (``_recall.pair_accord``), both its doers as PLOVER codes a reciprocal act
        parties = pair_accord(trig, index)
        if parties:
            found = found + [(m, SOURCE, anchor) for m in parties]
            confidence = min(confidence, 0.5)
    undone = not accord and not any(r == SOURCE for _, r, _ in found) and _dated_passive(trig, ctx)
    if opened and not any(r in (SOURCE, TARGET) and m.named for m, r, _ in found):
        # "the road crossing between Georgia and Armenia was reopened in March 2010": the states the
        # thing opened lies between are its recipients, as a thing acted on in the passive (``_holders``)
        found = found + [(m, TARGET, t) for m, t in _holders(trig, index)]
    if undone and not any(r == TARGET for _, r, _ in found):
        # "the crossings on the border between Ethiopia and Eritrea were opened": the states
        # whose thing was acted on are its recipients
        found = found + [(m, TARGET, t) for m, t in _holders(trig, index)]
    occurs = pattern.source in (OCCURRENCE, ACTED_ON)  # a happening's own noun took place (``_occurrence``),
    # or a thing was acted on (``_acted_on_passive``)
    # "the Sunningdale Agreement collapsed in May 1974", "the Act came into force on 18 April
    # 1949": a thing's own happening, the thing no doer (``names_a_thing``), told with no doer
    # "the Accord was signed in May 1897 and came into force in June 1898": a coordinated verb of its
    # own with no subject tells of the thing its first conjunct does (``_conjunct_thing``)
    told_of = {c.i for c in anchor.children if c.dep_ == "nsubj"} | _conjunct_thing(anchor)
    thing_told = anchor.pos_ == "VERB" and not any(r == SOURCE for _, r, _ in found) and any(
        r == OTHER and t.i in told_of and names_a_thing(m, doc) for m, r, t in found)
    doerless = doerless or thing_told
    placed = (doerless and _doerless_happening(trig, onto)) or thing_told
    dated_noun = doerless and not (placed or accord or undone or occurs) and _dated_happening_noun(trig, ctx)
    if doerless and not (placed or accord or undone or occurs or dated_noun):
        if ctx.trace is not None:  # the first of the checks, run before the form is settled
            ctx.trace.append(Candidate(trig, pattern.form, [Argument(*f) for f in found],
                                       vetoed_by=needs_a_named_actor.__name__))
        return None
    if doerless or undone:
        confidence = min(confidence, DOERLESS_CONFIDENCE)
    coded = _type_of(trig, onto, any(r == TARGET for _, r, _ in found))
    if coded is None:
        return None
    etype, subtype, verb_phrase = coded
    crowd = _crowd_act(etype, found, onto, pattern)
    if crowd is not None:
        # "protesters ransacked the embassy", "a mob stormed the consulate", "residents closed the
        # road": civilians' collective action is PLOVER PROTEST (riot, obstruct), no assault or
        # coercion of a state; "40,000 people marched": a demonstration needs no recipient
        etype, subtype, verb_phrase = "PROTEST", None, "protests against"
    population = _population_moves(etype, found, onto, pattern)
    if population:
        # "some 8,000 settlers left the colony", "3,000 colonists landed at the port", "the country
        # has hosted refugees since 1991": a civilian population's own movement, no state's retreat,
        # visit or deployment - a happening of no PLOVER type (rule ``population_moves``)
        etype, subtype, verb_phrase = OTHER_FORM, None, \
            "is hosted by" if hosted else _third_person(anchor.lemma_.lower())
    if etype == "MOBILIZE" and pattern.form != "MOBILIZE":
        # warships sent (``_warships_sent``): the craft are the instrument, as troops sent are
        # (``forces_deployed``), no recipient ("sent three warships to the area")
        craft = onto.classes.get("WARSHIPS", frozenset()) | onto.classes.get("ARMS", frozenset()) \
            | onto.classes.get("VEHICLES", frozenset())
        found = [(m, OTHER if r == TARGET and keys(t) & craft else r, t) for m, r, t in found]
    if onto.forms.get(etype) is not None and onto.forms[etype].type == "RETREAT" and any(
            r == TARGET and (m.cameo or "").startswith(BODY_OF_MEMBERS_CODE) for m, r, _ in found):
        # "Indonesia would leave the United Nations", "pulled its troops out of NATO's command":
        # withdrawing from an organisation is SANCTION withdraw (PLOVER), no military retreat
        etype, subtype, verb_phrase = WITHDRAW_FROM_BODY_FORM, None, "withdraws from"
    if etype != JOIN_BODY_FORM and onto.forms.get(etype) is not None and onto.forms[etype].type == "COOPERATE" \
            and anchor.lemma_.lower() in JOINING_VERBS and not trig.passive and any(
            r == TARGET and (m.cameo or "").startswith(BODY_OF_MEMBERS_CODE) for m, r, _ in found):
        # "Greece and Turkey joined NATO", "Spain joins the European Community": a member state joins
        # the body by becoming party to its pact (PLOVER SUPPORT, CAMEO 057), no material cooperation
        etype, subtype, verb_phrase = JOIN_BODY_FORM, None, "joins"
    if etype == OTHER_FORM and _entered_body(anchor, trig, found):
        # "Syria returned to the United Nations", "Poland and Latvia entered the European Union":
        # a state becomes (again) a member of a body, as by joining it (PLOVER SUPPORT, CAMEO 057)
        etype, subtype, verb_phrase = JOIN_BODY_FORM, None, "joins"
    if etype == "CONCEDE" and _commercial_concession(anchor, found):
        # "gave a foreign firm a gas drilling concession", "the harbour's port concession":
        # a resource leased to a firm by contract, economic exchange (PLOVER COOPERATE economic,
        # CAMEO 061: the TRADE form), no yielding to an adversary
        etype, subtype, verb_phrase = "TRADE", None, "grants a concession to"
    if hosted and not population:
        verb_phrase = "visits"
    handed = [m for m, r, t in found if r == OTHER and t.dep_ == "dobj"]
    if handed and any(r == TARGET for _, r, _ in found):  # "hands over Cyprus to the United Kingdom"
        verb_phrase = f"{verb_phrase} {handed[0].name or handed[0].text} to"
    if pattern.source == "petrarch2" and crowd is None \
            and not (undone or acted_on is not None or _dictionary_dyad(trig, pattern, found)
                     or (one_sided and _one_sided(trig, pattern, found))):
        ctx.vetoed[anchor.i] = _dictionary_dyad.__name__
        if ctx.trace is not None:
            ctx.trace.append(Candidate(trig, pattern.form, [Argument(*f) for f in found],
                                       vetoed_by=_dictionary_dyad.__name__))
        return None
    if etype == "AID" and anchor.lemma_.lower() in BUYER_VERBS | RECEIVE_VERBS and anchor.pos_ == "VERB" \
            and not trig.passive:
        # "Iran bought arms from China": China supplies, Iran receives
        found = [(m, TARGET if r == SOURCE else SOURCE if r == TARGET else r, t) for m, r, t in found]
        found.sort(key=lambda f: f[1] != SOURCE)
    targets_found = [m for m, r, _ in found if r == TARGET]
    if etype == "ASSAULT" and targets_found and any(keys(t) & {"attack", "assault"} for t in trig.tokens) \
            and all(m.kind in VERBAL_TARGET_KINDS for m in targets_found) \
            and not any(m.kind in ARMED_KINDS or _armed(t, onto) for m, r, t in found if r == SOURCE):
        etype, verb_phrase = "DISAPPROVE", "criticises"  # "his attack on Labour", "attacks against Yukos"
    sources_found = [(m, t) for m, r, t in found if r == SOURCE]
    # "Argentina protested", "Japan lodged a protest": a state's complaint, coded as one (the form
    # stays the protest the text tells); "hundreds of Iraqis protested": its people demonstrate
    complaint = etype == "PROTEST" and bool(sources_found) and any(
        keys(t) & STATE_COMPLAINT_WORDS for t in trig.tokens) and all(
        m.kind in COMPLAINING_KINDS and "NORP" not in (t.ent_type_, doc[m.end - 1].ent_type_)
        and t.ent_type_ not in ("CARDINAL", "QUANTITY") for m, t in sources_found)
    if complaint:
        verb_phrase = "protests to"
    # state events without an agent: the one they happen to is the source ("Rhee was elected",
    # "the fall of the Soviet Union"); an active verb's object never is ("likely to succeed Blair")
    # A dated predicate told in the passive is not: its subject is acted on ("Georgia was
    # incorporated into the empire in 1801", "the USSR was flooded with leaflets in the 1960s"),
    # no doer, whatever the happening (``_dated_predicates`` keeps it OTHER)
    if etype in STATE_FORMS and not any(r == SOURCE for _, r, _ in found) and (
            trig.passive or anchor.pos_ != "VERB") and not _passive_predicate(trig) and not opened:
        found = [(m, SOURCE if r == TARGET else r, t) for m, r, t in found]
    if etype == "MOBILIZE" and trig.passive and not any(r == SOURCE for _, r, _ in found):
        # "the army could be deployed in the capital": the forces deployed act, none is a recipient
        troops = onto.classes.get("TROOPS", frozenset())
        found = [(m, SOURCE if r == TARGET and (keys(t) & troops or m.kind == "armed_force") else r, t)
                 for m, r, t in found]
    if etype in PERSON_TYPES and not any(m.kind == "person" for m, _, _ in found) \
            and not any(w & POWER_WORDS for w in pattern.words) \
            and not (etype in onto.doerless_forms and any(_counted(tok) for _, _, tok in found)):
        return None  # "the deaths of 649 Argentine soldiers": a toll, told of people counted
    if etype == "COLLAPSE" and any(r == SOURCE for _, r, _ in found) and any(r == TARGET for _, r, _ in found):
        etype, verb_phrase = "COERCE", "breaks up"  # "Yukos is being broken up by the authorities"
    if etype == "REDUCE" and anchor.pos_ == "VERB":
        partner = relations_partner(anchor, found, index)
        if partner is not None:  # "Afghanistan broke off diplomatic relations": with the other of the pair
            found = found + [(partner, TARGET, anchor)]
            confidence = min(confidence, 0.8)
    if anchor.pos_ == "VERB" and (complaint or (etype in onto.forms and onto.forms[etype].type in ANSWER_TYPES)):
        answered = answered_doer(anchor, found, index)
        if answered is not None:  # "Mali dug a canal, a project Niger rejected": Mali's act answered
            found = found + [(answered[0], TARGET, answered[1])]
            confidence = min(confidence, 0.8)
    warned = None
    if onto.forms.get(etype) is not None and onto.forms[etype].type == "THREATEN" and anchor.pos_ == "VERB" \
            and pattern.coding.mode != "arrest":
        warned = threatened_pair(anchor, found, index)
        if warned is not None:  # "Khartoum threatened to close the pipeline": the other of the pair
            found = found + [(warned, TARGET, anchor)]
            confidence = min(confidence, 0.8)
    refused = None
    if onto.forms.get(etype) is not None and onto.forms[etype].type == "CONSULT":
        refused = refused_pair(anchor, found, index)
        if refused is not None:  # "Lisbon refused to negotiate": it turned down the other of the pair
            found = found + [(refused, TARGET, anchor)]
            confidence = min(confidence, 0.8)
    recognised = recognised_polity(anchor, found, index, onto)
    if recognised is not None:  # "Pretoria recognised the new state": the other of the pair, told before
        found = found + [(recognised[0], TARGET, recognised[1])]
        confidence = min(confidence, 0.8)
    cand = Candidate(trig, etype, [Argument(*f) for f in found], doerless=doerless or undone,
                     dated_accord=accord or dated_noun)
    if not judge(cand, skip=RECIPIENT_CHECKS if one_sided and _one_sided(trig, pattern, found) else frozenset()):
        ctx.vetoed[anchor.i] = cand.vetoed_by
        if ctx.trace is not None:
            ctx.trace.append(cand)
        return None
    ctx.passed[anchor.i] = cand
    participants: list[Participant] = []
    said_as: list[str] = []  # each participant's mention as written, for period names
    countries: list[str | None] = []  # the state the actors stage gave a mention, if any
    for m, role, tok in found:
        said_as.append(m.text)
        countries.append(m.country)
        own = index.at(tok)
        # a name in apposition, or its conjunct ("the foreign ministers, A and B": ``titled_names``)
        named = [g for c in tok.children if c.dep_ == "appos" for g in (c, *c.conjuncts)]
        # "the Greek premier A and the Turkish president B": B, in apposition to the conjunct title
        named += [a for g in named for a in g.children if a.dep_ == "appos"]
        direct = own is m or (own is not None and m in own.members) or any(
            index.at(g) is not None and index.at(g).end == m.end and m.start <= index.at(g).start for g in named)
        participants.append(
            Participant(role=role, text=m.text if direct else tok.text, actor_id=m.actor_id,
                        name=m.name or m.text, kind=m.kind,
                        start=m.start_char if direct else tok.idx,
                        end=m.end_char if direct else tok.idx + len(tok.text))
        )
        if not direct:
            confidence = min(confidence, 0.8)
    pred = trig.carrier if trig.carrier is not None else anchor
    if pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubjpass") and pred.head.pos_ == "VERB" \
            and pred.head.lemma_.lower() not in REACTION_VERBS and not (
                etype in STATE_FORMS and light_lemma(pred.head, onto.light_verbs) not in onto.light_verbs):
        pred = pred.head  # "did not sign the treaty", "is trying to negotiate a settlement"
    if _questioned(pred):
        return None
    mod_value, attribution = modality(pred, sent)
    if mod_value in (ASSERTED, REPORTED, HEDGED) and anchor.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in PLANNED_ADJECTIVES for c in anchor.children):
        mod_value = PLANNED  # "announced their imminent withdrawal"
    if mod_value == ASSERTED and anchor.pos_ == "NOUN" and trig.carrier is None:
        obj = anchor
        while obj.dep_ == "conj" and obj.head.i != obj.i and obj.head.pos_ == "NOUN":
            obj = obj.head
        if obj.dep_ in ("dobj", "conj") and obj.head.lemma_.lower() in DESIRE_VERBS:
            mod_value = PLANNED  # "colleagues wanted Sir Edward's resignation": wished for
    when = _date(trig, sent, s_start, refs, sent_refs, owner_of, dct, sent_starts, mod_value, unknown_times)
    if occurs and (when.get("date_source") != "sentence" or not when.get("date")):
        return None  # an occurrence is kept for its own date: its sentence's date went to another verb
    if (opened or pattern.source == OCCURRENCE and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in anchor.children)) and not any(
            r.text == when.get("date_text") and r.root is not None and YEAR.search(r.text) and anchor.i in (
                doc[r.root].head.i, doc[r.root].head.head.i) for r in sent_refs):
        return None  # "By the end of the year ..., and the canal reopened in April 1957": kept only with
        # the date written on its own verb, not a time of the clause before (session 51)
    if "guessed" in when:
        confidence = min(confidence, when.pop("guessed"))
    for p, written, country in zip(participants, said_as, countries):
        other = actor_at(p.actor_id, written, when["earliest"] or when["date"])
        if other is not None and when["latest"] and actor_at(p.actor_id, written, when["latest"]) != other:
            other = None  # "the early 1990s" straddles the change: the name keeps its resolution
        if other is not None:  # "Russia" in 1950: the Soviet Union
            p.actor_id, p.name, p.kind = other
        p.state = state_for(p.actor_id, when["earliest"] or when["date"])
        if p.state is None and p.actor_id and p.kind == "person":  # "in 1981": an office begun that year
            p.state = knowledge_base().state_during(p.actor_id, when["earliest"], when["latest"])
        if p.state is None and p.kind == "state" and p.actor_id and "/" not in p.actor_id:
            p.state = p.actor_id
        if p.state is None and country:  # "the French president X": France, whatever the KB knows
            p.state = country
        if p.state is None:  # "FARC units": Colombia's (its CAMEO code, COLREB)
            p.state = group_country(p.actor_id, p.kind)
    participants = seat_owned_agents(participants, [tok for _, _, tok in found], when["earliest"] or when["date"])
    participants = place_recipients(participants, [tok for _, _, tok in found], addressed=etype in onto.forms and (
        onto.types[onto.forms[etype].type].addressed if onto.forms[etype].type in onto.types else False),
        places=ctx.place_names, venue=venue_act(onto, etype), act=trig.anchor, taking=etype == "OCCUPY",
        force=etype in onto.forms and onto.forms[etype].type in victim_types(onto))
    third_party = mediator_third_party(participants, [tok for _, _, tok in found], _mediates(trig))
    own_state = doer_own_state(participants, [tok for _, _, tok in found])
    own_target = own_state_target(participants, agents=etype in onto.forms and (
        onto.forms[etype].type not in onto.types or onto.types[onto.forms[etype].type].domestic_recipient is None))
    if any(p.kind != HAPPENING for p in participants):  # a named war beside real actors is
        for p in participants:                           # what they do, not whom they do it to
            if p.kind == HAPPENING:
                p.role = OTHER
    if doerless:  # "a demonstration at Freedom Square": where it happened, not against whom
        participants = [p for p in participants if p.kind not in PLACE_KINDS]
    sources = [p for p in participants if p.role == SOURCE]
    targets = [p for p in participants if p.role == TARGET]
    start_tok = min(t.i for t in trig.tokens)
    end_tok = max(t.i for t in trig.tokens)
    if end_tok - start_tok > 4:
        start_tok = end_tok = anchor.i
    if trig.carrier is not None and 0 < anchor.i - trig.carrier.i <= 4:
        start_tok = min(start_tok, trig.carrier.i)
    trigger_span = doc[start_tok : end_tok + 1]
    coding = onto.form_coding(STATE_COMPLAINT_FORM) if complaint else coding_of(etype, pattern, onto)
    if crowd and crowd[0] and coding.type == "PROTEST":
        mode, cameo = crowd
        coding = Coding(coding.type, mode, coding.context, cameo, onto.types["PROTEST"].score_of(mode))
    if _removed_from_power(trig, found, coding):
        # "the army removed President X": a leader put out of power, as "ousted" (the COERCE form's
        # own coding), no deportation of people
        oust = onto.form_coding("COERCE")
        coding = Coding(oust.type, oust.mode, oust.context, oust.cameo, oust.score)
    event = EventMention(
        document_id=document_id,
        sentence_idx=sent_idx,
        sentence=doc_text(doc)[s_start:s_end],
        sentence_start=s_start,
        sentence_end=s_end,
        type=coding.type,
        intensity=float(coding.score),
        form=etype,
        checks=list(cand.fired) + ([dated_accord.__name__] if accord else [_dated_passive.__name__] if undone
                                   else [_acted_on_passive.__name__] if pattern.source == ACTED_ON
                                   else [_occurrence.__name__] if occurs
                                   else [_dated_happening_noun.__name__] if dated_noun
                                   else [_doerless_happening.__name__] if doerless else []),
        nominal=anchor.pos_ == "NOUN" and trig.carrier is None,
        mode=coding.mode,
        context=list(coding.context),
        cameo=coding.cameo,
        trigger=trigger_span.text,
        trigger_start=trigger_span.start_char,
        trigger_end=trigger_span.end_char,
        participants=participants,
        location=location(trig, {t.i for _, _, t in found}) or (_doerless_place(trig) if doerless or undone else None),
        modality=mod_value,
        attribution=attribution,
        summary=happening_summary(etype, participants) or (_undone_summary(trig, participants) if undone or opened else None)
        or (_occurrence_summary(trig) if occurs and (not participants or pattern.source == ACTED_ON) else None)
        or _doerless_summary(trig, participants, placeless=dated_noun)
        or (accord_summary(trig) if accord and not participants else None)
        # "Lukaya was won in March": a passive predicate whose subject is a place or no actor's
        or (_occurrence_summary(trig) if (_passive_predicate(trig) or thing_told) and not sources and not targets else None)
        or summarise(etype, verb_phrase, sources, targets, pattern.paren_target, mod_value,
                          anchor.text if trig.passive and anchor.tag_ == "VBN" else None,
                          plural=_plural_doer(found, anchor.doc)),
        confidence=confidence,
        subtype=subtype or (anchor.lemma_.lower() if coding.type == "OTHER" else None),
        **when,
    )
    if hidden is not None:
        event.checks.append(hidden_recipient.__name__)
    if trig.allies and any(r == SOURCE and t.i in trig.allies for _, r, t in found):
        event.checks.append(COMPANIONS)  # allies told as acting together: no recipient of each other
    if warned is not None:
        event.checks.append(threatened_pair.__name__)
    if refused is not None:
        event.checks.append(refused_pair.__name__)
    if recognised is not None:
        event.checks.append(recognised_polity.__name__)
    if population:
        event.checks.append("population_moves")
    if third_party:
        event.checks.append(mediator_third_party.__name__)
    if own_state:
        event.checks.append(doer_own_state.__name__)
    if own_target:
        event.checks.append(own_state_target.__name__)
    before = event.type
    event = _stance(event, pred, index, onto)
    recode(event, anchor, pred, index, onto)  # the codebook's re-codings (``recode.RECODINGS``)
    _statement_date(event, pred, event.type != before and event.type in STATEMENT_TYPES, index, ctx)
    if border_neighbour(event, pred, onto, index):
        neighbour_given(event, anchor, pred, index, onto)  # a border closed to the neighbour just given
    else:
        protested_party(event, pred, index) or domestic_recipient(event, pred, onto, index) \
            or unnamed_host(event) or region_recipient(event, pred, onto, index) \
            or pair_recipient(event, pred, onto, index) \
            or territory_recipient(event, pred, onto, index) or joint_recipient(event, pred, onto, index)
    return event


def _doerless_happening(trig: Trigger, onto: Ontology) -> bool:
    """A happening told with no doer named, kept with its place: a trigger of the ontology in a
    form that may be doerless (``doerless`` in ``data/ontology.yaml``: fighting, attacks, coups,
    protests, deaths) whose clause says it took place somewhere named -

    1. a noun with its place that is the subject of a verb ("a coup in Athens had made him
       leader", "the war in the Falklands ended") or that carries its own date ("a demonstration
       in Tbilisi on 9 April 1989");
    2. a passive verb with no agent and its place ("three soldiers were killed in Kabul").

    "The fight against corruption went on" (no place) and "the war was a mistake" (a copula) are
    not."""
    anchor = trig.anchor
    if trig.pattern.source != "ontology" or trig.pattern.form not in onto.doerless_forms:
        return False
    if anchor.pos_ == "NOUN":
        # the noun phrase the trigger heads ("a coup d'etat in Athens": the parser may make "coup" a
        # compound of "d'etat")
        phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
        head = phrase.head
        subject = phrase.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" \
            and head.lemma_.lower() not in DESCRIBING_VERBS
        if place_of(phrase) is None and not (subject and place_of(head) is not None):
            return False  # "clashes erupted in Osh": the place may hang on the verb
        dated = any(t.ent_type_ == "DATE" and any(c.isdigit() for c in t.text) for t in phrase.subtree)
        return subject or dated
    if place_of(anchor) is None:
        return False
    if trig.passive:
        return not trig.agentive
    # "fighting broke out in Karabakh": an intransitive verb whose subject names the happening
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "dobj" for c in anchor.children):
        return False
    subject = subjects[0]
    words = keys(subject) | ({subject.lower_[:-3]} if subject.lower_.endswith("ing") else set())  # "fighting"
    return any(p.form in onto.doerless_forms for w in words for p in onto.by_first.get(w, ()))


def _dated_happening_noun(trig: Trigger, ctx: SentenceContext) -> bool:
    """A happening named by its noun with its own date and no doer named: "the Ruritanian-Freedonian
    war of 1921-1922", "the 1931 Geneva summit", "the pact of 2016", "a coup in March 1966".
    The noun is a trigger of the ontology in a form that is a happening in itself (the
    ``doerless`` and ``doerless_dated`` forms of ``data/ontology.yaml``: fighting, attacks, coups,
    protests, deaths, agreements, talks), and a calendar date inside its own phrase is attached
    to it by the parse (an attribute or a phrase of its own, not a thing's date elsewhere in the
    clause, a time to come, a comparison's, or a century: "one of the longest wars of the
    twentieth century" names a kind of happening); the sentence's other event keeps its own time.
    Not a noun negated ("no war in 2001"), one the parse makes a compound of another noun ("the
    2008 war zone"), nor one in a line with no verb: a heading ("The war of 1980-1988") names the
    section's subject, which its sentences tell."""
    anchor = trig.anchor
    onto = ctx.onto
    if anchor.pos_ != "NOUN" or trig.carrier is not None or trig.pattern.source != "ontology" \
            or trig.pattern.form not in onto.doerless_forms | onto.dated_doerless_forms:
        return False
    if anchor.dep_ == "compound" or any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children) \
            or any(c.dep_ == "neg" for c in anchor.children):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in anchor.sent):
        return False  # a heading ("Border war (1998-2000)"): the section names it, its sentences tell it
    if _named_in_passing(anchor):
        return False
    inside = {t.i for t in anchor.subtree}
    # talks or an accord with no party named, the subject of a verb of its outbreak ("the talks
    # that began in 2002", "negotiations resumed on 4 March 1999"): the verb's date is the
    # happening's own. Not fighting: with no doer it needs its place (``_doerless_happening``),
    # "clashes broke out again in 2016" may be anyone's
    outbreak = (_outbreak_verb(anchor) or happening_clause(anchor) or (
        _telling_participle(trig) if not _named_just_before(anchor) else None)) \
        if trig.pattern.form in onto.dated_doerless_forms else None
    if outbreak is not None:
        inside |= {t.i for t in outbreak.subtree}
    owners = {anchor.i} | ({None, outbreak.i, _dating.other_predicate(outbreak.i)} if outbreak is not None else set())
    return any(ctx.owner_of.get(r.start) in owners and r.root in inside
               and r.calendar and not r.relative
               and r.precision != "century"  # "the longest wars of the twentieth century": a kind, not one
               and not (r.prospective or r.dateline) and r.compared is None for r in ctx.sent_refs)


#: prepositions by which a clause names a happening only as its setting in time or place, or its frame
#: ("weeks before the April war", "met at the March meeting", "to the December meeting"): the clause tells
#: another act (``_named_in_passing``)
PASSING_PREPS = frozenset({"before", "after", "since", "until", "till", "following", "under", "at", "to", "from"})


def _named_in_passing(noun: Token) -> bool:
    """A happening's noun, with no party, that is the object of a preposition of setting
    (:data:`PASSING_PREPS`) hung on another predicate or noun of its sentence, and whose only time is
    a bare month or season word ("the February meeting", "only weeks before the October war"): the
    sentence tells that other act and names this one as its time or place, a meeting or a war the
    reader knows, dated only by the article's own year. A noun with a written calendar date ("at the
    Geneva summit of March 1931", "after the shelling of the port in June 1883", "under the 1907
    agreement") may be a happening a source tells, and keeps its event; so does one with a verb of its
    own ("the talks that began on 3 May")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in PASSING_PREPS:
        return False
    if any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in noun.subtree):
        return False
    return not any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in noun.children)


#: verbs of a happening's outbreak (``_outbreak_verb``): their date is the start of the happening
#: their subject names ("break" only with "out")
OUTBREAK_VERBS = frozenset({"begin", "start", "commence", "erupt", "break", "resume"})


def _named_just_before(noun: Token) -> bool:
    """The noun, with "the", "this" or "that", names again a thing the sentence before named by the same
    noun or by another noun of an accord ("Russia signed a truce with X. The truce, signed on 12 May,
    ..."): the happening of the sentence before, which that sentence tells with its doers
    (:func:`_dating.refined_by_next` gives it the finer date), not a second one of no doer."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != noun.sent.root.i:
        return False  # the subject of the sentence, as :func:`_dating.refined_by_next` reads it
    start = noun.sent.start
    if start == 0:
        return False
    before = noun.doc[start - 1].sent
    lemma = noun.lemma_.lower()
    accord = lemma in _dating.AGREEMENT_NOUNS
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() == lemma or (accord and t.lemma_.lower() in _dating.AGREEMENT_NOUNS))
               for t in before)


#: verbs by which a meeting's noun tells it opened ("the talks that opened in Geneva in April 1983"): with
#: the verbs of outbreak, the relative clauses :func:`happening_clause` reads as the noun's own predicate
OPENING_VERBS = frozenset({"open", "convene"})


def happening_clause(noun: Token) -> Token | None:
    """Rule ``happening_clause``: the verb of a relative clause on a happening's noun that tells the
    happening took place - its relative pronoun the subject of a verb of outbreak or opening ("the talks
    that opened in Geneva in April 1983", "the fighting which began on 9 June"), or the passive subject
    of a light verb of the ontology ("the talks that were held in Lima in October 1957", "a pact which was
    signed in 1990") - with no object, complement or agent of its own and not negated. Its time is the
    noun's own, as that of a participle telling it (:func:`_telling_participle`); a clause of another act
    ("the talks that were criticised in 1994", "the pact which Chile denounced in 1990") tells none."""
    light = _ONTOLOGY.light_verbs
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or any(
                g.dep_ in ("neg", "dobj", "xcomp", "ccomp", "agent") for g in c.children):
            continue
        passive = any(g.dep_ == "auxpass" for g in c.children)
        pronoun = next((g for g in c.children if g.dep_ == ("nsubjpass" if passive else "nsubj")
                        and g.lower_ in ("that", "which")), None)
        if pronoun is None:
            continue
        lemma = light_lemma(c, light)
        if (not passive and lemma in OUTBREAK_VERBS | OPENING_VERBS) or (passive and lemma in light):
            return c
    return None


def _outbreak_verb(noun: Token) -> Token | None:
    """The verb of outbreak a happening's noun is the subject of, active and not negated: "fighting
    broke out", "the war began", "clashes erupted", "the fighting that began ..." (its relative
    clause), "talks resumed"; None for any other verb ("the war ended", "the war was a mistake")."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"
              and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in OUTBREAK_VERBS or any(c.dep_ in ("neg", "dobj", "auxpass", "xcomp")
                                                                     for c in verb.children):
            continue
        if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        return verb
    return None


def _passive_predicate(trig: Trigger) -> bool:
    """Rule ``passive_predicate_has_no_doer``: a dated predicate (``_dated_predicates``, OTHER with
    its verb) told in the passive: its named subject is what was acted on, the recipient, never
    the doer ("Georgia was incorporated into the empire in 1801" is not Georgia incorporating)."""
    return trig.pattern.form == OTHER_FORM and trig.pattern.source == PREDICATE \
        and trig.anchor.pos_ == "VERB" and trig.passive


def _dated_passive(trig: Trigger, ctx: SentenceContext) -> bool:
    """An act told in the passive with no doer named whose own clause dates it: the happening is
    told, its doer is not ("the town was shelled on 5 July", "the border crossings were opened on
    11 September", "Entebbe was captured on 7 April", "a demilitarised zone was agreed on 20
    February 1964"). Kept with no source, its patient as told, at the confidence of a happening
    told with no doer. The date must be one the parse hangs on the verb itself (not a thing's
    date, a comparison's, or a dateline's); a pronoun patient ("it was agreed that") names no
    thing acted on; a verb the dictionary files only under a category's generic code names an
    act only in a form that may happen with no doer (the ontology's ``doerless`` forms)."""
    anchor = trig.anchor
    if anchor.pos_ != "VERB" or not trig.passive or trig.agentive or trig.pattern.form == OTHER_FORM:
        return False
    if trig.pattern.source == "petrarch2" and VERBS.generic(trig.pattern) \
            and trig.pattern.form not in _ONTOLOGY.doerless_forms:
        return False  # "the team was needed in 1990", "dinner was served": a loose synonym names
        # no act, unless of a form that happens with no doer (fighting, attacks: "was blown up")
    patient = _passive_subject(anchor)
    if patient is None or patient.pos_ == "PRON" or patient.lemma_.lower() in SAY_VERBS or patient.ent_type_ in (
            "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):  # "25 years are completed"
        return False
    return any(ctx.owner_of.get(r.start) == anchor.i and r.calendar and not (r.attributive or r.prospective or r.dateline)
               and r.compared is None for r in ctx.sent_refs)


#: the entity labels of a thing acted on: a place, a building, a vessel or vehicle
THING_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT"})


def _named_thing(tok: Token, index: MentionIndex, places: frozenset[str]) -> bool:
    """The object names a place or a thing no actor stands for: a proper name that is no actor's
    ("captured Entebbe", "rammed Tyr"), a place the document names, or a common noun with a proper
    name of its own ("the Faw peninsula", "the Kyaka bridge", "the patrol vessel Tyr", "the town
    of Zarumilla")."""
    own = index.at(tok)
    if own is not None and own.actor_id is not None:
        return False
    if own is not None and own.kind == "person":
        # "captured Noriega", "executed the cleric X": a person; "the patrol vessel Tyr", "the
        # cruiser General Belgrano": the name of a vessel or weapon (the ontology's VEHICLES, ARMS)
        things = _ONTOLOGY.classes.get("VEHICLES", frozenset()) | _ONTOLOGY.classes.get("ARMS", frozenset())
        return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and keys(c) & things for c in tok.children)
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in THING_LABELS or tok.ent_type_ == "" or _name_key(tok) in places
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return False
    def no_actor(t: Token) -> bool:
        m = index.at(t)
        return m is None or m.actor_id is None and m.kind != "person"

    named = [c for c in tok.children if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" and no_actor(c)
             and c.ent_type_ in THING_LABELS | {"", "ORG"}]
    # "the town of Zarumilla"; "the bridge over the Kagera River", "the terminal at Heglig"
    preps = ("of",) if tok.lemma_.lower() in PLACE_NOUNS else ()
    named += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps + ("over", "at", "on", "near")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and no_actor(g)
              and (c.lower_ in preps or g.ent_type_ in ("GPE", "LOC", "FAC") or _name_key(g) in places)]
    return bool(named)


def _name_key(tok: Token) -> str:
    words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN" or t == tok]
    return " ".join(t.lower_ for t in words if t.lower_ != "the")


def _acted_on(trig: Trigger, found: list, index: MentionIndex, places: frozenset[str]) -> Token | None:
    """The named place or thing a material act with a named doer and no recipient is done to:
    the direct object of an active verb of a material type (not an act said to someone), or the
    subject of a passive whose doer its by-phrase names - the same act told the other way round
    ("the USS Stark was hit by an Iraqi missile", "the Cheonan was hit by a North Korean torpedo"
    as "an Iraqi missile hit the USS Stark")."""
    anchor = trig.anchor
    by_agent = trig.passive and any(c.dep_ == "agent" for c in anchor.children)
    if anchor.pos_ != "VERB" or (trig.passive and not by_agent) or not any(r == SOURCE and m.named for m, r, _ in found) \
            or _verbal(trig.pattern) or trig.pattern.form == OTHER_FORM:
        return None
    obj = next((c for c in anchor.children if c.dep_ == ("nsubjpass" if trig.passive else "dobj")), None)
    if obj is None or not _named_thing(obj, index, places):
        return None
    # a recipient found elsewhere stands; the thing's own unresolved name is no recipient
    if any(r == TARGET and not (m.actor_id is None and t.i in _own_name(obj, index)) for m, r, t in found):
        return None
    return obj


def _own_name(thing: Token, index: MentionIndex) -> set[int]:
    """The tokens of a thing's own name: its head and the proper names compounded or set in
    apposition to it ("the patrol vessel Tyr", "the Faw peninsula")."""
    return {thing.i} | {c.i for c in thing.children if c.dep_ in ("compound", "appos", "flat") and c.pos_ == "PROPN"
                        and (index.at(c) is None or index.at(c).actor_id is None)}


def _thing_owners(thing: Token, index: MentionIndex) -> list[tuple[Mention, Token]]:
    """The states a thing acted on is said to belong to in its own phrase ("the Argentine cruiser
    General Belgrano", "Tanzanian land north of the river", "Iraq's oil terminal")."""
    out: list[tuple[Mention, Token]] = []
    heads = [thing, *(c for c in thing.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    for c in (c for h in heads for c in h.children):  # "the Argentine warship General Belgrano"
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            m = index.at(c)
            if m is not None and m.named and (m.kind in ("state", "historical_state") or m.actor_id is not None):
                out.append((m, c))  # "the South Ossetian capital": South Ossetia's
    return out


def _thing_mention(tok: Token) -> Mention:
    """A named place or thing acted on, as a mention of kind place (no actor)."""
    words = [t for t in tok.subtree if t.i <= tok.i] + [
        t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "over", "at", "on", "near") for t in c.subtree]
    span = tok.doc[min(t.i for t in words): max(t.i for t in words) + 1]
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]
    return Mention(span.start, span.end, span.start_char, span.end_char, span.text, None, span.text, "place", False,
                   named=True)


#: prepositions by which a thing acted on names the states it lies between or belongs to
HOLDER_PREPS = frozenset({"between", "of", "on", "with"})


def _thing_undone(trig: Trigger) -> Token | None:
    """What a trigger with no doer tells done or happening: its passive subject ("the bridge was
    opened"), or an occurrence's own subject ("the crossing between X and Y reopened")."""
    patient = _passive_subject(trig.anchor)
    if patient is None and trig.pattern.source == OCCURRENCE:
        patient = next((c for c in trig.anchor.children if c.dep_ == "nsubj"), None)
    return patient


def _holders(trig: Trigger, index: MentionIndex) -> list[tuple[Mention, Token]]:
    """The states a thing acted on in the passive lies between or belongs to, named in its own
    phrase ("the crossings on the border between Ethiopia and Eritrea", "phone lines between the
    two countries", "the bridges of Iraq"); a place named there stays where it happened."""
    patient = _thing_undone(trig)
    if patient is None:
        return []
    out: list[tuple[Mention, Token]] = []
    for tok in patient.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in HOLDER_PREPS or tok.head.head.pos_ != "NOUN":
            continue
        for t in _with_conjuncts(tok):
            out.extend((m, t) for m in phrase_mentions(t, index)
                       if m.named and m.kind in ("state", "historical_state") and (m, t) not in out)
    return out


def _patient_place(trig: Trigger) -> str | None:
    """The place a passive's patient names: "Entebbe was captured", "the town of Zarumilla was
    shelled" (a place noun and its name)."""
    patient = _passive_subject(trig.anchor)
    if patient is None:
        return None
    if patient.ent_type_ in ("GPE", "LOC", "FAC"):
        ent = next((e for e in patient.doc.ents if e.start <= patient.i < e.end), None)
        return ent.text if ent is not None else patient.text
    if patient.pos_ == "NOUN" and patient.lemma_.lower() in PLACE_NOUNS:
        names = [g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return " ".join(t.text for t in names[0].subtree if t.dep_ in ("compound", "flat") or t == names[0])
    return None


def _undone_summary(trig: Trigger, participants: list[Participant]) -> str:
    """"crossings opened (Ethiopia and Eritrea)", "town of Zarumilla shelled": what was done, to
    what, and whose it was."""
    anchor = trig.anchor
    patient = _thing_undone(trig)
    targets = [p for p in participants if p.role == TARGET]
    verb = " ".join(t.text for t in sorted([anchor, *(c for c in anchor.children if c.dep_ == "prt")], key=lambda t: t.i))
    if patient is not None and any(p.start <= patient.idx < p.end for p in targets):
        return f"{joined_names(targets)} {verb}"
    words = " ".join(t.text for t in patient.subtree if t.i <= patient.i and (
        t.dep_ in ("compound", "amod") or t == patient)) if patient is not None else "?"
    place = _patient_place(trig)
    line = f"{words} {verb}" + (f" ({joined_names(targets)})" if targets else "")
    return line + (f" in {place}" if place and place not in line else "")


def _counted(tok: Token) -> bool:
    """People counted: a plural noun with a number ("649 Argentine military personnel", "three
    Britons"), or the "of" phrase of a quantity ("a total of 200 Greek Cypriots")."""
    if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children):
        return True
    return tok.lemma_.lower() in QUANTITY_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_counted(p) for p in c.children if p.dep_ == "pobj")
        for c in tok.children)


def _doerless_place(trig: Trigger) -> str | None:
    """Where a happening told with no doer took place: its own locative phrase, or that of the
    verb it is the subject of ("clashes erupted in Osh")."""
    anchor = trig.anchor
    phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
    where = place_of(phrase)
    if where is None and phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.pos_ == "VERB":
        where = place_of(phrase.head)
    if where is None and anchor.pos_ == "VERB" and trig.passive:
        where = _patient_place(trig)  # "Entebbe was captured": the place acted on
    return where


def _doerless_summary(trig: Trigger, participants: list[Participant], placeless: bool = False) -> str | None:
    """"coup d'etat in Athens": a happening with no one named in it, by its words and place
    (``placeless``: by its words alone when it has none, "Ruritanian-Freedonian war")."""
    if participants:
        return None
    anchor = trig.anchor
    phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
    where = _doerless_place(trig)
    subject = [c.text for c in anchor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if trig.carries is not None and anchor.pos_ == "VERB":  # "Itamaraty Peace Declaration signed"
        subject = [" ".join(t.text for t in trig.carries.subtree if t.i <= trig.carries.i
                            and (t.dep_ in ("compound", "amod") or t == trig.carries))]
    words = " ".join(subject[:1] + [t.text for t in trig.tokens]) if anchor.pos_ == "VERB" else " ".join(
        t.text for t in phrase.subtree if t.i <= phrase.i and (t.dep_ in ("compound", "amod") or t == phrase))
    if where is None and placeless and anchor.pos_ == "NOUN":  # as written: "Foradori-Duncan pact"
        kept = [t for t in phrase.subtree if t.i <= phrase.i and (t.dep_ in ("compound", "amod") or t == phrase)]
        span = anchor.doc[kept[0].i : phrase.i + 1]
        if all(t.is_punct or t in kept for t in span):
            words = span.text
    return f"{words} in {where}" if where else (words if placeless else None)


def _deal_parties(noun: Token) -> list[Token]:
    """The other party of a deal told in its infinitive: "a deal to supply Peugeot with cars",
    "a deal to import gas from Iran"."""
    out: list[Token] = []
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            out.extend(c for c in clause.children if c.dep_ in ("dobj", "dative"))
            out.extend(p for c in clause.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "with")
                       for p in c.children if p.dep_ == "pobj")
    return out


def _background(anchor: Token) -> bool:
    """The event is told in a relative clause or an apposition: background to the sentence's
    own news, whose time the narrative does not give ("X, who resigned over the war, said")."""
    cur = anchor
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "appos") and cur.pos_ in ("VERB", "AUX", "NOUN"):
            return True
        if cur.dep_ in ("ccomp", "advcl"):
            return False
        cur = cur.head
    return False


def _questioned(pred: Token) -> bool:
    """The predicate is asked about, not stated: an indirect question under a verb of asking
    ("Asked if he was appointed ...", "wondered whether X would invade") or a direct question
    ("Will Russia invade?")."""
    cur = pred
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in cur.children) \
                and cur.head.lemma_.lower() in QUESTION_VERBS:
            return True
        if cur.dep_ in ("ROOT", "ccomp", "parataxis") or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ == "ROOT" and any(c.dep_ == "punct" and c.text == "?" for c in cur.children):
        return True
    # an inverted clause closed by a question mark: '... is: "Should the UK approve the Treaty?"'
    subj = [c.i for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = cur.right_edge.i + 1
    while after < len(cur.doc) and cur.doc[after].text in ('"', "'", "\u201d", "\u2019", ")"):
        after += 1
    return bool(subj) and any(c.dep_ in ("aux", "auxpass") and c.i < subj[0] for c in cur.children) \
        and after < len(cur.doc) and cur.doc[after].text == "?"


def _clause_verb(tok: Token) -> Token | None:
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _plural_doer(found: list, doc: Doc) -> bool:
    """The event's one doer is shown by a plural noun as written ("troops", "the rebels",
    "Sylvania armed forces" for "Sylvanian forces"): its summary's verb agrees with it. A plural
    resolved to a singular name ("Eritreans" shown as "Eritrea") keeps the singular verb."""
    doers = {(m.start, m.end): m for m, role, _ in found if role == SOURCE}
    if len(doers) != 1:
        return False
    (start, end), mention = next(iter(doers.items()))
    root = doc[start:end].root
    shown = re.sub(r"\s*\(.*?\)", "", mention.name or mention.text).split()
    return root.tag_ in ("NNS", "NNPS") and bool(shown) and shown[-1].lower() == root.text.lower()
