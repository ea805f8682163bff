"""What the actors stage finds beyond an id reaches the events: the country a title or apposition
gives a person ("the Peruvian president X"), and the CAMEO sector that makes an actor a company
(companies fight no wars). Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


@pytest.fixture(scope="module")
def pipe():
    from chronica.nlp import load_pipeline

    return load_pipeline(("chronica_time", "chronica_actors"))


@pytest.mark.parametrize("text, person, state", [
    ("The Peruvian president Alberto Ramos visited Quito in 1999.", "Alberto Ramos", "PER"),
    ("Maria Lopez, the Argentine foreign minister, criticised Britain in 1983.", "Maria Lopez", "ARG"),
    ("The Kenyan envoy Peter Otieno met Somali leaders in Nairobi.", "Peter Otieno", "KEN"),
])
def test_events_person_takes_the_country_of_their_title(pipe, text, person, state):
    states = {p.text: p.state for e in extract_events(pipe(text)) for p in e.participants}
    assert states.get(person) == state


@pytest.mark.parametrize("text", [
    "Microsoft has been battling the European Commission.",
    "Exxon Mobil battled Venezuela over the seized oil fields.",
    "Boeing has been battling Airbus at the WTO.",
])
def test_events_a_company_by_its_cameo_sector_fights_no_war(pipe, text):
    trace = []
    events = extract_events(pipe(text), trace=trace)
    assert not [e for e in events if e.type == "ASSAULT"]
    assert ("FIGHT", "a_companys_fight") in [(c.form, c.vetoed_by) for c in trace]
