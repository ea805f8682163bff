"""Diplomatic ties begun, resumed or improved are SUPPORT in PLOVER, CAMEO 050 "engage in
diplomatic cooperation" (the PLOVER manual: "initiate, resume, improve, or expand diplomatic,
non-material cooperation ... initiation of diplomatic ties"; PETRARCH2 codes "restore relations",
"resume ties" 050); COOPERATE is mutual *material* cooperation (trade, military exchanges,
intelligence). Case tables from sentences written for these tests (three subjects)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: extract_events(nlp(text))


RESTORED = [
    "Portugal and Indonesia restored diplomatic relations in December 1999.",
    "In 1978 Egypt and Libya normalised relations after years of border quarrels.",
    "Chad established diplomatic relations with Sudan on 4 May 1984.",
    "The rapprochement between Thailand and Burma began in 1995.",
]


@pytest.mark.parametrize("text", RESTORED)
def test_ties_restored_are_diplomatic_support(run, text):
    evs = run(text)
    assert [(e.type, e.cameo) for e in evs if e.type in ("SUPPORT", "COOPERATE")] == [("SUPPORT", "050")], \
        [(e.type, e.cameo, e.trigger) for e in evs]


MATERIAL = [
    "Norway and Iceland cooperated on fisheries research in 1997.",
    "In 2003 Ghana and Togo strengthened cooperation on customs at the border.",
]


@pytest.mark.parametrize("text", MATERIAL)
def test_material_cooperation_stays_cooperate(run, text):
    evs = run(text)
    assert [e.type for e in evs if e.type in ("SUPPORT", "COOPERATE")] == ["COOPERATE"], \
        [(e.type, e.cameo, e.trigger) for e in evs]
