"""An act of force whose object is a noun of the ontology's classes of places, arms, vehicles, troops, works or
people is literal, no figure of speech (``checks.figurative_violence`` keeps it: ``LITERAL_TARGETS``).
Session 39 (vetoes39): the check dropped "struck Iranian airfields" (Iran-Iraq), "struck the peninsula"
(Indonesia-Malaysia) and "shot down two Sukhoi airplanes" (Peru-Ecuador) on the dev texts. Sentences
written for these tests in the dev texts' style."""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events

KEPT = [
    ("Two days later Syrian aircraft struck Jordanian airfields.", "Syria"),
    ("Malaysian troops then struck the island itself.", "Malaysia"),
    ("On 3 March 1995 the Peruvian Air Force shot down two Ecuadorian airplanes.", "Peru"),
    ("Iraqi troops struck the bridge at dawn.", "Iraq"),
]

STILL_VETOED = [
    "The senator shot down the idea.",
    "The minister struck a deal with the unions.",
    "The new tariff will kill the business.",
]


@pytest.mark.parametrize("text, source", KEPT, ids=[k[0][:30] for k in KEPT])
def test_force_on_a_literal_object_is_an_assault(nlp, text, source):
    events = [e for e in extract_events(nlp(text)) if e.type == "ASSAULT"]
    assert events, text
    assert any(p.role == "source" and source in (p.name or p.text) for e in events for p in e.participants)


@pytest.mark.parametrize("text", STILL_VETOED, ids=[t[:25] for t in STILL_VETOED])
def test_figure_of_speech_is_still_no_assault(nlp, text):
    assert not [e for e in extract_events(nlp(text)) if e.type == "ASSAULT"]
