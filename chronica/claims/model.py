"""The claim records: what one sentence asserts, with the sentence it cites.

A :class:`SentenceClaim` is one assertion of one sentence about one thing: a figure (``count``),
how long something lasted (``duration``), when it began or ended (``phase``),
who did a once-only act (``agent``), who took part in a happening (``participants``), when it
happened (``date``), its order relative to another happening (``order``), how much of a whole an
act covered (``scope``), how a relationship stood over a period (``relation``) or an attribute of
a person (``attribute``: birth, death, origin, age), or what a permission, order or refusal
was about (``act``). Its ``topic`` is the key that says what the
claim is about; two claims with the same ``kind`` and comparable topics may disagree (the rules
are data, :mod:`chronica.claims.rules`).

This is the contract between the claims stage (:mod:`chronica.claims.extract`), the store and the
chronicle. Fields may be added; none may be renamed or removed.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, asdict, dataclass, field

#: the kinds of claim, in the order the chronicle reports their disagreements
KINDS = ("date", "count", "duration", "phase", "agent", "participants", "order", "scope", "relation", "attribute", "act")


#: the count topics of a sum of money ("$36 a barrel", unit "USD a barrel") and of a share ("78.5
#: per cent", unit "%"): :func:`chronica.claims.extract.find_amounts`
MONEY_TOPIC = "money"
SHARE_TOPIC = "share"
AMOUNT_TOPICS = frozenset({MONEY_TOPIC, SHARE_TOPIC})

_BOUNDS = ("low", "high")  # a figure's interval: its bounds may be infinite


@dataclass
class SentenceClaim:
    """One sentence's assertion about one thing.

    ``topic`` is a readable key of the thing ("dead", "Greek population", "who started the war");
    ``subject`` the actor ids it is about (the counted people's state, a person, a pair);
    ``value`` the asserted value as text; ``low``/``high`` its numeric interval for counts and
    scopes; ``qualifier`` the word that made it an interval ("more than", "about"), or for a
    list of parties the word before it ("between": the list names every party).
    ``event_trigger`` is the trigger offset of the event mention of the same sentence the claim
    is about (None when it is about no extracted event).
    """

    document_id: int
    sentence_idx: int
    sentence: str
    sentence_start: int
    sentence_end: int
    kind: str
    topic: str
    value: str
    start: int  # offsets of the words that make the claim, in the document's clean text
    end: int
    subject: list[str] = field(default_factory=list)
    obj: str | None = None  # what the act is about, as a lemma ("war", "island", "trade")
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None  # the counted noun as written ("Argentine soldiers")
    phase: str | None = None  # "start" / "end" of a change ("fell from X to Y"); of a worded date, the
    # beginning or end its words also date ("the riots that broke out on 5 January")
    date: str | None = None  # the time the claim is about, TIMEX3 value, and its interval
    date_end: str | None = None
    earliest: str | None = None
    latest: str | None = None
    date_text: str | None = None
    stated: bool = False  # the date is written in the sentence
    narrative: bool = False  # the date is the one the document last wrote before the sentence
    attribution: str | None = None  # who the sentence says claims it ("Argentina alleged that")
    event_trigger: int | None = None
    other_trigger: int | None = None  # order claims: the other happening's trigger offset
    other_sentence_start: int | None = None  # order claims: the start of the other happening's sentence
    # when it is told in the sentence before ("Four days later, X ..."; None: the claim's own sentence)
    where: list[str] = field(default_factory=list)  # durations and phases: the words that place
    # what lasted or began ("fighting in the north": north; "the siege of the port": port)
    happening: str | None = None  # the once-only happening the claim is about, as "class:name words"
    # ("sink:belgrano general"): what happened to a named thing (chronica.claims.extract.happenings)
    whole: str | None = None  # counts: the hostilities as a whole the figure is the toll of ("the
    # war killed 70,000", "dead of the war", "It killed ..." after "The war began ..."): "war"
    modifiers: list[str] = field(default_factory=list)  # durations: the nouns that say which kind
    # of the thing lasted ("tanker" in "the tanker war lasted four years"): two kinds are two things
    clauses: list[str] = field(default_factory=list)  # order claims: the wording of the happening
    # the claim is about, then of the other one ("the UN imposed sanctions", "Iraq invaded Kuwait")
    masked: str | None = None  # dates, figures, durations: the clause that states the value, with
    # the value and every time left out ("Iceland broke off diplomatic relations with Britain"):
    # two sources writing one value in clauses worded alike write it about one thing
    predicate: str | None = None  # the lemma of the masked clause's verb ("break", "found")
    by_wording: bool = False  # the thing is known only by that clause (no measure, happening or
    # lasting noun the finders know): only clauses worded alike make two such claims one thing
    partner: list[str] = field(default_factory=list)  # agent claims of a bilateral act: the other
    # party, the one it was done "with" ("Morocco broke off relations with Algeria": DZA)
    persons: list[str] = field(default_factory=list)  # agent claims of an act one person does for
    # a side (``doers.person_roles``: who brokered it, who signed it for a state): the persons the
    # doer phrase names ("id:paul_kagame", "name:catherine ashton"); two sources naming different
    # persons for one such act disagree though their states agree

    @property
    def trigger_start(self) -> int:
        """The start of the words that make the claim, under the name citations read (as an
        event mention's trigger)."""
        return self.start

    @property
    def trigger_end(self) -> int:
        return self.end

    def to_dict(self) -> dict:
        """The claim as a JSON-ready record. An open interval's bound ("more than 500": high is
        infinite) is written as the string "inf": Python's ``json`` would write ``Infinity``,
        which is not JSON, and SQLite's json functions (the store's SQL-client views), jsonb and
        other readers reject the whole record."""
        data = asdict(self)
        for name in _BOUNDS:
            value = data[name]
            if isinstance(value, float) and not math.isfinite(value):
                data[name] = repr(value)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "SentenceClaim":
        """The claim of a record (``to_dict``'s): a record of known fields (this Chronica's, or an
        older one's, missing fields given their defaults) becomes the instance's attributes
        without the generated ``__init__`` (the web app reads every stored claim at start:
        94,720 on the 10× store, 1.95 CPU-s through ``__init__``); a record with unknown keys
        (a newer version's) goes through it, those keys left out."""
        known = cls.__dataclass_fields__
        if any(isinstance(data.get(name), str) for name in _BOUNDS):  # "inf" (to_dict's)
            data = {**data, **{n: float(data[n]) for n in _BOUNDS if isinstance(data.get(n), str)}}
        if data.keys() <= known.keys():
            claim = object.__new__(cls)
            for name in known.keys() - data.keys():  # a field added since the record was written
                f = known[name]
                if f.default is not MISSING:
                    setattr(claim, name, f.default)
                elif f.default_factory is not MISSING:
                    setattr(claim, name, f.default_factory())
                else:  # a required field missing: __init__ says which
                    return cls(**data)
            claim.__dict__.update(data)
            return claim
        return cls(**{k: v for k, v in data.items() if k in known})
