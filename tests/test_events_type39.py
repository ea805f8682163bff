"""Event types by the PLOVER codebook where the CAMEO->PLOVER table or the ontology coded them
otherwise (session 39, issue 9: the type is the first failure of strict judging). Sentences are
written for these tests in the style of the dev texts they stand for (other names, places and
numbers).

1. Apologies and expressions of regret are CONCEDE: "Expressions of regret or remorse for an
   action or situation should be coded as CONCEDE" (manual, CONCEDE); the 2021 table files CAMEO
   055 "Apologize" under SUPPORT. The row is data (``data/plover_codebook_rows.tsv``), the verb
   dictionary regenerated from it. Dev: nldidn (the king's and the prime minister's apologies),
   coding c025, armtur's "never apologized" (negated), idntls's president who "expressed regret".
2. An accord initialled is an accord signed by its negotiators: SUPPORT 057, as "sign" ("finalize
   an agreement", PLOVER SUPPORT). "initial" joins the light verbs and the "signs" group of the
   ontology. Dev: srbkos (the First Agreement initialled), nldidn (Linggadjati initialled),
   indmal (the Bangkok Accord initialled), sudssd ("had been initialed in March"), egyeth (Egypt
   alone initialled the draft); half B slocro.
3. A resignation is PLOVER's RETREAT resign ("RETREAT also covers resignations of government
   officials"): the chronicle keeps it a LEAVE_OFFICE happening, and its export codes it in
   PLOVER (the type's ``plover_modes``); a dismissal is no resignation. Dev: grctur (the foreign
   minister resigned), moralg (the president resigned in April), srbkos (a party leader resigns),
   coding3 m012.
"""

from __future__ import annotations

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.model import ChronicleEvent
from chronica.events import extract_events
from chronica.events.model import EventMention, Participant
from chronica.events.ontology import OntologyError, load_ontology


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


# 1. apologies (nldidn, coding c025, armtur, idntls)
APOLOGIES = [
    "King Haakon apologised to Iceland in March 2011 for the violence of the Danish side.",  # nldidn
    "The Danish government apologised to Iceland on Tuesday for the raids of 1947.",  # c025
    "The Chilean government apologised to Bolivia in 2004 for the killings at the border.",  # armtur / idntls
    "The foreign minister issued an apology to Ghana on Monday.",
]


@pytest.mark.parametrize("text", APOLOGIES)
def test_an_apology_is_concede(run, text):
    evs = [e for e in run(text) if e.cameo == "055"]
    assert [e.type for e in evs] == ["CONCEDE"], _coded(run(text))


def test_the_apology_row_overrides_the_table():
    from chronica.events.dictionary import load_verb_dictionary

    coding = load_verb_dictionary().codes["055"]
    assert (coding.type, coding.mode, coding.cameo) == ("CONCEDE", None, "055")


# 2. accords initialled (srbkos, nldidn, indmal, sudssd, egyeth)
INITIALLED = [
    ("On 3 May 2011 Chile and Peru initialled the First Agreement on the border in Lima.", "SUPPORT"),  # srbkos
    ("In 1998 the prime ministers of Ghana and Togo initialled a treaty on the lagoon.", "SUPPORT"),  # slocro/srbkos
    ("Sudan and Chad had initialed the agreement in March.", "SUPPORT"),  # sudssd
    ("Egypt alone initialled the resulting draft agreement in February 2020.", "SUPPORT"),  # egyeth
    ("The Tumbes Accord was initialled on May 29, 1966.", "SUPPORT"),  # indmal (no party named)
]


@pytest.mark.parametrize("text, etype", INITIALLED)
def test_an_accord_initialled_is_signed(run, text, etype):
    evs = [e for e in run(text) if e.trigger.split()[0].lower().startswith("initial")]
    assert [(e.type, e.cameo) for e in evs] == [(etype, "057")], _coded(run(text))


def test_initial_as_adjective_codes_nothing(run):
    evs = run("The initial talks between Ghana and Togo were held in Lome in 1994.")
    assert not [e for e in evs if e.trigger.lower().startswith("initial")], _coded(evs)


# 3. resignations (grctur, moralg, srbkos, coding3 m012)
RESIGNED = [
    "The Danish foreign minister, Anders Holm, resigned in February 1999.",  # grctur
    "Ben Ali resigned in April 2011 after weeks of marches.",  # moralg
    "Goran Petrovic, the party's vice-president, resigned on 29 September 2023.",  # srbkos
]


@pytest.mark.parametrize("text", RESIGNED)
def test_a_resignation_leaves_office_with_the_mode_resign(run, text):
    evs = [e for e in run(text) if e.type == "LEAVE_OFFICE"]
    assert [e.mode for e in evs] == ["resign"], _coded(run(text))


def test_a_dismissal_is_no_resignation(run):
    evs = [e for e in run("President Petrovic dismissed Goran Holm in May 2001.") if e.type == "LEAVE_OFFICE"]
    assert all(e.mode is None for e in evs), _coded(evs)


def _chronicle_event(etype, mode):
    m = EventMention(document_id=1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1, type=etype,
                     intensity=0.0, trigger="resigned", trigger_start=0, trigger_end=1, mode=mode)
    p = Participant(role="source", text="Holm", actor_id="holm", name="Anders Holm", kind="person")
    return ChronicleEvent(id="e1", type=etype, date="1999-02", date_end=None, precision="month", earliest=None,
                          latest=None, participants=[p], summary="", intensity=0.0, modality="asserted",
                          confidence=1.0, mentions=[m])


@pytest.mark.parametrize("etype, mode, plover, exported", [
    ("LEAVE_OFFICE", "resign", {"type": "RETREAT", "mode": "resign", "context": []}, "RETREAT"),
    ("LEAVE_OFFICE", None, None, "OTHER"),  # dismissed, impeached: no PLOVER act
    ("DIE", None, None, "OTHER"),
    ("OTHER", None, None, "OTHER"),
])
def test_the_export_codes_a_resignation_in_plover(etype, mode, plover, exported):
    """The exported type is a PLOVER type or OTHER (session 51, type51); the happening stays in ``happening``."""
    record = event_json(_chronicle_event(etype, mode))
    assert record["type"] == exported
    assert record.get("happening") == (None if etype == "OTHER" else etype)
    assert record["plover"] == plover
    assert record["tier"] == "happening"


def test_plover_modes_must_be_a_plover_types_mode(tmp_path):
    import yaml

    from chronica.events.ontology import ONTOLOGY_PATH

    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    leave = next(t for t in data["types"] if t["code"] == "LEAVE_OFFICE")
    leave["plover_modes"] = {"resign": "ASSAULT"}
    path = tmp_path / "ontology.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(OntologyError):
        load_ontology(str(path))
    assert load_ontology().types["LEAVE_OFFICE"].plover_modes == {"resign": "RETREAT"}
