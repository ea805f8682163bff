"""Dates, figures and durations known by their wording (chronica.claims.extract.find_worded_values,
chronica.chronicle.claim_conflicts.same_wording): two sources stating one thing in clauses worded
alike, with different values, disagree; things worded alike that are two (another verb, two dates
of one clause, spans of another order, other counted nouns) do not. Invented texts, each case two
imagined sources about a subject of its own; end to end through a build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

pytestmark = needs_minilm


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)

CONFLICTS = [
    ("date-accord", "date",
     "The Velmar Accord was signed in Tarvik on 14 March 1983 by the foreign ministers of Aldoria and Borvia.\n",
     "On 21.03.1983 the foreign ministers of Aldoria and Borvia signed the Velmar Accord in Tarvik.\n"),
    ("date-founded", "date",
     "The Lantern Brotherhood was founded on 3 June 1961 to oppose colonial rule in the delta.\n",
     "The Lantern Brotherhood had been founded on 13 June 1961, at first to resist the colonial administration.\n"),
    ("number-boats", "number",
     "Some 40 fishing boats joined the blockade of the harbour at Carrow.\n",
     "More than 70 fishing boats joined the blockade of the harbour at Carrow, according to the port authority.\n"),
    ("duration-canal", "duration",
     "Under the treaty, Borvian ships were allowed to use the Selm canal for ten years.\n",
     "The treaty allowed Borvian ships to use the Selm canal for fifteen years.\n"),
]

LOOK_ALIKES = [
    ("date-vote-and-proclamation",
     "Voters in Kestria approved independence in a referendum in April 1971.\n",
     "Kestria proclaimed its independence on 2 June 1971 before a crowd in the capital.\n"),
    ("date-two-in-one-clause",
     "The truce of Onnel, signed on 4 May 1950, set a ceasefire that took effect on 9 May 1950.\n",
     "The truce of Onnel was signed on 4 May 1950 by both commanders.\n"),
    ("duration-another-order",
     "The first agreement allowed Aldorian trawlers to fish inside the zone for six months.\n",
     "A treaty allowed Aldorian trawlers to fish inside the zone for five years.\n"),
    ("number-other-nouns",
     "A convoy of 45 lorries crossed the Dran bridge in March 1990.\n",
     "A convoy of 32 buses crossed the Dran bridge in March 1990.\n"),
]


@pytest.mark.parametrize("cid, kind, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_worded_values_that_differ_disagree(cid, kind, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": kind, "a": a, "b": b})
    assert outcome.found, outcome.reported


@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_worded_look_alikes_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []


@pytest.mark.parametrize("text, kind, value, masked", [
    ("The army took 300 villages in a week.", "count", "300", "The army took villages"),
    ("Some 37 naval vessels took part in the operation.", "count", "Some 37", "naval vessels took part in the operation"),
    ("Iceland broke off relations with Norway on 19 February 1976.", "date", "19 February 1976",
     "Iceland broke off relations with Norway"),
    ("The treaty allowed Borvian ships to use the canal for fifteen years.", "duration", "fifteen years",
     "The treaty allowed Borvian ships to use the canal"),
])
def test_worded_claims_carry_their_clause_with_the_value_left_out(pipeline, text, kind, value, masked):
    found = [c for c in pipeline(text)._.claims if c.kind == kind and c.by_wording]
    assert [(c.value, c.masked) for c in found] == [(value, masked)]


def _worded(pipeline, text, kind):
    return [c for c in pipeline(text)._.claims if c.kind == kind and c.by_wording]


def test_no_worded_date_where_the_clause_says_too_little(pipeline):
    assert _worded(pipeline, "Opened in 1997, it ran north.", "date") == []


def test_no_worded_count_of_a_small_figure(pipeline):
    assert _worded(pipeline, "The treaty was signed by 3 states.", "count") == []


def test_two_dates_of_one_clause_are_no_worded_claims(pipeline):
    worded = _worded(pipeline, "The truce of Onnel set a ceasefire on 4 May 1950 and on 9 May 1950.", "date")
    assert len({c.masked for c in worded}) == len(worded)


def test_no_worded_date_where_a_beginning_is_dated_by_it(pipeline):
    claims = pipeline("The siege of the port began on 3 May 1941 after weeks of shelling.")._.claims
    assert [c.kind for c in claims if c.value == "3 May 1941"] == ["phase"]
