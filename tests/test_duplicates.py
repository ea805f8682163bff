"""Near-duplicate detection (MinHash + LSH)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.duplicates import NearDuplicateIndex, from_bytes, signature, to_bytes

BASE = (
    "The harbour authority said on Monday that the new container terminal would open next spring "
    "after three years of delays caused by funding disputes between the city and the port operator. "
    "Officials expect the terminal to handle a million containers a year once it reaches full capacity, "
    "and the operator has promised to hire four hundred local workers for the first phase of the work."
)


def test_small_edit_is_a_near_duplicate():
    index = NearDuplicateIndex()
    index.add("a", signature(BASE))
    edited = BASE.replace("four hundred", "five hundred").replace("Monday", "Tuesday")
    match = index.best_match(signature(edited))
    assert match is not None and match[0] == "a" and match[1] >= 0.8


def test_different_article_is_not():
    index = NearDuplicateIndex()
    index.add("a", signature(BASE))
    other = (
        "The national football team lost two goals to nil in a friendly match played in heavy rain, "
        "and the coach said afterwards that several young players had shown promise despite the result."
    )
    assert index.best_match(signature(other)) is None


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_signature_round_trips_through_bytes(text):
    m = signature(text)
    assert from_bytes(to_bytes(m)).jaccard(m) == 1.0
