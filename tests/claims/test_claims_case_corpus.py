"""The disagreement case corpus (tests/fixtures/disagreements/cases.yaml) end to end: every case's
two texts built into a store, its disagreements judged against the case's expected outcome.
Floors in tests/fixtures/disagreements/floors.json (a gate: recall may not fall, no false
disagreement may appear)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import CASES, load_cases, run_case, score  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

pytestmark = needs_minilm
FLOORS = json.loads((CASES.parent / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def outcomes():
    return [run_case(c) for c in load_cases()]


def test_claims_case_corpus_has_every_kind():
    cases = load_cases()
    for kind in ("date", "number", "who", "duration", "order", "attribute", "scope", "relations"):
        assert sum(1 for c in cases if c.get("kind") == kind) >= 3, kind
    assert sum(1 for c in cases if c["expect"] == "compatible") >= 10


def test_claims_case_corpus_recall_and_precision(outcomes):
    found, expected, right, reported = score(outcomes)
    false = reported - right
    assert found >= FLOORS["conflicts_found"], [o.id for o in outcomes if o.expect == "conflict" and not o.found]
    assert false <= FLOORS["false_reported"], [(o.id, o.reported) for o in outcomes if o.false]


def test_claims_case_corpus_look_alikes_stay_apart(outcomes):
    assert [(o.id, o.reported) for o in outcomes if o.expect == "compatible" and o.reported] == []
