"""A state's name written into a body's name makes that state's own body (session 54, actors54).

"the Kenya African Union" is no African Union, "the Basotho Congress Party" no Indian National
Congress, "the Lebanese Red Cross" no International Committee of the Red Cross: the knowledge base
knows the shorter name of an international body or of another state's party, and the longest-match
naming took it, leaving the state a mention of its own beside the wrong body (the blind judges of
session 53 failed such an event on its actors; dev texts with the shape: gbrken, lsozaf, dnkdeu,
isrlbn). ``resolve.Resolver._national_bodies`` makes the whole name one unresolved organisation of
that state (its ``country``). A body of the state's own ("the Soviet Red Army", "the British Labour
Party"), a one-word body ("the Swedish EU presidency") and a name the KB knows whole stay as they
were. The sentences, names and dates here are our own.
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: resolve_mentions(nlp(text), date="1960-01-01", nlp=nlp)


@pytest.mark.parametrize("text, name, state, not_body", [
    ("The Zambia African Union was banned in June 1962.", "Zambia African Union", "ZMB", "AU"),
    ("Mr Tembo led the Namibian Congress Party into the 1994 election.", "Namibian Congress Party", "NAM",
     "IND-INC"),
    ("The Icelandic Red Cross sent two field hospitals to the border.", "Icelandic Red Cross", "ISL", "ICRC"),
    ("Kamau, president of the Malawi African Union, was arrested in 1958.", "Malawi African Union", "MWI", "AU"),
])
def test_state_in_body_name_is_its_body(run, text, name, state, not_body):
    ms = run(text)
    assert any(m.name == name and m.country == state and m.actor_id is None for m in ms), \
        [(m.text, m.actor_id, m.country) for m in ms]
    assert all(not_body not in (m.actor_ids or ()) for m in ms), [(m.text, m.actor_ids) for m in ms]


@pytest.mark.parametrize("text, body", [
    ("The Soviet Red Army entered the capital in 1945.", "SUN-ARMY"),  # the state's own body
    ("The British Labour Party won the 1966 election.", "GBR-LAB"),
    ("The Swedish EU presidency ended in December.", "EU"),  # a one-word body
    ("The Indian National Congress met at Lahore.", "IND-INC"),  # the KB knows the whole name
    ("The African Union sent observers to the election.", "AU"),  # no state before it
])
def test_body_stays(run, text, body):
    ms = run(text)
    assert any(body in (m.actor_ids or ()) for m in ms), [(m.text, m.actor_ids) for m in ms]


# ------------------------------------------------------------ a crowd is a party (agents_extra: crowd, crowds)
# "Police fired on the crowd", "a crowd stormed the embassy": Phoenix has "mob" (~CVL) but no "crowd", so the
# crowd fired on was no recipient and the crowd storming an embassy no doer (dev texts: gbrken, hunrou,
# pakafg, gbrirl). Our own sentences.
from chronica.events.model import SOURCE, TARGET  # noqa: E402
from event_cases import events_of, show, states  # noqa: E402

CROWD_CASES = [  # (text, trigger, the role the crowd plays, the state it or the other party has, or None)
    ("Zambian police opened fire on the crowd in Ndola on 3 May 1961.", "opened fire", TARGET, None),
    ("Zambian soldiers fired on the crowds outside the palace in 1957.", "fired", TARGET, None),
    ("On 2 May 1978 a crowd in Lusaka burned the Portuguese embassy.", "burned", SOURCE, "ZMB"),
]


@pytest.mark.parametrize("text,trigger,role,state", CROWD_CASES)
def test_crowd_is_a_party(pipeline, text, trigger, role, state):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    crowd = [p for p in found[0].actors(role) if p.text.startswith("crowd")]
    assert crowd, show(found)
    assert state is None or state in states(found[0], role), show(found)
