"""Who did it to whom, round 42: the mediator and the doer's own state.

Rule ``mediator_third_party`` (chronica/events/_targets.py): the mediator of a mediation phrase
("through Libyan mediation", "through the mediation of X", "after mediation by X", "an
EU-mediated agreement", "the French-brokered deal", "a UN-brokered ceasefire") is a third party
to the act the clause tells - neither its doer nor its recipient; PLOVER codes a mediator only in
CONSULT's mediate mode, as the source of the mediation. It stays an actor of the event, in the
``other`` role. Our own sentences, of the shape of dev texts senmrt (relations restored through
the mediation of a president), eridji (ties restored through a nation's mediation), isrlbn (a
cabinet approved a two-state-brokered deal), srbkos (the two governments reached EU-mediated
agreements), iraniraq and moralg (a UN-brokered ceasefire took effect), codwars (a ban lifted
after mediation by an organisation).

Rule ``doer_own_state``: a state said only as the doer's own modifier ("*Egyptian* president X",
"*US* envoy X", "Emperor X of *Ethiopia*") is whose the doer is, not whom it acts on. Our own
sentences, of the shape of dev texts senmrt, grctur and moralg (the mediation of a nation's
president, envoy, emperor).
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import show


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _ids(event, role):
    return {p.actor_id for p in event.participants if p.role == role} | {
        p.state for p in event.participants if p.role == role and p.state}


MEDIATED = [  # (text, trigger, the mediator: neither source nor target of the trigger's event)
    ("Peru and Chile cut ties in 1975. Relations were restored in 1978 through the mediation of Brazilian "
     "president Ernesto Geisel.", "restored", "BRA"),
    ("Kenya and Somalia broke off relations in 1967. Ties were restored in 1969 through Ethiopian mediation.",
     "restored", "ETH"),
    ("In 1995 the Greek parliament approved the German- and Italian-brokered accord by a wide margin.",
     "approved", "DEU"),
    ("Since 2004 the two governments have signed several UN-mediated accords.", "signed", "UN"),
    ("Iran and Iraq fought for years. Then a UN-brokered truce took hold in August 1988.", "truce", "UN"),
    ("In March 1960 the fishing ban was lifted after mediation by the Organisation for Economic "
     "Co-operation and Development.", "lifted", "OECD"),
]


@pytest.mark.parametrize("text,trigger,mediator", MEDIATED)
def test_the_mediator_is_a_third_party(run, text, trigger, mediator):
    evs = [e for e in run(text) if e.trigger.split()[0] == trigger]
    assert evs, show(run(text))
    for e in evs:
        assert mediator not in _ids(e, SOURCE) | _ids(e, TARGET), show(evs)
        assert mediator in _ids(e, OTHER), show(evs)  # still an actor of the event


KEPT = [  # (text, trigger, role, actor): no mediation phrase, the roles stand
    ("Kenya restored relations with Somalia in 1969.", "restored", TARGET, "SOM"),
    ("In 1995 the Greek parliament approved the German proposal by a wide margin.", "approved", TARGET, "DEU"),
    ("In 1972 Somalia brokered a ceasefire between Uganda and Tanzania.", "brokered", SOURCE, "SOM"),
    # doer_own_state is a person's: the adjectives of two forces name the two sides
    ("The town was quiet on Friday after three days of clashes between Djiboutian and Eritrean forces.",
     "clashes", TARGET, "DJI"),
]


@pytest.mark.parametrize("text,trigger,role,actor", KEPT)
def test_other_roles_stand(run, text, trigger, role, actor):
    evs = [e for e in run(text) if e.trigger.split()[0] == trigger]
    assert any(actor in _ids(e, role) for e in evs), show(run(text))


OWN_STATE = [  # (text, the mediator, its own state: not the mediation's recipient)
    ("The quarrel was settled in 1982 through the mediation of Algerian president Chadli Bendjedid.",
     "chadli_bendjedid", "DZA"),
    ("The quarrel ended in 1998 through the mediation of US envoy Madeleine Albright.",
     "phx:madeleine_albright", "USA"),
    ("The Lome accord was signed in 1999 under the mediation of President Gnassingbe Eyadema of Togo.",
     "phx:gnassingbe_eyadema", "TGO"),
]


@pytest.mark.parametrize("text,mediator,state", OWN_STATE)
def test_the_doers_own_state_is_no_recipient(run, text, mediator, state):
    evs = [e for e in run(text) if e.cameo == "045"]
    assert evs, show(run(text))
    e = evs[0]
    assert mediator in _ids(e, SOURCE), show(evs)
    assert state not in {p.actor_id for p in e.participants if p.role == TARGET}, show(evs)
