"""Segmentation of raw text into units (paragraphs or lines) that keep exact offsets into the raw text.

A :class:`Unit` is a list of verbatim slices of the raw string. Leading indentation, markdown
heading marks, ``**``/``__`` emphasis and link targets are left out by choosing the slice bounds,
never by rewriting, so that the cleaned text can always be mapped back to the file. Hard-wrapped
lines (PDF text, e-mail style text) are joined back into one paragraph with a single space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from chronica.ingest._lexicon import (
    DATED_HEADING,
    FOLIO_LINE,
    NOTE_MARKER_ABBREVIATIONS,
    NOTE_NUMBER,
    REFERENCE_MARKER,
    STOP_WORDS,
    TEMPLATE_MARKUP,
    TITLE_SMALL_WORDS,
)

_LINE = re.compile(r"[^\n]*\n?")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,:/-]*", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…:;]['\"’”»)\]]*(?:\s*\[\d{1,3}\])?\s*$|[.!?…]\s*\[\d{1,3}\]\s*$")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_HEADING_TAIL = re.compile(r"[ \t]+#+$")
_BULLET = re.compile(r"(?:[-*+•▪◦‣]|>)[ \t]+(?=\S)")
#: inline markup left out of the slices: **, __, `code` ticks, [text](url) keeps only text.
_STRONG = re.compile(r"\*\*|__")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")
#: a wiki's section-edit link printed after a heading ("Background[edit]", "Terms [ edit source ]",
#: "Contents [hide]"): page markup, left out of the slice so the heading reads as itself
_EDIT_LINK = re.compile(r"\s*\[\s*(?:edit(?: source)?|hide|show)\s*\]\s*$", re.I)
#: a wiki's maintenance tag inside a sentence ("[citation needed]", "[clarification needed]"): markup
_WIKI_TAG = re.compile(r"\[(?:[a-z][a-z ]{0,30} needed|dubious(?: [–-] discuss)?)\]")

Piece = tuple[int, int, str]  # (raw_start, raw_end, joiner placed before the slice)


@dataclass
class Unit:
    """One paragraph or line of the raw text, as verbatim slices, with cheap features for scoring."""

    pieces: list[Piece]
    text: str
    block: int
    heading: int = 0
    kind: str | None = None
    #: how many words the text has (the words themselves are found again when a feature needs
    #: them: keeping a list per unit cost ~10x the text in memory on a 50 MB book).
    n_words: int = 0
    #: characters of the text that were the anchor text of markdown links.
    link_chars: int = 0

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(_TERMINAL.search(self.text))

    @cached_property
    def stop_ratio(self) -> float:
        words = self.words
        if not words:
            return 0.0
        return sum(w.lower() in STOP_WORDS for w in words) / len(words)

    @cached_property
    def title_case_ratio(self) -> float:
        content = [w for w in self.words if w[0].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
        if not content:
            return 0.0
        return sum(w[0].isupper() for w in content) / len(content)

    @cached_property
    def is_prose(self) -> bool:
        """Running text: a sentence of some length, or a long run of ordinary words."""
        n = self.n_words
        if self.heading:
            return False
        return (n >= 8 and self.ends_sentence) or (n >= 20 and self.stop_ratio >= 0.2)

    @cached_property
    def opens_with_date(self) -> bool:
        """A dated heading or timeline entry ("1921: The first survey", "March 1969 – …")."""
        return bool(DATED_HEADING.match(self.text))

    @property
    def is_headline_like(self) -> bool:
        """Short, no final full stop: a title, a subheading or a teaser headline."""
        return 1 <= self.n_words <= 20 and not self.text.rstrip().endswith((".", ",", ";"))

    def fold(self) -> str:
        return fold(self.text)

    @property
    def lines(self) -> list[str]:
        """The unit's text line by line, as its verbatim slices were joined."""
        out, pos = [], 0
        for s, e, joiner in self.pieces:
            pos += len(joiner)
            out.append(self.text[pos : pos + e - s])
            pos += e - s
        return out


