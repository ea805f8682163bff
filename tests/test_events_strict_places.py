"""Strict precision, round 20: the error classes a strict reading of sampled dev events found
(seed 20 on ethiopia, iraniraq, perecuador, falklands, cyprus), each fixed by a mechanism and
held by a case table of sentences written for it from several different stories.

1. A place is no recipient (``chronica.events._places``): a seat of government stands for its
   state ("bombed Asmara" is done to Eritrea), any other place the actors stage or the tagger
   calls a place leaves the target role ("attacked Afabet", "withdrew from Tiwinza").
2. A dictionary verb's phrase pattern that names the object names no recipient: with one doer
   the PETRARCH dyad still needs its target ("led a mission", "set up a force" are no meeting).
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of as _events


# --- 1. a seat of government stands for its state; another place is no recipient ------------

SEATS = [  # (sentence, type, source state, target state)
    ("In June 1998 Ethiopian jets bombed Asmara.", "ASSAULT", "ETH", "ERI"),
    ("In March 1984 Iraqi aircraft bombed Tehran.", "ASSAULT", "IRQ", "IRN"),
    ("The Turkish prime minister flew to London in July 1974.", "CONSULT", "TUR", "GBR"),
]


@pytest.mark.parametrize("text,etype,src,tgt", SEATS)
def test_a_seat_of_government_stands_for_its_state(pipeline, text, etype, src, tgt):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    e = events[0]
    assert {p.state for p in e.actors(SOURCE)} == {src}
    assert [(p.actor_id, p.kind) for p in e.actors(TARGET)] == [(tgt, "state")]


PLACES = [  # (sentence, type, the place, the doer's state)
    ("In March 1988 Eritrean fighters attacked Afabet.", "ASSAULT", "Afabet", "ERI"),
    ("In 1980 Iraqi forces attacked Khorramshahr.", "ASSAULT", "Khorramshahr", "IRQ"),
    ("In 1995 Peruvian troops withdrew from Tiwinza.", "RETREAT", "Tiwinza", "PER"),
    ("Georgian troops shelled Tskhinvali on 7 August 2008.", "ASSAULT", "Tskhinvali", "GEO"),
    ("In May 1982 British commandos raided Pebble Island.", "ASSAULT", "Pebble Island", "GBR"),
]


@pytest.mark.parametrize("text,etype,place,src", PLACES)
def test_a_place_is_no_recipient(pipeline, text, etype, place, src):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    e = events[0]
    assert {p.state for p in e.actors(SOURCE)} == {src}
    assert not [p for p in e.actors(TARGET) if (p.name or p.text) == place]
    assert [p for p in e.actors(OTHER) if (p.name or p.text) == place]


STATES_KEPT = [  # a state or a people named as the object stays the recipient
    ("In August 1990 Iraq invaded Kuwait.", "ASSAULT", "KWT"),
    ("Ethiopian militia fired on an Eritrean patrol on 6 May 1998.", "ASSAULT", "ERI"),
    ("In 1967 Britain opened negotiations with Argentina.", "CONSULT", "ARG"),
]


@pytest.mark.parametrize("text,etype,tgt", STATES_KEPT)
def test_an_actor_stays_the_recipient(pipeline, text, etype, tgt):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    assert tgt in {p.state or p.actor_id for p in events[0].actors(TARGET)}


# --- 2. a phrase pattern names the object, not the recipient ---------------------------------

NO_DYAD = [
    "On 2 May 1982 the British captain led a mission to sink the Argentine cruiser.",
    "In July 2000 the UN Security Council set up a peacekeeping mission.",
    "In March 1964 the Security Council set up a peacekeeping force.",
]


@pytest.mark.parametrize("text", NO_DYAD)
def test_a_phrase_pattern_alone_makes_no_dyad(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("AGREE", "CONSULT")], text


THINGS = [  # (sentence, type, the thing or unnamed people, the doer's state)
    ("March 1988: Eritrean fighters rout the Ethiopian army at Afabet, capturing tanks and artillery.",
     "COERCE", "tanks", "ERI"),
    ("In 1980 Iraq expelled thousands of residents of the border towns.", "COERCE", "residents", "IRQ"),
    ("In August 2008 Russian forces seized weapons and vehicles in Poti.", "COERCE", "weapons", "RUS"),
]


@pytest.mark.parametrize("text,etype,thing,src", THINGS)
def test_a_thing_no_state_owns_is_no_recipient(pipeline, text, etype, thing, src):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    e = events[0]
    assert {p.state for p in e.actors(SOURCE)} == {src}
    assert not [p for p in e.actors(TARGET) if p.text == thing]


def test_people_of_a_country_stay_the_recipient(pipeline):
    events = [e for e in _events(pipeline, "In 1982 the British captured 11,400 Argentine prisoners.")
              if e.type == "ASSAULT"]
    assert events and "ARG" in {p.state for p in events[0].actors(TARGET)}


OWNING_PLACES = [  # a place that owns the recipient acts as a polity: it stays the recipient
    ("Serbia's president refused to meet Kosovo's prime minister in 2023.", "REJECT", "Kosovo"),
    ("In 1993 Azerbaijan accused Karabakh's leaders of provocation.", "ACCUSE", "Karabakh"),
    ("In 1992 Georgia accused Abkhazia's leaders of provocation.", "ACCUSE", "Abkhazia"),
]


@pytest.mark.parametrize("text,etype,place", OWNING_PLACES)
def test_a_place_that_owns_stays_the_recipient(pipeline, text, etype, place):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    # (a place the knowledge base knows as a state - Kosovo, XKX - names its own agent: "Kosovo (prime minister)")
    assert any((p.name or p.text).startswith(place) for p in events[0].actors(TARGET))


ATTACKED_PEOPLE = [  # people attacked are attacked, not criticised, even when someone's
    "In August 1992 Georgian troops attacked Abkhazia's militia.",
    "In 1995 Peru's air force attacked Ecuador's border posts.",
    "In 1988 Iraq's army attacked Iran's forces near Basra.",
]


@pytest.mark.parametrize("text", ATTACKED_PEOPLE)
def test_people_attacked_are_assaulted(pipeline, text):
    events = _events(pipeline, text)
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.summary) for e in events]
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.summary) for e in events]


# --- 3. an act demanded in the subjunctive is asked for, not done ----------------------------

DEMANDED = [  # (sentence, the demanded act's type)
    ("In 1990 the UN demanded that Iraq withdraw from Kuwait.", "RETREAT"),
    ("In 1995 Ecuador demanded that Peru withdraw its troops from the Cenepa.", "RETREAT"),
    ("In 1974 Greece demanded that Turkey withdraw its forces from Cyprus.", "RETREAT"),
]


@pytest.mark.parametrize("text,etype", DEMANDED)
def test_a_demanded_act_is_not_asserted(pipeline, text, etype):
    events = _events(pipeline, text)
    assert [e for e in events if e.type == "REQUEST"], [(e.type, e.summary) for e in events]
    assert not [e for e in events if e.type == etype and e.modality == "asserted"], \
        [(e.type, e.modality, e.summary) for e in events]


def test_a_demanded_act_then_done_is_asserted(pipeline):
    events = _events(pipeline, "In 1990 the UN demanded that Iraq withdraw from Kuwait, and Iraq withdrew in 1991.")
    assert [e for e in events if e.type == "RETREAT" and e.modality == "asserted" and e.date == "1991"]


# --- 4. a seat of government names whose an unnamed organ is ----------------------------------

SEAT_ORGANS = [  # (sentence, the organ's state)
    ("In 1979 the Tehran government expelled the Iraqi ambassador.", "IRN"),
    ("In 1990 the Baghdad government expelled two Iranian diplomats.", "IRQ"),
    ("In 1998 the Asmara government expelled Ethiopian diplomats.", "ERI"),
]


@pytest.mark.parametrize("text,state", SEAT_ORGANS)
def test_a_seat_names_whose_organ_it_is(pipeline, text, state):
    events = [e for e in _events(pipeline, text) if e.type == "SANCTION"]
    assert events, text
    assert {p.state for p in events[0].actors(SOURCE)} == {state}


DOMESTIC_SEATS = [  # a seat of the doer's own state stays beside it (the chronicle keeps one participant per id)
    ("Farmers marched on the National Assembly in Paris to protest against fuel taxes on Tuesday.", "PROTEST", "FRA"),
    ("Thousands of Georgian students protested in Tbilisi in 2007.", "PROTEST", "GEO"),
    ("Kenyan police arrested dozens of protesters in Nairobi on Monday.", "COERCE", "KEN"),
]


@pytest.mark.parametrize("text,etype,state", DOMESTIC_SEATS)
def test_a_domestic_event_keeps_its_country_as_recipient(pipeline, text, etype, state):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    assert {p.state for p in events[0].actors(TARGET)} == {state}


# --- 1b. a name the document itself calls a place is no recipient, whatever the tagger read -----
# (strict sample of session 22: "raid on Mekele", "took Badme", "attacked Hassi Beida" kept a
# place as target in ethiopia, iraniraq, perecuador, codwars and moralg: the tagger reads such
# names as an organisation or a person; the document calls them places elsewhere)

NAMED_PLACES = [  # (text, type, the place)
    ("Fighting began around the border town of Badme. In May 1998 Eritrean troops attacked Badme.",
     "ASSAULT", "Badme"),
    ("The oasis of Bir Zemla lies on the old caravan route. In October 1963 Moroccan troops attacked Bir Zemla.",
     "ASSAULT", "Bir Zemla"),
    ("Skirmishes broke out near Hassi Beida in September 1963. On 8 October 1963 Moroccan forces attacked "
     "Hassi Beida.", "ASSAULT", "Hassi Beida"),
]


@pytest.mark.parametrize("text,etype,place", NAMED_PLACES)
def test_a_name_the_document_calls_a_place(pipeline, text, etype, place):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    assert not [p for e in events for p in e.actors(TARGET) if p.text == place]
    assert [p for e in events for p in e.actors(OTHER) if p.text == place]


@pytest.mark.parametrize("text", [
    "The company Halliburton worked in Basra. In 2004 militiamen attacked Halliburton.",
    "Talks were held in Kuwait in July 1990. In August 1990 Iraq invaded Kuwait.",
])
def test_an_actor_not_called_a_place_stays_the_recipient(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert events and any(e.actors(TARGET) for e in events), text


def test_named_places_reads_place_nouns_and_locative_prepositions(pipeline):
    from chronica.events._places import named_places
    doc = pipeline("The town of Kalabo flooded. Talks were held near Wadi Halfa in 1956. Aid reached "
                   "Kalabo in September 1963.")
    places = named_places(doc)
    assert {"kalabo", "wadi halfa"} <= places
    assert not any("1963" in p or "september" in p for p in places)


def test_an_organisation_after_in_is_no_place(pipeline):
    """A firm after "in" is what a stake or an investment is in, not where something happens
    (the locative reading is for names the tagger calls places or persons)."""
    from chronica.events._places import named_places
    for text, firm in [("Bank of Tokyo has bought a majority stake in Bank of Manila.", "bank of manila"),
                       ("A Gulf fund invested heavily in Harland Shipbuilding in 2009.", "harland shipbuilding"),
                       ("The ministry holds a share in Northern Rail Holdings.", "northern rail holdings")]:
        doc = pipeline(text)
        assert firm not in named_places(doc), text


# --- a state or its leader in or leaving its own capital: the capital is where, not whom -------
# (session 32, modelled on pakafg's closed embassy, ugatan's asylum, chnind's and syrleb's
# departures; our own sentences)

OWN_CAPITAL = [  # (sentence, trigger, the seat, the doer's state)
    ("In May 1999 Ruritania closed the rebel mission in Strelsau.", "closed", "Strelsau", None),
    ("Kenya closed the Somali embassy in Nairobi in 2019.", "closed", "Nairobi", "KEN"),
    ("Tanzanian President Julius Nyerere gave the exiled leader asylum in Dar es Salaam.",
     "gave the exiled leader asylum", "Dar es Salaam", None),
    ("President Xi Jinping left Beijing on Monday for the summit.", "left", "Beijing", "CHN"),
    ("President Hafez al-Assad left Damascus for Geneva in January 1994.", "left", "Damascus", "SYR"),
]


@pytest.mark.parametrize("text,trigger,seat,src", OWN_CAPITAL)
def test_a_principal_in_its_own_capital_does_nothing_to_it(pipeline, text, trigger, seat, src):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    if not events:
        return  # no event at all: nothing coded against the capital either
    e = events[0]
    assert seat not in {p.text for p in e.actors(TARGET)}, [(p.role, p.text) for p in e.participants]
    assert src is None or src in {p.state for p in e.actors(SOURCE)}


OTHERS_IN_A_CAPITAL = [  # rebels taking or attacking the capital act on it; a visit's host stays
    ("The rebels attacked N'Djamena at dawn on Thursday.", "ASSAULT", "TCD"),
    ("Insurgents shelled Kabul in 1994.", "ASSAULT", "AFG"),
    ("The Kenyan president visited Kampala in May.", "CONSULT", "UGA"),
]


@pytest.mark.parametrize("text,etype,tgt", OTHERS_IN_A_CAPITAL)
def test_others_in_a_capital_act_on_its_state(pipeline, text, etype, tgt):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    assert tgt in {p.state for p in events[0].actors(TARGET)}, [(p.role, p.text, p.state) for p in events[0].participants]


# --- places37: a seat of government in a thing's name is no party -------------------------------
# a seat modifying a noun that names no agent ("the Paris award", "the Algiers line", "the
# Rangoon bombing") or the of-phrase of a proper name ("the Protocol of Port of Spain") names where
# the thing was made or happened (modelled on guyven, iraniraq, korkor)

NAMED_THINGS = [  # (sentence, the seat, the state it must not make a recipient)
    ("In 1962 Venezuela declared the Paris award null and void.", "Paris", "FRA"),
    ("In 1990 Iraq accepted the Algiers line it had torn up ten years earlier.", "Algiers", "DZA"),
    ("In 1970 the two governments signed the Protocol of Port of Spain.", "Port of Spain", "TTO"),
    ("In 1983 Seoul condemned the Rangoon bombing.", "Rangoon", "MMR"),
]
#: the act a seat names may be done to it ("the Berlin blockade", "the Tehran raids": see
#: SEATS_STILL_PARTIES), so the rows hold for the events of the sentence's other acts only
_NAMING_ACTS = {"the Rangoon bombing": "ASSAULT"}


@pytest.mark.parametrize("text,seat,state", NAMED_THINGS)
def test_a_seat_in_a_things_name_is_no_recipient(pipeline, text, seat, state):
    events = _events(pipeline, text)
    assert events, text
    skip = {t for name, t in _NAMING_ACTS.items() if name in text}
    for e in events:
        if e.type in skip:
            continue
        assert state not in {p.state or p.actor_id for p in e.actors(TARGET)}, (text, e.type)


SEATS_STILL_PARTIES = [  # an organ a seat modifies, or a seat as the object, is still its state's
    # the coded act itself named after the place it is done to (the lead, session 37: the CI's
    # "Berlin blockade" case; places37's note on korkor's "Blue House raid")
    ("In 1948 Stalin began the Berlin blockade.", "COERCE", TARGET, "DEU"),
    ("North Korean commandos carried out the Seoul raid in January 1968.", "ASSAULT", TARGET, "KOR"),
    ("Iraqi aircraft flew the Tehran raids of 1985 at night.", "ASSAULT", TARGET, "IRN"),
    ("In 1979 the Tehran government expelled the Iraqi ambassador.", "SANCTION", SOURCE, "IRN"),
    ("In March 1984 Iraqi aircraft bombed Tehran.", "ASSAULT", TARGET, "IRN"),
    ("In 1976 Rabat broke off relations with Algiers.", "SANCTION", TARGET, "DZA"),
]


@pytest.mark.parametrize("text,etype,role,state", SEATS_STILL_PARTIES)
def test_a_seat_that_is_a_party_stays(pipeline, text, etype, role, state):
    events = [e for e in _events(pipeline, text) if e.type == etype]
    assert events, text
    assert state in {p.state or p.actor_id for p in events[0].actors(role)}
