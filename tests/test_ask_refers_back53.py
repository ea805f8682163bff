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

Norway and Iceland agreed the Reykjavik Protocol in 1975 for ten years.
When it expired in 1985 Iceland did not renew it.
""",
    "ruling.txt": """title: A ruling on fishing rights
published: 2010-01-01

Samoa and Vanuatu quarrelled over fishing rights from 1990.
In 2005 a tribunal ruled on the quarrel.
Vanuatu accepted the ruling in 2006.
Samoa refused to accept the ruling for a year.
Samoa protested to Vanuatu in 2008.
""",
    "pact.txt": """title: Another pact
published: 1996-01-01

The fisheries treaty was signed in Lome in 1994 by Togo and Benin.
Nigeria never signed the trade pact.
""",
    "charter.txt": """title: A water charter
published: 2002-01-01

Senegal drafted a water charter in 2001.
Senegal never signed it.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("refers_back"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, cited", [
    ("Did Ghana sign the fisheries treaty?", "Ghana never signed it."),
    ("Did Kenya recognise the 2003 Zambian referendum?", "Kenya refused to recognise it."),
    ("Did Iceland renew the Reykjavik Protocol when it expired in 1985?", "Iceland did not renew it"),
])
def test_a_denial_of_it_answers_no(asker, question, cited):
    answer = asker.ask(question)
    assert answer.verdict == "answered" and answer.text.startswith("no"), answer.text
    assert any(cited in c.sentence for c in answer.citations)


@pytest.mark.parametrize("question", [
    # the act done to a noun of its own: the thing named before it is no word on it
    "Did Nigeria sign the fisheries treaty?",
    # "it" stands for the water charter: no word on the treaty
    "Did Senegal sign the fisheries treaty?",
    # the referendum named before it is a Zambian one, not a Malawian one
    "Did Kenya recognise the 2003 Malawian referendum?",
])
def test_no_denial_of_another_thing(asker, question):
    assert asker.ask(question).verdict == "not found"


@pytest.mark.parametrize("sentence, lemma, thing, expected", [
    ("Ghana never signed it.", "sign", None, True),
    ("It was never ratified by the parliament.", "ratify", None, True),
    ("Kenya refused to recognise it.", "recognise", None, True),
    # the asked thing's noun under a definite article, no name of its own
    ("Kenya refused to recognise the annexation.", "recognise", "annexation", True),
    ("Kenya refused to recognise the Lakeside annexation.", "recognise", "annexation", False),
    ("Kenya refused to recognise an annexation.", "recognise", "annexation", False),
    ("Kenya refused to recognise the government.", "recognise", "annexation", False),
    ("Rwanda never signed the trade pact.", "sign", None, False),
    ("It rained when Ghana signed the pact.", "sign", None, False),
])
def test_refers_back(sentence, lemma, thing, expected):
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.lemma_.lower() == lemma)
    assert refers_back(head, thing) is expected


def test_a_refusal_by_another_party_is_no_denial(asker):
    # "before Samoa did": Samoa's refusal is no word on whether Vanuatu accepted
    answer = asker.ask("Did Vanuatu accept the ruling before Samoa did?")
    assert answer.verdict == "answered" and answer.text.startswith("yes"), answer.text


def test_a_claim_is_checked_through_the_pronoun(asker):
    # a claim checked reads the denial of "it" as a did-question does
    answer = asker.check("Ghana signed the fisheries treaty.")
    assert answer.verdict == "contradicted", answer.text
    assert any("Ghana never signed it." in c.sentence for c in answer.citations)
