"""Merge case tables (merge64): a relative date written in its sentence against a written date of
another year, and one type told with two predicates when a date is only inferred. Sentences of the
invented world (tests/test_chronicle_data.ACTORS)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# -- a relative date written in the sentence, against a written date of another year --------------
# (sentence a, date a, date text a, sentence b, date b, date text b, type, actors, merged?): each
# sentence writes its own date, one of them relative ("earlier this month", "last year"); the
# relative one resolved by its anchor. Before merge64 a relative date counted as inferred, and two
# dates up to INFERRED_GAP years apart joined on the wording alone (``inferred date off``).
WRITTEN_YEARS = [
    # two orders of one court to one state, a year and a half apart: two acts
    ("On 1 December 2031 the Cestian court ordered Borvia to halt the works on the dam.", "2031-12-01", None,
     "Earlier this month the Cestian court ordered Borvia not to hold elections in the valley.", "2033-05",
     "Earlier this month", "SANCTION", ("CES", "BOR"), False),
    # an ambassador recalled in March 2001, and again "last year" (2002)
    ("Aldoria recalled its ambassador from Borvia in March 2001.", "2001-03", None,
     "Last year Aldoria recalled its ambassador from Borvia over the fishing row.", "2002", "Last year",
     "SANCTION", ("ALD", "BOR"), False),
    # one border closure, the relative date of the same year: still one happening
    ("Aldoria closed its land border with Borvia on 26 August 1994.", "1994-08-26", None,
     "Three days later Aldoria answered by shutting the land border with Borvia.", "1994-08-29",
     "Three days later", "SANCTION", ("ALD", "BOR"), True),
    # across a new year, two days apart: a slip of one happening's date, not two
    ("On 30 December 2010 Aldoria recalled its ambassador from Borvia.", "2010-12-30", None,
     "Two days later Aldoria recalled its ambassador from Borvia in protest.", "2011-01-01",
     "Two days later", "SANCTION", ("ALD", "BOR"), True),
]


def _written_pair(case) -> list:
    a, da, ta, b, db, tb, type_, (src, tgt), _ = case
    ms = [mention(1, a, type_, src=src, tgt=tgt, date=da), mention(2, b, type_, src=src, tgt=tgt, date=db)]
    for m, text in zip(ms, (ta, tb)):
        m.date_text = text
    return ms


@needs_minilm
@pytest.mark.parametrize("case", WRITTEN_YEARS, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_a_relative_date_of_another_year_keeps_two_acts_apart(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_written_pair(case))) == 1) is case[-1]
    if not case[-1]:  # the rule keeps them apart: without it the pair joins
        monkeypatch.setattr(merge, "WRITTEN_YEARS_DAYS", 10**6)
        assert len(merge.cluster_mentions(_written_pair(case))) == 1


def test_written_years_apart_needs_both_dates_written() -> None:
    """A date the narrative gives (not its own sentence) may be what is wrong: weighed as before."""
    a, b = _written_pair(WRITTEN_YEARS[1])
    assert merge._written_years_apart(merge.mention_info(a), merge.mention_info(b))
    b.date_source = "narrative"
    assert not merge._written_years_apart(merge.mention_info(a), merge.mention_info(b))


@needs_minilm
def test_written_years_merge_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in WRITTEN_YEARS[1:3] for m in _written_pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2]


# -- one type told with two predicates, a date only inferred on one side ---------------------------
# (sentence a, trigger a, date a, sentence b, trigger b, date b, type, actors a, actors b,
# merged?): one side's date written, the other's given by the narrative; the same type and actors.
# Two predicates ("signed" / "ratified") may be two acts of the pair that the inferred date cannot
# tell apart: the wording needs SIM_INFERRED_OTHER_PREDICATE, not SIM_INFERRED.
INFERRED_PREDICATES = [
    # an accord signed, and ratified by one party (0.45)
    ("Aldoria and Borvia signed the Tarsk accord on 3 May 2009.", "signed", "2009-05-03",
     "The Borvian parliament ratified the treaty.", "ratified", "2009-05",
     "AGREE", ("ALD", "BOR"), ("BOR", None), False),
    # talks begun, a visit made (0.45)
    ("Talks between Aldoria and Borvia began in 2007.", "Talks", "2007",
     "The Aldorian premier then flew to the Borvian capital, where the deal was signed.", "flew to", "2007",
     "CONSULT", ("ALD", "BOR"), ("ALD", "BOR"), False),
    # one shelling told with two verbs, worded close (0.71)
    ("Aldorian guns shelled Borvian border villages on 4 June 1998.", "shelled", "1998-06-04",
     "Aldorian artillery bombarded the Borvian border villages.", "bombarded", "1998-06",
     "ASSAULT", ("ALD", "BOR"), ("ALD", "BOR"), True),
    # one signing told with one predicate (0.81)
    ("Aldoria and Borvia signed the Tarsk accord on 3 May 2009.", "signed", "2009-05-03",
     "Aldoria signed the accord with Borvia after long talks.", "signed", "2009-05",
     "AGREE", ("ALD", "BOR"), ("ALD", "BOR"), True),
]


def _predicates_pair(case) -> list:
    a, ta, da, b, tb, db, type_, (sa, ga), (sb, gb), _ = case
    return [mention(1, a, type_, src=sa, tgt=ga, date=da, trigger=ta),
            mention(2, b, type_, src=sb, tgt=gb, date=db, trigger=tb, date_source="narrative")]


@needs_minilm
@pytest.mark.parametrize("case", INFERRED_PREDICATES, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_two_predicates_with_an_inferred_date_need_closer_wording(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_predicates_pair(case))) == 1) is case[-1]
    if not case[-1]:  # the rule keeps them apart: with the inferred date's threshold they join
        monkeypatch.setattr(merge, "SIM_INFERRED_OTHER_PREDICATE", 0.0)
        assert len(merge.cluster_mentions(_predicates_pair(case))) == 1


def test_predicates_differ_reads_the_dictionary_predicates() -> None:
    a, b = (merge.mention_info(m) for m in _predicates_pair(INFERRED_PREDICATES[0]))
    assert merge.predicates_differ(a, b)
    a, b = (merge.mention_info(m) for m in _predicates_pair(INFERRED_PREDICATES[3]))
    assert not merge.predicates_differ(a, b)


def test_other_predicates_need_what_weighed_types_need_with_an_inferred_date() -> None:
    assert merge.SIM_INFERRED < merge.SIM_INFERRED_OTHER_PREDICATE <= merge.SIM_WEIGHED_INFERRED


@needs_minilm
def test_inferred_predicates_merge_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in INFERRED_PREDICATES[:1] + INFERRED_PREDICATES[2:3] for m in _predicates_pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2]
