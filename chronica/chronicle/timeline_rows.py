"""What ``chronica timeline`` shows of each stored event, read without making the events:
each record's fields the table prints, not its participants (the table does not show them:
turning them into objects was a third of reading the 10x store's 34,700 events) nor the
disagreements (the timeline does not list them).

A module of its own, not :mod:`chronica.chronicle.stored`: that module's source is part of the
fingerprint of the events' stored export bytes (:data:`chronica.store.exports.EXPORT_SOURCES`).
"""

from __future__ import annotations

from typing import NamedTuple

from chronica import fastjson
from chronica.bulk import gc_paused
from chronica.chronicle.stored import _up_to_date
from chronica.store import Store


class TimelineEntry(NamedTuple):
    """An event as the timeline's table prints it: the fields of
    :class:`chronica.chronicle.model.ChronicleEvent` it reads, by the same names."""

    id: str
    type: str
    date: str | None
    date_end: str | None
    earliest: str | None
    latest: str | None
    intensity: float
    summary: str


def timeline_entries(store: Store) -> list[TimelineEntry]:
    """Every stored event as a :class:`TimelineEntry`, in the chronicle's order (ids ``e1, e2,
    ...``), the stored chronicle brought up to date first, as
    :func:`chronica.chronicle.stored.load_chronicle` does."""
    _up_to_date(store)
    with gc_paused():
        out = []
        for row in store.chronicle.events():
            d = fastjson.loads(row.record)
            out.append(TimelineEntry(row.label or "", d.get("happening") or d["type"], d["date"], d["date_end"], d["earliest"],
                                     d["latest"], d["intensity"], d["summary"]))
        return out
