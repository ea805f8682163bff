"""A who-answer read from a sentence names the person, not the words of the person's office or
title (session 54: :func:`chronica.ask.reading._person_titles`).

In a doer's phrase that names one person, a mark of the actors stage that is part of the
person's office ("US Secretary of [State] X": an unresolved body; "[European Enlargement]
Commissioner X"; "[Norway's foreign minister], X": a state's official named by the office; "[the
diplomat] X") was given as a second answer beside the person ("State, X"). Such a mark, joined
to the person in the parse by no conjunction, is the person's title: the person answers. A body
or a state joined by "and" is a doer of its own; a phrase naming two persons keeps each mark.
Dev shapes: a secretary of state signing or brokering (usavnm, maresp, zafago), a commissioner
brokering (slocro), a state's minister or diplomat named by the office (colper, lkaind).
The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.reading import _person_titles
from test_ask_who43 import by_phrase


def _marks(text: str, spans: list[tuple[str, str | None, bool]]) -> list[dict]:
    """Marks as the store gives them: (written text, kind, resolved) at their place."""
    out = []
    for written, kind, resolved in spans:
        at = text.index(written)
        out.append({"start": at, "end": at + len(written), "text": written, "kind": kind, "name": written,
                    "resolved": int(resolved), "actor_id": None, "country": None})
    return out


# (sentence, the word opening the doer's phrase, marks, the marks that are the person's title)
TITLES = [
    ("The accord was signed by Secretary of State Mary Holt.", "Secretary",
     [("State", "organisation", False), ("Mary Holt", "person", True)], ["State"]),
    ("The deal was brokered by Fisheries Commissioner Anna Berg.", "Fisheries",
     [("Fisheries", None, False), ("Anna Berg", "person", True)], ["Fisheries"]),
    ("The truce was announced by Norway's foreign minister, Ola Lie.", "Norway",
     [("Norway's foreign minister", "agent", True), ("Ola Lie", "person", True)], ["Norway's foreign minister"]),
    ("The talks were brokered by the diplomat Karl Stam.", "the",
     [("the diplomat", "agent", True), ("Karl Stam", "person", True)], ["the diplomat"]),
    # a body joined by "and" is a doer of its own
    ("The deal was brokered by Anna Berg and the Fisheries Council.", "Anna",
     [("Anna Berg", "person", True), ("Fisheries Council", "organisation", False)], []),
    # two persons: each mark stays
    ("The deal was brokered by Anna Berg and Karl Stam of the Council.", "Anna",
     [("Anna Berg", "person", True), ("Karl Stam", "person", True), ("Council", "organisation", False)], []),
    # no person: the body answers
    ("The deal was brokered by the Fisheries Council.", "the", [("Fisheries Council", "organisation", False)], []),
    # a body the knowledge base resolved is a doer of its own
    ("The deal was brokered by Anna Berg of the Fisheries Council.", "Anna",
     [("Anna Berg", "person", True), ("Fisheries Council", "organisation", True)], []),
]


@pytest.mark.parametrize("sentence, first, spans, titled", TITLES)
def test_person_titles(sentence, first, spans, titled):
    tokens = by_phrase(sentence, first)
    marks = _marks(sentence, spans)
    found = _person_titles(marks, tokens, SimpleNamespace(start=0))
    assert sorted(m["text"] for m in marks if id(m) in found) == sorted(titled)
