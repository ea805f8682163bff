"""A date told in a clause below the main one (a participle on a noun, a relative or adverbial clause
in the simple past) moves the narrative when the main clause of its past-tense sentence tells no
time of its own (``_dating.clause_sets_the_story``): "Its award, issued on 3 May 2017, fixed the
line. Freedonia rejected the award." dates the rejection. Not a look back ("after", a past
perfect), not a year alone, not a person's past ("who resigned in March 2004"), not the date a paper bears ("a letter
dated 15 June"), not across a paragraph, not when the main clause has its own time, and not into a
sentence that tells a time of its own in any clause.
The shape comes from the dev texts (slocro: an award "issued on" a day, then its rejection;
gbrirl: agreements "signed in" a city "on" a day, then what one side handed back; eridji: "where
they signed an agreement on" a day, then a withdrawal; isrsyr: "where" two ministers "talked ...
from" a day, then the talks broke up; zafmoz: a report "published in" a month, then a refusal
to sign it); the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, trigger, date", [
    ("The court's final award, issued on 3 May 2017, fixed the whole boundary. Freedonia rejected the award.",
     "rejected", "2017-05-03"),
    ("Talks produced two agreements, signed in Geneva on 14 March 1931, covering trade. "
     "Ruritania handed back the three ports.", "handed back", "1931-03-14"),
    ("The emir brought the two presidents together in Doha, where they signed an accord on 6 June 2011. "
     "Ruritania pulled its troops back from the border.", "pulled its troops back", "2011-06-06"),
    ("Its report, published in July 1988, blamed the crew. Freedonia refused to sign the conclusions.",
     "refused", "1988-07"),
    # a look back, a year alone, a main clause with its own time, another paragraph: no such date
    ("Troops crossed the river after the talks collapsed on 3 May 2017. Freedonia rejected the plan.",
     "rejected", None),
    ("The minister, who resigned in March 2004, criticised the war. Ruritania attacked the border post.",
     "attacked", None),
    ("The court's final award, issued on 3 May 2017, fixed the whole boundary. An appeal lodged in 2018 failed, "
     "and Freedonia rejected the award.", "rejected", None),
    ("A letter dated 15 June 1982 reached the capital. Freedonia broke off diplomatic relations with Ruritania.",
     "broke off", None),
    ("The award, issued in 2017, fixed the boundary. Freedonia rejected the award.", "rejected", None),
    ("The court's final award, issued on 3 May 2017, fixed the whole boundary.\n\nFreedonia rejected the award.",
     "rejected", None),
])
def test_a_clause_below_the_main_one_sets_the_story(pipeline, text, trigger, date):
    events = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert events, show(events_of(pipeline, text))
    assert events[0].date == date, (events[0].date, events[0].date_source, show(events))
