"""Train the scored-furniture model of chronica/ingest/_furniture.py on the DEV gold documents only.

Usage (from the repository root):
    python scripts/train_furniture.py [--write] [--loso-docs]

Samples: every unit of at most ``MAX_WORDS`` words at the point the scored pass runs (after the
rules), with the rules only (the shipped model switched off). Labels:
  1 = the unit was removed by a rule (kinds other than reference/title/header), or a kept unit that
      a gold ``boilerplate`` string names (the string inside the unit, or the unit inside the string);
  0 = a kept unit at or above the unit holding the gold ``body_ends`` that no boilerplate string names
      (a line of the gold title is left out: it is neither);
  kept units under ``body_ends`` that no string names are left out (notes the gold need not list).
Model: L2-regularised logistic regression fitted by Newton's method (numpy) on the units the rules
kept (the rule-removed ones are reported but not fitted: the pass decides only on kept units, and
those the rules catch teach it the rules' own shapes, which did not transfer). The threshold is the
lowest probability whose leave-one-subject-out precision on the held-out units is >= --precision.
``--loso-docs`` also reports, per held-out subject, the cleaning yardstick (documents clean, bodies
intact) with the model trained on the other subjects. Test subjects are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronica.ingest import _furniture as fu  # noqa: E402
from chronica.ingest import load  # noqa: E402
from chronica.ingest.evaluate import _find, read_gold, score_document, totals  # noqa: E402
from chronica.ingest._units import fold  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
from subjects import locate  # noqa: E402

DEV_GOLD = ["ethiopia", "iraniraq", "perecuador", "codwars", "moralg", "ugatan", "indmal", "grctur", "sudssd",
            "guyven", "rwacod", "srbkos", "egyeth", "slocro", "pakafg", "chdsdn", "senmrt", "eridji", "bgdmmr",
            "haidom", "estrus", "malsgp", "maresp"]
DEV_SHARED = ["korea", "cyprus", "falklands", "georgia"]


def subject_paths(s: str) -> tuple[Path, Path]:
    """(articles folder, gold yaml) of a dev subject (``benchmarks/gold/subjects.py``'s :func:`locate`)."""
    return locate(s)[:2]


def _names(unit_fold: str, strings: list[str]) -> bool:
    return any(b in unit_fold or (len(unit_fold) >= 8 and unit_fold in b) for b in strings)


def collect(subjects: list[str]) -> list[tuple[str, list[float], int, bool, str]]:
    """(subject, features, label, kept by the rules, text) of every sample unit."""
    samples: list[tuple[str, list[float], int, bool, str]] = []
    current: dict = {}

    def capture(units):  # noqa: ANN001, ANN202
        first, last, counts = fu.page_context(units)
        if first < 0:
            return
        boiler = [fold(b) for b in current["gold"].boilerplate if fold(b)]
        ends = fold(current["gold"].body_ends)
        title = fold(current["gold"].title or "")
        end_idx = max((i for i, u in enumerate(units) if ends and ends in u.fold()), default=-1)
        for i, u in enumerate(units):
            if u.n_words == 0 or u.n_words > fu.MAX_WORDS or u.kind in fu.NOT_FURNITURE_KINDS:
                continue
            if u.kind is not None:
                label = 1
            elif _names(u.fold(), boiler):
                label = 1
            elif title and len(u.fold()) >= 8 and u.fold() in title:
                continue  # the headline (or a line of it) is the title: neither article nor furniture
            elif i <= end_idx:
                label = 0
            else:
                continue
            samples.append((current["subject"], fu.features(units, i, first_prose=first, last_prose=last, counts=counts), label,
                            u.kind is None, u.text))

    original = fu.mark_scored
    fu.mark_scored = capture
    try:
        for s in subjects:
            corpus, gold = subject_paths(s)
            for g in read_gold(gold):
                path = _find(corpus, g.file)
                if path is None:
                    continue
                current.update(subject=s, gold=g)
                try:
                    load(path)
                except Exception:  # noqa: BLE001 — a file the loader refuses gives no samples
                    pass
    finally:
        fu.mark_scored = original
    return samples


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6  # the bias is not shrunk
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def prob(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write chronica/ingest/data/furniture_weights.json")
    ap.add_argument("--precision", type=float, default=0.85)
    ap.add_argument("--l2", type=float, default=0.3)
    ap.add_argument("--loso-docs", action="store_true")
    args = ap.parse_args()

    # the rules alone: the shipped model switched off while samples are collected
    fu._model.cache_clear()
    off = ({name: 0.0 for name in fu.FEATURES}, 2.0)
    real_model = fu._model
    fu._model = lambda: off  # type: ignore[assignment]
    subjects = DEV_SHARED + DEV_GOLD
    samples = collect(subjects)
    fu._model = real_model
    subj = np.array([s[0] for s in samples])
    X = np.array([s[1] for s in samples], dtype=float)
    y = np.array([s[2] for s in samples], dtype=float)
    kept = np.array([s[3] for s in samples])
    print(f"samples: {len(y)} ({int(y.sum())} furniture, {int(len(y) - y.sum())} article) from {len(set(subj))} subjects")

    # leave one subject out: held-out probabilities
    held = np.zeros(len(y))
    fold_weights = {}
    for s in sorted(set(subj)):
        tr = (subj != s) & kept  # fitted on the units the pass decides on: those the rules kept
        w = fit(X[tr], y[tr], args.l2)
        fold_weights[s] = w
        held[~tr] = prob(X[~tr], w)
    threshold = 0.99
    # what the pass decides on: the units the rules kept
    for t in np.arange(0.50, 0.995, 0.01):
        pred = (held >= t) & kept
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        if tp + fp and tp / (tp + fp) >= args.precision:
            threshold = float(round(t, 2))
            break
    pred = (held >= threshold) & kept
    tp, fp = int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum())
    fn = int((~pred & kept & (y == 1)).sum())
    print(f"kept by the rules: {int((kept & (y == 1)).sum())} furniture, {int((kept & (y == 0)).sum())} article")
    print(f"leave-one-subject-out on kept units at threshold {threshold}: precision {tp}/{tp + fp}, recall {tp}/{tp + fn}, "
          f"article units dropped {fp}/{int((kept & (y == 0)).sum())}")

    w = fit(X[kept], y[kept], args.l2)
    for name, v in sorted(zip(fu.FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:18s} {v:+.3f}")
    if args.write:
        out = ROOT / "chronica" / "ingest" / "data" / "furniture_weights.json"
        out.write_text(json.dumps({"features": list(fu.FEATURES), "weights": [round(float(v), 4) for v in w],
                                   "threshold": threshold,
                                   "trained_on": "dev gold documents (scripts/train_furniture.py)"}, indent=1) + "\n",
                       encoding="utf-8")
        print(f"wrote {out}")
    if args.loso_docs:
        everything = []
        for s in subjects:
            wv = fold_weights.get(s)
            if wv is None:
                continue
            fu._model = lambda wv=wv: (dict(zip(fu.FEATURES, map(float, wv))), threshold)  # type: ignore[assignment]
            corpus, gold = subject_paths(s)
            scores = [score_document(g, _find(corpus, g.file)) for g in read_gold(gold)]
            everything.extend(scores)
            t = totals(scores)
            print(f"  held out {s:11s} clean {t['documents_clean'][0]}/{t['documents_clean'][1]}  "
                  f"bodies {t['bodies_intact'][0]}/{t['bodies_intact'][1]}")
        t = totals(everything)
        print(f"leave-one-subject-out documents: clean {t['documents_clean'][0]}/{t['documents_clean'][1]}, "
              f"bodies intact {t['bodies_intact'][0]}/{t['bodies_intact'][1]}, "
              f"boilerplate free {t['boilerplate_free'][0]}/{t['boilerplate_free'][1]}")
        fu._model = real_model


if __name__ == "__main__":
    main()
