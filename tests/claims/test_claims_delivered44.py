"""Who delivered a note for a side: one person's act, as brokering and convening are (session 44).

Dev texts tell who handed a government a note or memorandum in three shapes: dnkdeu ("the German
minister, X, hands the Danish government a memorandum", "X presented the government with a
memorandum", "X handed the Danish foreign minister a memorandum"), hunrou ("the Entente's
representative, X, handed Budapest a note", "X presented the government with an Entente note"),
bgdmmr ("handed him a strong protest note"). The ``deliver`` class of ``once_predicates`` (its
things ``once_objects``, also after "with": ``once_given_with``) makes an agent claim "who
delivered: <thing>" with the persons named (``doers.person_roles``); two sources naming different
persons for one delivery dated alike disagree (``doers.dated_roles``).

Sentences written for these tests, in the dev texts' shapes (names invented).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict


def _delivered(full, text):
    return sorted((c.topic, tuple(c.persons)) for c in full(text)._.claims
                  if c.kind == "agent" and c.topic.startswith("who delivered"))


@pytest.mark.parametrize("text, expected", [
    # "the X minister, Y, hands the government a memorandum" (dnkdeu shape)
    ("At dawn on 9 April 1940 the German minister, Karl Hollen, hands the Danish government a memorandum.",
     [("who delivered: memorandum", ("name:karl hollen",))]),
    # "Y presented the government with a memorandum" (dnkdeu, hunrou shapes)
    ("In the early hours of 9 April 1940 the German minister, Karl Hollen, presented the government with "
     "a memorandum.", [("who delivered: memorandum", ("name:karl hollen",))]),
    ("On 20 March 1919 the French lieutenant-colonel Karl Hollen presented the government with an Entente "
     "note demanding a withdrawal.", [("who delivered: note", ("name:karl hollen",))]),
    # "Y handed the minister a note" (hunrou, bgdmmr shapes)
    ("On 20 March 1919 the French envoy, Karl Hollen, handed the Hungarian foreign minister a note.",
     [("who delivered: note", ("name:karl hollen",))]),
])
def test_who_delivered_a_note(full, text, expected):
    assert _delivered(full, text) == expected


@pytest.mark.parametrize("text", [
    "In 1919 the mayor handed the keys of the city to the French general.",  # not a note
    "In 1919 Karl Hollen presented his credentials to the king.",  # not a note
    "In 1919 Karl Hollen did not hand the government the note.",  # not done
])
def test_no_delivery(full, text):
    assert _delivered(full, text) == []


def test_two_persons_delivering_one_note_disagree(full):
    a = "At dawn on 9 April 1940 the German minister, Karl Hollen, hands the Danish government a memorandum."
    b = "On 9 April 1940 the German envoy, Ivan Petrov, presented the Danish government with a memorandum."
    c = "On 2 June 1943 the German envoy, Ivan Petrov, presented the Danish government with a memorandum."
    [ca] = [x for x in full(a)._.claims if x.topic.startswith("who delivered")]
    [cb] = [x for x in full(b)._.claims if x.topic.startswith("who delivered")]
    [cc] = [x for x in full(c)._.claims if x.topic.startswith("who delivered")]
    assert ca.topic == cb.topic and conflict(ca, cb)
    assert not conflict(ca, cc)  # three years apart: two memoranda
