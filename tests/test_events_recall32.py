"""Recall of clauses that hold the sentence's time but gave no event (issue 9, session 32): a past
participle that qualifies a noun with a calendar date of its own is told as that noun's passive
clause (rule ``dated_participle_is_passive``). Every sentence here is our own, each table from at
least three different imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from event_cases import show as _show


def _events(nlp, text):
    return extract_events(nlp(text))


# a body founded in a dated participle is founded then: "X, founded on 10 May 1973, took up arms"
@pytest.mark.parametrize("text, trigger, founded, date", [
    ("The Liberation Front of Ruritania, founded on 10 May 1973, took up arms against Chile.", "founded",
     "Liberation Front of Ruritania", "1973-05-10"),
    ("Chile's Democratic Renewal Party, formed in 1987, won the election in Chile.", "formed",
     "Democratic Renewal Party", "1987"),
    ("The Popular Front for Borduria, created in June 1961 in exile, fought Ruritania for ten years.", "created",
     "Popular Front for Borduria", "1961-06"),
])
def test_recall32_dated_participle_founds_its_noun(full, text, trigger, founded, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert events[0].type == "FOUND", _show(events)
    assert any(founded in (p.name or p.text or "") for p in events[0].participants), _show(events)
    assert (events[0].date or "").startswith(date), _show(events)


# an accord a dated participle qualifies, no party named, is dated by it: "the Treaty of X, signed on ..."
@pytest.mark.parametrize("text, trigger, date", [
    ("The Treaty of Vardana, signed on 24 July 1923, fixed the border between Peru and Chile.", "signed",
     "1923-07-24"),
    ("A protocol signed in Quito in 1936 completed the demarcation of the border.", "signed", "1936"),
    ("The border follows the Pact of Tacna, signed in May 1929 in Lima.", "signed", "1929-05"),
])
def test_recall32_dated_participle_dates_its_accord(full, text, trigger, date):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert events[0].type == "SUPPORT", _show(events)
    assert (events[0].date or "") == date, _show(events)


# controls: a participle with no date of its own stays a description; an accord told before is the
# same one; a dated participle of a thing with no actor named makes no event
@pytest.mark.parametrize("text, trigger", [
    ("The occupied territories were returned to Jordan in 1994.", "occupied"),
    ("Ruritanian troops stationed in Borduria left the country in 1990.", "stationed"),
    ("Peru signed a truce with Chile. The truce, signed on 12 May 1990, held for a year.", "signed"),
    ("The rifles supplied to the rebels in 1982 were never paid for.", "supplied"),
    ("Southern Borduria, mostly rural and poor, rebelled against Ruritania twice after independence in 1956.",
     "rebelled"),
])
def test_recall32_undated_or_known_participle_makes_no_event(full, text, trigger):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert not events, _show(events)


def test_recall32_accord_with_named_parties_keeps_them(full):
    events = _events(full, "The accord, signed by Peru and Chile on 3 May 1990, ended the war.")
    accords = [e for e in events if e.type == "SUPPORT"]
    assert accords and {p.state or p.actor_id for p in accords[0].participants} >= {"PER", "CHL"}, _show(events)
    assert accords[0].date == "1990-05-03", _show(accords)
