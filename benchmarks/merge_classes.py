"""Why gold happenings told by several files are not one exported event, by class, and how many
exported events join two gold happenings: a table per subject from built stores.

usage::

    python benchmarks/merge_classes.py STORE.db GOLD.yaml [STORE.db GOLD.yaml ...] [--pairs]

Per subject: merged (as ``shared/eval/score.py`` counts it), pairwise precision / recall / F1
over gold mentions (pairs of items across files in one exported event against pairs of one
gold event: :func:`chronica.chronicle.merge_eval.merge_scores`), the false merges (an exported
event holding items of two gold events from two files), and every gold pair across files that
is not together, by class:

- ``side missing``: one file's evidence is cited by no exported event (an extraction miss);
- of two cited sides in two events, the first check that keeps the two mentions apart
  (:data:`chronica.chronicle.merge.HARD_CONFLICTS`): ``types`` (split by the sides of the
  cooperation / conflict line), ``negation``, ``actors``, ``dates``; else ``one undated`` (a
  date missing on one side and the second pass did not take it), ``no shared actor``,
  ``blocked by the cluster`` (a first-pass candidate that another member's conflict kept out),
  ``wording`` (too weak for what else they share).

Every apart pair is also tallied by all its facets (a pair may have several), a pair kept apart by
types by its two types and why they were not weighed (``type pairs``), and every gold
happening told by several files by what became of it (``happenings``: merged, a side missing, or
apart by the commonest class of its pairs).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import chronica.chronicle.merge  # noqa: E402,F401
from chronica.chronicle import dates as D  # noqa: E402
from chronica.chronicle.embeddings import default_embedder  # noqa: E402
from chronica.chronicle.merge_eval import assign, false_merges, merge_scores  # noqa: E402
from chronica.chronicle.persist import load_chronicle  # noqa: E402
from chronica.chronicle.tier import UNCLEAR, tier  # noqa: E402
from chronica.export.formats import chronicle_dict  # noqa: E402
from chronica.gold import fold  # noqa: E402
from chronica.store import Store  # noqa: E402

#: gold happenings told by two or more files, by what became of them (over every subject read)
HAPPENINGS: Counter = Counter()
#: apart pairs kept apart by types, by their two types (sorted) and why they were not weighed
TYPE_PAIRS: Counter = Counter()
M = sys.modules["chronica.chronicle.merge"]


def _side(code: str) -> str:
    return M._side(code) or ("other" if code in M.UNCODED_TYPES else "happening")


def classify(a, b, sim: float) -> tuple[str, set[str]]:  # noqa: ANN001 - two _Info
    """(the class, all facets) of two mentions the merge left in two events."""
    facets = set()
    if not M.type_compatible(a.m.type, b.m.type):
        facets.add(f"types {'/'.join(sorted((_side(a.m.type), _side(b.m.type))))}")
    if M._actor_conflict(a, b, M.parties_as_one_set(a.m, b.m)):
        facets.add("actors clash")
    if not ((a.keys & b.keys) or (a.named & b.named)):
        facets.add("no shared actor" if (a.keys or a.named) and (b.keys or b.named) else "a side actorless")
    if a.interval is None or b.interval is None:
        facets.add("both undated" if a.interval is None and b.interval is None else "one undated")
    elif a.stated and b.stated and not D.overlaps(a.interval, b.interval):
        facets.add("dates apart")
    elif not (a.stated and b.stated):
        facets.add("a date inferred")
    if tier(_event_of(a.m)) == UNCLEAR or tier(_event_of(b.m)) == UNCLEAR:
        facets.add("unclear tier")
    reason = M.conflict_reason(a, b, sim)
    if reason == "types":
        cls = f"types {'/'.join(sorted((_side(a.m.type), _side(b.m.type))))}"
        facets.add("why: " + M._types_why(a, b, sim).split(":")[0 if "never" in M._types_why(a, b, sim) else -1].strip())
    elif reason:
        cls = reason
    elif M.pair_score(a, b, sim) is not None:
        cls = "blocked by the cluster"
    elif a.interval is None or b.interval is None:
        cls = "one undated" if (a.interval is None) != (b.interval is None) else "both undated"
    elif not ((a.keys & b.keys) or (a.named & b.named)):
        cls = "no shared actor"
    else:
        cls = "wording"
    return cls, facets


_EVENTS: dict[int, object] = {}


def _event_of(m):  # noqa: ANN001, ANN202
    return _EVENTS[id(m)]


def subject(db: Path, gold_path: Path, embedder, show: bool) -> tuple[Counter, Counter, Counter]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    with Store(db, create=False) as store:
        chronicle = load_chronicle(store)
        export = chronicle_dict(store, chronicle)
        # a JSON-lines record is stored as FILE#Ln: the gold names the file
        files = {d.id: Path(d.path).name.split("#")[0] for d in store.documents()}
    for e in chronicle.events:
        for m in e.mentions:
            _EVENTS[id(m)] = e
    by_id = {e.id: e for e in chronicle.events}
    assigned = assign(export, gold)
    s = merge_scores(export, gold)
    wrong = false_merges(export, gold)
    classes: Counter = Counter()
    facets: Counter = Counter()
    for g in gold.get("events", []):
        ev = g.get("evidence") or {}
        gid = str(g["id"])
        events_of = [e for f in ev if (e := assigned.get((gid, f)))]  # the events citing its files
        pcls: list[str] = []  # the classes of this happening's apart pairs
        for fa, fb in combinations(list(ev), 2):
            ea, eb = assigned.get((gid, fa)), assigned.get((gid, fb))
            if ea is None or eb is None:
                classes["side missing"] += 1
                continue
            if ea == eb:
                continue

            def cited(eid, f):  # noqa: ANN001, ANN202
                own = [m for m in by_id[eid].mentions if files.get(m.document_id) == f]
                text = fold(ev[f])
                return next((m for m in own if text in fold(m.sentence)), own[0] if own else None)

            ma, mb = cited(ea, fa), cited(eb, fb)
            if ma is None or mb is None:
                classes["not in chronicle"] += 1
                continue
            va, vb = embedder.embed([ma.sentence, mb.sentence])
            sim = float(va @ vb)
            ia, ib = sorted((M.mention_info(ma), M.mention_info(mb)), key=lambda i: M.mention_order(i.m))
            cls, fs = classify(ia, ib, sim)
            classes[cls] += 1
            if cls.startswith("types"):
                why = next((f[5:] for f in fs if f.startswith("why: ")), "")
                TYPE_PAIRS["/".join(sorted((ma.type, mb.type))) + (f" ({why})" if why else "")] += 1
            pcls.append(cls)
            facets.update(fs)
            if show:
                print(f"    {gid}: {cls} [{', '.join(sorted(fs))}] sim {sim:.2f}; {ma.type} {ma.date or '-'}"
                      f" {ma.date_source} / {mb.type} {mb.date or '-'} {mb.date_source}\n"
                      f"      A {ma.sentence[:150]!r}\n      B {mb.sentence[:150]!r}")
        if len(ev) > 1:  # the happening: merged (two of its files in one event, as merge_scores counts
            # it), a side missing (fewer than two files cited), else apart by its pairs' commonest class
            HAPPENINGS["merged" if len(set(events_of)) < len(events_of) else "side missing" if len(events_of) < 2
                       else "apart: " + (Counter(pcls).most_common(1)[0][0] if pcls else "not in chronicle")] += 1
    row = Counter({"tp": s.pairs_right, "pred": s.pairs_predicted, "gold": s.pairs_gold,
                   "merged": s.merged, "multi": s.multi_source, "false": len(wrong),
                   "false_one_file": sum(w.one_file_tells_both for w in wrong)})
    if show:
        for w in wrong:
            print(f"    false merge {w.event}: {w.gold_a}@{w.file_a} + {w.gold_b}@{w.file_b}"
                  + (" (one file tells both)" if w.one_file_tells_both else ""))
    return row, classes, facets


def _prf(row: Counter) -> tuple[float, float, float]:
    p = row["tp"] / row["pred"] if row["pred"] else 1.0
    r = row["tp"] / row["gold"] if row["gold"] else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", type=Path)
    ap.add_argument("--pairs", dest="show", action="store_true", help="one line per apart pair")
    args = ap.parse_args(argv)
    embedder = default_embedder()
    total, all_classes, all_facets = Counter(), Counter(), Counter()
    print(f"{'subject':10} {'merged':>7} {'pairP':>6} {'pairR':>6} {'F1':>6} {'tp/pred/gold':>13} {'false':>7}  apart classes")
    for db, g in zip(args.pairs[::2], args.pairs[1::2]):
        name = Path(g).name.split("_")[0]
        if args.show:
            print(f"  {name}:")
        row, classes, facets = subject(db, g, embedder, args.show)
        total.update(row)
        all_classes.update(classes)
        all_facets.update(facets)
        p, r, f = _prf(row)
        print(f"{name:10} {row['merged']:>3}/{row['multi']:<3} {p:6.3f} {r:6.3f} {f:6.3f}"
              f" {row['tp']:>4}/{row['pred']}/{row['gold']:<5} {row['false']:>3}({row['false_one_file']})"
              f"  {', '.join(f'{k} {n}' for k, n in classes.most_common())}", flush=True)
    p, r, f = _prf(total)
    print(f"{'all':10} {total['merged']:>3}/{total['multi']:<3} {p:6.3f} {r:6.3f} {f:6.3f}"
          f" {total['tp']:>4}/{total['pred']}/{total['gold']:<5} {total['false']:>3}({total['false_one_file']})")
    print("happenings: " + ", ".join(f"{k} {n}" for k, n in HAPPENINGS.most_common()))
    print("classes: " + ", ".join(f"{k} {n}" for k, n in all_classes.most_common()))
    print("facets of apart pairs: " + ", ".join(f"{k} {n}" for k, n in all_facets.most_common()))
    print("type pairs kept apart (why): " + ", ".join(f"{k} {n}" for k, n in TYPE_PAIRS.most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
