"""A date that opens a heading or a timeline entry ("- (1960) ...", "1982: ...", "March 1969 – ...")
dates the events of its entry; the three texts below are written for these tests."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events._dating import heading_of

#: (text, the expression, the heading form or None, where its block ends: "line" | "paragraph" | None)
HEADING_CASES = [
    # a timeline page with bracketed years
    ("Chronology\n- (1931) Peru seized the port, Chile protested\n", "1931", "bracketed", "line"),
    # a list with colons
    ("* 1884: Bolivia ceded the coast to Chile.\n* 1904: A treaty followed.\n", "1884", "colon", "line"),
    # an almanac with dashes and a month
    ("March 1969 \u2013 Soviet and Chinese troops clashed on the river.\n", "March 1969", "dash", "line"),
    # a bare heading over its paragraph
    ("1956:\nEgypt took the canal. Britain protested.\n\nLater text.", "1956", "colon", "paragraph"),
    # no headings: a date opening a sentence, in a sentence, a clock time, a decade named as a title
    ("1983 was a hard year for the junta.", "1983", None, None),
    ("In 1983, civilian rule was restored.", "1983", None, None),
    ("The talks opened at 10:30 on Monday.", "10", None, None),
    ("1900s continued\n- (1921) Sealing banned\n", "1900s", None, None),
]


@pytest.mark.parametrize("text,phrase,form,reach", HEADING_CASES)
def test_heading_forms(text, phrase, form, reach):
    start = text.index(phrase)
    name, end = heading_of(text, start, start + len(phrase))
    assert name == form
    if reach == "line":
        assert end == text.index("\n", start)
    elif reach == "paragraph":
        assert end == text.index("\n\n")


#: (text, the event's type, its date): each from a differently shaped text of our own
DATING_CASES = [
    # a bracketed timeline entry whose date the parser hangs on another clause
    ("Timeline\n- (1931) Peru seized the northern port, Chile protested\n- (1936) Talks resumed\n",
     "PROTEST", "1931"),
    # a colon list: the entry's date, not the next entry's
    ("Key dates\n* 1884: Bolivia ceded the coast to Chile, and Peru protested.\n* 1904: Talks resumed.\n",
     "PROTEST", "1884"),
    # a bare heading over a paragraph
    ("1956:\nEgypt nationalised the canal. Britain protested strongly.\n\nOther matters.", "PROTEST", "1956"),
]


@pytest.mark.parametrize("text,form,date", DATING_CASES)
def test_entry_date_dates_its_events(nlp, text, form, date):
    evs = [e for e in extract_events(nlp(text)) if e.form == form]
    assert evs and {e.date for e in evs} == {date}


def test_a_date_of_its_own_wins_over_the_entry_date(nlp):
    text = "- (1931) Peru seized the port in 1930, Chile protested\n"
    evs = extract_events(nlp(text))
    assert {e.date for e in evs if e.form == "PROTEST"} == {"1931"}


def test_an_entry_date_does_not_reach_the_next_entry(nlp):
    text = "- (1931) Peru seized the port\n- Chile protested\n\nNotes."
    evs = [e for e in extract_events(nlp(text)) if e.form == "PROTEST"]
    # the next line is the sentence right after: the narrative (not the heading) may date it
    assert all(e.date in (None, "1931") for e in evs)


#: a date opening one paragraph alone is a dateline (the time of writing), not a timeline entry:
#: the events its paragraph tells take no date from it (three texts of our own)
DATELINE_CASES = [
    ("March 3, 2021: The minister's trip to Lima was a success. Before he landed, Chile protested to Peru.\n\n"
    "Other news followed."),
    "Archive\n\n12 May 2019: A long feud is over. Earlier, Chile protested to Peru about its navy.\n",
    "Posted\n\nJune 2, 2016 - Ties have thawed. Long before the thaw, Chile protested to Peru.\n",
]


@pytest.mark.parametrize("text", DATELINE_CASES)
def test_a_lone_dateline_is_no_entry_date(nlp, text):
    evs = [e for e in extract_events(nlp(text)) if e.form == "PROTEST"]
    assert evs and all(e.date_source != "sentence" for e in evs), [(e.date, e.date_source) for e in evs]
