"""Who did it, round 50: the head nouns that stand for an actor, and a bare surname's state.

Rule ``agent_head_from_the_dictionary`` (chronica/events/_actors.py ``agent_heads``): a noun stands for
the actor named in its modifiers when it ends phrases of the Phoenix agents dictionary that mostly act
for their state (``state_body_heads``: chief, commission, council, committee, ...; not bank, union,
student) or is in the hand list of what that dictionary lacks
(president, king, parliament, ...); the ontology's arms are not among them (a weapon stands for its
state only as ``_force_of_its_state`` says).

Rule ``surname_of_a_person_of_a_named_state`` (chronica/actors/resolve.py ``_state_of_surname``): a
one-word name the tagger calls a person, that no one named before answers to, takes the one state
of the knowledge base's people of that surname (spelling and accents folded) that the document
names; it stays unresolved (two leaders may share a surname and a state). Not a word the document
uses as a place, nor when no state or several fit.

Rule ``title_state_over_its_modifiers`` (chronica/actors/resolve.py ``_state_over_modifiers``): a title
before a name takes the state named before its own lowercase modifiers ("the Peruvian opposition leader X").

And the countries table (chronica/actors/data/countries.tsv) names national legislatures by their own
word (Storting, Sejm, Dáil) among the buildings that stand for their state.

Our own sentences."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states

HEADS = [  # (text, trigger, the doer's state or body, the target's state)
    ("The UN chief urged Chile to release the detained sailors.", "urged", "UN", "CHL"),
    ("A Kenyan trade commission accused Uganda of dumping sugar.", "accused", "KEN", "UGA"),
    ("The Ghanaian council of chiefs condemned Togo's raid.", "condemned", "GHA", "TGO"),
    ("The Chilean committee of inquiry accused Bolivia of lying.", "accused", "CHL", "BOL"),
]


@pytest.mark.parametrize("text,trigger,doer,target", HEADS)
def test_a_dictionary_head_noun_stands_for_its_modifier(pipeline, text, trigger, doer, target):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert doer in states(found[0], SOURCE), show(found)
    assert target in states(found[0], TARGET), show(found)


def test_agent_heads_join_the_dictionary_and_the_hand_list():
    from chronica.events._actors import HAND_AGENT_HEADS, agent_heads

    heads = agent_heads()
    assert {"chief", "council", "committee", "commission", "officer"} <= heads  # from the agents dictionary
    assert {"president", "king", "parliament", "embassy"} <= heads  # what the dictionary lacks
    assert not {"missile", "jet", "aircraft"} & heads  # arms act only as forces of their state
    assert not {"bank", "union", "student", "priest"} & heads  # heads of phrases that mostly do not act for a state
    from chronica.actors import load_kb
    from chronica.actors.agents import state_body_heads

    assert not HAND_AGENT_HEADS & state_body_heads(load_kb())  # the hand list holds only what the dictionary lacks


def _mentions(pipeline, text, dct="1990-05-01"):  # noqa: ANN001, ANN202
    doc = pipeline.make_doc(text)
    doc._.dct = dct
    return pipeline(doc)._.actors


SURNAMES = [  # (text, the one-word name, the state it takes or None)
    ("Libya and Malta quarrelled over the shelf. In 1976 Qaddafi signed a treaty with Malta.", "Qaddafi", "LBY"),
    ("Chad accused Niger of arming rebels. A year later Déby flew to Niamey to talk.", "Déby", "TCD"),
    ("Spain and Portugal disputed the river. In 1968 Franco ceded the islet to Portugal.", "Franco", "ESP"),
    # no state of the document fits: the name stays without one
    ("In 1976 Qaddafi signed a treaty with his neighbours.", "Qaddafi", None),
    # a word the document uses as a place is no surname
    ("Rebels fought in Goma for a week. Congo said Goma had fallen to the rebels.", "Goma", None),
]


@pytest.mark.parametrize("text,name,state", SURNAMES)
def test_a_bare_surname_takes_the_state_of_its_people(pipeline, text, name, state):
    found = [m for m in _mentions(pipeline, text) if m.text == name]
    assert found, [(m.text, m.actor_id, m.country) for m in _mentions(pipeline, text)]
    assert all(m.country == state and m.actor_id is None for m in found), [(m.text, m.actor_id, m.country, m.via) for m in found]


def test_a_bare_surname_gives_its_event_the_state(pipeline):
    text = "Libya and Malta quarrelled over the shelf. In 1976 Qaddafi signed a treaty with Malta."
    found = [e for e in events_of(pipeline, text, "1990-05-01") if e.trigger == "signed a treaty"]
    assert found and "LBY" in states(found[0], SOURCE), show(found)


LEGISLATURES = [  # (text, trigger, the doer's state): a national legislature named by its own word
    ("The Storting condemned the Icelandic trawler raids.", "condemned", "NOR"),
    ("In 1964 the Dáil approved the fishing treaty with Norway.", "approved", "IRL"),
    ("The Sejm condemned the Russian decision.", "condemned", "POL"),
    ("The Saeima ratified the rail treaty with Poland in 1996.", "ratified the rail treaty", "LVA"),
]


@pytest.mark.parametrize("text,trigger,doer", LEGISLATURES)
def test_a_legislature_named_by_its_own_word_acts_for_its_state(pipeline, text, trigger, doer):
    found = [e for e in events_of(pipeline, text, "2010-05-01") if e.trigger == trigger]
    assert found, show(events_of(pipeline, text, "2010-05-01"))
    assert doer in states(found[0], SOURCE), show(found)


TITLED = [  # (text, the name, the state its title's noun phrase names before the title's own modifiers)
    ("The Peruvian opposition leader Juan Perez flew to Quito for medical treatment.", "Juan Perez", "PER"),
    ("Bolivia's caretaker prime minister Ana Quispe visited Lima in May.", "Ana Quispe", "BOL"),
    ("The Chinese vice foreign minister Li Wen met Indian officials in Delhi.", "Li Wen", "CHN"),
    ("The Brazilian naval captain Joao Lima inspected the port of Montevideo.", "Joao Lima", "BRA"),
    # no state before the title's modifiers: none
    ("The famous lawyer John Smith defended the Greek sailors.", "John Smith", None),
]


@pytest.mark.parametrize("text,name,state", TITLED)
def test_a_title_takes_the_state_before_its_modifiers(pipeline, text, name, state):
    found = [m for m in _mentions(pipeline, text, "2010-05-01") if m.text == name]
    assert found and found[0].country == state, [(m.text, m.country, m.via) for m in _mentions(pipeline, text)]
