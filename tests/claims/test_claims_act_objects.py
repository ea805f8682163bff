"""What an act of permission, order or refusal is about, and when two such acts are about the
same object (issue 11: "the same leader doing different things about different objects is not a
disagreement"). Sentences written for these tests; each rule on at least three texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronica.chronicle.claim_conflicts import same_act_object
from chronica.nlp import load_pipeline
from chronica.stages import STAGES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_corpus import run_case  # the case corpus runner, beside this file


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def act_of(pipeline, text):
    acts = [c for c in pipeline(text)._.claims if c.kind == "act"]
    assert len(acts) == 1, (text, acts)
    return acts[0]


@pytest.mark.parametrize("text, value, obj, words", [
    # a name is an object too
    ("In 1982 General Leopoldo Galtieri approved Operation Rosario.", "approved", "rosario", "Operation Rosario"),
    ("In May 1944 Joseph Stalin approved Operation Bagration after a long debate.", "approved", "bagration", "Operation Bagration"),
    ("In 1961 President Kennedy approved Operation Zapata.", "approved", "zapata", "Operation Zapata"),
    # refusing to approve is a refusal, about what the approval would have been about
    ("In October 1956 Anthony Eden refused to approve the invasion of the canal zone.", "refused", "invasion",
     "the invasion of the canal zone"),
    ("In 1999 President Boris Yeltsin declined to authorise the air strikes on the capital.", "refused", "strike",
     "the air strikes on the capital"),
    ("In 1975 President Gerald Ford refused to approve the sale of the airline.", "refused", "sale", "the sale of the airline"),
    # the wording of a governed verb keeps its object, not its time or its consequences
    ("In 1968 Leonid Brezhnev ordered the Soviet army to invade Czechoslovakia in August, ending the reforms.",
     "ordered", "invade", "to invade Czechoslovakia"),
])
def test_act_object_and_its_wording(pipeline, text, value, obj, words):
    c = act_of(pipeline, text)
    assert (c.value.split(":")[0], c.obj, c.clauses) == (value, obj, [words])


@pytest.mark.parametrize("a, b, same", [
    # one object, told twice
    ("In October 1956 Anthony Eden approved the invasion of the canal zone.",
     "In October 1956 Anthony Eden refused to approve the invasion of the canal zone.", True),
    ("In March 1983 President Daniel Ortega approved the attack on the border post.",
     "President Daniel Ortega rejected the attack on the border post in March 1983.", True),
    ("In January 1950 Stalin gave his approval to Kim to liberate South Korea.",
     "In 1950 Stalin ordered North Korea to invade South Korea.", True),
    # different objects of one actor
    ("In 1962 President Sukarno approved the plan to build a new port at Surabaya.",
     "In 1962 President Sukarno rejected the award of the Lenin Peace Prize.", False),
    ("In March 1971 President Yahya Khan approved the offer of talks from the Awami League.",
     "In March 1971 President Yahya Khan rejected the demand for a referendum in the east.", False),
    ("In 1982 General Leopoldo Galtieri approved Operation Rosario, a plan to seize the islands.",
     "In 1982 General Leopoldo Galtieri formally rejected the ruling of the court.", False),
    ("In 1988 Mikhail Gorbachev approved the withdrawal of Soviet troops from Afghanistan.",
     "In 1988 Mikhail Gorbachev refused to send more troops to Armenia.", False),
    # one head word, different named things
    ("In 1990 President Bush approved the invasion of Panama.",
     "In 1990 President Bush refused to approve the invasion of Iraq.", False),
])
def test_same_act_object(pipeline, a, b, same):
    assert same_act_object(act_of(pipeline, a), act_of(pipeline, b)) is same


@pytest.mark.parametrize("text, obj, words", [
    # a bare approval or refusal answers the request of the sentence before
    ("In 1981 the rebels asked the government for a ceasefire. The government refused.", "ceasefire", "a ceasefire"),
    ("In 1958 King Hussein requested troops from Britain. London declined.", "troop", "troops from Britain"),
    ("In 1979 the Afghan government asked Moscow to send troops. The Kremlin refused at first.", "send",
     "to send troops"),
    ("Kim asked Stalin for permission to attack the south. Stalin refused.", "attack", "to attack the south"),
])
def test_a_bare_act_answers_the_request_before_it(pipeline, text, obj, words):
    acts = [c for c in pipeline(text)._.claims if c.kind == "act"]
    assert [(c.value.split(":")[0], c.obj, c.clauses) for c in acts] == [("refused", obj, [words])]


@pytest.mark.parametrize("text", [
    "The minister arrived in Paris in May. He refused.",  # nothing was asked
    "The rebels asked for talks in May. In June the army attacked the town. The government refused.",  # not just before
    "In 1981 the rebels asked the government for a ceasefire. The government refused to sign the accord.",  # its own object
])
def test_a_bare_act_without_a_request_just_before_has_no_borrowed_object(pipeline, text):
    acts = [c for c in pipeline(text)._.claims if c.kind == "act"]
    assert all(c.obj not in ("talk", "ceasefire") for c in acts)


def test_an_act_whose_object_is_unknown_is_about_nothing_known(pipeline):
    known = act_of(pipeline, "In 1956 Anthony Eden approved the invasion of the canal zone.")
    assert same_act_object(known, None) is False
    assert same_act_object(None, known) is False


CASES = [
    ("act-eden-invasion", "conflict",
     "In October 1956 Prime Minister Anthony Eden approved the invasion of the canal zone.",
     "In October 1956 Anthony Eden refused to approve the invasion of the canal zone."),
    ("act-ortega-attack", "conflict",
     "In March 1983 President Daniel Ortega approved the attack on the border post.",
     "President Daniel Ortega rejected the attack on the border post in March 1983."),
    # a named operation approved, another thing rejected (before: the name was no object, and an
    # act about nothing known was taken to be about anything)
    ("act-compatible-operation-and-demand", "compatible",
     "In 1982 General Leopoldo Galtieri approved Operation Rosario.",
     "In 1982 General Leopoldo Galtieri rejected the British demand for a withdrawal."),
    ("act-compatible-zapata-and-talks", "compatible",
     "In April 1961 President John Kennedy approved Operation Zapata.",
     "In April 1961 President John Kennedy rejected the Soviet demand for talks on Berlin."),
    ("act-compatible-bagration-and-arms", "compatible",
     "In May 1944 Joseph Stalin approved Operation Bagration.",
     "In May 1944 Joseph Stalin rejected the Polish request for arms."),
    ("act-compatible-plan-and-award", "compatible",
     "In 1962 President Sukarno approved the plan to build a new port at Surabaya.",
     "In 1962 President Sukarno rejected the award of the Lenin Peace Prize."),
]


@pytest.mark.parametrize("case_id, expect, a, b", CASES, ids=[c[0] for c in CASES])
def test_act_disagreements_end_to_end(case_id, expect, a, b):
    out = run_case({"id": case_id, "expect": expect, "kind": "act" if expect == "conflict" else None,
                    "a": a + "\n", "b": b + "\n"})
    acts = [t for k, t in out.reported if k == "act"]
    assert len(acts) == (1 if expect == "conflict" else 0), out.reported
