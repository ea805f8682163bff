"""Check a blind gold folder before it joins tests/gold: every evidence string, body end, boilerplate string and
question evidence is in the visible text of the file it names (folded as ``tests/test_gold_corpora.py`` folds it),
dates are written as the scorer reads them, every disagreement has two values, every question kind is one the
evaluator knows.

    python benchmarks/gold/check_blind.py FOLDER NAME      # FOLDER holds NAME/ (the files), NAME_gold.yaml, NAME_ask.yaml

The writers of a round run it on their own folder (it reads no part of Chronica); the lead runs it again."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from test_gold_corpora import _norm, _visible  # noqa: E402

KINDS = ("when", "who", "what", "did", "check")


def problems(folder: Path, name: str) -> tuple[int, list[tuple[str, str]]]:
    """(strings checked, what is wrong) for one blind subject."""
    gold = yaml.safe_load((folder / f"{name}_gold.yaml").read_text(encoding="utf-8"))
    ask = yaml.safe_load((folder / f"{name}_ask.yaml").read_text(encoding="utf-8"))
    texts = {p.name: _visible(p) for p in (folder / name).iterdir()}
    wanted: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    for fname, doc in gold["documents"].items():
        wanted += [(fname, s) for s in [doc["body_ends"], *doc["boilerplate"]]]
    for event in gold["events"]:
        date = event.get("date")
        if not (date is None or isinstance(date, (str, datetime.date))
                or (isinstance(date, list) and len(date) == 2 and all(isinstance(d, str) for d in date))):
            wrong.append((event["id"], f"date written as {date!r}"))
        wanted += list(event["evidence"].items())
    for dis in gold["disagreements"]:
        if len({c["value"] for c in dis["claims"]}) < 2:
            wrong.append((dis["id"], "fewer than two values"))
        wanted += [(fname, c["evidence"]) for c in dis["claims"] for fname in c["files"]]
    for q in ask:
        if q["kind"] not in KINDS:
            wrong.append((q["id"], f"kind {q['kind']!r} is none of {', '.join(KINDS)}"))
        wanted += list((q.get("evidence") or {}).items())
    wrong += [(fname, s) for fname, s in wanted if fname not in texts or _norm(s) not in texts[fname]]
    return len(wanted), wrong


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.split("\n\n")[1].strip())
        return 2
    checked, wrong = problems(Path(args[0]), args[1])
    for where, what in wrong:
        print(f"MISSING or WRONG: {where}: {what}")
    print(f"{checked} strings checked, {len(wrong)} problems")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
