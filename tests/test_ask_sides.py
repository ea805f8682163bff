"""How an answer weighs its sources: dates of one answer that the sources write differently
(:func:`chronica.ask.answer._dissent`), a claim's figure checked sentence by sentence
(:func:`chronica.ask.answer.sentence_sides`), and a question's time that only says which
happening it means (:func:`chronica.ask.answer._placed_at`). Sentences are the project's own;
the cases follow shapes met in several dev subjects (a break of relations, an agreement, the
start of a war; a toll of one attack, a population that fell from one figure to another)."""

from __future__ import annotations

import pytest

from chronica.ask.answer import Citation, _dissent, _placed_at, sentence_sides
from chronica.chronicle import dates
from chronica.claims.model import SentenceClaim


def _cite(doc: int, at: int = 0) -> Citation:
    return Citation(doc, None, f"sentence {doc}.{at}", at, at + 10)


def _stated(rows):
    """(document, value, written by the sentence) -> the rows _dissent reads."""
    return [(v, dates.value_interval(v), own, _cite(doc, n)) for n, (doc, v, own) in enumerate(rows)]


# (what the sources write: (document, value, written by the sentence), the answer's value,
#  the sides expected: [(value, documents)] or None when they agree)
DISSENT = [
    # a break of relations: three sources give 19 February, a translated one 19 January
    ([(1, "1976-02-19", True), (2, "1976-02-19", True), (5, "1976-01-19", True)], "1976-02-19",
     [("1976-02-19", {1, 2}), ("1976-01-19", {5})]),
    # an agreement signed on the 30th by one source, on the 29th by another
    ([(2, "1963-10-30", True), (3, "1963-10-29", True)], "1963-10-30",
     [("1963-10-30", {2}), ("1963-10-29", {3})]),
    # the start of a border war: 6 May or 12 May
    ([(4, "1998-05-06", True), (3, "1998-05-06", True), (2, "1998-05-12", True)], "1998-05-06",
     [("1998-05-06", {3, 4}), ("1998-05-12", {2})]),
    # a coarser date that holds the answer's is no other date
    ([(1, "1976-02-19", True), (6, "1976", True), (3, "1976-02", True)], "1976-02-19", None),
    # decades apart: two happenings of one kind (a break in 1976, another in 2021), not one
    ([(1, "1976-03-07", True), (2, "2021-08-24", True)], "1976-03-07", None),
    # a date no sentence writes (the narrative's, the publication's) weighs nothing
    ([(1, "1982-05-02", True), (3, "1982-05-03", False)], "1982-05-02", None),
    # a source that gives the answer's date too does not dispute it with its other date
    ([(1, "1988-05-16", True), (1, "1988-06", True)], "1988-05-16", None),
    # months, not days: a month read near the question's word may date another phase of it
    # ("stayed blocked until March" / "reopened in April"; "restored in June" / "16 May")
    ([(1, "1957-04", True), (2, "1957-03", True)], "1957-04", None),
    ([(1, "1988-05-16", True), (4, "1988-06", True)], "1988-05-16", None),
    # the answer's own date is written by no sentence: nothing to weigh it by
    ([(1, "1974-07-15", False), (2, "1974-07-20", True)], "1974-07-15", None),
]


@pytest.mark.parametrize("rows, value, sides", DISSENT)
def test_dissent(rows, value, sides):
    got = _dissent(_stated(rows), value, dates.value_interval(value))
    if sides is None:
        assert got is None
    else:
        assert [(v, {c.document for c in cs}) for v, cs in got] == sides


A, B, C = _cite(1, 0), _cite(2, 0), _cite(3, 0)

# (per part of the claim: (sentence, whether a claim of it fits the part), for, against)
SIDES = [
    # "fell from 116,108 to 49,081": a sentence giving both ends fits each part by one of them
    ([[(A, True), (A, False)], [(A, False), (A, True)]], [A], []),
    # another source gives another starting figure: against, though its end fits
    ([[(A, True), (A, False), (B, False), (B, False)], [(A, False), (A, True), (B, False), (B, True)]],
     [A], [B]),
    # a toll of one attack: two sources agree, one gives another figure
    ([[(A, True), (B, True), (C, False)]], [A, B], [C]),
    # a sentence naming the asked people's figure and another people's: for
    ([[(B, False), (B, True)]], [B], []),
    ([], [], []),
]


@pytest.mark.parametrize("matched, pro, con", SIDES)
def test_sentence_sides(matched, pro, con):
    got_pro, got_con = sentence_sides(matched)
    assert [c.key for c in got_pro] == [c.key for c in pro]
    assert [c.key for c in got_con] == [c.key for c in con]


def _claim(earliest: str | None, latest: str | None, narrative: bool = False) -> SentenceClaim:
    return SentenceClaim(1, 0, "s", 0, 1, "count", "dead", "2", 0, 1, low=2, high=2,
                         earliest=earliest, latest=latest, narrative=narrative, stated=earliest is not None)


# (the question's claim's time, the source's, whether the question's is placed at the source's)
PLACED = [
    ((None, None), ("1994-08-24", "1994-08-24"), True),  # "the Halabja attack killed ...": no date
    (("1994-01-01", "1994-12-31"), ("1994-08-24", "1994-08-24"), True),  # "the 1994 hotel attack"
    (("1982-01-01", "1982-12-31"), ("1982-05-02", "1982-05-02"), True),  # "sunk in 1982"
    (("1994-01-01", "1994-12-31"), ("2019-08-24", "2019-08-24"), False),  # another year
    (("1963-10-08", "1963-10-08"), ("1963-10-08", "1963-10-08"), False),  # the same already
    ((None, None), (None, None), False),  # the source gives none
]


@pytest.mark.parametrize("asked, stored, placed", PLACED)
def test_placed_at(asked, stored, placed):
    a, s = _claim(*asked), _claim(*stored)
    got = _placed_at(a, s)
    assert (got is not a) is placed
    if placed:
        assert (got.earliest, got.latest) == stored and a.earliest == asked[0]


def test_placed_at_only_at_a_written_date():
    """A date the source's sentence does not write (the narrative's, its event's) does not place
    the question's claim: "About 3,000 died" is not the toll of the day a battle is dated."""
    a = _claim("1994-01-01", "1994-12-31")
    assert _placed_at(a, _claim("1994-08-01", "1994-08-31", True)) is a
    unwritten = _claim("1956-11-06", "1956-11-06")
    unwritten.stated = False
    assert _placed_at(_claim(None, None), unwritten).earliest is None
