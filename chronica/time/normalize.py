"""Calendar arithmetic for normalisation: a reference point (year, month, day at a precision),
shifting it by N units, rendering it as a TIMEX3 value, resolving weekdays, months and holidays
against a reference date with a tense.

Owns no regexes and no text: the tagger (:mod:`chronica.time.tagger`) calls these.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

PRECISIONS = ("century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time")


@dataclass(frozen=True)
class Point:
    """A calendar point at a precision: the reference a relative expression shifts."""

    year: int
    month: int = 1
    day: int = 1
    precision: str = "year"
    quarter: int | None = None
    season: str | None = None
    week: int | None = None

    @classmethod
    def from_date(cls, d: date, precision: str = "day") -> "Point":
        return cls(d.year, d.month, d.day, precision, quarter=(d.month - 1) // 3 + 1)

    def as_date(self) -> date:
        return date(self.year, self.month, min(self.day, calendar.monthrange(self.year, self.month)[1]))

    def value(self) -> str:
        """The TIMEX3 value of this point at its precision."""
        p = self.precision
        if p == "century":
            return f"{self.year // 100:02d}"
        if p == "decade":
            return f"{self.year // 10:03d}"
        if p == "year":
            return f"{self.year:04d}"
        if p == "quarter":
            return f"{self.year:04d}-Q{self.quarter or (self.month - 1) // 3 + 1}"
        if p == "season":
            return f"{self.year:04d}-{self.season}"
        if p == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if p == "week":
            iso = self.as_date().isocalendar()
            return f"{iso[0]:04d}-W{self.week or iso[1]:02d}"
        return self.as_date().isoformat()


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO string ("2024-07-25", "2024-07-25T10:00", "20240725"), else None."""
    if not value:
        return None
    v = value.strip()[:10]
    try:
        if len(v) == 8 and v.isdigit():
            return date(int(v[:4]), int(v[4:6]), int(v[6:8]))
        return date.fromisoformat(v)
    except ValueError:
        return None


def point_from_value(value: str) -> Point | None:
    """The Point a DATE value denotes (its first day, at its precision)."""
    from chronica.time.timex import value_interval, value_precision

    prec = value_precision(value)
    span = value_interval(value)
    if prec is None or span is None:
        return None
    d = date.fromisoformat(span[0])
    if prec == "half":
        prec = "month"
    pt = Point(d.year, d.month, d.day, "day" if prec == "time" else prec)
    if prec == "quarter":
        pt = replace(pt, quarter=int(value[6]))
    elif prec == "season":
        pt = replace(pt, season=value[5:7])
    elif prec == "week":
        pt = replace(pt, week=int(value[6:8]))
    return pt


def shift(point: Point, n: int, unit: str, precision: str | None = None) -> Point:
    """``point`` moved by ``n`` units ("year", "month", "week", "day", "quarter", "decade", ...).

    The result has ``precision`` (default: the unit's own precision).
    """
    prec = precision or unit
    y, m, d = point.year, point.month, point.day
    if unit in ("year", "decade", "century"):
        mult = {"year": 1, "decade": 10, "century": 100}[unit]
        y += n * mult
        out = Point(y, m, min(d, calendar.monthrange(y, m)[1]), prec, point.quarter, point.season)
        return out
    if unit in ("month", "quarter", "half"):
        months = n * {"month": 1, "quarter": 3, "half": 6}[unit]
        idx = y * 12 + (m - 1) + months
        y, m = divmod(idx, 12)
        m += 1
        q = (m - 1) // 3 + 1
        return Point(y, m, min(d, calendar.monthrange(y, m)[1]), prec, quarter=q)
    if unit == "season":
        order = ["WI", "SP", "SU", "FA"]
        season = point.season or season_of(point.month)
        idx = y * 4 + order.index(season) + n
        y, s = divmod(idx, 4)
        return Point(y, point.month, 1, "season", season=order[s])
    days = n * {"week": 7, "day": 1}.get(unit, 1)
    nd = point.as_date() + timedelta(days=days)
    return Point(nd.year, nd.month, nd.day, prec, quarter=(nd.month - 1) // 3 + 1)


def last_day(point: Point) -> Point:
    """``point`` (a year or a month) at its span's last day, at the same precision."""
    month = 12 if point.precision == "year" else point.month
    return replace(point, month=month, day=calendar.monthrange(point.year, month)[1])


def season_of(month: int) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(month, "FA")


def at(point: Point, precision: str) -> Point:
    """The same point seen at another precision (e.g. a day's year)."""
    q = point.quarter or (point.month - 1) // 3 + 1
    return Point(point.year, point.month, point.day, precision, q, point.season or season_of(point.month), point.week)


def resolve_weekday(ref: date, weekday: int, tense: str) -> date:
    """The date of ISO ``weekday`` nearest ``ref``: the previous one in past tense, the next one
    in future tense, ``ref`` itself when it falls on that weekday."""
    delta = weekday - ref.isoweekday()
    if delta == 0:
        return ref
    if tense == "future":
        return ref + timedelta(days=delta % 7)
    return ref - timedelta(days=(-delta) % 7)


def resolve_month_year(ref: date, month: int, tense: str, day: int | None = None) -> int:
    """The year of a month (and day) given without a year, seen from ``ref`` with a tense.

    The reference year, unless the month lies more than two months ahead in a past-tense clause
    ("in November", written in January, is last November) or more than two months behind in a
    future-tense one; without a tense, the nearest such month.
    """
    if tense == "past" and month - ref.month > 2:
        return ref.year - 1
    if tense == "future" and ref.month - month > 2:
        return ref.year + 1
    if tense not in ("past", "future"):  # no cue: the nearest such month
        target = (day or 15) / 31 + month
        here = ref.day / 31 + ref.month
        return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + target - here))
    return ref.year


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def movable_holiday(name: str, year: int) -> date | None:
    """The date of a movable holiday in a year (US conventions for Thanksgiving, Labor Day...)."""
    name = name.lower()
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name.startswith("easter"):
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if name == "mother's day":
        return _nth_weekday(year, 5, 7, 2)
    if name == "father's day":
        return _nth_weekday(year, 6, 7, 3)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return None
