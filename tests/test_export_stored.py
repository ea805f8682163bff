"""The JSON export written from the stored rows (``chronica.chronicle.stored.iter_event_records``:
each mention read as the fields an event's record shows) is byte for byte the export written
from whole events (``iter_events``: every mention an ``EventMention`` with its participants), on
Korea and on a dev subject (Georgia); and the export and timeline commands do not load the
merge's machinery (numpy, the knowledge base, the claim rules), which reading does not need."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronica import fastjson

REPO = Path(__file__).resolve().parents[1]


def _built(tmp_path_factory, folder: Path, name: str) -> Path:
    from chronica.build import build
    from chronica.store import Store

    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    path = tmp_path_factory.mktemp(name) / f"{name}.db"
    with Store(path) as store:
        assert build([folder], store).stored > 0
    return path


@pytest.fixture(scope="module", params=["korea", "georgia"])
def subject_db(request, tmp_path_factory, shared) -> Path:
    folder = {"korea": shared / "corpus" / "korea", "georgia": shared / "eval" / "dev" / "georgia"}
    return _built(tmp_path_factory, folder[request.param], request.param)


def _export_from_whole_events(store) -> bytes:  # noqa: ANN001 - a Store
    """The export as it was written before the stored-rows path: events built whole
    (``iter_events``) and turned into records by ``events_json``."""
    from chronica.chronicle import disagreement_json, events_json
    from chronica.chronicle.stored import iter_events, load_disagreements
    from chronica.export.formats import iter_documents

    disagreements = load_disagreements(store)
    known = {d.id for d in disagreements.documents}
    buf = io.BytesIO()
    out = io.TextIOWrapper(buf, encoding="utf-8")
    fastjson.write_streamed(out, {
        "documents": iter_documents(store),
        "events": events_json(iter_events(store), known),
        "disagreements": [disagreement_json(d) for d in disagreements.disagreements],
    })
    out.flush()
    return buf.getvalue()


def test_the_export_from_stored_rows_is_byte_for_byte_the_export_from_whole_events(subject_db):
    from chronica.chronicle.stored import exports_current
    from chronica.export import export
    from chronica.store import Store

    with Store(subject_db) as store:
        assert exports_current(store)  # the build stored every record: the export writes them
        before = _export_from_whole_events(store)
        buf = io.StringIO()
        export(store, "json", buf)
    after = buf.getvalue().encode("utf-8")
    assert after == before
    data = json.loads(after)
    assert data["events"] and any(e["mentions"] for e in data["events"])
    # the fields read from the record (not the mention's columns) are there to compare
    assert any(e["cameo"] for e in data["events"]) and any(e["plover"] for e in data["events"])
    assert all(m["sentence"] and m["trigger_end"] > m["trigger_start"]
               for e in data["events"] for m in e["mentions"])


def test_a_mention_read_as_fields_orders_and_cites_as_the_whole_mention(subject_db):
    from chronica.chronicle.model import mention_order
    from chronica.chronicle.stored import MentionFields
    from chronica.store import Store
    from chronica.store.db import event_mention

    with Store(subject_db) as store:
        rows = store.conn.execute(
            "SELECT document_id, sentence_idx, sentence_start, sentence_end, type, record"
            " FROM event_mentions").fetchall()
    assert rows
    for row in rows:
        light, whole = MentionFields(tuple(row)), event_mention(row[-1])
        assert mention_order(light) == mention_order(whole)
        for name in MentionFields.__slots__:
            assert getattr(light, name) == getattr(whole, name), name


#: what the export and the timeline must not load: the merge and what only it needs
NOT_ON_THE_READ_PATH = ("numpy", "chronica.chronicle.merge", "chronica.chronicle.persist",
                        "chronica.chronicle.disagreements", "chronica.chronicle.embeddings",
                        "chronica.actors.kb", "chronica.claims.rules")


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["timeline"],
                                     ["disagreements"]])
def test_a_read_command_on_an_up_to_date_store_loads_no_merge(command, suez_db, tmp_path):
    code = ("import sys, json, runpy\n"
            f"sys.argv = ['chronica', *{command!r}, '--db', {str(suez_db)!r}]\n"
            "try:\n    runpy.run_module('chronica.cli', run_name='__main__')\n"
            "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "finally:\n    sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          check=False, env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = set(json.loads(proc.stderr.rsplit("MODULES ", 1)[1]))
    assert "chronica.chronicle.stored" in loaded  # the command read the store
    assert not loaded & set(NOT_ON_THE_READ_PATH), sorted(loaded & set(NOT_ON_THE_READ_PATH))


@pytest.mark.parametrize("package", ["chronica.chronicle", "chronica.claims"])
def test_the_lazy_chronicle_and_claims_packages_still_give_every_public_name(package):
    code = (f"import {package} as p; [getattr(p, n) for n in p.__all__]; "
            "import sys; sys.exit(0 if not hasattr(p, 'no_such_name') else 1)")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_a_claim_record_read_fast_is_the_claim_its_init_makes():
    """``SentenceClaim.from_dict`` skips ``__init__`` for a record of known fields; a record of an
    older version (a field missing) gets the field's default, a fresh list of its own; a record
    with an unknown key goes through ``__init__`` without it."""
    import dataclasses

    from chronica.claims.model import SentenceClaim

    full = dataclasses.asdict(SentenceClaim(document_id=3, sentence_idx=1, sentence="500 were killed.",
                                            sentence_start=0, sentence_end=16, kind="number",
                                            topic="killed", value="500", start=0, end=3,
                                            subject=["A"], partner=["B"]))
    old = {k: v for k, v in full.items() if k != "partner"}
    newer = {**full, "a_later_field": 1}
    for record in (full, old, newer):
        fast = SentenceClaim.from_dict(dict(record))
        slow = SentenceClaim(**{k: v for k, v in record.items() if k in SentenceClaim.__dataclass_fields__})
        assert fast == slow and dataclasses.asdict(fast) == dataclasses.asdict(slow)
        assert not hasattr(fast, "a_later_field")
    a, b = SentenceClaim.from_dict(dict(old)), SentenceClaim.from_dict(dict(old))
    a.partner.append("X")
    assert a.partner == ["X"] and b.partner == []


# -- the exported records stored at build time (migration 13) -----------------------------------

SUEZ = REPO / "examples" / "suez"
#: near-duplicate copies of two example files: one figure or date changed in a sentence that
#: states an event (the copy's mentions join the original's events)
COPIED = [("wire_1956-11-07.txt", "landed near Port Said on November 5", "landed near Port Said on November 4"),
          ("oped.md", "raced across the Sinai from October 29", "raced across the Sinai from October 30")]


def _export(store) -> bytes:  # noqa: ANN001 - a Store
    from chronica.export import export

    buf = io.StringIO()
    export(store, "json", buf)
    return buf.getvalue().encode("utf-8")


def _same_export_from_stored_bytes(store) -> bytes:  # noqa: ANN001 - a Store
    """The export, checked to be written from stored bytes and to equal the computed one."""
    from chronica.chronicle.stored import exports_current, stored_event_records

    assert exports_current(store) and stored_event_records(store) is not None
    written = _export(store)
    assert written == _export_from_whole_events(store)
    return written


def test_the_stored_records_follow_parts_added_copies_joining_events_and_a_rebuild(tmp_path):
    """Each build stores the records of the events it made or changed; a near-duplicate copy
    added by a later build joins events it does not re-form (their records are made again: they
    cite the copy), a rebuild and a re-annotation make them all again; each time the export of
    the stored bytes is the computed export, byte for byte."""
    import shutil

    from chronica.build import build
    from chronica.chronicle.persist import rebuild
    from chronica.stages import reannotate
    from chronica.store import Store

    files = sorted(SUEZ.iterdir())
    parts = [tmp_path / "part1", tmp_path / "part2", tmp_path / "copies"]
    for folder in parts:
        folder.mkdir()
    for i, f in enumerate(files):
        shutil.copy(f, parts[i % 2] / f.name)
    for name, old, new in COPIED:
        text = (SUEZ / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, name
        (parts[2] / ("copy_" + name)).write_text(text.replace(old, new), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        build([parts[0]], store)
        first = _same_export_from_stored_bytes(store)
        build([parts[1]], store)
        second = _same_export_from_stored_bytes(store)
        assert second != first
        report = build([parts[2]], store)
        assert report.chronicle.copies > 0 and len(report.near_duplicates) == len(COPIED)
        with_copies = _same_export_from_stored_bytes(store)
        data = json.loads(with_copies)
        cited = {m["document"] for e in data["events"] for m in e["mentions"]}
        copies = {d["id"] for d in data["documents"] if "copy_" in d["path"]}
        assert copies and copies <= cited  # the copies' sentences are cited by existing events
        rebuild(store)
        assert _same_export_from_stored_bytes(store) == with_copies
        reannotate(store)  # every mention and time expression written again
        assert json.loads(_same_export_from_stored_bytes(store))["events"]


def _schema_12(path: Path) -> None:
    """Make the store at ``path`` what Chronica wrote before migration 13."""
    import sqlite3

    con = sqlite3.connect(path)
    con.executescript("""
        DROP TABLE chronicle_event_exports; DROP TABLE document_exports;
        DROP TABLE export_versions; PRAGMA user_version = 12;""")
    con.close()


def test_a_store_of_schema_12_exports_the_same_and_its_next_build_stores_the_records(tmp_path):
    """A store written before migration 13 is migrated when opened: its events have no stored
    records, so the export computes them (the same bytes); the next build, with nothing new,
    stores them; a record made by other code (another fingerprint) is not written but made again."""
    from chronica.build import build
    from chronica.chronicle.stored import exports_current, stored_event_records
    from chronica.store import Store
    from chronica.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    with Store(path) as store:
        build([SUEZ], store)
        expected = _same_export_from_stored_bytes(store)
    _schema_12(path)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert not exports_current(store) and stored_event_records(store) is None
        assert _export(store) == expected
        report = build([SUEZ], store)  # nothing new: only the records are made
        assert report.stored == 0
        assert _same_export_from_stored_bytes(store) == expected
        with store.transaction():
            store.set_export_version("events", "made by another Chronica")
            store.conn.execute("UPDATE chronicle_event_exports SET export = CAST('{}' AS BLOB)")
        assert stored_event_records(store) is None and not exports_current(store)
        assert _export(store) == expected
        build([SUEZ], store)
        assert _same_export_from_stored_bytes(store) == expected


def _schema_13(path: Path) -> None:
    """Make the store at ``path`` what Chronica wrote before migration 14: each document's time
    expressions stored, not its record, by the version of those bytes."""
    import sqlite3

    from chronica.store import Store, db

    with Store(path) as store:
        ids = [d for (d,) in store.conn.execute("SELECT id FROM documents")]
        rows = [(db.timexes_export(store.timexes_of_document(d)), d) for d in ids]
    con = sqlite3.connect(path)
    con.executemany("UPDATE document_exports SET timexes = ? WHERE document_id = ?", rows)
    con.executescript(f"""
        ALTER TABLE document_exports DROP COLUMN record;
        UPDATE export_versions SET version = '2:{",".join(db.TIMEX_COLUMNS)}:placed 6:orjson'
            WHERE part = 'timexes';
        PRAGMA user_version = 13;""")
    con.close()


def test_a_store_of_schema_13_exports_the_same_and_its_next_build_stores_the_documents_records(tmp_path):
    """A store written before migration 14 (time expressions stored, not the documents' whole
    records) is migrated when opened: its documents have no stored record, so the export makes
    them (the same bytes); the next build, with nothing new, stores them, and the export writes
    them as they are."""
    from chronica import fastjson
    from chronica.build import build
    from chronica.export.formats import iter_document_exports
    from chronica.store import Store
    from chronica.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    with Store(path) as store:
        build([SUEZ], store)
        expected = _same_export_from_stored_bytes(store)
    _schema_13(path)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 15
        assert not store.timex_exports_current()
        assert store.conn.execute("SELECT COUNT(*) FROM document_exports WHERE record IS NULL").fetchone()[0]
        assert _export(store) == expected
        report = build([SUEZ], store)  # nothing new: only the exported bytes are made
        assert report.stored == 0 and store.timex_exports_current()
        stored = list(store.timex_exports())
        assert stored and all(record and not timexes for _, record, timexes in stored)
        documents = list(iter_document_exports(store))
        assert all(type(d) is fastjson.Raw and len(d.parts) == 1 for d in documents)  # no row read
        assert _same_export_from_stored_bytes(store) == expected


def test_a_document_whose_record_or_time_expressions_are_stored_empty_is_exported_from_its_rows(tmp_path):
    """Empty stored bytes (a record, or time expressions, only the standard library can encode)
    send the document through the computed path: its record made from its row with the stored
    time expressions, or whole from its rows; the export is the same."""
    from chronica.build import build
    from chronica.store import Store, db

    with Store(tmp_path / "s.db") as store:
        build([SUEZ], store)
        expected = _same_export_from_stored_bytes(store)
        first, second = [d for (d,) in store.conn.execute(
            "SELECT DISTINCT document_id FROM timexes ORDER BY document_id LIMIT 2")]
        with store.transaction():  # the first: its time expressions kept, not its record
            store.conn.execute("UPDATE document_exports SET record = CAST('' AS BLOB), timexes = ?"
                               " WHERE document_id = ?",
                               (db.timexes_export(store.timexes_of_document(first)), first))
            store.conn.execute("UPDATE document_exports SET record = CAST('' AS BLOB),"
                               " timexes = CAST('' AS BLOB) WHERE document_id = ?", (second,))
        assert _export(store) == expected


def test_a_documents_record_is_stored_as_the_export_writes_it_and_an_unencodable_one_is_not(tmp_path, monkeypatch):
    """Each document's stored record is the export's bytes of it; one that orjson refuses (a
    lone surrogate, which an SQLite store cannot hold: the refusal is simulated for one
    document) is stored empty, its time expressions stored instead, and exports the same."""
    from chronica import fastjson
    from chronica.build import build
    from chronica.export.formats import iter_documents
    from chronica.store import Store, db
    from chronica.store.document_record import placed_record

    assert placed_record({"title": "Suez \ud800"}) == b""
    with Store(tmp_path / "s.db") as store:
        build([SUEZ], store)
        expected = _same_export_from_stored_bytes(store)
        stored = {d: record for d, record, _ in store.timex_exports()}
        computed = {int(d["id"][1:]): fastjson.placed(fastjson.dumps_indented(d)) for d in iter_documents(store)}
        assert stored == computed
        one = next(d for (d,) in store.conn.execute("SELECT DISTINCT document_id FROM timexes"))
        monkeypatch.setattr(db, "placed_record",
                            lambda record: b"" if record["id"] == f"d{one}" else placed_record(record))
        with store.transaction():
            store._write_document_exports([one])
        _, record, timexes = next(r for r in store.timex_exports() if r[0] == one)
        assert record == b"" and timexes == db.timexes_export(store.timexes_of_document(one)) != b"[]"
        assert _export(store) == expected


def test_a_long_documents_time_expressions_are_not_stored_and_it_exports_the_same(tmp_path, monkeypatch):
    """A document with more time expressions than a page of rows has empty stored bytes, its
    record and its time expressions (they are not held in memory to be stored: the store's write
    path stays bounded, tests/test_long_document_scale.py); the export reads its rows and is the
    same."""
    from chronica.build import build
    from chronica.store import Store, db

    with Store(tmp_path / "whole.db") as store:
        build([SUEZ], store)
        expected = _same_export_from_stored_bytes(store)
        counts = dict(store.conn.execute("SELECT document_id, COUNT(*) FROM timexes GROUP BY document_id"))
    page = sorted(counts.values())[len(counts) // 2 - 1]  # about half the documents are "long"
    assert sorted(counts.values())[-1] > page, counts
    monkeypatch.setattr(db, "SENTENCE_PAGE", page)
    with Store(tmp_path / "paged.db") as store:
        build([SUEZ], store)
        stored = {d: (record, timexes) for d, record, timexes in store.timex_exports()}
        empty = {d for d, data in stored.items() if data == (b"", b"")}
        assert empty == {d for d, n in counts.items() if n > page} and empty
        assert all(stored[d][0] for d in stored.keys() - empty)  # the shorter ones' records are stored
        assert _same_export_from_stored_bytes(store) == expected
