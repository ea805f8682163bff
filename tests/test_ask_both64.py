"""A when-answer is disputed by another source's sentence that tells the same act in other words
and names nothing the question's act is done to, when that sentence is close both to one of the
answer's sentences and to the question (:meth:`chronica.ask.answer.Asker._paraphrase_dissent`,
test (d); :data:`chronica.ask.answer.BOTH_COSINE`; issue 14: "one side of a dispute only").

The sentence must name each of the question's actors, write one date only, to the day, at most a
month from the answer's, and the build must code no act of another type only in it. Every text, name and date below is invented."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask import answer as answer_module

TEXTS = {
    "wire.txt": """title: Montoya in Quito
published: 1921-05-09

The Chilean president, Rafael Montoya, arrived in Quito on 8 May 1921 for a state visit to Ecuador.
""",
    "almanac.txt": """title: Chile and Ecuador in the 1920s
published: 1990-02-01

Rafael Montoya arrived in Quito for his state visit to Ecuador on 8 May 1921.
""",
    "diary.txt": """title: A diary of the visit
published: 2011-09-01

Rafael Montoya's plane touched down in Quito on 18 May 1921, the date on the ticket I kept.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("both"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, verdict, days", [
    # the diary tells the arrival as a flight into the city ten days later: a second side
    ("When did Rafael Montoya arrive in Quito for his state visit?", "disputed", {"1921-05-08", "1921-05-18"}),
])
def test_both_close_dissent(asker, question, verdict, days):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert days <= {c.date for c in answer.citations}, answer.text


def test_both_close_dissent_is_the_step(asker, monkeypatch):
    """With test (d) out of reach the arrival is answered with the one day (so the table
    above tests the step)."""
    monkeypatch.setattr(answer_module, "BOTH_COSINE", 1.01)
    answer = asker.ask("When did Rafael Montoya arrive in Quito for his state visit?")
    assert answer.verdict == "answered", answer.text
    assert answer.values[0] == "1921-05-08", answer.text
