"""What a PDF's type sizes say about its first page and its page heads (pypdf's text visitor gives
each run of text with its font size):

- the **title** is the first run of lines set in the largest size on the first page, when that size
  stands out from the body text's (``TITLE_RATIO`` times the size most characters are set in);
- a **running head** is the first line of a later page set smaller than the body text, with no
  sentence in it ("Annual Report 2023 | Harbour Authority"): furniture, not text;
- the **headings** are the first page's runs of lines set larger than the body text: a chapter's
  label ("Chapter 2") and its title in two sizes; the loader takes the longest the information
  dictionary's title holds ("Report - Chapter 2: Historical background" holds both);
- a running head the later pages share, printed first on the first page too, is a running head there
  (one that prints a date is left to the text's reading of the top, which takes it as the folio);
- the **issuer** is a line of the cover above the title that a running head repeats (a report's
  running head names the report and who issued it): the author of a paper signed by a body.

Used only when the document information dictionary gives no title or author.

Public API: :func:`read_layout` -> :class:`Layout`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

#: how much larger than the body text a title is set
TITLE_RATIO = 1.25
#: the most words a title (or a running head) has
TITLE_MAX_WORDS = 30
HEAD_MAX_WORDS = 15
#: the title is among the first lines of the first page
TITLE_REACH = 15
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]|[.!?]$")
_HEAD_PARTS = re.compile(r"\s+[|·•–—]\s+|\s{3,}")


@dataclass
class Layout:
    title: str | None = None
    issuer: str | None = None
    #: per page (0-based), the running head's text
    running_heads: dict[int, str] = field(default_factory=dict)
    #: the first page's runs of lines set larger than the body text, in reading order: a chapter's
    #: label ("Chapter 2") and its title are two runs in two sizes
    headings: list[str] = field(default_factory=list)


def _lines(page) -> list[tuple[str, float]]:  # noqa: ANN001 - a pypdf PageObject
    """The page's lines of text in reading order with their effective font size (the runs drawn
    at one height are one line; its size is the largest of them)."""
    rows: list[list] = []  # [y, text, size]

    def visit(text: str, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001
        if not text.strip():
            return
        size = round(float(font_size) * abs(tm[3] or 1) * abs(cm[3] or 1), 1)
        y = round(tm[5] * (cm[3] or 1) + cm[5], 1)
        if rows and abs(rows[-1][0] - y) < 1:
            rows[-1][1] += text
            rows[-1][2] = max(rows[-1][2], size)
        else:
            rows.append([y, text, size])

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # a damaged page: no layout, the text layer is read as before
        return []
    return [(" ".join(t.split()), s) for _, t, s in rows if t.strip()]


def read_layout(pages) -> Layout:  # noqa: ANN001 - pypdf pages
    """The title, issuer and running heads the type sizes show (see the module's note)."""
    out = Layout()
    lines = [_lines(p) for p in pages]
    weight: Counter[float] = Counter()
    for page in lines:
        for text, size in page:
            weight[size] += len(text)
    if not weight or not lines[0]:
        return out
    body = weight.most_common(1)[0][0]
    for n, page in enumerate(lines[1:], start=1):
        if page and page[0][1] < body and len(page[0][0].split()) <= HEAD_MAX_WORDS and not _SENTENCE.search(page[0][0]):
            out.running_heads[n] = page[0][0]
    first = lines[0][:TITLE_REACH]
    heads = set(out.running_heads.values())
    if first and first[0][0] in heads and len(first) > 1:  # the first page prints the running head too
        out.running_heads[0] = first[0][0]
    for i, (text, size) in enumerate(first):
        if size > body and not (i and first[i - 1][1] == size):
            j = i
            while j < len(first) and first[j][1] == size:
                j += 1
            run_text = " ".join(t for t, _ in first[i:j])
            if len(run_text.split()) <= TITLE_MAX_WORDS and run_text not in heads:
                out.headings.append(run_text)
    top = max(size for _, size in first)
    if top < body * TITLE_RATIO:
        return out
    start = next(i for i, (_, size) in enumerate(first) if size == top)
    end = start
    while end < len(first) and first[end][1] == top:
        end += 1
    title = " ".join(text for text, _ in first[start:end])
    if len(title.split()) > TITLE_MAX_WORDS:
        return out
    out.title = title
    head_parts = {p.strip().casefold() for h in out.running_heads.values() for p in _HEAD_PARTS.split(h) if p.strip()}
    for text, size in first[:start]:
        if size < top and text.casefold() in head_parts and text.casefold() != title.casefold():
            out.issuer = text
    return out
