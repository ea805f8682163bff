"""The SQLite store: migrations, one transaction per document, duplicates, re-open."""

from __future__ import annotations

import sqlite3

import pytest

from chronica.errors import StoreError
from chronica.ingest.document import Document
from chronica.store import Store


def _doc(text: str, path: str = "a.txt") -> Document:
    return Document(path=path, format="txt", raw=text, text=text, spans=[(0, 0, len(text))], title="T")


def test_new_store_has_schema_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version >= 1
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_add_document_writes_sentences_paths_references(tmp_path):
    with Store(tmp_path / "s.db") as store:
        doc = _doc("One sentence. Two sentences.")
        doc.references = ["Author, Book, 1999."]
        doc_id = store.add_document(
            doc, path_key="/x/a.txt", sentences=[(0, 13), (14, 28)], parse=None, minhash=None,
            near_duplicate=None, run_id=None,
        )
        assert [s.text for s in store.sentences(doc_id)] == ["One sentence.", "Two sentences."]
        assert store.references(doc_id) == ["Author, Book, 1999."]
        assert store.hash_at_path("/x/a.txt") == doc.content_hash
        assert store.document_id_for_hash(doc.content_hash) == doc_id


def test_failed_write_leaves_nothing(tmp_path):
    with Store(tmp_path / "s.db") as store:
        doc = _doc("Some text here.")
        doc.references = ["A book.", None]  # type: ignore[list-item]
        with pytest.raises(sqlite3.Error):
            # a reference row with a NULL text violates NOT NULL inside the same transaction
            store.add_document(
                doc, path_key="/x/a.txt", sentences=[(0, 15)], parse=None,
                minhash=None, near_duplicate=None, run_id=None,
            )
        assert store.counts()["documents"] == 0
        assert store.counts()["sentences"] == 0
        assert store.hash_at_path("/x/a.txt") is None


def test_same_text_twice_is_rejected_by_the_unique_hash(tmp_path):
    with Store(tmp_path / "s.db") as store:
        kw = dict(sentences=[], parse=None, minhash=None, near_duplicate=None, run_id=None)
        store.add_document(_doc("Same text."), path_key="/a", **kw)
        with pytest.raises(sqlite3.IntegrityError):
            store.add_document(_doc("Same text.\n"), path_key="/b", **kw)


def test_reopen_keeps_data_and_does_not_remigrate(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_document(_doc("Kept."), path_key="/a", sentences=[(0, 5)], parse=None,
                           minhash=None, near_duplicate=None, run_id=None)
    with Store(path) as store:
        assert store.counts()["documents"] == 1


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)
