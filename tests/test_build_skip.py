"""Re-runs: an input file with the same size and modification time is skipped before it is read;
the text is stored once (sentences are offsets, the raw file compressed when it differs)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

import chronica.build as build_module
from chronica import tasks
from chronica.build import BuildOptions, build
from chronica.store import Store

REPO = Path(__file__).resolve().parents[1]
SUEZ = REPO / "examples" / "suez"
OPTIONS = BuildOptions(stages=False, n_process=1)  # parsing is enough here; in this process


def settled_copy(tmp_path: Path) -> Path:
    """The example copied, its files dated a minute ago (older than the racily-clean window)."""
    folder = tmp_path / "suez"
    shutil.copytree(SUEZ, folder)
    past = time.time() - 60
    for f in folder.iterdir():
        os.utime(f, (past, past))
    return folder


def test_build_skip_unchanged_files_before_reading(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    folder = settled_copy(tmp_path)
    with Store(tmp_path / "s.db") as store:
        first = build([folder], store, OPTIONS)
        assert first.stored == 4

        def no_read(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            raise AssertionError("an unchanged file was read")

        monkeypatch.setattr(tasks, "read_files", no_read)  # reading a file
        monkeypatch.setattr(tasks, "warm", no_read)  # loading the pipeline
        again = build([folder], store, OPTIONS)
        assert (again.stored, again.unchanged, again.skipped) == (0, 4, [])


@pytest.mark.parametrize("change", ["grow", "same-size", "touch"])
def test_build_skip_reads_a_changed_file_again(tmp_path: Path, change: str) -> None:
    folder = settled_copy(tmp_path)
    target = folder / "textbook_chapter.txt"
    with Store(tmp_path / "s.db") as store:
        build([folder], store, OPTIONS)
        text = target.read_text(encoding="utf-8")
        if change == "grow":  # a sentence added to the body: a new size
            target.write_text(text.replace("Suez showed", "The chapter was revised. Suez showed", 1),
                              encoding="utf-8")
        elif change == "same-size":  # one letter changed: same size, a new modification time
            target.write_text(text.replace("Nasser", "Naszer", 1), encoding="utf-8")
        else:  # the same bytes, a new modification time: read again, found unchanged
            os.utime(target, None)
        report = build([folder], store, OPTIONS)
        assert report.stored == (0 if change == "touch" else 1)
        assert report.unchanged == (4 if change == "touch" else 3)


def _forbid_reading(monkeypatch) -> None:  # noqa: ANN001
    def no_read(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(tasks, "read_files", no_read)  # reading a file
    monkeypatch.setattr(tasks, "warm", no_read)  # loading the pipeline


@pytest.mark.parametrize("touched", [["oped.md"], ["oped.md", "textbook_chapter.txt"], "all"])
def test_build_skip_touched_files_by_their_bytes(tmp_path: Path, monkeypatch, touched) -> None:  # noqa: ANN001
    """Files with a new modification time but the same bytes (a copy, a checkout, a restored
    backup) are hashed, not read: no pipeline, no reading task; their new time is remembered, so
    the run after skips them on size and time alone."""
    folder = settled_copy(tmp_path)
    with Store(tmp_path / "s.db") as store:
        assert build([folder], store, OPTIONS).stored == 4
        names = [f.name for f in folder.iterdir()] if touched == "all" else touched
        later = time.time() - 30  # newer than the first read, older than the racy window
        for name in names:
            os.utime(folder / name, (later, later))
        with monkeypatch.context() as m:
            _forbid_reading(m)
            report = build([folder], store, OPTIONS)
        assert (report.stored, report.unchanged, report.skipped) == (0, 4, [])
        for name in names:  # remembered with the new time: no hashing next time
            assert store.file_unchanged(*build_module._file_stat(folder / name)) == 1

        def no_hash(path):  # noqa: ANN001, ANN202
            raise AssertionError(f"{path} hashed again")

        with monkeypatch.context() as m:
            _forbid_reading(m)
            m.setattr(build_module, "file_digest", no_hash)
            assert build([folder], store, OPTIONS).unchanged == 4


def test_build_a_store_without_file_digests_reads_a_touched_file_once(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A file remembered before its bytes were hashed (an older store: digest NULL) is read
    again once when touched, found unchanged, and from then on skipped by its bytes."""
    folder = settled_copy(tmp_path)
    target = folder / "oped.md"
    with Store(tmp_path / "s.db") as store:
        build([folder], store, OPTIONS)
        store.conn.execute("UPDATE file_stats SET digest = NULL")
        store.conn.commit()
        later = time.time() - 30
        os.utime(target, (later, later))
        report = build([folder], store, OPTIONS)  # read again: no digest to compare with
        assert (report.stored, report.unchanged) == (0, 4)
        later -= 10
        os.utime(target, (later, later))
        with monkeypatch.context() as m:
            _forbid_reading(m)
            assert build([folder], store, OPTIONS).unchanged == 4


def test_build_a_file_modified_just_now_is_not_remembered(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    folder = tmp_path / "suez"
    shutil.copytree(SUEZ, folder, copy_function=shutil.copy)  # modified now: racily clean
    with Store(tmp_path / "s.db") as store:
        build([folder], store, OPTIONS)
        assert store.file_unchanged(*build_module._file_stat(folder / "oped.md")) is None


def test_build_text_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        build([SUEZ], store, OPTIONS)
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(sentences)")}
        assert "text" not in columns
        for doc in store.documents():
            for s in store.sentences(doc.id):
                assert s.text == doc.text[s.start:s.end] and s.text.strip()
            raw = store.raw(doc.id)
            assert raw == Path(doc.path).read_text(encoding="utf-8")  # the file as decoded
            spans = json.loads(store.conn.execute("SELECT spans FROM documents WHERE id = ?",
                                                  (doc.id,)).fetchone()[0])
            assert spans and all(doc.text[c:c + n] == raw[r:r + n] for c, r, n in spans)
            stored = store.conn.execute("SELECT raw, raw_compressed FROM documents WHERE id = ?",
                                        (doc.id,)).fetchone()
            assert stored[0] == "" and (stored[1] is None or len(stored[1]) < len(raw.encode()))
