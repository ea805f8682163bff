"""Men of a military body counted as its troops (session 45,
:func:`chronica.chronicle.claim_conflicts.member_measure`, the ``man-X`` nouns of the troops
measure in ``claims.yaml``).

A figure of "men" is known only by its wording unless the finders see the body that governs it
("an army of 45,000 men"). Told in apposition or as the verb's subject ("the expeditionary force
counted about 70,000 men", "the Northern Army Detachment, about 13,000 men", "the invasion force,
about 3,000 men": dev egysau, perecuador, ugatan), the clause stating the figure names the body:
the figure counts troops, and another source's "55,000 soldiers" is a figure of the same measure.
The cases are of those shapes in words of our own."""

from __future__ import annotations

import pytest
from claim_cases import Wording as _Ctx  # the tables' context: clauses this alike, no source telling both

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _figure(doc: int, masked: str, topic: str, unit: str, low: float, subject: list[str] | None = None) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=masked + ".", sentence_start=0,
                         sentence_end=len(masked) + 1, kind="count", topic=topic, value=str(low), start=0, end=1,
                         low=low * 0.9, high=low * 1.1, unit=unit, masked=masked, subject=subject or [],
                         by_wording=topic.startswith("figure: "))


# (case, the figure's masked clause, its topic, the measure it is of)
MEASURES = [
    ("a force counted men", "At its height the Arlander expeditionary force in Borvia counted men",
     "figure: man", "troops"),
    ("men in apposition to an army unit", "The Arlander Southern Army Detachment under General Oster men with tanks "
     "faced a smaller Borvian force", "figure: man", "troops"),
    ("men in apposition to a force", "The invasion force men backed by tanks and fighters seized the salient",
     "figure: man", "troops"),
    ("men of no body", "men gathered in the square to hear the speech", "figure: man", None),
    ("another noun beside a force", "The invasion force vehicles crossed the river", "figure: vehicle", None),
    ("a figure the finders measured keeps its measure", "the army lost men", "dead", None),
]


@pytest.mark.parametrize("case, masked, topic, measure", MEASURES, ids=[c[0] for c in MEASURES])
def test_member_measure(case: str, masked: str, topic: str, measure: str | None) -> None:
    assert cc.member_measure(_figure(1, masked, topic, "men", 1000)) == measure


def test_a_force_of_men_and_soldiers_are_one_count() -> None:
    """"the force counted about 70,000 men" / "about 55,000 soldiers were there": one measure,
    close figures, clauses worded alike at the bar of close counts of one noun."""
    a = _figure(1, "At its height the Arlander expeditionary force in Borvia counted men", "figure: man", "men", 70000)
    b = _figure(2, "At its peak Arland had soldiers in Borvia", "troops", "soldiers", 55000)
    assert cc.close_counts(a, b)
    assert cc.same_wording(a, b, _Ctx(cc.SIM_SAME_WORDING_SAME_COUNTED + 0.1))
    assert not cc.same_wording(a, b, _Ctx(cc.SIM_SAME_WORDING_SAME_COUNTED - 0.1))


def test_men_of_no_body_stay_apart_from_soldiers() -> None:
    a = _figure(1, "men gathered in the square", "figure: man", "men", 70000)
    b = _figure(2, "At its peak Arland had soldiers in Borvia", "troops", "soldiers", 55000)
    assert not cc.close_counts(a, b)
