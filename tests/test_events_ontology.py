"""The ontology file is complete and consistent; the component and the fallbacks work."""

from __future__ import annotations

import yaml

import pytest

from chronica.events.ontology import (
    ONTOLOGY_PATH, PLOVER_TYPES, OntologyError, coding_of, is_symmetric, load_ontology,
)

HAPPENINGS = {"TAKE_OFFICE", "LEAVE_OFFICE", "ELECT", "DIE", "FOUND", "END", "OTHER"}
#: the extractor's forms: every one must stay coded
FORMS = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "REJECT",
    "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "TAKE_OFFICE",
    "LEAVE_OFFICE", "DIE", "FOUND_STATE", "COLLAPSE", "SURRENDER", "OCCUPY", "INVADE", "VISIT", "TRADE",
}


def test_ontology_codes_every_plover_type_and_the_happenings_on_the_scale():
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    assert data["scale"]["min"] == -10 and data["scale"]["max"] == 10
    codes = [t["code"] for t in data["types"]]
    assert len(codes) == len(set(codes))
    assert set(PLOVER_TYPES) | HAPPENINGS == set(codes)
    for t in data["types"]:
        assert -10 <= t["score"] <= 10 and t["description"], t["code"]
        assert all(-10 <= s <= 10 for s in (t.get("modes") or {}).values()), t["code"]
        assert (t.get("quad") in (1, 2, 3, 4)) == (t["family"] == "plover"), t["code"]
    forms = [f["code"] for f in data["forms"]]
    assert len(forms) == len(set(forms)) and FORMS <= set(forms)
    for f in data["forms"]:
        assert f["label"] and f["description"] and f["triggers"], f["code"]
        assert all(g["words"] for g in f["triggers"]), f["code"]
        assert f.get("of", "target") in ("source", "target"), f["code"]


@pytest.mark.parametrize("code, score", [
    ("AGREE", 2.5), ("CONSULT", 2.5), ("SUPPORT", 5), ("CONCEDE", 4.5), ("COOPERATE", 9.5), ("AID", 10),
    ("RETREAT", 6.5), ("REQUEST", 0), ("REJECT", -2), ("THREATEN", -3.5), ("PROTEST", -5),
    ("SANCTION", -6), ("MOBILIZE", -5.5), ("COERCE", -7), ("ASSAULT", -9), ("DIE", 0), ("OTHER", 0),
])
def test_ontology_scores_are_plovers(code, score):
    assert load_ontology().types[code].score == score


@pytest.mark.parametrize("code, quad", [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1), ("COOPERATE", 2), ("AID", 2),
    ("RETREAT", 2), ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("SANCTION", 3), ("THREATEN", 3),
    ("PROTEST", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
])
def test_ontology_quad_classes_are_plovers(code, quad):
    assert load_ontology().types[code].quad == quad


@pytest.mark.parametrize("form, etype, mode, cameo, score", [
    ("INVADE", "ASSAULT", None, "190", -9),
    ("FIGHT", "ASSAULT", None, "190", -9),
    ("OCCUPY", "COERCE", "seize", "192", -7),
    ("VISIT", "CONSULT", "visit", "042", 4),
    ("DEMAND", "REQUEST", None, "100", 0),
    ("DISAPPROVE", "ACCUSE", "disapprove", "111", -2),
    ("REDUCE", "SANCTION", "withdraw", "161", -6),
    ("SURRENDER", "RETREAT", "disarm", "0874", 10),
    ("RETREAT", "RETREAT", "withdraw", "087", 8),
    ("TRADE", "COOPERATE", None, "061", 9.5),
    ("FOUND_STATE", "FOUND", None, None, 0),
    ("COLLAPSE", "END", None, None, 0),
    ("POLICY", "OTHER", None, None, 0),
])
def test_ontology_forms_are_coded_into_plover(form, etype, mode, cameo, score):
    coding = coding_of(form)
    assert (coding.type, coding.mode, coding.cameo, coding.score) == (etype, mode, cameo, score)


@pytest.mark.parametrize("word, form, etype, mode", [
    ("arrest", "COERCE", "COERCE", "arrest"),
    ("deport", "COERCE", "COERCE", "deport"),
    ("kidnap", "COERCE", "ASSAULT", "abduct"),
    ("assassinate", "ASSAULT", "ASSAULT", "targeted"),
    ("shelling", "ASSAULT", "ASSAULT", "heavy-weapons"),
    ("treaty", "AGREE", "SUPPORT", None),
    ("approve", "AGREE", "SUPPORT", None),
    ("blockade", "SANCTION", "COERCE", "restrict"),
    ("elect", "TAKE_OFFICE", "ELECT", None),
    ("riot", "PROTEST", "PROTEST", "riot"),
])
def test_ontology_trigger_groups_refine_the_coding(word, form, etype, mode):
    patterns = [p for p in load_ontology().patterns if len(p.words) == 1 and word in p.words[0]]
    assert any((p.form, p.type, p.coding.mode) == (form, etype, mode) for p in patterns), patterns


