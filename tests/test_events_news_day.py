"""A deictic resolved against the page's stated date ("issued yesterday", "this afternoon")
dates the OTHER predicate it governs like a written date (events/extract.py ``_news_day``).

Made-up sentences in three shapes news pages use: a wire report's "X did yesterday", a
parliament report's "voted yesterday to", a broadcast's "this afternoon". Without a stated date
the same sentences keep their event, undated; a relative expression anchored on the narrative
("a year later") and a saying verb are not dated this way."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare


@pytest.fixture(scope="module")
def full():
    return load_pipeline(("chronica_time", "chronica_actors"))


def _events(full, text, dct):
    return {e.trigger: e for e in extract_events(full(prepare(full, text, dct)))}


NEWS_DAY = [
    ("President Ilse Varga issued yesterday a decree on the reopening of the border crossings with Moldova.",
     "issued", "2011-03-08"),
    ("The Saeima voted yesterday on the new fishing quotas agreed with Estonia.", "voted", "2011-03-08"),
    ("Prime Minister Tomas Berg addressed the Riksdag this afternoon about the pipeline dispute with Finland.",
     "addressed", "2011-03-09"),
]


@pytest.mark.parametrize("text, trigger, date", NEWS_DAY)
def test_a_deictic_on_the_stated_date_dates_the_predicate(full, text, trigger, date):
    events = _events(full, text, "2011-03-09")
    assert trigger in events, list(events)
    assert events[trigger].date == date


@pytest.mark.parametrize("text, trigger, date", NEWS_DAY)
def test_without_a_stated_date_the_event_stays_undated(full, text, trigger, date):
    events = _events(full, text, None)
    assert trigger in events, list(events)
    assert events[trigger].date is None


def test_a_saying_verb_is_no_happening(full):
    assert "said" not in _events(full, "The foreign minister said today that the talks with Latvia would resume.",
                                 "2011-03-09")
