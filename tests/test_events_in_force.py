"""An instrument taking effect ("came into force", "took effect", ``IN_FORCE`` in the ontology)
is a dated happening of its own with no doer, OTHER with its predicate; the dictionary's "come"
(CAMEO 040, travel) codes no visit there. An accord noun that takes effect stays the accord."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, summary, date", [
    ("The customs union came into force on 1 July 1968.", "customs union comes into force", "1968-07-01"),
    ("1994: The new constitution comes into force.", "new constitution comes into force", "1994"),
    ("12 May 1980 - Norway's 200-mile zone takes effect; the dispute over fishing begins.",
     "200-mile zone takes effect", "1980-05-12"),
    ("The import quotas took effect on 3 March 2003, weeks after the vote.", "import quotas take effect", "2003-03-03"),
    ("The Treaty of Rome entered into force on 1 January 1958.", "Treaty of Rome enters into force", "1958-01-01"),
    ("In 1975 the minister led the extension to 200 miles, which took effect on 15 October 1975.",
     "200 miles take effect", "1975-10-15"),
])
def test_an_instrument_taking_effect_is_a_dated_happening(pipeline, text, summary, date):
    events = events_of(pipeline, text)
    hits = [e for e in events if e.type == "OTHER" and e.summary == summary]
    assert hits, [(e.type, e.summary, e.date) for e in events]
    assert hits[0].date == date and not hits[0].participants


@pytest.mark.parametrize("text", [
    "The Oslo accord came into force on 1 June 1976.",
    "The armistice came into force on 27 July 1953.",
    "A ceasefire took effect on 20 August 1988.",
])
def test_an_accord_taking_effect_stays_the_accord(pipeline, text):
    events = events_of(pipeline, text)
    assert [e.form for e in events] == ["AGREE"], show(events)


@pytest.mark.parametrize("text", [
    "The minister came into the room on Monday.",
    "The army took effective control of the town on 3 May 1999.",
])
def test_come_into_force_is_no_travel_and_other_phrases_are_no_entry_into_force(pipeline, text):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.type == "CONSULT"], show(events)
    assert not [e for e in events if "into force" in (e.summary or "") or "effect" in (e.summary or "")], show(events)
