"""A person's office or rank written beside the name (chronica.claims.extract.find_offices,
chronica.claims.rules.check_office): two sources giving one person, at one time, two offices that
cannot be held at once (a head of state and a vice-president or minister) or two different ranks
disagree; one office worded two ways, titles "former" or "future", titles of two times and
titles of several people do not. Invented texts; end to end through a build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

pytestmark = needs_minilm


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _offices(pipeline, text):
    return [(c.topic, c.value, c.obj) for c in pipeline(text)._.claims
            if c.kind == "attribute" and c.topic.startswith(("office of ", "rank of "))]


@pytest.mark.parametrize("text, expected", [
    # an appositive after the name, with "then"
    ("In 1968 the two leaders and Marek Tolvan, then vice-president of Aldoria, signed the pact.",
     [("office of Marek Tolvan", "vice-president", "official")]),
    # an appositive before the name, with "at the time", and a rank run before it
    ("In 1971 Borvia's defence minister at the time, Colonel Anselm Rike, ordered the retreat.",
     [("rank of Anselm Rike", "Colonel", "military"), ("office of Anselm Rike", "defence minister", "minister")]),
    # a possessive title before the name
    ("When Kestria's president, Ilse Varnow, opened the bridge in May 1984, crowds cheered.",
     [("office of Ilse Varnow", "president", "head_of_state")]),
    # a rank in a run before the name
    ("In June 2004 the patrol was led by Captain Dario Meluzzi.", [("rank of Dario Meluzzi", "Captain", "military")]),
])
def test_titles_beside_a_name_are_office_claims(pipeline, text, expected):
    assert _offices(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "In 1990 former President Ilse Varnow opened the bridge.",   # not the title then
    "In 1990 the ex-minister, Anselm Rike, spoke at the rally.",
    "In 1990 Ilse Varnow met the foreign ministers, Karl Ebb and Tomas Ruhl.",  # a title of several
    "In 1990 Ilse Varnow, who later became president, opened the bridge.",  # a clause, not a title
    "In 1990 the pilot, Dario Meluzzi, was killed.",  # no title the resolver knows
])
def test_no_office_claim(pipeline, text):
    assert _offices(pipeline, text) == []


CONFLICTS = [
    ("office-president-vice",
     "In 1968 Marek Tolvan, then vice-president of Aldoria, signed the Orsk pact with Borvia.\n",
     "When Aldoria's president, Marek Tolvan, signed the Orsk pact in 1968, few expected it to last.\n"),
    ("office-minister-president",
     "Heavy fighting broke out at Kessen on 3 April 1971.\n"
     "Borvia's defence minister at the time, Colonel Anselm Rike, directed the defence.\n",
     "The war over Kessen began on 3 April 1971.\n"
     "Anselm Rike, then Borvia's president, sent reinforcements to the border.\n"),
    ("rank-captain-lieutenant",
     "In July 2004 two patrol boats collided, killing the Aldorian officer, Captain Dario Meluzzi.\n",
     "On 12 July 2004 the Aldorian officer, Lieutenant Dario Meluzzi, died when two patrol boats collided.\n"),
]

LOOK_ALIKES = [
    ("office-one-title-two-wordings",
     "In 1968 Marek Tolvan, then president of Aldoria, signed the Orsk pact.\n",
     "When Aldoria's president, Marek Tolvan, signed the Orsk pact in 1968, few expected it to last.\n"),
    ("office-two-times",
     "In 1960 Marek Tolvan, then vice-president of Aldoria, opened the Orsk dam.\n",
     "In 1975 Aldoria's president, Marek Tolvan, closed the Orsk dam.\n"),
    ("rank-one-a-part-of-the-other",
     "In July 2004 two patrol boats collided, killing Lieutenant Dario Meluzzi.\n",
     "On 12 July 2004 Flight Lieutenant Dario Meluzzi died when two patrol boats collided.\n"),
    ("office-minister-one-portfolio-two-titles",
     "In 1971 Borvia's foreign minister, Anselm Rike, flew to Orsk.\n",
     "In 1971 Borvia's foreign secretary at the time, Anselm Rike, flew to Orsk.\n"),
    ("office-minister-no-portfolio",
     "In 1971 Borvia's foreign minister, Anselm Rike, flew to Orsk.\n",
     "In 1971 Anselm Rike, then a Borvian minister, flew to Orsk.\n"),
    ("office-two-portfolios-two-times",
     "In 1962 Borvia's justice minister, Anselm Rike, opened the Orsk court.\n",
     "In 1975 Borvia's foreign minister, Anselm Rike, flew to Orsk.\n"),
]

#: session 61 (issue 11): two ministers' titles of different portfolios (offices.portfolios) and a
#: president / a prime minister are two offices at one time. This reverses session 33's look-alike
#: "office-two-ministries" (foreign / defence minister held at once; its second sentence gave no
#: office claim, so it could not fail): dev gold counts a foreign /
#: a justice minister at one time as a disagreement (and a president / prime minister twice)
CONFLICTS_61 = [
    ("office-two-ministries",
     "In 1971 Borvia's foreign minister, Anselm Rike, flew to Orsk.\n",
     "In 1971 Borvia's defence minister at the time, Anselm Rike, flew to Orsk.\n"),
    ("office-justice-foreign",
     "The Orsk case was brought in May 2019 by Lira Dane, then Aldoria's justice minister.\n",
     "In May 2019 Aldoria's foreign minister, Lira Dane, brought the Orsk case.\n"),
    ("office-president-prime-minister",
     "In August 1990 President Tomas Vell closed the Orsk pipeline.\n",
     "In August 1990 the then prime minister, Tomas Vell, closed the Orsk pipeline.\n"),
]


@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_two_offices_at_one_time_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "attribute", "a": a, "b": b})
    assert outcome.found, outcome.reported


@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_office_look_alikes_do_not_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert [r for r in outcome.reported if r[0] == "attribute"] == []


@pytest.mark.parametrize("cid, a, b", CONFLICTS_61, ids=[c[0] for c in CONFLICTS_61])
def test_two_portfolios_or_president_and_premier_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "attribute", "a": a, "b": b})
    assert outcome.found, outcome.reported
