"""atomic_write replaces regular files whole, and never replaces what is not one: a named pipe or
a device (``chronica export -o /dev/null`` run as root once put a plain file where /dev/null was),
nor a symbolic link (the file it names is replaced)."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from chronica.atomic import OutputError, atomic_write


def test_a_regular_file_is_replaced_whole(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with atomic_write(target) as fh:
        fh.write("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError("stopped")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_written_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text()))
    reader.start()
    with atomic_write(pipe) as fh:
        fh.write("through the pipe")
    reader.join(timeout=10)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_device_is_written_and_stays_a_device():
    with atomic_write(os.devnull) as fh:
        fh.write("discarded")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_symbolic_link_stays_and_its_file_is_replaced(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with atomic_write(link) as fh:
        fh.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="folder"), atomic_write(tmp_path) as fh:
        fh.write("x")
