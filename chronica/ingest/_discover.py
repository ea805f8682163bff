"""Finding the files to read: named files and folders (recursive), in a sorted, deterministic
order, hidden entries skipped, symbolic-link loops and broken links reported, never followed twice.

A folder given is a boundary: every file and folder found under it is resolved (links followed)
and must still lie under the folder's own resolved path; a link that leads out of it (to a
sibling folder, to a parent through a loop) is reported as 'outside-folder' and not followed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronica.errors import IngestError

SUPPORTED_EXTENSIONS = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".jsonl", ".srt", ".vtt"})


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def _stat_error(path: Path, exc: OSError) -> IngestError:
    if exc.errno == errno.ELOOP or isinstance(exc, RuntimeError):
        return IngestError(str(path), "symlink-loop", "symbolic link loop")
    if path.is_symlink():
        return IngestError(str(path), "symlink-loop", f"broken link to {os.readlink(path)}")
    if isinstance(exc, FileNotFoundError):
        return IngestError(str(path), "unreadable", "no such file or folder")
    return IngestError(str(path), "unreadable", exc.strerror or str(exc))


def discover(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Yield each file to read (Path) or the reason a path is skipped (IngestError).

    Folders are walked recursively in sorted order and only supported extensions are taken from
    them; a file named explicitly with another extension is reported 'unsupported'. Each real file
    is yielded once, however many ways it is reached."""
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            st = path.stat()
        except (OSError, RuntimeError) as exc:
            yield _stat_error(path, exc if isinstance(exc, OSError) else OSError(errno.ELOOP, "loop"))
            continue
        if path.is_dir():
            yield from _walk(path, seen_files, set(), Path(os.path.realpath(path)))
        elif not is_supported(path):
            yield IngestError(str(path), "unsupported", f"extension {path.suffix or '(none)'!r}")
        elif (st.st_dev, st.st_ino) not in seen_files:
            seen_files.add((st.st_dev, st.st_ino))
            yield path


def _inside(path: str, root: Path) -> Path | None:
    """The resolved ``path`` when it lies under ``root`` (itself resolved), else None."""
    real = Path(os.path.realpath(path))
    return real if real == root or root in real.parents else None


def _walk(folder: Path, seen_files: set[tuple[int, int]], ancestors: set[tuple[int, int]],
          root: Path) -> Iterator[Path | IngestError]:
    st = folder.stat()
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        yield IngestError(str(folder), "symlink-loop", "link back to a folder above it")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(folder), "unreadable", exc.strerror or str(exc))
        return
    inner = ancestors | {key}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            est = os.stat(entry.path)  # follows links; raises for loops and broken links
        except OSError as exc:
            if entry.is_symlink() or exc.errno == errno.ELOOP:
                if is_supported(path) or not path.suffix:
                    yield _stat_error(path, exc)
            else:
                yield IngestError(str(path), "unreadable", exc.strerror or str(exc))
            continue
        is_dir = entry.is_dir()
        if (is_dir or is_supported(path)) and entry.is_symlink() and _inside(entry.path, root) is None:
            yield IngestError(str(path), "outside-folder",
                              f"a link to {os.path.realpath(entry.path)}, outside {root}")
            continue
        if is_dir:
            yield from _walk(path, seen_files, inner, root)
        elif entry.is_file() and is_supported(path):
            fkey = (est.st_dev, est.st_ino)
            if fkey not in seen_files:
                seen_files.add(fkey)
                yield path
