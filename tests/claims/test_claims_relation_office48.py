"""A relationship's state said of a person's time in office is said of that person's term as the
actor dictionary dates it (chronica.claims.extract._office_period): "under / during PERSON",
"PERSON's presidency / years", "since PERSON took office" (from the term's start to the publication
day). Seen in several dev texts (a press release, a policy brief, a live blog, a podcast
transcript, a book review); the sentences here are written for these tests, with other names."""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare

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
