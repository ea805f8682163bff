"""A when-answer is disputed by a date disagreement the build stored about one of its sentences
even when the disagreement words the act otherwise than the question (:meth:`chronica.ask.answer.
Asker._attach_dispute`, issue 14: "one side of a dispute only"): the side holding the answer's
sentence must date it as the answer does (:func:`~chronica.ask.answer._dates_cited`), every side
must name what the question asks about (:func:`~chronica.ask.answer._sides_name_thing`), and no
side may be dated only more coarsely than the answer and a month
(:func:`~chronica.ask.answer._coarser_side`); and a name of several capitalised words the entity
recogniser missed is kept as the question writes it (:func:`chronica.ask.question._written_name`).
Every text, name and date below is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import Citation, _coarser_side, _dates_cited, _sides_name_thing, asked_content
from chronica.ask.question import _written_name, parse, parse_plain
from chronica.ask.reading import _predicate
from chronica.chronicle import dates


def _mention(doc: int, start: int, sentence: str, value: str):  # noqa: ANN202
    return SimpleNamespace(document_id=doc, sentence_start=start, sentence_end=start + len(sentence),
                           sentence=sentence, date=value, date_end=None, earliest=None, latest=None)


def _disagreement(*sides):  # noqa: ANN002, ANN202 - each side: (value, [mentions])
    return SimpleNamespace(kind="date", claims=[SimpleNamespace(value=v, mentions=ms) for v, ms in sides])


OURS = "Aldoria and Borvia established diplomatic relations on 4 March 2031."
THEIRS = "Relations between the two capitals go back to 6 March 2031, when the envoys met in Kessa."
GARLIC = "In May 2031 Borvia put a tariff on Aldorian garlic."


@pytest.mark.parametrize("sides, cited_at, answer, expected", [
    # the side holding the answer's sentence dates it as the answer does
    ([("4 March 2031", [_mention(1, 0, OURS, "2031-03-04")]), ("6 March 2031", [_mention(2, 0, THEIRS, "2031-03-06")])],
     (1, 0), "2031-03-04", True),
    # the answer's sentence is on the other side of the date the answer gives
    ([("4 March 2031", [_mention(1, 0, OURS, "2031-03-04")]), ("6 March 2031", [_mention(2, 0, THEIRS, "2031-03-06")])],
     (1, 0), "2031-03-06", False),
    # the answer's sentence is in no side of the disagreement
    ([("4 March 2031", [_mention(1, 0, OURS, "2031-03-04")]), ("6 March 2031", [_mention(2, 0, THEIRS, "2031-03-06")])],
     (3, 0), "2031-03-04", False),
])
def test_dates_cited(sides, cited_at, answer, expected):
    d = _disagreement(*sides)
    sentence = OURS if cited_at[0] == 1 else "Another sentence."
    cited = Citation(cited_at[0], None, sentence, cited_at[1], cited_at[1] + len(sentence), answer)
    assert _dates_cited(d, cited, dates.value_interval(answer)) is expected


@pytest.mark.parametrize("question, other, expected", [
    # both sides tell of the relations the question asks about
    ("When did Aldoria and Borvia establish diplomatic relations?", THEIRS, True),
    # the other side tells of another matter of the same two states
    ("When did Aldoria and Borvia establish diplomatic relations?", GARLIC, False),
    ("When did Borvia put a tariff on Aldorian garlic?", GARLIC, False),  # the answer's own side names no garlic
])
def test_sides_name_thing(question, other, expected):
    q = parse(question)
    thing = asked_content(q, _predicate(q.doc, q.main))
    d = _disagreement(("4 March 2031", [_mention(1, 0, OURS, "2031-03-04")]), ("x", [_mention(2, 0, other, None)]))
    assert _sides_name_thing(d, thing) is expected


@pytest.mark.parametrize("answer, values, expected", [
    ("2031-03-04", ["2031-03-04", "2031-03-06"], False),  # two days
    ("2031-03-04", ["2031-03-04", "2031-04"], False),  # a day against a month
    ("2031-03-04", ["2031", "2032"], True),  # a day answered, the sides years: a later step, maybe
    ("2031", ["2031", "2032"], False),  # a year answered against a (leap) year
    ("2031-03", ["2031-03", "2031-05-02"], False),
])
def test_coarser_side(answer, values, expected):
    d = _disagreement(*[(v, [_mention(n, 0, OURS, v)]) for n, v in enumerate(values, start=1)])
    assert _coarser_side(d, dates.value_interval(answer)) is expected


@pytest.mark.parametrize("question, first, last, name", [
    # the words between a name's capitalised words are kept as written
    ("When was the Charter of the Kessa Coast signed?", "Charter", "Coast", "Charter of the Kessa Coast"),
    ("When was the Varno-Lirak Accord signed?", "Varno", "Accord", "Varno-Lirak Accord"),
    ("When did the Law and Order Council of Kessa meet?", "Law", "Council", "Law and Order Council"),
    # a word between that joins no name: two names, none written as one
    ("When did the Kessa Prize go with Ana Varno to Lirak?", "Prize", "Varno", None),
    ("Who is Ana Varno?", "Ana", "Ana", None),  # one word: nothing to join
])
def test_written_name(question, first, last, name):
    doc = parse_plain([question])[0]
    a = next(t for t in doc if t.text == first)
    b = next(t for t in doc if t.text == last)
    words = [t for t in doc[a.i:b.i + 1] if t.pos_ == "PROPN"] or [a]
    assert _written_name(doc, words) == name


def test_parse_keeps_a_missed_name_as_written():
    """A question's proper nouns the entity recogniser missed: the actor is the name as the
    question writes it ("Statute of the Kessa River", not "Statute River")."""
    q = parse("When was the Statute of the Kessa River signed?")
    assert all(a.text in q.text for a in q.actors), [a.text for a in q.actors]
