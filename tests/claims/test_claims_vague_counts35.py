"""A vague count of a scale word (session 35, issue 11): "several hundred", "a few thousand" is the
multiplier's range times the scale (``vague_counts`` in claims.yaml: 2-9, the range a vague
duration's "several" / "a few" units already had), not the bare scale word. Read before as "hundred"
(95-105), "several hundred injured" disagreed with "about 300 injured" and agreed with "100 injured".
The form stands in many dev texts (wires, encyclopedia pages, interviews, features, timelines,
briefs, textbooks, travel guides: iraniraq, ugatan, rwacod, srbkos, slocro, pakafg, chdsdn, senmrt,
bgdmmr, haidom, malsgp, argury, nplind and the Korea corpus). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claim_cases import count_claim

from chronica.claims.numbers import quantities
from chronica.claims.rules import check_count, conflict
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


@pytest.fixture(scope="module")
def parser():
    return load_pipeline()


@pytest.mark.parametrize("text, figure, low, high", [
    ("The riots in the capital left 14 people dead and several hundred injured.", "several hundred", 200, 900),
    ("Several thousand refugees crossed the river into the northern province.", "Several thousand", 2000, 9000),
    ("A few hundred soldiers were killed in the assault on the ridge.", "few hundred", 200, 900),
    ("The dam displaced several million villagers over two decades.", "several million", 2e6, 9e6),
    ("By the 1990s several hundred thousand migrant workers lived in the border towns.", "several hundred thousand", 2e5, 9e5),
    # a bare scale word and a plural magnitude keep their readings
    ("About one hundred protesters were arrested.", "About one hundred", 85, 115),
    ("Hundreds of families fled the shelling.", "Hundreds", 200, 900),
])
def test_vague_count_is_the_multiplier_range_times_the_scale(parser, text, figure, low, high):
    found = {q.text: (q.low, q.high) for q in quantities(next(parser(text).sents))}
    assert found[figure] == pytest.approx((low, high))


@pytest.mark.parametrize("text", [
    "Several soldiers were killed near the border post.",  # no scale word: no figure
    "The talks lasted several months.",
])
def test_several_without_a_scale_word_is_no_figure(parser, text):
    assert [q.text for q in quantities(next(parser(text).sents))] == []


@pytest.mark.parametrize("a, b, conflicts", [
    ("Several hundred demonstrators were injured in the clashes.", "About 300 demonstrators were injured in the clashes.", False),
    ("Several hundred demonstrators were injured in the clashes.", "More than 2,000 demonstrators were injured in the clashes.", True),
    ("A few thousand refugees fled across the border.", "Some 5,000 refugees fled across the border.", False),
    ("A few thousand refugees fled across the border.", "About 40,000 refugees fled across the border.", True),
    ("Several hundred thousand migrants lived in the neighbouring country.", "Hundreds of thousands of migrants lived in the neighbouring country.", False),
])
def test_vague_counts_compare_as_intervals(pipeline, a, b, conflicts):
    ca, cb = count_claim(pipeline, a), count_claim(pipeline, b)
    assert ca.topic == cb.topic
    assert bool(check_count(ca, cb) and conflict(ca, cb)) is conflicts
