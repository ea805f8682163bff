"""The build: idempotent re-runs, duplicates, skips, incremental adds, a kill mid-build."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronica.build import EXIT_OK, EXIT_SKIPPED, BuildOptions, build
from chronica.store import Store

ARTICLE = """{title}

The regional council approved a new budget for public transport on Thursday, after a debate that
lasted most of the afternoon. Councillors voted by a large margin to fund two new tram lines.

The mayor said the first line would open within three years. Critics warned that costs could rise
and asked for an independent review of the figures before any contracts are signed.

Residents of the northern districts welcomed the plan, which {detail}.
"""


def write_articles(folder: Path, n: int, prefix: str = "art") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"{prefix}{i:03d}.txt"
        p.write_text(ARTICLE.format(title=f"Council backs tram plan {prefix} number {i}",
                                    detail=f"promises a stop every {i + 2} hundred metres and {i} new {prefix} bus routes"),
                     encoding="utf-8")
        paths.append(p)
    return paths


def test_build_then_rebuild_changes_nothing(tmp_path):
    write_articles(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as store:
        first = build([tmp_path / "in"], store)
        assert first.stored == 3 and first.exit_code == EXIT_OK
        before = store.conn.execute("SELECT COUNT(*), SUM(n_sentences) FROM documents").fetchone()
        second = build([tmp_path / "in"], store)
        assert second.stored == 0 and second.unchanged == 3 and not second.duplicates
        after = store.conn.execute("SELECT COUNT(*), SUM(n_sentences) FROM documents").fetchone()
        assert tuple(before) == tuple(after)


def test_adding_files_adds_only_them(tmp_path):
    write_articles(tmp_path / "in", 2)
    with Store(tmp_path / "s.db") as store:
        build([tmp_path / "in"], store)
        write_articles(tmp_path / "in", 1, prefix="new")
        report = build([tmp_path / "in"], store)
        assert report.stored == 1 and report.unchanged == 2
        assert store.counts()["documents"] == 3


def test_same_text_under_two_paths_is_stored_once_and_reported(tmp_path):
    [p] = write_articles(tmp_path / "in", 1)
    (tmp_path / "in" / "copy.txt").write_bytes(p.read_bytes())
    with Store(tmp_path / "s.db") as store:
        report = build([tmp_path / "in"], store)
        assert report.stored == 1
        assert len(report.duplicates) == 1
        assert store.counts()["paths"] == 2  # both paths point at the one document
        again = build([tmp_path / "in"], store)
        assert again.stored == 0 and again.unchanged == 2 and not again.duplicates


def test_near_duplicate_is_kept_and_flagged(tmp_path):
    [p] = write_articles(tmp_path / "in", 1)
    edited = p.read_text().replace("large margin", "wide margin")
    (tmp_path / "in" / "zz_edited.txt").write_text(edited)
    with Store(tmp_path / "s.db") as store:
        report = build([tmp_path / "in"], store)
        assert report.stored == 2
        assert len(report.near_duplicates) == 1
        flagged = [d for d in store.documents() if d.near_duplicate_of]
        assert len(flagged) == 1 and flagged[0].near_duplicate_similarity >= 0.7


def test_bad_files_are_skipped_with_reasons_and_lose_nothing(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "huge.txt").write_text("word " * 5000)
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    with Store(tmp_path / "s.db") as store:
        report = build([folder], store, BuildOptions(max_bytes=10_000))
        reasons = {Path(e.path).name: e.reason for e in report.skipped}
        assert reasons["empty.txt"] == "empty"
        assert reasons["binary.txt"] == "binary"
        assert reasons["huge.txt"] == "too-large"
        assert reasons.get("loop_a.txt") == "symlink-loop"
        assert report.stored == 2
        assert report.exit_code == EXIT_SKIPPED
        rows = store.conn.execute("SELECT path, reason FROM skipped").fetchall()
        assert len(rows) == len(report.skipped)


def test_overrides_set_published_and_outlet(tmp_path):
    write_articles(tmp_path / "in", 1)
    with Store(tmp_path / "s.db") as store:
        build([tmp_path / "in"], store, BuildOptions(published="2021-03-04", source="The Daily Test"))
        [doc] = store.documents()
        assert doc.published == "2021-03-04" and doc.published_source == "option"
        assert doc.outlet == "The Daily Test"


def test_sentences_have_offsets_into_the_clean_text(tmp_path):
    write_articles(tmp_path / "in", 1)
    with Store(tmp_path / "s.db") as store:
        build([tmp_path / "in"], store)
        [doc] = store.documents()
        sents = store.sentences(doc.id)
        assert len(sents) >= 5
        for s in sents:
            assert doc.text[s.start : s.end] == s.text
            assert s.text == s.text.strip()


def test_parse_is_stored_and_reusable(tmp_path, nlp):
    from chronica.build import deserialise

    write_articles(tmp_path / "in", 1)
    with Store(tmp_path / "s.db") as store:
        build([tmp_path / "in"], store)
        [doc] = store.documents()
        parsed = deserialise(store.parse_bytes(doc.id), nlp.vocab)
        assert parsed.text == doc.text
        assert any(t.dep_ == "ROOT" for t in parsed)
        assert parsed.has_annotation("DEP") and parsed.has_annotation("ENT_IOB")


def test_kill_mid_build_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 400)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "chronica.cli", "build", str(folder), "--db", str(db), "--quiet",
         "--batch-size", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                stored = 0
            if stored >= 10:
                break
    if proc.poll() is not None:
        pytest.fail("the build finished before it could be killed; make the input larger")
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = store.counts()["documents"]
        assert 10 <= partial < 400
        # every stored document is whole: its sentences and its path were written with it
        broken = store.conn.execute(
            """SELECT COUNT(*) FROM documents d
               WHERE d.n_sentences != (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)
                  OR NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.document_id = d.id)"""
        ).fetchone()[0]
        assert broken == 0
        report = build([folder], store)
        assert report.stored == 400 - partial
        assert report.unchanged == partial
        assert store.counts()["documents"] == 400
