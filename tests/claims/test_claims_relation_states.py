"""How a relationship stood, said with an adjective ("relations remained icy", "the relationship
was uneasy", "relations are at their warmest"), and a relationship named by no pair ("relations
improved", "the two countries were close allies"): the pair is the two states the document tells
most of. Each sentence is written for these tests on a construction seen in several texts."""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import check_relation
from chronica.nlp import load_pipeline
from chronica.stages import STAGES

#: a document's opening that names its pair (Chile, Argentina) often enough
CHILE_ARGENTINA = ("Chile and Argentina disputed the channel. Chile accused Argentina of incursions. "
                   "Argentina rejected the charge from Chile. ")


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def relations(pipeline, text):
    return [(c.value, set(c.subject)) for c in pipeline(text)._.claims if c.kind == "relation"]


@pytest.mark.parametrize("text, value, pair", [
    ("Relations between Chile and Argentina remained icy throughout 1978.", "hostile", {"CHL", "ARG"}),
    ("Relations between Spain and Morocco were cordial in 1965.", "allied", {"ESP", "MAR"}),
    ("Relations between Kenya and Somalia stayed cold and suspicious during the 1970s.", "hostile", {"KEN", "SOM"}),
    ("Relations between Madrid and Rabat were at their warmest in 1991.", "allied", {"ESP", "MAR"}),
])
def test_relation_state_said_with_an_adjective(pipeline, text, value, pair):
    assert relations(pipeline, text) == [(value, pair)]


@pytest.mark.parametrize("text, whole", [
    ("Relations between Chile and Argentina remained icy throughout 1978.", True),
    ("Relations between Kenya and Somalia stayed cold all through the 1970s.", True),
    ("Relations between Kenya and Somalia were cold in the 1970s.", False),
])
def test_state_said_over_the_whole_period(pipeline, text, whole):
    rel = [c for c in pipeline(text)._.claims if c.kind == "relation"]
    assert len(rel) == 1 and (rel[0].qualifier == "throughout") is whole


@pytest.mark.parametrize("text, value", [
    (CHILE_ARGENTINA + "Relations improved markedly in the early 1990s.", "closer"),
    (CHILE_ARGENTINA + "The two countries were close allies for much of the 1990s.", "allied"),
    (CHILE_ARGENTINA + "Yet even in the early 1990s the relationship was uneasy.", "hostile"),
    (CHILE_ARGENTINA + "For six years the two neighbours were genuinely warm with each other.", "allied"),
])
def test_relationship_named_by_no_pair_is_the_documents_pair(pipeline, text, value):
    assert relations(pipeline, text) == [(value, {"CHL", "ARG"})]


@pytest.mark.parametrize("text", [
    "Relations between the two firms were cordial in 1990.",  # no states
    "The winter of 1978 was icy in Chile.",  # not said of a relationship
    CHILE_ARGENTINA + "Relations were not cordial in 1990.",  # negated
    CHILE_ARGENTINA + "The two rivers were cold in 1990.",  # no pair noun
    "Relations remained icy throughout 1978.",  # no pair in the document
])
def test_no_relation_state(pipeline, text):
    assert relations(pipeline, text) == []


def _state(value, earliest, latest, qualifier=None):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="relation", topic="relations between A and B", value=value, start=0, end=0,
                         subject=["A", "B"], earliest=earliest, latest=latest, qualifier=qualifier)


@pytest.mark.parametrize("a, b, conflict", [
    (("allied", "1990-01-01", "1999-12-31"), ("hostile", "1990-01-01", "1993-12-31"), True),  # within
    (("allied", "2013-05-06", "2013-05-06"), ("hostile", "2013-01-01", "2013-12-31", "throughout"), True),
    (("allied", "2013-05-06", "2013-05-06"), ("hostile", "2013-01-01", "2013-12-31"), False),  # turned that year
    (("allied", "1960-01-01", "1969-12-31"), ("hostile", "1969-01-01", "1969-12-31"), False),  # a small part
    (("allied", "1990-01-01", "1999-12-31"), ("hostile", "1998-01-01", "2005-12-31"), False),  # apart
    (("allied", "1970-01-01", "1979-12-31"), ("hostile", "1980-01-01", "1989-12-31"), False),
    (("closer", "1960-01-01", "1969-12-31"), ("apart", "1964-01-01", "1964-12-31"), False),  # trends turn
])
def test_states_compare_by_the_shorter_period(a, b, conflict):
    assert (check_relation(_state(*a), _state(*b)) is not None) is conflict


# -- "relations between the two governments", "remained", a trend against a held state ----------

@pytest.mark.parametrize("text, value, whole", [
    # "relations between the two governments have remained cool" (a since-clause, an encyclopedia)
    (CHILE_ARGENTINA + "Since 2004 relations between the two governments have remained cool, with the channel unresolved.",
     "hostile", True),
    # "relations between the two capitals remained frosty through ..." (a blog's rebuttal)
    (CHILE_ARGENTINA + "But relations between the two capitals remained frosty in 1985.", "hostile", True),
    # "Relations between the two neighbours have been frosty" (a wire's background)
    (CHILE_ARGENTINA + "Relations between the two neighbours were frosty in 1978.", "hostile", False),
    # "the relations between the two countries were warming" (a translated page)
    (CHILE_ARGENTINA + "In 1990 relations between the two countries improved.", "closer", False),
])
def test_relations_between_the_pair_by_a_pair_noun(pipeline, text, value, whole):
    rel = [c for c in pipeline(text)._.claims if c.kind == "relation"]
    assert [(c.value, set(c.subject)) for c in rel] == [(value, {"CHL", "ARG"})]
    assert (rel[0].qualifier == "throughout") is whole


