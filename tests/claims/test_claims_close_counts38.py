"""Session 38 (issue 11): two figures of one counted thing, close to each other, in clauses
worded at least ``SIM_SAME_WORDING_SAME_COUNTED`` alike are one thing's figures
(``claim_conflicts.close_counts``): "a unit of 31 commandos" / "26 commandos crossed the river",
"a twelve-member commission" / "brought together ten members", "4,200 troops" / "about 3,800
soldiers". Before, two figures known only by their wording needed the 0.80 bar of any two
values. One thing: one's counted noun is a word of the other's, or both nouns are of one measure
of the registry, no different names written with them, not two measures; a noun that tells no
thing ("people", ``unspecific_counted``) only with a measure on both sides.

Sentences and figures written for these tests (made-up names), in the dev texts' styles.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


class _Worded:
    """Clause vectors with set similarities: each clause its own cosine to any other."""

    def __init__(self, sims: dict[str, float]) -> None:
        self.sims = sims

    def embed(self, texts):
        import numpy as np

        return np.array([[s := self.sims.get(t, 1.0), (1 - s * s) ** 0.5] for t in texts], dtype=np.float32)


def _count(doc, value, low, high, unit, masked, topic=None, subject=None):
    from chronica.claims.model import SentenceClaim

    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=masked + ".", sentence_start=0,
                         sentence_end=len(masked) + 1, kind="count",
                         topic=topic or f"figure: {unit.split()[-1].lower().rstrip('s')}", value=value, start=0,
                         end=1, low=low, high=high, unit=unit, stated=True, masked=masked,
                         by_wording=topic is None, subject=subject or [])


# (a: value, low, high, unit, topic; b: the same; cosine of the masked clauses; one thing)
CLOSE = [
    # a raiding party counted by two sources (the Blue House raid's form, korkor)
    (("31", 31, 31, "North Korean commandos", None), ("26", 26, 26, "commandos", None), 0.60, True),
    # a commission's members (armtur's form): "twelve-member" / "ten members"
    (("twelve", 12, 12, "member", None), ("ten", 10, 10, "members", None), 0.58, True),
    # a force's size, one source's noun a measure's (sudssd's form): troops / soldiers
    (("4,200", 3990, 4410, "troops.[4", None), ("about 3,800", 3230, 4370, "Ethiopian soldiers", "troops"), 0.77, True),
    # one noun a word of the other's: "ramming incidents" / "rammings"
    (("55", 55, 55, "ramming incidents", None), ("more than 40", 41, float("inf"), "rammings", None), 0.58, True),
    # worded apart: below the bar
    (("31", 31, 31, "commandos", None), ("26", 26, 26, "commandos", None), 0.50, False),
    # too far apart for the lower bar (the 0.80 bar of any two values decides)
    (("31", 31, 31, "commandos", None), ("60", 60, 60, "commandos", None), 0.70, False),
    # two sides' men: names written with the nouns that share none
    (("300", 300, 300, "Velmorian soldiers", None), ("250", 250, 250, "Dorvanian soldiers", None), 0.70, False),
    # two measures of one noun: the dead and the deployed
    (("40", 40, 40, "soldiers", "dead"), ("55", 55, 55, "soldiers", None), 0.70, False),
    # "people" alone tells no thing: affected / a toll by wording
    (("some 250,000", 212500, 287500, "people", None), ("316,000", 300200, 331800, "people", None), 0.65, False),
]


@pytest.mark.parametrize("a, b, sim, same", CLOSE)
def test_close_figures_of_one_counted_thing_worded_alike_are_one_things(a, b, sim, same):
    from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext

    ca = _count(1, *a[:4], "a unit of commandos got within metres of the palace", topic=a[4])
    cb = _count(2, *b[:4], "commandos came within metres of the palace", topic=b[4])
    ctx = ClaimContext([ca, cb], [], _Worded({cb.masked: sim}), clauses=_Worded({cb.masked: sim}))
    assert SAME_THING["count"](ca, cb, ctx) is same


def test_people_with_a_measure_on_both_sides_still_compare():
    from chronica.chronicle.claim_conflicts import close_counts

    a = _count(1, "twenty", 20, 20, "people", "x", topic="dead")
    b = _count(2, "22", 22, 22, "people", "x", topic="dead")
    assert close_counts(a, b)


# end to end (made-up names make the clauses alike, some beyond the 0.80 bar: these hold the whole
# way, the table above holds the bar)
CONFLICTS = [
    ("close-commandos",
     "In January 1968 a unit of 31 Tarskan commandos got within a few hundred metres of the palace in Velmor.\n",
     "A Tarskan unit of 26 commandos came within a few hundred metres of the palace in Velmor in January 1968.\n"),
    ("close-chapters",
     "In December 2008 Velmoria used its veto to stop Dorvan opening 14 negotiating chapters with the union.\n",
     "In December 2008 Velmoria blocked 11 chapters of Dorvan's negotiations with the union.\n"),
    ("close-airliners",
     "Kestrian commandos raided the airport of Tarvik in December 1968, blowing up 14 civilian airliners.\n",
     "In December 1968 Kestrian commandos blew up 11 airliners at the airport of Tarvik.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_close_figures_of_one_thing_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


LOOK_ALIKES = [
    ("close-people-affected-and-dead",
     "Aid groups estimated that some 250,000 people in Tarvik were affected by the floods.\n",
     "The Tarvik government put the number of people at 316,000 after the floods.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_figures_of_other_things_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
