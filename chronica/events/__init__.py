"""Event extraction and coding: who did what to whom, where and when, in a small ontology.

Public API: :func:`extract_events` (a parsed Doc -> list of :class:`EventMention`),
:func:`load_ontology` (the types, intensities and trigger words of ``data/ontology.yaml``) and
the spaCy component ``chronica_events`` (:mod:`chronica.events.component`, imported on demand).
"""

from chronica.events.model import EventMention, Participant
from chronica.events.ontology import load_ontology

__all__ = ["EventMention", "Participant", "extract_events", "load_ontology"]


def __getattr__(name: str):  # noqa: ANN202 - PEP 562
    """``extract_events`` is imported on first use: it needs spaCy, which the records and the
    read commands (``chronica timeline``: records only) do not."""
    if name == "extract_events":
        from chronica.events.extract import extract_events

        return extract_events
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
