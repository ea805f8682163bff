"""Masses, areas and volumes ("130,000 tonnes a year", "200,000 square kilometres", "10 billion
cubic metres"): a figure in a unit of a measure (``measure_units`` of the claims rules) is a claim
about the noun it measures; two sources' figures of one noun, rate and measure that do not overlap
disagree. Sentences written for these tests; three texts per rule, and look-alikes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _measures(pipeline, text):
    return [(c.topic, c.unit, round(c.low), round(c.high)) for c in
            pipeline(text)._.claims if c.kind == "count" and c.topic in ("mass", "area", "volume")]


@pytest.mark.parametrize("text, topic, unit, low, high", [
    # the object of the verb that sets the figure "to" / "at" it
    ("In 1981 the interim deal limited Aldorian catches to 90,000 tonnes a year inside the Velm zone.",
     "mass", "catch a year", 85500, 94500),
    ("Signed in 1981, the interim deal capped the Aldorian catch at 120,000 tonnes a year.",
     "mass", "catch a year", 114000, 126000),
    # the noun it is "of", a rate written "per year", scale words before the unit
    ("The Tarvik pipeline has a capacity of 8 billion cubic metres per year.",
     "volume", "capacity a year", 7_600_000_000, 8_400_000_000),
    # the noun "of" it, a qualifier before the figure
    ("By the treaty of 1921 Kestria lost nearly 65,000 square kilometres of the territory it had claimed.",
     "area", "territory", 58500, 65000),
])
def test_a_figure_in_a_unit_of_a_measure_measures_its_noun(pipeline, text, topic, unit, low, high):
    assert _measures(pipeline, text) == [(topic, unit, low, high)]


@pytest.mark.parametrize("text", [
    "The hills are perhaps four kilometres away.",  # a length of no noun (lengths: the border rule)
    "The ship carried 3,000 tonnes.",  # what the tonnes are of is not written
    "The rebels seized 40 square miles.",  # nor here
])
def test_no_measure_claim_without_the_noun_it_measures(pipeline, text):
    assert _measures(pipeline, text) == []


CONFLICTS = [
    ("measure-catch",
     "In 1981 the interim deal limited Aldorian catches to 90,000 tonnes a year inside the Velm zone.\n",
     "Signed in 1981, the interim deal capped the Aldorian catch at 120,000 tonnes a year.\n"),
    ("measure-capacity",
     "The Tarvik pipeline, which carries Borvian gas to the coast, has a capacity of 8 billion cubic metres a year.\n",
     "Opened in 1988, the Tarvik pipeline had a capacity of 11 billion cubic metres a year.\n"),
    ("measure-territory",
     "Under the treaty of 1921 Kestria gave up some 40,000 square kilometres of forest territory to Aldoria.\n",
     "By the treaty of 1921 Kestria lost nearly 65,000 square kilometres of the territory it had claimed.\n"),
]

LOOK_ALIKES = [
    ("measure-other-nouns",  # a pipeline's capacity is not the gas a country bought through it
     "The Tarvik pipeline has a capacity of 8 billion cubic metres a year.\n",
     "In 2020 Borvia imported 11 billion cubic metres of gas a year through the Tarvik pipeline.\n"),
    ("measure-rate-and-total",  # so much a year is not the total over the years
     "The interim deal limited Aldorian catches to 90,000 tonnes a year inside the Velm zone.\n",
     "Over the three years of the deal the Aldorian catch came to 260,000 tonnes inside the Velm zone.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_two_figures_of_one_measured_noun_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_measures_of_other_things_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
