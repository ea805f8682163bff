"""Dates as intervals: a TIMEX3-style value at its precision denotes a span of days.

"1950-06-25" is one day, "1950-06" a month, "1950" a year, "195" (or "195X") a decade and "19"
a century. Two dates are compatible when their intervals overlap; a coarse date never becomes
finer than it was written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from chronica.time import timex

#: precision names from finest to coarsest
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}



_VALUE = re.compile(r"^(\d{2,4})X*(?:-(\d{2}))?(?:-(\d{2}))?")


def value_parts(value: str) -> tuple[str, str | None, str | None] | None:
    """(year digits, month, day) of a calendar value: ("196", None, None), ("1950", "06", "25")."""
    m = _VALUE.match(value.upper())
    return (m.group(1), m.group(2), m.group(3)) if m else None


def precision_rank(precision: str | None, value: str | None = None) -> int:
    """Smaller is finer; unknown precision is as coarse as can be."""
    if precision in _RANK:
        return _RANK[precision]
    return _RANK.get(value_precision(value) or "", len(PRECISIONS))


def value_precision(value: str | None) -> str | None:
    """The precision a TIMEX3 value is written at (see :func:`chronica.time.timex.value_precision`)."""
    if not value:
        return None
    return timex.value_precision(_calendar(value))


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 value denotes (first, last), or None when it is not a calendar value
    (the time stage's :func:`chronica.time.timex.value_interval`, as dates)."""
    if not value:
        return None
    span = timex.value_interval(_calendar(value))
    if span is None:
        return None
    return date.fromisoformat(span[0]), date.fromisoformat(span[1])


def _calendar(value: str) -> str:
    """"195X" and "19XX" are written "195" and "19" in the time stage's values."""
    head, sep, tail = value.upper().partition("-")
    return head.rstrip("X") + sep + tail


#: a year written in a date's words or a sentence: "1974", "'74", "the 1970s"
YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b|\b\d0s\b")


def year_written(m) -> bool:
    """The mention's year is written: in its date ("July 1974", "'74"), or in its sentence (a
    timeline entry "1974 – July 15: ..."). "In July the envoy flew to Orlovo" states a month; its year
    is the narrative's guess, and two guesses are no two sources' dates."""
    if not m.date or not m.date[:4].isdigit():
        return True
    if m.date_text and YEAR_WRITTEN.search(m.date_text):
        return True
    return re.search(rf"\b{m.date[:4]}\b", m.sentence or "") is not None


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def interval(date_value: str | None, date_end: str | None = None, earliest: str | None = None,
             latest: str | None = None) -> tuple[date, date] | None:
    """The interval of an event's date: ``earliest``/``latest`` when given, else the value's."""
    lo, hi = parse_day(earliest), parse_day(latest)
    span = value_interval(date_value)
    if span:
        lo = lo or span[0]
        hi = hi or span[1]
    end = value_interval(date_end)
    if end:
        hi = max(hi, end[1]) if hi else end[1]
    if lo is None or hi is None:
        return None
    if hi < lo:
        lo, hi = hi, lo
    return lo, hi


def mention_interval(m) -> tuple[date, date] | None:
    """The interval of an :class:`EventMention` (or anything with the same date fields)."""
    return interval(m.date, m.date_end, m.earliest, m.latest)


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return bool(a and b and a[0] <= b[1] and b[0] <= a[1])


def overlap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    return max(0, (min(a[1], b[1]) - max(a[0], b[0])).days + 1)


def span_days(a: tuple[date, date]) -> int:
    return (a[1] - a[0]).days + 1


def gap_years(a: tuple[date, date], b: tuple[date, date]) -> float:
    """How far apart two disjoint intervals are, in years (0 when they overlap)."""
    if overlaps(a, b):
        return 0.0
    days = (b[0] - a[1]).days if a[1] < b[0] else (a[0] - b[1]).days
    return days / 365.25


def display(value: str | None, value_end: str | None = None) -> str:
    """A reader's form of a date value: "25 June 1950", "June 1950", "1950", "the 1960s"."""
    if not value:
        return "undated"
    text = _display_one(value)
    if value_end and value_end != value:
        text += " – " + _display_one(value_end)
    return text


#: the part of a decade an interval names, by its first and last year within it
_DECADE_PARTS = (("early", 0, 3), ("mid-", 3, 7), ("late", 6, 9))


def reader_form(value: str | None, value_end: str | None = None, earliest: str | None = None,
                latest: str | None = None, *, inferred: bool = False) -> str:
    """A date as people read it, using the interval it denotes for a decade: "1960s", "early
    1960s" (1960-1963), "mid-1960s", "late 1960s"; ``inferred`` marks an inferred one
    ("~2000s (inferred)"). Other values as :func:`display`."""
    text = display(value, value_end)
    parts = value_parts(value) if value and not value_end else None
    if parts and len(parts[0]) == 3 and earliest and latest:
        y0, lo, hi = int(parts[0]) * 10, int(earliest[:4]), int(latest[:4])
        if not (lo <= y0 and hi >= y0 + 9):
            for word, first, last in _DECADE_PARTS:
                if lo >= y0 + first and hi <= y0 + last:
                    text = f"{word}{'' if word.endswith('-') else ' '}{text}"
                    break
    return f"~{text} (inferred)" if inferred else text


def _display_one(value: str) -> str:
    parts = value_parts(value)
    if parts is None:
        return value
    digits, month, day = parts
    if len(digits) == 3:
        return f"{digits}0s"
    if len(digits) == 2:
        return f"{_ordinal(int(digits) + 1)} century"
    if month and day:
        return f"{int(day)} {calendar.month_name[int(month)]} {digits}"
    if month and 1 <= int(month) <= 12:
        return f"{calendar.month_name[int(month)]} {digits}"
    return digits


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def compact(value: str | None) -> str | None:
    """A date as citations print it: a year, month or day as the value writes it ("1950-06"),
    a decade or a century as a reader says it ("1960s", not the value "196"); anything else
    unchanged."""
    parts = value_parts(value) if value else None
    if parts and len(parts[0]) < 4:
        return _display_one(value)
    return value


def sort_key(value: str | None, earliest: str | None = None) -> tuple:
    """Orders dated entries chronologically (coarser first on ties) and undated last."""
    span = interval(value, None, earliest, None)
    if span is None:
        return (1, date.max, 0)
    return (0, span[0], -span_days(span))
