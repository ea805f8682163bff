"""A JSON Lines record with no text field and no field of prose at its top level is read from the
prose in its lists and objects (``_load._tree_prose``): a catalogue's listing whose "pitch" holds a
list of paragraphs, a register's entry with dated "history" items and an editor's notes, a CMS export
in blocks. Before, such a record was skipped as having no text field, or read from the one object
with a sentence in it (the author's biography). Invented records in the three shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

SHAPES = [
    # a rights catalogue's listing: the pitch's paragraphs under an object, the author's biography beside
    ({"record_type": "title", "id": "T-17", "status": "active",
      "author": {"name": "Odile Varn", "bio": "Odile Varn is a historian of the coast and a former consul in Port Amel."},
      "format": {"pages": 320, "illustrations": "maps"},
      "pitch": {"paragraphs": ["The two republics fought over the delta in 1911 and signed a truce at Salven a year later.",
                               "In 1934 the commission they set up redrew the border along the main channel."]}},
     ["signed a truce at Salven", "redrew the border along the main channel"], ["former consul"]),
    # a power-plant register: dated history entries, then the editor's notes as a list of paragraphs
    ({"record_type": "plant", "plant_id": "X-001", "name": "Lower Fenn Dam", "country": "XAA",
      "capacity": {"design_mw": 40, "units": 2},
      "history": [{"year": 1972, "event": "Built with a loan from the neighbouring kingdom and opened by both heads of state."},
                  {"year": 1988, "event": "Shut when rebels crossing from the north cut the transmission line."}],
      "context_notes": {"editor": "K. Amadi", "text": ["The dam stood idle until the two governments agreed to share its output.",
                                                        "A joint board has run it since the accord of 1995."]},
      "record_meta": {"sources": ["owner returns", "press cuttings"]}},
     ["1972: Built with a loan from the neighbouring kingdom", "1988: Shut when rebels crossing from the north",
      "agreed to share its output", "A joint board has run it"], ["owner returns"]),
    # a CMS export in blocks, each paragraph's text one object down; a question block is a quiz, not prose
    ({"id": "p-88", "blocks": [{"type": "header", "data": {"level": 2}},
                               {"type": "paragraph", "data": {"text": "Envoys of both states met at the border post on 4 May 2001."}},
                               {"type": "paragraph", "data": {"text": "They agreed to reopen the crossing to lorries within a month."}},
                               {"type": "quiz", "data": {"prompt": "Which border post hosted the meeting of the envoys?"}}]},
     ["met at the border post on 4 May 2001", "reopen the crossing to lorries"], ["Which border post"]),
]


@pytest.mark.parametrize(("record", "kept", "left"), SHAPES)
def test_a_record_is_read_from_the_prose_of_its_lists_and_objects(
        tmp_path: Path, record: dict, kept: list[str], left: list[str]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    text = docs[0].text
    for said in kept:
        assert said in text
    for furniture in left:
        assert furniture not in text
    assert text.index(kept[0]) < text.index(kept[-1])  # the record's order


def test_one_object_of_prose_is_still_read_as_the_record() -> None:
    """A review platform's "content" object, the record's only prose, is flattened as before: its
    title and date are the record's (the tree's prose is not twice that object's words)."""
    from chronica.ingest._load import _payload

    record = {"id": "r1", "content": {"title": "Canal tolls agreed", "date": "2004-09-30",
                                      "summary": "The two states agreed on shared canal tolls at a meeting of their ministers."}}
    flat = _payload(record)
    assert flat["title"] == "Canal tolls agreed" and flat["date"] == "2004-09-30"


def test_a_record_with_only_short_labels_in_its_objects_has_no_prose(tmp_path: Path) -> None:
    record = {"id": "s-2", "location": {"county": "North", "river": "Fenn"}, "tags": ["dam", "hydro", "border"]}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not docs and errors and errors[0].reason == "bad-record"
