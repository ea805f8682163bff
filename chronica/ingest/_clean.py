"""Boilerplate removal for plain text: which units are the article, which are the page around it.

Owns the rules, in this order: (1) each unit against the boilerplate lexicon (captions and credits,
promos, cookie banners, comment counts, page messages among them) and an author box at the top (a
lone name line over a bio: the name is the author), then bylines at the head or tail, the author
note under a byline and a wire credit line's reporter (shapes from :mod:`._credits`), (2) bibliographies and footnote lists set apart
as references, (3) pull quotes and repeated lines, (4) the tail cut after a strong end marker
(appeal, disclaimer, author bio, licence or usage notice, related-stories heading, contact details,
a heading of back matter such as "Membership notices" or "Refund policy"; a copyright line
with paragraphs under it is a picture's and cuts nothing), the page's foot under its last rule after
the body and its head between the headline and a rule, (5) teaser lists (headline +
blurb, repeated) at the end, headline + "Read more" pairs, and lone teaser headlines between
paragraphs — a dated heading ("1994: Fishing war") is never a teaser, (6) the masthead zone before
the first paragraph and trailing non-prose after the last, (7) the scored pass of :mod:`._furniture`:
what the rules kept is scored once more on shape features by a small model trained on the dev gold
(page locators, a line about the page itself, menu runs). The body is the run of prose units;
rules that drop prose need a strong signal, since losing a real paragraph is worse than keeping junk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from chronica.ingest import _credits as cr
from chronica.ingest import _furniture as fu
from chronica.ingest import _lexicon as lx
from chronica.ingest._units import Unit, fold, make_unit, segment

#: kinds that end the article: everything after them is page furniture (unless long prose follows).
END_MARKERS = frozenset({"appeal", "disclaimer", "bio", "license", "related", "wire-credit", "release-end",
                         "contact", "about", "pictograph", "widget", "imprint"})
#: a unit this long that matches nothing is article text, whatever surrounds it.
LONG_PROSE_WORDS = 60
#: lexicon rules look only at short units; a long paragraph that mentions "subscribe" is text.
SHORT_UNIT_WORDS = 50
#: after the body, lines this short are furniture.
TRAILING_SHORT_WORDS = 3
TRAILING_MAX_UNITS = 3
#: pull quotes are searched inside other paragraphs only in texts up to this size.
MAX_PULL_QUOTE_SEARCH_CHARS = 2_000_000


@dataclass
class CleanResult:
    """The article text (verbatim slices of ``raw`` joined by blank lines) and what was set apart."""

    text: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: the outlet named by a "SOURCE: X" line, if any.
    outlet: str | None = None
    #: the author named by a lone name line over an author box, if any.
    author: str | None = None


def clean_text(raw: str, *, markdown: bool = False) -> CleanResult:
    """Clean a whole plain-text (or markdown) article: boilerplate out, references apart."""
    return clean_units(raw, segment(raw, markdown=markdown))


def clean_units(raw: str, units: list[Unit]) -> CleanResult:
    """Classify ``units`` (segments of ``raw``) and build the cleaned text from the kept ones."""
    _split_closing_credits(raw, units)
    _split_feed_tails(raw, units)
    _split_manuscript_histories(raw, units)
    outlet = _mark_lexicon(units)
    _split_closing_notices(raw, units)
    _mark_image_captions(raw, units)
    _mark_labelled_boxes(raw, units)
    _mark_notes_over_text(raw, units)
    author = _mark_author_box(units)
    author = author or _mark_bylines(units)
    _mark_author_notes(units)
    author = author or _credited_reporter(units)
    _mark_references(units)
    _mark_running_heads(units)
    _mark_contents(units)
    _mark_repeats(units)
    _mark_tail_after_end_marker(units)
    _mark_foot_under_rule(units)
    _mark_head_above_rule(units)
    author = author or _mark_closing_signature(units)
    author = author or _mark_sign_off(units)
    _mark_teaser_list(units)
    _mark_read_more_teasers(units)
    _mark_trailing_headlines(units)
    _mark_inline_teasers(units)
    _mark_furniture_blocks_after_body(units)
    _mark_summary_lists(raw, units)
    author = _mark_leading_furniture(units) or author
    fu.mark_scored(units)
    _trim_edges(units)
    result = assemble(raw, units, outlet)
    result.author = author
    return result


def assemble(raw: str, units: list[Unit], outlet: str | None = None) -> CleanResult:
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    references: list[str] = []
    removed: list[tuple[str, str]] = []
    pos = 0
    prev: Unit | None = None
    page_turn = False  # only running heads removed since the last kept unit
    for u in units:
        if u.kind == "reference":
            references.append(u.text)
            page_turn = False
            continue
        if u.kind is not None:
            removed.append((u.kind, u.text))
            page_turn = u.kind == "running-head" and (page_turn or prev is not None)
            continue
        if parts:
            # a paragraph broken by a page turn goes on: "… sank caissons into" / page head / "the gap."
            joiner = " " if page_turn and prev is not None and not prev.ends_sentence and u.text[:1].islower() else "\n\n"
            parts.append(joiner)
            pos += len(joiner)
        prev, page_turn = u, False
        for s, e, joiner in u.pieces:
            if joiner:
                parts.append(joiner)
                pos += len(joiner)
            parts.append(raw[s:e])
            spans.append((pos, s, e - s))
            pos += e - s
    return CleanResult("".join(parts), spans, references, removed, outlet)


# --- (0) credits run into a paragraph -------------------------------------------------------

#: a wire credit in brackets closing a paragraph, after its last sentence: "… the talks. (Reporting
#: by Jane Doe; Editing by John Roe)" — how a story's text field or a copied page keeps it when the
#: line break before the credit is lost
_CLOSING_CREDIT = re.compile(r"(?<=[.!?\"”’'])\s+(?P<credit>[(\[][^()\[\]\n]{8,300}[)\]])\s*$")


def _split_closing_credits(raw: str, units: list[Unit]) -> None:
    """A paragraph that closes with a bracketed wire credit line (:func:`._credits.credit_line`)
    becomes two units, the paragraph and the credit, so that the credit is read as one (and its
    reporter as the author) and the paragraph is kept whole. Only a credit inside the paragraph's
    last slice is split off (the text is a verbatim slice of ``raw`` there)."""
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        m = _CLOSING_CREDIT.search(u.text)
        if m is None or u.kind is not None or not cr.credit_line(m["credit"]):
            continue
        s, e, joiner = u.pieces[-1]
        cut, credit_start = e - (len(u.text) - m.start()), e - len(m["credit"])
        if cut <= s or raw[credit_start:e] != m["credit"]:
            continue
        units[i : i + 1] = [make_unit(raw, u.pieces[:-1] + [(s, cut, joiner)], u.block, u.heading),
                            make_unit(raw, [(credit_start, e, "")], u.block)]


def _split_feed_tails(raw: str, units: list[Unit]) -> None:
    """A feed item's text that closes with what the feed's generator appends to every item — its
    footer ("… The post Ferry resumes appeared first on Harbour Wire.") or a link to the full
    story ("… the talks. Read more »") — becomes two units: the paragraph, kept whole, and the
    tail, marked ``feed-tail``. Only a tail after a sentence's end, inside the paragraph's last
    slice, is split off (as :func:`_split_closing_credits` does)."""
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        m = lx.FEED_TAIL.search(u.text)
        if m is None or u.kind is not None:
            continue
        s, e, joiner = u.pieces[-1]
        cut, tail_start = e - (len(u.text) - m.start()), e - len(m["tail"])
        if cut <= s or raw[tail_start:e] != m["tail"]:
            continue
        tail = make_unit(raw, [(tail_start, e, "")], u.block)
        tail.kind = "feed-tail"
        units[i : i + 1] = [make_unit(raw, u.pieces[:-1] + [(s, cut, joiner)], u.block, u.heading), tail]


#: the kinds of a closing notice that a page's text extraction may glue to a paragraph (a PDF page's
#: foot run into the text above it): a licence or usage notice, an imprint, an offer to the reader —
#: kinds whose patterns are not sentences a story tells
CLOSING_NOTICE_KINDS = frozenset({"license", "imprint", "promo"})
#: how long the closing run split off a paragraph may be, and how long the paragraph left
CLOSING_NOTICE_MAX_WORDS = 60
CLOSING_NOTICE_MIN_HEAD_WORDS = 12
#: a sentence's end and the next one's start inside a paragraph
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’')\]]?\s+(?=[\"“‘(]?[A-Z])")


def _split_closing_notices(raw: str, units: list[Unit]) -> None:
    """A paragraph after which the article does not resume, in the second half of the text, that
    closes with a notice glued to it — "… at the twelve sites reviewed. This chapter must not be
    reproduced without the consent of …", "… the Bulletin of the Ministry. The Review is published
    quarterly by the Society …", "… in the debates. Become a member of the Society" — becomes two
    units: the paragraph, kept, and the closing run from the first sentence the lexicon reads as a
    closing notice (:data:`CLOSING_NOTICE_KINDS`) to the end, marked with that kind (a licence or an
    imprint then ends the article). The run is at most CLOSING_NOTICE_MAX_WORDS words and the
    paragraph keeps CLOSING_NOTICE_MIN_HEAD_WORDS; a sentence is judged alone, as a unit of its own
    would be."""
    resumes = _article_resumes_after(units)
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u.kind is None and u.is_prose and u.n_words > CLOSING_NOTICE_MIN_HEAD_WORDS and not resumes[i] \
                and _position(units, u) >= 0.5:
            _split_closing_notice(raw, units, i)


def _split_closing_notice(raw: str, units: list[Unit], i: int) -> None:
    u = units[i]
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(u.text)]
    for k, start in enumerate(starts):
        sentence = u.text[start : starts[k + 1] if k + 1 < len(starts) else len(u.text)].strip()
        kind = lexicon_kind(make_unit(sentence, [(0, len(sentence), "")], u.block))
        if kind not in CLOSING_NOTICE_KINDS:
            continue
        head = make_unit(u.text, [(0, start, "")], u.block)
        rest = make_unit(u.text, [(start, len(u.text), "")], u.block)
        if rest.n_words > CLOSING_NOTICE_MAX_WORDS or head.n_words < CLOSING_NOTICE_MIN_HEAD_WORDS:
            return
        split = _split_pieces(raw, u, start)
        if split is None:
            return
        tail = make_unit(raw, split[1], u.block)
        tail.kind = kind
        units[i : i + 1] = [make_unit(raw, split[0], u.block, u.heading), tail]
        return


#: where a manuscript's history may open inside a paragraph: a stage's word with a capital, at the
#: paragraph's start or after white space ("… Plateau Trade Circle Received 4 April 2023; revised …")
_HISTORY_OPENS = re.compile(r"(?:^|(?<=\s))(?=(?:(?:Article|Paper|Manuscript|Submission)\s+)?(?:Received|Submitted)\b)")


def _split_manuscript_histories(raw: str, units: list[Unit]) -> None:
    """A manuscript's history glued to other lines in one paragraph - an article's affiliations and its
    abstract around it ("… Trade Circle Received 4 April 2023; revised 19 July 2023; accepted 2 September
    2023. Abstract. This article …"), the author's note after it - is cut out as a unit of its own, marked a
    dateline: from a stage's word (:data:`_HISTORY_OPENS`) to the end of its sentence, when that run is
    only stages and their dates (:func:`_manuscript_history`); the rest of the paragraph stays as it
    was. When the paragraph is only the history the lexicon reads it (:func:`lexicon_kind`)."""
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u.kind is not None:
            continue
        text = u.text
        for m in _HISTORY_OPENS.finditer(text):
            start = m.start()
            brk = _SENTENCE_BREAK.search(text, start)
            end, after = (brk.start(), brk.end()) if brk else (len(text), len(text))
            run = text[start:end]
            if (start == 0 and after == len(text)) or len(run.split()) > MANUSCRIPT_HISTORY_WORDS \
                    or not _manuscript_history(run):
                continue
            head, tail = u, None
            if after < len(text):
                split = _split_pieces(raw, u, after)
                if split is None:
                    break
                head, tail = make_unit(raw, split[0], u.block, u.heading), make_unit(raw, split[1], u.block)
            before = None
            if start > 0:
                split = _split_pieces(raw, head, start)
                if split is None:
                    break
                before, head = make_unit(raw, split[0], u.block, u.heading), make_unit(raw, split[1], u.block)
            head.kind = "dateline"  # the manuscript's dates, not the article's
            units[i : i + 1] = [x for x in (before, head, tail) if x is not None]
            break


def _split_pieces(raw: str, u: Unit, at: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None:
    """``u``'s pieces cut where its text's offset ``at`` falls: those before (the last one cut short,
    white space left out) and those from ``at`` on (the first one starting there, with no joiner).
    None when the text there is no verbatim slice of ``raw``."""
    pos = 0
    for n, (s, e, joiner) in enumerate(u.pieces):
        pos += len(joiner)
        if at <= pos:  # the cut falls on the joiner before this piece
            return (u.pieces[:n], [(s, e, "")] + u.pieces[n + 1 :]) if n else None
        if at < pos + (e - s):
            cut = s + (at - pos)
            end = cut
            while end > s and raw[end - 1].isspace():
                end -= 1
            if end <= s or raw[cut:e] != u.text[at : at + (e - cut)]:
                return None
            return u.pieces[:n] + [(s, end, joiner)], [(cut, e, "")] + u.pieces[n + 1 :]
        pos += e - s
    return None


# --- (1) the lexicon --------------------------------------------------------------------------


def _bracket_sentence(text: str) -> bool:
    """A bracketed line that ends as a sentence, quotes aside: an insertion in the text ("[UPDATE: The
    ministry later denied it.]"), not a direction to the studio ("[CUE: CLIP — OUT: "… of Egypt."]")."""
    inner = re.sub(r"[\"“][^\"“”]*[\"”]", "", text.strip().strip("`*_").rstrip("]"))
    return inner.rstrip().endswith((".", "!", "?"))


def lexicon_kind(u: Unit) -> str | None:
    """The boilerplate kind of one unit judged alone, or None."""
    text = u.text.strip()
    n = u.n_words
    if lx.RELEASE_END.match(text):
        return "release-end"
    if lx.SEPARATOR_LINE.match(text):
        return "separator"
    if n <= 10 and lx.RELEASE_LABEL.match(text):
        return "label"
    if n <= 12 and lx.CONTACT_LABEL.match(text) and (text.endswith(":") or n <= 3 and not u.ends_sentence):
        return "contact"
    if lx.LINK_ONLY.match(text) or (n <= 15 and u.link_density >= 0.8):
        return "link"
    if n <= 12 and (lx.AD_MARKER.match(text)):
        return "ad"
    if n <= 12 and lx.RELATED_HEADER.match(text):
        return "related"
    if n <= 12 and ((lx.NAV_LINE.match(text) and not lx.YEAR_HEADING.match(text)) or _only_nav_words(text) or _is_menu(text)):
        return "nav"
    if n <= 16 and lx.PLACE_OR_PAGER.match(text):
        return "nav"
    if n <= BUTTON_ROW_WORDS and _is_button_row(text):
        return "nav"
    if n <= 50 and (lx.HATNOTE.match(text) or lx.WIKI_TAGLINE.match(text)):
        return "nav"
    if n <= 30 and lx.SPONSOR_LINE.match(text):
        return "ad"
    if n <= lx.SPONSOR_READ_WORDS:
        said = lx.TRANSCRIPT_CUE.sub("", text, count=1)  # a transcript's turn without its timecode
        if (said != text and n <= 30 and lx.SPONSOR_LINE.match(said)
                or lx.SPONSOR_READ.match(lx.SPEAKER_LABEL.sub("", said, count=1))):
            return "ad"  # a transcript's ad ("[00:05:40] ADVERTISEMENT: …"), a sponsor's read
    if n <= 60 and lx.PRODUCTION_CUE.match(text) and not _bracket_sentence(text):
        return "cue"  # a direction to the studio: "[MUSIC: strings, fade in]", "[00:00] [JINGLE: STING — 6"]"
    if n <= 40 and lx.CAPTION_LABEL.match(text):
        return "caption"
    if n <= 60 and lx.PULL_QUOTE_LABEL.match(text):
        return "pull-quote"
    if n <= 40 and lx.STUDY_AID_LINE.match(text):
        return "study-aid"
    if n <= 30 and (lx.SOURCE_NOTE.match(text) or lx.EDITORIAL_CREDIT.match(text)):
        return "credit"
    if n <= 40 and lx.FILE_PHOTO.match(text):
        return "caption"
    if n <= 60 and lx.EDITORS_NOTE.match(text):
        return "disclaimer"
    if n <= 40 and lx.OPINION_NOTE.search(text):
        return "disclaimer"
    if n <= 12 and lx.COMMENTS_CLOSED.match(text):
        return "ui"
    if n <= 20 and lx.COMMENT_PROMPT.search(text):
        return "ui"
    if n <= 12 and lx.SHARE_LINE.match(text):
        return "share"
    if n <= 8 and (lx.COMMENT_COUNT.match(text) or lx.TOC_LINE.match(text)):
        return "nav"
    if n <= CONTENTS_LINE_WORDS and _contents_heading(text):
        return "nav"  # a newsletter's contents box: "IN THIS ISSUE", "In this issue: Diary * Notices"
    if n <= 8 and (lx.CREDIT_LINE.match(text) or _is_signature(u)):
        return "credit"
    if n <= 10 and lx.CLIENT_SIGNATURE.match(text):
        return "signature"
    if n <= 40 and (cr.credit_line(text) or cr.contributor_note(text) or cr.organisation_credit(text)):
        return "wire-credit"
    if n <= 60 and cr.production_credit(text):
        return "credit"
    if n <= 30 and lx.TAXONOMY_LINE.match(text):
        return "nav"
    if n <= 25 and lx.TEASER_LINK.match(text) and not (u.ends_sentence and text.rstrip("\"'”’)*_ ").endswith(".")):
        # a linked headline may end in a question ("Related: What happens to the border towns?")
        return "teaser"
    if n <= SHORT_UNIT_WORDS and lx.APPEAL.search(text):
        return "appeal"
    if n <= lx.NEWSLETTER_LINE_WORDS and (lx.NEWSLETTER_WORD.search(text) and lx.READER_ADDRESS.search(text)
                                          or lx.MAILING_REASON.search(text)):
        return "appeal"
    if n <= lx.OFFER_MAX_WORDS and lx.OFFER.match(text):
        return "promo"
    if n <= lx.CALL_TO_BUY_WORDS and lx.CALL_TO_BUY.search(text):
        return "ad"  # a call to buy: "Book now", "Get a quote today at …", "use code READ20"
    if n <= 30 and lx.PROMO.search(text):
        return "promo"
    if n <= SHORT_UNIT_WORDS and lx.UI_MESSAGE.search(text):
        return "ui"
    if n <= 60 and lx.COOKIE.search(text):
        return "cookie"
    if n <= 80 and lx.SERIES_NOTE.match(text):
        return "disclaimer"
    if n <= lx.IMPRINT_WORDS and lx.IMPRINT.search(text):
        return "imprint"  # who prints the publication, how often, for whom: it closes the publication
    if n <= lx.DECLARATION_WORDS and lx.DECLARATION.match(text):
        return "disclaimer"  # a paper's acknowledgements, data or interests statement: the text is over
    if n <= 40 and lx.PREPARED_NOTE.match(text):
        return "disclaimer"  # how the text at hand was made: "Transcript prepared by the quay radio library."
    if n <= 80 and lx.DISCLAIMER.search(text):
        return "disclaimer"
    if n <= 150 and lx.LICENSE.search(text) and not (n > 40 and u.stop_ratio > 0.3):
        return "license"
    if n <= lx.USAGE_NOTICE_WORDS and lx.USAGE_NOTICE.search(text):
        return "license"  # the terms of the copy: "This handout may be photocopied for classroom use only."
    if n <= lx.CONTACT_LINE_WORDS and lx.CONTACT_DETAIL.search(text):
        return "contact"
    if n <= 45 and cr.photo_credit_tail(text):
        return "caption"
    if n <= 40 and (lx.CAPTION_CREDIT.search(text) or lx.AGENCY_PHOTO_CREDIT.search(text)
                    or (lx.CAPTION_PREFIX.match(text) and (not u.ends_sentence or text.endswith(":")))):
        return "caption"
    if n <= 100 and lx.BIO.match(text) and (lx.BIO_TAIL.search(text) or n <= 60):
        return "bio"
    if n <= 16 and lx.UPDATED_LINE.match(text):
        return "dateline"
    if n <= MANUSCRIPT_HISTORY_WORDS and _manuscript_history(text):
        return "dateline"  # "Received 3 May 2021; accepted 2 August 2021": the manuscript's, not the article's
    if n <= PICTOGRAPH_LINE_WORDS and _pictograph_line(text):
        return "pictograph"
    return None


#: the most words of a contents box's line (:func:`_contents_heading`)
CONTENTS_LINE_WORDS = 30


def _contents_heading(text: str) -> bool:
    """Whether a line is a contents box's heading, alone or with its items after a colon and no
    sentence's end closing them (:data:`~chronica.ingest._lexicon.CONTENTS_HEADING`)."""
    m = lx.CONTENTS_HEADING.match(text.strip().strip("*_#> "))
    if not m:
        return False
    items = (m["items"] or "").strip().rstrip("*_ ")
    return not items or not items.endswith((".", "!", "?"))


#: the most words of a scholarly article's history line (:func:`_manuscript_history`)
MANUSCRIPT_HISTORY_WORDS = 24
_HISTORY_PARTS = re.compile(r"\s*[;·|]\s*|(?<=\d)\s*[,.]\s+(?=[A-Za-z])")


def _manuscript_history(text: str) -> bool:
    """Whether a short line is only a manuscript's history: each part a stage (received, revised,
    accepted, submitted: :data:`~chronica.ingest._lexicon.MANUSCRIPT_STAGE`) with its date."""
    from chronica.ingest._metadata import match_date

    parts = [p for p in _HISTORY_PARTS.split(text.strip().strip("*_ ")) if p.strip()]
    if not parts:
        return False
    for part in parts:
        m = lx.MANUSCRIPT_STAGE.match(part.strip())
        iso, at = match_date(m["date"]) if m else (None, None)
        if not iso or at is None or m["date"][at.end():].strip(" .,;)"):
            return False
    return True


#: a line this short led by a pictograph is the page talking ("📚 What I'm reading", "☕ Buy me a
#: coffee …", "🔔 Get alerts", "💬 38 comments"); narrative text does not open with an emoji
PICTOGRAPH_LINE_WORDS = 40


#: symbols of category So that stand for text, not pictures: the replacement character a decoder
#: puts for an invalid byte (a character cut in two, a stray byte) and the object replacement
#: character; a paragraph carrying them is damaged text, never page furniture
_TEXT_STANDINS = frozenset("\ufffd\ufffc")


def _is_pictograph(c: str) -> bool:
    """An emoji or a pictographic symbol (not ©, ®, °, a currency sign, a letter-like mark or a
    decoder's replacement character)."""
    return unicodedata.category(c) == "So" and ord(c) >= 0x2190 and c not in _TEXT_STANDINS


def _pictograph_line(text: str) -> bool:
    """Led by a pictograph, closed by one, or carrying two or more."""
    text = text.strip().strip("*_ ")
    if not text:
        return False
    return _is_pictograph(text[0]) or _is_pictograph(text[-1]) or sum(map(_is_pictograph, text)) >= 2


def looks_like_name(text: str) -> bool:
    """A lone author line: two to four capitalised name words, nothing else."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower() in lx.STOP_WORDS or w.lower() in lx.NAV_WORDS for w in words):
        return False
    return all(lx.NAME_WORD.match(w) for w in words)


def _is_signature(u: Unit) -> bool:
    """"— Jane Doe": a dash and a name of up to four capitalised words closing a story."""
    words = u.text.strip().lstrip("-–— ").split()
    return (bool(lx.SIGNATURE_LINE.match(u.text.strip())) and 1 <= len(words) <= 4
            and all(w[:1].isupper() for w in words) and not u.ends_sentence)


def _only_nav_words(text: str) -> bool:
    tokens = text.lower().replace("|", " | ").split()
    return 0 < len(tokens) <= 12 and all(t.strip(":") in lx.NAV_WORDS for t in tokens)


#: the label a bar may print before its items: "Share this article: Facebook | X | Email"
_BAR_LABEL = re.compile(r"^[^:|·•]{1,30}:\s+(?=\S)")


#: a row of a page's buttons printed as bracketed labels - "[ Email this sheet ]  [ Get the answers ]",
#: "Sheet 3 of 12  [ Enlarge ]  [ Shrink ]": two or more bracketed items of a few words,
#: after at most a short lead (the pager it sits beside), and nothing else
_BUTTON_ROW = re.compile(r"^(?:(?P<lead>[^\[\].!?]{1,30}?)\s+)?(?P<items>(?:\[\s*[^\[\]]{1,40}?\s*\]\s*){2,})$")
_BUTTON = re.compile(r"\[\s*([^\[\]]*?)\s*\]")
#: the most words of a button row (its lead and its labels), and of one label
BUTTON_ROW_WORDS = 24
BUTTON_WORDS = 5
BUTTON_LEAD_WORDS = 5


def _is_button_row(text: str) -> bool:
    """A row of bracketed button labels (:data:`_BUTTON_ROW`): every label short and no sentence, a
    transcript's timecodes and cues ("[00:01:12] [MUSIC]") excepted."""
    m = _BUTTON_ROW.match(text.strip())
    if not m or (m["lead"] and len(m["lead"].split()) > BUTTON_LEAD_WORDS):
        return False
    labels = _BUTTON.findall(m["items"])
    return all(0 < len(b.split()) <= BUTTON_WORDS and not b.endswith((".", "?", "!")) and any(c.isalpha() for c in b)
               and not b.isupper() and not re.match(r"^\d", b) for b in labels)


def _is_menu(text: str) -> bool:
    """"Home | News | Sport" or "Log in   Register   Close": short items between separators
    (after a label, if any: "Share this article: Facebook | X | Email")."""
    if (label := _BAR_LABEL.match(text)) and any(sep in text for sep in ("|", "•", "·")):
        text = text[label.end() :]
    for sep in ("|", "•", "·", "»", "›", " > ", "  ", "\t"):
        if sep in text:
            items = [i.strip() for i in text.split(sep) if i.strip()]
            if len(items) >= 2 and all(len(i.split()) <= 3 and not i.endswith(".") for i in items):
                return True
            # a path: "Home > Learning Resources > Fishing and the Sea > The Cod Wars"
            if sep in _PATH_SEPARATORS and len(items) >= PATH_MIN_ITEMS \
                    and all(len(i.split()) <= PATH_ITEM_WORDS and not i.endswith((".", ",", ";")) for i in items):
                return True
    return False


#: what separates the steps of a page's path (breadcrumbs): "Home > News > World", "Home » Timelines"
_PATH_SEPARATORS = frozenset({"»", "›", " > "})
PATH_MIN_ITEMS = 3
PATH_ITEM_WORDS = 6


def _position(units: list[Unit], u: Unit) -> float:
    """Where ``u`` starts, as a share of the text's length (0 at the top, 1 at the end)."""
    first, last = units[0].start, units[-1].end
    return (u.start - first) / max(1, last - first)


def _mark_lexicon(units: list[Unit]) -> str | None:
    outlet = None
    for u in units:
        if u.kind is not None:
            continue
        m = lx.SOURCE_LINE.match(u.text.strip())
        if m and len(m.group("outlet").split()) <= 6:
            if _position(units, u) >= 0.6:
                u.kind = "source"
                outlet = m.group("outlet").strip()
            else:
                u.kind = "caption"
            continue
        u.kind = lexicon_kind(u)
    _mark_ad_copy(units)
    _confirm_bios(units)
    _mark_study_aids(units)
    _mark_about_blocks(units)
    return outlet


#: a markdown image alone on its line: "![Ships in the canal](suez.jpg)"
_MD_IMAGE_LINE = re.compile(r"[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*\n?$")
#: how long the caption printed under an image may be
IMAGE_CAPTION_WORDS = 40


def _mark_image_captions(raw: str, units: list[Unit]) -> None:
    """The line right under a markdown image, in its block (no blank line between), is the
    image's caption when it is short and no heading: "![The tea chests](chests.jpg)" / "*The tea
    chests as they were found. Ines Vidal for Coast & Country*" — whether or not it says "Photo:"."""
    for u in units:
        if u.kind is not None or u.heading or u.n_words > IMAGE_CAPTION_WORDS:
            continue
        line_start = raw.rfind("\n", 0, u.start) + 1  # the unit's own line
        prev_end = line_start - 1
        if prev_end <= 0:
            continue
        prev_start = raw.rfind("\n", 0, prev_end) + 1
        if _MD_IMAGE_LINE.match(raw, prev_start, prev_end + 1):
            u.kind = "caption"


#: a Markdown box: a quoted paragraph opened by a label in bold ("> **Key term: filling.** The
#: process …", "> **Learning objectives.** After reading …", "> **Figure 9.1** The gorge …",
#: "> **Pull quote:** …") — a textbook's or a page's sidebar, not the article's running text
_MD_LABELLED_BOX = re.compile(r"[ \t]*>[ \t]*(?:\*\*|__)(?P<label>[^*_\n]{1,60}?)(?:\*\*|__)")
BOX_LABEL_WORDS = 6


def _mark_labelled_boxes(raw: str, units: list[Unit]) -> None:
    """A quoted Markdown paragraph whose first words are a short label in bold is a box."""
    for u in units:
        if u.kind is not None or u.heading:
            continue
        line_start = raw.rfind("\n", 0, u.start) + 1
        m = _MD_LABELLED_BOX.match(raw, line_start)
        if m and m.start("label") <= u.start + 2 and len(m["label"].split()) <= BOX_LABEL_WORDS:
            u.kind = "box"


#: a quoted Markdown paragraph (">") at the head of a text, under its title heading and above its first
#: paragraph: a note to the reader set over the text ("> Reminder: the paper is due Friday.", "> Next
#: meeting: second Thursday, 7 pm.", "> This briefing is also available in two languages.") — how far,
#: in words, and how many units under the title it may stand
HEAD_NOTE_WORDS = 50
HEAD_NOTE_REACH = 6
_MD_QUOTED_LINE = re.compile(r"[ \t]*>")
_MD_ITALIC_LINE = re.compile(r"[ \t]*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)[ \t]*$", re.MULTILINE)
#: what makes a quoted paragraph at the head a part of the text: a year (a standfirst's history) or an
#: opening quotation mark (an epigraph)
_HEAD_NOTE_TEXT = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|^[\"“‘'«]")


def _mark_notes_over_text(raw: str, units: list[Unit]) -> None:
    """A quoted Markdown paragraph between the title heading and the first paragraph of the text is
    a note to the reader, not the text (kind "box"), when short, with no year and no quotation
    mark opening it."""
    title = next((i for i, u in enumerate(units[:HEAD_NOTE_REACH]) if u.heading == 1), None)
    if title is None:
        return
    for u in units[title + 1 : title + 1 + HEAD_NOTE_REACH]:
        if u.heading:
            return  # the first section opens: the head is over
        line_start = raw.rfind("\n", 0, u.start) + 1
        quoted = bool(_MD_QUOTED_LINE.match(raw, line_start))
        if not quoted:
            # a line set wholly in italics under the title is its credit or date line, not the text
            if u.kind is None and u.is_prose and not _MD_ITALIC_LINE.match(raw, line_start):
                return  # the first paragraph of the text
            continue
        if u.kind is None and u.n_words <= HEAD_NOTE_WORDS and not _HEAD_NOTE_TEXT.search(u.text.strip()):
            u.kind = "box"


#: how long the copy of an advertisement printed under its label may be
AD_COPY_MAX_WORDS = 25
#: an ad box: a lone ad label ("ADVERTISEMENT", "Sponsored") opening a block, over at most this
#: many lines of at most AD_BOX_WORDS words each, with no blank line between
AD_BOX_LINES = 3
AD_BOX_WORDS = 30


def _mark_ad_copy(units: list[Unit]) -> None:
    """The ad's own lines under its label, in the label's block (no blank line between). One
    mechanism, two reaches, by how the label stands:

    - a lone ad label (:data:`~._lexicon.AD_MARKER`) that opens its block, over at most
      AD_BOX_LINES unmarked lines of at most AD_BOX_WORDS words, in a text set apart in blocks
      (three or more): the whole block is the ad ("ADVERTISEMENT" / "Buy war bonds today! Ask
      your local bank ..."), sentences included;
    - otherwise the line right under any ad line (a line so taken is one too), when it is short (AD_COPY_MAX_WORDS), no
      heading and no sentence ending in a full stop (a paragraph of the article ends with its
      full stop): "ADVERTISEMENT" / "Holidays in the fjords - book now and save 20%".

    A label alone in its block, with the article going on after a blank line, takes nothing; nor
    does a label inside a text whose lines are not set apart in blocks (its block runs on)."""
    in_blocks = len({v.block for v in units}) >= 3
    for i, u in enumerate(units):
        if u.kind != "ad":
            continue  # (a line taken as copy is an ad line too: the copy may run on, line by line)
        under: list[Unit] = []
        for v in units[i + 1 : i + 2 + AD_BOX_LINES]:
            if v.block != u.block:
                break
            under.append(v)
        opens_block = i == 0 or units[i - 1].block != u.block
        if lx.AD_MARKER.match(u.text.strip()) and opens_block and in_blocks and 0 < len(under) <= AD_BOX_LINES \
                and all(v.kind in (None, "ad") and v.n_words <= AD_BOX_WORDS for v in under):  # a call to buy is copy too
            for v in under:
                v.kind = "ad"
            continue
        nxt = under[0] if under else None
        if nxt is not None and nxt.kind is None and nxt.n_words <= AD_COPY_MAX_WORDS \
                and not nxt.text.rstrip().endswith(".") and not nxt.heading:
            nxt.kind = "ad"


def _mark_about_blocks(units: list[Unit]) -> None:
    """"About the Harbour Trust" over a paragraph that opens with that name ("The Harbour Trust is
    a charity founded …"): the organisation's standing description closing a press release."""
    for i, u in enumerate(units[:-1]):
        m = lx.ABOUT_HEADING.match(u.text.strip())
        if u.kind is not None or m is None or u.ends_sentence or u.n_words > 12:
            continue
        nxt = _neighbour_any(units, i, +1)
        who = re.sub(r"^the\s+", "", m["who"].strip(), flags=re.I)
        rest = re.sub(r"^the\s+", "", nxt.text.strip(), flags=re.I) if nxt is not None else ""
        if who and rest.lower().startswith(who.lower()) and re.match(r"[\s,(]", rest[len(who) :] or "."):
            u.kind = "about"


_DIVISION_AND_NAME = re.compile(r"^(?P<division>\w+\.?\s+[\w.]{1,8})\s+[·|•–—:]\s+\S")


def _mark_study_aids(units: list[Unit]) -> None:
    """A textbook's study aids: a "Learning objectives" / "Discussion questions" heading and the
    short items under it (objectives, questions, terms) up to the next paragraph of prose; and
    lines that only number a division ("Chapter 7", "PART II"). None of them is narrative."""
    from chronica.ingest._metadata import is_division_number

    prose = [k for k, u in enumerate(units) if u.kind is None and u.is_prose]
    for k, u in enumerate(units):
        # a book's running foot or head outside the text: "Chapter 6 · The Silk Roads", "Part II | Exile"
        if prose and (k < prose[0] or k > prose[-1]) and u.kind is None and u.n_words <= RUNNING_HEAD_MAX_WORDS \
                and (m := _DIVISION_AND_NAME.match(u.text.strip())) and is_division_number(m["division"]):
            u.kind = "division-number"
    i = 0
    while i < len(units):
        u = units[i]
        text = u.text.strip()
        if u.kind is None and u.n_words <= 3 and is_division_number(text):
            u.kind = "division-number"
        if u.kind is None and u.n_words <= 6 and lx.STUDY_AID_HEADING.match(text):
            u.kind = "study-aid"
            j = i + 1
            while (j < len(units) and units[j].kind is None and units[j].n_words <= lx.STUDY_AID_ITEM_WORDS
                   and not units[j].heading and not lx.REFERENCES_HEADING.match(units[j].text.strip())
                   and not lx.STUDY_AID_HEADING.match(units[j].text.strip())):
                units[j].kind = "study-aid"
                j += 1
            i = j
            continue
        i += 1


def _confirm_bios(units: list[Unit]) -> None:
    """"Jane Doe is a senior engineer …" is an author bio only at the end: in the second half, and
    (unless it says "is the author of …") with no more prose after it."""
    for i, u in enumerate(units):
        if u.kind != "bio":
            continue
        if _position(units, u) < 0.5:
            u.kind = None
        elif not lx.BIO_TAIL.search(u.text) and any(v.kind is None and v.is_prose for v in units[i + 1 :]):
            u.kind = None


def _mark_author_box(units: list[Unit]) -> str | None:
    """An author box at the top: a lone name line, then a bio ("De Waal is a senior fellow with
    …"). Both leave the narrative; the name is the author. Returns it, or None."""
    author = None
    for i, u in enumerate(units):
        if u.kind not in (None, "bio") or not lx.BIO_UNDER_NAME.match(u.text.strip()):
            continue
        prev = _neighbour_any(units, i, -1)
        if prev is not None and prev.kind is None and looks_like_name(prev.text.strip()):
            u.kind, prev.kind = "bio", "byline"
            author = author or prev.text.strip()
    return author


#: how many prose paragraphs may come before a byline at the head of a text (a standfirst or a
#: caption may sit above it)
BYLINE_HEAD_PROSE = 1
BYLINE_MAX_WORDS = 12
AUTHOR_NOTE_MAX_WORDS = 40


def _mark_bylines(units: list[Unit]) -> str | None:
    """"By NAME" lines (names only, emphasis marks allowed) at the head of the text — before its
    second paragraph of prose — or after its last: bylines, out of the narrative. Returns the
    first one's name as printed, or None."""
    prose = [i for i, u in enumerate(units) if u.kind is None and u.is_prose]
    if not prose:
        return None
    head_end = prose[BYLINE_HEAD_PROSE] if len(prose) > BYLINE_HEAD_PROSE else len(units)
    author = None
    for i, u in enumerate(units):
        if u.kind is not None or u.n_words > BYLINE_MAX_WORDS or not (i < head_end or i > prose[-1]):
            continue
        if cr.anonymous_byline(u.text):
            u.kind = "credit"  # "By Reuters", "By Staff Reporter": no author
        elif cr.byline_names(u.text):
            u.kind = "byline"
            author = author or cr.byline(u.text)
    return author


def _mark_closing_signature(units: list[Unit]) -> str | None:
    """A signature after the article's last paragraph ("-- Jane Doe, Pacific Wire", "— Jane
    Doe"), once the tail (related links, comments) is known: a byline; returns its names."""
    prose = [i for i, u in enumerate(units) if u.kind is None and u.is_prose]
    if not prose:
        return None
    for u in units[prose[-1] + 1 :]:
        if u.kind in (None, "credit", "tail", "nav") and u.n_words <= BYLINE_MAX_WORDS and (names := cr.signature_names(u.text)):
            u.kind = "byline"
            return " and ".join(names)
    return None


#: a sign-off's role lines (a role, an office, a place: "Club secretary, Harbour Lane Cooking Club",
#: "for everyone at the shop", "Saint-Louis"): each at most this many words, and at most this many
SIGN_OFF_ROLE_WORDS = 8
SIGN_OFF_LINES_UNDER = 2
#: what the sign-off's lines may have been marked before: nothing, or the page's tail (a letter to
#: the editor's signature above the page's notices is read as part of its foot)
SIGN_OFF_KINDS = (None, "tail")


def _role_line(text: str) -> bool:
    """A short line that opens on a letter and is no sentence and no heading in capitals ("---
    EVENTS", "5. HOUSEKEEPING")."""
    text = text.strip()
    return (bool(text) and text[0].isalpha() and not text.isupper() and len(text.split()) <= SIGN_OFF_ROLE_WORDS
            and not text.endswith((".", ":", "?", "!")))


def _sign_off(units: list[Unit], i: int) -> tuple[str, list[Unit], bool] | None:
    """The person a letter's sign-off at ``units[i]`` names, and the units it spans: a line that
    is a person's name with a role after a comma ("Jane Doe, Link Secretary") or with one or two
    short role lines under it, in its own block or as the next line units; and whether what follows
    closes the section (a rule, a heading, the page's tail, the end) rather than opening another
    paragraph (a subheading over a paragraph, "Jane Doe, the forest marshal", is shaped alike). None
    for anything else: a body's name, a name alone (as often a subheading: "Cold War"), a list's
    entry."""
    u = units[i]
    lines = [ln.strip() for ln in u.lines if ln.strip()]
    if not lines or u.ends_sentence or u.heading:
        return None
    name, _, role = lines[0].partition(",")
    name = name.strip()
    if not looks_like_name(name) or cr.names_a_body(name) or lx.SIGNATURE_LINE.match(lines[0]):
        return None
    under = ([role] if role.strip() else []) + lines[1:]
    spans, j = [u], i + 1
    while len(under) < SIGN_OFF_LINES_UNDER and j < len(units) and units[j].kind in SIGN_OFF_KINDS and len(units[j].lines) == 1 \
            and not units[j].is_prose and units[j].n_words and _role_line(units[j].text) and not units[j].heading:
        under.append(units[j].text)
        spans.append(units[j])
        j += 1
    if not under or len(under) > SIGN_OFF_LINES_UNDER or not all(map(_role_line, under)):
        return None
    after = units[j] if j < len(units) else None
    return name, spans, after is None or after.kind is not None or not after.is_prose


def _valediction(u: Unit) -> bool:
    """"Happy cooking,", "With best wishes,", "Yours sincerely,": a short line closing a letter
    on a comma, the line a sign-off's name follows."""
    return u.text.strip().endswith(",") and 1 <= u.n_words <= 12 and len(u.lines) == 1


def _mark_sign_off(units: list[Unit]) -> str | None:
    """A letter's sign-off ("Happy cooking, / Jane Doe / Club secretary", "Jane Doe / for
    everyone at the shop", "Jane Doe, Link Secretary"; :func:`_sign_off`) right after a paragraph
    of the letter or a valediction, below the first paragraph: a newsletter's letter going on with
    listings, a letter to the editor signed with a place, a notice signed by the head of its office.
    Its units are marked a byline; returns the name when the text holds one such sign-off (several
    are several writers' items: none is the piece's)."""
    prose = [i for i, u in enumerate(units) if u.kind is None and u.is_prose]
    if not prose:
        return None
    found: list[tuple[str, list[Unit], bool]] = []
    for i in range(prose[0] + 1, len(units)):
        if units[i].kind not in SIGN_OFF_KINDS or not (signed := _sign_off(units, i)):
            continue
        before = _neighbour_any(units, i, -1)
        if before is not None and before.kind is None and _valediction(before):
            found.append((signed[0], signed[1], True))  # "Yours sincerely," before it: a sign-off wherever it stands
        elif before is not None and before.kind is None and before.is_prose and before.ends_sentence:
            found.append(signed)
    closing = [(name, spans) for name, spans, closes in found if closes]
    if not closing or len({name for name, _, _ in found}) != 1:
        return None  # none, or the signatures of several items (one may sign above the next item)
    for _, spans in closing:
        for u in spans:
            u.kind = "byline"
    return closing[0][0]


#: where a closing note on the author may stand: in the second half of the text (only the author's
#: full name opens it there, so a story's own paragraphs never do)
CLOSING_NOTE_FROM = 0.5


def _mark_author_notes(units: list[Unit]) -> None:
    """A short paragraph that opens with the bylined author's name or surname and a verb ("Jane
    Doe covers courts for the paper.", "Doe is a reporter …"): an author note, when it sits right
    under the byline or among the last paragraphs of the text (op-eds close with one)."""
    bylined = [(i, cr.byline_names(u.text) or ([u.text.strip()] if looks_like_name(u.text.strip()) else None))
               for i, u in enumerate(units) if u.kind == "byline"]
    bylined = [(i, names) for i, names in bylined if names]
    if not bylined:
        return
    names = [n for _, ns in bylined for n in ns]
    last = [u for u in units if _position(units, u) >= CLOSING_NOTE_FROM]
    under = [_neighbour_any(units, i, +1) for i, _ in bylined]
    for u, surname in [(v, True) for v in under if v is not None] + [(v, False) for v in last]:
        if u.kind is None and u.n_words <= AUTHOR_NOTE_MAX_WORDS and _opens_with_name(u.text, names, surname):
            u.kind = "bio"  # at the end, only the full name: "Kim said …" closes many a Korea story


def _opens_with_name(text: str, names: list[str], surname: bool = True) -> bool:
    """"Jane Doe teaches …", "Doe is …": the text opens with one of the names (or, if
    ``surname``, its last word) and goes on in lower case."""
    text = text.strip().strip("*_ ")
    for name in names:
        for form in (name, name.split()[-1]) if surname else (name,):
            rest = text[len(form) :] if text.lower().startswith(form.lower()) else ""
            if rest[:1] == " " and rest[1:2].islower():
                return True
    return False


def _credited_reporter(units: list[Unit]) -> str | None:
    """The reporter of a wire credit line ("Reporting by Jane Doe; Editing by …"), when no
    byline named the author."""
    for u in units:
        if u.kind == "wire-credit" and cr.credit_role(u.text) in cr.AUTHOR_ROLES:
            names = cr.credit_line(u.text)
            if names:
                return " and ".join(names)
    return None


def _neighbour_any(units: list[Unit], i: int, step: int) -> Unit | None:
    """The next unit in ``step`` direction that is not a separator line."""
    j = i + step
    while 0 <= j < len(units):
        if units[j].kind != "separator":
            return units[j]
        j += step
    return None


# --- (2) references ---------------------------------------------------------------------------


def _mark_references(units: list[Unit]) -> None:
    """A "Bibliography"/"Notes" heading in the second half opens a zone of references; a run of
    numbered citation lines at the end is a footnote list even without a heading."""
    for i, u in enumerate(units):
        if lx.CITE_HEADING.match(u.text.strip()) and (nxt := _neighbour_any(units, i, +1)) is not None \
                and nxt.kind is None and lx.CITATION_SIGNAL.search(nxt.text):
            u.kind, nxt.kind = "references-heading", "reference"  # the page's own suggested citation
            continue
        if u.kind is not None or u.n_words > 4 or not lx.REFERENCES_HEADING.match(u.text.strip()):
            continue
        if _position(units, u) < 0.3 or not _has_prose_before(units, i):
            continue
        zone = []
        for v in units[i + 1 :]:
            if v.kind is not None and v.kind not in {"link", "caption"}:
                break
            zone.append(v)
        cited = sum(bool(lx.CITATION_SIGNAL.search(v.text)) for v in zone)
        if zone and cited >= 0.6 * len(zone):
            u.kind = "references-heading"
            for v in zone:
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


#: a quoted line this short may be a pull quote
PULL_QUOTE_MAX_WORDS = 40
#: the share of a quoted line's words that a paragraph of the text must hold, in order
PULL_QUOTE_COVER = 0.85
_QUOTE_OPEN = "\"“„«‘'"
_QUOTE_CLOSE = "\"”»’'"
_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    """Lower-case words, "n't" read as "not" ("doesn't" -> "does", "not")."""
    text = re.sub(r"n[’']t\b", " not", text.lower())
    return _TOKEN.findall(text)


def _covered_in_order(short: list[str], long: list[str]) -> float:
    """The share of ``short`` found in ``long`` in the same order (greedy)."""
    j, hit = 0, 0
    for w in short:
        k = j
        while k < len(long) and long[k] != w:
            k += 1
        if k < len(long):
            hit, j = hit + 1, k + 1
    return hit / max(1, len(short))


def _mark_quoted_pull_quotes(live: list[Unit]) -> None:
    """A line that is nothing but a quotation ("“The haze came first. The hunger followed.”")
    whose words a longer paragraph of the same text already says, in order — abridged or
    reworded a little ("the haze came first and the hunger followed, a full season behind it"):
    a pull quote, set in large type by the page. A quotation that says something new stays."""
    toks = [_tokens(u.text) for u in live]
    for i, u in enumerate(live):
        text = u.text.strip().strip("*_ ")
        if u.kind is not None or not 3 <= u.n_words <= PULL_QUOTE_MAX_WORDS:
            continue
        if not (text[:1] in _QUOTE_OPEN and text.rstrip(".!?…")[-1:] in _QUOTE_CLOSE):
            continue
        if any(len(toks[k]) >= 1.5 * len(toks[i]) and _covered_in_order(toks[i], toks[k]) >= PULL_QUOTE_COVER
               for k, v in enumerate(live) if k != i and v.kind is None):
            u.kind = "pull-quote"


def _mark_repeats(units: list[Unit]) -> None:
    """A short unit whose text recurs inside a longer one is a pull quote: drop it, keep the body.
    A unit equal to an earlier one is a repeat: drop the later copy."""
    live = [u for u in units if u.kind is None]
    if sum(len(u.text) for u in live) <= MAX_PULL_QUOTE_SEARCH_CHARS // 10:
        _mark_quoted_pull_quotes(live)
        live = [u for u in live if u.kind is None]
    folds = [u.fold() for u in live]
    joined = "\x00".join(folds)
    search_inside = len(joined) <= MAX_PULL_QUOTE_SEARCH_CHARS  # keep huge files linear
    seen: set[str] = set()
    for u, f in zip(live, folds):
        if not 8 <= u.n_words <= 60:
            continue
        if f in seen:
            u.kind = "repeat"
        elif search_inside and joined.count(f) >= 2 and any(len(g) > len(f) and f in g for g in folds):
            u.kind = "pull-quote"
        seen.add(f)


#: a running head or foot (the title, the series, "Page 2 of 9") is short and no sentence
RUNNING_HEAD_MAX_WORDS = 12
_DIGITS = re.compile(r"\d+")
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")


def _running_head_key(u: Unit) -> str | None:
    """What a line repeated at each page's top or foot has in common: its folded text with its
    numbers masked ("delta review # page # of #"), or None for lines that are never one — a
    sentence, a heading, a dated entry ("1969", "March 1969 – …", "3 May Cruiser sunk")."""
    text = u.text.strip()
    if u.n_words > RUNNING_HEAD_MAX_WORDS or u.ends_sentence or u.heading or u.opens_with_date \
            or lx.DAY_ENTRY.match(text) or len(_ALPHA_WORD.findall(text)) < 2:
        return None
    return _DIGITS.sub("#", u.fold())


def _mark_running_heads(units: list[Unit]) -> None:
    """Page furniture of a paged text (PDF text, a saved e-book, a printed report): a short line
    printed three times or more, or printed twice or more with a page number that changes and
    three words besides ("DELTA REVIEW 2003   Page 2 of 9", "Chapter 6 · Trade   143"). All copies
    leave, wherever they stand — inside a paragraph broken by a page turn, too."""
    groups: dict[str, list[Unit]] = {}
    for u in units:
        if u.kind in (None, "masthead", "nav"):
            key = _running_head_key(u)
            if key is not None:
                groups.setdefault(key, []).append(u)
    for key, copies in groups.items():
        same = len({u.fold() for u in copies}) == 1
        if len(copies) >= 3 or (len(copies) == 2 and not same and len(_ALPHA_WORD.findall(key)) >= 3):
            for u in copies:
                u.kind = "running-head"
    _mark_page_edge_notices(units)


#: a page's edge: its first or last lines (a running head or a folio may stand between the notice and
#: the page turn); a page is a block of at least PAGE_MIN_LINES lines
PAGE_EDGE_LINES = 3
PAGE_MIN_LINES = 6
PAGE_NOTICE_MAX_WORDS = 25


def _mark_page_edge_notices(units: list[Unit]) -> None:
    """A notice printed word for word at the top or foot of three pages or more ("Northgate
    University, Department of International Politics. For enrolled students only.") is page
    furniture even when it is a sentence (:func:`_running_head_key` takes no sentence): every copy
    leaves, the first one too. A page is a long block of lines (a PDF's page, an e-book's); a text
    whose paragraphs stand apart has no page edge, so a refrain said three times stays."""
    blocks: dict[int, list[Unit]] = {}
    for u in units:
        blocks.setdefault(u.block, []).append(u)
    groups: dict[str, list[Unit]] = {}
    for lines in blocks.values():
        if len(lines) < PAGE_MIN_LINES:
            continue
        for u in {id(v): v for v in lines[:PAGE_EDGE_LINES] + lines[-PAGE_EDGE_LINES:]}.values():
            if u.kind in (None, "masthead", "nav", "repeat") and 3 <= u.n_words <= PAGE_NOTICE_MAX_WORDS and not u.heading:
                groups.setdefault(u.fold(), []).append(u)
    for copies in groups.values():
        if len({u.block for u in copies}) >= 3:
            for u in copies:
                u.kind = "running-head"


#: how long a contents entry may be
CONTENTS_ENTRY_WORDS = 12
CONTENTS_MIN_ENTRIES = 3
_CONTENTS_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,6}[.)])\s+")
_CONTENTS_PAGE = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,4}\s*$|\s*\.{3,}\s*$")


