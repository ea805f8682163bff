"""Two figures of one counted noun placed in one year, one at least known only by its wording
(session 63, :func:`chronica.chronicle.claim_conflicts.same_counted_year`): the noun and the year are
the key of what is counted where the clauses are worded apart ("some 20,000 villagers were moved
in March 1961" / "nearly 30,000 villagers were loaded onto lorries that March").

Dev (session 63, the 88 dev chronicles recomputed): 12 more gold disagreements found in 11 subjects
(a march's crowd, deportees, settlers, claimants, a loan); a currency's sums of one year were two
loans (hence a day or a month for money), "people" counted in two happenings of one year were two
(hence close days for a noun that tells no thing), and a whole written after its part ("24 of the 50
buoys") is no count of the happening. Invented sentences."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _count(doc: int, sentence: str, value: str, low: float, high: float, date: str | None = "1961",
           topic: str = "figure: villager", unit: str | None = "villagers", by_wording: bool = True,
           earliest: str | None = None, latest: str | None = None) -> SentenceClaim:
    start = sentence.find(value.split()[-1]) if value.split()[-1] in sentence else 0
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="count", topic=topic, value=value, start=start,
                         end=start + len(value), low=low, high=high, unit=unit, date=date,
                         earliest=earliest or (date and f"{date}-01-01"), latest=latest or (date and f"{date}-12-31"),
                         stated=date is not None, masked=sentence, predicate="move", by_wording=by_wording)


MOVED = _count(1, "In 1961 some 20,000 villagers were moved from the Pell valley to the coast.", "some 20,000",
               17000, 23000)
LOADED = _count(2, "Nearly 30,000 villagers were loaded onto lorries by the Ardenian army that year.",
                "Nearly 30,000", 28500, 30000)


def _money(doc: int, sentence: str, value: str, amount: float, date: str, earliest: str, latest: str) -> SentenceClaim:
    return _count(doc, sentence, value, amount, amount, date=date, topic="money", unit="USD",
                  earliest=earliest, latest=latest)


# (case, claim a, claim b, one thing?)
CASES = [
    ("one noun, one year, worded apart", MOVED, LOADED, True),
    ("a worded figure and a measure's figure of one noun",
     MOVED, _count(2, "In 1961 about 28,000 villagers were displaced.", "about 28,000", 23800, 32200,
                   topic="displaced", by_wording=False), True),
    ("two years", MOVED, _count(2, "In 1964 nearly 30,000 villagers were loaded onto lorries.", "nearly 30,000",
                                28500, 30000, date="1964"), False),
    ("one figure undated", MOVED, _count(2, "Nearly 30,000 villagers were loaded onto lorries.", "Nearly 30,000",
                                         28500, 30000, date=None), False),
    ("a time spanning years", MOVED, _count(2, "Since 1958 nearly 30,000 villagers have been moved.",
                                            "nearly 30,000", 28500, 30000, date="1958",
                                            earliest="1958-01-01", latest="1963-12-31"), False),
    ("two nouns", _count(1, "In 1961 a convoy of 45 lorries crossed the Pell bridge.", "45", 45, 45,
                         topic="figure: lorry", unit="lorries"),
     _count(2, "In 1961 a convoy of 32 buses crossed the Pell bridge.", "32", 32, 32, topic="figure: bus",
            unit="buses"), False),
    ("figures of another order", MOVED, _count(2, "In 1961 some 90,000 villagers were loaded onto lorries.",
                                               "some 90,000", 76500, 103500), False),
    ("a repetition word", MOVED, _count(2, "In 1961 nearly 30,000 villagers were moved again.", "nearly 30,000",
                                        28500, 30000), False),
    ("both known by a measure (their own tests decide)",
     _count(1, "In 1961 about 8,000 refugees crossed into Ardenia.", "about 8,000", 6800, 9200, topic="displaced",
            unit="refugees", by_wording=False),
     _count(2, "In 1961 some 11,000 refugees fled to Ardenia.", "some 11,000", 9350, 12650, topic="displaced",
            unit="refugees", by_wording=False), False),
    ("the whole of a part", _count(1, "In May 1961 the rebels seized 12 patrol boats.", "12", 12, 12,
                                   topic="figure: boat", unit="boats"),
     _count(2, "In May 1961 the rebels took 9 of the 16 boats of the river fleet.", "16", 16, 16,
            topic="figure: boat", unit="boats"), False),
    ("a noun that tells no thing, one month",
     _count(1, "On 3 May 1961 some 40,000 people marched to the Pell bridge.", "some 40,000", 34000, 46000,
            date="1961-05-03", topic="figure: people", unit="people", earliest="1961-05-03", latest="1961-05-03"),
     _count(2, "In May 1961 about 90,000 people walked to the bridge.", "about 90,000", 76500, 103500,
            date="1961-05", topic="figure: people", unit="people", earliest="1961-05-01", latest="1961-05-31"), True),
    ("a noun that tells no thing, months apart",
     _count(1, "In December 1961 a court sentenced 13 people.", "13", 13, 13, date="1961-12", topic="figure: people",
            unit="people", earliest="1961-12-01", latest="1961-12-31"),
     _count(2, "On 2 September 1961 rebels stormed the port and 26 people were taken.", "26", 26, 26,
            date="1961-09-02", topic="figure: people", unit="people", earliest="1961-09-02", latest="1961-09-02"),
     False),
    ("a noun that tells no thing against a measure's figure, months apart",
     _count(1, "In December 1961 a court sentenced 13 people.", "13", 13, 13, date="1961-12", topic="figure: people",
            unit="people", earliest="1961-12-01", latest="1961-12-31"),
     _count(2, "On 2 September 1961 rebels stormed the port and 26 people were killed.", "26", 26, 26,
            date="1961-09-02", topic="dead", unit="people", by_wording=False, earliest="1961-09-02",
            latest="1961-09-02"), False),
    ("sums of one currency, each of a month of one year",
     _money(1, "In March 1961 Borvia lent Ardenia $2 billion.", "$2 billion", 2e9, "1961-03", "1961-03-01", "1961-03-31"),
     _money(2, "Borvia's loan of $1.2 billion, agreed on 14 March 1961, kept Ardenia afloat.", "$1.2 billion", 1.2e9,
            "1961-03-14", "1961-03-14", "1961-03-14"), True),
    ("sums of one currency, one of a year only",
     _money(1, "In March 1961 Borvia lent Ardenia $2 billion.", "$2 billion", 2e9, "1961-03", "1961-03-01", "1961-03-31"),
     _money(2, "Borvia bought the Ardenian pipeline for $1.2 billion in 1961.", "$1.2 billion", 1.2e9,
            "1961", "1961-01-01", "1961-12-31"), False),
    ("shares (their own test decides)",
     _count(1, "In 1961 some 40 per cent of villagers were moved.", "some 40 per cent", 40, 40, topic="share",
            unit="% of villagers"),
     _count(2, "In 1961 about 60 per cent of villagers were moved.", "about 60 per cent", 60, 60, topic="share",
            unit="% of villagers"), False),
]


@pytest.mark.parametrize("case, a, b, one", CASES, ids=[c[0] for c in CASES])
def test_same_counted_year(case: str, a: SentenceClaim, b: SentenceClaim, one: bool) -> None:
    assert cc.same_counted_year(a, b, None) is one
    assert cc.same_counted_year(b, a, None) is one


def test_the_keys_of_one_noun_and_year_meet() -> None:
    """Blocking: two worded figures of one noun and year share a key (:data:`WORDED_KEYS`), and a
    worded one meets a measure's figure of that noun (:data:`THING_KEYS`); an undated one has none."""
    measure = CASES[1][2]
    assert set(cc.WORDED_KEYS["count"](MOVED, _NoEvents())) & set(cc.WORDED_KEYS["count"](LOADED, _NoEvents()))
    assert set(cc.WORDED_KEYS["count"](MOVED, _NoEvents())) & set(cc.THING_KEYS["count"](measure, _NoEvents()))
    assert not cc._counted_year_keys(CASES[3][2], None)


class _NoEvents:
    def event_of(self, c: SentenceClaim) -> None:
        return None
