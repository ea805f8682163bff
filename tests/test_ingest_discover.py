"""discover(): folders, order, hidden entries, unsupported files, links that loop or point nowhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronica.errors import IngestError
from chronica.ingest import discover


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _names(items) -> list[str]:
    return [i.name if isinstance(i, Path) else f"{i.reason}:{Path(i.path).name}" for i in items]


def test_folder_recursive_sorted_supported_only(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c.html", "d.htm", "e.pdf", "f.jsonl", "g.docx", "h.png", "sub/z.txt", "sub/a.txt"]:
        _touch(tmp_path / name)
    found = list(discover([tmp_path]))
    assert all(isinstance(p, Path) for p in found)
    assert _names(found) == ["a.md", "b.txt", "c.html", "d.htm", "e.pdf", "f.jsonl", "a.txt", "z.txt"]
    assert list(discover([tmp_path])) == found  # deterministic


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    _touch(tmp_path / ".secret.txt")
    _touch(tmp_path / ".git" / "notes.txt")
    _touch(tmp_path / "seen.txt")
    assert _names(discover([tmp_path])) == ["seen.txt"]


def test_named_unsupported_file_is_reported(tmp_path: Path) -> None:
    doc = _touch(tmp_path / "report.docx")
    (err,) = list(discover([doc]))
    assert isinstance(err, IngestError) and err.reason == "unsupported"


def test_named_supported_file_and_extension_case(tmp_path: Path) -> None:
    doc = _touch(tmp_path / "UPPER.TXT")
    assert list(discover([str(doc)])) == [doc]


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    (err,) = list(discover([tmp_path / "nope.txt"]))
    assert err.reason == "unreadable"


def test_same_file_reached_twice_is_yielded_once(tmp_path: Path) -> None:
    doc = _touch(tmp_path / "a.txt")
    assert list(discover([doc, tmp_path])) == [doc]


def test_symlink_loop_and_broken_link_never_hang(tmp_path: Path) -> None:
    _touch(tmp_path / "ok.txt")
    os.symlink(tmp_path / "loop2.txt", tmp_path / "loop1.txt")
    os.symlink(tmp_path / "loop1.txt", tmp_path / "loop2.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path, tmp_path / "again")  # a folder link back to its parent
    items = list(discover([tmp_path]))
    reasons = sorted(i.reason for i in items if isinstance(i, IngestError))
    assert reasons == ["symlink-loop"] * 4
    assert [p.name for p in items if isinstance(p, Path)] == ["ok.txt"]


def test_named_symlink_loop(tmp_path: Path) -> None:
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")
    (err,) = list(discover([tmp_path / "self.txt"]))
    assert err.reason == "symlink-loop"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    _touch(locked / "a.txt")
    locked.chmod(0)
    try:
        items = list(discover([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [i.reason for i in items if isinstance(i, IngestError)] == ["unreadable"]
