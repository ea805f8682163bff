"""What the event tables of the dating rules read: each event's trigger and date, from a text run
through the time-and-actors pipeline (the conftest fixture ``time_actors``) as a build runs it."""

from __future__ import annotations

from chronica.events import extract_events
from chronica.stages import prepare


def event_dates(pipe, text: str, dct: str | None = None) -> dict[str, str | None]:  # noqa: ANN001 - a spaCy Language
    """Trigger -> date of every event extracted from ``text`` (dated against ``dct`` when given)."""
    doc = pipe(prepare(pipe, text, dct))
    return {e.trigger: e.date for e in extract_events(doc)}
