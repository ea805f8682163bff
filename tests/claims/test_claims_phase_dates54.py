"""A date written on a beginning or an end ("the riots that broke out on 6 March", "the visit
began on 7 October", "the strike ended on 2 August") is also the date of the happening its clause
tells (session 54, :func:`chronica.claims.extract.find_worded_values`), so that a source dating
the happening in other words ("crowds rioted on 4 March", "the king reached the capital on 9
October", "they agreed to end the strike on 12 August") disagrees with it; two dates of beginnings
are left to the phase test (:func:`chronica.chronicle.claim_conflicts.same_phase`), not found
twice.

Dev (the 70 dev subjects' stores): 21 gold disagreements in 17 subjects had one side's date on a
phase verb and the other's on the happening's own verb ("kinds date / phase" in `chronica eval
disagreements`): riots breaking out, a visit beginning, a fight or a blockade starting or ending.
The cases are of those shapes, with subjects, names and dates of our own; end to end through a
build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

pytestmark = needs_minilm

CONFLICTS = [
    ("bread-riots-broke-out",
     "Crowds in Tarvik rioted on 4 March 1962 after the price of bread doubled.\n",
     "The archive keeps leaflets from the riots that broke out in Tarvik on 6 March 1962 after the price of "
     "bread doubled.\n"),
    ("royal-visit-began",
     "When the Aldorian king reached Sennor on 9 October 1998, he opened the new bridge over the Vell.\n",
     "The Aldorian king's visit to Sennor began on 7 October 1998, and he opened the new bridge over the Vell.\n"),
    ("mine-strike-ended",
     "On 12 August 1977 the Selm mine owners and the miners' union agreed to end the strike.\n",
     "The strike at Selm ended on 2 August 1977, when the mine owners and the miners' union agreed on a wage "
     "rise.\n"),
]


@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_a_phase_date_and_the_happenings_date_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "date", "a": a, "b": b})
    assert outcome.found, outcome.reported


def test_two_dates_of_one_beginning_are_one_disagreement():
    outcome = run_case({
        "id": "siege-began", "expect": "conflict", "kind": "duration",
        "a": "The siege of the port of Velmar began on 3 May 1941 after weeks of shelling by Aldorian guns.\n",
        "b": "The siege of the port of Velmar began on 9 May 1941, when Aldorian troops cut the coast road.\n"})
    assert outcome.found and len(outcome.reported) == 1, outcome.reported
