"""Session 69 (prec69): happenings the sentence does not report. Sentences written for these tests (invented facts).

- ``a_pattern_in_the_present_perfect`` (``checks``): a present perfect spread over the time up to now by an adverb
  of repetition or span ("has repeatedly denied", "have long accused", "has hardly met"), bare "since" ("ever since")
  or "for years", with no date in its own clause, tells a pattern of the whole period - no act a source could date
  (the article's day was its date). A present perfect with its own date ("since 1994") or none of these modifiers
  keeps its event. Dev texts btnnpl, marmrt, moralg, eridji (judges: "a state of affairs, not one happening").
- ``_named_in_passing`` (``extract``): a doerless happening's noun that is only the object of a preposition of setting
  ("weeks before the April war", "met at the Bergen summit of 1994", "under the 1971 agreement", "after a coup in
  Tromso in 1971") makes no event of its own: the clause tells another act, and the noun with no party was
  exported with none. The noun as the subject of its own clause ("the Bergen summit of 1994 was a failure"), or with a
  verb of its own ("talks that began on 4 May 1992"), keeps it. Dev texts marmrt, egyjor, btnnpl, eridji, malsgp
  (judges: "background mention; no act", "no actors given").
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show as _show

PATTERNS = [
    ("Norway and Finland have blamed each other ever since.", "blamed"),
    ("The Nordic Council has hardly met since, as the envoy said.", "met"),
    ("Norway and Finland have talked for years about a second bridge.", "talked"),
    ("The Finnish ministry has repeatedly denied any role in the raid on the Norwegian consulate.", "denied"),
    ("Oslo has long accused Helsinki of sheltering smugglers.", "accused"),
    ("Chile has always backed Denmark at the United Nations.", "backed"),
]


@pytest.mark.parametrize("text, trigger", PATTERNS, ids=[c[1] for c in PATTERNS])
def test_a_pattern_in_the_present_perfect_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


PATTERNS_KEPT = [
    ("Oslo has accused Helsinki of sheltering smugglers.", "accused"),
    ("Norway has blocked hundreds of Finnish websites since 2020.", "blocked"),
    ("Since May, Finnish border guards have expelled hundreds of Norwegian fishermen.", "expelled"),
    ("Norway and Finland blamed each other in 1990.", "blamed"),
]


@pytest.mark.parametrize("text, trigger", PATTERNS_KEPT, ids=[c[1] for c in PATTERNS_KEPT])
def test_an_act_in_the_present_perfect_stays(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)


PASSING = [
    ("Relations between Chile and Denmark were restored in May 1962, only weeks before the April war.", "war"),
    ("The Chilean and Danish presidents met at the Bergen summit of 1994 and agreed to reopen the border.", "summit"),
    ("Trade between Chile and Denmark rose sharply under the 1971 agreement.", "agreement"),
    ("After a failed coup in Tromso in March 1971, two Norwegian officers were executed.", "coup"),
    ("Members can collect the leaflets about Chile at the March meeting.", "meeting"),
]


@pytest.mark.parametrize("text, trigger", PASSING, ids=[c[1] for c in PASSING])
def test_a_happening_named_in_passing_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


PASSING_KEPT = [
    ("The Bergen summit of 1994 was a failure.", "summit"),
    ("A coup in Tromso in March 1971 brought the Norwegian army to power.", "coup"),
    ("The Chilean and Danish envoys met after four days of talks that began on 4 May 1992.", "talks"),
]


@pytest.mark.parametrize("text, trigger", PASSING_KEPT, ids=[c[1] for c in PASSING_KEPT])
def test_a_happening_told_by_its_own_clause_stays(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
