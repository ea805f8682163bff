"""Who held a role in one act (session 68, issue 11: "who" disagreements lost at no-claim).

- Who proposed a plan (once class ``propose``: "X proposed a joint commission", "it was X who put
  forward the idea of a pipeline", "the swap was first put forward by X"): an ``agent`` claim "who
  proposed: <thing>", the thing after "of" of a plan's noun (``once_content_nouns``: "the idea of a
  pipeline" is the pipeline). Two sources naming different doers of one plan disagree; proposals at
  stated dates that exclude one act are two proposals (``doers.apart_roles``).
- Who led a side's raid, front, committee or attack (``doers.led_things``), "directed" a leading
  verb, and the noun of a cleft or relative pronoun leads ("it was X who directed the front").

Sentences invented for these tests (invented plans and raids).
"""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import same_agent
from chronica.claims.rules import conflict


def _agents(full, text, prefix):
    return [(c.topic, c.subject) for c in full(text)._.claims if c.kind == "agent" and c.topic.startswith(prefix)]


@pytest.mark.parametrize("text, expected", [
    # a cleft, the plan's noun with its "of"
    ("It was Norway that put forward the idea of a joint fisheries commission.",
     [("who proposed: commission", ["NOR"])]),
    # a passive with "first", the particle after the adverb
    ("The idea of a rail link was first put forward by Chile.",
     [("who proposed: link", ["CHL"])]),
    # a plain active proposal, the doer a capital
    ("In 1987 Oslo proposed a joint fisheries commission.",
     [("who proposed: commission", ["NOR"])]),
    # negated: no claim
    ("Norway never proposed a joint fisheries commission.", []),
    # "put" without "forward" is no proposal
    ("Chile put the rail link on hold in 1987.", []),
])
def test_who_proposed_a_plan(full, text, expected):
    assert _agents(full, text, "who proposed") == expected


def _claim(full, text, prefix):
    [c] = [c for c in full(text)._.claims if c.kind == "agent" and c.topic.startswith(prefix)]
    return c


@pytest.mark.parametrize("a, b, conflicts", [
    # two states named as the plan's author
    ("It was Norway that put forward the idea of a joint fisheries commission.",
     "The joint fisheries commission was proposed by Chile.", True),
    # one state named twice (a capital and the state)
    ("It was Norway that put forward the idea of a joint fisheries commission.",
     "The joint fisheries commission was proposed by Oslo.", False),
    # stated dates years apart: two proposals
    ("In 1987 Oslo proposed a joint fisheries commission.",
     "In 2004 Chile proposed a joint fisheries commission.", False),
])
def test_two_authors_of_one_plan_disagree(full, a, b, conflicts):
    ca, cb = _claim(full, a, "who proposed"), _claim(full, b, "who proposed")
    assert same_agent(ca, cb, None)
    assert bool(conflict(ca, cb)) is conflicts


@pytest.mark.parametrize("text, expected", [
    ("In March 1961 the Chilean raid was led by Colonel Tomas Arriaga.", [("who led for CHL: raid", ["CHL"])]),
    # a cleft: the cleft's noun directed the front
    ("It was Colonel Tomas Arriaga of Chile who directed the northern front in 1961.",
     [("who led for CHL: front", ["CHL"])]),
    ("In 1961 a Norwegian committee headed by Ola Brekke travelled to the capital.",
     [("who led for NOR: committee", ["NOR"])]),
    # directed a thing that is no side's party: no claim
    ("In 1961 Tomas Arriaga directed the Chilean film.", []),
])
def test_who_led_a_raid_front_or_committee(full, text, expected):
    assert _agents(full, text, "who led for") == expected
