"""The parties of an event (session 65): a doer's own side is no recipient, "the two prime ministers"
are the document's pair and not a state it names in passing, and an organisation in an agent's "of"
phrase owns the agent rather than the place its sentence names. Sentences are written for these tests
(invented events and dates)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE, TARGET


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _parties(e, role):
    return {p.state or p.actor_id or p.name for p in e.actors(role)}


def _show(events):
    return [(e.type, e.trigger, [(p.role, p.actor_id or p.name, p.state, p.kind) for p in e.participants])
            for e in events]


# rule own_state_target (agents): an agent noun the actors stage gave only its state's code, in an
# act with no domestic recipient, is the doer's own side
OWN_SIDE = [
    # the doer's own troops ordered back: no recipient
    ("The Bolivian defence minister, Rodrigo Vaca, ordered his troops back in May 1961.", "ordered", "BOL", None),
    # control: an arrest keeps its domestic recipient
    ("Bolivian police arrested Bolivian students in Sucre in 1971.", "arrested", "BOL", "BOL"),
]


@pytest.mark.parametrize("text,trigger,doer,recipient", OWN_SIDE)
def test_the_doers_own_side_is_no_recipient(run, text, trigger, doer, recipient):
    events = [e for e in run(text) if e.trigger.startswith(trigger)]
    assert events, _show(run(text))
    e = events[0]
    assert doer in _parties(e, SOURCE), _show(events)
    if recipient is None:
        assert doer not in _parties(e, TARGET), _show(events)
    else:
        assert recipient in _parties(e, TARGET), _show(events)


# rule pair_over_a_passing_state: "the two prime ministers" after a paragraph that names one of the
# document's pair and a state named only in passing are the pair
_HISTORY = ("Uruguay and Paraguay have argued over the river since 1900. Paraguay closed the port in 1950, "
            "and Uruguay protested. Uruguay reopened talks with Paraguay in 1960, and Paraguay agreed.\n\n")
PAIR = [
    (_HISTORY + "In 1999 the United States offered to fund a bridge, and Uruguay accepted the offer. In 2005 a "
     "summit meeting between the two prime ministers in Salto produced an accord on the ferry line.",
     "meeting", {"URY", "PRY"}),
    # control: the paragraph names the pair itself
    (_HISTORY + "In 1999 Uruguay and Paraguay asked the United States to fund a bridge. In 2005 a summit "
     "meeting between the two prime ministers in Salto produced an accord on the ferry line.",
     "meeting", {"URY", "PRY"}),
]


@pytest.mark.parametrize("text,trigger,pair", PAIR)
def test_the_two_prime_ministers_are_the_documents_pair(run, text, trigger, pair):
    events = [e for e in run(text) if e.trigger == trigger]
    assert events, _show(run(text))
    e = events[0]
    assert _parties(e, SOURCE) | _parties(e, TARGET) == pair, _show(events)


# rule owner_in_the_of_phrase: an organisation in the agent's "of" phrase owns it; the place its
# sentence names does not
OF_OWNER = [
    ("The first troops of MERCOSUR landed at Sucre on 12 May 2031.", "landed", "MERCOSUR", "BOL"),
    # an acronym spaCy gives no entity label: no owner the KB knows, but not the place's state either
    ("The first troops of MINUBOL landed at La Paz on 20 September 1994.", "landed", "troops", "BOL"),
    # control: a state's adjective still says whose the troops are
    ("Bolivian troops landed at Cobija on 12 May 1994.", "landed", "BOL", None),
]


@pytest.mark.parametrize("text,trigger,owner,not_state", OF_OWNER)
def test_an_organisation_in_the_of_phrase_owns_the_agent(run, text, trigger, owner, not_state):
    events = [e for e in run(text) if e.trigger == trigger]
    assert events, _show(run(text))
    e = events[0]
    doers = _parties(e, SOURCE) | {p.name for p in e.actors(SOURCE)}
    assert owner in doers, _show(events)
    assert not_state is None or not_state not in _parties(e, SOURCE), _show(events)


def test_a_states_own_unit_in_the_of_phrase_is_no_owner(run):
    """Control of rule owner_in_the_of_phrase: a named unit of a state's forces ("the 9th Airborne
    Brigade") owns no agent as an organisation would."""
    text = "Paratroopers of the 9th Airborne Brigade flew from Oruro and landed at Cobija on 2 May 1994."
    events = [e for e in run(text) if e.trigger == "landed"]
    assert events, _show(run(text))
    assert not any("Brigade" in (p.name or "") for p in events[0].actors(SOURCE)), _show(events)
