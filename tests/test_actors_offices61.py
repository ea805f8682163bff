"""A person's party from the document's own words and from the knowledge base's dated offices
(issue 9). Every sentence is written for these tests; the people in the resolver tables are
invented, the events in the knowledge-base table are invented for real leaders."""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions
from chronica.events.extract import extract_events


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = "2019-03-01") -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


@pytest.fixture(scope="module")
def pipe():
    from chronica.nlp import load_pipeline

    return load_pipeline(("chronica_time", "chronica_actors"))


def person(mentions: list[ActorMention], name: str) -> ActorMention:
    hits = [m for m in mentions if m.text == name and m.kind == "person"]
    assert hits, (name, [(m.text, m.kind) for m in mentions])
    return hits[0]


# Rule ``name_in_apposition_to_a_title``: the name set off by commas after a title's noun phrase
# holds that office of that state; a name in a list or starting a clause does not.
@pytest.mark.parametrize("text, name, country, role", [
    ("Portugal's president, Ana Berg, led the talks.", "Ana Berg", "PRT", "President of Portugal"),
    ("Two years later the rebels killed the Portuguese ambassador, Tomas Varga, near Dublin.",
     "Tomas Varga", "PRT", "Ambassador of Portugal"),
    ("In March a renegade Irish commander, Luis Torres, crossed into Portugal.", "Luis Torres", "IRL",
     "Commander of Ireland"),
    ("The Portuguese foreign minister, Ana Berg, met the Irish envoy.", "Ana Berg", "PRT",
     "Foreign Minister of Portugal"),
    ("Talks opened with the Irish prime minister, Luis Torres.", "Luis Torres", "IRL",
     "Prime Minister of Ireland"),
    ("He met the Portuguese ambassador, Ana Berg and Luis Torres in Dublin.", "Ana Berg", None, None),
    ("When the guests greeted the Portuguese ambassador, Ana Berg smiled at them.", "Ana Berg", None, None),
])
def test_name_in_apposition_to_a_title(run, text, name, country, role):
    m = person(run(text), name)
    assert (m.country, m.role) == (country, role)


# Rule ``title_name_of_state``: "President Jane Roe of Canada" - the state after the name is the
# title's; a body that is no state gives none.
@pytest.mark.parametrize("text, name, country", [
    ("President Luis Torres of Ireland met the press in Dublin.", "Luis Torres", "IRL"),
    ("Foreign Minister Ana Berg of Portugal flew to Dublin on Monday.", "Ana Berg", "PRT"),
    ("General Tomas Varga of the Fourth Brigade marched on Dublin.", "Tomas Varga", None),
    ("Foreign Minister Ana Berg flew to Dublin on Monday.", "Ana Berg", None),
])
def test_title_name_of_state(run, text, name, country):
    assert person(run(text), name).country == country


# The same rules reach the events: the person's state is the event's actor's state.
@pytest.mark.parametrize("text, name, state", [
    ("Two years later the rebels killed the Portuguese ambassador, Tomas Varga, near Dublin.", "Tomas Varga", "PRT"),
    ("In May 2011 President Luis Torres of Ireland recalled his ambassador from Portugal.", "Luis Torres", "IRL"),
])
def test_events_take_the_state_of_the_office(pipe, text, name, state):
    states = {p.text: p.state for e in extract_events(pipe(text)) for p in e.participants}
    assert states.get(name) == state


# ``KnowledgeBase._rising``: a leader named before the first office the knowledge base dates (an
# army commander, a rebel envoy, a minister) acts for the one state all their terms share; between
# terms and after the last one, as before, for none; nor for a state that does not exist yet.
@pytest.mark.parametrize("text, name, state", [
    ("On 12 May 1969 Idi Amin expelled the Tanzanian ambassador.", "Idi Amin", "UGA"),
    ("In March 1921 Eamon de Valera denounced the British government.", "Eamon de Valera", "IRL"),
    ("In June 1966 Suharto expelled the Malaysian envoy.", "Suharto", "IDN"),
    ("On 12 May 1985 Idi Amin denounced the Tanzanian government.", "Idi Amin", None),
    ("On 1 August 1974 Makarios rejected the Turkish proposal.", "Makarios", None),
])
def test_events_leader_before_his_first_term(pipe, text, name, state):
    states = {p.text: p.state for e in extract_events(pipe(text)) for p in e.participants}
    assert name in states, states
    assert states[name] == state


@pytest.mark.parametrize("name, date, state", [
    ("Idi Amin", "1969", "UGA"),
    ("Suharto", "1966", "IDN"),
    ("Idi Amin", "1985", None),          # after the last term
    ("Makarios", "1974-08-01", None),    # between terms
    ("Boris Yeltsin", "1991-08-20", None),  # before the state of his terms began
])
def test_kb_state_before_the_first_term(name, date, state):
    from chronica.events._actors import knowledge_base

    kb = knowledge_base()
    found = [a for a in kb.lookup(name) if a.kind == "person"]
    assert kb.state_for(found[0].id, date) == state
