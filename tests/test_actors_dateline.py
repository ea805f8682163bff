"""Datelines ("MOSCOW, March 3 (Reuters) -") name where a story was filed, no actor of it; and an
agent with no state in its paragraph takes the state its document is about. Sentences our own."""

from __future__ import annotations

import pytest

from chronica.actors.dateline import dateline_spans
from chronica.events import extract_events


@pytest.mark.parametrize("text, dateline", [
    ("MOSCOW, March 3 (Reuters) - Troops crossed the border.", "MOSCOW, March 3 (Reuters) - "),
    ("TBILISI, Aug 9 (AFP) - The president signed a decree.", "TBILISI, Aug 9 (AFP) - "),
    ("ANKARA, July 20, 1974 (AP) \u2014 Turkish forces landed.", "ANKARA, July 20, 1974 (AP) \u2014 "),
    ("NICOSIA (Combined reports) \u2013 Leaders began talks.", "NICOSIA (Combined reports) \u2013 "),
    ("Headline\n\nBUENOS AIRES -- The junta fell.", "BUENOS AIRES -- "),
    ("Britain - the country that ruled the waves.", None),
    ("UN - a body of nations.", None),
    ("In 1974 - the year of the coup - Greece changed.", None),
])
def test_dateline_spans_find_the_filing_place(text, dateline):
    spans = dateline_spans(text)
    assert [text[a:b] for a, b in spans] == ([dateline] if dateline else [])


# the dateline's city neither acts nor gives the story's agents its country
@pytest.mark.parametrize("text", [
    "MOSCOW, March 3 (Reuters) - Troops attacked the town on Monday.",
    "TBILISI, Aug 9 (AFP) - Police arrested the editor on Saturday.",
    "BELGRADE, May 7 (AP) - Soldiers shelled the village on Friday.",
])
def test_dateline_city_is_no_participant(full, text):
    doc = full(text)
    city = text.split(",")[0]
    assert not [a for a in doc._.actors if a.text.upper() == city]
    events = extract_events(doc)
    assert events
    assert not [p for e in events for p in e.participants if p.state in ("RUS", "GEO", "SRB", "YUG")]


# "the army", "the government" in a paragraph naming no state: the state the document is about
@pytest.mark.parametrize("text, state", [
    (("Greece was ruled by kings. Greek politics were unstable after the war. Greece joined NATO in 1952.\n\n"
     "In the 1960s unrest grew. The army seized power in 1967."), "GRC"),
    (("Chile had a long democratic record. Chilean voters chose Allende in 1970. Chile nationalised copper.\n\n"
     "Inflation soared. The army overthrew the government in September 1973."), "CHL"),
    (("Nigeria became independent in 1960. Nigerian politics split on regional lines. Nigeria held elections.\n\n"
     "Tension mounted. The army seized power in January 1966."), "NGA"),
])
def test_agent_takes_the_state_its_document_is_about(full, text, state):
    doc = full(text)
    army = [a for a in doc._.actors if a.text == "army"]
    assert army and army[-1].actor_id and army[-1].actor_id.startswith(state), [(a.text, a.actor_id) for a in army]


# a document of two states gives an agent in a paragraph naming none no state
@pytest.mark.parametrize("text", [
    "Greece and Turkey quarrelled. Greek and Turkish envoys met in 1960. Turkey protested.\n\nThe army moved in 1967.",
    "Peru and Chile disputed Tacna. Chile occupied it. Peru objected in 1925.\n\nThe army marched in 1926.",
    "Iran and Iraq fought. Iraq invaded Iran in 1980. Iran struck back.\n\nThe army advanced in 1982.",
])
def test_agent_in_a_two_state_document_stays_without_state(full, text):
    doc = full(text)
    army = [a for a in doc._.actors if a.text == "army"]
    assert not army or army[-1].actor_id is None, [(a.text, a.actor_id) for a in army]
