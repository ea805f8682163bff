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
    ("Bordurian troops were already inside Valdora when the Ruritanian cabinet resigned on 3 March.",
     [("before", ["bordurian troops were inside valdora", "the ruritanian cabinet resigned on 3 march"])]),
    ("The talks in Port Selby had already opened when the fortress fell to the rebels.",
     [("before", ["the talks in port selby had opened", "the fortress fell to the rebels"])]),
    # "already ... by the time"
    ("The Ruritanian minister had already resigned by the time the inquiry published its report.",
     [("before", ["the ruritanian minister had resigned", "the inquiry published its report"])]),
    # a clause joined to the main one tells another happening: not part of its wording
    ("Bordurian troops were already inside Valdora when the Ruritanian cabinet resigned, and the "
     "occupation lasted into the autumn.",
     [("before", ["bordurian troops were inside valdora", "the ruritanian cabinet resigned"])]),
])
def test_already_when_is_before(full, text, expected):
    assert orders(full, text) == expected


@pytest.mark.parametrize("text", [
    # "when" without "already": at the same time, no order
    "Bordurian troops entered Valdora when the Ruritanian cabinet resigned on 3 March.",
    # "already" with no clause of "when" or "by the time"
    "Bordurian troops were already inside Valdora on 3 March.",
    # "by" with another noun than a time
    "The Ruritanian minister had already resigned by letter to the president.",
])
def test_no_order_without_already_and_when(full, text):
    assert orders(full, text) == []


@pytest.mark.parametrize("text, expected", [
    # the measure of the order is of neither happening
    ("Two days after the talks in Port Selby opened, the rebels seized the northern town.",
     [("after", ["the rebels seized the northern town", "the talks in port selby opened"])]),
    ("The Ruritanian cabinet resigned on 1 August, three days before Bordurian troops entered Valdora.",
     [("before", ["the ruritanian cabinet resigned on 1 august", "bordurian troops entered valdora"])]),
    ("The conference opened in Port Selby on 25 April, a week after the fortress had fallen.",
     [("after", ["the conference opened in port selby on 25 april", "the fortress had fallen"])]),
    # "only after X did Y": the parser may hang X on the inverted "did"; the clause is Y's verb's
    ("Only after the rebels had seized the port did the Bordurian cabinet turn the envoys away.",
     [("after", ["the bordurian cabinet turn the envoys away", "the rebels had seized the port"])]),
])
def test_order_clauses_without_their_measure(full, text, expected):
    assert orders(full, text) == expected


@pytest.mark.parametrize("case", [
    {"id": "already-against-after", "expect": "conflict",
     "a": "The conference of the powers had already opened in Port Selby when the Valdora fortress fell.\n",
     "b": "The conference of the powers opened in Port Selby on 25 April, a week after the Valdora "
          "fortress had fallen.\n"},
    {"id": "already-same-order", "expect": "compatible",
     "a": "The conference of the powers had already opened in Port Selby when the Valdora fortress fell.\n",
     "b": "The conference of the powers opened in Port Selby on 25 April, a week before the Valdora "
          "fortress fell.\n"},
])
def test_already_order_across_sources(case):
    outcome = run_case(case)
    assert bool([d for d in outcome.reported if d[0] == "order"]) == (case["expect"] == "conflict")
