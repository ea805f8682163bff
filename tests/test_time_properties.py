"""Property tests: written-out dates read back to themselves; value intervals are consistent."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.time import tag, value_interval

MONTHS = [calendar.month_name[i] for i in range(1, 13)]
ABBREV = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

FORMATS = {
    "mdy": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "mdy_abbrev": lambda d: f"{ABBREV[d.month - 1]} {d.day}, {d.year}",
    "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "dmy_of": lambda d: f"the {d.day}{_suffix(d.day)} of {MONTHS[d.month - 1]}, {d.year}",
    "iso": lambda d: d.isoformat(),
    "us_numeric": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
}


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


dates = st.dates(min_value=date(1100, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=150, deadline=None)
@given(d=dates, fmt=st.sampled_from(sorted(FORMATS)))
def test_written_date_reads_back(d: date, fmt: str) -> None:
    written = FORMATS[fmt](d)
    text = f"The agreement was signed on {written} in the capital."
    found = [t for t in tag(text, "2024-07-25") if t.type == "DATE"]
    assert len(found) == 1, (written, found)
    assert found[0].value == d.isoformat()
    assert found[0].text.endswith(written) and written in found[0].text


@settings(max_examples=100, deadline=None)
@given(y=st.integers(min_value=1100, max_value=2099), m=st.integers(min_value=1, max_value=12))
def test_month_year_reads_back(y: int, m: int) -> None:
    found = tag(f"Work stopped in {MONTHS[m - 1]} {y} for good.", None)
    assert [t.value for t in found] == [f"{y:04d}-{m:02d}"]


@settings(max_examples=100, deadline=None)
@given(y=st.integers(min_value=1100, max_value=2099))
def test_year_after_preposition_reads_back(y: int) -> None:
    assert [t.value for t in tag(f"The bridge was built in {y}.", None)] == [str(y)]


values = st.one_of(
    st.integers(min_value=10, max_value=20).map(lambda c: f"{c:02d}"),
    st.integers(min_value=100, max_value=209).map(lambda d: f"{d:03d}"),
    st.integers(min_value=1000, max_value=2099).map(str),
    st.tuples(st.integers(1000, 2099), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(1000, 2099), st.integers(1, 4)).map(lambda t: f"{t[0]}-Q{t[1]}"),
    st.tuples(st.integers(1000, 2099), st.sampled_from(["SP", "SU", "FA", "WI"])).map(lambda t: f"{t[0]}-{t[1]}"),
    st.tuples(st.integers(1000, 2098), st.integers(1, 52)).map(lambda t: f"{t[0]}-W{t[1]:02d}"),
    dates.map(date.isoformat),
)


@settings(max_examples=300, deadline=None)
@given(value=values, mod=st.sampled_from([None, "START", "MID", "END", "APPROX"]))
def test_interval_is_ordered_and_within_the_unmodified_value(value: str, mod: str | None) -> None:
    lo, hi = value_interval(value, mod)
    assert lo <= hi
    full_lo, full_hi = value_interval(value)
    assert full_lo <= lo and hi <= full_hi


@settings(max_examples=100, deadline=None)
@given(d=dates)
def test_interval_contains_the_start(d: date) -> None:
    for value in (d.isoformat(), d.isoformat()[:7], d.isoformat()[:4], d.isoformat()[:3], d.isoformat()[:2]):
        lo, hi = value_interval(value)
        assert lo <= d.isoformat() <= hi


@settings(max_examples=60, deadline=None)
@given(d=dates, fmt=st.sampled_from(sorted(FORMATS)))
def test_tagged_timexes_have_ordered_bounds(d: date, fmt: str) -> None:
    text = f"Since {FORMATS[fmt](d)} the office has been closed; last year it moved, and in the early 1990s it grew."
    for tx in tag(text, "2024-07-25"):
        if tx.earliest and tx.latest:
            assert tx.earliest <= tx.latest
