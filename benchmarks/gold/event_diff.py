"""Exported events whose coding differs between two measures, keyed by the sentences they cite (white
space folded: a cleaning change that only respaces a sentence is no change of its events).

    python benchmarks/gold/event_diff.py BEFORE AFTER SUBJECT..."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def coded(folder: Path, subject: str) -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for e in json.loads((folder / f"{subject}.json").read_text())["events"]:
        cited = tuple(sorted(" ".join(m["sentence"].split()) for m in e["mentions"]))
        roles = sorted((a["role"], a.get("id") or a.get("name") or "") for a in e["actors"])
        mode = (e.get("plover") or {}).get("mode")
        out.setdefault(cited, []).append(
            str((e["type"], mode, e.get("cameo"), e.get("date"), e.get("modality"), roles))
        )
    return {k: sorted(v) for k, v in out.items()}


def diff(before: Path, after: Path, subjects: list[str]) -> list[tuple[str, tuple[str, ...], list, list]]:
    changed = []
    for subject in subjects:
        x, y = coded(before, subject), coded(after, subject)
        for cited in sorted(set(x) | set(y)):
            if x.get(cited, []) != y.get(cited, []):
                changed.append((subject, cited, x.get(cited, []), y.get(cited, [])))
    return changed


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rows = diff(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
    for subject, cited, was, now in rows:
        print(subject, "|", " || ".join(cited)[:160])
        print("   before", was)
        print("   after ", now)
    print(len(rows), "differ")
