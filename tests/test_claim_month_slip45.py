"""Two dates of one happening on one day of adjacent months: a month's name slipped (session 45,
:func:`chronica.chronicle.claim_conflicts.month_slip`, :func:`shares_name`,
:data:`SIM_SAME_WORDING_MONTH_SLIP`).

Dev (every pair of date claims of two documents written to the day on one day of adjacent
months, 52 dev subjects): the pairs of one happening (an arbitral award, a capture, a raid, a
sentence, a treaty: guyven, idntls, zafago, franzl, dnkdeu) scored 0.49-0.99 and their sentences
name the place, person or body in common; the pairs of two happenings (an invasion and a sinking a
month later, a border crossed and an ambush) scored 0.42-0.50 and share only states' names. The
cases are of those shapes in words of our own; similarities are given, not computed."""

from __future__ import annotations

import pytest
from claim_cases import Wording as _Ctx  # the tables' context: clauses this alike, no source telling both

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _date(doc: int, sentence: str, masked: str, value: str) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="date", topic=f"when: {masked}", value=value,
                         start=0, end=1, date=value, earliest=value, latest=value, stated=True,
                         masked=masked, predicate=None, by_wording=True)


# (case, claim a, claim b, masked similarity, one happening?)
CASES = [
    ("a raid on a named camp",
     _date(1, "The raid on Velmora of 4 May 1970 killed some 300 people.", "The raid on Velmora killed some 300 people",
           "1970-05-04"),
     _date(2, "A grave at Velmora, filmed after paratroopers attacked the camp on 4 June 1970.",
           "A grave at Velmora filmed after paratroopers attacked the camp", "1970-06-04"), 0.50, True),
    ("a named leader captured",
     _date(1, "4.1 Ostan Virel was captured in the capital on 20 November 1980.",
           "4.1 Ostan Virel was captured in the capital", "1980-11-20"),
     _date(2, "On 20 December 1980, when word came that Ostan Virel had been captured, the war seemed over.",
           "when word came that Ostan Virel had been captured the war seemed over", "1980-12-20"), 0.52, True),
    ("a sentence by a named court",
     _date(1, "At the High Court in Lorn on 22 November 1975 the judge sentenced the two agents.",
           "At the High Court in Lorn the judge sentenced the two agents", "1975-11-22"),
     _date(2, "The two agents were sentenced by the High Court at Lorn on 22 December 1975.",
           "The two agents were sentenced by the High Court at Lorn", "1975-12-22"), 0.49, True),
    ("two happenings sharing only a state's name",
     _date(1, "On 2 April 1982 Argentine forces occupied the islands.", "Argentine forces occupied the islands",
           "1982-04-02"),
     _date(2, "On 2 May 1982 a submarine sank the Argentine cruiser.", "a submarine sank the Argentine cruiser",
           "1982-05-02"), 0.50, False),
    ("a name in common, but under the bar",
     _date(1, "The raid on Velmora of 4 May 1970 killed some 300 people.", "The raid on Velmora killed some 300 people",
           "1970-05-04"),
     _date(2, "Aid reached Velmora on 4 June 1970.", "Aid reached Velmora", "1970-06-04"), 0.40, False),
    ("one day, months two apart",
     _date(1, "The raid on Velmora of 4 May 1970 killed some 300 people.", "The raid on Velmora killed some 300 people",
           "1970-05-04"),
     _date(2, "Paratroopers attacked the camp at Velmora on 4 July 1970.", "Paratroopers attacked the camp at Velmora",
           "1970-07-04"), 0.55, False),
    ("adjacent months, other days",
     _date(1, "The raid on Velmora of 4 May 1970 killed some 300 people.", "The raid on Velmora killed some 300 people",
           "1970-05-04"),
     _date(2, "Paratroopers attacked the camp at Velmora on 9 June 1970.", "Paratroopers attacked the camp at Velmora",
           "1970-06-09"), 0.55, False),
]


@pytest.mark.parametrize("case, a, b, sim, one", CASES, ids=[c[0] for c in CASES])
def test_month_slip(case: str, a: SentenceClaim, b: SentenceClaim, sim: float, one: bool) -> None:
    assert cc.same_wording(a, b, _Ctx(sim)) is one


@pytest.mark.parametrize("a, b, slip", [
    ("1970-05-04", "1970-06-04", True), ("1970-12-20", "1971-01-20", True), ("1970-05-04", "1970-07-04", False),
    ("1970-05-04", "1970-05-04", False), ("1970-05-04", "1970-06-05", False), ("1970-05", "1970-06", False),
])
def test_month_slip_dates(a: str, b: str, slip: bool) -> None:
    assert cc.month_slip(_date(1, "x", "x", a), _date(2, "y", "y", b)) is slip


@pytest.mark.parametrize("text, names", [
    ("A grave at Velmora, filmed after paratroopers attacked the camp.", {"Velmora"}),
    ("Argentine forces occupied the islands.", set()),  # a state's adjective
    ("The Treaty of Vienna was signed by Denmark.", {"Treaty of Vienna"}),  # a state's name left out
    ("Velmora was raided in May.", set()),  # the first word, and a month
])
def test_clause_names(text: str, names: set[str]) -> None:
    assert set(cc._clause_names(text)) == names


def test_the_month_slip_bar_is_a_candidate_bar() -> None:
    assert cc.SIM_WORDING_CANDIDATE <= cc.SIM_SAME_WORDING_MONTH_SLIP
