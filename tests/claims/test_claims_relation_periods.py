"""The period a relationship's state or trend is said of (chronica.claims.extract._relation_period):
every date written on its clause ("remained frosty through 2018 and 2019"), a date after "after" /
"since" running to the publication day ("warmed steadily after 2010"), a duration after "for"
("for about six years the two were warm", "for the next three years relations were cordial", "for a
few years relations warmed") from the date written before it, and a state said to persist with no
date ("relations stayed cold") at the narrative's date. Each construction was seen in several dev
texts (a textbook, an op-ed, an encyclopedia, a blog, a book review, a fact check, an obituary);
the sentences here are written for these tests, with other names and years."""

from __future__ import annotations

import pytest

from chronica.claims.rules import check_relation
from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare

#: a document's opening that names its pair (Chile, Argentina) often enough
PAIR = ("Chile and Argentina disputed the channel. Chile accused Argentina of incursions. "
        "Argentina rejected the charge from Chile. ")
PUBLISHED = "2016-05-10"


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def relation(pipeline, text, published=PUBLISHED):
    doc = pipeline(prepare(pipeline, PAIR + text, published))
    found = [c for c in doc._.claims if c.kind == "relation"]
    assert len(found) == 1, [(c.value, c.sentence) for c in found]
    return found[0]


@pytest.mark.parametrize("text, value, earliest, latest, whole", [
    # every date on the clause (a blog's rebuttal: "remained frosty through 2018 and 2019")
    ("Relations between the two capitals remained cold through 2014 and 2015.",
     "hostile", "2014-01-01", "2015-12-31", True),
    # after / since a date: to the publication day (a fact check, a book review, an encyclopedia)
    ("Relations warmed steadily after 2005.", "closer", "2005-01-01", PUBLISHED, False),
    ("In the years after 2006 relations between the two capitals remained cool and watchful.",
     "hostile", "2006-01-01", PUBLISHED, True),
    ("Relations have remained cool since 2009.", "hostile", "2009-01-01", PUBLISHED, True),
    # "for N years" from the date the sentence wrote before it (a blog: "restored in June 1988,
    # ... and for about six years the two neighbours were genuinely warm")
    ("Ties were restored in May 1950, a customs union followed in March 1951, and for about five "
     "years the two neighbours were genuinely friendly.", "allied", "1951-03-01", "1955-08-30", True),
    # ... from the narrative's date (a textbook: "For the next three years relations ... were
    # correct and at times even cordial", after a paragraph on the accord's year)
    ("A treaty was signed in 1975. For the next three years relations between the two countries "
     "were correct and at times cordial.", "allied", "1975-01-01", "1977-07-02", True),
    # ... a trend (an obituary: "that October and, for a few years, relations ... genuinely warmed")
    ("The war ended in 1972. The two leaders met at Lima that March and, for a few years, relations "
     "between Santiago and Buenos Aires genuinely warmed.", "closer", "1972-03-01", "1974-03-01", False),
    # a state said to persist with no date: the narrative's (an op-ed: "relations stayed cold and
    # suspicious", after a paragraph on the accord)
    ("The treaty was signed in 1942. Relations stayed cold and suspicious, and the two capitals never "
     "agreed on the treaty.", "hostile", "1942-01-01", "1942-12-31", True),
])
def test_the_period_of_a_relationship(pipeline, text, value, earliest, latest, whole):
    c = relation(pipeline, text)
    assert (c.value, c.earliest, c.latest, c.qualifier == "throughout") == (value, earliest, latest, whole)


@pytest.mark.parametrize("text, earliest, latest", [
    ("Relations between the two countries were cordial in 1965.", "1965-01-01", "1965-12-31"),  # one date
    ("Relations warmed in 2005.", "2005-01-01", "2005-12-31"),  # no "after": the year only
    # no stated publication day: "after 2005" stays the year
])
def test_a_period_of_one_date_stays_that_date(pipeline, text, earliest, latest):
    c = relation(pipeline, text)
    assert (c.earliest, c.latest) == (earliest, latest)


def test_after_a_date_without_a_publication_day(pipeline):
    c = relation(pipeline, "Relations warmed steadily after 2005.", published=None)
    assert (c.earliest, c.latest) == ("2005-01-01", "2005-12-31")


def test_a_state_said_in_the_perfect_without_a_date_stays_undated(pipeline):
    # session 66: a simple past with no date stands at the narrative's date
    # (tests/claims/test_claims_relation_narrative66.py); a perfect does not
    c = relation(pipeline, "The treaty was signed in 1942. Relations have been cold and suspicious.")
    assert c.earliest is None


