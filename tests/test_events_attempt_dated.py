"""An attempt or an offer told in the past tense is a happening of the narrative: "the OAU
attempted to mediate", "Amin offered to settle the quarrel", "Iran undertook to end its aid" were
done then, whatever came of what they sought. The event of the complement (coded as the
attempt's act, or as the AGREE of an intent) takes the attempt verb's own time, else the
narrative's, as any past act does; an attempt told in the future or with a modal, or a request
("urged X to withdraw"), stays undated. Case table written for these tests, in the style of the
encyclopedia, wire and textbook texts where the undated attempts were seen."""

from __future__ import annotations

import pytest
from event_cases import extracted as _events


@pytest.fixture
def full(time_actors):
    """The pipeline with the time and actor stages, as a build runs it (conftest's ``time_actors``)."""
    return time_actors


#: (text, trigger, date): the attempt's date, from the narrative or from its own expression
ATTEMPT_CASES = [
    # encyclopedia: an attempt to mediate right after a dated declaration of war
    ("Ruritania declared war on Borduria in a radio address on 4 March 1961. The Arab League "
     "attempted to mediate, but Ruritania insisted that the League first condemn the raid.",
     "mediate", "1961-03-04"),
    # wire: an offer, the narrative's month
    ("In May 1983 Borduria's army crossed the river. General Ortega offered to settle the quarrel "
     "with Ruritania by a duel instead.", "settle", "1983-05"),
    # textbook: an offer to withdraw, the narrative's year (the dictionary phrase "offered" carries it)
    ("The tide of the war turned in 1982. Saddam Hussein tried to cash out: he offered to withdraw "
     "his forces to the border.", "offered", "1982"),
    # textbook: a try, the narrative's year
    ("The fighting spread along the coast in 1941. Brazil tried to negotiate a truce between Peru "
     "and Ecuador.", "negotiate", "1941"),
    # an undertaking in a treaty sentence dated before it
    ("The two governments signed an accord in Algiers in March 1975. Iran undertook to end its "
     "aid to the Kurdish rebels.", "end", "1975-03"),
]


@pytest.mark.parametrize("text,trigger,date", ATTEMPT_CASES)
def test_attempt_told_in_the_past_is_dated(full, text, trigger, date):
    events = [e for e in _events(full, text) if e.trigger.split()[0] == trigger]
    assert events, [(e.trigger, e.summary) for e in _events(full, text)]
    assert {e.date for e in events} == {date}


#: (text, trigger): no act told, no date
UNDATED_CASES = [
    ("In May 1983 Borduria's army crossed the river. The United States will try to mediate "
     "between Borduria and Ruritania.", "mediate"),
    ("In May 1983 Borduria's army crossed the river. Ruritania could offer to withdraw its troops "
     "from the border.", "withdraw"),
]


@pytest.mark.parametrize("text,trigger", UNDATED_CASES)
def test_attempt_not_told_stays_undated(full, text, trigger):
    events = [e for e in _events(full, text) if e.trigger.split()[0] == trigger]
    assert all(e.date is None for e in events), [(e.trigger, e.date, e.summary) for e in events]
