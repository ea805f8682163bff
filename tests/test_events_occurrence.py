"""A happening told by its own noun as the subject of a verb of taking place, coming into effect
or being carried out, dated by its clause, with no actor named: OTHER with its predicate
(``extract._occurrence``). The constructions come from the dev texts (a reservoir's fillings
that "happened", "followed" and "were completed" in two texts, a federation that "came into force"
in three, a pipeline that "went into operation", hearings and negotiating rounds that "were held");
the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, summary, date", [
    ("The second enlargement of the canal followed in May 1987.", "second enlargement of the canal followed", "1987-05"),
    ("The first flooding of the valley happened in June 1971.", "first flooding of the valley happened", "1971-06"),
    ("The third phase of the bridge was completed in October 2004.", "third phase of the bridge was completed", "2004-10"),
    ("The customs union came into force on 1 July 1968.", "customs union came into force", "1968-07-01"),
    ("The new railway went into operation in 1932.", "new railway went into operation", "1932"),
    ("The technical sessions were held in March 1995.", "technical sessions were held", "1995-03"),
    ("The census took place in April 1961.", "census took place", "1961-04"),
])
def test_an_occurrence_told_by_its_noun_is_a_dated_happening(pipeline, text, summary, date):
    events = events_of(pipeline, text)
    others = [e for e in events if e.type == "OTHER"]
    assert len(others) == 1, show(events)
    event = others[0]
    assert not event.participants, show(events)
    assert event.date == date and event.intensity == 0
    assert "_occurrence" in event.checks
    assert summary.split()[-1] in event.summary and summary.split()[0].lower() in event.summary.lower(), event.summary


@pytest.mark.parametrize("text", [
    "The second enlargement of the canal followed.",                 # no date: nothing on a timeline
    "The third phase of the bridge was not completed in 2004.",      # negated
    "No census took place in 1961.",                                 # "no" census
    "Thousands of mourners followed the coffin in 1990.",            # "follow" with an object: no occurrence
    "The bridge was completed by Italian engineers in 2004.",        # its doer is told: not this rule's
    "It happened in June 1971.",                                     # a pronoun names no happening
    "The population followed in 1990.",                              # a figure, not a happening
])
def test_no_occurrence_without_its_own_noun_date_or_verb(pipeline, text):
    events = events_of(pipeline, text)
    assert not [e for e in events if "_occurrence" in e.checks], show(events)


def test_a_named_subject_keeps_its_own_predicate_event(pipeline):
    """A named doer is the existing OTHER rule's case: the occurrence rule leaves it alone."""
    events = events_of(pipeline, "Ireland held a referendum on 2 October 2009.")
    assert [e.subtype for e in events if e.type == "OTHER"] == ["hold"], show(events)
    assert not [e for e in events if "_occurrence" in e.checks], show(events)


def test_an_accord_that_came_into_force_is_not_told_twice(pipeline):
    """"The ceasefire came into force": the accord is the event (``_accords``), not a second OTHER."""
    events = events_of(pipeline, "The ceasefire came into force on 2 November 1963.")
    assert [e.type for e in events] == ["RETREAT"], show(events)


# "<state> became independent": the constructions of three dev texts ("X becomes independent from
# Britain", "X became independent on <date> after ... war against France", "upon attaining
# independence on <date>"), our own sentences
@pytest.mark.parametrize("text, state, date", [
    ("Malta became independent on 21 September 1964.", "MLT", "1964-09-21"),
    ("On 1 October 1960 Nigeria becomes independent from Britain after decades of colonial rule.", "NGA", "1960-10-01"),
    ("Jamaica joined the Commonwealth upon attaining independence on 6 August 1962.", "JAM", "1962-08-06"),
    ("Tunisia achieved independence from France in March 1956.", "TUN", "1956-03"),
])
def test_a_state_that_became_independent_is_founded(pipeline, text, state, date):
    events = [e for e in events_of(pipeline, text) if e.form == "FOUND_STATE"]
    assert len(events) == 1, show(events_of(pipeline, text))
    assert {p.state or p.actor_id for p in events[0].actors("source")} == {state}
    assert events[0].date == date


@pytest.mark.parametrize("text", [
    "The central bank became independent in 1998.",       # a body, no polity
    "Her son became independent after college.",          # a person
])
def test_independence_of_no_polity_founds_no_state(pipeline, text):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.form == "FOUND_STATE"], show(events)


def test_an_occurrence_whose_date_went_to_another_verb_is_left_out(pipeline):
    """"elections took place in 1960: X was elected": the date is the election's; the taking place,
    left undated, is no entry of its own."""
    events = events_of(pipeline, "In the south, parties were legalised, and elections took place in 1960: "
                                 "Kwame Nkrumah was elected president of the assembly.")
    assert not [e for e in events if "_occurrence" in e.checks and not e.date], show(events)


def test_a_body_that_declares_independence_still_founds_its_state(pipeline):
    """"the Assembly of X declared independence": the body declares its polity's independence."""
    events = events_of(pipeline, "On 25 June 1991 the Assembly of Slovenia declared independence.")
    assert [e.form for e in events if e.form == "FOUND_STATE"] == ["FOUND_STATE"], show(events)
