"""A vote's tally from the parse: "by N votes to M" (the figure of a vote noun and the figure
after its "to"), "N votes in favour", "by N votes" alone, the subject of a vote verb with its side
("N deputies voted in favour", "N countries voted for it"), a split written "N-M" hanging from a
deciding verb or noun ("the court ruled N-M", "a N-M ruling"); each side a count claim (votes for,
votes against), exact. Two tallies are one vote when they are dated to one day (or, undated,
worded alike) and decide the same finding (a denied finding is another one). Sentences written
for these tests, each construction modelled on three or more dev texts ("by N votes to M":
bgdmmr, guyven, indmal, srbkos, eridji; "N-M": guyven, srbkos; a vote verb's subject or "by N
votes": srbkos, eridji), and look-alikes (a margin, votes cast, a denied finding, two votes)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _tallies(pipeline, text):
    return sorted((c.topic, c.low, c.modifiers) for c in pipeline(text)._.claims
                  if c.kind == "count" and c.topic.startswith("votes "))


@pytest.mark.parametrize("text, tally", [
    # a vote noun's figure and the figure after its "to"
    ("The tribunal gave its award by 14 votes to 3, and Velmar received most of the gulf.",
     [("votes against", 3, []), ("votes for", 14, [])]),
    ("By eleven votes to five, the Court found that it could hear the case.",
     [("votes against", 5, []), ("votes for", 11, [])]),
    ("The resolution, adopted by 13 votes to none, was the first of its kind.",
     [("votes against", 0, []), ("votes for", 13, [])]),
    # a side written after the noun; "by N votes" alone is the votes for
    ("Resolution 2210 passed with 12 votes in favour, with Kestria voting against.", [("votes for", 12, [])]),
    ("The assembly of Tarsia declares independence by 91 votes.", [("votes for", 91, [])]),
    # the subject of a vote verb, with its side
    ("According to the official record, 87 deputies voted in favour.", [("votes for", 87, [])]),
    ("Ten countries voted for it, Kestria voted against, two abstained.", [("votes for", 10, [])]),
    ("Only 40 members voted against the motion.", [("votes against", 40, [])]),
    # a split in one word or three, from a deciding verb or noun
    ("On 9 June 2015 the court ruled 8–3 that the treaty still bound both states.",
     [("votes against", 3, []), ("votes for", 8, [])]),
    ("The judges rule 7-4 that the blockade did not breach the convention.",
     [("votes against", 4, ["not"]), ("votes for", 7, ["not"])]),
    # a finding denied: "not" in the clause the vote decided
    ("The Court also found, by fourteen votes to one, that it does not have jurisdiction over the later claims.",
     [("votes against", 1, ["not"]), ("votes for", 14, ["not"])]),
])
def test_a_tally_from_the_parse(pipeline, text, tally):
    assert _tallies(pipeline, text) == tally


@pytest.mark.parametrize("text", [
    "On 1 June 2010 the motion failed by 5 votes.",  # a margin
    "The bill was defeated by 12 votes in the upper house.",
    "In the referendum some 4.5 million votes were cast.",  # votes cast, no side
    "Some 3.8 million people voted.",
    "Velmar beat Tarsia 3-1 in the final.",  # a score: no deciding word
    "The war of 1975-1976 left the port in ruins.",
    "Looting followed on 21-22 April.",
])
def test_no_tally(pipeline, text):
    assert _tallies(pipeline, text) == []


CONFLICTS = [
    ("split-against-split",
     "On 4 May 2011 the tribunal gave its award by 14 votes to 3, and Velmar received most of the gulf.\n",
     "4 May 2011 - The tribunal awards most of the gulf to Velmar by 13 votes to 4.\n"),
    ("split-words-against-dash",
     "On 9 June 2015 the court ruled 8–3 that the treaty still bound both states.\n",
     "The judges concluded on 9 June 2015, by seven votes to four, that the treaty still bound both states.\n"),
    ("voters-against-by-votes",
     "On 2 March 2006 the assembly declared independence, with 87 deputies voting in favour.\n",
     "2 March 2006 - The assembly of Tarsia declares independence by 91 votes.\n"),
    ("countries-voted-for",
     "The Council adopted Resolution 2210 by 11 votes to two, with Kestria voting against.\n",
     "Ten countries voted for Resolution 2210, Kestria voted against, two abstained.\n"),
]

LOOK_ALIKES = [
    ("a-denied-finding",  # two findings of one court, one denied
     "The Court found, by nine votes to six, that it has jurisdiction over the dispute.\n",
     "The Court also found, by fourteen votes to one, that it does not have jurisdiction over the later claims.\n"),
    ("two-votes-years-apart",
     "On 3 April 2004 the council adopted the plan by 12 votes to 3.\n",
     "On 8 October 2009 the council adopted the budget by 10 votes to 5.\n"),
    ("two-margins",
     "On 1 June 2010 the motion failed by 5 votes.\n",
     "On 1 June 2010 the motion was defeated by 9 votes.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_two_tallies_of_one_vote_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "number", "a": a, "b": b})
    assert outcome.found, outcome.reported
    assert len(outcome.reported) == 1, outcome.reported  # one disagreement, not one a side


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_tallies_of_other_votes_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []
