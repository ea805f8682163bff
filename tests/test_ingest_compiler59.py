"""An export's compiler (chronica.ingest._load.collection_of, COLLECTION_AUTHOR_FIELDS): the person its
header record names as having compiled, curated, kept or catalogued the collection ("compiled_by",
"curated_by", "maintainer", "cataloguer") is the writer of every record that names no writer of its own -
a register's notes, a catalogue's lot descriptions. A record's own writer wins; a team or a desk is no
person; a field of an item is the item's, not the export's. Seen in the exports of thirteen dev subjects
(treaty and lights registers, a grants export, dataset and finding-aid exports, auction lots, a citator);
the records below are our own.

Also: a record whose field of a collection's name holds an object ("catalogue": {...}) is read, not
dropped with the whole file (a banknote register's items)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest._load import collection_of, load

NOTE = "The two kings met at the border oasis in the spring and agreed to end the raids on the caravans."
LATER = "The second treaty of the oasis, signed three years later, drew the line along the dry river bed."


def _write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


CASES = [
    ("header-compiled-by",
     [{"record_type": "export_header", "source": "Oasis Treaty Register", "compiled_by": "Mara Velnik"},
      {"id": "T1", "summary": NOTE}, {"id": "T2", "summary": LATER}],
     "Mara Velnik"),
    ("header-curated-by-with-honorific",
     [{"record_type": "export_header", "curated_by": "Dr Tomas Arlen"},
      {"id": "C1", "headnote": NOTE}, {"id": "C2", "headnote": LATER}],
     "Tomas Arlen"),
    ("header-maintainer-with-post",
     [{"record_type": "header", "maintainer": "Ines Corvo, register editor"},
      {"id": "D1", "description": NOTE}, {"id": "D2", "description": LATER}],
     "Ines Corvo"),
    ("sale-header-cataloguer",
     [{"record_type": "sale_header", "sale": "Sale 12: Oasis coinage", "cataloguer": "Felix Aubrac"},
      {"lot": 1, "lot_note": NOTE}, {"lot": 2, "lot_note": LATER}],
     "Felix Aubrac"),
    ("nested-export-object-in-header",
     [{"record_type": "export_header", "export": {"exported_at": "2024-05-01T10:00:00Z", "compiled_by": "Ana Ruiz Sol"}},
      {"id": "E1", "notes": NOTE}, {"id": "E2", "notes": LATER}],
     "Ana Ruiz Sol"),
    # not a person: a team or a desk compiled it
    ("team-is-no-author",
     [{"record_type": "export_header", "compiled_by": "Content Operations (transcripts team)"},
      {"id": "S1", "text": NOTE}, {"id": "S2", "text": LATER}],
     None),
    # an item's own keeper is the item's, not the export's
    ("item-field-is-not-the-exports",
     [{"id": "I1", "summary": NOTE, "meta": {"maintainer": "Olek Brand"}},
      {"id": "I2", "summary": LATER}],
     None),
]


@pytest.mark.parametrize("records,author", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_exports_compiler_writes_the_records_that_name_no_writer(tmp_path: Path, records: list[dict],
                                                                    author: str | None) -> None:
    docs, errors = load(_write(tmp_path, records))
    assert not errors and len(docs) == 2, (docs, errors)
    assert [d.author for d in docs] == [author, author]


def test_a_records_own_writer_wins_over_the_compiler(tmp_path: Path) -> None:
    docs, _ = load(_write(tmp_path, [
        {"record_type": "export_header", "compiled_by": "Mara Velnik"},
        {"id": "T1", "author": "Jon Esk", "summary": NOTE},
        {"id": "T2", "summary": LATER}]))
    assert [d.author for d in docs] == ["Jon Esk", "Mara Velnik"]


def test_a_collection_name_field_holding_an_object_neither_crashes_nor_names(tmp_path: Path) -> None:
    records = [{"record_type": "export_header", "source": "Oasis Banknote Register", "compiled_by": "Mara Velnik"},
               {"id": "N1", "catalogue": {"country": "Oasia", "denomination": "50 dinars"}, "history_note": NOTE},
               {"id": "N2", "catalogue": {"country": "Oasia", "denomination": "100 dinars"}, "history_note": LATER}]
    assert collection_of(records).title is None
    docs, errors = load(_write(tmp_path, records))
    assert not errors and [d.text for d in docs] == [NOTE, LATER]
