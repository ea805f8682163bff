"""How well the merge finds one happening across sources: pairwise and B³ precision and recall of
an exported chronicle against gold events (the shared gold format, ``shared/eval/CONTRACT.md``).

Public API::

    scores = merge_scores(export_dict, gold_dict)     # MergeScores
    scores.pairwise_f1, scores.b3_f1, scores.as_row()
    missed_merges(export_dict, gold_dict)             # [MissedMerge]: found, not merged
    diagnose(export_dict, gold_dict[, why])           # [MergeDiagnosis]: why each is not merged
    false_merges(export_dict, gold_dict)              # [FalseMerge]: two gold events in one

The items are (gold event, file) pairs: each place a gold event is told. An item belongs to the
exported event that cites a sentence containing the gold evidence for that file (folded as the
scorer folds it: case, white space, curly quotes and dashes); an item no exported event cites
is a cluster of its own. Gold clusters are the gold events, so events told by one file count
too: merging them into another happening costs precision. Pairwise: the pairs of items from
two different files put in one exported event (precision) and the pairs of items of one gold
event (recall) — two gold events stated in one sentence that only one exported event cites are
an extraction miss, not a merge, so pairs within one file are left out. B³: per item, averaged
over items, all items (Bagga & Baldwin 1998). Found-pair recall is the pairwise recall over
the gold pairs whose two items are both found: it separates what the merge missed from what
extraction never found.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from chronica.gold import fold


@dataclass
class MergeScores:
    items: int  # (gold event, file) pairs
    found: int  # items some exported event cites
    multi_source: int  # gold events told by two or more files
    merged: int  # ... of which one exported event cites two or more files
    pairwise_precision: float
    pairwise_recall: float
    b3_precision: float
    b3_recall: float
    #: recall over the gold pairs across files whose two items are both found: what the merge
    #: alone missed (pairs with an unfound item are an extraction miss, not a merge miss)
    found_pair_recall: float = 1.0
    found_pairs: int = 0  # how many such pairs the gold has
    #: the pair counts behind the pairwise figures: right pairs, pairs put together, gold pairs
    #: (summed over subjects they give micro-averaged precision and recall)
    pairs_right: int = 0
    pairs_predicted: int = 0
    pairs_gold: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pairwise_f1(self) -> float:
        return self._f1(self.pairwise_precision, self.pairwise_recall)

    @property
    def b3_f1(self) -> float:
        return self._f1(self.b3_precision, self.b3_recall)

    def as_row(self) -> dict[str, float | int]:
        return {"items": self.items, "found": self.found, "merged": f"{self.merged}/{self.multi_source}",
                "pair P": round(self.pairwise_precision, 3), "pair R": round(self.pairwise_recall, 3),
                "pair F1": round(self.pairwise_f1, 3),
                "found-pair R": f"{round(self.found_pair_recall, 3)} of {self.found_pairs}",
                "B3 P": round(self.b3_precision, 3),
                "B3 R": round(self.b3_recall, 3), "B3 F1": round(self.b3_f1, 3)}


def _file_of(export: dict) -> dict[str, str]:
    return {str(d.get("id")): os.path.basename(str(d.get("path") or d.get("id")))
            for d in export.get("documents", [])}


def _date_agrees(gold_date, value: str | None) -> bool:
    """The gold date and an exported date agree at the gold's precision (as the scorer has it)."""
    if not value or gold_date is None:
        return False
    value = str(value).upper().rstrip("X")
    if isinstance(gold_date, list):
        return str(gold_date[0])[:4] <= value[:4] <= str(gold_date[1])[:4]
    return value.startswith(str(gold_date).upper().rstrip("X"))


def assign(export: dict, gold: dict) -> dict[tuple[str, str], str]:
    """(gold event id, file) -> the exported event that states it: among the events citing a
    sentence with the evidence, the one whose trigger lies inside the evidence, then whose date
    agrees with the gold's, then who shares an actor with it, then the first."""
    files = _file_of(export)
    cites = []  # (event, file, folded sentence, trigger position in the sentence or None)
    for e in export.get("events", []):
        for m in e.get("mentions", []):
            doc = str(m.get("document", ""))
            trig = m.get("trigger_start")
            at = trig - m["start"] if isinstance(trig, int) and isinstance(m.get("start"), int) else None
            cites.append((e, files.get(doc, os.path.basename(doc)), m.get("sentence") or "", at))
    out: dict[tuple[str, str], str] = {}
    for g in gold.get("events", []):
        actors = {str(a) for a in g.get("actors") or []}
        for f, evidence in (g.get("evidence") or {}).items():
            ev = fold(evidence)
            best = None
            for order, (e, file, sentence, at) in enumerate(cites):
                folded = fold(sentence)
                if file != f or ev not in folded:
                    continue
                lo = sentence.lower().find(evidence.lower()[:20])
                inside = at is not None and lo >= 0 and lo <= at < lo + len(evidence)
                ids = {str(a.get("id")) for a in e.get("actors", [])} | {str(a.get("name")) for a in e.get("actors", [])}
                key = (inside, _date_agrees(g.get("date"), e.get("date")), bool(ids & actors), -order)
                if best is None or key > best[0]:
                    best = (key, e["id"])
            if best is not None:
                out[(str(g["id"]), f)] = best[1]
    return out


