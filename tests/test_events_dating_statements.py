"""An event told by a statement is dated by the statement when it has no time of its own: a
stance (threat, demand) is the saying itself, and an actor's report of its own act or refusal
is dated by the report, as event coders date a story's events. A report of another's act keeps
no date of the report (the court's ruling day is not the invasion's)."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, dct, etype, date", [
    # threats: the warning is the event (PLOVER THREATEN)
    ("North Korea warned on Monday that it would shoot down American bombers over the sea.",
     "2017-09-26", "THREATEN", "2017-09-25"),
    ("Iran warned on Tuesday that it would attack Saudi oil tankers in the Gulf.",
     "2019-05-15", "THREATEN", "2019-05-14"),
    # demands: the saying is the REQUEST
    ("Washington warned on Friday that Iraq must withdraw from Kuwait.",
     "1990-08-20", "REQUEST", "1990-08-17"),
    # an actor's report of its own act
    ("Thailand said on Monday that it had lodged a formal protest with Laos over the shelling.",
     "2011-02-08", "ACCUSE", "2011-02-07"),
    ("Egypt's interior ministry said on Monday that it had detained 40 members of a banned group.",
     "2016-04-26", "COERCE", "2016-04-25"),
    # an intent said on a fronted date (PLOVER AGREE)
    ("On 3 May 2004 the ruling council announced that Kenya would accept the arbitration ruling.",
     "2004-05-10", "AGREE", "2004-05-03"),
    # an actor's own refusal, said late on a day
    ("The Moroccan foreign ministry said in a statement late on Tuesday that it rejected the Algerian decision.",
     "2021-11-05", "REJECT", "2021-11-02"),
])
def test_a_statement_dates_the_stance_or_own_act_it_tells(pipeline, text, dct, etype, date):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert events[0].date == date, [(e.type, e.trigger, e.date) for e in events]


@pytest.mark.parametrize("text, dct, etype", [
    ("The court ruled on Tuesday that Iraq had invaded Kuwait.", "1991-05-10", "ASSAULT"),
    ("Egypt's foreign ministry said on Tuesday that Algeria had closed its airspace.", "2021-11-05", "COERCE"),
    ("Kenya said on Tuesday that Uganda would close the border.", "2020-03-20", "COERCE"),
    # a number in the sayer's name is no time of the saying
    ("Security Council Resolution 1973 stated that Libya must halt its attacks on civilians.", "2011-03-20", "REQUEST"),
])
def test_a_report_of_anothers_act_keeps_no_date_of_the_report(pipeline, text, dct, etype):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert all(e.date is None for e in events), [(e.type, e.trigger, e.date) for e in events]
