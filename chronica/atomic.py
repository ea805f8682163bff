"""Files written whole or not at all: :func:`atomic_write` writes to a temporary file beside the
target and renames it into place only when complete, so a full disk, a permission error or an
interrupted run never leaves a truncated report or export (the old file, if any, stays).
A target that is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written in
place, never replaced: renaming over it would put a plain file where the device or pipe was (as
root, over ``/dev/null``, for every process on the machine). A symbolic link is kept and the file
it points to is replaced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from chronica.errors import ChronicaError


class OutputError(ChronicaError):
    """An output file that cannot be written (no such folder, permissions, disk full)."""


@contextmanager
def atomic_write(path: str | Path, *, encoding: str = "utf-8", newline: str | None = "") -> Iterator[TextIO]:
    """Open a text file for writing that appears at ``path`` only when the block completes.

    :param path: the target; its folder must exist. An existing file is replaced (keeping no
        trace of the temporary file on failure).
    :raises OutputError: with one line saying why, when the file cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if target.exists() and not target.is_file():  # a device or a pipe: written, never replaced
        try:
            with open(target, "w", encoding=encoding, newline=newline) as fh:
                yield fh
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
        return
    if target.is_symlink():  # the link stays; the file it names is replaced
        target = target.resolve()
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _permissions_of_a_new_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _permissions_of_a_new_file(path: str) -> None:
    """mkstemp makes a private file (0600); give it what ``open`` would (0666 less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
