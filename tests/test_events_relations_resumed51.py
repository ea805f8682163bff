"""Relations resumed, reopened or opened are a SUPPORT of both their parties (PLOVER: "initiate,
resume, improve, or expand diplomatic, non-material cooperation"; a reciprocal act, "all of the
entities are considered as the actor"): the ontology's ``{RELATIONS} resume`` family of triggers and
``checks.relations_of_two``. The parties are the relations' "between" phrase, the verb's subject, or
- no party named - the document's pair of states. Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronica.events import extract_events

#: a text about a pair of states, before the sentence tested
PAIR = ("Chile and Laos quarrelled over fishing rights in 1958. Chile closed its embassy in Laos in 1960. "
        "Chile protested to Laos again in 1961. ")


def _support(full, text):
    doc = full(PAIR + text)
    start = len(PAIR)
    return [e for e in extract_events(doc) if e.type == "SUPPORT" and e.sentence_start >= start]


@pytest.mark.parametrize("text", [
    # intransitive: the relations are the subject of their resuming, no party named
    "Consular ties resumed in May 1964.",
    "Diplomatic relations resumed in 1970.",
    # passive, a date no calendar gives
    "Ties were restored the same month.",
    # the parties named in the relations' phrase
    "Relations between Chile and Laos resumed in 1965.",
    # the parties as the subject of opening relations
    "Chile and Laos opened diplomatic relations in 1965.",
    "In 1972 Chile and Laos reopened diplomatic relations.",
])
def test_relations_resumed_are_both_parties_support(full, text):
    events = _support(full, text)
    assert len(events) == 1, [(e.type, e.summary) for e in extract_events(full(PAIR + text))]
    [e] = events
    # the pair's joint act: the first written is its source, the other its recipient (``_targets.joint_recipient``)
    assert {p.actor_id for p in e.actors("source") + e.actors("target")} == {"CHL", "LAO"}, \
        [(p.role, p.name) for p in e.participants]
    assert len(e.actors("source")) == 1 and "joint_recipient" in e.checks


@pytest.mark.parametrize("text", [
    # no relations: a thing resumed is no relations of the pair
    "The ferry service resumed in May 1964.",
    # the relations of one doer with no partner: no reciprocal act
    "In 1970 Peru opened diplomatic relations.",
    # the talks' own trigger codes them; no relations resumed
    "Fishing resumed in the lake in May 1964.",
])
def test_no_support_of_the_pair_without_relations_of_two(full, text):
    for e in _support(full, text):
        assert {p.actor_id for p in e.actors("source") + e.actors("target")} != {"CHL", "LAO"}, (e.summary, text)


def test_the_pair_is_told_by_its_states_not_a_leader_named_first(full):
    text = ("King Tupou of Tonga quarrelled with Fiji in 1958. Tonga closed its embassy in Fiji in 1960. "
            "Tonga protested to Fiji again in 1961. Relations were restored in March 1966.")
    start = text.index("Relations")
    [e] = [e for e in extract_events(full(text)) if e.type == "SUPPORT" and e.sentence_start >= start]
    parties = e.actors("source") + e.actors("target")  # a joint act (``_targets.joint_recipient``)
    assert {p.actor_id for p in parties} == {"TON", "FJI"}, [(p.name, p.actor_id) for p in e.participants]
    assert all(p.kind != "person" for p in parties)
