"""Fault injection on a real small file system (issue 12): a size-limited tmpfs that fills during a
build, a report or an export, and a store on a file system mounted read-only. Each ends in one
line and exit 1, the store consistent and no half-written file left.

Mounting needs root and a kernel that lets this process mount (a container may not): otherwise
these tests are skipped, and ``tests/test_store_checks.py`` covers the same paths with
RLIMIT_FSIZE (a write beyond the limit fails as on a full disk)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _cli(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "chronica.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _one_line(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.stderr.strip() and result.stderr.strip().count("\n") == 0, result.stderr


@pytest.fixture
def small_fs(tmp_path) -> Iterator[callable]:
    """``mount(size)`` mounts a tmpfs of ``size`` (e.g. "400k") and returns its folder."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted: list[Path] = []

    def mount(size: str, name: str = "small") -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                              capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], capture_output=True, check=False)


def _articles(folder: Path, n: int, words: int = 60) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(f"On {i % 27 + 1} May {1950 + i % 60} the delegation of Chile met officials "
                        f"from Peru in port number {i}-{j}." for j in range(words // 12))
        (folder / f"a{i:03d}.txt").write_text(f"title: Meeting {i}\n\n{body}\n", encoding="utf-8")
    return folder


def _consistent(db: Path) -> int:
    """The store's integrity check passes; the number of documents, each one whole."""
    read_only_fs = bool(os.statvfs(db).f_flag & os.ST_RDONLY)  # SQLite can make no -shm there
    conn = sqlite3.connect(f"file:{db}?mode=ro{'&immutable=1' if read_only_fs else ''}", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT id, n_sentences FROM documents").fetchall()
        for doc_id, n in docs:
            assert conn.execute("SELECT COUNT(*) FROM sentences WHERE document_id = ?", (doc_id,)).fetchone()[0] == n
        return len(docs)
    finally:
        conn.close()


def test_build_on_a_small_file_system_that_fills(tmp_path, small_fs):
    point = small_fs("600k")
    folder = _articles(tmp_path / "in", 120, words=240)
    db = point / "s.db"
    result = _cli("build", str(folder), "--db", str(db), "-q", "--no-vectors")
    assert result.returncode == 1, (result.stdout, result.stderr)
    _one_line(result)
    assert "disk" in result.stderr.lower() or "space" in result.stderr.lower(), result.stderr
    if db.exists():
        _consistent(db)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = _articles(tmp_path_factory.mktemp("built") / "in", 6)
    db = folder.parent / "s.db"
    result = _cli("build", str(folder), "--db", str(db), "-q", "--no-vectors")
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize("command, name", [(["report"], "report.html"),
                                           (["export", "--format", "json"], "out.json"),
                                           (["export", "--format", "csv"], "out.csv")])
def test_outputs_on_a_full_file_system_leave_the_previous_file(built, small_fs, command, name):
    point = small_fs("200k")
    target = point / name
    target.write_text("the previous version", encoding="utf-8")
    with (point / "filler").open("wb", buffering=0) as fh:  # every block left taken
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    result = _cli(*command, "-o", str(target), "--db", str(built))
    assert result.returncode == 1, (result.stdout, result.stderr)
    _one_line(result)
    assert target.read_text(encoding="utf-8") == "the previous version"
    assert sorted(p.name for p in point.iterdir()) == sorted(["filler", name])  # no temporary file left


def test_store_on_a_read_only_file_system(tmp_path, small_fs):
    point = small_fs("20m")
    db = point / "s.db"
    assert _cli("build", str(_articles(tmp_path / "first", 2)), "--db", str(db), "-q",
                "--no-vectors").returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)
    result = _cli("build", str(_articles(tmp_path / "more", 2)), "--db", str(db), "-q", "--no-vectors")
    assert result.returncode == 1, (result.stdout, result.stderr)
    _one_line(result)
    assert _consistent(db) == 2
    reading = _cli("timeline", "--db", str(db))
    assert reading.returncode == 0, reading.stderr
    assert "Traceback" not in reading.stderr
