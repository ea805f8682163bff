"""Session 68 (prec68): the possessor of a noun of undergoing. Sentences written for these tests (invented people,
events and dates).

- ``possessor_undergoes`` (``extract._undergoer``): the possessor of a noun of undergoing (``UNDERGONE_NOUNS``:
  murder, arrest, detention, overthrow, expulsion, deportation ...) is the one it is done to - the event's
  recipient, not its doer - when it is a person ("his", a person's name, or a name the actors stage resolved to
  no state, body or group: a person the tagger took for a place or a firm) and the noun has no "of" object; with
  an "of" object the possessor does it ("the junta's arrest of the mayor"). A state or body possessor does it,
  unless a from-phrase says what it was put out of ("Iceland's expulsion from the league"). Dev texts egysdn,
  hunrou, itallby, sengnb (the judges read "X's detention" with X as the one detaining: issue 9).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show as _show

UNDERGONE = [
    # text, trigger, the possessor's words (now the recipient)
    ("The pamphlet tells of Tomas Ravelli's detention in Oslo after 1961.", "detention", "Ravelli"),
    ("Only after Ardan Kossuvic's murder in Vaduz did the two ministers meet.", "murder", "Kossuvic"),
    ("Little of the reform survived Orvald Brekke's overthrow in April 1983.", "overthrow", "Brekke"),
    ("The photograph of Halvard Mersk's arrest was printed in every paper in 1977.", "arrest", "Mersk"),
    ("Iceland's expulsion from the league followed in 1979.", "expulsion", "Iceland"),
]


@pytest.mark.parametrize("text, trigger, words", UNDERGONE, ids=[c[1] for c in UNDERGONE])
def test_possessor_of_an_undergoing_is_its_recipient(full, text, trigger, words):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert any(words in p.text for p in e.actors("target")), _show(events)
    assert not any(words in p.text for p in e.actors("source")), _show(events)


DONE = [
    # text, trigger, the possessor's words (still the doer)
    ("The court held that Norway's expulsion of the envoy in 1984 broke the treaty.", "expulsion", "Norway"),
    ("The junta's arrest of the mayor in May 1975 shocked the capital.", "arrest", "junta"),
    ("Orvald Brekke's visit to Reykjavik in 1983 ended the quarrel.", "visit", "Brekke"),
    ("Iceland's seizure of the trawler in 1976 was called a police operation.", "seizure", "Iceland"),
]


@pytest.mark.parametrize("text, trigger, words", DONE, ids=[c[1] for c in DONE])
def test_possessor_that_does_it_stays_its_doer(full, text, trigger, words):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert any(words in p.text for p in e.actors("source")), _show(events)

