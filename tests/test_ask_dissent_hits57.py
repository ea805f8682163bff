"""A when-answer given to the day is disputed by another source's sentence that search finds for
the question itself, names every actor the question asks about, holds a word of the question's
predicate's family and dates that word a few days away (:meth:`chronica.ask.answer.Asker.
_paraphrase_dissent`): the other source tells the act in its own words around the same names, and
its MiniLM vector may fall short of the answer's sentence's (the paraphrase neighbours).

The texts are the project's own (invented events between invented places and people)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over
from test_chronicle_data import needs_minilm

from chronica.ask import answer as answer_module
from chronica.ask.answer import Answer

TEXTS = {
    "bulletin.txt": """title: Court bulletin
published: 1962-06-01

Rudolf Rassendyll fled Strelsau after the verdict and was arrested near the Bordurian frontier on 4 May 1962, and he was flown to Zenda the same day.
The court sat again in June.
""",
    "register.txt": """title: Register of the Zenda court
published: 1970-01-01

Rudolf Rassendyll, once governor of the northern province, left office in 1958; he was arrested in the eastern hills on 3 May 1962 and handed to the court at Zenda.
The register lists eleven other cases for that year.
""",
    "notes.txt": """title: Notes on the Zenda court
published: 1971-01-01

Michael Elphberg was arrested in the eastern hills on 2 May 1962 and released a week later.
The court moved to a new building in 1965.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("dissent_hits"), TEXTS) as a:
        yield a


def _one_day(asker, question: str, day: str):
    """The question's answer as if one source alone had told it: the day ``day`` with that
    source's sentences (the step is asked whether another source disputes it)."""
    found = asker.ask(question)
    cites = [c for c in found.citations if c.date == day]
    assert cites, found.text
    return Answer(found.question, "answered", day, cites, values=[day])


ASKED = "When was Rudolf Rassendyll arrested?"


@needs_minilm
def test_ask_when_the_other_source_s_own_words_dispute(asker, monkeypatch):
    """No paraphrase neighbour counts (the cosine set out of reach): the register's sentence,
    found by search for the question and naming Rassendyll, dates his arrest a day before the
    bulletin's: disputed, each day with its source; Elphberg's arrest (another person, in the
    same words) is no side."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_COSINE", 1.01)
    one = _one_day(asker, ASKED, "1962-05-04")
    disputed = asker._paraphrase_dissent(one.question, one)
    assert disputed is not None and disputed.verdict == "disputed"
    days = {c.date for c in disputed.citations}
    assert {"1962-05-04", "1962-05-03"} <= days, disputed.text
    assert "1962-05-02" not in days, disputed.text


@needs_minilm
def test_ask_when_without_the_question_s_hits_no_dispute(asker, monkeypatch):
    """Without the question's own search hits (and no neighbour) the step finds no other day:
    the side above comes from them."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_COSINE", 1.01)
    monkeypatch.setattr(answer_module, "DISSENT_HITS", 0)
    one = _one_day(asker, ASKED, "1962-05-04")
    assert asker._paraphrase_dissent(one.question, one) is None


@needs_minilm
def test_ask_when_a_sentence_without_the_asked_name_is_no_side(asker, monkeypatch):
    """Asked about Elphberg, the sentences naming Rassendyll are no side of his arrest's date."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_COSINE", 1.01)
    one = _one_day(asker, "When was Michael Elphberg arrested?", "1962-05-02")
    assert asker._paraphrase_dissent(one.question, one) is None
