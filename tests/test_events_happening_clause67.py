"""A happening's noun told by a relative clause that it took place (issue 10, events dated):

- ``happening_clause``: the verb of a relative clause on the noun whose relative pronoun is the
  subject of a verb of outbreak or opening ("the talks that opened in Lima in April 1983") or the
  passive subject of a light verb ("the talks that were held in Lima in October 1957") is the noun's
  own predicate, and its time the noun's; a clause of another act ("that were criticised in 1994",
  "which Chile denounced in 1990") dates nothing of the noun's.
- talks or an accord with no party named keep the date of such a clause, or of a light verb's
  participle telling them ("talks held in Lima in October 1957 were useful"), as they keep that of a
  verb of their outbreak.

Case tables written for these tests (invented facts between real countries)."""

from __future__ import annotations

import pytest
from event_cases import extracted as _events


@pytest.fixture
def full(time_actors):
    """The pipeline with the time and actor stages, as a build runs it (conftest's ``time_actors``)."""
    return time_actors


#: (text, trigger, date): the relative clause telling the noun took place dates it
CLAUSE_CASES = [
    ("The talks between Chile and Norway that opened in Oslo in April 1983 were conducted under UN mediation.",
     "talks", "1983-04"),
    ("The fishing talks between Chile and Norway that were held in Lima in October 1957 were a failure.",
     "talks", "1957-10"),
    ("The talks that opened in Oslo in April 1983 were conducted under UN mediation.", "talks", "1983-04"),
    ("The pact between Chile and Norway which was signed in Santiago on 3 May 1990 is still in force.",
     "pact", "1990-05-03"),
]


@pytest.mark.parametrize("text,trigger,date", CLAUSE_CASES)
def test_a_clause_telling_the_happening_dates_its_noun(full, text, trigger, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, [(e.trigger, e.date) for e in _events(full, text)]
    assert {e.date for e in events} == {date}


#: (text, trigger): a relative clause of another act on the noun gives it no date
OTHER_ACT_CASES = [
    ("The talks between Chile and Norway that were criticised in 1994 failed.", "talks"),
    ("The pact between Chile and Norway which Chile denounced in 1990 lapsed.", "pact"),
]


@pytest.mark.parametrize("text,trigger", OTHER_ACT_CASES)
def test_a_clause_of_another_act_does_not_date_the_noun(full, text, trigger):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, [(e.trigger, e.date) for e in _events(full, text)]
    assert {e.date for e in events} == {None}


#: (text, trigger, date): talks with no party named keep the date of a participle or clause telling them
DOERLESS_CASES = [
    ("Talks held in Lima in October 1957 were useful.", "Talks", "1957-10"),
    ("The talks that were held in Lima in April 1983 were conducted under UN mediation.", "talks", "1983-04"),
]


@pytest.mark.parametrize("text,trigger,date", DOERLESS_CASES)
def test_talks_with_no_party_keep_their_own_clause_date(full, text, trigger, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, [(e.trigger, e.date) for e in _events(full, text)]
    assert {e.date for e in events} == {date}


#: a noun with "the" that names again the thing of the sentence before is that happening, not a second one
RESTATED_CASES = [
    "Chile and Norway opened fishing talks in 1979. The talks, held in a ferry on 14 September 1981, failed.",
    "The talks were tense. The talks held in a ferry on 14 September 1981 failed.",
]


@pytest.mark.parametrize("text", RESTATED_CASES)
def test_a_noun_named_just_before_is_no_second_doerless_happening(full, text):
    assert not [e for e in _events(full, text) if not e.actors("source") and e.date == "1981-09-14"], [
        (e.trigger, e.date) for e in _events(full, text)]
