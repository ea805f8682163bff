"""A JSON Lines record whose body field holds a list of blocks (a CMS's rich text: ``_load._block_body``)
or an object of named sections (a law digest's summary: ``_load._sectioned_body``) is read from them, even when
the record has a top-level string of prose of its own (a disclaimer, a keyword headnote) that used to be taken
for the body, and the whole article was lost. Pictures' captions and pull quotes are not the running text.
Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

PARAS = [
    {"type": "paragraph", "text": "Envoys of Ardania and Belmark met at the river crossing on 3 March 2004."},
    {"type": "heading", "level": 2, "text": "A harder year"},
    {"type": "paragraph", "text": "Belmark closed the crossing to lorries in the autumn of that year, citing smuggling."},
]
CASES = [
    # a heritage blog's post: a disclaimer of twelve-odd words beside the blocks
    ({"id": "post-1", "title": "Two shores", "body": PARAS,
      "disclaimer": "Summaries on this site are offered for general interest only and are not professional advice."},
     ["met at the river crossing on 3 March 2004", "closed the crossing to lorries"], ["general interest only"]),
    # a magazine's long read: a picture's caption and a pull quote among the paragraphs
    ({"id": "art-7", "headline": "The seam", "content": [
        PARAS[0],
        {"type": "image", "src": "/m/1.jpg", "caption": "Traders wait at the crossing in a photograph from the archive."},
        {"type": "pullquote", "text": "Envoys of Ardania and Belmark met at the river crossing on 3 March 2004."},
        PARAS[2]]},
     ["met at the river crossing on 3 March 2004", "closed the crossing to lorries"], ["Traders wait at the crossing"]),
    # blocks whose kind is named "_type", with the text one object down
    ({"id": "n-3", "text": [{"_type": "paragraph", "data": {"text": PARAS[0]["text"]}},
                            {"_type": "figure", "data": {"text": "A map of the crossing drawn for this article by our studio."}},
                            {"_type": "paragraph", "data": {"text": PARAS[2]["text"]}}]},
     ["met at the river crossing on 3 March 2004", "closed the crossing to lorries"], ["A map of the crossing"]),
]


@pytest.mark.parametrize(("record", "kept", "left"), CASES)
def test_a_body_of_blocks_is_read_from_its_paragraphs(
        tmp_path: Path, record: dict, kept: list[str], left: list[str]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    text = docs[0].text
    for said in kept:
        assert said in text
    for aside in left:
        assert aside not in text
    assert text.count("met at the river crossing") == 1  # the pull quote does not repeat it
    assert text.index(kept[0]) < text.index(kept[-1])  # the blocks' order


def test_a_placeholder_block_leaves_the_record_to_its_prose_field(tmp_path: Path) -> None:
    """A test record's one short block is no body: its field of prose is read, as before."""
    record = {"id": "t-1", "body": [{"type": "paragraph", "text": "Placeholder block, ignore."}],
              "note": "The two ministries exchanged letters on the crossing in the spring and agreed to meet again."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    assert "exchanged letters on the crossing" in docs[0].text and "Placeholder" not in docs[0].text


def test_a_body_of_named_sections_is_read_over_a_keyword_headnote(tmp_path: Path) -> None:
    """A law digest's record: a headnote of keywords at the top, the summary in named sections. The
    sections are the record's text (with the headnote, a further field of prose), not the headnote alone."""
    record = {"id": "D-1", "title": "Lanno River ferry case",
              "headnote": "Rivers – ferry rights – navigation in both channels – treaty interpretation – equal access.",
              "summary": {"facts": "Ardania seized two Belmark ferries on the Lanno on 9 June 1997 and held their crews.",
                          "holding": "The tribunal ordered the ferries returned and both states to share the channel."}}
    path = tmp_path / "digest.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    text = docs[0].text
    assert "seized two Belmark ferries" in text and "ordered the ferries returned" in text
    assert text.index("seized two Belmark ferries") < text.index("ordered the ferries returned")


def test_short_sections_leave_the_record_to_its_prose_field(tmp_path: Path) -> None:
    """Sections with fewer words than the top-level prose are no body: that prose is read, as before."""
    record = {"id": "D-2", "note": "The two ministries exchanged letters on the crossing in the spring and agreed to meet again.",
              "summary": {"facts": "Test entry, please ignore it."}}
    path = tmp_path / "digest.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    assert "exchanged letters on the crossing" in docs[0].text and "Test entry" not in docs[0].text