def fold(text: str) -> str:
    """Lower case, quotes straightened, white space collapsed: for comparing units."""
    text = text.lower().translate(_QUOTES)
    return " ".join(text.split())


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def make_unit(raw: str, pieces: list[Piece], block: int, heading: int = 0, link_chars: int = 0) -> Unit:
    text = "".join(j + raw[s:e] for s, e, j in pieces)
    return Unit(pieces=pieces, text=text, block=block, heading=heading,
                n_words=sum(1 for _ in _WORD.finditer(text)),
                link_chars=link_chars)


def _strip_bounds(raw: str, s: int, e: int) -> tuple[int, int]:
    while s < e and raw[s].isspace():
        s += 1
    while e > s and raw[e - 1].isspace():
        e -= 1
    return s, e


def _line_pieces(raw: str, s: int, e: int, markdown: bool) -> tuple[list[tuple[int, int]], int, int]:
    """The slices of one line that carry text (markup left out), its markdown heading level and
    the number of characters of link anchor text."""
    heading = 0
    link_chars = 0
    if markdown:
        m = _MD_HEADING.match(raw, s, e)
        if m:
            heading = len(m.group(0).strip())
            s = m.end()
            t = _MD_HEADING_TAIL.search(raw, s, e)
            if t:
                e = t.start()
    m = _BULLET.match(raw, s, e)
    if m:
        s = m.end()
    cuts: list[tuple[int, int]] = []  # raw ranges to leave out
    for m in _MD_LINK.finditer(raw, s, e):
        if m.group(0).startswith("!"):
            cuts.append((m.start(), m.end()))
        else:
            cuts.append((m.start(), m.start(1)))
            cuts.append((m.end(1), m.end()))
            link_chars += m.end(1) - m.start(1)
    for m in _STRONG.finditer(raw, s, e):
        cuts.append((m.start(), m.end()))
    m = _EDIT_LINK.search(raw, s, e)
    if m:
        cuts.append((m.start(), e))
    for m in _WIKI_TAG.finditer(raw, s, e):
        cuts.append((m.start(), m.end()))
    for m in TEMPLATE_MARKUP.finditer(raw, s, e):  # "{{^isLoggedIn}}" left by a page template
        cuts.append((m.start(), m.end()))
    cuts.extend(_note_markers(raw, s, e))
    if markdown:
        for m in _MD_EMPH.finditer(raw, s, e):
            cuts.append((m.start(), m.end()))
    cuts.sort()
    pieces: list[tuple[int, int]] = []
    pos = s
    for cs, ce in cuts:
        if cs < pos:
            pos = max(pos, ce)
            continue
        if cs > pos:
            pieces.append((pos, cs))
        pos = ce
    if pos < e:
        pieces.append((pos, e))
    # trim the white space that the cuts leave at the edges
    pieces = [p for p in pieces if p[1] > p[0]]
    while pieces:
        ps, pe = _strip_bounds(raw, *pieces[0])
        if pe > ps:
            pieces[0] = (ps, pieces[0][1])
            break
        pieces.pop(0)
    while pieces:
        ps, pe = _strip_bounds(raw, *pieces[-1])
        if pe > ps:
            pieces[-1] = (pieces[-1][0], pe)
            break
        pieces.pop()
    return pieces, heading, link_chars


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.$")


def _note_markers(raw: str, s: int, e: int) -> list[tuple[int, int]]:
    """The reference and footnote markers of one line (:data:`REFERENCE_MARKER`, :data:`NOTE_NUMBER`):
    raw ranges left out of its slices, so the cleaned text reads "... in 1950. The next ..." while
    every slice still maps back to the file."""
    out = [(m.start(), m.end()) for m in REFERENCE_MARKER.finditer(raw, s, e)]
    for m in NOTE_NUMBER.finditer(raw, s, e):
        word = _WORD_BEFORE.search(raw, max(s, m.start() - 12), m.start())
        if word and word.group(1).lower() in NOTE_MARKER_ABBREVIATIONS:
            continue
        out.append((m.start(), m.end()))
    return out


@dataclass
class _Line:
    pieces: list[tuple[int, int]]
    heading: int
    length: int
    text: str
    link_chars: int
    #: the line opens with a list marker ("- ", "• "), which its text leaves out
    bullet: bool = False


