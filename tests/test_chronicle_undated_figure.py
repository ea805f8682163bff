"""A figure its sentence places at no time at all is no war's total by that alone: against a
figure dated to a day or a month it is compared by the occasion, the sentences worded alike
(:func:`chronica.chronicle.claim_conflicts.day_and_total`; "the herders fired on the farmers and
three villagers were killed" / "on 9 April herders opened fire on the farmers, killing two
villagers"). A figure dated to a year or a span, or told as the hostilities' toll as a whole, is
still another count than one day's. Names and sentences made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "claims"))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle.claim_conflicts import day_and_total, writes_time  # noqa: E402


def _figure(earliest=None, latest=None, whole=None, narrative=False, sentence="The guards fired and two were killed."):
    return SimpleNamespace(earliest=earliest, latest=latest or earliest, whole=whole, narrative=narrative,
                           sentence=sentence)


DAY = _figure("1989-04-09")
MONTH = _figure("1989-04-01", "1989-04-30")


@pytest.mark.parametrize("a, b, apart", [
    (DAY, _figure(), False),  # undated: the occasion decides
    (MONTH, _figure(), False),
    (_figure(), DAY, False),
    (DAY, _figure("1989-01-01", "1989-12-31"), True),  # a year's figure: a total
    (DAY, _figure("1985-01-01", "1990-12-31"), True),  # a span's
    (DAY, _figure(whole="war"), True),  # the war's toll, undated
    (DAY, _figure("1989-04-09", narrative=True), True),  # a date the narrative carried: placed roughly
    (DAY, _figure(sentence="An airlift in late April and May evacuated 170,000."), True),  # a time written, unplaced
    (DAY, _figure(sentence="By the 1980s some 4,000 had fled."), True),
    (DAY, _figure(sentence="The war killed 900 soldiers when the fort fell and after."), True),  # names the whole
    (DAY, _figure(sentence="The fighting lasted three days, and 44 soldiers were dead."), False),
    (DAY, MONTH, False),  # both fine
    (_figure(), _figure(), False),  # both undated
])
def test_day_and_total(a, b, apart):
    assert day_and_total(a, b) is apart


@pytest.mark.parametrize("sentence, writes", [
    ("The airlift in late April and May evacuated about 170,000.", True),
    ("In 1989 some 30 villagers were killed.", True),
    ("By the 1980s some 4,000 had fled.", True),
    ("The talks of Sept. 4 failed.", True),
    ("The guards opened fire, killing two villagers.", False),
    ("Some 2500 troops may be sent.", False),  # a figure, and "may" the verb
])
def test_writes_time(sentence, writes):
    assert writes_time(sentence) is writes


CONFLICTS = [
    ("undated-figure-shooting",
     "On 9 April 1989 a quarrel over grazing at Tesk, on the river bank, turned violent when herders from across the river opened fire on the farmers, killing two villagers.\n",
     "The herders fired on the farmers of Tesk and three villagers were killed, the first blood spilt in the valley.\n"),
    ("undated-figure-troops",
     "In February 1979 President Karel Vonn sent about 2,500 troops to support General Ivo Marek, but they proved of little use.\n",
     "Karel Vonn flew in some 4,500 soldiers to prop up Marek, which shows how desperate the general had become.\n"),
    ("undated-figure-wounded",
     "On 12 May 2001 a bomb hidden in a fruit stall exploded in the central market of Port Vesta, wounding 45 people.\n",
     "The market bombing in Port Vesta wounded more than 120 shoppers and traders, hospital staff said at the time.\n"),
]

LOOK_ALIKES = [
    ("undated-figure-war-total",  # the war's toll is not one day's
     "On 9 April 1989 herders opened fire on the farmers at Tesk, killing two villagers.\n",
     "The border war that followed killed about 80 villagers in all.\n"),
    ("undated-figure-year-total",  # a year's figure is not one day's
     "On 9 April 1989 herders opened fire on the farmers at Tesk, killing two villagers.\n",
     "In 1989 herders killed some 30 villagers along the river.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_an_undated_figure_and_a_dated_one_of_one_occasion_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_a_total_and_a_day_figure_are_no_disagreement(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
