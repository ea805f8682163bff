"""Recipients the parse does not hand over as the trigger's object, found by walking the parse.

1. **A modifier of an unnamed recipient** gives its country: "seized a *British*-flagged tanker"
   (the tanker is British), "froze the assets of *Belarusian* officials".
2. **A recipient hidden in the object or a prepositional phrase** when none is named: "agreed to
   a *Chilean* proposal", "recalled its ambassador from *Buenos Aires*", "protested outside the
   *Swedish* embassy"; an unnamed stand-in ("its ambassador") then plays no role.
3. **The content of a stance** (a threat, demand, offer, refusal): its recipient is the stance's
   ("threatened to pull out of talks with *Somalia*", "warned it would strike targets inside
   *Israel*").
4. **An internal event** (``domestic_recipient`` of the type in ``data/ontology.yaml``): with no
   recipient named, the country where it happens, else the doer's, is the recipient, as PLOVER
   codes a curfew or the arrest of an opposition leader.

5. **An unnamed host** of a visit is of the country visited: "was received in Nairobi by the
   president" (Kenya hosts).
6. **The other side of a border** (``border_neighbour``): a border is shared by two states, so an
   act on it with no recipient named ("Rabat closed the land border", "by closing the frontier")
   is done to the state on its other side - the other of the document's two main states when
   the doer is one of them and it is the other state named last (in the act's sentence or the two
   before) - not to the doer's own country (step 4 would make it "domestic").
7. **The other side of an envoy** (``envoy_state``): an envoy expelled or recalled with no state
   of his named is the other state's, by the same reading of the document's two main states.
8. **The other side of relations cut** (``relations_partner``): PLOVER's SANCTION "Requires
   recipient: Yes" - relations are reduced with someone. Relations broken off, cut or withdrawn
   from with no one named ("Afghanistan broke off diplomatic relations", "Dakar cut off relations",
   "the delegation withdrew from the talks") are the doer's with the other of the document's two
   main states, by the same reading as step 6.
9. **The nationality of the one a passive act is done to** (``passive_patient``): an act of
   conflict told in the passive with its doer untold names its recipient by the modifier of its
   passive subject - "four Portuguese officers were arrested in Madrid" (Portugal's officers, not
   Spain's domestic arrest), "a Norwegian helicopter was shot down", "900 Belgian Jews were deported".
   Step 1 reads the same modifier when a doer is named; here none is, and the patient may be no
   actor mention of its own ("officers", "helicopter"), so it is given its state as an agent.

10. **The doer of the act answered** (``answered_doer``): a rejection or a protest (PLOVER REJECT,
   "reject a proposal, demand, ..."; ACCUSE disapprove, "diplomatic protests") told with no
   recipient answers another's act its sentence tells - the act its relative clause qualifies ("Mali
   dug a canal, a project Niger rejected"; "moved troops into the valley, which Togo condemned"),
   the clause it is coordinated after ("X granted the rights, and Y protested"; "X
   seized the island; Y protested"): the doer of that act is its recipient.
11. **The other side of a protest or a refusal** (``protested_party``): a protest, condemnation or
   complaint, or a rejection or refusal, told with no one named and no act answered in its sentence
   ("Delhi protested.", "the foreign ministry protested the ruling", "Quito abrogated the treaty")
   by one of the document's two main states is addressed to the other, when the last actor told
   before it other than the doer's side is of that state or none is. A state's organ whose state its
   own phrase names ("the Peruvian foreign ministry", :func:`state_organ`) speaks for that state; an
   accusation (ACCUSE allege) with no one at all in a recipient's place ("accused its neighbour of
   ...") is read so too when its sentence names no third state.
12. **The other side of a bilateral act** (``pair_recipient``): an act of a type marked
   ``pair_recipient`` in ``data/ontology.yaml`` (an attack, a withdrawal, a concession, aid, a
   sanction) told by one of the document's two main states with no one it was done to named at all
   ("Chilean forces attacked", "Lima pulled out in June", "Quito apologised") is done to the other,
   by the reading of step 11: the last actor told before it other than the doer's side is of that
   state or none is, its own clause names no other actor and its sentence no third state. A type may
   limit the rule to some of its modes (a withdrawal, not a resignation); a two-sided form (a war, a
   fight: PLOVER's reciprocal violence, every side an actor) gets no recipient this way.

13. **The other party of a joint act** (``joint_recipient``): an act told of two parties together
   ("A and B signed a treaty", "the two governments restored relations", "A broke off relations
   with B" read as two doers) has no recipient of its own; PLOVER codes the first party written as
   its source and the other as its recipient. Done when the doers are of two or more sides (states,
   or bodies and people of no state), no recipient is named, and either the act's form is symmetric
   in ``data/ontology.yaml`` ("A and B signed" = "B signed with A") or the sides include both of the
   document's two main states (a directed act between allies, "A and B attacked", is left with its
   two doers); force (a fight, "the two armies exchanged fire": PLOVER's reciprocal violence, every
   side an actor) keeps its doers as step 12 does. The side written first (by the offset of its first mention; a group word keeps the
   order of its antecedent's members) stays the source; the others become recipients.
14. **The state whose territory an occupation or a deployment is done on** (``territory_recipient``): an
   act of a type marked ``territory_recipient`` in ``data/ontology.yaml`` (a seizure, a deployment) by one of
   the document's two main states, told with no recipient but with a territory as its object or where it
   moves ("occupied the town of X", "marched into the city", "moved troops to the border", "X fell to its
   forces"), is done to the other state, by the reading of step 12.
15. **The state whose region an act is done in** (``region_recipient``, tried before steps 12-14): an act
   of a type marked ``pair_recipient`` or ``territory_recipient`` by one of the document's two main states,
   told with no recipient but with a place that the gazetteer of first-level regions
   (``chronica.actors.regions``, ISO 3166-2 as pycountry ships it) files under the other main state
   ("invaded Salta", "pulled out of Tacna"), is done to that state.

Public API: :func:`answered_doer`, :func:`hidden_recipient`, :func:`own_state_target`, :func:`domestic_recipient`, :func:`state_organ`,
:func:`unnamed_host`, :func:`border_neighbour`, :func:`envoy_state`, :func:`relations_partner`, :func:`names_a_deal`,
:func:`passive_patient`, :func:`protested_party`, :func:`pair_recipient`, :func:`joint_recipient`,
:func:`territory_recipient`, :func:`region_recipient`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from chronica.actors.regions import region_state
from chronica.events._actors import (
    GROUP_PRONOUNS,
    Mention,
    MentionIndex,
    _kb_lookup,
    group_before,
    knowledge_base,
    phrase_mentions,
    state_for,
    thing_before,
)
from chronica.events._lexicon import DEAL_NOUNS, LOCATION_PREPS, PLACE_KINDS
from chronica.events._places import victims
from chronica.events.model import OTHER, SOURCE, TARGET, EventMention, Participant
from chronica.events.ontology import Ontology, load_ontology

#: the check of an event whose co-doers a phrase of company named ("fought *alongside* B",
#: "*together with* B"; ``extract._companions``): allies, no recipients of each other
COMPANIONS = "comitative_companions"
#: verbs whose clausal complement is the content of a stance: its recipient is the stance's
#: ("offered to supply Uzbekistan": the offer's recipient is Uzbekistan; "needed to cut duties on
#: imports from Argentina" is no stance)
STANCE_VERBS = frozenset({"offer", "promise", "pledge", "vow", "threaten", "warn", "urge", "ask", "demand",
                          "refuse", "decline", "agree", "call"})
#: forms with recipient rules of their own: a trade's partner is its buyer or seller, never the
#: origin of the goods ("imports 70% of its oil from Iraq" is no trade event with Iraq)
OWN_RECIPIENT_FORMS = frozenset({"TRADE"})
#: dependents of a predicate that hold its object phrases
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr", "pobj"})
#: a predicate's subjects: a prepositional phrase before them is fronted, an adverbial of the whole
#: clause ("Under pressure from Washington, Athens signed"; "To Moscow's dismay, Belgrade expelled
#: the envoy"), which names no recipient
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: dependents that hold a stance's content
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})
#: modifiers that say an unnamed recipient's country ("British-flagged", "Belarusian officials")
COUNTRY_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: prepositions that never introduce a recipient (a place or time of the event, a means)
NOT_RECIPIENT_PREPS = frozenset({"in", "during", "since", "until", "after", "before", "by", "for", "as", "despite",
                                 "amid", "because", "like", "near", "across", "throughout", "within", "at",
                                 "over", "about", "concerning", "regarding", "under", "without", "except"})
#: prepositions of a destination: in a stance's content, where to, not whom ("threatened to take
#: the factory to Hungary")
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
#: actors that can be handed over: territories
PLACE_LIKE = frozenset({"state", "historical_state", "place", "territory", "region", "government_seat"})
#: how deep under an object phrase a recipient is looked for
REACH = 4
#: actor kinds that are no recipient of their own
NOT_RECIPIENT_KINDS = frozenset({"event"})


def _state_of(m: Mention) -> str | None:
    return state_for(m.actor_id, None) or m.country or (m.actor_id if m.kind == "state" else None)


def _unnamed(m: Mention) -> bool:
    """A recipient with no actor of its own and no country: "the tanker", "its ambassador"."""
    return m.actor_id is None and _state_of(m) is None


def _modifier_state(tok: Token, index: MentionIndex) -> Mention | None:
    """A state named by a modifier of ``tok`` (hyphenated ones too: "British-flagged")."""
    for child in tok.children:
        if child.dep_ not in COUNTRY_MODIFIERS:
            continue
        for t in [child, *[g for g in child.children if g.dep_ in COUNTRY_MODIFIERS]]:
            m = index.at(t)
            if m is not None and m.kind in ("state", "historical_state") and _state_of(m):
                return m
    return None


def _objects_of_prep(prep: Token) -> list[Token]:
    """The objects of a preposition, through a chain of them ("pull out of talks")."""
    out = [g for g in prep.children if g.dep_ == "pobj"]
    for g in prep.children:
        if g.dep_ == "prep" and g.lower_ not in NOT_RECIPIENT_PREPS:
            out.extend(_objects_of_prep(g))
    return out


def _infinitive(tok: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause: "offered on Monday to supply X"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _phrases(pred: Token, content: bool, skip: frozenset[str] = NOT_RECIPIENT_PREPS) -> list[Token]:
    """The heads of ``pred``'s object phrases, then (for a stance) those of its content."""
    out: list[Token] = []
    subject = min((c.i for c in pred.children if c.dep_ in SUBJECT_DEPS), default=None)
    for child in pred.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ not in skip and not (
                subject is not None and child.i < subject):
            out.extend(_objects_of_prep(child))
    if content:
        for child in pred.children:
            if child.dep_ in CONTENT_DEPS or _infinitive(child):
                out.extend(_phrases(child, content=False, skip=(NOT_RECIPIENT_PREPS | DESTINATION_PREPS) - {"at"}))
                out.extend(g for g in child.children if g.dep_ in CONTENT_DEPS)
    return out


