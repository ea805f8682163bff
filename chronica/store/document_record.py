"""A document's record in the contract JSON (``chronica export --format json``), made from its
stored row: by the export (:mod:`chronica.export.formats`), and by the store when it writes a
document's annotations, which keeps the record as the export writes it (migration 14:
``document_exports.record``; the export then reads no document row). Light: the store's write
path imports it (tests/test_lazy_imports.py).

Public API: :func:`document_id`, :func:`document_record`, :func:`placed_record`,
:data:`RECORD_FINGERPRINT`.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import orjson

#: the store's key of a .jsonl record: the file's path and the record's line
_RECORD = re.compile(r"(.+\.jsonl)#L(\d+)", re.I)

#: what each newline of a streamed item is followed by in the export: the item is in a list
#: (one level) in the object (another); :data:`chronica.fastjson.PLACED`
_PLACED = b"\n" + b" " * 4


def document_id(n: int) -> str:
    return f"d{n}"


def document_record(d: Any, references: list[str], timexes: list[dict]) -> dict[str, Any]:
    """The record of the stored document ``d`` (a :class:`chronica.store.db.StoredDocument`)
    with its ``references`` and its time expressions (``timexes``), keys in the export's order."""
    record = _RECORD.fullmatch(d.path)
    return {
        "id": document_id(d.id),
        # the file, as the contract asks: a .jsonl record's line ("…/feed.jsonl#L3") goes in "record"
        "path": record[1] if record else d.path,
        "record": int(record[2]) if record else None,
        "title": d.title,
        "author": d.author,
        "outlet": d.outlet,
        "url": d.url,
        "published": d.published,
        "published_source": d.published_source,
        "format": d.format,
        "words": d.n_words,
        "sentences": d.n_sentences,
        "near_duplicate_of": document_id(d.near_duplicate_of) if d.near_duplicate_of else None,
        "near_duplicate_similarity": d.near_duplicate_similarity,
        "reference_date": {
            "value": d.dct,
            "inferred": bool(d.dct_inferred),
            "confidence": d.dct_confidence,
            "reasoning": d.dct_reasoning,
        },
        "references": references,
        "timexes": timexes,
        "text": d.text,
    }


def placed_record(record: dict[str, Any]) -> bytes:
    """``record`` encoded and placed as the JSON export writes an item of its ``documents``
    (``chronica.fastjson.placed(dumps_indented(record))``), or empty bytes when only the
    standard library encodes it (a lone surrogate: the export encodes such a record itself)."""
    try:
        return orjson.dumps(record, option=orjson.OPT_INDENT_2).replace(b"\n", _PLACED)
    except orjson.JSONEncodeError:
        return b""


#: what makes a stored record: this module's source (the record's keys and their order) and the
#: encoder; the store's records of another fingerprint are made again by the next build
def _fingerprint() -> str:
    try:
        source = Path(__file__).read_bytes()
    except OSError:  # no source beside the code: the encoder alone
        source = b""
    return hashlib.sha1(orjson.__version__.encode() + source).hexdigest()[:16]


RECORD_FINGERPRINT = _fingerprint()
