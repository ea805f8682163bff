"""Lengths and distances from the parse of a figure in a unit of length: the noun "long" modifies
("a 2,640 km long border"), the subject of a length verb ("the frontier runs for 2,640 km"; a
proper name too: "the Velma river runs for 200 km"), the border's kin nouns as one thing
("frontier", "boundary", "line"); a distance from a place ("lies 3.8 nautical miles from the
coast") of the thing the clause's subject names; nautical miles; a decimal comma ("3,8", "1,2
million"). Sentences written for these tests, each construction modelled on three or more dev
texts (lengths: iraniraq, pakafg, sudssd, moralg; distances: grctur, indmal, ugatan; decimal
commas: grctur, sudssd, rwacod), and look-alikes."""

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


def _lengths(pipeline, text, topic):
    return [(c.unit, sorted(c.subject), round(c.low, 1), round(c.high, 1)) for c in pipeline(text)._.claims
            if c.kind == "count" and c.topic == topic]


@pytest.mark.parametrize("text, unit, low, high", [
    # "long" modifying the noun it measures (not the clause's subject)
    ("Aldoria and Kestria share a 1,310 km long land border.", "km of border", 1310, 1310),
    # the subject of a length verb, the figure after "for"
    ("The frontier between Aldoria and Kestria runs for about 1,300 kilometres through the hills.",
     "km of border", 1105, 1495),
    ("The Velma river, which the Kestrians call the Vel, stretches for some 410 km to the sea.",
     "km of velma river", 348.5, 471.5),
    # ... of the verb it is conjoined to
    ("The Tarsa Channel is formed by two rivers and runs for about 120 km to the gulf.",
     "km of tarsa channel", 102, 138),
    # a proper name before "N km long"
    ("The Tarsa Channel, some 110 kilometres long, carried most of the region's trade.",
     "km of tarsa channel", 93.5, 126.5),
    # the border's kin nouns are one thing; a figure fused with its unit
    ("The 1,250km Hollis Line, drawn in 1893, was never accepted by Kestria.", "km of border", 1250, 1250),
])
def test_length_of_the_thing_the_parse_measures(pipeline, text, unit, low, high):
    assert [(u, lo, hi) for u, _, lo, hi in _lengths(pipeline, text, "length")] == [(unit, low, high)]


@pytest.mark.parametrize("text, unit, names, low, high", [
    ("Velos lies some 15 nautical miles off the coast of Kestria.", "km from coast", ["velos"], 23.6, 31.9),
    ("The islets of Marna (Marnak in Kestrian) lie about 3.8 nautical miles from the Aldorian coast.",
     "km from coast", ["marna", "marnak"], 6.0, 8.1),
    ("Marna, or Marnak, is a pair of bare rocks about seven nautical miles from the Aldorian coast.",
     "km from coast", ["marna", "marnak"], 11.0, 14.9),
    # a decimal comma
    ("The Marnak rocks lie only 3,8 nautical miles from the Aldorian coast.", "km from coast", ["marnak"], 7.0, 7.0),
])
def test_distance_of_a_named_thing_from_a_place(pipeline, text, unit, names, low, high):
    assert _lengths(pipeline, text, "distance") == [(unit, names, low, high)]


@pytest.mark.parametrize("text", [
    "The army pulled back 20 km from the border.",  # no name: which thing lies there is not written
    "The town lies 30 km from the border.",
    "Aldorian troops would pull back from the 1,000-kilometre border.",  # a length, not a distance
])
def test_no_distance_of_an_unnamed_thing(pipeline, text):
    assert _lengths(pipeline, text, "distance") == []


@pytest.mark.parametrize("text, low", [
    ("In the referendum around 3,2 million southerners went to the polls.", 3_200_000),
    ("About 1,2 million refugees fled into Kestria in July.", 1_200_000),
    ("The war had cost more than 2,5 million people their lives.", 2_500_000),
])
def test_a_decimal_comma_is_a_fraction(pipeline, text, low):
    from chronica.claims.numbers import quantities

    values = [q.value for q in quantities(next(pipeline(text).sents))]
    assert low in values


CONFLICTS = [
    ("length-kin-nouns",
     "The frontier between Aldoria and Kestria runs for 2,640 kilometres through the mountains.\n",
     "Aldoria and Kestria share a 2,430 km long international border.\n"),
    ("length-named-river",
     "The Tarsa Channel is formed by two rivers and runs for about 200 km to the gulf.\n",
     "The Tarsa Channel, some 160 kilometres long, carried most of the region's trade.\n"),
    ("distance-named-rocks",
     "The islets of Marna (Marnak in Kestrian) lie about 3.8 nautical miles from the Aldorian coast.\n",
     "Marna, or Marnak, is a pair of bare rocks about seven nautical miles from the Aldorian coast.\n"),
]

LOOK_ALIKES = [
    ("distance-two-islands",  # two islands, each its own distance
     "Velos lies some 15 nautical miles off the coast of Kestria.\n",
     "Tirna lies about 40 km off the coast of Kestria.\n"),
    ("length-two-rivers",
     "The Velma river stretches for some 410 km to the sea.\n",
     "The Tarsa Channel, some 110 kilometres long, carried most of the region's trade.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_two_lengths_of_one_thing_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_lengths_of_other_things_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
