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
    ("Denmark was the first to recognise Estonia in 1832.", "SUPPORT", "Denmark", "Estonia", "asserted"),
    ("Sweden was the last to recognise Iceland, in 1826.", "SUPPORT", "Sweden", "Iceland", "asserted"),
    # the parser hangs the infinitive on the copula (an xcomp): still told as done
    ("Brazil was among the first states to recognise Uruguay in 1828.", "SUPPORT", "Brazil", "Uruguay",
     "asserted"),
    # no ranking: "was to recognise" is a plan, as before
    ("In 1830 Denmark was to recognise Iceland.", "SUPPORT", "Denmark", "Iceland", "planned"),
]


@pytest.mark.parametrize("text,etype,doer,recipient,modality", RANKED_ALONE)
def test_the_first_to_do_a_thing_did_it(run, text, etype, doer, recipient, modality):
    evs = [e for e in run(text) if e.type == etype]
    assert len(evs) == 1, _coded(run(text))
    assert doer in _names(evs[0], "source") and recipient in _names(evs[0], "target"), _coded(evs)
    assert evs[0].modality == modality, _coded(evs)


# --- _targets.refused_pair: a refusal to negotiate, talk or meet, no one named, in a story of two states ---

REFUSED_MEETINGS = [
    # text, the one turned down (None: no refusal addressed to the other side)
    ("Denmark and Iceland disputed the salt flats for a decade. In 1911 Iceland refused to negotiate.", "Denmark"),
    ("Uruguay and Paraguay quarrelled over the river dam for years. In May 1934 Asuncion refused to talk "
     "until the dam was closed.", "Uruguay"),
    # the other side is named: the rule leaves it
    ("Denmark and Iceland disputed the salt flats for a decade. In 1911 Iceland refused to negotiate with Norway.",
     "Norway"),
    # a matter discussed is no meeting refused
    ("Denmark and Iceland disputed the salt flats for a decade. In 1911 Iceland declined to discuss the losses.",
     None),
    # no refusal: a meeting told as planned keeps its own reading
    ("Denmark and Iceland disputed the salt flats for a decade. In 1911 Iceland agreed to negotiate.", None),
]


@pytest.mark.parametrize("text,target", REFUSED_MEETINGS)
def test_a_refusal_to_meet_turns_down_the_other_side(run, text, target):
    evs = [e for e in run(text) if e.type == "REJECT" and e.modality == "refused"]
    if target is None:
        assert all("refused_pair" not in e.checks for e in run(text)), _coded(run(text))
        return
    assert len(evs) == 1 and _names(evs[0], "target") == {target}, _coded(run(text))
    named = target not in text.split(".")[0]
    assert ("refused_pair" in evs[0].checks) != named, _coded(evs)
