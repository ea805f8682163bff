"""Claims added for issue 11 (disagreements that generalise), each rule on sentences from three
texts written for these tests, and look-alikes it must leave alone: order claims between
happenings no event stands for (by the wording of their clauses), ages written "X was N when
...", people the knowledge base lacks keyed by their full name, a birthplace's state from its
apposition, numbered designations, the gap between two figures' intervals."""

from __future__ import annotations

import math

import pytest

from chronica.chronicle.claim_conflicts import figure_gap
from chronica.chronicle.disagreements import different_designations
from chronica.claims.model import SentenceClaim
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind):
    """The claims of the finders that know what their thing is (the claims known only by their
    wording, ``by_wording``, are tested in test_claims_worded_values.py)."""
    return [c for c in pipeline(text)._.claims if c.kind == kind and not c.by_wording]


@pytest.mark.parametrize("text, value, clauses", [
    ("Soviet tanks entered the city before the government asked Moscow for help.", "before",
     ["Soviet tanks entered the city", "the government asked Moscow for help"]),
    ("The garrison surrendered the fortress after the relief column turned back.", "after",
     ["The garrison surrendered the fortress", "the relief column turned back"]),
    ("Protesters filled the main square before the police closed the bridges.", "before",
     ["Protesters filled the main square", "the police closed the bridges"]),
])
def test_claims_order_between_clauses(pipeline, text, value, clauses):
    order = claims_of(pipeline, text, "order")
    assert [(c.value, c.clauses) for c in order] == [(value, clauses)]


@pytest.mark.parametrize("text", [
    "He left before dawn.",  # too few words on one side to be known by its wording
    "They met after it.",
])
def test_claims_no_order_without_clauses(pipeline, text):
    assert claims_of(pipeline, text, "order") == []


@pytest.mark.parametrize("text, topic, value", [
    ("Patrice Lumumba was 35 when he was killed in January 1961.", "how old Patrice Lumumba was when killed", "35"),
    ("Anwar Sadat was 62 when he was assassinated in October 1981.", "how old Anwar Sadat was when assassinated", "62"),
    ("Thomas Sankara was 37 when he was killed in 1987.", "how old Thomas Sankara was when killed", "37"),
])
def test_claims_age_when_something_happened(pipeline, text, topic, value):
    found = claims_of(pipeline, text, "attribute")
    assert (topic, value) in [(c.topic, c.value) for c in found]


@pytest.mark.parametrize("text", [
    "The toll was 300 when the rescue ended in May 1999.",  # no person: no age
    "The vote was 240 when the session closed in 1961.",
])
def test_claims_no_age_without_a_person(pipeline, text):
    assert [c for c in claims_of(pipeline, text, "attribute") if c.topic.startswith("how old")] == []


@pytest.mark.parametrize("text, obj", [
    ("Ernesto Guevara was born in Rosario, Argentina, in 1928.", "ARG"),
    ("Kurt Waldheim was born in Sankt Andrä-Wördern, Austria, in 1918.", "AUT"),
    ("Ho Chi Minh was born in Kim Lien, Vietnam, in 1890.", "VNM"),
])
def test_claims_birthplace_state_from_its_apposition(pipeline, text, obj):
    places = [c for c in claims_of(pipeline, text, "attribute") if c.topic.startswith("where")]
    assert [c.obj for c in places] == [obj]


@pytest.mark.parametrize("a, b, different", [
    ("The Soviet Union launched Sputnik 1 on 4 October 1957.", "Sputnik 2 was launched in November 1957.", True),
    ("Apollo 11 landed on the Moon in July 1969.", "Apollo 13 was launched in April 1970.", True),
    ("The council passed Resolution 242 in 1967.", "The council passed Resolution 338 in 1973.", True),
    ("Apollo 11 landed on 20 July 1969.", "Apollo 11 landed on the Moon on 21 July 1969.", False),
    ("The bomb exploded on October 4.", "The bomb exploded on October 5.", False),  # a month and its day
    ("On 6 May 1998 militia fired on a patrol.", "On 12 May 1998 troops entered the town.", False),  # a day and its month
    ("Since 3 Sept. 2001 the border is shut.", "Since 9 Sept. 2001 the border is shut.", False),
    ("Flight 103 was destroyed over Scotland.", "The airliner was destroyed over Lockerbie.", False),
])
def test_disagreements_numbered_designations(a, b, different):
    assert different_designations(a, b) is different


def _fig(low, high):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="count", topic="dead", value="", start=0, end=0, low=low, high=high)


@pytest.mark.parametrize("a, b, gap", [
    ((8000, math.inf), (2550, 3450), 8000 / 3450),  # "more than 8,000" / "about 3,000"
    ((500, math.inf), (510, 690), 1.0),  # "more than 500" / "about 600" overlap
    ((190, 210), (680, math.inf), 680 / 210),  # "200" / "more than 680"
])
def test_claim_conflicts_figure_gap(a, b, gap):
    assert figure_gap(_fig(*a), _fig(*b)) == pytest.approx(gap)


@pytest.mark.parametrize("text, topic, value, phase", [
    ("The siege of the fortress began in September 1941.", "when the siege began", "September 1941", "start"),
    ("Fighting broke out in October 1962 along the border.", "when the fighting began", "October 1962", "start"),
    ("The occupation of the islands ended in 1990 with the withdrawal of the garrison.", "when the occupation ended", "1990", "end"),
    ("The split between the two parties began in the 1950s.", "when the split began", "the 1950s", "start"),
])
def test_claims_when_something_began_or_ended(pipeline, text, topic, value, phase):
    found = claims_of(pipeline, text, "phase")
    assert [(c.topic, c.value, c.phase) for c in found] == [(topic, value, phase)]
    assert found[0].low <= found[0].high


@pytest.mark.parametrize("text", [
    "Germany began the war in 1939.",  # an actor began it: who started it, not when
    "The war began when the army crossed the river.",  # no date written on the verb
    "The talks did not end in 1990.",  # negated
])
def test_claims_no_phase(pipeline, text):
    assert claims_of(pipeline, text, "phase") == []
