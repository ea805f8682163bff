"""Session 42: an event told in the past in a clause with no time of its own, coordinated before a
clause that tells a day or a month ("X withdrew the army, and the last soldiers left on 24 May
2000"), takes that time's month (``_dating.later_clause_ref``): told in sequence, it came just
before, in that month; the day is the later clause's own. A year in the later clause ("..., and
there were border clashes in 1974"), a time told inside the event's own clause, a clause that
looks ahead: the narrative's date or none, as before. Sentences written for this test after the
shape of three dev texts (a withdrawal completed on a day, a minister's journey ending in a
signing, a leader's meeting followed by a signing)."""

from __future__ import annotations

import pytest

from dating_cases import event_dates


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


def _dates(full, text):
    return event_dates(full, text)


#: (text, trigger, date): the event before a later clause's day takes that day's month
LATER_CASES = [
    ("Fighting flared on 2 March 1981. Prime Minister Shimon Peres pulled the army back from Lebanon, "
     "and the last Israeli tanks left the country on 6 June 1985.", "pulled the army back", "1985-06"),
    ("The talks had stalled by 14 October 1970. Once the envoys had been recalled, Mr. Kriangsak flew to "
     "Hanoi again, and on May 3, 1972, he signed an accord with Pham Van Dong.", "flew to", "1972-05"),
    ("The delegation left Bangkok in December 1976. Mr. Kriangsak visited Vietnam, and on 12 March 1977 "
     "he signed a trade protocol with Pham Van Dong.", "visited", "1977-03"),
]


@pytest.mark.parametrize("text,trigger,date", LATER_CASES)
def test_event_before_a_later_clauses_day_takes_its_month(full, text, trigger, date):
    assert _dates(full, text).get(trigger) == date


#: (text, trigger, date): no later clause's month reaches the event
KEPT_CASES = [
    # a year in the later clause: the story goes on to it only after the event
    ("Iran increased its support for the Kurdish rebels in Iraq, and there were repeated border raids in 1974.",
     "increased", None),
    # told without a past tense of its own: no sequence
    ("The delegation left Bangkok in December 1976. Thailand has long supported Cambodia, and on 12 March "
     "1977 Mr. Kriangsak signed a trade protocol with Pham Van Dong.", "supported", None),
]


@pytest.mark.parametrize("text,trigger,date", KEPT_CASES)
def test_event_keeps_its_date_when_no_later_month_reaches_it(full, text, trigger, date):
    dates = _dates(full, text)
    assert trigger in dates
    assert dates[trigger] == date
