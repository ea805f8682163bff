"""The chronicle's records: merged events, disagreements and barometer series.

A :class:`ChronicleEvent` is one happening however many sentences (in however many documents)
state it; its ``mentions`` are those :class:`~chronica.events.model.EventMention` objects.
A :class:`Disagreement` sets side by side claims about one thing that cannot all be true.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronica.events.model import EventMention, Participant


@dataclass
class DocumentInfo:
    """What the chronicle needs to know about a source document."""

    id: int
    path: str = ""
    title: str | None = None
    published: str | None = None
    text: str | None = None  # the clean text (only the HTML report needs it)

    @property
    def key(self) -> str:
        """The document's id in the exports: ``d{N}``."""
        return f"d{self.id}"

    @property
    def label(self) -> str:
        """A short human name: the title, else the file name."""
        if self.title:
            return self.title
        return self.path.rsplit("/", 1)[-1] if self.path else self.key


def mention_order(m: EventMention) -> tuple:
    """The order of an event's mentions (and of the events by their first mention): document,
    place in it, trigger, type."""
    return (m.document_id, m.sentence_start, m.sentence_idx, m.trigger_start, m.type)


@dataclass
class ChronicleEvent:
    """One happening, merged from every sentence that states it."""

    id: str
    type: str
    date: str | None
    date_end: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    participants: list[Participant]
    summary: str
    intensity: float
    modality: str
    confidence: float
    mentions: list[EventMention] = field(default_factory=list)
    location: str | None = None

    @property
    def documents(self) -> list[int]:
        """Ids of the documents that state this event, in order."""
        return sorted({m.document_id for m in self.mentions})

    def actors(self, role: str | None = None) -> list[Participant]:
        return [p for p in self.participants if role is None or p.role == role]


@dataclass(frozen=True)
class EventSources:
    """What the timeline says of an event's sources: how many sentences state it (near-duplicate
    copies' too: ``len(event.mentions)``) and in which documents (``event.documents``)."""

    n_mentions: int
    documents: list[int]


@dataclass
class Claim:
    """One side of a disagreement: a value and the sentences that state it (event mentions, or
    :class:`~chronica.claims.model.SentenceClaim` records: both cite a document and a sentence)."""

    value: str
    mentions: list
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Disagreement:
    """Claims about the same thing that cannot all be right.

    ``kind`` is one of :data:`chronica.chronicle.disagreements.KINDS`: ``date`` (a different
    date for one event), ``number`` (a different figure for one quantity), ``act`` (a different
    act by the same actors for one happening), ``who`` (a different agent of a once-only act, or
    different parties), ``order`` (two happenings in opposite order), ``scope`` (how much of a
    whole), ``relations`` (exclusive states or trends of a relationship over the same period),
    ``attribute`` (a person's birth, origin, age). ``reason`` says why the claims cannot all be
    true.
    """

    id: str
    kind: str
    topic: str
    claims: list[Claim]
    event_ids: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class BarometerPoint:
    """One period of a barometer series.

    ``mean`` is the weighted mean intensity of the events in the period; ``estimate`` with
    ``low``/``high`` is the shrunk (posterior) estimate with its 90% credible interval (see
    :mod:`chronica.chronicle.barometer`). ``n`` is the (fractional) number of events.
    """

    period: str
    start: str
    end: str
    n: float
    mean: float
    estimate: float
    low: float
    high: float
    event_ids: list[str]


@dataclass
class BarometerSeries:
    """The cooperation (+) / conflict (-) series of one pair of actors."""

    actor_a: str
    actor_b: str
    resolution: str  # month | year | decade | century
    points: list[BarometerPoint]
    undated_event_ids: list[str] = field(default_factory=list)
    name_a: str | None = None
    name_b: str | None = None
    #: events of the pair that were refused, planned, possible or negated: shown, not scored
    not_done_event_ids: list[str] = field(default_factory=list)

    @property
    def event_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for p in self.points:
            for e in p.event_ids:
                seen.setdefault(e, None)
        return list(seen)
