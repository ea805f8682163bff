"""Dated happenings that fit no type are kept as OTHER with their predicate (its subtype), shown
on the timeline and left out of the barometer; undated or stative ones are not."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.mark.parametrize("text, predicate", [
    ("Toyota recalled 400,000 cars in March 2009.", "recall"),          # a company's act
    ("Ireland held a referendum on 2 October 2009.", "hold"),           # a state's act
    ("Merck withdrew Vioxx in September 2004.", "withdraw"),            # turned down as a retreat
    ("Lehman Brothers collapsed in September 2008.", "collapse"),       # no state collapses
])
def test_other_keeps_a_dated_happening_with_its_predicate(nlp, text, predicate):
    others = [e for e in extract_events(nlp(text)) if e.type == "OTHER"]
    assert [e.subtype for e in others] == [predicate]
    assert others[0].date and others[0].intensity == 0


@pytest.mark.parametrize("text", [
    "Toyota recalled 400,000 cars.",                          # no date: nothing to put on a timeline
    "Famine defined the 1990s for North Korea.",              # the date is the object, not a time
    "Since 1995 Nokia has sold phones in China.",             # a state since a date
    "Jacques Chirac said on Monday that prices were high.",   # saying is no happening of its own
])
def test_other_needs_a_date_governing_a_happening(nlp, text):
    assert not [e for e in extract_events(nlp(text)) if e.type == "OTHER"]
