"""CSV of the merged events: one row per event, with its sources."""

from __future__ import annotations

import csv
from typing import TextIO

from chronica.chronicle import Chronicle
from chronica.events.model import SOURCE, TARGET

FIELDS = ["id", "date", "date_end", "type", "intensity", "source", "target", "summary",
          "n_mentions", "documents"]


def rows(chronicle: Chronicle) -> list[dict]:
    out = []
    for e in chronicle.events:
        out.append({
            "id": e.id,
            "date": e.date or "",
            "date_end": e.date_end or "",
            "type": e.type,
            "intensity": e.intensity,
            "source": "; ".join(p.name or p.text for p in e.participants if p.role == SOURCE),
            "target": "; ".join(p.name or p.text for p in e.participants if p.role == TARGET),
            "summary": e.summary,
            "n_mentions": len(e.mentions),
            "documents": ";".join(f"d{d}" for d in e.documents),
        })
    return out


def write_events_csv(chronicle: Chronicle, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(chronicle))
