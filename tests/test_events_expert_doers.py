"""Experts, specialists, investigators and inspectors stand for the body or state
that names them, as officials and teams do ("UN experts accused Rwanda", "Seoul's investigators
blamed a North Korean torpedo"): their accusation is that body's. Case table from sentences written
for these tests in the style of the dev texts (a feature on the Kivu wars, a lecture on the two
Koreas, a history of the Gulf war, an encyclopedia page on the Horn of Africa)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline


@pytest.fixture(scope="module")
def full():
    return load_pipeline(("chronica_time", "chronica_actors"))


#: (text, trigger, source, target)
CASES = [
    ("In April 2012 former army officers mutinied in the east; UN experts soon accused Rwanda of "
     "backing them.", "accused", "United Nations", "Rwanda"),
    ("Seoul's investigators blamed a North Korean torpedo for the sinking of the corvette.",
     "blamed", "South Korea", "North Korea"),
    ("In 1984 UN inspectors accused Iraq of using mustard gas against Iranian troops.",
     "accused", "United Nations", "Iraq"),
    ("In 2011 UN specialists accused Eritrea of arming the Somali insurgents.",
     "accused", "United Nations", "Eritrea"),
]


@pytest.mark.parametrize("text,trigger,source,target", CASES)
def test_an_expert_body_is_its_owner(full, text, trigger, source, target):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, [e.trigger for e in extract_events(full(text))]
    roles = {(p.role, p.name) for p in events[0].participants}
    assert ("source", source) in roles and ("target", target) in roles, roles


#: monitors, observers and panels are left out ("Mbeki's panel is expected to hand the question
#: back to the African Union" is no concession of Mbeki's): "HRC monitors counted Syrians leaving Lebanon" is no
#: retreat of the monitors' body, "UN military observers deploy to monitor the truce" no request
def test_monitors_are_no_doer(full):
    text = "Last week, HRC monitors at Masnaa counted hundreds of Syrians a day leaving Lebanon for Syria."
    assert not [e for e in extract_events(full(text)) if e.trigger.startswith("leaving")]


def test_experts_alone_are_no_doer(full):
    events = extract_events(full("Experts say the dam will cut the flow of the river for years."))
    assert not events
