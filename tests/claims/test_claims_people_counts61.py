"""Session 61: a figure of a people's name ("some 40,000 Latvians crossed", "about 12,000 Norwegians
left") is a worded count (``extract.people_name``), as a figure of a common noun is ("37 naval
vessels"): before, the worded finder took only common nouns, so two sources counting one crowd of a
nationality differently never disagreed. A people's name is spaCy's NORP label; a plural proper noun
of another label is no people ("the two Koreas", "three Cod Wars"), and a figure whose verb is a
measure's predicate ("were killed") is a toll, the count finder's, not a worded figure.

Sentences, events and figures written for these tests (invented happenings between real countries).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _counts(pipeline, text):
    return [(c.value, c.topic, c.by_wording) for c in pipeline(text)._.claims if c.kind == "count"]


@pytest.mark.parametrize("text, value, topic", [
    ("In March 1961 some 40,000 Latvians crossed the river into Estonia.", "some 40,000", "figure: latvian"),
    ("About 12,000 Norwegians left Iceland in the winter of 1931.", "About 12,000", "figure: norwegian"),
    ("Roughly 3,500 Canadians were unaccounted for when the blockade of 1921 ended.", "Roughly 3,500",
     "figure: canadian"),
])
def test_a_figure_of_a_people_is_a_worded_count(pipeline, text, value, topic):
    assert (value, topic, True) in _counts(pipeline, text)


@pytest.mark.parametrize("text, value", [
    # a plural proper noun that names no people
    ("The two Koreas signed a fisheries pact at Panmunjom in 1977.", "two"),
    ("The trawler captain fished through three Cod Wars with Iceland.", "three"),
    # a date's day is no people's figure
    ("On 15 April 1961 Latvian troops set up camp in the Gauja valley.", "15"),
])
def test_a_proper_noun_of_no_people_gives_no_count(pipeline, text, value):
    assert value not in [v for v, _, _ in _counts(pipeline, text)]


def test_a_toll_of_a_people_is_no_worded_figure(pipeline):
    # "were killed" is the dead measure's predicate: the count finder's claim, never a worded one
    found = _counts(pipeline, "In 1961 some 400 Latvians were killed in the raid on Valka.")
    assert ("some 400", "dead", False) in found
    assert not any(v == "some 400" and w for v, _, w in found)


CONFLICTS = [
    ("people-crossed",
     "In March 1961 some 40,000 Latvians crossed the river into Estonia to escape the drought.\n",
     "In March 1961 about 90,000 Latvians crossed the river into Estonia to escape the drought.\n"),
    ("people-left",
     "About 12,000 Norwegians left Iceland in the winter of 1931, after the herring failed.\n",
     "Some 30,000 Norwegians left Iceland in the winter of 1931, after the herring failed.\n"),
]

LOOK_ALIKES = [
    # a people's figure and a toll of that people: who was counted, not what happened to them
    ("people-and-toll",
     "About 3,000 Latvians left Estonia in the weeks that followed the Narva riots of 1961.\n",
     "Hundreds of Latvians living in Estonia were killed in the Narva riots of 1961, and thousands fled.\n"),
    # two peoples: two crowds
    ("people-two-peoples",
     "In March 1961 some 40,000 Latvians crossed the river into Estonia to escape the drought.\n",
     "In March 1961 about 90,000 Swedes crossed the river into Estonia to escape the drought.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_figures_of_one_people_that_differ_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_figures_of_two_peoples_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert [k for k, _ in outcome.reported if k == "number"] == []
