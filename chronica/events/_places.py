"""A place or a thing is where an act happens or what it uses, not whom it is done to.

PLOVER's recipient is an actor. A place the parse hands over as the object of an act is told
apart by what the actors stage and the named-entity tagger say of it, not by a list of words:

- a **seat of government** (kind ``government_seat`` in the knowledge base) stands for the state
  it is the seat of at the event's date: "jets bombed Asmara" is done to Eritrea, "flew to
  London" visits the United Kingdom;
- any **other place** - a mention the actors stage files as kind ``place``, or a name no actor
  of the knowledge base answers to that the tagger labels a place (GPE, LOC, FAC) - plays no
  recipient's role: "pushed into Loja", "began the fight at mount Adal", "withdrawn from Badme"
  keep their doer, and the place stays the event's ``other`` participant (where it went);
- a **generic agent noun no state owns** (kind ``agent`` with neither an actor id nor a state:
  "capturing tanks and artillery", "sent thousands of troops") names equipment or unnamed
  people, no actor: it leaves the target role too. With a country it is that country's
  ("Argentine prisoners", "an Eritrean patrol") and stays, as does one a name owns ("an
  al-Shabaab commander"); a place that owns ("Kosovo's prime minister") acts as a polity and stays.

A seat of government also names whose an unnamed organ is: "the Tehran government", "the
Baghdad regime" are Iran's and Iraq's (:func:`seat_owned_agents`, for any role).

A seat of government that does the act is its state (``seat_is_its_state``: "Zagreb rejected the
award" is Croatia's act, as the Phoenix dictionary files the capital under its country), unless
it is part of a thing's name.

Public API: :func:`place_recipients`, :func:`seat_owned_agents`, :func:`place_taken`, :func:`kept_place`,
:func:`place_by_verb`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from chronica.events._actors import QUANTITY_HEADS, knowledge_base, state_for
from chronica.events._lexicon import DEPARTURE_VERBS, LOCATION_PREPS, PLACE_NOUNS
from chronica.events.ontology import load_ontology
from chronica.events.model import OTHER, SOURCE, TARGET, Participant

#: kinds of the actors stage that name a place
PLACE_KIND = "place"
SEAT_KIND = "government_seat"
AGENT_KIND = "agent"
#: spaCy entity labels of places (countries, cities, regions; natural places; buildings, sites)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: entity labels a place's name may carry when the tagger misreads it (a place read as a person
#: or an organisation); dates, numbers and the like are no names
NAME_LABELS = PLACE_LABELS | {"PERSON", "ORG", "NORP"}


def _owner(p: Participant, tok: Token | None) -> bool:
    """The place is a possessor ("Kosovo's prime minister": the place acts as a polity), said
    at its own token or as the possessor of the noun it was found at ("Abkhazia's leaders")."""
    if tok is None:
        return False
    said = f"{p.text} {p.name or ''}"
    return tok.dep_ == "poss" or any(c.dep_ == "poss" and c.text in said for c in tok.children)


def _owned(tok: Token | None) -> bool:
    """The noun is owned by a name ("an al-Shabaab commander", "Hamas's fighters")."""
    return tok is not None and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in tok.children)


def _is_place(p: Participant, tok: Token | None, places: frozenset[str] = frozenset()) -> bool:
    if _owner(p, tok):
        return False
    if p.kind == PLACE_KIND:
        return True
    if p.actor_id is None and _name_key(p.text) in places:
        return True  # the document calls it a place, whatever the tagger made of it here
    if p.actor_id is not None or p.kind == "person":
        return False
    return tok is not None and tok.ent_type_ in PLACE_LABELS


def _name_key(text: str) -> str:
    return " ".join(w for w in text.lower().split() if w != "the")


def named_places(doc: Doc) -> frozenset[str]:
    """The names a document itself calls places, whatever the tagger labels them elsewhere (it
    reads "Badme" or "El Oro" as an organisation, "Hassi Beida" as a person): the proper name of a
    place noun's "of" phrase ("the border town of Badme", "the province of El Oro", "the oases of
    Hassi Beida") or one after a preposition of location ("near Hassi Beida", "fighting at
    Tiwintza"). Checked only for names no actor of the knowledge base answers to (one sense per
    document: the name is a place wherever the document uses it)."""
    out: set[str] = set()
    for tok in doc:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.dep_ != "prep":
            continue
        prep, above = tok.head, tok.head.head
        place_of = prep.lower_ == "of" and above.pos_ == "NOUN" and above.lemma_.lower() in PLACE_NOUNS
        if not (place_of or prep.lower_ in LOCATION_PREPS):
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ not in NAME_LABELS:
            continue  # "in September 1963", "at 10 Downing Street"'s number: no name
        if not place_of and ent is not None and ent.label_ == "ORG":
            continue  # "a stake in Bank of Manila", "invested in Acme Steel": a firm, not a place
        words = doc[ent.start:ent.end] if ent is not None else [
            t for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i]
        name = _name_key(" ".join(t.text for t in words))
        if name and not knowledge_base().lookup(name):
            out.add(name)
    return frozenset(out)


#: doers that are a state itself, its government or a person: their own capital is where they act,
#: never whom they act on (unlike rebels or a movement taking it: "the rebels attacked N'Djamena")
PRINCIPAL_KINDS = frozenset({"state", "historical_state", "government", "person"})


def _where(tok: Token | None) -> bool:
    """The seat is said as the place of the act ("gave him asylum in Dar es Salaam", "closed the
    embassy in Islamabad") or as the place left ("left Beijing for Kazan", "fled Damascus")."""
    if tok is None:
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return (tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS) or (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEPARTURE_VERBS)


def _names_a_thing(tok: Token | None, act: Token | None = None) -> bool:
    """The seat of government is part of a thing's name, not a party: it modifies a noun that
    names no agent ("the Paris award", "the Algiers line", "Seoul condemned the Rangoon bombing":
    the dictionary of agents does not know the noun; "the Tehran government" is an organ,
    :func:`seat_owned_agents`), or it is the of-phrase of a proper name ("the Protocol of Port of
    Spain", "the Treaty of Paris": where the thing was made). Not when the noun is the coded act
    itself (``act``, the trigger's anchor): "Stalin began the Berlin blockade", "the Blue House
    raid" are done to the place."""
    if tok is None:
        return False
    head = tok.head
    if act is not None and head.i == act.i:
        return False
    if tok.dep_ in ("compound", "nmod") and head.i > tok.i and head.pos_ == "NOUN":
        kb = knowledge_base()
        return not (kb.agent_nouns.get(head.lower_) or kb.agent_nouns.get(head.lemma_.lower()))
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and head.head.i < tok.i


#: the ontology's classes of things an act of force may be done to, no people ("capturing tanks and
#: artillery", "attacking tankers", "bombed villages"): they stay where the act went
THING_CLASSES = ("ARMS", "VEHICLES", "WARSHIPS", "TERRITORY", "WORKS")


@lru_cache(maxsize=1)
def thing_words() -> frozenset[str]:
    """Every word of the ontology's thing classes (:data:`THING_CLASSES`), built once."""
    classes = load_ontology().classes
    return frozenset().union(*(classes.get(c, frozenset()) for c in THING_CLASSES))
#: prepositions of where an act sends someone, no one it is done to
DESTINATIONS = frozenset({"to", "into", "toward", "towards"})


def victims(tok: Token | None) -> bool:
    """Rule ``victims_are_recipients``: the unnamed ones an act of force is done to are people or an
    organ, no thing - a noun the dictionary of agents knows ("villagers", "protesters",
    "journalists", "the government"; through a number's "of": "dozens of people") that is none of
    the ontology's things (:data:`THING_CLASSES`) nor where the act sends someone ("forced into
    exile")."""
    if tok is None or (tok.dep_ == "pobj" and tok.head.lower_ in DESTINATIONS):
        return False  # "forced into exile": where to, no one
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.lower_ in QUANTITY_HEADS:
        tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), tok)
    kb = knowledge_base()
    if not (kb.agent_nouns.get(tok.lower_) or kb.agent_nouns.get(tok.lemma_.lower())):
        return False
    return not ({tok.lemma_.lower(), tok.lower_} & thing_words())