def _contents_key(text: str) -> str:
    """A contents entry or a section heading without its number and page ("2. Relief ..... 4" ->
    "relief")."""
    text = _CONTENTS_PAGE.sub("", _CONTENTS_NUMBER.sub("", text.strip()))
    return fold(text)


def _mark_contents(units: list[Unit]) -> None:
    """A table of contents: a run of three or more short lines, most of which come back further
    down as the headings of the text's sections ("1 Background" … then "Background"; "2. Relief
    and repair ..... 4" … then "2. Relief and repair"). The entries are no narrative."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].kind in (None, "masthead", "nav") and units[j].n_words <= CONTENTS_ENTRY_WORDS \
                and not units[j].ends_sentence:
            j += 1
        if j - i >= CONTENTS_MIN_ENTRIES:
            keys = [_contents_key(u.text) if u.n_words <= CONTENTS_ENTRY_WORDS else None for u in units]
            run = range(i, j)  # an entry comes back below it (the run may end on the first heading)
            hits = [k for k in run if keys[k] and keys[k] in keys[k + 1 :]]
            if len(hits) >= CONTENTS_MIN_ENTRIES and len(hits) >= 0.6 * len(run):
                for k in hits:
                    if units[k].kind is None:
                        units[k].kind = "contents"
        i = max(j, i + 1)


# --- (4) the tail after an end marker ---------------------------------------------------------


def _mark_tail_after_end_marker(units: list[Unit]) -> None:
    """After a donation appeal, a disclaimer, an author bio, a licence or a "Related" heading in the
    second half of the text, nothing is article any more unless the article plainly resumes."""
    resumes = _article_resumes_after(units)
    fair_after = _article_resumes_after(units, fair=1)
    seen_prose = False
    for i, u in enumerate(units):
        if u.kind is None and u.is_prose:
            seen_prose = True
        thread = seen_prose and _opens_comment_thread(units, i)
        # a bar of links or actions ends the article when no paragraph of some length follows it
        # (share bars are also printed between paragraphs)
        bar = u.kind in (None, "nav", "share", "teaser") and is_bar(u) and not fair_after[i]
        back = u.kind is None and is_back_matter_heading(u)
        if thread or ((u.kind in END_MARKERS or bar or back) and seen_prose and _position(units, u) >= 0.5
                      and not resumes[i]):
            if u.kind in INLINE_MARKERS and _prose_sentence_after(units, i):
                continue
            if u.kind == "license" and _paragraphs_after(units, i) >= LICENSE_RESUME_PARAGRAPHS:
                continue  # a picture's copyright among the paragraphs ("… © Harbour Press 2020"), not the page's
            if back:
                u.kind = "back-matter"  # the heading that opens the document's back matter
            elif u.kind is None:
                u.kind = "nav"  # the bar that ends the article
            for v in _heading_run_before(units, i) + units[i + 1 :]:
                if v.kind is None:
                    v.kind = "tail"
            return


def is_back_matter_heading(u: Unit) -> bool:
    """A short heading with no sentence end that announces the document's back matter
    (:data:`~._lexicon.BACK_MATTER_HEADING`: "Membership notices", "6. CLUB BUSINESS", "Refund
    policy", "Links mentioned"). Like an end marker, it ends the article only in the second half of
    the text, after prose, when the article does not plainly resume under it."""
    return (0 < u.n_words <= lx.BACK_MATTER_HEADING_WORDS and not u.ends_sentence
            and bool(lx.BACK_MATTER_HEADING.match(u.text.strip())))


#: under the last rule of a page, a line this long is no page furniture
FOOT_UNIT_WORDS = 40


def _is_rule(u: Unit) -> bool:
    return bool(lx.RULE_LINE.match(u.text))


def _mark_foot_under_rule(units: list[Unit]) -> None:
    """A page's foot under a rule: after the last horizontal rule in the second half of the text
    (the one before a rule that closes the text, when the foot is framed by two),
    with article prose above it, the lines left are page furniture when none of them is long (over
    FOOT_UNIT_WORDS words), a heading or a dated entry, and at least a third of the units under the
    rule are already known furniture (a licence, a menu, an ad): "--- / Guestbook: share your
    memories … / Also on this page: … | … / © 1984 …". A short closing paragraph under a rule with
    nothing recognised after it stays."""
    head = _head_rule(units)
    frame = head is not None and units[head].kind == "separator"
    # a page that closes its head with a dinkus ("* * *") closes its article with the same one
    rules = [i for i, u in enumerate(units) if _is_rule(u) or frame and i > head and u.fold() == units[head].fold()]
    # a rule that closes the text frames the foot: the foot is under the rule before it
    # ("==== / Branch office: … / To stop receiving it … / ====")
    while len(rules) > 1 and not any(v.kind is None and not _is_rule(v) for v in units[rules[-1] + 1 :]):
        rules.pop()
    if not rules:
        return
    r = rules[-1]
    if _position(units, units[r]) < 0.5 or not any(u.kind is None and u.is_prose for u in units[:r]):
        return
    after = units[r + 1 :]
    kept = [v for v in after if v.kind is None]
    if not kept or any(v.n_words > FOOT_UNIT_WORDS or v.heading or v.opens_with_date
                       or lx.DAY_ENTRY.match(v.text.strip()) for v in kept):
        return
    if 3 * (len(after) - len(kept)) < len(after):
        return
    for v in kept:
        v.kind = "tail"


#: how many units under the headline a rule closing the page's head may come
HEAD_RULE_REACH = 8


def _mark_head_above_rule(units: list[Unit]) -> None:
    """A page's head closed by a rule: between the headline (read as the title) and a horizontal
    rule within HEAD_RULE_REACH units under it, with prose right under the rule, the lines left
    (a guest list, an editing note, a "listen to the full episode" line) are the page's head when
    none is a heading or over FOOT_UNIT_WORDS words: "Episode 12: … / Broadcast … / Guest: … /
    This transcript has been edited … / --- / HOST: Welcome …"."""
    r = _head_rule(units)
    if r is None:
        return
    t = next(i for i, u in enumerate(units) if u.kind == "title")
    for v in units[t + 1 : r]:
        if v.kind is None:
            v.kind = "masthead"


def _head_rule(units: list[Unit]) -> int | None:
    """The rule (or dinkus) that closes a page's head: within HEAD_RULE_REACH units under the
    title, with no heading or long unit between, and prose right under it."""
    t = next((i for i, u in enumerate(units) if u.kind == "title"), None)
    if t is None:
        return None
    for r in range(t + 1, min(len(units), t + 1 + HEAD_RULE_REACH)):
        u = units[r]
        if u.kind is None and (u.heading or u.n_words > FOOT_UNIT_WORDS):
            return None
        if not (_is_rule(u) or u.kind == "separator"):
            continue
        nxt = next((v for v in units[r + 1 :] if v.kind is None), None)
        if nxt is None or not nxt.is_prose:
            return None
        between = [v for v in units[t + 1 : r] if v.kind in (None, "credit")]  # "Guest: …" is read as a credit
        # a head is made of lines about the piece ("Guest: …", "Presented by …"), not of its first
        # paragraph over a section break
        if any(v.is_prose for v in between) and not any(
                v.n_words <= LEADING_SHORT_WORDS and not v.ends_sentence for v in between):
            return None
        return r
    return None


#: what joins the items of a bar of links or actions: "Download as PDF | Print this page",
#: "Share: Email · Facebook", "Terms of use | Privacy"
_BAR_JOIN = re.compile(r"\s+[|·•]\s+")
BAR_MAX_WORDS = 25
BAR_ITEM_WORDS = 8


def is_bar(u: Unit) -> bool:
    """A bar of links or actions, as pages print them under and around an article: two or more
    short items joined by "|", "·" or "•", none of them a sentence ("Download this timeline as a
    PDF | Print this page", "Share this obituary | Send a tribute"). A table row ("| a | b |") and a
    dated entry ("1958 · The first Cod War") are none."""
    text = u.text.strip()
    if u.n_words > BAR_MAX_WORDS or text.startswith("|") or u.opens_with_date or lx.DAY_ENTRY.match(text):
        return False
    items = [i.strip() for i in _BAR_JOIN.split(text) if i.strip()]
    if items and lx.DATED_HEADING.match(items[0]):
        return False  # "1911 · The great flood": a timeline's row
    return len(items) >= 2 and all(len(i.split()) <= BAR_ITEM_WORDS and not i.endswith((".", "!", "?")) for i in items)


#: how many units after a comments heading may come before the first commenter's line
COMMENT_THREAD_REACH = 2


def _opens_comment_thread(units: list[Unit], i: int) -> bool:
    """A comments heading ("Comments (3)", "Leave a reply", "3 thoughts on …") followed within
    COMMENT_THREAD_REACH units by a commenter's line ("harbourwatcher · 2 hours ago", "Jane says:"):
    readers' talk follows, however long, and the article does not come back. A bare comment count
    printed among the paragraphs (a page widget) opens nothing."""
    if _position(units, units[i]) >= 0.5 and is_commenter_stamp(units[i].text) \
            and sum(is_commenter_stamp(v.text) for v in units[i + 1 : i + 1 + STAMP_REACH]) >= 1 \
            and not any(is_commenter_stamp(v.text) for v in units[:i] if _position(units, v) < 0.5):
        # no heading, but the thread's own pattern: "Jane Doe - 3 May 2022, 18:05" / comment / …;
        # stamps from the top of the text on are a live blog's posts, not readers' comments
        return True
    if units[i].n_words > 25 or not lx.COMMENTS_HEADING.match(units[i].text.strip()):
        return False
    return any(v.n_words <= 12 and (lx.COMMENTER_LINE.search(v.text.strip()) or is_commenter_stamp(v.text))
               for v in units[i + 1 : i + 1 + COMMENT_THREAD_REACH])


#: how far the next commenter's stamp may follow one (a comment of a few paragraphs between)
STAMP_REACH = 6
COMMENTER_NAME_WORDS = 4
#: "Jane Doe - 3 May 2022, 18:05", "harbour_watcher · Nov 4, 09:12", "Ravi P. | 5 March 2021 at 4:15 pm":
#: who, a separator, when
_STAMP = re.compile(r"^(?P<who>[^\s].{0,40}?)\s+(?:[-–—·|]|,)\s+(?P<when>.{3,40})$")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\.?)?", re.I)
_BARE_DAY = re.compile(r"^(?:\d{1,2}\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\.?\s+\d{1,2})$")
_HANDLE = re.compile(r"^[\w.]*(?:_|\d)[\w.]*$|^[a-z][\w.]*$")


