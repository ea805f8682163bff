"""The spaCy component ``chronica_events``: writes ``doc._.events`` (a list of EventMention).

Its contract (declared on the factory): it reads ``doc._.timexes`` and ``doc._.inferred_dct``
(written by ``chronica_time``), ``doc._.actors`` (``chronica_actors``) and ``doc._.dct``, and
writes ``doc._.events``. Used alone, without those stages, it falls back to named entities and
``chronica.time.tag`` (see :func:`chronica.events.extract.extract_events`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronica.events.extract import extract_events

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("document_id"):
    Doc.set_extension("document_id", default=0)


class EventExtractor:
    """Callable pipeline component around :func:`extract_events`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, document_id=doc._.document_id or 0)
        return doc


@Language.factory(
    "chronica_events",
    requires=["doc._.timexes", "doc._.inferred_dct", "doc._.actors", "doc._.dct"],
    assigns=["doc._.events"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    """Factory registered as ``chronica_events``."""
    return EventExtractor(nlp, name)
