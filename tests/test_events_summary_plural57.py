"""The summary's verb agrees with a doer written as a plural noun ("troops withdraw", "protesters
storm"), as it already did with two named doers ("Ruritania and Borduria agree"); a singular
common noun keeps the third person ("government expels").

Every sentence here is invented (invented countries and dates)."""

from __future__ import annotations

import pytest

#: (text, the summary's first words)
PLURAL_DOER_CASES = [
    ("The assembly voted to send a force to supervise the withdrawal of foreign troops.", "troops withdraw"),
    ("Protesters stormed the Bordurian embassy in Vask in 1988.", "protesters "),
    ("Rebels attacked the garrison at Vask in 1977.", "rebels attack"),
]


def _summaries(pipeline, text):
    return [e.summary for e in pipeline(text)._.events]


@pytest.mark.parametrize("text,start", PLURAL_DOER_CASES)
def test_a_plural_doer_takes_a_plural_verb(pipeline, text, start):
    summaries = _summaries(pipeline, text)
    assert any(s.startswith(start) and not s.split()[1].endswith("s") for s in summaries), summaries


def test_a_singular_doer_keeps_its_verb(pipeline):
    summaries = _summaries(pipeline, "The government of Sylvania expelled two Bordurian diplomats in 1991.")
    assert any(s.startswith("government expels") or s.startswith("Sylvania") and "expels" in s for s in summaries), \
        summaries


def test_a_plural_shown_by_a_singular_name_keeps_its_verb(pipeline):
    """"Icelanders" shown as the state reads "Iceland votes", not "Iceland vote"."""
    summaries = _summaries(pipeline, "Icelanders voted for independence in May 1977.")
    assert any(s.startswith("Iceland votes") for s in summaries), summaries


@pytest.mark.parametrize("verb,plural", [("seizes", "seize"), ("fixes", "fix"), ("buzzes", "buzz"),
                                         ("supplies", "supply"), ("reaches", "reach"), ("goes", "go")])
def test_the_plural_of_a_verb(verb, plural):
    from chronica.events._summary import _plural

    assert _plural(verb) == plural
