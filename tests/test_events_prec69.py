"""Session 69 (prec69): happenings the sentence does not report. Sentences written for these tests (invented facts).

- ``a_pattern_in_the_present_perfect`` (``checks``): a present perfect spread over the time up to now by an adverb
  of scarce occasions ("has hardly met") or bare "since" ("ever since"), with no date in its own clause, tells a pattern of the whole period - no act a source could date (the article's day was its date). A
  present perfect with its own date ("since 1994"), "for years", a repeated or long-held act ("has long accused", which a judge
  took as an accusation) or none of these modifiers keeps its event. Dev texts btnnpl, marmrt, mdvind (judges: "a state of affairs, not one happening").
- ``a_possibility_or_a_duty`` and ``a_condition`` (``checks``): a predicate under "could", "might" or "must" ("the aid
  could be cut", "a wording both capitals could accept", "the accord still must be approved"), or in a condition
  clause marked "if" or "unless", tells what may or has to happen or a supposition, no act done (it was exported as
  [possible]); "had to" tells the act done, and the warning that tells a possible act keeps its own event. Dev texts
  nldidn, slocro, gbrirl, armtur, ausnzl, sudssd (judges: "possible future requirement, not a happening").
- ``_named_in_passing`` (``extract``): a doerless happening's noun that is only the object of a preposition of setting
  and whose only time is a bare month or season word ("weeks before the April war", "at the March meeting", "to the
  December meeting") makes no event of its own: the clause tells another act, and the noun, dated by the article's
  year, was exported with no party. A noun with a written calendar date ("at the Bergen summit of January 1994",
  "after the shelling of the port in July 1977", "under the 1971 agreement": gold events), as the subject of its
  own clause, or with a verb of its own ("talks that began on 4 May 1992"), keeps it. Dev texts marmrt, egyjor,
  egyeth (judges: "background mention; no act", "club meeting, not a political happening").
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show as _show

PATTERNS = [
    ("Norway and Finland have blamed one another ever since.", "blamed"),
    ("The Nordic Council has hardly met since, as the envoy said.", "met"),
    ("The Nordic Council has rarely met since the crisis.", "met"),
]


@pytest.mark.parametrize("text, trigger", PATTERNS, ids=[c[1] for c in PATTERNS])
def test_a_pattern_in_the_present_perfect_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


PATTERNS_KEPT = [
    # "for years": a source may date talks by the span it gives (a gold event did)
    ("Norway and Finland have talked for years about a second bridge.", "talked"),
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
    ("Relations between Chile and Denmark were restored in May, only weeks before the April war.", "war"),
    ("Members can collect the leaflets about Chile at the March meeting.", "meeting"),
    ("The Danish envoy stayed in Santiago from late August to the December meeting.", "meeting"),
]


@pytest.mark.parametrize("text, trigger", PASSING, ids=[c[1] for c in PASSING])
def test_a_happening_named_in_passing_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


PASSING_KEPT = [
    ("The Bergen summit of 1994 was a failure.", "summit"),
    ("Trade between Chile and Denmark rose sharply under the 1971 agreement.", "agreement"),
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
    ("The mediators looked for a wording that Oslo as well as Helsinki could accept.", "accept"),
    ("The fishing accord still must be approved by the Norwegian and Finnish parliaments.", "approved"),
    ("The Finnish envoy might call on the Norwegian king next spring.", "call"),
    ("If the harvest fails and the insurgents mount a fresh offensive against Oslo, Helsinki may shut the pipeline.",
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
    # a negated "could" tells a failure; a conjunct's own verb is not under another verb's modal
    ("By early 1992 the councils of Norway and Finland could not agree on a treaty.", "agree", "AGREE"),
    ("Finnish soldiers looted everything they could carry and blew up the Oslo bridge in 1990.", "blew", "ASSAULT"),
    ("Finland withdrew its troops from Norway in 1990 because Oslo had asked it to.", "withdrew", "RETREAT"),
]


@pytest.mark.parametrize("text, trigger, form", POSSIBLE_KEPT, ids=[c[1] for c in POSSIBLE_KEPT])
def test_acts_done_and_warnings_stay(full, text, trigger, form):
    events, every = _by_trigger(full, text, trigger)
    assert events and events[0].form == form, _show(every)
