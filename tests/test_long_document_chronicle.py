"""The chronicle step on one long document: what can never pair up within one document is set
aside before it is compared, so the step's cost follows the document's length, not its square.

Three places, each exact (the same links, events and disagreements as comparing every pair):

- the merge (:class:`chronica.chronicle.persist._Apart`): two mentions of one document whose
  written dates do not overlap, neither of a once-only type, are never linked, whatever their
  wording (the case table checks :func:`chronica.chronicle.merge.linked` at every similarity);
- the claims' links (:class:`chronica.chronicle.claim_conflicts.Partners`): two claims of one
  document, neither said to be claimed by someone, are never a link (``_independent``);
- the split dates (:class:`chronica.chronicle.disagreements._SplitIndex`): a pair needs two
  sources, so a run of entries of one document is skipped by an entry of that document.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

import numpy as np
import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.chronicle.disagreements import _SplitIndex
from chronica.chronicle.merge import ONCE_TYPES, linked, mention_info
from chronica.chronicle.persist import _Apart
from chronica.claims.model import SentenceClaim
from tests.test_chronicle_data import mention


# -- the merge --------------------------------------------------------------------------------

ONCE = sorted(ONCE_TYPES)[0]

# (why, first mention, second mention, set apart unread?)
MERGE_CASES = [
    ("one document, written dates a week apart",
     dict(doc=1, sentence="On 3 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-03"),
     dict(doc=1, sentence="On 10 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-10"),
     True),
    ("one document, a month and a day in it",
     dict(doc=1, sentence="In March 1961 Borvia imposed sanctions on Cestia.", type="SANCTION", src="BOR", tgt="CES", date="1961-03"),
     dict(doc=1, sentence="On 2 April 1961, Borvia imposed sanctions on Cestia.", type="SANCTION", src="BOR", tgt="CES", date="1961-04-02"),
     True),
    ("one document, the same day: may be one happening",
     dict(doc=1, sentence="On 3 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-03"),
     dict(doc=1, sentence="Aldoria's threat to Borvia on 3 May 1950 was loud.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-03"),
     False),
    ("two documents, dates a week apart: near dates are weighed",
     dict(doc=1, sentence="On 3 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-03"),
     dict(doc=2, sentence="On 10 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-10"),
     False),
    ("one document, a date inferred on one side",
     dict(doc=1, sentence="On 3 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-03"),
     dict(doc=1, sentence="Then Aldoria threatened Borvia.", type="THREATEN", src="ALD", tgt="BOR", date="1950-05-20",
          date_source="narrative"),
     False),
    ("one document, a once-only happening dated twice",
     dict(doc=1, sentence="Marek Voss died on 1 June 1970.", type=ONCE, src="p-voss", date="1970-06-01"),
     dict(doc=1, sentence="Marek Voss died on 9 June 1970.", type=ONCE, src="p-voss", date="1970-06-09"),
     False),
]


@pytest.mark.parametrize("why, a, b, apart", MERGE_CASES, ids=[c[0] for c in MERGE_CASES])
def test_merge_sets_apart_only_pairs_never_linked(why: str, a: dict, b: dict, apart: bool) -> None:
    ma, mb = mention(**a), mention(**b)
    ids = np.array([10, 11], dtype=np.int64)
    noted = _Apart(ids)
    for mid, m in zip(ids.tolist(), (ma, mb)):
        noted.note(mid, m, mention_info(m))
    kept = noted.kept(10, np.array([11], dtype=np.int64))
    assert (len(kept) == 0) == apart, why
    assert (len(noted.kept(11, np.array([10], dtype=np.int64))) == 0) == apart, why  # from either side
    if apart:  # nothing would link them, whatever their wording
        ia, ib = mention_info(ma), mention_info(mb)
        assert not any(linked(ia, ib, sim) or linked(ib, ia, sim) for sim in (0.0, 0.5, 0.8, 0.95, 1.0)), why


def test_merge_keeps_candidates_of_an_earlier_build() -> None:
    """A candidate that is not among the new mentions (stored by an earlier build) is kept: nothing
    was noted of it."""
    m = mention(doc=1, sentence="On 3 May 1950, Aldoria threatened Borvia.", type="THREATEN", src="ALD",
                tgt="BOR", date="1950-05-03")
    noted = _Apart(np.array([50], dtype=np.int64))
    noted.note(50, m, mention_info(m))
    assert noted.kept(50, np.array([7, 60], dtype=np.int64)).tolist() == [7, 60]


# -- the claims' links ------------------------------------------------------------------------

class _Words:
    """Unit vectors by hashing: equal texts get equal vectors, others nearly orthogonal ones."""

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for i, t in enumerate(texts):
            seed = int(hashlib.sha1(t.encode()).hexdigest()[:8], 16)
            out[i] = np.random.default_rng(seed).standard_normal(384)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def date_claim(doc: int, n: int, masked: str, day: str, attribution: str | None = None) -> SentenceClaim:
    sentence = f"On {day}, {masked}."
    return SentenceClaim(document_id=doc, sentence_idx=n, sentence=sentence, sentence_start=n * 100,
                         sentence_end=n * 100 + len(sentence), kind="date", topic=f"when: {masked}",
                         value=day, start=n * 100, end=n * 100 + 10, date=day, earliest=day, latest=day,
                         stated=True, masked=masked, by_wording=True, attribution=attribution)


def partner_pairs(claims: list[SentenceClaim], chunk: int = 3) -> set[tuple[int, int]]:
    words = _Words()
    ctx = cc.ClaimContext([], [], words, index={}, clauses=words)
    rows = list(range(len(claims)))
    asked = cc.Partners("date", claims, rows, ctx, words)
    for lo in range(0, len(claims), chunk):
        asked.add(range(lo, min(lo + chunk, len(claims))), claims[lo:lo + chunk])
    return set(asked.pairs())


def test_claims_of_one_document_claimed_by_no_one_are_no_partners() -> None:
    worded = ["Aldoria condemned Borvia", "Borvia recognised Cestia"]
    claims = [date_claim(1, n, worded[n % 2], f"19{50 + n}-05-0{1 + n % 9}") for n in range(12)]
    assert partner_pairs(claims) == set()


def test_claims_of_two_documents_or_said_to_be_claimed_are_partners() -> None:
    claims = [date_claim(1, 0, "Aldoria condemned Borvia", "1950-05-01"),
              date_claim(1, 1, "Aldoria condemned Borvia", "1950-05-03", attribution="Borvia"),
              date_claim(1, 2, "Aldoria condemned Borvia", "1950-05-04"),
              date_claim(2, 3, "Aldoria condemned Borvia", "1950-05-09"),
              date_claim(1, 4, "Borvia recognised Cestia", "1950-06-01")]
    # 0 and 2: one document, no one said to claim them; 4 is worded otherwise
    assert partner_pairs(claims) == {(0, 1), (0, 3), (1, 2), (1, 3), (2, 3)}


def test_claim_partners_equal_every_pair_less_the_same_source() -> None:
    """On a mix of documents and attributions, the partners are those of the same wording, less
    the pairs of one document neither said to be claimed (whatever the chunk)."""
    rng = random.Random(3)
    worded = ["Aldoria condemned Borvia", "Borvia recognised Cestia", "Cestia met officials from Aldoria"]
    claims = [date_claim(rng.choice([1, 1, 1, 2, 3]), n, rng.choice(worded), f"19{50 + n % 40}-05-01",
                         attribution=rng.choice([None, None, None, "Borvia", "Aldoria"])) for n in range(60)]
    wanted = {(i, j) for i in range(60) for j in range(i + 1, 60)
              if claims[i].masked == claims[j].masked and not cc._same_source(claims[i], claims[j])}
    for chunk in (1, 7, 60):
        assert partner_pairs(claims, chunk) == wanted


# -- the split dates --------------------------------------------------------------------------

def test_split_date_index_skips_only_entries_of_a_shared_document() -> None:
    rng = random.Random(11)
    spans, docs = [], []
    for k in range(600):
        start = date(1900, 1, 1) + timedelta(days=rng.randrange(40_000))
        spans.append((start, start + timedelta(days=rng.choice([0, 0, 30, 364]))))
        # a long document (1) with a few entries of others and of several documents between
        docs.append(frozenset(rng.choice([[1]] * 8 + [[2], [3], [1, 2], [2, 3]])))
    index = _SplitIndex.of([(None, [(None, s)]) for s in spans], docs)
    plain = _SplitIndex.of([(None, [(None, s)]) for s in spans])
    for i in range(len(spans)):
        found = index.within_gap(i, docs[i])
        assert found == sorted(found)
        every = plain.within_gap(i)
        assert set(found) <= set(every)
        assert [j for j in found if not docs[i] & docs[j]] == [j for j in every if not docs[i] & docs[j]]
