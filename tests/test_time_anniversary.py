"""An anniversary's day: "Forty years ago today" is that day forty years back, one expression, and
the story goes on from it ("the next day" is the day after it, not after the day of writing).
Case tables from texts written for these tests."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.time import tag

#: (text, document date, the expression, its value, a later expression and its value or None)
ANNIVERSARY_CASES = [
    ("Forty years ago today, the rebels took the capital. The next day the president fled.", "2019-04-11",
     "Forty years ago today", "1979-04-11", "The next day", "1979-04-12"),
    ("Twenty-five years ago today, gunmen stormed a hotel in the port. Three days later the border was shut.",
     "2019-08-24", "Twenty-five years ago today", "1994-08-24", "Three days later", "1994-08-27"),
    ("HULL, June 1 - Fifty years ago today, the two navies signed a truce.", "2026-06-01",
     "Fifty years ago today", "1976-06-01", None, None),
    ("Thirty years ago this month, the army crossed the river.", "2018-10-30",
     "Thirty years ago this month", "1988-10", None, None),
]


@pytest.mark.parametrize("text,dct,phrase,value,later,later_value", ANNIVERSARY_CASES)
def test_years_ago_today_is_the_anniversary_day(text, dct, phrase, value, later, later_value):
    found = {t.text: t.value for t in tag(text, dct)}
    assert found[phrase] == value
    if later is not None:
        assert found[later] == later_value


#: (text, document date, {expression: value}): not an anniversary - "today" on its own, after
#: another sentence, or "ago" counted in other units
NOT_ANNIVERSARY_CASES = [
    ("Ten years ago, the army crossed. Today it left.", "2018-10-30", {"Ten years ago": "2008", "Today": "2018-10-30"}),
    ("Two months ago today's leaders met.", "2018-10-30", {"Two months ago": "2018-08"}),
    ("Forty years ago, the rebels took the capital; today it is calm.", "2019-04-11",
     {"Forty years ago": "1979", "today": "2019-04-11"}),
]


@pytest.mark.parametrize("text,dct,values", NOT_ANNIVERSARY_CASES)
def test_other_agos_and_todays_stay_apart(text, dct, values):
    found = {t.text: t.value for t in tag(text, dct)}
    for phrase, value in values.items():
        assert found.get(phrase) == value


#: (text, document date, trigger, the event's date): the event told on the anniversary is dated
#: by it, not by the day of writing
ANNIVERSARY_EVENT_CASES = [
    ("Forty years ago today, Tanzanian troops captured Kampala.", "2019-04-11", "captured", "1979-04-11"),
    ("Thirty years ago today, Iraqi troops invaded Iran.", "2010-09-22", "invaded", "1980-09-22"),
    ("Fifty years ago today, British and Icelandic ministers signed an agreement in Oslo.", "2026-06-01",
     "signed", "1976-06-01"),
]


@pytest.mark.parametrize("text,dct,trigger,date", ANNIVERSARY_EVENT_CASES)
def test_the_anniversary_dates_its_event(full, text, dct, trigger, date):
    doc = full.make_doc(text)
    doc._.dct = dct
    for _, proc in full.pipeline:
        doc = proc(doc)
    events = [e for e in extract_events(doc) if trigger in (e.trigger or "")]
    assert events and all(e.date == date for e in events)
