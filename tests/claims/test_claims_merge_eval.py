"""Merge precision and recall against gold events (chronica/chronicle/merge_eval.py)."""

from __future__ import annotations

import pytest

from chronica.chronicle.merge_eval import MissedMerge, merge_scores, missed_merges

GOLD = {"events": [
    {"id": "war", "date": "1961", "actors": ["ALD"], "evidence": {"a.txt": "Aldoria attacked", "b.txt": "war broke out"}},
    {"id": "truce", "date": "1962", "actors": ["ALD"], "evidence": {"a.txt": "signed a truce", "c.txt": "the truce"}},
    {"id": "death", "date": "1970", "actors": ["X"], "evidence": {"b.txt": "Voss died"}},
]}
DOCS = [{"id": "d1", "path": "x/a.txt"}, {"id": "d2", "path": "x/b.txt"}, {"id": "d3", "path": "x/c.txt"}]


def event(eid, *cites, date=None):
    return {"id": eid, "date": date, "actors": [],
            "mentions": [{"document": d, "sentence": s, "start": 0, "end": len(s)} for d, s in cites]}


A1 = ("d1", "In 1961 Aldoria attacked Borvia.")
B1 = ("d2", "In 1961 war broke out.")
A2 = ("d1", "In 1962 they signed a truce.")
C2 = ("d3", "In 1962 the truce held.")
B3 = ("d2", "In 1970 Voss died.")


@pytest.mark.parametrize("events, pair_p, pair_r, merged", [
    # perfect: each gold event one exported event
    ([event("e1", A1, B1), event("e2", A2, C2), event("e3", B3)], 1.0, 1.0, 2),
    # nothing merged: precision vacuous, recall 0
    ([event("e1", A1), event("e2", B1), event("e3", A2), event("e4", C2), event("e5", B3)], 1.0, 0.0, 0),
    # everything glued: recall 1, precision 2 of the 8 pairs across files
    ([event("e1", A1, B1, A2, C2, B3)], 0.25, 1.0, 2),
    # one right merge, one missed
    ([event("e1", A1, B1), event("e2", A2), event("e3", C2), event("e4", B3)], 1.0, 0.5, 1),
])
def test_merge_eval_pairwise(events, pair_p, pair_r, merged):
    s = merge_scores({"documents": DOCS, "events": events}, GOLD)
    assert s.items == 5
    assert s.pairwise_precision == pytest.approx(pair_p) and s.pairwise_recall == pytest.approx(pair_r)
    assert s.merged == merged and s.multi_source == 2


def test_merge_eval_b3_of_the_glued_chronicle():
    s = merge_scores({"documents": DOCS, "events": [event("e1", A1, B1, A2, C2, B3)]}, GOLD)
    # each item's predicted cluster holds all 5; its gold cluster 2, 2, 2, 2 and 1
    assert s.b3_recall == pytest.approx(1.0)
    assert s.b3_precision == pytest.approx((2 / 5 * 4 + 1 / 5) / 5)


@pytest.mark.parametrize("events, found_r, found_pairs", [
    # both pairs found, one merged
    ([event("e1", A1, B1), event("e2", A2), event("e3", C2), event("e4", B3)], 0.5, 2),
    # the truce told only by a.txt is found: its pair is an extraction miss, not a merge miss
    ([event("e1", A1, B1), event("e2", A2), event("e4", B3)], 1.0, 1),
    # nothing found across files: no pair to judge
    ([event("e1", A1), event("e4", B3)], 1.0, 0),
    ([event("e1", A1), event("e2", B1), event("e3", A2), event("e4", C2)], 0.0, 2),
])
def test_merge_eval_found_pair_recall_leaves_out_unfound_items(events, found_r, found_pairs):
    s = merge_scores({"documents": DOCS, "events": events}, GOLD)
    assert s.found_pair_recall == pytest.approx(found_r) and s.found_pairs == found_pairs


def test_merge_eval_unfound_items_are_singletons():
    s = merge_scores({"documents": DOCS, "events": [event("e1", A1)]}, GOLD)
    assert s.found == 1 and s.pairwise_recall == 0.0 and s.b3_precision == pytest.approx(1.0)


@pytest.mark.parametrize("events, missed", [
    ([event("e1", A1, B1), event("e2", A2, C2), event("e3", B3)], []),
    # the truce is found in a.txt and c.txt but left in two events; the war is merged
    ([event("e1", A1, B1), event("e2", A2), event("e3", C2), event("e4", B3)],
     [MissedMerge("truce", "a.txt", "e2", "c.txt", "e3")]),
    # the war's b.txt item is not found: an extraction miss, not listed
    ([event("e1", A1), event("e2", A2), event("e3", C2)], [MissedMerge("truce", "a.txt", "e2", "c.txt", "e3")]),
])
def test_missed_merges_lists_found_pairs_left_apart(events, missed):
    assert missed_merges({"documents": DOCS, "events": events}, GOLD) == missed


