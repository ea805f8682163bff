"""Session 50 (type50): events coded OTHER, or told twice, where the PLOVER codebook has a type. Sentences
written for these tests (no article text, no pairing taken from an evaluation article).

- ``taken_by_force`` (checks): an armed force of a named state that takes over, takes control of or takes a
  place seizes it - COERCE ``seize``, CAMEO 192, the OCCUPY form. Before, the phrasal triggers of OCCUPY
  ("take over", "take control", 'take {TERRITORY}') were vetoed unless what was taken was a place entity, and
  the verb fell to a dated happening of no type. Dev texts: eriyem (a navy taking an island, troops taking
  over an island group), gabgnq (forces taking control of an islet), isrsyr and prtind (places taken). A firm
  taken over by a firm, the running of a port or shares taken over, stay no occupation.
- ``text_told_by_its_content`` (extract): a resolution, law or decree adopted whose content a trigger codes
  (its participle, "demanding ...", "calling on ...", or its relative clause) is that act: the adoption is no
  dated happening of no type beside it. Dev texts: iraniraq, grctur, eridji, isrlbn (resolutions adopted,
  demanding or calling on). A resolution adopted with no content told stays a dated happening.
- halting talks (ontology, REDUCE): a party that pulls out of or walks out of talks, an arbitration or a
  mediation withdraws itself from it - PLOVER SANCTION ``withdraw`` ("withdraw oneself ... from a group,
  mediation activity, organization"), CAMEO 164, with or without the other party named; walking out of a
  body's institutions likewise. Dev texts: slocro, tzamwi, srbkos. Workers walking out of a factory are no
  such act.
- investigations (ontology, DISAPPROVE): PLOVER ACCUSE "all investigations", mode ``investigate``, CAMEO 090 (the
  CAMEO->PLOVER table's 09 INVESTIGATE): a party that investigates someone, or opens, launches or sets up an
  investigation or inquiry. Before, such verbs were dated happenings of no type. Dev texts: idntls, colper,
  usavnm. An inquiry demanded is a demand.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


def _by_trigger(full, text, trigger):
    return [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]


TAKEN = [
    ("In May 1961 Norwegian forces took control of the island of Velmar.", "took"),
    ("In August 1972 Danish forces took control of Brede, the largest of the islets.", "took"),
    ("The Swedish navy took the island in May 1961, and the fighting was over in a day.", "took"),
    ("In early March 1962 Finnish troops took over Lesser Varn.", "took"),
]


@pytest.mark.parametrize("text, trigger", TAKEN, ids=[f"taken-{i}" for i in range(len(TAKEN))])
def test_place_taken_by_a_force_is_seized(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "COERCE" and events[0].mode == "seize" and events[0].cameo == "192", _show(events)


NOT_TAKEN = [
    # a firm taken over by a firm: a takeover
    ("In 2009 the Swedish carmaker Volvo took over Saab.", "took"),
    # what a force takes over that is no place
    ("In 1962 Norwegian troops took over the running of the port.", "took"),
    ("In 1962 Norwegian troops took over 40 percent of the shares.", "took"),
    # whose troops the sentence does not tell
    ("In 1962 his troops took control of the island.", "took"),
]


@pytest.mark.parametrize("text, trigger", NOT_TAKEN, ids=[f"not-taken-{i}" for i in range(len(NOT_TAKEN))])
def test_no_place_taken_by_a_force_is_no_seizure(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "COERCE"], _show(events)


CONTENT_TOLD = [
    ("On 3 May 1971 the UN Security Council adopted Resolution 712, demanding that Norway withdraw its troops.",
     "REQUEST"),
    ("On 3 May 1971 the UN Security Council adopted Resolution 712, calling on Norway to withdraw from Velmar.",
     "REQUEST"),
    ("In June 1983 the UN Security Council adopted Resolution 640, urging Norway and Sweden to negotiate.",
     "REQUEST"),
]


@pytest.mark.parametrize("text, etype", CONTENT_TOLD, ids=[f"content-{i}" for i in range(len(CONTENT_TOLD))])
def test_text_adopted_is_its_content(full, text, etype):
    events = extract_events(full(text))
    assert [e for e in events if e.type == etype], _show(events)
    assert not [e for e in events if e.trigger.startswith("adopted")], _show(events)


def test_text_adopted_with_no_content_stays_a_happening(full):
    events = _by_trigger(full, "On 3 May 1971 the UN Security Council adopted Resolution 712.", "adopted")
    assert events and events[0].type == "OTHER", _show(events)


HALTED = [
    ("Norway pulled out of the arbitration in May 2003 after its envoy resigned.", "pulled"),
    ("In April 2013 Norway walked out of the mediation, accusing a Swedish official of leaking its papers.", "walked"),
    ("Norway pulled out of the talks with Sweden in March 1990.", "pulled"),
    ("In November 1994 Danish officials walked out of Norway's institutions in protest.", "walked"),
]


@pytest.mark.parametrize("text, trigger", HALTED, ids=[f"halted-{i}" for i in range(len(HALTED))])
def test_walked_out_of_talks_is_sanction_withdraw(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "SANCTION" and events[0].mode == "withdraw", _show(events)


def test_workers_walking_out_of_a_factory_withdraw_from_no_talks(full):
    events = _by_trigger(full, "Danish workers walked out of the factory in May 1980.", "walked")
    assert not [e for e in events if e.type == "SANCTION"], _show(events)


INVESTIGATIONS = [
    ("The Norwegian police opened an investigation into the border shooting in 1997 and dropped it two years later.", "opened"),
    ("The British consul John Smith investigated the Swedish company in 1910.", "investigated"),
    ("In August 1985 the Danish government set up an inquiry into the sinking.", "set"),
]


@pytest.mark.parametrize("text, trigger", INVESTIGATIONS, ids=[f"inquiry-{i}" for i in range(len(INVESTIGATIONS))])
def test_investigation_is_accuse_investigate(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "ACCUSE" and events[0].mode == "investigate" and events[0].cameo == "090", _show(events)


def test_inquiry_demanded_is_a_demand(full):
    events = extract_events(full("The Norwegian parliament demanded an inquiry in 1990."))
    assert [e for e in events if e.type == "REQUEST"] and not [e for e in events if e.mode == "investigate"], \
        _show(events)
