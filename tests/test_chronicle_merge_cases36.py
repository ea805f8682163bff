"""Merge case tables (merge36): two uncoded predicates dated one inside the other, and two dates
both inferred to one day. Sentences of the invented world (tests/test_chronicle_data.ACTORS),
written in the style of the dev texts' reports (a timeline's month against a survey's year, a
feature's "the same day")."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# -- two uncoded predicates, one date finer than the other and inside it ------------------------
# (sentence a, predicate a, date a, sentence b, predicate b, date b, actors of a, actors of b,
# merged?): both OTHER, with different predicates. Modelled on a visa rule lifted in a month and
# "dropped" that year (moralg), a river dammed in a month and diverted that season or year
# (hunsvk), a state "born" in a year and "achieving independence" that August (pakafg), a referral
# "voted" in a month and made on a day (srbkos).
PREDICATES_FINER = [
    # a visa rule lifted in July, "dropped" in the year (0.88)
    ("Aldoria lifted its visa requirement for Borvians in July 2004.", "lift", "2004-07",
     "Aldoria dropped its visa requirement for Borvians in 2004.", "drop", "2004",
     ("ALD", "BOR"), ("ALD", "BOR"), True),
    # a river dammed in November, diverted that year (0.87)
    ("In 1992 Borvia diverted the Vel into a canal on its own side.", "divert", "1992",
     "Borvia dammed the Vel in November 1992 and diverted the water into its canal.", "dam", "1992-11",
     ("BOR", None), ("BOR", None), True),
    # a state "born" in the year, "achieving independence" in August (0.91)
    ("When Borvia was born in 1947, Aldoria refused to accept the old border.", "bear", "1947",
     "When Borvia achieved independence in August 1947, Aldoria refused to accept the old border.", "achieve",
     "1947-08", ("ALD", "BOR"), ("ALD", "BOR"), True),
    # a pipeline opened in the year, "went into operation" in March (0.92)
    ("Aldoria opened the Tarsk pipeline to Borvia in 1996.", "open", "1996",
     "The Tarsk pipeline from Aldoria to Borvia went into operation in March 1996.", "go", "1996-03",
     ("ALD", None), ("ALD", None), True),
    # two acts of one year worded apart: an embassy closed, a fleet withdrawn that March (0.55)
    ("In 1995 Aldoria closed its embassy in Borvia.", "close", "1995",
     "In March 1995 Aldoria withdrew its fishing fleet from Borvian waters.", "withdraw", "1995-03",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # the visa rule again, but for another people: the actors do not agree (0.71)
    ("Aldoria lifted its visa requirement for Borvians in July 2004.", "lift", "2004-07",
     "Aldoria dropped its visa requirement for Cestians in 2004.", "drop", "2004",
     ("ALD", "BOR"), ("ALD", "CES"), False),
    # a bridge opened in the year, reopened in May: a repetition is another happening (0.94)
    ("Aldoria opened the Vel bridge to Borvia in 1990.", "open", "1990",
     "Aldoria reopened the Vel bridge to Borvia in May 1990.", "reopen", "1990-05",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # the visa rule again, the month outside the year: stated dates that conflict
    ("Aldoria lifted its visa requirement for Borvians in July 2005.", "lift", "2005-07",
     "Aldoria dropped its visa requirement for Borvians in 2004.", "drop", "2004",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # both dated to the year only: no finer date, two predicates of a year stay apart (0.88)
    ("Aldoria lifted its visa requirement for Borvians in 2004.", "lift", "2004",
     "Aldoria dropped its visa requirement for Borvians in 2004.", "drop", "2004",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
]


def _predicates_pair(case) -> list:
    a, pa, da, b, pb, db, (sa, ga), (sb, gb), _ = case
    ms = [mention(1, a, "OTHER", src=sa, tgt=ga, date=da), mention(2, b, "OTHER", src=sb, tgt=gb, date=db)]
    for m, predicate in zip(ms, (pa, pb)):
        m.subtype = predicate
    return ms


@needs_minilm
@pytest.mark.parametrize("case", PREDICATES_FINER, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_two_predicates_dated_one_inside_the_other_are_weighed(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_predicates_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule carries it: without it the pair stays apart
        monkeypatch.setattr(merge, "SIM_OTHER_PREDICATE_FINER", 1.01)
        assert len(merge.cluster_mentions(_predicates_pair(case))) == 2


def test_predicates_finer_is_not_below_the_finer_act_thresholds() -> None:
    """Two predicates say less of what was done than an act against an uncoded predicate."""
    assert merge.SIM_OTHER_PREDICATE_FINER >= merge.SIM_WEIGHED_FINER_YEAR
    assert merge.SIM_OTHER_PREDICATE_FINER <= merge.SIM_OTHER_PREDICATE


def test_the_diagnosis_words_the_finer_predicates_threshold() -> None:
    a, b = (merge.mention_info(m) for m in _predicates_pair(PREDICATES_FINER[0]))
    assert f"{merge.SIM_OTHER_PREDICATE_FINER:.2f}" in merge._types_why(a, b, 0.10)


@needs_minilm
def test_predicates_finer_merge_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in PREDICATES_FINER[:2] + PREDICATES_FINER[4:5] for m in _predicates_pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2, 2]


# -- two dates both inferred, to one day ----------------------------------------------------------
# (sentence a, sentence b, type, day, actors of a, actors of b, merged?): both dates counted from
# the narrative ("that afternoon", "the same day") to one day; the same type. Inferred dates that do
# not overlap already join at :data:`merge.SIM_INFERRED_CONFLICT` when the actors agree; agreeing
# to the day they needed the undated mention's :data:`merge.SIM_UNDATED`. Modelled on a
# declaration rejected "the same day" and declared "null and void" (srbkos), a government blamed
# for an attack by two sources whose narratives date it alike (egysdn), a border shut "the same
# day" (a chronology's feature, as in grctur).
INFERRED_SAME_DAY = [
    ("Borvia rejected the award that afternoon.", "Borvia declared the tribunal's award null and void.",
     "REJECT", "1999-03-04", ("BOR", None), ("BOR", None), True),  # 0.60
    ("The same day Cestia closed its border with Aldoria.",
     "Cestia shut the border crossings to Aldoria, leaving lorries stranded.",
     "SANCTION", "2011-06-20", ("CES", "ALD"), ("CES", "ALD"), True),  # 0.64
    ("Aldoria blamed Borvia for the raid that night.",
     "Aldorian ministers accused Borvian agents of planning the raid on the depot.",
     "ACCUSE", "1995-06-26", ("ALD", "BOR"), ("ALD", "BOR"), True),  # 0.64
    # the border again, shut by another state that day: the actors clash
    ("The same day Cestia closed its border with Aldoria.",
     "Borvia shut the border crossings to Aldoria, leaving lorries stranded.",
     "SANCTION", "2011-06-20", ("CES", "ALD"), ("BOR", "ALD"), False),
    # two acts of one day worded apart: an ambassador recalled, trawlers sent back (0.36)
    ("Cestia recalled its ambassador from Aldoria the next day.",
     "Cestian trawlers returned to the disputed banks the next day.",
     "SANCTION", "1999-03-04", ("CES", "ALD"), ("CES", "ALD"), False),
]


def _inferred_pair(case) -> list:
    a, b, type_, day, (sa, ga), (sb, gb), _ = case
    return [mention(1, a, type_, src=sa, tgt=ga, date=day, date_source="narrative"),
            mention(2, b, type_, src=sb, tgt=gb, date=day, date_source="narrative")]


@needs_minilm
@pytest.mark.parametrize("case", INFERRED_SAME_DAY, ids=lambda c: c[0][:40] + " / " + c[1][:30])
def test_two_dates_inferred_to_one_day_need_the_inferred_wording(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_inferred_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule carries it: with the undated threshold the pair stays apart
        monkeypatch.setattr(merge, "SIM_INFERRED_SAME_DAY", 1.01)
        assert len(merge.cluster_mentions(_inferred_pair(case))) == 2


def test_inferred_same_day_needs_no_more_than_inferred_dates_a_little_apart() -> None:
    """Two inferred dates of one day are no weaker evidence than two a few days apart."""
    assert merge.SIM_INFERRED <= merge.SIM_INFERRED_SAME_DAY <= merge.SIM_INFERRED_CONFLICT
    assert merge.SIM_INFERRED_SAME_DAY < merge.SIM_UNDATED


@needs_minilm
def test_inferred_same_day_merges_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in INFERRED_SAME_DAY[:2] + INFERRED_SAME_DAY[4:5] for m in _inferred_pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2, 2]
