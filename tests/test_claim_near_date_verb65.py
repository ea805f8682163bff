"""Two dates of one happening within a week, stated by one verb or by two verbs of one synonym block
of the CAMEO verb dictionary (session 65, :func:`chronica.chronicle.claim_conflicts.one_verb_block`,
:data:`SIM_SAME_WORDING_NEAR_DATE_ONE_VERB`).

Dev (every conflicting pair of worded dates of two documents of the 92 dev subjects that the other
wording bars keep apart): with near dates, one verb (block) and a name in common, the pairs at
0.40-0.70 were mostly one happening told in two sources' own words (a coup, a signing, an
offensive begun, a landing); the pairs of two happenings were a few (one act at two meetings). The
cases are of those shapes in words of our own (invented places and events); similarities are
given, not computed."""

from __future__ import annotations

import pytest
from claim_cases import Wording as _Ctx  # the tables' context: clauses this alike, no source telling both
from claim_cases import worded_date as _date

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


# (case, claim a, claim b, masked similarity, one happening?)
CASES = [
    ("began / started, two days apart",
     _date(1, "Fighting began on 3 March 1961 when Velmoran militia shelled the ferry post at Oskar Point.",
           "Fighting began when Velmoran militia shelled the ferry post at Oskar Point", "1961-03-03", "begin"),
     _date(2, "The shooting started around Oskar Point on 5 March 1961.", "The shooting started around Oskar Point",
           "1961-03-05", "start"), 0.45, True),
    ("one verb, a day apart, worded apart",
     _date(1, "The Lantern Accord was signed in Port Vel on 9 June 1974 after two years of talks.",
           "The Lantern Accord was signed in Port Vel after two years of talks", "1974-06-09", "sign"),
     _date(2, "On 10 June 1974 the foreign ministers signed it in Port Vel with a handshake for the cameras.",
           "the foreign ministers signed it in Port Vel with a handshake for the cameras", "1974-06-10", "sign"),
     0.42, True),
    ("seized / captured, a month and a day, one town named",
     _date(1, "Junior officers seized the palace in Port Vel in October 1983.",
           "Junior officers seized the palace in Port Vel", "1983-10", "seize"),
     _date(2, "On 2 November 1983 a colonel captured the radio station in Port Vel and read a statement.",
           "a colonel captured the radio station in Port Vel and read a statement", "1983-11-02", "capture"),
     0.48, True),
    ("a light verb, a name in common",
     _date(1, "Junior officers took power in Port Vel on 2 November 1983.",
           "Junior officers took power in Port Vel", "1983-11-02", "take"),
     _date(2, "On 4 November 1983 the government in Port Vel took the dispute to the regional court.",
           "the government in Port Vel took the dispute to the regional court", "1983-11-04", "take"), 0.50, False),
    ("a phase verb, no name in common",
     _date(1, "Police began detaining foreign lorry drivers on the coast road in September 1990.",
           "Police began detaining foreign lorry drivers on the coast road", "1990-09", "begin"),
     _date(2, "The army began its largest exercise near the border on 2 October 1990.",
           "The army began its largest exercise near the border", "1990-10-02", "begin"), 0.47, False),
    ("like acts at two towns in a week",
     _date(1, "Rebels captured the town of Oskar Point on 3 May 1961 after two days of shelling.",
           "Rebels captured the town of Oskar Point after two days of shelling", "1961-05-03", "capture"),
     _date(2, "On 6 May 1961 the rebels seized the town of Marl Ferry, the radio said.",
           "the rebels seized the town of Marl Ferry the radio said", "1961-05-06", "seize"), 0.60, False),
    ("two bombings in a week, no name at all",
     _date(1, "A car bomb killed nine people in the market of the capital on 3 March 1996.",
           "A car bomb killed nine people in the market of the capital", "1996-03-03", "kill"),
     _date(2, "A bomber killed 40 people on a bus in the capital on 27 February 1996.",
           "A bomber killed 40 people on a bus in the capital", "1996-02-27", "kill"), 0.60, False),
    ("two verbs of two blocks",
     _date(1, "The two leaders signed a declaration in Port Vel on 9 June 1974.",
           "The two leaders signed a declaration in Port Vel", "1974-06-09", "sign"),
     _date(2, "Crowds welcomed the president in Port Vel on 11 June 1974.", "Crowds welcomed the president in Port Vel",
           "1974-06-11", "welcome"), 0.55, False),
    ("one verb, dates more than a week apart",
     _date(1, "The Lantern Accord was signed on 9 June 1974.", "The Lantern Accord was signed", "1974-06-09", "sign"),
     _date(2, "The protocol was signed on 20 June 1974 by the defence ministers.",
           "The protocol was signed by the defence ministers", "1974-06-20", "sign"), 0.55, False),
    ("one verb, near dates, under the bar",
     _date(1, "Fighting began on 3 March 1961 at Oskar Point.", "Fighting began at Oskar Point", "1961-03-03", "begin"),
     _date(2, "Talks began in the capital on 6 March 1961.", "Talks began in the capital", "1961-03-06", "begin"),
     0.30, False),
    ("one verb, near dates, the names of two states",
     _date(1, "Mali's assembly adopted the charter on 4 May 1992.", "Mali 's assembly adopted the charter",
           "1992-05-04", "adopt"),
     _date(2, "Chad's assembly adopted the charter on 6 May 1992.", "Chad 's assembly adopted the charter",
           "1992-05-06", "adopt"), 0.60, False),
    ("a year's date is not near",
     _date(1, "Fighting began in 1961 at Oskar Point.", "Fighting began at Oskar Point", "1961", "begin"),
     _date(2, "The shooting started around Oskar Point on 5 March 1962.", "The shooting started around Oskar Point",
           "1962-03-05", "start"), 0.45, False),
]


@pytest.mark.parametrize("case, a, b, sim, one", CASES, ids=[c[0] for c in CASES])
def test_near_dates_one_verb(case: str, a: SentenceClaim, b: SentenceClaim, sim: float, one: bool) -> None:
    assert cc.same_wording(a, b, _Ctx(sim)) is one


@pytest.mark.parametrize("verb_a, verb_b, one", [
    ("begin", "start", True), ("seize", "capture", True), ("halt", "stop", True), ("sign", "sign", True),
    ("sign", "welcome", False), ("attack", "reach", False), (None, "sign", False), ("sign", None, False),
    ("unknownverb", "otherunknownverb", False),
    # a light verb says what happened by its object
    ("take", "take", False), ("seize", "take", False), ("make", "make", False),
])
def test_one_verb_block(verb_a: str | None, verb_b: str | None, one: bool) -> None:
    a = _date(1, "x", "x", "1970-01-01", verb_a)
    b = _date(2, "y", "y", "1970-01-02", verb_b)
    assert cc.one_verb_block(a, b) is one


def test_the_near_date_verb_bar_is_a_candidate_bar() -> None:
    assert cc.SIM_WORDING_CANDIDATE <= cc.SIM_SAME_WORDING_NEAR_DATE_ONE_VERB
