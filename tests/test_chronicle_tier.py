"""The tier of an exported event (chronica.chronicle.tier): ``coded`` only for a PLOVER event
told as happening, with a named doer and a date; a chronicle happening or OTHER is ``happening``;
the rest ``unclear``. Every event stays in the export whatever its tier."""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.model import ChronicleEvent
from chronica.chronicle.tier import CODED, HAPPENING, TIERS, UNCLEAR, tier
from chronica.events.model import EventMention, Participant


def event(type_="ASSAULT", date="1980-09-22", modality="asserted", source=("IRQ", None, "state"), mentions=1,
          target=True, also=None):
    parts = []
    for i, doer in enumerate(d for d in (source, also) if d is not None):
        actor_id, state, kind = doer
        parts.append(Participant(role="source", text=f"x{i}", actor_id=actor_id, name="x", kind=kind, state=state))
    if target:
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
    # told as not done (session 27: "will visit", "are expected to meet", "could attack")
    (event(modality="planned", type_="CONSULT"), UNCLEAR),
    (event(modality="possible"), UNCLEAR),
    (event(modality="refused", type_="CONSULT"), UNCLEAR),  # "refused to meet" is no meeting
    # an act of a type that is done or said to someone, told with one party only
    (event(type_="ACCUSE", target=False), UNCLEAR),  # "Britain protested"
    (event(type_="REJECT", modality="refused", target=False), UNCLEAR),  # "Stalin refuses."
    (event(target=False), UNCLEAR),  # "Argentine forces invaded the islands"
    (event(type_="REQUEST", target=False, source=(None, None, "person")), UNCLEAR),  # "ordered the attack"
    (event(type_="CONSULT", target=False, also=("GRC", "GRC", "state")), CODED),  # "Turkey and Greece met"
    (event(type_="SUPPORT", target=False, source=(None, None, "person"), also=(None, None, "person")), CODED),
    (event(type_="SUPPORT", target=False, source=("IRQ", "IRQ", "state"), also=("saddam", "IRQ", "person")),
     UNCLEAR),  # a state and its leader are one party
    (event(target=False, also=(None, None, "agent")), UNCLEAR),  # "Pakistan; air force": one party known
    # whole with one party (the ontology's `alone`): accepted, surrendered, deployed, protested in the streets
    (event(type_="RETREAT", target=False), CODED),
    (event(type_="AGREE", target=False), CODED),
    (event(type_="MOBILIZE", target=False), CODED),
    (event(type_="PROTEST", target=False), CODED),
]


@pytest.mark.parametrize("e,expected", CASES)
def test_tier(e, expected):
    assert tier(e) == expected


@pytest.mark.parametrize("e,expected", CASES)
def test_the_export_carries_the_tier_and_keeps_every_event(e, expected):
    record = event_json(e)
    assert record["tier"] == expected in TIERS
    assert record["id"] == "e1"
