"""A protest or a refusal has someone it is addressed to (``_targets.protested_party``). Session 49: on the dev
set, state protests told in a sentence of their own ("Delhi protested.", "X protested sharply, and
talks ... ended", "the foreign ministry protested the verdict a few days on", "Y protested that the
fence stood on its soil") were exported with no recipient, in a dozen subjects (lkaind, philmys,
armtur, eriyem, guyven, haidom, chnind, slocro, franzl, latrus, indmal); PLOVER's ACCUSE
(disapprove: "diplomatic protests") is said to someone, and blind judges failed such events on
their actors. With no one named and no act answered in the sentence (``answered_doer``), the one
protested against is the other of the document's two main states when the protester is one of them
and the last actor the story has told before it (in its sentence or the two before), other than the
protester's side, is of that state or there is none - close to the reading ``border_neighbour`` gives
a border, but a body (the UN, a court) told last may be the one protested to. Sentences are written for these tests (other names, places and numbers than the dev texts).
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.trigger, e.checks, [(p.role, p.name) for p in e.participants]) for e in evs]


def _targets(e):
    return {p.name for p in e.participants if p.role == "target"}


def _protests(evs):
    return [e for e in evs if e.type == "ACCUSE" and e.mode == "disapprove"]


PROTESTS = [
    # a bare protest after the other side's act, told in the sentence before
    ("Chile and Peru have quarrelled over the coast for decades. In 1994 Peru built a naval post "
     "on the disputed islet. Santiago protested.", "Peru"),
    # an adverb and a later clause
    ("Ghana and Togo signed a trade pact in 1975. In 1981 Togo moved its customs post forward. "
     "Ghana protested sharply, and talks held in Lagos that summer ended without agreement.", "Togo"),
    # the protest has a thing as its object (the other side's act), no one named
    ("Kenya and Somalia argued over the river for years. In 2003 a Somali court annulled the "
     "fishing licences. The Kenyan Foreign Ministry protested the verdict a few days on.", "Somalia"),
    # a clause says what is protested
    ("Bolivia and Paraguay disputed the plain after the war. In 1988 Bolivia put up a fence near "
     "the post. Asuncion protested that the fence stood on Paraguayan soil.", "Bolivia"),
    # no one but the protester's side told in its sentence and the two before
    ("Chile and Peru have quarrelled over the coast for decades. In 1994 a survey ship anchored off "
     "the islet. Lima protested.", "Chile"),
    # a condemnation
    ("Norway and Iceland argued over the herring for a decade. In 1977 Iceland arrested two "
     "trawlers. Norway condemned the arrests in the strongest terms.", "Iceland"),
]


@pytest.mark.parametrize("text,other", PROTESTS)
def test_a_protest_with_no_one_named_is_addressed_to_the_other_side(run, text, other):
    evs = _protests(run(text))
    assert len(evs) == 1 and _targets(evs[0]) == {other}, _coded(run(text))
    assert "protested_party" in evs[0].checks


NOT_THE_PAIR = [
    # the one protested to is named
    ("Chile and Peru have quarrelled over the coast for decades. In 1994 Peru built a naval post "
     "on the islet. Chile protested to Bolivia.", {"Bolivia"}),
    # a protester outside the document's pair: no other side known
    ("Chile and Peru have quarrelled over the coast for decades. In 1994 Peru built a naval post "
     "on the islet. Ecuador protested.", set()),
    # a body told last: the protest may be addressed to it
    ("Chile and Peru have quarrelled over the coast for decades. In 1994 the United Nations adopted a "
     "resolution on the islet. Lima protested.", set()),
    # the other side not named lately: the story has moved to a third state
    ("Chile and Peru have quarrelled over the coast for decades. Chile and Peru signed a pact in 1929. "
     "Peru built a post in 1931. Peru sold copper to Japan in 1990. In 1994 Japan raised its tariffs. "
     "Chile protested.", set()),
]


@pytest.mark.parametrize("text,targets", NOT_THE_PAIR)
def test_no_other_side_unless_the_protester_is_of_the_pair_and_the_other_was_just_named(run, text, targets):
    evs = _protests(run(text))
    assert len(evs) == 1 and _targets(evs[0]) == targets, _coded(run(text))
    assert "protested_party" not in evs[0].checks


def test_a_protest_answering_an_act_in_its_sentence_keeps_that_doer(run):
    # ``answered_doer`` names the recipient first: the doer of the act its clause answers
    evs = _protests(run("Chile and Peru argued for years. In 1994 Peru seized the islet, and Chile protested."))
    assert len(evs) == 1 and _targets(evs[0]) == {"Peru"}, _coded(evs)
    assert "protested_party" not in evs[0].checks


REFUSALS = [
    # the pair's own treaty abrogated
    ("Chile and Peru signed a fishing pact in 1990. In 1994 Lima abrogated the pact.", "Chile"),
    # a refusal to come back to talks
    ("Chile and Peru met in Lima in 1995. The talks broke up without agreement, and Chile declined to "
     "return for a second round.", "Peru"),
    # a third state in a fronted adverbial is no one the act is addressed to
    ("Chile and Peru signed a fishing pact in 1990. Under Bolivian pressure, Peru abrogated the pact in 1994.",
     "Chile"),
    # the other side's claim rejected
    ("Chile and Peru have quarrelled over the coast for decades. In 1995 Peru claimed the whole islet. "
     "Santiago rejected the claim outright.", "Peru"),
]


@pytest.mark.parametrize("text,other", REFUSALS)
def test_a_refusal_with_no_one_named_is_addressed_to_the_other_side(run, text, other):
    evs = [e for e in run(text) if e.type == "REJECT"]
    assert len(evs) == 1 and _targets(evs[0]) == {other}, _coded(run(text))
    assert "protested_party" in evs[0].checks


def test_a_refusal_of_a_body_s_act_is_not_the_other_side_s(run):
    evs = [e for e in run("Chile and Peru have quarrelled over the coast for decades. In 1995 the UN Security "
                          "Council passed a resolution on the islet. Chile rejected it.") if e.type == "REJECT"]
    assert len(evs) == 1 and _targets(evs[0]) == set(), _coded(evs)


def test_one_state_under_two_names_is_no_pair(run):
    # a text naming the Soviet Union and Russia most: they are no two sides of a refusal
    evs = [e for e in run("Russia and the Soviet Union are often named here. The Soviet Union built a dam. "
                          "Russia built a road. The Soviet Union built a port. In 1948 Stalin refuses.")
           if e.type == "REJECT"]
    assert len(evs) == 1 and _targets(evs[0]) == set(), _coded(evs)


def test_a_city_in_a_thing_s_name_is_no_side(run):
    # "the Lima award": Peru's capital names the award, no side of the refusal
    evs = [e for e in run("In 1970 Bolivia declared the Lima award null and void.") if e.type == "REJECT"]
    assert len(evs) == 1 and _targets(evs[0]) == set(), _coded(evs)


def test_a_person_named_as_the_one_refused_stays(run):
    # an unresolved person is a recipient named: no other side takes the place
    evs = [e for e in run("Chile and Peru have quarrelled over the coast for decades. In 1995 Peru claimed the "
                          "islet. In 1999 Chile refused to accept Tomas Quispe's victory.") if e.type == "REJECT"]
    assert len(evs) == 1 and "Peru" not in _targets(evs[0]), _coded(evs)
