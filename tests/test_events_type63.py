"""Session 63 (type63): the codebook's type of an independence gained. Sentences written for these tests (no
article text, no pairing or fact of an evaluation text; the events and dates are invented).

A state that becomes independent, or gains, attains or achieves its independence, is given it by the state that
ruled it: the ruler yields a change of regime, CAMEO 0834 "accede to demands for change in institutions, regime"
(CONCEDE in the CAMEO->PLOVER table; ``recode._self_rule_conceded`` codes independence granted so). The ontology's
FOUND_STATE trigger group for these words gives the founding the mode ``independence``, which the export gives as
PLOVER's CONCEDE (``plover_modes``, no mode: CONCEDE has none of it), the chronicle keeping the founding (its date,
its merges, the questions asked of it). An independence declared, proclaimed or won, a secession or the bare noun
stays a founding of no PLOVER type (OTHER). Dev texts ghatgo, benner, mdvind, guysur (the gold of rounds 42-50
writes CONCEDE for these; older rounds wrote OTHER).

A force that storms a place (the place its object, not a place it moves "into") attacks it: PETRARCH2 codes "storm"
190 (PHYSICAL_CONFLICT, PLOVER ASSAULT), a sudden attack; ``extract.ASSAULTING_MOVES``. A force that storms into
a town, or enters one, still takes it (COERCE seize, CAMEO 192; session 42). Dev texts prtind, eriyem, mdvind (an
island and a capital stormed were COERCE seize; the gold writes ASSAULT for every storming).
"""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.model import ChronicleEvent
from chronica.events.model import EventMention, Participant
from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

GAINED = [
    # text, trigger, the new state
    ("Tonga became independent on 3 March 1931.", "became independent", "TON"),
    ("Fiji gained its independence from Norway in May 1964.", "gained its independence", "FJI"),
    ("Malta achieved independence in 1958, with Karl Berg as its first president.", "achieved independence", "MLT"),
    ("When Tonga became independent in 1931, the fishing trade grew.", "became independent", "TON"),
]


@pytest.mark.parametrize("text, trigger, state", GAINED, ids=[c[0][:30] for c in GAINED])
def test_an_independence_gained_is_conceded(full, text, trigger, state):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode) == ("FOUND", "independence"), _show(events)
    assert state in {p.state or p.actor_id for p in e.participants}, _show(events)


NOT_GAINED = [
    ("Tonga declared its independence on 3 March 1931.", "declared"),
    ("Fiji proclaimed its independence from Norway in May 1964.", "proclaimed"),
    ("Malta won its independence after a long war in 1958.", "won"),
    ("After Tonga's independence in 1931 the fishing trade grew.", "independence"),
]


@pytest.mark.parametrize("text, trigger", NOT_GAINED, ids=[c[0][:30] for c in NOT_GAINED])
def test_an_independence_declared_or_won_stays_a_founding(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert all(e.type == "FOUND" and e.mode is None for e in events), _show(events)


def _founding(mode):
    m = EventMention(document_id=1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1,
                     type="FOUND", intensity=0.0, trigger="became independent", trigger_start=0, trigger_end=1,
                     mode=mode, context=["territory"])
    p = Participant(role="source", text="Tonga", actor_id="TON", name="Tonga", kind="state")
    return ChronicleEvent(id="e1", type="FOUND", date="1931-03-03", date_end=None, precision="day",
                          earliest=None, latest=None, participants=[p], summary="", intensity=0.0,
                          modality="asserted", confidence=1.0, mentions=[m])


@pytest.mark.parametrize("mode, plover, exported", [
    ("independence", {"type": "CONCEDE", "mode": None, "context": ["territory"]}, "CONCEDE"),
    (None, None, "OTHER"),  # a founding: no PLOVER act
])
def test_the_export_codes_an_independence_gained_as_a_concession(mode, plover, exported):
    record = event_json(_founding(mode))
    assert record["type"] == exported
    assert record["happening"] == "FOUND"
    assert record["plover"] == plover


STORMED = [
    # text, trigger, type, mode
    ("The same morning Chilean marines stormed the island of Velmar, losing four men.", "stormed", "ASSAULT", None),
    ("Norwegian troops stormed a bare rocky island in the North Sea in 2031.", "stormed", "ASSAULT", None),
    ("Finnish troops stormed the rebel headquarters in March 2031.", "stormed", "ASSAULT", None),
    ("In March 2031 Finnish troops stormed into the town of Velmar.", "stormed", "COERCE", "seize"),
    ("Rebels entered the town of Velmar on 3 May 2031.", "entered", "COERCE", "seize"),
]


@pytest.mark.parametrize("text, trigger, etype, mode", STORMED, ids=[c[0][:30] for c in STORMED])
def test_a_place_stormed_is_attacked_one_stormed_into_is_taken(full, text, trigger, etype, mode):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert (events[0].type, events[0].mode) == (etype, mode), _show(events)
