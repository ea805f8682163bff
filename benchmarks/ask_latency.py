"""Latency of search and ask through the web app, under concurrent clients (localhost only).

    python benchmarks/ask_latency.py STORE.db [--scale F] [--clients 1,10] [--requests 300]
                                     [--texts store|fixed] [--checkout DIR] [--repeat 2]

Starts ``chronica serve`` on a free port of 127.0.0.1 (its own process), then
``--clients`` threads send ``--requests`` requests in all to ``/api/search`` and to ``/api/ask``,
and prints p50 / p95 / max latency, requests per second and errors for each. Each client keeps
one HTTP connection open (as a browser does: no client pays for a new connection per request).

The texts: ``--texts store`` (default) draws every request's text afresh from the store, seeded —
search queries are 2-5 consecutive words of stored sentences, questions are made from the actors
of stored events ("When did A meet B?", "What happened between A and B in 2004?"), so no cache of
the server's answers a repeated text; ``--texts fixed`` cycles the short lists of this file.
``--workers N`` / ``--threads N`` are passed to ``chronica serve`` (an older checkout may not
take ``--workers``). ``--checkout DIR`` serves the ``chronica`` of another checkout (say ``main``) for a before/after
on the same store, machine and texts; ``--repeat N`` runs the whole measure N times.
The server reports the time each request spent inside the app (its ``Server-Timing`` header,
where it sends one): printed as "in app" beside the wall time the client saw. With ``--scale F`` a synthetic store F times as large is made
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
import random
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


def store_texts(db: Path, n: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """``n`` search queries and ``n`` questions drawn from the store at ``db`` (seeded): queries are
    2-5 consecutive words of a stored sentence; questions name the actors of a stored event."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from chronica.store.search import open_readonly

    rng = random.Random(seed)
    store = open_readonly(db)
    try:
        headers = store.document_headers()
        docs = rng.sample(headers, min(len(headers), max(20, n // 3)))
        sentences, pairs = [], []
        for doc in docs:
            sentences += [s.text for s in store.sentence_texts(doc[0])]
            for m in store.event_mentions(doc[0]):
                names = [p.name or p.text for p in m.participants if (p.name or p.text)]
                if names:
                    pairs.append((names, (m.date or "")[:4]))
    finally:
        store.close()
    queries = []
    while len(queries) < n and sentences:
        words = rng.choice(sentences).split()
        k = min(len(words), rng.randint(2, 5))
        start = rng.randint(0, len(words) - k)
        query = " ".join(w.strip(".,;:!?\"'()") for w in words[start:start + k]).strip()
        if any(ch.isalnum() for ch in query):  # not a lone dash: the server refuses an empty query
            queries.append(query)
    questions = []
    while len(questions) < n and pairs:
        names, year = rng.choice(pairs)
        a = names[0]
        b = names[1] if len(names) > 1 else rng.choice(rng.choice(pairs)[0])
        template = rng.choice(QUESTION_TEMPLATES)
        questions.append(template.format(a=a, b=b, year=year or "2004"))
    return queries or QUERIES, questions or QUESTIONS


#: questions made from a stored event's actors (a, b) and year
QUESTION_TEMPLATES = ["When did {a} meet {b}?", "What happened between {a} and {b} in {year}?",
                      "Who did {a} criticise?", "Did {a} sign an agreement with {b}?",
                      "When did {a} buy {b}?", "What did {a} do in {year}?", "Did {a} sue {b}?"]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds so far of process ``pid`` and every process under it (the
    worker processes of ``chronica serve --workers N``; Linux /proc)."""
    parent, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        parent[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = int(fields[11]) + int(fields[12])
    tree, todo = set(), [pid]
    while todo:
        p = todo.pop()
        tree.add(p)
        todo += [child for child, ppid in parent.items() if ppid == p and child not in tree]
    return sum(cpu.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(db: Path, clients: list[int], requests: int, texts: str = "store", checkout: Path | None = None,
        repeat: int = 1, threads: int = 0, workers: int = 0) -> None:
    """Serve ``db`` with ``chronica serve`` in its own process (so that the clients here do not
    share its interpreter) and measure both endpoints."""
    port = _free_port()
    started = time.perf_counter()
    checkout = checkout or Path(__file__).resolve().parents[1]  # default: this checkout's chronica
    server = subprocess.Popen([sys.executable, "-m", "chronica.cli", "serve", "--db", str(db),
                               "--port", str(port)] + (["--threads", str(threads)] if threads else [])
                              + (["--workers", str(workers)] if workers else []),
                              stdout=subprocess.DEVNULL, cwd=checkout)
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
        for round_ in range(repeat):
            if texts == "store":
                queries, questions = store_texts(db, requests, seed=round_)
            else:
                queries, questions = QUERIES, QUESTIONS
            for n, path, sample in ((n, path, sample) for n in clients
                                    for path, sample in (("/api/search", queries), ("/api/ask", questions))):
                load = os.getloadavg()[0]
                cpu = _cpu_seconds(server.pid)
                _measure(base + path, sample, n, requests)
                used = _cpu_seconds(server.pid) - cpu
                print(f"        server CPU {used:.1f} s ({used / requests * 1000:.1f} ms a request); "
                      f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


def server_time(header: str | None) -> float | None:
    """Seconds from a ``Server-Timing: app;dur=12.3`` header (milliseconds), else None."""
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        if name == "app" and params.startswith("dur="):
            try:
                return float(params[4:]) / 1000
            except ValueError:
                return None
    return None


def _measure(url: str, texts: list[str], clients: int, requests: int) -> None:
    times: list[float] = []
    inside: list[float] = []
    errors = 0
    lock = threading.Lock()
    local = threading.local()
    opened: list[httpx.Client] = []

    def client() -> httpx.Client:  # one kept-alive connection a client thread
        c = getattr(local, "client", None)
        if c is None:
            c = local.client = httpx.Client(timeout=30)
            with lock:
                opened.append(c)
        return c

    def one(n: int) -> None:
        nonlocal errors
        c = client()
        t = time.perf_counter()
        try:
            response = c.get(url, params={"q": texts[n % len(texts)]})
            ok = response.status_code == 200
            app = server_time(response.headers.get("server-timing"))
        except httpx.HTTPError:
            ok, app = False, None
        dt = time.perf_counter() - t
        with lock:
            times.append(dt)
            errors += not ok
            if app is not None:
                inside.append(app)

    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=clients) as pool:
            list(pool.map(one, range(requests)))
    finally:
        for c in opened:
            c.close()
    wall = time.perf_counter() - t0
    q = statistics.quantiles(times, n=100)
    app = ""
    if len(inside) > 1:
        qa = statistics.quantiles(inside, n=100)
        app = f" (in app: p50 {qa[49] * 1000:.0f} ms, p95 {qa[94] * 1000:.0f} ms)"
    print(f"{url.rsplit('/', 1)[-1]:7} {clients} clients, {requests} requests: p50 {q[49] * 1000:.0f} ms, "
          f"p95 {q[94] * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, {requests / wall:.1f} req/s, "
          f"{errors} errors{app}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--clients", default="10", help="concurrent clients; several: 1,10")
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--texts", choices=("store", "fixed"), default="store",
                    help="texts drawn afresh from the store (default) or the fixed lists, cycled")
    ap.add_argument("--checkout", type=Path, default=None,
                    help="serve the chronica of this checkout (default: this one)")
    ap.add_argument("--repeat", type=int, default=1, help="measure this many times")
    ap.add_argument("--threads", type=int, default=0,
                    help="chronica serve --threads (default: its own)")
    ap.add_argument("--workers", type=int, default=0,
                    help="chronica serve --workers (default: its own, one per core)")
    args = ap.parse_args()
    db = scaled_copy(args.db, args.scale) if args.scale > 1 else args.db
    try:
        run(db, [int(n) for n in args.clients.split(",")], args.requests, args.texts, args.checkout, args.repeat,
            args.threads, args.workers)
    finally:
        if db != args.db:
            shutil.rmtree(db.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
