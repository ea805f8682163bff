"""A force or a weapon named with its state's modifier stands for that state (issue 9, recall:
``chronica.events._actors._force_of_its_state``): the ontology's ``TROOPS`` in any number, arms in
the plural, and one weapon that acts or is acted on as a verb's subject or object. Every sentence is
our own, on several imagined wars (an air strike on a ship, an airborne raid, a bombing, a border
battle)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE
from event_cases import states as _states


def _show(events):
    return [(e.type, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants]) for e in events]


@pytest.mark.parametrize("text, trigger, etype, doer", [
    # one weapon acting for its state
    ("On 17 May 1987 an Iraqi aircraft struck a tanker in the Gulf.", "struck", "ASSAULT", "IRQ"),
    ("In 1999 a Serbian jet bombed the Croatian town of Vukovar.", "bombed", "ASSAULT", "SRB"),
    ("A Libyan bomber attacked the Chadian garrison at Faya in 1986.", "attacked", "ASSAULT", "LBY"),
    # a force of the ontology's TROOPS that no agent list names
    ("On 27 July 1941 Peruvian paratroopers seized the port of Puerto Bolivar.", "seized", "COERCE", "PER"),
    ("In March 1982 Argentine commandos attacked the British garrison.", "attacked", "ASSAULT", "ARG"),
    ("An Ethiopian regiment shelled the Eritrean trenches in 1999.", "shelled", "ASSAULT", "ETH"),
])
def test_force_or_weapon_stands_for_its_state(full, text, trigger, etype, doer):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    assert events[0].type == etype, _show(events)
    assert doer in _states(events[0], SOURCE), _show(events)


@pytest.mark.parametrize("text", [
    "A Russian tank is displayed in the museum.",  # a passive: a thing shown, not a force
    "The Soviet equipment was obsolete.",  # a copula
    "An old British rifle hangs above the fireplace.",  # no event
])
def test_weapon_described_is_no_state(full, text):
    named = [e for e in extract_events(full(text)) if any(p.actor_id for p in e.participants)]
    assert not named, _show(named)
