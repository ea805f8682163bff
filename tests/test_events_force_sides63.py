"""Reciprocal force (a symmetric form: a fight, a clash, a war) between the document's two main
states and no one else (``_targets.joint_recipient``, session 63): PLOVER keeps reciprocal violence
with every side an actor, but when there are two clear sides of the conflict (its ``sideAB`` mode,
"used in conjunction with the recipient field") the side written first is the source and the other
the recipient, as a joint act is coded. Force told of other sides, of more than the two, or
directed force of two together (allies attacking) keeps every side a doer. Sentences are invented
(invented wars and dates)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _roles(e):
    return [(p.role, p.name.split(" (")[0].removesuffix(" armed forces")) for p in e.participants
            if p.role in ("source", "target") and p.state]


TWO_SIDES = [
    ("Relations between Uruguay and Paraguay worsened in 1931. In May 1932 Uruguay and Paraguay fought "
     "a short war on the river.", "fought", "Uruguay", "Paraguay"),
    ("Relations between Uruguay and Paraguay worsened in 1931. In June 1932 Paraguay and Uruguay clashed "
     "on the river.", "clashed", "Paraguay", "Uruguay"),
    ("Uruguay and Paraguay quarrelled over the river for years. The Paraguay-Uruguay war began in June "
     "1932.", "war", "Paraguay", "Uruguay"),
    # one phrase for both sides, or sides the trigger's clause names: the order the sentence names them in
    ("Uruguay and Paraguay quarrelled over the river for years. In June 1932 Paraguayan and Uruguayan "
     "troops clashed on the river.", "clashed", "Paraguay", "Uruguay"),
    ("Uruguay and Paraguay quarrelled over the river for years. In June 1932 fighting broke out between "
     "Paraguay and Uruguay.", "fighting", "Paraguay", "Uruguay"),
]


@pytest.mark.parametrize("text,trigger,source,target", TWO_SIDES)
def test_force_between_the_two_main_states_has_a_source_and_a_recipient(run, text, trigger, source, target):
    evs = [e for e in run(text) if e.type == "ASSAULT" and e.trigger.startswith(trigger)]
    assert evs, [(e.type, e.trigger, _roles(e)) for e in run(text)]
    e = evs[0]
    assert sorted(_roles(e)) == [("source", source), ("target", target)], _roles(e)
    assert "joint_recipient" in e.checks


OTHER_SIDES = [
    # force of two others than the document's pair: every side a doer
    ("Uruguay and Paraguay quarrelled over the river for years. In 1960 Norway and Portugal fought "
     "a short war at sea.", "fought", {"Norway", "Portugal"}),
    # directed force of the two together (no symmetric form): allies, both doers
    ("Uruguay and Paraguay quarrelled over the river for years. In 1933 Uruguay and Paraguay attacked "
     "the smugglers' camp on the island.", "attacked", {"Uruguay", "Paraguay"}),
    # three sides: no two clear sides
    ("Uruguay and Paraguay quarrelled over the river for years. In 1932 Uruguay, Paraguay and Norway "
     "fought along the river.", "fought", {"Uruguay", "Paraguay", "Norway"}),
]


@pytest.mark.parametrize("text,trigger,doers", OTHER_SIDES)
def test_other_force_keeps_every_side_a_doer(run, text, trigger, doers):
    evs = [e for e in run(text) if e.type == "ASSAULT" and e.trigger.startswith(trigger)]
    assert evs, [(e.type, e.trigger, _roles(e)) for e in run(text)]
    e = evs[0]
    assert {n for r, n in _roles(e) if r == "source"} == doers, _roles(e)
    assert not [n for r, n in _roles(e) if r == "target"], _roles(e)

