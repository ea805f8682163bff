"""The build: files -> clean documents -> spaCy parse -> the store, with duplicates and skips reported.

This module only orchestrates; each step belongs to its own module (``ingest``, ``nlp``,
``duplicates``, ``store``, ``tasks``, ``runners``). Reading (2) and parsing with annotation (5)
run as tasks over plain data (:mod:`chronica.tasks`) on a :mod:`chronica.runners` runner — this
process, N local processes or a Dask cluster — with a bounded number in flight; this process is
the one writer and takes their results in input order, so the store is the same (same ids)
whatever ran the tasks. The steps, for each file:

1. discover: the files under the paths given (never outside them);
2. load: one file -> documents (a file that cannot be read is *skipped*, with its reason);
3. triage: unchanged, exact duplicate, near-duplicate, or new;
4. cut: a new document's text into parse-sized segments (:func:`chronica.nlp.segment_bounds`),
   so that memory follows the segment size, not the file's (``--max-bytes`` is the only limit);
5. parse and annotate: segments stream through ``nlp.pipe`` in batches (one task each), each with
   the time, actor and event stages; what each segment found is shifted into the whole document;
6. store: each document in its own transaction once its last segment is done (the segments of
   a long document wait in a temporary file, not in memory);
7. the chronicle: the new event mentions merged into the stored chronicle, updating only what
   they touch (:mod:`chronica.chronicle.persist`), in one transaction.

An input file read before with the same size and modification time is skipped at step 1,
before it is opened; one whose size or time changed is hashed there, and skipped when its bytes
hash as they did when it was read (touched, not changed); when nothing is new, no pipeline is
loaded.

A document whose processing fails (any step from 2 to 5) is recorded in ``skipped`` with the
reason and the build goes on with the next: one bad document never takes another with it. Only
the store itself failing (disk full, permissions) ends the build, and the store stays consistent
because every document is one transaction. Re-running on the same input changes nothing: a path
whose text is already stored is counted as *unchanged* and not parsed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import resource
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from typing import TYPE_CHECKING

from chronica import duplicates as neardup
from chronica.errors import IngestError, Interrupted, StoreError
from chronica.ingest import discover
from chronica.ingest._decode import UTF8_REPLACED
from chronica.ingest._published import anchor_date
from chronica.ingest.document import Document
from chronica.segments import BATCH_CHARS, SEGMENT_CHARS, segment_bounds
from chronica.store import Store
from chronica.store.db import Segment

if TYPE_CHECKING:  # imported when there is work: a build with nothing new loads no pipeline
    from chronica import runners, tasks
    from chronica.chronicle.persist import UpdateReport

#: exit status of ``chronica build`` when every input was read (0) or when some were skipped (3).
EXIT_OK = 0
EXIT_SKIPPED = 3
#: a file modified this recently (ns) is not remembered as read (see ``_Build._files_read``)
RACY_NS = 2_000_000_000


@dataclass
class BuildOptions:
    max_bytes: int = 20_000_000
    published: str | None = None  # overrides every document's publication date
    source: str | None = None  # overrides every document's outlet
    batch_size: int = 32  # segments per parsing task (one spaCy batch), at most BATCH_CHARS // segment_chars
    n_process: int | None = 1  # worker processes; None: every core, fewer for a small input
    dask: str | None = None  # a Dask scheduler address, or local:N (then n_process is unused)
    files_per_task: int = 16  # files per reading task
    near_duplicate_threshold: float = neardup.THRESHOLD
    stages: bool = True  # run time, actors and events after parsing (False: parse and store only)
    chronicle: bool = True  # then merge the new event mentions into the stored chronicle
    segment_chars: int = SEGMENT_CHARS  # the longest text parsed as one spaCy Doc
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
    chronicle: UpdateReport | None = None  # what the chronicle step did (None: not run, or nothing to do)
    #: documents stored with a warning: (path key, message), e.g. undecodable bytes replaced
    warnings: list[tuple[str, str]] = field(default_factory=list)
    segments: int = 0  # parse-sized pieces parsed (one per short document)
    #: CPU seconds of this process per step ("parse": reading, parsing and annotating when they
    #: run here, and waiting for workers; "store", "chronicle", "vectors"), and "workers": the
    #: CPU of the worker processes, once they have ended (benchmarks/long_doc_scale.py)
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else EXIT_OK


@dataclass
class _Pending:
    """A document read and waiting for its segments' parses."""

    doc: Document
    path_key: str
    minhash: bytes
    near: tuple[str, float] | None
    bounds: list[tuple[int, int]]
    done: "_Spool" = field(default_factory=lambda: _Spool())
    failed: bool = False
    found: dict[str, int] = field(default_factory=lambda: {"timexes": 0, "actors": 0, "events": 0})


