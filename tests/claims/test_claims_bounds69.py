"""A bound against another figure of one thing far apart from it (session 69,
:func:`chronica.claims.rules.check_count`'s ``_bound_apart``, ``bound_ratio`` in ``claims.yaml``):
"at least 20" / "at least 35" are two sources' counts, though the open ends of the bounds meet.
Dev golds give such pairs as disagreements in six subjects (two lower bounds, a bound against an
estimate or a bare figure, an upper bound against a bare share); near figures still agree. The
figures are invented."""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import conflict, figure_interval, load_rules, written_figure


def _count(value: str, qualifier: str | None, figure: float, topic: str = "dead") -> SentenceClaim:
    low, high = figure_interval(qualifier, figure, rules=load_rules())
    return SentenceClaim(document_id=1, sentence_idx=0, sentence=value, sentence_start=0, sentence_end=len(value),
                         kind="count", topic=topic, value=value, start=0, end=len(value), low=low, high=high,
                         qualifier=qualifier)


# (case, a, b, conflict?)
CASES = [
    ("two lower bounds far apart", _count("at least 21", "at least", 21), _count("at least 34", "at least", 34), True),
    ("a lower bound and a bare figure twice it", _count("at least 9", "at least", 9), _count("22", None, 22), True),
    ("an estimate and a lower bound", _count("about ninety", "about", 90), _count("at least 62", "at least", 62), True),
    ("more than a figure and an estimate of twice it", _count("more than 400", "more than", 400),
     _count("some 900", "some", 900), True),
    ("an upper bound and a bare share", _count("as much as 70 per cent", "as much as", 70, "share"),
     _count("45 per cent", None, 45, "share"), True),
    ("a bound and a near estimate still agree", _count("more than 500", "more than", 500),
     _count("about 600", "about", 600), False),
    ("two near lower bounds agree", _count("at least 30", "at least", 30), _count("more than 35", "more than", 35),
     False),
    ("a magnitude is no written figure", _count("thousands", None, 5000), _count("more than 1,000", "more than", 1000),
     False),
    ("two estimates far apart: the estimates' own test", _count("about 20", "about", 20),
     _count("about 50", "about", 50), True),
    ("two bare figures keep their rounding", _count("30,000", None, 30000), _count("32,000", None, 32000), False),
]


@pytest.mark.parametrize("case, a, b, clash", CASES, ids=[c[0] for c in CASES])
def test_bound_apart(case: str, a: SentenceClaim, b: SentenceClaim, clash: bool) -> None:
    assert (conflict(a, b) is not None) is clash
    assert (conflict(b, a) is not None) is clash


@pytest.mark.parametrize("claim, figure", [
    (_count("more than 400", "more than", 400), 400), (_count("at least 9", "at least", 9), 9),
    (_count("as many as 80", "as many as", 80), 80), (_count("fewer than 40", "fewer than", 40), 40),
    (_count("about 600", "about", 600), 600), (_count("thousands", None, 5000), None),
])
def test_written_figure(claim: SentenceClaim, figure: float | None) -> None:
    got = written_figure(claim)
    assert (got is None) if figure is None else got == pytest.approx(figure)
