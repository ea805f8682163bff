"""A clause with no time of its own whose predicate is told as coming later by a stretch it does not
say ("Tarsa later agreed", "Borduria subsequently recalled its envoy", "The league eventually sent
observers") happened after the narrative's date, not on it: it takes no date from the story
(chronica.events._dating ``told_after_the_story``, ``ATTACHMENT_CHECKS``) - a wrong date is worse
than none. Case table of sentences written for this test (invented events and dates), the rule
after the shape of eight dev texts of eight subjects (it fires on ten: two lose a right date)."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, document date, trigger, its date)
LATER_CASES = [
    ("The border clash of 12 March 2014 left four dead. Borduria subsequently recalled its envoy from "
     "Tarsa.", "2020-01-01", "recalled its envoy", None),
    ("In June 2006 Tarsa sued Borduria at the regional court. Tarsa later asked the judges to order a "
     "halt to the blockade.", "2020-01-01", "asked", None),
    ("The two navies clashed off the reef in April 1987. Borduria eventually closed its embassy in "
     "Tarsa.", "2020-01-01", "closed its embassy", None),
    # controls: a later told near ("soon afterwards"), a page of news telling its own day, a clause
    # with no sequence word, and one with a time of its own keep their dates
    ("The border clash of 12 March 2014 left four dead. Borduria recalled its envoy from Tarsa soon "
     "afterwards.", "2020-01-01", "recalled its envoy", "2014-03-12"),
    ("On Monday rebels attacked the town. The army later shelled their positions, officials said.",
     "2020-03-18", "shelled", "2020-03-16"),
    ("The border clash of 12 March 2014 left four dead. Borduria recalled its envoy from Tarsa.",
     "2020-01-01", "recalled its envoy", "2014-03-12"),
    ("In June 2006 Tarsa sued Borduria at the regional court. Tarsa later asked the judges in March "
     "2007 to order a halt to the blockade.", "2020-01-01", "asked", "2007-03"),
]


@pytest.mark.parametrize("text,dct,trigger,date", LATER_CASES)
def test_a_clause_told_later_takes_no_date_from_the_story(time_actors, text, dct, trigger, date):
    assert event_dates(time_actors, text, dct)[trigger] == date
