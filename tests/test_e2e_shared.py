"""End to end on the shared corpora: the Korea articles against the dev gold, the BBC corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from chronica.build import BuildOptions, build
from chronica.export import export
from chronica.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def korea_export(tmp_path_factory, shared):
    tmp = tmp_path_factory.mktemp("korea")
    with Store(tmp / "k.db") as store:
        report = build([shared / "corpus" / "korea"], store)
        assert report.stored == 5 and not report.skipped
        path = tmp / "k.json"
        with open(path, "w", encoding="utf-8") as fh:
            export(store, "json", fh)
    return path


def score(shared, export_path) -> dict:
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(export_path),
         str(shared / "eval" / "korea_gold_dev.yaml"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return {k: tuple(v) for k, v in json.loads(result.stdout).items()}


def test_korea_documents_clean_titles_published(shared, korea_export):
    results = score(shared, korea_export)
    assert results["documents_clean"] == (5, 5)
    assert results["titles"] == (4, 4)
    assert results["published"] == (1, 1)


def test_korea_events_dated_merged_and_disagreements(shared, korea_export):
    """The dev gold's events are found and dated, reports of one happening are merged across
    sources, and the two disagreements are reported among few enough for a reader."""
    results = score(shared, korea_export)
    assert results["events_found"][0] >= 13
    assert results["events_dated"][0] >= 13
    assert results["events_merged_across_sources"][0] >= 7
    assert results["disagreements_found"] == (2, 2)
    assert results["disagreements_exported"][0] <= 8


def test_korea_undated_articles_get_an_inferred_date_with_reasons(shared, korea_export):
    data = json.loads(korea_export.read_text(encoding="utf-8"))
    assert sum(1 for d in data["documents"] if d["published"] is None) == 4
    db = korea_export.with_suffix(".db").with_name("k.db")
    with Store(db) as store:
        # issue 10: a lower bound ("lower bound 2023-02: …") is no date of writing: kept in the
        # reasoning, not as the reference date
        inferred = [d for d in store.documents() if d.dct_inferred and (d.dct or (d.dct_reasoning or "").startswith("lower bound"))]
        assert len(inferred) >= 2
        assert all(d.dct_reasoning and d.dct_confidence is not None and d.dct_confidence < 1 for d in inferred)
        assert all(d.dct is None for d in inferred if d.dct_reasoning.startswith("lower bound"))


def test_korea_no_body_paragraph_lost(shared, korea_export):
    """Every prose paragraph of the body (long lines ending in sentence punctuation, before the
    article's last sentence) survives in the cleaned text."""
    import re

    import yaml

    gold = yaml.safe_load((shared / "eval" / "korea_gold_dev.yaml").read_text(encoding="utf-8"))
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(korea_export.read_text())["documents"]}
    fold = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    for name, g in gold["documents"].items():
        raw = (shared / "corpus" / "korea" / name).read_text(encoding="utf-8")
        body = raw[: raw.index(g["body_ends"]) + len(g["body_ends"])]
        text = fold(docs[name]["text"])
        for para in body.split("\n"):
            para = fold(para.lstrip("*> "))
            if len(para.split()) >= 40 and re.search(r"[.!?”\"]$", para):
                assert para[:200] in text, f"{name}: lost paragraph {para[:80]!r}"


def test_bbc_corpus_builds(shared, tmp_path):
    with Store(tmp_path / "bbc.db") as store:
        # ingestion is under test: the search vectors of 2,127 articles are left to a search
        report = build([shared / "bulk" / "bbc"], store, BuildOptions(vectors=False))
        assert report.stored == 2225 - 98
        assert len(report.duplicates) == 98
        assert not report.skipped
        latin1 = store.conn.execute(
            "SELECT d.text FROM documents d JOIN document_paths p ON p.document_id = d.id"
            " WHERE p.path LIKE '%/sport/199.txt'"
        ).fetchone()[0]
        assert "£" in latin1 and "\ufffd" not in latin1
        again = build([shared / "bulk" / "bbc"], store)
        assert again.stored == 0 and again.unchanged == 2225
