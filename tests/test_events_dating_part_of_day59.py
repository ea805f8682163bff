"""A date told "of" a part of the day ("on the evening of 11 July", "in the early hours of 3 June")
is the time of its clause, as the date alone would be, not a thing the date names
(chronica.events._dating ``part_of_day``): the clause coordinated after it takes that time, and the
story moves on to it. Case table of sentences written for this test (invented events and dates),
the rule after the shape of at least three dev texts."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, trigger, its date)
PART_OF_DAY_CASES = [
    ("The treaty was signed in May 1985. On the evening of 11 July the Ruritanian governor proclaimed the "
     "province independent, and Borduria protested.", "protested", "1985-07-11"),
    ("Borduria signed the treaty in May 1985. In the early hours of 3 June a storm hit the coast, and "
     "Ruritania closed the border.", "closed", "1985-06-03"),
    ("Borduria signed the treaty in May 1985. In the small hours of 4 August a fire swept the docks of "
     "Tarsa, and Borduria sent troops to the port.", "sent troops", "1985-08-04"),
    # control: a night named as the thing recalled leaves the clause its own time
    ("Borduria signed the treaty in May 1985. In June the envoy recalled the night of 3 June 1950 in a "
     "speech, and Borduria protested.", "protested", "1985-06"),
]


@pytest.mark.parametrize("text,trigger,date", PART_OF_DAY_CASES)
def test_a_part_of_the_day_dates_its_clause(time_actors, text, trigger, date):
    assert event_dates(time_actors, text, "2020-01-01")[trigger] == date
