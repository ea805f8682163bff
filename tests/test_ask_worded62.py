"""A when-answer is disputed by another source that tells the same act in words the question does
not use and the build codes as no event of its type, when that sentence names what the act is
done to and who does it (:meth:`chronica.ask.answer.Asker._paraphrase_dissent`, test (c);
:meth:`~chronica.ask.answer.Asker._names_asked`; issue 14: "one side of a dispute only").

The sentence must be close to one of the answer's (:data:`chronica.ask.answer.WORDED_COSINE`),
write one date only, to the day or the month, at most a month from the answer's, and tell no other
member of a series or another occasion. Every text, place and date below is invented."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask import answer as answer_module

TEXTS = {
    "wire.txt": """title: Puerto Alto taken
published: 1891-05-05

Chilean troops entered Puerto Alto on 4 May 1891.
Chilean troops entered Villa Seca on 9 August 1893.
""",
    "report.txt": """title: The southern campaign
published: 1899-01-10

On 4 May 1891 Chilean troops entered Puerto Alto after a short siege.
On 9 August 1893 Chilean troops entered Villa Seca after a long march.
""",
    "blog.txt": """title: Memories of the southern campaign
published: 2004-03-12

The first Chilean troops rode into Puerto Alto on 3 May 1891, after a short siege.
The first Chilean troops rode into Villa Rica on 12 August 1893, after a long march.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("worded"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, verdict, days", [
    # the blog tells the entry as riding into the town the day before, naming the town and the
    # troops' state: a second side
    ("When did Chilean troops enter Puerto Alto?", "disputed", {"1891-05-04", "1891-05-03"}),
    # its later sentence names another town than the one asked about: no side
    ("When did Chilean troops enter Villa Seca?", "answered", {"1893-08-09"}),
])
def test_worded_dissent(asker, question, verdict, days):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert days <= {c.date for c in answer.citations}, answer.text


def test_worded_dissent_is_the_step(asker, monkeypatch):
    """With test (c) out of reach the entry is answered with the one day (so the table above
    tests the step)."""
    monkeypatch.setattr(answer_module, "WORDED_COSINE", 1.01)
    answer = asker.ask("When did Chilean troops enter Puerto Alto?")
    assert answer.verdict == "answered", answer.text
    assert answer.values[0] == "1891-05-04", answer.text


def test_worded_dissent_from_the_question(asker, monkeypatch):
    """With no answer sentence to start from, the sentences close to the question itself are
    read by test (c): the entry is still disputed (so the question's neighbours are searched)."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_SEEDS", 0)
    answer = asker.ask("When did Chilean troops enter Puerto Alto?")
    assert answer.verdict == "disputed", answer.text
    assert {"1891-05-04", "1891-05-03"} <= {c.date for c in answer.citations}, answer.text