def is_commenter_stamp(text: str) -> bool:
    """A commenter's stamp over a reader's comment: a name or handle, a separator, and when it was
    posted — with a time of day ("Jane Doe - 3 May 2022, 18:05"), or a bare day after a handle
    ("dana_k · Nov 4"). A place and a date ("Port Stanley – 14 June 1982") is a timeline's entry,
    not a stamp: it has no time of day."""
    from chronica.ingest._metadata import date_line

    text = text.strip().strip("*_ ")
    m = _STAMP.match(text)
    if not m or len(text.split()) > 12:
        return False
    who = m["who"].strip("*_ ")
    when = m["when"].strip("*_ ")
    if not who or who.lower().startswith("by ") or len(who.split()) > COMMENTER_NAME_WORDS or who.endswith((".", ":")) and not re.search(r"\b[A-Z]\.$", who):
        return False
    handle = bool(_HANDLE.match(who))
    if not (handle or all(w[:1].isupper() or w.lower() in lx.NAME_PARTICLES or w.lower() in ("from", "in") for w in who.split())):
        return False
    dated = date_line(_TIME_OF_DAY.sub("", when).strip(" ,") or when) is not None
    if dated and _TIME_OF_DAY.search(when):
        return True
    return handle and (dated or bool(_BARE_DAY.match(when)))


