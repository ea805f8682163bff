"""The build's units of work as plain functions over plain, picklable data, so that each runs
anywhere: in this process, in a pool of local processes, or on a Dask worker on another machine.

Public API:

- :func:`read_files` — ``ReadJob`` (file paths) -> one :class:`FileRead` per file: its clean
  documents with their MinHash signatures, and what could not be read (as ``IngestError`` data);
- :func:`analyse` — ``AnalyseJob`` (texts with their publication dates) -> one :class:`Analysis`
  per text: the sentences, the parse (a DocBin) and what the time, actor and event stages found.

Nothing here touches the store: the build's one writer stores what these return. The spaCy
pipeline is loaded once per process (``chronica.nlp.load_pipeline`` is cached) and used by one
thread at a time (a Dask worker may run tasks on several threads).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from chronica import duplicates as neardup
from chronica.errors import IngestError
from chronica.ingest import load
from chronica.ingest.document import Document
from chronica.nlp import load_pipeline, sentence_offsets, serialise
from chronica.stages import STAGES, annotations, prepare
from chronica.store.db import Annotations


@dataclass(frozen=True)
class ReadJob:
    """Files to read, in order, and the size limit."""

    paths: tuple[str, ...]
    max_bytes: int


@dataclass
class FileRead:
    """One file read: its documents, the MinHash signature of each (``duplicates.to_bytes``),
    and the records or the whole file that could not be read."""

    path: str
    documents: list[Document] = field(default_factory=list)
    minhashes: list[bytes] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


@dataclass(frozen=True)
class AnalyseJob:
    """Texts to parse and annotate: ``(text, publication date or None)`` each."""

    texts: tuple[tuple[str, str | None], ...]
    stages: bool = True  # run time, actors and events after parsing
    #: the sentences to embed here, beside the parse (see :func:`sentence_vectors`): "all" (the
    #: search index and the chronicle), "events" (those holding an event: the chronicle's merge),
    #: None (none: the writer's process embeds what it needs)
    embed: str | None = None


@dataclass
class Analysis:
    """One text parsed and annotated, as plain data: sentence offsets, the parse, annotations
    (None when the stages were not run); or, when that failed, ``failure`` says where and why
    (the build records the document as skipped)."""

    sentences: list[tuple[int, int]]
    parse: bytes
    annotations: Annotations | None
    failure: str | None = None
    #: ``(text_hash, float32 vector bytes)`` of the sentences embedded with the parse
    vectors: list[tuple[str, bytes]] = field(default_factory=list)


def read_files(job: ReadJob) -> list[FileRead]:
    """Read and clean each file of ``job``; a file that cannot be read is recorded, not raised."""
    out = []
    for path in job.paths:
        result = FileRead(path)
        try:
            result.documents, result.errors = load(path, max_bytes=job.max_bytes)
        except IngestError as exc:
            result.errors = [exc]
        except MemoryError:
            result.errors = [IngestError(path, "too-large", "out of memory while reading")]
        except Exception as exc:  # noqa: BLE001 - a user's file: recorded, never fatal
            result.errors = [IngestError(path, "processing-error", f"reading: {type(exc).__name__}: {exc}")]
        result.minhashes = [neardup.to_bytes(neardup.signature(d.text)) for d in result.documents]
        out.append(result)
    return out


_PIPELINE_LOCK = threading.Lock()

#: the key under which the error handler marks a Doc a component failed on
_FAILED = "chronica_failed"


def analyse(job: AnalyseJob) -> list[Analysis]:
    """Parse each text of ``job`` and run the stages after parsing over it (one ``nlp.pipe``).

    The result depends on the texts alone, never on which process or batch handled them: the
    build stores the same data whatever runs it. A component failing on a text marks that text
    failed; a batch the parser itself fails on is parsed again text by text, so only the text
    at fault is lost.
    """
    with _PIPELINE_LOCK:
        nlp = load_pipeline(STAGES if job.stages else ())
        if job.embed and job.stages:  # before the events stage's first use of the default embedder
            try:
                task_embedder()
            except Exception:  # noqa: BLE001 - a model that fails to load fails where it is used, as before
                pass
        try:
            with _recording_errors(nlp):
                try:
                    return _analyse(nlp, job.texts, job.stages, job.embed)
                except Exception as exc:  # noqa: BLE001 - one bad text must not take the batch with it
                    if len(job.texts) == 1:
                        return [_failure(exc)]
                return [_analyse_alone(nlp, text, job.stages, job.embed) for text in job.texts]
        finally:
            trim_heap()


def _malloc_trim():  # noqa: ANN202 - glibc's malloc_trim, or None where there is none
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl without it, Windows)
        return None


_TRIM = _malloc_trim()


def trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing where
    there is none). A batch's parse works in ~150-180 MB that it frees at its end, but glibc
    keeps the freed pages, and as their pattern changes from batch to batch the heap a long
    text leaves behind grows in steps (a 2 MB BBC text's build: 668 -> 882 MB over its parse;
    the memory Python and numpy hold after a batch is ~10 MB). Trimmed after each batch, a
    process holds what is live. Changes no result: only freed memory is returned."""
    if _TRIM is not None:
        _TRIM(0)


