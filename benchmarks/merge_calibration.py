"""Re-calibrate the merge's thresholds on built stores: the stored mentions of each subject are
clustered again (:func:`chronica.chronicle.merge.merge`, the whole chronicle at once) under each
setting of a small grid, and the result scored against the subject's gold, pooled over all the
subjects given: pairwise precision and recall of the merges (micro-averaged), the gold events
told by several files that are merged (as ``shared/eval/score.py`` counts them), and found /
dated (which a merge may change: an event takes its date from its best-supported mention).

usage::

    python benchmarks/merge_calibration.py STORE.db GOLD.yaml [STORE.db GOLD.yaml ...] \\
        [--grid NAME=V1,V2,... ...] [--set NAME=V ...] [--per-subject]

``--grid`` names constants of :mod:`chronica.chronicle.merge` (``SIM_UNDATED=0.65,0.70,0.75``);
every combination is run, the current values first. ``--set`` fixes a constant for all runs.
Nothing is written to the stores. A near-duplicate document's mentions (aliases) join the event
of the mention they copy, as the build has them.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chronica.chronicle import Chronicle, chronicle_json  # noqa: E402
import chronica.chronicle.merge  # noqa: E402,F401
M = sys.modules["chronica.chronicle.merge"]
from chronica.chronicle.embeddings import default_embedder  # noqa: E402
from chronica.chronicle.merge_eval import assign, merge_scores  # noqa: E402
from chronica.chronicle.persist import documents_info  # noqa: E402
from chronica.export.formats import documents_list  # noqa: E402
from chronica.store import Store  # noqa: E402

SCORE_PY = Path("/work/shared/eval/score.py")


def _scorer():
    """The shared scorer's matching functions (found, dated, merged), when it is there."""
    if not SCORE_PY.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_subject(db: Path):
    """(original mentions, {copy mention index: original index}, documents, documents info)."""
    with Store(db, create=False) as store:
        tables = store.chronicle
        alias = {mid: a for mid, _, a in tables.membership()}
        by_id = store.event_mentions_by_id()
        docs = documents_list(store)
        infos = documents_info(store)
    originals = [mid for mid in sorted(by_id) if alias.get(mid) is None]
    copies = {mid: a for mid, a in alias.items() if a is not None and mid in by_id}
    return by_id, originals, copies, docs, infos


def cluster(subject, embedder) -> dict:
    by_id, originals, copies, docs, infos = subject
    events = M.merge([by_id[i] for i in originals], embedder)
    where = {id(m): e for e in events for m in e.mentions}
    for mid, orig in copies.items():
        e = where.get(id(by_id[orig]))
        if e is not None:
            e.mentions.append(by_id[mid])
    return {"documents": docs, **chronicle_json(Chronicle(events=events, disagreements=[]), infos)}


def score_events(export: dict, gold: dict, scorer) -> Counter:
    """found / dated / merged / multi as the shared scorer counts them."""
    out: Counter = Counter()
    if scorer is None:
        return out
    id2file = {str(d.get("id")): scorer.base(d.get("path") or d.get("id")) for d in export["documents"]}
    events = []
    for e in export["events"]:
        ms = [{**m, "document": id2file.get(str(m.get("document")), scorer.base(m.get("document", "")))}
              for m in e.get("mentions", [])]
        events.append({**e, "mentions": ms})
    for g in gold.get("events", []):
        hits = [e for e in events if any(scorer.mentions_with(e, f, ev) for f, ev in g["evidence"].items())]
        out["found"] += bool(hits)
        if any(scorer.date_ok(g["date"], e.get("date"), e.get("date_end")) for e in hits):
            out["dated"] += 1
            out.setdefault("dated_ids", set()).add(str(g["id"]))
        if len(g["evidence"]) > 1:
            out["multi"] += 1
            out["merged"] += any(len(scorer.event_docs(e) & set(g["evidence"])) >= 2 for e in hits)
    return out


