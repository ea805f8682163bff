"""A day counted in a sentence from a day the text wrote before ("two days later", "a week later",
"the following day") is that source's date of the happening: two sources dating one happening
to different days disagree, whether one counts the day or writes it. Sentences written for these
tests; look-alikes that agree, and expressions that are no counted day."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "claims"))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle.disagreements import counted_day  # noqa: E402


@pytest.mark.parametrize("date_text, precision, source, counted", [
    ("Two days later", "day", "sentence", True),
    ("A week later", "day", "sentence", True),
    ("the following day", "day", "sentence", True),
    ("On 6 May", "day", "sentence", False),  # a day written without its year: the year is a guess
    ("14 October", "day", "sentence", False),
    ("In July", "month", "sentence", False),  # a month, its year the narrative's
    ("six years later", "year", "sentence", False),  # counted, but in years: no day
    ("Two days later", "day", "narrative", False),  # not in the sentence: the narrative's date
    ("", "day", "sentence", False),
])
def test_counted_day(date_text, precision, source, counted):
    m = SimpleNamespace(date_text=date_text, precision=precision, date_source=source)
    assert counted_day(m) is counted


CONFLICTS = [
    ("counted-day-closure",
     "Gunmen attacked a hotel in Asuncion on 12 June 1994. Three days later, Paraguay closed its land border with Bolivia.\n",
     "Paraguay closed its land border with Bolivia on 14 June 1994 after the attack on a hotel in Asuncion.\n"),
    ("counted-day-expulsion",
     "The Ghanaian envoy arrived in Lome on 2 May 1985. The following day Togo expelled the Ghanaian envoy.\n",
     "On 5 May 1985 Togo expelled the envoy of Ghana.\n"),
    ("counted-day-recall",
     "Border talks between Peru and Ecuador broke down on 10 October 1990. A week later Ecuador recalled its ambassador from Peru.\n",
     "On 19 October 1990 Ecuador recalled its ambassador from Peru.\n"),
]

LOOK_ALIKES = [
    ("counted-day-agrees",  # the day counted is the day the other source writes
     "Gunmen attacked a hotel in Asuncion on 12 June 1994. Two days later, Paraguay closed its land border with Bolivia.\n",
     "Paraguay closed its land border with Bolivia on 14 June 1994 after the attack on a hotel in Asuncion.\n"),
    ("counted-day-agrees-week",
     "Border talks between Peru and Ecuador broke down on 10 October 1990. A week later Ecuador recalled its ambassador from Peru.\n",
     "On 17 October 1990 Ecuador recalled its ambassador from Peru.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_a_counted_day_and_a_written_one_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "date", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_a_counted_day_that_agrees_is_no_disagreement(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