def _analyse_alone(nlp: Language, text: tuple[str, str | None], stages: bool, embed: str | None) -> Analysis:
    try:
        return _analyse(nlp, (text,), stages, embed)[0]
    except Exception as exc:  # noqa: BLE001 - a user's text: recorded, never fatal
        return _failure(exc)


def _failure(exc: Exception) -> Analysis:
    return Analysis([], b"", None, f"parsing: {type(exc).__name__}: {exc}")


def _analyse(nlp: Language, texts: tuple[tuple[str, str | None], ...], stages: bool,
             embed: str | None = None) -> list[Analysis]:
    """One ``nlp.pipe`` over ``texts``. spaCy's error handler drops a Doc a component raised on
    from the stream, so each Doc travels with its index and one missing is a failure (the reason
    the handler wrote on it), never a shift of the others' results."""
    docs = [prepare(nlp, text, published) for text, published in texts]
    out: list[Analysis | None] = [None] * len(docs)
    to_embed: dict[int, list[str]] = {}  # the texts each document's vectors are made for
    for parsed, i in nlp.pipe(zip(docs, range(len(docs))), as_tuples=True, batch_size=max(1, len(docs))):
        failure = parsed.user_data.get(_FAILED)
        if failure:
            out[i] = Analysis([], b"", None, f"{failure[0]}: {failure[1]}")
            parsed.user_data.clear()
            continue
        sentences = sentence_offsets(parsed)
        found = annotations(parsed, sentences, texts[i][1]) if stages else None
        if embed and stages:
            to_embed[i] = sentences_to_embed(texts[i][0], sentences, found, embed)
        out[i] = Analysis(sentences, serialise(parsed), found)
        parsed.user_data.clear()  # the Doc the pipeline gave back may be a new one (see below)
    if to_embed:
        # the batch's documents embedded together, not one by one (see sentence_vectors)
        vectors = embed_texts([t for ts in to_embed.values() for t in ts])
        for i, ts in to_embed.items():
            out[i].vectors = [vectors[t] for t in ts if t in vectors]  # type: ignore[union-attr]
    for i, doc in enumerate(docs):
        if out[i] is None:
            name, message = doc.user_data.get(_FAILED, ("parsing", "the document was lost in its batch"))
            out[i] = Analysis([], b"", None, f"{name}: {message}")
        # what the stages kept on the Doc (its entities, their extension attributes) holds Spans
        # that hold the Doc: a cycle only a full collection frees, and a Doc of a 20,000-character
        # segment (its tokens and tensors, ~2-3 MB) outlives the batch's many young collections,
        # so a long text's Docs piled up until one (+~8 MB a batch, traced); the results are plain
        # data by now: the cycle is broken here
        doc.user_data.clear()
    return out  # type: ignore[return-value]


#: the embedder of this process's tasks (one onnxruntime thread: a worker process per core)
_EMBEDDER = None


