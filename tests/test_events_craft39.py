"""A named craft is a thing, not an actor (issue 9, round 39: rule ``a_craft_is_no_actor``,
``_actors.named_craft``). Blind judging found things coded as actors; in half A of the dev set the
names of ships stand as doers or recipients in four stories (grctur "the Turkish survey ship Hora",
"the Turkish frigate Kemal Reis"; korkor "the Cheonan, a South Korean corvette"; guyven "the Teknik
Perdana, a survey ship"; codwars "the frigate HMS Falmouth"). The craft's noun is the ontology's
(WARSHIPS, VEHICLES, ARMS), right before the name or in apposition to it; the state its own
modifiers name acts or is acted on through it, and with no owner said the name is no recipient.
A doer's craft no one owns stays the doer (its event would lose its place otherwise)."""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show, states


def _event(pipeline, text, trigger):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    return events[0]


OWNED = [  # (sentence, trigger, role, the owner state, the craft's name that must not stand)
    ("In July 1974 the Turkish frigate Yavuz shelled the coast near Kyrenia.", "shelled", SOURCE, "TUR", "Yavuz"),
    ("The Turkish research vessel Piri Reis entered Greek waters in August 1996.", "entered", SOURCE, "TUR", "Piri Reis"),
    ("The Baekdu, a North Korean gunboat, opened fire on the fishing fleet in June 1999.", "opened fire", SOURCE, "PRK",
     "Baekdu"),
    ("On 12 July the Libyan airliner Sahara was shot down by Israeli fighters.", "shot down", TARGET, "LBY", "Sahara"),
    ("In May 1973 the Icelandic gunboat Ódinn fired on the British trawler Everton.", "fired", SOURCE, "ISL", "Ódinn"),
]


@pytest.mark.parametrize("text,trigger,role,state,craft", OWNED)
def test_an_owned_craft_acts_for_its_state(pipeline, text, trigger, role, state, craft):
    e = _event(pipeline, text, trigger)
    assert state in states(e, role), show([e])
    assert not any(p.actor_id is None and craft in p.text for p in e.actors(role)), show([e])


UNOWNED = [  # (sentence, trigger, the craft that is no recipient)
    ("Venezuela's navy seized the Sea Dragon, a survey vessel, in October 2013.", "seized", "Sea Dragon"),
    ("On 3 June 1988 Iraqi jets attacked the tanker Golden Star near Kharg Island.", "attacked", "Golden Star"),
    ("Argentine aircraft struck the frigate Ardent in San Carlos Water on 21 May 1982.", "struck", "Ardent"),
]


@pytest.mark.parametrize("text,trigger,craft", UNOWNED)
def test_a_craft_no_one_owns_is_no_recipient(pipeline, text, trigger, craft):
    e = _event(pipeline, text, trigger)
    assert not any(craft in p.text for p in e.actors(TARGET)), show([e])


KEPT = [  # a doer's craft no one owns stays the doer
    ("On 6 May 1976 the frigate Scylla rammed an Icelandic patrol vessel.", "rammed", SOURCE, "Scylla"),
    ("In 2019 the patrol ship HMS Clyde visited Montevideo.", "visited", SOURCE, "HMS Clyde"),
]


@pytest.mark.parametrize("text,trigger,role,who", KEPT)
def test_others_stay(pipeline, text, trigger, role, who):
    e = _event(pipeline, text, trigger)
    assert any(who in p.text for p in e.actors(role)), show([e])


VERBS = [  # a verb of arms before a name is no craft's noun ("bombed Bentiu" names no bomb)
    ("On 12 May Sudanese aircraft bombed Kauda.", "bombed", "Kauda"),
    ("In June 1967 Israeli jets shelled Kuneitra.", "shelled", "Kuneitra"),
    ("On 5 June 1998 Ethiopian jets bombed Adigrat.", "bombed", "Adigrat"),
]


@pytest.mark.parametrize("text,trigger,place", VERBS)
def test_a_verb_of_arms_names_no_craft(pipeline, text, trigger, place):
    e = _event(pipeline, text, trigger)
    assert not any(p.name and p.name.endswith(("(bomb)", "(shell)", "(rocket)")) for p in e.participants), show([e])
    assert any(place in p.text for p in e.participants), show([e])  # the place is not swallowed as the doer's bomb