#: end markers that pages also print inside the article (a newsletter box between paragraphs):
#: after them, one full paragraph of prose shows the article goes on.
INLINE_MARKERS = frozenset({"appeal", "pictograph"})
#: a paragraph this long that ends a sentence is article text after an inline marker
RESUME_SENTENCE_WORDS = 15


def _prose_sentence_after(units: list[Unit], i: int) -> bool:
    return any(v.kind is None and v.is_prose and v.ends_sentence and v.n_words >= RESUME_SENTENCE_WORDS
               and not lx.BIO.match(v.text.strip()) for v in units[i + 1 :])


#: a copyright line with this many paragraphs of some length under it is a picture's credit: the
#: page's own licence closes the page, with at most menus and links under it
LICENSE_RESUME_PARAGRAPHS = 2
RESUME_PARAGRAPH_WORDS = 15


def _paragraphs_after(units: list[Unit], i: int) -> int:
    """How many kept paragraphs of prose of RESUME_PARAGRAPH_WORDS words or more follow ``units[i]``."""
    return sum(v.kind is None and v.is_prose and v.n_words >= RESUME_PARAGRAPH_WORDS for v in units[i + 1 :])


def _article_resumes_after(units: list[Unit], fair: int = 3) -> list[bool]:
    """For each unit: does the article go on after it? (a long paragraph follows, or ``fair``
    fair-sized ones). One pass from the end."""
    out = [False] * len(units)
    long_seen, fair_seen = False, 0
    for i in range(len(units) - 1, -1, -1):
        out[i] = long_seen or fair_seen >= fair
        v = units[i]
        if v.kind is None and v.is_prose:
            long_seen = long_seen or v.n_words >= LONG_PROSE_WORDS
            fair_seen += v.n_words >= 30
    return out


