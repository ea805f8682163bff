"""A did-question answered by a sentence that denies the asked act of a pronoun, what the pronoun
stands for named just before it (:func:`chronica.ask.reading.refers_back`,
:meth:`chronica.ask.reading.Reader.before`): "Ghana never signed [it]" after "the fisheries treaty
was signed ..." answers "did Ghana sign the fisheries treaty" with no, where before the sentence
was not read (it names neither the treaty nor the state it concerns) and the answer was "not in the
sources". A sentence whose act is done to a noun of its own is not read through the text before it,
nor a pronoun whose sentences before name another thing. Invented texts."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.question import parse_plain
from chronica.ask.reading import refers_back

TEXTS = {
    "fish.txt": """title: The fisheries treaty
published: 1996-01-01

The fisheries treaty was signed in Lome on 5 May 1994 by Togo and Benin.
Ghana never signed it.
""",
    "vote.txt": """title: A provincial vote
published: 2004-01-01

In March 2003 a Zambian province held a referendum on autonomy.
Kenya refused to recognise it.
""",
    "protocol.txt": """title: A fishing protocol
published: 1990-01-01

Norway and Iceland agreed a fishing protocol in 1975 for ten years.
When it expired in 1985 Iceland did not renew it.
""",
    "lake.txt": """title: The lake treaty
published: 1995-01-01

The Lake Treaty was drafted by Uganda and Tanzania in 1992.
Rwanda never signed the trade pact.
""",
    "code.txt": """title: A mining code
published: 2002-01-01

Malawi drafted a mining code in 2001.
Malawi never ratified it.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("refers_back"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, cited", [
    ("Did Ghana sign the fisheries treaty?", "Ghana never signed it."),
    ("Did Kenya recognise the 2003 Zambian referendum?", "Kenya refused to recognise it."),
    ("Did Iceland renew the fishing protocol in 1985?", "Iceland did not renew it"),
])
def test_a_denial_of_it_answers_no(asker, question, cited):
    answer = asker.ask(question)
    assert answer.verdict == "answered" and answer.text.startswith("no"), answer.text
    assert any(cited in c.sentence for c in answer.citations)


@pytest.mark.parametrize("question", [
    # the act done to a noun of its own: the name before it is no word on it
    "Did Rwanda sign the Lake Treaty?",
    # "it" stands for the mining code: no word on a charter of another name
    "Did Malawi ratify the Copper Charter?",
])
def test_no_denial_of_another_thing(asker, question):
    assert asker.ask(question).verdict == "not found"


@pytest.mark.parametrize("sentence, lemma, expected", [
    ("Ghana never signed it.", "sign", True),
    ("It was never ratified by the parliament.", "ratify", True),
    ("Kenya refused to recognise it.", "recognise", True),
    ("Rwanda never signed the trade pact.", "sign", False),
    ("It rained when Ghana signed the pact.", "sign", False),
])
def test_refers_back(sentence, lemma, expected):
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.lemma_.lower() == lemma)
    assert refers_back(head) is expected
