"""A claim's record is JSON that every reader accepts: an open interval's infinite bound ("more
than 250,000": high = inf) is written as "inf" and read back as the float, so SQLite's json
functions (the store's SQL-client views such as ``disagreement_claims``) do not fail on it."""

from __future__ import annotations

import json
import math
import sqlite3

import pytest

from chronica.claims.model import SentenceClaim


def _claim(low: float | None, high: float | None) -> SentenceClaim:
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="More than 900 people fled.",
                         sentence_start=0, sentence_end=26, kind="count", topic="displaced",
                         value="More than 900", start=0, end=13, low=low, high=high)


@pytest.mark.parametrize(("low", "high"), [
    (900.0000001, math.inf),      # "more than 900"
    (-math.inf, 900.0),           # an open lower end
    (810.0, 990.0),               # "about 900": finite, unchanged
    (None, None),                 # no figure
])
def test_claim_record_is_valid_json_and_round_trips(low, high) -> None:
    text = json.dumps(_claim(low, high).to_dict())
    assert sqlite3.connect(":memory:").execute("SELECT json_valid(?)", (text,)).fetchone() == (1,)
    back = SentenceClaim.from_dict(json.loads(text))
    assert (back.low, back.high) == (low, high)


def test_a_record_written_before_keeps_its_infinity() -> None:
    """Stores written by earlier versions hold ``Infinity`` (Python's json): still read."""
    old = json.dumps(_claim(900.0, math.inf).__dict__)
    assert "Infinity" in old
    assert SentenceClaim.from_dict(json.loads(old)).high == math.inf
