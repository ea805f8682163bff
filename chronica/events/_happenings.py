"""Named happenings as participants: "the Korean War broke out", "the outbreak of the Gulf War".

A war, a crisis or a revolution with a proper name is itself what history reports on, often with no
state named in the sentence. Such a name (a spaCy EVENT entity, or a noun phrase whose head is a
happening noun and which is written as a proper name) becomes a mention of kind ``event``: it can
carry an event of the ontology (the outbreak of a war is a FIGHT) but is no actor — it has no
knowledge-base id, it never acts for a state and the barometer and the actor graph leave it out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from chronica.events._actors import Mention

#: heads of named happenings ("the Korean War", "the Suez Crisis", "the Russian Revolution")
HAPPENING_NOUNS = frozenset({
    "war", "wars", "crisis", "revolution", "uprising", "rebellion", "revolt", "conflict", "blockade",
    "airlift", "coup", "putsch", "intervention", "invasion", "offensive", "campaign", "siege",
    "battle", "insurgency", "intifada", "emergency", "genocide", "massacre", "famine", "purge",
})
#: event types a named happening may carry on its own ("the Korean War broke out")
HAPPENING_TYPES = frozenset({"FIGHT", "ASSAULT", "INVADE", "OCCUPY"})
KIND = "event"


def happening_mentions(doc: Doc, taken: set[int] | None = None) -> list[Mention]:
    """Mentions of named happenings in ``doc`` that overlap no token of ``taken`` (token indices
    already covered by actor mentions)."""
    taken = taken or set()
    out: list[Mention] = []
    seen: set[int] = set()
    for span in _candidates(doc):
        if not _headed_by_happening(span):
            continue
        if any(t.i in taken or t.i in seen for t in span):
            continue
        seen.update(t.i for t in span)
        name = span.text
        out.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                           None, name, KIND, False, named=True))
    return out


def _candidates(doc: Doc):  # noqa: ANN202 - a generator of spans
    for ent in doc.ents:
        if ent.label_ in ("EVENT", "ORG", "LAW"):
            span = _trim(ent)
            if span is not None:
                yield span
    for chunk in doc.noun_chunks:
        span = _trim(chunk)
        if span is not None and _proper(span):
            yield span


def _headed_by_happening(span: Span) -> bool:
    """Its head is a happening noun, or it ends in one and a number ("World War II", "Gulf War 2")."""
    if span.root.lower_ in HAPPENING_NOUNS:
        return True
    words = list(span)
    while words and (words[-1].like_num or words[-1].text.isupper() and set(words[-1].text) <= set("IVXL")):
        words.pop()
    return len(words) < len(span) and bool(words) and words[-1].lower_ in HAPPENING_NOUNS


def names_a_happening(tok: Token) -> bool:
    """``tok`` heads the name of a happening ("The Suez Crisis", "the Berlin Blockade", "The
    Istanbul pogrom"): a spaCy EVENT entity, or a noun phrase headed by a happening noun whose
    modifiers are written as a proper name."""
    if tok.ent_type_ == "EVENT":
        return True
    if tok.lower_ not in HAPPENING_NOUNS:
        return False
    words = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "amod", "nmod") and t.is_alpha]
    return bool(words) and all(t.is_title or t.is_upper for t in words)


def _trim(span: Span) -> Span | None:
    """The name without a leading determiner or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].dep_ in ("det", "poss", "predet"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end] if end > start else None


def _proper(span: Span) -> bool:
    """Written as a proper name: every word title-case (or a numeral: "World War II"), the head too."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.is_title or t.is_upper for t in words) and span.root.is_title


def happening_summary(etype: str, participants: list) -> str | None:
    """"The Korean War breaks out" when the event's only participants are named happenings."""
    if etype not in HAPPENING_TYPES or not participants:
        return None
    if all(getattr(p, "kind", None) == KIND for p in participants):
        names = " and ".join(dict.fromkeys(p.text for p in participants))
        verb = "break out" if " and " in names else "breaks out"
        return f"{names} {verb}"
    return None
