"""Recall of clauses that gave no event (issue 9, session 31): a dated predicate told of a he/she/it
subject that stands for one named actor, a coordinated verb that shares its active subject, and a
pair named by "the two parties" or "both republics". Every sentence here is our own, each table
from at least three different imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE
from event_cases import show as _show


def _events(nlp, text):
    return extract_events(nlp(text))


def _doers(event):
    return {p.state or p.actor_id or p.name for p in event.actors(SOURCE)}


# a dated predicate whose subject is a pronoun standing for one named actor is that actor's happening
@pytest.mark.parametrize("text, trigger, doer, date", [
    ("Jan Kowalski was a Polish diplomat. He married Anna Nowak in 1961.", "married", "Jan Kowalski", "1961"),
    ("Norway left the council in 1966. It returned to the council in October 1970.", "returned", "NOR", "1970-10"),
    ("Maria Lopez ran the union in Quito for years. She emigrated to Spain in May 1988.", "emigrated", "Maria Lopez",
     "1988-05"),
])
def test_recall31_pronoun_subject_of_a_dated_predicate(full, text, trigger, doer, date):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert doer in _doers(events[0]), _show(events)
    assert (events[0].date or "").startswith(date), _show(events)


# a coordinated verb with no subject of its own shares the active subject of the verb before it
@pytest.mark.parametrize("text, trigger, doer, date", [
    ("Chile joined the pact in 1990 and adopted the new currency in 1999.", "adopted", "CHL", "1999"),
    ("Kenya hosted the summit in 2004 and opened a consulate in Juba in 2011.", "opened", "KEN", "2011"),
    ("Portugal left the club in 1975 and rejoined it in March 1986.", "rejoined", "PRT", "1986-03"),
])
def test_recall31_coordinated_verb_shares_its_subject(full, text, trigger, doer, date):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert doer in _doers(events[0]), _show(events)
    assert (events[0].date or "").startswith(date), _show(events)


# no doer: a dummy "it", "they" with no one pair, an unnamed "he", a passive's shared subject
@pytest.mark.parametrize("text, trigger", [
    ("Peru and Chile argued for years. In 2008 it seemed that talks would resume.", "seemed"),
    ("In 1990 he moved to Lima.", "moved"),
    ("The envoy was arrested in May 1977 and released in June 1977.", "released"),
    ("Algeria declined to renew the gas contract when it expired on 31 October 2021.", "expired"),
    ("Jan Kowalski was a Polish diplomat. He met the king while he was convalescing in Rome in July 1961.",
     "convalescing"),
])
def test_recall31_no_doer_no_predicate_event(full, text, trigger):
    assert not [e for e in _events(full, text) if e.trigger.startswith(trigger) and e.type == "OTHER"], \
        _show(_events(full, text))


# "the two parties", "both republics" name the pair of states named before them
@pytest.mark.parametrize("text, trigger, pair", [
    ("Zambia and Malawi fought over the Luapula valley. In 1937 the two republics signed a treaty in Harare.",
     "signed", {"ZMB", "MWI"}),
    ("Kenya and Uganda quarrelled over the island. In May 2019 both parties signed an accord in Kampala.",
     "signed", {"KEN", "UGA"}),
    ("Haiti and the Dominican Republic closed the border in 2015. Both republics reopened it in June 2016.",
     "reopened", {"HTI", "DOM"}),
])
def test_recall31_pair_nouns_name_both_states(full, text, trigger, pair):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert pair <= {p.state or p.actor_id for p in events[0].participants}, _show(events)
