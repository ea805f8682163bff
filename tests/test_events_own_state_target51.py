"""One state is not both the doer and the recipient of its act (session 51, actors51).

Blind judges failed events whose recipient was the doer's own state: a signer's state ("X signed
the treaty for Y" -> recipient Y, the state X acts for), one of two co-signers' states, or the
capital where the doer acted. In the dev exports of lkaind, prtind, gabgnq, usavnm, zafmoz, tzamwi,
colper, isrsyr, etheri a recipient was a state (or its seat) that a source acted for.
``chronica.events._targets.own_state_target`` moves such a recipient to ``other``; an armed group
coded with its country, and an agent of the doer's state ("Thai police arrested Thai students"),
keep theirs. The sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _roles(evs, role):
    return {p.state or p.actor_id for e in evs for p in e.participants if p.role == role}


@pytest.mark.parametrize("text, gone", [
    ("In 1996 Jacques Chirac and Helmut Kohl signed a defence accord with France.", "FRA"),
    # the co-signer written first is the source (``_targets.joint_recipient``): his state is no recipient
    ("In 2002 Jiang Zemin and Vladimir Putin signed a fisheries accord with China.", "CHN"),
    ("In 1952 Brazil expelled the Paraguayan consul from Brasilia.", "BRA"),
])
def test_own_state_is_no_recipient(run, text, gone):
    evs = run(text)
    assert evs, text
    assert gone not in _roles(evs, "target"), [(e.type, e.summary) for e in evs]


@pytest.mark.parametrize("text, target", [
    ("In 2031 the Houthis shelled Sanaa for a week.", "YEM"),
    ("In 1988 Chile accused Argentina of moving troops to the border.", "ARG"),
    ("In 1988 Chilean troops attacked Argentine positions near the border.", "ARG"),
    # a non-state party among the doers may be the one acting on the state: it stays
    ("In 1991 the EPLF and Mengistu Haile Mariam attacked Ethiopia near the coast.", "ETH"),
])
def test_other_recipients_stay(run, text, target):
    evs = run(text)
    assert target in _roles(evs, "target"), [(e.type, e.summary) for e in evs]
