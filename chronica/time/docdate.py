"""Document date inference: a best guess at when an undated text was written, with its reasoning.

Owns :func:`infer_document_date`. Evidence, strongest first:

1. a dateline: a full date in the first lines, standing alone or followed by ":"/"—", or after
   "Published"/"Updated"/"Posted";
2. a weekday written with a month and day ("Friday, November 1"): the calendar pins the year to
   a few candidates; the most recent one not after today and not before the latest explicit year
   of the text is taken;
   a sentence that says "this year" next to an explicit year ("this year, 2005, ...") names it;
3. a copyright line ("Copyright © 2022") or, failing everything else, the latest explicit date the
   text mentions in a non-future clause, not after today: a *lower bound* (the text was written
   at or after it). A lower bound is only that: :attr:`InferredDate.method` says
   ``"lower-bound"`` and the tagger resolves no deictic expression ("today", "next year")
   against it (see :func:`chronica.time.tagger.tag_and_date`).

A dated line is a dateline only when it is not one entry of a timeline list ("January 1, 1959:
…" followed by "1960: …"). Returns a value of None when nothing supports a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from chronica.time.timex import DATE, Timex, value_interval

_DATELINE_AFTER = re.compile(r"^\s*(?:[:—–|]|-\s|\(|\n|$)")
_DATELINE_BEFORE = re.compile(r"(?i:published|updated|posted|last\s+modified|date)\s*:?\s*(?:on\s+)?$")
_COPYRIGHT = re.compile(r"(?i:copyright|©|\(c\))\s*(?:©\s*)?(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?")
_WEEKDAY_DAY = re.compile(
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2})(?!\d|,?\s*\d{4})"
)
_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|targets?|expected|expects|forecasts?|projected|scheduled)\b", re.I)
_THIS_YEAR = re.compile(r"\bthis year\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


#: how a date was inferred, strongest first; only the last is not a date of writing but a bound.
METHODS = ("dateline", "weekday", "this-year", "copyright", "lower-bound", "none")


@dataclass
class InferredDate:
    """A guessed document date: ISO/TIMEX3 value (or None), confidence 0–1, why, and how
    (one of :data:`METHODS`)."""

    value: str | None
    confidence: float
    reasoning: str
    method: str = "none"

    @property
    def lower_bound(self) -> bool:
        """True when ``value`` only bounds the date of writing from below (the text was written
        at or after it): no expression that needs the date of writing may be resolved on it."""
        return self.method == "lower-bound"


def infer_document_date(text: str, timexes: list[Timex] | None = None, *, today: date | None = None) -> InferredDate:
    """Guess when ``text`` was written (see the module docstring for the evidence used)."""
    if timexes is None:
        from chronica.time.tagger import tag

        timexes = tag(text, None, infer_dct=False)
    today = today or date.today()
    absolute = [t for t in timexes if t.anchor == "absolute" and t.type == DATE and t.earliest]
    dateline = _dateline(text, absolute)
    if dateline is not None:
        return dateline
    bound, bound_tx = _lower_bound(text, absolute, today)
    pinned = _weekday_pinned(text, bound, today)
    if pinned is not None:
        return pinned
    stated = _this_year_statement(text, absolute, bound)
    if stated is not None:
        return stated
    copyright_year = _copyright(text)
    if copyright_year is not None and (bound is None or copyright_year >= bound.year):
        return InferredDate(f"{copyright_year:04d}", 0.5,
                            f"copyright line names {copyright_year}; no later explicit date in the text", "copyright")
    if bound_tx is None:
        return InferredDate(None, 0.0, "no dateline, no explicit date: nothing to infer from")
    value = bound_tx.value_end or bound_tx.value
    return InferredDate(
        value, 0.3,
        f"lower bound {value}: the latest explicit date in the text is {bound_tx.text!r}; "
        "the text was written at or after it",
        "lower-bound",
    )


def _dateline(text: str, absolute: list[Timex]) -> InferredDate | None:
    head_end = min(len(text), 400)
    for tx in absolute:
        if tx.start >= head_end or tx.precision not in ("day", "time"):
            continue
        line_start = text.rfind("\n", 0, tx.start) + 1
        before = text[line_start:tx.start]
        after = text[tx.end:tx.end + 4]
        if _DATELINE_BEFORE.search(before):
            return InferredDate(tx.value[:10], 0.9, f"dateline {tx.text!r} at the head of the text", "dateline")
        if not before.strip() and _DATELINE_AFTER.match(after) and not _timeline_entry(text, tx, absolute):
            return InferredDate(tx.value[:10], 0.9, f"dateline {tx.text!r} at the head of the text", "dateline")
    return None


def _opens_line(text: str, tx: Timex) -> bool:
    """``tx`` stands at the start of its line, followed by a separator ("1960: …", "May 2 – …")."""
    line_start = text.rfind("\n", 0, tx.start) + 1
    return not text[line_start:tx.start].strip() and bool(_DATELINE_AFTER.match(text[tx.end:tx.end + 4]))


def _timeline_entry(text: str, tx: Timex, absolute: list[Timex]) -> bool:
    """A date opening a line is one entry of a timeline list when another line of the text also
    opens with a date and a separator ("January 1, 1959: …" then "1960: …")."""
    return any(other is not tx and _opens_line(text, other) for other in absolute)


def _lower_bound(text: str, absolute: list[Timex], today: date) -> tuple[date | None, Timex | None]:
    """The latest explicit date (a year or finer) of a non-future clause that is not after
    ``today``: the text cannot be older. A decade or a century bounds nothing useful, and a
    year still to come ("by 2065") is a forecast, not a date the text has seen."""
    best: Timex | None = None
    for tx in absolute:
        if tx.precision in ("century", "decade"):
            continue
        clause = text[max(0, tx.start - 60):tx.start]
        clause = clause[max(clause.rfind("."), clause.rfind("\n")) + 1:]
        if _FUTURE.search(clause):
            continue
        first = value_interval(tx.value)
        if first is None or first[0] > today.isoformat():
            continue
        if best is None or first[0] > value_interval(best.value)[0]:
            best = tx
    if best is None:
        return None, None
    return date.fromisoformat(value_interval(best.value)[0]), best


def _weekday_pinned(text: str, bound: date | None, today: date) -> InferredDate | None:
    from chronica.time.lexicon import MONTHS

    for m in _WEEKDAY_DAY.finditer(text):
        month = MONTHS.get(m["mon"].lower().rstrip("."))
        day = int(m["d"])
        if month is None or day > 31:
            continue
        weekday = _WEEKDAYS.index(m["wd"].lower()) + 1
        lo = bound.year if bound else today.year - 30
        for year in range(today.year, lo - 1, -1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d <= today and d.isoweekday() == weekday and (bound is None or d >= bound):
                why = (f"{m.group()!r} falls on a {m['wd']} in {year}: the most recent such year "
                       f"not after today" + (f" and not before the latest explicit date ({bound.isoformat()})" if bound else ""))
                return InferredDate(d.isoformat(), 0.45, why, "weekday")
    return None


def _this_year_statement(text: str, absolute: list[Timex], bound: date | None) -> InferredDate | None:
    """An explicit year in the same sentence as "this year" (and not older than the bound)."""
    for tx in sorted(absolute, key=lambda t: t.start, reverse=True):
        if tx.precision not in ("year", "month", "day") or (bound and int(tx.value[:4]) < bound.year):
            continue
        lo = max(text.rfind(".", 0, tx.start), text.rfind("\n", 0, tx.start)) + 1
        hi_dot = text.find(".", tx.end)
        sentence = text[lo:hi_dot if hi_dot >= 0 else len(text)]
        if _THIS_YEAR.search(sentence):
            return InferredDate(tx.value[:4], 0.6, f"{tx.text!r} is named in a sentence that says 'this year'",
                                "this-year")
    return None


def _copyright(text: str) -> int | None:
    years = [int(m["y2"] or m["y"]) for m in _COPYRIGHT.finditer(text)]
    return max(years) if years else None