def merge_scores(export: dict, gold: dict) -> MergeScores:
    """Pairwise and B³ scores of the export's merges against the gold events."""
    items = [(str(g["id"]), f) for g in gold.get("events", []) for f in (g.get("evidence") or {})]
    assigned = assign(export, gold)
    predicted = {it: assigned.get(it, f"unfound:{it[0]}:{it[1]}") for it in items}
    by_pred: dict[str, list] = defaultdict(list)
    by_gold: dict[str, list] = defaultdict(list)
    for it in items:
        by_pred[predicted[it]].append(it)
        by_gold[it[0]].append(it)
    def across(pairs):  # a merge joins sources: pairs of items told in one file are no merge
        return {frozenset(p) for p in pairs if p[0][1] != p[1][1]}

    same_pred = across(p for members in by_pred.values() for p in combinations(members, 2))
    same_gold = across(p for members in by_gold.values() for p in combinations(members, 2))
    tp = len(same_pred & same_gold)
    pair_p = tp / len(same_pred) if same_pred else 1.0
    pair_r = tp / len(same_gold) if same_gold else 1.0
    found_gold = {p for p in same_gold if all(it in assigned for it in p)}
    found_r = len(same_pred & found_gold) / len(found_gold) if found_gold else 1.0
    b3_p = b3_r = 0.0
    for it in items:
        pred, real = set(by_pred[predicted[it]]), set(by_gold[it[0]])
        both = len(pred & real)
        b3_p += both / len(pred)
        b3_r += both / len(real)
    n = len(items) or 1
    multi = [g for g in gold.get("events", []) if len(g.get("evidence") or {}) > 1]
    merged = sum(_merged(assigned, g) for g in multi)
    return MergeScores(items=len(items), found=len(assigned), multi_source=len(multi), merged=merged,
                       pairwise_precision=pair_p, pairwise_recall=pair_r,
                       b3_precision=b3_p / n, b3_recall=b3_r / n,
                       found_pair_recall=found_r, found_pairs=len(found_gold),
                       pairs_right=tp, pairs_predicted=len(same_pred), pairs_gold=len(same_gold))


@dataclass(frozen=True)
class MissedMerge:
    """Two found items of one gold event put in two exported events: a merge miss."""

    gold_id: str
    file_a: str
    event_a: str
    file_b: str
    event_b: str


def missed_merges(export: dict, gold: dict) -> list[MissedMerge]:
    """The gold pairs across files whose two items are both found but in different exported
    events (what found-pair recall misses), in gold order."""
    assigned = assign(export, gold)
    out = []
    for g in gold.get("events", []):
        found = [f for f in (g.get("evidence") or {}) if (str(g["id"]), f) in assigned]
        for fa, fb in combinations(found, 2):
            ea, eb = assigned[(str(g["id"]), fa)], assigned[(str(g["id"]), fb)]
            if ea != eb:
                out.append(MissedMerge(str(g["id"]), fa, ea, fb, eb))
    return out


def _merged(assigned: dict[tuple[str, str], str], g: dict) -> bool:
    """One exported event holds two or more of the gold event's files."""
    per_event: dict[str, int] = defaultdict(int)
    for f in g["evidence"]:
        eid = assigned.get((str(g["id"]), f))
        if eid:
            per_event[eid] += 1
    return any(n >= 2 for n in per_event.values())


def explain_misses(misses: list[MissedMerge], events: list, files: dict[int, str], gold: dict,
                   embedder) -> list[str]:  # noqa: ANN001 - ChronicleEvent list, an Embedder
    """One line per missed merge: why the merge kept the two mentions apart
    (:func:`chronica.chronicle.merge.explain_pair` on the mentions that cite the gold evidence),
    from the chronicle the export was written from (``files``: document id -> file name)."""
    from chronica.chronicle.merge import explain_pair

    by_id = {e.id: e for e in events}
    evidence = {str(g["id"]): g.get("evidence") or {} for g in gold.get("events", [])}

    def cited(event_id: str, gold_id: str, file: str):  # noqa: ANN202 - an EventMention or None
        event = by_id.get(event_id)
        if event is None:
            return None
        text = fold(evidence.get(gold_id, {}).get(file, ""))
        own = [m for m in event.mentions if files.get(m.document_id) == file]
        return next((m for m in own if text and text in fold(m.sentence)), own[0] if own else None)

    out = []
    for miss in misses:
        ma, mb = cited(miss.event_a, miss.gold_id, miss.file_a), cited(miss.event_b, miss.gold_id, miss.file_b)
        if ma is None or mb is None:
            out.append("not in this chronicle")
            continue
        vectors = embedder.embed([ma.sentence, mb.sentence])
        sim = float(vectors[0] @ vectors[1])
        out.append(f"{explain_pair(ma, mb, sim)}; wording {sim:.2f}; "
                   f"{ma.type} {ma.date or 'undated'} / {mb.type} {mb.date or 'undated'}")
    return out


