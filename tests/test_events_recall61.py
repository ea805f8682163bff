"""Events the parse hid (session 61, issue 9). Sentences are invented for these tests (invented
events between real states, invented dates). One table per rule.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.modality, e.trigger, [(p.role, p.name) for p in e.participants]) for e in evs]


def _names(e, role):
    return {p.name for p in e.participants if p.role == role}


# --- _modality.ranked_copula: the ranking word standing alone ("among the first to", "the last to"),
#     and the infinitive the parser hangs on the copula after a ranked attribute -----------------------

RANKED_ALONE = [
    # text, type, doer, recipient, modality
    ("Norway was among the first to recognise Finland in 1917.", "SUPPORT", "Norway", "Finland", "asserted"),
    ("Colombia was the first to recognise Ecuador in 1832.", "SUPPORT", "Colombia", "Ecuador", "asserted"),
    ("Peru was the last to recognise Bolivia, in 1826.", "SUPPORT", "Peru", "Bolivia", "asserted"),
    # the parser hangs the infinitive on the copula (an xcomp): still told as done
    ("Brazil was among the first states to recognise Uruguay in 1828.", "SUPPORT", "Brazil", "Uruguay",
     "asserted"),
    # no ranking: "was to recognise" is a plan, as before
    ("In 1830 Chile was to recognise Bolivia.", "SUPPORT", "Chile", "Bolivia", "planned"),
]


@pytest.mark.parametrize("text,etype,doer,recipient,modality", RANKED_ALONE)
def test_the_first_to_do_a_thing_did_it(run, text, etype, doer, recipient, modality):
    evs = [e for e in run(text) if e.type == etype]
    assert len(evs) == 1, _coded(run(text))
    assert doer in _names(evs[0], "source") and recipient in _names(evs[0], "target"), _coded(evs)
    assert evs[0].modality == modality, _coded(evs)
