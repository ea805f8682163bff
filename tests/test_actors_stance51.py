"""A state named after "pro-" is a stance, not an actor (session 51, actors51).

"pro-Russian separatists", "pro-Indonesian parties", "a pro-British party": the demonym says whom a
group supports, not whose it is; read as the state it made the group that state's agent (the
kin-state error the blind judges of session 50 saw). Dev texts with the shape: estrus ("pro-Kremlin"),
idntls, prtind, gbrirl, iraniraq. ``resolve.Resolver`` leaves such a state out of the mentions (and
so out of the context that gives an agent its country). "anti-" keeps its state: "anti-French
demonstrations" are against France (the events stage makes it the recipient). The sentences here
are our own.
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: resolve_mentions(nlp(text), date="2001-01-01", nlp=nlp)


@pytest.mark.parametrize("text, stance", [
    ("Pro-Russian separatists blocked the road to the airport.", "RUS"),
    ("The pro-Indonesian parties boycotted the assembly in 1981.", "IDN"),
    ("The pro-Kremlin youth group picketed the embassy for a week.", "RUS"),
])
def test_stance_is_no_actor(run, text, stance):
    ms = run(text)
    assert all(stance not in (m.actor_ids or ()) and (m.country or "") != stance for m in ms), \
        [(m.text, m.actor_ids, m.country) for m in ms]


@pytest.mark.parametrize("text, state", [  # no prefix, or "anti-": the state stays a mention
    ("Russian separatists blocked the road to the airport.", "RUS"),
    ("The Indonesian parties boycotted the assembly in 1981.", "IDN"),
    ("An anti-American crowd gathered outside the consulate.", "USA"),
])
def test_plain_demonym_stays(run, text, state):
    ms = run(text)
    assert any(state in (m.actor_ids or ()) for m in ms), [(m.text, m.actor_ids) for m in ms]