def place_recipients(participants: list[Participant], tokens: list[Token | None],
                     addressed: bool = False, places: frozenset[str] = frozenset(),
                     venue: bool = False, act: Token | None = None, taking: bool = False,
                     force: bool = False) -> list[Participant]:
    """``participants`` with each place among the targets put right (``tokens``: the head token
    each participant was found at, or None): a seat of government becomes the state it seats
    (``state`` set by the caller), any other place leaves the target role for ``other`` - unless
    the act is said to someone (``addressed``) and the place is its object: one warns, accuses
    or asks a polity ("Serbia warned Kosovo"), not a spot on the map. Where a meeting or a
    signing happens (``venue``: a two-sided act of cooperation) is no party to it: a seat or
    place after "in"/"at" - a city the tagger names, even one standing for a body ("held talks in
    Addis Ababa", "in Brussels", "signed the accord in Paris") - goes to
    ``other`` too. So does a seat of the doer's own state where the doer is that state, its
    government or a person (:data:`PRINCIPAL_KINDS`) and the seat is where the act happens or what
    the doer leaves (:func:`_where`: "Pakistan closed the embassy in Islamabad", "the president
    fled Damascus"); other doers keep it, as the domestic event's place ("farmers marched in
    Paris"). The unnamed people an act of ``force`` (an assault, a coercion) is done to stay its
    recipients (:func:`victims`: "killed dozens of villagers", "shot three protesters"), whatever
    state they are of."""
    out = []
    for p, tok in zip(participants, tokens):
        if p.role == SOURCE and p.kind == SEAT_KIND and p.state and not _names_a_thing(tok, act):
            if _passed_through(tok):
                p.role = OTHER  # "the envoy flew between Jerusalem and Damascus", "fled Damascus": where
                continue
            actor = knowledge_base().get(p.state)  # ``seat_is_its_state``: "Zagreb rejected the award"
            if actor is not None:
                p.actor_id, p.name, p.kind = actor.id, actor.name, actor.kind
    own = {p.state or p.actor_id for p in participants if p.role == SOURCE}
    principals = {p.state or p.actor_id for p in participants if p.role == SOURCE and p.kind in PRINCIPAL_KINDS}
    for p, tok in zip(participants, tokens):
        if venue and p.role == TARGET and tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS \
                and (p.kind == SEAT_KIND or tok.ent_type_ in ("GPE", "LOC", "FAC") or _is_place(p, tok, places)):
            p.role = OTHER  # the venue of talks is no party to them
        elif p.role == TARGET and p.kind == SEAT_KIND and _names_a_thing(tok, act):
            p.role = OTHER  # "the Paris award", "the Protocol of Port of Spain": a name, no party
        elif p.role == TARGET and p.kind == SEAT_KIND and p.state in principals and _where(tok):
            p.role = OTHER  # a state or its leader acting in or leaving its own capital: where
        elif p.role == TARGET and p.kind == SEAT_KIND and p.state in own:
            pass  # a seat of the doer's own state: the domestic event's place, which the chronicle
            # keeps beside its doer ("farmers marched in Paris": France's farmers, France's capital)
        elif p.role == TARGET and p.kind == SEAT_KIND and p.state:
            actor = knowledge_base().get(p.state)
            if actor is not None:
                p.actor_id, p.name, p.kind = actor.id, actor.name, actor.kind
        elif addressed and tok is not None and tok.dep_ in ("dobj", "dative"):
            pass  # the one an act is said to: a polity, whatever the map calls it
        elif p.role == TARGET and p.actor_id is None and place_by_verb(tok, taking):
            p.role = OTHER  # ``place_by_verb``: "the rebels had taken Kamituga", "withdrew from Kfar Tavor"
        elif p.role == TARGET and (_is_place(p, tok, places) or (
                p.kind == AGENT_KIND and p.actor_id is None and p.state is None and not _owned(tok)
                and not (force and victims(tok)))):
            p.role = OTHER
        out.append(p)
    return out


