"""Who-questions read from sentences (session 54):

- :func:`chronica.ask.reading._of_acted_for`: a person the build gave no state may be the one the
  doer acts for ("who signed for Norway": a person the knowledge base knows by its own id, with
  no state at that date, is of no state known, not of another one) -- when the sentence says the
  act was done for that party (:func:`chronica.ask.reading._says_for`: "signed the accord [for
  Norway]"); without it, such a person may be the other party's ("foreign minister X signed").
- :meth:`chronica.ask.reading.Reader.read`: a sentence telling the asked act twice, its doer at
  the second word only ("the accord was signed on 3 May; X signed it for Norway"), is read at the
  word that names a doer.

Dev shapes: a secretary of state and another envoy signing for one party (usavnm), signatories
for one party (hunrou, prtind, codwars). The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.question import parse
from chronica.ask.question import parse_plain
from chronica.ask.reading import _of_acted_for, _says_for
from tests.ask_corpus import asker_over

NORWAY = [SimpleNamespace(ids=frozenset({"NOR"}))]

# (actor id, state, a person, may be Norway's)
ACTED_FOR = [
    ("karl_stam", None, True, True),  # a person of no state known
    ("karl_stam", "NOR", True, True),
    ("karl_stam", "SWE", True, False),  # another state's person
    ("SWE", "SWE", False, False),  # another state
    ("NOR", "NOR", False, True),
    (None, None, False, True),  # resolved to none
    ("nordic_council", None, False, False),  # a body the knowledge base knows: not Norway
]


@pytest.mark.parametrize("actor_id, state, person, fits", ACTED_FOR)
def test_of_acted_for(actor_id, state, person, fits):
    assert _of_acted_for(actor_id, state, NORWAY, person) is fits


# (sentence, the verb, whether a for-phrase of it names Norway)
SAYS_FOR = [
    ("Karl Stam signed the accord for Norway.", "signed", True),
    ("Karl Stam signed for Norway in Bergen.", "signed", True),
    ("The accord was signed on behalf of Norway by Karl Stam.", "signed", True),
    ("Karl Stam signed the accord in Bergen.", "signed", False),
    ("Karl Stam signed the accord with Norway.", "signed", False),
    ("Karl Stam signed the accord for Sweden.", "signed", False),
]


@pytest.mark.parametrize("sentence, verb, says", SAYS_FOR)
def test_says_for(sentence, verb, says):
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.text == verb)
    at = sentence.index("Norway") if "Norway" in sentence else -1
    marks = [{"start": at, "end": at + 6}] if at >= 0 else []
    assert _says_for(head, SimpleNamespace(start=0), marks) is says


TEXT = ("The Harbour Accord between Norway and Sweden was signed in Bergen on 3 May 1961; Karl Stam "
        "signed the accord for Norway, and the fishing fleets went back to sea.\n\n"
        "The accord lasted until 1990.\n")


def test_read_at_the_word_naming_the_doer(tmp_path):
    with asker_over(tmp_path, {"harbour.txt": TEXT}) as asker:
        q = parse("Who signed the Harbour Accord for Norway?")
        readings = asker.reader.read(q, asker._hits(q, 20))  # the sentences, whatever the events
        answer = asker.ask(q.text)
    assert [r.names for r in readings if "Stam" in r.sentence.text] == [["Karl Stam"]]
    assert answer.verdict == "answered" and "Karl Stam" in answer.text
