"""An act announced (a planned AGREE of a CAMEO intent code) and the act done are one happening.

PLOVER codes a future visit, meeting or aid as AGREE ("Putin will visit Pyongyang": AGREE, CAMEO
036 "express intent to meet or negotiate"); the visit made is a CONSULT. The pattern is in the dev
texts of korea (Putin's announced and made visit to Pyongyang), ethiopia (Isaias "expected to make
a return visit", then "arrives in Addis Ababa") and guyven (Britain "announces that the patrol
ship ... will visit Guyana", then the ship sent). The sentences below are invented in their style.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from test_chronicle_data import mention, needs_minilm

from chronica.events.model import ASSERTED, PLANNED

merge = importlib.import_module("chronica.chronicle.merge")
ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT.parent / "shared" / "dictionaries"


def _announced(doc: int, sentence: str, cameo: str, src: str, tgt: str, modality: str = PLANNED):
    m = mention(doc, sentence, "AGREE", src=src, tgt=tgt, modality=modality)
    m.cameo = cameo
    return m


# -- the mapping, derived from the CAMEO->PLOVER table ------------------------------------------

@pytest.mark.parametrize("code, act", [
    ("036", "CONSULT"),  # express intent to meet or negotiate
    ("039", "CONSULT"),  # ... to mediate (Engage in mediation, 045)
    ("033", "AID"),  # ... to provide material aid
    ("0333", "AID"),  # ... humanitarian aid
    ("031", "COOPERATE"),  # ... to engage in material cooperation
    ("032", "SUPPORT"),  # ... diplomatic cooperation
    ("0353", "RETREAT"),  # ... to release persons or property
    ("035", "CONCEDE"),  # ... to yield
    ("030", None),  # "to cooperate": diplomatic (SUPPORT) or material (COOPERATE), no one act
    ("037", None),  # "to settle dispute": no act of the table says it
    ("042", None),  # no intent code
])
def test_intent_codes_name_the_act_the_table_describes(code, act) -> None:
    assert merge.intent_acts().get(code) == act


@pytest.mark.skipif(not (TABLE / "plover" / "CAMEO2PLOVER-2021.txt").exists(),
                    reason="the CAMEO->PLOVER table is not beside the checkout")
def test_packaged_intents_are_the_tables_derivation() -> None:
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    derive = importlib.import_module("derive_cameo_intents")
    from chronica.events.ontology import load_ontology
    onto = load_ontology()
    coop = frozenset(c for c, t in onto.types.items() if t.family == "plover" and t.quad in (1, 2) and c != "AGREE")
    rows = derive.derive(derive.read_table(TABLE / derive.TABLE), derive.read_codebook(), coop)
    assert {r[0]: r[2] for r in rows} == merge.intent_acts()


@pytest.mark.parametrize("cameo, modality, want", [
    ("036", PLANNED, "CONSULT"),  # "will visit"
    ("033", "possible", "AID"),  # "could send aid"
    ("036", ASSERTED, None),  # "agreed to hold talks": the agreement is an act of its own
    ("030", PLANNED, None),  # no one act named
    (None, PLANNED, None),
])
def test_only_a_planned_agree_of_an_intent_code_announces_an_act(cameo, modality, want) -> None:
    m = _announced(1, "Aldoria will visit Borvia.", cameo, "ALD", "BOR", modality)
    assert merge.announced_act(m) == want


# -- the case table: announced, then done -------------------------------------------------------

# (announcement, its CAMEO code, the act done: sentence, type, date; rivals of the pair: sentence,
# type, date; joined?)
ANNOUNCED = [
    # korea: a leader's announced first visit in decades, then the visit, among the pair's
    # agreements of other years
    (("This year the Aldorian president will visit Tarsk for the first time in more than 20 years.", "036"),
     ("July 25, 2024: The Aldorian president's visit to Borvia recently was a show of friendship.",
      "CONSULT", "2024-07-25"),
     [("In 2000 Aldoria and Borvia signed a treaty of friendship.", "AGREE", "2000"),
      ("In 2023 Aldoria agreed to supply Borvia with fuel.", "AGREE", "2023")], True),
    # ethiopia: a return visit expected "in the coming days", then the arrival
    (("The Borvian leader is expected to make a return visit to Aldoria in the coming days, officials said.",
      "036"),
     ("July 14, 2018: The Borvian leader arrives in the Aldorian capital for a three-day visit.",
      "CONSULT", "2018-07-14"),
     [("On 9 July 2018 Borvia and Aldoria signed a joint declaration ending the war.", "AGREE", "2018-07-09")],
     True),
    # guyven: an announced aid shipment, then the aid delivered
    (("Aldoria announced that it would send emergency food aid to Borvia.", "0333"),
     ("In March 1992 Aldorian ships delivered food aid to Borvia.", "AID", "1992-03"),
     [("In 1995 Aldoria agreed to a fisheries accord with Borvia.", "AGREE", "1995")], True),
    # two visits of the pair: the announcement could be of either, and stays apart
    (("The Aldorian president will visit Borvia.", "036"),
     ("The Aldorian president visited Borvia in May 2010.", "CONSULT", "2010-05"),
     [("The Aldorian president visited Borvia again in June 2015.", "CONSULT", "2015-06")], False),
]


def _case(case):
    (said, cameo), (done, dtype, ddate), rivals, _ = case
    src, tgt = ("BOR", "ALD") if said.startswith("The Borvian") else ("ALD", "BOR")
    ann = _announced(1, said, cameo, src, tgt)
    act = mention(2, done, dtype, src=src, tgt=tgt, date=ddate)
    others = [mention(3 + i, s, t, src=src, tgt=tgt, date=d) for i, (s, t, d) in enumerate(rivals)]
    return ann, act, others


@needs_minilm
@pytest.mark.parametrize("case", ANNOUNCED, ids=lambda c: c[0][0][:50])
def test_an_announced_act_joins_the_act_done(case) -> None:
    ann, act, others = _case(case)
    groups = merge.cluster_mentions([ann, act, *others])
    assert any(ann in g and act in g for g in groups) is case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in ANNOUNCED if c[-1]], ids=lambda c: c[0][0][:50])
def test_the_entry_is_of_the_act_done_not_the_announcement(case) -> None:
    ann, act, others = _case(case)
    events = merge.merge([ann, act, *others])
    entry = next(e for e in events if any(m is ann for m in e.mentions))
    assert entry.type == act.type and entry.modality == ASSERTED


def test_an_entry_of_planned_mentions_only_keeps_their_type() -> None:
    a = _announced(1, "Aldoria will visit Borvia.", "036", "ALD", "BOR")
    b = _announced(2, "Aldoria is to visit Borvia.", "036", "ALD", "BOR")
    from chronica.chronicle.embeddings import default_embedder
    assert merge.build_event("e1", [a, b], default_embedder()).type == "AGREE"


@needs_minilm
@pytest.mark.parametrize("case", [c for c in ANNOUNCED if c[-1]], ids=lambda c: c[0][0][:50])
def test_announced_acts_merge_alike_persisted_one_document_at_a_time(case, tmp_path) -> None:
    from test_chronicle_merge_cases import _stored_and_computed
    ann, act, others = _case(case)
    for order in ([ann, act, *others], [act, *others, ann]):
        stored, computed = _stored_and_computed(tmp_path / f"{len(order)}{order[0] is ann}.db",
                                                [m.__class__(**m.__dict__) for m in order])
        assert stored == computed
        assert any(ann.sentence in g and act.sentence in g for g in stored)


# -- the diagnosis names the case of a side naming no actor ---------------------------------------

@pytest.mark.parametrize("first, second, expected", [
    # an uncoded happening with no actor, a dated act of the same day: the same-day wording
    (("On 3 October 1899 the tribunal in Paris announced its award.", "OTHER", None, "1899-10-03"),
     ("On 3 October 1899 Aldoria accepted the award on the border with Borvia.", "AGREE", "ALD", "1899-10-03"),
     "apart: types (weighed: one side names no actor, wording needs 0.55)"),
    # one month, the wording the actorless case asks
    (("In July 2020 the reservoir began to fill.", "OTHER", None, "2020-07"),
     ("In July 2020 Aldoria stopped the flow to Borvia.", "COERCE", "ALD", "2020-07"),
     "apart: types (weighed: one side names no actor, wording needs 0.70)"),
    # a year apart
    (("In 1996 the pipeline was opened.", "OTHER", None, "1996"),
     ("In 1998 Aldoria signed a gas deal with Borvia.", "AGREE", "ALD", "1998"),
     "apart: types (weighed: one side names no actor, dates apart)"),
])
def test_explain_pair_says_when_one_side_names_no_actor(first, second, expected) -> None:
    ma = mention(1, first[0], first[1], src=first[2], tgt=None, date=first[3])
    mb = mention(2, second[0], second[1], src=second[2], tgt="BOR", date=second[3])
    ma.subtype = "announce" if "award" in first[0] else ("fill" if "fill" in first[0] else "open")
    assert merge.explain_pair(ma, mb, 0.3) == expected


@needs_minilm
def test_a_dated_announcement_keeps_its_own_type() -> None:
    """Told with its day beside a visit of that day, the announced talks are weighed as an AGREE
    against the visit (types of two families: the weighing's wording), not joined as the visit's
    own family at the dated pairs' 0.30 (chdsdn: "were expected to hold talks later on Tuesday"
    beside the leader's attending an inauguration that Tuesday)."""
    ann = _announced(1, "The two leaders were expected to hold talks later on Tuesday on security along their border.",
                     "036", "ALD", "BOR")
    ann.date, ann.precision, ann.earliest, ann.latest, ann.date_source = (
        "2015-06-02", "day", "2015-06-02", "2015-06-02", "sentence")
    visit = mention(2, "TARSK, June 2, 2015 - The Aldorian president was among the leaders who attended the "
                    "inauguration of the Borvian president.", "CONSULT", src="ALD", tgt="BOR", date="2015-06-02")
    assert merge._info(ann).types == {"AGREE"}
    assert merge.explain_pair(ann, visit, 0.5).startswith("apart: types")
    assert len(merge.cluster_mentions([ann, visit])) == 2
