"""Datelines: "MOSCOW, March 3 (Reuters) - ..." says where a report was filed, not who acts.

A news story's first line may open with the place it was filed from, in capitals or followed by
a date or the agency's name, and a dash. The place names no actor of the story: "MOSCOW, March 3
- Troops crossed the border" does not make the troops Russian, nor Moscow anyone's target. The
actors stage leaves mentions inside a dateline out (``resolve.Resolver``).

Public API: :func:`dateline_spans`.
"""

from __future__ import annotations

import re

#: a place in capitals ("MOSCOW", "NEW YORK", "TBILISI, Georgia"); a title-case one ("Moscow")
#: only when a date or an agency follows it, which capitals alone do not need
_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?"
_TITLE_PLACE = r"[A-Z][a-z'.\-]+(?:[ ][A-Z][a-z'.\-]+){0,2}"
_DATE = r"(?:,?[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8})(?:,?[ ]\d{4})?)"
_AGENCY = r"(?:[ ]*\([^()\n]{1,40}\))"
_DASH = r"[ ]*(?:--|[-\u2013\u2014])[ ]"
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?P<date>{_DATE})?(?P<agency>{_AGENCY})?{_DASH}")
#: a place in capitals alone before the dash must be this long: "UN - ..." or "NATO - ..." opening a
#: line is a headline's subject, "MOSCOW - ..." a dateline
MIN_BARE_PLACE = 5
#: how far into a line a dateline may reach
MAX_DATELINE_CHARS = 80


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the datelines opening lines of ``text``."""
    out = []
    for m in DATELINE.finditer(text):
        place = m.group("place")
        if m.end() - m.start() > MAX_DATELINE_CHARS:
            continue
        bare = not (m.group("date") or m.group("agency"))
        if bare and (not place.split(",")[0].isupper() or sum(c.isalpha() for c in place) < MIN_BARE_PLACE):
            continue  # "Britain - the country that ...", "UN - ..."
        out.append((m.start(), m.end()))
    return out
