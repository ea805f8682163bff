"""A time that dates a happening named after "after" or "following" dates the event of the clause
that frame opens no finer than its month when it is a day (``ATTACHMENT_CHECKS["time_of_an_earlier_frame"]``):
the event came after that day, on a day the sentence does not tell; a month or a year is kept. Sentences written
for this test after the shape of three dev texts (a history of the peninsula's division in 1945, a
report on a border after a terror attack, a newsletter on aid sent across a closed border after an
earthquake)."""

from __future__ import annotations

import pytest

from dating_cases import event_dates


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


def _dates(full, text):
    return event_dates(full, text)


#: (text, trigger, date): the main clause's event after a frame dated to the day takes its month
FRAMED_CASES = [
    ("After Germany's surrender on May 8, 1945, the Red Army invaded Manchuria from the west.",
     "invaded", "1945-05"),
    ("After the bombings of 14 March 2003, President Erdogan joined the US-led coalition.", "joined", "2003-03"),
    ("After the floods of 9 October 2019 in northern Italy, Austria sent rescue teams and humanitarian aid.",
     "sent", "2019-10"),
]


@pytest.mark.parametrize("text,trigger,date", FRAMED_CASES)
def test_event_after_a_dated_frame_takes_its_year(full, text, trigger, date):
    dates = _dates(full, text)
    assert dates.get(trigger) == date, dates


#: (text, trigger, date): the frame's own happening, a time of the event's own, a time that is
#: the frame's object, and a measured frame keep their dates
KEPT_CASES = [
    ("After Erdogan won the run-off on 28 May 2023, Pashinyan travelled to Ankara for the inauguration on 3 June.",
     "won", "2023-05-28"),
    ("After Erdogan won the run-off on 28 May 2023, Pashinyan travelled to Ankara for the inauguration on 3 June.",
     "travelled to", "2023-06-03"),
    ("After 1990, Sudan severed relations with Chad.", "severed relations", "1990"),
    # a measured frame counts from the date its happening is told with (``dated_where_named``,
    # chronica.time.counted): two days after 12 May
    ("Two days after the coup on 12 May 1990, the army arrested the president.", "arrested", "1990-05-14"),
    ("After the coup in Paris in May 1958, France began to withdraw.", "withdraw", "1958-05"),
]


@pytest.mark.parametrize("text,trigger,date", KEPT_CASES)
def test_dates_outside_the_rule_are_kept(full, text, trigger, date):
    dates = _dates(full, text)
    assert dates.get(trigger) == date, dates
