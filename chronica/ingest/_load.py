"""Reading one file into documents, per format: plain text and markdown (own cleaning rules), HTML
(trafilatura), PDF (pypdf text layer), JSON Lines (one document per line). Owns the whole-file
checks (size before reading, empty, binary, encoding) and the choice of each metadata value.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
import json
import re
from pathlib import Path
from collections.abc import Iterable
from typing import Any

from chronica.errors import IngestError
from chronica.ingest._clean import CleanResult, _article_resumes_after, _manuscript_history, assemble, clean_units, looks_like_name
from chronica.ingest._credits import (WRITING_CREDIT_REACH, credited_writer, head_writer, host_name, name_under_title, names_a_body, names_a_desk,
                                      names_in)
from chronica.ingest._decode import decode
from chronica.ingest._furniture import line_key
from chronica.ingest._discover import is_supported
from chronica.ingest._lexicon import NAMED_DATE_LABEL, PUBLICATION_LABEL, REVISION_NOTE, UPDATED_LABEL
from chronica.ingest._metadata import (
    MASTHEAD_REACH,
    TextMeta,
    _meta_line,
    address_line,
    byline,
    date_line,
    in_date_series,
    folio_date,
    dateline,
    is_division_number,
    labelled_date,
    match_date,
    normalise_date,
    labelled_title,
    parse_header,
    sender_name,
    subject_title,
    take_top_metadata,
    updated_note_date,
    url_date,
    weekday_date,
)
from chronica.ingest._units import Unit, fold, segment
from chronica.ingest._pdf_layout import read_layout
from chronica.ingest._published import choose, is_inferred, wire_dateline
from chronica.ingest._subtitles import read_subtitles
from chronica.ingest._title import page_title
from chronica.ingest._title_block import bare_author, title_block, without_honorific
from chronica.ingest.document import Document

DEFAULT_MAX_BYTES = 20_000_000


def load(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[IngestError]]:
    """Read one file: its documents (one, or one per line for .jsonl) and per-record errors.

    Raises :class:`IngestError` when the whole file cannot be read ('too-large', 'empty', 'binary',
    'undecodable', 'unreadable', 'pdf-no-text', 'parse-error', 'unsupported')."""
    docs, errors = _load(Path(path), max_bytes)
    for doc in docs:  # whatever read the author, the field holds the names alone
        doc.author = bare_author(doc.author)
    return docs, errors


def _load(path: Path, max_bytes: int) -> tuple[list[Document], list[IngestError]]:
    name = str(path)
    if not is_supported(path):
        raise IngestError(name, "unsupported", f"extension {path.suffix or '(none)'!r}")
    fmt = _format(path)
    data = _read(path, max_bytes)
    if fmt == "pdf":
        return [_load_pdf(name, data)], []
    text, encoding = decode(data, name)
    if not text.strip():
        raise IngestError(name, "empty", "white space only")
    if fmt == "jsonl":
        return _load_jsonl(name, text, encoding)
    if fmt == "html":
        return [_document_from_html(name, text, encoding)], []
    if fmt in ("srt", "vtt", "txt") and (transcript := read_subtitles(text)) is not None:
        return [_document_from_subtitles(name, fmt, transcript, encoding)], []
    return [document_from_text(name, fmt, text, encoding=encoding)], []


def _document_from_subtitles(path: str, fmt: str, transcript, encoding: str | None) -> Document:  # noqa: ANN001
    """A subtitle file's transcript cleaned as plain text (its text, like a PDF's, is what the
    reader rendered: cue numbers and timings are not in it); its title card is the title."""
    # a NOTE's labelled date line ("First broadcast: 9 February 2020"), read like a transcript's
    # "Broadcast: …" header line
    published = next((iso for line in transcript.notes if (iso := date_line(line))), None)
    doc = document_from_text(path, fmt, transcript.text, encoding=encoding,
                             given={"title": transcript.title, "published": published}, given_source="subtitles")
    doc.removed[:0] = transcript.removed
    return doc


def _format(path: Path) -> str:
    ext = path.suffix.lower().lstrip(".")
    return "html" if ext == "htm" else ext


def _read(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(name, "unreadable", exc.strerror or str(exc)) from None
    if size > max_bytes:
        raise IngestError(name, "too-large", f"{size} bytes > {max_bytes}")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(name, "unreadable", exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise IngestError(name, "too-large", f"more than {max_bytes} bytes")
    if not data:
        raise IngestError(name, "empty", "0 bytes")
    return data


# --- plain text and markdown ------------------------------------------------------------------


def document_from_text(
    path: str,
    fmt: str,
    raw: str,
    *,
    encoding: str | None = None,
    given: dict[str, Any] | None = None,
    given_source: str = "jsonl",
) -> Document:
    """Clean a plain text (or markdown, or PDF text) and gather its metadata. ``given`` holds
    values already known (jsonl fields, PDF info); they win over what the text says."""
    given = {k: v for k, v in (given or {}).items() if v and not (k == "title" and is_division_number(v))}
    header, body_start = parse_header(raw)
    if is_division_number(header.get("title")):
        del header["title"]  # "title: Chapter 11": the chapter's named title is in the text
    units = segment(raw, body_start, markdown=(fmt == "md"), pdf=(fmt == "pdf"))
    title_known = given.get("title") or header.get("title")
    _mark_site_name(units, given.get("outlet") or header.get("outlet"))
    block_author, block_published, credit_lines = title_block(raw, units) if fmt == "md" else (None, None, [])
    top, result = _clean_segments(path, raw, units, title_known, credit_lines)
    doc = Document(path=path, format=fmt, raw=raw, text=result.text, spans=result.spans,
                   references=result.references, removed=result.removed, encoding=encoding)
    if body_start:
        doc.removed.insert(0, ("header", raw[:body_start].strip()))
    # a labelled subject (an e-mail's header, a cable's or a caption transcript's particulars) names
    # the piece itself: it wins over the headline read from the shape of the top lines
    doc.title = _first(given.get("title"), header.get("title"), subject_title(header.get("subject")),
                       labelled_title(units), top.title)
    signed = _signed_heading(units, doc.title) if fmt == "md" and not (given.get("title") or header.get("title")) else None
    if signed is not None:  # the headline its writer signs under: the piece's, not a section's label over it
        doc.title, block_author = signed[0].text, block_author or signed[1]
    head = _head_lines(raw[body_start:])
    credited = head_writer(head)
    if (given_source == "pdf-meta" and given.get("author")
            and (credited or (names_a_body(given["author"]) and (name_under_title(head, doc.title) or result.author)))):
        # a PDF's /Author names whoever made the file; the page prints its writer (under the title,
        # in a byline, a signature)
        given["author"] = None
    # the writer the text credits ("Compiled by: …") before the mailbox that sent it: a
    # newsletter's or a desk's "From:" name is the list's
    doc.author = _first(given.get("author"), header.get("author"), top.author, block_author, result.author,
                        top.host, host_name([u.text for u in units if u.kind is None and u.is_prose]), credited,
                        sender_name(header.get("sender")), name_under_title(head, doc.title))
    doc.author = without_honorific(doc.author) if doc.author else None
    doc.outlet = _first(given.get("outlet"), header.get("outlet"), result.outlet)
    doc.url = _first(given.get("url"), header.get("url"))
    page_url = None if doc.url else _address_over_text(units)
    _set_published(doc, [(given.get("published"), given_source), (header.get("published"), "header"),
                         (url_date(doc.url), "url"), (top.published, top.published_source),
                         (block_published, "title-block"), (url_date(page_url), "address-line"),
                         (given.get("created"), "file-meta"), (given.get("exported"), "export-date")], units)
    doc.url = doc.url or page_url
    return doc


#: how many headings of a Markdown text are searched for the one its writer signs under
SIGNED_HEADING_REACH = 6
#: a unit this long between the title heading and a signed heading is text of another item
SIGNED_TEXT_WORDS = 15


def _signed_heading(units: list[Unit], title: str | None) -> tuple[Unit, str] | None:
    """The first of a Markdown text's first headings (:data:`SIGNED_HEADING_REACH`) whose next line
    is a byline ("### "Excuses" at last … / *by Jane Doe, volunteer historian*"), with the name,
    when a paragraph of text stands between it and the heading read as the title: then that title
    heads another item of the page (a newsletter's "## Circle notices" and its notices) and the
    signed heading is the piece's headline. A signed heading right under the title, with no text
    between, is the title's standfirst ("# The Longest Door / ## Sixty years after … / By …"). The
    structure, not a word, tells them apart."""
    at = next((i for i, u in enumerate(units) if u.heading and title and u.text == title), None)
    if at is None:
        return None
    headings = 0
    for i in range(at + 1, len(units) - 1):
        u = units[i]
        if not u.heading or u.kind not in (None, "title"):
            continue
        headings += 1
        if headings > SIGNED_HEADING_REACH:
            return None
        nxt = units[i + 1]
        if not nxt.heading and nxt.n_words <= 20 and (name := byline(nxt.text)):
            between = units[at + 1 : i]
            return (u, name) if any(not v.heading and v.kind is None and v.n_words >= SIGNED_TEXT_WORDS
                                    for v in between) else None
    return None


def _address_over_text(units: list[Unit]) -> str | None:
    """The page's address on a labelled line above the article's first paragraph ("Source:
    https://…/2025/04/18/…", as a reader copying a page keeps it); None when there are two."""
    found: set[str] = set()
    for u in units:
        if u.is_prose and u.kind is None:
            break  # the article has begun: a "Source:" further down cites a figure or a quote
        if (url := address_line(u.text)) is not None:
            found.add(url)
    return found.pop() if len(found) == 1 else None


def _first(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, str) and v.strip():
            return " ".join(v.split())
    return None


def _set_published(doc: Document, candidates: list[tuple[Any, str]], units: list[Unit]) -> None:
    """The publication date: the best of the reader's ``candidates`` and of what the text itself
    prints further off (a dateline opening the first kept paragraph, a yearless wire dateline
    with the copyright year, an "updated" note in the furniture), ranked by
    :data:`~chronica.ingest._published.SOURCES`."""
    found = choose(candidates)
    if found is None or is_inferred(found[1]):
        # what the text prints further off ranks under every reader's candidate but the file's metadata
        found = choose([*candidates, *_text_candidates(doc, units)])
    if found:
        doc.published, doc.published_source = found


#: the kinds :func:`_text_candidates` gives; only the file's metadata ranks under them
TEXT_KINDS = ("lead-dateline", "top-date-line", "weekday-date-line", "labelled-date", "wire-dateline", "updated-note")
#: the most words of a line read for a publication label or a weekday's date (a note, not a paragraph)
NOTE_MAX_WORDS = 40
#: the most words of a line naming the document and its date (:data:`~chronica.ingest._lexicon.NAMED_DATE_LABEL`)
NAMED_DATE_MAX_WORDS = 8
#: what sets a line's notes apart: "Video recorded 9 November 2020 · Transcript edited for reading"
_NOTE_PARTS = re.compile(r"\s+[·|•]\s+|\s+[—–]\s+")
WEEKDAY_LINE_MAX_WORDS = 16

#: how many kept lines from the top the first paragraph of a wire story may stand (under slugs,
#: a headline and rules)
WIRE_LEAD_REACH = 8


def named_date(text: str) -> str | None:
    """The date of a line's note that names the document and when it was issued, with nothing
    after the date: "Report date: 22 May 2023", "Catalogue issued 3 October 2022 · Prices …". The
    note may stand after the issuer's name in a running head ("Harbour Trust UAB · Prospectus
    dated 4 May 2021 · Risk Factors"): each of the line's notes is read, the first that names a
    date wins."""
    for part in _NOTE_PARTS.split(text.strip("*_ ")):
        part = part.strip("*_ ")
        if len(part.split()) <= NAMED_DATE_MAX_WORDS and (m := NAMED_DATE_LABEL.match(part)):
            iso, at = match_date(part[m.end():])
            if iso and at is not None and not part[m.end() + at.end():].strip(" .;,)*_"):
                return iso
    return None


#: a note that ends as a sentence does ("The board met today."), not as a label or a name
_SENTENCE_END = re.compile(r"[a-z]{2,}[.!?]$")


def note_date(text: str) -> str | None:
    """The date one of a line's notes gives when the note is only a date, or a place and a date
    (:func:`~chronica.ingest._metadata.date_line`), the line holding other notes beside it:
    "Script v2, final for recording — 3 May 2021", "Notes by Jane Doe · Lyon, 5 June 2012"; None
    when the line is one note (a date line alone is read as such), when a note reads as a sentence,
    when no note but a revision's is a date, or when two notes give two dates."""
    parts = [p.strip("*_ ") for p in _NOTE_PARTS.split(text.strip("*_ "))]
    if len(parts) < 2 or any(_SENTENCE_END.search(p) for p in parts):
        return None  # a note that reads as a sentence: a line of the text, not the particulars
    # an "Updated …" or "Revised …" note dates a revision: the updated-note candidate reads it, ranked lower
    dates = {iso for part in parts if not UPDATED_LABEL.match(part) and (iso := date_line(part))}
    return dates.pop() if len(dates) == 1 else None  # two dates: which one is the piece's is not said


def _text_candidates(doc: Document, units: list[Unit]) -> list[tuple[Any, str]]:
    """The date candidates the text prints away from its top lines (each ranks under every
    reader's candidate except the file's metadata: see :data:`TEXT_KINDS`)."""
    out: list[tuple[Any, str]] = []
    kept = [u for u in units if u.kind is None][:2]
    # the first kept paragraph, or the one under a standfirst ("Oldest lighthouse to open" / "HALIFAX, April 8, 2025 -- …")
    for u in kept[:1] if kept and kept[0].is_prose else kept:
        if in_date_series(units, units.index(u)):
            break  # "6 Dec 1921" / "6 Dec 1922" / ...: a chronology's column, no dateline
        if iso := dateline(u.text):
            out.append((iso, "lead-dateline"))
            break
    # the story's first paragraph, under the wire's slugs and headline: "NEW DELHI, Aug 28 (ANS) - …" / "© 2017 ANS"
    lead = next((u for u in [u for u in units if u.kind is None][:WIRE_LEAD_REACH] if u.is_prose), None)
    if lead is not None and (iso := wire_dateline(lead.text, doc.raw)):
        out.append((iso, "wire-dateline"))
    # a date line standing alone above the first paragraph, where no headline was found to read it
    # under ("Rabat, 2 February 2023" / "PRESS COMMUNIQUÉ" / "Twelfth … Meeting: Joint Declaration")
    for j, u in enumerate(units[:MASTHEAD_REACH]):
        if u.is_prose and u.kind is None and not u.heading:
            break
        if u.kind in (None, "dateline", "masthead", "scored") and (iso := date_line(u.text.strip())) \
                and not in_date_series(units, j):  # a column of dates is a chronology, not the masthead's
            out.append((iso, "top-date-line"))
            break
    # a line over the first paragraph whose notes include a date, or a place and a date: the piece's
    # particulars with when (or where and when) it was issued ("Script v2, final — 3 May 2021",
    # "Notes by Jane Doe · Lyon, 5 June 2012"); not a table's row (its cells date what it is about)
    for j, u in enumerate(units[:MASTHEAD_REACH]):
        if u.is_prose and u.kind is None and not u.heading:
            break
        if u.n_words <= NOTE_MAX_WORDS and not u.text.lstrip().startswith("|") \
                and (iso := note_date(u.text)) and not in_date_series(units, j):
            out.append((iso, "top-date-line"))
            break
    # a line over the first paragraph that dates a day with its weekday ("SUNDAY 21 JUNE 2020 — 1300 GMT")
    for j, u in enumerate(units[:MASTHEAD_REACH]):
        if u.is_prose and u.kind is None and not u.heading:
            break
        if u.n_words <= WEEKDAY_LINE_MAX_WORDS and (iso := weekday_date(u.text)) and not in_date_series(units, j):
            out.append((iso, "weekday-date-line"))
            break
    # a date after a publication label, in the furniture or opening a short note ("This edition: September 2005")
    for u in units:
        if u.n_words <= NOTE_MAX_WORDS and (u.kind is not None or PUBLICATION_LABEL.match(u.text)) \
                and (iso := labelled_date(u.text)):
            out.append((iso, "labelled-date"))
            break
    else:
        # a line above the body naming the document and when it was issued ("Report date: 22 May 2023")
        for u in units[:MASTHEAD_REACH]:
            if u.is_prose and u.kind is None and not u.heading:
                break
            if iso := named_date(u.text):
                out.append((iso, "labelled-date"))
                break
    # last: when the page says it was updated, in its furniture ("How to cite … updated 19-Sep-2023")
    for u in units:
        # not a manuscript's history: its "revised 19 July 2023" is the referees' round, not the page's
        if u.kind is not None and u.n_words <= 60 and not REVISION_NOTE.search(u.text) \
                and not _manuscript_history(u.text) and (iso := updated_note_date(u.text)):
            out.append((iso, "updated-note"))
            break
    return out


def _clean_segments(path: str, text: str, units: list[Unit], title: str | None,
                    credit_lines: list[Unit] | None = None) -> tuple[TextMeta, CleanResult]:
    """The metadata at the top of the segmented ``text`` and its cleaned article (a repeat of a
    known ``title`` is no part of it, nor are the ``credit_lines`` a Markdown title block's author
    and date were read from); an error when no article text is left."""
    if title:
        _mark_title_repeat(units, title)
    top = take_top_metadata(units, title_known=bool(title))
    for u in credit_lines or []:
        u.kind = u.kind or "byline"
    result = clean_units(text, units)
    if not result.text.strip():
        result = _restore_brief(text, units, top, result)
    if not result.text.strip():
        raise IngestError(path, "empty", "no article text after cleaning")
    return top, result


#: what cleaning decides from a unit's place and shape alone, with no boilerplate phrase seen
_SHAPE_KINDS = frozenset({"title", "trailing", "masthead", "teaser", "tail", "repeat", "pull-quote", "scored"})


def _restore_brief(text: str, units: list[Unit], top: TextMeta, result: CleanResult) -> CleanResult:
    """Cleaning never empties a text for its shape alone: a one-line brief ("Markets fell
    sharply") is an article, not a title over nothing. Units dropped only for their shape come
    back, and a title read from the text is then no title."""
    back = [u for u in units if u.kind in _SHAPE_KINDS]
    if not back:
        return result
    for u in back:
        if u.kind == "title":
            top.title = None
        u.kind = None
    return assemble(text, units, result.outlet)


#: how far down the top of a page the site's name may be printed again
SITE_NAME_REACH = 6


def _mark_site_name(units: list[Unit], outlet: str | None) -> None:
    """A line near the top that only repeats the outlet's name ("Example Herald", or the
    "source: Example Herald (example.com, blog)" of a header without its parenthesis) is the
    site's masthead, not the title and not the article."""
    if not outlet:
        return
    names = {fold(outlet), fold(re.sub(r"\s*\([^)]*\)\s*$", "", outlet))} - {""}
    for u in units[:SITE_NAME_REACH]:
        if u.kind is None and u.fold() in names:
            u.kind = "site-name"


def _mark_title_repeat(units: list[Unit], title: str) -> None:
    """The title printed again as the first line of the text is not body text."""
    for u in units[:3]:
        if fold(u.text) == fold(title):
            u.kind = "title"
            return


# --- HTML -------------------------------------------------------------------------------------

def _joined_authors(authors: str | None) -> str | None:
    """trafilatura lists several authors as "Jane Doe; John Roe": written as a byline prints
    them, "Jane Doe and John Roe", like the authors read from plain text."""
    if not authors:
        return None
    names = [a.strip() for a in authors.split(";") if a.strip()]
    names = [n for n in names if not _ROLE.search(n)] or names  # "Jane Doe, Africa correspondent": her role
    if not all(_name_shaped(n, alone=len(names) == 1) for n in names):
        return None  # an author box's heading ("About Jane Doe; Mother; …"), a wiki's "From X, the free …"
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else (names[0] if names else None)


#: the first word of a line about an author or a source that is no name ("About Jane Doe", "From
#: the Free Encyclopedia", "More from Jane Doe", "Posts by …")
_NOT_A_NAME_START = re.compile(r"^(?:about|from|the|more|follow|posts?|articles?|stories|contact|meet|read|view|see|all)\b", re.I)


def _name_shaped(name: str, *, alone: bool) -> bool:
    """A name as trafilatura lists it: every word capitalised (particles such as "von", "de", "al-"
    aside), not opened by a label word; a single word ("Reuters") only when it is the only author."""
    words = name.split()
    if not words or _NOT_A_NAME_START.match(name) or len(words) > 5 or (len(words) == 1 and not alone):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or w[:3].lower() in ("al-", "el-") for w in words)


#: a byline's role after the name, which trafilatura lists as a second author ("Harbour Correspondent")
_ROLE = re.compile(r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|analyst|producer"
                   r"|staff|bureau|desk|chief|team)s?$", re.I)
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn", "dos", "das", "y"})


#: how many headings of a page are looked at for a chapter's named title
NAMED_HEADING_REACH = 3


def _named_heading(html: str) -> str | None:
    """The first of the page's first headings (h1-h3) that names something, not only a chapter
    number ("Chapter 11" / "The Partition"), or None."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for h in tree.xpath("//h1|//h2|//h3")[:NAMED_HEADING_REACH]:
        text = " ".join(h.text_content().split())
        if text and not is_division_number(text):
            return text
    return None



def _head_lines(text: str) -> list[str]:
    """The non-blank lines at the top of a text, where a page credits its writer ("Compiled by …")."""
    return [line for line in text.splitlines() if line.strip()]


#: the elements a page sets its lines in: a line is one of them with none of them inside it
_BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "header", "address", "figcaption",
                         "td", "th", "dd", "dt", "section", "article", "aside", "blockquote", "pre", "footer", "nav"})


#: the fewest words of the line taken as the first paragraph of a page's text
PARAGRAPH_WORDS = 12
#: how many of a page's lines under its first paragraph may credit its writer (a question's "asked by")
LINES_UNDER_FIRST_PARAGRAPH = 3


def _page_head_lines(html: str, text: str) -> list[str]:
    """The page's lines above the first paragraph of its cleaned ``text`` (where a page prints
    "A reading guide by Jane Doe" under its headline), or, when that paragraph cannot be found
    among them, the extracted text's own top lines."""
    import lxml.html

    first = next((line.strip() for line in text.splitlines() if len(line.split()) >= PARAGRAPH_WORDS), "")[:60]
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises many kinds on broken markup
        return _head_lines(text)
    try:
        for bad in root.iter("script", "style", "noscript", "template"):
            bad.drop_tree() if bad.getparent() is not None else None
    except ValueError:  # a control character in the text a dropped element leaves behind (lxml refuses it)
        return _head_lines(text)
    lines: list[str] = []
    at: int | None = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants()):
            continue
        line = " ".join(el.text_content().split())
        if at is None and first and first in line:
            at = len(lines)  # the first paragraph: a question's "asked by" line follows it
        elif at is not None and len(line.split()) >= PARAGRAPH_WORDS:
            break  # the second paragraph: what follows is the body or its comments
        elif line:
            lines.append(line)
        if at is not None and len(lines) >= at + LINES_UNDER_FIRST_PARAGRAPH:
            break
    if at is None:
        return _head_lines(text)
    return lines[-WRITING_CREDIT_REACH:]  # the lines nearest the first paragraph, above it and just under it


