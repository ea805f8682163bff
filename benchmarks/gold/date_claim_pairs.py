"""Pairs of date claims of two documents of one subject whose dates conflict, with what decides
whether they are one happening's dates, labelled by the gold: the pair is "one event" when both
sentences are evidence of one gold event, "two events" when they are evidence of different ones
(pairs whose sentences are no gold evidence are left out). Used to calibrate the wording bars of
:mod:`chronica.chronicle.claim_conflicts` (session 43: ``SIM_SAME_WORDING_SAME_VERB_DATE``).

    python benchmarks/gold/date_claim_pairs.py STORES_DIR dev-a dev-b ... [--bars 0.6 0.65 0.7]

STORES_DIR holds SUBJ.db built by measure.py. Prints, for each bar, the pairs with one verb whose
masked clauses are at least that alike and under SIM_SAME_WORDING_SAME_VERB, one event / all."""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sqlite3
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import subjects  # noqa: E402
import yaml  # noqa: E402

from chronica.chronicle.claim_conflicts import MAX_WORDING_DATE_GAP_DAYS, SIM_SAME_WORDING_SAME_VERB  # noqa: E402
from chronica.chronicle.embeddings import default_embedder  # noqa: E402


def _fold(s: str | None) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip().lower()


def _gap(a: dict, b: dict) -> int:
    ea, la = date.fromisoformat(a["earliest"][:10]), date.fromisoformat(a["latest"][:10])
    eb, lb = date.fromisoformat(b["earliest"][:10]), date.fromisoformat(b["latest"][:10])
    return max(0, (eb - la).days, (ea - lb).days)


def pairs(db: Path, gold: Path, embed) -> list[dict]:  # noqa: ANN001 - an Embedder
    g = yaml.safe_load(gold.read_text(encoding="utf-8"))
    con = sqlite3.connect(db)
    files = {i: Path(p).name for i, p in con.execute("SELECT id, path FROM documents")}
    claims = [json.loads(r) for (r,) in con.execute("SELECT record FROM claims WHERE kind = 'date'")]
    con.close()
    out = []
    for c in claims:
        f = files.get(c["document_id"])
        c["gold"] = {e["id"] for e in g.get("events") or []
                     if (ev := (e.get("evidence") or {}).get(f)) and _fold(ev) in _fold(c["sentence"])}
    told = [c for c in claims if c["gold"] and c.get("earliest") and c.get("masked")]
    masked = sorted({c["masked"] for c in told})
    vectors = dict(zip(masked, embed.embed(masked))) if masked else {}
    for a, b in itertools.combinations(told, 2):
        if a["document_id"] == b["document_id"] or not 0 < _gap(a, b) <= MAX_WORDING_DATE_GAP_DAYS:
            continue
        out.append({"one": bool(a["gold"] & b["gold"]), "sim": float(vectors[a["masked"]] @ vectors[b["masked"]]),
                    "same_verb": a.get("predicate") is not None and a.get("predicate") == b.get("predicate"),
                    "a": a["masked"], "b": b["masked"], "dates": (a["date"], b["date"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stores", type=Path)
    ap.add_argument("groups", nargs="+")
    ap.add_argument("--bars", nargs="+", type=float, default=[0.55, 0.6, 0.65, 0.7])
    args = ap.parse_args()
    embed = default_embedder()
    rows: list[tuple[str, dict]] = []
    for subject in subjects.expand(args.groups):
        db = args.stores / f"{subject}.db"
        if db.exists():
            rows += [(subject, r) for r in pairs(db, subjects.locate(subject)[1], embed)]
    print(f"{len(rows)} pairs of conflicting dates, {sum(r['one'] for _, r in rows)} of one gold event")
    for bar in args.bars:
        band = [(s, r) for s, r in rows if r["same_verb"] and bar <= r["sim"] < SIM_SAME_WORDING_SAME_VERB]
        one = [s for s, r in band if r["one"]]
        print(f"one verb, {bar:.2f} <= similarity < {SIM_SAME_WORDING_SAME_VERB}: {len(one)}/{len(band)} one event"
              f" ({len(set(one))} subjects)")


if __name__ == "__main__":
    main()
