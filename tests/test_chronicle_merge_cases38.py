"""Merge case table (merge38): an undated mention and a dated one whose types are of two families
the ontology lets be weighed. Sentences of the invented world (tests/test_chronicle_data.ACTORS),
written in the style of the dev texts' reports (a chronology's dated line against a survey's
undated retelling that codes the act otherwise)."""

from __future__ import annotations

import importlib

import pytest
from chronica.events.model import PLANNED
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# -- an undated mention against a dated one of a weighed family ---------------------------------
# (undated sentence, its type, dated sentence, its type, date, actors of the undated, actors of the
# dated, merged?). Modelled on an order to issue licences told undated (REQUEST) against the dated
# line of a chronology that leaves it uncoded (guyven), a crossing reopened "after consultations"
# (CONSULT) against its reopening dated to the day (CONCEDE: pakafg), an envoy sent (SUPPORT)
# against the mission dated to the month (CONSULT: lkaind), a parliament's vote to withdraw
# (CONCEDE) against the withdrawal dated to the month, left uncoded (slocro). The predicate of an
# uncoded side is given after its type (``OTHER:unveil``).
UNDATED_WEIGHED = [
    # an order told undated, the chronology's dated line uncoded (0.82)
    ("Ana Kell ordered the state oil company to issue drilling licences in the disputed zone and unveiled a new map.",
     "REQUEST",
     "4 May 2021 - Ana Kell unveils a new map and tells the state oil company to grant licences in the zone.",
     "OTHER:unveil", "2021-05-04", ("p-kell", None), ("p-kell", None), True),
    # a crossing reopened "after consultations", the reopening dated to the day (0.87)
    ("The Tarsk crossing was reopened after consultations between Aldoria and Borvia.", "CONSULT",
     "Aldoria reopened the Tarsk border crossing with Borvia on 15 September 2013, a week after it was shut.",
     "CONCEDE", "2013-09-15", ("ALD", "BOR"), ("ALD", "BOR"), True),
    # an envoy sent, the mission dated to the month (0.78)
    ("Ana Kell sent a veteran diplomat to the Borvian capital as her envoy.", "SUPPORT",
     "Ana Kell sent a special envoy to Borvia in August 1993 to mediate.", "CONSULT", "1993-08",
     ("p-kell", "BOR"), ("p-kell", "BOR"), True),
    # a vote to withdraw, the withdrawal dated to the month and uncoded (0.70)
    ("The Borvian parliament voted to pull out of the arbitration after the recordings were published.", "CONCEDE",
     "Borvia pulled out of the arbitration in July 2015 after the recordings were published.", "OTHER:pull",
     "2015-07", ("BOR", None), ("BOR", None), True),
    # acts on opposite sides are never weighed: a refusal of the accord, its signing (0.60)
    ("Borvia rejected the water accord.", "REJECT",
     "Aldoria and Borvia signed the water accord on 8 November 1959.", "AGREE", "1959-11-08",
     ("BOR", None), ("ALD", "BOR"), False),
    # the envoy again, sent to another state: the actors clash (0.70)
    ("Ana Kell sent a veteran diplomat to the Cestian capital as her envoy.", "SUPPORT",
     "Ana Kell sent a special envoy to Borvia in August 1993 to mediate.", "CONSULT", "1993-08",
     ("p-kell", "CES"), ("p-kell", "BOR"), False),
    # two acts of one pair worded apart: talks on fishing, a crossing reopened (0.49)
    ("Aldoria and Borvia held talks on fishing rights.", "CONSULT",
     "Aldoria reopened the Tarsk border crossing with Borvia on 15 September 2013, a week after it was shut.",
     "CONCEDE", "2013-09-15", ("ALD", "BOR"), ("ALD", "BOR"), False),
    # a vote to withdraw against the signing of the arbitration agreement it left (0.47)
    ("The Borvian parliament voted to pull out of the arbitration after the recordings were published.", "CONCEDE",
     "Borvia and Aldoria signed the arbitration agreement in Stockholm on 4 November 2009.", "OTHER:sign",
     "2009-11-04", ("BOR", None), ("BOR", "ALD"), False),
]


def _typed(doc: int, sentence: str, type_: str, **kw):
    code, _, predicate = type_.partition(":")
    m = mention(doc, sentence, code, **kw)
    if predicate:
        m.subtype = predicate
    return m


def _undated_pair(case) -> list:
    undated, tu, dated, td, day, (su, gu), (sd, gd), _ = case
    return [_typed(1, dated, td, src=sd, tgt=gd, date=day), _typed(2, undated, tu, src=su, tgt=gu)]


@needs_minilm
@pytest.mark.parametrize("case", UNDATED_WEIGHED, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_an_undated_mention_joins_a_dated_one_of_a_weighed_family(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_undated_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule carries it: without it the pair stays apart
        monkeypatch.setattr(merge, "SIM_UNDATED_WEIGHED", 1.01)
        assert len(merge.cluster_mentions(_undated_pair(case))) == 2


@needs_minilm
def test_an_undated_mention_between_two_dated_happenings_alike_stays_apart() -> None:
    """Two reopenings of one crossing in two years, each worded as close to the undated "reopened
    after consultations" (0.87 both): it could tell either, and joins neither."""
    case = UNDATED_WEIGHED[1]
    ms = _undated_pair(case) + [_typed(
        3, "Aldoria reopened the Tarsk border crossing with Borvia on 2 March 2010, after a month's closure.",
        "CONCEDE", src="ALD", tgt="BOR", date="2010-03-02")]
    groups = merge.cluster_mentions(ms)
    assert len(groups) == 3


def test_undated_weighed_is_no_looser_than_the_undated_mention_of_one_family() -> None:
    """Another family's act says less of the happening than the mention's own family's."""
    assert merge.SIM_UNDATED_WEIGHED >= merge.SIM_UNDATED


def test_undated_weighed_needs_agreeing_actors_and_two_documents() -> None:
    dated, undated = (merge.mention_info(m) for m in _undated_pair(UNDATED_WEIGHED[2]))
    assert merge._undated_weighed(dated, undated) and merge._undated_weighed(undated, dated)
    clash = [merge.mention_info(m) for m in _undated_pair(UNDATED_WEIGHED[5])]
    assert not merge._undated_weighed(*clash)
    same_doc = _undated_pair(UNDATED_WEIGHED[2])
    same_doc[1].document_id = same_doc[0].document_id
    assert not merge._undated_weighed(*(merge.mention_info(m) for m in same_doc))


@needs_minilm
def test_undated_weighed_merges_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in UNDATED_WEIGHED[1:3] + UNDATED_WEIGHED[4:5] for m in _undated_pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2, 2]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in UNDATED_WEIGHED if c[-1]], ids=lambda c: c[0][:40])
def test_an_undated_act_only_planned_is_not_weighed_against_a_done_one(case) -> None:
    """The same undated sentences told as acts announced, not done ("is to send an envoy", "the
    court had no jurisdiction to hear the lawsuit"): an announcement names the act it announces
    (:func:`merge.announced_act`), not a done act of another family worded alike."""
    dated, undated = _undated_pair(case)
    undated.modality = PLANNED
    assert len(merge.cluster_mentions([dated, undated])) == 2


def test_the_diagnosis_words_the_undated_weighed_threshold() -> None:
    dated, undated = (merge.mention_info(m) for m in _undated_pair(UNDATED_WEIGHED[1]))
    assert f"undated, wording needs {merge.SIM_UNDATED_WEIGHED:.2f}" in merge._types_why(dated, undated, 0.10)
