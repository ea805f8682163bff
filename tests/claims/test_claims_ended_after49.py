"""Session 49: a thing that ended after, in or within a span lasted that span ("the standoff ended after
about a week", "the offensive was over within some 40 hours", ``ending_prepositions`` with an end verb of
``phase_verbs`` or "was over": ``extract._ending_verb``), a duration claim like "lasted". Not a verb that
ends something else ("the ceasefire ended the war after two days"), a denied one, or a span before
"after" ("ended two days after the summit": when, not how long).

Sentences and names written for these tests (made-up places).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _durations(pipeline, text):
    return [(c.value, c.topic) for c in pipeline(text)._.claims if c.kind == "duration" and not c.by_wording]


@pytest.mark.parametrize("text, value, topic", [
    ("The standoff at Kell ended after about a week.", "about a week", "how long: standoff"),
    ("The offensive was over within some 40 hours.", "some 40 hours", "how long: offensive"),
    ("The blockade of the Selm road was over within weeks.", "weeks", "how long: blockade"),
    ("The joint survey commission ended in 1981 after six years without an agreement.", "six years",
     "how long: joint survey commission"),
])
def test_what_ended_after_a_span_lasted_it(pipeline, text, value, topic):
    assert (value, topic) in _durations(pipeline, text)


@pytest.mark.parametrize("text", [
    # the verb ends something else
    "The ceasefire ended the war in the valley after two days.",
    # the span tells when, before "after"
    "The talks at Kell ended two days after the summit.",
    # denied
    "The blockade of the Selm road did not end after a week.",
])
def test_no_duration_where_the_span_does_not_measure_what_ended(pipeline, text):
    assert _durations(pipeline, text) == []


CONFLICTS = [
    ("ended-after-standoff",
     "The standoff at the Kell lighthouse ended after about a week, when the Borvian ships withdrew.\n",
     "The standoff at the Kell lighthouse lasted nearly three weeks before the Borvian ships withdrew.\n"),
    ("over-in-campaign",
     "The Aldorian campaign against the Selm garrison was over within some 40 hours.\n",
     "The Aldorian campaign against the Selm garrison lasted four days.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_ended_after_and_lasted_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "duration", "a": a, "b": b})
    assert outcome.found, outcome.reported
