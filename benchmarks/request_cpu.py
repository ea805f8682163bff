#!/usr/bin/env python3
"""CPU and wall time of one search, ask and check request inside the web app's code, per
checkout, and whether two checkouts give the same results.

usage: python benchmarks/request_cpu.py STORE [--checkout DIR ...] [--requests N] [--rounds R]
                                        [--profile search|ask|check] [--same]

Each checkout (default: this one) runs in a fresh process of its own that opens the store as
``chronica serve`` does (:class:`chronica.web.views.Site`), warms up (the embedder, the parser),
then runs ``--requests`` searches, questions and claims one after another and prints, per
endpoint, the p50 / p95 of the CPU time of the request (``time.process_time``, what it costs
whatever the machine's load) and of its wall time, and the CPU of opening the store. With several
checkouts the rounds alternate their order (A B, B A, ...) so that a busy moment of a shared
machine does not always fall on the same one.

The texts are drawn from the store (seeded: the same for every checkout, as
``benchmarks/ask_latency.py --texts store`` draws them) plus its fixed lists. ``--same``
compares what the checkouts answered: every search's JSON (document, sentence, score, ranks,
events, claims) and every answer's JSON, through the web app's asker and through
``chronica ask``'s (:func:`chronica.ask.open_asker`); differences are printed and the exit status is 1.
``--profile ENDPOINT`` prints the cProfile of that endpoint's requests, in CPU seconds (the first
checkout only).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import cProfile, io, json, pstats, statistics, sys, time
sys.path.insert(0, sys.argv[5])
from ask_latency import QUERIES, QUESTIONS, store_texts
db, n, profile, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
t0, c0 = time.perf_counter(), time.process_time()
from chronica.web.views import Site
site = Site(db)
open_cpu, open_wall = time.process_time() - c0, time.perf_counter() - t0
site.search("warm up"); site.ask("When did it start?")
queries, questions = store_texts(db, n, seed=7)
queries, questions = QUERIES + queries[:n], QUESTIONS + questions[:n]
claims = [q.rstrip("?").replace("When did ", "").replace("Did ", "") + "." for q in questions]
endpoints = {"search": (lambda q: site.hits_json(site.search(q, 10)), queries),
             "ask": (lambda q: site.answer_json(site.ask(q)), questions),
             "check": (lambda q: site.answer_json(site.check(q)), claims)}
report, answers = {"open_cpu": open_cpu, "open_wall": open_wall}, {}
for name, (call, texts) in endpoints.items():
    cpu, wall, results = [], [], []
    prof = cProfile.Profile(time.process_time) if profile == name else None  # CPU, not wall
    for text in texts:
        c, w = time.process_time(), time.perf_counter()
        if prof: prof.enable()
        results.append(call(text))
        if prof: prof.disable()
        cpu.append(time.process_time() - c); wall.append(time.perf_counter() - w)
    q = lambda xs, p: statistics.quantiles(xs, n=100)[p - 1] if len(xs) > 1 else xs[0]
    report[name] = {"n": len(texts), "cpu_p50": q(cpu, 50), "cpu_p95": q(cpu, 95), "cpu_mean": statistics.mean(cpu), "cpu_max": max(cpu),
                    "wall_p50": q(wall, 50), "wall_p95": q(wall, 95)}
    answers[name] = dict(zip(texts, results))
    if prof:
        s = io.StringIO(); pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(45)
        report["profile"] = s.getvalue()
if out != "-":
    from chronica.ask import answer_json, open_asker
    from chronica.store.search import open_readonly
    asker = open_asker(open_readonly(db))
    answers["cli_ask"] = {q: answer_json(asker.ask(q)) for q in questions}
    answers["cli_check"] = {q: answer_json(asker.check(q)) for q in claims}
    with open(out, "w") as f:
        json.dump(answers, f, sort_keys=True)
print(json.dumps(report))
"""


def run_child(checkout: Path, db: Path, n: int, profile: str, out: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    proc = subprocess.run([sys.executable, "-c", CHILD, str(db), str(n), profile, out,
                           str(REPO / "benchmarks")], capture_output=True, text=True, env=env, cwd=checkout)
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: {proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--checkout", type=Path, action="append", default=None)
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile", default="")
    ap.add_argument("--same", action="store_true", help="compare the checkouts' results")
    args = ap.parse_args()
    checkouts = args.checkout or [REPO]
    tmp = Path(tempfile.mkdtemp(prefix="chronica-req-"))
    outs = {}
    for r in range(args.rounds):
        order = checkouts if r % 2 == 0 else checkouts[::-1]
        for i, checkout in enumerate(order):
            out = "-"
            if args.same and r == 0:
                out = str(tmp / f"{checkouts.index(checkout)}.json")
                outs[checkout] = out
            report = run_child(checkout, args.db, args.requests,
                               args.profile if (r == 0 and checkout == checkouts[0]) else "", out)
            line = f"round {r + 1} {checkout}: open {report['open_cpu']:.2f} CPU-s ({report['open_wall']:.2f} s wall)"
            for name in ("search", "ask", "check"):
                x = report[name]
                line += (f"\n    {name:6} {x['n']:3} requests: CPU p50 {x['cpu_p50'] * 1000:.0f} ms, "
                         f"p95 {x['cpu_p95'] * 1000:.0f} ms, mean {x['cpu_mean'] * 1000:.0f} ms, "
                         f"max {x['cpu_max'] * 1000:.0f} ms; "
                         f"wall p50 {x['wall_p50'] * 1000:.0f} ms, p95 {x['wall_p95'] * 1000:.0f} ms")
            print(line, f"(load {os.getloadavg()[0]:.1f})", flush=True)
            if "profile" in report:
                print(report["profile"])
    if args.same and len(outs) > 1:
        base, *others = [json.loads(Path(outs[c]).read_text()) for c in checkouts]
        differ = 0
        for other, checkout in zip(others, checkouts[1:]):
            for endpoint, results in base.items():
                for text, result in results.items():
                    if other[endpoint].get(text) != result:
                        differ += 1
                        print(f"DIFFERENT {endpoint} {text!r} ({checkout})")
        total = sum(len(v) for v in base.values())
        print(f"{total - differ} of {total} results identical")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
