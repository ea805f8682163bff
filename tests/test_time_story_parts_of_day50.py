"""A part of the day told from the story's day ("that evening", "the same morning", "the next
morning", "the previous evening") is a time the narrative sets (TimeML's anaphoric times): the
day the story is at, the day after it or the day before it - not the date of writing, nor
nothing. It needs a story day to count from: after a month or a year, or with no day told, it
stays untagged. A part of the day that modifies a noun ("that night raids") tells no time. A clock
time told with no date ("Shortly after noon") is likewise of the day its paragraph tells, not of
the date of writing.
Invented sentences."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare
from chronica.time import tag

DCT = "2010-11-01"

#: (text, expression, value): the part of the day resolved on the story's day
STORY_DAY_CASES = [
    ("On 11 April 1958 the envoy reached Varna. The following morning Borvian troops crossed the river.",
     "The following morning", "1958-04-11+1"),
    ("The talks opened on 14 March 1961. The next morning the delegates walked out.",
     "The next morning", "1961-03-15"),
    ("The gunboats shelled the port on 9 May 1952. The same morning marines landed on the island.",
     "The same morning", "1952-05-09"),
    ("The ultimatum expired at noon on 3 October 1983, and troops crossed the border that evening.",
     "that evening", "1983-10-03"),
    ("The vote was held on 2 June 1990. That night crowds gathered in the square.",
     "That night", "1990-06-02"),
    ("The minister resigned on 30 April 1985. The previous evening he had met the king.",
     "The previous evening", "1985-04-29"),
    ("Police opened fire on the marchers on 31 March 1999; late that afternoon the curfew began.",
     "that afternoon", "1999-03-31"),
    ("The cabinet fell on 28 February 1970, and early the next morning the army took the radio station.",
     "the next morning", "1970-03-01"),
]


def _value(expected: str) -> str:
    return "1958-04-12" if expected == "1958-04-11+1" else expected


@pytest.mark.parametrize("text,expression,value", STORY_DAY_CASES)
def test_part_of_the_story_day(text, expression, value) -> None:
    found = [t for t in tag(text, DCT) if t.text == expression]
    assert found, [(t.text, t.value) for t in tag(text, DCT)]
    assert found[0].value == _value(value)
    assert found[0].anchor == "narrative"


#: (text, words): no time told by the part of the day
NO_TIME_CASES = [
    # the story is at a month, not a day: which morning is not told
    ("In August 1982 the siege ended. The next morning troops entered the city.", "next morning"),
    # no day told at all
    ("Troops entered the city the following morning.", "following morning"),
    # the part of the day names the noun after it
    ("The governor warned that night raids on the port would go on.", "night"),
    ("The general said that evening classes at the academy were suspended.", "evening"),
    # "this morning" is the writer's, not the story's
]


@pytest.mark.parametrize("text,words", NO_TIME_CASES)
def test_no_story_day_no_time(text, words) -> None:
    assert not any(words in t.text for t in tag(text, DCT)), [(t.text, t.value) for t in tag(text, DCT)]


#: (text, clock expression, value): a clock time with no date of its own is the paragraph's day
CLOCK_CASES = [
    ("The landing began before dawn on 9 May 1952. Shortly after noon two gunboats entered "
     "the port.", "noon", "1952-05-09T12:00"),
    ("The ceasefire was signed on 4 May 1972. At 3 p.m. the guns fell silent.", "3 p.m.", "1972-05-04T15:00"),
    ("On 9 June 1982 the air battle began over the valley. By midnight the batteries were gone.", "midnight",
     "1982-06-09T24:00"),
]


@pytest.mark.parametrize("text,expression,value", CLOCK_CASES)
def test_clock_on_the_paragraphs_day(text, expression, value) -> None:
    found = [t for t in tag(text, DCT) if t.text == expression]
    assert found and found[0].value == value, [(t.text, t.value) for t in tag(text, DCT)]


def test_clock_without_a_day_told_is_the_writers() -> None:
    for text in ("Shares rose at noon.", "The accord was signed on 3 June 1950.\n\nAt noon the shares rose."):
        found = [t for t in tag(text, DCT) if t.text == "noon"]
        assert found and found[0].value == f"{DCT}T12:00"


def test_this_morning_stays_the_writers() -> None:
    found = [t for t in tag("On 11 April 1958 the envoy reached Varna. This morning troops crossed the river.",
                            DCT) if t.text == "This morning"]
    assert found and found[0].value.startswith(DCT) and found[0].anchor == "dct"


@pytest.fixture(scope="module")
def full():
    return load_pipeline(("chronica_time", "chronica_actors"))


#: (text, trigger, date): the event of the clause takes the part of the day's date
EVENT_CASES = [
    ("On 11 April 1958 the Borvian president was in Varna for talks with the Aldorian leader. The following "
     "morning Aldorian forces launched a full-scale invasion of Tarsk. Borvia broke off diplomatic relations "
     "with Aldoria the same day.", "broke off", "1958-04-12"),
    ("On 11 April 1958 the Borvian president was in Varna for talks with the Aldorian leader. The following "
     "morning Aldorian forces launched a full-scale invasion of Tarsk.", "invasion", "1958-04-12"),
    ("The landing began before dawn on 9 May 1952. The Borvian flag was struck that "
     "afternoon.", "struck", "1952-05-09"),
]


@pytest.mark.parametrize("text,trigger,date", EVENT_CASES)
def test_event_dated_by_the_part_of_the_story_day(full, text, trigger, date) -> None:
    events = extract_events(full(prepare(full, text, DCT)))
    mine = [e for e in events if e.trigger == trigger]
    assert mine, [(e.trigger, e.date) for e in events]
    assert mine[0].date == date, [(e.trigger, e.date) for e in events]
