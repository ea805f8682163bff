"""Dates as intervals (no model needed)."""

from __future__ import annotations

import pytest

from chronica.chronicle import dates as D


def test_dates_as_intervals():
    assert D.value_interval("196")[0].isoformat() == "1960-01-01"
    assert D.value_interval("196X")[1].isoformat() == "1969-12-31"
    assert D.value_interval("1950-02")[1].isoformat() == "1950-02-28"
    assert D.value_precision("1950-06-25") == "day" and D.value_precision("19") == "century"
    assert D.overlaps(D.value_interval("1991"), D.value_interval("199"))
    assert not D.overlaps(D.value_interval("1989"), D.value_interval("1991"))
    assert D.display("1950-06-25") == "25 June 1950" and D.display("196") == "1960s"


@pytest.mark.parametrize("value, cited, shown", [
    ("196", "1960s", "1960s"),  # a decade: never the bare value "196"
    ("19", "20th century", "20th century"),
    ("20", "21st century", "21st century"),
    ("21", "22nd century", "22nd century"),
    ("22", "23rd century", "23rd century"),
    ("1989", "1989", "1989"),
    ("1950-06", "1950-06", "June 1950"),  # a citation keeps the value's own form
    ("2024-07-25", "2024-07-25", "25 July 2024"),
    (None, None, "undated"),
    ("PRESENT_REF", "PRESENT_REF", "PRESENT_REF"),
])
def test_dates_compact_and_display(value, cited, shown):
    assert D.compact(value) == cited
    assert D.display(value) == shown
