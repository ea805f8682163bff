"""An event told in the past with no time of its own takes the date of a happening or an accord
named in its own clause - its subject, or a phrase "under", "at", "in", "during", "with", "by"
on its verb - when that date hangs (in the parse) from the noun, directly or through a
participle on it (``_dating.thing_time_ref``), before the narrative's date from the sentence
before (another event's). Not the date of what the verb acts on, not a year alone, not a thing
that names no happening ("The new government, formed in May 1945, expelled ..."), not across "after".
The shape comes from the dev texts (estrus: a pact "forced on" a state "in" a month "let" an army
station troops; usavnm: an offensive, "launched on" a day, "struck" cities; egysdn: "Under" an
agreement "signed in" a city "on" a day, a state "paid"; eridji: "Under an agreement brokered by"
a ruler "in the summer of" a year, a state "pulled" its troops "out"); the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_cases import events_of, show

BEFORE = "On 2 February 1931 the two states resumed talks in Geneva. "


@pytest.mark.parametrize("text, trigger, date, source", [
    (BEFORE + "A pact forced on Freedonia in May 1939 let Ruritania station some 20,000 troops at bases on its soil.",
     "station some 20,000 troops", "1939-05", "sentence"),
    (BEFORE + "The accord, signed on 3 April 1951, let Freedonia station some 5,000 troops at bases in Ruritania.",
     "station some 5,000 troops", "1951-04-03", "sentence"),
    (BEFORE + "Under the treaty signed in Geneva on 3 May 1921, Ruritania withdrew its troops from the valley.",
     "withdrew", "1921-05-03", "sentence"),
    (BEFORE + "Under an accord brokered by the emir in the autumn of 1934, Ruritania pulled all its troops "
     "out of the zone.", "pulled all its troops out", "1934-09", "sentence"),
    # not a happening, a year alone, across "after": the narrative's date as before
    (BEFORE + "The new government, formed in May 1945, expelled the Ruritanian ambassador.", "expelled",
     "1931-02-02", "narrative"),
    (BEFORE + "After the summit held in Oslo in June 1933, Ruritania withdrew its troops from the valley.",
     "withdrew", "1931-02-02", "narrative"),
])
def test_the_date_of_a_happening_its_clause_names(pipeline, text, trigger, date, source):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    assert (events[0].date, events[0].date_source) == (date, source), show(events)
