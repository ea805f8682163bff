"""Who brokered it (session 62, issue 11): a mediation's doer however it is written, and one
brokering told in two words.

- A mediation noun (``once_nouns.broker``: mediation, auspices) names its doer after "of" or
  "by" ("after mediation by X"), or as its own modifier the actor stage resolved ("through Libyan
  mediation", "Algeria's mediation"): the ``agent`` claim "who brokered: <thing>" of the verb the
  phrase hangs on (:func:`chronica.claims.extract._nominal_acts`).
- Two broker claims about things worded apart that are one yield of a brokering
  (``once_same_things.broker``: "talks mediated by X" / "the agreement brokered by Y") are about
  one act when dated alike (:func:`chronica.claims.rules.same_role_thing`); two broker claims at
  stated dates that exclude one act are two acts, whoever they name.

- The same for who led one side's party ("the delegation" / "the side": ``once_same_things.led``).

Sentences invented for these tests.
"""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import same_agent
from chronica.claims.rules import conflict
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _brokers(pipeline, text):
    return [(c.topic, c.subject) for c in pipeline(text)._.claims
            if c.kind == "agent" and c.topic.startswith("who brokered")]


@pytest.mark.parametrize("text, expected", [
    # a nationality adjective on the noun
    ("Relations between Latvia and Estonia were restored in 1994 through Norwegian mediation.",
     [("who brokered: relation", ["NOR"])]),
    # the doer after "by", a person of a state
    ("Following mediation by President Karl Tamm of Finland, the two countries restored relations in 1994.",
     [("who brokered: relation", ["FIN"])]),
    # a passive signing under a nation's mediation
    ("The truce was signed on 3 May 2004 under Algerian mediation.",
     [("who brokered: truce", ["DZA"])]),
    # "under the auspices of" an organisation
    ("A peace agreement was signed in 2004 under the auspices of the African Union.",
     [("who brokered: agreement", ["AU"])]),
    # a possessive state
    ("Relations were restored in 1994 after Turkey's mediation.",
     [("who brokered: relation", ["TUR"])]),
    # a modifier that names no actor: no doer
    ("Ties were restored in 1994 through patient mediation.", []),
])
def test_a_mediation_names_its_doer(pipeline, text, expected):
    assert _brokers(pipeline, text) == expected


def _claim(pipeline, text):
    [c] = [c for c in pipeline(text)._.claims if c.kind == "agent" and c.topic.startswith("who brokered")]
    return c


@pytest.mark.parametrize("a, b, same, conflicts", [
    # talks and the agreement they made, one year: one brokering, two brokers named
    ("In 1994 Latvia and Estonia held talks mediated by Norway.",
     "The 1994 agreement between Latvia and Estonia was brokered by Sweden.", True, True),
    # an accord and a deal, one month
    ("An accord brokered by Norway in May 2004 ended the quarrel.",
     "A deal brokered by Sweden on 3 May 2004 ended the quarrel.", True, True),
    # talks and an agreement years apart: two acts
    ("In 1994 Latvia and Estonia held talks mediated by Norway.",
     "The 2001 agreement between Latvia and Estonia was brokered by Sweden.", False, False),
    # one word, stated dates years apart: two accords, no disagreement
    ("An accord brokered by Norway on 3 May 2004 ended the quarrel.",
     "An accord brokered by Sweden on 9 June 2006 ended the quarrel.", True, False),
    # one word, one day: one accord, two brokers
    ("An accord brokered by Norway on 3 May 2004 ended the quarrel.",
     "On 3 May 2004 an accord was brokered by Sweden.", True, True),
])
def test_one_brokering_told_in_two_words(pipeline, a, b, same, conflicts):
    ca, cb = _claim(pipeline, a), _claim(pipeline, b)
    assert same_agent(ca, cb, None) is same
    assert (same and bool(conflict(ca, cb))) is conflicts


def _leader(pipeline, text):
    [c] = [c for c in pipeline(text)._.claims if c.kind == "agent" and c.topic.startswith("who led for ")]
    return c


@pytest.mark.parametrize("a, b, same, conflicts", [
    # one state's party at one set of talks, named "delegation" and "side": two leaders named
    ("On 2 February 1920 the Latvian delegation was led by Karl Tamm.",
     "On 2 February 1920 the Latvian side was led by Peter Saar.", True, True),
    # the same leader
    ("On 2 February 1920 the Latvian delegation was led by Karl Tamm.",
     "On 2 February 1920 the Latvian side was led by Karl Tamm.", True, False),
    # a delegation and a team years apart: two parties
    ("On 2 February 1920 the Latvian delegation was led by Karl Tamm.",
     "In 1931 the Latvian team was led by Peter Saar.", False, False),
])
def test_one_party_told_in_two_words(pipeline, a, b, same, conflicts):
    ca, cb = _leader(pipeline, a), _leader(pipeline, b)
    assert same_agent(ca, cb, None) is same
    assert (same and bool(conflict(ca, cb))) is conflicts


def test_a_narrative_year_places_no_worded_apart_brokering(pipeline):
    # the compromise's sentence writes no date: the year the text last wrote is no date of it
    doc = pipeline("The talks began in 2004. Later the quarrel was defused by a Norwegian-brokered compromise.")
    [a] = [c for c in doc._.claims if c.kind == "agent" and c.topic.startswith("who brokered")]
    b = _claim(pipeline, "On 3 September 2004 Sweden brokered a deal between the two.")
    assert not a.stated
    assert same_agent(a, b, None) is False