def _document_from_html(path: str, html: str, encoding: str | None, given: dict[str, Any] | None = None) -> Document:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            _without_page_notes(html),
            with_metadata=True,
            include_comments=False,
            favor_precision=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise IngestError(path, "parse-error", f"{type(exc).__name__}: {exc}") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise IngestError(path, "empty", "no article text found in the HTML")
    given = {k: v for k, v in (given or {}).items() if v}
    title = _first(given.get("title"), page_title(html, extracted.title, extracted.sitename))
    if is_division_number(title):
        title = _named_heading(html)  # "Chapter 11": the chapter's named title is a heading under it
    units = segment(text)
    _mark_site_name(units, given.get("outlet") or extracted.sitename)
    _mark_widgets(units, _widget_lines(html))
    _mark_link_bars(units, html)
    top, result = _clean_segments(path, text, units, title)
    doc = Document(path=path, format="html", raw=html, text=result.text,
                   spans=_map_spans(result, text, html), references=result.references,
                   removed=result.removed, encoding=encoding)
    doc.title = title or top.title
    doc.author = _first(given.get("author"), _joined_authors(extracted.author), top.author, result.author)
    doc.outlet = _first(given.get("outlet"), extracted.sitename, result.outlet)
    doc.url = _first(given.get("url"), extracted.url)
    who, when = (None, None) if doc.author and extracted.date else _meta_block(html, extracted.date)
    doc.author = doc.author or who or head_writer(_page_head_lines(html, doc.text)) or head_writer(_head_lines(text))
    furniture = _furniture_date_only(html, extracted.date)
    meta_date = None if furniture else extracted.date
    # a revision note ("This page was last edited on …") dates the version read: the page's date
    # only when nothing else dates it, and then as inferred
    revised = extracted.date if furniture == "revision" else None
    candidates = [(given.get("published"), "jsonl"), (meta_date, "html-meta"), (url_date(doc.url), "url"),
                  (top.published, top.published_source), (when, "html-byline"), (revised, "revision-note"),
                  (given.get("exported"), "export-date")]
    if (found := choose(candidates)) is None or is_inferred(found[1]):
        candidates += _page_note_dates(html)  # the page read again only when nothing printed dates it
    _set_published(doc, candidates, units)
    return doc


