"""Events held strictly right, second pass (issue 9): two error classes a strict reading of
sampled dev events found, each fixed by a mechanism and held by a case table of sentences
written for it in the style of several different stories.

1. ``passive_predicate_has_no_doer``: a dated predicate kept as OTHER (``_dated_predicates``)
   told in the passive has its named subject acted on, never doing: "Georgia was incorporated
   into the empire in 1801" is not Georgia incorporating, "the USSR was flooded with leaflets"
   not the USSR flooding (seen in the Caucasus, East Asia, Cyprus and Gulf stories).
2. ``a_thing_is_no_actor``: a treaty, protocol, declaration or resolution (a formal accord's
   noun at the head of a name no actor stands for, or spaCy's LAW label) and a work built (the
   ontology's WORKS: a pipeline, a dam) is no doer and no recipient (seen in the Guyana,
   Confrontation, Gulf, Maghreb and East African stories). "Accords" is lemmatised as the accord
   it names ("the Madrid Accords"), so signing one is coded as signing an accord.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of as _events, show as _show, states as _states

# --- 1. a passive dated predicate has no doer ---------------------------------------------------

PASSIVE_PREDICATES = [
    # (sentence, the trigger, the state acted on)
    ("Georgia was incorporated into the Russian Empire in 1801.", "incorporated", "GEO"),
    ("In the 1970s the USSR was flooded with North Korean magazines.", "flooded", "SUN"),
    ("Cyprus was swamped with Turkish leaflets in the spring of 1974.", "swamped", "CYP"),
    ("In 1952 Eritrea was federated with Ethiopia.", "federated", "ERI"),
]


@pytest.mark.parametrize("text,trigger,state", PASSIVE_PREDICATES)
def test_passive_predicate_subject_is_no_doer(pipeline, text, trigger, state):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    for event in events:
        assert state not in _states(event, SOURCE), _show(events)
        if event.type == "OTHER":
            assert state in _states(event, TARGET), _show(events)


PASSIVE_SUMMARIES = [
    # no doer and no actor acted on: the summary tells what was done, never "? ..."
    "By the time a transitional government was installed in 2003, the fighting had stopped.",
    "When Mbarara was taken in February 1979 the exiles had already met at Moshi.",
    "A new constitution was adopted in Asmara in May 1997.",
]


@pytest.mark.parametrize("text", PASSIVE_SUMMARIES)
def test_passive_predicate_summary_names_what_was_done(pipeline, text):
    events = _events(pipeline, text)
    assert all(not (e.summary or "").startswith("?") for e in events), [(e.summary, _show([e])) for e in events]


ACTIVE_OR_AGENT = [
    # an active predicate's subject still does it; a passive with its agent is coded as before
    ("Iceland extended its fishing limit on 1 September 1972.", "ISL", SOURCE),
    ("Eritrea was annexed by Ethiopia in 1962.", "ETH", SOURCE),
    ("Isaias Afwerki was elected president in 1993.", "isaias_afwerki", SOURCE),
]


@pytest.mark.parametrize("text,actor,role", ACTIVE_OR_AGENT)
def test_active_predicates_and_agents_keep_their_doer(pipeline, text, actor, role):
    events = _events(pipeline, text)
    assert any(actor in _states(e, role) | {p.actor_id for p in e.actors(role)} for e in events), _show(events)


# --- 2. a thing is no actor ---------------------------------------------------------------------

THINGS = [
    # (sentence, the thing's name as the mention gives it)
    ("18 March 1982 - The Protocol of Port of Spain lapses after twelve years.", "Protocol"),
    ("2 February 1897 - The Treaty of Washington binds Britain and Venezuela to arbitration.", "Treaty"),
    ("On 8 August 1967 the Bangkok Declaration created ASEAN.", "Bangkok Declaration"),
    ("On 20 July 1987 the Security Council passed Resolution 598, demanding a ceasefire.", "Resolution"),
    ("The Maghreb-Europe Gas Pipeline entered service in November 1996.", "Europe Gas Pipeline"),
    ("In 2017 Uganda and Tanzania signed a deal on the East African Crude Oil Pipeline.",
     "East African Crude Oil Pipeline"),
    ("Spain signed the Madrid Accords on 14 November 1975.", "Madrid Accords"),
]


@pytest.mark.parametrize("text,thing", THINGS)
def test_a_thing_is_neither_doer_nor_recipient(pipeline, text, thing):
    events = _events(pipeline, text)
    for event in events:
        for p in event.participants:
            if p.role in (SOURCE, TARGET):
                assert thing not in (p.text, p.name), _show(events)


THINGS_HAPPENINGS = [
    # a thing's own dated happening stays, the thing no doer, its date kept
    ("The Sunningdale Agreement collapsed on 28 May 1974.", "1974-05-28"),
    ("18 June 1970 - The Protocol of Port of Spain freezes the dispute for twelve years.", "1970-06-18"),
    ("The Maghreb-Europe Gas Pipeline entered service in November 1996.", "1996-11"),
]


@pytest.mark.parametrize("text,date", THINGS_HAPPENINGS)
def test_a_things_happening_is_kept_without_a_doer(pipeline, text, date):
    events = [e for e in _events(pipeline, text) if (e.date or "").startswith(date)]
    assert events, _show(_events(pipeline, text))
    assert not any(e.actors(SOURCE) for e in events), _show(events)
    assert all(not (e.summary or "").startswith("?") for e in events), [e.summary for e in events]


SIGNED_ACCORDS = [
    # an accord's plural name is the accord signed: its signers are the doers
    ("Spain signed the Madrid Accords on 14 November 1975.", {"ESP"}),
    ("Egypt and Israel signed the Camp David Accords in September 1978.", {"EGY", "ISR"}),
    ("Israel and the PLO signed the Oslo Accords in September 1993.", {"ISR", "PLO"}),
]


@pytest.mark.parametrize("text,signers", SIGNED_ACCORDS)
def test_signing_accords_is_coded(pipeline, text, signers):
    events = [e for e in _events(pipeline, text) if e.type == "SUPPORT"]
    # co-signers: the first written is the source, the other the recipient (``_targets.joint_recipient``)
    assert events and signers <= _states(events[0], SOURCE) | _states(events[0], TARGET), _show(_events(pipeline, text))


ACTORS_KEPT = [
    # an alliance or body the knowledge base knows is an actor whatever its name's last word
    ("The Warsaw Pact invaded Czechoslovakia in August 1968.", "WPACT", SOURCE),
    ("Iraqi jets bombed the Kharg Island terminal in 1985.", "IRQ", SOURCE),
    ("Ethiopia attacked Eritrea in May 1998.", "ERI", TARGET),
]


@pytest.mark.parametrize("text,actor,role", ACTORS_KEPT)
def test_known_actors_stay(pipeline, text, actor, role):
    events = _events(pipeline, text)
    assert any(actor in _states(e, role) for e in events), _show(events)
