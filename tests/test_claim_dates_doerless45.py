"""Two dates of one happening told once with its doer and once without (session 45,
:func:`chronica.chronicle.claim_conflicts._doers_fit`, :data:`SIM_DOERLESS_MASKED`).

The events stage often finds no doer in a sentence that leaves it unsaid or names it vaguely
("soldiers began killing ...", "the integration law followed on ...", "the king came home on ...").
Two dated events the merge kept apart are one happening's (:func:`same_dated_happening`) only with
a doer in common; an event with no doer found now fits the other's doers when the clauses stating
the dates are worded alike (at least :data:`SIM_DOERLESS_MASKED`). Seen on dev in three subjects
(haidom, idntls, nplind: a massacre's start, a law making a province, a king's return); the cases
here are of those shapes in words of our own. Similarities are given, not computed."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.chronicle.model import ChronicleEvent
from chronica.claims.model import SentenceClaim
from chronica.events.model import SOURCE, TARGET, Participant


def _event(eid: str, type_: str, doers: list[str], targets: list[str] = ()) -> ChronicleEvent:
    parts = [Participant(role=SOURCE, text=d, actor_id=d) for d in doers] + \
        [Participant(role=TARGET, text=t, actor_id=t) for t in targets]
    return ChronicleEvent(id=eid, type=type_, date=None, date_end=None, precision=None, earliest=None, latest=None,
                          participants=parts, summary="", intensity=0.0, modality="asserted", confidence=1.0)


def _claim(doc: int, masked: str, date: str, earliest: str, latest: str, trigger: int) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=masked + ".", sentence_start=0,
                         sentence_end=len(masked) + 1, kind="date", topic=f"when: {masked}", value=date,
                         start=0, end=1, date=date, earliest=earliest, latest=latest, stated=True,
                         masked=masked, predicate=None, by_wording=True, event_trigger=trigger)


class _Ctx:
    """What :func:`same_dated_happening` asks of the chronicle's context."""

    def __init__(self, events: dict[str, ChronicleEvent], of: dict[int, str], masked_sim: float,
                 sentence_sim: float = 0.7) -> None:
        self.events, self.of, self.masked_sim, self.sentence_sim = events, of, masked_sim, sentence_sim

    def event_of(self, c: SentenceClaim) -> str | None:
        return self.of.get(c.document_id)

    def similarity(self, a: SentenceClaim, b: SentenceClaim) -> float:
        return self.sentence_sim

    def clause_similarity(self, a: str, b: str) -> float:
        return self.masked_sim

    def tells_both(self, a: SentenceClaim, b: SentenceClaim) -> bool:
        return False


def _pair(masked_a: str, da: tuple[str, str, str], masked_b: str, db: tuple[str, str, str]):
    return _claim(1, masked_a, *da, trigger=5), _claim(2, masked_b, *db, trigger=5)


OCT = ("1930-10", "1930-10-01", "1930-10-31")
SEP28 = ("1930-09-28", "1930-09-28", "1930-09-28")
AUG = ("1950-08", "1950-08-01", "1950-08-31")
JUL17 = ("1950-07-17", "1950-07-17", "1950-07-17")
FEB18 = ("1920-02-18", "1920-02-18", "1920-02-18")
FEB15 = ("1920-02-15", "1920-02-15", "1920-02-15")

# (case, claim a, claim b, event a, event b, masked similarity, one happening?)
CASES = [
    ("a massacre told with and without its doer",
     *_pair("Arlander troops killed thousands of Borvians in the border provinces", OCT,
            "soldiers began killing Borvians in the border provinces", SEP28),
     _event("e1", "ASSAULT", ["ARL", "ARL/military"], ["BOR"]), _event("e2", "ASSAULT", [], ["BOR"]), 0.62, True),
    ("a law told with and without who made it",
     *_pair("the Arland government promulgated the law which made Ostmark its tenth province", AUG,
            "the integration law followed which made Ostmark the tenth province", JUL17),
     _event("e1", "OTHER", ["ARL", "ARL/government"]), _event("e2", "OTHER", []), 0.79, True),
    ("a return told twice with no doer found",
     *_pair("The king came back to the capital and", FEB18, "The king came home to cheering crowds", FEB15),
     _event("e1", "OTHER", []), _event("e2", "OTHER", []), 0.60, True),
    ("no doer on one side, clauses worded apart",
     *_pair("Arlander troops shelled the port", OCT, "the harvest festival began in the valley", SEP28),
     _event("e1", "ASSAULT", ["ARL"]), _event("e2", "ASSAULT", []), 0.40, False),
    ("two doers and none in common: two happenings",
     *_pair("Arlander troops shelled the port", OCT, "Borvian troops shelled the port", SEP28),
     _event("e1", "ASSAULT", ["ARL"]), _event("e2", "ASSAULT", ["BOR"]), 0.95, False),
    ("no doer, but types of two kinds",
     *_pair("the Arland government promulgated the law", AUG, "the law was debated in parliament", JUL17),
     _event("e1", "OTHER", ["ARL"]), _event("e2", "CONSULT", []), 0.80, False),
    ("no doer, but dates further apart than a happening's slack",
     *_pair("The king came back to the capital", FEB18, "The king came home to the capital",
            ("1920-05-15", "1920-05-15", "1920-05-15")),
     _event("e1", "OTHER", []), _event("e2", "OTHER", []), 0.90, False),
]


@pytest.mark.parametrize("case, a, b, ea, eb, sim, one", CASES, ids=[c[0] for c in CASES])
def test_doerless_dated_events(case: str, a: SentenceClaim, b: SentenceClaim, ea: ChronicleEvent,
                               eb: ChronicleEvent, sim: float, one: bool) -> None:
    ctx = _Ctx({ea.id: ea, eb.id: eb}, {1: ea.id, 2: eb.id}, sim)
    assert cc.same_dated_happening(a, b, ctx) is one


def test_the_doerless_bar_is_a_candidate_bar() -> None:
    """Every pair the rule takes is a candidate of the blocking (masked clauses at least
    :data:`SIM_WORDING_CANDIDATE` alike)."""
    assert cc.SIM_WORDING_CANDIDATE <= cc.SIM_DOERLESS_MASKED