#: verbs of pulling back whose "from" phrase names the place left ("withdrew from Kfar Tavor")
WITHDRAW_VERBS = frozenset({"withdraw", "retreat", "pull", "evacuate", "move"})


#: prepositions by which a verb says where its doer went, came from or acted
PATH_PREPS = LOCATION_PREPS | {"between", "to", "from", "into", "via", "through"}


def _passed_through(tok: Token | None) -> bool:
    """A seat said as where a verb's act happens or goes ("flew between Jerusalem and Damascus",
    "travelled to Hanoi", "held talks in Cairo") or what its doer leaves (:func:`_where`), not
    who acts; "relations between Copenhagen and Berlin" (a noun's phrase) names the parties."""
    if tok is None:
        return False
    if _where(tok):
        return True
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PATH_PREPS and tok.head.head.pos_ in ("VERB", "AUX")


def place_by_verb(tok: Token | None, taking: bool = False) -> bool:
    """A name no actor of the knowledge base answers to that the verb says is a place, whatever the
    tagger labels it (it reads many a town as a person or a nationality): a place taken by an act
    of occupying (``taking``; :func:`place_taken`: "the rebels had taken Kamituga"), the object
    of a verb of leaving ("the last troops left Mers Kebir", "his forces will leave Kasese") or
    the "from" phrase of one of pulling back ("Syria withdrew from Kfar Tavor"). One takes, leaves
    or withdraws from a spot on the map; the state that holds it, when the text names it, is found by the caller."""
    if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i]
    if any(t.lower_ in ("general", "president", "king", "prime", "minister", "commander") for t in tok.subtree):
        return False  # "surrendered to General X", a title: a person
    if knowledge_base().lookup(_name_key(" ".join(t.text for t in words))):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "from":
        return verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in WITHDRAW_VERBS | DEPARTURE_VERBS
    if tok.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in DEPARTURE_VERBS or (taking and place_taken(tok))


