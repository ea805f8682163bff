"""Figures of a scale word led by an article, "half a" or "dozen" (session 58, issue 11).

"dozen" was no scale word: "more than two dozen" was read as "more than two" (agreeing with 21 dead)
and "a dozen gendarmes" as no figure at all. An article before a scale word was left out of the
figure, so the qualifier before it was lost: "more than a hundred" read as 95-105, "about a
thousand" as 950-1,050. Now "dozen" is a scale of 12 (``scales`` in claims.yaml), "a dozen" / "two
dozen" without a qualifier are round counts (the interval "about" gives, no one-figure estimate),
and "a", "an" or "half a" before a scale word start the figure. The forms stand in dev texts of many
kinds (a court monitor's notes, a listings export, a study-abroad e-mail, a field blog, features,
timelines: gabgnq, usapan, thamya, lbrsle, lsozaf, gbrken, isrlbn, eridji, cyprus and more).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claim_cases import count_claim

from chronica.claims.numbers import quantities
from chronica.claims.rules import check_count, conflict


@pytest.fixture(scope="module")
def pipeline(full):
    return full  # the build's pipeline, loaded once per session (tests/conftest.py)


@pytest.fixture(scope="module")
def parser(nlp):
    return nlp


@pytest.mark.parametrize("text, figure, low, high", [
    ("More than two dozen marchers were shot dead outside the customs house.", "More than two dozen", 24, float("inf")),
    ("A dozen Freedonian border guards were posted on the islet.", "A dozen", 10.2, 13.8),
    ("Three dozen fishing boats were seized off the cape.", "Three dozen", 30.6, 41.4),
    ("A few dozen armed men crossed the river at night.", "few dozen", 24, 108),
    ("Over a dozen villagers drowned when the ferry capsized.", "Over a dozen", 12, float("inf")),
    ("More than a hundred delegates walked out of the congress.", "More than a hundred", 100, float("inf")),
    ("About a thousand refugees reached the coast in March 1931.", "About a thousand", 850, 1150),
    ("Nearly half a million people left the northern province.", "Nearly half a million", 450000, 500000),
    ("A hundred thousand people marched through the capital.", "A hundred thousand", 95000, 105000),
    # the readings that stood before keep
    ("Some two hundred refugees crossed the pass.", "Some two hundred", 170, 230),
    ("Dozens of fishermen were detained by the coastguard.", "Dozens", 24, 90),
])
def test_scale_words_with_articles_and_dozens(parser, text, figure, low, high):
    found = {q.text: (q.low, q.high) for q in quantities(next(parser(text).sents))}
    assert found[figure] == pytest.approx((low, high))


@pytest.mark.parametrize("text", [
    "A new constitution was adopted by the assembly.",  # an article before no scale word
    "The delegation stayed in the capital for a while.",
])
def test_an_article_alone_is_no_figure(parser, text):
    assert [q.text for q in quantities(next(parser(text).sents))] == []


@pytest.mark.parametrize("a, b, conflicts", [
    # "more than two dozen" is above 24, not above two
    ("More than two dozen protesters were killed in the riot in Port Vell.", "21 protesters were killed in the riot in Port Vell.", True),
    ("More than two dozen protesters were killed in the riot in Port Vell.", "30 protesters were killed in the riot in Port Vell.", False),
    # "a dozen" is about twelve: against forty it disagrees, against thirteen it does not
    ("A dozen soldiers were killed in the ambush near Lake Orno.", "About forty soldiers were killed in the ambush near Lake Orno.", True),
    ("A dozen soldiers were killed in the ambush near Lake Orno.", "13 soldiers were killed in the ambush near Lake Orno.", False),
    # "more than a hundred" is a bound: 57 is below it, 120 within it; 150 is within its open end but half as
    # much again as its figure, two sources' counts (session 69's ``rules._bound_apart``, ``bound_ratio`` 1.4:
    # its nine dev firings, two at 1.43 and 1.5 times, were all the two sides of a gold disagreement)
    ("More than a hundred rebels were captured in the raid on Fort Alma.", "57 rebels were captured in the raid on Fort Alma.", True),
    ("More than a hundred rebels were captured in the raid on Fort Alma.", "120 rebels were captured in the raid on Fort Alma.", False),
    ("More than a hundred rebels were captured in the raid on Fort Alma.", "150 rebels were captured in the raid on Fort Alma.", True),
])
def test_dozens_and_articles_compare_as_intervals(pipeline, a, b, conflicts):
    ca, cb = count_claim(pipeline, a), count_claim(pipeline, b)
    assert ca.topic == cb.topic
    assert bool(check_count(ca, cb) and conflict(ca, cb)) is conflicts


# A measure's adjective after a figure is what it counts, however the parse hangs the two together
# (session 58): "the toll was 49 dead", "acknowledged 39 dead", "left 8 dead", "counted some sixty
# rebel dead" gave no count of the dead (dev: belcod, moralg, hunrou, usanic, iraniraq).
@pytest.mark.parametrize("text, figure, measure", [
    ("The official toll of the riot in Port Vell was 49 dead.", "49", "dead"),
    ("The official inquiry into the riot in Port Vell counted twenty-one dead.", "twenty-one", "dead"),
    ("The marines counted some sixty rebel dead after the raid on Santa Irene.", "some sixty", "dead"),
    ("Freedonia reported 60 soldiers killed, while Sylvania acknowledged 39 dead.", "39", "dead"),
    ("By some counts the war on the plateau left a million dead.", "a million", "dead"),
    ("The clashes in Port Vell left 8 dead.", "8", "dead"),
    # a figure of a noun keeps its noun's measure
    ("The clashes in Port Vell left 8 soldiers wounded.", "8", "wounded"),
])
def test_a_measure_adjective_after_a_figure_is_counted(pipeline, text, figure, measure):
    counts = {c.value: c.topic for c in pipeline(text)._.claims if c.kind == "count"}
    assert counts.get(figure) == measure


@pytest.mark.parametrize("text", [
    "The delegation counted 49 names on the list of the missing.",  # no measure adjective
    "Forty new schools were opened in the northern province.",
])
def test_no_toll_without_a_measure_adjective(pipeline, text):
    assert not [c for c in pipeline(text)._.claims if c.kind == "count" and c.topic == "dead"]


# A vague multiplier of a scale word stays in the figure when the parse makes the figure a quantity
# with its unit ("several hundred kilometres" was read as "hundred kilometres", 95-105 km; dev texts:
# chdsdn, dzamli, rwacod).
@pytest.mark.parametrize("text, figure, low, high", [
    ("The rebels withdrew several hundred kilometres to the north of the lake.", "several hundred kilometres", 200, 900),
    ("The column stopped a few dozen kilometres away from the capital.", "few dozen kilometres", 24, 108),
])
def test_a_vague_multiplier_of_a_length_stays_in_the_figure(parser, text, figure, low, high):
    found = {q.text: (q.low, q.high) for q in quantities(next(parser(text).sents))}
    assert found[figure] == pytest.approx((low, high))
