"""Latency of search and ask through the web app, under concurrent clients (localhost only).

    python benchmarks/ask_latency.py STORE.db [--scale F] [--clients 10] [--requests 300]

Starts ``chronica serve`` on a free port of 127.0.0.1 (its own process), then
``--clients`` threads send ``--requests`` requests in all to ``/api/search`` and to ``/api/ask``
(questions and queries of this file, cycled), and prints p50 / p95 / max latency, requests per
second and errors for each. With ``--scale F`` a synthetic store F times as large is made
first (benchmarks/scale_store.py: every corpus table, the chronicle and the sentence vectors
F times, nothing parsed again); better, make it once with that script and pass it as STORE.
``chronica serve`` indexes the store before it answers (on a store of 100,000+ sentence
vectors that builds the HNSW graph once, minutes; it is saved beside the store). Printed per
endpoint: p50 / p95 / max latency, requests per second, errors, and the server's CPU seconds;
and the load average (the machine may be shared). Bounded: at most --requests requests, each
with a 30 s timeout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

QUERIES = ["election results", "oil prices rise", "the government announced new taxes",
           "shares fell sharply", "merger talks collapsed", "interest rates", "war", "ceasefire agreement",
           "the minister resigned", "record profits for the bank"]
QUESTIONS = ["When did the minister resign?", "Who bought the company?", "Did the bank raise rates?",
             "What happened between Britain and France in 2004?", "When did Nasser die?",
             "Did Russia invade Ukraine?"]


def scaled_copy(src: Path, factor: int, seed: int = 0) -> Path:
    """A synthetic copy of ``src`` ``factor`` times as large (benchmarks/scale_store.py), in a
    temporary folder."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale_store import scale

    out = Path(tempfile.mkdtemp(prefix="chronica-bench-")) / f"x{factor}.db"
    counts = scale(src, out, factor, seed, log=lambda m: print(m, file=sys.stderr))
    print(f"scaled copy ×{factor}: {counts['sentences']:,} sentences ({out})", file=sys.stderr)
    return out


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              cwd=Path(__file__).resolve().parents[1])  # this checkout's chronica
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
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", file=sys.stderr)
        for path, texts in (("/api/search", QUERIES), ("/api/ask", QUESTIONS)):
            cpu = _cpu_seconds(server.pid)
            _measure(base + path, texts, clients, requests)
            print(f"        server CPU {_cpu_seconds(server.pid) - cpu:.1f} s; load average "
                  f"{os.getloadavg()[0]:.2f}")
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
