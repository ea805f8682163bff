"""Date claims and the events they are tied to, for the tables of two dates of one act
(``tests/test_claim_dates_same_act55.py``, ``tests/test_claim_dates_slip56.py``): a claim written
from its sentence, and a context that ties claims to events by their ``event_trigger``."""

from __future__ import annotations

from chronica.claims.model import SentenceClaim


def count_claim(pipeline, text: str) -> SentenceClaim:  # noqa: ANN001
    """The one count claim read from a figure (not from wording alone) in ``text`` (the tables of
    figures compared as intervals: ``tests/claims/test_claims_vague_counts35.py``,
    ``tests/claims/test_claims_dozen_articles58.py``)."""
    [c] = [c for c in pipeline(text)._.claims if c.kind == "count" and not c.by_wording]
    return c


def date_claim(doc: int, sentence: str, value: str, predicate: str | None, trigger: int | None = None) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="date", topic=f"when: {sentence}", value=value,
                         start=0, end=1, date=value, earliest=value, latest=value, stated=True,
                         masked=sentence, predicate=predicate, by_wording=True, event_trigger=trigger)



def worded_date(doc: int, sentence: str, masked: str, value: str, predicate: str | None) -> SentenceClaim:
    """A date claim known by its wording (``masked``: its clause with the date taken out) of ``value``, a
    day, a month (its span to the 28th) or a year, for the tables of near dates worded alike
    (``tests/test_claim_near_date_verb65.py``, ``tests/test_claim_named_near_date69.py``)."""
    if len(value) == 10:
        earliest, latest = value, value
    elif len(value) == 7:
        earliest, latest = f"{value}-01", f"{value}-28"
    else:
        earliest, latest = f"{value}-01-01", f"{value}-12-31"
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="date", topic=f"when: {masked}", value=value,
                         start=0, end=1, date=value, earliest=earliest, latest=latest, stated=True,
                         masked=masked, predicate=predicate, by_wording=True)


class Wording:
    """The two things :func:`chronica.chronicle.claim_conflicts.same_wording` asks of the chronicle's
    context, for tables that give the similarity of two claims' masked clauses: every pair of
    clauses is ``sim`` alike, and no source tells both claims."""

    def __init__(self, sim: float) -> None:
        self.sim = sim

    def clause_similarity(self, a: str, b: str) -> float:
        return self.sim

    def tells_both(self, a: SentenceClaim, b: SentenceClaim) -> bool:
        return False


class Participant:
    def __init__(self, role: str, actor_id: str) -> None:
        self.role, self.actor_id, self.name, self.state = role, actor_id, actor_id, None


class Event:
    def __init__(self, eid: str, etype: str, doers: tuple[str, ...] = (), targets: tuple[str, ...] = ()) -> None:
        self.id, self.type = eid, etype
        self.participants = [Participant("source", d) for d in doers] + [Participant("target", t) for t in targets]


class Ctx:
    """The events the claims are tied to (by their ``event_trigger``); a source tells both claims only
    when ``both`` says so."""

    def __init__(self, events: dict[int, Event] | None = None, both: bool = False) -> None:
        self.by_trigger = events or {}
        self.events = {e.id: e for e in self.by_trigger.values()}
        self.both = both

    def event_of(self, c: SentenceClaim) -> str | None:
        e = self.by_trigger.get(c.event_trigger)
        return e.id if e is not None else None

    def tells_both(self, a: SentenceClaim, b: SentenceClaim) -> bool:
        return self.both
