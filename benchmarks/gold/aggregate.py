"""Sum the scores of measured subjects per group; with two folders, before -> after.

    python benchmarks/gold/aggregate.py OUT [OUT2] [--groups dev-a dev-b ...]
    python benchmarks/gold/aggregate.py OUT [OUT2] --split dev       # one sum over every dev (test, hold-out) group
    python benchmarks/gold/aggregate.py OUT --rows SUBJECT...         # tests/gold/README.md's table rows

Each figure is hits/total summed over the group's subjects present in every folder given (a subject missing
from one folder is left out of all, so the sums compare like with like). ``ask`` is questions answered right."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subjects import GROUPS  # noqa: E402

KEYS = {  # score.py's key -> the short name printed
    "documents_clean": "clean",
    "titles": "titles",
    "published": "publ",
    "events_found": "found",
    "events_dated": "dated",
    "events_merged_across_sources": "merged",
    "events_exported": "exported",
    "disagreements_found": "dis",
    "disagreements_exported": "dis_exp",
}


def _pair(value: object) -> tuple[int, int]:
    if isinstance(value, (list, tuple)) and value:
        return int(value[0] or 0), int((value[1] if len(value) > 1 else 0) or 0)
    if isinstance(value, int):
        return value, 0
    return 0, 0


def read(out: Path, subject: str) -> dict[str, tuple[int, int]] | None:
    """One subject's figures, or None when it was not measured (or its score is unreadable)."""
    try:
        score = json.loads((out / f"{subject}.score").read_text())
    except (OSError, ValueError):
        return None
    row = {short: _pair(score.get(key)) for key, short in KEYS.items()}
    try:
        ask = json.loads((out / f"{subject}.ask").read_text())
        row["ask"] = (int(ask["answered_right"]), int(ask["questions"]))
    except (OSError, ValueError, KeyError):
        row["ask"] = (0, 0)
    return row


def total(out: Path, subjects: list[str]) -> dict[str, list[int]]:
    sums = {short: [0, 0] for short in [*KEYS.values(), "ask"]}
    for subject in subjects:
        row = read(out, subject)
        for short, (hit, of) in (row or {}).items():
            sums[short][0] += hit
            sums[short][1] += of
    return sums


def _block(title: str, outs: list[Path], subjects: list[str]) -> list[str]:
    """The sums of the subjects present in every folder, one line per figure, before -> after."""
    present = [s for s in subjects if all(read(o, s) is not None for o in outs)]
    if not present:
        return []
    lines = [f"## {title} ({len(present)} of {len(subjects)})"]
    sums = [total(o, present) for o in outs]
    for short in [*KEYS.values(), "ask"]:
        cells = [f"{s[short][0]}/{s[short][1]}" if s[short][1] else str(s[short][0]) for s in sums]
        lines.append(f"  {short:9s} " + "  ->  ".join(cells))
    return lines


def report(outs: list[Path], groups: list[str]) -> str:
    return "\n".join(line for group in groups for line in _block(group, outs, GROUPS[group]))


def split_report(outs: list[Path], split: str) -> str:
    """One sum over every subject of the groups whose name starts with ``split`` (dev, hold-out, test)."""
    subjects = [s for group, names in GROUPS.items() if group.startswith(f"{split}-") for s in names]
    return "\n".join(_block(split, outs, subjects))


def rows(out: Path, subjects: list[str]) -> str:
    """tests/gold/README.md's rows: clean, titles, published, found, dated, merged, disagreements (exported), ask."""
    lines = []
    for subject in subjects:
        r = read(out, subject)
        if r is None:
            lines.append(f"| {subject} | not measured |")
            continue
        cell = lambda k: f"{r[k][0]}/{r[k][1]}"  # noqa: E731
        lines.append(f"| {subject} | {cell('clean')} | {cell('titles')} | {cell('publ')} | {cell('found')} | "
                     f"{r['dated'][0]}/{r['found'][1]} | {cell('merged')} | {cell('dis')} ({r['dis_exp'][0]}) | "
                     f"{cell('ask')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outs", type=Path, nargs="+", help="one folder, or two: before and after")
    parser.add_argument("--groups", nargs="+", choices=list(GROUPS), default=list(GROUPS))
    parser.add_argument("--split", choices=["dev", "hold-out", "test"], help="one sum over the split's groups")
    parser.add_argument("--rows", nargs="+", metavar="SUBJECT", help="README rows of these subjects (first folder)")
    args = parser.parse_args(argv)
    if args.rows:
        print(rows(args.outs[0], args.rows))
    elif args.split:
        print(split_report(args.outs, args.split))
    else:
        print(report(args.outs, args.groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
