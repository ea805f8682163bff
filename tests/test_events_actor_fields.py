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


# A leader the knowledge base lists with dated terms (leaders.json) acts for the state he or she
# led at the event's date, and for none outside the terms: three shapes (a name with an
# honorific, a given name used alone as the press uses it, a full name as object), sentences
# written for these tests.
@pytest.mark.parametrize("text, person, state", [
    ("On 3 March 1964 Archbishop Makarios rejected the Turkish proposal.", "Archbishop Makarios", "CYP"),
    ("On 3 March 1976 Makarios rejected the Turkish proposal.", "Makarios", "CYP"),
    ("In March 2019 Abiy flew to Asmara for talks with Eritrea.", "Abiy", "ETH"),
    ("On 12 May 1972 Idi Amin expelled the Tanzanian ambassador.", "Idi Amin", "UGA"),
    ("On 12 May 1985 Idi Amin denounced the Tanzanian government.", "Idi Amin", None),
])
def test_events_leader_acts_for_his_state_in_term(pipe, text, person, state):
    states = {p.text: p.state for e in extract_events(pipe(text)) for p in e.participants}
    assert person in states
    assert states[person] == state
