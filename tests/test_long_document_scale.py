"""A long document costs memory per segment, not per document, and CPU per MB, not per MB².

- a generated multi-segment history built end to end: the store is complete and consistent (every
  sentence, mention, time expression and vector there, offsets into the whole text) and holds
  what the parsing tasks found in each segment, shifted into the document;
- the store's write path (one document of many segments, then search's vectors) allocates per
  segment or page: its tracemalloc peak does not grow with the number of segments;
- the embedders' caches are bounded;
- the stages read ``doc.text`` and ``doc.ents`` through :func:`chronica.nlp.doc_text` /
  :func:`chronica.nlp.doc_ents`, built once per Doc (spaCy builds them anew at each access: a
  read per sentence or per event was quadratic in the segment's size).
"""

from __future__ import annotations

import importlib.util
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from chronica import tasks
from chronica.build import BuildOptions, build
from chronica.chronicle import embeddings, persist
from chronica.events.model import EventMention, Participant
from chronica.ingest.document import Document
from chronica.nlp import doc_ents, doc_text, load_pipeline, segment_bounds
from chronica.search import index_sentences
from chronica.store import Store
from chronica.store import db as store_db
from chronica.store import search as store_search
from chronica.store.db import Annotations, Segment

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("long_text", ROOT / "benchmarks" / "long_text.py")
long_text = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(long_text)


# -- doc_text / doc_ents -------------------------------------------------------------------------

DOC_CASES = [
    "Brazil signed a trade agreement with Argentina on 3 May 1961.",
    "Kenya condemned Egypt.\n\nLater, Poland recognised Turkey in June 1990.",
    "",
]


@pytest.mark.parametrize("text", DOC_CASES)
def test_doc_text_and_ents_equal_spacy_and_are_built_once(text):
    doc = load_pipeline()(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # kept on the Doc, not built again
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)


# -- a generated book, end to end ----------------------------------------------------------------

@pytest.fixture(scope="module")
def book(tmp_path_factory) -> tuple[Path, Path, object]:
    folder = tmp_path_factory.mktemp("book")
    path = folder / "book.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("title: A generated history\n\n")
        for para in long_text.generate(0.06, seed=7):
            fh.write(para)
    db = folder / "book.db"
    with Store(db) as store:
        report = build([path], store, BuildOptions(segment_chars=3_000, n_process=1))
    return path, db, report


def test_long_book_store_is_complete_and_consistent(book):
    path, db, report = book
    assert report.stored == 1 and not report.skipped and report.segments >= 15
    with Store(db) as store:
        [doc] = store.documents()
        segments = store.segment_parses(doc.id)
        assert len(segments) == report.segments
        assert [(s, e) for s, e, _ in segments] == segment_bounds(doc.text, 3_000)
        sentences = store.sentences(doc.id)
        assert [s.idx for s in sentences] == list(range(doc.n_sentences))
        assert all(doc.text[s.start:s.end] == s.text for s in sentences)
        assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
        by_idx = {s.idx: s for s in sentences}
        events = store.event_mentions(doc.id)
        assert len(events) == report.event_mentions > 100
        for ev in events:
            assert ev.sentence == doc.text[ev.sentence_start:ev.sentence_end]
            assert (by_idx[ev.sentence_idx].start, by_idx[ev.sentence_idx].end) == (ev.sentence_start, ev.sentence_end)
            assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end
        timexes = store.timexes(doc.id)
        assert len(timexes) == report.timexes
        assert all(doc.text[t["start"]:t["end"]] == t["text"] for t in timexes)
        # the full-text index, search's vectors and the chronicle hold every sentence / mention
        n_fts = store.conn.execute("SELECT COUNT(*) FROM sentences_fts").fetchone()[0]
        assert n_fts == len(sentences)
        if report.chronicle is not None:
            assert store.chronicle.new_mention_ids() == []
            assert store_search.missing_vectors(store) == [] or embeddings.model_files() is None


def test_long_book_stores_what_each_segment_was_found_to_hold(book):
    """The independent path: each segment analysed by the parsing task alone, its findings
    shifted by the segment's start, equal what the build stored for the whole document."""
    path, db, _ = book
    with Store(db) as store:
        [doc] = store.documents()
        stored = [(e.sentence_start, e.trigger_start, e.type, e.date) for e in store.event_mentions(doc.id)]
        stored_timexes = [(t["start"], t["value"]) for t in store.timexes(doc.id)]
    expected, expected_timexes = [], []
    bounds = segment_bounds(doc.text, 3_000)
    for start, end in bounds:
        [analysis] = tasks.analyse(tasks.AnalyseJob(((doc.text[start:end], None),)))
        found = analysis.annotations.shifted(start, 0)
        expected += [(e.sentence_start, e.trigger_start, e.type, e.date) for e in found.events]
        expected_timexes += [(t["start"], t["value"]) for t in found.timexes]
    assert sorted(stored) == sorted(expected)
    assert stored_timexes == expected_timexes


