"""A when-answer of the chronicle's events disputed by the sentences read for the question (session
69: :meth:`chronica.ask.answer.Asker._read_dissent`).

The build keeps apart two sentences of one act whose words differ ("signed a fisheries pact on
14 October" / "the fisheries and coastguard agreement, signed on 14 November"), so the event the
answer rests on holds one day only; the sentences search found for the question and the reader
kept strictly name the asked thing and write another day in another source. Those dispute the
answer as the reader's own when-answers are disputed (:func:`chronica.ask.answer._dissent`). Dev
shapes: a training agreement signed on one day in two sources and two months later in a third
(isrtur), a treaty signature withdrawn in one month or another (estrus).

Not a dispute: a sentence about another thing (a ceasefire), a year (it dates too little), a
source that also writes the answer's day, a day more than a year away, a question naming no thing.
The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import Answer, Asker, Citation
from chronica.ask.question import parse
from chronica.ask.reading import Reading
from chronica.chronicle import dates

CHRONICLE = SimpleNamespace(documents=[], disagreements=[], events=[])
Q = "When was the fisheries agreement between Chile and Norway signed?"
ANSWER = "On 14 October 1993 Chile and Norway signed a fisheries agreement in Oslo."


def _read(doc: int, text: str, value: str) -> Reading:
    return Reading(SimpleNamespace(text=text, document_id=doc, start=0, end=len(text)), False, date=value,
                   date_span=dates.value_interval(value), date_stated=True)


R = [
    # (question, sentences read as (document, text, date), the other sides' days or None)
    (Q, [(1, ANSWER, "1993-10-14"),
         (2, "The fisheries agreement was signed on 14 November 1993, the envoy recalls.", "1993-11-14")],
     ["1993-11-14"]),
    # a ceasefire signed on another day is no day of the agreement
    (Q, [(1, ANSWER, "1993-10-14"), (2, "Chile and Norway signed a ceasefire on 14 November 1993.", "1993-11-14")],
     None),
    # a year dates too little to dispute a day
    (Q, [(1, ANSWER, "1993-10-14"), (2, "The fisheries agreement was signed in 1994.", "1994")], None),
    # a source that writes the answer's day too agrees
    (Q, [(1, ANSWER, "1993-10-14"), (2, "The fisheries agreement was signed on 14 October 1993.", "1993-10-14"),
         (2, "The fisheries agreement was signed on 14 November 1993, it adds.", "1993-11-14")], None),
    # more than a year away: another signing
    (Q, [(1, ANSWER, "1993-10-14"), (2, "The fisheries agreement was signed on 2 March 1999.", "1999-03-02")],
     None),
    # a question naming no thing its act is done to
    ("When did Chile and Norway meet in Oslo?",
     [(1, "Chile and Norway met in Oslo on 14 October 1993.", "1993-10-14"),
      (2, "The two met in Oslo on 14 November 1993.", "1993-11-14")], None),
]


@pytest.mark.parametrize("question, read, others", R)
def test_read_dissent(question, read, others):
    asker = Asker(CHRONICLE)
    readings = [_read(*r) for r in read]
    asker._readings = lambda q: readings
    q = parse(question)
    first = read[0]
    answer = Answer(q, "answered", "14 October 1993", [Citation(first[0], None, first[1], 0, len(first[1]), first[2])],
                    event_ids=["e1"], values=[first[2]])
    got = asker._read_dissent(q, answer)
    if others is None:
        assert got is None
        return
    assert got is not None and got.verdict == "disputed"
    assert got.values == [first[2]] + others
