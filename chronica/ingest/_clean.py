"""Boilerplate removal for plain text: which units are the article, which are the page around it.

Owns the rules, in this order: (1) each unit against the boilerplate lexicon, (2) bibliographies and
footnote lists set apart as references, (3) pull quotes and repeated lines, (4) the tail cut after a
strong end marker (appeal, disclaimer, author bio, licence, related-stories heading), (5) teaser
lists (headline + blurb, repeated) at the end and lone teaser headlines between paragraphs, (6)
leading and trailing non-prose around the main body. The body is the run of prose units; rules
that drop prose need a strong signal, since losing a real paragraph is worse than keeping junk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronica.ingest import _lexicon as lx
from chronica.ingest._units import Unit, segment

#: kinds that end the article: everything after them is page furniture (unless long prose follows).
END_MARKERS = frozenset({"appeal", "disclaimer", "bio", "license", "related"})
#: a unit this long that matches nothing is article text, whatever surrounds it.
LONG_PROSE_WORDS = 60
#: lexicon rules look only at short units; a long paragraph that mentions "subscribe" is text.
SHORT_UNIT_WORDS = 50


@dataclass
class CleanResult:
    """The article text (verbatim slices of ``raw`` joined by blank lines) and what was set apart."""

    text: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: the outlet named by a "SOURCE: X" line, if any.
    outlet: str | None = None


def clean_text(raw: str, *, markdown: bool = False) -> CleanResult:
    """Clean a whole plain-text (or markdown) article: boilerplate out, references apart."""
    return clean_units(raw, segment(raw, markdown=markdown))


def clean_units(raw: str, units: list[Unit]) -> CleanResult:
    """Classify ``units`` (segments of ``raw``) and build the cleaned text from the kept ones."""
    outlet = _mark_lexicon(units)
    _mark_references(units)
    _mark_repeats(units)
    _mark_tail_after_end_marker(raw, units)
    _mark_teaser_list(units)
    _mark_inline_teasers(units)
    _trim_edges(units)
    return assemble(raw, units, outlet)


def assemble(raw: str, units: list[Unit], outlet: str | None = None) -> CleanResult:
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    references: list[str] = []
    removed: list[tuple[str, str]] = []
    pos = 0
    for u in units:
        if u.kind == "reference":
            references.append(u.text)
            continue
        if u.kind is not None:
            removed.append((u.kind, u.text))
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        for s, e, joiner in u.pieces:
            if joiner:
                parts.append(joiner)
                pos += len(joiner)
            parts.append(raw[s:e])
            spans.append((pos, s, e - s))
            pos += e - s
    return CleanResult("".join(parts), spans, references, removed, outlet)


# --- (1) the lexicon --------------------------------------------------------------------------


def lexicon_kind(u: Unit) -> str | None:
    """The boilerplate kind of one unit judged alone, or None."""
    text = u.text.strip()
    n = u.n_words
    if lx.SEPARATOR_LINE.match(text):
        return "separator"
    if lx.LINK_ONLY.match(text):
        return "link"
    if n <= 12 and (lx.AD_MARKER.match(text)):
        return "ad"
    if n <= 12 and (lx.NAV_LINE.match(text) or _only_nav_words(text) or _is_menu(text)):
        return "nav"
    if n <= 12 and lx.SHARE_LINE.match(text):
        return "share"
    if n <= 30 and lx.TAXONOMY_LINE.match(text):
        return "nav"
    if n <= 12 and lx.RELATED_HEADER.match(text):
        return "related"
    if n <= 25 and lx.TEASER_LINK.match(text) and not u.ends_sentence:
        return "teaser"
    if n <= SHORT_UNIT_WORDS and lx.APPEAL.search(text):
        return "appeal"
    if n <= 80 and lx.DISCLAIMER.search(text):
        return "disclaimer"
    if n <= 150 and lx.LICENSE.search(text) and not (n > 40 and u.stop_ratio > 0.3):
        return "license"
    if n <= 40 and (lx.CAPTION_CREDIT.search(text) or (lx.CAPTION_PREFIX.match(text) and not u.ends_sentence)):
        return "caption"
    if n <= 100 and lx.BIO.match(text) and (lx.BIO_TAIL.search(text) or n <= 60):
        return "bio"
    return None


def _only_nav_words(text: str) -> bool:
    tokens = text.lower().replace("|", " | ").split()
    return 0 < len(tokens) <= 12 and all(t.strip(":") in lx.NAV_WORDS for t in tokens)


def _is_menu(text: str) -> bool:
    """"Home | News | Sport" or "Subscribe   Contribute   Close": short items between separators."""
    for sep in ("|", "•", "·", "»", "  ", "\t"):
        if sep in text:
            items = [i.strip() for i in text.split(sep) if i.strip()]
            if len(items) >= 2 and all(len(i.split()) <= 3 and not i.endswith(".") for i in items):
                return True
    return False


def _mark_lexicon(units: list[Unit]) -> str | None:
    outlet = None
    tail_start = int(len(units) * 0.6)
    for i, u in enumerate(units):
        if u.kind is not None:
            continue
        m = lx.SOURCE_LINE.match(u.text.strip())
        if m and len(m.group("outlet").split()) <= 6:
            if i >= tail_start:
                u.kind = "source"
                outlet = m.group("outlet").strip()
            else:
                u.kind = "caption"
            continue
        u.kind = lexicon_kind(u)
        if u.kind == "bio" and i < tail_start:
            u.kind = None  # a bio-like sentence at the top is usually the article's own subject
    return outlet


# --- (2) references ---------------------------------------------------------------------------


def _mark_references(units: list[Unit]) -> None:
    """A "Bibliography"/"Notes" heading in the second half opens a zone of references; a run of
    numbered citation lines at the end is a footnote list even without a heading."""
    half = len(units) // 2
    for i in range(max(1, half), len(units)):
        u = units[i]
        if u.n_words <= 4 and lx.REFERENCES_HEADING.match(u.text.strip()) and _has_prose_before(units, i):
            u.kind = "references-heading"
            for v in units[i + 1 :]:
                if v.kind is not None and v.kind not in {"link", "caption"}:
                    break
                v.kind = "reference"
            break
    # numbered footnotes at the end, citation-like
    j = len(units)
    while j > 0 and (units[j - 1].kind not in (None, "reference") or _is_footnote(units[j - 1])):
        j -= 1
    run = [u for u in units[j:] if u.kind is None and _is_footnote(u)]
    if len(run) >= 2:
        for u in run:
            u.kind = "reference"


def _is_footnote(u: Unit) -> bool:
    return bool(lx.NUMBERED_ITEM.match(u.text) and lx.CITATION_SIGNAL.search(u.text)) and u.kind in (None, "reference")


def _has_prose_before(units: list[Unit], i: int) -> bool:
    return any(u.kind is None and u.is_prose for u in units[:i])


# --- (3) pull quotes and repeats --------------------------------------------------------------


def _mark_repeats(units: list[Unit]) -> None:
    """A short unit whose text recurs inside a longer one is a pull quote: drop it, keep the body.
    A unit equal to an earlier one is a repeat: drop the later copy."""
    live = [u for u in units if u.kind is None]
    if len(live) > 3000:
        return
    folds = [u.fold() for u in live]
    joined = "\x00".join(folds)
    seen: set[str] = set()
    for u, f in zip(live, folds):
        if not 6 <= u.n_words <= 60:
            continue
        if joined.count(f) >= 2:
            if any(len(g) > len(f) and f in g for g in folds):
                u.kind = "pull-quote"
            elif f in seen:
                u.kind = "repeat"
        seen.add(f)


# --- (4) the tail after an end marker ---------------------------------------------------------


def _mark_tail_after_end_marker(raw: str, units: list[Unit]) -> None:
    """After a donation appeal, a disclaimer, an author bio, a licence or a "Related" heading in the
    second half of the text, nothing is article any more unless a long paragraph comes back."""
    if not units:
        return
    first, last = units[0].start, units[-1].end
    middle = first + (last - first) * 0.5
    seen_prose = False
    for i, u in enumerate(units):
        if u.kind is None and u.is_prose:
            seen_prose = True
        if u.kind in END_MARKERS and seen_prose and u.start >= middle:
            rest = units[i + 1 :]
            if any(v.kind is None and v.n_words >= LONG_PROSE_WORDS and v.ends_sentence for v in rest):
                continue
            for v in rest:
                if v.kind is None:
                    v.kind = "tail"
            return


# --- (5) teasers ------------------------------------------------------------------------------


def _is_blurb(u: Unit) -> bool:
    return u.kind is None and 5 <= u.n_words <= LONG_PROSE_WORDS


def _is_teaser_headline(u: Unit) -> bool:
    return u.kind is None and u.is_headline_like and not u.ends_sentence


def _mark_teaser_list(units: list[Unit]) -> None:
    """Headline + one-line blurb, repeated at the end of the text: a list of other articles.

    Read backwards from the end. It takes two or more pairs and a sign that they are not the
    article's own subheadings: separator lines, a repeated headline, blurbs cut off mid-sentence,
    or an end marker right before the list."""
    k = len(units) - 1
    pairs, signals, start = 0, 0, len(units)
    while k >= 0:
        u = units[k]
        if u.kind is not None and u.kind not in END_MARKERS and u.kind != "reference":
            if u.kind == "separator":
                signals += 1
            k -= 1
            continue
        if not _is_blurb(u) or k == 0 or not _is_teaser_headline(units[k - 1]):
            break
        if not u.ends_sentence and u.n_words >= 15:
            signals += 1  # a blurb cut off mid-sentence
        h = k - 1
        if h > 0 and units[h - 1].kind is None and units[h - 1].fold() == units[h].fold():
            signals += 1
            h -= 1
        pairs += 1
        start = h
        k = h - 1
    if start > 0 and units[start - 1].kind in END_MARKERS | {"separator", "source"}:
        signals += 1
    if pairs >= 2 and signals >= 1:
        for u in units[start:]:
            if u.kind is None:
                u.kind = "teaser"


def _mark_inline_teasers(units: list[Unit]) -> None:
    """A lone short Title Case line with a "Series - Headline" separator between two paragraphs."""
    for i in range(1, len(units) - 1):
        u = units[i]
        if u.kind is not None or u.heading or not 3 <= u.n_words <= 14 or u.ends_sentence:
            continue
        if not any(sep in u.text for sep in (" - ", " – ", " — ", " | ")):
            continue
        if u.title_case_ratio < 0.7:
            continue
        prev = _neighbour(units, i, -1)
        nxt = _neighbour(units, i, +1)
        if prev is not None and nxt is not None and prev.is_prose and nxt.is_prose:
            u.kind = "teaser"


def _neighbour(units: list[Unit], i: int, step: int) -> Unit | None:
    j = i + step
    while 0 <= j < len(units):
        if units[j].kind is None:
            return units[j]
        j += step
    return None


# --- (6) edges --------------------------------------------------------------------------------


def _trim_edges(units: list[Unit]) -> None:
    """Before the first prose unit, drop short lines (menus, section names); after the last prose
    unit, drop everything that is not prose (share bars, tags, stray headings)."""
    live = [i for i, u in enumerate(units) if u.kind is None]
    prose = [i for i in live if units[i].is_prose]
    if not prose:
        return
    for i in live:
        if i >= prose[0]:
            break
        if units[i].n_words <= 4 and not units[i].heading:
            units[i].kind = "leading"
    for i in live:
        if i > prose[-1]:
            units[i].kind = "trailing"