# -- bounded memory: the store's write path -------------------------------------------------------

def _segment(start: int, text: str, n_events: int) -> Segment:
    """A segment of ``text`` (placed at ``start``) whose every line is a sentence with events."""
    sentences, offset = [], 0
    for line in text.splitlines(keepends=True):
        sentences.append((offset, offset + len(line.rstrip())))
        offset += len(line)
    events = []
    for i in range(n_events):
        s, e = sentences[i % len(sentences)]
        events.append(EventMention(
            document_id=0, sentence_idx=i % len(sentences), sentence=text[s:e], sentence_start=s,
            sentence_end=e, type="ENGAGE", intensity=3.0, trigger="signed", trigger_start=s,
            trigger_end=s + 2, participants=[Participant("SOURCE", "Kenya", "KEN", start=s, end=s + 5)],
            date="1961-05-03", summary="Kenya engages Egypt" * 5,
        ))
    timexes = [{"start": s, "end": s + 4, "text": text[s:s + 4], "type": "DATE", "value": "1961",
                "sentence_idx": i} for i, (s, _) in enumerate(sentences)]
    return Segment(start, start + len(text), sentences, b"p" * 2_000,
                   Annotations(dct="1961", timexes=timexes, events=events))


def _write_peak(tmp_path: Path, n_segments: int) -> tuple[int, int]:
    """tracemalloc's peak while one document of ``n_segments`` segments is stored and its
    sentences embedded (the segments made one at a time, as the build's spool gives them)."""
    piece = "".join(f"Kenya signed a pact with Egypt in 19{i:02d} after long talks.\n" for i in range(60))
    text = piece * n_segments
    doc = Document(path=str(tmp_path / f"b{n_segments}.txt"), format="txt", raw=text, text=text)

    def spool():
        for k in range(n_segments):
            yield _segment(k * len(piece), piece, n_events=120)

    class Vectors:  # a stand-in embedder: a vector per text, no model
        name = "stand-in-8"  # search records which model made its vectors

        def embed(self, texts):
            return np.ones((len(texts), 8), np.float32)

    with Store(tmp_path / f"w{n_segments}.db") as store:
        tracemalloc.start()
        try:
            store.add_document(doc, path_key=doc.path, minhash=None, near_duplicate=None, run_id=None,
                               segments=spool())
            index_sentences(store, Vectors())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        n = store.conn.execute("SELECT COUNT(*) FROM event_mentions").fetchone()[0]
    assert n == 120 * n_segments
    return peak, len(text)


def test_store_write_path_memory_does_not_grow_with_the_segments(tmp_path, monkeypatch):
    monkeypatch.setattr(store_db, "SENTENCE_PAGE", 500)  # pages smaller than the document
    monkeypatch.setattr("chronica.search.INDEX_PAGE", 500)
    few, few_chars = _write_peak(tmp_path, 5)
    many, many_chars = _write_peak(tmp_path, 40)
    # the text is read back once (its size in memory); nothing else follows the document
    assert many - few < 2 * (many_chars - few_chars) + 1_000_000, (few, many)


# -- bounded caches ------------------------------------------------------------------------------

def test_embedder_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(embeddings, "CACHE_TEXTS", 50)
    model = embeddings.Embedder(allow_fallback=True)
    monkeypatch.setattr(embeddings, "model_files", lambda: None)  # the bag-of-words vectors
    texts = [f"Sentence number {i} about Kenya." for i in range(200)]
    vectors = model.embed(texts)
    assert vectors.shape[0] == 200 and len(model._cache) == 50
    assert np.allclose(model.embed(texts[:3]), vectors[:3])  # evicted texts embed the same again


def test_stored_vectors_cache_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(persist, "CACHE_TEXTS", 40)
    monkeypatch.setattr(embeddings, "model_files", lambda: None)
    with Store(tmp_path / "v.db") as store:
        with store.transaction():
            vectors = persist.StoredVectors(store.chronicle, embeddings.Embedder(allow_fallback=True))
            texts = [f"Egypt recognised Kenya in {1900 + i}." for i in range(150)]
            vectors.store_all(texts)
            first = vectors.embed(texts[:10])
            assert len(vectors.cache) <= 40 and vectors.embedded == 150
            again = vectors.embed(texts[:10])  # read back from the store: the same vectors
            assert np.array_equal(first, again) and vectors.embedded == 150


