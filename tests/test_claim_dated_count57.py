"""Two figures of one measure told by two sources in clauses worded apart, both dated to one day or
one month (session 57, :func:`chronica.chronicle.claim_conflicts.same_dated_count`): one day's toll
counted differently.

Dev (stored chronicles of dev r26-r43 recomputed, every pair of figures of two documents that the
other count tests kept apart and whose figures conflict): 5 pairs, 4 of them one gold
disagreement's (a siege's dead, a cyclone's dead, an earthquake's dead, one day's landing force, in
four subjects), the fifth one shelling's dead told by another sentence of the same source. A third
source's "only three died in the raid" against a raid's six dead stays apart: the events they are
tied to have different doers (the raider, and the side the dead belonged to). The cases are of those
shapes in invented words; no similarity is computed."""

from __future__ import annotations

import pytest
from claim_cases import Ctx, Event

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _count(doc: int, sentence: str, value: str, low: float, high: float, date: str | None = "1977-03-14",
           topic: str = "dead", narrative: bool = False, trigger: int | None = None,
           by_wording: bool = False) -> SentenceClaim:
    month = date is not None and len(date) == 7
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="count", topic=topic, value=value, start=0, end=1,
                         low=low, high=high, unit=_noun(sentence, value), date=date,
                         earliest=date and (f"{date}-01" if month else date),
                         latest=date and (f"{date}-31" if month else date), stated=date is not None and not narrative,
                         narrative=narrative, masked=sentence, by_wording=by_wording, event_trigger=trigger)


def _noun(sentence: str, value: str) -> str:
    """The word after the figure: the counted noun as written."""
    after = sentence.lower().split(value.lower(), 1)[1].split()
    return after[0].strip(".,;") if after else "people"


class _Ctx(Ctx):
    def subject_taken(self, a: SentenceClaim, b: SentenceClaim) -> bool:
        return False

    def sentence_claims(self, c: SentenceClaim) -> list[SentenceClaim]:
        return [c]


RAID = _count(1, "Rebel gunmen stormed the ferry terminal at Oskel on 14 March 1977, killing twelve people.",
              "twelve", 12, 12, trigger=1)
ONE_DAY = _count(2, "Only seven passengers died when the terminal was attacked.", "seven", 7, 7, trigger=2)

# (case, claim a, claim b, events by trigger, one thing?)
CASES = [
    ("one day's dead told in other words", RAID, ONE_DAY, {}, True),
    ("one month's dead of a storm",
     _count(1, "The cyclone of May 1984 left more than 9,000 people dead on the coast.", "more than 9,000", 9000,
            float("inf"), "1984-05"),
     _count(2, "When the storm came ashore in May 1984, some 6,000 villagers lost their lives.", "some 6,000",
            5100, 6900, "1984-05"), {}, True),
    ("tied to events of one type with a doer in common", RAID, ONE_DAY,
     {1: Event("e1", "ASSAULT", ("rebels",)), 2: Event("e2", "ASSAULT", ("rebels",))}, True),
    ("dates a day apart", RAID, _count(2, "Only seven passengers died when the terminal was attacked.", "seven", 7, 7,
                                       "1977-03-15"), {}, True),
    ("dates two days apart", RAID, _count(2, "Only seven passengers died when the terminal was attacked.", "seven", 7,
                                          7, "1977-03-16"), {}, False),
    ("one date carried from the narrative", RAID,
     _count(2, "Only seven passengers died when the terminal was attacked.", "seven", 7, 7, narrative=True), {}, False),
    ("one figure undated", RAID, _count(2, "Only seven passengers died.", "seven", 7, 7, None), {}, False),
    ("a year's figure", RAID, _count(2, "Seven passengers died in 1977.", "seven", 7, 7, "1977"), {}, False),
    ("two measures", RAID, _count(2, "Seven passengers were wounded at the terminal.", "seven", 7, 7,
                                  topic="wounded"), {}, False),
    ("figures of another order", RAID, _count(2, "Some 400 people died that day.", "some 400", 340, 460), {}, False),
    ("a repetition word", RAID, _count(2, "The terminal was attacked again and seven passengers died.", "seven", 7,
                                       7), {}, False),
    ("events with different doers", RAID, ONE_DAY,
     {1: Event("e1", "ASSAULT", ("rebels",)), 2: Event("e2", "ASSAULT", ("army",))}, False),
    ("other people counted (an officer, the attackers)",
     _count(1, "Gunmen attacked the post at Oskel on 14 March 1977, killing one officer.", "one", 1, 1),
     _count(2, "On 14 March 1977 three attackers died in the siege at Oskel.", "three", 3, 3), {}, False),
    ("a figure known only by its wording", RAID,
     _count(2, "Only seven passengers died when the terminal was attacked.", "seven", 7, 7, by_wording=True), {},
     False),
]


@pytest.mark.parametrize("case, a, b, events, one", CASES, ids=[c[0] for c in CASES])
def test_same_dated_count(case: str, a: SentenceClaim, b: SentenceClaim, events: dict, one: bool) -> None:
    ctx = _Ctx(events)
    assert cc.same_dated_count(a, b, ctx) is one
    assert cc.same_dated_count(b, a, ctx) is one


def test_the_count_test_takes_it() -> None:
    """The count kind's same-thing test takes two such figures (through :func:`_or_worded`'s
    ``apart``), and their figures conflict."""
    assert cc.SAME_THING["count"].__name__ == "same_count"
    assert cc._count_told_apart(RAID, ONE_DAY, _Ctx())
    assert cc.clash("count", RAID, ONE_DAY, _Ctx())
