"""The spaCy component ``chronica_time``: tags a Doc's time expressions.

Reads the reference date from ``doc._.dct`` (ISO string or None; registered here), falling back
to the ``default_dct`` config option, then to a date inferred from the text. Writes
``doc._.timexes`` (a list of :class:`~chronica.time.timex.Timex`) and ``doc._.inferred_dct`` (the
:class:`~chronica.time.docdate.InferredDate` when the date was inferred, else None).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronica.nlp import doc_text
from chronica.time.tagger import tag_and_date

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Doc.has_extension("inferred_dct"):
    Doc.set_extension("inferred_dct", default=None)


class TimeTagger:
    """Callable pipeline component around :func:`chronica.time.tagger.tag_and_date`."""

    def __init__(self, nlp: Language, name: str, default_dct: str | None = None) -> None:
        self.name = name
        self.default_dct = default_dct

    def __call__(self, doc: Doc) -> Doc:
        dct = doc._.dct or self.default_dct
        doc._.timexes, doc._.inferred_dct = tag_and_date(doc_text(doc), dct)
        return doc


@Language.factory("chronica_time", default_config={"default_dct": None})
def make_time_tagger(nlp: Language, name: str, default_dct: str | None) -> TimeTagger:
    """Factory registered as ``chronica_time``."""
    return TimeTagger(nlp, name, default_dct)
