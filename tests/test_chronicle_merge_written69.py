"""Merge case table (merge69): dates written in both sentences to the day, one of them relative
("five days later", "yesterday"), of one type (or two of one family) and agreeing actors: the
wording needs SIM_WRITTEN_RELATIVE (:func:`merge._written_alike`), not the bars of a date the
narrative gave. A month or a year written relative ("that October", "last April", "later that
year") keeps those bars. Sentences of the invented world (tests/test_chronicle_data.ACTORS)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, type a, trigger a, date a, date text a, sentence b, type b, trigger b, date b, date text b,
#  actors, merged?): two documents, the same actors; a date text None is an absolute date, any other
#  text a relative one written in the sentence
WRITTEN_RELATIVE = [
    # one opening of talks, told with two verbs, the second dated "five days later" (0.44)
    ("Direct talks between Aldoria and Borvia opened in Tarsk on 14 March 2031.", "CONSULT", "opened",
     "2031-03-14", None,
     "The guns fell silent, and Aldorian and Borvian envoys began negotiating in Tarsk five days later.",
     "CONSULT", "began", "2031-03-14", "five days later", ("ALD", "BOR"), True),
    # one visit: "yesterday" in a column, the day in a chronology (0.45)
    ("The Aldorian president paid his first visit to Borvia on 3 September 2029.", "CONSULT", "paid",
     "2029-09-03", None,
     "Yesterday the Aldorian president landed in the Borvian capital, and the pipeline dispute may end soon.",
     "CONSULT", "landed", "2029-09-03", "yesterday", ("ALD", "BOR"), True),
    # one approval of a treaty, coded SUPPORT and AGREE (one family), the day written "yesterday" (0.44)
    ("On 4 February 2032 the Borvian assembly approved the Tarsk treaty by 80 votes to 61.", "SUPPORT",
     "approved", "2032-02-04", None,
     "Yesterday the Borvian deputies accepted the treaty, and the cabinet resigned in protest.", "AGREE",
     "accepted", "2032-02-04", "yesterday", ("BOR", None), True),
    # one signing, one predicate, both months relative ("last month" / "last April", 0.63): a month
    # keeps the bar of two relative dates
    ("Last month the presidents of Aldoria and Borvia signed the Tarsk pipeline agreements.", "AGREE", "signed",
     "2030-04", "Last month",
     "Aldoria and Borvia signed the gas line deals last April, and the farmers along the route still wait "
     "for compensation.", "AGREE", "signed", "2030-04", "last April", ("ALD", "BOR"), False),
    # an ouster and its month, told with two predicates: perhaps two acts of one month (0.44)
    ("The Cestian junta overthrew President Rell on 19 October 2027.", "COERCE", "overthrew", "2027-10-19", None,
     "That October the Cestian officers drove Rell from the palace, and the fighting in the capital ended.",
     "COERCE", "drove", "2027-10", "that October", ("CES", None), False),
    # two acts of the pair in one year, one dated "later that year": the year tells nothing apart (0.41)
    ("On 2 June 2033 Aldoria and Borvia signed a fisheries accord in Tarsk.", "AGREE", "signed", "2033-06-02", None,
     "Later that year the Aldorian parliament ratified a customs convention after a long debate on tariffs.",
     "AGREE", "ratified", "2033", "Later that year", ("ALD", "BOR"), False),
]


def _pair(case, *, doc_b: int = 2) -> list:
    a, ya, ta, da, xa, b, yb, tb, db, xb, (src, tgt), _ = case
    ms = [mention(1, a, ya, src=src, tgt=tgt, date=da, trigger=ta),
          mention(doc_b, b, yb, src=src, tgt=tgt, date=db, trigger=tb)]
    for m, text in zip(ms, (xa, xb)):
        m.date_text = text
    return ms


@needs_minilm
@pytest.mark.parametrize("case", WRITTEN_RELATIVE, ids=lambda c: c[0][:40] + " / " + c[5][:40])
def test_a_relative_date_written_in_the_sentence_places_its_act(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule joins them: without it (the inferred date's bars) they stay two
        monkeypatch.setattr(merge, "WRITTEN_RELATIVE_RANK", -1)
        assert len(merge.cluster_mentions(_pair(case))) == 2
    else:  # the month or the year keeps the bars: were it enough, they would join
        monkeypatch.setattr(merge, "WRITTEN_RELATIVE_RANK", merge.D.precision_rank("year"))
        assert len(merge.cluster_mentions(_pair(case))) == 1


def test_written_alike_asks_two_documents_a_relative_date_and_a_day() -> None:
    a, b = (merge.mention_info(m) for m in _pair(WRITTEN_RELATIVE[0]))
    assert merge._written_alike(a, b)
    a, b = (merge.mention_info(m) for m in _pair(WRITTEN_RELATIVE[0], doc_b=1))  # one document
    assert not merge._written_alike(a, b)
    a, b = (merge.mention_info(m) for m in _pair(WRITTEN_RELATIVE[-1]))  # a year only
    assert not merge._written_alike(a, b)
    for case in WRITTEN_RELATIVE[-3:-1]:  # a month
        a, b = (merge.mention_info(m) for m in _pair(case))
        assert not merge._written_alike(a, b)
    ma, mb = _pair(WRITTEN_RELATIVE[0])
    mb.date_source = "narrative"  # the narrative's date, not the sentence's: the inferred bars
    assert not merge._written_alike(merge.mention_info(ma), merge.mention_info(mb))
    ma, mb = _pair(WRITTEN_RELATIVE[0])
    mb.date_text = None  # both absolute: stated dates, another branch
    assert not merge._written_alike(merge.mention_info(ma), merge.mention_info(mb))


@needs_minilm
def test_written_relative_merges_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    mentions = [m for case in WRITTEN_RELATIVE[1:2] + WRITTEN_RELATIVE[-1:] for m in _pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [1, 1, 2]
