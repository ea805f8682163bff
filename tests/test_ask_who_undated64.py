"""A who-answer read from sentences that date the act at the question's time is disputed by
another source's sentence naming another person in the asked role of the same act without a date
of its own (the year written in the sentence before): the dissent reads the other sources'
undated sentences too (:meth:`chronica.ask.answer.Asker._who_dissent`,
:meth:`~chronica.ask.answer.Asker._who_readings` with ``undated``; issue 14: a who-answer whose
gold is disputed while one source is undated). A sentence dated at another time is still no side.
Every text, name and date below is invented."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import Asker

TEXTS = {
    "wire.txt": """title: Envoy to Quito
published: 1987-03-12

In March 1987 Chile sent Lars Ekberg to Quito as its special envoy.
""",
    "almanac.txt": """title: Chile and Ecuador, a chronology
published: 1999-06-01

In March 1987 Chile sent Lars Ekberg to Ecuador as its envoy after the floods.
In May 1994 Chile sent Marta Quiroga to Ecuador as its envoy after the earthquake.
""",
    "blog.txt": """title: Floods and diplomats
published: 2015-10-20

The floods of March 1987 changed everything on the coast.
Chile sent Nils Haugen to Quito as its envoy, whatever the newspapers said.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("whoundated"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, verdict, names, absent", [
    # the blog's undated sentence names another envoy sent after the floods of March 1987: a second side
    ("Whom did Chile send to Ecuador as its envoy in March 1987?", "disputed",
     {"Ekberg", "Haugen"}, {"Quiroga"}),
])
def test_undated_dissent(asker, question, verdict, names, absent):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert all(n in answer.text for n in names), answer.text
    assert not any(n in answer.text for n in absent), answer.text


def test_undated_dissent_is_the_step(asker, monkeypatch):
    """With the undated sentences left out of the dissent (as of the answer) the broker is
    answered with the one name (so the table above tests the step)."""
    read = Asker._who_readings
    monkeypatch.setattr(Asker, "_who_readings",
                        lambda self, q, limit=40, hits=None, undated=False: read(self, q, limit, hits, False))
    answer = asker.ask("Whom did Chile send to Ecuador as its envoy in March 1987?")
    assert answer.verdict == "answered", answer.text
    assert "Ekberg" in answer.text and "Haugen" not in answer.text, answer.text
