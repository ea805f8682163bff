"""Dates as intervals: a TIMEX3-style value at its precision denotes a span of days.

"1950-06-25" is one day, "1950-06" a month, "1950" a year, "195" (or "195X") a decade and "19"
a century. Two dates are compatible when their intervals overlap; a coarse date never becomes
finer than it was written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

#: precision names from finest to coarsest
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

_VALUE = re.compile(r"^(\d{2,4})X*(?:-(\d{2}))?(?:-(\d{2}))?")


def precision_rank(precision: str | None, value: str | None = None) -> int:
    """Smaller is finer; unknown precision is as coarse as can be."""
    if precision in _RANK:
        return _RANK[precision]
    return _RANK.get(value_precision(value) or "", len(PRECISIONS))


def value_precision(value: str | None) -> str | None:
    """The precision a TIMEX3 value is written at."""
    if not value:
        return None
    m = _VALUE.match(value.upper())
    if not m:
        return None
    digits = m.group(1)
    if len(digits) == 2:
        return "century"
    if len(digits) == 3:
        return "decade"
    if m.group(3):
        return "day"
    if m.group(2):
        return "month"
    if re.match(r"^\d{4}-(SP|SU|FA|AU|WI)", value.upper()):
        return "season"
    if re.match(r"^\d{4}-Q\d", value.upper()):
        return "quarter"
    if re.match(r"^\d{4}-W\d", value.upper()):
        return "week"
    return "year"


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 value denotes (first, last), or None when it is not a calendar value."""
    if not value:
        return None
    m = _VALUE.match(value.upper())
    if not m:
        return None
    digits, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if len(digits) == 2:
            y0 = int(digits) * 100
            return date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31)
        if len(digits) == 3:
            y0 = int(digits) * 10
            return date(max(y0, 1), 1, 1), date(y0 + 9, 12, 31)
        year = int(digits)
        if year < 1:
            return None
        if month and day:
            d = date(year, int(month), int(day))
            return d, d
        if month:
            mo = int(month)
            return date(year, mo, 1), date(year, mo, calendar.monthrange(year, mo)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


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


def _display_one(value: str) -> str:
    m = _VALUE.match(value.upper())
    if not m:
        return value
    digits, month, day = m.group(1), m.group(2), m.group(3)
    if len(digits) == 3:
        return f"{digits}0s"
    if len(digits) == 2:
        return f"{int(digits) + 1}th century"
    if month and day:
        return f"{int(day)} {calendar.month_name[int(month)]} {digits}"
    if month and 1 <= int(month) <= 12:
        return f"{calendar.month_name[int(month)]} {digits}"
    return digits


def sort_key(value: str | None, earliest: str | None = None) -> tuple:
    """Orders dated entries chronologically (coarser first on ties) and undated last."""
    span = interval(value, None, earliest, None)
    if span is None:
        return (1, date.max, 0)
    return (0, span[0], -span_days(span))