def _heading_run_before(units: list[Unit], i: int) -> list[Unit]:
    """Short headline-like lines (and flagged junk) right before ``units[i]``: the heading of an
    appeal or of a "related" box ("Keep our newsroom going")."""
    j = i
    while j > 0:
        v = units[j - 1]
        if v.kind is None and not (v.is_headline_like and v.n_words <= 10 and not v.is_prose):
            break
        if v.kind == "reference":
            break
        j -= 1
    return [v for v in units[j:i] if v.kind is None]


# --- (5) teasers ------------------------------------------------------------------------------


def _is_blurb(u: Unit) -> bool:
    return u.kind is None and 5 <= u.n_words <= LONG_PROSE_WORDS


#: a live blog's entry time on its own line: "13:50", "12:40 CEST", "9.05am", "14:21:02 BST"
_ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|local(?: time)?)?$", re.I)


def _is_teaser_headline(u: Unit) -> bool:
    """A short line that may head a teaser; a dated heading ("1994: Fishing war") heads history,
    and a live blog's entry time ("13:50", "12:40 CEST") heads an entry of the article."""
    return (u.kind is None and u.is_headline_like and not u.ends_sentence and not u.opens_with_date
            and not _ENTRY_TIME.match(u.text.strip()))


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
        if u.n_words < max(10, 1.5 * units[k - 1].n_words):
            break  # a blurb is a sentence or two, longer than its headline
        if not u.ends_sentence and u.n_words >= 20:
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


