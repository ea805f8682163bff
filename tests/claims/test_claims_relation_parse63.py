"""A relationship's state read where the parse hides it (issue 11): a fronted time phrase the
parse takes as the relationship noun's compound ("Over the 1930s relations warmed": no subject on
the verb), and a superlative state on "at" / "to" ("fell to their lowest level"). Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES

#: a document's opening that names its pair (Norway, Finland) often enough
NORWAY_FINLAND = ("Norway and Finland disputed the fishing zone. Norway accused Finland of overfishing. "
                  "Finland rejected the charge from Norway. ")


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def relations(pipeline, text):
    return sorted((c.value, c.earliest, c.latest) for c in pipeline(NORWAY_FINLAND + text)._.claims
                  if c.kind == "relation" and set(c.subject) == {"NOR", "FIN"})


@pytest.mark.parametrize("text, value, earliest", [
    # a fronted time phrase swallowed the subject
    ("Through the 1930s relations with Helsinki stayed chilly and aloof.", "hostile", "1930-01-01"),
    ("During the 1950s relations between the two governments were close.", "allied", "1950-01-01"),
    ("In the 1920s relations turned sour.", None, None),  # "turn" is no verb of state: nothing read
    # a superlative state on "at" / "to"
    ("In 1935 relations between Oslo and Helsinki fell to their lowest level in years.", "hostile", "1935-01-01"),
    ("In 1937 relations with Helsinki were at their lowest ebb since the strike.", "hostile", "1937-01-01"),
])
def test_relation_state_read_through_the_parse(pipeline, text, value, earliest):
    got = [(v, e) for v, e, _ in relations(pipeline, text) if v in ("allied", "hostile")]
    assert got == ([(value, earliest)] if value else [])


@pytest.mark.parametrize("text, earliest", [
    ("Relations between Oslo and Helsinki fell to their lowest level since 1931.", None),  # the comparison's base
    ("Relations between Oslo and Helsinki fell to their lowest level in 1936.", "1936-01-01"),
    ("Since 1936 relations between Oslo and Helsinki have been at their lowest ebb.", "1936-01-01"),  # its time
])
def test_superlative_since_is_no_date(pipeline, text, earliest):
    """With no date written before it, the comparison's base does not date the state."""
    assert relations(pipeline, text) == [("hostile", earliest, earliest and earliest[:4] + "-12-31")]


def test_superlative_since_held_at_the_narratives_date(pipeline):
    text = "In March 1936 the talks failed. Relations between Oslo and Helsinki fell to their lowest level since 1931."
    assert relations(pipeline, text) == [("hostile", "1936-03-01", "1936-03-31")]


@pytest.mark.parametrize("text", [
    "Through the 1930s trade grew steadily.",  # no relationship noun
    "In 1935 the fishing catch sank to its lowest point in decades.",  # the subject is no relationship
    "In 1938 relations between Oslo and Helsinki were not at their lowest point.",  # negated
])
def test_no_relation_state(pipeline, text):
    assert relations(pipeline, text) == []