#: kinds of an unnamed organ a seat before it may own ("the Tehran government")
ORGAN_KINDS = frozenset({AGENT_KIND, "government", "armed_force"})
#: generic agents of the knowledge base: the organ's word -> the agent ("IRN/government")
GENERIC_AGENTS = {"government": "government", "regime": "government", "authorities": "government",
                  "army": "military", "military": "military", "forces": "military", "troops": "military"}


def seat_owned_agents(participants: list[Participant], tokens: list[Token | None],
                      date: str | None) -> list[Participant]:
    """``participants`` with each unnamed organ that a seat of government modifies given that
    seat's state at ``date`` ("the Tehran government": Iran's government, "the Athens regime":
    Greece's)."""
    kb = knowledge_base()
    for p, tok in zip(participants, tokens):
        if tok is None or p.state is not None or p.actor_id is not None or p.kind not in ORGAN_KINDS:
            continue
        seats = [a for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                 for a in kb.lookup(c.text) if a.kind == SEAT_KIND]
        sector = (kb.agent_nouns.get(tok.lower_) or kb.agent_nouns.get(tok.lemma_.lower()) or "").strip("~")
        if seats and kb.hosts(seats[0].id, sector):
            continue  # "the Hague court": the international court seated there, not the Netherlands'
        state = state_for(seats[0].id, date) if seats else None
        if state is None:
            continue
        p.state = state
        what = GENERIC_AGENTS.get(tok.lemma_.lower())
        agent = kb.get(f"{state}/{what}") if what else None
        if agent is not None:
            p.actor_id, p.name, p.kind = agent.id, agent.name, agent.kind
    return participants


#: the prepositions that make a verb of taking one of bringing: "take Ambalat to the court"
BROUGHT_TO = frozenset({"to", "into", "before"})


def place_taken(tok: Token) -> bool:
    """A place a verb of taking holds as its direct object ("Tanzanian forces take Jinja", "the
    RPF took Kigali", "they had taken Bukavu"), which the ontology's TERRITORY class stands for
    beside its nouns ("took the Heglig oilfield"): a named place, the entity recogniser's GPE,
    LOC or FAC, or a name of one word it labels no organisation or nationality (the small model
    reads many a town as a person: "took Goma", "taken Bukavu"). Not a place brought somewhere
    ("take Ambalat to the court") nor anyone taken as something ("took Kim hostage"), nor what a
    phrasal verb takes ("Siemens took over Alstom": a takeover)."""
    if tok.dep_ != "dobj" or not kept_place(tok) or any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt")
                                                        for c in tok.head.children):
        return False
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and not any(
        c.dep_ in ("compound", "flat", "amod", "poss") for c in tok.children) and tok.ent_iob_ in ("B", "O", "") \
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")


def kept_place(tok: Token) -> bool:
    """A TERRITORY noun taken, not brought somewhere ("took the island", not "took the case to
    the island")."""
    return tok.dep_ == "dobj" and not any(c.dep_ in ("prep", "dative") and c.lower_ in BROUGHT_TO
                                          for c in tok.head.children)
