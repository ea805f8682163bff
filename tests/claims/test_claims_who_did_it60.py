"""Who did a once-only act (session 60, issue 11): three parse readings of the doer and the thing.

- "X opened fire first": a first verb (``doers.first_verbs``: open-fire) done "first" says X
  started the hostilities, though "open" is also a once verb of starting a thing (its object,
  fire, is no hostility); before, the once class took it and dropped it (dev: kenuga, ghatgo).
- "X closed its side of the border": the act done to one side's part of a shared thing (a
  ``once_part_nouns`` noun) is done to the thing after its "of" (dev: ghatgo, benner).
- "It was X, not Y, who/that ...": a cleft's denied alternative, on which the parser hangs the
  relative clause, is not the doer; the doer is the noun it stands beside (dev: benner, and the
  same form in azeirn, gabgnq, zafmoz, prtind on acts of no once class).

Sentences written for these tests (invented events between real or invented states).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _agents(pipeline, text, topic):
    return [c.subject for c in pipeline(text)._.claims if c.kind == "agent" and c.topic == topic]


@pytest.mark.parametrize("text, expected", [
    ("Austrian troops opened fire first on 3 May 1985.", [["AUT"]]),
    ("It was the Chadian police who opened fire first at the crossing.", [["TCD"]]),
    ("Ghanaian border guards opened fire first, and Togolese troops answered.", [["GHA"]]),
    ("Austrian troops fired first on 3 May 1985.", [["AUT"]]),  # the first verb itself, as before
    # no "first": nothing says who started
    ("Austrian troops opened fire on the patrol on 3 May 1985.", []),
])
def test_opened_fire_first_started_the_hostilities(pipeline, text, expected):
    assert _agents(pipeline, text, "who started: hostilities") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chad closed its own side of the frontier after the raid.", [["TCD"]]),
    ("In May 2004 Niger shut its side of the border.", [["NER"]]),
    ("Bamako sealed its side of the land border in response.", [["MLI"]]),
    # a side of another thing, or another part of the border: no closing of the border
    ("Chad closed its side of the market in 2004.", []),
    ("Chad closed a crossing of the border in 2004.", []),
])
def test_a_side_of_the_border_closed_is_the_border_closed(pipeline, text, expected):
    assert _agents(pipeline, text, "who closed: border") == expected


@pytest.mark.parametrize("text, topic, expected", [
    # the parser hangs the relative clause on the denied noun ("the Malian envoy"): before, its doer
    ("It was Senegal's president, not the Malian envoy, who brokered the truce.", "who brokered: truce", [["SEN"]]),
    ("It was Malian diplomats, not the Algerian envoys, who brokered the truce.", "who brokered: truce", [["MLI"]]),
    # hung on the focus: as before
    ("It was Niamey, not Bamako, that closed the border in 2004.", "who closed: border", [["NER"]]),
    # a relative clause on a noun no "not" denies keeps its noun
    ("It was Senegal, which had long complained, that closed the border.", "who closed: border", [["SEN"]]),
    ("It was the Malian government that closed the border in 2004.", "who closed: border", [["MLI"]]),
])
def test_a_clefts_denied_alternative_is_not_the_doer(pipeline, text, topic, expected):
    assert _agents(pipeline, text, topic) == expected


@pytest.mark.parametrize("a, b, topic, conflicts", [
    ("Austrian troops opened fire first on 3 May 1985.",
     "It was Swiss gendarmes who opened fire first on 3 May 1985.", "who started: hostilities", True),
    ("Austrian troops opened fire first on 3 May 1985.",
     "Austrian soldiers fired first on 3 May 1985.", "who started: hostilities", False),
    ("It was Niamey, not Bamako, that shut its side of the border in May 2004.",
     "Bamako closed the land border in May 2004.", "who closed: border", True),
    ("It was Niamey, not Bamako, that shut its side of the border in May 2004.",
     "Niger closed the land border in May 2004.", "who closed: border", False),
    ("It was Malian diplomats, not the Algerian envoys, who brokered the truce in May 1994.",
     "Algerian envoys brokered the truce in May 1994.", "who brokered: truce", True),
])
def test_two_doers_of_one_act_disagree(pipeline, a, b, topic, conflicts):
    [ca] = [c for c in pipeline(a)._.claims if c.kind == "agent" and c.topic == topic]
    [cb] = [c for c in pipeline(b)._.claims if c.kind == "agent" and c.topic == topic]
    assert bool(conflict(ca, cb)) is conflicts
