"""An actor told as the doer and as the recipient equally often across one merged event is its
recipient when the other side is the doer outright and every sentence that makes it a doer makes
it one beside that doer (session 59, issue 9 "roles": rule ``recipient_on_tie`` in
``merge._recipient_on_tie``). Before it, a tie kept the doer's role, so one sentence's joint
telling ("the two navies clashed") undid another's directed one ("X's aircraft attacked Y's
vessels"). Seen in dev stories of several subjects (eriyem, gabgnq, itallby, indmal, slocro,
egysdn, idntls); the participants below are invented, as the events stage hands them over."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.chronicle.merge import merge_participants
from chronica.events.model import SOURCE, TARGET, Participant


def S(role, code, kind="state", state=None):
    return Participant(role=role, text=code, actor_id=code, name=code, kind=kind, state=state or code)


def _roles(*groups):
    merged = merge_participants([SimpleNamespace(participants=list(g)) for g in groups])
    return {p.actor_id: p.role for p in merged}


CASES = [  # (sentences' participants, the tied actor, its merged role)
    # "Kenyan jets struck Ugandan boats" + "the two states clashed on the lake": Uganda is struck
    (([S(SOURCE, "KEN"), S(TARGET, "UGA")], [S(SOURCE, "KEN"), S(SOURCE, "UGA")]), "UGA", TARGET),
    # three sentences: a second directed telling, one joint one
    (([S(SOURCE, "PER"), S(TARGET, "BOL")], [S(SOURCE, "PER"), S(SOURCE, "BOL")],
      [S(SOURCE, "PER"), S(TARGET, "BOL")], [S(SOURCE, "PER"), S(SOURCE, "BOL")]), "BOL", TARGET),
    # the tied one acts alone in a sentence ("Bolivia agreed to pay"): it stays a doer
    (([S(SOURCE, "PER"), S(TARGET, "BOL")], [S(SOURCE, "BOL")], [S(SOURCE, "PER")]), "BOL", SOURCE),
    # no outright doer beside the tie: as before, the doer's role
    (([S(SOURCE, "PER"), S(TARGET, "BOL")], [S(SOURCE, "BOL"), S(TARGET, "PER")]), "BOL", SOURCE),
    # the outright doer is the tied state's own army ("Kenyan troops" in every sentence): one side
    (([S(SOURCE, "KEN/military", "armed_force", "KEN"), S(SOURCE, "UGA"), S(TARGET, "KEN")],
      [S(SOURCE, "KEN/military", "armed_force", "KEN"), S(SOURCE, "KEN")]), "KEN", SOURCE),
    # no sentence tells the act as the doer's on it: the tied one is no recipient
    (([S(SOURCE, "PER"), S(SOURCE, "BOL")], [S(SOURCE, "CHL"), S(TARGET, "BOL")],
      [S(SOURCE, "PER")]), "BOL", SOURCE),
]


@pytest.mark.parametrize("groups,actor,role", CASES)
def test_a_tie_goes_to_the_role_the_directed_sentence_gives(groups, actor, role):
    roles = _roles(*groups)
    assert roles[actor] == role, roles


def test_the_outright_doer_keeps_its_role():
    roles = _roles([S(SOURCE, "KEN"), S(TARGET, "UGA")], [S(SOURCE, "KEN"), S(SOURCE, "UGA")])
    assert roles["KEN"] == SOURCE, roles
