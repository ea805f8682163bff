"""An attack, a withdrawal, a concession, aid or a sanction told with no one it was done to has the
other side of the story as its recipient (``_targets.pair_recipient``). Session 52: on the typed dev
subjects, 250 found gold events had a recipient the exported events left empty; among them acts of
one of the document's two main states told with the other side implied by the narrative - an
attack with no object (prtind, usapan, etheri, isrlbn), a withdrawal with no place or a place of the
other side (isrlbn, idntls, isrsyr, zafago, colper), a concession or an apology (franzl, mdarus, nldidn),
aid sent (egylby, lkaind, armtur). As step 11 (``protested_party``) reads a bare protest, the recipient
is the other of the document's two main states when the doer is one of them and the last actor told
before it, other than the doer's side, is of that state or none is; the act's own clause names no
other actor and its sentence no third state (a party the parse left without a role is not guessed
over); a war or a fight is two-sided (PLOVER: reciprocal, every side an actor). Sentences are written
for these tests (other names, places and numbers than the dev texts).
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


IMPLIED = [
    # an attack with no object, the other side told in the sentence before
    ("Relations between Uruguay and Paraguay soured in the spring of 1931. On 3 May Uruguayan forces attacked.",
     "ASSAULT", "Paraguay"),
    # a withdrawal with no place named
    ("Paraguay and Uruguay signed a river pact in 1990. In June 1993 Paraguay pulled out.", "RETREAT", "Uruguay"),
    # the last soldiers leaving
    ("Uruguay occupied the Paraguayan river port of Itati in 1932. In March 1934 the Uruguayan troops withdrew.",
     "RETREAT", "Paraguay"),
    # an apology
    ("Uruguayan customs men seized a Paraguayan barge in 1961. Two weeks later Uruguay apologised.",
     "CONCEDE", "Paraguay"),
]


@pytest.mark.parametrize("text,etype,other", IMPLIED)
def test_an_act_with_no_one_named_is_done_to_the_other_side(run, text, etype, other):
    evs = [e for e in run(text) if e.type == etype]
    assert len(evs) == 1 and _targets(evs[0]) == {other}, _coded(run(text))
    assert "pair_recipient" in evs[0].checks


NOT_THE_PAIR = [
    # the recipient is named
    ("Relations between Uruguay and Paraguay soured in the spring of 1931. On 3 May Uruguayan forces "
     "attacked Bolivia.", "ASSAULT", {"Bolivia"}),
    # a doer outside the document's pair
    ("Relations between Uruguay and Paraguay soured in the spring of 1931. On 3 May Chilean forces attacked.",
     "ASSAULT", set()),
    # a third state in the sentence: the act may be done to it
    ("Uruguay and Paraguay quarrelled over the dam for years. After a coup in La Paz, Uruguay armed the rebel "
     "tribes.", "AID", set()),
    # the doer's own phrase names the other state: whose side he acts for is left open
    ("Uruguay and Paraguay quarrelled over the enclave for years. In 1950 the Uruguayan governor of the "
     "Paraguayan enclave withdrew to the coast.", "RETREAT", set()),
    # a war is two-sided (PLOVER: reciprocal, every side an actor)
    ("Relations between Uruguay and Paraguay soured in the spring of 1931. That summer Uruguay fought a long war.",
     "ASSAULT", set()),
    # the last one told other than the doer is a third state
    ("Uruguay and Paraguay quarrelled over the dam for years. In 1950 Brazil closed the river to barges. "
     "In 1951 Uruguayan forces attacked.", "ASSAULT", set()),
]


@pytest.mark.parametrize("text,etype,targets", NOT_THE_PAIR)
def test_no_other_side_unless_the_doer_is_of_the_pair_and_no_one_else_is_told(run, text, etype, targets):
    evs = [e for e in run(text) if e.type == etype]
    assert evs and all(_targets(e) == targets for e in evs), _coded(run(text))
    assert all("pair_recipient" not in e.checks for e in evs)


def test_two_doers_acting_together_get_no_recipient(run):
    # a joint act of the pair (PLOVER: reciprocal, all entities actors, no recipient)
    evs = [e for e in run("Uruguay and Paraguay quarrelled over the dam for years. In 1960 Uruguay and Paraguay "
                          "withdrew their troops from the river.") if e.type == "RETREAT"]
    assert evs and all("pair_recipient" not in e.checks for e in evs), _coded(evs)


def test_an_internal_act_keeps_its_own_country(run):
    # a curfew (COERCE, a mode the rule does not hold for) is done to the doer's own people (``domestic_recipient``)
    evs = [e for e in run("Uruguay and Paraguay quarrelled over the dam for years. In 1950 Uruguay imposed a curfew "
                          "on Montevideo.") if e.type == "COERCE"]
    assert evs and all("Paraguay" not in _targets(e) and "pair_recipient" not in e.checks for e in evs), _coded(evs)
