"""Cutting a text into parse-sized segments: plain text work, no spaCy (a build with nothing
new imports this, not the pipeline).

Public API: :data:`SEGMENT_CHARS`, :data:`BATCH_CHARS`, :data:`BLANK_LINE`, :func:`segment_bounds`
(re-exported by :mod:`chronica.nlp`).
"""

from __future__ import annotations

import re

#: The longest text parsed as one spaCy Doc. Nearly every news article (the BBC corpus's longest
#: is about 25,000 characters) is parsed whole; a book or a long report is cut into pieces of
#: about this size on paragraph (else sentence, else word) boundaries.
SEGMENT_CHARS = 20_000
#: The most characters parsed in one ``nlp.pipe`` batch. Parse memory grows with the characters
#: of a batch, not with the document (measured with en_core_web_sm on benchmarks/long_text.py
#: text: 32 pieces of 10,000 characters peaked at 730 MB, 4 at 280 MB, 32 of 2,000 at 345 MB, at
#: the same speed; 8 pieces of 20,000 added 470 MB at the first batch), so the batch size is
#: capped at BATCH_CHARS // SEGMENT_CHARS documents: 3, which parses as fast on a CPU.
BATCH_CHARS = 60_000

BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
#: where a cut may fall, best first: after a blank line (a paragraph), after a line end, after a
#: sentence's final punctuation and its closing quotes or brackets, after any white space.
_CUTS = (
    BLANK_LINE,
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def segment_bounds(text: str, max_chars: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters that together
    cover it exactly: ``[(0, e1), (e1, e2), ..., (en, len(text))]``.

    Each cut falls at the last paragraph break of the allowed window; without one, at the last
    line end, then the last sentence end, then the last white space, and only in a run of
    ``max_chars`` characters without any space at a hard character offset. White space after a
    cut stays with the piece before it, so every piece starts on a word. A text that fits is one
    piece.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        limit = start + max_chars
        cut = None
        for pattern in _CUTS:
            # the last match ending inside the window, beyond a quarter of it (no tiny pieces)
            for match in pattern.finditer(text, start + max_chars // 4, limit):
                if match.end() <= limit:
                    cut = match.end()
            if cut is not None:
                break
        if cut is None or cut <= start:
            cut = limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds
