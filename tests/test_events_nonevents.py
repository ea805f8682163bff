"""Sentences that tell no event although a trigger word stands in them: the report's own
attribution ("said a diplomat who asked not to be named"). Each rule is a case table of sentences
written for it in the style of several different dev stories; the sentences beside them that do
tell an event keep it."""

from __future__ import annotations

import pytest

from event_cases import events_of, show

# --- a source unnamed: why the report does not name who said it ------------------------------

UNNAMED = [  # (sentence, the trigger that must make no event)
    # wire copy on a pipeline closure (moralg-style)
    ('"The pipeline matters more to Rabat than to Algiers," said a Moroccan diplomat in Madrid who asked not to be named.', "asked"),
    # a naval incident (grctur-style)
    ('"Athens and Ankara both want calm," said a retired Greek admiral who asked not to be identified.', "asked"),
    # a border settlement (perecuador-style)
    ('"The markers will be in place by spring," an Ecuadorean official told reporters in Lima, asking not to be named.', "asking"),
    # a translated report from Kinshasa (rwacod-style)
    ('"Nobody in Goma trusts the ceasefire," a Western ambassador told us by telephone, asking not to be quoted.', "asking"),
    # a summit in Asmara (ethiopia-style)
    ('"The border will stay closed," an Eritrean official said, speaking on condition of anonymity because he '
     'was not authorised to brief journalists.', "authorised"),
    # a prisoner swap (estrus-style)
    ('Sergei Lavrov spoke to reporters in Narva on Saturday. "The swap changes nothing," a Russian diplomat said '
     'on Sunday, speaking on condition of anonymity because he was not authorized to speak publicly.', "authorized"),
    # a court ruling (chnphl-style)
    ('Ferdinand Marcos Jr. met Xi Jinping in Beijing on Monday. "The award is our anchor," a Philippine diplomat '
     'said, speaking on condition of anonymity because he was not authorised to speak publicly.', "authorised"),
]


@pytest.mark.parametrize(("text", "trigger"), UNNAMED)
def test_a_sources_anonymity_is_no_event(pipeline, text, trigger):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.trigger == trigger], show(events)


UNNAMED_KEPT = [  # asks and permissions between actors stay events
    ("Ecuador asked the guarantors to name an arbiter in March 1995.", "asked", "REQUEST"),
    ("In 1990 Iraq asked Iran to release its prisoners.", "asked", "REQUEST"),
    ("Greece asked Turkey not to send the Oruc Reis back into the area.", "asked", "REQUEST"),
]


@pytest.mark.parametrize(("text", "trigger", "etype"), UNNAMED_KEPT)
def test_an_ask_between_actors_stays(pipeline, text, trigger, etype):
    events = events_of(pipeline, text)
    assert [e for e in events if e.trigger == trigger and e.type == etype], show(events)


@pytest.mark.parametrize(("text", "trigger"), UNNAMED)
def test_a_sources_anonymity_is_dropped_by_its_check(pipeline, text, trigger, monkeypatch):
    # without the check the trigger makes an event: the rule, not another one, drops it
    from chronica.events import checks

    monkeypatch.setattr(checks, "VETOES", [v for v in checks.VETOES if v.name != "a_source_unnamed"])
    events = events_of(pipeline, text)
    assert [e for e in events if e.trigger == trigger], show(events)
