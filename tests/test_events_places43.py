"""Who did it and to whom, round 43 (chronica/events/_places.py).

``seat_is_its_state``: a seat of government that does the act stands for its state, as the
Phoenix country dictionary files the capital under its country ("Zagreb rejected the award":
Croatia). Our own sentences of the shape of dev texts slocro (the capital rejected an award),
rwacod (the capital rejected a plan), estrus (the capital accused its neighbour), moralg (the
capital closed the border), egyeth (two capitals concluded an agreement).

``place_by_verb``: a name no actor answers to that is taken, left or withdrawn from is a place,
not the act's target, whatever the tagger labels it. Our own sentences of the shape of dev texts
rwacod (rebels had taken a town), dnkdeu (troops had taken an island), isrsyr (withdrew from a
village), gbrirl (the last troops left a harbour), ugatan (forces will leave a district).
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show, states

SEATS = [  # (text, trigger, the doer's state, the seat's name that must not be left)
    ("Zagreb has rejected the ruling as biased and refuses to apply it.", "rejected", "HRV", "Zagreb"),
    ("Kigali rejected the plan angrily.", "rejected", "RWA", "Kigali"),
    ("Moscow accused Riga of mistreating its Russian speakers.", "accused", "RUS", "Moscow"),
    ("Rabat also closed the land border in 1994.", "closed", "MAR", "Rabat"),
    ("Cairo and Khartoum concluded a water agreement in 1959.", "concluded", "EGY", "Cairo"),
]


@pytest.mark.parametrize("text,trigger,state,seat", SEATS)
def test_a_seat_that_acts_is_its_state(pipeline, text, trigger, state, seat):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    sources = events[0].actors(SOURCE)
    assert state in {p.actor_id for p in sources}, show(events)
    assert all((p.name or p.text) != seat and not (p.actor_id or "").startswith("seat:") for p in sources), show(events)


SEAT_NAMES = [  # a seat in a thing's name or where the act goes stays no doer
    ("Egypt and Sudan signed the Khartoum protocol in 1959.", "signed", "seat:khartoum"),
    ("Cyrus Vance shuttled between Amman and Damascus in the spring of 1977.", "shuttled", "SYR"),
]


@pytest.mark.parametrize("text,trigger,seat", SEAT_NAMES)
def test_a_seat_in_a_name_is_no_doer(pipeline, text, trigger, seat):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    assert seat not in {p.actor_id for p in events[0].actors(SOURCE)} | states(events[0], SOURCE), show(events)


PLACES = [  # (text, trigger, the doer's state or None, the place)
    ("By the end of March the rebels had taken Kamituga as well.", "taken", None, "Kamituga"),
    ("The Soviet soldiers who had taken Gotland left the island in 1947.", "taken", "SUN", "Gotland"),
    ("Syria withdrew from Kfar Tavor and the other pockets it held.", "withdrew", "SYR", "Kfar Tavor"),
    ("The last French troops left Mers Kebir that summer.", "left", "FRA", "Mers Kebir"),
    ("Museveni says his forces will leave Kasese within days.", "leave", "UGA", "Kasese"),
]


@pytest.mark.parametrize("text,trigger,state,place", PLACES)
def test_a_place_taken_or_left_is_no_target(pipeline, text, trigger, state, place):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    event = events[0]
    assert place not in {p.name or p.text for p in event.actors(TARGET)}, show(events)
    assert state is None or state in states(event, SOURCE), show(events)


PEOPLE = [  # a person or a known actor after the same verbs stays the target
    ("The Danish forces in Norway surrendered to General Thorne in 2031.", "surrendered", "Thorne"),  # the title stands before the name (title_inside_a_name)
    ("Chile withdrew from Kuwait in February 2031.", "withdrew", "KWT"),
    ("Auckland police arrested Prieur on 12 July.", "arrested", "Prieur"),
    ("Ugandan troops occupied Tanzania's north in October 2031.", "occupied", "TZA"),
]


@pytest.mark.parametrize("text,trigger,target", PEOPLE)
def test_people_and_states_stay_targets(pipeline, text, trigger, target):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    assert target in {p.actor_id or p.name or p.text for p in events[0].actors(TARGET)} | states(
        events[0], TARGET), show(events)
