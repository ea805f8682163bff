"""A JSON Lines record's writer credited inside an object it holds, or by the export header's "author".

CMS and register exports put a record's credit in an object of its own ("byline": {"compiled_by": …},
"meta": {"compiled_by": "Jane Doe, Research Unit"}) or name the collection's author in the header
("author": …). The person is the writer of every record that names none; a team or a desk is none.
Invented records.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

_NOTE = "The two ministers met at the lake port in May 1931 and agreed to reopen the ferry."


def _authors(tmp_path: Path, records: list[dict]) -> list[str | None]:
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return [d.author for d in docs]


@pytest.mark.parametrize("records,authors", [
    # the record's byline object
    ([{"record_type": "item", "byline": {"compiled_by": "Jana Velm", "edited_by": "Oskar Dahl"}, "text": _NOTE}],
     ["Jana Velm"]),
    # a post after the name is no part of it
    ([{"record_type": "item", "meta": {"compiled_by": "Jana Velm, Research Unit", "reviewed": "2020-01-02"},
       "text": _NOTE}], ["Jana Velm"]),
    # the header's author writes every record that names none
    ([{"record_type": "header", "collection": "Lake Reader", "author": "Mei Lin"},
      {"record_type": "lesson", "text": _NOTE}, {"record_type": "lesson", "text": _NOTE.replace("May", "June")}],
     ["Mei Lin", "Mei Lin"]),
    # a record's own author wins over its credit object and the header
    ([{"record_type": "header", "author": "Mei Lin"},
      {"author": "Oskar Dahl", "byline": {"compiled_by": "Jana Velm"}, "text": _NOTE}], ["Oskar Dahl"]),
    # a team is no writer
    ([{"record_type": "item", "byline": {"compiled_by": "Content Operations (transcripts team)"}, "text": _NOTE}],
     [None]),
])
def test_a_records_writer_from_its_credit_object_or_the_header(tmp_path: Path, records: list[dict],
                                                               authors: list[str | None]) -> None:
    assert _authors(tmp_path, records) == authors
