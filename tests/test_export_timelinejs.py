"""TimelineJS3 JSON: validated against a JSON Schema written from the format's documentation
(timeline.knightlab.com/docs/json-format.html): a timeline object with ``events`` (slides; a slide
needs ``start_date``), optional ``title`` slide, ``eras`` and ``scale``; a date object needs an
integer ``year`` and may give month, day, hour, minute, second, millisecond, ``display_date`` and
``format``; a text object has ``headline`` and ``text``."""

from __future__ import annotations

import json

import pytest
from test_chronicle_data import documents, mention, world, needs_minilm

from chronica.chronicle import build_chronicle
from chronica.export.timelinejs import date_object, timeline, write_timelinejs

pytestmark = needs_minilm

_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"}, "minute": {"type": "integer"},
        "second": {"type": "integer"}, "millisecond": {"type": "integer"},
        "display_date": {"type": "string"}, "format": {"type": "string"},
    },
    "additionalProperties": False,
    "dependentRequired": {"day": ["month"]},
}
_TEXT = {"type": "object", "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
         "additionalProperties": False}
_SLIDE_PROPS = {
    "start_date": _DATE, "end_date": _DATE, "text": _TEXT,
    "media": {"type": "object", "required": ["url"]},
    "group": {"type": "string"}, "display_date": {"type": "string"},
    "background": {"type": "object"}, "autolink": {"type": "boolean"}, "unique_id": {"type": "string"},
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {"type": "array", "items": {"type": "object", "required": ["start_date"],
                                              "properties": _SLIDE_PROPS, "additionalProperties": False}},
        "title": {"type": "object", "properties": _SLIDE_PROPS, "additionalProperties": False},
        "eras": {"type": "array", "items": {"type": "object", "required": ["start_date", "end_date"]}},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


def test_timeline_validates_against_the_documented_shape():
    jsonschema = pytest.importorskip("jsonschema")
    c = build_chronicle(world(), documents())
    data = timeline(c, documents(), title="Aldoria")
    jsonschema.validate(data, SCHEMA)
    assert len(data["events"]) == len(c.events)  # every event in the world is dated
    assert len({s["unique_id"] for s in data["events"]}) == len(data["events"])


def test_dates_keep_their_precision():
    assert date_object("1950-06-25") == {"year": 1950, "month": 6, "day": 25}
    assert date_object("1950-06") == {"year": 1950, "month": 6}
    assert date_object("1950") == {"year": 1950}  # no invented month or day
    assert date_object("196") == {"year": 1960, "display_date": "1960s"}
    assert date_object("196X") == {"year": 1960, "display_date": "1960s"}
    assert date_object(None) is None


def test_decade_slide_shows_the_decade_and_text_is_escaped(tmp_path):
    ms = [mention(1, "In the 1960s <b>Aldoria</b> <script>alert(1)</script> fought Borvia.", "FIGHT",
                  src="ALD", tgt="BOR", date="196", intensity=-10, summary="Aldoria fights <Borvia>"),
          mention(2, "An undated truce between Aldoria and Cestia.", "AGREE", src="ALD", tgt="CES")]
    c = build_chronicle(ms, documents())
    path = tmp_path / "timeline.json"
    with path.open("w", encoding="utf-8") as out:
        write_timelinejs(c, out, documents())
    data = json.loads(path.read_text(encoding="utf-8"))
    (slide,) = data["events"]  # the undated event has no slide
    assert slide["start_date"] == {"year": 1960, "display_date": "1960s"}
    assert slide["display_date"] == "1960s"
    assert "<script>" not in slide["text"]["text"] and "&lt;script&gt;" in slide["text"]["text"]
    assert slide["text"]["headline"] == "Aldoria fights &lt;Borvia&gt;"
    assert "Article 1" in slide["text"]["text"]
