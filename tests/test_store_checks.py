"""Opening a store: Chronica's own files only (application_id, schema version), foreign files
left byte for byte as they were, two processes creating one store at once, a store that cannot
be written (read-only, disk full) ending in one line with the store consistent."""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from chronica.errors import StoreError
from chronica.store import Store
from chronica.store.db import APPLICATION_ID
from chronica.store.schema import MIGRATIONS

REPO = Path(__file__).resolve().parents[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: str, cwd: Path | None = None, limit_bytes: int | None = None,
         timeout: float = 600) -> subprocess.CompletedProcess:
    """``python -m chronica.cli ARGS`` from this repository (optionally with RLIMIT_FSIZE: every
    file write beyond ``limit_bytes`` fails as on a full disk)."""
    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "chronica.cli", *args], cwd=cwd or REPO, env=env,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=limit)


def _foreign(path: Path, tables: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(tables)
    conn.commit()
    conn.close()


FOREIGN = [
    ("another program's documents table", "CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT);"
                                          "INSERT INTO documents (body) VALUES ('mine');"),
    ("an unrelated table", "CREATE TABLE notes (n TEXT); INSERT INTO notes VALUES ('x');"),
    ("a user_version of its own", "PRAGMA user_version = 7; CREATE TABLE t (x);"),
]


@pytest.mark.parametrize("label, tables", FOREIGN, ids=[f[0] for f in FOREIGN])
def test_store_refuses_a_foreign_sqlite_file_and_leaves_it_unchanged(tmp_path, label, tables):
    path = tmp_path / "theirs.db"
    _foreign(path, tables)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Chronica store"):
        Store(path)
    assert _digest(path) == before
    assert not (tmp_path / "theirs.db-wal").exists()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not WAL


@pytest.mark.parametrize("command", [["documents"], ["events"], ["timeline"], ["actors"],
                                     ["report", "-o", "r.html"], ["export", "-o", "e.json"],
                                     ["barometer", "Russia", "France"], ["annotate"],
                                     ["build", str(REPO / "README.md")]])
def test_cli_every_command_on_a_foreign_store_says_so_in_one_line(tmp_path, command):
    db = tmp_path / "theirs.db"
    _foreign(db, FOREIGN[0][1])
    before = _digest(db)
    result = _cli(*command, "--db", str(db), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "not a Chronica store" in result.stderr
    assert _digest(db) == before


@pytest.mark.parametrize("content", [b"this is not sqlite" * 100, b"\x00" * 4096, b"SQLite format 3"])
def test_store_refuses_a_file_that_is_not_sqlite(tmp_path, content):
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a Chronica store"):
        Store(path)
    assert path.read_bytes() == content


def test_store_carries_its_application_id_and_accepts_an_empty_file(tmp_path):
    path = tmp_path / "new.db"
    path.touch()  # an empty file is no store yet
    with Store(path) as store:
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_store_written_before_the_application_id_is_recognised(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.conn.execute("PRAGMA application_id = 0")
    with Store(path) as store:  # the tables of the first migration make it a Chronica store
        assert store.counts()["documents"] == 0
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_store_from_a_newer_chronica_is_refused_unchanged(tmp_path):
    path = tmp_path / "newer.db"
    with Store(path) as store:
        store.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    before = _digest(path)
    with pytest.raises(StoreError, match="newer Chronica"):
        Store(path)
    assert _digest(path) == before


def test_store_missing_is_an_error_when_it_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def _articles(folder: Path, n: int, tag: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{tag}{i}.txt").write_text(
            f"title: Report {tag} {i}\n\nOn {i + 1} March 1961 the delegation of Brazil met "
            f"officials from Argentina in the port city number {i} of {tag}. They agreed to meet "
            "again in the spring.\n", encoding="utf-8")


def test_two_builds_on_one_new_store_serialise(tmp_path):
    _articles(tmp_path / "a", 3, "a")
    _articles(tmp_path / "b", 3, "b")
    _articles(tmp_path / "both", 2, "c")  # given to both builds: stored once
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-m", "chronica.cli", "build", str(tmp_path / d),
                               str(tmp_path / "both"), "--db", str(db), "-q"],
                              cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for d in ("a", "b")]
    results = [(p.wait(timeout=900), p.stderr.read()) for p in procs]
    for code, stderr in results:
        assert code == 0, stderr
        assert "Traceback" not in stderr
    with Store(db) as store:
        assert store.counts()["documents"] == 8
        assert store.counts()["paths"] == 8


def test_cli_build_on_a_read_only_store_is_one_line(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only files")
    db = tmp_path / "s.db"
    Store(db).close()
    db.chmod(0o444)
    _articles(tmp_path / "in", 1, "r")
    result = _cli("build", str(tmp_path / "in"), "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_cli_build_on_a_full_disk_is_one_line_and_the_store_stays_consistent(tmp_path):
    _articles(tmp_path / "first", 2, "f")
    db = tmp_path / "s.db"
    assert _cli("build", str(tmp_path / "first"), "--db", str(db), "-q").returncode == 0
    # 200 long articles cannot fit in what the file limit leaves: the disk "fills" mid-build
    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(200):
        (folder / f"m{i}.txt").write_text(f"title: Long {i}\n\n" + f"Paragraph {i} of a long story about Chile and Peru. " * 200,
                                          encoding="utf-8")
    size = db.stat().st_size + (tmp_path / "s.db-wal").stat().st_size if (tmp_path / "s.db-wal").exists() else db.stat().st_size
    result = _cli("build", str(folder), "--db", str(db), "-q", limit_bytes=size + 400_000)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = store.documents()
        assert len(docs) >= 2
        for d in docs:  # every stored document is whole
            assert store.sentences(d.id) and d.n_sentences == len(store.sentences(d.id))


class _LockedTwice:
    """A connection whose first two journal-mode switches meet another process's lock."""

    def __init__(self, error: str = "database is locked") -> None:
        self.calls, self.error = 0, error

    def execute(self, sql: str):
        self.calls += 1
        if self.calls <= 2:
            raise sqlite3.OperationalError(self.error)
        return None


def test_open_waits_out_a_lock_met_when_switching_to_wal():
    from chronica.store.db import _set_wal

    conn = _LockedTwice()
    _set_wal(conn, timeout=5)  # type: ignore[arg-type]
    assert conn.calls == 3


@pytest.mark.parametrize("error, timeout", [("disk I/O error", 5), ("database is locked", 0)])
def test_open_does_not_retry_other_errors_or_past_its_timeout(error, timeout):
    from chronica.store.db import _set_wal

    with pytest.raises(sqlite3.OperationalError):
        _set_wal(_LockedTwice(error), timeout=timeout)  # type: ignore[arg-type]
