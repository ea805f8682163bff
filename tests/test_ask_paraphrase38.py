"""A when-answer given to the day is disputed by another source that tells the same act in other
words at another day (:meth:`chronica.ask.answer.Asker._paraphrase_dissent`).

The build keeps such sentences apart when their words differ (two events: no date disagreement
to attach), and the reader does not read a sentence whose wording strays from the question's
("the bombing, which began on 23 March", "the peace agreement which the two sides signed in
Nairobi on 10.01.2005"): the answer's sentences are searched by their MiniLM vectors for close
sentences of other sources that hold a word of the question's predicate's family and write, for
that word, a day near the answer's that does not fit it.

The case table of :func:`chronica.ask.answer.date_of_act` is modelled on the shapes of three dev
subjects (an armistice signed on one day or the next; air strikes whose start a relative clause
dates; a peace agreement signed in a relative clause) and on the two that must not count (a day
of another verb beside the act's noun; a day of an earlier clause before "days later")."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import Asker, date_of_act


def _at(sentence: str, date: str) -> int:
    return sentence.index(date)


@pytest.mark.parametrize("sentence, date, lemma, dates_it", [
    # the act's word governs the written day (its own clause, a relative clause, a passive)
    ("The truce was signed on 14 August 1949 and still holds.", "14 August 1949", "sign", True),
    ("A decade after the shelling of the port, which began on May 3, 1961, the two sides met.",
     "May 3, 1961", "begin", True),
    ("The road to peace ran through the accord which the government and the rebels signed in "
     "Arusha on 04.08.1993.", "04.08.1993", "sign", True),
    ("Rebel columns took the provincial capital on the 18th of March 1977.", "18th of March 1977",
     "take", True),
    # the day belongs to another verb: the act's word is a noun beside it, or another clause's
    ("The day before independence, the old government recognised the new state, and on "
     "13.07.1962 the new state joined the United Nations.", "13.07.1962", "independent", False),
    ("On 6 August 1974 the two governments signed a fisheries pact, and four days later the "
     "navy sent a frigate to the banks.", "6 August 1974", "send", False),
    ("The ministers met in Lome on 2 September 1994, days after the border was closed.",
     "2 September 1994", "close", False),
])
def test_date_of_act(sentence, date, lemma, dates_it):
    assert date_of_act(sentence, _at(sentence, date), lemma) is dates_it


TEXTS = {
    "wire.txt": """title: Bombing of Ruritania begins
published: 1961-03-25

Borduria began air strikes against Ruritania on 24 March 1961 after talks at Zenda failed.
The strikes hit bridges and barracks across the north.
""",
    "encyclopedia.txt": """title: Ruritania–Borduria relations
published: 1980-03-02

After the Ruritanian delegation refused the proposed settlement, Borduria began air strikes against Ruritania on 24 March 1961.
Ruritania joined the League of Nations on 3 May 1920.
""",
    "feed.txt": """title: Ruritania marks independence day
published: 1975-05-05

Ruritania declared independence in 1970, nearly nine years after Borduria's bombing of Ruritania, which began on March 23, 1961.
Crowds gathered in Strelsau for the anniversary.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("paraphrase"), TEXTS) as asker:
        yield asker


def test_ask_when_another_day_in_other_words_disputes(asker):
    """Two sources date the start of the air strikes to 24 March, a third writes in a relative
    clause of another sentence that the bombing began on the 23rd: the answer is disputed, each
    day with its sources."""
    answer = asker.ask("When did Borduria begin its air strikes on Ruritania?")
    assert answer.verdict == "disputed", answer.text
    assert {"1961-03-24", "1961-03-23"} <= {c.date for c in answer.citations}, answer.text


def test_ask_when_paraphrase_step_is_what_disputes(asker, monkeypatch):
    """Without the step the answer is the one day (so the test above tests the step)."""
    monkeypatch.setattr(Asker, "_paraphrase_dissent", lambda self, q, a: None)
    answer = asker.ask("When did Borduria begin its air strikes on Ruritania?")
    assert answer.verdict == "answered", answer.text


def test_ask_when_no_other_day_stays_answered(asker):
    """A day no source writes otherwise for the act stays answered."""
    answer = asker.ask("When did Ruritania join the League of Nations?")
    assert answer.verdict != "disputed", answer.text
