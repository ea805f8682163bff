"""When an event happened: the sentence's own time expression, the narrative's anchor, or the
document date for sentences about the present.

Order (the first that applies):
1. a DATE/TIME expression of the event's own sentence — the one attached (in the parse) to the
   event's predicate, else to a predicate governing it, else to no other event, else the nearest;
   ``date_source="sentence"``;
2. the sentence speaks of the present or the recent past ("recently", "now", "currently", a
   present perfect or progressive): the document date when it is known to the month or day
   (``date_source="document"``; a date known only to the year or decade is too coarse to date
   "now"), else no date; a bare present tense is a historical present when
   its paragraph has set a date (that date, "narrative"), else the document date;
3. the narrative's anchor, the last DATE expression before the sentence in the document that is
   not a duration and denotes calendar days, when it is in the same paragraph or in the
   sentence just before (a date set paragraphs ago no longer holds): ``date_source="narrative"``;
4. no date. The publication date is never given to past-tense history, and an event that is
   only planned or possible gets no date but its sentence's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

RECENT_WORDS = frozenset(
    {"recently", "now", "currently", "today", "nowadays", "lately", "presently", "yesterday", "tonight"}
)
#: TIMEX3 reference values meaning "now" or "lately"
PRESENT_VALUES = frozenset({"PRESENT_REF", "PAST_REF"})


@dataclass
class TimeRef:
    start: int
    end: int
    text: str
    value: str
    value_end: str | None
    mod: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    root: int | None = None  # token index of the expression's syntactic head

    @property
    def present(self) -> bool:
        return self.value in PRESENT_VALUES

    @property
    def calendar(self) -> bool:
        return bool(self.value) and self.value[:1].isdigit()


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def time_refs(doc: Doc, timexes: list | None, dct: str | None) -> list[TimeRef]:
    """DATE/TIME expressions of the document (durations and sets dropped), in text order.

    From ``timexes`` when given (even empty); else ``doc._.timexes``; when that is missing or
    empty, from ``chronica.time.tag``.
    Without a document date, expressions resolved against one the tagger guessed ("last
    October", "on Tuesday" anchored to an inferred date) are not trusted: their value is dropped.
    """
    if timexes is None:
        timexes = doc._.timexes if Doc.has_extension("timexes") else None
        if not timexes:
            timexes = _tag(doc, dct)
    refs: list[TimeRef] = []
    for tx in timexes:
        if _get(tx, "type") not in ("DATE", "TIME") or not _get(tx, "value"):
            continue
        value = str(_get(tx, "value"))
        if dct is None and _get(tx, "anchor") == "dct" and value[:1].isdigit():
            continue
        earliest, latest = _get(tx, "earliest"), _get(tx, "latest")
        if earliest is None and value[:1].isdigit():
            bounds = interval(value, _get(tx, "mod"))
            if bounds:
                earliest, latest = bounds
        start, end = int(_get(tx, "start")), int(_get(tx, "end"))
        span = doc.char_span(start, end, alignment_mode="expand")
        refs.append(
            TimeRef(
                start, end, _get(tx, "text") or doc.text[start:end], value, _get(tx, "value_end"),
                _get(tx, "mod"), _get(tx, "precision") or _precision(value), earliest, latest,
                span.root.i if span is not None and len(span) else None,
            )
        )
    refs.sort(key=lambda r: r.start)
    return refs


def _tag(doc: Doc, dct: str | None) -> list:
    """Time expressions from ``chronica.time.tag``, or none when the time stage is missing."""
    try:
        from chronica.time import tag
    except Exception:  # noqa: BLE001 - the time stage may be missing or unfinished
        return []
    try:
        return tag(doc.text, dct, doc=doc)
    except Exception:  # noqa: BLE001
        return []


def interval(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """The first and last ISO day a value denotes (``chronica.time.value_interval``), if known."""
    try:
        from chronica.time import value_interval
    except Exception:  # noqa: BLE001
        return None
    try:
        return value_interval(value, mod)
    except Exception:  # noqa: BLE001
        return None


def _precision(value: str) -> str | None:
    head = value.split("T")[0]
    if not head[:1].isdigit():
        return None
    parts = head.split("-")
    if len(parts[0]) == 3:
        return "decade"
    if len(parts[0]) == 2:
        return "century"
    return {1: "year", 2: "month", 3: "day"}.get(len(parts))


def choose_sentence_ref(
    anchor: Token, own: set[int], sent_refs: list[TimeRef], owner_of: dict[int, int | None]
) -> TimeRef | None:
    """The sentence's time expression for the event anchored at ``anchor``.

    ``own`` is the set of token indices that make up this event's predicate (anchor, light verb);
    ``owner_of`` maps each expression (by start) to the anchor of the event it attaches to.
    """
    calendar = [r for r in sent_refs if r.calendar and not _time_of_saying(r, anchor)]
    if not calendar:
        return None
    mine = [r for r in calendar if owner_of.get(r.start) in own]
    if mine:
        return mine[0]
    ancestors = {t.i for t in anchor.ancestors}
    governing = [r for r in calendar if owner_of.get(r.start) in ancestors]
    if governing:
        return governing[-1]
    free = [r for r in calendar if owner_of.get(r.start) is None]
    if free:
        return min(free, key=lambda r: abs((r.root or 0) - anchor.i))
    return min(calendar, key=lambda r: abs((r.root or 0) - anchor.i))


def _time_of_saying(ref: TimeRef, anchor: Token) -> bool:
    """The expression dates a verb that governs the event through a clausal complement: "the
    court ruled on Tuesday that his death ..." - Tuesday is when it was said, not the event."""
    if ref.root is None:
        return False
    doc = anchor.doc
    head = doc[ref.root].head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    cur = anchor
    crossed = False
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis"):
            crossed = True
        cur = cur.head
        if cur.i == head.i:
            return crossed
    return False


def attach(refs: list[TimeRef], doc: Doc, anchors: set[int]) -> dict[int, int | None]:
    """For each expression (by start offset), the nearest event anchor above it in the parse."""
    out: dict[int, int | None] = {}
    for r in refs:
        owner = None
        if r.root is not None:
            tok = doc[r.root]
            for t in [tok, *tok.ancestors]:
                if t.i in anchors:
                    owner = t.i
                    break
        out[r.start] = owner
    return out


RECENT, SIMPLE_PRESENT = "recent", "simple"


def present_kind(sent: Span, verb: Token | None, sent_refs: list[TimeRef]) -> str | None:
    """RECENT when the sentence speaks of now or lately ("recently", "now", a present perfect or
    progressive); SIMPLE_PRESENT for a bare present tense, which may also be a historical present
    ("Stalin refuses."); None for the past."""
    if any(r.present for r in sent_refs) or any(t.lower_ in RECENT_WORDS for t in sent):
        return RECENT
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return RECENT  # present perfect, progressive or passive: "has sent", "is sending"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return SIMPLE_PRESENT
    return None


def is_future(verb: Token | None) -> bool:
    """The predicate is in the future ("will visit"): no date without a time expression."""
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children
    )


def narrative_anchor(refs: list[TimeRef], before: int, text: str = "",
                     sent_starts: list[int] | None = None, window: int = 1) -> TimeRef | None:
    """The last calendar DATE expression ending before character ``before``, if it is in the
    same paragraph (no line break between) or within the ``window`` sentences before."""
    last = None
    for r in refs:
        if r.end > before:
            break
        if r.calendar:
            last = r
    if last is None or not text:
        return last
    if "\n" not in text[last.end : before]:
        return last
    if sent_starts is not None:
        between = sum(1 for s in sent_starts if last.end <= s < before)
        if between <= window:
            return last
    return None
