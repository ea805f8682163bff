"""Session 41 (dis41): sums of money and shares are claims. Before, a figure inside a MONEY or
PERCENT entity was skipped as no count, and spaCy's labels are not to be trusted either way (it
reads "15 million gold roubles" as CARDINAL and "51.5 per cent" as MONEY): no sum and no share
was ever compared, though dev texts disagree on them (a transit fee per barrel, sudssd; a debt in
guilders, nldidn; an indemnity in dollars, haidom; gold roubles, estrus; compensation in S$,
malsgp, and in £E, egysdn; a yearly payment in ringgit, philmys; a lorry fee in CFA francs,
gmbsen; a line of credit, lkaind; a fine in euros, hunsvk; a referendum's share, sudssd,
gbrirl, idntls).

``chronica.claims.numbers.amounts`` reads a figure with a currency symbol before it or a currency
word after it (``amounts`` of claims.yaml), or a percent word after it; the figure is as exact as
it is written ("4.3 billion" 4.25-4.35 billion). ``find_amounts`` makes each a count claim of
topic "money" or "share", its unit the currency and rate, known by its clause's wording.
``claim_conflicts.same_amount``: one currency and rate, or two shares.

Sentences and figures written for these tests (made-up names), in the dev texts' shapes.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="module")
def nlp():
    from chronica.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _amounts(nlp, text):
    from chronica.claims.numbers import amounts

    return [(q.currency, q.rate, q.value, q.qualifier) for s in nlp(text).sents for q in amounts(s)]


# (sentence, [(currency, rate, value, qualifier)])
AMOUNTS = [
    # a symbol before the figure, a rate after it (sudssd's fee per barrel)
    ("Velmar had once asked for about $41 a barrel.", [("USD", "barrel", 41.0, "about")]),
    ("The accord fixed the transit charge at $7.35 per barrel.", [("USD", "barrel", 7.35, None)]),
    ("Tarsia wanted $41 for every barrel it shipped.", [("USD", "barrel", 41.0, None)]),
    # a scale word after a symbol (malsgp's S$, egysdn's £E, lkaind's US$ line)
    ("Kestria paid Dorvan S$64.5 million in compensation.", [("SGD", None, 64.5e6, None)]),
    ("Velmar agreed to pay Tarsia £E12 million for the flooded villages.", [("EGP", None, 12e6, None)]),
    ("A US$2.5 billion line for fuel was signed in May.", [("USD", None, 2.5e9, None)]),
    # a currency word after the figure (nldidn's guilders, haidom's dollars, estrus's gold roubles,
    # gmbsen's CFA francs, philmys's ringgit)
    ("The new republic took over 3.1 billion guilders of debt.", [("NLG", None, 3.1e9, None)]),
    ("Morvan agreed to pay an indemnity of 410,000 dollars.", [("USD", None, 410000.0, None)]),
    ("Dorvan handed over 9 million gold roubles.", [("RUB-gold", None, 9e6, None)]),
    ("The council raised the toll for lorries to 250,000 CFA francs.", [("XOF", None, 250000.0, None)]),
    ("The heirs received an annual payment of 4,100 Malaysian ringgit.", [("MYR", None, 4100.0, None)]),
    ("Kestria had paid the heirs RM4,100 a year.", [("MYR", "year", 4100.0, None)]),
    ("Offices can be fined up to 20,000 euros.", [("EUR", None, 20000.0, "as many as")]),
    # shares: percent, per cent, %, a decimal comma (sudssd, gbrirl, idntls)
    ("The count showed 88.31 percent in favour of secession.", [("%", None, 88.31, None)]),
    ("In the north 64.2 per cent of voters approved it.", [("%", None, 64.2, None)]),
    ("88,17 % of them voted for secession.", [("%", None, 88.17, None)]),
    # no sum: a bare figure, a year, a weight in pounds
    ("Some 3,000 troops crossed the river in 1999.", []),
    ("The bomb weighed 500 pounds.", []),
]


@pytest.mark.parametrize("text, expected", AMOUNTS)
def test_amounts_are_read_with_their_currency_and_rate(nlp, text, expected):
    got = _amounts(nlp, text)
    assert [(c, r, q) for c, r, _, q in got] == [(c, r, q) for c, r, _, q in expected]
    for (_, _, value, _), (_, _, want, _) in zip(got, expected):
        assert math.isclose(value, want)


@pytest.mark.parametrize("text, low, high", [
    ("The new republic assumed 3.1 billion guilders of debt.", 3.05e9, 3.15e9),  # decimals: half a digit
    ("In the north 64.2 per cent of voters approved it.", 64.15, 64.25),
    ("In the north 71 per cent of voters approved it.", 70.5, 71.5),  # a whole share: half a point
    ("Dorvan handed over 9 million gold roubles.", 9e6 * 0.95, 9e6 * 1.05),  # round: the round tolerance
])
def test_an_amount_is_as_exact_as_it_is_written(nlp, text, low, high):
    from chronica.claims.numbers import amounts

    (q,) = [q for s in nlp(text).sents for q in amounts(s)]
    assert math.isclose(q.low, low) and math.isclose(q.high, high)


@pytest.mark.parametrize("text", [
    "Dorvan handed over 9 million gold roubles to Kestria.",
    "Morvan paid 12 million Swiss francs to the fund.",
])
def test_a_sum_is_no_count_of_its_currency(nlp, text):
    from chronica.claims.numbers import quantities

    assert not [q for s in nlp(text).sents for q in quantities(s)]


@pytest.mark.parametrize("text, topic, unit", [
    ("Velmar had once demanded about $41 a barrel from Tarsia.", "money", "USD a barrel"),
    ("Kestria paid Dorvan S$64.5 million in compensation for the costs.", "money", "SGD"),
])
def test_sums_and_shares_are_count_claims_known_by_their_wording(pipeline, text, topic, unit):
    claims = [c for c in pipeline(text)._.claims if c.kind == "count" and c.topic == topic]
    assert len(claims) == 1
    assert claims[0].unit == unit and claims[0].by_wording and claims[0].masked


class _Worded:
    """Clause vectors with set similarities: each clause its own cosine to any other."""

    def __init__(self, sims: dict[str, float]) -> None:
        self.sims = sims

    def embed(self, texts):
        import numpy as np

        return np.array([[s := self.sims.get(t, 1.0), (1 - s * s) ** 0.5] for t in texts], dtype=np.float32)


def _amount(doc, value, low, high, topic, unit, masked):
    from chronica.claims.model import SentenceClaim

    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=masked + ".", sentence_start=0,
                         sentence_end=len(masked) + 1, kind="count", topic=topic, value=value, start=0, end=1,
                         low=low, high=high, unit=unit, stated=True, masked=masked, by_wording=True,
                         predicate="pay")


# (a: value, low, high, topic, unit; b: the same; one thing)
SAME = [
    (("$41", 41, 41, "money", "USD a barrel"), ("$36.80", 36.795, 36.805, "money", "USD a barrel"), True),
    (("S$64.5 million", 64.45e6, 64.55e6, "money", "SGD"), ("about S$55 million", 46.75e6, 63.25e6, "money", "SGD"), True),
    (("64.2 per cent", 64.15, 64.25, "share", "%"), ("71 per cent", 70.5, 71.5, "share", "%"), True),
    # a rate and a total are two things
    (("$41", 41, 41, "money", "USD a barrel"), ("$40 million", 38e6, 42e6, "money", "USD"), False),
    # two currencies are two sums
    (("S$64.5 million", 64.45e6, 64.55e6, "money", "SGD"), ("$60 million", 57e6, 63e6, "money", "USD"), False),
    # a sum and a share
    (("$64", 64, 64, "money", "USD"), ("64 per cent", 63.5, 64.5, "share", "%"), False),
]


@pytest.mark.parametrize("a, b, same", SAME)
def test_sums_of_one_currency_worded_alike_are_one_things(a, b, same):
    from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext

    ca = _amount(1, *a, "Kestria agreed to pay Dorvan in compensation for the costs")
    cb = _amount(2, *b, "Kestria paid Dorvan in compensation for costs")
    ctx = ClaimContext([ca, cb], [], _Worded({cb.masked: 0.85}), clauses=_Worded({cb.masked: 0.85}))
    assert SAME_THING["count"](ca, cb, ctx) is same


@pytest.mark.parametrize("a, b, conflict", [
    ((3.05e9, 3.15e9), (3.25e9, 3.35e9), True),  # "3.1 billion" / "3.3 billion" guilders
    ((40.5, 41.5), (36.795, 36.805), True),  # "$41" / "$36.80" a barrel
    ((70.5, 71.5), (71.05, 71.15), False),  # "71 per cent" / "71.1 per cent": one share rounded
])
def test_amounts_conflict_when_their_written_precision_sets_them_apart(a, b, conflict):
    from chronica.claims.rules import conflict as check

    ca = _amount(1, "a", a[0], a[1], "money", "NLG", "x")
    cb = _amount(2, "b", b[0], b[1], "money", "NLG", "y")
    assert (check(ca, cb) is not None) is conflict


def test_shares_are_read_but_not_claimed(pipeline):
    """A share is no count ("64.2 per cent" is no figure of "cents"), and two shares of one
    sentence are no claim: they are shares of two parts (gbrirl's form: a province's and a
    republic's yes in one sentence); one share with its whole is claimed
    (tests/claims/test_claims_shares59.py)."""
    text = "In the referendum 64.2 per cent of voters in the north approved the treaty and 90.1 per cent in the south."
    assert not [c for c in pipeline(text)._.claims if c.kind == "count"]


def test_two_shares_worded_a_little_alike_are_not_one_things():
    """Shares of two wholes ("depends on the river for about 90% of its water" / "roughly 85 percent
    of the water reaching the reservoir comes from the highlands", egyeth's form) are kept apart: the
    lower bar of close figures of one counted thing is not for shares."""
    from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext

    ca = _amount(1, "about 90%", 76.5, 103.5, "share", "%", "Velmar which depends on the river for of its fresh water")
    cb = _amount(2, "roughly 85 percent", 72.25, 97.75, "share", "%",
                 "of the water that reaches Velmar 's reservoir comes from the Tarsian highlands")
    ctx = ClaimContext([ca, cb], [], _Worded({cb.masked: 0.62}), clauses=_Worded({cb.masked: 0.62}))
    assert SAME_THING["count"](ca, cb, ctx) is False
    sums = [_amount(1, "$41", 41, 41, "money", "USD a barrel", ca.masked),
            _amount(2, "$36.80", 36.795, 36.805, "money", "USD a barrel", cb.masked)]
    ctx = ClaimContext(sums, [], _Worded({cb.masked: 0.62}), clauses=_Worded({cb.masked: 0.62}))
    assert SAME_THING["count"](*sums, ctx) is True  # sums of one currency and rate: the lower bar holds
