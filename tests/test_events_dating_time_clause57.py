"""A relative clause on a word of a time expression is dated by that expression when the event's own
verb governs no time of its own (:func:`chronica.events._dating._clause_of_the_time`, the named check
``clause_of_the_time``): "in 1988, when Borduria objected", "the end of the year the troops sailed
home". The time the event's own verb governs still wins ("in 1946, when they signed a pact on 29
March").

Every sentence here is invented (invented countries, people and dates)."""

from __future__ import annotations

import pytest

from dating_cases import event_dates


def _dates(pipe, text):
    return event_dates(pipe, text)


#: (text, trigger, date): the clause's event takes the time its clause modifies
CLAUSE_OF_THE_TIME_CASES = [
    # the second verb of a "when" clause, coordinated after the first
    ("The quarrel revived in 1988, when Ruritania granted a mining concession in the strip and Borduria objected.",
     "objected", "1988"),
    # a passive coordinated in the "when" clause
    ("It ended on 14 May 1962, when the assembly, under pressure from Borduria, voted to dissolve itself and "
     "Sylvania was annexed as a province.", "annexed", "1962-05-14"),
    # a fronted "by" phrase the parser reads as a relative clause's noun, a later clause with its own date
    ("The war ended in 1931. By the end of the year the last Dutch and Belgian troops had sailed home, and the "
     "canal reopened in April 1932.", "sailed", "1931"),
]


@pytest.mark.parametrize("text,trigger,date", CLAUSE_OF_THE_TIME_CASES)
def test_clause_takes_the_time_it_modifies(time_actors, text, trigger, date):
    dates = _dates(time_actors, text)
    assert dates.get(trigger) == date, dates


def test_its_own_time_wins(time_actors):
    """A time the clause's own verb governs stays the event's."""
    dates = _dates(time_actors, "The story begins in 1946, when Ruritania and Borduria signed a treaty of friendship on "
                         "29 March.")
    assert dates.get("signed a treaty") == "1946-03-29", dates
