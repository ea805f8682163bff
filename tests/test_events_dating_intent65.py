"""A statement of one's own intent or act, told in the simple past, is dated by the saying:

- ``sayer_is_the_doer`` (extract.STATEMENT_DATE_RULES): the act's subject is a personal pronoun,
  the sayer itself ("the cabinet said it would send a negotiator"), so the statement of its own intent
  dates it, as ``own_side_act_said`` does for a doer named by its state;
- :func:`chronica.events.extract._said_in_the_story`: a saying with no time in its sentence is
  told at the time the story has reached, the narrative's date.

Another's act only said to come, a saying in the present, and a threat of force stay undated.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show

#: (text, document date, type, date): the saying's own time, else the narrative's
DATED = [
    # the narrative's date, a day
    ("Floods cut the coastal road on 10 August 2023. Ruritania said it would send soldiers to the "
     "coast of Borduria to clear the debris.", "2023-09-01", "MOBILIZE", "2023-08-10"),
    # the narrative's date, a month
    ("Heavy rain cut the coastal road in April 2006. Borduria said it would negotiate with Ruritania.",
     "2006-05-02", "CONSULT", "2006-04"),
    # the saying's own date, a fronted one
    ("On 3 May 2010 the Bordurian government said it would send an envoy to Ruritania.",
     "2010-05-20", "CONSULT", "2010-05-03"),
    # a named sayer's own possessive doer, on the narrative's date
    ("A cargo ship ran aground off Szohod on 12 June 2008. The Ruritanian transport minister said his "
     "government would ask Borduria for tugboats.", "2008-06-30", "REQUEST", "2008-06-12"),
]


@pytest.mark.parametrize("text, dct, etype, date", DATED)
def test_an_intent_said_in_the_past_is_dated_by_the_saying(pipeline, text, dct, etype, date):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert events[0].date == date, [(e.type, e.trigger, e.date, e.date_source) for e in events]


#: (text, document date, type): no date of the saying
UNDATED = [
    # another's act said to come
    ("Fighting broke out at the border on 10 August 2023. Ruritania said that Borduria would send "
     "soldiers.", "2023-09-01", "MOBILIZE"),
    # a saying in the present
    ("Fighting broke out at the border on 10 August 2023. Ruritania says it will send soldiers.",
     "2023-09-01", "MOBILIZE"),
    # a threat of force: its happening has no date
    ("Fighting broke out at the border on 10 August 2023. Ruritania said that it would close the border.",
     "2023-09-01", "COERCE"),
    # a happening named below the act's verb: the pronoun is the fearer, not the doer
    ("Floods cut the coastal road on 10 August 2023. Ruritanian diplomats said they feared a war between "
     "Ruritania and Borduria could spread.", "2023-09-01", "ASSAULT"),
]


@pytest.mark.parametrize("text, dct, etype", UNDATED)
def test_another_s_act_or_a_present_saying_keeps_no_date(pipeline, text, dct, etype):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert all(e.date is None for e in events), [(e.type, e.trigger, e.date) for e in events]
