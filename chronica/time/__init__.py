"""The time stage: TIMEX3 time expressions for news and historical narrative.

Public API: :func:`tag` (text + document date -> list of :class:`Timex`),
:func:`infer_document_date`, the spaCy component ``chronica_time``
(:mod:`chronica.time.component`, imported on demand so this package works without spaCy), and
the evaluation against TimeML gold (:mod:`chronica.time.evaluate`).
"""

from chronica.time.docdate import InferredDate, infer_document_date
from chronica.time.tagger import tag, tag_and_date
from chronica.time.timex import Timex, value_interval

__all__ = ["InferredDate", "Timex", "infer_document_date", "tag", "tag_and_date", "value_interval"]
