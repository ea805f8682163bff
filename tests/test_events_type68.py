"""Session 68 (type68): the checks' sense of a verb's object. Sentences written for these tests (no article text, no
pairing or fact of an evaluation text; the events and dates are invented).

- ``suppressed_a_feeling`` asks only the verbs whose object may be no one (``_lexicon.OBJECT_SENSE_VERBS``: a feeling
  suppressed or crushed, a plan executed, an opportunity seized). Arresting, detaining, jailing, deporting and
  kidnapping take people whatever the noun says of them ("critics", "opponents", "pickers" are in no list of
  human nouns): PLOVER COERCE arrest / deport, no veto. Dev texts azeirn, kgzuzb, eriyem, btnnpl, franzl (police
  detaining or arresting drivers, critics, fishermen, marchers, a couple).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

TAKEN = [
    # text, trigger, mode: people taken whatever the noun
    ("On 3 May 2011 Chilean police detained forty critics of the dam in Santiago.", "detained", "arrest"),
    ("In June 2004 Kenyan police arrested six opponents of the pipeline.", "arrested", "arrest"),
    ("The Zambian authorities jailed two critics of the canal in 1997.", "jailed", "arrest"),
    ("In March 1999 Norway deported two hundred seasonal pickers to Iceland.", "deported", "deport"),
]


@pytest.mark.parametrize("text, trigger, mode", TAKEN, ids=[c[0][:30] for c in TAKEN])
def test_people_taken_are_no_feeling(full, text, trigger, mode):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert e.type == "COERCE" and e.mode == mode, _show(events)


NO_ONE = [
    # the verbs whose object may be a feeling or a thing in another sense are still asked
    ("Vladimir Putin could barely suppress his anger in 2004.", "suppress"),
    ("In 2004 the Chilean president crushed their hopes of a quick deal.", "crushed"),
    ("In May 2009 Iceland seized the opportunity to reopen the talks.", "seized"),
]


@pytest.mark.parametrize("text, trigger", NO_ONE, ids=[c[0][:30] for c in NO_ONE])
def test_a_feeling_or_a_chance_is_no_coercion(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "COERCE"], _show(events)
