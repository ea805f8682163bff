"""The headline of a plain-text or markdown page, as a scored choice over the lines above its body.

A saved page prints a good deal above its first paragraph: the site's name, a menu, a section
label, a reference number, a date line, a note on the translation, the headline (sometimes over
two lines), a standfirst, a byline. The headline is the line whose own shape and neighbours read
most like one. Each feature is a named test with a weight (data, in :data:`FEATURES`), and the
page shapes that justify it are named in its note; :func:`choose` scores every candidate (each
line, and each line joined with the next when the headline runs over two) and returns the best.

The cascade in :mod:`chronica.ingest._metadata` (``take_top_metadata``) still reads the page
first; this choice arbitrates: it replaces the cascade's pick only when it scores clearly higher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from chronica.ingest._lexicon import WIKI_TAGLINE
from chronica.ingest._units import Unit

#: how many lines above the first paragraph are looked at
REACH = 25
#: the least score a pick needs where the cascade found no headline (a headline's length and its
#: byline or date line under it), the least where it replaces a weak pick of the cascade, and by
#: how much it must beat that pick
MIN_SCORE = 3.5
MIN_REPLACING = 2.0
MARGIN = 1.5


@dataclass(frozen=True)
class Candidate:
    """Lines ``first``..``last`` (indices into the live units) read as one headline."""

    first: int
    last: int
    text: str


@dataclass(frozen=True)
class Feature:
    name: str
    weight: float
    test: Callable[[list[Unit], Candidate, int, "Tests"], bool]
    note: str


@dataclass(frozen=True)
class Tests:
    """The line tests of the metadata module, passed in (it imports this module)."""

    is_credit_or_date: Callable[[str], bool]
    is_nav_like: Callable[[Unit], bool]
    is_label: Callable[[Unit], bool]
    is_note: Callable[[str], bool]
    is_division: Callable[[str], bool] = lambda text: False


#: a reference work's descriptor line ends in the entry's date in brackets: "event, London, United
#: Kingdom [1858]", "European history [1618–1648]", "treaty, Europe [c. 1648]"
DESCRIPTOR = re.compile(r"\[\s*(?:c\.\s*)?\d{3,4}(?:\s*(?:[–—-]|to)\s*\d{2,4})?\s*(?:BCE?|CE|AD)?\s*\]$")
REFERENCE = re.compile(r"\b(?:No|Nr|Ref|Reference|Issue|Vol)\.?\s*#?\d|\b\d{1,4}/\d{2,4}\b", re.I)
_CONTINUES = re.compile(r"^[a-z]")


def continues(text: str) -> bool:
    """The line goes on from the one above in lower case: a headline set over two lines."""
    return bool(_CONTINUES.match(text.lstrip("#* ")))


#: the words no headline ends on - an article, a preposition, a conjunction: a line that ends on one
#: is cut where the headline was set over two lines ("Up the Coast and Home: The" / "Club's Long ...",
#: "NEW DUES AT THE QUAY, AND THE FUTURE OF" / "THE MOORINGS")
#: (not "in", "on", "to", "up", "by": a phrasal verb or an adverb ends a menu's "Sign in" and a
#: headline's "Twenty years on")
_OPEN_END = re.compile(r"\b(?:the|a|an|of|and|or|nor|for|with|from|between|its|their)\s*$", re.I)
#: the fewest words of a line read as a headline's first half
OPEN_END_MIN_WORDS = 3


def ends_open(text: str) -> bool:
    """The line ends on a word no headline ends on: the headline goes on in the next line."""
    text = text.rstrip()
    return len(text.split()) >= OPEN_END_MIN_WORDS and "|" not in text and bool(_OPEN_END.search(text))


def _words(live: list[Unit], c: Candidate) -> int:
    return sum(live[k].n_words for k in range(c.first, c.last + 1))


def _meta_under(live: list[Unit], c: Candidate, body: int, t: Tests) -> bool:
    """Its byline, date line or credit under it, or a standfirst and then one."""
    for k in range(c.last + 1, min(c.last + 3, len(live))):
        text = live[k].text.strip()
        if t.is_credit_or_date(text):
            return True
        if live[k].is_prose or t.is_nav_like(live[k]):
            return False
    return False


_RULE = re.compile(r"^\s*(?:[-_=─━—–]\s*){3,}$")
#: how many lines a framed heading block holds under its first line; a framed heading's words with
#: a digit in them are at most one in FRAME_NUMBER_SHARE
FRAME_LINES = 4
FRAME_NUMBER_SHARE = 3


def is_rule(text: str) -> bool:
    """A horizontal rule drawn in characters ("=====", "-----")."""
    return bool(_RULE.match(text))


def framed(live: list[Unit], c: Candidate) -> bool:
    """The first line of a block set between two rules ("==== / THE HARBOUR CUP -- FINAL / Released
    3 May / ===="): a plain-text document's own heading block. A line mostly of numbers (a wire's
    item line: "XYZ0917 2 URGENT 03-04-2019 14:02 GMT") is no heading."""
    if c.first == 0 or not _RULE.match(live[c.first - 1].text):
        return False
    words = c.text.split()
    if sum(any(ch.isdigit() for ch in w) for w in words) * FRAME_NUMBER_SHARE > len(words):
        return False
    for k in range(c.last + 1, min(c.last + 1 + FRAME_LINES, len(live))):
        if _RULE.match(live[k].text):
            return True
        if live[k].is_prose:
            return False
    return False


def _body_under(live: list[Unit], c: Candidate, body: int, t: Tests) -> bool:
    return c.last + 1 == body


def _first_line(live: list[Unit], c: Candidate, body: int, t: Tests) -> bool:
    return c.first == 0 and body > 1


#: how long a standfirst may be
STANDFIRST_MAX_WORDS = 40


def _over_standfirst(live: list[Unit], c: Candidate, body: int, t: Tests) -> bool:
    """Under a label or site's name, a short headline over a longer standfirst that has the byline
    or date line under it ("Obituaries / Jane Doe obituary / Teacher who … / By …")."""
    k = c.last + 1
    if c.first == 0 or k + 1 >= len(live) or k >= body:
        return False
    dek, under = live[k], live[k + 1]
    text = dek.text.strip()
    return (_words(live, c) < dek.n_words <= STANDFIRST_MAX_WORDS and not _CONTINUES.match(text)
            and not t.is_label(dek) and not t.is_nav_like(dek) and not t.is_credit_or_date(text)
            and t.is_credit_or_date(under.text.strip()))


#: the features and their weights; every note names the page shapes (three or more) behind it
FEATURES: tuple[Feature, ...] = (
    Feature("headline_length", 1.5, lambda live, c, body, t: 4 <= _words(live, c) <= 30,
            "a headline says something: four words or more (the ferry, glacier and tides pages of "
            "the own23 fixtures, the grctur translated page)"),
    Feature("short_line", -1.5, lambda live, c, body, t: _words(live, c) <= 2,
            "one or two words over a headline are a section label or a kicker ('Obituaries', "
            "'Local History', 'Live', 'Notices')"),
    Feature("meta_under", 2.0, _meta_under,
            "a byline, date line or credit right under it (news, obituary, wire and Q&A pages)"),
    Feature("over_standfirst", 2.0, _over_standfirst,
            "a short headline with its standfirst and byline under it (obituary, feature and "
            "interview pages: 'Walter Dunning obituary / Hull trawler skipper who …')"),
    Feature("over_wiki_tagline", 3.0,
            lambda live, c, body, t: c.last + 1 < len(live) and bool(WIKI_TAGLINE.match(live[c.last + 1].text.strip())),
            "a wiki prints its tagline right under the article's title, however short the title "
            "('From Wikipedia, the free encyclopedia', 'From Infogalactic: the planetary knowledge "
            "core', the slocro encyclopedia page)"),
    Feature("body_under", 1.0, _body_under, "the first paragraph right under it"),
    Feature("first_line", -1.0, _first_line,
            "the page's first line, with more lines before the body, is most often the site's name"),
    Feature("framed", 2.0, lambda live, c, body, t: framed(live, c),
            "the first line of a block set between two rules is a plain-text document's own heading "
            "(a kit's instruction sheet, a moot problem, a survey report, a parish bulletin)"),
    Feature("caps_label", -1.0, lambda live, c, body, t: t.is_label(live[c.first]) and _words(live, c) <= 5
            and not framed(live, c),
            "a short line in capitals is a masthead or label ('RIVERS TODAY', 'COASTWATCH', "
            "'REPUBLIC OF THE SUDAN')"),
    Feature("reference_number", -2.5, lambda live, c, body, t: bool(REFERENCE.search(live[c.first].text)),
            "a numbered label ('PRESS RELEASE No. 47/2012', 'Issue #48', 'Ref. 12/2019') names a "
            "document's place in a series, not what it says"),
    Feature("heading", 1.0, lambda live, c, body, t: live[c.first].heading == 1,
            "a markdown title heading"),
    Feature("under_division", 2.0,
            lambda live, c, body, t: c.first > 0 and t.is_division(live[c.first - 1].text.strip()),
            "a division's bare number on a line of its own ('CHAPTER 7', 'Part Two') stands over the "
            "division's named title (a book chapter, a textbook's part, a thesis chapter)"),
    Feature("joined", 0.5, lambda live, c, body, t: c.last > c.first,
            "a headline set over two lines, the second going on in lower case or the first ending on "
            "a word no headline ends on"),
    Feature("cut_short", -2.0, lambda live, c, body, t: c.last + 1 < body and ends_open(c.text),
            "a line that ends on an article, a preposition or a conjunction is the first half of a "
            "headline set over two lines, never the whole (a book chapter's, a circular's, a worksheet's)"),
)


def _eligible(u: Unit, t: Tests) -> bool:
    text = u.text.strip()
    if not text or not any(c.isalpha() for c in text) or u.n_words > 30 or len(text) > 220:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("...") and not text.endswith("?"):
        return False
    return not (t.is_nav_like(u) or t.is_credit_or_date(text) or t.is_note(text) or u.opens_with_date)


def _body(live: list[Unit], t: Tests) -> int:
    """The index of the first paragraph of the body (a note on the translation or the source is
    no paragraph of it)."""
    for j, u in enumerate(live[:REACH]):
        if u.is_prose and not u.heading and not t.is_note(u.text.strip()):
            return j
    return -1


def candidates(live: list[Unit], t: Tests) -> tuple[list[Candidate], int]:
    body = _body(live, t)
    if body <= 0:
        return [], body
    out = []
    for j in range(body):
        u = live[j]
        if not _eligible(u, t):
            continue
        out.append(Candidate(j, j, u.text.strip()))
        if j + 1 < body and _eligible(live[j + 1], t) and (continues(live[j + 1].text) or ends_open(u.text)) \
                and not u.text.rstrip().endswith(("?", "!")):
            # a reference work's descriptor under its entry's name ("Great Stink" / "event, London
            # [1858]") is no part of the name: both lines go, the name alone is the title
            under = live[j + 1].text.strip()
            out.append(Candidate(j, j + 1, u.text.strip() if DESCRIPTOR.search(under) else f"{u.text.strip()} {under}"))
    return out, body


def score(live: list[Unit], c: Candidate, body: int, t: Tests) -> float:
    return sum(f.weight for f in FEATURES if f.test(live, c, body, t))


def choose(live: list[Unit], t: Tests, least: float = MIN_SCORE) -> tuple[Candidate, float] | None:
    """The best-scoring headline candidate above the body, with its score, or None when none
    scores ``least``."""
    cands, body = candidates(live, t)
    scored = [(score(live, c, body, t), -c.first, c) for c in cands]
    if not scored:
        return None
    best, _, c = max(scored, key=lambda x: (x[0], x[1]))
    return (c, best) if best >= least else None


def explain(live: list[Unit], t: Tests) -> list[tuple[str, float, list[str]]]:
    """Every candidate with its score and the features that fired (for debugging)."""
    cands, body = candidates(live, t)
    return [(c.text, score(live, c, body, t), [f.name for f in FEATURES if f.test(live, c, body, t)]) for c in cands]
