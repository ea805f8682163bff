"""A verb of outbreak ("broke out", "erupted", "began") whose subject is the noun of another event
of its sentence tells when that happening began, not a second happening
(``extract._onsets_of_nouns``): one event, the noun's, dated by the verb when it has no date of
its own. The constructions come from the dev texts (indmal "a revolt broke out in ... on ...",
srbkos and malsgp "... riots broke out across/in ... on ...", sudssd "after civil war broke out in
... in ..."), each exported as two events before; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, noun, etype, date", [
    ("A revolt broke out in Freedonia on 4 June 1922, which the capital openly welcomed.",
     "revolt", "ASSAULT", "1922-06-04"),  # an armed rising is fighting (session 43, force43)
    ("In April 1998 ethnic riots broke out across Ruritania, killing 12 people and burning dozens of shops.",
     "riots", "PROTEST", "1998-04"),
    ("Communal riots broke out in the port city on 9 August 1971 during a festival procession.",
     "riots", "PROTEST", "1971-08-09"),
    ("After a civil war broke out in Freedonia in December 2013, Ruritania positioned itself as a mediator.",
     "war", "ASSAULT", "2013-12"),
])
def test_an_outbreak_is_its_nouns_happening(pipeline, text, noun, etype, date):
    events = events_of(pipeline, text)
    assert not any(e.trigger.startswith("broke") for e in events), show(events)
    ours = [e for e in events if e.trigger == noun]
    assert len(ours) == 1 and ours[0].type == etype and (ours[0].date or "").startswith(date), show(events)


@pytest.mark.parametrize("text, trigger", [
    # no event of the subject's own: the verb tells the happening
    ("Heavy fighting broke out between Ruritania and Freedonia on 2 May 1921.", "broke out"),
    # the verb is no outbreak
    ("The war between Ruritania and Freedonia ended on 2 May 1921.", "war"),
])
def test_the_verb_stays_without_a_noun_event(pipeline, text, trigger):
    events = events_of(pipeline, text)
    assert [e.trigger for e in events] == [trigger], show(events)
