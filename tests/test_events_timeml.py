"""The TimeML event-dating measure: reading a file's events, times and TLINKs, and scoring."""

from __future__ import annotations

from chronica.events.timeml import evaluate, read_tml_events

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-02" temporalFunction="false" functionInDocument="CREATION_TIME">March 2, 1999</TIMEX3></DCT>
<TEXT>
Germany <EVENT eid="e1" class="OCCURRENCE">invaded</EVENT> Poland on <TIMEX3 tid="t1" type="DATE" value="1939-09-01">1 September 1939</TIMEX3>.
France <EVENT eid="e2" class="OCCURRENCE">attacked</EVENT> Spain in <TIMEX3 tid="t2" type="DATE" value="1950">1950</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>
"""


def test_timeml_reader_keeps_events_times_and_inside_links(tmp_path):
    path = tmp_path / "test.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml_events(path)
    s, e = doc.events["e1"]
    assert doc.text[s:e] == "invaded" and doc.dct == "1999-03-02"
    assert doc.timexes["t1"][2:] == ("DATE", "1939-09-01")
    assert sorted(doc.links) == [("e1", "t1"), ("e2", "t2")]  # BEFORE puts no event inside a time


def test_timeml_measure_counts_dated_events(tmp_path):
    from chronica.nlp import load_pipeline

    (tmp_path / "test.tml").write_text(TML, encoding="utf-8")
    scores = evaluate(tmp_path, load_pipeline(("chronica_time", "chronica_actors")))
    assert (scores.files, scores.linked, scores.linked_found, scores.linked_dated) == (1, 2, 2, 2)
    assert scores.with_participant == 2 and scores.candidates == 2 and scores.events == 2
