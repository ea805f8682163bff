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
    ("The Zambia African Union was banned in June 1959.", "Zambia African Union", "ZMB", "AU"),
    ("Mr Tembo led the Namibian Congress Party into the 1994 election.", "Namibian Congress Party", "NAM",
     "IND-INC"),
    ("The Chilean Red Cross sent two field hospitals to the border.", "Chilean Red Cross", "CHL", "ICRC"),
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
