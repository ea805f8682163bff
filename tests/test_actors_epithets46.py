"""A state's formal-name head stands for the one state named before of that name (round 46, actors).

Rule ``a_state_epithet_names_the_state_before`` of ``chronica.actors.agents``
(:func:`state_epithets`): "the new Islamic Republic", "the People's Republic", "the Republic",
"the Hashemite Kingdom" - a capitalised head of a state's formal name after "the", with no "of" of
its own - is the state named before in the document whose formal name (the knowledge base's name
and aliases) has that head and the words said before it, when exactly one does. The shapes come
from dev texts of iraniraq, zafmoz, philmys and gbrirl; the sentences here are invented (real
states, made-up happenings).
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show


def _actors(pipeline, text):
    doc = pipeline.make_doc(text)
    doc._.dct = "2021-06-01"
    return pipeline(doc)._.actors


EPITHETS = [  # (text, the description's last word, the state it stands for)
    ("Iran and Oman signed a fisheries pact in 2003. The new Islamic Republic openly called on Omani fishermen "
     "to respect the pact.", "Republic", "IRN"),
    ("China and Kenya opened a railway in 2017. In 2019 the People's Republic sent an ambassador to Nairobi.",
     "Republic", "CHN"),
    ("Ireland and Norway signed a fisheries accord in 1987. In 1991 voters in the Republic approved the change.",
     "Republic", "IRL"),
    ("Jordan and Egypt quarrelled over a canal in 1962. In 1963 the Hashemite Kingdom closed the border.", "Kingdom",
     "JOR"),
]


@pytest.mark.parametrize("text,head,state", EPITHETS)
def test_a_state_epithet_is_the_state_named_before(pipeline, text, head, state):
    mentions = [m for m in _actors(pipeline, text) if m.text.endswith(head)]
    assert mentions, [(m.text, m.actor_id) for m in _actors(pipeline, text)]
    assert mentions[-1].actor_id == state, [(m.text, m.actor_id, m.via) for m in mentions]


LEFT = [  # (text, the words): two states of that name before, a name of its own, a name the KB has
    ("Peru and Chile signed a wine treaty in 1997. In 1999 the Republic sent envoys to the border.", "Republic"),
    ("Chile and Argentina signed a wine accord in 2004. The People's Republic of Benin stayed neutral.",
     "People's Republic of Benin"),
    ("In 2011 the United Kingdom and Ireland met in London.", "United Kingdom"),
]


@pytest.mark.parametrize("text,words", LEFT)
def test_an_epithet_two_states_fit_or_a_name_is_left_alone(pipeline, text, words):
    mentions = [m for m in _actors(pipeline, text) if m.text == words or m.text == words.split()[-1]]
    assert all(m.via != "antecedent" for m in mentions), [(m.text, m.actor_id, m.via) for m in mentions]


def test_the_islamic_republic_does_the_act(pipeline):
    text = ("Iran and Oman signed a fisheries pact in 2003. The new Islamic Republic openly called on Omani "
            "fishermen to respect the pact.")
    found = events_of(pipeline, text)
    calls = [e for e in found if e.trigger.startswith("called")]
    assert calls, show(found)
    assert "IRN" in {p.actor_id for p in calls[0].actors(SOURCE)}, show(calls)