GOLD3 = {"events": GOLD["events"] + [
    {"id": "visit", "date": "1963", "actors": ["ALD"], "evidence": {"a.txt": "Voss visited", "b.txt": "the visit"}},
]}
A4 = ("d1", "In 1963 Voss visited Borvia.")
B4 = ("d2", "In 1963 the visit went well.")


@pytest.mark.parametrize("events, outcomes", [
    # the war merged; the truce cited in a.txt and c.txt by two events; the visit's b.txt side not cited
    ([event("e1", A1, B1), event("e2", A2), event("e3", C2), event("e4", A4)],
     {"war": "merged", "truce": "apart", "visit": "side missing"}),
    # neither side of the truce cited: missing too; the visit merged
    ([event("e1", A1), event("e2", B1), event("e4", A4, B4)],
     {"war": "apart", "truce": "side missing", "visit": "merged"}),
])
def test_diagnose_tells_merged_missing_and_apart(events, outcomes):
    from chronica.chronicle.merge_eval import diagnose

    found = diagnose({"documents": DOCS, "events": events}, GOLD3, why=lambda m: "kept apart")
    assert {d.gold_id: d.outcome for d in found} == outcomes  # the one-file death is not listed
    for d in found:
        assert d.apart or d.outcome != "apart"
        assert not d.apart or d.outcome != "side missing"
        assert all(r == "kept apart" for _, _, r in d.apart)
        assert (d.outcome == "side missing") <= (len(d.files) - len(d.missing) < 2)


def test_diagnose_counts_merged_as_the_scorer_does():
    """An event citing one file's evidence and any sentence of another of the gold event's files
    is merged for the scorer (shared/eval/score.py), and so for the diagnosis."""
    from chronica.chronicle.merge_eval import diagnose

    other = ("d2", "Later that year Borvia mourned.")
    found = diagnose({"documents": DOCS, "events": [event("e1", A1, other)]}, GOLD)
    assert {d.gold_id: d.outcome for d in found}["war"] == "merged"


@pytest.mark.parametrize("events, wrong", [
    ([event("e1", A1, B1), event("e2", A2, C2), event("e3", B3)], []),
    # the truce's c.txt item glued to the war: a false pair with each of the war's two items
    ([event("e1", A1, B1, C2), event("e2", A2), event("e3", B3)],
     [("e1", "truce", "c.txt", "war", "a.txt"), ("e1", "truce", "c.txt", "war", "b.txt")]),
])
def test_false_merges_are_pairs_of_two_gold_events_across_files(events, wrong):
    from chronica.chronicle.merge_eval import false_merges

    got = false_merges({"documents": DOCS, "events": events}, GOLD)
    assert [(w.event, w.gold_a, w.file_a, w.gold_b, w.file_b) for w in got] == wrong
    assert not any(w.one_file_tells_both for w in got)
    s = merge_scores({"documents": DOCS, "events": events}, GOLD)
    assert s.pairs_predicted - s.pairs_right == len(got)


@pytest.mark.parametrize("reason, kind", [
    ("apart: dates; wording 0.71; AGREE 1961 / AGREE 1962", "apart: dates"),
    ("too weak; wording 0.40; END 1974 / END 1974", "too weak"),
    ("undated candidate (a noun naming it); wording 0.5; X / Y", "undated candidate"),
])
def test_reason_kind(reason, kind):
    from chronica.chronicle.merge_eval import reason_kind

    assert reason_kind(reason) == kind


def test_false_merge_of_one_sentence_telling_two_gold_events_is_marked():
    """a.txt tells the war and the truce in one sentence, and one event cites it: the b.txt war
    and the c.txt truce joining it are counted wrong against each other, but marked."""
    from chronica.chronicle.merge_eval import false_merges

    both = ("d1", "In 1961 Aldoria attacked Borvia, and in 1962 they signed a truce.")
    got = false_merges({"documents": DOCS, "events": [event("e1", both, B1, C2), event("e3", B3)]}, GOLD)
    pairs = {(w.gold_a, w.file_a, w.gold_b, w.file_b): w.one_file_tells_both for w in got}
    assert pairs == {("truce", "a.txt", "war", "b.txt"): True, ("truce", "c.txt", "war", "a.txt"): True,
                     ("truce", "c.txt", "war", "b.txt"): False}
