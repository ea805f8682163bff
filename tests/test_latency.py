"""What keeps search and ask fast under concurrent clients gives the same answers as the slow
way: the question's statistical parse done once, the stored claims' context built once and
extended per question, questions answered in parallel threads; the web app's thread pool and
Server-Timing header; the latency benchmark's texts drawn from the store."""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from test_chronicle_data import needs_minilm

from chronica.ask import answer_json, open_asker
from chronica.ask.question import _annotate, _time_span
from chronica.chronicle.claim_conflicts import ClaimContext
from chronica.chronicle.embeddings import _bow
from chronica.claims.model import SentenceClaim
from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare
from chronica.store import Store

REPO = Path(__file__).resolve().parents[1]


def _benchmark():
    spec = importlib.util.spec_from_file_location("ask_latency", REPO / "benchmarks" / "ask_latency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the parse: statistical layers once, the stages again with the time asked ---------------------

@pytest.mark.parametrize("text", [
    "When did the Egyptian army cross the canal in October 1973?",  # a time: the stages run twice
    "Who did the prime minister meet in Paris in March 1999?",
    "What happened between Chile and Peru in the 1880s?",
    "Did the bank raise its rates?",  # no time: once
    "The company was sold in 2004.",  # a claim
])
def test_annotate_equals_two_full_runs(text):
    nlp = load_pipeline(STAGES)
    full = nlp(prepare(nlp, text, None))
    first = _time_span(full)
    if first is not None:  # what parse() did before: the whole pipeline again with the time as DCT
        full = nlp(prepare(nlp, text, first[0][0].isoformat()))
    fast = _annotate(text)
    assert [t.text for t in fast] == [t.text for t in full]
    for attr in ("timexes", "actors", "events", "claims"):
        assert repr(getattr(fast._, attr, None)) == repr(getattr(full._, attr, None)), attr


# -- the claims' context: built once, extended per question ---------------------------------------

class _Words:
    """A deterministic embedder (hashed words and word pairs) standing in for MiniLM."""

    def embed(self, texts: list[str]) -> np.ndarray:
        return _bow(texts)


def _claim(doc: int, sentence: str, value: str) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="count", topic="dead", value=value,
                         start=0, end=len(sentence))


STORED = [_claim(1, "Forty people died in the flood on Monday.", "40"),
          _claim(2, "The flood killed at least 60 people, officials said.", "60"),
          _claim(3, "Three ministers resigned over the budget.", "3")]
ASKED = [_claim(0, "Fifty people died in the flood.", "50"), _claim(0, "Two ministers resigned.", "2")]


@pytest.mark.parametrize("stored, asked", [(STORED, ASKED), (STORED, []), ([], ASKED), (STORED[:1], ASKED[:1])])
def test_claim_context_extended_equals_built_whole(stored, asked):
    embedder = _Words()
    whole = ClaimContext(stored + asked, [], embedder)
    extended = ClaimContext(stored, [], embedder).with_claims(asked, embedder)
    assert extended.claims == whole.claims
    everything = stored + asked
    for a in everything:
        for b in everything:
            assert extended.similarity(a, b) == pytest.approx(whole.similarity(a, b))


def test_claim_context_extension_leaves_the_base_alone():
    embedder = _Words()
    base = ClaimContext(STORED, [], embedder)
    base.with_claims(ASKED, embedder)
    assert base.claims == STORED and base.vectors.shape[0] == len(STORED)
    with pytest.raises(KeyError):
        base.similarity(ASKED[0], STORED[0])  # the question's claims are not the store's


# -- answering in parallel ------------------------------------------------------------------------

QUESTIONS = ["When did Nasser die?", "Nasser died in 1970.", "Did Egypt invade France?",
             "When did Eden resign?", "Who nationalised the Suez Canal?", "Eden resigned in 1960."]


@needs_minilm
def test_asking_in_parallel_gives_the_serial_answers(web_db):
    from chronica.web.views import Site

    site = Site(web_db)  # what the web app's request threads share
    try:
        serial = [answer_json(site.ask(q)) for q in QUESTIONS]
        with ThreadPoolExecutor(max_workers=6) as pool:
            parallel = list(pool.map(lambda q: answer_json(site.ask(q)), QUESTIONS * 3))
    finally:
        site.close()
    assert parallel == serial * 3
    assert {a["verdict"] for a in serial} >= {"answered", "not found"}


# -- the web app ----------------------------------------------------------------------------------

@needs_minilm
def test_web_threads_timing_and_claims(web_db):
    import anyio.to_thread

    from chronica.web import create_app
    from chronica.web.app import request_threads

    app = create_app(web_db, threads=3)
    with TestClient(app) as client:
        response = client.get("/api/search", params={"q": "canal"})
        assert response.status_code == 200
        assert _benchmark().server_time(response.headers["server-timing"]) >= 0
        limiter = client.portal.call(anyio.to_thread.current_default_thread_limiter)  # the app's loop
        assert limiter.total_tokens == 3
    # the web app asks with the store's claims, as `chronica ask` does
    assert app.state.site.asker.claims == app.state.site.store.claims()
    assert request_threads() >= 1


