"""A leader's government and a person's office over a period (session 68, actors68).

1. ``leader_names_the_government``: "the Doe government", "Roe's administration", "the government of
   Prime Minister Roe" - a government noun owned by a person the knowledge base does not resolve (a
   bare surname the tagger reads as a person or an organisation, or a name with a title) stayed a
   government of no state, so the event had no doer state. It is the government of the state the
   title gave the person, else of the one state the knowledge base's people of that surname held
   office for during the sentence's time (a dated term; else a dated Phoenix code, when only one
   person of the surname held one), a state the document names. Dev texts where it fires: ausnzl,
   ghatgo, usanic, zmbzwe.
2. ``office_within_the_period``: a person of the knowledge base sworn in during the year (or month)
   an event is dated to had no state, since the state was read at the period's first day only ("in
   1981" of a president in office from 20 January 1981). The one state whose office shares a day
   with the period is the person's then. Dev texts: usanic, usapan, egysdn, azeirn, codwars.
3. ``generic_body_of_its_state``: "Congress" and "the House of Representatives" are aliases of the US
   legislature, "the House of Commons" of the British one, so a Peruvian, Egyptian or Nepalese
   legislature was the United States' (and "the Philippine Congress" too). Such a bare agent noun
   names that state's body only in a document naming that state, with no other state's name right
   before it; otherwise it is the generic agent noun (the legislature of the state its modifier or
   context names). Dev texts: colper, nplind, chnphl, haidom, belcod.
The sentences and events here are our own.
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions
from chronica.actors.kb import load_kb
from chronica.events.extract import extract_events


@pytest.fixture(scope="module")
def mentions(time_actors):
    # the time stage first: the sentence's time is what says which Howard was in office
    return lambda text: resolve_mentions(time_actors(text), nlp=time_actors)


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


# ------------------------------------------------------------------ 1. a leader's government
@pytest.mark.parametrize("text, head, state", [
    ("The United States quarrelled with Iceland in 1979, and the Carter administration recalled its envoy from Reykjavik.",
     "administration", "USA"),
    ("Australia and Norway fell out in 2005, and the Howard government closed its embassy in Oslo.", "government", "AUS"),
    ("In 2031 Canadian Prime Minister Jane Doe's government expelled two Norwegian diplomats.", "government", "CAN"),
    ("In 2031 the government of Canadian Prime Minister Jane Doe expelled two Norwegian diplomats.",
     "government", "CAN"),
    ("Australia and Norway fell out in 2005, and the government of Howard closed its embassy in Oslo.",
     "government", "AUS"),
])
def test_a_leaders_government_is_the_leaders_states(mentions, text, head, state):
    ms = mentions(text)
    hit = [m for m in ms if m.text == head]
    assert hit and hit[0].country == state and hit[0].agent == "GOV", \
        [(m.text, m.actor_id, m.country, m.via) for m in ms]


@pytest.mark.parametrize("text, head", [
    ("Canada and Norway fell out in 2012, and the Howard government closed its embassy in Oslo.",
     "government"),  # no Howard in office then
    ("Australia and Norway fell out in 2009, and the Smith government closed its embassy in Oslo.",
     "government"),  # officials named Smith served several states then
    ("In 2005 the Howard government closed its embassy in Oslo.", "government"),  # Australia is not named
])
def test_a_leader_out_of_office_names_no_state(mentions, text, head):
    ms = mentions(text)
    hit = [m for m in ms if m.text == head]
    assert hit and hit[0].country is None, [(m.text, m.actor_id, m.country, m.via) for m in ms]


def test_a_leaders_supporters_are_no_government(mentions):
    ms = mentions("In 1979 Carter's supporters marched in Reykjavik.")
    assert not any(m.country == "USA" for m in ms), [(m.text, m.actor_id, m.country, m.via) for m in ms]


def test_the_event_of_a_leaders_government_has_its_doer(run):
    evs = [e for e in run("Australia and Norway fell out in 2005. That year the Howard government closed its embassy in Oslo.")
           if e.type == "SANCTION"]
    assert evs and any(p.role == "source" and p.state == "AUS" for p in evs[0].participants), \
        [(e.type, [(p.role, p.name, p.state) for p in e.participants]) for e in evs]


# ------------------------------------------------------------------ 2. an office begun within the period
@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("person, earliest, latest, state", [
    ("ronald_reagan", "1981-01-01", "1981-12-31", "USA"),  # sworn in on 20 January 1981
    ("ronald_reagan", "1981-01-01", "1981-01-01", None),  # a day: state_for's answer alone
    ("ronald_reagan", "1975-01-01", "1975-12-31", None),  # no office that year
    ("RUS", "1981-01-01", "1981-12-31", None),  # no person
])
def test_state_during_a_period(kb, person, earliest, latest, state):
    assert kb.state_during(person, earliest, latest) == state


@pytest.mark.parametrize("text, state", [
    ("In 1981 Ronald Reagan suspended economic aid to Ruritania.", "USA"),
    ("On 10 January 1981 Ronald Reagan criticised Ruritania.", None),  # before his term, a day's date
])
def test_the_doer_sworn_in_that_year_acts_for_the_state(run, text, state):
    evs = [e for e in run(text) if e.type != "OTHER"]
    doers = [p for e in evs for p in e.participants if p.role == "source" and p.name == "Ronald Reagan"]
    assert doers and doers[0].state == state, [(e.type, [(p.role, p.name, p.state) for p in e.participants]) for e in evs]


# ------------------------------------------------------------------ 3. a bare body noun of its own state
@pytest.mark.parametrize("text, word, state", [
    ("In March 2031 the Philippine Congress passed a fisheries law that angered Vietnam.", "Congress", "PHL"),
    ("President Jane Roe of Chile sent the treaty to Congress in 2031. Congress approved it in December 2031.",
     "Congress", "CHL"),
    ("The United States and Canada signed a fisheries pact in 2031, and Congress approved it in December.",
     "Congress", "USA"),
    ("In 2031 the British government signed an Arctic accord with Norway, and the House of Commons approved it in June.",
     "House of Commons", "GBR"),
])
def test_a_bare_body_noun_is_its_documents_states(mentions, text, word, state):
    ms = mentions(text)
    hit = [m for m in ms if m.text == word]
    assert hit and all(m.country == state for m in hit), [(m.text, m.actor_id, m.country, m.via) for m in ms]


def test_a_bare_body_noun_of_a_state_not_named_is_not_that_states(mentions):
    ms = mentions("Canada and Norway signed an Arctic accord in 2031, and the House of Commons approved it in June.")
    hit = [m for m in ms if m.text == "House of Commons"]
    assert hit and hit[0].country != "GBR" and hit[0].actor_id != "GBR-PARL", \
        [(m.text, m.actor_id, m.country, m.via) for m in ms]
