"""A proposal, a motion or an accord voted down, or voted against, is rejected (PLOVER REJECT: "refusal or
rejection of a request, proposal or agreement"), not excluded or boycotted: PETRARCH2 files "vote down" with
the verbs of exclusion (CAMEO 170), whose code asks for an actor excluded, and codes "vote against" not at
all, so the vote was left a happening of no type. The ontology's REJECT form lists both phrasal verbs
beside "turn down" (session 64, type64: dev texts btnnpl, irqtur, pakafg, usaphl). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_cases import events_of, show


@pytest.fixture(scope="module")
def run(pipeline):
    return lambda text: events_of(pipeline, text)


@pytest.mark.parametrize("text, doer, target", [
    ("In 2011 the upper house of the Bolivian parliament voted the water accord down.", "BOL", None),
    ("The water accord never took effect: the upper house of the Bolivian parliament voted it down in 2011.",
     "BOL", None),
    ("On 9 June 2015 the Bolivian parliament voted down a motion to buy Argentine gas.",
     "BOL", None),
    ("Ghana voted against Bolivia's admission to the regional bank in 1988.", "GHA", "BOL"),
    ("In April 2006 the Bolivian Senate voted against the new fisheries treaty.", "BOL", None),
])
def test_voted_down_or_against_is_a_rejection(run, text, doer, target):
    events = run(text)
    votes = [e for e in events if e.trigger.startswith("voted")]
    assert votes and votes[0].type == "REJECT", show(events)
    assert doer in {p.state or p.actor_id for p in votes[0].actors("source")}, show(votes)
    assert target is None or target in {p.state or p.actor_id for p in votes[0].actors("target")}, show(votes)


@pytest.mark.parametrize("text", [
    "Most deputies voted for the budget in May 2016.",  # a vote for is no rejection
    "In 2009 the voters of the province voted in a referendum on autonomy.",
])
def test_other_votes_are_no_rejection(run, text):
    assert not [e for e in run(text) if e.type == "REJECT"], show(run(text))
