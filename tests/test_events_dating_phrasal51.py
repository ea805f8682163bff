"""A verb of looking forward ("expected in March", "set for May") dates what is to come, so its time
is no happening's; the same verb with a particle is an act done at its time ("set up a commission in
2005", "set off a bomb on 3 May"): ``_dating._prospective``. Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronica.events import extract_events

PAIR = "Chile and Laos quarrelled over fishing rights in 1958. Chile protested to Laos again in 1961. "


def _told(full, text):
    doc = full(PAIR + text)
    return [e for e in extract_events(doc) if e.sentence_start >= len(PAIR)]


@pytest.mark.parametrize("text, date", [
    ("In 1965 Chile and Laos set up a joint commission on fisheries.", "1965"),
    ("In March 1966 the two countries set up a border committee.", "1966-03"),
])
def test_a_phrasal_verb_is_done_at_its_time(full, text, date):
    events = [e for e in _told(full, text) if e.trigger.startswith("set")]
    assert len(events) == 1, [(e.type, e.trigger, e.date) for e in _told(full, text)]
    assert events[0].date == date
    # a joint act: the first party written is its source, the other its recipient (joint_recipient)
    assert {p.actor_id for p in events[0].actors("source") + events[0].actors("target")} == {"CHL", "LAO"}


@pytest.mark.parametrize("text", [
    # still a schedule: no particle
    "The vote was set for March 1966.",
    # a future phrasal verb is still to come
    "Chile will set up a commission in 1970.",
])
def test_a_schedule_or_a_future_is_no_happening_of_its_verb(full, text):
    assert not [e for e in _told(full, text) if e.trigger.startswith("set")], text