def _without_page_notes(html: str) -> Any:
    """The page as a tree without the elements its class or id marks as notes about the page
    (:data:`~chronica.ingest._lexicon.PAGE_NOTE_CLASSES`: a wiki's hatnote over the lead), as the
    label over the headline (:data:`~chronica.ingest._lexicon.KICKER_CLASSES`, when short) or as
    readers' comments (:data:`~chronica.ingest._lexicon.COMMENT_SECTION_CLASSES`, so that no
    commenter signs or dates the page); the page itself when it cannot be parsed as a whole
    document or has no such element."""
    from trafilatura.utils import load_html

    from chronica.ingest._lexicon import COMMENT_SECTION_CLASSES, KICKER_CLASSES, KICKER_MAX_WORDS, PAGE_NOTE_CLASSES

    try:
        tree = load_html(html)
    except (TypeError, ValueError):
        return html
    if tree is None:
        return html
    body = tree.find("body")
    total = len(body.text_content()) if body is not None else 0
    dropped = False
    for el in tree.xpath("//body//*[@class or @id]"):
        words = set(re.split(r"[\s_-]+", f"{el.get('class', '')} {el.get('id', '')}".lower()))
        if el.getparent() is not None and words & KICKER_CLASSES and len(el.text_content().split()) <= KICKER_MAX_WORDS:
            el.drop_tree()  # the label over the headline: "EXPLAINER"
            dropped = True
            continue
        if not words & (PAGE_NOTE_CLASSES | COMMENT_SECTION_CLASSES) or el.getparent() is None:
            continue
        if words & COMMENT_SECTION_CLASSES and (el.xpath(".//h1 | .//article") or len(el.text_content()) > total / 2):
            continue  # a wrapper classed "has-comments" around the article itself
        el.drop_tree()
        dropped = True
    return tree if dropped else html


#: the most words of the block around a form control that make it a widget of the page (a cookie
#: banner with its "Accept all", a newsletter box with its "Sign up", a paywall with its "Start
#: trial", a comment form) rather than the article or a section of it
WIDGET_MAX_WORDS = 60
#: the most words of a line read as a widget's
WIDGET_UNIT_WORDS = 30
#: the elements that never are a widget's block: the page and the article themselves
_NOT_WIDGET = frozenset({"html", "body", "main", "article"})


def _widget_lines(html: str) -> set[str]:
    """The folded texts of the blocks :func:`_widgets` finds and of each element in them: the
    lines of the page that belong to a box the reader clicks."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return set()
    lines: set[str] = set()
    for block in _widgets(tree):
        for el in block.iter():
            if isinstance(el.tag, str) and (text := fold(" ".join(el.text_content().split()))):
                lines.add(text)
    return lines


#: what separates the items of a bar of links ("Starting bid: £18,000 · Add to watchlist · Place a bid",
#: "Share | Print | Cite"): a middle dot, a bar or a bullet
_BAR_SEPARATOR = re.compile(r"\s*[·|•]\s*")


def _link_bar_lines(tree: Any) -> set[str]:
    """The folded texts of the page's short blocks (at most :data:`WIDGET_UNIT_WORDS` words) that are
    bars of links: cut at their separators (:data:`_BAR_SEPARATOR`), two or more of the items, and
    at least half of them, are each a whole link's text. An action bar ("Add to watchlist · Place a
    bid"), a menu, a row of share links: what the reader clicks, not what the writer wrote. A
    sentence that links its names ("<a>Hatta</a> met <a>Roem</a>") has no separated link items.
    Link density by DOM, not words."""
    lines: set[str] = set()
    for block in tree.xpath("//body//p | //body//li | //body//div[not(.//p or .//div or .//li)]"):
        text = " ".join(block.text_content().split())
        if not text or len(text.split()) > WIDGET_UNIT_WORDS:
            continue
        links = {fold(" ".join(a.text_content().split())) for a in block.iter("a")} - {""}
        if len(links) < 2:
            continue
        items = [fold(i) for i in _BAR_SEPARATOR.split(text) if i.strip()]
        linked = sum(i in links for i in items)
        if linked >= 2 and 2 * linked >= len(items):
            lines.add(fold(text))
    return lines


def _mark_link_bars(units: list[Unit], html: str) -> None:
    """A unit whose whole text is a bar of links (:func:`_link_bar_lines`) is the page's, wherever it
    stands: over the article (an item's action bar), in it (a row of share links) or under it."""
    import lxml.html

    try:
        lines = _link_bar_lines(lxml.html.fromstring(html))
    except (ValueError, lxml.etree.ParserError):
        return
    for u in units:
        if u.kind is None and u.fold() in lines:
            u.kind = "link-bar"


def _mark_widgets(units: list[Unit], lines: set[str]) -> None:
    """A unit whose whole text is the text of a widget's element (:func:`_widget_lines`) is the
    widget's ("Keep reading with a 7-day free trial", "Post Your Answer", "Accept all") when the
    article does not go on after it and it is short (:data:`WIDGET_UNIT_WORDS`): a post between
    its share buttons, a live blog's entry with its "Share", stays text."""
    resumes = _article_resumes_after(units)
    for i, u in enumerate(units):
        if u.kind is None and not resumes[i] and u.n_words <= WIDGET_UNIT_WORDS and u.fold() in lines:
            u.kind = "widget"


def _widgets(tree: Any) -> list[Any]:
    """The blocks of a parsed page that hold a form control (a <button>, a visible <input>, a <select> or <textarea>):
    for each, its smallest enclosing block (not an inline element) when it holds at most
    :data:`WIDGET_MAX_WORDS` words — an interactive box the reader clicks, whose lines (the
    invitation, the offer, the "Already a subscriber? Sign in") are no part of the writing.
    A control whose label recurs in several blocks (each live-blog entry's "Share", each post's
    vote arrows) acts on an item of the page: its blocks are the items, no widget.
    DOM position, not words: the box is found by what it holds, not by what it says."""
    pairs: list[tuple[str, Any]] = []
    for control in tree.xpath("//body//button | //body//input[not(@type='hidden')] | //body//select | //body//textarea"):
        block = control.getparent()
        while block is not None and (block.tag in _INLINE_TAGS or block.tag in ("label", "a")):
            block = block.getparent()
        if block is None or block.tag in _NOT_WIDGET or block.getparent() is None:
            continue
        label = fold(" ".join(control.text_content().split()) or control.get("value") or control.get("type") or control.tag)
        pairs.append((label, block))
    blocks_of: dict[str, set[int]] = {}
    for label, block in pairs:
        blocks_of.setdefault(label, set()).add(id(block))
    found: list[Any] = []
    for label, block in pairs:
        if len(blocks_of[label]) > 1 or any(block is f for f in found):
            continue
        if len(block.text_content().split()) <= WIDGET_MAX_WORDS:
            found.append(block)
    return [b for b in found if not any(a in found for a in b.iterancestors())]


def _furniture_date_only(html: str, found: str | None) -> str | None:
    """Whether the date the extractor found is only a date of the page's furniture: no <meta> or
    <time> outside a comment thread carries it, and a revision note gives it ("This page was last
    edited on 11 February 2024": the last edit of a page is not its publication) — "revision" —,
    or only readers' comments and the page's footer print it — "furniture"; None when the date is
    the page's own."""
    if not found:
        return None
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    inside = f"ancestor-or-self::*[{_COMMENT_COND}]"
    stamps = tree.xpath(f"//meta/@content | //time[not({inside})]/@datetime | //*[@itemprop][not({inside})]/@content")
    if any(normalise_date(v) == found for v in stamps if re.match(r"\s*\d{4}-\d{2}-\d{2}", v)):
        return None
    for el in tree.xpath("//body//*[not(*)] | //body//p"):
        text = " ".join(el.text_content().split())
        if len(text) <= 300 and REVISION_NOTE.search(text) and updated_note_date(text) == found:
            return "revision"
    # a reader's comment (its <time> or its stamp, "Jane Doe - 4 May 2019, 18:05") or the page's
    # footer ("Page generated 5 March 2024") gave the date, and nothing outside them prints it
    furniture = f"ancestor-or-self::*[{_COMMENT_COND} or {_FOOTER_COND}]"
    dated_in = {bool(el.xpath(furniture)) for el in tree.xpath("//body//*")
                if _prints_date(el, found)}
    return "furniture" if dated_in == {True} else None


def _page_note_dates(html: str) -> list[tuple[str, str]]:
    """The dates the page prints in a short note of its own, wherever the extractor left it (a guide's
    footer "Last Updated: Mar 14, 2006 10:42 AM · URL: …", an advice page's "Latest update: 12 February
    2024. …", a shop's details row "Publication date | 4 May 2023"): the first note that opens with a
    publication label (``labelled-date``) and the first that opens with an update label and is no
    revision note (``updated-note``). Readers' comments and blocks about other pages are not read."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    away = f"ancestor-or-self::*[{_COMMENT_COND} or {_ELSEWHERE_COND}]"
    out: dict[str, str] = {}
    for el in tree.xpath(f"//body//p[not({away})] | //body//li[not({away})] | //body//tr[not({away})] "
                         f"| //body//dd[not({away})] | //body//div[not(p | div | li | table)][not({away})]"):
        if el.tag == "tr":
            text = " | ".join(" ".join(cell.text_content().split()) for cell in el)
        else:
            text = " ".join(el.text_content().split())
        if not text or len(text.split()) > NOTE_MAX_WORDS:
            continue
        if "labelled-date" not in out and PUBLICATION_LABEL.match(text) and (iso := labelled_date(text)):
            out["labelled-date"] = iso
        if "updated-note" not in out and UPDATED_LABEL.match(text) and not REVISION_NOTE.search(text) \
                and (iso := updated_note_date(text)):
            out["updated-note"] = iso
    return [(iso, kind) for kind, iso in out.items()]


def _prints_date(el: Any, found: str) -> bool:
    """Whether the element itself (its own text or its <time> value) prints the date ``found``."""
    own = " ".join(" ".join(t for t in [el.text or ""] + [c.tail or "" for c in el] if t).split())
    values = [el.get("datetime") or "", own]
    return any(v and len(v) <= 200 and normalise_date(v) == found for v in values)


def _class_contains(names: Iterable[str]) -> str:
    """An XPath condition: the element's class or id holds one of ``names`` (any case)."""
    return " or ".join(f"contains(translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                       f"'abcdefghijklmnopqrstuvwxyz'), '{name}')" for name in names)


