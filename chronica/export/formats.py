"""The export formats, all built from the store and the chronicle merged from it:

- ``json``: the chronicle contract (``shared/eval/CONTRACT.md``): documents, merged events,
  disagreements;
- ``jsonl``: one record a line (``kind``: document, event or disagreement);
- ``csv``: one merged event a row; ``documents-csv``: one document a row, without its text;
- ``timelinejs``: TimelineJS3 JSON; ``graphml``: the actor graph, edges weighted by event type.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from chronica import fastjson
from chronica.bulk import gc_paused
from chronica.chronicle import Chronicle, chronicle_json, disagreement_json
from chronica.store import Store
from chronica.chronicle.stored import (
    documents_info, iter_event_records, load_chronicle, load_disagreements, stored_event_records,
)
from chronica.store.db import TIMEX_COLUMNS
from chronica.store.document_record import document_id, document_record

DOCUMENT_CSV_FIELDS = [
    "id", "path", "record", "title", "author", "outlet", "url", "published", "published_source",
    "format", "words", "sentences", "near_duplicate_of", "near_duplicate_similarity",
]


#: the fields of an exported time expression: the columns of ``timexes`` (the store keeps each
#: document's as the export writes them, ``Store.timex_exports``)
TIMEX_EXPORT_FIELDS = TIMEX_COLUMNS

#: where a document's record written with no time expressions holds them, as the export places
#: it: its first (and only) occurrence, as a JSON string holds no raw newline
_NO_TIMEXES = fastjson.PLACED + b'  "timexes": [],'


def iter_documents(store: Store) -> Iterator[dict[str, Any]]:
    """Each document's record of the contract JSON, by id, read as it is written (one text and
    its time expressions in memory at a time)."""
    timexes = store.timexes_by_document(TIMEX_EXPORT_FIELDS)
    pending = next(timexes, None)

    def own(document_id: int) -> list[dict]:
        nonlocal pending
        while pending is not None and pending[0] < document_id:  # a time expression of no document
            pending = next(timexes, None)
        return pending[1] if pending is not None and pending[0] == document_id else []

    for _, doc in _documents(store, own):
        yield doc


def iter_document_exports(store: Store) -> Iterator[dict[str, Any] | fastjson.Raw]:
    """:func:`iter_documents`, each record as the store keeps it
    (:meth:`chronica.store.Store.timex_exports`: no document row read), or made from its row with
    the time expressions the store keeps (no row of ``timexes`` read); the records themselves
    when those are not all stored by this version."""
    if not store.timex_exports_current():
        yield from iter_documents(store)
        return
    for document_id, record, data in store.timex_exports():
        if record:
            yield fastjson.Raw(record)
            continue
        d = store.document(document_id)
        if d is None:
            continue
        if not data:  # a long document, or only the standard library encodes them: the record goes whole
            yield document_record(d, store.references(document_id), store.timexes_of_document(document_id))
            continue
        doc = document_record(d, store.references(document_id), [])
        try:
            encoded = fastjson.placed(fastjson.orjson.dumps(doc, option=fastjson.orjson.OPT_INDENT_2))
        except fastjson.orjson.JSONEncodeError:
            doc["timexes"] = fastjson.loads(data)
            yield doc
            continue
        if data == b"[]":
            yield fastjson.Raw(encoded)
            continue
        at = encoded.index(_NO_TIMEXES)
        view = memoryview(encoded)
        yield fastjson.Raw(view[:at + len(_NO_TIMEXES) - 3], data, view[at + len(_NO_TIMEXES) - 1:])


def _documents(store: Store, timexes: Callable[[int], list[dict]]) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(id, record)`` of each document, by id, its time expressions from ``timexes(id)``."""
    references = store.references_by_document()
    for d in store.iter_documents():
        yield d.id, document_record(d, references.get(d.id, []), timexes(d.id))


def documents_list(store: Store) -> list[dict[str, Any]]:
    return list(iter_documents(store))


def chronicle_dict(store: Store, chronicle: Chronicle | None = None) -> dict[str, Any]:
    """The whole chronicle in the contract's shape: documents, events, disagreements."""
    chronicle = chronicle or load_chronicle(store)
    with gc_paused():
        return {"documents": documents_list(store), **chronicle_json(chronicle, documents_info(store))}


def write_json(store: Store, out: TextIO, min_credence: float = 0.0) -> None:
    """The contract JSON (:func:`chronicle_dict`), indented two spaces a level, written one
    record at a time (:func:`chronica.fastjson.write_streamed`): the documents and the events
    are read as they are written (the disagreements first, with the mentions they cite), so
    memory does not grow with the store. The events are written as the chronicle step stored
    their records (:func:`chronica.chronicle.stored.stored_event_records`), or when those are
    not all there, made from their stored rows
    (:func:`chronica.chronicle.stored.iter_event_records`: each mention read as the fields an
    event's record shows, not as a whole mention); each document's time expressions likewise
    (:func:`iter_document_exports`). With ``min_credence``, the events whose credence
    (:mod:`chronica.chronicle.credence`) is below it are left out (they stay in the store)."""
    disagreements = load_disagreements(store)  # brings the stored chronicle up to date first
    known = {d.id for d in disagreements.documents}
    events = stored_event_records(store) if min_credence <= 0 else (  # as stored, when they all are
        e for e in iter_event_records(store, known) if e["credence"] >= min_credence)
    with gc_paused():
        fastjson.write_streamed(out, {
            "documents": iter_document_exports(store),
            "events": events if events is not None else iter_event_records(store, known),
            "disagreements": [disagreement_json(d) for d in disagreements.disagreements],
        })


def write_jsonl(store: Store, out: TextIO) -> None:
    data = chronicle_dict(store)
    for kind, key in (("document", "documents"), ("event", "events"), ("disagreement", "disagreements")):
        for record in data[key]:
            out.write(json.dumps({"kind": kind, **record}, ensure_ascii=False) + "\n")


def write_csv(store: Store, out: TextIO) -> None:
    from chronica.export.events_csv import write_events_csv

    write_events_csv(load_chronicle(store), out)


def write_timeline(store: Store, out: TextIO) -> None:
    from chronica.export.timelinejs import write_timelinejs

    write_timelinejs(load_chronicle(store), out, documents_info(store))


def write_graph(store: Store, out: TextIO) -> None:
    from chronica.export.graph import write_graphml  # networkx: imported for this format only

    buf = io.BytesIO()
    write_graphml(load_chronicle(store), buf)
    out.write(buf.getvalue().decode("utf-8"))


def write_documents_csv(store: Store, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=DOCUMENT_CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for doc in documents_list(store):
        writer.writerow({**doc, "words": doc["words"], "sentences": doc["sentences"]})


FORMATS: dict[str, Callable[[Store, TextIO], None]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "documents-csv": write_documents_csv,
    "timelinejs": write_timeline,
    "graphml": write_graph,
}


def export(store: Store, fmt: str, out: TextIO | None = None, *, min_credence: float = 0.0) -> str | None:
    """Write the store in ``fmt`` to ``out``; with no ``out``, return the text. ``min_credence``
    (json only) leaves out the events below that credence."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if min_credence > 0 and fmt != "json":
        raise ValueError("--min-credence applies to the json export only")
    write = functools.partial(write_json, min_credence=min_credence) if min_credence > 0 else FORMATS[fmt]
    if out is not None:
        write(store, out)
        return None
    buf = io.StringIO()
    write(store, buf)
    return buf.getvalue()