def _within(head: Token, depth: int = 0, things: bool = False) -> list[Token]:
    """``head`` and the tokens under it, nearest first, not past a clause or a place phrase;
    with ``things``, not the nationality of the head itself ("expelled two Chinese trawlers": a
    thing's flag names no recipient actor)."""
    out = [head]
    if depth >= REACH:
        return out
    for child in head.children:
        if things and depth == 0 and child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            continue
        if child.dep_ in ("relcl", "advcl", "punct", "cc", "det") or (
                child.dep_ == "acl" and child.tag_ not in ("VBG", "VBN")) or (
                child.dep_ == "prep" and child.lower_ in NOT_RECIPIENT_PREPS - {"in", "at", "near", "for"}):
            continue
        if child.dep_ == "agent" and _own_act_participle(head):
            continue  # "signed an agreement brokered by the United States": the broker acts in its
            # own act (a mediation), it is no recipient of the parties' signing
        out.extend(_within(child, depth + 1))
    return out


def _own_act_participle(verb: Token) -> bool:
    """A past participle of mediation qualifying a noun ("an accord brokered by X", "a ceasefire
    mediated by X"): the ontology codes its lemma alone as mediation (CAMEO 045, as
    ``extract._mediates`` reads a trigger). Its agent is the mediator, who acts in an act of its
    own, not in the one the noun's clause tells - no recipient of the parties' signing. Any other
    participle keeps its agent within reach ("brokered the document proclaimed by Frangieh":
    Frangieh's side is the one brought in)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    return any(len(p.words) == 1 and p.coding.cameo == MEDIATION_CAMEO
               for p in load_ontology().by_first.get(verb.lemma_.lower(), ()))


#: the CAMEO code of mediation ("engage in mediation"): the ontology's and the verb dictionary's
#: mediate, mediation, broker (``extract._mediates`` reads it too)
MEDIATION_CAMEO = "045"


#: how a name hangs inside a mediation phrase: a modifier of the mediation word ("EU-brokered",
#: "Libyan mediation", "Algeria's mediation"), a name joined to or set beside one that does ("Luns
#: and the Norwegian government", "its envoy, X"), the by-phrase of a participle of mediation
#: ("brokered by Qatar")
MEDIATOR_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "poss", "appos", "conj", "flat", "agent"})
#: prepositions whose object is the mediator ("the mediation of X", "mediation by X")
MEDIATOR_PREPS = frozenset({"of", "by"})


def _mediation_word(tok: Token) -> bool:
    """The token is a word the ontology codes alone as mediation (CAMEO 045: "mediate",
    "mediation", "broker"; "brokered", "mediated" by their lemma)."""
    return any(len(p.words) == 1 and p.coding.cameo == MEDIATION_CAMEO
               for lemma in {tok.lemma_.lower(), tok.lower_} for p in load_ontology().by_first.get(lemma, ()))


def _hyphened_to_mediation(tok: Token) -> bool:
    """The modifier is joined by a hyphen to a participle of mediation the parser hung beside it
    on the same noun ("a *UN*-brokered ceasefire": "UN", "-", "brokered" each modify "ceasefire")."""
    nxt = tok.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].text in ("-", "\u2010", "\u2011") and nxt - tok.i <= 2:
        nxt += 1
    if nxt == tok.i + 1 and not tok.text.endswith("-"):
        return False
    return nxt < len(tok.doc) and tok.doc[nxt].head.i == tok.head.i and _mediation_word(tok.doc[nxt])


def in_mediation_phrase(tok: Token | None) -> bool:
    """``tok`` names the mediator of a mediation phrase: walking up the parse through modifiers,
    conjuncts, appositions and of-/by-phrases (:data:`MEDIATOR_DEPS`, :data:`MEDIATOR_PREPS`)
    reaches a mediation word ("through *Libyan* mediation", "the mediation of *Egyptian president
    Hosni Mubarak*", "an *EU*-mediated agreement", "a deal brokered by *Qatar*"), or the token is a
    modifier whose conjunct is one (the parser's "the *U.S.*- and French-brokered deal") or that a
    hyphen joins to one (:func:`_hyphened_to_mediation`)."""
    cur = tok
    for _ in range(REACH + 2):
        if cur is None or cur.head.i == cur.i:
            return False
        if cur.dep_ in ("compound", "nmod", "npadvmod", "amod") and (any(
                c.dep_ == "conj" and _mediation_word(c) for c in cur.children) or _hyphened_to_mediation(cur)):
            return True
        if not (cur.dep_ in MEDIATOR_DEPS or (cur.dep_ in ("pobj", "prep") and cur.head.lower_ in MEDIATOR_PREPS)
                or (cur.dep_ == "prep" and cur.lower_ in MEDIATOR_PREPS)):
            return False
        cur = cur.head
        if _mediation_word(cur):
            return True
    return False


def mediator_third_party(participants: list, tokens: list[Token | None], mediation: bool) -> bool:
    """Rule ``mediator_third_party``: the mediator of a mediation phrase is a third party to the
    act the clause tells, neither its doer nor its recipient ("relations were restored through
    Libyan mediation", "approved the French-brokered deal", "the ban was lifted after mediation
    by the OEEC", "a UN-brokered ceasefire took effect"): PLOVER codes the mediator only in
    CONSULT's mediate mode, as the source of the mediation itself (``mediation``: the trigger
    codes it, and its roles stand). The participant stays an actor of the event, in the ``other``
    role. True when one moved."""
    if mediation:
        return False
    moved = False
    for p, tok in zip(participants, tokens):
        if p.role in (SOURCE, TARGET) and in_mediation_phrase(tok):
            p.role, moved = OTHER, True
    return moved


#: how a state hangs on a doer's own phrase: its nationality, its possessor, its of-phrase
#: ("*Egyptian* president Hosni Mubarak", "*US* envoy Richard Holbrooke", "Emperor Haile Selassie
#: of *Ethiopia*")
OWN_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos", "flat"})


def _modifies(tok: Token, heads: set[int]) -> bool:
    """``tok`` hangs on one of the ``heads`` through :data:`OWN_DEPS` and of-phrases."""
    cur = tok
    for _ in range(REACH):
        if cur.head.i == cur.i:
            return False
        if not (cur.dep_ in OWN_DEPS or (cur.dep_ == "pobj" and cur.head.lower_ == "of")
                or (cur.dep_ == "prep" and cur.lower_ == "of")):
            return False
        cur = cur.head
        if cur.i in heads:
            return True
    return False


def doer_own_state(participants: list, tokens: list[Token | None]) -> bool:
    """Rule ``doer_own_state``: a state said only as a doer's own modifier is whose the doer is,
    not whom the doer acts on ("through the mediation of *Egyptian* president Hosni Mubarak",
    "the mediation of *US* envoy Richard Holbrooke", "under the mediation of Emperor Haile
    Selassie of *Ethiopia*"): a recipient that is the state a person among the sources acts for
    and whose token modifies that person's phrase leaves the target role for ``other``. Only a
    person: "clashes between Djiboutian and Eritrean forces" keeps Djibouti as the recipient of
    Eritrea's forces (the adjectives name the two sides). True when one moved."""
    people = [(p.state, tok.i) for p, tok in zip(participants, tokens)
              if p.role == SOURCE and p.kind == "person" and p.state and tok is not None]
    moved = False
    for p, tok in zip(participants, tokens):
        if p.role != TARGET or tok is None or p.kind not in ("state", "historical_state"):
            continue
        heads = {i for state, i in people if state == p.state and i != tok.i}
        if heads and _modifies(tok, heads):
            p.role, moved = OTHER, True
    return moved


#: kinds of a source that acts for its state (an armed group or a party coded with a country acts
#: against it, not for it: "the Houthis took Sanaa" keeps Yemen's capital)
ACTS_FOR_STATE = frozenset({"state", "historical_state", "government", "armed_force", "agency", "person",
                            "government_seat"})
#: kinds of a recipient that is a state itself: the state, or the seat of its government
STATE_ITSELF = frozenset({"state", "historical_state", "government_seat"})


def own_state_target(participants: list, agents: bool = False) -> bool:
    """Rule ``own_state_target``: one state is not both the doer and the recipient of its act. A
    recipient that is a state itself (or its capital) for which a source acts - the state among the
    sources, its government, forces or agency, a person acting for it - is no recipient but the
    side the doer acts for ("Kissinger signed the accord for the United States", "Poland and
    Chile signed an agreement, Poland's premier and ..."), or where it acts ("Peru expelled the
    garrison from Lima"): the ``other`` role. An armed group or a party, coded with its country,
    acts against that state and keeps it ("the rebels took the capital"), and so does a doer among
    whom such a party is ("the front's forces and the dictator's army fought for the city": the
    city may be the front's recipient). Of a doer of two states only the people count: two leaders
    signing is one act of both, but in "clashes between Djiboutian and Eritrean forces" Djibouti
    stays the recipient of Eritrea's forces (``doer_own_state``). A recipient named by an agent
    noun ("Thai police arrested Thai students") is a domestic recipient and stays - in an act that
    may have one (``domestic_recipient`` in ``data/ontology.yaml``); in any other (``agents``), an
    agent noun the actors stage gave its state's bare code, no sector ("ordered his troops back",
    "became the first Borvian president to visit"), is the doer's own side, no recipient. True
    when one moved."""
    sources = [p for p in participants if p.role == SOURCE]
    if not sources or any(not p.state or p.kind not in ACTS_FOR_STATE for p in sources):
        return False
    own = {p.state for p in sources}
    if len(own) > 1:  # two sides: their people signing together ("X and Y signed"), not two forces
        own = {p.state for p in sources if p.kind == "person"}  # clashing ("Djiboutian and Eritrean forces")
    moved = False
    for p in participants:
        if p.role == TARGET and p.kind in STATE_ITSELF and p.state in own \
                and (p.kind == "government_seat" or p.actor_id == p.state):
            p.role, moved = OTHER, True
        elif agents and p.role == TARGET and p.kind == "agent" and p.state in own and p.actor_id == p.state:
            p.role, moved = OTHER, True
    return moved


def names_a_deal(m: Mention, doc) -> bool:  # noqa: ANN001 - a spaCy Doc
    """The mention is (in) the name of an agreement, a treaty or a protocol, not a party to it: a
    name ending in such a noun ("the Algiers Accord"), a place compounded to one ("the Minsk
    protocol"), the place of its "of" ("the agreement of Algiers", "the Treaty of Versailles") or
    where it was signed ("signed a ceasefire in Algiers").
    A state or its adjective stays a party ("the Egyptian-Israeli treaty")."""
    last = doc[m.end - 1]
    if last.lemma_.lower() in DEAL_NOUNS and m.end - m.start > 1:
        return True
    if m.kind not in PLACE_KINDS or last.ent_type_ == "NORP" or last.pos_ == "ADJ":
        return False  # a city names a treaty; a state beside one is a party ("the Israel-Jordan treaty")
    head = last.head
    if last.dep_ in ("compound", "nmod") and head.lemma_.lower() in DEAL_NOUNS and head.i > last.i:
        return True
    # "the agreement of Algiers"; "signed a ceasefire in Algiers": where it was made
    return last.dep_ == "pobj" and head.lower_ in ("of", "in", "at") and head.head.lemma_.lower() in DEAL_NOUNS


#: the entity label of a named law, treaty or resolution (spaCy's LAW)
LAW_LABEL = "LAW"
#: spaCy's label of a named happening (a war, a battle, a games): no actor
EVENT_LABEL = "EVENT"
#: ontology classes whose nouns head the name of a happening or of a document handed down, not of
#: an actor: a war or an offensive (``WAR``: "the Korean War", "the Tet Offensive"), a resolution,
#: a plan, a ruling (``PROPOSAL``: "UN Security Council Resolution", "the Marshall Plan")
HAPPENING_CLASSES = ("WAR", "PROPOSAL")


def names_a_thing(m: Mention, doc) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Rule ``a_thing_is_no_actor``: the mention names a thing, no actor in any role: an accord
    (:func:`names_a_deal`), or a name no actor of the knowledge base stands for whose head is a
    formal accord's noun ("the Protocol of Port of Spain", "the Treaty of Washington": the parser's
    mention is "Protocol", "Treaty"), that spaCy labels LAW ("Resolution 598", "the Bangkok
    Declaration"), or whose head is a work built (the ontology's WORKS: "the East African Crude Oil
    Pipeline"); rule ``a_happening_is_no_actor``: or that spaCy labels EVENT, or whose head is a noun
    of a happening or a document handed down (:data:`HAPPENING_CLASSES`: "the Border War", "the
    Spring Offensive", "Resolution 12", "the Morgan Plan"). Such a thing does not freeze a
    dispute, commit anyone, strike towns or enter service as a doer, nor is it signed or adopted
    as a recipient: a PLOVER source and target are actors."""
    if names_a_deal(m, doc):
        return True
    if m.actor_id is not None or m.kind == "person":
        return False
    last = doc[m.end - 1]
    # a proper noun keeps its plural as its lemma ("the Madrid Accords")
    heads = {last.lemma_.lower(), last.lower_, last.lower_[:-1] if last.lower_.endswith("s") else last.lower_}
    if last.ent_type_ in (LAW_LABEL, EVENT_LABEL) or heads & DEAL_NOUNS:
        return True
    classes = load_ontology().classes
    if any(heads & classes.get(c, frozenset()) for c in HAPPENING_CLASSES) and last.pos_ in ("PROPN", "NOUN") \
            and last.text[:1].isupper():
        return True  # a name ("the Border War"), not a common noun the actors stage took
    return bool(heads & classes.get("WORKS", frozenset()))


def hidden_recipient(pred: Token, form: str, found: list[tuple[Mention, str, Token]],
                     index: MentionIndex, onto: Ontology,
                     acts: frozenset[int] = frozenset()) -> list[tuple[Mention, str, Token]] | None:
    """``found`` with a recipient the object phrases hide (steps 1-3 of the module), or None when
    there is nothing to add (a named recipient stands, no named doer does, or none is found);
    ``acts``: the tokens of the sentence's acts (triggers), no one's recipient (step 9)."""
    targets = [(m, t) for m, r, t in found if r == TARGET]
    if form in OWN_RECIPIENT_FORMS or any(not _unnamed(m) for m, _ in targets):
        return None
    if not any(r == SOURCE and m.named for m, r, _ in found):
        return passive_patient(pred, form, found, index, onto, acts)
    # 1. the unnamed recipient's own modifier says its country (not for a type that needs an
    #    actor as recipient: "expelled two Chinese trawlers" reduces no relations with China)
    needs_actor = onto.types[onto.forms[form].type].needs_recipient
    for m, tok in targets if not needs_actor else []:
        state = _modifier_state(tok, index)
        if state is not None:
            return [(replace(m, country=_state_of(state)), r, t) if (m2 is m) else (m2, r, t)
                    for m2, r, t in found]
    taken = {id(m) for m, _, _ in found} | {m.actor_id for m, _, _ in found if m.actor_id}
    # 2.-3. a recipient in the unnamed one's phrase ("its ambassador from Buenos Aires": only in a
    #       prepositional phrase where an actor is needed), in the object phrases, in the content
    heads = [g for _, t in targets for g in ([t] if not needs_actor else
                                             [p for c in t.children if c.dep_ == "prep" for p in _objects_of_prep(c)])]
    heads += [h for h in _phrases(pred, content=pred.lemma_.lower() in STANCE_VERBS)
              if not (needs_actor and any(h.i == t.i for _, t in targets))]
    doers = written_doer_states(found)
    for head in heads:
        for tok in _within(head, things=needs_actor and index.at(head) is None):
            m = index.at(tok)
            if m is not None:
                m = context_victim(m, form, doers, onto, tok)
            if m is None or id(m) in taken or m.actor_id in taken or m.kind in NOT_RECIPIENT_KINDS \
                    or names_a_thing(m, tok.doc):
                continue
            if not m.named or _unnamed(m) or tok.ent_type_ in ("DATE", "TIME") or m not in phrase_mentions(tok, index):
                continue  # ("the murder of one Chilean": a person, not the state)
            kept = [(m2, r, t) for m2, r, t in found if r != TARGET]
            return kept + [(m, TARGET, tok)]
    asked = asked_by_pronoun(pred, form, heads, doers, index, onto)
    if asked:
        return [(m2, r, t) for m2, r, t in found if r != TARGET] + asked
    return None


#: the types of a stance whose recipient is the one asked to act (PLOVER REQUEST)
ASKED_TYPES = frozenset({"REQUEST"})
#: pronouns that point back to the ones asked: "demanded *their* withdrawal", "demanded that *they* leave"
ASKED_PRONOUNS = frozenset({"their", "they", "them", "its", "it"})


def asked_by_pronoun(pred: Token, form: str, heads: list[Token], doers: set[str], index: MentionIndex,
                     onto: Ontology) -> list[tuple[Mention, str, Token]]:
    """Rule ``asked_by_pronoun``: a demand or call (PLOVER REQUEST: its recipient is the one asked)
    whose content names the ones asked only by a pronoun - the possessor of the act demanded or
    called for ("demanded *their* immediate withdrawal", "called for *its* withdrawal") or the subject of the
    clause demanded ("demanded that *they* leave") - is addressed to whom the pronoun stands for:
    the plural subject before it for "they"/"their" (:func:`group_before`), the state or body before
    it for "it"/"its" (:func:`thing_before`), else the nearest plural noun before it whose phrase
    names a state (:func:`_plural_before`: "sent several hundred troops ... demanded their
    withdrawal"), when that is no one of the doer's own state."""
    if form not in onto.forms or onto.forms[form].type not in ASKED_TYPES:
        return []
    asked_for = [o for c in pred.children if c.dep_ == "prep" and c.lower_ == "for" for o in _objects_of_prep(c)]
    pronouns = [t for h in [*heads, *asked_for] for t in _within(h) if t.lower_ in ASKED_PRONOUNS and t.dep_ == "poss"]
    for child in pred.children:
        if child.dep_ in CONTENT_DEPS:
            pronouns.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ASKED_PRONOUNS)
    for pron in pronouns:
        readings = [group_before(pron, index), _plural_before(pron, index, doers)] if pron.lower_ in GROUP_PRONOUNS \
            else [thing_before(pron, index)]
        for found in readings:
            states = {_state_of(m) for m in found}
            if found and None not in states and not states & doers:
                return [(m, TARGET, pron) for m in found]
    return []



def _plural_before(pron: Token, index: MentionIndex, doers: set[str] = frozenset()) -> list[Mention]:
    """The nearest plural noun before ``pron`` (in its sentence or the one before) whose phrase names
    one state other than the doers' own (``doers``) - "Cotonou sent some *Beninese soldiers* ... Niamey demanded their
    withdrawal", "forty *Malian boats* moored at the island ... demanded that they leave" - when no plural subject
    is (:func:`group_before` reads subjects only): the mentions of its phrase."""
    sent = pron.sent
    start = pron.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(pron.doc[start:pron.i]):
        if tok.tag_ not in ("NNS", "NNPS") or tok.ent_type_ in ("DATE", "TIME"):
            continue
        found = [m for m in phrase_mentions(tok, index) if m.named and _state_of(m)]
        if not found or {_state_of(m) for m in found} <= doers:
            continue  # no state, or the doer's own side ("Beninese deputies ... demand their return")
        return found if len({_state_of(m) for m in found}) == 1 else []
    return []


def _modifier_states(tok: Token, index: MentionIndex) -> list[Mention]:
    """Every state a modifier of ``tok`` names (:func:`_modifier_state`'s, not only the first)."""
    out: list[Mention] = []
    for child in tok.children:
        if child.dep_ not in COUNTRY_MODIFIERS:
            continue
        for t in [child, *[g for g in child.children if g.dep_ in COUNTRY_MODIFIERS]]:
            m = index.at(t)
            if m is not None and m.kind in ("state", "historical_state") and _state_of(m) and m not in out:
                out.append(m)
    return out


def _patient_types(onto: Ontology) -> frozenset[str]:
    """The types whose passive subject is the one the act is done to and that are not whole
    without a recipient: PLOVER's conflict (quad classes 3 and 4), but those whole with a doer
    alone (``alone``: a mobilisation, a demonstration - "Austrian reinforcements were flown in" moves
    Austria's own forces)."""
    return frozenset(code for code, t in onto.types.items() if t.quad in (3, 4) and not t.alone)


#: the ontology's classes of people and of crafts, arms and forces a state's own an act of force is done to
PATIENT_CLASSES = ("PEOPLE", "TROOPS", "ARMS", "VEHICLES", "WARSHIPS")


def _acted_on_one(patient: Token, index: MentionIndex, onto: Ontology) -> bool:
    """The passive subject is someone or something of a state an act of force is done to, not what
    the act uses or makes ("the last nuclear test was fired"): people or an organ the dictionary
    of agents knows ("the Austrian consulates": :func:`~chronica.events._places.victims`), a noun of
    the ontology's people, forces, arms or craft ("a Norwegian helicopter"), an office ("an
    Austrian officer"), a person or group named with it ("the Greek pilot, Major X", "900 Belgian
    Jews"), or people counted ("four Portuguese officers", "three truck drivers": a plural with its
    number)."""
    if victims(patient):
        return True
    words = {patient.lemma_.lower(), patient.lower_}
    if any(words & onto.classes.get(c, frozenset()) for c in PATIENT_CLASSES):
        return True
    if knowledge_base().titles.get(patient.lower_) or knowledge_base().titles.get(patient.lemma_.lower()):
        return True  # an office ("an Austrian officer", "the Finnish president")
    # a person named with it: in apposition, as its "of" ("head of state X"), or beside it as a
    # second subject the parser split off ("the Greek pilot X")
    said = [patient, *(c for c in patient.children if c.dep_ == "appos"),
            *(g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"),
            *(c for c in patient.head.children if c.dep_ == patient.dep_ and c.i != patient.i)]
    if any(index.at(t) is not None and index.at(t).kind in ("person", "group") for t in said):
        return True
    return patient.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in patient.children)


def passive_patient(pred: Token, form: str, found: list[tuple[Mention, str, Token]],
                    index: MentionIndex, onto: Ontology,
                    acts: frozenset[int] = frozenset()) -> list[tuple[Mention, str, Token]] | None:
    """``found`` with the recipient an act of conflict told in the passive, its doer untold, names
    by the modifier of its passive subject (step 9 of the module: "four Portuguese officers were
    arrested", "a Norwegian helicopter was shot down"); None when there is none to give. Only
    one state may modify it ("the Norwegian-Finnish border was closed" names two sides, no
    recipient), and an accord is what is signed or broken, no one's recipient; nor is what the act
    uses or makes (:func:`_acted_on_one`), nor an act the sentence tells (``acts``: "the Swedish
    nuclear test was fired" names who tested, not whom a firing was done to)."""
    if form not in onto.forms or onto.forms[form].type not in _patient_types(onto):
        return None
    if any(r == SOURCE for _, r, _ in found):
        return None
    patient = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.i in acts or patient.lemma_.lower() in DEAL_NOUNS | onto.classes.get(
            "ACCORD", frozenset()):
        return None
    if not _acted_on_one(patient, index, onto):
        return None
    states = _modifier_states(patient, index)
    if len({_state_of(m) for m in states}) != 1:
        return None
    state = _state_of(states[0])
    said = [patient, *(c for c in patient.children if c.dep_ == "appos")]

    def own(m: Mention) -> bool:  # the patient's own mention ("900 Belgian Jews", "the pilot, Major X")
        return any(m.start <= t.i < m.end for t in said)

    if any(r == TARGET and own(m) for m, r, _ in found):
        return [(replace(m, country=state), r, t) if r == TARGET and own(m) else (m, r, t) for m, r, t in found]
    known = knowledge_base().get(state)
    # not ``named``: the act keeps the doerless reading it had (a patient carries no event)
    agent = Mention(patient.i, patient.i + 1, patient.idx, patient.idx + len(patient.text), patient.text, state,
                    f"{known.name if known else state} ({patient.text})", "agent", True, named=False, country=state)
    return [*found, (agent, TARGET, patient)]


def victim_types(onto: Ontology) -> frozenset[str]:
    """The types of force done to someone (PLOVER's material conflict, quad class 4, but those whole
    with a doer alone: a mobilisation, a demonstration): an assault, a coercion. Their recipient
    may be unnamed people ("killed dozens of villagers", "arrested three students")."""
    return frozenset(code for code, t in onto.types.items() if t.quad == 4 and not t.alone)


def written_doer_states(found: list[tuple[Mention, str, Token]]) -> set[str]:
    """The states of the doers among ``found`` written in the doers' own phrases ("U.S. soldiers",
    "Israel"), not given them by context alone (:func:`context_victim`)."""
    return {state_for(m.actor_id, None) or m.country for m, r, _ in found
            if r == SOURCE and m.via != "context"} - {None}


def context_victim(m: Mention, form: str, doer_states: set[str], onto: Ontology, tok: Token | None = None) -> Mention:
    """Rule ``victim_not_of_the_doers_context``: ``m`` without the country the actors stage gave it
    from context alone (``via`` "context": the only state its sentence or paragraph names), when
    that state is the doer's own and the act is one of force done to it ("Austrian soldiers killed
    dozens of villagers": the only state named is the soldiers' own, which says nothing of the
    villagers'; "Norwegian police shot three protesters"). ``doer_states``: the doers' states
    written in their own phrases, not found from context themselves ("gunmen killed twenty
    villagers" in a paragraph on one state: both are that state's by the same context, which says
    as much of either). The victims stay the act's recipient, with the country the place of the
    act gives them, if any (``domestic_recipient``), not the doer's: one entity is not both doer
    and recipient of a killing because the sentence names no other state. Not the other side of a
    fight "with" it, which may be the doer's ally. ``m`` itself otherwise."""
    if m.kind != "agent" or m.via != "context" or form not in onto.forms \
            or onto.forms[form].type not in victim_types(onto):
        return m
    if onto.form_symmetric(form) and tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return m  # "fighting with the rebels": beside them as likely as against them
    if (m.country or state_for(m.actor_id, None)) not in doer_states:
        return m
    return replace(m, actor_id=None, country=None, cameo=None, name=m.text)


def _place_state(event: EventMention) -> str | None:
    if not event.location:
        return None
    actor = _kb_lookup(knowledge_base(), event.location)
    return state_for(actor.id, None) if actor is not None else None


def _clause_place_state(pred: Token, index: MentionIndex) -> str | None:
    """The state of the first place named in a locative phrase of ``pred``'s clause, its
    arguments' included ("ambushed a convoy in northern Burkina Faso", "soldiers in Khartoum")."""
    for t in pred.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS:
            m = index.at(t)
            state = _state_of(m) if m is not None and m.kind in PLACE_LIKE else None
            if state:
                return state
    return None


#: doers that are no state's own organs: a border they cross or close is no act of their state on
#: its neighbour ("Ugandan exiles crossed the border from Tanzania")
NON_STATE_DOERS = frozenset({"agent", "group"})


def border_neighbour(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Give an act on a border with no recipient named the state on the border's other side
    (step 6 of the module): the other of the document's two main states when the doer is one of
    them; True when it did. ``pred`` is the event's predicate."""
    borders = onto.classes.get("BORDER", frozenset())
    if not borders or any(p.state or p.actor_id for p in event.actors(TARGET)):
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in borders for c in pred.children):
        return False  # the border acted on, not one in an adjunct ("retaliated by closing the border")
    sources = event.actors(SOURCE)
    if any(p.kind in NON_STATE_DOERS for p in sources):
        return False  # exiles or rebels crossing "the border" may come from the other side
    doers = {p.state or state_for(p.actor_id, None) for p in sources if p.state or p.actor_id}
    pair = [state_for(m.actor_id, None) for m in index.topic_states(pred.sent.end) if m.actor_id]
    if len(doers) != 1 or len(set(pair)) != 2 or not doers <= set(pair):
        return False
    other = next(s for s in pair if s not in doers)
    if other is None or other != _last_other_state(pred, doers, index):
        return False  # the neighbour is the state the story has just named, not only a topic of it
    known = knowledge_base().get(other)
    event.participants = [p for p in event.participants if not (p.role == TARGET and not (p.state or p.actor_id))]
    event.participants.append(Participant(role=TARGET, text="", actor_id=other, name=known.name if known else other,
                                          kind="state", state=other))
    event.checks.append(border_neighbour.__name__)
    return True


#: how many sentences before the act's own the neighbour must have been named in
NEIGHBOUR_WINDOW = 2

#: the codings of a stance addressed to someone that a text may tell with no one named: a protest,
#: a condemnation, a complaint (PLOVER ACCUSE disapprove, "diplomatic protests"; "Requires
#: recipient" - the one protested to is part of the act)
PROTEST_CODINGS = frozenset({("ACCUSE", "disapprove")})
#: types whose every act is such a stance: a rejection or refusal (PLOVER REJECT, "reject a proposal,
#: demand, ..."; "Requires recipient: Yes") - of the other side's offer, of the pair's own treaty
REFUSAL_TYPES = frozenset({"REJECT"})
#: an accusation (PLOVER ACCUSE allege: "formally or informally accuse") is made against someone too;
#: told with no one at all in a recipient's place ("Accra accused its neighbour of ...", "the
#: accusation that ..."), it is the other of the pair's - but a lawsuit or a charge brought by a
#: court or a prosecutor (the same mode) is against the accused of its own country, so only these
#: doers' accusations are read so
ALLEGATION_CODINGS = frozenset({("ACCUSE", "allege")})
ACCUSER_KINDS = frozenset({"state", "historical_state", "government", "person", "agent"})


def protested_party(event: EventMention, pred: Token, index: MentionIndex) -> bool:
    """Rule ``protested_party`` (step 11 of the module): give a protest or a refusal told with no one
    protested against or refused ("Delhi protested.", "Lima protested sharply, and talks ...", "the
    foreign ministry protested the ruling", "Quito abrogated the treaty", "Lima declined to attend")
    the other of the document's two main states when its one doer is one
    of them and the last actor told before it (in its sentence or the two before) other than the
    doer's side is of that state, or none is ("Troops landed on the islet. Lima protested."); True
    when it did. A doer outside the pair (a third
    state's or a body's condemnation), two doers ("each side condemned the other"), or a rebel
    group or agent with no state of its own protests against no one this way."""
    allegation = (event.type, event.mode) in ALLEGATION_CODINGS
    if ((event.type, event.mode) not in PROTEST_CODINGS and event.type not in REFUSAL_TYPES and not allegation) \
            or any(p.state or p.actor_id or p.kind == "person" for p in event.actors(TARGET)):
        return False  # "refused to accept Ms Roe's victory": a person named, if unresolved, is the one refused
    if allegation and (event.actors(TARGET) or any(p.kind not in ACCUSER_KINDS for p in event.actors(SOURCE))
                       or not all(_own_relation(c, index) for c in pred.children if c.dep_ in ("dobj", "dative")
                                  and not event.trigger_start <= c.idx < event.trigger_end)):
        return False  # "a court charged two men", "Accra sued two traders": the accused are told, if as no
        # actor ("made the accusation": the trigger's own noun is no one accused)
    doers = _doer_states(event, index)
    if doers is None:
        return False  # "Ms Roe protested": an unresolved doer may be of any side
    answered = _answered_act(pred)
    if answered is not None and pred.dep_ != "relcl" and any(c.dep_ == "dobj" for c in pred.children) \
            and any(c.dep_ == "dobj" for c in answered.children):
        return False  # "Mali accepted the ruling, but Niger rejected it": two stances on one thing (``answered_doer``)
    # an accusation's sentence names no third state either ("accused its neighbour of sheltering
    # fighters on the Bissau side": the neighbour told there), by ``pair_recipient``'s reading
    other = _pair_checked(pred, doers, index) if allegation else _pair_other(pred, doers, index)
    if other is None:
        return False
    event.participants = [p for p in event.participants if not (p.role == TARGET and not (p.state or p.actor_id))]
    event.participants.append(_state_target(other))
    event.checks.append(protested_party.__name__)
    return True


#: possessive pronouns that point back to the doer ("accused its neighbour")
OWN_POSSESSIVES = frozenset({"its", "their"})


def _own_relation(obj: Token, index: MentionIndex) -> bool:
    """The object is one other party named only by its relation to the doer: a singular noun the
    doer's own possessive pronoun holds and no actor or sector answers to ("its neighbour", "its
    rival"), not one of many ("its neighbours") nor the doer's own people ("its ambassador" is a
    sector's)."""
    return obj.tag_ == "NN" and index.at(obj) is None \
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)


def pair_recipient(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Rule ``pair_recipient`` (step 12 of the module): give an act of a type marked ``pair_recipient``
    in the ontology, told with no recipient at all ("Chilean forces attacked on 18 May", "Lima pulled
    out in June", "Quito apologised"), the other of the document's two main states when its one doer
    is one of them, the last actor told before it (in its sentence or the two before) other than the
    doer's side is of that state or none is, the act's own clause names no other actor (a party
    the parse left without a role is not guessed over) and its sentence no third state ("while Lima
    armed the tribes" in a sentence set in La Paz); True when it did. A named recipient, even
    one the dictionaries do not know ("armed the rebel militias" is no act on the other state when
    the militias are its recipient), a doer outside the pair, two doers, or a rebel group or agent
    with no state of its own are left as they are."""
    etype = onto.types.get(event.type)
    rule = etype.pair_recipient if etype is not None else None
    if not rule or event.actors(TARGET) or (isinstance(rule, tuple) and event.mode not in rule):
        return False  # "gave up his powers" (a resignation) is done to no other state
    if event.form in onto.forms and onto.form_symmetric(event.form) and not etype.needs_recipient:
        return False  # "fought a war", "the border war": two-sided violence, PLOVER's reciprocal act (all actors)
    doers = _doer_states(event)
    if doers is None:
        return False
    other = _pair_checked(pred, doers, index)
    if other is None:
        return False
    event.participants.append(_state_target(other))
    event.checks.append(pair_recipient.__name__)
    return True


def _doer_states(event: EventMention, index: MentionIndex | None = None) -> set | None:
    """The states of an act's doers, for the rules of the document's pair; None when it has no doer,
    a doer of no state of its own (:data:`NON_STATE_DOERS`: a rebel group, an agent) or one whose
    state is unknown. With ``index`` (``protested_party``'s stances only), an agent that is a state's
    organ (:func:`state_organ`: "the Russian foreign ministry", "Peru's foreign ministry") is of that
    state; the rules of acts done on the other state keep agents out ("Thai commandos stormed the
    building" was done to the gunmen inside, no state)."""
    sources = event.actors(SOURCE)
    if not sources or any(p.kind in NON_STATE_DOERS and not (index is not None and state_organ(p, index))
                          for p in sources):
        return None
    doers = {p.state or state_for(p.actor_id, None) for p in sources}
    return None if None in doers else doers


#: how the actors stage resolved an agent whose state its own phrase names ("the Russian foreign
#: ministry", "Peru's foreign ministry"): not "context", a state only its sentence or paragraph names
OWN_PHRASE_VIA = frozenset({"agent"})


def state_organ(p: Participant, index: MentionIndex) -> bool:
    """Rule ``state_organ``: an agent doer (a ministry, a government office, an army) whose one state
    is named in its own phrase - the actors stage resolved it by the country beside the sector noun,
    and its actor is that state ("Russia (foreign ministry)") - acts for that state in the rules of
    the document's pair; one whose state is guessed from its sentence or paragraph ("the ministry"),
    a rebel group or a sector of no state does not."""
    if p.kind != "agent" or not p.actor_id or p.state != p.actor_id or state_for(p.actor_id, None) != p.actor_id \
            or p.start is None:
        return False
    m = next((m for m in index.mentions if m.start_char <= p.start < m.end_char), None)
    return m is not None and m.kind == "agent" and m.via in OWN_PHRASE_VIA and m.actor_id == p.actor_id


def _state_target(state: str) -> Participant:
    """The recipient a rule of the document's pair gives: the other state, by its knowledge-base name."""
    known = knowledge_base().get(state)
    return Participant(role=TARGET, text="", actor_id=state, name=known.name if known else state, kind="state",
                       state=state)


def _pair_other(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The other of the document's two main states for an act of the one doer's state in ``doers``
    (``_pair_rest``), when the last actor told before it (in its sentence or the two before) other
    than the doer's side is of that state or none is ("the UN adopted a resolution; Lima protested":
    the last one told is the one acted on), that state was named before it as no place ("Caracas
    declared the Paris award void": a city in a thing's name is no side told), and the two are not
    one state under two names ("the Soviet Union", "Russia": no pair in them); None otherwise."""
    other = _pair_rest(pred, doers, index)
    if other is None or _last_other_actor(pred, doers, index) not in (other, None):
        return None
    if not any(m.start < pred.i and m.actor_id and m.kind not in PLACE_KINDS
               and state_for(m.actor_id, None) == other for m in index.mentions):
        return None
    known = knowledge_base().get(other)
    if any(other in (kb_doer.successors if kb_doer else ()) or (known and d in known.successors)
           for d in doers for kb_doer in [knowledge_base().get(d)]):
        return None
    return other


def _pair_checked(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The other of the document's two main states for an act of the one doer's state in ``doers``
    by ``pair_recipient``'s reading: the last actor told before it (in its sentence or the two
    before) other than the doer's side is of that state or none is, that state was named before it
    as no place, the doer's own phrase does not name it, its clause names no other actor and its
    sentence no third state, and the two are not one state under two names (:func:`_pair_other`);
    None otherwise."""
    other = _pair_other(pred, doers, index)
    if other is None:
        return None
    clause, sent = _clause_span(pred), pred.sent
    own = {t.i for c in pred.children if c.dep_ in SUBJECT_DEPS or (pred.pos_ == "NOUN" and c.dep_ in ("poss", "amod"))
           for t in c.subtree}
    if any(m.start in own and m.actor_id and state_for(m.actor_id, None) == other for m in index.mentions):
        return None  # "the Chilean governor of the Peruvian enclave withdrew": the doer's own phrase names the other state
    pair = doers | {other}
    for m in index.mentions:
        if not m.actor_id or not sent.start <= m.start < sent.end:
            continue
        state = state_for(m.actor_id, None)
        if (state or m.actor_id) not in pair and (state is not None or clause[0] <= m.start < clause[1]):
            return None  # "struck back at the Tupamaros", "armed the tribes ... in La Paz": a third party told
    return other


#: prepositions of where a force moves, is sent or lands: a territory there is acted on ("marched into
#: the town", "moved troops to the border", "landed on the island"); not "in" or "near", where a
#: force may stand at home
TERRITORY_PREPS = frozenset({"into", "to", "onto", "on", "towards", "toward", "across", "at"})
#: prepositions of the one a territory is taken from or a force is sent against: whoever it names
#: is the act's recipient, not the other state
TAKEN_FROM_PREPS = frozenset({"from", "against"})
#: entity labels of a named place
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions under a noun that say where it is ("a camp at Kpalime", "the town of Kpalime")
WHERE_PREPS = frozenset({"at", "in", "near", "of"})


def _named_place(tok: Token, event: EventMention, index: MentionIndex) -> bool:
    """``tok`` names a place and no actor: a mention the actors stage files as a place, an
    unresolved participant of the event the parse found there ("the island of Dorvan"), or a name
    the tagger labels a place that no actor answers to."""
    m = index.at(tok)
    if m is not None and m.actor_id is None and m.kind in PLACE_LIKE - {"state", "historical_state"}:
        return True
    if m is not None and m.actor_id:
        return False
    if any(p.actor_id is None and p.role in (TARGET, OTHER) and p.start is not None
           and p.start <= tok.idx < (p.end or p.start) for p in event.participants):
        return True
    return tok.ent_type_ in PLACE_ENTS


def _territory(pred: Token, event: EventMention, index: MentionIndex, onto: Ontology) -> Token | None:
    """The territory ``pred`` acts on: its object or passive subject, the subject of a place that
    falls to the doer ("the town fell to Beninese forces"), or the object of a preposition of
    movement (``TERRITORY_PREPS``), when it is a place noun of the ontology (its TERRITORY or
    BORDER class), a named place, or a noun with a named place in its "at", "in", "near" or "of"
    phrase ("a camp at Kpalime"); None when there is none."""
    nouns = onto.classes.get("TERRITORY", frozenset()) | onto.classes.get("BORDER", frozenset())
    sources = [(p.start, p.end) for p in event.actors(SOURCE) if p.start is not None and p.end is not None]
    heads: list[Token] = []
    for c in pred.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads.append(c)
        elif c.dep_ == "nsubj" and not any(a <= t.idx < b for t in c.subtree for a, b in sources):
            heads.append(c)  # "the town fell to X": the subject is no doer
        elif c.dep_ in ("prep", "dative") and c.lower_ in TERRITORY_PREPS:
            heads.extend(g for g in c.children if g.dep_ == "pobj")  # "sent troops to a camp": the parser's dative too
    for head in heads:
        if head.lemma_.lower() in nouns or _place_within(head, event, index):
            return head
    return None


def _place_within(tok: Token, event: EventMention, index: MentionIndex, depth: int = 0) -> bool:
    """``tok`` is a named place, or says where it is by one ("a camp at Kpalime", "Kpalime, north
    of Atakpame"): through its "at", "in", "near" or "of" phrases and its appositions."""
    if _named_place(tok, event, index):
        return True
    if depth >= 3:
        return False
    for c in tok.children:
        if c.dep_ == "appos" and _place_within(c, event, index, depth + 1):
            return True
        if c.dep_ == "prep" and c.lower_ in WHERE_PREPS and any(
                _place_within(g, event, index, depth + 1) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def territory_recipient(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Rule ``territory_recipient`` (step 14 of the module): give an act of a type marked
    ``territory_recipient`` in the ontology (an occupation, a deployment) done on a territory - its
    object or where it moves into, onto or towards (:func:`_territory`: "Beninese troops occupied the
    town of Kpalime", "marched into the city", "moved troops towards the border", "Kpalime fell to
    Beninese forces") - and told with no state or actor as its recipient the other of the document's
    two main states, by ``pair_recipient``'s reading (:func:`_pair_checked`); True when it did. The
    territory is the ground: PLOVER's occupation or deployment is done to the state whose ground it
    is, and the story of two states tells of the other's. A place the knowledge base files under
    the doer's own state, a doer outside the pair, two doers, a rebel group or a party of no state
    are left as they are, and so is an act with no territory told ("the army moved in")."""
    etype = onto.types.get(event.type)
    rule = etype.territory_recipient if etype is not None else None
    if not rule or (isinstance(rule, tuple) and event.mode not in rule):
        return False
    doers = _lone_doer_unplaced(event)
    if doers is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in TAKEN_FROM_PREPS and any(g.dep_ == "pobj" for g in c.children)
           for c in pred.children):
        return False  # "retook the town from the rebels", "deployed against the rebels": the one it is done to is told
    place = _territory(pred, event, index, onto)
    if place is None:
        return False
    own = [m for t in place.subtree if (m := index.at(t)) is not None and m.actor_id]
    if any(state_for(m.actor_id, None) in doers for m in own):
        return False  # "moved troops to Porto-Novo": a place of the doer's own state
    other = _pair_checked(pred, doers, index)
    if other is None:
        return False
    _ground_state(event, other, territory_recipient.__name__)  # "landed on Dorvan": where, and whose ground
    return True


def _lone_doer_unplaced(event: EventMention) -> set | None:
    """The one doer's state of an act told with no state or actor as its recipient (the acts
    :func:`territory_recipient` and :func:`region_recipient` give the state of their ground); None
    when a recipient is named or the act has no doer, two doers or one of no state."""
    if any(p.state or p.actor_id for p in event.actors(TARGET)):
        return None
    doers = _doer_states(event)
    return doers if doers is not None and len(doers) == 1 else None


def _ground_state(event: EventMention, state: str, rule: str) -> None:
    """Make ``state`` the recipient of an act done on its ground: the place told as the recipient is
    where it happened (OTHER), the state whose ground it is whom it was done to; ``rule`` is noted."""
    for p in event.participants:
        if p.role == TARGET:
            p.role = OTHER
    event.participants.append(_state_target(state))
    event.checks.append(rule)


def region_recipient(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Rule ``region_recipient``: give an act of a type marked ``pair_recipient`` or
    ``territory_recipient`` in the ontology (with its modes), told with no state or actor as its
    recipient but with a place no actor answers to that the gazetteer of first-level regions
    (:func:`chronica.actors.regions.region_state`) files under another state ("the army pulled out
    of Kagera", "invaded the province of El Oro", "raids into Kalimantan"), that state as its
    recipient, when the act's one doer is of one of the document's two main states and the
    region's state is the other. The region is the ground: PLOVER's recipient of an act on a
    territory is the state whose territory it is, and the place stays where it happened. A
    region of the doer's own state is left to the rules after this one: the gazetteer's states are
    today's, and a region one state holds now may have been the other's colony then. A region of
    a third state (a name some far-away province shares), a doer outside the pair or of no state
    are left as they are. True when it gave one."""
    etype = onto.types.get(event.type)
    if etype is None:
        return False
    rules = [r for r in (etype.pair_recipient, etype.territory_recipient) if r]
    if not any(r is True or (isinstance(r, tuple) and event.mode in r) for r in rules):
        return False
    doers = _lone_doer_unplaced(event)
    if doers is None:
        return False
    pair = {state_for(m.actor_id, None) for m in index.topic_states(pred.sent.end) if m.actor_id}
    if len(pair) != 2 or not doers <= pair:
        return False
    kb = knowledge_base()
    for place in event.participants:
        if place.role not in (TARGET, OTHER) or place.actor_id:
            continue  # an unresolved name, whatever the tagger read it as ("Salta" as a person's)
        state = region_state(place.text, kb)
        if state is None or state in doers or state not in pair:
            continue  # a region of the doer's own state today may have been the other's then (a colony)
        _ground_state(event, state, region_recipient.__name__)  # the region is where; its state, whom
        return True
    return False


def _side(p: Participant) -> str | None:
    """The side a participant acts for: its state, else its own id (a body, a person of no state),
    else its text as written."""
    return p.state or state_for(p.actor_id, None) or p.actor_id or (p.text.strip().lower() or None)


def joint_recipient(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Rule ``joint_recipient`` (step 13 of the module): an act told of two or more sides as its
    doers and of no recipient ("A and B signed a treaty", "the two governments restored relations")
    keeps the side written first as its source and makes the others its recipients, PLOVER's coding
    of a joint act - when its form is symmetric in the ontology, or its sides include both of the
    document's two main states (a directed act of two allies, "A and B attacked", keeps both
    doers); True when it did."""
    if event.actors(TARGET) or event.cameo == MEDIATION_CAMEO or event.mode == "third-party":
        return False  # two mediators ("brokered by A and B") act between others, not on each other
    force = event.type in victim_types(onto)
    sources = event.actors(SOURCE)
    sides: list[str] = []
    first: dict[str, int] = {}
    for p in sources:
        side = _side(p)
        if side is None:
            return False
        if side not in sides:
            sides.append(side)
        where = p.start if p.start is not None else 10**9
        first[side] = min(first.get(side, where), where)
    if len(sides) < 2:
        return False
    symmetric = event.form in onto.forms and onto.form_symmetric(event.form)
    if COMPANIONS in event.checks and (force or not symmetric):
        return False  # "A fought alongside B", "A, together with B, protested": allies, both doers
    if force and not symmetric:
        return False  # "A and B attacked", "X troops, joined by Y exiles, pushed into Z": allies' force
    if force or not symmetric:
        pair = {state_for(m.actor_id, None) for m in index.topic_states(pred.sent.end) if m.actor_id}
        if len(pair) != 2 or not pair <= set(sides) or (force and set(sides) != pair):
            # reciprocal force (a symmetric form: "A and B fought", "fighting between A and B", "the
            # A-B war"): PLOVER keeps every side a doer, but two clear sides of the conflict - the
            # document's two main states and no one else - are its actor and recipient (PLOVER's
            # ``sideAB``): the side written first acts, the other is acted on
            return False
    written = _written_order(pred, sides, index)
    # a tie (one group word, or sides filled at the trigger): the order the sentence names the sides
    # in ("Paraguayan and Uruguayan troops clashed", "fighting broke out between A and B"), else
    # its members' order
    lead = min(sides, key=lambda s: (first[s], written.get(s, 10**9), sides.index(s)))
    for p in sources:
        if _side(p) != lead:
            p.role = TARGET
    event.checks.append(joint_recipient.__name__)
    return True


def _written_order(pred: Token, sides: list[str], index: MentionIndex) -> dict[str, int]:
    """Where ``pred``'s sentence first names each of ``sides`` on its own (a mention of one actor,
    not a group word standing for several)."""
    sent = pred.sent
    out: dict[str, int] = {}
    for m in index.mentions:
        if sent.start <= m.start < sent.end and not m.members:
            side = _state_of(m) or m.actor_id
            if side in sides:
                out.setdefault(side, m.start)
    return out


def _clause_span(pred: Token) -> tuple[int, int]:
    """The token range of ``pred``'s clause: its subtree, or for a noun the subtree of the verb it hangs on."""
    head = pred.head if pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else pred
    toks = [t.i for t in head.subtree]
    return min(toks), max(toks) + 1


def pair_other(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The other of the document's two main states when the one doer is one of them and it is
    the state other than the doer named last before ``pred`` (in its sentence or the
    :data:`NEIGHBOUR_WINDOW` before it); None otherwise."""
    other = _pair_rest(pred, doers, index)
    return other if other is not None and other == _last_other_state(pred, doers, index) else None


def landing_state(trig, found: list[tuple[Mention, str, Token]],  # noqa: ANN001 - an extract.Trigger
                  index: MentionIndex) -> list[tuple[Mention, str, Token]] | None:
    """``found`` with the state a force landed in (``extract._landed_abroad``: "Chilean troops
    landed at Pisco" is done to Peru) standing at the place's token, when no state is its
    recipient yet; None otherwise."""
    if trig.landed is None or any(r == TARGET and _state_of(m) for m, r, _ in found):
        return None
    tok, other = trig.landed
    named = [m for m in index.mentions if m.start < tok.i and m.actor_id and state_for(m.actor_id, None) == other]
    if not named:
        return None
    known = knowledge_base().get(other)
    landed = replace(named[-1], start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                     actor_id=other, kind="state", country=other, members=(),
                     name=known.name if known else named[-1].name)
    return [f for f in found if f[1] != TARGET] + [(landed, TARGET, tok)]


#: the modes of an act on envoys: expelled, recalled or withdrawn (SANCTION, PLOVER: "withdraw
#: ... diplomats"; CAMEO 161 reduce relations, 166 expel)
ENVOY_MODES = frozenset({"expel", "withdraw"})


def _envoy_objects(pred: Token, envoys: frozenset[str]) -> list[Token]:
    """The envoys ``pred`` acts on: its object or passive subject ("expelled the ambassador", "the
    envoy was expelled"), the "of" object of its noun ("the expulsion of the chargé"), with
    their conjuncts; for a noun with no object at all ("the expulsion was ordered by X"), the
    noun itself."""
    objs = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if pred.pos_ == "NOUN":
        objs += [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not objs and not any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in pred.children):
            return [pred]
    objs += [x for o in objs for x in o.conjuncts]
    return [o for o in objs if o.lemma_.lower() in envoys or o.lower_ in envoys]


def envoy_state(preds: list[Token], pattern, found: list[tuple[Mention, str, Token]], index: MentionIndex,  # noqa: ANN001
                onto: Ontology) -> list[tuple[Mention, str, Token]] | None:
    """``found`` with the state whose envoy a state expels or recalls when no state of the envoy
    is named ("Kenya expelled the ambassador", "the envoy was expelled by Nairobi", "Accra
    recalled its ambassador", "the expulsion had been ordered by Kibaki"): an envoy is accredited
    between two states, so with one doer of the document's two main states it is the other (named
    last, as :func:`border_neighbour` finds the other side of a border), not the doer's own
    country nor no one (which left the act no recipient and dropped it). None when a state other
    than the doer's is named, the doer is not one of the pair, or no envoy is acted on."""
    coding = pattern.coding
    envoys = onto.classes.get("ENVOY", frozenset())
    if coding.type != "SANCTION" or coding.mode not in ENVOY_MODES or not envoys:
        return None
    objects = [o for p in preds for o in _envoy_objects(p, envoys)]
    pred = preds[0]
    if not objects or any(_modifier_state(o, index) is not None for o in objects):
        return None  # "expelled Rwanda's ambassador": his state is named, whoever the doer is read as
    doers = {_state_of(m) for m, r, _ in found if r == SOURCE and _state_of(m)}
    if any(r == TARGET and _state_of(m) and _state_of(m) not in doers for m, r, _ in found):
        return None  # "expelled the Nigerian envoy": his state is named
    if not any(r == SOURCE and m.named for m, r, _ in found):
        return None
    other = pair_other(pred, doers, index)
    if other is None:
        return None
    named = [m for m in index.mentions if m.start < pred.i and m.actor_id and state_for(m.actor_id, None) == other]
    m = named[-1]
    tok = objects[0]
    envoy = replace(m, start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                    actor_id=other, kind="state", country=other, members=(),
                    name=(knowledge_base().get(other).name if knowledge_base().get(other) else m.name))
    return [f for f in found if f[1] != TARGET] + [(envoy, TARGET, tok)]


def relations_partner(pred: Token, found: list, index: MentionIndex) -> Mention | None:
    """The state relations are cut with when none is named (step 8 of the module): the other of
    the document's two main states when the doer is one of them and it is the other state named
    last (in the act's sentence or the two before), else None. ``found`` holds the candidate's
    ``(mention, role, token)`` arguments. Only an act on something - relations, ties, talks (an
    object, or what it withdraws from): a state that "split" cuts no one's relations."""
    if any(r == TARGET for _, r, _ in found) or not any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in pred.children):
        return None
    sources = [m for m, r, _ in found if r == SOURCE]
    if not sources or any(m.kind in NON_STATE_DOERS and not m.country for m in sources):
        return None
    other = pair_other(pred, {state_for(m.actor_id, None) or m.country for m in sources} - {None}, index)
    return next((m for m in index.topic_states(pred.sent.end) if m.actor_id and state_for(m.actor_id, None) == other),
                None) if other is not None else None


def threatened_pair(pred: Token, found: list, index: MentionIndex) -> Mention | None:
    """The one a threat or warning is addressed to when none is named (rule ``threatened_pair``): a
    warner of one of the document's two main states whose words tell what it would do (a clausal
    complement: "Khartoum threatened to close the pipeline again", "Yemen warned that it would use
    force to remove them") warns the other state, by ``pair_recipient``'s reading (``_pair_checked``:
    the last actor told before it other than the doer's side is of that state or none is, its clause
    names no other actor and its sentence no third state); the other state's mention, else None.
    ``found`` holds the candidate's ``(mention, role, token)`` arguments. A warning with no content
    ("gave a warning"), a doer of no state (an agent or group of none: "analysts warn") or one with a recipient
    already is left as it is; whether the content threatens at all, the checks judge after
    (``warning_that_is_no_threat``)."""
    if any(r == TARGET for _, r, _ in found) or not any(c.dep_ in ("xcomp", "ccomp") for c in pred.children):
        return None
    sources = [m for m, r, _ in found if r == SOURCE]
    if not sources or any(m.kind in NON_STATE_DOERS and not m.country for m in sources):
        return None  # "the president of Sudan" (an organ of its state) warns; "analysts" do not
    doers = {m.country or state_for(m.actor_id, None) for m in sources}
    if None in doers:
        return None
    other = _pair_checked(pred, doers, index)
    return _told_state(other, pred, index) if other is not None else None


#: verbs of meeting whose refusal ("refused to negotiate") turns down the other side: PLOVER's REJECT
#: "reject ... a request to meet or negotiate" (CAMEO 125 "reject proposal to meet, discuss, or negotiate");
#: not "discuss", whose object may be any matter ("declined to discuss casualties" turns down a question)
REFUSED_MEETING_VERBS = frozenset({"negotiate", "talk", "meet", "parley"})
#: the verbs of refusing that govern it (``_modality.REFUSE_VERBS`` less "reject", which takes no infinitive)
REFUSING_VERBS = frozenset({"refuse", "decline"})


def refused_pair(pred: Token, found: list, index: MentionIndex) -> Mention | None:
    """The side a refusal to meet turns down when none is named (rule ``refused_pair``): one of the
    document's two main states that refuses to negotiate, talk or meet ("Lisbon refused to negotiate",
    "the president declined to talk until the troops left") refuses the other state, by
    ``pair_recipient``'s reading (``_pair_checked``, as :func:`threatened_pair` reads a warning); the
    other state's mention, else None. A meeting verb with someone to meet ("refused to meet the
    envoy", "to negotiate with Chile"), a doer of no state, or a verb no refusal governs is left as
    it is."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in REFUSED_MEETING_VERBS or pred.dep_ != "xcomp" \
            or pred.head.lemma_.lower() not in REFUSING_VERBS:
        return None
    if any(r == TARGET for _, r, _ in found) or any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in pred.children):
        return None
    sources = [m for m, r, _ in found if r == SOURCE]
    if not sources or any(m.kind in NON_STATE_DOERS and not m.country for m in sources):
        return None
    doers = {m.country or state_for(m.actor_id, None) for m in sources}
    if None in doers:
        return None
    other = _pair_checked(pred, doers, index)
    return _told_state(other, pred, index) if other is not None else None


def _told_state(state: str, pred: Token, index: MentionIndex) -> Mention | None:
    """The last mention of ``state`` itself (not its army or leader) told before ``pred``, else the
    document's main-state mention of it."""
    own = [m for m in index.mentions if m.start < pred.i and m.actor_id and m.kind in ("state", "historical_state")
           and state_for(m.actor_id, None) == state]
    return own[-1] if own else next(
        (m for m in index.topic_states(pred.sent.end) if m.actor_id and state_for(m.actor_id, None) == state), None)


#: verbs of recognising a polity ("Pretoria recognised the new state")
RECOGNISING_VERBS = frozenset({"recognise", "recognize"})


def recognised_polity(pred: Token, found: list, index: MentionIndex, onto: Ontology) -> tuple[Mention, Token] | None:
    """The state a recognition names only by a definite noun of the ontology's STATE class ("Pretoria
    recognised the new state", "Turkey recognised the new republic within weeks"): the other of the
    document's two main states when the doer is one of them and it is the other state named last (in
    the act's sentence or the two before: ``pair_other``), with the object's token; None otherwise.
    The noun refers back to a polity the text has told of; a noun with its own name, owner or "of"
    phrase ("the state of Israel", "Kosovo's government") or a nationality ("the Jewish state") is
    read by the parse, not here, and a recognition with a recipient already is left as it is."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in RECOGNISING_VERBS or any(r == TARGET for _, r, _ in found) \
            or any(c.dep_ == "auxpass" for c in pred.children):
        return None
    polities = onto.classes.get("STATE", frozenset())
    objs = [c for c in pred.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in polities
            and index.at(c) is None and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            and not any(g.dep_ in ("poss", "compound", "prep", "appos") or g.ent_type_ in ("NORP", "GPE")
                        for g in c.children)]
    sources = [m for m, r, _ in found if r == SOURCE]
    if len(objs) != 1 or not sources or any(m.kind in NON_STATE_DOERS and not m.country for m in sources):
        return None
    other = pair_other(pred, {state_for(m.actor_id, None) or m.country for m in sources} - {None}, index)
    partner = _told_state(other, pred, index) if other is not None else None
    return (partner, objs[0]) if partner is not None else None


def _pair_rest(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The other of the document's two main states when the one doer is one of them, else None."""
    pair = [state_for(m.actor_id, None) for m in index.topic_states(pred.sent.end) if m.actor_id]
    if len(doers) != 1 or len(set(pair)) != 2 or not doers <= set(pair):
        return None
    return next(s for s in pair if s not in doers)


def _last_other_actor(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The state (or, for a body or a person of no state, the actor id) of the actor other than
    the doers' states named last before ``pred`` in its sentence or the :data:`NEIGHBOUR_WINDOW`
    before it; None when none is."""
    start = _window_start(pred)
    # "Under Syrian pressure, Beirut abrogated the agreement": a fronted adverbial names no one the
    # act is addressed to (``SUBJECT_DEPS``)
    subject = min((c.i for c in pred.children if c.dep_ in SUBJECT_DEPS), default=None)
    fronted = {t.i for c in pred.children if c.dep_ == "prep" and subject is not None and c.i < subject
               for t in c.subtree}
    last = None
    for m in index.mentions:
        if start <= m.start < pred.i and m.actor_id and m.start not in fronted:
            state = state_for(m.actor_id, None) or m.actor_id
            if state not in doers:
                last = state
    return last


def _window_start(pred: Token) -> int:
    """The first token of the sentence :data:`NEIGHBOUR_WINDOW` sentences before ``pred``'s (or of the
    document's first): where the actors told before an act are looked for."""
    start = pred.sent.start
    for _ in range(NEIGHBOUR_WINDOW):
        if start == 0:
            break
        start = pred.doc[start - 1].sent.start
    return start


def _last_other_state(pred: Token, doers: set, index: MentionIndex) -> str | None:
    """The state other than the doers' named last before ``pred``, in its sentence or the
    :data:`NEIGHBOUR_WINDOW` sentences before it; None when none is."""
    start = _window_start(pred)
    last = None
    for m in index.mentions:
        if start <= m.start < pred.i and m.actor_id:
            state = state_for(m.actor_id, None)
            if state is not None and state not in doers:
                last = state
    return last


def domestic_recipient(event: EventMention, pred: Token, onto: Ontology, index: MentionIndex) -> bool:
    """Give an internal event with no named recipient the country where it happens (else its
    doer's) as recipient (step 4 of the module); True when it did. ``pred`` is its predicate."""
    etype = onto.types.get(event.type)
    rule = etype.domestic_recipient if etype is not None else None
    if rule is None or event.modality not in ("asserted", "reported", "hedged", "negated", "planned", "possible"):
        return False
    if isinstance(rule, tuple) and event.mode not in rule:
        return False  # a seizure's or a coup's recipient may be anyone
    targets = event.actors(TARGET)
    if any(p.state or p.actor_id for p in targets):
        return False
    sources = event.actors(SOURCE)
    if rule == "victim" and not targets and not any(
            t.pos_ in ("NOUN", "PROPN") and index.at(t) is None for t in _phrases(pred, content=False)):
        return False  # no victim at all: "the army attacked"
    if rule == "doer" and any(p.kind in ("state", "historical_state", "government") for p in sources):
        return False  # a state's protest is a verbal one, against another state
    doer_states = {p.state for p in sources if p.state}
    country = _place_state(event) or _clause_place_state(pred, index)
    if country is None and rule != "victim":  # an attack's unnamed victim may be abroad ("invaded
        country = doer_states.pop() if len(doer_states) == 1 else None  # the north"): only the place says
    if country is None:
        return False
    if targets:
        for p in targets:
            p.state = country
    else:
        name = knowledge_base().get(country)
        event.participants.append(Participant(role=TARGET, text="", actor_id=None,
                                              name=f"{name.name if name else country} (domestic)",
                                              kind="agent", state=country))
    event.checks.append(domestic_recipient.__name__)
    return True


def unnamed_host(event: EventMention) -> bool:
    """The unnamed host of a visit takes the country of the place visited (step 5); True when
    it did."""
    if event.type != "CONSULT" or event.mode != "visit":
        return False
    hosts = [p for p in event.actors(TARGET) if not (p.state or p.actor_id)]
    country = _place_state(event) if hosts else None
    if country is None:
        return False
    for p in hosts:
        p.state = country
    event.checks.append(unnamed_host.__name__)
    return True


def forces_deployed(form: str, found: list[tuple[Mention, str, Token]], onto: Ontology,
                    passive: bool = False) -> list[tuple[Mention, str, Token]]:
    """The forces a mobilisation moves are its instrument, not its recipient: "Russia deployed
    combat troops in South Ossetia", "North Korea sent troops to fight" (role other)."""
    if form != "MOBILIZE" or passive:  # "the army could be deployed": the forces deployed act
        return found
    troops = onto.classes.get("TROOPS", frozenset())
    return [(m, "other" if r == TARGET and ({t.lemma_.lower(), t.lower_} & troops) else r, t) for m, r, t in found]


def thing_handed_over(found: list[tuple[Mention, str, Token]]) -> list[tuple[Mention, str, Token]]:
    """What is handed over, ceded or returned is no recipient when a recipient stands in a "to"
    phrase: "the Ottoman Empire handed over Cyprus to British administration", "Russia returned
    the islands to Japan", "Austria ceded Venetia to France" (the territory plays role other)."""
    to_recipient = any(r == TARGET and t.dep_ == "pobj" and t.head.lower_ == "to" for _, r, t in found)
    if not to_recipient:
        return found
    return [(m, "other" if r == TARGET and t.dep_ == "dobj" and m.kind in PLACE_LIKE else r, t) for m, r, t in found]


#: actor kinds whose country is the first three letters of their CAMEO code ("LBNREB" -> LBN):
#: PLOVER codes an armed group's events with its country, as the actors stage does a generic
#: agent's ("Burkina Faso (militants)")
COUNTRY_CODED_KINDS = frozenset({"armed_group"})


def group_country(actor_id: str | None, kind: str | None) -> str | None:
    """The country an armed group's CAMEO code names ("COLREB": Colombia), None otherwise."""
    if actor_id is None or kind not in COUNTRY_CODED_KINDS:
        return None
    kb = knowledge_base()
    code = (kb.cameo_of(actor_id) or "")[:3]
    country = kb.get(code) if len(code) == 3 else None
    return country.id if country is not None and country.kind == "state" else None


#: PLOVER types whose act answers another's: REJECT ("reject a proposal, demand, ...") and ACCUSE
#: (its mode disapprove: "diplomatic protests"; condemn, complain). Told with no recipient, the one
#: rejected or protested against is the doer of the act answered (step 10)
ANSWER_TYPES = frozenset({"REJECT", "ACCUSE"})
#: how many heads up from the noun a relative clause qualifies the verb of its act may be ("dug a
#: canal across the plain, a project Niger rejected": project -> dug)
ANSWERED_REACH = 4
#: objects of an answer that stand for the act answered, no thing of their own ("rejected it")
ANSWER_PRONOUNS = frozenset({"it", "this", "that", "which", "them", "these", "those", "what"})


def _answered_act(pred: Token) -> Token | None:
    """The verb of the act ``pred`` (a rejection, a protest) answers in its sentence: the verb over
    the noun its relative clause qualifies, the verb it is coordinated after, or - the parser making
    the answer the head of "X seized the island; Y protested" - the clause before its subject; the
    act's own verb when that has no subject (an infinitive, a later conjunct: "started digging a
    canal"), up to the one that has. None when there is none."""
    verb = None
    if pred.dep_ == "relcl" and pred.head.pos_ in ("NOUN", "PROPN", "PRON"):
        tok = pred.head
        for _ in range(ANSWERED_REACH):
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                break
            tok = tok.head
        verb = tok if tok.pos_ in ("VERB", "AUX") and tok.i != pred.i else None
    elif pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") and pred.head.i < pred.i:
        verb = pred.head
    else:
        subject = min((c.i for c in pred.children if c.dep_ in SUBJECT_DEPS), default=None)
        before = [c for c in pred.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                  and subject is not None and c.i < subject]
        verb = before[-1] if before else None
    for _ in range(3):  # "Mali started digging a canal": the one that started
        if verb is None or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            break
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX") else None
    return verb


def answered_doer(pred: Token, found: list[tuple[Mention, str, Token]],
                  index: MentionIndex) -> tuple[Mention, Token] | None:
    """Rule ``answered_doer`` (step 10 of the module): the recipient of a rejection or a protest told
    with no one rejected or protested against - the doer (subject, or a passive's agent) of the act
    its sentence tells it answers (:func:`_answered_act`), or the state the noun it qualifies names
    in a modifier ("the Chilean plan, which Bolivia rejected"), when that is an actor of another
    state than the answer's doers. None when a recipient stands, when the answer has an object of
    its own (a thing it rejects: "rejected the court's ruling"), or when no such doer is told."""
    if any(r == TARGET and not _unnamed(m) for m, r, _ in found):
        return None
    doers = {_state_of(m) or m.actor_id or m.text for m, r, _ in found if r == SOURCE and m.named}
    if not doers:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.lower_ not in ANSWER_PRONOUNS for c in pred.children):
        return None
    candidates: list[Token] = []
    if pred.dep_ == "relcl":
        candidates += [c for c in pred.head.children if c.dep_ in ("poss", "amod", "compound")]
    verb = _answered_act(pred)
    if verb is not None and pred.dep_ != "relcl" and any(c.dep_ == "dobj" for c in pred.children) \
            and any(c.dep_ == "dobj" for c in verb.children):
        verb = None  # "Mali accepted the ruling, but Niger rejected it": two stances on one thing
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                candidates += [c, *c.conjuncts]
            elif c.dep_ == "agent":
                candidates += [p for p in c.children if p.dep_ == "pobj"]
    for tok in candidates:
        for m in phrase_mentions(tok, index):
            state = _state_of(m)
            if not m.named or state is None or state in doers or m.kind in NOT_RECIPIENT_KINDS \
                    or names_a_thing(m, tok.doc):
                continue
            return m, tok
    return None
