"""The ontology file is complete and consistent; the component and the fallbacks work."""

from __future__ import annotations

import yaml

from chronica.events.ontology import ONTOLOGY_PATH, STATE_TYPES, load_ontology

REQUIRED = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "REJECT",
    "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "TAKE_OFFICE",
    "LEAVE_OFFICE", "DIE", "FOUND_STATE", "COLLAPSE", "SURRENDER", "OCCUPY", "INVADE", "VISIT", "TRADE",
}


def test_every_type_is_documented_with_an_intensity_on_the_scale():
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    assert data["scale"]["min"] == -10 and data["scale"]["max"] == 10
    codes = [t["code"] for t in data["types"]]
    assert len(codes) == len(set(codes))
    assert REQUIRED <= set(codes)
    for t in data["types"]:
        assert isinstance(t["intensity"], (int, float)) and -10 <= t["intensity"] <= 10, t["code"]
        assert t["label"] and t["description"] and t["triggers"], t["code"]
        assert all(g["words"] for g in t["triggers"]), t["code"]
        assert t.get("of", "target") in ("source", "target"), t["code"]
        if t.get("parent"):
            assert t["parent"] in codes


def test_scale_orders_cooperation_and_conflict():
    onto = load_ontology()
    assert onto.intensity("FIGHT") == -10
    assert onto.intensity("AID") > onto.intensity("AGREE") > onto.intensity("CONSULT") > 0
    assert onto.intensity("ASSAULT") < onto.intensity("THREATEN") < onto.intensity("DISAPPROVE") < 0
    assert all(onto.intensity(code) == 0 for code in STATE_TYPES - {"SURRENDER"})
    assert onto.types["VISIT"].parent == "CONSULT"


def test_triggers_include_nominalisations_and_light_verb_phrases():
    onto = load_ontology()
    def types_of(word):
        return {p.type for p in onto.patterns if len(p.words) == 1 and word in p.words[0]}
    def phrase(*words):
        return {p.type for p in onto.patterns if len(p.words) == len(words)
                and all(w in ws for w, ws in zip(words, p.words))}
    for word, code in [("invasion", "INVADE"), ("invade", "INVADE"), ("visit", "VISIT"),
                       ("collapse", "COLLAPSE"), ("fall", "COLLAPSE"), ("surrender", "SURRENDER"),
                       ("capitulate", "SURRENDER"), ("approval", "AGREE"), ("approve", "AGREE"),
                       ("death", "DIE"), ("occupation", "OCCUPY"), ("elect", "TAKE_OFFICE"),
                       ("succeed", "TAKE_OFFICE"), ("install", "TAKE_OFFICE")]:
        assert code in types_of(word), word
    assert "AGREE" in phrase("green", "light")
    assert "TAKE_OFFICE" in phrase("become", "leader")
    assert "FOUND_STATE" in phrase("become", "state")
    assert "FIGHT" in phrase("launch", "war")


def test_component_writes_doc_events():
    from chronica.nlp import load_pipeline

    nlp = load_pipeline(("chronica_events",))
    doc = nlp("Germany invaded Poland in 1939.")
    assert [e.type for e in doc._.events] == ["INVADE"]
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
