"""Events the parse hid (session 62, issue 9). Sentences are invented for these tests (invented
events between real states, invented dates). One table per rule.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.name) for p in e.participants]) for e in evs]


# --- _recall.labelling_accusation: a verb of naming that labels its object a hostile act of the ontology
#     is the speaker's criticism (ACCUSE 111) ----------------------------------------------------------------

LABELLED_HOSTILE = [
    # text, the verb, its doer (None: no criticism by the verb)
    ("In 1931 Norway called the raid on its fishing fleet an attack on its sovereignty.", "called", "Norway"),
    ("Finland described the new tariffs as a blockade of its ports.", "described", "Finland"),
    ("Brazil called the speech a declaration of war.", "called", "Brazil"),
    ("On 3 May 1887 Lisbon called the move an annexation of its islands.", "called", "Portugal"),
    # a label that names no hostile act, or a name given: no criticism
    ("Portugal called the agreement a breakthrough.", "called", None),
    ("Norway called the decision regrettable.", "called", None),
    ("The border line was called the Blue Line.", "called", None),
    ("The river, which Brazilians call the Great Water, marks the border.", "call", None),
    # a definite label names the thing, it classes no act
    ("Castro later called it the battle that ended the war.", "called", None),
    # negated: no one labelled it so
    ("Norway was not calling it an attack.", "calling", None),
]


@pytest.mark.parametrize("text,verb,doer", LABELLED_HOSTILE)
def test_an_act_labelled_hostile_is_criticised(run, text, verb, doer):
    evs = run(text)
    accusations = [e for e in evs if e.trigger.startswith(verb) and e.type == "ACCUSE"]
    if doer is None:
        assert not accusations, _coded(evs)
        return
    assert len(accusations) == 1, _coded(evs)
    event = accusations[0]
    assert event.cameo == "111", _coded(evs)
    assert doer in {p.name for p in event.participants if p.role == "source"}, _coded(evs)
