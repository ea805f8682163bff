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


def _start_and_wait_until_stored(args: list[str], db: Path, at_least: int, **popen) -> subprocess.Popen:
    """Start ``chronica ARGS`` and return once the store holds ``at_least`` documents."""
    proc = subprocess.Popen([sys.executable, "-m", "chronica.cli", *args], **popen)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                stored = 0
            if stored >= at_least:
                break
    if proc.poll() is not None:
        pytest.fail("the build finished before it could be stopped; make the input larger")
    return proc


def _communicate_or_kill(proc: subprocess.Popen, timeout: float) -> tuple[str, str]:
    """``proc.communicate(timeout)``; past the timeout the build and its process group (workers
    too, when it was started in a session of its own) are killed before the test fails, so a
    stuck build never outlives its test."""
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL) if os.getpgid(proc.pid) == proc.pid else proc.kill()
        except ProcessLookupError:
            pass
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:  # a grandchild outside the group still holds the pipes
            out, err = "", ""
        pytest.fail(f"the build did not end within {timeout} s; killed. Its output: {(out or '')[-2000:]}"
                    f"{(err or '')[-2000:]}")


def _assert_whole(store: Store) -> int:
    """The store is sound and every stored document is whole; its number of documents."""
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored document is whole: its sentences and its path were written with it
    broken = store.conn.execute(
        """SELECT COUNT(*) FROM documents d
           WHERE d.n_sentences != (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)
              OR NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.document_id = d.id)"""
    ).fetchone()[0]
    assert broken == 0
    return store.counts()["documents"]


def test_kill_mid_build_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 400)
    db = tmp_path / "s.db"
    proc = _start_and_wait_until_stored(
        ["build", str(folder), "--db", str(db), "--quiet", "--batch-size", "4"], db, 10,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with Store(db) as store:
        partial = _assert_whole(store)
        assert 10 <= partial < 400
        report = build([folder], store)
        assert report.stored == 400 - partial
        assert report.unchanged == partial
        assert store.counts()["documents"] == 400


def _signals_as_a_terminal_gives_them() -> None:
    """In the child before it runs: SIGINT and SIGTERM at their defaults, as a command typed in a
    terminal has them (a test run from a script's background job would pass SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize("sig, workers, group", [
    (signal.SIGTERM, 1, False),  # a service manager, `kill PID`, `timeout`
    (signal.SIGINT, 2, True),  # Ctrl-C in a terminal: the whole process group, workers too
])
def test_a_build_told_to_stop_says_so_in_one_line_and_the_next_run_completes(tmp_path, sig, workers, group):
    """Told to stop, a build ends with one line on stderr and exit status 128 + the signal's
    number (it used to end silently, or with a KeyboardInterrupt's traceback); its worker
    processes end with it; the documents stored before stay, each whole; the next run stores the
    rest, and a third changes nothing."""
    n = 200
    folder = tmp_path / "in"
    write_articles(folder, n)
    db = tmp_path / "s.db"
    proc = _start_and_wait_until_stored(
        ["build", str(folder), "--db", str(db), "--quiet", "--batch-size", "4", "--workers", str(workers),
         "--no-vectors"], db, 5, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=_signals_as_a_terminal_gives_them)
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    out, err = _communicate_or_kill(proc, 120)
    name = signal.Signals(sig).name
    assert proc.returncode == 128 + sig
    lines = [ln for ln in (out + err).splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: build stopped by {name}: ") and "run the same build again" in lines[0]
    assert "Traceback" not in out + err
    # no worker of the stopped build is left running (multiprocessing's resource tracker ends
    # when it sees the build's end: give it a few seconds on a loaded machine)
    deadline, left = time.time() + 15, True
    while left and time.time() < deadline:
        try:
            os.killpg(proc.pid, 0)
            time.sleep(0.2)
        except ProcessLookupError:
            left = False
    assert not left

    with Store(db) as store:
        partial = _assert_whole(store)
        assert 5 <= partial < n
        assert f": {partial} new documents stored" in lines[0] or f": {partial} new document stored" in lines[0]
        report = build([folder], store, BuildOptions(vectors=False))
        assert report.exit_code == EXIT_OK and not report.skipped
        assert (report.stored, report.unchanged) == (n - partial, partial)
        assert _assert_whole(store) == n
        assert store.chronicle.up_to_date()
        again = build([folder], store, BuildOptions(vectors=False))
        assert (again.stored, again.unchanged) == (0, n)


def _sigint_ignored() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_a_build_started_ignoring_sigint_keeps_ignoring_it(tmp_path):
    """`nohup` or a shell script's background job starts the build with SIGINT ignored: it
    stays ignored (as Python leaves it), and the build ends as usual."""
    n = 60
    folder = tmp_path / "in"
    write_articles(folder, n)
    db = tmp_path / "s.db"
    proc = _start_and_wait_until_stored(
        ["build", str(folder), "--db", str(db), "--quiet", "--batch-size", "4", "--workers", "1",
         "--no-vectors"], db, 3, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_sigint_ignored)
    proc.send_signal(signal.SIGINT)
    out, err = _communicate_or_kill(proc, 600)
    assert proc.returncode == EXIT_OK and not (out + err).strip()
    with Store(db) as store:
        assert _assert_whole(store) == n


def test_a_stop_between_a_documents_commit_and_its_count_reports_what_the_store_holds(tmp_path, monkeypatch):
    """A signal handled right after a document's transaction committed, before the build counted it,
    still reports the documents the store holds (the fresh-clone CI once saw "5 new documents stored"
    with 6 in the store, on a loaded machine)."""
    import chronica.build as build_module
    from chronica.errors import Interrupted

    folder = tmp_path / "in"
    write_articles(folder, 6)
    timed = build_module._Build._timed

    def timed_then_stop(self, stage, cpu_before):  # noqa: ANN001 - runs in the store step's `finally`
        timed(self, stage, cpu_before)
        if stage == "store" and self.store.counts()["documents"] == 3:  # the third committed, not yet counted
            raise Interrupted(signal.SIGTERM, "SIGTERM")

    monkeypatch.setattr(build_module._Build, "_timed", timed_then_stop)
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(Interrupted) as stopped:
            build([folder], store, BuildOptions(vectors=False, batch_size=1))
        assert _assert_whole(store) == 3
        assert stopped.value.report.stored == 3


@pytest.mark.parametrize("own_session", [True, False])
def test_a_build_stuck_past_its_timeout_is_killed_before_the_test_fails(own_session):
    """The stop tests' wait: a process that outlives the timeout is killed — with its group and
    the grandchild in it when it runs in a session of its own, as a build with workers does — and
    the test fails saying so."""
    code = ("import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
            "time.sleep(60)") if own_session else "import time; time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=own_session)
    with pytest.raises(pytest.fail.Exception, match="did not end within 1 s; killed"):
        _communicate_or_kill(proc, 1)
    assert proc.poll() is not None
    if own_session:  # the whole group is gone, the grandchild too
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                os.killpg(proc.pid, 0)
                time.sleep(0.1)
            except ProcessLookupError:
                break
        else:
            pytest.fail("the process group outlived the kill")
