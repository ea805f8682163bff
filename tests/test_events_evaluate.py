"""``chronica eval events``: the measures on a made-up gold and export, and the command."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from chronica.cli import app
from chronica.events.evaluate import date_agrees, score

GOLD = {"events": [
    {"id": "invasion", "date": "1950-06-25", "actors": ["ALD", "BOR"], "what": "Aldoria invades Borvia",
     "evidence": {"a.txt": "Aldoria invaded Borvia", "b.txt": "the “invasion” of Borvia"}},
    {"id": "treaty", "date": "195X", "actors": ["ALD"], "type": "SUPPORT", "what": "a treaty",
     "evidence": {"a.txt": "signed a treaty"}},
    {"id": "lost", "date": "1960", "actors": [], "what": "never told", "evidence": {"b.txt": "nowhere"}},
]}
EXPORT = {
    "documents": [{"id": "d1", "path": "corpus/a.txt"}, {"id": "d2", "path": "corpus/b.txt"}],
    "events": [
        {"id": "e1", "date": "1950-06-25", "type": "ASSAULT",
         "actors": [{"id": "ALD", "name": "Aldoria", "role": "source"}, {"id": "BOR", "name": "Borvia", "role": "target"}],
         "mentions": [{"document": "d1", "sentence": "On 25 June 1950 Aldoria  invaded Borvia."},
                      {"document": "d2", "sentence": "The \"invasion\" of Borvia began in June."}]},
        {"id": "e2", "date": "1940", "type": "SUPPORT", "actors": [{"id": "ALD", "name": "Aldoria", "role": "source"}],
         "mentions": [{"document": "d1", "sentence": "Aldoria signed a treaty."}]},
    ],
}


@pytest.mark.parametrize("gold, value, expected", [
    ("1950-06-25", "1950-06-25", True), ("1950-06", "1950-06-25", True), ("1950", "1950-06", True),
    ("1950-06-25", "1950-06", False), ("195X", "1957", True), ("195X", "1960", False),
    ("18XX", "1821", True), ([1935, 1937], "1936-02", True), ([1935, 1937], "1938", False),
    ("1950", None, False), ("1950", "195", False),
])
def test_evaluate_date_agrees_at_the_gold_precision(gold, value, expected):
    assert date_agrees(gold, value) is expected


def test_evaluate_scores_found_dated_merged_type_and_actors():
    s = score(EXPORT, GOLD)
    assert (s.events, s.found, s.dated, s.merge_candidates, s.merged) == (3, 2, 1, 1, 1)
    assert (s.typed, s.type_right, s.with_actors, s.actors_any, s.actors_all) == (1, 1, 2, 2, 2)
    assert [(m.gold_id, m.reason.split()[0]) for m in s.misses] == [("treaty", "date"), ("lost", "no")]


def test_evaluate_command_scores_an_export(tmp_path):
    gold, export = tmp_path / "x_gold.yaml", tmp_path / "x.json"
    gold.write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    export.write_text(json.dumps(EXPORT), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--export", str(export)])
    assert result.exit_code == 0, result.output
    assert "found           2/3" in result.output and "lost: no event cites its evidence" in result.output
    bad = CliRunner().invoke(app, ["eval", "events", str(tmp_path / "missing.yaml"), "--export", str(export)])
    assert bad.exit_code != 0 and "Traceback" not in bad.output


CODING_GOLD = {"events": [
    {"id": "c1", "split": "dev", "type": "ASSAULT", "source": "ALD", "target": "BOR",
     "evidence": {"c1.txt": "shelled border posts in Borvia"}},
    {"id": "c2", "split": "dev", "type": "CONSULT", "source": "BOR", "target": "ALD",
     "evidence": {"c2.txt": "the Borvian minister met"}},
    {"id": "c3", "split": "test", "type": "NONE", "evidence": {"c3.txt": "wheat prices rose"}},
    {"id": "c4", "split": "test", "type": "NONE", "evidence": {"c4.txt": "the stadium was full"}},
]}
CODING_EXPORT = {
    "documents": [{"id": f"d{i}", "path": f"coding/c{i}.txt"} for i in range(1, 5)],
    "events": [
        # the PLOVER type may sit in "plover" while Chronica's own type is a form of it
        {"id": "e1", "type": "INVADE", "plover": {"type": "ASSAULT", "mode": None, "context": []},
         "actors": [{"id": "ALD", "role": "source"}, {"id": "BOR", "role": "target"}],
         "mentions": [{"document": "d1", "sentence": "Aldorian troops shelled border posts in Borvia."}]},
        # roles reversed: the type is right, the source and target are not
        {"id": "e2", "type": "CONSULT", "plover": "CONSULT",
         "actors": [{"id": "ALD", "role": "source"}, {"id": "X", "state": "BOR", "role": "target"}],
         "mentions": [{"document": "d2", "sentence": "On Monday the Borvian minister met his Aldorian peer."}]},
        {"id": "e3", "type": "OTHER", "plover": None, "actors": [],
         "mentions": [{"document": "d3", "sentence": "In March wheat prices rose."}]},
        {"id": "e4", "type": "PROTEST", "plover": "PROTEST", "actors": [],
         "mentions": [{"document": "d4", "sentence": "On Sunday the stadium was full."}]},
    ],
}


def test_evaluate_scores_an_event_coding_gold():
    s = score(CODING_EXPORT, CODING_GOLD)
    assert (s.events, s.found, s.typed, s.type_right) == (2, 2, 2, 2)
    assert (s.with_source, s.source_right, s.with_target, s.target_right) == (2, 1, 2, 1)
    # an OTHER happening on a sentence with no event is no coding; a PROTEST is
    assert (s.no_event, s.no_event_clear) == (2, 1)
    assert s.undated == 2  # the texts give no dates: "dated" counts none of them
    assert "no event, but got ['PROTEST']" in [m.reason for m in s.misses]
    assert any(line.startswith("source          1/2") for line in s.lines())


def test_evaluate_scores_one_split():
    dev, test = score(CODING_EXPORT, CODING_GOLD, split="dev"), score(CODING_EXPORT, CODING_GOLD, split="test")
    assert (dev.events, dev.no_event, test.events, test.no_event) == (2, 0, 0, 2)
