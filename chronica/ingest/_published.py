"""The publication date of a document as a choice among candidates with their provenance.

Every reader (text, HTML, PDF, JSON Lines) gathers what it found — a header field, a ``<meta>``
tag, a date in the address, a date line printed near the top, a dateline, a running head, the
file's own metadata — as ``(value, kind)`` pairs; :func:`choose` keeps the one whose kind ranks
first in :data:`SOURCES` (ties: the order the reader gave). The ranking is data: a printed date
always beats the file's metadata (a PDF's CreationDate is when the file was made or re-exported,
not when the piece appeared), and a date taken only from the file's metadata or from a page's
revision note ("This page was last edited on …": the version read, when nothing else dates the
page) is *inferred* (:func:`is_inferred`), which the rest of Chronica may weigh lower. A date that
says only when a collection was exported does not anchor the text's own times (:func:`anchor_date`):
a caption or a gazetteer entry about 1989 exported in 2025 says "on 20 March" of 1989.

Owns no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from chronica.ingest._metadata import MONTHS, WIRE_DATELINE, normalise_date


@dataclass(frozen=True)
class Source:
    """One kind of date candidate: its ``rank`` (lower wins), the ``published_source`` a document
    reports when it wins (``reported``, default its kind), and whether it is only *inferred*."""

    kind: str
    rank: int
    note: str
    inferred: bool = False
    reported: str | None = None
    #: whether the date anchors the text's own times ("yesterday", "on 20 March") when it wins
    anchors: bool = True

    @property
    def name(self) -> str:
        return self.reported or self.kind


#: the kinds of date candidate, best first. Values given by the user or the record's own fields
#: first; then the page's markup and address; then what the text prints near its top; then what
#: the text prints further off or only in part; last the file's metadata.
SOURCES: dict[str, Source] = {s.kind: s for s in (
    Source("option", 0, "given on the command line"),
    Source("jsonl", 1, "the record's published/date field"),
    Source("header", 1, "a key: value header block or front matter"),
    Source("subtitles", 1, "a subtitle file's particulars"),
    Source("pdf-meta", 1, "a value the PDF reader was given for the document"),
    Source("html-meta", 2, "the page's <meta>/<time> (trafilatura's original date)"),
    Source("url", 3, "a date in the document's address"),
    Source("provenance", 4, "an 'Originally published in …, DATE' note under the headline"),
    Source("dateline", 4, "a date line or byline date under the headline, or over it in the masthead"),
    Source("folio", 4, "a printed page's folio or running head: name | date | number"),
    Source("title-block", 4, "a Markdown title block's date"),
    Source("html-byline", 5, "the page's byline block"),
    Source("address-line", 5, "a 'Source: https://…' line over the text", reported="url"),
    Source("lead-dateline", 6, "a dateline opening the first paragraph: 'WASHINGTON, March 3, 2021 —'",
           reported="dateline"),
    Source("top-date-line", 6, "a date line standing alone above the first paragraph, no headline found over it",
           reported="dateline"),
    Source("weekday-date-line", 6, "a short line over the first paragraph that dates one day with its weekday, "
           "a place before it or an hour after: 'SUNDAY 21 JUNE 2020 — 1300 GMT', 'Centurion, Saturday 11 October 2025'",
           reported="dateline"),
    Source("labelled-date", 6, "a date printed after a publication label in the furniture, or opening a short note: "
           "'This edition: September 2005', 'Publication date | 4 May 2023', 'Exported: 2022-11-08 by …'"),
    Source("wire-dateline", 7, "a yearless wire dateline ('CITY, Jan 31 (Agency) -') with the year of the "
           "piece's copyright line, checked against a weekday the lead names"),
    Source("updated-note", 8, "an 'updated …' note in the page's furniture"),
    Source("revision-note", 9, "a wiki's or content system's 'This page was last edited on …' note: it dates "
           "the version read, not the publication, so only when nothing else dates the page", inferred=True),
    Source("export-date", 9, "a record's export date (export_date, exported_at) when it has no date of its own: "
           "the collection was exported then, its records were written by then", inferred=True, anchors=False),
    Source("file-meta", 10, "the file's own metadata (a PDF's CreationDate): when the file was made, often the "
           "day it was saved or exported, not when the piece was written: it anchors none of the text's times",
           inferred=True, anchors=False),
)}


def anchor_date(published: str | None, source: str | None) -> str | None:
    """The date a document's own times are anchored on: its publication date, unless its source
    (:data:`SOURCES`) does not anchor - then None, and the time stage infers the date from the text."""
    return None if any(not s.anchors and s.name == source for s in SOURCES.values()) else published


def is_inferred(source: str | None) -> bool:
    """Whether a document's ``published_source`` only infers the date (no printed date gave it)."""
    return any(s.inferred and s.name == source for s in SOURCES.values())


