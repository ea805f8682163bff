"""Recall of dated happenings the checks turned down (issue 9, session 34).

1. A dated agentless passive of an act the checks turned down is the happening of the thing acted
on (``extract._acted_on_passive``): a verb of the ontology or the field's
dictionary (PETRARCH2's CAMEO verbs) told in the passive with no doer named, its patient a common
noun and a calendar date on the verb, is kept as OTHER with its phrase ("ratifications were
exchanged"), no PLOVER type claimed. The constructions come from dev texts (ratifications
exchanged, a constitution sworn and a bridge opened in one chronicle, a cultural association
founded in a second, captured fighters paraded in a third); the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_cases import doer_states, events_of, show


@pytest.mark.parametrize("text, words, date", [
    ("The instruments of ratification were exchanged in Tallan on 3 June 1911.", ("instruments", "exchanged"),
     "1911-06-03"),
    ("The new charter of the province was sworn on 2 May 1844.", ("charter", "sworn"), "1844-05-02"),
    ("The Ostrava road bridge over the river was opened on 12 October 1981.", ("bridge", "opened"), "1981-10-12"),
    ("The farmers' cooperative association was founded in 1921.", ("association", "founded"), "1921"),
    ("The last of the coastal forts was handed over in May 1922.", ("last", "handed"), "1922-05"),
])
def test_a_dated_agentless_passive_of_an_act_is_the_happening_of_its_thing(pipeline, text, words, date):
    events = events_of(pipeline, text)
    told = [e for e in events if "_acted_on_passive" in e.checks]
    assert len(told) == 1, show(events)
    event = told[0]
    assert event.type == "OTHER" and event.intensity == 0 and not event.participants, show(events)
    assert event.date == date, show(events)
    assert all(w in event.summary for w in words), event.summary


@pytest.mark.parametrize("text", [
    "The instruments of ratification were exchanged in Tallan.",            # no date: nothing on a timeline
    "The Ostrava road bridge was not opened on 12 October 1981.",           # negated
    "No treaty was signed in 1911.",                                        # "no" treaty
    "Three were executed in December 1937.",                                # a figure, no thing acted on
    "It was exchanged on 3 June 1911.",                                     # a pronoun names no thing
    "The new charter was sworn by the assembly on 2 May 1844.",             # its doer is told: not this rule's
    "The consul, Maria Lopez, was heard criticising the plan in May 1990.",  # the complement is the happening
])
def test_no_happening_of_a_thing_without_its_noun_date_or_with_its_doer(pipeline, text):
    events = events_of(pipeline, text)
    assert not [e for e in events if "_acted_on_passive" in e.checks], show(events)


def test_a_named_patient_keeps_the_acts_own_coding(pipeline):
    """A named actor acted on is told of by the act's own rule (``_dictionary_dyad``,
    ``_dated_passive``), not as a thing's happening."""
    events = events_of(pipeline, "The Ruritanian consul was expelled on 3 June 1911.")
    assert not [e for e in events if "_acted_on_passive" in e.checks], show(events)


def test_the_parties_a_thing_is_between_are_told_and_its_phrase_summarises(pipeline):
    """"the relations between X and Y were restored on <date>": the states stay on the event. Since
    session 51 the relations restored of two parties are their SUPPORT (``checks.relations_of_two``,
    PLOVER "resume ... diplomatic ... cooperation"), no longer a thing's OTHER happening."""
    events = events_of(pipeline, "The relations between Chile and Bolivia were restored on 3 June 1911.")
    told = [e for e in events if e.trigger == "restored"]
    assert len(told) == 1, show(events)
    assert told[0].type == "SUPPORT", show(events)
    assert doer_states(told[0]) == {"CHL", "BOL"}, show(events)

