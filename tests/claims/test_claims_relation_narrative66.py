"""Session 66: two readings of how a relationship stood.

1. State adjectives said of a relationship that the rules lacked: "good", "smooth",
   "businesslike", "workmanlike" (relations that work: allied, as "correct" is) and "sour", "bad"
   (hostile; said as a state, not the trend "soured"). Seen said of a relationship in dev texts
   of seven subjects (an encyclopedia, a travel advice page, a theatre programme, a gas network's
   history, an archive newsletter, a briefing memo, a feature).
2. A state or trend told in the simple past with no date on it ("relations were cold",
   "relations cooled sharply") stands at the narrative's date (the last date the document wrote
   before it, as a state said to persist already did), not over all of it; a perfect ("have been
   cold") stays undated. Before, such claims had no period and compared with nothing.

The sentences are written for these tests, with invented dates."""

from __future__ import annotations

import pytest

from chronica.claims.rules import check_relation
from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare

#: a document's opening that names its pair (Norway, Peru) often enough
PAIR = ("Norway and Peru disputed the fishery. Norway accused Peru of incursions. "
        "Peru rejected the charge from Norway. ")
PUBLISHED = "2016-05-10"


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def relations(pipeline, text):
    doc = pipeline(prepare(pipeline, PAIR + text, PUBLISHED))
    return [c for c in doc._.claims if c.kind == "relation"]


@pytest.mark.parametrize("text, value", [
    ("Relations between Oslo and Lima were good in 1961.", "allied"),
    ("Relations between the two countries stayed businesslike throughout 1984.", "allied"),
    ("Relations between Norway and Peru remained smooth in 1972.", "allied"),
    ("Relations between Norway and Peru were sour in 1979.", "hostile"),
    ("Relations between the two capitals were bad in 1966.", "hostile"),
])
def test_state_adjectives(pipeline, text, value):
    assert [c.value for c in relations(pipeline, text)] == [value]


@pytest.mark.parametrize("text", [
    "The harvest was good in 1961.",  # not said of a relationship
    "Relations between the two firms were good in 1990.",  # no states
    "The milk in the capital turned sour in 1979.",
    "Relations between Norway and Peru were not good in 1961.",  # negated
    "Relations between Norway and Peru were rarely smooth in 1961.",
    "Relations between the two countries were seldom warm in 1964.",
])
def test_no_state(pipeline, text):
    assert relations(pipeline, text) == []


@pytest.mark.parametrize("text, value, earliest, whole", [
    # a state with "be" in the simple past: at the narrative's year, not all of it
    ("The treaty was signed in 1942. Relations were cold and suspicious.", "hostile", "1942-01-01", False),
    ("A border war broke out in March 1969. Relations between the two countries cooled sharply.",
     "apart", "1969-03-01", False),
    ("The accord was signed in 1987. Relations between Oslo and Lima were cordial.",
     "allied", "1987-01-01", False),
    # a state said to persist: all of it (as before)
    ("The treaty was signed in 1942. Relations stayed cold and suspicious.", "hostile", "1942-01-01", True),
    # a perfect, no date written before, or a turn after a happening (the happening places it): undated
    ("The treaty was signed in 1942. Relations have cooled.", "apart", None, False),
    ("The treaty was signed in 1942. Relations cooled after the general seized power.", "apart", None, False),
    ("Relations between the two countries were cold.", "hostile", None, False),
])
def test_an_undated_past_tense_stands_at_the_narratives_date(pipeline, text, value, earliest, whole):
    [c] = relations(pipeline, text)
    assert (c.value, c.earliest, c.qualifier == "throughout") == (value, earliest, whole)


@pytest.mark.parametrize("a, b, conflict", [
    # two undated states of one narrative year
    ("A treaty was signed in 1975. Relations between the two countries were cordial.",
     "The treaty was signed in 1975. Relations were cold and suspicious.", True),
    # an undated trend against a state held over all of its year
    ("A border war broke out in 1969. Relations between the two countries cooled sharply.",
     "Relations between Oslo and Lima remained warm throughout 1969.", True),
    # look-alikes: other narrative years; a trend against a state said at one time
    ("A treaty was signed in 1975. Relations between the two countries were cordial.",
     "The treaty was signed in 1981. Relations were cold and suspicious.", False),
    ("A border war broke out in 1969. Relations between the two countries cooled sharply.",
     "Relations between Oslo and Lima were warm in 1969.", False),
])
def test_narrative_dates_make_states_comparable(pipeline, a, b, conflict):
    [ca], [cb] = relations(pipeline, a), relations(pipeline, b)
    assert (check_relation(ca, cb) is not None) is conflict
    assert (check_relation(cb, ca) is not None) is conflict


# -- 4. a relationship noun swallowed by a fronted phrase (extract._swallowed_subject) -----------
# The parser takes the subject into a fronted time phrase ("For the remainder of those years
# relations between X and Y were tense": "relations" the object of "of"; "From the first test
# relations ... were strained": "test" a compound of it), leaving the clause without a subject. Seen in a
# climate note, a research bulletin and a reference book (three dev subjects).

@pytest.mark.parametrize("text, value", [
    ("For the remainder of those years relations between Oslo and Lima were tense, and trade stopped.", "hostile"),
    ("The tariff stayed in force, and over most of the period relations worsened steadily.", "apart"),
    ("From the first test relations between Oslo and Lima were badly strained.", "hostile"),
])
def test_a_swallowed_relationship_noun_is_the_subject(pipeline, text, value):
    assert [c.value for c in relations(pipeline, text)] == [value]


@pytest.mark.parametrize("text", [
    "After the rupture of relations both embassies closed.",  # the clause's own subject follows
    "In the spirit of good relations the two teams played a match.",  # a wish, not a state
    "Kenya wanted good relations with Peru in 1990.",
])
def test_no_swallowed_relationship_noun(pipeline, text):
    assert relations(pipeline, text) == []