def _mark_read_more_teasers(units: list[Unit]) -> None:
    """Headline, "Read more", headline, "Read more": links to other articles. Two or more such
    pairs make every headline over a "Read more" line a teaser."""
    pairs = []
    for i, u in enumerate(units):
        if not lx.READ_MORE.match(u.text.strip()):
            continue
        prev = _neighbour(units, i, -1)
        if prev is not None and prev.n_words <= 25 and not prev.opens_with_date:
            pairs.append((prev, u))
    if len(pairs) >= 2:
        for headline, link in pairs:
            headline.kind = "teaser"
            link.kind = link.kind or "link"


_DATA_ROW = re.compile(r"\d|\s[-–—v|]\s|\(|;")


def _mark_trailing_headlines(units: list[Unit]) -> None:
    """Three or more headline lines after the last paragraph, with nothing else after them: a list
    of other articles. A list of data rows (scores, fixtures, "Award - Winner") is kept."""
    live = [u for u in units if u.kind is None]
    last_prose = max((i for i, u in enumerate(live) if u.is_prose), default=None)
    if last_prose is None:
        return
    tail = live[last_prose + 1 :]
    if len(tail) < 3 or not all(_is_teaser_headline(u) and 4 <= u.n_words <= 16 for u in tail):
        return
    if sum(bool(_DATA_ROW.search(u.text)) for u in tail) > len(tail) / 3:
        return
    for u in tail:
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


