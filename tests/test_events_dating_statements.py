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
    # an intent said on a fronted date: to accept a ruling is a concession, a future one stays CONCEDE
    # (the PLOVER manual: future concessions "do not reduce to AGREE"; session 61)
    ("On 3 May 2004 the ruling council announced that Kenya would accept the arbitration ruling.",
     "2004-05-10", "CONCEDE", "2004-05-03"),
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
    # the border closed to the neighbour the story names curtails exchanges (SANCTION; session 56, neighbour_given)
    ("Kenya said on Tuesday that Uganda would close the border.", "2020-03-20", "SANCTION"),
    # a number in the sayer's name is no time of the saying
    ("Security Council Resolution 1973 stated that Libya must halt its attacks on civilians.", "2011-03-20", "REQUEST"),
])
def test_a_report_of_anothers_act_keeps_no_date_of_the_report(pipeline, text, dct, etype):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert all(e.date is None for e in events), [(e.type, e.trigger, e.date) for e in events]


# ``reported_present_is_the_saying`` (extract.STATEMENT_DATE_RULES): a present perfect or
# progressive told in a dated statement speaks of the time of saying, not of the date of writing
# (made-up sentences; a deictic opening the sentence, a weekday, a written date; another's act or
# a joint one)
REPORTED_PRESENT = [
    ("Yesterday the Peruvian foreign minister said that Peru and Chile have signed a new fisheries accord.",
     "2021-06-10", "SUPPORT", "2021-06-09"),
    ("The Ghanaian army said on Monday that Togolese soldiers are shelling the border villages.",
     "2021-06-10", "ASSAULT", "2021-06-07"),
    ("A Thai spokesman told reporters on Tuesday that Cambodia has deployed tanks along the border.",
     "2021-06-10", "MOBILIZE", "2021-06-08"),
    ("On 2 June the Chilean foreign ministry said that Bolivia has recalled its ambassador.",
     "2021-06-10", "SANCTION", "2021-06-02"),
]


@pytest.mark.parametrize("text, dct, etype, date", REPORTED_PRESENT)
def test_reported_present_is_the_saying(pipeline, text, dct, etype, date):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert (events[0].date, events[0].date_source) == (date, "sentence"), [(e.type, e.trigger, e.date) for e in events]
    assert "reported_present_is_the_saying" in events[0].checks


def test_a_present_perfect_said_without_a_date_keeps_the_document_date(pipeline):
    """No time of saying: the date of writing, as before."""
    # a border closed to the neighbour is SANCTION discontinue (recode.exchange_curtailed); its form is the closing's
    events = [e for e in events_of(pipeline, "Togo has closed its border with Ghana, the minister said.", "2021-06-10")
              if e.form == "COERCE"]
    assert events and events[0].date == "2021-06-10" and events[0].date_source == "document"


# ``own_side_act_said``: a state's head, ministry or government tells an act or intent of its own
# state, alone or with another; compared by state (the president speaks, the country acts), also
# when the act is only planned or possible
OWN_SIDE_ACT = [
    ("The Peruvian president said on Thursday that Peru would send two frigates to the disputed waters.",
     "2021-06-12", "MOBILIZE", "2021-06-10"),
    ("Ghana's foreign ministry said on 4 May 2011 that Ghana and Togo had signed a fishing accord.",
     "2011-05-20", "SUPPORT", "2011-05-04"),
    ("The Kenyan government said on Friday that Kenya would expel two Somali diplomats.",
     "2021-06-10", "SANCTION", "2021-06-04"),
    ("On 2 June the Ghanaian president announced that Ghana would recall its ambassador from Togo.",
     "2021-06-10", "SANCTION", "2021-06-02"),
]


@pytest.mark.parametrize("text, dct, etype, date", OWN_SIDE_ACT)
def test_own_side_act_said(pipeline, text, dct, etype, date):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert events[0].date == date, [(e.type, e.trigger, e.date) for e in events]
    assert "own_side_act_said" in events[0].checks


@pytest.mark.parametrize("text, dct, etype", [
    # another state's intent, told by a head of state: no date of the report
    ("The Chilean president said on Monday that Bolivian troops would attack the border post.", "2021-06-10", "ASSAULT"),
    ("Ghana said on Tuesday that Togo would reopen the border.", "2021-06-10", "CONCEDE"),
    # its own act of force, only said to come: a threat, the happening undated
    ("On 3 June 1990 Ghana said it would seize the oil fields.", "1990-06-10", "COERCE"),
])
def test_another_states_intent_keeps_no_date_of_the_report(pipeline, text, dct, etype):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert all(e.date is None for e in events), [(e.type, e.trigger, e.date) for e in events]


# ``sayers_own_doer``: the doer is named by a possessive pronoun pointing back to the sayer ("his
# troops", "his government", "his soldiers"): the sayer's own act, dated by the statement as
# ``own_side_act_said`` dates one named by its state (made-up sentences: a recall announced with a
# fronted date, a withdrawal under way told on a weekday, one to come told to a parliament)
SAYERS_OWN_DOER = [
    ("On 2 June the Ghanaian president announced that his government would recall its ambassador from Togo.",
     "2021-06-10", "SANCTION", "2021-06-02"),
    ("The Kenyan president said on Friday that his troops were leaving Somalia.", "2021-06-10", "RETREAT", "2021-06-04"),
    ("The Ugandan defence minister told parliament on 5 March 2019 that his soldiers would withdraw from Congo.",
     "2019-04-01", "RETREAT", "2019-03-05"),
]


@pytest.mark.parametrize("text, dct, etype, date", SAYERS_OWN_DOER)
def test_sayers_own_doer(pipeline, text, dct, etype, date):
    events = [e for e in events_of(pipeline, text, dct) if e.type == etype]
    assert events, show(events_of(pipeline, text, dct))
    assert events[0].date == date, [(e.type, e.trigger, e.date) for e in events]
    # since the actor stage reads "his government" / "his troops" as the state of the pronoun's referent
    # (organ_of_the_pronouns_referent), ``own_side_act_said`` may date the act first: either check is the
    # sayer's own act dated by the statement
    assert {"sayers_own_doer", "own_side_act_said"} & set(events[0].checks), events[0].checks


def test_anothers_troops_named_by_their_state_keep_no_date_of_the_report(pipeline):
    text, dct = "The Kenyan president said on Friday that Ugandan troops were leaving Somalia.", "2021-06-10"
    events = [e for e in events_of(pipeline, text, dct) if e.type == "RETREAT"]
    assert events and all(e.date is None for e in events), show(events)
