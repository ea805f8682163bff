"""`chronica eval merge-diagnosis` (and `eval merges --why`) names a .jsonl record's mentions by its file, as the export and
the gold do: a pair kept apart across a feed record says which merge check kept it apart, not
"not in this chronicle" (the store keys a record "feed.jsonl#L1")."""

from __future__ import annotations

import yaml
from test_chronicle_data import mention, needs_minilm
from typer.testing import CliRunner

from chronica.chronicle.persist import update
from chronica.cli import app
from chronica.ingest.document import Document
from chronica.store import Store
from chronica.store.db import Annotations

runner = CliRunner()


def _add(store: Store, m, path: str) -> None:
    text = m.sentence
    m.sentence_idx, m.sentence_start, m.sentence_end = 0, 0, len(text)
    m.trigger_start, m.trigger_end = 0, 3
    doc = Document(path=path, format="txt", raw=text, text=text, spans=[(0, 0, len(text))], title=path)
    store.add_document(doc, path_key=f"/cases/{path}", sentences=[(0, len(text))], parse=None,
                       minhash=None, near_duplicate=None, run_id=None, annotations=Annotations(events=[m]))


@needs_minilm
def test_a_feed_record_is_named_by_its_file(tmp_path) -> None:
    a = mention(1, "On 4 May 1990 Aldoria signed a trade pact with Borvia.", "AGREE", src="ALD", tgt="BOR",
                date="1990-05-04")
    b = mention(2, "Aldorian troops shelled Borvian border posts in 1990.", "ASSAULT", src="ALD", tgt="BOR",
                date="1990")
    db = tmp_path / "cases.db"
    with Store(db) as store:
        _add(store, a, "wire.txt")
        _add(store, b, "feed.jsonl#L1")
        update(store)
    gold = {"events": [{"id": "g1", "date": "1990", "actors": ["ALD", "BOR"], "what": "one told twice",
                        "evidence": {"wire.txt": "Aldoria signed a trade pact",
                                     "feed.jsonl": "Aldorian troops shelled Borvian border posts"}}]}
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", "merge-diagnosis", "--details", str(db), str(gold_path)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "g1:" in x)
    assert "feed.jsonl" in line and "wire.txt" in line
    assert "not in this chronicle" not in line and "apart: types" in line
    # ... and `eval merges --misses --why` on the export of that store alike
    export = tmp_path / "cases.json"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "json", "-o", str(export)]).exit_code == 0
    result = runner.invoke(app, ["eval", "merges", "--misses", "--why", str(db), str(export), str(gold_path)])
    assert result.exit_code == 0, result.output
    assert "why: apart: types" in result.output and "not in this chronicle" not in result.output
