"""Order claims across a sentence boundary (issue 11): a main clause placed against the sentence
before it ("Four days later, X ...", "Only after that refusal did X ...", "The following month X
...") relates its happening to the previous sentence's, like a TimeML TLINK
(:func:`chronica.claims.extract.find_back_order`); two sources ordering one pair of happenings
the other way round disagree. Every sentence is invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from case_corpus import run_case  # noqa: E402

#: an opening sentence (the happening the next sentence is placed against)
OPENING = "The Ruritanian and Bordurian envoys signed a fisheries accord in Valdora. "


def orders(full, text):
    return [(c.value, [w.lower() for w in c.clauses]) for c in full(OPENING + text)._.claims
            if c.kind == "order" and c.sentence_start >= len(OPENING)]


@pytest.mark.parametrize("text, value, later", [
    ("Four days later, Borduria recalled its ambassador from the Ruritanian capital.", "after",
     "borduria recalled its ambassador from the ruritanian capital"),
    ("A month later the Ruritanian parliament rejected the accord by a wide margin.", "after",
     "the ruritanian parliament rejected the accord by a wide margin"),
    ("The following month Borduria expelled three Ruritanian trawler captains.", "after",
     "borduria expelled three ruritanian trawler captains"),
    ("Only after that signing did Ruritania lift its ban on Bordurian fish.", "after",
     "ruritania lift its ban on bordurian fish"),
    ("Only afterwards did the Bordurian cabinet publish the text of the accord.", "after",
     "the bordurian cabinet publish the text of the accord"),
    ("Two weeks earlier, Bordurian gunboats had seized a Ruritanian trawler.", "before",
     "bordurian gunboats had seized a ruritanian trawler"),
])
def test_order_against_the_previous_sentence(full, text, value, later):
    found = orders(full, text)
    assert len(found) == 1 and found[0][0] == value
    own, other = (set(c.split()) for c in found[0][1])  # this sentence's happening, then the one before
    assert set(later.split()) <= own
    assert {"envoys", "signed", "fisheries", "accord"} <= other
    assert not {"later", "earlier", "following", "afterwards", "that"} & own


@pytest.mark.parametrize("text, later", [
    ("The ceremony was held up for an hour by a quarrel over the seating. Four days later, Borduria "
     "recalled its ambassador.", "borduria recalled its ambassador"),
    ("The ceremony was held up for an hour by a quarrel over the seating. The following week the "
     "Ruritanian parliament rejected the accord.", "the ruritanian parliament rejected the accord"),
    ("Its text was not published. The ceremony was held up for an hour by a quarrel over the seating. "
     "Three days later, Bordurian gunboats seized a Ruritanian trawler.", "bordurian gunboats seized a ruritanian trawler"),
])
def test_relative_date_is_placed_against_the_happening_it_counts_from(full, text, later):
    """"Four days later" counts from the date written before (the time tagger's anchor), not from
    the sentence in between: the other happening is the clause that date is on."""
    dated = "The Ruritanian and Bordurian envoys signed a fisheries accord in Valdora on 3 May 2031. "
    found = [(c.value, [w.lower() for w in c.clauses]) for c in full(dated + text)._.claims
             if c.kind == "order" and c.sentence_start >= len(dated)]
    assert len(found) == 1 and found[0][0] == "after"
    own, other = (set(c.split()) for c in found[0][1])
    assert set(later.split()) <= own
    assert {"envoys", "signed", "fisheries", "accord"} <= other and "ceremony" not in other


@pytest.mark.parametrize("text", [
    "Later, Borduria recalled its ambassador from the Ruritanian capital.",  # no measure on "later"
    "Then Borduria recalled its ambassador from the Ruritanian capital.",  # "then" without "only"
    "The Bordurian foreign minister later became prime minister.",  # a bare "later"
    "Earlier this month Bordurian gunboats seized a Ruritanian trawler.",  # counted from the day of writing
    "Before this accord was ratified, Borduria recalled its ambassador.",  # a clause of its own: find_order's
])
def test_no_order_against_the_previous_sentence(full, text):
    assert not any("envoys" in c[1][1] for c in orders(full, text))


@pytest.mark.parametrize("case", [
    {"id": "back-order-recall", "expect": "conflict",
     "a": "Ruritania closed its consulate in Port Selby on 3 May 2031. Four days later, Borduria "
          "expelled the Ruritanian trade attache from its capital.\n",
     "b": "Borduria expelled the Ruritanian trade attache from its capital on 2 May 2031, and only "
          "after that did Ruritania close its consulate in Port Selby.\n"},
    {"id": "back-order-same-order", "expect": "compatible",
     "a": "Ruritania closed its consulate in Port Selby on 3 May 2031. Four days later, Borduria "
          "expelled the Ruritanian trade attache from its capital.\n",
     "b": "Borduria expelled the Ruritanian trade attache from its capital after Ruritania closed "
          "its consulate in Port Selby.\n"},
])
def test_back_order_across_sources(case):
    outcome = run_case(case)
    orders_found = [d for d in outcome.reported if d[0] == "order"]
    assert bool(orders_found) == (case["expect"] == "conflict")
