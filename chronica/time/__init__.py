"""The time stage: TIMEX3 time expressions for news and historical narrative.

Public API: :func:`tag` (text + document date -> list of :class:`Timex`),
:func:`infer_document_date`, the spaCy component ``chronica_time``
(:mod:`chronica.time.component`, imported on demand so this package works without spaCy), and
the evaluation against TimeML gold (:mod:`chronica.time.evaluate`).
"""

from chronica.lazy import lazy_exports

#: each public name and its module, imported when the name is first used: a reader of the store
#: needs :mod:`chronica.time.timex` (the value intervals) without the tagger's compiled
#: grammar, which takes a quarter of a second to import
_EXPORTS = {
    "InferredDate": "chronica.time.docdate", "infer_document_date": "chronica.time.docdate",
    "tag": "chronica.time.tagger", "tag_and_date": "chronica.time.tagger",
    "Timex": "chronica.time.timex", "value_interval": "chronica.time.timex",
}

__all__ = ["InferredDate", "Timex", "infer_document_date", "tag", "tag_and_date", "value_interval"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())  # PEP 562: imported on first use
