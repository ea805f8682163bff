"""Chronica's exceptions, in one hierarchy with one base class.

Each skip reason a build can report is catalogued here with a stable code, so the end-of-run
summary, the store and the tests speak of the same reasons.
"""

from __future__ import annotations


class ChronicaError(Exception):
    """Base class of every error Chronica raises on purpose."""


class IngestError(ChronicaError):
    """A file (or one record of a file) that cannot become a document. It is skipped, never fatal.

    ``reason`` is one of :data:`SKIP_REASONS`; ``detail`` says what was seen, for the user.
    """

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        if reason not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {reason!r}")
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))

    def __reduce__(self):  # noqa: ANN204 - pickled by its fields: it crosses processes in a build
        return (type(self), (self.path, self.reason, self.detail))


#: Why a file may be skipped. Codes are stable: they are stored and printed.
SKIP_REASONS: dict[str, str] = {
    "empty": "the file is empty or holds no article text after cleaning",
    "binary": "the file holds binary data, not text",
    "undecodable": "the bytes could not be decoded as text in any likely encoding",
    "too-large": "the file is larger than the configured --max-bytes limit",
    "unreadable": "the file could not be opened or read (permissions, I/O error)",
    "symlink-loop": "a symbolic link loop or a broken link",
    "outside-folder": "a link that leads outside the folder given (not followed)",
    "unsupported": "the file's extension is not one Chronica reads",
    "bad-record": "a record of a .jsonl file is not valid JSON or has no text",
    "pdf-no-text": "the PDF has no text layer (scanned pages need OCR first)",
    "parse-error": "the file could not be parsed in its format",
    "processing-error": "an unexpected error while processing the document (a bug: please report it)",
}


class Interrupted(BaseException):
    """The process was told to stop (SIGTERM, or SIGINT: Ctrl-C) while it worked.

    A ``BaseException``, as ``KeyboardInterrupt`` is: no ``except Exception`` that records one
    document's failure takes it for that document's. Raised by the signal handler of the command
    line's build, so it can surface anywhere; every store write is one transaction, rolled back
    when it passes through. ``report`` is what the build had done (set by
    :func:`chronica.build.build` on its way out)."""

    def __init__(self, signum: int, name: str) -> None:
        super().__init__(f"stopped by {name}")
        self.signum = signum
        self.name = name
        self.report = None  # type: ignore[var-annotated]

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a process a signal ended (143, 130)."""
        return 128 + self.signum


class StoreError(ChronicaError):
    """The SQLite store cannot be opened or is not a Chronica store."""
