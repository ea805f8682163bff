"""Session 46 (issue 46, loss class "no claim" of durations): a duration the time stage writes in
two units ("six and a half years" P6Y6M, "four and a half months" P4M15D, "5 1/2 years" P5Y6M)
was no duration to the claims (:func:`chronica.claims.rules.duration_interval` read one unit
only), so "for six and a half years" made no claim. Dev texts of this shape: argury ("three and a
half years" / "four and a half years" of a blockade), usavnm ("six and a half years" as a prisoner),
syrleb ("four and a half months" of a rule), indmal ("a freeze of two and a half years").
Such a value is read a quarter of its largest unit either side.

Sentences written for these tests (made-up names).
"""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import conflict, duration_interval
from chronica.nlp import load_pipeline
from chronica.stages import STAGES

YEAR = 365.25


@pytest.mark.parametrize("value, low_years, high_years", [
    ("P6Y6M", 6.25, 6.75),
    ("P2Y6M", 2.25, 2.75),
    ("P1Y6M", 1.25, 1.75),
    ("P4M15D", 4.25 * 30.4375 / YEAR, 4.75 * 30.4375 / YEAR),
])
def test_compound_interval(value, low_years, high_years):
    low, high = duration_interval(value)
    assert low / YEAR == pytest.approx(low_years, abs=0.01)
    assert high / YEAR == pytest.approx(high_years, abs=0.01)


@pytest.mark.parametrize("value", ["P3Y", "P18M", "PXM", "P3W"])
def test_one_unit_unchanged(value):
    n = {"P3Y": 3 * YEAR, "P18M": 18 * 30.4375, "P3W": 21}.get(value)
    low, high = duration_interval(value)
    assert value == "PXM" or low < n < high


def _span(value: str, low: float, high: float) -> SentenceClaim:
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="duration", topic="how long: blockade", value=value, start=0, end=1,
                         obj="blockade", low=low, high=high)


@pytest.mark.parametrize("a, b, conflicts", [
    ("P3Y6M", "P4Y6M", True),   # three and a half / four and a half years
    ("P6Y6M", "P8Y", True),     # six and a half / eight years
    ("P1Y6M", "P18M", False),   # a year and a half / eighteen months
    ("P2Y6M", "P3Y", False),    # two and a half / three years: "three years" may be 2.6 rounded
    ("P4M15D", "P10M", True),   # four and a half / ten months
])
def test_compound_conflicts(a, b, conflicts):
    ca, cb = _span(a, *duration_interval(a)), _span(b, *duration_interval(b))
    assert (conflict(ca, cb) is not None) is conflicts


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


@pytest.mark.parametrize("text, value", [
    ("The pilot had been held as a prisoner of war for six and a half years.", "six and a half years"),
    ("The general's own rule lasted just four and a half months.", "four and a half months"),
    ("The ministry lifted the moratorium, ending a freeze of two and a half years.", "two and a half years"),
    ("The protesters blocked the bridge for almost three and a half years.", "almost three and a half years"),
])
def test_compound_duration_claimed(pipeline, text, value):
    assert value in [c.value for c in pipeline(text)._.claims if c.kind == "duration"]
