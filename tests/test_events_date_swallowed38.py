"""A date set before its clause with no comma ("On 5 December Maduro unveiled ...") is read by the
parser as the preposition's object "Maduro" modified by the date, the verb left with no subject
(``extract.date_swallowed_subject``): the name is the subject. The construction comes from the dev
texts (codwars "On 30.08.1973 <name>, an engineer ..., died", grctur "On 28 February 2020 Turkey
announced", guyven "On 5 December Maduro unveiled ... and ordered"); the sentences are our own."""

from __future__ import annotations

import pytest

from chronica.events.extract import date_swallowed_subject
from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, type_, source, date", [
    ("On 9 July 1921 Ruritania and Freedonia signed a treaty in Geneva.", "SUPPORT", "Ruritania", "1921-07-09"),
    ("On 3 March Chile expelled the Peruvian ambassador.", "SANCTION", "Chile", None),
    ("On 14.02.1976 Iceland broke off diplomatic relations with Britain.", "SANCTION", "Iceland", "1976-02-14"),
    ("On 2 May 1982 Britain sank the Argentine cruiser General Belgrano.", "ASSAULT", "United Kingdom", "1982-05-02"),
])
def test_the_name_a_fronted_date_swallowed_is_the_subject(pipeline, text, type_, source, date):
    events = events_of(pipeline, text)
    hit = [e for e in events if e.type == type_ and any(p.role == "source" and source in (p.name or p.text)
                                                       for p in e.participants)]
    assert hit, show(events)
    if date is not None:
        assert hit[0].date == date, show(events)


@pytest.mark.parametrize("text, verb, subject", [
    ("On 9 July 2018 Abiy and Isaias signed a declaration in Asmara.", "signed", "Abiy"),
    ("On 5 December Maduro unveiled a new map.", "unveiled", "Maduro"),
    ("In March 1969 Chinese troops attacked the island.", "attacked", None),    # the parser's own subject
    ("In Geneva the two states signed a treaty.", "signed", None),             # a place, no date
    ("On Monday Iran expelled the ambassador.", "expelled", None),             # parsed right
    ("Iran signed the treaty on 9 July 1921 in Geneva.", "signed", None),      # the date after the verb
])
def test_date_swallowed_subject(pipeline, text, verb, subject):
    doc = pipeline(text)
    tok = next(t for t in doc if t.text == verb)
    found = date_swallowed_subject(tok)
    assert (found.text if found is not None else None) == subject, [(t.text, t.dep_, t.head.text) for t in doc]
