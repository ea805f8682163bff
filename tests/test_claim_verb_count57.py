"""Two figures hung on one verb, one at least known only by its wording (session 57,
:func:`chronica.chronicle.claim_conflicts.same_verb_count`): the verb says what is counted where the
nouns differ or name no measure ("9,000 refugees crossed" / "10,000 villagers crossed").

Dev (dev-a, dev-b and dev r26-r43, every pair of figures of two documents the other count tests kept
apart and whose figures conflict): 3 pairs in 3 subjects, all of one gold disagreement (refugees
crossing a border, detainees beaten to death, a war's dead). Undated figures of one verb were
mostly two things and stay apart, and so are two things no measure knows ("45 lorries" / "32 buses",
the look-alike of the case corpus). Invented sentences."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _count(doc: int, sentence: str, value: str, low: float, high: float, predicate: str | None = "cross",
           date: str | None = "1979", topic: str = "figure: villager", by_wording: bool = True) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="count", topic=topic, value=value, start=0, end=1,
                         low=low, high=high, unit=topic.rpartition(" ")[2].replace("lorry", "lorries").replace("bus", "buses"), date=date,
                         earliest=date and f"{date}-01-01", latest=date and f"{date}-12-31", stated=date is not None,
                         masked=sentence, predicate=predicate, by_wording=by_wording)


VILLAGERS = _count(1, "That dry season about 8,000 villagers crossed the Pell river into Ardenia.", "about 8,000",
                   6800, 9200)
REFUGEES = _count(2, "When the offensive began in 1979, some 11,000 refugees crossed into Ardenia.", "some 11,000",
                  9350, 12650, topic="displaced", by_wording=False)

# (case, claim a, claim b, one thing?)
CASES = [
    ("one verb, a worded figure and a measure's", VILLAGERS, REFUGEES, True),
    ("one verb, two worded figures, one of people", VILLAGERS,
     _count(2, "In 1979 some 11,000 people crossed into Ardenia.", "some 11,000", 9350, 12650, topic="figure: people"),
     True),
    ("one verb, two things no measure knows",
     _count(1, "In March 1979 a convoy of 45 lorries crossed the Pell bridge.", "45", 45, 45, topic="figure: lorry"),
     _count(2, "In March 1979 a convoy of 32 buses crossed the Pell bridge.", "32", 32, 32, topic="figure: bus"), False),
    ("two verbs", VILLAGERS,
     _count(2, "In 1979 some 11,000 villagers returned from Ardenia.", "some 11,000", 9350, 12650, predicate="return"),
     False),
    ("a light verb", _count(1, "In 1979 there were 8,000 villagers in the camps.", "8,000", 8000, 8000, predicate="be"),
     _count(2, "In 1979 the camps had 11,000 villagers.", "11,000", 11000, 11000, predicate="be"), False),
    ("one figure undated", VILLAGERS,
     _count(2, "Some 11,000 villagers crossed the river.", "some 11,000", 9350, 12650, date=None), False),
    ("times that do not overlap", VILLAGERS,
     _count(2, "In 1984 some 11,000 villagers crossed the river.", "some 11,000", 9350, 12650, date="1984"), False),
    ("figures of another order", VILLAGERS,
     _count(2, "In 1979 some 90,000 villagers crossed the river.", "some 90,000", 76500, 103500), False),
    ("a repetition word", VILLAGERS,
     _count(2, "In 1979 some 11,000 villagers crossed the river again.", "some 11,000", 9350, 12650), False),
    ("both known by a measure (their own tests decide)",
     _count(1, "In 1979 about 8,000 refugees crossed into Ardenia.", "about 8,000", 6800, 9200, topic="displaced",
            by_wording=False), REFUGEES, False),
    ("sums of money", _count(1, "In 1979 the donors pledged 8 million.", "8 million", 8e6, 8e6, predicate="pledge",
                             topic="money"),
     _count(2, "In 1979 the donors pledged 11 million.", "11 million", 11e6, 11e6, predicate="pledge", topic="money"),
     False),
]


@pytest.mark.parametrize("case, a, b, one", CASES, ids=[c[0] for c in CASES])
def test_same_verb_count(case: str, a: SentenceClaim, b: SentenceClaim, one: bool) -> None:
    assert cc.same_verb_count(a, b, None) is one
    assert cc.same_verb_count(b, a, None) is one


def test_the_keys_of_one_verb_meet() -> None:
    """Blocking: a worded figure and a measure's figure of one verb share a key (the worded
    claim's keys are :data:`WORDED_KEYS`'), an undated one has none."""
    assert set(cc.WORDED_KEYS["count"](VILLAGERS, _NoEvents())) & set(cc.THING_KEYS["count"](REFUGEES, _NoEvents()))
    assert not cc._verb_count_keys(_count(1, "Villagers crossed.", "8,000", 8000, 8000, date=None), None)


class _NoEvents:
    def event_of(self, c: SentenceClaim) -> None:
        return None
