"""The build: files -> clean documents -> spaCy parse -> the store, with duplicates and skips reported.

This module only orchestrates; each step belongs to its own module (``ingest``, ``nlp``,
``duplicates``, ``store``). Documents stream through ``nlp.pipe`` in batches and each one is
written in its own transaction as soon as it is parsed, so memory stays flat and a build killed
at any point leaves a store that the next build completes. Re-running on the same input changes
nothing: a path whose text is already stored is counted as *unchanged* and not parsed again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin

from chronica import duplicates as neardup
from chronica.errors import IngestError
from chronica.ingest import discover, load
from chronica.ingest.document import Document
from chronica.nlp import load_pipeline, sentence_offsets
from chronica.search import index_sentences
from chronica.stages import STAGES, annotations, prepare
from chronica.store import Store

#: exit status of ``chronica build`` when every input was read (0) or when some were skipped (3).
EXIT_OK = 0
EXIT_SKIPPED = 3


@dataclass
class BuildOptions:
    max_bytes: int = 20_000_000
    published: str | None = None  # overrides every document's publication date
    source: str | None = None  # overrides every document's outlet
    batch_size: int = 32
    n_process: int = 1
    near_duplicate_threshold: float = neardup.THRESHOLD
    stages: bool = True  # run time, actors and events after parsing (False: parse and store only)
    vectors: bool = True  # embed the new sentences for search (False: the first search does it)


@dataclass
class Duplicate:
    path: str
    same_as: str  # the path of the stored copy


@dataclass
class NearDuplicate:
    path: str
    similar_to: str  # "doc:ID" for a document stored before this run, else the path key
    similarity: float


@dataclass
class BuildReport:
    stored: int = 0
    unchanged: int = 0
    words: int = 0
    timexes: int = 0
    actor_mentions: int = 0
    event_mentions: int = 0
    seconds: float = 0.0
    duplicates: list[Duplicate] = field(default_factory=list)
    near_duplicates: list[NearDuplicate] = field(default_factory=list)
    skipped: list[IngestError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else EXIT_OK


@dataclass
class _Pending:
    """A document read and waiting for its parse."""

    doc: Document
    path_key: str
    minhash: bytes
    near: tuple[str, float] | None


def path_key(doc: Document) -> str:
    """The key a document's source is known by in the store: its absolute path (``#Ln`` kept)."""
    base, sep, line = doc.path.partition("#")
    return os.path.abspath(base) + (sep + line if sep else "")


def build(
    paths: Iterable[str | Path],
    store: Store,
    options: BuildOptions | None = None,
    *,
    on_file: Callable[[str, int], None] | None = None,
) -> BuildReport:
    """Read, clean, parse and store every article under ``paths``.

    ``on_file(path, total)`` is called once per input file read (for a progress bar).
    """
    options = options or BuildOptions()
    report = BuildReport()
    started = time.perf_counter()
    run_id = store.start_run({"paths": [str(p) for p in paths], **options.__dict__})

    files: list[Path] = []
    for item in discover(paths):
        if isinstance(item, IngestError):
            report.skipped.append(item)
        else:
            files.append(item)

    index = neardup.NearDuplicateIndex(options.near_duplicate_threshold)
    for document_id, blob in store.minhashes():
        index.add(f"doc:{document_id}", neardup.from_bytes(blob))

    pending: dict[int, _Pending] = {}
    run_hashes: dict[str, str] = {}  # content hash -> path key, for texts read in this run
    late_duplicates: list[tuple[str, str]] = []  # (path key, hash) of repeats of this run's texts

    nlp = load_pipeline(STAGES if options.stages else ())

    def read_all() -> Iterator[tuple[Doc, int]]:
        for path in files:
            try:
                docs, errors = load(path, max_bytes=options.max_bytes)
            except IngestError as exc:
                report.skipped.append(exc)
                docs, errors = [], []
            report.skipped.extend(errors)
            for doc in docs:
                item = _triage(doc)
                if item is not None:
                    key = id(item)
                    pending[key] = item
                    # without a publication date the time stage infers one from the text
                    yield prepare(nlp, item.doc.text, item.doc.published), key
            if on_file:
                on_file(str(path), len(files))

    def _triage(doc: Document) -> _Pending | None:
        if options.published:
            doc.published, doc.published_source = options.published, "option"
        if options.source:
            doc.outlet = options.source
        key = path_key(doc)
        digest = doc.content_hash
        if store.hash_at_path(key) == digest:
            report.unchanged += 1
            return None
        existing = store.document_id_for_hash(digest)
        if existing is not None:
            store.record_duplicate(run_id, key, existing)
            report.duplicates.append(Duplicate(key, _path_of(store, existing)))
            return None
        if digest in run_hashes:
            late_duplicates.append((key, digest))
            report.duplicates.append(Duplicate(key, run_hashes[digest]))
            return None
        run_hashes[digest] = key
        sig = neardup.signature(doc.text)
        near = index.best_match(sig)
        index.add(key, sig)  # texts of this run are matched too, before they are stored
        if near is not None:
            report.near_duplicates.append(NearDuplicate(key, near[0], near[1]))
        return _Pending(doc, key, neardup.to_bytes(sig), near)

    for parsed, key in nlp.pipe(
        read_all(), as_tuples=True, batch_size=options.batch_size, n_process=options.n_process
    ):
        item = pending.pop(key)
        near = None
        if item.near is not None:  # the similar text was read earlier, so it is stored by now
            near_id = _document_id(store, item.near[0])
            near = (near_id, item.near[1]) if near_id is not None else None
        sentences = sentence_offsets(parsed)
        found = annotations(parsed, sentences, item.doc.published) if options.stages else None
        if found is not None:
            report.timexes += len(found.timexes)
            report.actor_mentions += len(found.actors)
            report.event_mentions += len(found.events)
        store.add_document(
            item.doc,
            path_key=item.path_key,
            sentences=sentences,
            parse=serialise(parsed),
            minhash=item.minhash,
            near_duplicate=near,
            run_id=run_id,
            annotations=found,
        )
        report.stored += 1
        report.words += item.doc.n_words

    for key, digest in late_duplicates:
        document_id = store.document_id_for_hash(digest)
        if document_id is not None:
            store.record_duplicate(run_id, key, document_id)

    if options.stages and options.vectors:  # search's sentence vectors, once per new sentence
        index_sentences(store)

    for err in report.skipped:
        store.record_skip(run_id, err.path, err.reason, err.detail)
    report.seconds = time.perf_counter() - started
    store.finish_run(
        run_id,
        stored=report.stored,
        unchanged=report.unchanged,
        duplicates=len(report.duplicates),
        near_duplicates=len(report.near_duplicates),
        skipped=len(report.skipped),
        words=report.words,
        seconds=round(report.seconds, 3),
    )
    return report


def _document_id(store: Store, index_key: str) -> int | None:
    if index_key.startswith("doc:"):
        return int(index_key[4:])
    row = store.conn.execute(
        "SELECT document_id FROM document_paths WHERE path = ?", (index_key,)
    ).fetchone()
    return int(row[0]) if row else None


def _path_of(store: Store, document_id: int) -> str:
    row = store.conn.execute("SELECT path FROM documents WHERE id = ?", (document_id,)).fetchone()
    return row[0] if row else "?"


def serialise(doc: Doc) -> bytes:
    """The parse as a one-document DocBin (tokens, tags, lemmas, dependencies, entities,
    sentence starts), so that later stages never parse the text again."""
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def deserialise(data: bytes, vocab) -> Doc:  # noqa: ANN001 - spaCy Vocab
    return next(DocBin().from_bytes(data).get_docs(vocab))
