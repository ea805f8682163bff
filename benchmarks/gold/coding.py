"""How the found gold events are coded: their PLOVER type and their actors, against the gold's.

    python benchmarks/gold/coding.py OUT [SUBJECT|GROUP ...]              # sums over the subjects measured in OUT
    python benchmarks/gold/coding.py BEFORE AFTER [SUBJECT|GROUP ...]     # before -> after
    python benchmarks/gold/coding.py OUT SUBJECT --misses                 # the gold events coded otherwise

``score.py`` counts a gold event found when an exported event cites its evidence, whatever its type and actors;
blind judges fail most events on those two (tests/gold/README.md, benchmarks/results/*_unseen_precision.md).
This counts, over the found gold events, those where some citing event has the gold's type, the gold's doer as
its source, the gold's recipient (its second actor, when it has one) as its target, and all of these in one
event. An actor agrees when its id or its state starts with the gold's code (the gold writes ``RUS`` for the
Soviet Union too, so ``SUN`` and ``RUS`` agree, and ``TUR`` for the Ottoman Empire, ``OTT``). Only dev subjects are for reading with ``--misses``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subjects import SHARED, expand, locate  # noqa: E402

sys.path.insert(0, str(SHARED / "eval"))
from score import base, mentions_with  # noqa: E402

#: codes the gold writes for one state under several names
_SAME = {"SUN": "RUS", "SOV": "RUS", "USR": "RUS", "YUG": "SRB", "CSK": "CZE", "OTT": "TUR"}


def _code(code: str | None) -> str:
    code = (code or "")[:3].upper()
    return _SAME.get(code, code)


def _plays(event: dict, role: str, gold_code: str) -> bool:
    want = _code(gold_code)
    for actor in event.get("actors", []):
        if actor.get("role") == role and want and want in {_code(actor.get("id")), _code(actor.get("state"))}:
            return True
    return False


def coding(export: Path, gold_path: Path) -> tuple[dict[str, int], list[str]]:
    """Counts over the found gold events of one subject, and one line per found event coded otherwise."""
    out = json.loads(export.read_text(encoding="utf-8"))
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    id2file = {str(d.get("id")): base(d.get("path") or d.get("id")) for d in out.get("documents", [])}
    for e in out.get("events", []):
        for m in e.get("mentions", []):
            m["document"] = id2file.get(str(m.get("document")), base(m.get("document", "")))
    counts = dict.fromkeys(("found", "type_n", "type", "doer", "recipient_n", "recipient", "all"), 0)
    misses = []
    for g in gold.get("events", []):
        hits = [e for e in out.get("events", []) if any(mentions_with(e, f, ev) for f, ev in g["evidence"].items())]
        if not hits:
            continue
        counts["found"] += 1
        actors = g.get("actors") or []
        doer = actors[0] if actors else None
        recipient = actors[1] if len(actors) > 1 else None
        counts["recipient_n"] += recipient is not None
        counts["type_n"] += g.get("type") is not None

        def right(e: dict, doer: str | None = doer, recipient: str | None = recipient, g: dict = g) -> tuple:
            return (g.get("type") is None or e.get("type") == g["type"], doer is None or _plays(e, "source", doer),
                    recipient is None or _plays(e, "target", recipient))

        checks = [right(e) for e in hits]
        counts["type"] += g.get("type") is not None and any(c[0] for c in checks)
        counts["doer"] += any(c[1] for c in checks)
        counts["recipient"] += recipient is not None and any(c[2] for c in checks)
        if any(all(c) for c in checks):
            counts["all"] += 1
        else:
            got = "; ".join(
                f"{e.get('type')} "
                + ",".join(f"{a.get('role')}={a.get('id') or a.get('state') or a.get('name')}" for a in e.get("actors", []))
                for e in hits[:3])
            misses.append(f"{g['id']}: gold {g.get('type')} {'/'.join(map(str, actors))} got {got}")
    return counts, misses


def _sums(folder: Path, subjects: list[str]) -> dict[str, int]:
    total: dict[str, int] = {}
    for subject in subjects:
        export = folder / f"{subject}.json"
        if not export.is_file():
            continue
        counts, _ = coding(export, locate(subject)[1])
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    return total


def _line(c: dict[str, int]) -> str:
    return (f"found {c.get('found', 0)}: type {c.get('type', 0)}/{c.get('type_n', 0)}, doer {c.get('doer', 0)}, "
            f"recipient {c.get('recipient', 0)}/{c.get('recipient_n', 0)}, all {c.get('all', 0)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders_and_subjects", nargs="+", help="OUT [AFTER] then subjects or group names")
    ap.add_argument("--misses", action="store_true", help="list the found gold events coded otherwise")
    args = ap.parse_args(argv)
    items = args.folders_and_subjects
    folders = [Path(x) for x in items[:2] if Path(x).is_dir()]
    names = items[len(folders):]
    subjects = expand(names) if names else sorted(p.stem for p in folders[0].glob("*.json"))
    if args.misses:
        for subject in subjects:
            _, misses = coding(folders[-1] / f"{subject}.json", locate(subject)[1])
            print(f"# {subject}")
            print("\n".join(misses))
        return 0
    before = _sums(folders[0], subjects)
    if len(folders) == 1:
        print(_line(before))
    else:
        print(f"{_line(before)}\n-> {_line(_sums(folders[1], subjects))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
