"""A named party's one-word verb of occupying whose object (or its "of" object) is a noun of the ontology's
TERRITORY class tells an occupation with no recipient actor: ``warning_to_no_one`` and
``takeover_no_occupation`` keep it (``checks.occupied_a_territory``). Session 39 (vetoes39): they dropped
"occupied most of El Oro province" (Peru-Ecuador), "Morocco had occupied the territory" (Morocco-Algeria) and
"occupied the salient" (Uganda-Tanzania) on the dev texts. Sentences written for these tests in the dev
texts' style."""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events

KEPT = [
    ("Ecuadorian forces occupied most of Zamora province and parts of Loja.", "Ecuador"),
    ("After Spain had left in 1976, Mauritania occupied the territory.", "Mauritania"),
    ("Iraqi troops occupied the salient north of the river.", "Iraq"),
]

STILL_VETOED = [
    "He became president of the new state, a post that he still occupies.",
    "General Suharto took over effective power in March 1966.",
    "Deloitte has warned that growth will slow.",
]


@pytest.mark.parametrize("text, source", KEPT, ids=[k[1] for k in KEPT])
def test_territory_occupied_is_an_occupation(nlp, text, source):
    events = [e for e in extract_events(nlp(text)) if e.type == "COERCE"]
    assert events, text
    assert any(p.role == "source" and source in (p.name or p.text) for e in events for p in e.participants)


@pytest.mark.parametrize("text", STILL_VETOED, ids=[t[:25] for t in STILL_VETOED])
def test_no_territory_no_occupation(nlp, text):
    assert not [e for e in extract_events(nlp(text)) if e.type in ("COERCE", "THREATEN")]


def test_unowned_troops_tell_no_occupation(nlp):
    text = "His troops occupied the salient north of the river, and the general announced that it was theirs."
    assert not [e for e in extract_events(nlp(text)) if e.type == "COERCE"]
