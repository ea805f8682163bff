"""A title with its holder named in apposition stands for that person (round 40, actors).

Rule ``a_title_stands_for_its_named_holder`` (``_actors.titled_names``): a title or agent noun no
actor of the knowledge base answers to, with people named in apposition to it ("the foreign
ministers, A and B, signed", "the then Minister of Foreign Affairs, A, paid a visit", "a new
president, A, demanded", "the British Foreign Secretary, A, and ...") acts through those people:
each name (the parse's ``appos`` and that name's conjuncts) becomes the participant, with the
title's country where the name has none of its own. Before, the bare title was the doer and the
names were lost (or the second of two names, read by the tagger as a place, was dropped).

The shapes come from dev texts of syrleb (two foreign ministers named in apposition sign a
statement), grctur (a then minister named in apposition pays a visit), sudssd (a deputy named in
apposition succeeds his leader), codwars (a British and an
Icelandic minister, each named in apposition, sign an agreement), lkaind and nplind (a new or
interim leader named in apposition demands or travels); the sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show

NAMED = [  # (sentence, event type, the doers' names that must be there, a title that must not be a doer)
    ("Last October the foreign ministers, Karim Haddad and Elias Nassar, signed a joint statement establishing "
     "diplomatic relations.", "SUPPORT", {"Karim Haddad", "Elias Nassar"}, "foreign ministers"),
    ("In March 2001 the then Minister of Trade, Joseph Morrow, paid an official visit to Ankara.",
     "CONSULT", {"Joseph Morrow"}, "Minister"),
    ("A new president, Henrik Dalgaard, demanded in 1991 that the Indian troops leave.",
     "REQUEST", {"Henrik Dalgaard"}, "president"),
    ("His deputy, Samuel Okello, succeeded him as head of the movement in August 2005.", "OTHER",
     {"Samuel Okello"}, "deputy"),
    ("The accord was signed in Oslo by the British Home Secretary, Peter Hollis, and the Norwegian minister, "
     "Lars Berge.", "SUPPORT", {"Peter Hollis"}, "the British Home Secretary"),
]


@pytest.mark.parametrize("text,etype,names,title", NAMED)
def test_a_title_stands_for_its_named_holder(pipeline, text, etype, names, title):
    found = events_of(pipeline, text)
    events = [e for e in found if e.type == etype]
    assert events, show(found)
    doers = {p.name for p in events[0].actors(SOURCE)}
    assert names <= doers, show(events)
    assert title not in doers, show(events)


def test_the_titles_country_goes_to_its_holder(pipeline):
    """"the British Home Secretary, A": A acts for the United Kingdom, as the title says."""
    found = events_of(pipeline, "The accord was signed in Oslo by the British Home Secretary, Peter Hollis, "
                                "and the Norwegian minister, Lars Berge.")
    event = next(e for e in found if e.type == "SUPPORT")
    states = {p.name: p.state for p in event.actors(SOURCE)}
    assert states.get("Peter Hollis") == "GBR", show([event])


UNCHANGED = [  # (sentence, event type, the doer's name that stays)
    # a name with a title after it: the name itself is the person
    ("Joseph Morrow, the trade minister, paid an official visit to Ankara in March 2001.", "CONSULT",
     "Joseph Morrow"),
    # no name in apposition: the title stays the doer
    ("The interior minister signed the joint declaration with Syria on 3 May 2009.", "SUPPORT", None),
]


@pytest.mark.parametrize("text,etype,name", UNCHANGED)
def test_no_named_holder_leaves_the_doer(pipeline, text, etype, name):
    found = events_of(pipeline, text)
    events = [e for e in found if e.type == etype]
    assert events, show(found)
    doers = events[0].actors(SOURCE)
    assert doers, show(events)
    if name is not None:
        assert name in {p.name for p in doers}, show(events)


def test_a_known_name_keeps_the_titles_state_where_the_kb_has_none_at_the_date(pipeline):
    """"Iraq's president, Saddam Hussein" in 1975, before the term the knowledge base gives him:
    the title says whose he is (iraniraq)."""
    found = events_of(pipeline, "When Iraq's president, Saddam Hussein, signed the accord alongside the Shah in "
                                "March 1975, he was not making peace.")
    event = next(e for e in found if e.type == "SUPPORT")
    assert {p.state for p in event.actors(SOURCE)} == {"IRQ"}, show([event])
