"""Events the checks turned down or never saw (session 59, issue 9): a threat with no one named in a
story of two states (``_targets.threatened_pair``), a recognition of "the new state" (``_targets.
recognised_polity``) and a denial of a charge (CAMEO 016, REJECT "denies"; check
``a_thing_withheld``). Sentences are invented for these tests (invented events between real states,
invented dates). One table per rule.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.cameo, e.trigger, e.checks, [(p.role, p.name) for p in e.participants]) for e in evs]


def _targets(e):
    return {p.name for p in e.participants if p.role == "target"}


# --- threatened_pair: a warning with what it would do, no one named, in a story of two states ---------

THREATS = [
    # text, trigger, the recipient (None: no threat addressed to the other side)
    ("Uruguay and Paraguay quarrelled over the river dam for years. In May 1934 Uruguay threatened to close "
     "the dam.", "threatened", "Paraguay"),
    ("Chile and Bolivia disputed the salt flats for a decade. In 1911 La Paz warned that it would stop the "
     "nitrate trains.", "warned", "Chile"),
    ("Chile and Bolivia disputed the salt flats for a decade. In 1911 the Bolivian government threatened to "
     "halt the railway.", "threatened", "Chile"),
    # the recipient is named: the rule leaves it
    ("Chile and Bolivia disputed the salt flats for a decade. In 1911 Bolivia warned that it would use force "
     "against Peru.", "warned", "Peru"),
    # no state warns: economists are no side
    ("Chile and Bolivia disputed the salt flats for a decade. In 1911 economists warned that trade would "
     "slow.", "warned", None),
    # a third state told last before the warning: it may be the one warned
    ("Chile and Bolivia disputed the salt flats for a decade. In 1910 Peru closed its ports to Bolivian ships. "
     "In 1911 Bolivia threatened to close the railway.", "threatened", None),
]


@pytest.mark.parametrize("text,trigger,target", THREATS)
def test_a_threat_with_no_one_named_is_addressed_to_the_other_side(run, text, trigger, target):
    evs = [e for e in run(text) if e.type == "THREATEN" and e.trigger.startswith(trigger)]
    if target is None:  # a one-sided threat may be kept with its doer (``extract._one_sided``), no recipient
        assert all(not _targets(e) and "threatened_pair" not in e.checks for e in evs), _coded(run(text))
        return
    assert len(evs) == 1 and _targets(evs[0]) == {target}, _coded(run(text))
    named = target not in text.split(".")[0]
    assert ("threatened_pair" in evs[0].checks) != named, _coded(evs)


# --- recognised_polity: "recognised the new state" -----------------------------------------------------

RECOGNITIONS = [
    # text, the recipient (None: no recognition event)
    ("Paraguay and Uruguay quarrelled over the river for decades. Uruguay adopted a new constitution in 1931. "
     "Paraguay recognised the new republic within weeks.", "Uruguay"),
    ("Chile and Bolivia signed a rail pact in 1904. A revolution in Bolivia followed in 1930. In 1931 Chile "
     "recognised the new state.", "Bolivia"),
    # no story of two states: no one to read "the new state" as
    ("In 1931 Chile recognised the new state.", None),
    # the state is named: the parse reads it, not this rule
    ("Chile and Bolivia signed a rail pact in 1904. In 1931 Chile recognised Peru.", "Peru"),
]


@pytest.mark.parametrize("text,target", RECOGNITIONS)
def test_the_new_state_recognised_is_the_other_side(run, text, target):
    evs = [e for e in run(text) if e.type == "SUPPORT" and e.trigger.startswith("recognised")]
    if target is None:
        assert not evs, _coded(run(text))
        return
    assert len(evs) == 1 and _targets(evs[0]) == {target}, _coded(run(text))
    assert ("recognised_polity" in evs[0].checks) == ("new" in text), _coded(evs)


# --- CAMEO 016, a denial of a charge: REJECT "denies" --------------------------------------------------

DENIALS = [
    # text, the denier (None: no denial)
    ("In March 1985 Chile denied any involvement in the raid.", "CHL"),
    ("Peru accused Ecuador of shelling the customs post in 1979, which Quito denied.", "ECU"),
    ("In 1977 Bolivia denied that its troops had crossed the border.", "BOL"),
    # a thing withheld from someone is no denial of a charge
    ("In 1977 the guards denied the prisoners water.", None),
    ("In 1977 the refugees were denied citizenship.", None),
    ("In 1977 Chile denied landing rights to Bolivian airlines.", None),
]


@pytest.mark.parametrize("text,denier", DENIALS)
def test_a_denial_of_a_charge_is_a_rejection(run, text, denier):
    evs = [e for e in run(text) if e.type == "REJECT" and e.trigger.startswith("denied")]
    if denier is None:
        assert not evs, _coded(run(text))
        return
    assert len(evs) == 1 and evs[0].cameo == "016", _coded(run(text))
    assert {p.actor_id for p in evs[0].participants if p.role == "source"} == {denier}, _coded(evs)
