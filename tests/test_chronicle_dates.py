"""Dates as intervals (no model needed)."""

from __future__ import annotations

from chronica.chronicle import dates as D


def test_dates_as_intervals():
    assert D.value_interval("196")[0].isoformat() == "1960-01-01"
    assert D.value_interval("196X")[1].isoformat() == "1969-12-31"
    assert D.value_interval("1950-02")[1].isoformat() == "1950-02-28"
    assert D.value_precision("1950-06-25") == "day" and D.value_precision("19") == "century"
    assert D.overlaps(D.value_interval("1991"), D.value_interval("199"))
    assert not D.overlaps(D.value_interval("1989"), D.value_interval("1991"))
    assert D.display("1950-06-25") == "25 June 1950" and D.display("196") == "1960s"
