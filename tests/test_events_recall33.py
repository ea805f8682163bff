"""Recall of events whose doer or happening the clause tells in another shape (issue 9, session 33):
a cleft sentence's focus is the doer of its clause (``extract.cleft_focus``: "It was X that
started the war"), and a noun of an act with no doer named that is the subject of a verb of
taking place or beginning is that happening's occurrence ("the second rebellion started in 1983":
``extract._occurrence``, ``BEGUN_HAPPENING``). Every sentence here is our own, each table from at
least three different imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from event_cases import show as _show


def _events(nlp, text):
    return extract_events(nlp(text))


# a cleft's focus does the clause: "It was X that/who V ..."
@pytest.mark.parametrize("text, trigger, source, date", [
    ("It was Peru that invaded Ecuador in July 1941.", "invaded", "PER", "1941-07"),
    ("It was Russia who started the war in August 2008.", "started the war", "RUS", "2008-08"),
    # a parenthesis between focus and clause: the parser hangs the clause on its verb
    ("It was Bolivian artillery, La Paz insisted then, that opened fire first on 4 June 1932.", "opened fire",
     "BOL", "1932-06-04"),
])
def test_recall33_cleft_focus_is_the_doer(full, text, trigger, source, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert [p.actor_id for p in events[0].participants if p.role == "source"] == [source], _show(events)
    assert (events[0].date or "") == date, _show(events)


# the focus of a passive cleft is what was acted on
def test_recall33_cleft_focus_of_a_passive_is_the_patient(full):
    events = [e for e in _events(full, "It was Paraguay that was attacked first, in June 1932.") if e.trigger == "attacked"]
    assert events and [p.actor_id for p in events[0].participants] == ["PRY"], _show(events)


# controls: no noun focus ("it was clear that", "it was in July 1941 that") and a true relative
# clause keep their own subjects
@pytest.mark.parametrize("text, trigger, source", [
    ("It was clear that Peru invaded Ecuador in July 1941.", "invaded", "PER"),
    ("It was in July 1941 that Peru invaded Ecuador.", "invaded", "PER"),
    ("The soldiers that Chile sent to Bolivia in 1962 came home a year later.", "sent", "CHL"),
])
def test_recall33_no_cleft_keeps_its_subject(full, text, trigger, source):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert [p.actor_id for p in events[0].participants if p.role == "source"] == [source], _show(events)


# only the first relative subject after the focus is the cleft's clause: a later "which" is the
# relative of its own noun (the accord promised, not the focus)
def test_recall33_later_relative_is_not_the_focus(full):
    text = ("It was Lima that brokered the Border Charter proclaimed by President Ortiz last March, "
            "which promised farmers an equal share of land.")
    events = [e for e in _events(full, text) if e.trigger == "promised"]
    assert not any(p.role == "source" and "Lima" in (p.name or p.text or "") for e in events for p in e.participants), \
        _show(events)


# a noun of an act with no doer, subject of a verb of beginning or taking place with a date of its own
@pytest.mark.parametrize("text, trigger, date", [
    ("The second rebellion started in 1983, led by a front of exiles from the south.", "started", "1983"),
    ("After the army returned, mass deportations followed in March 1949.", "followed", "1949-03"),
    ("The blockade started on 2 June 1967 and lasted a year.", "started", "1967-06-02"),
])
def test_recall33_begun_happening_is_its_occurrence(full, text, trigger, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert events[0].type == "OTHER" and not events[0].participants, _show(events)
    assert (events[0].date or "") == date, _show(events)


# controls: a thing that begins is no happening; a negated beginning; an act coded with its
# parties is not told twice
@pytest.mark.parametrize("text, trigger", [
    ("The school year began in September 2019.", "began"),
    ("The construction season started in March 2012.", "started"),
    ("The war did not begin in 1980.", "begin"),
    ("The meeting began at 10:05 a.m.", "began"),  # a time of day dates no happening's start
    ("The talks between Peru and Chile began in Lima in August 1988.", "began"),
])
def test_recall33_no_occurrence_of_a_thing_or_a_coded_act(full, text, trigger):
    assert not [e for e in _events(full, text) if e.trigger == trigger], _show(_events(full, text))
