"""Build, export and score gold subjects with one copy of the code.

    python benchmarks/gold/measure.py OUT SUBJECT|GROUP... [--tree DIR] [--jobs N]

For each subject: ``chronica build`` (one worker, no vectors) into OUT/S.db, ``export --format json`` to
OUT/S.json, the evaluation's ``score.py`` to OUT/S.score (JSON) and OUT/S.scoretxt (with the misses),
``eval clean`` to OUT/S.clean and, where the subject has questions, ``eval ask`` to OUT/S.ask. ``--tree`` runs
another checkout's code (a worktree, an older commit); the default is this one. ``aggregate.py`` sums the results per group."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subjects import REPO, SHARED, expand, locate  # noqa: E402


def measure_one(subject: str, out: Path, tree: Path) -> str:
    try:
        corpus, gold, ask = locate(subject, tree)
    except FileNotFoundError as exc:
        return f"{subject}: skipped, {exc}"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # not ``-m chronica``: an older checkout measured for a baseline may have no __main__
    chronica = [sys.executable, "-c", "import sys; from chronica.cli import main; sys.argv[0] = 'chronica'; main()"]
    db = out / f"{subject}.db"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)

    def run(args: list[str], to: str) -> int:
        with open(out / f"{subject}.{to}", "w") as sink:
            return subprocess.run(args, stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=out).returncode

    # 3: the build stored what it could and listed inputs it skipped (measured as they are)
    if run([*chronica, "build", str(corpus), "--db", str(db), "--workers", "1", "--no-vectors", "-q"], "build") not in (0, 3):
        return f"{subject}: build failed (see {subject}.build)"
    run([*chronica, "export", "--db", str(db), "--format", "json", "-o", str(out / f"{subject}.json")], "export")
    score = [sys.executable, str(SHARED / "eval" / "score.py"), str(out / f"{subject}.json"), str(gold)]
    run([*score, "--json"], "score")
    run(score, "scoretxt")
    run([*chronica, "eval", "clean", str(gold), "--corpus", str(corpus)], "clean")
    if ask is not None:
        run([*chronica, "eval", "ask", str(ask), "--db", str(db), "--json"], "ask")
    return f"{subject}: done"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the stores, exports and scores")
    parser.add_argument("subjects", nargs="+", help="subjects or group names (see subjects.py)")
    parser.add_argument("--tree", type=Path, default=REPO, help="checkout whose code builds (default: this one)")
    parser.add_argument("--jobs", type=int, default=1, help="subjects measured at once (default 1)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    subjects = expand(args.subjects)
    out, tree = args.out.resolve(), args.tree.resolve()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for line in pool.map(lambda s: measure_one(s, out, tree), subjects):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
