"""Session 56 (type56): the codebook's type of power seized by force, where the dev texts' coups told as power
seized or taken came out as an accession (TAKE_OFFICE), which the export gives as a happening of no PLOVER type
(OTHER). Sentences written for these tests (no article text, no pairing or fact of an evaluation text; the names
and dates are invented).

- ``power_seized`` (``recode._power_seized``, the ontology's "seize power" trigger group): power seized, or
  taken, come to or assumed by an armed doer (the army, soldiers, rebels, a colonel, army officers) or in a coup
  (a word of the ontology's ``COUPS`` after a preposition of means) is a coup: the accession takes the mode
  ``coup``, context pro_autocracy, and the export gives PLOVER's COERCE ("coercive uses of power falling short of
  violence"; the codebook's pro_autocracy context names coups) with no mode (COERCE has none of a coup), the
  chronicle keeping the accession. Power taken after an election, or by a named person with no force told,
  stays an accession. Dev texts ugatan, syrleb, egysdn, lbrsle, belcod, lsozaf, thamya (the coups were OTHER).
- ``neighbour_given`` (``recode.neighbour_given``): a border closed with no one named, whose recipient the
  story's other main state gives after the recodings ran (``_targets.border_neighbour``), is read again by
  ``exchange_curtailed``: the closing curtails the exchanges with that state (SANCTION discontinue, CAMEO 160),
  as "closed its border with X" is, no COERCE ``restrict`` of movement. A closing by rebels, or with no
  neighbour in the story, stays as it was. Dev texts moralg, haidom, thamya (the closings were COERCE 172 or
  OTHER).
"""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.model import ChronicleEvent
from chronica.events.model import EventMention, Participant
from chronica.events.ontology import OntologyError, load_ontology
from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

SEIZED = [
    # text, trigger
    ("Colonel Varga seized power in Iceland on 4 May 2031.", "seized power"),
    ("The army took power in Reykjavik on 4 May 2031.", "took power"),
    ("A group of soldiers took power in Reykjavik on 4 May 2031.", "took power"),
    ("Army officers took power in Reykjavik on 4 May 2031.", "took power"),
    ("Varga came to power in a coup on 4 May 2031.", "came to power"),
    ("Varga took power through a military takeover in March 2036.", "took power"),
    ("The rebels took power in Reykjavik in July 2036.", "took power"),
]


@pytest.mark.parametrize("text, trigger", SEIZED, ids=[c[0][:30] for c in SEIZED])
def test_power_seized_by_force_is_a_coup(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.context) == ("TAKE_OFFICE", "coup", ["pro_autocracy"]), _show(events)


NOT_SEIZED = [
    ("Varga came to power in Iceland after the election of 4 May 2031.", "came to power"),  # an election
    ("Varga took power in Iceland in 2031.", "took power"),  # no force told
    ("The Labour Party took power in Reykjavik in May 2031.", "took power"),  # a party, no force
    ("Varga assumed power after the death of President Holm in May 2031.", "assumed power"),  # a succession
]


@pytest.mark.parametrize("text, trigger", NOT_SEIZED, ids=[c[0][:30] for c in NOT_SEIZED])
def test_power_taken_otherwise_stays_an_accession(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert all(e.type == "TAKE_OFFICE" and e.mode is None for e in events), _show(events)
    assert not any("_power_seized" in e.checks for e in events)


def _accession(mode):
    m = EventMention(document_id=1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1,
                     type="TAKE_OFFICE", intensity=0.0, trigger="seized power", trigger_start=0, trigger_end=1,
                     mode=mode, context=["pro_autocracy"] if mode else [])
    p = Participant(role="source", text="Varga", actor_id="varga", name="Ion Varga", kind="person")
    return ChronicleEvent(id="e1", type="TAKE_OFFICE", date="2031-05-04", date_end=None, precision="day",
                          earliest=None, latest=None, participants=[p], summary="", intensity=0.0,
                          modality="asserted", confidence=1.0, mentions=[m])


@pytest.mark.parametrize("mode, plover, exported", [
    ("coup", {"type": "COERCE", "mode": None, "context": ["pro_autocracy"]}, "COERCE"),
    (None, None, "OTHER"),  # an accession: no PLOVER act
])
def test_the_export_codes_a_coup_as_coercion(mode, plover, exported):
    record = event_json(_accession(mode))
    assert record["type"] == exported
    assert record["happening"] == "TAKE_OFFICE"
    assert record["plover"] == plover


def test_a_plover_mode_still_binds_its_type(tmp_path):
    """A happening's mode that is a PLOVER type's mode maps to that type only (a resignation is no coercion);
    a mode no PLOVER type has (a coup) may map to a type with no mode."""
    import yaml

    from chronica.events.ontology import ONTOLOGY_PATH

    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    take = next(t for t in data["types"] if t["code"] == "TAKE_OFFICE")
    take["modes"] = {**take["modes"], "resign": 0}
    take["plover_modes"] = {"coup": "COERCE", "resign": "COERCE"}
    path = tmp_path / "ontology.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(OntologyError):
        load_ontology(str(path))
    assert load_ontology().types["TAKE_OFFICE"].plover_modes == {"coup": "COERCE"}


_PAIR = "Relations between Iceland and Norway worsened in 1957. Norway accused Iceland of harbouring smugglers. "

CLOSED = [
    # text, trigger
    (_PAIR + "Two days later, Iceland closed the land border in response.", "closed"),
    (_PAIR + "Iceland closed the border on 9 October 1957.", "closed"),
    (_PAIR + "On 3 May 1958 the Icelandic government closed the land border again.", "closed"),
]


@pytest.mark.parametrize("text, trigger", CLOSED, ids=[c[0][-40:] for c in CLOSED])
def test_a_border_closed_to_the_neighbour_curtails_exchanges(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", "discontinue", "160"), _show(events)
    assert {p.state or p.actor_id for p in e.actors("target")} == {"NOR"}, _show(events)


NOT_CLOSED = [
    (_PAIR + "Rebels closed the border in March 1958.", "closed"),  # no state's act: no neighbour given
    ("Iceland closed the land border on 9 October 1957.", "closed"),  # no other state in the story
]


@pytest.mark.parametrize("text, trigger", NOT_CLOSED, ids=[c[0][-40:] for c in NOT_CLOSED])
def test_a_border_closed_to_no_one_named_stays(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_exchange_curtailed" in e.checks for e in events), _show(events)
