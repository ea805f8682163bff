"""Dated predicates that were left OTHER (HAPPEN) although PLOVER codes them (issue 9, happen39).

- "went to <a capital, a state or a place>" is a visit (CONSULT visit), as "travelled to" and "flew
  to" are: the ontology's VISIT form reads "go to"; the dictionary codes "go" only as CAMEO 040,
  which needs two resolved actors of different states, so a visitor the knowledge base does not know
  ("the intelligence chief") or a capital the tagger misreads was left a bare happening.
- going to a court or an organisation takes a case there, and people going somewhere in numbers
  ("rescue teams", "refugees") move, neither is a visit (check ``went_to_a_body``); going to war, to
  the polls or into operation is no visit either; "wanted to go" has no "go to" (the infinitive
  marker is no word of the phrase).
- initialling an accord is signing its text: SUPPORT (CAMEO 057), as ``sign {ACCORD}``.

Sentences written for the test in the style of the dev texts (ethiopia, korkor, armtur, nldidn,
cyprus; srbkos, egyeth, nldidn).
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _coded(nlp, text):
    trace = []
    events = extract_events(nlp(text), trace=trace)
    return events, [(c.form, c.vetoed_by) for c in trace]


VISITS = [
    # (sentence, the visitor's words)
    ("On 14 July 2018 President Isaias Afewerki went to Addis Ababa for the first time in twenty years.", "Isaias"),
    ("In May 1972 Lee Hu-rak went secretly to Pyongyang to meet the North's leaders.", "Lee Hu-rak"),
    ("Serzh Sargsyan went to Bursa in October 2009 to watch the return match.", "Sargsyan"),
    ("In March 2005 the Dutch foreign minister went to Jakarta.", "minister"),
    ("In August 1974 President Makarios went to London.", "Makarios"),
    ("In March 1993 two Eritrean delegations went to Addis Ababa.", "delegations"),
]


@pytest.mark.parametrize("text, visitor", VISITS, ids=[t[0][:40] for t in VISITS])
def test_happen39_went_to_a_place_is_a_visit(nlp, text, visitor):
    events, _ = _coded(nlp, text)
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert visits, [(e.type, e.form, e.trigger) for e in events]
    assert any(visitor in p.text for p in visits[0].participants if p.role == "source")


NOT_VISITS = [
    ("In April 2013 Bolivia went to the International Court of Justice.", "went_to_a_body"),
    ("In 1963 the two states went to war over the border.", None),
    ("In January 2011 around three million southerners went to the polls.", None),
    ("The pipeline went into operation in 1996.", None),
    # people going somewhere in numbers: a movement of people, no visit
    ("In September 1999 Turkish rescue teams went to Greece after the earthquake.", "went_to_a_body"),
    ("In 1967 thousands of Eritrean refugees went to Sudan.", None),
    ("In July 1994 Rwandan soldiers went to Zaire.", "a_force_makes_no_visit"),  # type40's check, before went_to_a_body
    # a common noun of no place as the destination: a case taken to court
    ("Uruguay went to court in 2006 over the pulp mill.", None),
    ("In 2006 Argentina had gone to the court in The Hague over the mills.", "went_to_a_body"),
]


@pytest.mark.parametrize("text, check", NOT_VISITS, ids=[t[0][:40] for t in NOT_VISITS])
def test_happen39_going_that_is_no_visit(nlp, text, check):
    events, vetoed = _coded(nlp, text)
    assert not [e for e in events if e.form == "VISIT"], [(e.type, e.form, e.trigger) for e in events]
    if check:
        assert ("VISIT", check) in vetoed, vetoed


INITIALLED = [
    ("On 19 April 2013 Hashim Thaci and Ivica Dacic initialled the agreement in Brussels.", "initialled"),
    ("Egypt initialled the draft agreement in Washington in February 2020.", "initialled"),
    ("On 15 November 1946 the Netherlands and the Republic initialled the Linggadjati Agreement.", "initialled"),
]


@pytest.mark.parametrize("text, verb", INITIALLED, ids=[t[0][:40] for t in INITIALLED])
def test_happen39_initialling_an_accord_is_signing_it(nlp, text, verb):
    events, _ = _coded(nlp, text)
    signed = [e for e in events if verb in e.trigger]
    assert signed and signed[0].type == "SUPPORT" and signed[0].cameo == "057", \
        [(e.type, e.form, e.trigger, e.cameo) for e in events]


def test_happen39_accord_initialled_by_its_signers(nlp):
    # "initial" is a light verb as "sign" is: the participle of an accord noun carries it
    events, _ = _coded(nlp, "A treaty initialled by Janez Drnovsek and Ivica Racan on 20 July 2001 was never ratified.")
    assert any(e.type == "SUPPORT" and e.date == "2001-07-20" for e in events), \
        [(e.type, e.trigger, e.date) for e in events]


def test_happen39_initialled_without_an_accord_is_no_signing(nlp):
    events, _ = _coded(nlp, "In 2013 the clerk initialled every page of the minutes.")
    assert not [e for e in events if e.type == "SUPPORT" and "initialled" in e.trigger]
