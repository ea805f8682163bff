"""The event records: one :class:`EventMention` per sentence that states a happening.

This is the contract between event extraction (``chronica.events``), the chronicle
(``chronica.chronicle``: merging mentions into timeline entries, disagreements, the barometer)
and the store/exports. Fields may be added; none may be renamed or removed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: roles a participant can play in an event
SOURCE, TARGET, OTHER = "source", "target", "other"

#: modality values: how the sentence holds the event
ASSERTED = "asserted"  # it happened, says the text
NEGATED = "negated"  # it did not happen ("did not invade")
REFUSED = "refused"  # an actor refused it ("Stalin refuses", "refused to sign")
PLANNED = "planned"  # future or intended ("will visit", "plans to", "is to")
POSSIBLE = "possible"  # conditional or modal ("could attack", "may sign", "if ...")
REPORTED = "reported"  # reported speech or a claim ("Kim said that ...", "according to")
HEDGED = "hedged"  # hedged ("reportedly", "allegedly", "apparently")
MODALITIES = (ASSERTED, NEGATED, REFUSED, PLANNED, POSSIBLE, REPORTED, HEDGED)


@dataclass
class Participant:
    """An actor taking part in an event, resolved when the knowledge base knows it."""

    role: str  # SOURCE | TARGET | OTHER
    text: str  # as written in the sentence ("Moscow", "the Kremlin", "Kim")
    actor_id: str | None = None  # knowledge-base id ("RUS", "SUN", a person id), None if unresolved
    name: str | None = None  # canonical name ("Russia", "Soviet Union", "Kim Il-sung")
    kind: str | None = None  # state | historical_state | organisation | person | armed_force | ...
    state: str | None = None  # the state this actor acts for at the event's date (a leader in office)
    start: int | None = None  # character offsets of ``text`` in the document's clean text
    end: int | None = None


@dataclass
class EventMention:
    """One sentence's statement of one happening: who did what to whom, when and where."""

    document_id: int
    sentence_idx: int
    sentence: str  # the sentence's text
    sentence_start: int  # offsets of the sentence in the document's clean text
    sentence_end: int
    type: str  # the event type: a PLOVER type ("ASSAULT"), a happening ("DIE") or "OTHER"
    intensity: float  # PLOVER's cooperation (+) / conflict (-) score of type and mode, -10..+10
    trigger: str  # the predicate word(s) as written ("invaded", "visit", "collapse")
    trigger_start: int
    trigger_end: int
    participants: list[Participant] = field(default_factory=list)
    location: str | None = None  # where, as written (or a resolved place name)
    # when: a TIMEX3 value at its precision, the interval it denotes, and how it was found
    date: str | None = None  # "1950-06-25", "1950-06", "1950", "196" (a decade), or None
    date_end: str | None = None  # the last value of a span
    precision: str | None = None  # day | month | year | decade | century | ...
    earliest: str | None = None  # ISO day
    latest: str | None = None  # ISO day
    date_text: str | None = None  # the time expression as written
    date_source: str | None = None  # "sentence" | "narrative" | "document" | None
    modality: str = ASSERTED
    attribution: str | None = None  # who claims it ("Kim", "the Kremlin", "officials")
    summary: str = ""  # a short generated line: "North Korea invades South Korea"
    confidence: float = 1.0
    subtype: str | None = None  # a refinement of ``type``: "military" for arms supplied (AID)
    form: str | None = None  # how the text says it: the ontology's form ("INVADE", "FIGHT", "VISIT")
    mode: str | None = None  # PLOVER mode ("visit", "arrest", "withdraw"), None when none applies
    context: list[str] = field(default_factory=list)  # PLOVER contexts ("military", "economic")
    cameo: str | None = None  # the CAMEO code of the trigger, where the dictionaries give one
    reversal: bool = False  # the predicate undoes an act it names ("lifted the embargo": RETREAT)
    checks: list[str] = field(default_factory=list)  # the named checks that applied and passed
    #: said as a noun that refers to the happening ("the invasion of Kuwait", "the Soviet
    #: withdrawal"), not asserted by a verb nor carried by a light verb ("launched an invasion"):
    #: the merge weighs such a mention as a reference to a happening told elsewhere
    nominal: bool = False

    def actors(self, role: str | None = None) -> list[Participant]:
        return [p for p in self.participants if role is None or p.role == role]

    def to_dict(self) -> dict:
        return asdict(self)
