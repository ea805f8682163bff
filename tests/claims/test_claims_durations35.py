"""How long one thing lasted (session 35, issue 11):

- what lasted, when the parse hangs the relative clause on a noun inside the lasting thing's
  phrase ("a ban on all imports that lasted three years": on "imports"; "a blockade on goods
  passing through the port, which lasted five months": on "port"): the nearest lasting noun up
  the phrase (``extract._lasting_thing``; "ban" and "boycott" join ``lasting_nouns``);
- two counts of one unit next to each other ("three years" / "four years", "one month" / "two
  months") disagree: each is read half a unit either side, so their intervals only touch
  (``rules.check_duration``).

Sentences written for these tests (made-up names), and look-alikes.
"""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import check_duration, duration_interval
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _lasted(pipeline, text):
    return [c.obj for c in pipeline(text)._.claims if c.kind == "duration"]


@pytest.mark.parametrize("text, obj", [
    ("Velmoria answered with a ban on all Kestrian imports that lasted three years.", "ban"),
    ("Velmoria imposed a blockade on Ostravan goods passing through Tarsk, which lasted about five months "
     "before relations were patched up in September.", "blockade"),
    ("The government imposed an embargo on Kestrian fruit passing through Dorvan, which lasted about five months "
     "before it was lifted.", "embargo"),
    ("The owners declared a boycott of Kestrian fish in Velmorian ports, which lasted two years.", "boycott"),
    ("The occupation of Dorvan, which lasted nine years, ended in 1989.", "occupation"),  # "of", as before
    ("The embargo against the northern provinces, which lasted four months, was lifted in May.", "embargo"),
])
def test_what_lasted_is_the_lasting_noun_up_the_phrase(pipeline, text, obj):
    assert _lasted(pipeline, text) == [obj]


@pytest.mark.parametrize("text, obj", [
    # the noun the clause hangs on is itself the thing that lasted ("talk" joins lasting_nouns)
    ("The talks with Kestria, which lasted about four months, collapsed in June.", "talk"),
    ("The blockade, which lasted barely three months, pushed Kestria toward the north.", "blockade"),
    ("The war lasted three weeks.", "war"),
])
def test_a_noun_that_lasted_itself_is_kept(pipeline, text, obj):
    assert _lasted(pipeline, text) == [obj]


def _duration(value: str, timex: str) -> SentenceClaim:
    low, high = duration_interval(timex)
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="duration", topic="how long: ban", value=value, start=0, end=0, low=low, high=high)


@pytest.mark.parametrize("a, b", [
    (("three years", "P3Y"), ("four years", "P4Y")),
    (("one month", "P1M"), ("two months", "P2M")),
    (("five weeks", "P5W"), ("six weeks", "P6W")),
    (("nine days", "P9D"), ("ten days", "P10D")),
])
def test_two_counts_next_to_each_other_disagree(a, b):
    assert check_duration(_duration(*a), _duration(*b)) is not None
    assert check_duration(_duration(*b), _duration(*a)) is not None


@pytest.mark.parametrize("a, b", [
    (("three years", "P3Y"), ("three years", "P3Y")),
    (("a year", "P1Y"), ("18 months", "P18M")),  # 18 months lies within "a year" read loosely
    (("three weeks", "P3W"), ("20 days", "P20D")),
    (("several months", "PXM"), ("nine months", "P9M")),
])
def test_overlapping_durations_agree(a, b):
    assert check_duration(_duration(*a), _duration(*b)) is None