def sentence_vectors(text: str, sentences: list[tuple[int, int]], found: Annotations | None,
                     embed: str) -> list[tuple[str, bytes]]:
    """``(text_hash, vector)`` for the distinct sentence texts of ``text`` (``embed`` "all"),
    or of those holding an event or a claim ("events"), shortest first; none when the MiniLM model is not
    installed here (the writer's process embeds them then). Each text's vector depends on this
    text alone, never on what else the process embedded: 1 worker, N workers and Dask store the
    same vectors, so the chronicle merges the same way.

    Embedding here, in the task, puts the build's largest step after parsing (MiniLM over every
    sentence) on every core instead of in the one writer. A task embeds the sentences of all
    its documents together (:func:`embed_texts`), not a document at a time: the same vectors."""
    texts = sentences_to_embed(text, sentences, found, embed)
    vectors = embed_texts(texts)
    return [vectors[t] for t in texts if t in vectors]


def sentences_to_embed(text: str, sentences: list[tuple[int, int]], found: Annotations | None,
                       embed: str) -> list[str]:
    """The distinct sentence texts of ``text`` that :func:`sentence_vectors` embeds, shortest first."""
    if embed == "events":  # the merge's (events) and the claim checks' (claims) sentences
        spans = {(e.sentence_start, e.sentence_end)
                 for e in [*(found.events if found else ()), *(found.claims if found else ())]
                 if e.sentence_start is not None and e.sentence_end is not None}
    else:
        spans = sentences
    return sorted(dict.fromkeys(text[s:e] for s, e in spans), key=len)


def embed_texts(texts: list[str]) -> dict[str, tuple[str, bytes]]:
    """Each distinct text of ``texts`` -> ``(text_hash, float32 vector bytes)``, by MiniLM; none
    when the model is not installed here.

    The texts of a task's documents are embedded in one call, the distinct texts sorted by
    length: the model pads a batch to its longest text, so one document's few sentences in a
    batch of their own were padded to the longest of them, and a short document made a small
    batch (60 BBC texts' events and claims: 58 model runs, 13,530 padded tokens for 9,532 real,
    4.2 s CPU). A text's vector does not depend on its batch-mates (the padding is masked;
    tests/test_embeddings_memory.py), so the vectors are those of a document at a time, to the bit."""
    from chronica.chronicle.embeddings import model_files
    from chronica.store.chronicle import text_hash

    distinct = sorted(dict.fromkeys(texts), key=len)
    if not distinct or model_files() is None:
        return {}
    vectors = task_embedder().encode(distinct)
    return {t: (text_hash(t), v.astype("float32").tobytes()) for t, v in zip(distinct, vectors)}


def task_embedder():  # noqa: ANN201 - an Embedder, or None without the MiniLM model
    """This process's task embedder (one onnxruntime thread: a worker process per core), made on
    first use, and the process's default embedder (:func:`chronica.chronicle.embeddings.default_embedder`,
    which the events stage's back-off types with) made on the same session when there is none yet:
    one MiniLM session in a process that runs tasks instead of two (~0.2 s CPU and ~100 MB each).
    A text's vector does not depend on the session's threads (tests/test_task_embedder66.py)."""
    global _EMBEDDER
    from chronica.chronicle import embeddings

    if _EMBEDDER is None:
        if embeddings.model_files() is None:
            return None
        _EMBEDDER = embeddings.Embedder(threads=1)
        embeddings.share_default(_EMBEDDER)
    return _EMBEDDER


def _mark_failed(name: str, component, docs: list[Doc], error: Exception) -> None:  # noqa: ANN001
    """spaCy's error handler during a build: a component that raises on a document marks that
    document failed (the build records it as skipped) instead of ending the whole run."""
    for doc in docs:
        doc.user_data.setdefault(_FAILED, (name, f"{type(error).__name__}: {error}"))


@contextmanager
def _recording_errors(nlp: Language) -> Iterator[None]:
    """Install :func:`_mark_failed` on the (shared, cached) pipeline for one task only, as the
    handler of the components without their own (Chronica's stages; spaCy's Cython components
    cannot take one, and after segmentation the parse itself does not fail on long texts)."""
    previous = nlp.default_error_handler
    nlp.default_error_handler = _mark_failed
    try:
        yield
    finally:
        nlp.default_error_handler = previous


def warm(stages: bool = True) -> None:
    """Load the pipeline in this process now (a worker's start), not inside its first task."""
    load_pipeline(STAGES if stages else ())
