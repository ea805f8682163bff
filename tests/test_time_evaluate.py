"""TimeML reading, scoring, and a floor on the dev data (TBAQ) when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.time.evaluate import Span, _Tally, evaluate, read_tml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false" functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
<TEXT>
The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2000">last year</TIMEX3> &amp; reopened <TIMEX3 tid="t2" type="DATE" value="2001-05-03">yesterday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "t1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2001-05-04"
    assert "<" not in doc.text and "&" in doc.text
    assert [(doc.text[g.start:g.end], g.value) for g in doc.timexes] == [("last year", "2000"), ("yesterday", "2001-05-03")]


def test_evaluate_on_a_written_file(tmp_path: Path) -> None:
    (tmp_path / "t1.tml").write_text(TML, encoding="utf-8")
    row = evaluate(tmp_path, systems=("chronica",))["chronica"]
    assert row["value_f1"] == 1.0 and row["strict_f1"] == 1.0


def test_scores_strict_relaxed_value(tmp_path: Path) -> None:
    (tmp_path / "t1.tml").write_text(TML, encoding="utf-8")
    doc = read_tml(tmp_path / "t1.tml")
    tally = _Tally()
    g1, g2 = doc.timexes
    tally.add(doc, [Span(g1.start, g1.end, "DATE", "2000"), Span(g2.start + 1, g2.end, "DATE", "2001-05-02")], keep_errors=True)
    m = tally.measures()
    assert m["strict_f1"] == 0.5 and m["relaxed_f1"] == 1.0 and m["value_f1"] == 0.5
    assert [e["kind"] for e in tally.errors] == ["value"]


def test_tbaq_sample_value_floor(shared: Path) -> None:
    gold = shared / "timeml" / "TBAQ-cleaned" / "TimeBank"
    if not gold.exists():
        pytest.skip("TBAQ is not present")
    row = evaluate(gold, systems=("chronica",), limit=40)["chronica"]
    assert row["relaxed_f1"] >= 0.85
    assert row["value_f1"] >= 0.70