def _wrap_width(lines: list[_Line]) -> int:
    """The column a block is hard-wrapped at (many lines of a similar, moderate width), or 0."""
    width = _fill_width(lines)
    # wrapped prose breaks mid-sentence, so many lines start in lower case; a list of headlines does not
    lower = sum(ln.text[:1].islower() for ln in lines[1:])
    return width if width and lower >= 0.4 * (len(lines) - 1) else 0


def _fill_width(lines: list[_Line]) -> int:
    """The column most lines of a block fill (many lines of a similar, moderate width), or 0: the wrap
    column of wrapped prose, or the width of a list of long lines."""
    if len(lines) < 3:
        return 0
    lengths = sorted(ln.length for ln in lines[:-1])
    width = lengths[int(len(lengths) * 0.9)]
    if not 25 <= width <= 120:
        return 0
    return width if sum(n >= 0.6 * width for n in lengths) >= 0.7 * len(lengths) else 0


#: a block whose column is read from how its lines fill it (:func:`_no_room`) has this many lines at least,
#: and a column this wide at least: a hard-wrapped e-mail's or newsletter's (60-80), not a title block's
FILL_MIN_LINES = 4
FILL_MIN_WIDTH = 50
#: ... and at least this share of its lines starts in lower case: a wrap shows somewhere mid-sentence (a
#: list of headlines has no such line)
FILL_MIN_LOWER = 0.15
#: a line that opens with a label and a colon ("December 1975: ...", "38:15 ...") or leads dots to a price
#: is an item of a list or a table, not running prose
_ITEM_LEAD = re.compile(r"^(?:\S+(?:\s+\S+){0,3}:\s|\d{1,2}:\d{2}\b|[A-Z]{1,3}\d+\b)")
_LEADER_DOTS = re.compile(r"\.{4,}|…{2,}")


def _prose(line: _Line) -> bool:
    """A line of running prose: most of its words in lower case, no column bars (a masthead, a menu, a
    list of names or headings in capitals is none)."""
    words = [w for w in line.text.split() if w[:1].isalpha()]
    if _ITEM_LEAD.match(line.text) or _LEADER_DOTS.search(line.text):
        return False
    return "|" not in line.text and len(words) >= 4 and sum(w[0].islower() for w in words) >= 0.5 * len(words)


def _no_room(prev: _Line, nxt: _Line, fill: int) -> bool:
    """``prev`` broke because ``nxt``'s first word had no room left on it: a block filled to ``fill``
    columns (:func:`_fill_width`) whose line ends mid-sentence and would have run past the column with
    the next word ("... attacked the government palace in" / "Bissau while ..."; names in capitals
    start many lines of a history, so :func:`_wrap_width`'s lower-case test fails on it). A list's short
    line, with room for the next line's first word, ended where its item did; both lines are prose
    (:func:`_prose`), for a masthead or a menu fills its column too."""
    if not fill or _TERMINAL.search(prev.text) or prev.length < 0.6 * fill or not (_prose(prev) and _prose(nxt)):
        return False
    if _BULLET.match(nxt.text) or re.match(r"\d{1,3}[.)]\s", nxt.text):
        return False
    return prev.length + 1 + len(nxt.text.split(None, 1)[0]) > fill


#: a PDF page's line reaching this share of the page's text column runs on into the next line
MARGIN_SHARE = 0.85


def _margin_width(lines: list[_Line]) -> int:
    """A PDF page's text column (the width most of its lines fill), or 0. The text layer breaks
    every line where the page did, whatever the next line starts with: a wrapped sentence goes on in
    a capital as often as not ("… signed at Salto on 26" / "February 1975."; "… led by Arthur" /
    "Griffith and Michael Collins …"), so the lower-case test of :func:`_wrap_width` fails on a page
    that mixes headings with its prose."""
    if len(lines) < 4:
        return 0
    lengths = sorted(ln.length for ln in lines)
    width = lengths[int(len(lengths) * 0.9)]
    if not 40 <= width <= 140:
        return 0
    return width if sum(n >= 0.6 * width for n in lengths) >= 0.5 * len(lengths) else 0