#: what became of a gold event told by two or more files (:func:`diagnose`)
MERGED = "merged"  # one exported event cites two or more of its files (the scorer's "merged")
MISSING = "side missing"  # fewer than two of its files are cited by any exported event
APART = "apart"  # two or more files are cited, by different events


@dataclass(frozen=True)
class MergeDiagnosis:
    """Why a gold event told by several files is, or is not, one exported event."""

    gold_id: str
    outcome: str  # MERGED, MISSING or APART
    files: tuple[str, ...]  # the files that tell it
    missing: tuple[str, ...] = ()  # ... that no exported event cites
    #: one (file, file, why) per pair of cited files left in two events (a merged event's too:
    #: the scorer's "merged" needs two of its files together, not all)
    apart: tuple[tuple[str, str, str], ...] = ()


def _cites(event: dict, file: str, evidence: str, files: dict[str, str]) -> bool:
    ev = fold(evidence)
    return any(files.get(str(m.get("document")), os.path.basename(str(m.get("document", "")))) == file
               and ev in fold(m.get("sentence")) for m in event.get("mentions", []))


def diagnose(export: dict, gold: dict, why: Callable[[MissedMerge], str] | None = None
             ) -> list[MergeDiagnosis]:
    """One :class:`MergeDiagnosis` per gold event told by two or more files, in gold order.
    Merged as the scorer (``shared/eval/score.py``) counts it: some exported event citing the
    evidence of one file cites a sentence of another of its files. Else *side missing* when fewer
    than two of its files are cited at all (an extraction miss: no merge could have joined them),
    else *apart*; with one line per pair of cited files in two events (``why``: a reason for it,
    e.g. from :func:`explain_misses`), for a merged event too."""
    files = _file_of(export)
    events = export.get("events", [])
    misses: dict[str, list[MissedMerge]] = defaultdict(list)
    for miss in missed_merges(export, gold):
        misses[miss.gold_id].append(miss)
    out = []
    for g in gold.get("events", []):
        evidence = g.get("evidence") or {}
        if len(evidence) < 2:
            continue
        gid, told = str(g["id"]), tuple(evidence)
        cited = {f: [e for e in events if _cites(e, f, ev, files)] for f, ev in evidence.items()}
        hits = {id(e): e for es in cited.values() for e in es}.values()
        docs = [{files.get(str(m.get("document")), os.path.basename(str(m.get("document", ""))))
                 for m in e.get("mentions", [])} for e in hits]
        missing = tuple(f for f in told if not cited[f])
        lines = tuple((m.file_a, m.file_b, why(m) if why else f"{m.event_a} / {m.event_b}")
                      for m in misses[gid])
        if any(len(d & set(told)) >= 2 for d in docs):
            out.append(MergeDiagnosis(gid, MERGED, told, missing, lines))
        elif len(told) - len(missing) < 2:
            out.append(MergeDiagnosis(gid, MISSING, told, missing))
        else:
            out.append(MergeDiagnosis(gid, APART, told, missing, lines))
    return out


@dataclass(frozen=True)
class FalseMerge:
    """Two found items of two different gold events, from two files, put in one exported event."""

    event: str
    gold_a: str
    file_a: str
    gold_b: str
    file_b: str
    #: the event holds both gold events' items of one file too: that file tells both in what the
    #: event cites (mostly one sentence stating two gold happenings, one extracted), so the merge
    #: may be right and the pair an extraction miss
    one_file_tells_both: bool = False


def false_merges(export: dict, gold: dict) -> list[FalseMerge]:
    """The pairs of items across files that one exported event holds although the gold has them
    as two happenings (what pairwise precision counts against), by event."""
    by_event: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (gid, f), eid in assign(export, gold).items():
        by_event[eid].append((gid, f))
    out = []
    for eid, items in by_event.items():
        held = set(items)
        for (ga, fa), (gb, fb) in combinations(sorted(items), 2):
            if ga != gb and fa != fb:
                out.append(FalseMerge(eid, ga, fa, gb, fb, (gb, fa) in held or (ga, fb) in held))
    return out


def reason_kind(reason: str) -> str:
    """The kind of an :func:`explain_misses` reason, for tallies: ``apart: dates``, ``too weak``,
    ``undated candidate`` ... (the part before the first ``;`` or ``(``)."""
    return re.split(r"[;(]", reason, maxsplit=1)[0].strip()


__all__ = ["APART", "MERGED", "MISSING", "FalseMerge", "MergeDiagnosis", "MergeScores", "MissedMerge",
           "assign", "diagnose", "explain_misses", "false_merges", "fold", "merge_scores", "missed_merges",
           "reason_kind"]
