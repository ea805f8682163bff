"""Scored page furniture: one learned decision per line on features that hold across page shapes.

The rules of :mod:`._clean` each recognise one shape of boilerplate (a byline, a teaser list, a
"Read more" pair). A page written in a shape none of them knows keeps its furniture. This pass
looks at every unit the rules kept and scores it on evidence that does not depend on the words of
one site: its length and whether it forms sentences (final stop, share of function words), its
case (all capitals, title case), digits and addresses, the link share of its text, whether it
addresses the reader ("your"), whether the same line (digits aside) is printed elsewhere on the page
(a running head, a repeated caption credit), whether it stands in a run of short non-sentences (a
menu, a contents list, a classified column) and whether its neighbours are rows of one list with it
(same first word or the same item mark: "Best actor - …" / "Best actress - …"), and where it stands: before the first or after the last
paragraph of prose. The features are combined by a logistic regression whose weights are data
(``data/furniture_weights.json``), trained only on the dev gold documents by
``scripts/train_furniture.py`` (labels: the gold ``boilerplate`` strings and what the rules removed
are furniture; kept units up to the gold ``body_ends`` that no boilerplate string names are article).

Losing a paragraph is worse than keeping junk, so the pass never touches a unit of more than
:data:`MAX_WORDS` words nor a table row of three cells or more, and needs a probability of at
least the shipped threshold.

Public API: :func:`features`, :func:`score`, :func:`mark_scored`, :data:`FEATURES`.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from chronica.ingest._units import Unit, fold

#: the longest unit the pass may drop: longer ones are text whatever their score.
MAX_WORDS = 30
#: kinds set by the rules that are not page furniture (the unit's role is known): not training data.
NOT_FURNITURE_KINDS = frozenset({"reference", "title", "header"})

FEATURES = (
    "bias", "words_le3", "words_le8", "log_words", "ends_sentence", "stop_ratio", "title_case",
    "upper_ratio", "digit_ratio", "link_density", "before_body", "after_body", "repeated",
    "short_run", "addresses_reader", "address", "heading", "label_colon", "parenthesised",
    "is_prose", "dated_heading", "separators", "position", "self_reference", "locator", "question", "table_row", "parallel",
)

_DIGITS = re.compile(r"\d+")
_READER = re.compile(r"\b(?:you|your|yours|you're|you’re|please)\b", re.I)
#: the nouns a page uses to speak of itself: "this page", "this translation", "the transcript"
DOCUMENT_NOUNS = ("page", "article", "story", "document", "text", "transcript", "transcripts", "translation",
                  "excerpt", "briefing", "newsletter", "email", "e-mail", "issue", "edition", "post", "site",
                  "website", "podcast", "episode", "lecture", "paper", "version", "copy", "digest", "letter",
                  "feed", "blog", "broadcast", "bulletin", "programme", "program", "audio", "video", "comments")
#: a line whose subject is the page itself: it opens with a deictic before a document noun ("This
#: briefing is also available in …", "This is an unofficial translation …"); a standfirst that
#: names the page further on ("Hosted by …, this episode asks …") is about its subject, not a note
_SELF_REFERENCE = re.compile(r"^\W*(?:this|these|our)\s+(?:[\w-]+\s+){0,4}?(?:%s)\b" % "|".join(DOCUMENT_NOUNS), re.I)
#: a place in a printed or serial whole: "Page A7 of 32", "Continued on page 3", "Vol. XXXI No. 188", "Lecture 9 of 14"
_LOCATOR = re.compile(r"\b(?:page|p\.|col\.|column|vol\.|volume|no\.|part|issue|edition|lecture|episode)\s*[A-Z]?[\dIVXLC]+\b"
                      r"|\b\d+\s+of\s+\d+\b", re.I)
_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|net|example)\b", re.I)
_LABEL = re.compile(r"^[^\W\d][\w .'’/&-]{0,24}:\s")
#: items set side by side in one line: "Home | World | Africa", "News › Opinion" (not a table row)
_SEPARATORS = re.compile(r"\S\s+[|·•>»›/]\s+\S")
#: a row of a table: "| 1956 | March | … |"
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")

_WEIGHTS_FILE = Path(__file__).parent / "data" / "furniture_weights.json"


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    data = json.loads(_WEIGHTS_FILE.read_text(encoding="utf-8"))
    return dict(zip(data["features"], data["weights"])), float(data["threshold"])


_MARKS = (" - ", " – ", ": ", " | ", " by ")


def _shape(u: Unit) -> tuple[str, tuple[bool, ...]]:
    """A line's first word and which item marks it has: rows of one list share one of them."""
    words = u.text.split()
    return (words[0].lower() if words else ""), tuple(m in u.text for m in _MARKS)


