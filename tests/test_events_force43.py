"""Session 43 (force43): force coded as force. Military action where force was used came out as
MOBILIZE (PLOVER: "military or police moves that fall short of the actual use of force"), and an
armed rising as a PROTEST riot (PLOVER PROTEST: "civilian demonstrations"). Sentences written for
these tests in the dev texts' style (no article text).

- ``move_into_place``: a force that marches, pushes, rolls, advances or moves *into* a named place or
  a town takes ground: COERCE seize, CAMEO 192 (``extract._force_movements``, ``_places_entered``
  with ``into_only``). Dev texts: dnkdeu (troops marched into a duchy; pushed into a peninsula),
  hunsvk (troops marched into a city), perecuador (forces pushed into a province), swenor (an army
  advanced into a county), usavnm and syrleb (tanks, troops rolled into a capital), isrlbn (troops
  moved into part of a capital), estrus (troops marched into a city). A force going back into
  its own side is no entry.
- ``cross_border``: a force that crosses the border (the ontology's BORDER class as its object)
  invades: ASSAULT, CAMEO 190 (``extract.CROSSING_MOVES``). Dev texts: idntls, isrsyr, estrus,
  gmbsen, sudssd, dnkdeu (forces crossed the border).
- ``storm``: a force that storms what is no place taken attacks it: ASSAULT (``extract.ASSAULTING_MOVES``).
  Dev texts: dnkdeu (infantry stormed a position), franzl (commandos stormed a ship), srbkos (special
  police storm a compound), korea (commandos tried to storm a residence).
- ``armed_rising``: a revolt, rebellion, insurrection or armed uprising is fighting (FIGHT form,
  ASSAULT), no PROTEST riot (data/ontology.yaml). Dev texts: chdsdn (a rebellion in a region),
  cyprus (a group launches armed revolt), guyven (ranchers stage an armed uprising), lkaind (an
  insurrection broke out), indmal (a revolt broke out), iraniraq (a Kurdish revolt).
- ``crush``: a rising or a force crushed is defeated by force: ASSAULT, CAMEO 190 (data/ontology.yaml,
  COERCE form, type ASSAULT; PETRARCH2's own code). Dev texts: indmal (a rebellion crushed by
  troops), lkaind (the rebels were crushed), ugatan (the exiles were crushed).
- ``refusal_held``: a REJECT stored as refused is exported asserted, the refusal being its type
  (``chronicle.held``). Dev texts: dnkdeu, swenor, ugatan, nldidn, ethiopia (a party rejected or refused).
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


INTO = [
    ("In March 1920 Polish troops marched into the city of Vilnius.", "marched"),
    ("By the end of the month Zambian forces had pushed into Luapula province.", "pushed"),
    ("Iraqi tanks rolled into Kuwait City on 2 August 1990.", "rolled"),
    ("A Ghanaian army advanced into Togoland in 1957.", "advanced"),
    ("Ethiopian troops moved into Mogadishu the following day.", "moved"),
]


@pytest.mark.parametrize("text, trigger", INTO, ids=[c[1] for c in INTO])
def test_move_into_place_takes_it(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert events[0].type in ("COERCE", "ASSAULT"), _show(events)
    assert events[0].type != "MOBILIZE", _show(events)


NOT_INTO = [
    # going back is returning to one's own side
    ("When the last Vietnamese soldiers crossed back into Vietnam in September 1989, the occupation ended.", "crossed"),
    # a move towards a place takes nothing
    ("That spring Chadian units moved north towards the border.", "moved"),
]


@pytest.mark.parametrize("text, trigger", NOT_INTO, ids=[c[1] for c in NOT_INTO])
def test_no_ground_taken(full, text, trigger):
    coded = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)
             and e.type in ("COERCE", "ASSAULT")]
    assert not coded, _show(coded)


BORDER = [
    ("Libyan forces crossed the border in August 1983.", "crossed"),
    ("Somali troops crossed the frontier at dawn on 13 July 1977.", "crossed"),
    ("Malian forces crossed the border on 20 December 1985.", "crossed"),
]


@pytest.mark.parametrize("text, trigger", BORDER, ids=[c[0][:25] for c in BORDER])
def test_force_crossing_the_border_invades(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "ASSAULT", _show(events)


STORM = [
    ("At dawn Egyptian commandos stormed the airliner at Larnaca.", "stormed"),
    ("Russian infantry stormed the redoubts on 4 May 1877 after a week of shelling.", "stormed"),
    ("Government troops stormed the rebel headquarters in March 1998.", "stormed"),
]


@pytest.mark.parametrize("text, trigger", STORM, ids=[c[0][:25] for c in STORM])
def test_storming_is_an_assault(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "ASSAULT", _show(events)


RISING = [
    ("A rebellion in Katanga broke out in July 1960.", "rebellion"),
    ("A revolt broke out in Aden on 20 June 1967.", "revolt"),
    ("In March 1959 hill farmers in the north staged an armed uprising against the capital.", "uprising"),
]


@pytest.mark.parametrize("text, word", RISING, ids=[c[1] for c in RISING])
def test_armed_rising_is_fighting(full, text, word):
    events = extract_events(full(text))
    assert not [e for e in events if e.type == "PROTEST"], _show(events)
    assert [e for e in events if e.type == "ASSAULT" and word in e.trigger], _show(events)


def test_bare_riot_stays_protest(full):
    events = extract_events(full("Anti-Chinese riots broke out in Jakarta on 13 May 1998."))
    assert [e for e in events if e.type == "PROTEST" and e.mode == "riot"], _show(events)


CRUSH = [
    "A mutiny broke out in the northern garrison on 20 June 1967; it was crushed by loyal troops within a week.",
    "Government forces crushed the rebels in June 1982.",
    "After the rebels were crushed in June 1982, the war ended.",
]


@pytest.mark.parametrize("text", CRUSH, ids=[t[:25] for t in CRUSH])
def test_crushing_is_an_assault(full, text):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith("crush")]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].cameo) == ("ASSAULT", "190"), _show(events)


def _event(etype, modality):
    from chronica.chronicle.model import ChronicleEvent

    return ChronicleEvent(id="e1", type=etype, date=None, date_end=None, precision=None, earliest=None,
                          latest=None, participants=[], summary="", intensity=0.0, modality=modality,
                          confidence=0.5)


@pytest.mark.parametrize("etype, stored, exported", [
    ("REJECT", "refused", "asserted"),  # "Ruritania rejected the proposal": the refusal is the type
    ("REJECT", "planned", "planned"),  # "Croatia is expected to refuse"
    ("REJECT", "negated", "negated"),  # "Kabul did not reject the offer"
    ("AGREE", "refused", "refused"),  # no REJECT: kept as stored
    ("ASSAULT", "asserted", "asserted"),
])
def test_refusal_held_as_asserted(etype, stored, exported):
    from chronica.chronicle import event_json, held

    assert held(_event(etype, stored)) == exported
    assert event_json(_event(etype, stored))["modality"] == exported
