"""Types the codebook gives (session 51, type51). Sentences are invented for these tests.

1. An exported event's type is a PLOVER type or OTHER (``chronicle.exported_type``): the chronicle's own
   happenings (DIE, FOUND, ELECT, TAKE_OFFICE, LEAVE_OFFICE, END) are no PLOVER category, so the export
   writes OTHER and keeps the happening in ``happening``; a happening PLOVER codes by its mode (a
   resignation, RETREAT resign) is exported as that PLOVER type. Judges of session 50 failed such types on
   unseen text; the dev gold writes OTHER for foundings, deaths and elections.
2. An accord is what its signing acts on however the sentence turns it (``extract._accord_acted_on``):
   the noun a clause of the signing with its own subject tells of ("the treaty that Chile signed", "the
   convention the two states concluded") is PLOVER SUPPORT, "ratify, sign, or finalize an agreement or
   treaty" (CAMEO 057), no happening of no type. A clause whose relative pronoun is its subject tells what
   the accord did, not what was done to it. Dev: armtur, swenor, usapan,
   gabgnq, nldidn.
3. A trend of relations is no happening (``checks.a_trend_of_relations``): relations that deteriorate,
   sour or worsen are a relationship's state changing, which no one is said to do and PLOVER codes
   nowhere; the acts that reduce relations (a break, a recall, an expulsion) stay SANCTION, and a low point
   named as reached ("hit rock bottom") stays a dated happening. Dev: idntls, georus, mdarus, dnkdeu,
   colper, and six more.
4. A retreat pledged is a concession (``extract._stance``, rule ``retreat_pledged``): PLOVER RETREAT is
   "immediate (not simply promised) material consequences", and "announcements of future retreats should
   be coded as CONCEDE". A retreat its doer commits itself to or undertakes to make, or
   is to make is CONCEDE (CAMEO 0356, RETREAT's ``intended``); a retreat made, or one demanded of another,
   is not. Dev: georus, mdarus, zafago, isrlbn.
"""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json, exported_type
from chronica.chronicle.model import ChronicleEvent
from chronica.events import extract_events
from chronica.events.model import EventMention, Participant
from chronica.events.ontology import load_ontology


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


@pytest.mark.parametrize("etype, plover, exported, happening", [
    ("DIE", None, "OTHER", "DIE"),
    ("FOUND", None, "OTHER", "FOUND"),
    ("ELECT", None, "OTHER", "ELECT"),
    ("TAKE_OFFICE", None, "OTHER", "TAKE_OFFICE"),
    ("END", None, "OTHER", "END"),
    ("LEAVE_OFFICE", None, "OTHER", "LEAVE_OFFICE"),  # a dismissal: no PLOVER act
    ("LEAVE_OFFICE", {"type": "RETREAT", "mode": "resign", "context": []}, "RETREAT", "LEAVE_OFFICE"),
    ("ASSAULT", {"type": "ASSAULT", "mode": None, "context": []}, "ASSAULT", None),
    ("OTHER", None, "OTHER", None),
])
def test_the_exported_type_is_plover_or_other(etype, plover, exported, happening):
    assert exported_type(etype, plover) == (exported, happening)


def test_every_type_the_ontology_knows_is_exported_as_plover_or_other():
    onto = load_ontology()
    for code in onto.types:
        assert exported_type(code, None)[0] in onto.plover_types | {"OTHER"}


def test_an_exported_happening_keeps_its_kind():
    m = EventMention(document_id=1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1, type="DIE",
                     intensity=0.0, trigger="died", trigger_start=0, trigger_end=1)
    p = Participant(role="source", text="Ana Ruiz", actor_id="ruiz", name="Ana Ruiz", kind="person")
    e = ChronicleEvent(id="e1", type="DIE", date="1977-03", date_end=None, precision="month", earliest=None,
                       latest=None, participants=[p], summary="", intensity=0.0, modality="asserted",
                       confidence=1.0, mentions=[m])
    record = event_json(e)
    assert (record["type"], record["happening"], record["plover"]) == ("OTHER", "DIE", None)


@pytest.mark.parametrize("text", [
    "The treaty that Chile signed with Norway on 3 May 1931 ended the quarrel over the whaling grounds.",
    "The fisheries convention that Kenya and Finland concluded in Oslo in June 1962 fixed the quotas.",
])
def test_an_accord_signed_is_support_however_the_sentence_turns_it(run, text):
    evs = run(text)
    assert ("SUPPORT", "057") in [(e.type, e.cameo) for e in evs], _coded(evs)
    assert "OTHER" not in [e.type for e in evs], _coded(evs)


@pytest.mark.parametrize("text", [
    "The convention, which joined the two railway companies in 1930, lapsed in 1950.",
    "The envoy who signed the letter on 3 May 1990 left Lima the next week.",
])
def test_an_accord_that_acts_is_not_acted_on(run, text):
    evs = run(text)
    assert ("SUPPORT", "057") not in [(e.type, e.cameo) for e in evs], _coded(evs)


@pytest.mark.parametrize("text", [
    "Relations between Chile and Norway deteriorated in 1975.",
    "Relations between Lima and Vienna soured in the 1920s over the customs dispute.",
    "In 2004 relations between Kenya and Finland worsened.",
])
def test_a_trend_of_relations_is_no_happening(run, text):
    evs = run(text)
    assert evs == [], _coded(evs)


@pytest.mark.parametrize("text, etype", [
    ("In 1967 Chile broke off relations with Norway.", "SANCTION"),
    ("In 1998 relations between Chile and Norway hit rock bottom.", "OTHER"),
])
def test_acts_on_relations_and_a_low_reached_stay(run, text, etype):
    evs = run(text)
    assert etype in [e.type for e in evs], _coded(evs)


@pytest.mark.parametrize("text", [
    "At the summit in May 1983 Chile committed itself to withdraw its troops from Tacna by 1986.",
    "In 1987 Chile undertook to withdraw its forces from Tacna.",
    "Under the 1979 accord, Chilean troops were to leave Tacna within five years.",
    "Under its terms, Chilean forces are to pull out of Tacna over 60 days.",
])
def test_a_retreat_pledged_is_a_concession(run, text):
    evs = run(text)
    assert ("CONCEDE", "0356") in [(e.type, e.cameo) for e in evs], _coded(evs)
    assert "RETREAT" not in [e.type for e in evs], _coded(evs)


@pytest.mark.parametrize("text, etype", [
    ("Chile withdrew its troops from Tacna in 1990.", "RETREAT"),
    ("Peru urged Chile to withdraw its troops from Tacna in 1990.", "REQUEST"),
])
def test_a_retreat_made_or_demanded_is_no_concession(run, text, etype):
    evs = run(text)
    assert etype in [e.type for e in evs] and "CONCEDE" not in [e.type for e in evs], _coded(evs)
