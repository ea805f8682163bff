"""The tier of an exported event (chronica.chronicle.tier): ``coded`` only for a PLOVER event
told as happening, with a named doer and a date; a chronicle happening or OTHER is ``happening``;
the rest ``unclear``. Every event stays in the export whatever its tier."""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.model import ChronicleEvent
from chronica.chronicle.tier import CODED, HAPPENING, TIERS, UNCLEAR, tier
from chronica.events.model import EventMention, Participant


def event(type_="ASSAULT", date="1980-09-22", modality="asserted", source=("IRQ", None, "state"), mentions=1):
    parts = []
    if source is not None:
        actor_id, state, kind = source
        parts.append(Participant(role="source", text="x", actor_id=actor_id, name="x", kind=kind, state=state))
    parts.append(Participant(role="target", text="Iran", actor_id="IRN", name="Iran", kind="state"))
    return ChronicleEvent(id="e1", type=type_, date=date, date_end=None, precision="day", earliest=None,
                          latest=None, participants=parts, summary="", intensity=-10.0,
                          modality=modality, confidence=1.0,
                          mentions=[mention(i) for i in range(mentions)])


def mention(i):
    return EventMention(document_id=i + 1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1,
                        type="ASSAULT", intensity=-10.0, trigger="attacked", trigger_start=0, trigger_end=1)


CASES = [
    (event(), CODED),
    (event(modality="reported", mentions=2), CODED),  # a claim two sentences report
    (event(modality="reported"), UNCLEAR),  # "Quito has always said the Peruvians attacked first"
    (event(modality="hedged"), UNCLEAR),
    (event(modality="refused", type_="REJECT"), CODED),
    (event(source=(None, None, "person")), CODED),  # a person named, whom the dictionaries lack
    (event(source=(None, "IRQ", "agent")), CODED),  # "Iraqi commandos"
    (event(type_="DIE"), HAPPENING),
    (event(type_="TAKE_OFFICE"), HAPPENING),
    (event(type_="OTHER"), HAPPENING),
    (event(modality="negated"), UNCLEAR),  # "never agreed", "no clashes have occurred"
    (event(source=None), UNCLEAR),  # "a revolt broke out in Brunei"
    (event(source=(None, None, "agent")), UNCLEAR),  # "a soldier", "relations"
    (event(date=None), UNCLEAR),
]


@pytest.mark.parametrize("e,expected", CASES)
def test_tier(e, expected):
    assert tier(e) == expected


@pytest.mark.parametrize("e,expected", CASES)
def test_the_export_carries_the_tier_and_keeps_every_event(e, expected):
    record = event_json(e)
    assert record["tier"] == expected in TIERS
    assert record["id"] == "e1"
