"""Session 61: a fraction of a whole written in words ("about two-thirds of its territory", "a
quarter of the bay", "half of the votes") is a share (``amounts`` ``fraction_words``,
:func:`chronica.claims.numbers.amounts`), its percentage the fraction's, so that a source writing a
fraction and one writing a percentage (or another fraction) of one whole disagree. Before, "two-thirds"
was read as the figure "two" counting "thirds". Only a fraction followed by "of" is read; a share's
whole is read from the parse as for "per cent" (a share "of them" names none and is not claimed).

Sentences, events and figures written for these tests (invented happenings and places).
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


@pytest.mark.parametrize("text, value, low, high", [
    ("Under the Kell treaty Aldoria lost two-thirds of its territory.", "two-thirds", 63.3, 70.0),
    ("The tribunal gave Borvia about three-quarters of the bay.", "about three-quarters", 63.7, 86.3),
    ("The Selm franc lost a third of its value in the spring of 1931.", "a third", 31.6, 35.0),
    ("Half of the harbour was handed to Borvia in 1902.", "Half", 47.5, 52.5),
])
def test_a_fraction_of_a_whole_is_a_share(pipeline, text, value, low, high):
    shares = [c for c in pipeline(text)._.claims if c.kind == "count" and c.topic == "share"]
    assert [c.value for c in shares] == [value]
    assert shares[0].low == pytest.approx(low, abs=0.1) and shares[0].high == pytest.approx(high, abs=0.1)


@pytest.mark.parametrize("text", [
    # no "of" after it: no fraction of a whole
    "The Selm franc was devalued by half in the spring of 1931.",
    # a fraction word in a time
    "The talks lasted an hour and a half in Kell.",
    # a part named, not a share
    "In the second half of the year Borvian boats kept to the bay of Kell.",
    "Aldorian troops held the western half of the island of Vask until 1911.",
    # a span of time
    "For a quarter of a century the Kell ferry carried the mail to Vask.",
    # a share of no whole the parse names
    "At the Kell ballot of 1911 close to two-thirds of them backed the merger.",
])
def test_no_share_without_a_whole(pipeline, text):
    assert [c.value for c in pipeline(text)._.claims if c.kind == "count" and c.topic == "share"] == []


CONFLICTS = [
    ("fraction-and-percent",
     "Under the Kell treaty of 1921 Aldoria lost about two-thirds of its territory to Borvia.\n",
     "Under the Kell treaty of 1921 Aldoria lost about 45 per cent of its territory to Borvia.\n"),
    ("two-fractions",
     "In June 1911 the tribunal at Selm awarded Borvia about three-quarters of the bay of Kell.\n",
     "In June 1911 the tribunal at Selm awarded Borvia roughly a third of the bay of Kell.\n"),
]

LOOK_ALIKES = [
    # one share in other words
    ("fraction-agrees",
     "Under the Kell treaty of 1921 Aldoria lost two-thirds of its territory to Borvia.\n",
     "Under the Kell treaty of 1921 Aldoria lost 67 per cent of its territory to Borvia.\n"),
    # shares of two wholes
    ("fraction-two-wholes",
     "Under the Kell treaty of 1921 Aldoria lost half of its territory to Borvia.\n",
     "Under the Kell treaty of 1921 Aldoria lost a third of its population to Borvia.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_fractions_that_differ_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_fraction_look_alikes_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert [k for k, _ in outcome.reported if k == "number"] == []