#: lines before the first paragraph this short (and no sentence) are page furniture there
LEADING_SHORT_WORDS = 8
#: kinds that show the top of a text is a page's masthead, menus and author box
_MASTHEAD_KINDS = frozenset({"nav", "link", "share", "ad", "site-name", "dateline", "byline", "credit", "promo",
                             "caption", "related", "separator", "label"})


#: above a headline read as such, a line this long that is no sentence is the site's tagline
#: ("Selected journalism from around the world, in English")
TAGLINE_MAX_WORDS = 20
_TABLE_ROW = re.compile(r"^\|.*\|$")


def _is_table_row(u: Unit) -> bool:
    """A row of a table as extracted from a page ("| Cause | Air burst of a comet |")."""
    return bool(_TABLE_ROW.match(u.text.strip()))


#: the most words a summary list's label has ("Summary", "Key points", "In brief")
SUMMARY_LABEL_WORDS = 3
#: the most words one point of a summary list has
SUMMARY_POINT_WORDS = 30
_LIST_MARK = re.compile(r"[ \t]*(?:[-*+•▪◦‣]|\d{1,2}[.)])[ \t]+$")


def _is_list_item(raw: str, u: Unit) -> bool:
    line_start = raw.rfind("\n", 0, u.start) + 1
    return bool(_LIST_MARK.match(raw, line_start, u.start)) and u.start > line_start


