"""Session 68 (prec68): a standing "never" is no happening. Sentences written for these tests (invented facts).

- ``never_in_the_present_perfect`` (``checks``): a verb negated by "never" in the present perfect with no time in its
  own clause ("the two states have never fought each other") tells a standing state up to now, no act a source could
  date: no event, negated or not; a conjunct sharing its auxiliary and "never" goes with it. A negated act the verb
  dictionary codes as a refusal ("has never accepted the plan": REJECT) stays. The past perfect ("until
  1990 it had never fired a shot"), a dated clause and a conjunct of its own ("but it accepted the term in 1990") keep
  their events. Dev texts egyjor, armtur, srbkos, isrlbn (a judge read "have never fought each other" as no happening:
  issue 9).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show as _show

STANDING = [
    ("Norway and Finland have never fought each other.", "fought"),
    ("No, Iceland has never apologized or conceded the point.", "apologized"),
    ("No, Iceland has never apologized or conceded the point.", "conceded"),
    ("Norway and Finland, which have never fought a war, met in Oslo in 1990.", "fought"),
    # parties that never agreed between themselves: no refusal of either, a standing state
    ('Claim 3: "Oslo and Helsinki have never agreed on anything"', "agreed"),
]


@pytest.mark.parametrize("text, trigger", STANDING, ids=[c[1] for c in STANDING])
def test_never_in_the_present_perfect_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


KEPT = [
    # text, trigger, modality
    ("Until 2015 Norway had never fired a single shot at Sweden.", "fired", "negated"),
    ("Iceland has never apologized, but it accepted the term in 1990.", "accepted", "asserted"),
    ("Norway and Finland fought each other in 1808.", "fought", "asserted"),
    # the dictionary's "NEVER * [120]" of ACCEPT: a refusal, coded REJECT
    ("Finland has never accepted the Swedish plan.", "accepted", "refused"),
    ("Norway and Finland have never settled their quarrel, but in 1951 the two agreed on the fishing zones.",
     "agreed", "asserted"),
]


@pytest.mark.parametrize("text, trigger, modality", KEPT, ids=[c[1] for c in KEPT])
def test_past_perfect_and_dated_clauses_keep_their_events(full, text, trigger, modality):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].modality == modality, _show(events)
