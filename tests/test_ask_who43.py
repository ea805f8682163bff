"""Who-questions read from sentences (session 43):

- :func:`chronica.ask.reading.asked_verb`: the verb the question word is the doer (or object) of,
  when the question's coded trigger is another word ("who [led] the rebels who attacked the
  capital": the trigger is "attacked"; "who [drew] the boundary line": none is coded). The reader
  reads the sentences again at that verb when none gave a name at the trigger. Dev shapes: the
  rebel leader of a 2006 attack (chdsdn), the surveyor who drew an 1840 line (guyven), the
  signatories of a 1990 agreement (malsgp), the leader of a side in 1946 negotiations (nldidn).
- :func:`chronica.ask.reading._described_states`: a state that describes the one person a doer's
  phrase names ("the [Ghanaian] judge X", "X [of Guinea-Bissau]", "[Algeria]'s president X") is
  told with the person, "X (Ghana)", not given as a second answer. Dev shapes: chnphl, senmrt,
  iraniraq, maresp, isrlbn, codwars.
- :func:`chronica.ask.answer._fuller_names`: one person written two ways by two sources ("Thomas
  Mensah", "Thomas A. Mensah") is one name, the fullest, not two sides.

The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import _fuller_names
from chronica.ask.question import parse, parse_plain
from chronica.ask.reading import Reading, _described_states, asked_verb

# (question, the verb asked, or None)
VERBS = [
    ("Who led the National Front for Renewal rebels who attacked the capital in 2009?", "led"),
    ("Who drew the 1850 boundary line for the Dutch crown?", "drew"),
    ("Who signed the 1996 Points of Agreement on the harbour land?", "signed"),
    ("Who led the Danish side in the Elsinore negotiations?", "led"),
    ("Who invaded Kuwait in 1990?", None),  # the trigger is the verb
    ("Who was the first UN mediator in the dispute?", None),  # a light verb asks nothing of its own
    ("Whom did Norway send to Lima as ambassador in 1982?", None),  # the trigger is the verb
]


@pytest.mark.parametrize("question, verb", VERBS)
def test_asked_verb(question, verb):
    found = asked_verb(parse(question))
    assert (found.text if found is not None else None) == verb


def _marks(text: str, spans: list[tuple[str, str, str]]) -> list[dict]:
    """Marks as the store gives them: (written text, kind, resolved name) at their place."""
    out = []
    for written, kind, name in spans:
        at = text.index(written)
        out.append({"start": at, "end": at + len(written), "text": written, "kind": kind,
                    "name": name, "resolved": 1 if kind == "state" else 0,
                    "actor_id": None, "country": None})
    return out


# (sentence, the doer's phrase as its first word, marks, the states told with the person)
DESCRIBED = [
    ("The court was presided over by the Kenyan judge Peter Omondi Wafula.", "the",
     [("Kenyan", "state", "Kenya"), ("Peter Omondi Wafula", "person", "Peter Omondi Wafula")], ["Kenya"]),
    ("The talks were mediated by President Ana Ruiz of Paraguay.", "President",
     [("Ana Ruiz", "person", "Ana Ruiz"), ("Paraguay", "state", "Paraguay")], ["Paraguay"]),
    ("The deal was brokered by Chile's president Carlos Rojas.", "Chile",
     [("Chile", "state", "Chile"), ("Carlos Rojas", "person", "Carlos Rojas")], ["Chile"]),
    # two persons: each is its own answer, with no state told with either
    ("The deal was brokered by Carlos Rojas of Chile and Ana Ruiz of Paraguay.", "Carlos",
     [("Carlos Rojas", "person", "Carlos Rojas"), ("Chile", "state", "Chile"),
      ("Ana Ruiz", "person", "Ana Ruiz"), ("Paraguay", "state", "Paraguay")], []),
    # no person: the state is the answer
    ("The deal was brokered by Paraguay.", "Paraguay", [("Paraguay", "state", "Paraguay")], []),
]


def by_phrase(sentence: str, first: str) -> list:
    """The tokens of the doer's phrase of ``sentence`` (the object of its "by"), which opens with
    the word ``first``."""
    doc = parse_plain([sentence])[0]
    by = next(t for t in doc if t.lower_ == "by")
    filler = next(g for g in by.children if g.dep_ == "pobj")
    tokens = list(filler.subtree)
    assert tokens[0].text == first
    return tokens


@pytest.mark.parametrize("sentence, first, spans, states", DESCRIBED)
def test_described_states(sentence, first, spans, states):
    tokens = by_phrase(sentence, first)
    marks = _marks(sentence, spans)
    row = SimpleNamespace(start=0)
    assert sorted(_described_states(marks, tokens, row).values()) == sorted(states)


# (names each reading gives, the names after) -- one person written two ways is one name
FULLER = [
    ([["Thomas Mensah"], ["Thomas A. Mensah"]], [["Thomas A. Mensah"], ["Thomas A. Mensah"]]),
    ([["Mensah"], ["Thomas Mensah (Ghana)"]], [["Thomas Mensah (Ghana)"], ["Thomas Mensah (Ghana)"]]),
    ([["Iver Lund"], ["Iver Lund (Norway)"]], [["Iver Lund (Norway)"], ["Iver Lund (Norway)"]]),
    # two people: kept apart; a surname two fuller names hold is kept as written
    ([["Iver Lund"], ["Karl Berg"]], [["Iver Lund"], ["Karl Berg"]]),
    ([["Lund"], ["Iver Lund"], ["Maja Lund"]], [["Lund"], ["Iver Lund"], ["Maja Lund"]]),
]


@pytest.mark.parametrize("given, after", FULLER)
def test_fuller_names(given, after):
    readings = [Reading(None, False, names=list(n)) for n in given]
    assert [r.names for r in _fuller_names(readings)] == after
