"""`chronica claims`, `chronica disagreements` grouped by kind with reasons, `chronica eval merges`,
end to end on three small articles written for this test."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from chronica.cli import app

runner = CliRunner()

ARTICLES = {
    "a.txt": "title: The Harn war\n\nThe Harn war between Aldoria and Borvia began in 1961. "
             "According to Borvia, it was Aldoria who started the war in 1961. "
             "The war resulted in the deaths of 1,187 Borvian soldiers.\n",
    "b.txt": "title: A history of Borvia\n\nIn 1961 Borvia launched a large-scale attack against Aldoria. "
             "Borvia later reported that 1,422 Borvian soldiers had been killed in the war.\n",
    "c.txt": "title: Notes\n\nThe rebels captured 300 soldiers near the river in 1962. "
             "More than 500 villagers fled the valley in 1963.\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("harn")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    db = root / "c.db"
    result = runner.invoke(app, ["build", str(root), "--db", str(db)])
    assert result.exit_code in (0, 3), result.output
    return db


def test_cli_claims_lists_figures_with_their_sentences(store):
    result = runner.invoke(app, ["claims", "--db", str(store), "--kind", "count"])
    assert result.exit_code == 0, result.output
    for figure in ("1,187", "1,422", "300", "More than 500"):
        assert figure in result.output
    about = runner.invoke(app, ["claims", "--db", str(store), "--about", "displaced"])
    assert about.exit_code == 0 and "500" in about.output and "1,187" not in about.output


def test_cli_claims_bad_kind_is_a_usage_error(store):
    result = runner.invoke(app, ["claims", "--db", str(store), "--kind", "nonsense"])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_cli_disagreements_grouped_with_reasons(store, tmp_path):
    result = runner.invoke(app, ["disagreements", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "== number" in result.output and "== who" in result.output
    assert "why:" in result.output
    out = tmp_path / "c.json"
    assert runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(store)]).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    kinds = {d["kind"]: d for d in data["disagreements"]}
    assert set(kinds) >= {"number", "who"}
    for d in data["disagreements"]:
        assert d["reason"] and d["topic"] and len(d["claims"]) >= 2
        assert all(m["sentence"] for c in d["claims"] for m in c["mentions"])
    assert sorted(c["value"] for c in kinds["number"]["claims"]) == ["1,187", "1,422"]
    assert sorted(c["value"] for c in kinds["who"]["claims"]) == ["Aldoria", "Borvia"]


def test_cli_eval_merges(store, tmp_path):
    out = tmp_path / "c.json"
    runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(store)])
    gold = tmp_path / "g.yaml"
    gold.write_text("events:\n- id: war\n  date: '1961'\n  actors: [ALD]\n  evidence:\n"
                    "    a.txt: Aldoria who started the war\n    b.txt: Borvia launched a large-scale attack\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["eval", "merges", str(out), str(gold)])
    assert result.exit_code == 0, result.output
    assert "pair F1" in result.output and "B3 F1" in result.output and "found-pair R" in result.output
    listed = runner.invoke(app, ["eval", "merges", "--misses", str(out), str(gold)])
    assert listed.exit_code == 0 and result.output in listed.output
    # every line past the scores names a missed pair of the gold event
    assert all(line.startswith("  missed war: a.txt -> ") for line in listed.output[len(result.output):].splitlines())
    bad = runner.invoke(app, ["eval", "merges", str(out)])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_cli_eval_merge_diagnosis(store, tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("events:\n- id: war\n  date: '1961'\n  actors: [ALD]\n  evidence:\n"
                    "    a.txt: Aldoria who started the war\n    b.txt: Borvia launched a large-scale attack\n"
                    "- id: nothing\n  date: '1970'\n  actors: [ALD]\n  evidence:\n"
                    "    a.txt: a sentence no source has\n    b.txt: nor this one\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["eval", "merge-diagnosis", str(store), str(gold), "--details"])
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[0]
    assert head.startswith("g.yaml: merged ") and "/2" in head and "side missing 1" in head
    assert "  nothing: side missing: a.txt, b.txt (of 2)" in result.output
    bad = runner.invoke(app, ["eval", "merge-diagnosis", str(store)])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_cli_eval_disagreements(store, tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("disagreements:\n- id: who-started\n  kind: who\n  claims:\n"
                    "  - value: Aldoria\n    files: [a.txt]\n    evidence: Aldoria who started the war\n"
                    "  - value: Borvia\n    files: [b.txt]\n    evidence: Borvia launched a large-scale attack\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["eval", "disagreements", str(store), str(gold)])
    assert result.exit_code == 0, result.output
    assert "who-started [who] 'Aldoria' (a.txt) / 'Borvia' (b.txt): " in result.output
    assert result.output.splitlines()[-1].split()[0] == "all"
    pairs = runner.invoke(app, ["eval", "disagreements", "--pairs", str(store), str(gold)])
    assert pairs.exit_code == 0
    bad = runner.invoke(app, ["eval", "disagreements", str(store)])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
