"""Who-answers from one merged happening whose sources name different persons in the asked role
(session 54: :func:`chronica.ask.answer.doer_sides`).

The build merges the sentences of several sources into one event; a who-answer used to list every
person of every sentence ("A, B, C"), hiding that one source says "A and B signed" where another
says "A and C signed". Each source's persons in the asked role are a set; sets none of which
holds another are the sides of a disagreement, each with its sentences. Dev shapes (sources
naming different signatories or envoys of one happening): an accord's two signatories (lkaind,
georus, lsozaf), one party's signatory (hunrou, prtind), a secret envoy (korkor).

Not a side: a source naming fewer of the same persons ("Ruiz signed"), a person written two ways
("J. K. Ruiz", "J.K."), an office with no name ("the foreign minister"), one party's signatory in
one source and the other party's in another (two states, two roles), a person of the other party
when the question asks for one party's doer. The persons and sentences are the project's own."""

from __future__ import annotations

import pytest

from chronica.ask.answer import doer_sides
from chronica.ask.question import parse
from chronica.events.model import SOURCE, TARGET, EventMention, Participant


def _mention(doc: int, persons: list[tuple], others: list[tuple] = ()) -> EventMention:
    """A sentence of document ``doc`` naming ``persons`` ((name, state[, kind])) as doers and
    ``others`` ((name, kind, state)) as doers of another kind."""
    parts = [Participant(SOURCE, p[0], None, p[0], p[2] if len(p) > 2 else "person", p[1]) for p in persons]
    parts += [Participant(SOURCE, n, s, n, k, s) for n, k, s in others]
    parts.append(Participant(TARGET, "the accord", None, None, "organisation", None))
    return EventMention(doc, 0, f"sentence of d{doc}", 0, 10, "SUPPORT", 5.0, "signed", 0, 6, parts)


M = [
    # (question, mentions, the sides as (names, documents), or None)
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]),
      _mention(3, [("Ana Ruiz", "PRY"), ("Per Dahl", "NOR")])],
     [(["Ana Ruiz", "Jon Berg"], [1, 2]), (["Ana Ruiz", "Per Dahl"], [3])]),
    # a source naming one of them only is on the side that holds it
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [("Jon Berg", None)]),
      _mention(3, [("Ana Ruiz", "PRY"), ("Per Dahl", "NOR")])],
     [(["Ana Ruiz", "Jon Berg"], [1, 2]), (["Ana Ruiz", "Per Dahl"], [3])]),
    # one person written two ways is one: no sides
    ("Who signed the Harbour Accord?",
     [_mention(1, [("J. K. Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [("J.K.", None), ("Jon Berg", None)])],
     None),
    # fewer of the same persons: agreement
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [("Ana Ruiz", "PRY")])], None),
    # an office with no name is no side
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [("Ana Ruiz", "PRY"), ("the foreign minister", None)])],
     None),
    # one party's signatory in one source, the other party's in another: two roles
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY")]), _mention(2, [("Per Dahl", "NOR")])], None),
    # states are no persons: a source naming the two states tells no side
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Jon Berg", None)]), _mention(2, [], [("Paraguay", "state", "PRY")])], None),
    # a name the actors stage left without a kind here is a person another sentence calls so
    ("Who signed the Harbour Accord?",
     [_mention(1, [("Lord Berg", None, None), ("Ana Ruiz", "PRY")]), _mention(2, [("Berg", None)])], None),
    # one party's doer asked: the other party's persons are no side
    ("Who signed the Harbour Accord for Norway?",
     [_mention(1, [("Ana Ruiz", "PRY"), ("Per Dahl", "NOR")]), _mention(2, [("Ana Ruiz", "PRY"), ("Olav Lie", None)])],
     [(["Per Dahl"], [1]), (["Olav Lie"], [2])]),
]


@pytest.mark.parametrize("question, mentions, sides", M)
def test_doer_sides(question, mentions, sides):
    found = doer_sides(parse(question), mentions)
    if sides is None:
        assert found is None
        return
    assert found is not None
    got = sorted((sorted(names), sorted({m.document_id for m in ms})) for names, ms in found)
    assert got == sorted((sorted(n), d) for n, d in sides)
