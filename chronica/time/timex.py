"""The Timex record (one TIMEX3 time expression) and the interval arithmetic of TIMEX3 values.

Owns: the :class:`Timex` dataclass, ``value_interval`` (the days a DATE value denotes, with a
START/MID/END modifier applied) and ``value_precision``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass, field
from datetime import date

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_HALF_MONTHS = {"H1": (1, 6), "H2": (7, 12)}
_VALUE_RE = re.compile(
    r"^(?P<y>\d{1,4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>\d)|W(?P<w>\d\d)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)|(?P<h>H[12])))?"
    r"(?:T.*)?$"
)


@dataclass
class Timex:
    """One time expression found in a text, with its TIMEX3 normalisation.

    ``earliest``/``latest`` are ISO days bounding what the expression denotes (both ends of a
    span; an open ``since`` end runs to the document date). ``anchor`` says what an
    underspecified expression was resolved against: "absolute" (nothing), "dct" (the document
    date) or "narrative" (the last absolute date the text set); ``anchor_value`` is that date.
    "after-bound" marks a deictic expression ("today", "next year") left unresolved because the
    date of writing is known only to be on or after ``anchor_value`` (an inferred lower bound).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    precision: str | None = None
    earliest: str | None = None
    latest: str | None = None
    value_end: str | None = None
    anchor: str | None = None
    anchor_value: str | None = None
    confidence: float = 1.0
    parts: list["Timex"] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        """A JSON-ready dict (parts included as dicts)."""
        return asdict(self)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def value_precision(value: str) -> str | None:
    """The precision of a DATE/TIME value ("century", "decade", "year", ... "time")."""
    if "T" in value and value[:1].isdigit():
        return "time"
    match = _VALUE_RE.match(value)
    if not match:
        return None
    y = match.group("y")
    if len(y) == 2:
        return "century"
    if len(y) == 3:
        return "decade"
    if len(y) != 4:
        return None
    if match.group("d"):
        return "day"
    if match.group("m"):
        return "month"
    if match.group("q"):
        return "quarter"
    if match.group("w"):
        return "week"
    if match.group("s"):
        return "season"
    if match.group("h"):
        return "half"
    return "year"


def _raw_interval(value: str) -> tuple[date, date] | None:
    match = _VALUE_RE.match(value)
    if not match:
        return None
    ys = match.group("y")
    if len(ys) == 2:
        y0 = int(ys) * 100
        return date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31)
    if len(ys) == 3:
        y0 = int(ys) * 10
        return date(max(y0, 1), 1, 1), date(y0 + 9, 12, 31)
    y = int(ys)
    if y < 1:
        return None
    if match.group("d"):
        m, d = int(match.group("m")), int(match.group("d"))
        return date(y, m, d), date(y, m, d)
    if match.group("m"):
        m = int(match.group("m"))
        return date(y, m, 1), date(y, m, _last_day(y, m))
    if match.group("q"):
        q = int(match.group("q"))
        return date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))
    if match.group("w"):
        w = int(match.group("w"))
        # a year has 53 ISO weeks when 28 December falls in week 53
        first = date.fromisocalendar(y, max(1, min(w, date(y, 12, 28).isocalendar()[1])), 1)
        if match.group("we"):
            return date.fromordinal(first.toordinal() + 5), date.fromordinal(first.toordinal() + 6)
        return first, date.fromordinal(first.toordinal() + 6)
    if match.group("s"):
        m0, m1 = _SEASON_MONTHS[match.group("s")]
        y1, m1 = (y + 1, m1 - 12) if m1 > 12 else (y, m1)
        return date(y, m0, 1), date(y1, m1, _last_day(y1, m1))
    if match.group("h"):
        m0, m1 = _HALF_MONTHS[match.group("h")]
        return date(y, m0, 1), date(y, m1, _last_day(y, m1))
    return date(y, 1, 1), date(y, 12, 31)


def _apply_mod(lo: date, hi: date, mod: str | None) -> tuple[date, date]:
    """Narrow an interval for START/MID/END (first, middle, last third)."""
    if mod not in ("START", "MID", "END"):
        return lo, hi
    span = hi.toordinal() - lo.toordinal() + 1
    if span < 3:
        return lo, hi
    third = span // 3
    if span >= 3650:  # a decade or more: early = first 4 years, late = last 3 (1960-63 / 1967-69)
        years = hi.year - lo.year + 1
        k = max(1, (years * 4) // 10)
        if mod == "START":
            return lo, date(lo.year + k - 1, 12, 31)
        if mod == "END":
            return date(hi.year - k + 2 if years == 10 else hi.year - k + 1, 1, 1), hi
        return date(lo.year + years // 2 - (years // 5), 1, 1), date(lo.year + years // 2 + (years // 5) - 1, 12, 31)
    if mod == "START":
        return lo, date.fromordinal(lo.toordinal() + third - 1)
    if mod == "END":
        return date.fromordinal(hi.toordinal() - third + 1), hi
    return date.fromordinal(lo.toordinal() + third), date.fromordinal(hi.toordinal() - third)


def value_interval(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """The first and last ISO day a DATE/TIME value denotes, narrowed by a START/MID/END mod.

    ``value_interval("196", "START") == ("1960-01-01", "1963-12-31")``; None for values that are
    not calendar dates (PRESENT_REF, durations, XXXX-...).
    """
    try:
        raw = _raw_interval(value)
    except ValueError:
        return None
    if raw is None:
        return None
    lo, hi = _apply_mod(raw[0], raw[1], mod)
    return lo.isoformat(), hi.isoformat()
