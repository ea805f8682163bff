"""An anaphor of the story's time ("that day", "the same year", "that November", "in the same
month") points back past the last date told when that date cannot be it: the writer's now
("tonight", "overnight" in a text of that day), a decade ("since the 1990s") or a count on the
story coarser than the anaphor ("A decade later, ... that day", "later that year. In the same
month"). It takes the latest date before that can be, in its paragraph or the one before;
a date written out ("In March 1996 ... The same day") or counted from the writing ("Last month ...
that evening") still holds, however coarse. ``tagger._Resolver._story_anchor_for``,
``lexicon.ANAPHOR_FINEST``. Invented sentences and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

from chronica.time import tag

#: (text, document date, the anaphor, its value)
REACH_CASES = [
    # past the writer's now
    ("The envoy reached Tarsa on 4 May 2011. The mood shifted overnight, and the ministers agreed the "
     "same day to reopen the crossing.", "2019-06-12", "the same day", "2011-05-04"),
    ("The last assault, on 23 March 1986, failed at the river. Tonight we remember the men who fell "
     "there.\n\nThe talks dragged on through that year.", "2021-10-11", "that year", "1986"),
    # past a decade
    ("On 9 March 2014 the prime minister came to Ostrava. Border posts shut since the 1990s opened "
     "again, and work on the new canal started that November.", "2020-12-01", "that November", "2014-11"),
    # past a count on the story coarser than the anaphor
    ("The new republic raised its flag on 12.08.2005. A decade later, few people recall the parades of "
     "that day.", "2015-08-12", "that day", "2005-08-12"),
    ("The federation was proclaimed on 18 April 1961, and the new name came later that year. In the "
     "same month the army mutinied.", "2020-01-01", "the same month", "1961-04"),
    # a date written out or counted from the writing still holds
    ("In March 1996 the assembly passed a budget. The same day the unions marched.", "2020-01-01",
     "The same day", "1996-03"),
    ("In 1975 the treaty was signed. That year the border opened.", "2020-01-01", "That year", "1975"),
]


@pytest.mark.parametrize("text,dct,phrase,value", REACH_CASES)
def test_anaphor_reaches_back_past_what_cannot_be_it(text, dct, phrase, value):
    found = {t.text: t.value for t in tag(text, dct)}
    assert found[phrase] == value


def test_event_told_the_same_day_takes_the_story_day(time_actors):
    dates = event_dates(time_actors, "The envoy reached Tarsa on 4 May 2011. The mood shifted overnight, and "
                              "Ruritania closed its embassy in Borduria the same day.", "2019-06-12")
    assert dates["closed its embassy"] == "2011-05-04"
