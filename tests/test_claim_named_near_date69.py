"""Two dates of one named thing's happening up to three weeks apart, stated in clauses worded
alike whatever their verbs (session 69, :func:`chronica.chronicle.claim_conflicts.named_near_dates`,
:data:`SIM_SAME_WORDING_NAMED_NEAR_DATE`).

Dev (every pair of dates of two documents of the 100 dev subjects, one known only by its wording,
that the other bars keep apart, both written to the day or the month, 1-21 days apart, a name in
common): at 0.70 or more the pairs were mostly one happening whose day a source missed by a week or
two or gave only by its month; under 0.70 about half were two acts of one story. The cases are of
those shapes in words of our own (invented places, persons and events); similarities are given,
not computed."""

from __future__ import annotations

import types

import pytest
from claim_cases import Wording as _Ctx  # the tables' context: clauses this alike, no source telling both
from claim_cases import worded_date as _date

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


SIGNED = _date(1, "The envoys signed the Vask accord in Orlan on 6 May 1977.",
               "The envoys signed the Vask accord in Orlan", "1977-05-06", "sign")

# (case, claim a, claim b, masked similarity, one happening?)
CASES = [
    ("signed / concluded, eleven days apart, one accord named",
     SIGNED,
     _date(2, "The Vask accord was concluded at Orlan on 17 May 1977 after a month of talks.",
           "The Vask accord was concluded at Orlan after a month of talks", "1977-05-17", "conclude"), 0.74, True),
    ("a day against the month before, one bridge named",
     _date(1, "The Orlan bridge was opened to traffic on 16 March 1988.", "The Orlan bridge was opened to traffic",
           "1988-03-16", "open"),
     _date(2, "The Orlan bridge carried its first lorries in February 1988.",
           "The Orlan bridge carried its first lorries", "1988-02", "carry"), 0.72, True),
    ("killed / died, two verbs of one CAMEO root, one person named",
     _date(1, "Governor Anna Korvel was killed when her car hit a mine near Marl Ferry on 2 August 1969.",
           "Governor Anna Korvel was killed when her car hit a mine near Marl Ferry", "1969-08-02", "kill"),
     _date(2, "Anna Korvel died after a mine blast near Marl Ferry on 15 August 1969.",
           "Anna Korvel died after a mine blast near Marl Ferry", "1969-08-15", "die"), 0.71, True),
    ("under the bar: two acts of one story",
     SIGNED,
     _date(2, "Crowds in Orlan cheered the Vask accord on 20 May 1977.", "Crowds in Orlan cheered the Vask accord",
           "1977-05-20", "cheer"), 0.66, False),
    ("no name in common",
     _date(1, "Rebel gunners shelled the harbour on 2 May 1981.", "Rebel gunners shelled the harbour", "1981-05-02",
           "shell"),
     _date(2, "Rebel artillery bombarded the harbour on 19 May 1981.", "Rebel artillery bombarded the harbour",
           "1981-05-19", "bombard"), 0.76, False),
    ("acts of two CAMEO roots: occupied / liberated",
     _date(1, "Velmoran troops occupied the Orlan oilfield on 11 April 1990.",
           "Velmoran troops occupied the Orlan oilfield", "1990-04-11", "occupy"),
     _date(2, "The army liberated the Orlan oilfield on 20 April 1990.", "The army liberated the Orlan oilfield",
           "1990-04-20", "liberate"), 0.77, False),
    ("more than three weeks apart",
     SIGNED,
     _date(2, "The Vask accord was concluded at Orlan on 30 June 1977.",
           "The Vask accord was concluded at Orlan", "1977-06-30", "conclude"), 0.74, False),
    ("a year's date is not fine",
     SIGNED,
     _date(2, "The Vask accord was concluded at Orlan in 1978.", "The Vask accord was concluded at Orlan",
           "1978", "conclude"), 0.74, False),
]


@pytest.mark.parametrize("case, a, b, sim, one", CASES, ids=[c[0] for c in CASES])
def test_named_near_dates(case: str, a: SentenceClaim, b: SentenceClaim, sim: float, one: bool) -> None:
    assert cc.same_wording(a, b, _Ctx(sim)) is one


@pytest.mark.parametrize("verb_a, verb_b, apart", [
    ("occupy", "liberate", True), ("withdraw", "invade", True), ("kill", "die", False), ("shoot", "murder", False),
    ("sign", "conclude", False), ("become", "make", False), (None, "invade", False),
])
def test_acts_apart(verb_a: str | None, verb_b: str | None, apart: bool) -> None:
    def claim(verb: str | None):
        return types.SimpleNamespace(predicate=verb)
    assert cc.acts_apart(claim(verb_a), claim(verb_b)) is apart


def test_the_named_near_date_bar_is_a_candidate_bar() -> None:
    assert cc.SIM_WORDING_CANDIDATE <= cc.SIM_SAME_WORDING_NAMED_NEAR_DATE
