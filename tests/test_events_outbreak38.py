"""Talks or an accord told by their own noun with no party named (the ontology's doerless_dated
forms), as the subject of a verb of their outbreak (``extract._outbreak_verb``: begin, start,
erupt, break out, resume) that a calendar date governs, are a doerless happening dated by that
verb (``_dated_happening_noun``), as a noun with its own date is. Fighting is not: with no doer it
needs its place (tests/test_events_recall_merge20.py). The constructions come from the dev texts
(grctur "the exploratory talks that began in ...", srbkos "the ... dialogue started in March 2011",
"exploratory contacts ... resumed", moralg "the fighting that began on ..."); the sentences are our own."""

from __future__ import annotations

import pytest

from chronica.events.extract import _outbreak_verb
from tests.event_cases import events_of, show


@pytest.mark.parametrize("text, trigger, date", [
    ("The border talks that began in 1997 were a product of that thaw.", "talks", "1997"),
    ("Negotiations resumed on 4 March 1999 in Lisbon.", "Negotiations", "1999-03-04"),
    ("The talks that started on 2 June 1924 lasted barely a week.", "talks", "1924-06-02"),
])
def test_a_happening_with_a_dated_outbreak_is_kept(pipeline, text, trigger, date):
    events = events_of(pipeline, text)
    # dated by its outbreak's verb
    assert any(e.trigger == trigger and not e.participants and e.date == date for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The fighting lasted barely a fortnight.",              # no outbreak, no date
    "The fighting that began then lasted a fortnight.",     # no calendar date
    "The war ended on 14 June 1921.",                       # an end, not an outbreak
    "The fighting that began on 3 May 1921 lasted a fortnight.",  # fighting with no doer needs its place
    "Clashes broke out again in 2016.",
    "The talks did not resume in 1998.",                    # negated
])
def test_no_dated_outbreak_no_doerless_happening(pipeline, text):
    events = events_of(pipeline, text)
    assert not any(not e.participants and e.type != "OTHER" for e in events), show(events)


@pytest.mark.parametrize("text, noun, verb", [
    ("Fighting broke out at dawn.", "Fighting", "broke"),
    ("The talks that began in Geneva stalled.", "talks", "began"),
    ("Clashes erupted near the river.", "Clashes", "erupted"),
    ("The war broke the old order.", "war", None),           # "break" with an object, not "break out"
    ("The war ended at dawn.", "war", None),
])
def test_outbreak_verb(pipeline, text, noun, verb):
    doc = pipeline(text)
    tok = next(t for t in doc if t.text == noun)
    found = _outbreak_verb(tok)
    assert (found.text if found is not None else None) == verb
