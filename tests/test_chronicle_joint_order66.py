"""A joint act told by several sentences that wrote its parties in different orders keeps a
recipient (session 66, issue 9 "actors": rule ``joint_order_kept`` in ``merge._joint_order``).
Each sentence's joint act codes the party it writes first as the source and the other as the
recipient (``chronica.events._targets.joint_recipient``); "A and B signed" in one sentence and "B
and A signed" in another tied each party between doer and recipient, and the vote made both
doers, so the merged event lost the recipient PLOVER codes for a joint act. The first joint
sentence's order now stands. Seen in dev stories of several subjects (perecuador, swenor, chnind,
hunrou, moralg, grctur); the participants below are invented, as the events stage hands them over."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.chronicle.merge import merge_participants
from chronica.events.model import OTHER, SOURCE, TARGET, Participant

JOINT = ["joint_recipient"]


def S(role, code, kind="state", state=None):
    return Participant(role=role, text=code, actor_id=code, name=code, kind=kind, state=state or code)


def _roles(*groups):
    """``groups``: (checks, participants) of each merged sentence."""
    merged = merge_participants([SimpleNamespace(participants=list(g), checks=list(c)) for c, g in groups])
    return {p.actor_id: p.role for p in merged}


CASES = [  # (sentences' checks and participants, the roles after the merge)
    # "Mali and Niger signed the accord" + "Niger and Mali signed it": the first order stands
    (((JOINT, [S(SOURCE, "MLI"), S(TARGET, "NER")]), (JOINT, [S(SOURCE, "NER"), S(TARGET, "MLI")])),
     {"MLI": SOURCE, "NER": TARGET}),
    # the same two sentences the other way round
    (((JOINT, [S(SOURCE, "NER"), S(TARGET, "MLI")]), (JOINT, [S(SOURCE, "MLI"), S(TARGET, "NER")])),
     {"NER": SOURCE, "MLI": TARGET}),
    # a place told beside the parties keeps its role
    (((JOINT, [S(SOURCE, "KEN"), S(TARGET, "UGA"), S(OTHER, "Arusha", "place", "")]),
      (JOINT, [S(SOURCE, "UGA"), S(TARGET, "KEN")])),
     {"KEN": SOURCE, "UGA": TARGET, "Arusha": OTHER}),
    # two directed tellings the opposite way ("A shelled B", "B shelled A"), no joint act: both doers, as before
    ((([], [S(SOURCE, "KEN"), S(TARGET, "UGA")]), ([], [S(SOURCE, "UGA"), S(TARGET, "KEN")])),
     {"KEN": SOURCE, "UGA": SOURCE}),
    # a recipient the vote gives already: unchanged
    (((JOINT, [S(SOURCE, "MLI"), S(TARGET, "NER")]), (JOINT, [S(SOURCE, "NER"), S(TARGET, "MLI")]),
      ([], [S(SOURCE, "MLI"), S(TARGET, "NER")])),
     {"MLI": SOURCE, "NER": TARGET}),
    # a third party told as the doer in one joint sentence only: it ties nothing, stays a doer
    (((JOINT, [S(SOURCE, "NOR"), S(TARGET, "FIN"), S(SOURCE, "SWE")]), (JOINT, [S(SOURCE, "FIN"), S(TARGET, "NOR")])),
     {"NOR": SOURCE, "FIN": TARGET, "SWE": SOURCE}),
]


@pytest.mark.parametrize("groups,want", CASES)
def test_a_joint_act_keeps_its_first_order(groups, want):
    assert _roles(*groups) == want
