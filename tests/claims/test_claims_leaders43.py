"""Who led a side's party (session 43, "who" disagreements lost at no-claim).

Sources name different persons as the leader of one state's delegation, team or force: swenor
(the Swedish delegation "was led by" / "headed by" one prime minister, "X led the Swedish
delegation" in another source), nldidn (the Dutch delegation / team "was led by" two different
men), idntls (the multinational force "commanded by" two different generals), ugatan (the force
"commanded by" / the attack "led by"). Only the once-only verbs of ``once_predicates`` made agent
claims, so none of these did. Now each person in the subject or agent of a ``doers.leading_verbs``
verb on a ``doers.led_things`` noun is an ``agent`` claim "who led for <state>: <noun>"
(:func:`chronica.claims.extract.find_leaders`), judged as signatories are: different persons for
one state's party, dated within ``person_role_max_days``, disagree; co-leaders, one person written
two ways and parties years apart do not.

Sentences written for these tests, in the dev texts' shapes (names invented).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict



def _leaders(full, text):
    return sorted((c.topic, c.persons[0]) for c in full(text)._.claims
                  if c.kind == "agent" and c.topic.startswith("who led for "))


@pytest.mark.parametrize("text, expected", [
    # passive with its agent (swenor, nldidn shape)
    ("In August 1905 the Swedish delegation was led by Karl Lindqvist.",
     [("who led for SWE: delegation", "name:karl lindqvist")]),
    # active subject (swenor shape)
    ("In August 1905 Erik Holmgren led the Swedish delegation at the talks.",
     [("who led for SWE: delegation", "name:erik holmgren")]),
    # reduced relative, the leader with a title (swenor, nldidn shape)
    ("In November 1946 the Dutch delegation, headed by the former prime minister Pieter Vermeulen, arrived.",
     [("who led for NLD: delegation", "name:pieter vermeulen")]),
    # a force commanded by a titled officer (idntls, ugatan shape)
    ("In September 1999 the Australian force commanded by Major General Colin Barrett landed at the port.",
     [("who led for AUS: force", "name:colin barrett")]),
])
def test_each_leader_is_a_claim_for_the_side(full, text, expected):
    assert _leaders(full, text) == expected


@pytest.mark.parametrize("text", [
    "In 1905 the Swedish delegation was not led by Karl Lindqvist.",  # negated
    "In 1905 Karl Lindqvist would lead the Swedish delegation.",  # to come
    "In 1905 Karl Lindqvist led the Swedish economy out of recession.",  # not a party
    "In 1905 the Swedish delegation was led by the prime minister.",  # names no person
])
def test_no_leader_claim(full, text):
    assert _leaders(full, text) == []


def _claim(full, text):
    [c] = [c for c in full(text)._.claims if c.kind == "agent" and c.topic.startswith("who led for ")]
    return c


@pytest.mark.parametrize("a, b, conflicts", [
    # two persons, one state's delegation, one month (swenor shape)
    ("In August 1905 the Swedish delegation was led by Karl Lindqvist.",
     "In August 1905 Erik Holmgren led the Swedish delegation at the talks.", True),
    # two generals for one force, one year (idntls shape)
    ("In September 1999 the Australian force commanded by Major General Colin Barrett landed at the port.",
     "In September 1999 the Australian force, led by General Ian Whitlock, landed at the port.", True),
    # one person written two ways
    ("In August 1905 the Swedish delegation was led by Karl Lindqvist.",
     "In August 1905 the Swedish delegation, headed by Prime Minister Karl Lindqvist, arrived.", False),
    # co-leaders: one source names one of them (ugatan shape)
    ("In January 1972 the Swedish force was commanded by Karl Lindqvist and Erik Holmgren.",
     "In January 1972 the Swedish force was led by Erik Holmgren.", False),
    # two delegations years apart
    ("In August 1905 the Swedish delegation was led by Karl Lindqvist.",
     "In 1921 Erik Holmgren led the Swedish delegation at the talks.", False),
    # undated: it may be another delegation
    ("The Swedish delegation was led by Karl Lindqvist.",
     "Erik Holmgren led the Swedish delegation.", False),
])
def test_leaders_of_one_party_disagree_when_they_differ(full, a, b, conflicts):
    ca, cb = _claim(full, a), _claim(full, b)
    assert ca.topic == cb.topic
    assert bool(conflict(ca, cb)) is conflicts


def test_co_leaders_are_one_claim(full):
    c = _claim(full, "In January 1972 the Swedish force was commanded by Karl Lindqvist and Erik Holmgren.")
    assert c.persons == ["name:erik holmgren", "name:karl lindqvist"]
