"""A timeline entry whose date a dash sets off ("16 May - X does Y") is read by the model as the
colon it stands for: the small English model otherwise takes the date for the subject's modifier
and hides the name from the entity recogniser, so the entry's event is lost. The text keeps its
own dash. The texts below are written for these tests, each shaped like a different kind of page."""

from __future__ import annotations

import pytest

from chronica.nlp import _entry_dashes
from event_cases import show as _show

#: (text, the event's form, a doer it names, its date): entries under a year heading, the day
#: set off by a dash; before the model read the dash as a colon these lost their event or were
#: dated by the year heading alone
ENTRY_CASES = [
    # a chronology page under year headings, hyphens
    ("Timeline\n\n1988\n20 August - Iran and Iraq agree to a ceasefire.\n", "AGREE", "Iran", "1988-08-20"),
    ("Timeline\n\n1998\n7 October - Pakistan expels two Afghan diplomats.\n", "REDUCE", "Pakistan", "1998-10-07"),
    # month-only entries
    ("Key dates\n\n1973\nOctober - Egypt attacks Israel across the canal.\n", "ASSAULT", "Egypt", "1973-10"),
    # an almanac with en dashes: the day, not only the year heading, dates the entry
    ("Almanac\n\n1994\n12 May \u2013 Boris Yeltsin meets Bill Clinton in Moscow.\n"
     "3 June \u2013 The two leaders sign a trade accord.\n", "CONSULT", "Boris Yeltsin", "1994-05-12"),
    ("Almanac\n\n2004\n26 March \u2013 Jacques Chirac visits Libya.\n", "VISIT", "Jacques Chirac", "2004-03-26"),
]


@pytest.mark.parametrize("text,form,doer,date", ENTRY_CASES)
def test_entry_with_a_dash_keeps_its_doer(full, text, form, doer, date):
    doc = full.make_doc(text)
    doc._.dct = "2021-06-01"
    found = full(doc)._.events
    events = [e for e in found if e.form == form]
    assert events, _show(found)
    assert any(doer in {p.name for p in e.participants} for e in events), _show(events)
    assert any(e.date == date for e in events), [(e.date, e.trigger) for e in events]


@pytest.mark.parametrize("text,form,doer,date", ENTRY_CASES)
def test_the_text_keeps_its_dashes(full, text, form, doer, date):
    doc = full(text)
    assert doc.text == text
    assert [t.text for t in doc if t.text in ("-", "\u2013", ":")] == \
        [t.text for t in full.make_doc(text) if t.text in ("-", "\u2013", ":")]


@pytest.mark.parametrize("text", [
    "The war - which began in 1980 - ended in 1988.",          # a dash inside a sentence
    "Between 1980 - 1988 the two states fought.",              # a range, no entry
    "10-11 March saw heavy fighting.",                         # a date with a hyphen, no dash after it
    "The score was 3 - 1 to the visitors.",                    # numbers around a dash
])
def test_no_entry_no_dash_read(full, text):
    assert not _entry_dashes(full.make_doc(text))


def test_the_line_under_a_lone_year_is_a_sentence_of_its_own(full):
    doc = full("1994\n12 May \u2013 Boris Yeltsin meets Bill Clinton in Moscow.\n")
    assert [s.text.strip() for s in doc.sents][:2] == ["1994", "12 May \u2013 Boris Yeltsin meets Bill Clinton in Moscow."]


#: (text, the verb, its date): an entry whose verb no trigger names is still a dated happening
#: (OTHER), however the parser hangs the entry's date on the verb
PREDICATE_CASES = [
    ("Chronology\n\n1955\n9 May 1955 - West Germany enters NATO.\n", "enters", "1955-05-09"),
    ("Dates\n\n4 Jun 1975 - The Suez Canal reopens to shipping.\n", "reopens", "1975-06-04"),
    ("Almanac\n\n30 Jun 1960 - Patrice Lumumba addresses parliament in Leopoldville.\n", "addresses", "1960-06-30"),
]


@pytest.mark.parametrize("text,verb,date", PREDICATE_CASES)
def test_entry_date_dates_an_untriggered_predicate(full, text, verb, date):
    doc = full.make_doc(text)
    doc._.dct = "2021-06-01"
    found = full(doc)._.events
    assert any(e.trigger == verb and e.date == date for e in found), _show(found)
