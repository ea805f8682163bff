"""Where gold disagreements are lost (chronica/chronicle/disagreement_eval.py): the stage of each
pair of gold claims, end to end on small stores of invented texts, and the table by kind."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle.disagreement_eval import (  # noqa: E402
    STAGES, PairDiagnosis, Side, best_stages, format_table, gold_kind, stage_table,
)


@pytest.mark.parametrize("claims, kind", [
    ([{"value": "1989"}, {"value": "1991"}], "date"),
    ([{"value": "1982-05-02"}, {"value": "1982-05-03"}], "date"),
    ([{"value": "196X"}, {"value": "1960"}], "date"),
    ([{"value": "323"}, {"value": "368"}], "number"),
    ([{"value": "649"}, {"value": "650"}], "number"),
    ([{"value": "approved"}, {"value": "ordered"}], "who"),
    ([{"value": "Spain, 1520"}, {"value": "English sailor, 1592"}], "who"),
])
def test_gold_kind_by_values_when_the_gold_names_none(claims, kind):
    assert gold_kind({"claims": claims}) == kind


def test_gold_kind_named_wins_and_is_folded():
    assert gold_kind({"kind": "relations", "claims": []}) == "relation"
    assert gold_kind({"kind": "duration", "claims": [{"value": "1990"}]}) == "duration"


def _row(gid, kind, stage):
    return PairDiagnosis(gid, kind, Side("a", "a.txt", "x"), Side("b", "b.txt", "y"), stage)


def test_best_stage_is_the_furthest_pair_and_the_table_counts_gold_disagreements():
    rows = [_row("g1", "date", "no-claim"), _row("g1", "date", "not-same"), _row("g2", "number", "found"),
            _row("g3", "number", "no-claim")]
    best = best_stages(rows)
    assert best["g1"].stage == "not-same"
    table = stage_table(rows)
    assert table == Counter({("date", "not-same"): 1, ("number", "found"): 1, ("number", "no-claim"): 1})
    text = format_table(table)
    assert text.splitlines()[0].split()[1:] == list(STAGES) + ["total"]
    assert text.splitlines()[-1].split() == ["all", "1", "1", "0", "0", "1", "3"]


A = "The reactor of the Velmar plant exploded on 26 April 1986, and the town was evacuated.\n"
B = "The reactor of the Velmar plant exploded on 28 April 1986, the ministry said later.\n"
C = "Fishermen in Ostrava celebrated the harvest festival with songs.\n"
#: a feed of records: each line is a document, stored as "d.jsonl#L<n>", cited by gold as "d.jsonl"
D = ('{"text": "Sailors in Ostrava repaired the harbour crane before the winter storms."}\n'
     '{"text": "The reactor of the Velmar plant exploded on 29 April 1986, a wire said."}\n')


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from chronica.build import build
    from chronica.store import Store

    tmp = tmp_path_factory.mktemp("deval")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(A, encoding="utf-8")
    (corpus / "b.txt").write_text(B, encoding="utf-8")
    (corpus / "c.txt").write_text(C, encoding="utf-8")
    (corpus / "d.jsonl").write_text(D, encoding="utf-8")
    with Store(tmp / "x.db") as s:
        build([corpus], s)
    st = Store(tmp / "x.db", create=False)
    yield st
    st.close()


@needs_minilm
def test_diagnose_finds_an_exported_date_disagreement_and_a_sentence_without_claims(store):
    from chronica.chronicle.disagreement_eval import diagnose

    gold = {"disagreements": [
        {"id": "blast", "kind": "date", "claims": [
            {"value": "1986-04-26", "files": ["a.txt"], "evidence": "exploded on 26 April 1986"},
            {"value": "1986-04-28", "files": ["b.txt"], "evidence": "exploded on 28 April 1986"}]},
        {"id": "feast", "kind": "date", "claims": [
            {"value": "1986-04-26", "files": ["a.txt"], "evidence": "exploded on 26 April 1986"},
            {"value": "1987", "files": ["c.txt"], "evidence": "celebrated the harvest festival"}]},
        {"id": "absent", "kind": "number", "claims": [
            {"value": "1", "files": ["a.txt"], "evidence": "words that are nowhere"},
            {"value": "2", "files": ["b.txt"], "evidence": "exploded on 28 April 1986"}]},
    ]}
    best = best_stages(diagnose(store, gold))
    assert best["blast"].stage == "found"
    assert best["feast"].stage == "no-claim" and "c.txt" in best["feast"].detail
    assert best["absent"].stage == "no-claim" and "not in the clean text" in best["absent"].detail


@needs_minilm
def test_a_jsonl_record_is_cited_by_its_file(store):
    from chronica.chronicle.disagreement_eval import diagnose, file_name

    assert file_name("/x/feed.jsonl#L3") == "feed.jsonl"
    assert file_name("/x/a.txt") == "a.txt"
    gold = {"disagreements": [{"id": "blast-feed", "kind": "date", "claims": [
        {"value": "1986-04-26", "files": ["a.txt"], "evidence": "exploded on 26 April 1986"},
        {"value": "1986-04-29", "files": ["d.jsonl"], "evidence": "exploded on 29 April 1986"}]}]}
    best = best_stages(diagnose(store, gold))
    assert "not in the clean text" not in best["blast-feed"].detail and best["blast-feed"].stage == "found"
