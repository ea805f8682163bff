"""Session 49: small figures of a noun no measure names ("a five-member tribunal", "handed back three
ports", "six patrol boats were seized") are worded counts too (``extract._small_count``), so two sources
that count one small thing differently disagree. Before, every figure under ``MIN_WORDED_FIGURE`` (10)
was taken for a description. A small figure counts when it is its noun's number (``nummod``: not a part,
"two of the five members", "all four of the sites"), of a noun that tells a thing (not "people"), not
the pair's own noun ("the two countries"), and not a two said as the pair ("the two ministers", "its two
neighbours").

Sentences, names and figures written for these tests (made-up places and people).
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


def _worded_counts(pipeline, text):
    return [(c.value, c.topic) for c in pipeline(text)._.claims if c.kind == "count" and c.by_wording]


@pytest.mark.parametrize("text, value, topic", [
    ("A five-member tribunal ruled on the Orlen boundary in 1904.", "five", "figure: member"),
    ("Under the Kessel accord, Borvia handed back three ports to Aldoria in 1938.", "three", "figure: port"),
    ("The five arbitrators ruled for Aldoria on every count.", "five", "figure: arbitrator"),
    ("Borvian gunboats sank 4 Aldorian trawlers off the Tarn reef.", "4", "figure: trawler"),
    ("Aldoria and Borvia were two of the five founding members of the league.", "five", "figure: member"),
])
def test_a_small_figure_of_a_thing_is_a_worded_count(pipeline, text, value, topic):
    assert (value, topic) in _worded_counts(pipeline, text)


@pytest.mark.parametrize("text, value", [
    # the pair's own noun
    ("The two countries signed a trade pact in Kell in 1990.", "two"),
    # a two said as the pair
    ("The two foreign ministers met in Kell in May 1990.", "two"),
    ("Its two neighbours closed their borders with Aldoria in 1991.", "two"),
    # a part of a whole, not the noun's number
    ("Aldoria and Borvia were two of the five founding members of the league.", "two"),
    ("All four of the new radar sites lie in the hills north of Kell.", "four"),
    # a noun that tells no thing
    ("Three people waited at the Kell crossing for the border to open.", "Three"),
    # a vote's figure is the tallies' finder's: a margin here
    ("On 1 June 2010 the motion failed by 5 votes.", "5"),
    # one is no count
    ("One Borvian patrol boat entered the bay of Kell in March 1990.", "One"),
])
def test_a_small_figure_that_describes_is_no_worded_count(pipeline, text, value):
    assert value not in [v for v, _ in _worded_counts(pipeline, text)]


CONFLICTS = [
    ("small-tribunal",
     "In 1904 a five-member tribunal in Geneva drew the Orlen boundary between Aldoria and Borvia.\n",
     "A four-member tribunal in Geneva drew the Orlen boundary between Aldoria and Borvia in 1904.\n"),
    ("small-ports",
     "Under the Kessel accord of 1938, Borvia handed back three ports on the Selm coast to Aldoria.\n",
     "Under the Kessel accord of 1938, Borvia handed back four ports on the Selm coast to Aldoria.\n"),
    ("small-trawlers",
     "Borvian gunboats sank 6 Aldorian trawlers off the Tarn reef in the spring of 1973.\n",
     "In the spring of 1973 Borvian gunboats sank 8 Aldorian trawlers off the Tarn reef.\n"),
]

LOOK_ALIKES = [
    # another counted noun
    ("small-other-nouns",
     "Under the Kessel accord of 1938, Borvia handed back three ports on the Selm coast to Aldoria.\n",
     "Under the Kessel accord of 1938, Borvia handed back five islands off the Selm coast to Aldoria.\n"),
    # the pair described, not counted
    ("small-the-two",
     "The two foreign ministers met at Kell in May 1990 to discuss the river.\n",
     "The three foreign ministers met at Kell in May 1990 to discuss the river.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_small_counts_that_differ_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_small_look_alikes_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert [k for k, _ in outcome.reported if k == "number"] == []
