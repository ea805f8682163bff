"""Recall of two constructions the dev misses showed (rec25): a gerund noun naming its verb's act
("the shelling of Basra", "border fighting", "rammings"), and a two-sided fight told with no party
named in a text about a pair of states ("clashes continued", "border fighting escalated"). Every
sentence here is our own, each table modelled on constructions seen in at least three different
dev texts (chronica/events/_recall.py)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events._recall import _stems
from chronica.events.model import SOURCE, TARGET
from event_cases import assert_coded, show as _show, states as _states


@pytest.mark.parametrize("word, stems", [
    ("fighting", ["fight", "fighte"]),
    ("rammings", ["ramm", "ram", "ramme"]),
    ("shelling", ["shell", "shelle", "shel"]),
    ("raising", ["rais", "raise"]),
    ("king", []),  # too short to be a gerund
    ("shelter", []),
])
def test_gerund_stems(word, stems):
    assert _stems(word) == stems


# a gerund noun of an ontology verb is a trigger with the roles of a nominal trigger
@pytest.mark.parametrize("text, trigger, etype, doers, target, date", [
    ("Iran's shelling of Basra began in September 1980.", "shelling", "ASSAULT", {"IRN"}, None,
     "1980-09"),
    ("NATO's bombing of Belgrade started on 24 March 1999.", "bombing", "ASSAULT", {"NATO"}, None,
     "1999-03-24"),
    ("Heavy fighting between Ethiopia and Eritrea resumed in May 2000.", "fighting", "ASSAULT", {"ETH", "ERI"}, None,
     "2000-05"),
    ("Fighting between Armenia and Azerbaijan broke out again in April 2016.", "Fighting", "ASSAULT",
     {"ARM", "AZE"}, None, "2016-04"),
])
def test_gerund_noun_names_its_verbs_act(full, text, trigger, etype, doers, target, date):
    assert_coded(full, text, trigger, etype, doers, target, date)


# a gerund that is a trigger in its own right, or whose verb is no one-word trigger, is unchanged;
# one with no actor named makes no event
@pytest.mark.parametrize("text, trigger", [
    ("The landing of Icelandic fish was banned in 1952.", "landing"),
    ("A new building for the ministry opened in Hanoi in 2004.", "building"),
    ("The shelling frightened the villagers.", "shelling"),
    # a gerund with no argument of its own, inside an adjunct of another act: no fight of its own
    ("British forces retook the islands after intense fighting in June 1982.", "fighting"),
    ("The rebels entered the town after heavy shelling on 20 November.", "shelling"),
    ("Ethiopian troops took the hill following fierce fighting in May 2000.", "fighting"),
])
def test_gerund_without_its_act(full, text, trigger):
    events = extract_events(full(text))
    assert not [e for e in events if e.trigger == trigger], _show(events)


# a two-sided fight told with no party, no place and no ending, in a text about a pair of states:
# the fight of that pair
@pytest.mark.parametrize("text, trigger, pair, date", [
    ("Peru and Ecuador disputed the border for decades. Ecuador rejected the protocol in 1960. Peru accused "
     "Ecuador of aggression. Clashes continued in January 1981.", "Clashes", {"PER", "ECU"}, "1981-01"),
    ("Sudan and South Sudan could not agree on oil fees. Sudan seized southern oil in January 2012. South Sudan "
     "accused Sudan of theft. Border fighting escalated in March 2012.", "fighting", {"SDN", "SSD"}, "2012-03"),
    ("Ethiopia and Eritrea went to war in May 1998. Eritrea rejected the plan of Ethiopia. Ethiopia accused "
     "Eritrea of aggression. Hostilities resumed in February 1999.", "Hostilities", {"ETH", "ERI"}, "1999-02"),
])
def test_pair_fight_takes_the_documents_pair(full, text, trigger, pair, date):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    event = events[0]
    assert event.type == "ASSAULT", _show(events)
    # the pair's two sides: since session 63 (actors63) one the source, the other the target
    assert _states(event, SOURCE) | _states(event, TARGET) == pair and len(_states(event, SOURCE)) == 1, _show(events)
    assert (event.date or "").startswith(date), (event.date, _show(events))


# a civil war, an ending, a copula or a negation is no fight of the pair
@pytest.mark.parametrize("text, trigger", [
    ("Sudan and South Sudan quarrelled over oil. Sudan accused South Sudan of theft. The civil war raged on "
     "in 1990.", "war"),
    ("Ethiopia and Eritrea went to war in 1998. Eritrea accused Ethiopia of aggression. The fighting was a "
     "disaster for both.", "fighting"),
    ("Peru and Ecuador disputed the border. Peru accused Ecuador of aggression. No clashes occurred in 1990.",
     "clashes"),
])
def test_no_pair_fight(full, text, trigger):
    events = extract_events(full(text))
    assert not [e for e in events if e.trigger == trigger and len(_states(e, SOURCE)) == 2], _show(events)


# the calendar date must be the fight's own: not another clause's, nor none
@pytest.mark.parametrize("text, trigger", [
    ("Peru and Ecuador disputed the border. Peru accused Ecuador of aggression. Three weeks after the fighting "
     "began, on 17 February, the two governments signed a declaration.", "fighting"),
    ("Sudan and South Sudan quarrelled over oil. Sudan accused South Sudan of theft. Because clashes continued, "
     "the two states signed a new accord on 27 September 2012.", "clashes"),
    ("Ethiopia and Eritrea went to war in 1998. Eritrea accused Ethiopia of aggression. The fighting lasted "
     "two years.", "fighting"),
])
def test_pair_fight_needs_its_own_date(full, text, trigger):
    events = extract_events(full(text))
    assert not [e for e in events if e.trigger == trigger and len(_states(e, SOURCE)) == 2], _show(events)