def _mark_summary_lists(raw: str, units: list[Unit]) -> None:
    """A short label and the list of points under it, between the headline (its byline or date
    line) and the first paragraph, are the story told again in brief ("Summary" / "- Cairo says
    …", "Key points:" / "• …"): page furniture. Dated points ("1921: …") are a timeline's, and a list
    with no label over it, or one set below the first paragraph, is text."""
    first = next((i for i, u in enumerate(units) if u.kind is None and u.is_prose), None)
    if first is None or not any(u.kind in ("title", "byline", "dateline") for u in units[:first]):
        return
    for i in range(first):
        label = units[i]
        if label.kind is not None or not 1 <= label.n_words <= SUMMARY_LABEL_WORDS or _is_list_item(raw, label) \
                or label.text.rstrip().endswith((".", "!", "?")) or label.opens_with_date:
            continue
        points = units[i + 1 : first]
        if len(points) >= 2 and all(_is_list_item(raw, p) and p.n_words <= SUMMARY_POINT_WORDS and not p.opens_with_date
                                    and not lx.DAY_ENTRY.match(p.text.strip()) for p in points):
            for u in [label, *points]:
                u.kind = "summary"
            return


#: how far down the units the headline under a page's notice is looked for
MASTHEAD_TITLE_REACH = 12
#: the longest paragraph over the headline read as the page's notice, not the article's first paragraph
NOTICE_MAX_WORDS = 30


def _mark_leading_furniture(units: list[Unit]) -> str | None:
    """Before the first paragraph of prose, short lines that are no sentence ("Site Map",
    "PhD in History", "ORCID ID: …", "Contacts") belong to the masthead, menus or author box —
    when something there already shows it is page furniture (a menu, the site's name, a byline, a
    date line). Dated headings ("1974: The coup"), key-date entries ("3 May Cruiser sunk") and markdown
    headings stay. A text with no
    prose keeps everything. Returns a lone name line taken as the author, if any."""
    first = next((i for i, u in enumerate(units) if u.kind is None and u.is_prose), None)
    if first is None:
        return None
    # a headline under a short notice ("Sign in to save this brief." / "# The headline"): the
    # notice stood over the headline, so the article begins under it
    title_at = next((i for i, u in enumerate(units[:MASTHEAD_TITLE_REACH]) if u.kind == "title"), -1)
    over = [u for u in units[first:title_at] if u.kind is None and u.is_prose]
    if title_at > first and all(u.n_words <= NOTICE_MAX_WORDS for u in over):
        first = next((i for i, u in enumerate(units) if i > title_at and u.kind is None and u.is_prose), len(units))
    zone = units[:first]
    if not any(u.kind in _MASTHEAD_KINDS for u in zone):
        return None
    author = None
    title_at = next((i for i, u in enumerate(zone) if u.kind == "title"), -1)
    for i, u in enumerate(zone):
        if u.kind is not None or u.heading or u.opens_with_date or lx.DAY_ENTRY.match(u.text.strip()):
            continue
        if i < title_at and u.is_prose:
            u.kind = "masthead"  # a notice over the headline: "Sign in to save this brief to your library."
            continue
        above_title = i < title_at and not u.ends_sentence and u.n_words <= TAGLINE_MAX_WORDS
        table_row = _is_table_row(u)  # an infobox over the lead: "| Date | 30 June 1908 |"
        if u.n_words <= LEADING_SHORT_WORDS and not u.ends_sentence or lx.NAV_LINE.match(u.text.strip()) \
                or above_title or table_row or is_bar(u):
            # a bar of actions under the headline ("Listen (38 min) | Download MP3 | Subscribe") too
            # a name line above the headline is the site's name ("Town History Online"), not its author
            if author is None and i > title_at and looks_like_name(u.text.strip()):
                u.kind, author = "byline", u.text.strip()
            else:
                u.kind = "masthead"
    return author


# --- (6) edges --------------------------------------------------------------------------------


#: how long a line of a furniture block after the body may be ("Show key events only", "Why are
#: our rivers so dirty?" under "Related: …")
FURNITURE_BLOCK_LINE_WORDS = 16


def _mark_furniture_blocks_after_body(units: list[Unit]) -> None:
    """After the last paragraph of prose, a block (lines with no blank line between) that holds a
    line already known as furniture (a UI message, a teaser link, a related-stories line) and
    otherwise only short lines that are no prose is the page's furniture as a whole: "Key events" /
    "Show key events only" / "Please turn on JavaScript to use this feature"; "Related: …" / "More
    explainers" / "Why are our rivers so dirty?"."""
    live = [i for i, u in enumerate(units) if u.kind is None]
    prose = [i for i in live if units[i].is_prose]
    if not prose:
        return
    last = prose[-1]
    blocks: dict[int, list[Unit]] = {}
    for u in units[last + 1 :]:
        if u.block != units[last].block:
            blocks.setdefault(u.block, []).append(u)
    for members in blocks.values():
        marked = [u for u in members if u.kind is not None and u.kind not in ("reference", "title")]
        rest = [u for u in members if u.kind is None]
        if marked and rest and all(not u.is_prose and not u.heading and u.n_words <= FURNITURE_BLOCK_LINE_WORDS
                                   for u in rest):
            for u in rest:
                u.kind = "tail"


def _trim_edges(units: list[Unit]) -> None:
    """After the last prose unit, drop a few stray short lines (a heading with nothing under it, a
    button label). A longer tail of short lines (a results table, a squad list) is kept whole."""
    live = [i for i, u in enumerate(units) if u.kind is None]
    prose = [i for i in live if units[i].is_prose]
    if not prose:
        return
    tail = [i for i in live if i > prose[-1]]
    if len(tail) <= TRAILING_MAX_UNITS and all(units[i].n_words <= TRAILING_SHORT_WORDS for i in tail):
        for i in tail:
            units[i].kind = "trailing"