def _continues(prev: _Line, nxt: _Line, width: int, margin: int = 0, fill: int = 0) -> bool:
    """Whether ``nxt`` goes on with the paragraph of ``prev`` (``width``: the block's wrap column;
    ``margin``: a PDF page's text column, see :func:`_margin_width`; ``fill``: the column the block's
    lines fill when its wrap is not plain from its lower-case starts, see :func:`_no_room`)."""
    if prev.heading or nxt.heading or not prev.text or not nxt.text:
        return False
    if FOLIO_LINE.match(prev.text.strip()) or FOLIO_LINE.match(nxt.text.strip()):
        return False  # a page's number, where a sentence ran over the page turn: no part of it
    ends = bool(_TERMINAL.search(prev.text))
    first = nxt.text[0]
    if margin and not width and not ends and prev.length >= MARGIN_SHARE * margin \
            and not (nxt.bullet or re.match(r"\d{1,3}[.)]\s", nxt.text)):
        return True  # the line ran to the page's margin mid-sentence
    if width:
        if ends and prev.length < 0.8 * width:
            return False
        if prev.length < 0.6 * width and not first.islower():
            return False  # a heading, or a paragraph ending without a full stop
        if _BULLET.match(nxt.text) or re.match(r"\d{1,3}[.)]\s", nxt.text):
            return False
        return True
    if " " not in prev.text.strip() and not prev.text.endswith("-"):
        return False  # a lone word ("SunnyMart", a label) glued over a paragraph is no part of it
    if _no_room(prev, nxt, fill):
        return True
    return not ends and (first.islower() or (prev.text.endswith((",", "-")) and not first.isupper()))


def segment(raw: str, start: int = 0, end: int | None = None, *, markdown: bool = False,
            pdf: bool = False) -> list[Unit]:
    """Split ``raw[start:end]`` into units: blocks are separated by blank lines; inside a block each
    line is a unit unless the block is hard-wrapped or a line plainly continues the previous one
    (``pdf``: the text layer of a PDF, whose lines that reach the page's margin run on)."""
    end = len(raw) if end is None else end
    units: list[Unit] = []
    block: list[_Line] = []
    n_block = 0

    def flush() -> None:
        nonlocal n_block
        if not block:
            return
        width = _wrap_width(block)
        margin = _margin_width(block) if pdf else 0
        fill = 0 if width or margin or len(block) < FILL_MIN_LINES else _fill_width(block)
        lower = sum(ln.text[:1].islower() for ln in block[1:])  # some mid-sentence break shows the wrap
        fill = fill if fill >= FILL_MIN_WIDTH and lower >= FILL_MIN_LOWER * (len(block) - 1) else 0
        current: list[Piece] = []
        heading = 0
        links = 0
        prev: _Line | None = None
        for ln in block:
            if prev is not None and current and _continues(prev, ln, width, margin, fill):
                joiner = " "
                last_s, last_e, last_j = current[-1]
                if raw[last_e - 1] == "-" and last_e - 2 >= last_s and raw[last_e - 2].isalpha() and ln.text[0].islower():
                    current[-1] = (last_s, last_e - 1, last_j)  # de-hyphenate "interna-\ntional"
                    joiner = ""
                current.extend((s, e, joiner if i == 0 else "") for i, (s, e) in enumerate(ln.pieces))
                links += ln.link_chars
            else:
                if current:
                    units.append(make_unit(raw, current, n_block, heading, links))
                current = [(s, e, "") for s, e in ln.pieces]
                heading = ln.heading
                links = ln.link_chars
            prev = ln
        if current:
            units.append(make_unit(raw, current, n_block, heading, links))
        block.clear()
        n_block += 1

    for m in _LINE.finditer(raw, start, end):
        if m.start() == m.end():
            break
        s, e = _strip_bounds(raw, m.start(), min(m.end(), end))
        if s == e:
            flush()
            continue
        pieces, heading, link_chars = _line_pieces(raw, s, e, markdown)
        if not pieces:
            continue  # a line of markup only ("**", "____")
        text = "".join(raw[a:b] for a, b in pieces)
        block.append(_Line(pieces, heading, e - s, text, link_chars, bool(_BULLET.match(raw, s, e))))
    flush()
    return units
