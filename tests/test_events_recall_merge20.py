"""Recall of constructions that left a happening told by one source only, so the merge had
nothing to join (issue 9's found, issue 11's merges, measured on the dev sets): a party that
accepts a text - a ruling, a resolution, a plan - is an agreement of one party; a party that
declares a treaty void renounces it (REJECT); fighting without a doer named is placed by a
common noun of place and its name ("around the border town of Badme"), whatever the tagger
made of the name; an agreement named by its proper name and signed in the passive, no party
named, is kept when its verb dates or places it. Every sentence here is our own, each table from at least three different
imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE
from event_cases import show as _show, states as _states


# one party accepts a text the sentence names: an agreement, its author standing behind the text; a
# ruling or an award accepted is a concession to what an arbiter decided (CONCEDE 080, session 61), a
# promise to accept one too (the PLOVER manual: future concessions do not reduce to AGREE)
@pytest.mark.parametrize("text, trigger, party, etype", [
    ("Iceland accepted the arbitration award in 1902; Norway did not.", "accepted", "ISL", "CONCEDE"),
    ("On 4 May 1983 Honduras said it would accept the ruling of the court.", "accept", "HND", "CONCEDE"),
    ("In March 1961 Laos agreed to the plan drawn up in Geneva.", "agreed", "LAO", "AGREE"),
    ("Latvia accepted it at once, but Estonia hesitated for a year.", "accepted", "LVA", "AGREE"),
    ("Egypt accepted Resolution 242 in November 1967.", "accepted", "EGY", "AGREE"),
])
def test_one_party_accepts_a_text(full, text, trigger, party, etype):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    assert events[0].type == etype, _show(events)
    assert party in _states(events[0], SOURCE), _show(events)


# agreeing with no text and no second party, or "accepting" people, stays no agreement of one
@pytest.mark.parametrize("text, trigger", [
    ("Morocco agreed in 1975.", "agreed"),
    ("The minister accepted them in his office.", "accepted"),
    ("Tunisia accepted Ahmed as its envoy in 1970.", "accepted"),
])
def test_no_text_accepted(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger and e.type == "AGREE"
              and len(e.participants) < 2]
    assert not events, _show(events)


# a party declares a treaty void, abrogates or repudiates it: a rejection of the agreement
@pytest.mark.parametrize("text, party, date", [
    ("In 1921 Poland declared the border treaty invalid.", "POL", "1921"),
    ("In April 1969 Iran declared the 1937 treaty void and began sending its ships up the river.", "IRN", "1969-04"),
    ("August 1960 - Chile declares the Lima Protocol null and void.", "CHL", "1960-08"),
    ("Italy abrogated the naval agreement with France on 3 May 1936.", "ITA", "1936-05-03"),
    ("In 1962 Ghana repudiated the border accord.", "GHA", "1962"),
])
def test_a_treaty_declared_void_is_renounced(full, text, party, date):
    events = [e for e in extract_events(full(text)) if e.type == "REJECT"]
    assert events, _show(extract_events(full(text)))
    assert party in _states(events[0], SOURCE), _show(events)
    assert (events[0].date or "").startswith(date), (events[0].date, _show(events))


# a declaration that is no renouncing of a text
@pytest.mark.parametrize("text", [
    "Nasser declared the emergency over in 1956.",
    "In 1990 Peru declared a state of emergency in the south.",
    "Kenya declared the election free and fair in 2002.",
])
def test_other_declarations_renounce_nothing(full, text):
    assert not [e for e in extract_events(full(text)) if e.type == "REJECT"], _show(extract_events(full(text)))


# fighting with no doer named, placed by a common noun of place and the name in its "of" phrase
@pytest.mark.parametrize("text, date", [
    ("May 6, 1998 - Fighting breaks out around the border town of Badme.", "1998-05-06"),
    ("Heavy fighting broke out near the mining town of Kolwezi in May 1978.", "1978-05"),
    ("Clashes along the Zarumilla River escalated into open war on 5 July 1941.", "1941-07-05"),
    ("In March 1969 fighting broke out near the island of Damansky.", "1969-03"),
])
def test_doerless_fighting_placed_by_a_noun_of_place(full, text, date):
    events = [e for e in extract_events(full(text)) if e.type == "ASSAULT"]
    assert events, _show(extract_events(full(text)))
    assert (events[0].date or "").startswith(date), (events[0].date, _show(events))


# no place named: a happening with no doer stays unsaid
@pytest.mark.parametrize("text", [
    "Fighting broke out around the presidential palace in March 1981.",
    "Fighting broke out around noon on 4 May 1970.",
    "Clashes broke out again in 2016.",
])
def test_doerless_fighting_needs_a_named_place(full, text):
    assert not [e for e in extract_events(full(text)) if e.type == "ASSAULT"], _show(extract_events(full(text)))


# a named agreement signed in the passive, no party named, dated or placed by its verb
@pytest.mark.parametrize("text, date", [
    ("The Itamaraty Peace Declaration was signed in Brasilia on 17 February 1995.", "1995-02-17"),
    ("The Treaty of Friendship and Commerce was signed in Lima on 9 March 1954.", "1954-03-09"),
    ("The Armistice Agreement was signed at Panmunjom on 27 July 1953.", "1953-07-27"),
    ("The Rio Protocol was signed on 29 January 1942.", "1942-01-29"),
])
def test_a_named_agreement_signed_with_no_party_named(full, text, date):
    events = [e for e in extract_events(full(text)) if e.trigger == "signed"]
    assert events, _show(extract_events(full(text)))
    assert events[0].form == "AGREE" and not events[0].participants, _show(events)
    assert (events[0].date or "").startswith(date), (events[0].date, _show(events))


# not signed, or neither dated nor placed: nothing
@pytest.mark.parametrize("text", [
    "The Rio Protocol was never signed in Rio.",
    "The Treaty of Friendship was signed.",
    "The Paris Charter was signed without ceremony.",
])
def test_a_named_agreement_not_told_as_signed_on_a_day(full, text):
    assert not [e for e in extract_events(full(text)) if e.trigger == "signed"], _show(extract_events(full(text)))


# the year that names the text accepted or rejected is the text's, not the act's; a light verb's
# noun is the event itself ("signed the 1992 agreement" is that agreement's signing)
@pytest.mark.parametrize("text, trigger, date", [
    ("Ghana accepted the 1992 Lome Agreement.", "accepted", None),
    ("Chile rejected the 1904 treaty.", "rejected", None),
    ("Last month the ruling party of Zambia said it would accept the 1964 border treaty.", "accept", None),
    ("In 1995 Ghana accepted the 1992 Lome Agreement.", "accepted", "1995"),
    ("Ghana and Togo signed the 1992 Lome Agreement.", "signed the 1992 Lome Agreement", "1992"),
])
def test_the_date_of_the_text_acted_on_is_not_the_acts(full, text, trigger, date):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    assert events[0].date == date, (events[0].date, _show(events))


# an agreement to come, said on a date: PLOVER codes the statement of intent as the AGREE, so the
# time of saying (on the saying verb, or the timeline entry's) dates it; other acts to come do not
# take it
@pytest.mark.parametrize("text, trigger, date", [
    ("June 5, 2018: Zambia says it will fully accept the boundary ruling.", "accept", "2018-06-05"),
    ("On 4 May 1983 Honduras said it would accept the ruling of the court.", "accept", "1983-05-04"),
    ("On 9 October 1961 Syria announced that it would accept the arbitration award.", "accept", "1961-10-09"),
    ("On 3 June 1990 Iraq said it would attack Kuwait.", "attack", None),
    ("Zambia will accept the treaty.", "accept", None),
    ("On 8 July 2001 Peru said it would sign the treaty in 2003.", "sign the treaty", "2003"),
])
def test_an_agreement_to_come_is_dated_when_said(full, text, trigger, date):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    assert events[0].date == date, (events[0].date, _show(events))
