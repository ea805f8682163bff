"""Latency of search and ask through the web app, under concurrent clients (localhost only).

    python benchmarks/ask_latency.py STORE.db [--scale F] [--clients 10] [--requests 300]

Starts ``chronica serve`` on a free port of 127.0.0.1 (its own process), then
``--clients`` threads send ``--requests`` requests in all to ``/api/search`` and to ``/api/ask``
(questions and queries of this file, cycled), and prints p50 / p95 / max latency, requests per
second and errors for each. With ``--scale F`` the store is first copied and its documents
repeated F times (text, sentences, full-text index and sentence vectors, each copy's vectors
jittered so that they are not identical), which is how a store F times larger is measured
without building one: search works on sentences, and its cost grows with them; the chronicle
(events) is not repeated, so ask's cost beyond search is that of the original store.
Bounded: at most --requests requests, each with a 30 s timeout.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np

QUERIES = ["election results", "oil prices rise", "the government announced new taxes",
           "shares fell sharply", "merger talks collapsed", "interest rates", "war", "ceasefire agreement",
           "the minister resigned", "record profits for the bank"]
QUESTIONS = ["When did the minister resign?", "Who bought the company?", "Did the bank raise rates?",
             "What happened between Britain and France in 2004?", "When did Nasser die?",
             "Did Russia invade Ukraine?"]


def scaled_copy(src: Path, factor: int, seed: int = 0) -> Path:
    """A copy of ``src`` whose documents, sentences and vectors are repeated ``factor`` times."""
    out = Path(tempfile.mkdtemp(prefix="chronica-bench-")) / f"x{factor}.db"
    shutil.copy(src, out)
    rng = np.random.default_rng(seed)
    con = sqlite3.connect(out)
    docs = con.execute("SELECT MAX(id) FROM documents").fetchone()[0]
    cols = [r[1] for r in con.execute("PRAGMA table_info(documents)") if r[1] not in ("id", "content_hash")]
    # the copies need their text, not their parse or raw file (search never reads those)
    blank = {"parse": "NULL", "minhash": "NULL", "raw": "''", "near_duplicate_of": "NULL"}
    values = [blank.get(c, c) for c in cols]
    for k in range(1, factor):
        shift = k * docs
        con.execute(f"INSERT INTO documents (id, content_hash, {', '.join(cols)}) SELECT id + ?, "
                    f"content_hash || ':' || ?, {', '.join(values)} FROM documents WHERE id <= ?",
                    (shift, k, docs))
        con.execute("INSERT INTO sentences (document_id, idx, start, end, text) SELECT document_id + ?,"
                    " idx, start, end, text FROM sentences WHERE document_id <= ?", (shift, docs))
        rows = con.execute("SELECT document_id, idx, model, vector FROM sentence_vectors"
                           " WHERE document_id <= ?", (docs,)).fetchall()
        batch = []
        for d, i, model, blob in rows:
            v = np.frombuffer(blob, np.float32) + rng.normal(0, 0.02, 384).astype(np.float32)
            batch.append((d + shift, i, model, (v / np.linalg.norm(v)).astype(np.float32).tobytes()))
        con.executemany("INSERT INTO sentence_vectors VALUES (?, ?, ?, ?)", batch)
        con.commit()
    con.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    con.commit()
    n = con.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
    con.close()
    print(f"scaled copy ×{factor}: {n:,} sentences ({out})", file=sys.stderr)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(db: Path, clients: int, requests: int) -> None:
    """Serve ``db`` with ``chronica serve`` in its own process (so that the clients here do not
    share its interpreter) and measure both endpoints."""
    port = _free_port()
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "chronica.cli", "serve", "--db", str(db),
                               "--port", str(port)], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit("chronica serve stopped before it answered")
            if time.perf_counter() - started > 600:
                raise SystemExit("chronica serve did not answer within 600 s")
            try:
                httpx.get(base + "/api/documents", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        print(f"server answering after {time.perf_counter() - started:.1f} s", file=sys.stderr)
        with httpx.Client(timeout=30) as warm:  # load the embedder and the parser once
            warm.get(base + "/api/search", params={"q": "warm up"})
            warm.get(base + "/api/ask", params={"q": "When did it start?"})
        for path, texts in (("/api/search", QUERIES), ("/api/ask", QUESTIONS)):
            _measure(base + path, texts, clients, requests)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _measure(url: str, texts: list[str], clients: int, requests: int) -> None:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()

    def one(n: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=30) as c:
            t = time.perf_counter()
            try:
                ok = c.get(url, params={"q": texts[n % len(texts)]}).status_code == 200
            except httpx.HTTPError:
                ok = False
            dt = time.perf_counter() - t
        with lock:
            times.append(dt)
            errors += not ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - t0
    q = statistics.quantiles(times, n=100)
    print(f"{url.rsplit('/', 1)[-1]:7} {clients} clients, {requests} requests: p50 {q[49] * 1000:.0f} ms, "
          f"p95 {q[94] * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, {requests / wall:.1f} req/s, "
          f"{errors} errors")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--requests", type=int, default=300)
    args = ap.parse_args()
    db = scaled_copy(args.db, args.scale) if args.scale > 1 else args.db
    try:
        run(db, args.clients, args.requests)
    finally:
        if db != args.db:
            shutil.rmtree(db.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
