"""Relation claims the parse carries beyond a relationship noun as the subject of a state
adjective, and order claims told by two joined clauses in sequence. Each sentence is written for
these tests on a construction seen in at least three dev texts:

- "relations with X were cool" (one state of the document's pair named; the other is the pair's
  other state);
- a state adjective on a relationship noun ("maintained cordial relations", "a period of unusually
  warm relations between the two governments", "kept cordial diplomatic relations with X");
- a trend noun said of the pair by a pair noun or a relationship noun ("a thaw between the two
  governments", "a brief thaw in relations");
- a trend noun in a preposition on the clause ("relations stayed in deep freeze": the state it ends
  in, held; "sent relations back into a deep freeze": the trend);
- "A, and only afterwards B", "A first, and B afterwards", "A, and only after that did B": B after A.
"""

from __future__ import annotations

import pytest

#: a document's opening that names its pair (Chile, Argentina) often enough
CHILE_ARGENTINA = ("Chile and Argentina disputed the channel. Chile accused Argentina of incursions. "
                   "Argentina rejected the charge from Chile. ")


def relations(full, text):
    return [(c.value, set(c.subject), c.qualifier) for c in full(CHILE_ARGENTINA + text)._.claims
            if c.kind == "relation" and c.sentence_start >= len(CHILE_ARGENTINA)]


@pytest.mark.parametrize("text, value", [
    ("Under Frei, relations with Buenos Aires were cold and tense the whole time.", "hostile"),
    ("Relations with Frei's Chile were cool: Buenos Aires leaned towards Brazil.", "hostile"),
    ("It is often forgotten that, under Frei, relations with Santiago were mostly cordial.", "allied"),
    ("Relations with Argentina stayed cordial until the election.", "allied"),
])
def test_relations_with_one_state_of_the_pair(full, text, value):
    assert [(v, p) for v, p, _ in relations(full, text)] == [(value, {"CHL", "ARG"})]


@pytest.mark.parametrize("text, value", [
    ("Throughout the decade the two countries maintained cordial relations.", "allied"),
    ("The flood ushered in a short period of unusually warm relations between the two governments.", "allied"),
    ("Mendoza, which kept cordial diplomatic relations with Santiago through the 1980s, chose to fight.", "allied"),
    ("Chile and Argentina had frosty relations in 1978.", "hostile"),
])
def test_state_adjective_on_a_relationship_noun(full, text, value):
    assert [(v, p) for v, p, _ in relations(full, text)] == [(value, {"CHL", "ARG"})]


@pytest.mark.parametrize("text, value", [
    ("The visit in March 1984 began a brief but genuine thaw between the two governments.", "closer"),
    ("The treaty brought a brief thaw in relations in 1990.", "closer"),
    ("The ruling of 1977 sent relations back into a deep freeze.", "apart"),
    ("Since 1978 the two capitals have treated each other as rivals.", "hostile"),
])
def test_trend_noun_of_the_pair(full, text, value):
    assert [(v, p) for v, p, _ in relations(full, text)] == [(value, {"CHL", "ARG"})]


def test_trend_noun_said_as_a_state_is_held(full):
    found = relations(full, "Relations between Santiago and Buenos Aires stayed in deep freeze throughout 1979.")
    assert found == [("hostile", {"CHL", "ARG"}, "throughout")]


@pytest.mark.parametrize("text", [
    "The winter brought a brief thaw in 1990.",  # a thaw of no relationship
    "Relations with Brazil were cordial in 1990.",  # a third state: not the document's pair
    "The two rivers had cold water in 1990.",  # no relationship noun
    "Santiago's relations with the new junta were at first cordial.",  # a possessor: not the pair alone
    "Relations with Argentina were not cordial in 1990.",  # negated
    "The two states signed a treaty of friendship in April 1950.",  # a treaty's name
])
def test_no_relation(full, text):
    assert relations(full, text) == []


def test_relation_noun_under_another_preposition_is_no_state(full):
    found = relations(full, "Relations under the juntas stayed frosty underneath the official friendship.")
    assert [v for v, _, _ in found] == ["hostile"]  # "frosty"; not "friendship" (not in, into or as)


def orders(full, text):
    return [(c.value, [w.lower() for w in c.clauses]) for c in full(text)._.claims if c.kind == "order"]


@pytest.mark.parametrize("text, later, earlier", [
    ("Chile recalled its envoy, and only afterwards did the Argentine congress pass the fisheries law.",
     "the argentine congress pass the fisheries law", "chile recalled its envoy"),
    ("The border treaty was signed first, and the two states were only admitted to the league afterwards.",
     "the two states were admitted to the league", "the border treaty was signed"),
    ("In 1989 Chile stopped building its dam, and only after that did Argentina begin its own version.",
     "argentina begin its own version", "in 1989 chile stopped building its dam"),
    ("The rebels entered the town at dawn, and the army then withdrew to the coast.",
     "the army withdrew to the coast", "the rebels entered the town at dawn"),
])
def test_sequence_of_joined_clauses(full, text, later, earlier):
    found = orders(full, text)
    assert len(found) == 1 and found[0][0] == "after"
    first, second = (set(c.split()) for c in found[0][1])  # the later happening's clause, then the earlier's
    assert set(later.split()) <= first and set(earlier.split()) <= second
    assert not set(later.split()) - set(earlier.split()) & second


@pytest.mark.parametrize("text", [
    "Chile recalled its envoy and protested.",  # no word of sequence
    "He visited Lima and then flew home.",  # too few words on a side, no events
])
def test_no_sequence(full, text):
    assert orders(full, text) == []
