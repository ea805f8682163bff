"""Who-answers whose sources name different persons for one act (session 43, who43b):
:func:`chronica.ask.answer._other_doers` -- after the answer, the sentences that state the
question are read at its predicate again; a person in the asked role that only other sources name
is another side, and the answer is disputed with each side and its sentences. Persons only (a
state or a body may be how a source tells the same person's act), one per sentence (two are two
signatories), not the answer's person written another way.

The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import _other_doers
from chronica.ask.reading import Reading


def _reading(doc: int, names: list[str], persons: list[str] | None = None) -> Reading:
    return Reading(SimpleNamespace(document_id=doc), False, names=list(names),
                   persons=list(names if persons is None else persons))


# (answer's names, answer's sources, readings as (source, names, persons or None: all), other sides)
CASES = [
    # another source names another person who signed: disputed
    (["Karl Berg"], {1}, [(1, ["Karl Berg"], None), (2, ["Karl Berg"], None), (3, ["Ola Nilsen"], None)],
     {"Ola Nilsen": [3]}),
    # who ordered the strike / who brokered the accord: one other source, two of its sentences
    (["Ana Ruiz"], {4}, [(5, ["Pedro Gil"], None), (5, ["Pedro Gil"], None)], {"Pedro Gil": [5, 5]}),
    # the same person written another way: no side
    (["Iver Lund"], {1}, [(2, ["Lund"], None)], None),
    (["Abdul Karim Hassan"], {1}, [(2, ["Tun Abdul Karim"], None)], None),
    # one shared word is not one person
    (["Abdul Karim Hassan"], {1}, [(2, ["Tunku Abdul Salam"], None)], {"Tunku Abdul Salam": [2]}),
    # a state or a body, no person: no side
    (["Karl Berg"], {1}, [(2, ["Norway"], [])], None),
    # two persons in one sentence (two signatories): no side
    (["Karl Berg"], {1}, [(2, ["Ola Nilsen", "Per Dahl"], None)], None),
    # the other name in a source of the answer's: the source gives both, no dispute
    (["Karl Berg"], {1}, [(1, ["Ola Nilsen"], None)], None),
    (["Karl Berg"], {1}, [(2, ["Karl Berg"], None), (2, ["Ola Nilsen"], None)], None),
    # two signatories, one of them another in another source: that pair is a side
    (["Karl Berg", "Ola Nilsen"], set(), [(1, ["Karl Berg", "Ola Nilsen"], None), (2, ["Karl Berg", "Per Dahl"], None)],
     {"Karl Berg, Per Dahl": [2]}),
    (["Ana Ruiz", "Pedro Gil"], {3}, [(4, ["Luis Vera", "Pedro Gil"], None)], {"Luis Vera, Pedro Gil": [4]}),
    # ... not when that source also names the answer's pair, nor when both differ (another act)
    (["Karl Berg", "Ola Nilsen"], set(), [(2, ["Karl Berg", "Ola Nilsen"], None), (2, ["Karl Berg", "Per Dahl"], None)],
     None),
    (["Karl Berg", "Ola Nilsen"], set(), [(2, ["Per Dahl", "Eva Holm"], None)], None),
    # one of a pair alone in another source: no side
    (["Karl Berg", "Ola Nilsen"], set(), [(2, ["Karl Berg"], None)], None),
    # one source naming two others: no single other side
    (["Karl Berg"], {1}, [(2, ["Ola Nilsen"], None), (2, ["Per Dahl"], None)], None),
]


@pytest.mark.parametrize("given, docs, readings, sides", CASES)
def test_other_doers(given, docs, readings, sides):
    found = _other_doers(given, docs, [_reading(d, n, p) for d, n, p in readings])
    got = None if found is None else {n: [r.sentence.document_id for r in rs] for n, rs in found.items()}
    assert got == sides
