"""TimelineJS3 JSON of the chronicle (https://timeline.knightlab.com/docs/json-format.html).

One slide per merged event. Dates keep their precision: a year-only date gives ``{"year": 1950}``
with no invented month or day, a month-only one ``{"year": 1950, "month": 6}``; a decade ("196")
gives the year it starts with ``display_date`` "1960s", a century ("19") the year it starts with
"20th century". Every text shown is HTML-escaped (TimelineJS renders ``text`` as HTML and the
sentences come from untrusted articles).
"""

from __future__ import annotations

import html
import json
from typing import Any, TextIO

from chronica.chronicle import Chronicle, DocumentInfo
from chronica.chronicle import dates as D

def date_object(value: str | None) -> dict[str, Any] | None:
    """A TimelineJS date object for a TIMEX3 value, at the value's own precision."""
    if not value:
        return None
    parts = D.value_parts(value)
    if parts is None:
        return None
    digits, month, day = parts
    if len(digits) == 3:
        return {"year": int(digits) * 10, "display_date": f"{digits}0s"}
    if len(digits) == 2:
        return {"year": int(digits) * 100, "display_date": D.display(digits)}
    out: dict[str, Any] = {"year": int(digits)}
    if month and 1 <= int(month) <= 12:
        out["month"] = int(month)
        if day:
            out["day"] = int(day)
    return out


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def timeline(chronicle: Chronicle, documents: list[DocumentInfo] | None = None,
             title: str = "Chronicle") -> dict[str, Any]:
    docs = {d.id: d for d in (documents if documents is not None else chronicle.documents)}
    events = []
    for e in chronicle.events:
        start = date_object(e.date)
        if start is None:
            continue  # TimelineJS needs a start date; undated events stay in the other exports
        sources = []
        for m in e.mentions:
            doc = docs.get(m.document_id)
            label = doc.label if doc else f"d{m.document_id}"
            sources.append(f"<p>&ldquo;{_esc(m.sentence)}&rdquo; &mdash; <em>{_esc(label)}</em></p>")
        slide: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": start,
            "text": {"headline": _esc(e.summary or e.type),
                     "text": "".join(sources)},
            "group": e.type.replace("_", " ").title(),
        }
        end = date_object(e.date_end)
        if end:
            slide["end_date"] = end
        if "display_date" in start:
            slide["display_date"] = start["display_date"]
        events.append(slide)
    n_docs = len(docs) or len({m.document_id for e in chronicle.events for m in e.mentions})
    return {
        "title": {"text": {"headline": _esc(title),
                           "text": _esc(f"{len(events)} dated events from {n_docs} documents")}},
        "events": events,
    }


def write_timelinejs(chronicle: Chronicle, out: TextIO, documents: list[DocumentInfo] | None = None,
                     title: str = "Chronicle") -> None:
    json.dump(timeline(chronicle, documents, title), out, ensure_ascii=False, indent=1)
    out.write("\n")
