"""A thing that opens to its traffic or its public - a border, a crossing, an office, a port, a canal's
locks (the ontology's ``OPENINGS``) - told opening, reopening or closing with no doer and a calendar date
on its verb is a happening of its own (``extract.OPENED_THING``, an occurrence as "the federation came
into force on 15 September 1952"); the states it lies between, named in its own phrase, are its
recipients (``extract._holders``). Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronica.events import extract_events

PAIR = ("Chile and Laos quarrelled over fishing rights in 1958. Chile closed its embassy in Laos in 1960. "
        "Chile protested to Laos again in 1961. ")


def _told(full, text):
    doc = full(PAIR + text)
    start = len(PAIR)
    return [e for e in extract_events(doc) if e.sentence_start >= start]


@pytest.mark.parametrize("text, trigger, date", [
    ("The border reopened in May 1966.", "reopened", "1966-05"),
    ("The crossing was closed again on 3 March 1967.", "closed", "1967-03-03"),
    ("The new locks opened on 14 June 2011.", "opened", "2011-06-14"),
    ("The consulate in the port reopened in April 1971.", "reopened", "1971-04"),
])
def test_a_thing_opened_or_closed_on_a_date_is_a_happening(full, text, trigger, date):
    events = [e for e in _told(full, text) if e.trigger == trigger]
    assert len(events) == 1, [(e.type, e.trigger, e.summary) for e in _told(full, text)]
    assert events[0].date == date


def test_the_states_a_crossing_lies_between_are_its_recipients(full):
    [e] = [e for e in _told(full, "The border crossing between Chile and Laos reopened on 3 March 1967.")
           if e.trigger == "reopened"]
    assert {p.actor_id for p in e.actors("target")} == {"CHL", "LAO"}
    assert not e.actors("source")


@pytest.mark.parametrize("text", [
    # no calendar date on the verb: a state, no happening told
    "The border stayed closed for years.",
    "The border reopened soon afterwards.",
    # not a thing of opening: a debate, an exhibition
    "The debate opened in May 1966.",
    # negated
    "The border did not reopen in May 1966.",
])
def test_no_happening_of_opening_without_its_date_or_thing(full, text):
    assert not [e for e in _told(full, text) if e.trigger in ("opened", "reopened", "closed", "reopen")], text


@pytest.mark.parametrize("text, summary", [
    # "it" takes up the thing acted on in the sentence before: an accord signed, a law passed
    ("The fisheries agreement was signed in July 1965. It entered into force in December 1966.",
     "fisheries agreement entered into force"),
    ("In 1965 the Chilean parliament passed an amendment to the fisheries code. It came into force on 1 September 1966.",
     "amendment came into force"),
])
def test_it_coming_into_force_is_the_thing_before(full, text, summary):
    events = [e for e in _told(full, text) if e.trigger in ("entered", "came")]
    assert len(events) == 1, [(e.type, e.trigger, e.summary) for e in _told(full, text)]
    assert events[0].summary == summary and not events[0].participants


@pytest.mark.parametrize("text", [
    # no calendar date: nothing told of when
    "The fisheries agreement was signed in July 1965. It entered into force soon afterwards.",
    # "it" of a verb that tells no coming into force
    "The fisheries agreement was signed in July 1965. It mattered in December 1966.",
])
def test_no_occurrence_of_it_without_date_or_verb_of_force(full, text):
    assert not [e for e in _told(full, text) if e.trigger in ("entered", "mattered")], text


def test_an_opening_dated_with_no_year_is_left_to_the_story(full):
    """"in September" alone: which September only the narrative knows; no happening of its own."""
    events = [e for e in _told(full, "A joint liaison office opened in the port in September.") if e.trigger == "opened"]
    assert not events, [(e.type, e.date, e.summary) for e in events]


def test_an_it_shared_with_a_verb_before_is_no_thing_coming_into_force(full):
    """"It killed thousands before a ceasefire took effect on 14 August 1968", parsed with "took" a
    conjunct of "killed": the shared "it" is the war's, no thing coming into effect (and no crash)."""
    text = "The war began in 1960. It killed thousands before a truce took effect on 14 August 1968."
    assert not [e for e in _told(full, text) if e.trigger == "took" and "It" in e.summary]


def test_an_opening_is_kept_only_with_the_date_on_its_own_verb(full):
    """The time of a clause before is not the opening's: no happening rather than a wrong date."""
    text = "By the end of the year the last soldiers had sailed home, and the canal reopened in October 1967."
    for e in _told(full, text):
        if e.trigger == "reopened":
            assert e.date == "1967-10", (e.date, e.summary)
