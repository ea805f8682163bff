"""``news_day`` (chronica.events._dating): in a page whose date of writing is stated, a clause told
in the simple past with no time of its own, after the text named a day of the news by a deictic
("on Monday", "yesterday") and told no other date since, is news of that day - across one-sentence
paragraphs, which the narrative anchor does not reach. Sentences written for these tests in the
shape of wire stories (one-sentence paragraphs after a dateline)."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of

#: (text, date of writing, trigger, date)
NEWS_DAY_CASES = [
    ("TARSA, Oct 14 (Wire) - Two people were killed when a shell hit a farm on Monday.\n\n"
     "Dozens of soldiers had crossed the river by Monday evening, the border police said.\n\n"
     '"We will not be provoked," the minister said.\n\nArmenia closed its border with the province.',
     "2019-10-14", "closed", "2019-10-14"),
    ("GENEVA, Nov 6 (Wire) - The two leaders on Monday unveiled a deal on fishing rules.\n\n"
     "Speaking at a news conference, the prime minister said the deal would end the quarrel.\n\n"
     "The premier called the pact the opening of a better era.\n\n"
     "Norway's prime minister welcomed the agreement in a statement.", "2017-11-06", "welcomed", "2017-11-06"),
    ("SANTIAGO, June 9 (Wire) - Chile accused Bolivia on Friday of moving troops to the border.\n\n"
     "The army said the units were on exercise.\n\nLa Paz said the patrols were routine.\n\n"
     "Argentina urged both sides to show restraint.", "1995-06-09", "urged", "1995-06-09"),
]

#: controls: a pluperfect looks back; a date told since is the story's; a day of the news more than
#: a week before the date of writing is no news; without a stated date of writing, nothing
NO_NEWS_DAY_CASES = [
    ("SANTIAGO, June 9 (Wire) - Chile accused Bolivia on Friday of moving troops to the border.\n\n"
     "The army said the units were on exercise.\n\nLa Paz said the patrols were routine.\n\n"
     "Argentina had urged both sides to show restraint.", "1995-06-09", "urged"),
    ("SANTIAGO, June 9 (Wire) - Chile accused Bolivia on Friday of moving troops to the border.\n\n"
     "The two countries fought a war in 1879.\n\nLa Paz said the patrols were routine.\n\n"
     "Argentina urged both sides to show restraint.", "1995-06-09", "urged"),
    ("SANTIAGO, June 9 (Wire) - Chile accused Bolivia in late April of moving troops to the border.\n\n"
     "The army said the units were on exercise.\n\nLa Paz said the patrols were routine.\n\n"
     "Argentina urged both sides to show restraint.", "1995-06-09", "urged"),
    ("Chile accused Bolivia on Friday of moving troops to the border.\n\n"
     "The army said the units were on exercise.\n\nLa Paz said the patrols were routine.\n\n"
     "Argentina urged both sides to show restraint.", None, "urged"),
]


@pytest.mark.parametrize("text,dct,trigger,date", NEWS_DAY_CASES)
def test_a_clause_of_the_news_takes_its_day(full, text, dct, trigger, date):
    events = [e for e in events_of(full, text, dct) if e.trigger == trigger]
    assert events and events[0].date == date, [(e.trigger, e.date) for e in events_of(full, text, dct)]


@pytest.mark.parametrize("text,dct,trigger", NO_NEWS_DAY_CASES)
def test_no_news_day_outside_the_rule(full, text, dct, trigger):
    events = [e for e in events_of(full, text, dct) if e.trigger == trigger]
    assert events and events[0].date != "1995-06-09", [(e.trigger, e.date) for e in events_of(full, text, dct)]