def _pairs(export: dict, gold: dict) -> set[str]:
    """The item pairs across files put in one exported event, each marked right (one gold event)
    or wrong."""
    by_event: dict[str, list] = {}
    for item, eid in assign(export, gold).items():
        by_event.setdefault(eid, []).append(item)
    out = set()
    for items in by_event.values():
        for (ga, fa), (gb, fb) in itertools.combinations(sorted(items), 2):
            if fa != fb:
                out.add(f"{'right' if ga == gb else 'WRONG'} {ga}@{fa} + {gb}@{fb}")
    return out


def _value(text: str):
    return float(text)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", type=Path, help="STORE.db GOLD.yaml pairs")
    ap.add_argument("--grid", action="append", default=[], help="NAME=V1,V2,... (a merge constant)")
    ap.add_argument("--set", dest="fixed", action="append", default=[], help="NAME=V for every run")
    ap.add_argument("--per-subject", action="store_true", help="one line per subject and setting")
    ap.add_argument("--changes", action="store_true",
                    help="list the item pairs each setting joins or parts, against the first, and the gold"
                         " events whose date it gains or loses")
    args = ap.parse_args(argv)
    if len(args.pairs) % 2:
        ap.error("give STORE.db GOLD.yaml pairs")
    for item in args.fixed:
        name, value = item.split("=", 1)
        if not hasattr(M, name):
            ap.error(f"chronica.chronicle.merge has no {name}")
        setattr(M, name, _value(value))
    names, values = [], []
    for item in args.grid:
        name, vals = item.split("=", 1)
        if not hasattr(M, name):
            ap.error(f"chronica.chronicle.merge has no {name}")
        current = getattr(M, name)
        grid = [_value(v) for v in vals.split(",")]
        names.append(name)
        values.append([current] + [v for v in grid if v != current])
    scorer = _scorer()
    baseline: dict[str, tuple] = {}
    embedder = default_embedder()
    subjects = [(Path(g).name.split("_")[0], load_subject(db), yaml.safe_load(Path(g).read_text(encoding="utf-8")))
                for db, g in zip(args.pairs[::2], args.pairs[1::2])]
    for combo in itertools.product(*values) if names else [()]:
        for name, value in zip(names, combo):
            setattr(M, name, value)
        total: Counter = Counter()
        changes: list[str] = []
        for label, subject, gold in subjects:
            export = cluster(subject, embedder)
            s = merge_scores(export, gold)
            ev = score_events(export, gold, scorer)
            if args.changes:
                now = _pairs(export, gold), ev.pop("dated_ids", set())
                first = baseline.setdefault(label, now)
                changes += [f"  {label} joined {p}" for p in sorted(now[0] - first[0])]
                changes += [f"  {label} parted {p}" for p in sorted(first[0] - now[0])]
                changes += [f"  {label} dated + {g}" for g in sorted(now[1] - first[1])]
                changes += [f"  {label} dated - {g}" for g in sorted(first[1] - now[1])]
            ev.pop("dated_ids", None)
            row = Counter({"tp": s.pairs_right, "pred": s.pairs_predicted, "gold": s.pairs_gold, **ev})
            total.update(row)
            if args.per_subject:
                print(f"  {label:10} merged {ev['merged']}/{ev['multi']} found {ev['found']} dated {ev['dated']}"
                      f" pairs {s.pairs_right}/{s.pairs_predicted} of {s.pairs_gold}")
        p = total["tp"] / total["pred"] if total["pred"] else 1.0
        r = total["tp"] / total["gold"] if total["gold"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        setting = " ".join(f"{n}={v:g}" for n, v in zip(names, combo)) or "current"
        print(f"{setting}: merged {total['merged']}/{total['multi']} found {total['found']} dated {total['dated']}"
              f"  pair P {p:.3f} ({total['tp']}/{total['pred']}) R {r:.3f} ({total['tp']}/{total['gold']})"
              f" F1 {f1:.3f}", flush=True)
        for line in changes:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
