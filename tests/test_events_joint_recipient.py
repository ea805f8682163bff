"""A joint act told of two or more sides and of no recipient ("A and B signed a treaty", "the two
governments agreed", "talks between A and B") keeps the side written first as its source and makes the
others its recipients, PLOVER's coding of a joint act (``_targets.joint_recipient``). Session 56: on
dev-b and dev-r26 ... dev-r34, 382 of the found gold events whose recipient no citing event had
held that recipient as a second doer of the event. The rule holds for a symmetric form (the ontology:
"A and B signed" = "B signed with A") and for any act between the document's two main states; a
directed act of two allies ("A and B attacked") and two mediators keep their doers. Sentences are
written for these tests (invented events and dates)."""

from __future__ import annotations

import pytest

from chronica.chronicle.merge import parties_as_one_set
from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _roles(e):
    return [(p.role, p.name) for p in e.participants if p.role in ("source", "target")]


JOINT = [
    # two states named as one subject: the first written is the source
    ("Relations between Uruguay and Paraguay improved in the 1990s. In March 1994 Uruguay and Paraguay "
     "signed a fisheries treaty.", "SUPPORT", "Uruguay", "Paraguay"),
    ("Relations between Uruguay and Paraguay improved in the 1990s. In March 1994 Paraguay and Uruguay "
     "agreed to reopen the border.", "AGREE", "Paraguay", "Uruguay"),
    # a group word: the order of the members it stands for
    ("Relations between Uruguay and Paraguay improved in the 1990s. In March 1994 the two governments "
     "signed a fisheries treaty.", "SUPPORT", "Uruguay", "Paraguay"),
    # talks between two states (a symmetric form)
    ("Relations between Uruguay and Paraguay improved in the 1990s. Talks between Uruguay and Paraguay were "
     "held in Asuncion in 1995.", "CONSULT", "Uruguay", "Paraguay"),
    # leaders of the two states: their states are the sides
    ("Uruguay and Paraguay quarrelled over the dam for years. In 1963 the presidents of Uruguay and Paraguay "
     "met in Salto.", "CONSULT", "Uruguay", "Paraguay"),
]


@pytest.mark.parametrize("text,etype,source,target", JOINT)
def test_a_joint_act_codes_the_first_side_as_source_and_the_other_as_recipient(run, text, etype, source, target):
    evs = [e for e in run(text) if e.type == etype]
    assert evs, [(e.type, _roles(e)) for e in run(text)]
    e = evs[0]
    assert _roles(e) == [("source", source), ("target", target)], _roles(e)
    assert "joint_recipient" in e.checks


NOT_JOINT = [
    # a directed act of two allies, neither of the document's pair: both stay doers
    ("Uruguay and Paraguay quarrelled over the dam for years. In 1960 Chile and Peru attacked the dam.",
     "ACCUSE", [("source", "Chile"), ("source", "Peru")]),
    # two mediators act between others, not on each other
    ("Uruguay and Paraguay quarrelled over the dam for years. In 1962 a deal was brokered by Chile and Peru.",
     "CONSULT", [("source", "Chile"), ("source", "Peru")]),
    # a recipient named: nothing to do
    ("Relations between Uruguay and Paraguay soured in 1931. In May 1931 Uruguay broke off diplomatic "
     "relations with Paraguay.", "SANCTION", [("source", "Uruguay"), ("target", "Paraguay")]),
]


@pytest.mark.parametrize("text,etype,roles", NOT_JOINT)
def test_no_joint_recipient_for_allies_mediators_or_a_named_recipient(run, text, etype, roles):
    evs = [e for e in run(text) if e.type == etype]
    assert evs and _roles(evs[0]) == roles, [(e.type, _roles(e)) for e in run(text)]
    assert all("joint_recipient" not in e.checks for e in evs)


def test_two_tellings_of_one_joint_act_compare_their_parties_as_one_set(run):
    # "A and B signed" and "B and A signed" give opposite roles; the merge must not read two acts
    a = [e for e in run("Relations between Uruguay and Paraguay improved in the 1990s. In March 1994 Uruguay "
                        "and Paraguay signed a fisheries treaty.") if e.type == "SUPPORT"][0]
    b = [e for e in run("Relations between Uruguay and Paraguay improved in the 1990s. In March 1994 Paraguay "
                        "and Uruguay signed a fisheries treaty.") if e.type == "SUPPORT"][0]
    assert _roles(a)[0] == ("source", "Uruguay") and _roles(b)[0] == ("source", "Paraguay")
    assert parties_as_one_set(a, b)


ASK_TEXTS = {
    "river.txt": """title: The river treaty
published: 1995-01-10

Relations between Uruguay and Paraguay improved in the early 1990s.
In March 1994 Uruguay and Paraguay signed a fisheries treaty in Salto.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from ask_corpus import asker_over

    with asker_over(tmp_path_factory.mktemp("joint"), ASK_TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question", [
    # the parties asked in the other order than written: the recipient is a doer of the joint act too
    "When did Paraguay and Uruguay sign the fisheries treaty?",
    "When did Paraguay sign the fisheries treaty with Uruguay?",
])
def test_a_joint_act_answers_its_parties_in_either_role(asker, question):
    answer = asker.ask(question)
    assert answer.verdict == "answered" and "1994" in answer.text and answer.event_ids, answer.text
