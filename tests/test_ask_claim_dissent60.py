"""A when-answer is disputed by the stored date claims of other sources that date the same act
done to the same thing otherwise (:meth:`chronica.ask.answer.Asker._claim_dissent`, issue 14:
"one side of a dispute only"): the claim's predicate states the question's act, its sentence
names what the act is done to and the question's actors, its date is written to the day or the
month and lies within :data:`chronica.ask.answer.PARAPHRASE_DAYS` of the answer's. Every text,
place and date below is invented."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask import answer as answer_module
from chronica.ask.answer import Answer, Citation, same_act_lemmas
from chronica.ask.question import parse

TEXTS = {
    "wire.txt": """title: Accords signed
published: 2031-09-10

Aldoria and Borvia signed the fisheries accord in Kessa on 3 June 2031.
Aldoria and Borvia signed a trade accord on 9 September 2031.
""",
    "encyclopedia.txt": """title: Aldoria–Borvia relations
published: 2033-01-01

On 3 June 2031 Aldoria and Borvia signed the fisheries accord after two years of talks.
The trade accord between Aldoria and Borvia was signed on 9 September 2031.
""",
    "blog.txt": """title: Notes from Kessa
published: 2034-05-05

Aldoria and Borvia signed the fisheries accord on 5 June 2031, after a week of talks in Kessa.
Aldoria and Borvia signed the border accord on 11 September 2031.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("claim_dissent"), TEXTS) as asker:
        yield asker


def _answered_on(asker, question, written, value):  # noqa: ANN001, ANN202
    """The question answered with ``value`` from the two sentences of wire and encyclopedia that
    write ``written`` (as the chronicle would answer it without the third source)."""
    cites = [Citation(h.sentence.document_id, None, h.sentence.text, h.sentence.start, h.sentence.end, value)
             for h in asker.index.search(question, limit=10) if written in h.sentence.text]
    assert len(cites) == 2, cites
    q = parse(question)
    return q, Answer(q, "answered", value, cites, values=[value])


def test_claim_of_the_same_act_and_thing_disputes(asker):
    """The blog's claim dates the signing of the fisheries accord two days later: disputed."""
    q, answer = _answered_on(asker, "When did Aldoria and Borvia sign the fisheries accord?",
                             "3 June 2031", "2031-06-03")
    disputed = asker._claim_dissent(q, answer)
    assert disputed is not None and disputed.verdict == "disputed"
    assert any("5 June 2031" in c.sentence for c in disputed.citations), disputed.text


def test_claim_of_another_thing_does_not_dispute(asker):
    """The blog's signing of the border accord two days after the trade accord's is another
    accord: no dispute."""
    q, answer = _answered_on(asker, "When did Aldoria and Borvia sign the trade accord?",
                             "9 September 2031", "2031-09-09")
    assert asker._claim_dissent(q, answer) is None


def test_claim_further_than_the_bound_does_not_dispute(asker, monkeypatch):
    """With the bound set to one day, the blog's date two days off tells another signing (so the
    first test tests :data:`PARAPHRASE_DAYS`)."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_DAYS", 1)
    q, answer = _answered_on(asker, "When did Aldoria and Borvia sign the fisheries accord?",
                             "3 June 2031", "2031-06-03")
    assert asker._claim_dissent(q, answer) is None


@pytest.mark.parametrize("a, b, same", [
    ("sign", "sign", True),            # the same word
    ("invade", "invasion", True),      # one family
    ("recall", "withdraw", True),      # one CAMEO act (161) in the ontology
    ("sign", "ratify", False),         # two steps of one coded act
    ("sign", "expel", False),          # two acts
])
def test_same_act_lemmas(a, b, same):
    assert same_act_lemmas(a, b) is same
