"""Two dated happenings the extractor used to pass over (issue 9, events found):

- ``said_act``: a verb of saying whose object is a thing named, not a clause ("announced a new
  fishing limit on 3 May 1990", "declared a curfew"), tells an act of its own, kept as a dated
  happening of its named doer; a clause said, a quotation or a pronoun is a content, coded on its
  own verb, and the saying stays no happening.
- ``begun_act``: "began pumping oil in May 1990", "began to sell state farms in 1976": the act
  begun, no trigger coding it, is the named beginner's dated happening; a negated beginning is
  none, and a complement a trigger codes ("began to shell the town") keeps its own coding.

Case tables written for these tests (invented facts between real countries)."""

from __future__ import annotations

import pytest
from event_cases import extracted as _events


@pytest.fixture
def full(time_actors):
    """The pipeline with the time and actor stages, as a build runs it (conftest's ``time_actors``)."""
    return time_actors


#: (text, trigger, date, doer state): a saying of a thing named is a dated happening of its doer
SAID_ACT_CASES = [
    ("Ghana announced a new fishing limit on 3 May 1990.", "announced", "1990-05-03", "GHA"),
    ("Norway declared a curfew in the capital on 12 March 1987.", "declared", "1987-03-12", "NOR"),
    ("In June 1971 Kenya proclaimed a national park on the northern shore of the lake.", "proclaimed", "1971-06",
     "KEN"),
]


@pytest.mark.parametrize("text,trigger,date,state", SAID_ACT_CASES)
def test_saying_a_thing_named_is_a_dated_act(full, text, trigger, date, state):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, [(e.trigger, e.summary) for e in _events(full, text)]
    assert {e.date for e in events} == {date}
    assert any(p.actor_id and p.actor_id.startswith(state) for e in events for p in e.participants
               if p.role == "source")


#: (text, trigger): a content said (a clause, a quotation) or a pronoun object makes no happening of the saying
SAID_CONTENT_CASES = [
    ("Ghana announced on 3 May 1990 that it would build a deep-water port.", "announced"),
    ("Norway said on 12 March 1987 that the fishing talks had failed.", "said"),
    ('On 12 March 1987 Kenya declared: "We will not yield an inch of the shore."', "declared"),
    ("Ghana announced it on 3 May 1990.", "announced"),
]


@pytest.mark.parametrize("text,trigger", SAID_CONTENT_CASES)
def test_a_content_said_is_no_happening_of_the_saying(full, text, trigger):
    assert not [e for e in _events(full, text) if e.trigger == trigger]


#: (text, trigger, date, doer state): the act begun, no trigger coding it, dated, its doer the beginner
BEGUN_ACT_CASES = [
    ("Chile began pumping oil from the offshore field in May 1990.", "pumping", "1990-05", "CHL"),
    ("In 1976 the Ghanaian government began to privatise the state farms.", "began", "1976", "GHA"),
    ("Kenya started building the new railway on 4 June 1965.", "building", "1965-06-04", "KEN"),
]


@pytest.mark.parametrize("text,trigger,date,state", BEGUN_ACT_CASES)
def test_an_act_begun_is_the_beginners_dated_happening(full, text, trigger, date, state):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, [(e.trigger, e.summary) for e in _events(full, text)]
    assert {e.date for e in events} == {date}
    assert any(p.actor_id and p.actor_id.startswith(state) for e in events for p in e.participants
               if p.role == "source")


#: (text, trigger of an event that must not be made)
NOT_BEGUN_CASES = [
    ("Chile did not begin pumping oil from the offshore field in May 1990.", "pumping"),
    ("The long rains began in May 1990.", "began"),
    # the complement of a verb that is no verb of beginning is no act begun
    ("The talks ended with Ghana refusing to show up in February 2020.", "show"),
    ("Ghana stopped paying the debt in 1956.", "paying"),
]


@pytest.mark.parametrize("text,trigger", NOT_BEGUN_CASES)
def test_no_act_begun(full, text, trigger):
    assert not [e for e in _events(full, text) if e.trigger == trigger]


def test_a_coded_act_begun_keeps_its_coding(full):
    """"began to shell the town": the shelling's own event (an assault, dated), no happening of "shell"
    left uncoded beside it."""
    events = _events(full, "Chile began to shell the border town on 4 May 1990.")
    assert [(e.type, e.date) for e in events if e.trigger == "shell"] == [("ASSAULT", "1990-05-04")]
