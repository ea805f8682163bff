"""The export formats, all built from the store and the chronicle merged from it:

- ``json``: the chronicle contract (``shared/eval/CONTRACT.md``): documents, merged events,
  disagreements;
- ``jsonl``: one record a line (``kind``: document, event or disagreement);
- ``csv``: one merged event a row; ``documents-csv``: one document a row, without its text;
- ``timelinejs``: TimelineJS3 JSON; ``graphml``: the actor graph, edges weighted by event type.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from chronica import fastjson
from chronica.bulk import gc_paused
from chronica.chronicle import Chronicle, chronicle_json, disagreement_json
from chronica.store import Store
from chronica.chronicle.stored import documents_info, iter_event_records, load_chronicle, load_disagreements

DOCUMENT_CSV_FIELDS = [
    "id", "path", "record", "title", "author", "outlet", "url", "published", "published_source",
    "format", "words", "sentences", "near_duplicate_of", "near_duplicate_similarity",
]


#: the store's key of a .jsonl record: the file's path and the record's line
_RECORD = re.compile(r"(.+\.jsonl)#L(\d+)", re.I)


def document_id(n: int) -> str:
    return f"d{n}"


TIMEX_EXPORT_FIELDS = ("sentence_idx", "start", "end", "text", "type", "value", "mod", "precision",
                       "earliest", "latest", "value_end", "anchor", "anchor_value", "confidence")


def iter_documents(store: Store) -> Iterator[dict[str, Any]]:
    """Each document's record of the contract JSON, by id, read as it is written (one text and
    its time expressions in memory at a time)."""
    timexes = store.timexes_by_document(TIMEX_EXPORT_FIELDS)
    references = store.references_by_document()
    pending = next(timexes, None)
    for d in store.iter_documents():
        while pending is not None and pending[0] < d.id:  # a time expression of no document
            pending = next(timexes, None)
        own = pending[1] if pending is not None and pending[0] == d.id else []
        record = _RECORD.fullmatch(d.path)
        yield {
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
            "references": references.get(d.id, []),
            "timexes": own,
            "text": d.text,
        }


def documents_list(store: Store) -> list[dict[str, Any]]:
    return list(iter_documents(store))


def chronicle_dict(store: Store, chronicle: Chronicle | None = None) -> dict[str, Any]:
    """The whole chronicle in the contract's shape: documents, events, disagreements."""
    chronicle = chronicle or load_chronicle(store)
    with gc_paused():
        return {"documents": documents_list(store), **chronicle_json(chronicle, documents_info(store))}


def write_json(store: Store, out: TextIO) -> None:
    """The contract JSON (:func:`chronicle_dict`), indented two spaces a level, written one
    record at a time (:func:`chronica.fastjson.write_streamed`): the documents and the events
    are read as they are written (the disagreements first, with the mentions they cite), so
    memory does not grow with the store. The events are written from their stored rows
    (:func:`chronica.chronicle.stored.iter_event_records`: each mention read as the fields an
    event's record shows, not as a whole mention)."""
    disagreements = load_disagreements(store)  # brings the stored chronicle up to date first
    known = {d.id for d in disagreements.documents}
    with gc_paused():
        fastjson.write_streamed(out, {
            "documents": iter_documents(store),
            "events": iter_event_records(store, known),
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


def export(store: Store, fmt: str, out: TextIO | None = None) -> str | None:
    """Write the store in ``fmt`` to ``out``; with no ``out``, return the text."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is not None:
        FORMATS[fmt](store, out)
        return None
    buf = io.StringIO()
    FORMATS[fmt](store, buf)
    return buf.getvalue()
