"""The complement of a verb of saying coordinated after a dated clause, both in the simple past,
takes the earlier clause's time (``_dating.earlier_clause_ref`` through ``_saying_above``).
Invented sentences."""

from __future__ import annotations

import pytest

from dating_cases import event_dates

CASES = [
    ("In March 2011 the rebels seized the port, and the government said that it rejected any talks.",
     "rejected", "2011-03"),
    ("In 2009 Valdoria closed the pass, and Ostland announced that it condemned the move.", "condemned", "2009"),
    ("In May 2016 the army shelled the border town, and the ministry stated that it rejected the ceasefire.",
     "rejected", "2016-05"),
    # a look back ("had condemned") is not told at the earlier clause's time
    ("In 2009 Valdoria closed the pass, and Ostland said that it had condemned the plan in secret.",
     "condemned", None),
    # a saying in the present is the writer's
    ("In 2009 Valdoria closed the pass, and Ostland says that it condemns the move.", "condemns", None),
]


@pytest.mark.parametrize("text,trigger,date", CASES)
def test_saying_after_a_dated_clause(time_actors, text: str, trigger: str, date: str | None) -> None:
    assert event_dates(time_actors, text)[trigger] == date
