"""Order claims of a main clause that had "already" happened (session 64, issue 11).

"X had already happened when Y" / "X was already over by the time Y" puts X before Y, though its
word ("when", "by the time") is no order word: the "already" on the main verb makes it one
(:func:`chronica.claims.extract.find_already_order`, words as data: ``order_already_words``,
``order_already_marks``, ``order_already_times``). Order clauses are worded without what measures
or stresses the order ("two days after", "only after") and without the main verb's conjoined or
fronted clauses, so that two sources' clauses about one happening read alike. Every sentence is
invented for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from case_corpus import run_case  # noqa: E402


def orders(full, text):
    return [(c.value, [w.lower() for w in c.clauses]) for c in full(text)._.claims if c.kind == "order"]


@pytest.mark.parametrize("text, expected", [
    # "already ... when": the main clause first
    ("The Ruritanian fishing fleet was already at sea when the storm warning reached Port Selby on 3 March.",
     [("before", ["the ruritanian fishing fleet was at sea", "the storm warning reached port selby on 3 march"])]),
    ("The Bordurian envoy had already landed in Valdora when the tariff talks collapsed.",
     [("before", ["the bordurian envoy had landed in valdora", "the tariff talks collapsed"])]),
    # "already ... by the time"
    ("The harbour master had already closed the port by the time the Bordurian tanker reached the bay.",
     [("before", ["the harbour master had closed the port", "the bordurian tanker reached the bay"])]),
    # a clause joined to the main one tells another happening: not part of its wording
    ("The Ruritanian fishing fleet was already at sea when the storm warning came, and the harbour "
     "stayed shut for a week.",
     [("before", ["the ruritanian fishing fleet was at sea", "the storm warning came"])]),
])
def test_already_when_is_before(full, text, expected):
    assert orders(full, text) == expected


@pytest.mark.parametrize("text", [
    # "when" without "already": at the same time, no order
    "The Ruritanian fishing fleet put to sea when the storm warning reached Port Selby on 3 March.",
    # "already" with no clause of "when" or "by the time"
    "The Ruritanian fishing fleet was already at sea on 3 March.",
    # "by" with another noun than a time
    "The harbour master had already closed the port by order of the mayor.",
])
def test_no_order_without_already_and_when(full, text):
    assert orders(full, text) == []


@pytest.mark.parametrize("text, expected", [
    # the measure of the order is of neither happening
    ("Two days after the tariff talks in Port Selby opened, Bordurian customs seized a Ruritanian barge.",
     [("after", ["bordurian customs seized a ruritanian barge", "the tariff talks in port selby opened"])]),
    ("The Valdora bridge reopened on 9 June, three days before the Bordurian tanker reached the bay.",
     [("before", ["the valdora bridge reopened on 9 june", "the bordurian tanker reached the bay"])]),
    ("The trade fair opened in Port Selby on 12 June, a week after the Valdora bridge had collapsed.",
     [("after", ["the trade fair opened in port selby on 12 june", "the valdora bridge had collapsed"])]),
    # "only after X did Y": the parser may hang X on the inverted "did"; the clause is Y's verb's
    ("Only after the smugglers had seized the barge did the Bordurian cabinet recall its consul.",
     [("after", ["the bordurian cabinet recall its consul", "the smugglers had seized the barge"])]),
])
def test_order_clauses_without_their_measure(full, text, expected):
    assert orders(full, text) == expected


@pytest.mark.parametrize("case", [
    {"id": "already-against-after", "expect": "conflict",
     "a": "The Bordurian trade fair had already opened in Port Selby when the Valdora bridge collapsed.\n",
     "b": "The Bordurian trade fair opened in Port Selby on 12 June, a week after the Valdora "
          "bridge had collapsed.\n"},
    {"id": "already-same-order", "expect": "compatible",
     "a": "The Bordurian trade fair had already opened in Port Selby when the Valdora bridge collapsed.\n",
     "b": "The Bordurian trade fair opened in Port Selby on 12 June, a week before the Valdora "
          "bridge collapsed.\n"},
])
def test_already_order_across_sources(case):
    outcome = run_case(case)
    assert bool([d for d in outcome.reported if d[0] == "order"]) == (case["expect"] == "conflict")
