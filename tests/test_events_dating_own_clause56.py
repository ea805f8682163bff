"""The time expression an event takes is the one its own verb governs in the parse
(:func:`chronica.events._dating.choose_sentence_ref`):

- a time the parser hangs on the event's own verb is the event's even when the verb was left out of
  the anchors the sentence's times were attached to (a verb the checks turned down, coded again as a
  dated happening: ``_hung_on``), so neither "Then," nor the clause above takes it away;
- a date written out right after a count from the narrative, with only a comma and a preposition
  between ("Three years later, on 14 March 1987"), restates the count whatever date the count was
  counted from (``_apposed``); a count from the date of writing keeps its year.

Every sentence here is invented (invented countries, people and dates)."""

from __future__ import annotations

import pytest

from dating_cases import event_dates


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


def _dates(full, text):
    return event_dates(full, text)


#: (text, trigger, date): a time hung on the event's own verb, a verb coded again after the checks
HUNG_ON_ITS_VERB_CASES = [
    ("The monarchy fell in 1930. Then, in May 1975, Ruritania's navy sank a Bordurian ship near the island of Vask.",
     "sank", "1975-05"),
    ("The truce held until 1958. Then, in the spring of 1966, the rebels of Sylvania came back to the hills.",
     "came", "1966-03"),
    # the verb of a temporal clause, left out of the anchors: its own time, not the main clause's
    ("When the rebels captured the port on 2 May 1977, Borduria closed its border on 6 May.", "captured", "1977-05-02"),
]


@pytest.mark.parametrize("text,trigger,date", HUNG_ON_ITS_VERB_CASES)
def test_time_hung_on_its_verb(full, text, trigger, date):
    dates = _dates(full, text)
    assert dates.get(trigger) == date, dates


def test_time_of_a_clause_below_stays_there(full):
    """A time at the end of a clause below the event ("for murdering X in 1999") is still not the
    event's own, though the parser hangs it on the event's verb."""
    dates = _dates(full, "A court in Borduria jailed the rebel leader for life for murdering a Ruritanian "
                         "diplomat in 1999.")
    assert "jailed" in dates and dates["jailed"] is None, dates



def test_time_before_another_clause_is_that_clauses(full):
    """A time fronted before another verb with its own subject is that clause's, though the parser
    hangs it on the event's verb (here "sailed" parsed as a relative clause of "year"): the reopening
    keeps its own date and its event."""
    dates = _dates(full, "The war ended in 1931. By the end of the year the last Dutch and Belgian troops had "
                         "sailed home, and the canal reopened in April 1932.")
    assert dates.get("reopened") == "1932-04", dates

#: (text, trigger, date): a date written out right after a count restates it
APPOSED_COUNT_CASES = [
    ("The republic was founded in 1960 and its charter was rewritten in 2005. Three years later, on 14 March 1987, "
     "the army of Sylvania deposed President Orlov.", "deposed", "1987-03-14"),
    ("The dispute was settled in 2012. Two years earlier, in the autumn of 1983, Ruritanian troops had shelled the "
     "border town of Vask.", "shelled", "1983-09"),
    ("The border was closed in 2016. Four months later, on 3 September 1994, Borduria expelled two Ruritanian "
     "diplomats.", "expelled", "1994-09-03"),
    ("The treaty was signed in 2015. Two years later, in June 1998, Ruritania recalled its ambassador from "
     "Borduria.", "recalled its ambassador", "1998-06"),
]


@pytest.mark.parametrize("text,trigger,date", APPOSED_COUNT_CASES)
def test_written_date_restates_the_count(full, text, trigger, date):
    dates = _dates(full, text)
    assert dates.get(trigger) == date, dates


def test_count_with_no_date_beside_it_stays(full):
    """A date told elsewhere in the sentence, not beside the count, does not replace it."""
    dates = _dates(full, "The republic was founded in 1960 and its charter was rewritten in 2005. Three years later "
                         "the army of Sylvania deposed President Orlov, who had ruled since 14 March 1987.")
    assert dates.get("deposed") == "2008", dates


def test_count_from_the_date_of_writing_keeps_its_year(full):
    """A count from the date of writing is not replaced by a bare month beside it, which the time
    stage reads alone ("last year, in April" in a page of 2031 is April 2030, not April 2031)."""
    dates = event_dates(full, "Ruritania began its offensive on Varna last year, in April.", "2031-06-02")
    assert dates.get("began its offensive") in ("2030", "2030-04"), dates
