"""The command line: help, build exit status, export formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from chronica.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "suez"


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "export", "documents", "time", "actors", "events", "timeline",
                    "disagreements", "barometer", "report", "annotate", "eval"):
        assert command in result.output


def test_build_export_json_on_the_bundled_example(tmp_path):
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"documents", "events", "disagreements"}
    assert len(data["documents"]) == 4
    for doc in data["documents"]:
        assert {"id", "path", "title", "published", "text"} <= set(doc)
        assert doc["text"].strip()
    by_name = {Path(d["path"]).name: d for d in data["documents"]}
    assert by_name["wire_1956-11-07.txt"]["published"] == "1956-11-07"
    assert by_name["wire_1956-11-07.txt"]["outlet"] == "Continental Wire Service"
    assert "ADVERTISEMENT" not in by_name["wire_1956-11-07.txt"]["text"]
    assert "Donate" not in by_name["encyclopedia.html"]["text"]
    assert "Creative Commons" not in by_name["textbook_chapter.txt"]["text"]
    assert any("Kyle" in r for r in by_name["textbook_chapter.txt"]["references"])
    wire = by_name["wire_1956-11-07.txt"]
    assert wire["reference_date"] == {"value": "1956-11-07", "inferred": False, "confidence": 1.0,
                                      "reasoning": "publication date from the document's metadata"}
    assert {"1956-11-05", "1956-10-29"} <= {t["value"] for t in wire["timexes"]}
    for t in wire["timexes"]:
        assert wire["text"][t["start"]:t["end"]] == t["text"]
    assert by_name["oped.md"]["reference_date"]["inferred"] is True


def test_export_csv_and_jsonl(tmp_path):
    db = tmp_path / "c.db"
    runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--quiet"])
    result = runner.invoke(app, ["export", "--format", "documents-csv", "--db", str(db)])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 4 and all(r["id"].startswith("d") for r in rows)
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    kinds = [line["kind"] for line in lines]
    assert kinds.count("document") == 4 and kinds.count("event") >= 1
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)])
    events = list(csv.DictReader(io.StringIO(result.output)))
    assert events and {"id", "date", "type", "summary", "documents"} <= set(events[0])


def test_skipped_input_gives_exit_status_3(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "ok.txt").write_text("A headline\n\nThe committee met on Monday and agreed the plan in full.\n")
    result = runner.invoke(app, ["build", str(folder), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 3
    assert "empty" in result.output


def test_unknown_export_format_is_a_usage_error(tmp_path):
    db = tmp_path / "c.db"
    runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--quiet"])
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(db)])
    assert result.exit_code == 2


def test_export_without_a_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "chronica build" in result.output


def test_the_example_shows_a_merge_and_a_disagreement(tmp_path):
    """What the README demo promises: reports merged across sources and one disagreement."""
    db = tmp_path / "c.db"
    runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--quiet"])
    result = runner.invoke(app, ["export", "--format", "json", "--db", str(db)])
    data = json.loads(result.output)
    merged = [e for e in data["events"] if len({m["document"] for m in e["mentions"]}) >= 2]
    assert merged
    [dis] = [d for d in data["disagreements"] if "Nasser" in d["topic"]]
    assert {c["value"] for c in dis["claims"]} == {"1970", "1971"}
    for command in ("timeline", "disagreements"):
        result = runner.invoke(app, [command, "--db", str(db)])
        assert result.exit_code == 0 and "Nasser" in result.output
    result = runner.invoke(app, ["report", "-o", str(tmp_path / "r.html"), "--db", str(db)])
    assert result.exit_code == 0 and "Nasser" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_readme_demo_shows_what_the_example_gives(tmp_path):
    """Every timeline row the README shows, and its count of entries, is what the example gives."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    [count] = re.findall(r"Chronicle: (\d+) events", readme)
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in readme.splitlines()
            if re.match(r"│ e\d+ ", line)]
    assert rows
    db = tmp_path / "c.db"
    runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--quiet"])
    data = json.loads(runner.invoke(app, ["export", "--format", "json", "--db", str(db)]).output)
    assert len(data["events"]) == int(count)
    shown = {e["id"]: e for e in data["events"]}
    for ident, _date, etype, _intensity, summary, sources in rows:
        event = shown[ident]
        n, docs = re.match(r"(\d+) in (.+)", sources).groups()
        assert (event.get("happening") or event["type"], event["summary"]) == (etype, summary)
        assert len(event["mentions"]) == int(n)
        assert sorted({m["document"] for m in event["mentions"]}) == docs.split(", ")


def test_documents_shows_a_lower_bound_as_such(tmp_path):
    """Issue 10: a date inferred as a lower bound is shown as one, not as the date of writing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The mill closed in 1969 after a long strike by its weavers.\n\n"
                                  "Today the building is a museum, and next year it will open a new wing.\n",
                                  encoding="utf-8")
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["build", str(folder), "--db", str(db), "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["documents", "--db", str(db)])
    assert result.exit_code == 0
    assert "≥1969" in result.output and "lower bound" in result.output


def test_export_json_names_a_jsonl_records_file_and_line(tmp_path):
    # the contract's "path" is the file: an evaluator matching evidence by file name must find a
    # feed's records; which record is in "record" (the line)
    feed = tmp_path / "corpus" / "feed.jsonl"
    feed.parent.mkdir()
    records = [
        {"title": "Ferry cut", "published": "2022-05-03", "text": "The ferry company said on Tuesday that the night "
         "crossing would stop for the winter after storms damaged the pier. Islanders protested outside the office."},
        {"title": "Pier repaired", "published": "2022-09-01", "text": "Engineers finished repairing the pier on Monday "
         "and the harbour board said the night crossing would return in October."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["build", str(feed.parent), "--db", str(db), "--no-vectors"]).exit_code == 0
    data = json.loads(runner.invoke(app, ["export", "--format", "json", "--db", str(db)]).output)
    docs = sorted(data["documents"], key=lambda d: d["record"])
    assert [(Path(d["path"]).name, d["record"], d["title"]) for d in docs] == [
        ("feed.jsonl", 1, "Ferry cut"), ("feed.jsonl", 2, "Pier repaired")]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--format", "documents-csv", "--db", str(db)]).output)))
    assert sorted((Path(r["path"]).name, r["record"]) for r in rows) == [("feed.jsonl", "1"), ("feed.jsonl", "2")]
