"""The parties of a stance told with its recipient left implied (session 60, issue 9 "roles").

Two readings added to ``_targets.protested_party``:

* ``state_organ``: a foreign ministry, a government office, a court whose state its own phrase names
  ("the Swiss foreign ministry", "Switzerland's foreign ministry") speaks for that state; before, any agent
  doer stopped the rule (a rebel group's or a sector's word is no state's). On the dev set such
  rejections were exported with no recipient (colper, mdarus, egysau).
* ``ALLEGATION_CODINGS``: an accusation (PLOVER ACCUSE allege, "formally or informally accuse") told
  with no one at all in a recipient's place ("accused its neighbour of ...", "made the same accusation
  in return") is made against the other of the document's two main states, by ``pair_recipient``'s
  reading (no third state in its sentence); a charge a court or a prosecutor brings, or one naming
  those charged, is left alone (benner, kenuga).

Sentences are invented for these tests (other names, places and dates than the dev texts).
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _of(evs, etype, trigger_word):
    found = [e for e in evs if e.type == etype and trigger_word in e.trigger]
    assert found, [(e.type, e.trigger) for e in evs]
    return found[0]


def _targets(e):
    return {p.name for p in e.participants if p.role == "target"}


ORGANS = [
    # a foreign ministry with its state as its modifier
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Togo built a customs post on the road. "
     "The Ghanaian foreign ministry rejected the claim.", "REJECT", "rejected", {"Togo"}),
    # the state as its possessive
    ("Austria and Switzerland have quarrelled over the coast for decades. In 1994 Austria moved a buoy off the "
     "islet. Switzerland's foreign ministry rejected the survey the same week.", "REJECT", "rejected", {"Austria"}),
    # a ministry with no state of its own phrase: the state is only guessed from context, no rule
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Togo built a customs post on the road. "
     "The ministry rejected the claim.", "REJECT", "rejected", set()),
]


@pytest.mark.parametrize("text,etype,trigger,want", ORGANS)
def test_state_organ_speaks_for_its_state(run, text, etype, trigger, want):
    e = _of(run(text), etype, trigger)
    assert _targets(e) == want
    assert ("protested_party" in e.checks) == bool(want)


ALLEGATIONS = [
    # the accused is the doer's neighbour, no name told
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Accra accused its neighbour of sheltering "
     "smugglers.", "accused", {"Togo"}),
    # blame laid on the neighbour, the other side's act told before it
    ("Austria and Switzerland quarrelled over the coast in the 1990s. In 1996 a Swiss patrol boat sank. "
     "Bern blamed its neighbour for the loss.", "blamed", {"Austria"}),
    # one rival, no name told
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Togo closed the road. Accra accused its "
     "rival of starving the border towns.", "accused", {"Togo"}),
    # many neighbours: not the one other state
    ("Austria and Switzerland quarrelled over the coast in the 1990s. In 1996 Bern accused its neighbours of "
     "spying.", "accused", set()),
    # the accused told as no actor: those sued, not the other state
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Ghana sued two traders for smuggling.",
     "sued", set()),
    # a third state told in the sentence: it may be the one accused, no rule
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Accra accused its neighbour of letting "
     "smugglers cross from Burkina Faso.", "accused", set()),
]


@pytest.mark.parametrize("text,trigger,want", ALLEGATIONS)
def test_allegation_against_the_other_of_the_pair(run, text, trigger, want):
    e = _of(run(text), "ACCUSE", trigger)
    assert _targets(e) == want
    assert ("protested_party" in e.checks) == bool(want)