#: the class or id a page gives the block with its byline and dates ("article-meta", "byline",
#: "post-meta", "entry-meta", "dateline", "author-info")
_META_BLOCK = ("byline", "article-meta", "post-meta", "entry-meta", "story-meta", "dateline", "author-info",
               "article-info", "meta-info", "posted-on", "published")
META_BLOCK_LINE_CHARS = 200
#: the class or id of a readers' comment thread and its parts ("comments", "comment-meta",
#: "commentlist", "respond", "replies")
_COMMENT_CLASSES = ("comment", "respond", "replies", "discussion", "disqus")
#: the class or id of a page's footer (besides the <footer> element)
_FOOTER_COND = "self::footer or " + _class_contains(("footer", "colophon"))
_COMMENT_COND = _class_contains(_COMMENT_CLASSES)
#: the class or id of a page's blocks about other pages (related links, sidebars, teasers): their dates
#: are other pieces'
_ELSEWHERE_CLASSES = ("related", "sidebar", "teaser", "recommend", "promo", "widget", "more-from", "most-read")
_ELSEWHERE_COND = "self::aside or self::nav or " + _class_contains(_ELSEWHERE_CLASSES)
_INLINE_TAGS = frozenset("a abbr b bdi cite em i mark q s small span strong sub sup time u".split())


