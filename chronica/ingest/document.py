"""The Document: what ingestion hands to the rest of Chronica.

A document is the article proper (``text``, boilerplate removed) with its metadata and a map
back to the file it came from, so that every citation can point at the source.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


@dataclass
class Document:
    """One article, cleaned.

    ``spans`` maps the cleaned text back to ``raw`` (the decoded file, or for HTML its source, for
    PDF its extracted page text): each ``(clean_start, raw_start, length)`` says that
    ``text[clean_start:clean_start+length] == raw[raw_start:raw_start+length]``. Runs are sorted
    by ``clean_start`` and do not overlap; text that has no verbatim source (a joining newline)
    is not covered.
    """

    path: str
    format: str
    raw: str
    text: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    #: ISO value at the precision found: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when not found.
    published: str | None = None
    #: where ``published`` came from: a kind of :data:`chronica.ingest._published.SOURCES`
    #: ("option", "html-meta", "header", "url" (a date in the address), "jsonl", "dateline",
    #: "folio", "wire-dateline", "file-meta" (inferred: only the file's metadata gave it), …).
    published_source: str | None = None
    #: bibliography and footnote lines, kept apart from the narrative.
    references: list[str] = field(default_factory=list)
    encoding: str | None = None
    #: what cleaning removed, as (kind, text) pairs, for the user to audit.
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: a record of an export (JSON Lines): the name the export gives the collection its records
    #: belong to (its header's, or a field every record repeats) - the file's own title, where
    #: ``title`` is the record's; None for a file that is one article.
    collection: str | None = None

    @property
    def content_hash(self) -> str:
        """Hash of the title and the cleaned text (Unicode NFC, line ends unified, outer white
        space trimmed): two copies of one article collide. Any other difference — another
        headline, a changed word, a paragraph split elsewhere, a letter's case — makes a
        different document, which the near-duplicate check then flags."""
        return content_hash(self.text, self.title)

    @property
    def n_words(self) -> int:
        return count_words(self.text)

    def raw_offset(self, clean_offset: int) -> int | None:
        """The offset in ``raw`` of the character at ``clean_offset`` in ``text``, or None."""
        starts = [s[0] for s in self.spans]
        i = bisect.bisect_right(starts, clean_offset) - 1
        if i < 0:
            return None
        c, r, n = self.spans[i]
        if clean_offset < c + n:
            return r + (clean_offset - c)
        return None


_WS = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
#: characters split into words at a time by :func:`count_words`
WORD_COUNT_CHUNK = 1_000_000


def count_words(text: str) -> int:
    """``len(text.split())`` a chunk at a time (cut at white space, so no word is cut): the list
    of every word of a 50 MB book would take ~500 MB for a moment."""
    n, start, size = 0, 0, len(text)
    while start < size:
        end = start + WORD_COUNT_CHUNK
        if end < size:
            space = _SPACE.search(text, end)
            end = space.start() if space else size
        n += len(text[start:end].split())
        start = end
    return n


def fold_text(text: str) -> str:
    """Unicode NFKC, lower case, white space folded: the form two copies of one text share."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def content_hash(text: str, title: str | None = None) -> str:
    exact = "\n".join(_exact(part) for part in (title or "", text))
    return hashlib.sha256(exact.encode("utf-8")).hexdigest()


def _exact(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()
