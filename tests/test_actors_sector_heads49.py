"""Who did it, round 49: a sector word of the agents dictionary that only modifies the noun after it.

Rule ``sector_word_modifies_head`` (chronica/actors/agents.py ``_sector_modified_head``): a sector word
("intelligence", "army", "farmers'") that modifies, as a noun compound or a plural possessor, a noun that is
the head word of some phrase of the agents dictionary (a body or a person: "agency", "chief", "union") but
makes no phrase of the dictionary with it, is that noun's agent - the mention reaches the head noun, so the
clause it is the subject or object of has its actor. Not a head that names no body or person of the
dictionary ("government consultations"), nor a sector word inside a name.

And in chronica/actors/resolve.py ``_extend_agent`` (``_modifies_later_noun``): "Pakistan's army" is the
state's armed forces, but in "Pakistan's army chief" the force word only modifies "chief"; the possessive
state stays a mention of its own and the person noun its agent.

Our own sentences, of the shapes of the wire items of the coding4 dev half (an army chief's visit, an
intelligence agency's help, a farmers' union's assent) and the dev subjects' organs of state."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states

CASES = [  # (text, trigger, the doer's state, the target's state or None)
    ("Norway's army chief held talks with Swedish defence officials in Stockholm on Monday.", "held talks", "NOR", "SWE"),
    ("Ghana's intelligence agency accused Togo of sheltering the plotters.", "accused", "GHA", "TGO"),
    ("Chile's largest farmers' union accused Argentina of dumping wheat.", "accused", "CHL", "ARG"),
    ("The Kenyan intelligence chief met Ugandan officials in Kampala.", "met", "KEN", "UGA"),
    ("Peru's navy chief visited Ecuador last week.", "visited", "PER", "ECU"),
]


@pytest.mark.parametrize("text,trigger,doer,target", CASES)
def test_sector_word_gives_its_head_noun_an_actor(pipeline, text, trigger, doer, target):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert doer in states(found[0], SOURCE), show(found)
    assert target is None or target in states(found[0], TARGET), show(found)


def _mentions(pipeline, text):  # noqa: ANN001, ANN202
    doc = pipeline.make_doc(text)
    doc._.dct = "2021-06-01"
    return pipeline(doc)._.actors


HEADS = [  # (text, the mention's words, whether the phrase is an agent reaching the head noun)
    ("Ghana's intelligence agency accused Togo.", "intelligence agency", True),
    ("Chile's largest farmers' union accused Argentina.", "farmers' union", True),
    ("Norway's army chief met Swedish officials.", "army chief", True),
    # a head that is no body or person of the dictionary: the sector word does not reach it
    ("Norway held the first government consultations with Sweden in six years.", "government consultations", False),
    ("Timor voted for independence after a long guerrilla war against Indonesian rule.", "guerrilla war", False),
    # the dictionary's own phrase is read as it is
    ("Iraqi border guards fired on Iranian troops.", "border guards", True),
]


@pytest.mark.parametrize("text,words,reaches", HEADS)
def test_the_mention_reaches_a_body_or_person_head(pipeline, text, words, reaches):
    texts = [m.text for m in _mentions(pipeline, text)]
    assert (words in texts) is reaches, texts


def test_possessed_force_alone_is_the_armed_forces(pipeline):
    mentions = _mentions(pipeline, "Pakistan's army entered the valley.")
    assert [(m.text, m.actor_id) for m in mentions if m.text.startswith("Pakistan")] == [("Pakistan's army", "PAK/military")]


def test_possessed_force_word_before_a_person_noun_leaves_the_state(pipeline):
    mentions = _mentions(pipeline, "Pakistan's army chief entered the valley.")
    assert ("Pakistan", "PAK") in [(m.text, m.actor_id) for m in mentions]
    assert "army chief" in [m.text for m in mentions]


def test_possessed_force_word_before_a_thing_stays_the_armed_forces(pipeline):
    """Only a person or body noun takes the force word from the state: "Chile's military deployment" is
    still Chile's armed forces deploying."""
    mentions = _mentions(pipeline, "Chile's military deployment alarmed Peru.")
    assert ("Chile's military", "CHL/military") in [(m.text, m.actor_id) for m in mentions]