@pytest.mark.parametrize("a, b, conflict", [
    # "for the next three years ... correct, even cordial" / "stayed cold and suspicious" (1975)
    ("A treaty was signed in 1975. For the next three years relations between the two countries were "
     "correct and at times cordial.",
     "The treaty was signed in 1975. Relations stayed cold and suspicious.", True),
    # "for about six years ... genuinely warm" / "remained cool and suspicious" in a year within
    ("Ties were restored in May 1950, and for about five years the two neighbours were genuinely friendly.",
     "Even in 1952 relations remained cool and suspicious.", True),
    # "for a few years relations warmed" / "remained cold throughout the mid-1970s"
    ("The two leaders met at Lima in October 1972 and, for a few years, relations between Santiago and "
     "Buenos Aires genuinely warmed.",
     "Relations between Santiago and Buenos Aires remained cold throughout the mid-1970s.", True),
    # "warmed over the following year" (2019) / "remained frosty through 2018 and 2019"
    ("Relations warmed markedly in 2015.",
     "Relations between the two capitals remained cold through 2014 and 2015.", True),
    # "warmed steadily after 2010" / "in the years after 2011 ... remained cool"
    ("Relations warmed steadily after 2005.",
     "In the years after 2006 relations between the two capitals remained cool and watchful.", True),
    # look-alikes: periods apart, or a state at one time that may have turned
    ("Relations warmed markedly in 2013.",
     "Relations between the two capitals remained cold through 2014 and 2015.", False),
    ("A treaty was signed in 1975. For the next three years relations between the two countries were "
     "correct and at times cordial.",
     "The treaty was signed in 1981. Relations stayed cold and suspicious.", False),
    ("Relations warmed steadily after 2005.", "Relations were cool in 2004.", False),
])
def test_periods_make_states_and_trends_comparable(pipeline, a, b, conflict):
    ca, cb = relation(pipeline, a), relation(pipeline, b)
    assert (check_relation(ca, cb) is not None) is conflict
    assert (check_relation(cb, ca) is not None) is conflict


# -- a term of office (chronica.claims.extract._office_period) ----------------------------------
# A relationship's state said of a person's time in office is said of that person's term as the
# actor dictionary dates it: "under / during PERSON", "PERSON's presidency / years", "since PERSON
# took office" (from the term's start to the publication day). Seen in several dev texts (a press
# release, a policy brief, a live blog, a podcast transcript, a book review); other names here.


@pytest.mark.parametrize("text, value, earliest, latest, whole", [
    # under / during a person: the person's one term, all of it
    ("Under President Carlos Menem, relations between the two countries were cordial.",
     "allied", "1989-07-08", "1999-12-10", True),
    ("Relations between Santiago and Buenos Aires stayed cool during Raúl Alfonsín's first years.",
     "hostile", "1983-12-10", "1989-07-08", True),
    # the person's presidency / years
    ("Relations with Chile were at their warmest in Néstor Kirchner's years.",
     "allied", "2003-05-25", "2007-12-10", True),
    ("Relations stayed frosty throughout the Menem years despite many promises of friendship.",
     "hostile", "1989-07-08", "1999-12-10", True),
    ("The two countries kept cordial relations, including during the presidency of Raúl Alfonsín.",
     "allied", "1983-12-10", "1989-07-08", True),
    # since the person took office / came to power: from the term's start to the publication day
    ("Relations with Chile have warmed markedly since Néstor Kirchner took office.",
     "closer", "2003-05-25", PUBLISHED, False),
    ("Relations have been friendly since Carlos Menem came to power.",
     "allied", "1989-07-08", PUBLISHED, False),
])
def test_a_relationship_said_of_a_term_of_office(pipeline, text, value, earliest, latest, whole):
    c = relation(pipeline, text)
    assert (c.value, c.earliest, c.latest, c.qualifier == "throughout") == (value, earliest, latest, whole)


@pytest.mark.parametrize("text, earliest", [
    # a date written on the relationship's own clause wins over the person
    ("Under President Carlos Menem, relations between the two countries were cordial in 1995.", "1995-01-01"),
    # a person the dictionary does not date leaves the claim as it was (no date here)
    ("Under President Ana Quiroga-Sandoval, relations between the two countries were cordial.", None),
    # a person named in another role ("relations cooled after Menem's visit") is no term of office
    ("Relations cooled after the visit of a trade delegation led by Carlos Menem.", None),
])
def test_what_is_no_term_of_office(pipeline, text, earliest):
    assert relation(pipeline, text).earliest == earliest
