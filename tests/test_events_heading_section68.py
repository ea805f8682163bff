"""A date closing a heading line ("September 1970", "4. The summer of 1956") dates the events of
its section past the paragraph breaks a narrative date does not reach over
(``ATTACHMENT_CHECKS["heading_dates_its_section"]``); not a labelled field ("Joined: June 2009"),
a date with a modifier ("After 2011"), a day (a letter's "Rabat, 2 February 2023" is when it was
written), nor past the next heading. Invented texts and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


_BODY = ("The talks had gone badly. Nobody expected much.\n\nThe ministers met in secret. The press waited.\n\n"
         "Borduria expelled the Ruritanian ambassador.\n")

#: (text, trigger, date)
SECTION_CASES = [
    ("A history of the river\n\nSeptember 1970\n\n" + _BODY, "expelled", "1970-09"),
    ("A history of the river\n\n3. The spring of 1962\n\n" + _BODY, "expelled", "1962-03"),
    ("A history of the river\n\nNovember 1988\n\n" + _BODY + "\n5. Aftermath\n\nPrices fell. The harbour opened.\n\n"
     "Borduria protested to Ruritania.\n", "protested", None),
    ("Notes\n\nJoined: June 2009\n\n" + _BODY, "expelled", None),
    ("Notes\n\nAfter 2011\n\n" + _BODY, "expelled", None),
    ("Notes\n\nRabat, 2 February 2023\n\n" + _BODY, "expelled", None),
]


@pytest.mark.parametrize("text,trigger,date", SECTION_CASES)
def test_heading_date_dates_its_section(full, text, trigger, date):
    assert event_dates(full, text, "2021-06-01")[trigger] == date
