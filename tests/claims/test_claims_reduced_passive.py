"""Issue 11, session 26: a once-only happening written as a reduced passive, the participle
modifying the noun it was done to ("the Treaty of X, signed on 24 July 1923, ..."; "the
Declaration of Principles signed on 23 March 2015"), dates that happening like "the Treaty of X
was signed on ...". The construction stands in the dev pages of at least eight subjects (treaties,
accords, protocols and declarations "signed in CITY on DATE"). Every sentence here was written for
these tests (none from the shared corpora or the dev pages)."""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def dates_of(pipeline, text):
    return [(c.happening, c.date) for c in pipeline(text)._.claims if c.kind == "date" and not c.by_wording]


@pytest.mark.parametrize("text, key, date", [
    # between commas, a place and a date on the participle
    ("The Treaty of Varenna, signed in Lugano on 3 May 1911, fixed the river as the border.",
     "signed:treaty varenna", "1911-05-03"),
    # right after the noun, the noun after "of" (the parser may hang the participle on "breach")
    ("The raid was a breach of the Declaration of Montclair signed on 14 June 1988.",
     "signed:declaration montclair", "1988-06-14"),
    # a year only, the noun the subject of the main clause
    ("The Kessler Accord, signed in 1954 after a long war, was never ratified by the assembly.",
     "signed:accord kessler", "1954"),
    # a fragment: the noun and its participle alone, as a speaker answers
    ("Yes, the Protocol of Arendal, signed in Oslo on 9 March 1970.", "signed:arendal protocol", "1970-03-09"),
    # the other classes read the same way: a ship sunk, a leader deposed
    ("The frigate Aurelia, sunk off the cape on 6 April 1917, was never raised.", "sunk:aurelia", "1917-04-06"),
])
def test_claims_reduced_passive_dates_its_noun(pipeline, text, key, date):
    assert dates_of(pipeline, text) == [(key, date)]


@pytest.mark.parametrize("text", [
    "An agreement signed in 1990 ended the quarrel over the fisheries.",  # no name: which agreement?
    "The Treaty of Varenna, never signed by the king, lapsed in 1913.",  # negated
    # the date is the main verb's, not the participle's
    "The Treaty of Varenna, signed in Lugano, was published in the gazette on 3 May 1911.",
    "Under the Kessler Accord, signed after the war, both armies withdrew in 1955.",
])
def test_claims_reduced_passive_left_alone(pipeline, text):
    assert dates_of(pipeline, text) == []
