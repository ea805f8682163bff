"""Session 69 (prec69): happenings the sentence does not report. Sentences written for these tests (invented facts).

- ``a_pattern_in_the_present_perfect`` (``checks``): a present perfect spread over the time up to now by an adverb
  of scarce occasions ("has hardly met") or bare "since" ("ever since"), with no date in its own clause, tells a pattern of the whole period - no act a source could date (the article's day was its date). A
  present perfect with its own date ("since 1994"), "for years", a repeated or long-held act ("has long accused", which a judge
  took as an accusation) or none of these modifiers keeps its event. Dev texts btnnpl, marmrt, mdvind (judges: "a state of affairs, not one happening").
- ``a_condition`` (``checks``): a predicate in a condition clause marked "if" or "unless" (or a verb coordinated with
  its head) is a supposition, no act done (it was exported as [possible]); "as if" compares and is left to the
  modality. Dev texts sudssd, nldidn, gbrirl.
- ``_named_in_passing`` (``extract``): a doerless happening's noun that is only the object of a preposition of setting
  and whose only time is a bare month or season word ("weeks before the April war", "at the March meeting", "to the
  December meeting") makes no event of its own: the clause tells another act, and the noun, dated by the article's
  year, was exported with no party. A noun with a written calendar date ("at the Bergen summit of March 1931",
  "after the shelling of the port in June 1883", "under the 1907 agreement"), as the subject of its
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
    # "since" before the verb is "later": acts done after a time the text gave
    ("In May 1990 Oslo chose the site, and thousands of Norwegian farmers have since protested against Finland.",
     "protested"),
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
    ("Trade between Chile and Denmark rose sharply under the 1907 agreement.", "agreement"),
    ("A coup in Tromso in March 1971 brought the Norwegian army to power.", "coup"),
    ("The Chilean and Danish envoys met after four days of talks that began on 4 May 1992.", "talks"),
]


@pytest.mark.parametrize("text, trigger", PASSING_KEPT, ids=[c[1] for c in PASSING_KEPT])
def test_a_happening_told_by_its_own_clause_stays(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)


CONDITIONS = [
    ("If the harvest fails and the insurgents mount a fresh offensive against Oslo, Helsinki may shut the pipeline.",
     "offensive"),
    ("Norway will remain in the union unless its own parliament consented otherwise.", "consented"),
    ("If Finland accepts 9 March 1911 as the date of its founding, then Norway owes it an apology.", "accepts"),
]


@pytest.mark.parametrize("text, trigger", CONDITIONS, ids=[c[1] for c in CONDITIONS])
def test_a_condition_is_no_event(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert not events, _show(every)


CONDITIONS_KEPT = [
    # text, trigger, form
    ("Finland withdrew its troops from Norway in 1990 because Oslo had asked it to.", "withdrew", "RETREAT"),
    ("Norway acted as if Finland had invaded it.", "invaded", "INVADE"),
    ("When Finland invaded Norway in 1990, Sweden protested.", "invaded", "INVADE"),
]


@pytest.mark.parametrize("text, trigger, form", CONDITIONS_KEPT, ids=[c[1] for c in CONDITIONS_KEPT])
def test_acts_outside_a_condition_stay(full, text, trigger, form):
    events, every = _by_trigger(full, text, trigger)
    assert events and events[0].form == form, _show(every)
