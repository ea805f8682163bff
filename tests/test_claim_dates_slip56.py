"""Two dates of one act a few days apart with no name in common (session 56,
:func:`chronica.chronicle.claim_conflicts.same_act_near_date`'s third route,
:data:`MAX_SAME_ACT_SLIP_DAYS`, :func:`_dated_events_fit`).

One act by the verb dictionary, both dates written to the day at most four days apart, the event
layer tying at least one of them to a happening (and, when it ties both, to happenings of types
that fit with no different doers or recipients), and the sentences naming no different things
(:func:`names_apart`). Dev: every pair of date claims of two documents the other tests kept apart,
labelled by the gold's event evidence: of one verb within a week and at least one date tied to an
event, 13 of 13 were one gold event's; of one verb with no event on either side, 2 of 16 were two
happenings (a postmark's date, two zones voting days apart). The cases are invented; no similarity
is computed."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim
from claim_cases import Ctx as _Ctx
from claim_cases import Event as _Event
from claim_cases import date_claim as _date

SEIZED_A = _date(1, "Army officers seized power in the night on 4 March 1931 and closed the airport.", "1931-03-04",
                 "seize", 10)
SEIZED_B = _date(2, "On 6 March 1931 the generals seized power and dissolved the assembly.", "1931-03-06", "seize", 20)

# (case, claim a, claim b, context, one happening?)
CASES = [
    ("one seizure of power two days apart, one date tied to an event", SEIZED_A, SEIZED_B,
     _Ctx({10: _Event("e1", "COERCE")}), True),
    ("both tied to events of types that fit (one uncoded), no doers found", SEIZED_A, SEIZED_B,
     _Ctx({10: _Event("e1", "COERCE"), 20: _Event("e2", "OTHER")}), True),
    ("one signing a day apart, the signers named on one side only",
     _date(1, "The accord was signed on 12 June 1984 by Olek Varsa and Piet Morell.", "1984-06-12", "sign", 10),
     _date(2, "On 11 June 1984 the two governments signed the accord at the border.", "1984-06-11", "sign"),
     _Ctx({10: _Event("e1", "SUPPORT", ("XAL", "XBO"))}), True),
    ("no date tied to an event: the verb alone", SEIZED_A, SEIZED_B, _Ctx(), False),
    ("five days apart", SEIZED_A,
     _date(2, "On 9 March 1931 the generals seized power and dissolved the assembly.", "1931-03-09", "seize", 20),
     _Ctx({10: _Event("e1", "COERCE")}), False),
    ("events of types that do not fit", SEIZED_A, SEIZED_B,
     _Ctx({10: _Event("e1", "ASSAULT"), 20: _Event("e2", "SUPPORT")}), False),
    ("events with different doers", SEIZED_A, SEIZED_B,
     _Ctx({10: _Event("e1", "COERCE", ("XAL",)), 20: _Event("e2", "COERCE", ("XBO",))}), False),
    ("one doer's seizures of two named towns", _date(1, "Rebels seized the town of Ostrava Nova on 3 May 1997.",
                                                    "1997-05-03", "seize", 10),
     _date(2, "On 5 May 1997 the rebels seized the town of Kelmsford.", "1997-05-05", "seize"),
     _Ctx({10: _Event("e1", "COERCE", ("REB",))}), False),
    ("two acts of one block with two CAMEO codes", SEIZED_A,
     _date(2, "On 6 March 1931 the generals arrested the president.", "1931-03-06", "arrest", 20),
     _Ctx({10: _Event("e1", "COERCE")}), False),
]


@pytest.mark.parametrize("case, a, b, ctx, one", CASES, ids=[c[0] for c in CASES])
def test_same_act_slip(case: str, a: SentenceClaim, b: SentenceClaim, ctx: _Ctx, one: bool) -> None:
    assert cc.same_act_near_date(a, b, ctx) is one
    assert cc.same_act_near_date(b, a, ctx) is one
