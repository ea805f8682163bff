"""An act told only as intended or possible, with no date, is no happening of the exported
chronicle (strict sample, session 22: such events - "is expected to make a return visit",
"said all units would leave", "could settle its own disputes", "to elicit British aid" - were
all judged wrong, in seven dev subjects). :attr:`ChronicleEvent.intended_only` tells them; the
contract JSON and the CSV leave them out unless a disagreement cites them; the store keeps them."""

from __future__ import annotations

import pytest

from chronica.chronicle import Claim, Disagreement, cited_events, events_json
from chronica.chronicle.model import ChronicleEvent
from chronica.events import extract_events
from chronica.events.model import ASSERTED, PLANNED, POSSIBLE, EventMention
from chronica.export.events_csv import rows
from chronica.nlp import load_pipeline
from chronica.stages import prepare


def _mention(modality: str, date: str | None = None) -> EventMention:
    return EventMention(document_id=1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1,
                        type="CONSULT", intensity=1.0, trigger="visit", trigger_start=0, trigger_end=1,
                        date=date, modality=modality)


def _event(eid: str, *mentions: EventMention, date: str | None = None) -> ChronicleEvent:
    return ChronicleEvent(id=eid, type="CONSULT", date=date, date_end=None, precision=None, earliest=None,
                          latest=None, participants=[], summary="x", intensity=1.0,
                          modality=mentions[0].modality, confidence=1.0, mentions=list(mentions))


@pytest.mark.parametrize("mentions, date, expected", [
    ((_mention(PLANNED),), None, True),
    ((_mention(POSSIBLE), _mention(PLANNED)), None, True),
    ((_mention(PLANNED), _mention(ASSERTED)), None, False),  # one sentence tells it happened
    ((_mention(PLANNED, "1990-08"),), "1990-08", False),  # an intended act with its own date
    ((_mention(ASSERTED),), None, False),
])
def test_intended_only(mentions, date, expected):
    assert _event("e1", *mentions, date=date).intended_only is expected


def test_exports_leave_them_out_unless_cited():
    events = [_event("e1", _mention(ASSERTED)), _event("e2", _mention(PLANNED)), _event("e3", _mention(POSSIBLE))]
    assert [e["id"] for e in events_json(events, set())] == ["e1"]
    cited = cited_events([Disagreement(id="x1", kind="date", topic="t",
                                       claims=[Claim(value="v", mentions=[], event_ids=["e3"])])])
    assert [e["id"] for e in events_json(events, set(), cited)] == ["e1", "e3"]
    chronicle = type("C", (), {"events": events})()
    assert [r["id"] for r in rows(chronicle)] == ["e1"]


@pytest.fixture(scope="module")
def full():
    return load_pipeline(("chronica_time", "chronica_actors"))


#: sentences of three stories whose act is only intended or possible and has no date: the mention
#: the extractor makes of it is planned or possible and undated, so alone it stays out of the exports
@pytest.mark.parametrize("text, trigger", [
    ("Officials said the Kenyan president is expected to make a return visit to Uganda in the coming weeks.",
     "make a return visit"),
    ("The minister said the agreement showed that Africa could settle its own disputes without outside help.",
     "settle"),
    ("At the same time, the Greek premier flew to Paris to elicit French aid in a joint effort.", "aid"),
])
def test_intended_mentions_are_undated(full, text, trigger):
    doc = full(prepare(full, text, None))
    found = [e for e in extract_events(doc) if e.trigger == trigger]
    assert found, [(e.trigger, e.modality) for e in extract_events(doc)]
    assert all(e.modality in (PLANNED, POSSIBLE) and e.date is None for e in found)
