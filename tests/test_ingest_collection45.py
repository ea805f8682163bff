"""A collection export's own name and date (chronica.ingest._load.collection_of): a record with no title of
its own is titled by its collection - read from the export's header record, from an export object nested in
a record, or from a field every record repeats - and a record with no date by the export's date; the header
record is the export's, neither a document nor a bad record. Shapes seen in the dev texts of five subjects (a
study assistant's chat export, a quiz deck, a gazetteer's places, a photo agency's set, an event dataset);
the records below are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest._load import Collection, collection_of, load

TURN = "The two kings met at the border oasis in the spring and agreed to end the raids on the caravans."
CAPTION = "Delegates leave the conference hall after the ceasefire talks, which ended without an agreement."


def _write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


CASES = [
    # a chat export: the system turn (no document) carries the session's export object with its title
    ("chat-session-export-object",
     [{"turn": 0, "role": "system", "content": "You are a helpful tutor.", "export": {"app": "Tutor", "title": "The caravan wars (homework)"}},
      {"turn": 1, "role": "user", "content": "When did the raids end?", "timestamp": "2024-02-01T10:00:00Z"},
      {"turn": 2, "role": "assistant", "content": TURN, "timestamp": "2024-02-01T10:00:09Z"}],
     ("The caravan wars (homework)", "2024-02-01")),
    # a quiz bank: every card repeats its deck's name
    ("quiz-deck",
     [{"qid": "Q1", "deck": "Desert Kingdoms: Raids and Treaties", "question": "Who ended the raids?", "explanation": TURN},
      {"qid": "Q2", "deck": "Desert Kingdoms: Raids and Treaties", "question": "Where did the kings meet?", "explanation": TURN}],
     ("Desert Kingdoms: Raids and Treaties", None)),
    # a gazetteer: a header record with the dataset's name and the export's date, then places
    ("gazetteer-header-record",
     [{"record_type": "export_header", "dataset": "Gazetteer of the Oasis Frontier", "export": {"exported_at": "2025-01-20T08:00:00Z"}},
      {"place_id": "P1", "name_en": "North Oasis", "history": TURN},
      {"place_id": "P2", "name_en": "South Wells", "history": CAPTION}],
     ("Gazetteer of the Oasis Frontier", "2025-01-20")),
    # a photo agency's set: every caption repeats the set's title
    ("photo-set-title",
     [{"photo_id": "A1", "set_title": "The frontier in pictures, 1950-2020", "caption": CAPTION},
      {"photo_id": "A2", "set_title": "The frontier in pictures, 1950-2020", "caption": TURN}],
     ("The frontier in pictures, 1950-2020", None)),
    # an event dataset: every event repeats the dataset's name
    ("event-dataset",
     [{"event_id": "E1", "dataset": "Frontier Armed Conflict Event Data", "export_date": "2023-03-01", "notes": TURN},
      {"event_id": "E2", "dataset": "Frontier Armed Conflict Event Data", "export_date": "2023-03-01", "notes": CAPTION}],
     ("Frontier Armed Conflict Event Data", "2023-03-01")),
]


@pytest.mark.parametrize("records,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_record_without_a_title_takes_its_collections(tmp_path: Path, records: list[dict], expected: tuple) -> None:
    docs, errors = load(_write(tmp_path, records))
    assert not errors and docs
    assert {(d.title, (d.published or "")[:10] or None) for d in docs[-1:]} == {expected}
    assert all(d.title == expected[0] for d in docs)


def test_a_records_own_title_wins_over_its_collections(tmp_path: Path) -> None:
    records = [{"photo_id": "A1", "collection": "Frontier photographs", "headline": "Talks end", "caption": CAPTION},
               {"photo_id": "A2", "collection": "Frontier photographs", "headline": "Kings meet", "caption": TURN}]
    docs, _ = load(_write(tmp_path, records))
    assert [d.title for d in docs] == ["Talks end", "Kings meet"]


NOT_A_NAME = [
    ("outlet-is-no-title", [{"source": "Frontier Wire", "text": TURN}, {"source": "Frontier Wire", "text": CAPTION}]),
    ("one-record-only", [{"deck": "Desert Kingdoms", "explanation": TURN}]),
    ("values-differ", [{"deck": "Desert Kingdoms", "explanation": TURN}, {"deck": "River Kingdoms", "explanation": CAPTION}]),
    ("one-word-is-no-name", [{"dataset": "frontier", "notes": TURN}, {"dataset": "frontier", "notes": CAPTION}]),
]


@pytest.mark.parametrize("records", [c[1] for c in NOT_A_NAME], ids=[c[0] for c in NOT_A_NAME])
def test_no_collection_name(records: list[dict]) -> None:
    assert collection_of(records).title is None


def test_a_record_with_only_a_title_is_still_a_bad_record(tmp_path: Path) -> None:
    docs, errors = load(_write(tmp_path, [{"title": "no text here"}, {"text": TURN}]))
    assert len(docs) == 1 and [e.reason for e in errors] == ["bad-record"]


def test_the_header_record_is_neither_a_document_nor_an_error(tmp_path: Path) -> None:
    header = {"record_type": "export_header", "dataset": "Gazetteer of the Oasis Frontier", "version": "2.0"}
    docs, errors = load(_write(tmp_path, [header, {"place_id": "P1", "history": TURN}]))
    assert len(docs) == 1 and not errors
    assert collection_of([header]) == Collection("Gazetteer of the Oasis Frontier", None)


# the date a collection was exported dates its records (inferred) but anchors none of their times
ANCHORS = [
    ("2025-05-12", "export-date", None),
    ("2025-05-12", "jsonl", "2025-05-12"),
    ("2019-03", "header", "2019-03"),
    # the file's own creation date (session 52, issue #10): flagged as inferred, anchors no time
    ("2018-01-01", "file-meta", None),
    (None, None, None),
]


@pytest.mark.parametrize("published,source,anchor", ANCHORS)
def test_anchor_date(published: str | None, source: str | None, anchor: str | None) -> None:
    from chronica.ingest._published import anchor_date

    assert anchor_date(published, source) == anchor


def test_an_export_date_anchors_no_record_of_the_past(tmp_path: Path) -> None:
    from chronica.build import build
    from chronica.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, [
        {"record_type": "export_header", "dataset": "Gazetteer of the Oasis Frontier", "export": {"exported_at": "2025-01-20T08:00:00Z"}},
        {"place_id": "P1", "history": "The border post was built in 1961. On 20 March the two garrisons exchanged fire "
                                      "near the wells, and the post was abandoned in the summer."}])
    with Store(tmp_path / "s.db") as store:
        build([folder], store)
        (doc,) = store.documents()
        assert (doc.title, doc.published, doc.published_source) == ("Gazetteer of the Oasis Frontier", "2025-01-20", "export-date")
        dct = store.conn.execute("SELECT dct FROM documents").fetchone()[0]
        assert dct is None or not dct.startswith("2025")
