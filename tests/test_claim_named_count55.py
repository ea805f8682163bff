"""Two figures of one counted thing told by two sources in clauses worded apart, tied by a name
(session 55, :func:`chronica.chronicle.claim_conflicts.same_named_count`).

Dev (stored chronicles of the dev subjects, every pair of figures of two documents that the other
count tests kept apart and whose figures conflict): the first version (sentences sharing a name,
times that fit loosely) joined 11 pairs, 8 of one gold disagreement. Of the three false, one had a
second figure of the measure in a sentence ("killing one officer; three attackers died": such a
sentence does not say which of its figures the other's is, :func:`_other_figure`), two an undated
figure (a war's dead against one sinking's, one massacre's dead against another's): both figures
are now placed in time, at times that overlap. Then it joins 4 pairs, all gold (a sinking's dead,
a bombing's dead, an award's sum, a raid's men: four subjects). The cases are of those
shapes in invented words; no similarity is computed."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _count(doc: int, sentence: str, value: str, low: float, high: float, topic: str = "troops",
           unit: str = "troops", date: str | None = "1960-05") -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="count", topic=topic, value=value, start=0, end=1,
                         low=low, high=high, unit=unit, date=date, earliest=date and f"{date}-01",
                         latest=date and f"{date}-31", stated=date is not None, masked=sentence, by_wording=False)


class _Ctx:
    """The claims of each sentence (the pair's, and ``more``)."""

    def __init__(self, *claims: SentenceClaim) -> None:
        self.claims = list(claims)

    def sentence_claims(self, c: SentenceClaim) -> list[SentenceClaim]:
        return [x for x in self.claims if (x.document_id, x.sentence_start) == (c.document_id, c.sentence_start)]

    def subject_taken(self, a: SentenceClaim, b: SentenceClaim) -> bool:
        return False


HEIGHT = _count(1, "At its height the Alpha Mission numbered some 9,000 troops from fifteen countries.", "some 9,000",
                8500, 9500)
NEVER_MORE = _count(2, "The Alpha Mission went in under a new commander, never more than about 4,000 troops.",
                    "about 4,000", 3800, 4200)

# (case, claim a, claim b, other claims of their sentences, one thing?)
CASES = [
    ("one force's size, its name in both", HEIGHT, NEVER_MORE, (), True),
    ("one attack's dead, the village named in both",
     _count(1, "Gunmen attacked the police post at Dravel, killing 12 officers.", "12", 12, 12, "dead", "officers"),
     _count(2, "At Dravel the attack left 15 officers dead.", "15", 15, 15, "dead", "officers"), (), True),
    ("no name in common",
     _count(1, "At its height the force numbered some 9,000 troops.", "some 9,000", 8500, 9500), NEVER_MORE, (), False),
    ("figures of another order", HEIGHT,
     _count(2, "The Alpha Mission began with 900 troops.", "900", 900, 900), (), False),
    ("two measures of one noun (troops sent, troops killed)", HEIGHT,
     _count(2, "The Alpha Mission lost 4,000 troops.", "4,000", 4000, 4000, "dead", "troops"), (), False),
    ("another figure of the measure in one sentence",
     _count(1, "Gunmen attacked the police post at Dravel, killing 1 officer; 3 attackers died.", "1", 1, 1, "dead",
            "officer"),
     _count(2, "Near Dravel 3 attackers died in the siege.", "3", 3, 3, "dead", "attackers"),
     (_count(1, "Gunmen attacked the police post at Dravel, killing 1 officer; 3 attackers died.", "3", 3, 3, "dead",
             "attackers"),), False),
    ("one figure undated (a war's dead, one sinking's)",
     _count(1, "The cruiser Vell sank in May 1960 and 300 sailors were killed.", "300", 300, 300, "dead", "sailors"),
     _count(2, "Some 600 sailors died in all, half of them on the Vell.", "600", 600, 600, "dead", "sailors", None),
     (), False),
    ("figures of two times", HEIGHT,
     _count(2, "The Alpha Mission went in under a new commander, never more than about 4,000 troops.", "about 4,000",
            3800, 4200, date="1962-05"), (), False),
    ("a repetition word", HEIGHT,
     _count(2, "The Alpha Mission was again reinforced, to about 4,000 troops.", "about 4,000", 3800, 4200), (), False),
]


@pytest.mark.parametrize("case, a, b, more, one", CASES, ids=[c[0] for c in CASES])
def test_same_named_count(case: str, a: SentenceClaim, b: SentenceClaim, more: tuple, one: bool) -> None:
    ctx = _Ctx(a, b, *more)
    assert cc.same_named_count(a, b, ctx) is one
    assert cc.same_named_count(b, a, ctx) is one


def test_the_keys_of_one_named_thing_meet() -> None:
    """Blocking: two figures the test may join share a key (:func:`_named_count_keys`)."""
    assert cc._named_count_keys(HEIGHT, None) & cc._named_count_keys(NEVER_MORE, None)
    assert not cc._named_count_keys(_count(1, "The force numbered some 9,000 troops.", "9,000", 9000, 9000), None)
