"""A when-answer is disputed by another source whose sentence holds a word of the asked act's
family that its one date does not date ("Togo moved first to recognise the Valdor government, and
Ghana followed a day later, on 5 March 1971": the date is of "followed"), read by the paraphrase
tests (b)/(c) of :meth:`chronica.ask.answer.Asker._paraphrase_dissent` when test (a)
(:func:`chronica.ask.answer.date_of_act`) does not take it (session 63, issue 14: one-sided
when-answers). A sentence with a second time, whose written day is a dateline's ("ACCRA, Jun 10
- ... late on Friday"), is no side. Every name, place and date below is invented."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import date_of_act

FOLLOWED = "Togo moved first to recognise the Valdor government, and Ghana followed on 5 March 1971."
DATELINE = "ACCRA, Jun 10 (Coastal Wire) - Ghana recognised the Mirabel council late on Friday, officials said."

TEXTS = {
    "wire.txt": """title: Ghana recognises Valdor
published: 1971-03-05

Ghana recognised the Valdor government on 4 March 1971.
Ghana recognised the Mirabel council on 9 June 1972.
""",
    "history.txt": """title: Ghana and the southern governments
published: 1990-01-10

On 4 March 1971 Ghana became the first state to recognise the Valdor government.
On 9 June 1972 Ghana became the first state to recognise the Mirabel council.
""",
    "analysis.txt": """title: Recognition politics in West Africa
published: 2004-05-02

""" + FOLLOWED + """
The recognition was criticised in Lome.
""",
    "feed.txt": """title: Ghana recognises Mirabel council
published: 1972-06-10

""" + DATELINE + """
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("followed"), TEXTS) as asker:
        yield asker


def test_test_a_does_not_date_it():
    """Test (a) alone does not take the sentence: its date is of "followed" (so the table below
    tests the fall-through)."""
    assert date_of_act(FOLLOWED, FOLLOWED.index("5 March 1971"), "recognise") is False


@pytest.mark.parametrize("question, verdict, days", [
    ("When did Ghana recognise the Valdor government?", "disputed", {"1971-03-04", "1971-03-05"}),
    # the dateline's day is not the act's: one side
    ("When did Ghana recognise the Mirabel council?", "answered", {"1972-06-09"}),
])
def test_followed_dissent(asker, question, verdict, days):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert days <= {c.date for c in answer.citations}, answer.text
