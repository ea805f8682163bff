"""Questions and claims whose figures or whose object tell one happening from another of the same
act, over a store built from five texts of the project's own (chronica.ask.parts in
chronica.ask.answer): a limit at sea widened twice, an agreement signed after a ceasefire, a
treaty signed by two states that signed no other, an agreement of its own name, an alliance joined
and met at, relations severed."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

TEXTS = {
    "zone.txt": """title: Norway's fishing zone
published: 1980-03-01

Norway widened its fishing zone to 12 nautical miles on 1 June 1961.
British trawler owners protested, but the zone stayed.
Norway widened its fishing zone to 200 nautical miles on 1 January 1977.
""",
    "andes.txt": """title: The Andean peace
published: 1999-01-05

Chile and Peru signed a ceasefire in Lima on 14 March 1998.
Chile and Peru signed a peace agreement in Quito on 20 October 1998.
""",
    "lima.txt": """title: An old treaty
published: 1970-06-01

Chile and Peru signed the Lima Agreement on 17 February 1966.
Both governments promised to settle the quarrel by talks.
""",
    "lake.txt": """title: The lake frontier
published: 1976-01-01

Chad and Niger quarrelled over the islands of the lake for a decade.
On 4 May 1971 they signed the Lakeside Agreement, which split the islands between them.
""",
    "alliance.txt": """title: Norway in the alliance
published: 1995-01-01

Norway joined NATO in 1949.
Norway agreed at the NATO summit in Rome in 1991 to cut its forces.
Ghana severed diplomatic relations with Togo on 3 March 1966.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("parts"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, year", [
    # the figure tells which widening: 12 miles in 1961, not 200 miles in 1977
    ("When did Norway widen its fishing zone to 12 nautical miles?", "1961"),
    ("When did Norway widen its fishing zone to 200 nautical miles?", "1977"),
    # the thing signed tells which signing: the peace agreement, not the ceasefire
    ("When was the peace agreement between Chile and Peru signed?", "20 October 1998"),
    # a named agreement is the thing signed, not its signer ("they signed [the Lakeside
    # Agreement]")
    ("When was the Lakeside Agreement signed?", "4 May 1971"),
])
def test_ask_when_by_the_question_parts(asker, question, year):
    answer = asker.ask(question)
    assert answer.verdict == "answered", answer.text
    assert answer.text.startswith(year) or answer.text.split(" (")[0].endswith(year), answer.text


@pytest.mark.parametrize("claim, verdicts", [
    # another agreement at another date says nothing of a fisheries agreement: not found
    ("Chile and Peru signed a fisheries agreement in 1978.", {"not found"}),
    # the same agreement at another date is against it
    ("Chile and Peru signed the peace agreement in 1995.", {"contradicted"}),
    ("Chile and Peru signed the peace agreement in 1998.", {"supported"}),
    # another figure of the claim's unit is never for it (a figure the claims stage reads is
    # checked by the claims layer alone: then no stored claim of it is found)
    ("Norway widened its fishing zone to 50 nautical miles in 1977.", {"contradicted", "not found"}),
    # a sentence of the claim's type stated by another act is no word on it: signing a peace
    # agreement is not approving it, agreeing at a NATO summit is not joining NATO
    ("Chile and Peru approved the peace agreement in 1998.", {"not found"}),
    ("Chad and Niger approved the Lakeside Agreement in 1975.", {"not found"}),
    ("Chad and Niger signed the Lakeside Agreement in 1975.", {"contradicted"}),
    ("Norway joined NATO in 1949.", {"supported"}),
    # ... but another verb of the act the ontology codes the claim's as ("severed" relations
    # for "broke off", both CAMEO 161) is a word on it
    ("Ghana broke off diplomatic relations with Togo in 1966.", {"supported"}),
    ("Ghana broke off diplomatic relations with Togo in 1970.", {"contradicted"}),
])
def test_check_by_the_claim_parts(asker, claim, verdicts):
    answer = asker.check(claim)
    assert answer.verdict in verdicts, answer.text
