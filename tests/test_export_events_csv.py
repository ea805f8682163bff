"""CSV of merged events, and the contract JSON of the chronicle."""

from __future__ import annotations

import csv
import io

from test_chronicle_data import documents, world, needs_minilm

from chronica.chronicle import build_chronicle, chronicle_json
from chronica.events.ontology import load_ontology
from chronica.export.events_csv import FIELDS, write_events_csv

pytestmark = needs_minilm


def test_events_csv_one_row_per_merged_event():
    c = build_chronicle(world(), documents())
    buf = io.StringIO()
    write_events_csv(c, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == FIELDS
    assert [r["id"] for r in rows] == [e.id for e in c.events]
    invasion = next(r for r in rows if r["type"] == "ASSAULT" and r["date"] == "1950-06-25")
    assert invasion == {**invasion, "date": "1950-06-25", "source": "Aldoria", "target": "Borvia",
                        "n_mentions": "3", "documents": "d1;d2;d3", "intensity": "-9.0"}
    decade = [r for r in rows if r["type"] == "ASSAULT" and r["date"] != "1950-06-25"]
    assert [r["date"] for r in decade] == ["196", "196"]


def test_chronicle_json_has_the_contract_fields():
    docs = documents()
    out = chronicle_json(build_chronicle(world(), docs), docs)
    assert set(out) == {"events", "disagreements"}
    for e in out["events"]:
        assert {"id", "date", "date_end", "type", "plover", "cameo", "actors", "summary", "mentions"} <= set(e)
        if e["plover"] is not None:
            assert e["plover"]["type"] == e["type"] and {"mode", "context"} <= set(e["plover"])
        for a in e["actors"]:
            assert {"id", "name", "role"} <= set(a)
        for m in e["mentions"]:
            assert set(m) == {"document", "sentence", "start", "end", "trigger_start", "trigger_end"}
            assert m["start"] <= m["trigger_start"] < m["trigger_end"] <= m["end"]
            assert m["document"] in {d.key for d in docs}
            assert m["end"] - m["start"] == len(m["sentence"])
    invasion = next(e for e in out["events"] if e["date"] == "1950-06-25")
    assert (invasion["type"], invasion["plover"], invasion["cameo"]) == (
        "ASSAULT", {"type": "ASSAULT", "mode": None, "context": ["military", "territory"]}, "190")
    collapse = next(e for e in out["events"] if e.get("happening") == "END")
    # a happening PLOVER leaves out: no PLOVER coding, exported as OTHER with the happening kept
    assert (collapse["type"], collapse["plover"]) == ("OTHER", None)
    for e in out["events"]:  # every exported type is a PLOVER type or OTHER
        assert e["type"] in load_ontology().plover_types | {"OTHER"}
    for d in out["disagreements"]:
        assert {"id", "topic", "claims"} <= set(d)
        assert all({"value", "mentions"} <= set(c) for c in d["claims"])


def test_chronicle_json_drops_citations_of_unknown_documents():
    docs = documents(2)  # documents 3 and 4 are not exported
    out = chronicle_json(build_chronicle(world(), docs), docs)
    cited = {m["document"] for e in out["events"] for m in e["mentions"]}
    assert cited <= {"d1", "d2"}
