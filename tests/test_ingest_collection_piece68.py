"""Session 68: an export whose header describes the one piece its records are the parts of - a "document", a
"publication", a "page", a "module" object with its own title (``chronica.ingest._load.PIECE_HOLDERS``) - is
titled by that piece, before any wider collection the header names (the course, the site, a slug); the piece's
compiler and dates are read as the header's own. The records below are our own.

Dev texts: dzamli 04 (a course platform's transcript export: "course" and "module" objects, the module's title),
ausjpn 04 (a law centre's content export: a "document" object with the brief's title), egyjor 04 (a cine club's
programme export: a "publication" object with the booklet's title); all three had no title before, now the gold's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest._load import collection_of, load

PARA = ("The two kings met at the border oasis in the spring and agreed to end the raids on the caravans; the "
        "treaty they sealed there held for thirty years, until a drought sent the herders south again.")


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # the module a transcript belongs to, under its course
        ({"record_type": "export_header", "exported_at": "2024-02-01T10:00:00Z",
          "course": {"code": "HIS-210", "title": "Deserts and Empires: A Survey"},
          "module": {"number": 3, "title": "Module 3: The caravan wars"}}, "Module 3: The caravan wars"),
        # the document a content system exported in parts, under a collection's slug
        ({"record_type": "export_header", "exported_at": "2024-02-01T10:00:00Z", "collection": "briefs/deserts",
          "document": {"id": "b-12", "title": "The oasis treaty: a short brief"}}, "The oasis treaty: a short brief"),
        # a publication's booklet inside the export object
        ({"record_type": "header", "export": {"system": "Desk 2", "exported_at": "2024-02-01T10:00:00Z"},
          "publication": {"title": "Sand and Salt: films of the desert", "published": "2024-01-20"}},
         "Sand and Salt: films of the desert"),
        # no piece: the collection's name as before
        ({"record_type": "export_header", "exported_at": "2024-02-01T10:00:00Z",
          "collection": "Desert Kingdoms: Raids and Treaties"}, "Desert Kingdoms: Raids and Treaties"),
    ],
    ids=["module-under-course", "document-under-slug", "publication", "collection-only"],
)
def test_an_export_header_names_the_piece_its_records_make(tmp_path: Path, header: dict, title: str) -> None:
    records = [header, {"id": 1, "text": PARA}, {"id": 2, "text": PARA.replace("thirty", "forty")}]
    assert collection_of(records).title == title
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert errors == [] and docs[0].collection == title


def test_the_pieces_publication_date_dates_its_parts() -> None:
    header = {"record_type": "header", "export": {"exported_at": "2024-02-01T10:00:00Z"},
              "publication": {"title": "Sand and Salt: films of the desert", "published": "2024-01-20"}}
    assert collection_of([header, {"id": 1, "text": PARA}]).published == "2024-01-20"
