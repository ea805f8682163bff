"""Runs of spaces are no words (round 46, actors).

Rule ``spaces_are_no_words`` of ``chronica.actors.agents`` (:func:`word_before`,
:func:`word_after`): text extracted from justified or paged sources keeps runs of spaces between
words ("the  kingdom  cut  ties"); the tokenizer turns each extra space into a whitespace token,
and a check that reads "the word right before" (a definite description's determiner, "the" before
"two", an honorific or a title before a name) found that whitespace token instead of the word.
The actors stage now reads adjacency past whitespace tokens. The shapes come from the
double-spaced dev texts of egysau ("the kingdom" after the state named before), dnkdeu and
hunrou (paired and titled mentions in double-spaced paragraphs); the sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show


def _actors(pipeline, text):
    doc = pipeline.make_doc(text)
    doc._.dct = "2021-06-01"
    return pipeline(doc)._.actors


DESCRIBED = [  # (text, the description's words, the actor it stands for)
    ("Tunisia and Jordan quarrelled in 1990.  Three  years  later  the  kingdom  recalled  its  envoy.",
     "kingdom", "JOR"),
    ("The International Court of Justice heard the case in 2001.  In  2002  the  Court  ruled  against  Chile.",
     "Court", "ICJ"),
    ("Chile and Denmark signed a trade treaty in 1990.  In  1995  the  kingdom  closed  its  consulate.",
     "kingdom", "DNK"),
]


@pytest.mark.parametrize("text,words,actor", DESCRIBED)
def test_a_description_past_spaces_names_the_actor_before(pipeline, text, words, actor):
    mentions = [m for m in _actors(pipeline, text) if m.text == words]
    assert mentions, [(m.text, m.actor_id) for m in _actors(pipeline, text)]
    assert mentions[-1].actor_id == actor, [(m.text, m.actor_id, m.via) for m in mentions]


PAIRS = [  # (text, the pair's states)
    ("Chile and Bolivia quarrelled over the coast in 1960.  In  1962  the  two  governments  recalled  "
     "their  envoys.", {"CHL", "BOL"}),
    ("Chile and Bolivia quarrelled over the coast in 1960.  In  1962  both  governments  recalled  their  "
     "envoys.", {"CHL", "BOL"}),
    ("Ghana and Togo closed the border in 1982.  The  two  countries  reopened  it  in  1984.", {"GHA", "TGO"}),
]


@pytest.mark.parametrize("text,states", PAIRS)
def test_a_pair_past_spaces_is_one_collective(pipeline, text, states):
    pairs = [m for m in _actors(pipeline, text) if m.kind == "collective"]
    assert pairs, [(m.text, m.actor_id, m.kind) for m in _actors(pipeline, text)]
    assert set(pairs[0].actor_ids) == states
    assert pairs[0].text.split()[-1] in ("governments", "countries")  # the noun, not a space


TITLED = [  # (text, the name as the person's mention, kind)
    ("In  1975  Sir  Edward  Jones  met  the  Chilean  president  in  Lima.", "Edward  Jones"),
    ("In  1980  Dame  Alice  Brown  opened  the  embassy  in  Accra.", "Alice  Brown"),
    ("In  1990  Lord  Peter  Grey  visited  Lagos.", "Peter  Grey"),
]


@pytest.mark.parametrize("text,name", TITLED)
def test_a_title_past_spaces_makes_a_person(pipeline, text, name):
    mentions = [m for m in _actors(pipeline, text) if m.text == name]
    assert mentions and mentions[0].kind == "person", [(m.text, m.kind) for m in _actors(pipeline, text)]


def test_the_kingdom_past_spaces_does_the_act(pipeline):
    text = "Spain and Jordan signed a pact in 1970.  In  1980  the  kingdom  expelled  the  Spanish  ambassador."
    found = events_of(pipeline, text)
    expel = [e for e in found if e.trigger.startswith("expelled")]
    assert expel, show(found)
    assert "JOR" in {p.actor_id for p in expel[0].actors(SOURCE)}, show(expel)
