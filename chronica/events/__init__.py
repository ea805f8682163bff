"""Event extraction and coding: who did what to whom, where and when, in a small ontology.

Public API: :func:`extract_events` (a parsed Doc -> list of :class:`EventMention`),
:func:`load_ontology` (the types, intensities and trigger words of ``data/ontology.yaml``) and
the spaCy component ``chronica_events`` (:mod:`chronica.events.component`, imported on demand).
"""

from chronica.events.extract import extract_events
from chronica.events.model import EventMention, Participant
from chronica.events.ontology import load_ontology

__all__ = ["EventMention", "Participant", "extract_events", "load_ontology"]