class _Spool:
    """The parsed segments of one document until its last one is done: the first in memory, the
    rest in an anonymous temporary file, so a 50 MB book holds one segment's results in memory."""

    def __init__(self) -> None:
        self._first: Segment | None = None
        self._file = None  # type: ignore[assignment]
        self.count = 0

    def add(self, segment: Segment) -> None:
        if self.count == 0:
            self._first = segment
        else:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="chronica-segments-")
            pickle.dump(segment, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Segment]:
        if self._first is not None:
            yield self._first
        if self._file is not None:
            self._file.seek(0)
            for _ in range(self.count - 1):
                yield pickle.load(self._file)

    def close(self) -> None:
        self._first = None
        if self._file is not None:
            self._file.close()
            self._file = None


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

    :param paths: files and folders (walked recursively; nothing outside them is read).
    :param store: the store to write to; each document is one transaction.
    :param options: size limit, overrides, batch size, worker processes, segment size.
    :param on_file: ``on_file(path, total)`` is called once per input file read (a progress bar).
    :returns: what was stored, skipped (with reasons) and flagged.
    :raises StoreError: the store cannot be written (disk full, permissions); what was stored
        before stays stored.
    :raises Interrupted: the process was told to stop (the command line's signal handler); the
        documents stored before stay stored, the one being written is rolled back, and the
        exception's ``report`` says what was done. Running the same build again completes it.
    """
    options = options or BuildOptions()
    paths = list(paths)
    run = _Build(paths, store, options, on_file)
    try:
        return run.run()
    except Interrupted as exc:  # told to stop: what was stored stays, each document whole
        if run.run_id:  # counted by the store: the signal may fall between a commit and the report's count
            try:
                run.report.stored = store.documents_added_in_run(run.run_id)
            except Exception:  # noqa: BLE001 - the store unreadable now: the report's own count stands
                pass
        exc.report = run.report
        raise


class _Build:
    """One run of :func:`build`: its state, and the steps as methods (numbered as in the module
    docstring)."""

    def __init__(self, paths: list[str | Path], store: Store, options: BuildOptions,
                 on_file: Callable[[str, int], None] | None) -> None:
        self.paths, self.store, self.options, self.on_file = paths, store, options, on_file
        self.report = BuildReport()
        self.pending: dict[int, _Pending] = {}
        self.run_hashes: dict[str, str] = {}  # content hash -> path key, for texts read in this run
        self.late_duplicates: list[tuple[str, str]] = []  # (path key, hash) of repeats in this run
        self.index: neardup.NearDuplicateIndex | None = None  # made when there are files to read
        self.files: list[Path] = []
        self.run_id = 0
        self.stats: dict[Path, tuple[str, int, int]] = {}  # file -> (absolute path, size, mtime_ns)
        self.digests: dict[Path, str] = {}  # file -> file_digest of its bytes, hashed at step 1
        #: (path, size, mtime_ns, documents, digest) of files touched but not changed
        self.touched: list[tuple[str, int, int, int, str]] = []
        self.file_keys: dict[Path, list[str]] = {}  # file -> its documents' path keys, when it loaded cleanly
        self.discovered_ns = 0  # the clock when the inputs were stat'ed (step 1)

    def batch_size(self) -> int:
        """The batch size asked for, capped so a batch of full segments stays within
        :data:`chronica.nlp.BATCH_CHARS` characters (parse memory follows a batch's size)."""
        return max(1, min(self.options.batch_size, BATCH_CHARS // max(1, self.options.segment_chars)))

    def _timed(self, step: str, cpu_before: float) -> None:
        """Add the CPU time since ``cpu_before`` to ``step`` in the report."""
        cpu = self.report.cpu
        cpu[step] = round(cpu.get(step, 0.0) + time.process_time() - cpu_before, 3)

    def run(self) -> BuildReport:
        started = time.perf_counter()
        store, options, report = self.store, self.options, self.report
        run_id = self.run_id = _store_call(store.start_run, {"paths": [str(p) for p in self.paths],
                                                              **options.__dict__})
        # 1. discover (an input read before with the same size and modification time, or
        #    else with the same size and bytes, is not read again: its documents count as
        #    unchanged)
        files: list[Path] = []
        self.discovered_ns = time.time_ns()
        for item in discover(self.paths):
            if isinstance(item, IngestError):
                report.skipped.append(item)
                continue
            stat = _file_stat(item)
            known = store.file_unchanged(*stat) if stat else None
            if known is not None:
                report.unchanged += known
                continue
            digest = file_digest(item) if stat and stat[1] <= options.max_bytes else None
            if digest is not None:
                known = store.file_same_content(stat[0], stat[1], digest)
                if known is not None:  # touched, not changed: remember its new time
                    report.unchanged += known
                    self.touched.append((*stat, known, digest))
                    continue
                self.digests[item] = digest
            files.append(item)
            if stat:
                self.stats[item] = stat
        self.files = files
        if files:  # nothing new: no pipeline, no near-duplicate index
            from chronica import runners, tasks

            self.index = neardup.NearDuplicateIndex(options.near_duplicate_threshold)
            for document_id, blob in store.minhashes():
                self.index.add(f"doc:{document_id}", neardup.from_bytes(blob))
            workers = options.n_process
            if workers is None:
                workers = runners.auto_workers(sum(_size(p) for p in files))
            warm = partial(tasks.warm, options.stages)
            cpu_before, children_before = time.process_time(), _children_cpu()
            with runners.open_runner(workers, options.dask, initializer=warm) as runner:
                # 5. parse and annotate, segment by segment, in order
                for batch, analyses in runner.map(tasks.analyse, self._analyse_jobs(runner)):
                    for (key, idx), analysis in zip(batch, analyses):
                        self._parsed(key, idx, analysis)
                    self._store_vectors(analyses)
            # the near-duplicate index holds every stored document's signature (the store's
            # size): let it go before the chronicle step, whose memory the store must not set
            self.index = None
            self._timed("parse", cpu_before)
            report.cpu["parse"] = round(report.cpu["parse"] - report.cpu.get("store", 0.0), 3)
            report.cpu["workers"] = round(_children_cpu() - children_before, 3)
        for item in list(self.pending.values()):  # lost with a batch that failed
            self._fail(item, "processing-error", "the parser failed on a batch holding this document")
        for key, digest in self.late_duplicates:
            document_id = store.document_id_for_hash(digest)
            if document_id is not None:
                _store_call(store.record_duplicate, run_id, key, document_id)
        for err in report.skipped:
            _store_call(store.record_skip, run_id, err.path, err.reason, err.detail)
        _store_call(store.record_files, self._files_read())
        # 7. the chronicle: what the new mentions touch (not loaded when it has nothing to do)
        if options.stages and options.chronicle and (files or not store.chronicle.up_to_date()
                                                     or not _exports_current(store)):
            from chronica.chronicle import persist

            cpu_before = time.process_time()
            try:
                report.chronicle = persist.update(store, _task_model())
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot write to the store {store.path}: {exc}") from exc
            self._timed("chronicle", cpu_before)
        if options.stages and options.vectors and files:  # 8. search's index: a vector for each new sentence text
            from chronica.search import index_sentences

            cpu_before = time.process_time()
            _store_call(index_sentences, store)
            self._timed("vectors", cpu_before)
        report.seconds = time.perf_counter() - started
        _store_call(
            store.finish_run, run_id, stored=report.stored, unchanged=report.unchanged,
            duplicates=len(report.duplicates), near_duplicates=len(report.near_duplicates),
            skipped=len(report.skipped), words=report.words, seconds=round(report.seconds, 3),
        )
        return report

    # 2. load (as tasks), 3. triage, 4. cut ---------------------------------------------------
    def _read_jobs(self) -> Iterator[tuple[None, tasks.ReadJob]]:
        from chronica import tasks

        for chunk in _chunks(self.files, self.options.files_per_task):
            yield None, tasks.ReadJob(tuple(str(p) for p in chunk), self.options.max_bytes)

    def _segments(self, runner: runners.Runner) -> Iterator[tuple[tuple[int, int], tuple[str, str | None]]]:
        """Each new document's segments as ``((document key, segment index), (text, reference
        date))``, the files read by ``runner``."""
        from chronica import tasks

        for _, reads in runner.map(tasks.read_files, self._read_jobs()):
            for read in reads:
                self.report.skipped.extend(read.errors)
                if read.documents and not read.errors:
                    self.file_keys[Path(read.path)] = [path_key(d) for d in read.documents]
                for doc, minhash in zip(read.documents, read.minhashes):
                    try:
                        item = self._triage(doc, minhash)
                    except Exception as exc:  # noqa: BLE001 - a user's document: recorded, never fatal
                        self.report.skipped.append(_processing_error(doc.path, "triage", exc))
                        continue
                    if item is None:
                        continue
                    key = id(item)
                    self.pending[key] = item
                    for idx, (start, end) in enumerate(item.bounds):
                        # without a publication date the time stage infers one from the text
                        yield (key, idx), (item.doc.text[start:end],
                                           anchor_date(item.doc.published, item.doc.published_source))
                if self.on_file:
                    self.on_file(read.path, len(self.files))

    def _analyse_jobs(self, runner: runners.Runner) -> Iterator[tuple[list[tuple[int, int]], tasks.AnalyseJob]]:
        from chronica import tasks

        for batch in _chunks(self._segments(runner), self.batch_size()):
            keys = [key for key, _ in batch]
            yield keys, tasks.AnalyseJob(tuple(text for _, text in batch), self.options.stages, self._embed())

    def _embed(self) -> str | None:
        """What the tasks embed with MiniLM beside the parse: every sentence when search's
        vectors are wanted and made by MiniLM (8., ``CHRONICA_SEARCH_VECTORS=minilm``), else the
        sentences the chronicle merges and the claims (7.; search's static vectors are a table
        look-up, made in step 8); nothing without the chronicle."""
        from chronica.chronicle.embeddings import search_model

        options = self.options
        if not options.stages:
            return None
        if options.vectors and search_model() == "minilm":
            return "all"
        return "events" if options.chronicle else None

    def _store_vectors(self, analyses: list[tasks.Analysis]) -> None:
        """The sentence vectors a task computed, stored by their texts' hashes (one transaction
        for the batch; a text stored before keeps its vector): steps 7 and 8 find them."""
        rows = [row for analysis in analyses for row in analysis.vectors]
        if not rows:
            return
        from chronica.store import search as store_search

        cpu_before = time.process_time()
        hashes = [h for h, _ in rows]
        _store_call(store_search.write_blobs, self.store, hashes, [blob for _, blob in rows])
        self._timed("store", cpu_before)

    def _files_read(self) -> list[tuple[str, int, int, int, str | None]]:
        """(path, size, mtime_ns, documents, digest) of the files whose every document is stored
        now (a build killed before reads them again next time, and finds their texts stored),
        and of the files touched but not changed (their new time). A file modified within
        :data:`RACY_NS` before it was stat'ed is left out: a change in the same tick of the file
        system's clock would keep its size and time (git's "racily clean" case). The window is
        counted from the stat, not from the end of the build: how long the build took says
        nothing about a change made after the stat."""
        failed = {e.path for e in self.report.skipped}
        settled = self.discovered_ns - RACY_NS
        read = [(*self.stats[p], len(keys), self.digests.get(p)) for p, keys in self.file_keys.items()
                if p in self.stats and self.stats[p][2] < settled and not failed.intersection(keys)]
        return read + [row for row in self.touched if row[2] < settled]

    def _triage(self, doc: Document, minhash: bytes) -> _Pending | None:
        options, report, store = self.options, self.report, self.store
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
            _store_call(store.record_duplicate, self.run_id, key, existing)
            report.duplicates.append(Duplicate(key, _path_of(store, existing)))
            return None
        if digest in self.run_hashes:
            self.late_duplicates.append((key, digest))
            report.duplicates.append(Duplicate(key, self.run_hashes[digest]))
            return None
        sig = neardup.from_bytes(minhash)  # computed by the reading task
        bounds = segment_bounds(doc.text, options.segment_chars)
        self.run_hashes[digest] = key
        near = self.index.best_match(sig)
        self.index.add(key, sig)  # texts of this run are matched too, before they are stored
        if near is not None:
            report.near_duplicates.append(NearDuplicate(key, near[0], near[1]))
        return _Pending(doc, key, minhash, near, bounds)

    # 5. each parsed segment, 6. store ----------------------------------------------------------
    def _parsed(self, key: int, idx: int, analysis: tasks.Analysis) -> None:
        item = self.pending.get(key)
        if item is None or item.failed:
            return
        try:
            if analysis.failure:
                raise _ComponentError(analysis.failure)
            start, end = item.bounds[idx]
            found = analysis.annotations
            item.done.add(Segment(start, end, analysis.sentences, analysis.parse, found))
            if found is not None:
                item.found["timexes"] += len(found.timexes)
                item.found["actors"] += len(found.actors)
                item.found["events"] += len(found.events)
        except Exception as exc:  # noqa: BLE001 - a user's document: recorded, never fatal
            self._fail(item, "processing-error", _describe(exc, f"segment {idx + 1} of {len(item.bounds)}"))
            return
        self.report.segments += 1
        if idx == len(item.bounds) - 1:
            self._store(key, item)

    def _store(self, key: int, item: _Pending) -> None:
        store, report = self.store, self.report
        del self.pending[key]
        near = None
        if item.near is not None:  # the similar text was read earlier, so it is stored by now
            near_id = _document_id(store, item.near[0])
            near = (near_id, item.near[1]) if near_id is not None else None
        if item.doc.encoding == UTF8_REPLACED:  # kept on the document: documents.replaced_chars
            item.doc.replaced_chars = item.doc.raw.count("\ufffd")  # type: ignore[attr-defined]
        cpu_before = time.process_time()
        try:
            _store_call(store.add_document, item.doc, path_key=item.path_key, minhash=item.minhash,
                        near_duplicate=near, run_id=self.run_id, segments=item.done)
        except sqlite3.IntegrityError:
            # another build stored the same text since this one looked: a duplicate after all
            existing = store.document_id_for_hash(item.doc.content_hash)
            if existing is None:
                raise
            if store.hash_at_path(item.path_key) == item.doc.content_hash:
                report.unchanged += 1
            else:
                _store_call(store.record_duplicate, self.run_id, item.path_key, existing)
                report.duplicates.append(Duplicate(item.path_key, _path_of(store, existing)))
            return
        finally:
            item.done.close()
            self._timed("store", cpu_before)
        report.stored += 1
        report.words += item.doc.n_words
        report.timexes += item.found["timexes"]
        report.actor_mentions += item.found["actors"]
        report.event_mentions += item.found["events"]
        if item.doc.encoding == UTF8_REPLACED:
            n = item.doc.replaced_chars  # type: ignore[attr-defined]
            report.warnings.append((item.path_key, f"{n} undecodable bytes read as U+FFFD (replacement characters)"))

    def _fail(self, item: _Pending, reason: str, detail: str) -> None:
        item.failed = True
        item.done.close()
        self.pending.pop(id(item), None)
        self.run_hashes.pop(item.doc.content_hash, None)
        self.report.skipped.append(IngestError(item.path_key, reason, detail))


class _ComponentError(Exception):
    """A segment a worker could not parse or annotate (``Analysis.failure`` says where and why)."""


def _exports_current(store: Store) -> bool:
    """The stored chronicle's exported bytes are all made by this code (else the chronicle step
    makes them: a store of an older schema, or after an upgrade)."""
    from chronica.store.exports import exports_current

    return exports_current(store)


def _store_call(method: Callable, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
    """Call a store method; the store failing (disk full, read-only, locked for too long) is a
    :class:`StoreError` with one line, which ends the build."""
    try:
        return method(*args, **kwargs)
    except sqlite3.IntegrityError:
        raise
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot write to the store {_store_path(method)}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot write to the store {_store_path(method)}: {exc.strerror or exc}") from exc


def _store_path(method: Callable) -> str:
    owner = getattr(method, "__self__", None)
    return str(getattr(owner, "path", "?"))


def _describe(exc: BaseException, where: str) -> str:
    return f"{where}: {type(exc).__name__}: {exc}"


def _processing_error(path: str, step: str, exc: BaseException) -> IngestError:
    return IngestError(path, "processing-error", f"{step}: {type(exc).__name__}: {exc}")


def _file_stat(path: Path) -> tuple[str, int, int] | None:
    """(absolute path, size, mtime in ns) of an input file, None when it cannot be stat'ed."""
    try:
        st = path.stat()
    except OSError:
        return None
    return os.path.abspath(path), st.st_size, st.st_mtime_ns


def file_digest(path: Path) -> str | None:
    """The BLAKE2b digest of a file's bytes (hex), None when it cannot be read (the reading
    task then records why). Hashing runs at ~1 GB/s: a re-run of a touched BBC corpus (5 MB)
    hashes it in milliseconds, where reading and cleaning it again took seconds."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _task_model():  # noqa: ANN202 - an Embedder or None
    """An embedder (its own, empty cache) on the MiniLM session this process's tasks loaded, or
    None (the chronicle's default embedder) when the tasks ran elsewhere or loaded none. With one
    worker the tasks run in this process: a second session of the model for the chronicle cost
    ~0.3 s CPU and ~100 MB at every build. Vectors do not depend on the session's threads."""
    import sys

    tasks = sys.modules.get("chronica.tasks")  # not imported for it: spaCy's import is its cost
    if tasks is None or tasks._EMBEDDER is None or tasks._EMBEDDER._session is None:
        return None
    return tasks._EMBEDDER.sharing_model()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last shorter), drawn as needed."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's ended children (its worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # unreadable: the reading task records why


def _document_id(store: Store, index_key: str) -> int | None:
    if index_key.startswith("doc:"):
        return int(index_key[4:])
    return store.document_id_at_path(index_key)


def _path_of(store: Store, document_id: int) -> str:
    return store.path_of(document_id) or "?"


def __getattr__(name: str):  # noqa: ANN202 - the stored parse's (de)serialiser, re-exported lazily
    if name in ("serialise", "deserialise"):
        from chronica import nlp

        return getattr(nlp, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