@pytest.mark.parametrize("text", [
    CHILE_ARGENTINA + "Relations between the two firms remained cool in 1985.",  # no pair noun of states
    "Relations between the two governments remained cool in 1985.",  # no pair in the document
    CHILE_ARGENTINA + "Relations between the two governments did not remain cool in 1985.",  # negated
])
def test_no_relation_by_a_pair_noun(pipeline, text):
    assert relations(pipeline, text) == []


@pytest.mark.parametrize("a, b, conflict", [
    # "warmed markedly since 2022" / "since 2022 ... have remained cool"
    (("closer", "2022-01-01", "2022-12-31"), ("hostile", "2022-01-01", "2022-12-31", "throughout"), True),
    # "warmed noticeably from 1963 to 1973" / "stayed frosty through the rest of the 1960s"
    (("closer", "1963-01-01", "1973-12-31"), ("hostile", "1963-01-01", "1969-12-31", "throughout"), True),
    # "improved markedly in 1992" / "remained warm all through the early 1990s": no conflict (same way)
    (("closer", "1992-01-01", "1992-12-31"), ("allied", "1990-01-01", "1994-12-31", "throughout"), False),
    # "soured in 1979" / "remained cordial throughout the 1970s"
    (("apart", "1979-01-01", "1979-12-31"), ("allied", "1970-01-01", "1979-12-31", "throughout"), True),
    # a state said at one time may have turned: "were cool in 2018" / "warmed in 2018"
    (("closer", "2018-01-01", "2018-12-31"), ("hostile", "2018-01-01", "2018-12-31"), False),
    # periods apart: "warmed in 2019" / "remained frosty through 2018"
    (("closer", "2019-01-01", "2019-12-31"), ("hostile", "2018-01-01", "2018-12-31", "throughout"), False),
    # a trend mostly outside the held state: "warmed between 1975 and 1985" / "remained cold throughout 1975"
    (("closer", "1975-01-01", "1985-12-31"), ("hostile", "1975-01-01", "1975-12-31", "throughout"), True),
    (("closer", "1960-01-01", "1969-12-31"), ("hostile", "1969-06-01", "1971-12-31", "throughout"), False),
])
def test_a_trend_against_a_state_held_over_the_period(a, b, conflict):
    assert (check_relation(_state(*a), _state(*b)) is not None) is conflict
    assert (check_relation(_state(*b), _state(*a)) is not None) is conflict


# -- who broke off relations: a bilateral once-only act ------------------------------------------

@pytest.mark.parametrize("text, doer, partner", [
    ("Morocco broke off diplomatic relations with Algeria on 7 March 1976.", ["MAR"], ["DZA"]),
    ("Algiers cut its ties with Rabat in 1976 when the dispute came to a head.", ["DZA"], ["MAR"]),
    ("Venezuela severed relations with Britain in 1887.", ["VEN"], ["GBR"]),
])
def test_who_broke_off_relations(pipeline, text, doer, partner):
    agents = [c for c in pipeline(text)._.claims if c.kind == "agent"]
    assert [(c.subject, c.partner, c.obj) for c in agents] == [(doer, partner, "relation")]


@pytest.mark.parametrize("text", [
    "The rebels cut the supply line in 1990.",  # not relations
    "Iraq broke the truce in 1982.",
    "Chile did not break off relations with Peru in 1990.",  # negated
])
def test_no_breaking_off(pipeline, text):
    assert [c for c in pipeline(text)._.claims if c.kind == "agent"] == []


def _broke(doer, partner, earliest, latest, stated=True):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="agent", topic="who broke off: relation", value=doer, start=0, end=0,
                         subject=[doer], partner=[partner] if partner else [], obj="relation",
                         earliest=earliest, latest=latest, stated=stated)


@pytest.mark.parametrize("a, b, same", [
    (("MAR", "DZA", "1976-03-07", "1976-03-07"), ("DZA", "MAR", "1976-01-01", "1976-12-31"), True),
    (("MYS", "IDN", "1963-09-17", "1963-09-17"), ("IDN", None, "1963-09-01", "1963-09-30"), True),
    (("MAR", "DZA", "1976-03-07", "1976-03-07"), ("DZA", "MAR", "2021-08-24", "2021-08-24"), False),  # decades apart
    (("MAR", "DZA", "1976-03-07", "1976-03-07"), ("DZA", "MAR", None, None), False),  # one undated
    (("ISL", "GBR", "1976-02-19", "1976-02-19"), ("VEN", "GBR", "1976-01-01", "1976-12-31"), False),  # other pair
])
def test_one_breaking_off_told_twice(a, b, same):
    from chronica.chronicle.claim_conflicts import same_bilateral_act
    from chronica.claims.rules import check_agent
    ca, cb = _broke(*a), _broke(*b)
    assert same_bilateral_act(ca, cb) is same
    assert check_agent(ca, cb) is not None  # different doers: once one act, a disagreement


# -- when relations were restored: a once-only happening of the relationship ---------------------

@pytest.mark.parametrize("text, when", [
    ("Relations were restored on 16 May 1988, but six years later the attack led Morocco to act.", "1988-05-16"),
    ("The two countries formally restored diplomatic ties in September 1967, weeks after the summit.", "1967-09"),
    ("31 Aug 1967 - Diplomatic relations are restored, three weeks after the declaration.", "1967-08-31"),
])
def test_when_relations_were_restored(pipeline, text, when):
    dates = [c for c in pipeline(text)._.claims if c.kind == "date" and c.happening]
    assert [(c.happening, c.date) for c in dates] == [("restored:relation", when)]


def test_restoring_something_else_is_no_restoration(pipeline):
    assert [c for c in pipeline("The army restored order in the capital in 1990.")._.claims
            if c.kind == "date" and c.happening] == []