def choose(candidates: Iterable[tuple[Any, str]]) -> tuple[str, str] | None:
    """The best candidate as ``(iso, published_source)``: the lowest rank of :data:`SOURCES`
    among those that normalise to a date (ties: the first given); None when none does."""
    best: tuple[int, int, str, str] | None = None
    for n, (value, kind) in enumerate(candidates):
        iso = normalise_date(value) if value else None
        if not iso:
            continue
        src = SOURCES[kind]
        key = (src.rank, n, iso, src.name)
        if best is None or key < best:
            best = key
    return (best[2], best[3]) if best else None


# --- a wire dateline without its year ---------------------------------------------------------

#: the dateline's shape is :data:`~chronica.ingest._metadata.WIRE_DATELINE` (a headline over it is read there)
_WIRE_DATELINE = WIRE_DATELINE
#: a copyright line's year: "© 2020 Wire News", "(c) 2024 Meridian Wire", "Copyright 2017 Asia …" (an
#: HTML page's source writes the sign as an entity)
_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|\(c\)|\bcopyright\b)\s*(?:©\s*|&copy;\s*)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
#: the same year printed after the owner's name: "© Meridian Wire 2024. All rights reserved.", "© The
#: Harbour Courier 2025 · Terms", "© Ministry of Foreign Affairs 2024" — the sign itself (never "(c)",
#: a list's third item, nor the word "copyright": "the Copyright Act 1957"), then one to six words of a
#: name on the same line, capitalised or its joining words, then the year, no range
_COPYRIGHT_OWNER_YEAR = re.compile(
    r"(?:©|&copy;|&#169;)[ \t]*(?:(?:[A-Z][\w'’.&-]*|of|the|and|for|&)[ \t]+){1,6}(?P<year>(?:19|20)\d\d)\b(?![ \t]*[-–][ \t]*\d)")
_WEEKDAY = re.compile(r"\b(?:on|last|this|late|early)\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def copyright_year(text: str) -> int | None:
    """The one year the text's copyright lines give; None when none or several."""
    years = {int(m["year"]) for pattern in (_COPYRIGHT_YEAR, _COPYRIGHT_OWNER_YEAR) for m in pattern.finditer(text)}
    return years.pop() if len(years) == 1 else None


def wire_dateline(lead: str, whole: str) -> str | None:
    """The date of a wire story whose dateline prints no year ("BEIJING, Aug 28 (ANS) - … said on
    Monday"): the month and day of the dateline with the year of the story's copyright line
    (``whole`` is the whole text, furniture included). When the lead names the weekday the news
    happened on ("on Friday") one of them must fall on that date, or on the day before (a
    story filed after midnight); else None."""
    m = _WIRE_DATELINE.match(lead.strip())
    year = copyright_year(whole) if m else None
    if m is None or year is None:
        return None
    month = MONTHS.get(m["month"].lower().rstrip("."))
    try:
        day = date(year, month, int(m["day"])) if month else None
    except ValueError:
        return None
    if day is None:
        return None
    named = {w["day"].lower() for w in _WEEKDAY.finditer(lead[:600])}
    if named and not named & {_DAY_NAMES[day.weekday()], _DAY_NAMES[day.weekday() - 1]}:
        return None
    return day.isoformat()
