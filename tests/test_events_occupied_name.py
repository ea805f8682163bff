"""A name a one-word verb of occupying takes as its direct object is a place, whatever the small tagger
made of it (ORG, PERSON): ``checks.takeover_no_occupation`` keeps it (``checks.occupied_a_name``). Session 39
(vetoes39): the check dropped the occupations of Heglig (Sudan-South Sudan), Badme (Ethiopia-Eritrea) and
Goma (Rwanda-DR Congo) on the dev texts. Sentences written for these tests in the dev texts' style."""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events

KEPT = [
    ("On 3 May 2013 Sudanese troops occupied Heglig, a field that Juba claims as its own.", "Heglig"),
    ("Eritrean troops occupied Badme in early May.", "Badme"),
    ("Rwandan troops occupied Goma in late 2012 before withdrawing.", "Goma"),
    ("Congolese soldiers occupied Bukavu in June 2004.", "Bukavu"),
]

STILL_VETOED = [
    "Siemens took over Alstom in 2014.",
    "The firm had taken over Contrack's management.",
]


@pytest.mark.parametrize("text, place", KEPT, ids=[k[1] for k in KEPT])
def test_name_occupied_is_a_place(nlp, text, place):
    events = [e for e in extract_events(nlp(text)) if e.type == "COERCE"]
    assert events, text
    assert any(place in (p.name or p.text) for e in events for p in e.participants)


@pytest.mark.parametrize("text", STILL_VETOED, ids=[t[:25] for t in STILL_VETOED])
def test_takeover_is_still_no_occupation(nlp, text):
    assert not [e for e in extract_events(nlp(text)) if e.type == "COERCE"]