def test_ontology_derives_the_sets_from_the_properties():
    onto = load_ontology()
    assert onto.once_types == {"DIE", "FOUND", "END"}
    assert {"TAKE_OFFICE", "LEAVE_OFFICE", "ELECT", "DIE", "FOUND", "END", "OTHER"} == onto.state_types
    assert not (onto.barometer_types & HAPPENINGS) and set(PLOVER_TYPES) == onto.barometer_types
    assert frozenset({"ASSAULT", "COERCE"}) in onto.merge_families
    assert frozenset({"TAKE_OFFICE", "ELECT"}) in onto.merge_families
    assert onto.types_with_trend("worsened") == {"SANCTION"}
    assert "SURRENDER" in onto.state_forms and "RETREAT" not in onto.state_forms
    assert {"needs_recipient"} <= set(vars(onto.types["AID"]))
    assert onto.types["AID"].needs_recipient and not onto.types["ASSAULT"].needs_recipient


@pytest.mark.parametrize("etype, form, expected", [
    ("ASSAULT", "FIGHT", True),     # "A and B fought"
    ("ASSAULT", "INVADE", False),   # "A invaded B" is not "B invaded A"
    ("CONSULT", "VISIT", False),    # the visitor and the host
    ("CONSULT", None, True),
    ("SANCTION", "REDUCE", True),   # "A and B broke off relations"
    ("SANCTION", "SANCTION", False),
])
def test_ontology_symmetry_is_the_forms_then_the_types(etype, form, expected):
    assert is_symmetric(etype, form) is expected


def test_ontology_rejects_an_unknown_mode(tmp_path):
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    data["forms"][0]["mode"] = "no-such-mode"
    bad = tmp_path / "ontology.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(OntologyError, match="no mode"):
        load_ontology(str(bad))


def test_triggers_include_nominalisations_and_light_verb_phrases():
    onto = load_ontology()
    def forms_of(word):
        return {p.form for p in onto.patterns if len(p.words) == 1 and word in p.words[0]}
    def phrase(*words):
        return {p.form for p in onto.patterns if len(p.words) == len(words)
                and all(w in ws for w, ws in zip(words, p.words))}
    for word, code in [("invasion", "INVADE"), ("invade", "INVADE"), ("visit", "VISIT"),
                       ("collapse", "COLLAPSE"), ("fall", "COLLAPSE"), ("surrender", "SURRENDER"),
                       ("capitulate", "SURRENDER"), ("approval", "AGREE"), ("approve", "AGREE"),
                       ("death", "DIE"), ("occupation", "OCCUPY"), ("elect", "TAKE_OFFICE"),
                       ("succeed", "TAKE_OFFICE"), ("install", "TAKE_OFFICE")]:
        assert code in forms_of(word), word
    assert "AGREE" in phrase("green", "light")
    assert "TAKE_OFFICE" in phrase("become", "leader")
    assert "FOUND_STATE" in phrase("become", "state")
    assert "FIGHT" in phrase("launch", "war")


def test_component_writes_doc_events():
    from chronica.nlp import load_pipeline

    nlp = load_pipeline(("chronica_events",))
    doc = nlp("Germany invaded Poland in 1939.")
    assert [(e.type, e.form, e.cameo) for e in doc._.events] == [("ASSAULT", "INVADE", "190")]
    assert doc._.events[0].to_dict()["participants"][0]["role"] == "source"


def test_fallback_to_entities_when_no_actor_stage(nlp):
    from chronica.events import extract_events

    # an explicit empty actor list still falls back to the entities
    evs = extract_events(nlp("Germany invaded Poland in 1939."), actors=[], timexes=[])
    assert evs and evs[0].date is None  # no time expressions given, none found


def test_stand_in_actor_records(nlp):
    from chronica.events import extract_events

    text = "Ruritania invaded Borduria."
    stand_ins = [
        {"start": 0, "end": 9, "text": "Ruritania", "actor_id": "RUR", "name": "Ruritania",
         "kind": "state", "resolved": True},
        {"start": 18, "end": 26, "text": "Borduria", "actor_id": "BOR", "name": "Borduria",
         "kind": "state", "resolved": True},
    ]
    e = extract_events(nlp(text), actors=stand_ins, timexes=[])[0]
    assert e.summary == "Ruritania invades Borduria"
    assert [(p.role, p.actor_id) for p in e.participants] == [("source", "RUR"), ("target", "BOR")]


@pytest.mark.parametrize("text, source, target", [
    ("Egypt summoned the Israeli ambassador on Monday.", "Egypt", "Israel"),
    ("India summoned Pakistan's envoy on Sunday.", "India", "Pakistan"),
    ("Sweden summoned the Iranian ambassador in 2023.", "Sweden", "Iran"),
])
def test_summoning_an_ambassador_is_accuse(nlp, text, source, target):
    """PLOVER codebook: summoning an in-country ambassador is ACCUSE disapprove, not CONSULT."""
    from chronica.events import extract_events
    [e] = [e for e in extract_events(nlp(text)) if e.type == "ACCUSE"]
    assert (e.mode, e.cameo) == ("disapprove", "111")
    assert [p.name for p in e.actors("source")] == [source] and target in [p.name for p in e.actors("target")]
    assert not [e for e in extract_events(nlp(text)) if e.type == "CONSULT"]
