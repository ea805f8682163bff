"""Two dates of one act told by two sources in clauses worded apart (session 55,
:func:`chronica.chronicle.claim_conflicts.same_act_near_date`, :func:`act_of`).

Dev (stored chronicles of the dev subjects, every pair of date claims of two documents that the
other date tests kept apart and whose dates conflict): the test joined 18 pairs, 17 of them the
dates of one gold disagreement (a signing, a release, a capture, a killing, an award, a demolition
told a day to ten days apart, in 14 subjects); with verbs of one uncoded block taken as one act, a
post office closed and a zone abolished the next day were joined too (now kept apart: "close" and
"abolish" are FINISH, a block without a code of its own). The case corpus's look-alike of two
towns captured in a week (tests/fixtures/disagreements/cases.yaml) was joined by the events route
until sentences naming different things were kept apart (:func:`names_apart`). The cases are of
those shapes in invented words; no similarity is computed (the test reads the verbs, the names and the events)."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim
from claim_cases import Ctx as _Ctx
from claim_cases import Event as _Event
from claim_cases import date_claim as _date

SIGNED_A = _date(1, "On 3 March 1951 the foreign ministers Olek Varsa and Piet Morell signed the accord at Lindenhof.",
                 "1951-03-03", "sign")
SIGNED_B = _date(2, "The accord signed on 2 March 1951 by Olek Varsa and Piet Morell ended the quarrel.",
                 "1951-03-02", "sign")

# (case, claim a, claim b, context, one happening?)
CASES = [
    ("one signing, the signers named by both, a day apart", SIGNED_A, SIGNED_B, _Ctx(), True),
    ("one capture near a named town, four days apart",
     _date(1, "The rebel commander Tavi Orsk was captured near Kelmsford on 12 May 1958 by a patrol.", "1958-05-12",
           "capture"),
     _date(2, "Wounded, he was captured outside Kelmsford on 16 May 1958, ending the hunt.", "1958-05-16", "capture"),
     _Ctx(), True),
    ("one killing, two verbs of one coded block, one event type and doer",
     _date(1, "The editor was killed outside his office on 9 April 1988.", "1988-04-09", "kill", 10),
     _date(2, "Gunmen murdered the editor on 11 April 1988.", "1988-04-11", "murder", 20),
     _Ctx({10: _Event("e1", "ASSAULT", ("gunmen",)), 20: _Event("e2", "ASSAULT", ("gunmen",))}), True),
    ("one demolition, a doer unsaid on one side, no name",
     _date(1, "The northern army blew up the bridge on 4 June 1999.", "1999-06-04", "blow", 10),
     _date(2, "The bridge was blown up on 5 June 1999.", "1999-06-05", "blow", 20),
     _Ctx({10: _Event("e1", "ASSAULT", ("XNA",)), 20: _Event("e2", "ASSAULT")}), True),
    ("one doer's like acts at two named towns, events of one type",
     _date(1, "Rebels captured the town of Ostrava Nova on 3 May 1997.", "1997-05-03", "capture", 10),
     _date(2, "On 6 May 1997 the rebels seized the town of Kelmsford.", "1997-05-06", "seize", 20),
     _Ctx({10: _Event("e1", "COERCE", ("REB",)), 20: _Event("e2", "COERCE", ("REB",))}), False),
    ("verbs of one uncoded block: two acts (a post office closed, a zone abolished)",
     _date(1, "The Tarvel Zone post office closed on 30 June 1970.", "1970-06-30", "close"),
     _date(2, "The Tarvel Zone was abolished on 1 July 1970.", "1970-07-01", "abolish"), _Ctx(), False),
    ("verbs of one block, two CAMEO codes (a capture, an arrest)",
     _date(1, "Tavi Orsk was captured near Kelmsford on 12 May 1958.", "1958-05-12", "capture"),
     _date(2, "Tavi Orsk was arrested at Kelmsford on 14 May 1958.", "1958-05-14", "arrest"), _Ctx(), False),
    ("the same verb, no name and no events in common",
     _date(1, "On 3 March 1951 the two ministers signed the accord.", "1951-03-03", "sign"),
     _date(2, "The treaty was signed on 2 March 1951.", "1951-03-02", "sign"), _Ctx(), False),
    ("events of one type with different doers, no name",
     _date(1, "The northern army blew up the bridge on 4 June 1999.", "1999-06-04", "blow", 10),
     _date(2, "The southern militia blew up the bridge on 5 June 1999.", "1999-06-05", "blow", 20),
     _Ctx({10: _Event("e1", "ASSAULT", ("XNA",)), 20: _Event("e2", "ASSAULT", ("XSM",))}), False),
    ("the same verb and names, but weeks apart",
     SIGNED_A, _date(2, "The accord signed on 2 May 1951 by Olek Varsa and Piet Morell ended the quarrel.",
                     "1951-05-02", "sign"), _Ctx(), False),
    ("a date not written to the day",
     SIGNED_A, _date(2, "The accord signed in March 1951 by Olek Varsa and Piet Morell ended the quarrel.",
                     "1951-03", "sign"), _Ctx(), False),
    ("a verb the dictionary does not hold",
     _date(1, "Olek Varsa and Piet Morell were at Lindenhof on 3 March 1951.", "1951-03-03", "be"),
     _date(2, "Olek Varsa and Piet Morell were at Lindenhof on 2 March 1951.", "1951-03-02", "be"), _Ctx(), False),
    ("a repetition word: the act done again",
     SIGNED_A, _date(2, "The accord was signed again on 5 March 1951 by Olek Varsa and Piet Morell.", "1951-03-05",
                     "sign"), _Ctx(), False),
    ("a source dating a like act at the other's date", SIGNED_A, SIGNED_B, _Ctx(both=True), False),
]


@pytest.mark.parametrize("case, a, b, ctx, one", CASES, ids=[c[0] for c in CASES])
def test_same_act_near_date(case: str, a: SentenceClaim, b: SentenceClaim, ctx: _Ctx, one: bool) -> None:
    assert cc.same_act_near_date(a, b, ctx) is one
    assert cc.same_act_near_date(b, a, ctx) is one


@pytest.mark.parametrize("predicate, act", [
    ("kill", "KILL:190"), ("murder", "KILL:190"), ("capture", "APPREHEND:171"), ("arrest", "APPREHEND:173"),
    ("close", "close"), ("abolish", "abolish"), ("sign", "sign"), ("be", None), ("say", None), (None, None),
])
def test_act_of(predicate: str | None, act: str | None) -> None:
    assert cc.act_of(_date(1, "x", "1951-03-03", predicate)) == act


def test_the_keys_of_one_act_meet() -> None:
    """Blocking: two dates the test may join share a key (:func:`_date_keys`)."""
    ctx = _Ctx()
    assert cc._act_keys(SIGNED_A, ctx) & cc._act_keys(SIGNED_B, ctx)
    month = _date(2, "signed in March 1951", "1951-03", "sign")
    assert not cc._act_keys(month, ctx)