@pytest.mark.parametrize("header, seconds", [
    ("app;dur=12.5", 0.0125), ("db;dur=3, app;dur=100", 0.1), ("app", None), (None, None),
    ("app;dur=x", None), ("total;dur=5", None),
])
def test_benchmark_reads_server_timing(header, seconds):
    found = _benchmark().server_time(header)
    assert found == (pytest.approx(seconds) if seconds is not None else None)


@needs_minilm
def test_benchmark_texts_come_from_the_store(web_db):
    bench = _benchmark()
    queries, questions = bench.store_texts(Path(web_db), 30, seed=3)
    assert (queries, questions) == bench.store_texts(Path(web_db), 30, seed=3)  # seeded
    assert len(queries) == 30 and all(any(ch.isalnum() for ch in q) for q in queries)
    assert len(questions) == 30 and all(q.endswith("?") for q in questions)
    assert queries != bench.store_texts(Path(web_db), 30, seed=4)[0]
    texts = " ".join(s.text for s in Store(web_db).sentence_texts())
    assert all(q.split()[0].strip(".,;:!?\"'()") in texts for q in queries)


# -- the events a question is about: through the index, the same as a scan -----------------------

EVENT_QUESTIONS = QUESTIONS + [
    "What happened between Britain and Egypt in 1956?", "Did Israel attack Egypt?",
    "What did Nasser do?", "When did Britain and France invade Egypt?", "Who attacked Egypt?",
    "What happened in 1957?", "Did Moscow threaten London?", "When did the canal reopen?"]


@needs_minilm
def test_events_for_through_the_index_equals_the_scan(suez_db, monkeypatch):
    from chronica.ask import Asker, parse

    store = Store(suez_db)
    try:
        asker = open_asker(store)
        questions = [parse(q) for q in EVENT_QUESTIONS]
        indexed = [[e.id for e in asker.events_for(q)] for q in questions]
        monkeypatch.setattr(Asker, "_candidates", lambda self, q: self.chronicle.events)
        scanned = [[e.id for e in asker.events_for(q)] for q in questions]
    finally:
        store.close()
    assert indexed == scanned
    assert sum(map(len, indexed)) > 5  # the questions do find events


# -- the claim context from the stored vectors ----------------------------------------------------

@needs_minilm
def test_stored_vectors_are_the_models_and_nothing_is_written(suez_db):
    """StoredFirst gives the model's own vector for every text, whether the store has it (the
    claim sentences, embedded by the build) or not (a text of no sentence), and writes nothing."""
    from chronica.chronicle.embeddings import default_embedder
    from chronica.search import StoredFirst
    from chronica.store.search import open_readonly, vector_count

    store = open_readonly(suez_db)
    try:
        claims = store.claims()
        texts = list(dict.fromkeys(c.sentence for c in claims))[:20] + ["A sentence no article has."]
        before = vector_count(store)
        model = default_embedder()
        stored = StoredFirst(store, model).embed(texts)
        assert stored.dtype == np.float32 and stored.shape == (len(texts), 384)
        assert np.array_equal(stored, model.embed(texts))
        assert vector_count(store) == before
        assert StoredFirst(store, model).embed([]).shape[0] == 0
    finally:
        store.close()


@needs_minilm
def test_claim_checks_from_stored_vectors_equal_the_models(suez_db):
    """A claim check through the asker (its claim context read from the stored vectors) answers
    as one whose context is embedded by the model."""
    from chronica.ask.answer import Asker
    from chronica.chronicle.embeddings import default_embedder
    from chronica.store.search import open_readonly

    claims = ["Nasser nationalised the Suez Canal in 1956.", "Eden resigned in 1960.",
              "Israel invaded Egypt in 1956.", "Britain and France attacked Egypt in 1957."]
    store = open_readonly(suez_db)
    try:
        asker = open_asker(store)  # the context from the stored vectors
        fresh = Asker(asker.chronicle, None, claims=asker.claims, reader=asker.reader)
        fresh._context = ClaimContext(fresh.claims, fresh.chronicle.events, default_embedder())
        fresh.index = asker.index  # the same search for related sentences, the context is the model's
        assert [answer_json(asker.check(c)) for c in claims] == [answer_json(fresh.check(c)) for c in claims]
        assert asker.claims  # the example's claims
        built = asker._claim_context(default_embedder())
        assert np.array_equal(built.vectors, fresh._context.vectors)
    finally:
        store.close()


# -- folding names: the ASCII shortcut is the full fold ------------------------------------------

def _full_fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@pytest.mark.parametrize("text", ["Anthony Eden", "SOVIET UNION", "", "Kim Il-sung's", "Río de la Plata",
                                  "Brasília", "Straße", "ǅemal", "ＵＳＳＲ", "Ærø", "İstanbul", "Ⅻ", "ﬁn"])
def test_fold_ascii_shortcut_equals_the_full_fold(text):
    from chronica.ask.reading import fold

    assert fold(text) == _full_fold(text)


