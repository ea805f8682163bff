"""What "N units after/before the X" counts from (chronica.time.counted): the named happening's
own date when the text told it, nothing when a written date stands beside the expression, and
nothing - the duration alone, the clause's time unknown - when the happening's date is untold.
Case tables from texts written for these tests."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.time import tag
from chronica.time.counted import RULES, Counted, counted_from


def _found(text: str, dct: str | None = None) -> dict:
    return {t.text: t for t in tag(text, dct)}


#: (text, document date, the expression, its type and value): counted from the happening's date
#: as told earlier (the name as written, or another form of its word)
NAMED_CASES = [
    ("A truce took effect on 9 May 1950. The army regrouped. Talks opened in Geneva five days after the truce.",
     None, "five days after", "DATE", "1950-05-14"),
    ("Hungary invaded its neighbour on 1 August 1956. The envoys protested in vain. A week after the "
     "invasion, the council met.", None, "A week after", "DATE", "1956-08-08"),
    ("The frigates reached the fishing grounds on 19 May 1973. On 29 August 1973 a sailor drowned, some "
     "three months after the frigates had arrived.", None, "some three months after", "DATE", "1973-08"),
    ("The dam was finished in March 2011. Farmers downstream complained in 2014. Two years after the dam "
     "was finished, the river ran dry.", "2020-05-01", "Two years after", "DATE", "2013"),
]


@pytest.mark.parametrize("text,dct,phrase,type_,value", NAMED_CASES)
def test_counted_from_the_named_happening(text, dct, phrase, type_, value):
    found = _found(text, dct)
    assert found[phrase].type == type_ and found[phrase].value == value


#: (text, document date, the expression as tagged, its duration): no date of its own
UNTOLD_CASES = [
    # the date of writing is not the famine's
    ("Sixty years after the famine, the two states are still apart.", "2020-06-01", "Sixty years", "P60Y"),
    # the story's last date is not the officers' coup
    ("The general died in 1990. He had ruled barely four months before the officers replaced him.",
     None, "barely four months", "P4M"),
    ("The river rose in June 1961. Three weeks after the riots the governor resigned.", None,
     "Three weeks", "P3W"),
    # a written date beside it dates the clause; the count only relates it to another happening
    ("On 13 March 1961, four days before the referendum, the army closed the border.", None,
     "four days", "P4D"),
    ("The siege began in 1944. Ten days after the landing, on 14 June 1944, the town fell.", None,
     "Ten days", "P10D"),
    ("The letter was dated 15 June 1990, a day after the strike ended.", None, "a day", "P1D"),
]


@pytest.mark.parametrize("text,dct,phrase,duration", UNTOLD_CASES)
def test_no_date_when_the_happening_is_untold(text, dct, phrase, duration):
    found = _found(text, dct)
    assert found[phrase].type == "DURATION" and found[phrase].value == duration


def test_the_rules_are_named_in_order():
    assert list(RULES) == ["restates_a_date", "named_happening", "dated_where_named", "untold"]
    text = "Talks opened five days after the truce."
    start = text.index("five")
    assert counted_from(Counted(text, start, start + len("five days after"), (), ())).rule == "untold"


#: (text, the event's trigger): counted from a happening of untold date, the clause's own time is
#: unknown: no narrative date for the event
UNKNOWN_CLAUSE_CASES = [
    ("The general died in 1990. He ruled barely four months before the officers ousted him.", "ousted"),
    ("Fighting stopped in May 1950. Talks opened in Geneva five days after the truce.", "opened"),
    ("The border closed in 1976. Troops crossed the river three weeks after the riots.", "crossed"),
]


@pytest.mark.parametrize("text,trigger", UNKNOWN_CLAUSE_CASES)
def test_the_clause_time_is_unknown(full, text, trigger):
    events = [e for e in extract_events(full(text)) if trigger in (e.trigger or "")]
    assert all(e.date is None for e in events)


#: (text, the month, its value): the standard of a comparison ("better prepared than in 1981") is
#: no thing a later month points back to: the story's own year goes on
COMPARED_CASES = [
    ("The war began on 26 January 1995. The army, better prepared than in 1981, held its posts. On 17 "
     "February, the sides signed a declaration.", "17 February", "1995-02-17"),
    ("Relations warmed in March 2004. The economy, stronger than in 1998, grew fast. In June the two "
     "leaders met.", "June", "2004-06"),
    ("Fighting resumed on 3 April 1971. The rebels, better armed than in 1965, held the hills. On 20 April "
     "the capital fell.", "20 April", "1971-04-20"),
]


@pytest.mark.parametrize("text,phrase,value", COMPARED_CASES)
def test_a_compared_year_is_no_thing_pointed_back_to(text, phrase, value):
    assert _found(text)[phrase].value == value
