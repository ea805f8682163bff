"""An anaphor of the story's time ("that day", "the same year", "that November", "in the same
month") points back past the last date told when that date cannot be it: the writer's now
("tonight", "almost overnight" in a text of that day), a decade ("since the early 2000s") or a
count on the story coarser than the anaphor ("A decade later, ... that day", "later that year. In
the same month"). It takes the latest date before that can be, in its paragraph or the one before;
a date written out ("In May 2010 ... The same day") or counted from the writing ("Last month ...
that evening") still holds, however coarse. ``tagger._Resolver._story_anchor_for``,
``lexicon.ANAPHOR_FINEST``. Invented sentences and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

from chronica.time import tag

#: (text, document date, the anaphor, its value)
REACH_CASES = [
    # past the writer's now
    ("The envoy reached Tarsa on 4 May 2011. The mood changed almost overnight, and the two ministers "
     "agreed the same day to reopen the crossing.", "2019-06-12", "the same day", "2011-05-04"),
    ("The last assault, on 23 March 1986, failed at the river. Tonight I will say only this: we were "
     "lucky.\n\nThe talks went on through that year.", "2021-10-11", "that year", "1986"),
    # past a decade
    ("On 9 March 2014 the prime minister arrived in Ostrava. Crossings closed since the early 1990s "
     "were reopened, and the new dam was started that November.", "2020-12-01", "that November", "2014-11"),
    # past a count on the story coarser than the anaphor
    ("On 12.08.2005 the flag of the new republic was raised. A decade later, little remains of the joy "
     "of that day.", "2015-08-12", "that day", "2005-08-12"),
    ("The federation was proclaimed on 18 April 1961, and the new name came later that year. In the "
     "same month the army mutinied.", "2020-01-01", "the same month", "1961-04"),
    # a date written out or counted from the writing still holds
    ("In May 2010 the parliament changed the law. The same day the neighbours protested.", "2020-01-01",
     "The same day", "2010-05"),
    ("In 1975 the treaty was signed. That year the border opened.", "2020-01-01", "That year", "1975"),
]


@pytest.mark.parametrize("text,dct,phrase,value", REACH_CASES)
def test_anaphor_reaches_back_past_what_cannot_be_it(text, dct, phrase, value):
    found = {t.text: t.value for t in tag(text, dct)}
    assert found[phrase] == value


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


def test_event_told_the_same_day_takes_the_story_day(full):
    dates = event_dates(full, "The envoy reached Tarsa on 4 May 2011. The mood changed almost overnight, and "
                              "Ruritania closed its embassy in Borduria the same day.", "2019-06-12")
    assert dates["closed its embassy"] == "2011-05-04"