def _parallel(u: Unit, v: Unit) -> bool:
    (w1, m1), (w2, m2) = _shape(u), _shape(v)
    return (bool(w1) and w1 == w2) or any(a and b for a, b in zip(m1, m2))


def _short_nonsentence(u: Unit) -> bool:
    return u.n_words <= 8 and not u.ends_sentence


def features(units: list[Unit], i: int, *, first_prose: int, last_prose: int,
             counts: dict[str, int]) -> list[float]:
    """The feature vector (in the order of :data:`FEATURES`) of ``units[i]``."""
    u = units[i]
    text = u.text
    n = u.n_words
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    digits = sum(c.isdigit() for c in text) / max(1, len(text))
    near = [units[j] for j in range(max(0, i - 2), min(len(units), i + 3)) if j != i]
    run = sum(_short_nonsentence(v) for v in near) / len(near) if near else 0.0
    return [
        1.0,
        float(n <= 3),
        float(n <= 8),
        math.log1p(n) / 5.0,
        float(u.ends_sentence),
        u.stop_ratio,
        u.title_case_ratio,
        upper,
        min(1.0, digits * 5),
        u.link_density,
        float(first_prose >= 0 and i < first_prose),
        float(last_prose >= 0 and i > last_prose),
        float(counts.get(_key(u), 0) > 1),
        run,
        float(bool(_READER.search(text))),
        float(bool(_ADDRESS.search(text))),
        float(bool(u.heading)),
        float(bool(_LABEL.match(text)) and n <= 12),
        float(text.startswith(("(", "[")) and text.rstrip().endswith((")", "]"))),
        float(u.is_prose),
        float(u.opens_with_date),
        float(bool(_SEPARATORS.search(text))),
        i / max(1, len(units) - 1),
        float(bool(_SELF_REFERENCE.search(text))),
        float(bool(_LOCATOR.search(text))),
        float("?" in text),
        float(bool(_TABLE_ROW.match(text.strip()))),
        sum(_parallel(u, v) for v in near) / len(near) if near else 0.0,
    ]


def line_key(text: str) -> str:
    """A line as the page repeats it: folded (:func:`._units.fold`), its numbers one mark ("Page 1 of 3"
    and "Page 2 of 3" are one line). The scored pass's "repeated" feature and a PDF's running heads
    and foots (:func:`._load.page_furniture`) compare lines by it."""
    return _DIGITS.sub("#", fold(text))


def _key(u: Unit) -> str:
    return line_key(u.text)


def page_context(units: list[Unit]) -> tuple[int, int, dict[str, int]]:
    """The first and last kept prose unit (-1 when none) and how often each line is printed."""
    prose = [i for i, u in enumerate(units) if u.kind is None and u.is_prose]
    counts: dict[str, int] = {}
    for u in units:
        if u.n_words:
            k = _key(u)
            counts[k] = counts.get(k, 0) + 1
    return (prose[0], prose[-1], counts) if prose else (-1, -1, counts)


def score(x: list[float], weights: dict[str, float] | None = None) -> float:
    """The probability that a unit with features ``x`` is page furniture."""
    w = weights if weights is not None else _model()[0]
    z = sum(w.get(name, 0.0) * v for name, v in zip(FEATURES, x))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def mark_scored(units: list[Unit]) -> None:
    """Set kind ``"scored"`` on each kept unit of at most :data:`MAX_WORDS` words scored furniture.
    A page with no prose unit is left alone (its shape cannot be told from its body)."""
    first, last, counts = page_context(units)
    if first < 0:
        return
    weights, threshold = _model()
    hits = []
    for i, u in enumerate(units):
        if u.kind is not None or u.n_words == 0 or u.n_words > MAX_WORDS or u.text.count("|") >= 4:
            continue  # a row of three cells or more is a table's data
        if score(features(units, i, first_prose=first, last_prose=last, counts=counts), weights) >= threshold:
            hits.append(u)
    if len(hits) < sum(1 for u in units if u.kind is None):  # never the whole article
        for u in hits:
            u.kind = "scored"