def _meta_block(html: str, dated: str | None = None) -> tuple[str | None, str | None]:
    """The author and date a page prints in its byline block (an element whose class or id says
    so, or a <time>), when the extractor left that block out: ("Marit Hoekstra", "2021-03-03")
    from "Written by: Marit Hoekstra, Professor of …" / "Last updated: 3 March 2021". When none
    names the author and the page is ``dated``, the one person's name linked beside the stamp of
    that date (:func:`_stamped_name`)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None, None
    cond = " or ".join(f"contains(concat(' ', @class, ' ', @id, ' '), '{c}')" for c in _META_BLOCK)
    lines: list[str] = []
    # never inside a comment thread: a reader's stamp dates the comment, not the page
    outside = f"not(ancestor-or-self::*[{_COMMENT_COND}])"
    for el in tree.xpath(f"//body//*[{cond}][{outside}] | //body//time[{outside}]"):
        # its lines: its block children ("<p>By …</p><p>Updated …</p>"); inline children (a
        # category link, a <span> around the name) are part of one line
        parts = [c for c in el if isinstance(c.tag, str) and c.tag.lower() not in _INLINE_TAGS] or [el]
        lines += [" ".join(p.text_content().split()) for p in parts]
    # the line a post's <time> stands in: "March 2, 2022 · Jane Doe · 4 comments"
    # (the first <time> only: later ones date readers' comments)
    beside_time = [" ".join(t.getparent().text_content().split()) for t in tree.xpath(f"//body//time[{outside}]")[:1]
                   if t.getparent() is not None]
    who = when = None
    for line in (x for x in lines if x and len(x) <= META_BLOCK_LINE_CHARS):
        found = _meta_line(line) or _labelled_byline(line)
        if found:
            who, when = who or found[0], when or found[1]
    for line in (x for x in beside_time if x and len(x) <= META_BLOCK_LINE_CHARS):
        found = _meta_line(line, bare_names=True)
        if found:
            who, when = who or found[0], when or found[1]
    if who is None and dated:
        who = _stamped_name(tree, dated, outside)
    return who, when


def _stamped_name(tree: Any, dated: str, outside: str) -> str | None:
    """The writer whose card carries the stamp that dates the page: the first element outside a
    comment thread whose machine-read stamp (a ``datetime`` or a ``title`` attribute, as a Q&A
    site's "answered <span title="2023-03-14 09:02:17Z">Mar 14, 2023</span> <a>Jane Doe</a>" or a
    forum's post header print it) falls on the page's date, and in its parent the one link whose
    text is shaped as a person's name and whose address is a person's page (:data:`_PROFILE_PATH`:
    not a section's, "in <a href="/world/middle-east">Middle East</a>"). DOM position: the name is
    found beside the date, not by a label; None when the card links no name or several."""
    day = dated[:10]
    stamps = tree.xpath(f"//body//*[@datetime or @title][{outside}]")
    stamp = next((el for el in stamps if normalise_date((el.get("datetime") or el.get("title") or "").strip()[:10]) == day
                  and re.match(r"\s*\d{4}-\d{2}-\d{2}", el.get("datetime") or el.get("title") or "")), None)
    if stamp is None or stamp.getparent() is None:
        return None
    names = {" ".join(a.text_content().split()) for a in stamp.getparent().xpath(".//a[@href]")
             if _PROFILE_PATH.search(a.get("href", ""))}
    names = [n for n in names if n and looks_like_name(n) and _name_shaped(n, alone=True)]
    return names[0] if len(names) == 1 else None


#: the path of a person's page on a site: a member's, a user's, an author's profile ("/users/7713",
#: "/members/22", "/author/jane-doe", "/profile/…"), not a section's or a tag's ("/world/middle-east")
_PROFILE_PATH = re.compile(r"(?:^|/)(?:users?|u|members?|profiles?|people|persons?|authors?|contributors?|experts?"
                           r"|writers?|staff|journalists?|columnists?|~[\w.-]+)(?:/|$|\?)", re.I)


def _labelled_byline(line: str) -> tuple[str | None, str | None] | None:
    """"Written by: Jane Doe, Professor of X" -> ("Jane Doe", None)."""
    m = re.match(r"^(?:written|posted|words)?\s*by\s*:\s*(?P<name>[^,|;•·]{3,60})", line, re.I)
    name = byline("By " + m["name"].strip()) if m else None
    return (name, None) if name else None


def _map_spans(result: CleanResult, extracted: str, html: str) -> list[tuple[int, int, int]]:
    """Carry spans over the extracted text into the HTML source, where the text stands verbatim
    (runs broken by tags or entities are found piecewise; what cannot be found stays unmapped)."""
    out: list[tuple[int, int, int]] = []
    cursor = 0
    for c, r, n in result.spans:
        cursor = _locate(extracted[r : r + n], c, html, cursor, out, depth=0)
    return out


def _locate(piece: str, clean_start: int, html: str, cursor: int, out: list[tuple[int, int, int]], depth: int) -> int:
    pos = html.find(piece, cursor)
    if pos >= 0:
        out.append((clean_start, pos, len(piece)))
        return pos + len(piece)
    if depth >= 6 or len(piece) < 24:
        return cursor
    mid = piece.find(" ", len(piece) // 2)
    if mid <= 0:
        return cursor
    cursor = _locate(piece[:mid], clean_start, html, cursor, out, depth + 1)
    return _locate(piece[mid:], clean_start + mid, html, cursor, out, depth + 1)


# --- PDF --------------------------------------------------------------------------------------

#: an information-dictionary title that is no title: a file's name ("report_v3.docx", "PMH_20160713_A1",
#: "Programme_A5_print_v2": one run of characters joined by underscores), the program's default
_JUNK_PDF_TITLE = re.compile(
    r"(?:\.(?:docx?|pdf|indd|tex|odt|rtf)$|^microsoft (?:word|powerpoint)|^untitled|^title$|^[^\s_]+(?:_[^\s_]*)+$)", re.I)


#: an information dictionary's author written short: an initial and the surname ("T Marlowe", "A.
#: Kerrigan-Holt"), or a login made of them ("tmarlowe")
_INITIAL_NAME = re.compile(r"^(?P<initial>[A-Z])\.?\s+(?P<surname>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*)$")
_LOGIN_NAME = re.compile(r"^(?P<initial>[a-z])(?P<surname>[a-z]{3,}(?:-[a-z]+)*)$")
#: the authors a file's author field lists ("R. Doe; E. Roe", "R. Doe and E. Roe", "R. Doe & E. Roe")
_AUTHOR_LIST = re.compile(r"\s*;\s*|\s+and\s+|\s*&\s*")


def _printed_in_full(author: str, page: str) -> str:
    """A PDF's /Author whose every name is written short (:data:`_INITIAL_NAME`, :data:`_LOGIN_NAME`)
    as the first page prints the names in full ("T Marlowe" over "… by Dr Tobias Marlowe FRGS",
    "R. Doe; E. Roe" over "Ruth Doe1 and Emil Roe2", "tmarlowe" over "Described by Tobias
    Marlowe"): the file's maker typed the short form, the page names the writers. Any other
    author field, or a short name the page does not print in full, is returned as it was."""
    full = []
    for part in _AUTHOR_LIST.split(author.strip()):
        m = _INITIAL_NAME.match(part) or _LOGIN_NAME.match(part)
        if m is None:
            return author
        initial, surname = m["initial"].upper(), m["surname"]
        # the given name (and a middle initial) before the surname, an affiliation's number glued after it
        printed = re.compile(rf"(?<![\w-])({initial}[^\W\d_]+(?:\s+[A-Z]\.)?)\s+({re.escape(surname)})(?![^\W\d_]|[-'’])",
                             0 if m.re is _INITIAL_NAME else re.I)
        found = next((f"{g} {s}" for g, s in printed.findall(page) if g[0] == initial and s[0].isupper()), None)
        if found is None:
            return author
        full.append(found)
    return " and ".join(full)


#: the most text lines one running head is extracted as (its parts, left and right, at one height)
RUNNING_HEAD_LINES = 3


def _load_pdf(path: str, data: bytes) -> Document:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise IngestError(path, "parse-error", f"{type(exc).__name__}: {exc}") from None
    if not "".join(pages).strip():
        raise IngestError(path, "pdf-no-text", f"{len(pages)} page(s) without a text layer")
    layout = read_layout(reader.pages)
    removed: list[tuple[str, str]] = []
    head_parts: list[str] = []  # a running head's lines as the reader gave them (the first page's may stay in the text)
    for n, head in sorted(layout.running_heads.items()):
        lines = pages[n].lstrip().split("\n")
        for k in range(1, min(RUNNING_HEAD_LINES, len(lines)) + 1):  # a head set in two parts at one height
            if " ".join(" ".join(lines[:k]).split()) == head:
                if n == 0 and any(map(folio_date, [*lines[:k], " | ".join(lines[:k])])):
                    break  # the first page's head dates the piece as a folio does: the text's reading of the top takes it
                head_parts = head_parts or lines[:k]
                pages[n] = "\n".join(lines[k:])
                removed.append(("running-head", head))
                break
    pages, edges = page_furniture(pages)
    removed.extend(("running-edge", line) for line in edges)
    raw = join_pages(pages)
    given: dict[str, Any] = {}
    created = None
    if info is not None:
        title = (info.title or "").strip()
        if title and not _JUNK_PDF_TITLE.search(title):
            given["title"] = title
        given["author"] = (info.author or "").strip() or None
        if given["author"] and names_a_desk(given["author"]):
            given["author"] = None  # the desk that made the file ("X editorial office"), not who wrote it
        try:
            created = info.creation_date
        except Exception:  # a malformed date string in the info dictionary
            created = None
    # no title or author in the information dictionary: the first page's type sizes; and the title
    # printed in the largest type when the dictionary's is that title with more words around it
    given["title"] = next((t for t in sorted(layout.headings, key=lambda h: -len(_words(h)))
                           if _printed_title(given.get("title"), t) == t), None) or (
        _printed_title(given.get("title"), layout.title) or layout.title)
    given["title"] = _without_division_label(given["title"], pages[0] if pages else "")
    given["author"] = given.get("author") or layout.issuer
    if given["author"] and pages:
        given["author"] = _printed_in_full(given["author"], pages[0])
    # when the file was made, not when the piece appeared: it loses to any date the text prints
    given["created"] = created.date().isoformat() if created is not None else None
    doc = document_from_text(path, "pdf", raw, given=given, given_source="pdf-meta")
    doc.removed.extend(removed)
    if doc.published is None or is_inferred(doc.published_source):
        # a running head or foot naming the document and when it was issued, on every page ("Brochure
        # issued 15 January 2019 · … · page 2"), or a line of it that opens with a publication label
        # ("Annual Report 2018–19" over "Published October 2019"): printed by the publisher, it wins over
        # the file's own date
        furniture = [text for _, text in removed]
        if iso := next(filter(None, (named_date(text) for text in furniture)), None) or next(
                filter(None, (labelled_date(line) for line in head_parts)), None):
            doc.published, doc.published_source = iso, "labelled-date"
        # a running head or foot that ends one of its notes with a day or a month ("Journal of … ·
        # Vol. 4, No. 2 · May 2016", "Draft Rev. C – 3 March 2011", "Read to the members, 9 May 2012 ·
        # page 3"): the edition the pages belong to, printed on each; not one after the file was made
        elif iso := next(filter(None, (edge_date(text) for text in furniture)), None):
            if given["created"] is None or iso <= given["created"]:
                doc.published, doc.published_source = iso, "folio"
        # a running head or foot that names the edition by its year alone ("Proceedings of … · Vol. 8 ·
        # 2016", "… (2016) · Articles", "PUBLISHER · WINTER 2016 · TRAVEL"), printed on every page,
        # while the file was made in a later year: the file is a later copy of that edition, whose
        # year is the better date
        elif given["created"] and (year := next(filter(None, (edge_year(text) for text in furniture)), None)) \
                and year < given["created"][:4]:
            doc.published, doc.published_source = year, "folio"
    return doc


#: a note of a running head or foot that is an edition's year: the year alone, in brackets after a
#: volume's number ("Proceedings 8 (2016)"), or a season's ("Winter 2016"); not a span ("1890–1990"),
#: not a report's year ("Annual Report 2009" appears the next year)
_EDGE_YEAR = re.compile(
    r"(?:^|^.{0,60}?\s)(?:(?:spring|summer|autumn|fall|winter)\s+(?P<season>\d{4})|\((?P<bracket>\d{4})\))$"
    r"|^(?P<bare>\d{4})$", re.I)


def edge_year(text: str) -> str | None:
    """The edition's year a note of a running head or foot gives (:data:`_EDGE_YEAR`): "Vol. 8 ·
    2016" and "UWC Proceedings 8 (2016) · Articles" give 2016, "Harrow & Vale · Winter 2017 · Maps" 2017;
    "A Century of Sail, 1890–1990" and "Annual Report 2009" give nothing."""
    for part in _NOTE_PARTS.split(text.strip("*_ ")):
        if (m := _EDGE_YEAR.search(part.strip("*_ ").rstrip(" .;,"))) and 1500 <= int(y := m["season"] or m["bracket"] or m["bare"]) <= 2100:
            return y
    return None


#: the most words a running line's note may print before the date that ends it ("Presented to the
#: Annual General Meeting, 17 April 2010")
EDGE_DATE_LEAD_WORDS = 8


def edge_date(text: str) -> str | None:
    """The date that ends a note of a running head or foot, at a month's precision or finer, with at
    most :data:`EDGE_DATE_LEAD_WORDS` words before it: "… · Vol. 27, No. 1 · March 2015" gives
    2015-03, "Draft Rev. B – 12 June 2013" 2013-06-12; a year alone ("Annual Report 2009") or a date
    with words after it ("12 June 2013 meeting notes") gives nothing."""
    for part in _NOTE_PARTS.split(text.strip("*_ ")):
        part = part.strip("*_ ").rstrip(" .;,)")
        for start in [m.start() for m in re.finditer(r"(?:^|(?<=[\s,(]))\S", part)]:
            iso, at = match_date(part[start:])
            if iso and len(iso) >= 7 and at is not None and not part[start + at.end():].strip(" .;,)*_") \
                    and len(part[:start].split()) <= EDGE_DATE_LEAD_WORDS:
                return iso
    return None


#: the lines at each edge of a page, top and bottom, where a running head or foot is printed
EDGE_LINES = 3
#: the most words a running head or foot has, and the most a line that ends with a full stop may
#: have and still be one ("All rights reserved."): a longer line repeated is a sentence of the text
EDGE_MAX_WORDS = 20
EDGE_MAX_SENTENCE_WORDS = 8
_EDGE_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")
#: a gap of two spaces or more between words, as a justified line's text comes out of the PDF
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def page_furniture(pages: list[str]) -> tuple[list[str], list[str]]:
    """The pages without the running heads and foots that the type sizes did not show
    (:func:`chronica.ingest._pdf_layout.read_layout` finds a head set smaller than the text): a line
    among the first or last :data:`EDGE_LINES` of two pages or more that is the same line there,
    numbers aside ("Institute · Page 1 of 3" / "Page 2 of 3", a book's name over every other page,
    "CONFIDENTIAL" at top and bottom). The first page keeps its first copy of such a line when it
    holds a date (a folio or "Sent 2 May 2019 · Page 1 of 4" dates the piece; the reading
    of the text decides) and its top lines otherwise go too. Returns the pages and the lines taken."""
    if len(pages) < 2:
        return pages, []
    split = [p.split("\n") for p in pages]
    edge_index: list[set[int]] = []
    seen: dict[str, set[int]] = {}
    for n, lines in enumerate(split):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edge = set(filled[:EDGE_LINES]) | set(filled[-EDGE_LINES:])
        edge_index.append(edge)
        for i in edge:
            words = len(lines[i].split())
            if words <= EDGE_MAX_WORDS and re.search(r"\w", lines[i]) and not (
                    words > EDGE_MAX_SENTENCE_WORDS and _EDGE_SENTENCE_END.search(lines[i])):
                seen.setdefault(line_key(lines[i]), set()).add(n)
    repeated = {k for k, on in seen.items() if len(on) >= 2}
    if not repeated:
        return pages, []
    out, taken = [], []
    for n, lines in enumerate(split):
        keep = []
        dated_kept = False
        for i, line in enumerate(lines):
            if i in edge_index[n] and line_key(line) in repeated:
                if n == 0 and not dated_kept and (folio_date(line) or date_line(line) or labelled_date(line)):
                    dated_kept = True
                    keep.append(line)
                    continue
                taken.append(" ".join(line.split()))
                continue
            keep.append(line)
        out.append("\n".join(keep))
    return out, taken


def join_pages(pages: list[str]) -> str:
    """The pages' text in one: a blank line between pages, except where a sentence runs on over the
    break (the page ends with no closing stop and the next opens in lower case: "... signed a
    memorandum of understanding on labour" / "cooperation in June 2003"), which is joined by a
    space. A line set justified, most of its gaps between words two spaces or more ("the  two
    governments  signed"), gets one space per gap: the spaces are the typesetting's, not the text's."""
    parts: list[str] = []
    for page in pages:
        lines = []
        for line in page.split("\n"):
            gaps = len(line.split()) - 1
            if gaps >= 2 and 2 * len(_WIDE_GAP.findall(line)) >= gaps:
                line = _WIDE_GAP.sub(" ", line)
            lines.append(line)
        page = "\n".join(lines).strip("\n")
        if parts and page:
            before, after = parts[-1].rstrip(), page.lstrip()
            if before and after and before[-1] not in ".!?:;\"”’)]" and after[0].islower():
                parts[-1] = before + " " + after
                continue
        if page.strip():
            parts.append(page)
    return "\n\n".join(parts)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


#: how many lines of a PDF's first page are searched for a division's bare number
DIVISION_LINE_REACH = 15


def _without_division_label(title: str | None, first_page: str) -> str | None:
    """The title without the division's number before it ("Chapter 9: The Long Peace" -> "The Long
    Peace") when the first page prints that number on a line of its own ("CHAPTER NINE" over the
    title): set apart, the number labels the division and the title is the line under it - the
    information dictionary and the page's type join the two. A number printed on the title's own
    line ("Chapter 2. Operating context") is part of the heading and stays."""
    if not title:
        return title
    for line in first_page.split("\n")[:DIVISION_LINE_REACH]:
        line = " ".join(line.split())
        if not is_division_number(line):
            continue
        m = re.match(r"\s*" + r"\W+".join(map(re.escape, line.rstrip(".:").split())) + r"(?:\s*[.:\-–—]\s*|\s+)", title, re.I)
        if m and len(title) - m.end() >= 3:
            return title[m.end():].strip()
    return title


def _printed_title(meta: str | None, printed: str | None) -> str | None:
    """The PDF's title: the information dictionary's, unless its words hold the title the first
    page prints in its largest type as a shorter unbroken run ("Lecture 9: Talking and Fighting -
    Inter-Korean Relations 1945-2020" around "Talking and Fighting: Inter-Korean Relations,
    1945–2020"; a book's name and chapter number before the chapter's title): the dictionary adds
    the course's, the series' or the book's label and loses the typography, the page prints the
    piece's own title."""
    if not meta or not printed:
        return meta
    m, p = _words(meta), _words(printed)
    if 2 <= len(p) < len(m) and any(m[i : i + len(p)] == p for i in range(len(m) - len(p) + 1)):
        return printed
    return meta


# --- JSON Lines -------------------------------------------------------------------------------

# A record's fields by role, first present wins: the names of the formats users export to JSON Lines
# (RSS 2.0 items: title/link/description/pubDate; Atom entries: summary/content/updated; JSON Feed 1.1:
# content_text/content_html/date_published/external_url; social-media and forum exports:
# text/full_text/selftext, created_at/posted_at, user/handle/screen_name; a forum's posts carry the
# thread's title, thread_title/topic_title, which names every post of the thread). Rules as data.
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "body": ("text", "content", "body", "full_text", "selftext", "message", "content_text", "content_html",
             "description", "summary"),
    "title": ("title", "headline", "post_title", "thread_title", "topic_title"),
    "published": ("published", "date", "date_published", "datePublished", "published_at", "pubDate", "isoDate",
                  "created_at", "posted_at", "posted", "timestamp", "updated", "date_modified"),
    "url": ("url", "link", "permalink", "external_url", "canonical_url"),
    "author": ("author", "authors", "byline", "creator", "dc:creator", "user", "username", "handle", "screen_name"),
    "outlet": ("source", "outlet", "site_name", "publisher"),
}
#: when none of the record's named date fields holds a value, its first field whose value is a full
#: ISO 8601 timestamp ("2022-10-11T17:42:09+03:00") dates it: an app's or a platform's export names
#: the moment it sent or posted a record its own way ("sent_at", "pushed", "ts", "time"), the value's
#: form does not change. Fields whose name says the moment is not the writing's (the export's
#: own: fetched, crawled; a later one: deleted, expires) never date it. Rules as data.
RECORD_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
RECORD_TIMESTAMP_NOT = re.compile(
    r"(?:fetch|crawl|scrap|retriev|access|index|ingest|export|download|delet|remov|expir|archiv)", re.I)
#: a record's date given as a Unix time, a number of seconds (or milliseconds) since 1970
#: ("created_utc": 1686816720, "ts": 1686816720000), is read under a name that says it is a moment
#: (and not :data:`RECORD_TIMESTAMP_NOT`); only values between 1990 and 2100 count, so an id or a
#: score never dates a record. Rules as data.
RECORD_EPOCH_NAME = re.compile(r"(?:created|posted|published|sent|time|date|utc|^ts$|_ts$|stamp)", re.I)
RECORD_EPOCH_RANGE = (631_152_000, 4_102_444_800)
#: fields that say what kind of record it is, and the kinds that are the platform's, not the
#: writers': a chat export's system or tool turn (the instructions given to the assistant), a
#: forum's moderator notice ("distinguished": "moderator"), a feed's or live blog's advert or promotion,
#: a portal's or register's test record ("record_type": "test", a nightly sync check left in the export).
#: Such a record is no part of the document: it is left out. Rules as data.
RECORD_KIND_FIELDS = ("role", "type", "kind", "item_type", "post_type", "distinguished", "author_role",
                      "user_role", "sender_role", "record_type", "record", "record_kind", "entry_type")
RECORD_NOT_CONTENT = re.compile(
    r"^(?:system|developer|tool|function|moderator|admin|ad|ads|advert|advertisement|promo|promoted|promotion|sponsored"
    r"|test|test[ _-]record|dummy|placeholder|sync[ _-]check)$",
    re.I)
#: a record the export holds back from readers, whatever its kind field says: a short field that
#: flags it ("TEST RECORD - please ignore", "TEMPLATE - do not publish", "VALIDATION RECORD - do not
#: cite", "DRAFT - do not publish"), or a placeholder's text ("Lorem ipsum ..."): a portal's test
#: record, a board's template card, a reading app's draft lesson. Rules as data.
RECORD_WITHHELD_FLAG = re.compile(
    r"\b(?:do not (?:publish|use|cite|display|distribute)|please ignore|test record|validation record)\b"
    r"|^(?:template|placeholder)\s*(?:[-\u2013\u2014:|]|$)", re.I)
#: the most words of a field read for :data:`RECORD_WITHHELD_FLAG`: a title, a name, a status line
RECORD_FLAG_MAX_WORDS = 12
RECORD_PLACEHOLDER_TEXT = re.compile(r"\blorem ipsum\b", re.I)
_NESTED_VALUE = ("value", "text", "href", "name", "display_name", "username", "screen_name", "url")
_LOOKS_HTML = re.compile(r"^\s*<(?:!doctype|html|body|article|div|p)\b", re.I)


def _load_jsonl(path: str, text: str, encoding: str) -> tuple[list[Document], list[IngestError]]:
    errors: list[IngestError] = []
    records: list[tuple[str, Any]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}#L{lineno}"
        try:
            records.append((where, _payload(json.loads(line))))
        except json.JSONDecodeError as exc:
            errors.append(IngestError(where, "bad-record", f"invalid JSON: {exc.msg}"))
    if not records and errors:
        raise IngestError(path, "parse-error", "no line is valid JSON")
    signatures = _signatures([r for _, r in records])
    repeated = _repeated_prose([r for _, r in records])
    collection = collection_of([r for _, r in records])
    docs: list[Document] = []
    for where, record in records:
        if _platform_record(record) or _header_record(record):
            continue  # a system turn, a moderator's notice, an advert, the export's header: not the writers' words
        try:
            docs.append(_document_from_record(where, record, encoding, signatures, collection, repeated))
        except IngestError as exc:
            errors.append(exc)
    for doc in docs:
        doc.collection = collection.title  # the file's title; each record keeps its own
    return docs, errors


def _payload(record: Any) -> Any:
    """A record whose text sits one level down, in an object of its own (a review platform's
    ``{"id": …, "cdate": …, "content": {"title": …, "review": …}}``, a search index's ``_source``, an
    API's ``attributes`` or ``data``), read as one flat record: the object's fields with the record's
    own beside them (the record's win where both name one, unless empty). A record with a body or a
    field of prose of its own, and the objects that describe the export (:data:`COLLECTION_HOLDERS`),
    are left as they are. Without this the record is skipped as having no text field."""
    if not isinstance(record, dict) or _field(record, "body"):
        return record
    if blocks := _block_body(record):
        return blocks
    if prose := _prose_field(record):
        return _sectioned_body(record, prose) or record
    best: tuple[int, str, dict[str, Any]] | None = None
    for key, value in record.items():
        if not isinstance(value, dict) or key in COLLECTION_HOLDERS:
            continue
        text = _field(value, "body") or _prose_field(value)
        if text and (best is None or len(text.split()) > best[0]):
            best = (len(text.split()), key, value)
    tree = _tree_prose(record)
    if tree and (best is None or len(tree.split()) >= TREE_OVER_OBJECT * best[0]):
        # the record's prose is spread over lists and objects (a plant's dated "history" entries and its
        # editor's "context_notes", a listing's "pitch" paragraphs): read it all, in the record's order
        key = next(k for k in RECORD_FIELDS["body"] if k not in record)
        return {**{k: v for k, v in record.items() if not isinstance(v, (dict, list)) or k in _OTHER_ROLE_FIELDS},
                key: tree}
    if best is None:
        return record
    flat = dict(best[2])
    for key, value in record.items():
        if key != best[1] and (value not in (None, "", [], {}) or key not in flat):
            flat[key] = value
    return flat


def _block_body(record: dict[str, Any]) -> dict[str, Any] | None:
    """A record whose body field holds a list of blocks (a CMS's rich text: ``"body": [{"type":
    "paragraph", "text": …}, {"type": "heading", …}]``, Editor.js's, Portable Text's or a block
    editor's export) read with that field as its paragraphs in order (:func:`_tree_prose` over the
    field alone), before a short top-level string of prose (a disclaimer, a call to action) could be
    taken for the body. None when the field's blocks hold fewer than :data:`PROSE_MIN_WORDS` words of
    prose (a test record's placeholder)."""
    key = next((k for k in RECORD_FIELDS["body"] if isinstance(record.get(k), list)), None)
    if key is None:
        return None
    blocks = [b for b in record[key] if not (isinstance(b, dict) and any(
        k in BLOCK_KIND_FIELDS and isinstance(v, str) and BLOCK_ASIDE_KIND.match(v.strip()) for k, v in b.items()))]
    text = _tree_prose({key: blocks})
    return {**record, key: text} if text else None


def _sectioned_body(record: dict[str, Any], prose: str) -> dict[str, Any] | None:
    """A record whose body field holds an object of named sections (a law digest's ``"summary":
    {"facts": …, "holding": …, "comment": …}``) read from those sections in order (:func:`_tree_prose`
    over the field alone) when they hold more words than the top-level string of prose that would
    otherwise be its body (the digest's keyword headnote). None when they do not."""
    for key in RECORD_FIELDS["body"]:
        if isinstance(record.get(key), dict) and key not in COLLECTION_HOLDERS:
            text = _tree_prose({key: record[key]})
            if text and len(text.split()) > len(prose.split()):
                return {**record, key: text}
    return None


#: the fields by which a block of a CMS's rich text says its kind ("type": "paragraph")
BLOCK_KIND_FIELDS = ("type", "_type", "blockType", "block_type", "kind")
#: the kinds of block that are not the article's running text: a picture's caption and a pull quote,
#: which repeats a sentence of the body in large type. Rules as data.
BLOCK_ASIDE_KIND = re.compile(r"^(?:image|figure|photo|picture|gallery|video|embed|pull[-_ ]?quote)$", re.I)


#: a record with no text field and no field of prose at its top level is read from the prose in its
#: lists and objects, at any depth (:func:`_tree_prose`), when that holds this many times the words
#: of the one object of prose :func:`_payload` would otherwise flatten (a review's "content")
TREE_OVER_OBJECT = 2
#: a string in a record's list or object is prose when it ends a sentence and has this many words:
#: the items of a list of paragraphs or of dated entries are shorter than a record's lone text field
TREE_ITEM_MIN_WORDS = 5
#: the deepest level of a record's lists and objects read for prose
TREE_MAX_DEPTH = 4
#: the name of an entry's date in a list of dated entries ("year", "date", "when"): the entry is read
#: as "1966: <its prose>", the form of a chronology's paragraph
TREE_DATE_NAME = re.compile(r"^(?:year|date|when|period|dated?_?\w*)$", re.I)


def _tree_prose(record: dict[str, Any]) -> str | None:
    """The prose of a record's lists and objects in the record's order, paragraph by paragraph: the
    strings that end a sentence and have :data:`TREE_ITEM_MIN_WORDS` words or more, an entry with a
    date of its own (:data:`TREE_DATE_NAME`) led by that date. Not the fields of another role (the
    author's biography under "author"), the export's objects (:data:`COLLECTION_HOLDERS`) nor the
    furniture (:data:`RECORD_FURNITURE_NAME`); a question is a quiz's prompt, not a report. None
    when the record holds fewer than :data:`PROSE_MIN_WORDS` words of prose."""
    paragraphs: list[str] = []

    def prose(value: str) -> bool:
        text = value.strip()
        return (len(text.split()) >= TREE_ITEM_MIN_WORDS and bool(_SENTENCE_END.search(text + " "))
                and not text.endswith("?") and not _LOOKS_HTML.match(text))

    def walk(value: Any, depth: int) -> None:
        if depth > TREE_MAX_DEPTH:
            return
        if isinstance(value, str):
            if prose(value):
                paragraphs.append(value.strip())
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            when = next((_str(v) for k, v in value.items() if TREE_DATE_NAME.match(str(k))
                         and isinstance(v, (str, int)) and normalise_date(str(v))), None)
            start = len(paragraphs)
            for key, item in value.items():
                if not (key in _OTHER_ROLE_FIELDS or key in COLLECTION_HOLDERS or RECORD_FURNITURE_NAME.search(str(key))):
                    walk(item, depth + 1)
            if when and len(paragraphs) == start + 1:
                paragraphs[start] = f"{when}: {paragraphs[start]}"

    for key, value in record.items():
        if isinstance(value, (dict, list)) and not (
                key in _OTHER_ROLE_FIELDS or key in COLLECTION_HOLDERS or RECORD_FURNITURE_NAME.search(str(key))):
            walk(value, 1)
    text = "\n\n".join(paragraphs)
    return text if len(text.split()) >= PROSE_MIN_WORDS else None


#: the fields that name the collection a record belongs to - a quiz's deck, a photo set's or a live
#: blog's title, a dataset's or an archive collection's name, a forum thread's or board's title, an
#: archive's finding aid, a shop's or a catalogue's name, an auction's sale, a course's name - read
#: from the export's header (a record with no text of its own, or an object nested under
#: :data:`COLLECTION_HOLDERS` in any record) or from a field every record repeats with one value, the
#: narrower before the wider (a forum's thread before its course). A record with no title of its own
#: is titled by its collection, as a chat turn by its session and a photo caption by its set; the
#: collection's name is the file's title (:attr:`Document.collection`). Rules as data.
COLLECTION_NAME_FIELDS = ("collection", "collection_title", "collection_name", "dataset", "dataset_title",
                          "dataset_name", "deck", "set_title", "series_title", "liveblog_title", "session_title",
                          "conversation_title", "album", "thread_title", "forum", "finding_aid", "catalogue",
                          "store_title", "sale", "course", "title", "name")
#: the fields by which an export's header names the person who compiled, curated or keeps the collection
#: ("compiled_by": "Jane Doe", "curated_by", "maintainer", "cataloguer"): the writer of every record that
#: names no writer of its own (a register's notes, a catalogue's lot descriptions). Rules as data.
COLLECTION_AUTHOR_FIELDS = ("compiled_by", "compiler", "curated_by", "curator", "maintainer", "maintained_by",
                            "cataloguer", "catalogued_by", "prepared_by", "edited_by")
#: the names a record gives the object that describes its export or collection ("export": {...})
COLLECTION_HOLDERS = ("export", "collection", "dataset", "meta", "metadata", "header", "source_info")
#: the names an export's header gives the object that describes the one piece the export holds - the
#: document, publication, page or module its records are the parts of ("document": {"title": …},
#: "publication": {"title": …, "published": …}): that piece's title names the file before any wider
#: collection's (the site, the course), and its dates and compiler are read as the header's own.
#: Rules as data.
PIECE_HOLDERS = ("document", "publication", "page", "module", "booklet", "issue")
#: a record whose kind field says it is the export's own header or footer ("record_type":
#: "export_header", "export_footer"): it describes the export, even with a note of prose in it
HEADER_KIND = re.compile(r"header|footer|trailer|^meta(?:data)?$|manifest", re.I)
#: ... and a footer is the export's even with a text field of its own: its words are the platform's
FOOTER_KIND = re.compile(r"footer|trailer|colophon", re.I)
#: the most words of a collection's name: a longer value is prose, not a name
COLLECTION_NAME_MAX_WORDS = 25


@dataclass(frozen=True)
class Collection:
    """What an export says of the collection its records belong to: its name and its export date."""

    title: str | None = None
    exported: str | None = None
    #: who compiled it, from the header's field of :data:`COLLECTION_AUTHOR_FIELDS`
    author: str | None = None
    #: when the collection itself was published or issued, from the header's field of
    #: :data:`RECORD_PUBLISHED_NAME` ("catalogue_published", "issue_date"): the date of every record
    #: that has none of its own, before the export date
    published: str | None = None


def _name_value(value: Any) -> str | None:
    text = _str(value) if isinstance(value, str) else None
    if not text or "\n" in text or "://" in text or not 2 <= len(text.split()) <= COLLECTION_NAME_MAX_WORDS:
        return None
    # a long value with a sentence's full stop in it is prose; a question is a thread's or a
    # forum's name as often as not ("Driving the coast road in May - any advice?")
    return None if _STATEMENT_END.search(text) and len(text.split()) > 8 else text


_STATEMENT_END = re.compile(r"[.!][\"'\u201d\u2019)]?(?:\s|$)")


def _header_record(record: Any) -> bool:
    """Whether a record is the export's header (or footer): its kind field says it is a footer
    (:data:`FOOTER_KIND`, whatever text it holds); or it has no body field, and its kind field says
    so (:data:`HEADER_KIND`, whatever note of prose it carries), or it has no prose either and holds
    a collection's name or an export object."""
    if not isinstance(record, dict):
        return False
    if any(isinstance(record.get(k), str) and FOOTER_KIND.search(record[k]) for k in RECORD_KIND_FIELDS):
        return True  # the export's closing note ("Exported with ...", "Gifts are tax-deductible ..."), text or not
    if _field(record, "body"):
        return False
    if any(isinstance(record.get(k), str) and HEADER_KIND.search(record[k]) for k in RECORD_KIND_FIELDS):
        return True
    if _prose_field(record):
        return False
    return any(isinstance(record.get(k), dict) for k in COLLECTION_HOLDERS) or any(
        _name_value(record.get(k)) for k in COLLECTION_NAME_FIELDS if k not in ("title", "name"))


def collection_of(records: list[Any]) -> Collection:
    """The collection's name and export date, from the header record and the export objects nested in
    any record (:data:`COLLECTION_HOLDERS`), else from a field of :data:`COLLECTION_NAME_FIELDS` that
    every content record repeats with one value (not "title" or "name" alone: a record's own)."""
    dicts = [r for r in records if isinstance(r, dict)]
    headers = [_header_record(r) for r in dicts]
    described: list[dict[str, Any]] = [r for r, header in zip(dicts, headers) if header]
    described += [r[k] for r in dicts for k in COLLECTION_HOLDERS if isinstance(r.get(k), dict)]
    pieces = [r[k] for r, header in zip(dicts, headers) if header for k in PIECE_HOLDERS if isinstance(r.get(k), dict)]
    title = next((v for d in pieces if (v := _name_value(d.get("title")))), None) or next(
        (v for d in described for k in COLLECTION_NAME_FIELDS if (v := _name_value(d.get(k)))), None)
    exported = next((v for d in described if (v := _export_field(d) or _str(d.get("exported") or ""))
                     and normalise_date(v)), None)
    # the compiler: from the header records and the export objects they hold, never from an item's own
    headed = [r for r, header in zip(dicts, headers) if header]
    headed += [r[k] for r in headed for k in COLLECTION_HOLDERS if isinstance(r.get(k), dict)] + pieces
    author = next((v for d in headed for k in (*COLLECTION_AUTHOR_FIELDS, "author")
                   if (v := bare_author(_author(d.get(k)))) and names_in(v)), None)  # a person, not a team
    content = [r for r, header in zip(dicts, headers) if not header and not _platform_record(r)]
    if title is None and len(content) >= 2:
        for key in COLLECTION_NAME_FIELDS:
            if key in ("title", "name"):
                continue
            # a field's value may be an object or a list ("catalogue": {...}): only one name repeated names it
            values = {v if isinstance(v := r.get(key), str) else None for r in content}
            if len(values) == 1 and (v := _name_value(next(iter(values)))):
                title = v
                break
    published = next((v for d in headed if (v := _publication_field(d))), None)
    return Collection(title, exported, author, published)


#: the most words of a closing paragraph read as its writer's signature when it closes several posts
SIGNATURE_MAX_WORDS = 25


def _closing_paragraph(body: str) -> str | None:
    """The last paragraph of a post's plain text when a blank line sets it apart, else None."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", body.strip())]
    return parts[-1] if len(parts) > 1 and parts[-1] else None


#: the fewest records a closing paragraph must close, whoever wrote them, to read as the feed's own
#: trailer ("Continue reading on … »", "The post … appeared first on …" under every item)
FEED_TRAILER_RECORDS = 3


def _signatures(records: list[Any]) -> set[tuple[str | None, str]]:
    """(author, paragraph) pairs where the same short paragraph closes two or more of one author's
    records: a forum writer's signature ("Khartoum born, Aswan raised. Views my own."), printed
    under every post, not said in any of them; and (None, paragraph) where the same short paragraph
    closes :data:`FEED_TRAILER_RECORDS` or more records whoever wrote them: the feed's or the
    aggregator's trailer, a repeated block, not the writers' words."""
    seen: dict[tuple[str | None, str], int] = {}
    for record in records:
        if not isinstance(record, dict):
            continue
        author, body = _field(record, "author"), _field(record, "body")
        last = _closing_paragraph(body) if body and not _LOOKS_HTML.match(body) else None
        if last and len(last.split()) <= SIGNATURE_MAX_WORDS:
            for key in ((author, fold(last)), (None, fold(last))) if author else ((None, fold(last)),):
                seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= (2 if k[0] else FEED_TRAILER_RECORDS)}


def _document_from_record(where: str, record: Any, encoding: str,
                          signatures: set[tuple[str, str]] | None = None,
                          collection: Collection | None = None,
                          repeated: frozenset[str] = frozenset()) -> Document:
    if not isinstance(record, dict):
        raise IngestError(where, "bad-record", "not a JSON object")
    body = _field(record, "body") or _prose_field(record)
    if body is None:
        raise IngestError(where, "bad-record", "no text field (" + ", ".join(RECORD_FIELDS["body"])
                          + ") and no other field of prose")
    given = {role: _field(record, role) for role in ("title", "published", "url", "author", "outlet")}
    collection = collection or Collection()
    given["title"] = given["title"] or collection.title  # a chat turn by its session, a caption by its set
    # a register's notes by the one who compiled it: the record's own credit object first
    # ("byline": {"compiled_by": …}), then the export's header
    given["author"] = given["author"] or _credited_inside(record) or collection.author
    given["published"] = given["published"] or collection.published  # a catalogue's lots by its issue
    if not given["published"]:
        # the collection's export date: inferred, last resort
        given["exported"] = _export_field(record) or collection.exported
    if _LOOKS_HTML.match(body):
        doc = _document_from_html(where, body, encoding, given)
        doc.format = "jsonl"
        return doc
    signed = kind = None
    if signatures and (last := _closing_paragraph(body)):
        kind = "signature" if (given.get("author"), fold(last)) in signatures else (
            "repeat" if (None, fold(last)) in signatures else None)  # the writer's signature, the feed's trailer
        if kind:
            signed, body = last, body.rstrip()[: -len(last)].rstrip()  # no part of the post
    body = _with_further_prose(record, body, repeated)
    doc = document_from_text(where, "jsonl", body, encoding=encoding, given=given)
    if signed:
        doc.removed.append((kind, signed))
    return doc


#: a record's further fields of prose are read with its body, as paragraphs in the record's order: a
#: project portal's "summary" and its "context", a treaty register's "summary" and "notes", a marker's
#: inscription and its translation, a grant's "purpose" and "background" - the history is often in the
#: second. Not the export's furniture: a field whose name says it is the terms of use or a credit
#: (:data:`RECORD_FURNITURE_NAME`), a value repeated word for word in two or more records (the seller's
#: shipping note under every listing: :func:`_repeated_prose`), a question (a quiz's prompt asks, it
#: does not report), nor a field of another role (title, author, ...). Rules as data.
RECORD_FURNITURE_NAME = re.compile(
    r"licen[cs]e|usage|rights|copyright|terms|disclaimer|attribution|permission|credit|citation|cite|legal", re.I)


def _further_prose(record: dict[str, Any], repeated: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(field, text) of each field of prose of the record (:func:`_prose_fields`) that is no
    furniture (:data:`RECORD_FURNITURE_NAME`, ``repeated``, a question), in the record's order."""
    return [(key, text) for key, text in _prose_fields(record) if not RECORD_FURNITURE_NAME.search(str(key))
            and not text.endswith("?") and fold(text) not in repeated]


def _repeated_prose(records: list[Any]) -> frozenset[str]:
    """The values of prose (folded) that two or more records repeat word for word: the export's
    furniture (a shipping note, a standard caveat), never one record's own words."""
    seen: dict[str, int] = {}
    for record in records:
        if isinstance(record, dict):
            for value in {fold(v.strip()) for v in record.values() if isinstance(v, str) and len(v.split()) >= PROSE_MIN_WORDS}:
                seen[value] = seen.get(value, 0) + 1
    return frozenset(v for v, n in seen.items() if n >= 2)


def _with_further_prose(record: dict[str, Any], body: str, repeated: frozenset[str] = frozenset()) -> str:
    """The body with the record's further fields of prose (:func:`_further_prose`) as paragraphs of
    their own, in the record's order; a field that repeats the body (or a part of it) is left out, one
    that holds the whole body and more stands for it."""
    key = _body_key(record)
    main = fold(body)
    folded = {k: (t, fold(t)) for k, t in _further_prose(record, repeated) if k != key}
    further = {k: t for k, (t, f) in folded.items() if f not in main}
    if not further:
        return body
    body = next((t for k, t in further.items() if main in folded[k][1]), body)
    further = {k: t for k, t in further.items() if t is not body}
    parts = [body.strip()] if key not in record else []
    for k in record:
        if k == key:
            parts.append(body.strip())
        elif k in further:
            parts.append(further[k])
    return "\n\n".join(parts)


def _body_key(record: dict[str, Any]) -> str | None:
    """The field the record's body is read from: its first field of the body's role with a value,
    else its field of prose (:func:`_prose_field`)."""
    key = next((k for k in RECORD_FIELDS["body"] if k in record and _field({k: record[k]}, "body")), None)
    if key is None and (prose := _prose_field(record)):
        key = next((k for k, v in record.items() if isinstance(v, str) and v.strip() == prose), None)
    return key


#: a record with none of the body's field names (:data:`RECORD_FIELDS`) is read from its field of
#: prose: the top-level string of the most words, at least this many, with a sentence's end in it
#: (a photo archive's "caption", a film archive's "synopsis", a collection's "notes") - rather than
#: lose the record; a field of another role (title, author, ...) never is the body
PROSE_MIN_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?:\s|$)")


#: the fields of the roles other than the body's (title, author, ...): never a field of prose
_OTHER_ROLE_FIELDS = frozenset(k for role, keys in RECORD_FIELDS.items() if role != "body" for k in keys)


def _prose_fields(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, text) of each field of prose of the record, in its order: a string of no other role's
    field, not HTML, of :data:`PROSE_MIN_WORDS` or more with a sentence's end in it."""
    out = []
    for key, value in record.items():
        if key in _OTHER_ROLE_FIELDS or not isinstance(value, str) or _LOOKS_HTML.match(value):
            continue
        text = value.strip()
        if len(text.split()) >= PROSE_MIN_WORDS and _SENTENCE_END.search(text):
            out.append((key, text))
    return out


def _prose_field(record: dict[str, Any]) -> str | None:
    """The record's field of prose when it names none of the body's fields (the longest of
    :func:`_prose_fields`, the first of equal length), else None."""
    best: str | None = None
    for _key, text in _prose_fields(record):
        if best is None or len(text.split()) > len(best.split()):
            best = text
    return best


def _field(record: dict[str, Any], role: str) -> str | None:
    """The first field of the role that holds a value: a string, a number (a year), a list of names
    (authors), or an object holding one (Atom's {"type": "html", "value": …}, {"name": …}, {"href": …})."""
    for key in RECORD_FIELDS[role]:
        value = record.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in _NESTED_VALUE if isinstance(value.get(k), str) and value[k].strip()), None)
        if role == "published" and isinstance(value, (int, float)) and not isinstance(value, bool) and value > 9999:
            value = _epoch(value)  # a Unix time under a date's name ("timestamp": 1686816720), not a year
        value = _author(value) if role == "author" else _str(value)
        if value:
            return value
    if role == "published":
        return _publication_field(record) or _timestamp_field(record) or _epoch_field(record)
    return None


#: a field whose name says it holds the day a piece or a collection was published or issued, under
#: the name its system gives it ("catalogue_published", "issue_date", Dublin Core's "issued",
#: "publication_date", "pubDate"), in the record or in an object it holds ("dates": {"published_at": …},
#: "bulletin": {"issue_date": …}). Rules as data.
RECORD_PUBLISHED_NAME = re.compile(r"(?<!un)publish|publication|issue_?date|date_?issued|^issued$|pub_?date", re.I)


def _publication_field(record: dict[str, Any]) -> str | None:
    """The first value under a name of :data:`RECORD_PUBLISHED_NAME` that reads as a date, in the record
    itself, else in the objects it holds (one level down)."""
    nested = [v for v in record.values() if isinstance(v, dict)]
    return next((v for holder in (record, *nested) if (v := _dated_under(holder, RECORD_PUBLISHED_NAME))), None)


def _dated_under(holder: dict[str, Any], name: re.Pattern[str]) -> str | None:
    """The first value of ``holder`` under a field whose name ``name`` finds that reads as a date."""
    return next((value.strip() for key, value in holder.items()
                 if name.search(str(key)) and isinstance(value, str) and normalise_date(value)), None)


def _timestamp_field(record: dict[str, Any]) -> str | None:
    """The first value of the record that is a full ISO 8601 timestamp, under a name that does not
    say it is another moment than the record's writing (:data:`RECORD_TIMESTAMP_NOT`)."""
    for key, value in record.items():
        if isinstance(value, str) and RECORD_TIMESTAMP.match(value.strip()) and not RECORD_TIMESTAMP_NOT.search(str(key)):
            return value.strip()
    return None


#: a record's field that says when the collection it belongs to was exported ("export_date",
#: "exported_at", "date_exported"): a record with no date of its own was written by then. Rules as data.
RECORD_EXPORT_NAME = re.compile(r"export", re.I)


def _export_field(record: dict[str, Any]) -> str | None:
    """The first value of the record under a name of :data:`RECORD_EXPORT_NAME` that reads as a date."""
    return _dated_under(record, RECORD_EXPORT_NAME)


#: the fields by which an object inside a record credits the record's writer ("byline": {"compiled_by":
#: …}); a keeper's or a curator's field ("maintainer") names who looks after the record, not its writer
RECORD_CREDIT_FIELDS = ("author", "written_by", "writer", "compiled_by", "compiler")


def _credited_inside(record: dict[str, Any]) -> str | None:
    """The person an object inside the record credits under a field of :data:`RECORD_CREDIT_FIELDS`
    ("byline": {"compiled_by": "Jane Doe"}, "meta": {"compiled_by": "Jane Doe, Research Unit"}),
    as printed without what the person is; a team's or a desk's name is none."""
    for holder in (v for v in record.values() if isinstance(v, dict)):
        for key in RECORD_CREDIT_FIELDS:
            if (v := _author(holder.get(key))) and (who := credited_writer(v)):
                return who
    return None


def _platform_record(record: Any) -> bool:
    """Whether a record's kind field (:data:`RECORD_KIND_FIELDS`) says it is the platform's own:
    :data:`RECORD_NOT_CONTENT`; or the export holds it back from readers (:func:`_withheld_record`)."""
    return isinstance(record, dict) and (any(
        isinstance(record.get(k), str) and RECORD_NOT_CONTENT.match(record[k].strip()) for k in RECORD_KIND_FIELDS)
        or _withheld_record(record))


def _withheld_record(record: dict[str, Any]) -> bool:
    """A test record, a template or a draft in an export: :data:`RECORD_WITHHELD_FLAG` in a short
    field, or :data:`RECORD_PLACEHOLDER_TEXT` in any."""
    for value in record.values():
        if isinstance(value, str):
            text = value.strip()
            if len(text.split()) <= RECORD_FLAG_MAX_WORDS and RECORD_WITHHELD_FLAG.search(text):
                return True
            if RECORD_PLACEHOLDER_TEXT.search(text):
                return True
    return False


def _epoch_field(record: dict[str, Any]) -> str | None:
    """The first Unix time of the record under a name that says it is a moment of writing, as an
    ISO 8601 timestamp in UTC (:data:`RECORD_EPOCH_NAME`, :data:`RECORD_EPOCH_RANGE`)."""
    for key, value in record.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if RECORD_EPOCH_NAME.search(str(key)) and not RECORD_TIMESTAMP_NOT.search(str(key)) and (iso := _epoch(value)):
            return iso
    return None


def _epoch(value: float) -> str | None:
    """A Unix time in seconds or milliseconds as an ISO 8601 timestamp in UTC; None outside
    :data:`RECORD_EPOCH_RANGE`."""
    from datetime import datetime, timezone

    lo, hi = RECORD_EPOCH_RANGE
    seconds = value / 1000 if value > hi else value
    return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat() if lo <= seconds <= hi else None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else (str(value) if isinstance(value, int) else None)


def _author(value: Any) -> str | None:
    if isinstance(value, list):  # names, or objects holding one (JSON Feed's authors)
        names = [v if isinstance(v, str) else next((v[k] for k in _NESTED_VALUE if isinstance(v.get(k), str)), None)
                 if isinstance(v, dict) else None for v in value]
        return ", ".join(n for n in names if n) or None
    return _str(value)