def test_fold_equals_the_full_fold_on_random_text():
    import random

    from chronica.ask.reading import fold

    rng = random.Random(5)
    alphabet = [chr(i) for i in range(0, 0x250)] + list("ßİıǅﬁＡ́")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text) == _full_fold(text), repr(text)


# -- chronica serve --workers: several processes answer as one ------------------------------------

@needs_minilm
def test_serve_with_two_workers_answers_as_the_app(web_db):
    import os
    import subprocess
    import sys
    import time

    import httpx

    bench = _benchmark()
    port = bench._free_port()
    server = subprocess.Popen([sys.executable, "-m", "chronica.cli", "serve", "--db", str(web_db),
                               "--port", str(port), "--workers", "2"], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=dict(os.environ, PYTHONPATH=str(REPO)))
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        while True:
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() - started < 300, "chronica serve --workers 2 did not answer"
            try:
                httpx.get(base + "/api/documents", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        # both workers up (uvicorn's supervisor starts them; each loads the store itself)
        while len(_children(server.pid)) < 2 and time.monotonic() - started < 300:
            time.sleep(0.5)
        assert len(_children(server.pid)) >= 2
        with TestClient(__import__("chronica.web", fromlist=["create_app"]).create_app(web_db)) as local:
            with httpx.Client(timeout=60) as c:
                for question in QUESTIONS:  # several requests: both workers answer some
                    for _ in range(2):
                        r = c.get(base + "/api/ask", params={"q": question})
                        assert r.status_code == 200
                        assert r.json() == local.get("/api/ask", params={"q": question}).json()
                r = c.get(base + "/api/search", params={"q": "canal"})
                assert r.status_code == 200 and r.json() == local.get("/api/search", params={"q": "canal"}).json()
                assert "default-src 'none'" in r.headers["content-security-policy"]
                assert c.post(base + "/api/search", params={"q": "canal"}).status_code == 405
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert bench._cpu_seconds(os.getpid()) > 0  # the benchmark sums a process tree's CPU


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
            except OSError:
                continue
    return out


# -- one search per question: the first k of a search for more are the search for k --------------

@needs_minilm
@pytest.mark.parametrize("query", ["canal", "When did Nasser die?", "Who withdrew from Egypt?", "oil",
                                   "Britain and France invaded", "zzzz"])
def test_search_cut_equals_the_search_for_fewer(web_db, query):
    from chronica.search import SentenceIndex, hit_json

    index = SentenceIndex(Store(web_db))
    more = [hit_json(h) for h in index.search(query, limit=20)]
    for k in (1, 3, 10):
        assert [hit_json(h) for h in index.search(query, limit=k)] == more[:k]


@needs_minilm
def test_a_question_is_searched_once(web_db, monkeypatch):
    from chronica.search import SentenceIndex

    asker = open_asker(Store(web_db))
    calls = []
    search = SentenceIndex.search
    monkeypatch.setattr(SentenceIndex, "search", lambda self, q, limit=10, store=None: (
        calls.append(q), search(self, q, limit, store))[1])
    for question in ["Who withdrew from Egypt?", "When did the canal reopen?", "Did Egypt invade France?"]:
        calls.clear()
        answer = asker.ask(question)
        assert calls.count(question) <= 1, (question, answer.verdict)


def test_serve_protocol_turns_nagle_off():
    """uvicorn's worker processes listen on a socket of protocol 0, whose connections asyncio
    leaves with Nagle on (a response's body then waits ~40 ms for the client's delayed ACK of
    its headers): the protocol chronica serve runs turns it off on each connection."""
    import asyncio
    import socket

    from uvicorn.config import Config
    from uvicorn.server import ServerState

    from chronica.web.app import HTTP_PROTOCOL, NoDelayProtocol

    async def app(scope, receive, send):  # noqa: ANN001, ANN202
        pass

    class Transport(asyncio.Transport):
        def __init__(self, sock):  # noqa: ANN001
            super().__init__()
            self.sock = sock

        def get_extra_info(self, name, default=None):  # noqa: ANN001, ANN202
            return {"socket": self.sock, "peername": self.sock.getpeername(),
                    "sockname": self.sock.getsockname()}.get(name, default)

    listener = socket.socket(socket.AF_INET)  # as uvicorn binds for its workers: protocol 0
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    client = socket.create_connection(listener.getsockname())
    conn, _ = listener.accept()
    loop = asyncio.new_event_loop()
    try:
        assert conn.proto == 0 and conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        config = Config(app, log_level="warning")
        config.load()
        protocol = NoDelayProtocol(config, ServerState(), app_state={}, _loop=loop)
        protocol.connection_made(Transport(conn))
        assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
        protocol.timeout_keep_alive_task and protocol.timeout_keep_alive_task.cancel()
    finally:
        loop.close()
        for s in (conn, client, listener):
            s.close()
    assert HTTP_PROTOCOL.rsplit(":", 1)[1] == NoDelayProtocol.__name__
