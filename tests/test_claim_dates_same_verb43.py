"""Two dates worded alike with one verb are one happening's dates at a lower bar than other values
(session 43, :data:`chronica.chronicle.claim_conflicts.SIM_SAME_WORDING_SAME_VERB_DATE`).

Calibrated on every pair of date claims of two documents of the dev subjects whose dates conflict
(``benchmarks/gold/date_claim_pairs.py``): with one verb, the pairs whose sentences the gold gives
as evidence of one event scored 0.60-0.75 (a filed application, a shooting, a bridge opened, an
election of a king, troops leaving a country: 21 subjects), and the cases here are of those shapes
in words of our own. The similarity is given, not computed: these cases test the rule's bars and
what it leaves alone (two figures, two verbs, two dates further apart than the wording gap)."""

from __future__ import annotations

import pytest
from claim_cases import Wording as _Ctx  # the tables' context: clauses this alike, no source telling both

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _claim(doc: int, kind: str, masked: str, predicate: str, date: str, earliest: str, latest: str,
           low: float | None = None) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=masked + ".", sentence_start=0,
                         sentence_end=len(masked) + 1, kind=kind, topic=f"when: {masked}", value=date,
                         start=0, end=1, date=date, earliest=earliest, latest=latest, stated=True,
                         masked=masked, predicate=predicate, by_wording=True, low=low, high=low)


# (case, claim a, claim b, similarity of their masked clauses, one happening?)
CASES = [
    ("an application filed, a day and a month",
     _claim(1, "date", "Arland filed its application against Borvia at the court", "file", "2018-03-29",
            "2018-03-29", "2018-03-29"),
     _claim(2, "date", "Arland files its application at the court", "file", "2018-05", "2018-05-01",
            "2018-05-31"), 0.68, True),
    ("a shooting two days apart",
     _claim(1, "date", "The editor was shot outside his office", "shoot", "2007-01-19", "2007-01-19",
            "2007-01-19"),
     _claim(2, "date", "after the editor was shot dead outside the paper's office", "shoot", "2007-01-21",
            "2007-01-21", "2007-01-21"), 0.66, True),
    ("troops leaving, two months apart",
     _claim(1, "date", "the last Arlander units left Borvia", "leave", "1976-03-27", "1976-03-27",
            "1976-03-27"),
     _claim(2, "date", "the last of our men had left Borvia", "leave", "1976-01", "1976-01-01",
            "1976-01-31"), 0.67, True),
    ("below the date bar",
     _claim(1, "date", "Arland filed its application", "file", "2018-03-29", "2018-03-29", "2018-03-29"),
     _claim(2, "date", "Borvia filed a complaint with the league", "file", "2018-05", "2018-05-01",
            "2018-05-31"), 0.62, False),
    ("two verbs: the old bars",
     _claim(1, "date", "Arland opened the bridge", "open", "2019-01-21", "2019-01-21", "2019-01-21"),
     _claim(2, "date", "Arland completed the bridge", "complete", "2018-12", "2018-12-01", "2018-12-31"),
     0.70, False),
    ("dates further apart than the wording gap",
     _claim(1, "date", "Arland closed its border with Borvia", "close", "1992", "1992-01-01", "1992-12-31"),
     _claim(2, "date", "Arland closed its border with Borvia", "close", "1994-04", "1994-04-01",
            "1994-04-30"), 0.74, False),
]


@pytest.mark.parametrize("case, a, b, sim, one", CASES, ids=[c[0] for c in CASES])
def test_dates_with_one_verb(case: str, a: SentenceClaim, b: SentenceClaim, sim: float, one: bool) -> None:
    assert cc.same_wording(a, b, _Ctx(sim)) is one


def test_the_date_bar_is_for_dates_only() -> None:
    """Two figures of one verb at the date bar stay apart: the lower bar is calibrated on dates."""
    a = _claim(1, "duration", "the war lasted", "last", "1980", "1980-01-01", "1980-12-31", low=8)
    b = _claim(2, "duration", "the war lasted", "last", "1980", "1980-01-01", "1980-12-31", low=3)
    sim = (cc.SIM_SAME_WORDING_SAME_VERB_DATE + cc.SIM_SAME_WORDING_SAME_VERB) / 2
    assert not cc._worded_alike(a, b, _Ctx(sim))
    a.kind = b.kind = "date"
    assert cc._worded_alike(a, b, _Ctx(sim))


def test_the_date_bar_lies_between_the_candidate_bar_and_the_verb_bar() -> None:
    assert cc.SIM_WORDING_CANDIDATE <= cc.SIM_SAME_WORDING_SAME_VERB_DATE < cc.SIM_SAME_WORDING_SAME_VERB


# (case, masked clause and sentence of a, of b, told apart?): what the lower date bar asks first
APART = [
    ("two states", "Norway declared independence", "Norway declared independence on 7 June 1905.",
     "Finland declared independence", "Finland declared independence on 6 December 1917.", True),
    ("a capital and its state", "relations between Oslo and Stockholm were restored",
     "Relations between Oslo and Stockholm were restored in May.", "Norway and Sweden restored relations",
     "Norway and Sweden restored relations in June.", False),
    ("a name with two numbers", "The agency launched Probe", "The agency launched Probe 1 on 4 May.",
     "The agency launched Probe", "The agency launched Probe 2 on 3 June, with a camera on board.", True),
    ("a name with one number", "The council adopted Resolution", "The council adopted Resolution 12 on 4 May.",
     "The council adopted Resolution", "On 5 May the council adopted Resolution 12.", False),
    ("a month's day is no number of a name", "The two sides signed the accord",
     "The two sides signed the accord on June 4.", "The two sides signed the accord",
     "The two sides signed the accord on June 14.", False),
    ("names of no state", "the editor was shot outside his office", "The editor was shot outside his office.",
     "after the editor was shot dead outside the paper's office",
     "It came after the editor was shot dead outside the paper's office.", False),
]


@pytest.mark.parametrize("case, ma, sa, mb, sb, apart", APART, ids=[c[0] for c in APART])
def test_told_apart(case: str, ma: str, sa: str, mb: str, sb: str, apart: bool) -> None:
    a = _claim(1, "date", ma, "x", "1905", "1905-01-01", "1905-12-31")
    b = _claim(2, "date", mb, "x", "1906", "1906-01-01", "1906-12-31")
    a.sentence, b.sentence = sa, sb
    assert cc.told_apart(a, b) is apart


def test_told_apart_keeps_two_dates_of_one_verb_apart() -> None:
    a = _claim(1, "date", "Norway declared independence", "declare", "1905-06-07", "1905-06-07", "1905-06-07")
    b = _claim(2, "date", "Finland declared independence", "declare", "1905-12-06", "1905-12-06", "1905-12-06")
    assert not cc.same_wording(a, b, _Ctx(0.70))
    b.masked = "Norway declared its independence"
    assert cc.same_wording(a, b, _Ctx(0.70))
