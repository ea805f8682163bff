"""Session 69 (prec69): happenings the sentence does not report. Sentences written for these tests (invented facts).

- ``a_pattern_in_the_present_perfect`` (``checks``): a present perfect spread over the time up to now by an adverb
  of scarce occasions ("has hardly met"), bare "since" ("ever since") or "for years", with no date in its own
  clause, tells a pattern of the whole period - no act a source could date (the article's day was its date). A
  present perfect with its own date ("since 1994"), a repeated or long-held act ("has long accused", which a judge
  took as an accusation) or none of these modifiers keeps its event. Dev texts btnnpl, marmrt, moralg, eridji (judges: "a state of affairs, not one happening").
- ``a_possibility_or_a_duty`` and ``a_condition`` (``checks``): a predicate under "could", "might" or "must" ("the aid
  could be cut", "a formula both capitals could accept", "the protocols must now be ratified"), or in a condition
  clause marked "if" or "unless", tells what may or has to happen or a supposition, no act done (it was exported as
  [possible]); "had to" tells the act done, and the warning that tells a possible act keeps its own event. Dev texts
  nldidn, slocro, gbrirl, armtur, ausnzl, sudssd (judges: "possible future requirement, not a happening").
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
    ("The Nordic Council has rarely met since the crisis.", "met"),
]


@pytest.mark.parametrize("text, trigger", PATTERNS, ids=[c[1] for c in PATTERNS])
def test_a_pattern_in_the_present_perfect_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


PATTERNS_KEPT = [
    ("Oslo has accused Helsinki of sheltering smugglers.", "accused"),
    # a repeated or long-held act is told (a judge took "has long accused" as an accusation)
    ("Oslo has long accused Helsinki of sheltering smugglers.", "accused"),
    ("The Finnish ministry has repeatedly denied any role in the raid on the Norwegian consulate.", "denied"),
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


POSSIBLE = [
    ("Marshall aid to Norway could be cut, Washington hinted.", "aid"),
    # was kept as [possible] before session 69 (tests/test_events_checks.py's POWER_KEPT)
    ("Chile could refuse a licence to Danish lorries.", "refuse"),
    ("The Commission tried to find a formula that both Oslo and Helsinki could accept.", "accept"),
    ("The protocols must now be ratified by the parliaments in Oslo and Helsinki.", "ratified"),
    ("The Finnish envoy might call on the Norwegian king next spring.", "call"),
    ("If the rains come early and the rebels launch another offensive against Oslo, Helsinki may close the pipeline.",
     "offensive"),
    ("Norway will remain in the union unless its own parliament consented otherwise.", "consented"),
]


@pytest.mark.parametrize("text, trigger", POSSIBLE, ids=[c[1] for c in POSSIBLE])
def test_a_possibility_a_duty_or_a_condition_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


POSSIBLE_KEPT = [
    # text, trigger, form
    ("Finland warned that it could cut aid to Norway.", "warned", "THREATEN"),
    ("Finland had to withdraw its troops from Norway in 1990.", "withdraw", "RETREAT"),
    ("Finland withdrew its troops from Norway in 1990 because Oslo had asked it to.", "withdrew", "RETREAT"),
]


@pytest.mark.parametrize("text, trigger, form", POSSIBLE_KEPT, ids=[c[1] for c in POSSIBLE_KEPT])
def test_acts_done_and_warnings_stay(full, text, trigger, form):
    events, every = _by_trigger(full, text, trigger)
    assert events and events[0].form == form, _show(every)
