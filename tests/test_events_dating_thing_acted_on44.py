"""Session 44: a time that names a thing a verb acts on - the verb's direct object, by a modifier
("the 1997 ceasefire") - is that thing's date, not the time of the act done to it (``_dating.ATTACHMENT_CHECKS["thing_acted_on"]``): not
the verb's own event, not the thing's noun told with that verb as its carrier ("ended the 1997
ceasefire"), not another event of the sentence ("invoked the 1959 pact and requested help"). A
light verb that makes the thing ("signed the 1962 treaty") and the thing named alone ("the 1994
massacre") keep its date. Sentences written for this test after the shape of three dev texts (a
ceasefire ended in a later year, a treaty terminated in a notification, a defence agreement invoked
before a request for help)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.stages import prepare


def _dates(full, text):
    """The date of each event of the text, by trigger (``full``: the build's pipeline, tests/conftest.py)."""
    doc = full(prepare(full, text, None))
    return {e.trigger: e.date for e in extract_events(doc)}


#: (text, trigger, date): the act on a dated thing takes its clause's time, or none
ACT_CASES = [
    ("In March 2004 Osterland troops crossed the river and the rebels ended the 1997 ceasefire.",
     "ended the 1997 ceasefire", "2004-03"),
    ("In June 1999 the cabinet met in Ostia, and the rebels ended the 1988 truce.",
     "ended the 1988 truce", "1999-06"),
    ("Following the seizure of Mombasa on 12 May 1975 by mutineers, the president of Kenya invoked the "
     "1964 defence arrangements and requested Tanzanian help.", "requested", "1975-05"),
    ("In 1986 the army ended the 1979 truce.", "ended the 1979 truce", "1986"),
]


@pytest.mark.parametrize("text,trigger,date", ACT_CASES)
def test_act_on_a_dated_thing_is_not_dated_by_the_things_date(full, text, trigger, date):
    dates = _dates(full, text)
    assert trigger in dates
    assert dates[trigger] == date


#: (text, trigger, date): the thing's date is the event's own
KEPT_CASES = [
    ("The two governments signed the 1962 treaty in Vienna.", "signed the 1962 treaty", "1962"),
    ("The 1994 massacre at the border post killed forty people.", "massacre", "1994"),
    ("In 1984 Ruritania abrogated the 1962 treaty.", "abrogated", "1984"),
]


@pytest.mark.parametrize("text,trigger,date", KEPT_CASES)
def test_the_things_own_event_keeps_its_date(full, text, trigger, date):
    assert _dates(full, text).get(trigger) == date


#: (text, trigger, date): a happening's noun acted on, and a clause below the acting verb, keep the
#: thing's date
HAPPENING_CASES = [
    ("Egypt and Jordan sign an armistice ending the 1956 war.", "ending the 1956 war", "1956"),
    ("Mugabe won the 2008 election with most of the vote after the opposition parties boycotted it.",
     "boycotted", "2008"),
]


@pytest.mark.parametrize("text,trigger,date", HAPPENING_CASES)
def test_a_happening_noun_and_a_clause_below_keep_the_things_date(full, text, trigger, date):
    assert _dates(full, text).get(trigger) == date