# -- search's graph from pages --------------------------------------------------------------------

def test_graph_saved_from_pages_is_the_graph_of_the_whole_matrix(tmp_path):
    from chronica.search.vectors import VectorIndex, build_graph, cache_path, load_graph, save_graph, save_graph_pages

    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(250, 16)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    ids = np.arange(5, 255, dtype=np.int64) * 3  # rowids, not row numbers

    def pages():
        for i in range(0, len(ids), 37):
            yield ids[i:i + 37], matrix[i:i + 37]

    path = cache_path(tmp_path / "p.db")
    assert save_graph_pages(path, pages, ann_min=100)
    assert load_graph(path, ids, matrix) is not None  # the reader's fingerprint of the whole matrix
    assert not save_graph(path, ids, matrix, ann_min=100)  # up to date
    assert not save_graph_pages(path, pages, ann_min=100)
    index, whole = VectorIndex.open(ids, matrix, path, ann_min=100), VectorIndex(ids, matrix, build_graph(matrix))
    for q in matrix[:5]:
        assert index.top(q, 10) == whole.top(q, 10)
    assert not save_graph_pages(path, pages, ann_min=1000) and not path.exists()  # too few: none kept


# -- counting words without a list of every word ---------------------------------------------------

@pytest.mark.parametrize("text", ["", "one", "  two  words ", "a\nb\tc\u00a0d\u2003e", "x" * 30 + " y" * 20, "\x1cq\x1dr"])
@pytest.mark.parametrize("chunk", [1, 3, 7, 1_000_000])
def test_count_words_equals_split_whatever_the_chunk(text, chunk, monkeypatch):
    from chronica.ingest import document

    monkeypatch.setattr(document, "WORD_COUNT_CHUNK", chunk)
    assert document.count_words(text) == len(text.split())


def _rss_mb() -> float:
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:")) / 1024


@pytest.mark.skipif(tasks._TRIM is None or not Path("/proc/self/status").exists(),
                    reason="glibc's malloc_trim and /proc are Linux's")
def test_a_parsing_batch_leaves_no_freed_heap_behind():
    """A batch of three long segments works in ~150 MB that it frees at its end; glibc kept those
    pages (+144 MB of RSS after one batch of BBC text, growing in steps over a long text's
    batches), so ``tasks.analyse`` gives them back (``tasks.trim_heap``): after the batch the
    process holds little more than before it."""
    text = "".join(long_text.generate(0.07, seed=3))
    bounds = segment_bounds(text)[:3]
    job = tasks.AnalyseJob(tuple((text[s:e], None) for s, e in bounds), stages=True, embed=None)
    assert len(bounds) == 3 and min(e - s for s, e in bounds) > 15_000
    tasks.analyse(tasks.AnalyseJob((("Kenya condemned Egypt in May 1990.", None),)))  # the pipeline loaded
    before = _rss_mb()
    results = tasks.analyse(job)
    after = _rss_mb()
    assert all(r.failure is None for r in results) and sum(len(r.sentences) for r in results) > 300
    assert after - before < 50, f"{before:.0f} -> {after:.0f} MB"


def test_a_parsing_batch_leaves_no_doc_for_the_collector():
    """What the stages keep on a Doc (entities, extension attributes) holds Spans that hold the
    Doc; ``tasks._analyse`` breaks that cycle once its results are plain data, so a batch's Docs
    are freed at once, not after the next full collection (a long text's Docs piled up, ~8 MB a
    batch of three 20,000-character segments, between full collections)."""
    import gc

    from spacy.tokens import Doc

    from chronica.stages import STAGES

    nlp = load_pipeline(STAGES)
    texts = (("Brazil signed a trade agreement with Argentina on 3 May 1961. Kenya condemned Egypt.", None),
             ("On 4 July 1976, Israel attacked Uganda. The United Nations condemned the raid.", None))
    tasks._analyse(nlp, texts, True, None)
    gc.collect()
    gc.disable()
    try:
        before = sum(1 for o in gc.get_objects() if isinstance(o, Doc))
        results = tasks._analyse(nlp, texts, True, None)
        left = sum(1 for o in gc.get_objects() if isinstance(o, Doc)) - before
    finally:
        gc.enable()
    assert all(r.failure is None and r.annotations.events for r in results)
    assert left == 0
