"""Session 65 (issue 11): an estimate against a figure written bare ("about 3,800" / "4,200") is
two figures when they differ by more than ``point_tolerance`` (``claims.yaml``), though "about"'s
interval reaches the other (:func:`chronica.claims.rules.bare_figure`, :func:`check_count`). Two
estimates were compared so before; a bare figure against an estimate was left to the intervals,
and "about" (0.85-1.15) swallowed figures 10-15 % apart. A bound ("more than 500"), a range or a
magnitude ("thousands") is no one figure, and two bare figures keep their rounding ("30,000" /
"32,000" agree).

Dev (the stored chronicles of the 92 dev subjects recomputed): five gold disagreements of figures
found in five subjects (troops of one force, a share of one river's water, an area, a march's
size, an exercise's troops), five new disagreements exported, each a gold one. The figures below
are made up.
"""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import bare_figure, check_count


def _count(value: str, low: float, high: float, qualifier: str | None = None) -> SentenceClaim:
    return SentenceClaim(document_id=1, sentence_idx=0, sentence=f"{value} troops", sentence_start=0,
                         sentence_end=20, kind="count", topic="troops", value=value, start=0, end=len(value),
                         low=low, high=high, qualifier=qualifier)


# (case, claim a, claim b, conflict?) -- intervals as the figures' finders write them: a round
# figure 5 % either side, "about" 0.85-1.15, a bound open on one side
CASES = [
    ("bare and estimate 10 % apart", _count("4,700", 4465, 4935), _count("about 4,250", 3612.5, 4887.5, "about"), True),
    ("estimate and bare 15 % apart", _count("some 7,200", 6120, 8280, "about"), _count("6,200", 5890, 6510), True),
    ("bare and estimate, one figure", _count("15,000", 14250, 15750), _count("about 15,000", 12750, 17250, "about"), False),
    ("bare and estimate within the tolerance", _count("3,000", 2850, 3150), _count("about 3,100", 2635, 3565, "about"), False),
    ("a bound and an estimate", _count("more than 500", 500, float("inf"), "more than"), _count("about 600", 510, 690, "about"), False),
    ("a magnitude and an estimate", _count("thousands", 2000, 9000), _count("about 3,000", 2550, 3450, "about"), False),
    ("a range and an estimate", _count("300-400", 300, 400), _count("about 380", 323, 437, "about"), False),
    ("two bare figures keep their rounding", _count("30,000", 28500, 31500), _count("32,000", 30400, 33600), False),
    ("two estimates, as before", _count("some 70,000", 59500, 80500, "about"), _count("about 75,000", 63750, 86250, "about"), True),
]


@pytest.mark.parametrize("case, a, b, conflict", CASES, ids=[c[0] for c in CASES])
def test_bare_figure_against_an_estimate(case: str, a: SentenceClaim, b: SentenceClaim, conflict: bool) -> None:
    assert (check_count(a, b) is not None) is conflict
    assert (check_count(b, a) is not None) is conflict


@pytest.mark.parametrize("value, low, high, qualifier, figure", [
    ("4,700", 4465, 4935, None, 4700), ("12 million", 11.4e6, 12.6e6, None, 12e6),
    ("about 4,250", 3612.5, 4887.5, "about", None), ("thousands", 2000, 9000, None, None),
    ("300-400", 300, 400, None, None), ("between 300 and 400", 300, 400, None, None),
    ("more than 500", 500, float("inf"), "more than", None),
])
def test_bare_figure(value: str, low: float, high: float, qualifier: str | None, figure: float | None) -> None:
    assert bare_figure(_count(value, low, high, qualifier)) == figure
