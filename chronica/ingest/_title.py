"""A web page's title as a scored choice over candidates, not a cascade of rules.

Owns gathering the candidates a page offers for its headline — its title fields (``og:title``,
``twitter:title``, ``<title>``, the extractor's title), each whole and with a leading or trailing
part cut off where the outlet's name may stand ("Headline | Outlet", "Outlet: Headline"), and the
headings it prints — and scoring them by the evidence for each (:data:`TITLE_EVIDENCE`, the rules as
data). Public API: :func:`page_title`.

Why these features (dev pages, fixtures tuned/unseen/dev3/own20/own21/unseen2-odd and the
encyclopedia and blog pages of the dev subjects, 25 pages):

- the gold title is the headline the page prints as its heading (an <h1> in the body, or the
  first <h2>/<h3> when the <h1> is the blog's name) on 25 of 25 pages;
- the <title> carries the outlet's name after the headline on 25 of 25 pages and the gold title
  never does ("Cod Wars – Encyclopaedia Borealis": "Cod Wars");
- the <h1> is the site's name on 3 pages (own21 01, moralg 04, indmal 03 — three outlets),
  where the headline is the <title> part that the page prints as another heading;
- an <h1> in a <header> is the site's name only when that header is the page's, not the
  article's own (HTML5's ``<article><header><h1>``: session 33, maresp 05 and malsgp 03, where the
  headline was taken for the site's name and a section heading or the "LIVE:" field won);
- no dev page sets a section's name as its <h1>; our own pages (tests/test_ingest_shapes23.py)
  do, in three shapes (a <nav> link, a breadcrumb, a menu list): a menu's entry is no headline.

A title field cut at its joins only earns half a field's weight, and a cut the page does not print
as a heading is never taken (never a guess at which part is the outlet's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chronica.ingest._clean import lexicon_kind
from chronica.ingest._units import fold, segment

#: what joins an article's headline and the site's name in a page's <title>: "Headline | Site"
TITLE_JOIN = re.compile(r"\s+(?:[|·•»:]|::|[-–—])\s+")
#: the class or id of the element that prints the site's name in a page's header
SITE_NAME_CLASSES = ("site-title", "site-name", "sitename", "site-logo", "logo", "brand", "masthead-title", "blog-title")
#: how many of the page's <h2>/<h3> headings may name the piece (the first few: later ones are its sections)
HEADING_REACH = 3

#: the evidence a candidate may have, and what each is worth. A printed <h1> outweighs one title
#: field, not two that agree on something else; a menu's entry or naming the site (or carrying its name as a part)
#: rules a candidate out.
TITLE_EVIDENCE: dict[str, float] = {
    "field": 1.0,          # a title field (og:title, twitter:title, <title>, the extractor's) gives it whole
    "field_cut": 0.5,      # a title field gives it with a leading or trailing part cut off
    "printed_h1": 1.5,     # the page's first <h1> outside its header prints it
    "printed_heading": 1.0,  # one of the page's first <h2>/<h3> (or a later <h1>) prints it
    "site_name": -5.0,     # it is the site's name (og:site_name, the header's logo or site title)
    "names_site": -2.0,    # one of its parts, at a join, is the site's name ("Headline | Outlet")
    "menu_entry": -3.0,    # a link of the page's menu or breadcrumb prints it: a section's name ("World")
}
#: a <header> inside the <article> or <main> element is the piece's own header (its headline, byline
#: and date: HTML5's sectioning), not the site's: its <h1> is the headline, not the site's name
IN_ARTICLE = "ancestor::article or ancestor::main"
#: the elements whose links name the site's sections: a <nav>, a menu, a breadcrumb trail
MENU_XPATH = ("//nav//a | //*[contains(concat(' ', normalize-space(@class), ' ', @id, ' '), 'breadcrumb')]//a"
              " | //*[contains(concat(' ', normalize-space(@class), ' ', @id, ' '), 'menu')]//a")


@dataclass
class Candidate:
    text: str
    evidence: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(TITLE_EVIDENCE[e] for e in self.evidence)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _cuts(text: str) -> list[str]:
    """``text`` with a leading or trailing part cut at a join: "A – live | Post" -> "A – live",
    "A", "live | Post", "Post" (longest first)."""
    joins = list(TITLE_JOIN.finditer(text))
    cuts = [text[: m.start()] for m in reversed(joins)] + [text[m.end() :] for m in joins]
    if (m := _LEAD_LABEL.match(text)) and not joins:
        cuts.append(text[m.end() :])  # "Outlet: Headline" (or "Live: Headline", which the evidence then weighs)
    return cuts


#: a leading name closed by a colon: "Riverside Chronicle: Volunteers reopen …"
_LEAD_LABEL = re.compile(r"^[^:|]{2,60}?:\s+(?=\S)")


def site_names(tree: Any, sitename: str | None) -> set[str]:
    """The site's names the page gives, folded: og:site_name, the extractor's site name, the text
    of the header element classed as the site's title or logo, an <h1> in the page's header."""
    cond = " or ".join(f"contains(concat(' ', normalize-space(@class), ' ', @id, ' '), '{c}')" for c in SITE_NAME_CLASSES)
    names = {fold(e.text_content()) for e in tree.xpath(f"//body//*[{cond}] | //body//header[not({IN_ARTICLE})]//h1")}
    names |= {fold(v) for v in tree.xpath("//meta[@property='og:site_name']/@content")}
    if sitename:
        names.add(fold(sitename))
    return names - {""}


def candidates(tree: Any, extracted: str | None, sitename: str | None) -> list[Candidate]:
    """Every candidate the page offers, with its evidence. The extractor's title is evidence of
    its own only when no title field gives it (it read it from a heading)."""
    found: dict[str, Candidate] = {}

    def add(text: str, evidence: str) -> None:
        text = _norm(text)
        if not text or not any(c.isalpha() for c in text):
            return
        cand = found.setdefault(fold(text), Candidate(text))
        cand.evidence.append(evidence)

    fields = tree.xpath("//meta[@property='og:title']/@content")[:1]
    fields += tree.xpath("//meta[@name='twitter:title']/@content")[:1]
    fields.append(" ".join(" ".join(tree.xpath("//head/title//text()")).split()))
    fields = [_norm(v) for v in fields if _norm(v)]
    if extracted and fold(extracted) not in {fold(v) for v in fields}:
        fields.append(_norm(extracted))  # the extractor read it elsewhere (a heading): evidence of its own
    for value in fields:
        add(value, "field")
        for cut in _cuts(value):
            add(cut, "field_cut")
    header = f"ancestor::header[not({IN_ARTICLE})] or ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' site-header ')]"
    h1s = [h for h in tree.xpath(f"//body//h1[not({header})]")]
    for k, h in enumerate(h1s):
        add(h.text_content(), "printed_h1" if k == 0 else "printed_heading")
    for h in tree.xpath(f"//body//h2[not({header})] | //body//h3[not({header})]")[:HEADING_REACH]:
        add(h.text_content(), "printed_heading")
    names = site_names(tree, sitename)
    menu = {fold(a.text_content()) for a in tree.xpath(MENU_XPATH)} - {""}
    for cand in found.values():
        key = fold(cand.text)
        if key in menu:
            cand.evidence.append("menu_entry")
        if key in names:
            cand.evidence.append("site_name")
        elif any(fold(part) in names for part in TITLE_JOIN.split(cand.text)) or (
                (m := _LEAD_LABEL.match(cand.text)) and fold(m.group().rstrip()[:-1]) in names):
            cand.evidence.append("names_site")
    return list(found.values())


def page_title(html: str, extracted: str | None, sitename: str | None) -> str | None:
    """The page's headline (:func:`_page_title`), unless what was found is a line of page
    furniture the cleaning lexicon knows ("Share this:", "Advertisement", "Related stories"):
    then None, and the text's own top is read instead. No title is better than a guessed one."""
    title = _page_title(html, extracted, sitename)
    return None if title and _is_furniture(title) else title


def _is_furniture(text: str) -> bool:
    units = segment(text)
    return len(units) == 1 and lexicon_kind(units[0]) is not None


def _page_title(html: str, extracted: str | None, sitename: str | None) -> str | None:
    """The page's headline: the candidate with the most evidence (ties: the extractor's
    title); the extractor's title when it has none, when the page cannot be parsed or when no
    candidate has evidence for it."""
    if not extracted:
        return extracted  # the extractor found no title at all: the text's own top is read instead
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return extracted
    cands = candidates(tree, extracted, sitename)
    if not cands:
        return extracted
    first = fold(extracted or "")
    # a part of a title field that the page does not print is never taken alone (no guess at which
    # part is the outlet's): a candidate needs a whole field or a printed heading
    cands = [c for c in cands if set(c.evidence) - {"field_cut", "site_name", "names_site", "menu_entry"}]
    if not cands:
        return extracted
    # ties: the headline the page prints as its <h1>, then the extractor's title (a field the page
    # does not print and its own <title>'s cut agreeing weigh as much as the printed headline)
    best = max(cands, key=lambda c: (c.score, "printed_h1" in c.evidence, fold(c.text) == first))
    if best.score <= 0:
        return extracted
    return best.text
