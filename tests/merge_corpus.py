"""The merge case corpora (tests/fixtures/merges/SUBJECT/*.txt with SUBJECT_gold.yaml) run end to
end: each subject's sources built into a store of their own with the real pipeline, exported as
JSON, and the merges judged pair by pair against the gold.

Each subject is one happening history told by three invented sources in three styles (an
encyclopedia with exact dates, a newspaper retrospective with coarse dates, capitals and leaders for
states, a textbook with nominal, undated mentions), written for round 18 before the merge was
changed. A *merge pair* is two files' items of one gold event; an *apart pair* is two files' items
of two gold events the gold's ``apart`` list names (close in type, actors or time).

Run alone to print the table: ``python tests/merge_corpus.py [SUBJECT...] [--keep DIR]``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent / "fixtures" / "merges"
if __name__ == "__main__":  # run as a script: this worktree's chronica, not an installed one
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def subjects() -> list[str]:
    return sorted(p.name for p in ROOT.iterdir() if p.is_dir())


@dataclass
class PairOutcome:
    subject: str
    kind: str  # merge / apart
    a: str  # "gold id @ file"
    b: str
    state: str  # merged / separate / unfound


@dataclass
class SubjectOutcome:
    subject: str
    scores: dict
    pairs: list[PairOutcome] = field(default_factory=list)


def export_subject(subject: str, keep: Path | None = None) -> dict:
    """The subject's corpus built with the real pipeline, as the JSON export."""
    from chronica.build import build
    from chronica.export.formats import chronicle_dict
    from chronica.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = (keep / f"{subject}.db") if keep else Path(tmp) / "case.db"
        if db.exists():
            db.unlink()
        with Store(db) as store:
            build([ROOT / subject], store)
            data = chronicle_dict(store)
    if keep:
        (keep / f"{subject}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


def judge(subject: str, export: dict, gold: dict) -> SubjectOutcome:
    from chronica.chronicle.merge_eval import assign, merge_scores

    assigned = assign(export, gold)
    events = {str(g["id"]): g for g in gold["events"]}

    def state(x: tuple[str, str], y: tuple[str, str]) -> str:
        if x not in assigned or y not in assigned:
            return "unfound"
        return "merged" if assigned[x] == assigned[y] else "separate"

    out = SubjectOutcome(subject, merge_scores(export, gold).as_row())
    for g in gold["events"]:
        for fa, fb in combinations(sorted(g["evidence"]), 2):
            x, y = (str(g["id"]), fa), (str(g["id"]), fb)
            out.pairs.append(PairOutcome(subject, "merge", f"{x[0]}@{fa}", f"{y[0]}@{fb}", state(x, y)))
    for ga, gb in gold.get("apart") or []:
        for fa in sorted(events[ga]["evidence"]):
            for fb in sorted(events[gb]["evidence"]):
                x, y = (ga, fa), (gb, fb)
                out.pairs.append(PairOutcome(subject, "apart", f"{ga}@{fa}", f"{gb}@{fb}", state(x, y)))
    return out


def run_subject(subject: str, keep: Path | None = None) -> SubjectOutcome:
    gold = yaml.safe_load((ROOT / f"{subject}_gold.yaml").read_text(encoding="utf-8"))
    return judge(subject, export_subject(subject, keep), gold)


def summary(outcomes: list[SubjectOutcome]) -> dict[str, int]:
    pairs = [p for o in outcomes for p in o.pairs]
    return {
        "merge pairs": sum(p.kind == "merge" for p in pairs),
        "merged": sum(p.kind == "merge" and p.state == "merged" for p in pairs),
        "both found": sum(p.kind == "merge" and p.state != "unfound" for p in pairs),
        "apart pairs found": sum(p.kind == "apart" and p.state != "unfound" for p in pairs),
        "wrongly merged": sum(p.kind == "apart" and p.state == "merged" for p in pairs),
    }


def main(argv: list[str]) -> int:
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        keep.mkdir(parents=True, exist_ok=True)
        argv = argv[:i] + argv[i + 2:]
    outcomes = [run_subject(s, keep) for s in (argv or subjects())]
    for o in outcomes:
        print(f"== {o.subject}: " + "  ".join(f"{k} {v}" for k, v in o.scores.items()))
        for p in o.pairs:
            flag = {("merge", "merged"): "ok", ("apart", "separate"): "ok", ("merge", "separate"): "MISS",
                    ("apart", "merged"): "FALSE"}.get((p.kind, p.state), "-")
            print(f"  {flag:5} {p.kind:5} {p.state:8} {p.a} | {p.b}")
    print("total: " + "  ".join(f"{k} {v}" for k, v in summary(outcomes).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
