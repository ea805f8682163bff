"""A founding told with two stated dates years apart is two foundings of one state - a first
independence and a regained one, an independence and a republic proclaimed later - not one
founding its sources date two ways (:data:`chronica.chronicle.merge.ONCE_SLIP_YEARS`). Dates a
year or so apart stay one founding whose sources slip (the conflict is a disagreement), and a
person's death stays one happening whatever its sources say. Invented sentences."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import actor, mention, needs_minilm

from chronica.events.model import SOURCE

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, date a, sentence b, date b, type, actor, one happening?)
FOUNDINGS = [
    # a first independence and a regained one, seventy years apart
    ("Borvia proclaimed its independence in the Tarsk opera house on 1 October 1920.", "1920-10-01",
     "Borvia declared its full independence again on 4 May 1991.", "1991-05-04", "FOUND", "BOR", False),
    # an independence and a republic proclaimed five years later
    ("Aldoria became independent on 3 March 1961.", "1961-03-03",
     "In 1966 Aldoria became a republic, and its prime minister became its president.", "1966", "FOUND",
     "ALD", False),
    # an independence won, and a union of the whole island two decades on
    ("The colony became Cestia, which won its independence in 1812 after a long revolt.", "1812",
     "The history of Cestia begins with its unification of the whole island in 1834.", "1834", "FOUND",
     "CES", False),
    # one independence, its sources a few months apart: one founding, dated two ways
    ("Borvia proclaimed its independence on 1 October 1920.", "1920-10-01",
     "Borvia became independent in 1921, when the great powers recognised it.", "1921", "FOUND", "BOR", True),
    # one independence, its sources a day apart
    ("Aldoria became independent on 18 May 1961.", "1961-05-18",
     "Aldoria became independent on 19 May 1961 after eighty years of colonial rule.", "1961-05-19", "FOUND",
     "ALD", True),
]


def _pair(case) -> list:
    a, da, b, db, etype, who, _ = case
    ms = [mention(1, a, etype, date=da), mention(2, b, etype, date=db)]
    for m in ms:
        m.participants = [actor(SOURCE, who)]
    return ms


@needs_minilm
@pytest.mark.parametrize("case", FOUNDINGS, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_foundings_years_apart_are_two(case) -> None:
    groups = merge.cluster_mentions(_pair(case))
    assert (len(groups) == 1) is case[-1]


@pytest.mark.parametrize("case", FOUNDINGS, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_refounded_is_the_date_gap(case) -> None:
    a, b = (merge._info(m) for m in _pair(case))
    assert merge._refounded(a, b) is not case[-1]


def test_a_death_has_no_slip_limit() -> None:
    assert "DIE" not in merge.ONCE_SLIP_YEARS
    ms = [mention(1, "Marek Voss died in Tarsk in 1971.", "DIE", date="1971"),
          mention(2, "Marek Voss died in Tarsk in 1975.", "DIE", date="1975")]
    for m in ms:
        m.participants = [actor(SOURCE, "p-voss")]
    a, b = (merge._info(m) for m in ms)
    assert not merge._refounded(a, b)
