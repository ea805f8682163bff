"""A clause that tells when the event happened - "when", "as (soon as)", "while", "once" - dates the
event with its own time, also where the parser hides that time from the event: below an infinitive
of the clause ("barred the envoy when he tried to land there in October 2004"), in a clause the parser
hangs on an adverb of the predicate ("as soon as the state was founded in 1971"), or in a comma-set "when"
clause the parser made a relative clause on a noun that names no time (chronica.events._dating
``time_of_a_when_clause``, ``ATTACHMENT_CHECKS``). A clause told before or after the event ("after",
"before"), a clause on another predicate, and a time of the event's own are left as they were.
Case table of sentences written for this test (invented events between invented places, invented
dates), the rule after the shape of three dev texts of three subjects."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, trigger, its date)
WHEN_CASES = [
    ("Borduria barred the opposition leader Tomas Vell when he tried to land at its airport in October 2004.",
     "barred", "2004-10"),
    ("Tarsa opened an embassy in Borduria as soon as the new state was founded in 1971.", "opened", "1971"),
    ("Tarsa then asked Borduria to send back the two planes it had leased, with the pilots who flew them, "
     "when the lease ran out in March 2015.", "asked", "2015-03"),
]

#: controls: a clause told after the time ("after"), a "when" clause on another predicate, a comma-set
#: clause on a noun of another verb, and a time of the event's own keep their dates
WHEN_CONTROL_CASES = [
    ("Borduria barred the opposition leader Tomas Vell after he tried to land at its airport in October 2004.",
     "barred", None),
    ("Borduria expelled the envoy, who had arrived when the talks failed in 2010.", "expelled", None),
    ("Tarsa sent troops into Borduria, and the crews, when the pact lapsed in June 2018, sailed home.",
     "sent troops", None),
    ("Borduria barred the opposition leader Tomas Vell in September 2004 when he tried to land at its "
     "airport in October 2004.", "barred", "2004-09"),
]


@pytest.mark.parametrize("text,trigger,date", WHEN_CASES + WHEN_CONTROL_CASES)
def test_a_when_clause_dates_the_event(time_actors, text, trigger, date):
    assert event_dates(time_actors, text, "2024-01-10")[trigger] == date
