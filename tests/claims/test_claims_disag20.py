"""Claims added in round 20 (issue 11: disagreement recall), each rule on sentences from three texts
written for these tests, with look-alikes it must leave alone: figures with dotted thousands
("100.000"), who opened hostilities read from the act a beginning is told by ("the war broke out
when X opened fire") or an act done without provocation, a person's birth and age when the
knowledge base lacks the person, one person's name written shorter or spelt two ways, and how
much of a named whole an act covered when no event stands for the act."""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import attribute_of
from chronica.claims.model import SentenceClaim
from chronica.claims.numbers import figure_number
from chronica.claims.rules import same_person_name
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind):
    return [c for c in pipeline(text)._.claims if c.kind == kind]


# -- figures with dotted thousands ------------------------------------------------------------

@pytest.mark.parametrize("written, value", [
    ("100.000", 100000.0),  # a translation: "died about 100.000 persons"
    ("1.250.000", 1250000.0),
    ("45.500", 45500.0),
    ("3.5", 3.5),  # a decimal fraction keeps its point
    ("12.75", 12.75),
    ("1,200", 1200.0),
])
def test_figure_number_reads_dotted_thousands(written, value):
    assert figure_number(written) == value


@pytest.mark.parametrize("text, low, high", [
    ("In three years of fighting about 100.000 persons died, the relief agencies estimated.", 85000, 115000),
    ("More than 45.000 refugees crossed the river into the neighbouring province.", 45000, float("inf")),
    ("Some 12.400 soldiers were killed in the spring offensive, the ministry said.", 10540, 14260),
])
def test_counts_with_dotted_thousands(pipeline, text, low, high):
    counts = claims_of(pipeline, text, "count")
    assert len(counts) == 1
    assert counts[0].low == pytest.approx(low, rel=1e-6) and counts[0].high == pytest.approx(high, rel=1e-6)


# -- who opened the hostilities ------------------------------------------------------------

@pytest.mark.parametrize("text, obj, doer", [
    ("The border war broke out on 3 March 1969, when Chinese troops opened fire on a Soviet patrol.", "war", "CHN"),
    ("March 3, 1932 - War breaks out after Bolivian troops attack the Paraguayan fort at the lake.", "war", "BOL"),
    ("Fighting along the river started on 14 July 1969, when Salvadoran aircraft bombed Honduran airfields.", "fighting", "SLV"),
    ("On 17.09.1939 the Soviet army invaded eastern Poland without provocation, with tanks and cavalry.", "hostilities", "RUS"),
])
def test_claims_who_opened_the_hostilities(pipeline, text, obj, doer):
    agents = claims_of(pipeline, text, "agent")
    assert [(c.topic, c.obj) for c in agents] == [(f"who started: {obj}", obj)]
    assert any(doer in k for k in agents[0].subject), agents[0].subject


@pytest.mark.parametrize("text", [
    "The war ended on 9 May 1945, when German troops laid down their arms.",  # an end, not a start
    "The war broke out when rebels attacked the capital.",  # a doer no state or name stands for
    "Chinese troops attacked a Soviet patrol on 3 March 1969.",  # no beginning, nothing unprovoked
    "The war broke out in 1969, and Chinese troops did not open fire until March.",  # negated act
])
def test_claims_no_opening_agent(pipeline, text):
    assert [c.topic for c in claims_of(pipeline, text, "agent") if c.topic.startswith("who started")] == []


# -- a person's birth and age when the knowledge base lacks the person --------------------------

@pytest.mark.parametrize("text, key, value", [
    ("Tomas Varga, born on 3 May 1931 in Budapest, became the party's first secretary.", "name:tomas varga", "3 May 1931"),
    ("Amadou Diallo Kone, born in 1944 in Bamako, led the union for twenty years.", "name:amadou diallo kone", "1944"),
    ("Lucia Ferreira was born on 12 June 1950 in Recife.", "name:lucia ferreira", "12 June 1950"),
])
def test_claims_birth_of_an_unknown_person(pipeline, text, key, value):
    births = [c for c in claims_of(pipeline, text, "attribute") if attribute_of(c) == "birth date"]
    assert [(c.subject, c.value) for c in births] == [([key], value)]


@pytest.mark.parametrize("text, key, age", [
    ("That night the 31-year-old pilot Marco Bellini was shot down over the lake.", "name:marco bellini", 31),
    ("Elena Sokolova, 58 years old, took the oath in the capital.", "name:elena sokolova", 58),
    ("The 24-year-old sergeant Pedro Alvarado was wounded at the bridge.", "name:pedro alvarado", 24),
])
def test_claims_age_written_before_or_after_the_name(pipeline, text, key, age):
    ages = [c for c in claims_of(pipeline, text, "attribute") if attribute_of(c) == "age"]
    assert [(c.subject, c.low) for c in ages] == [([key], age)]


@pytest.mark.parametrize("a, b, same", [
    ("name:isaias afwerki", "phx:isaias_afewerki", True),  # one letter more in a translation
    ("name:josé quiñones", "name:josé quiñones gonzales", True),  # the full name written shorter
    ("name:jose quinones", "name:josé quiñones", True),  # accents dropped
    ("name:robert kennedy", "name:john kennedy", False),  # one word in common is not one person
    ("name:kennedy", "name:john kennedy", False),  # a surname alone may be anyone's
    ("PRK", "name:kim il sung", False),  # a state's code names nobody
])
def test_same_person_name(a, b, same):
    assert same_person_name(a, b) is same


def _attribute(topic):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="attribute", topic=topic, value="", start=0, end=0)


@pytest.mark.parametrize("topic, what", [
    ("when Tomas Varga was born", "birth date"),
    ("where Tomas Varga was born", "birthplace"),
    ("how old Tomas Varga was when killed", "age"),
    ("how old Tomas Varga was", "age"),
    ("what Tomas Varga did", "what Tomas Varga did"),
])
def test_attribute_of_topic(topic, what):
    assert attribute_of(_attribute(topic)) == what


# -- how much of a named whole ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, obj, names", [
    ("By August the rebel columns held all of Kivu province and had reached the lake.", "all", "province", ["kivu"]),
    ("Government troops occupied most of Tigray province and parts of Afar.", "most", "province", ["tigray"]),
    ("Within a month the invaders controlled the whole province of Shaba.", "whole", "province", ["shaba"]),
])
def test_claims_scope_of_a_named_whole(pipeline, text, value, obj, names):
    scopes = claims_of(pipeline, text, "scope")
    assert [(c.value, c.obj, c.where) for c in scopes] == [(value, obj, names)]
