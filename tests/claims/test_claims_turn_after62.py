"""Session 62 (issue 11): disagreements on the order of happenings and on how relations stood.

- A relationship's trend or state said after a happening ("relations cooled after the army seized
  power", "for some months following the coup relations grew closer") carries that happening as its
  anchor (a TimeML TLINK AFTER read from the parse: the clause or noun opened by
  ``relation_anchor_words`` on the relation's clause, or on a time noun of it). Two sources that
  turn one pair's relations opposite ways after one happening disagree, whatever dates they write.
- Two order claims relate the same two happenings when one clause of each is worded alike
  (``SIM_SAME_CLAUSE``) and the other less so (``SIM_OTHER_CLAUSE``), in an alignment clearly
  better than the crossed one (``ORDER_ALIGNMENT_MARGIN``): one source's other clause a short noun ("the vote"), the other's a whole sentence before it.

Every sentence is invented (invented events, invented places, invented dates).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle import build_chronicle  # noqa: E402
from chronica.chronicle.claim_conflicts import order_alignment  # noqa: E402
from chronica.chronicle.model import DocumentInfo  # noqa: E402
from chronica.claims.model import SentenceClaim  # noqa: E402

#: a document's opening that names its pair (Norway, Sweden) often enough
NORWAY_SWEDEN = ("Norway and Sweden disputed the fjord. Norway accused Sweden of incursions. "
                 "Sweden rejected the charge from Norway. ")


def anchored(full, text):
    return [(c.value, c.obj, c.other_trigger is not None) for c in full(NORWAY_SWEDEN + text)._.claims
            if c.kind == "relation" and c.sentence_start >= len(NORWAY_SWEDEN)]


@pytest.mark.parametrize("text, value, key, event", [
    ("Relations between Oslo and Stockholm cooled sharply after the army seized power in Oslo.",
     "apart", "seize power", True),
    ("After the invasion, relations between the two capitals cooled.", "apart", "invasion", False),
    ("Relations between Oslo and Stockholm remained cordial after the revolution.", "allied", "revolution", False),
])
def test_relation_said_after_a_happening_carries_it(full, text, value, key, event):
    found = anchored(full, text)
    assert (value, key, event) in found


def test_relation_after_a_time_noun_of_a_happening(full):
    found = anchored(full, "For some months following the coup, relations between Oslo and Stockholm grew closer.")
    assert ("closer", "coup", False) in found


@pytest.mark.parametrize("text", [
    "Relations between Oslo and Stockholm warmed steadily after 2010.",  # a date, no happening
    "Since then relations between Oslo and Stockholm have grown steadily closer.",  # no happening named
    "Relations between Oslo and Stockholm cooled in the spring.",  # no anchor word
])
def test_relation_with_no_happening_before_it(full, text):
    assert all(key is None for _, key, _ in anchored(full, text))


DOCS = [DocumentInfo(id=i) for i in (1, 2, 3)]
_OFFSET = iter(range(0, 10**6, 1000))


def claim(doc, sentence, kind, topic, value, **kw) -> SentenceClaim:
    start = next(_OFFSET)
    return SentenceClaim(document_id=doc, sentence_idx=start // 1000, sentence=sentence, sentence_start=start,
                         sentence_end=start + len(sentence), kind=kind, topic=topic, value=value, start=0,
                         end=len(sentence), **kw)


def relation(doc, sentence, value, anchor=None, phrase=None, **kw):
    return claim(doc, sentence, "relation", "relations between Aldoria and Borvia", value, subject=["ALD", "BOR"],
                 obj=anchor, clauses=[phrase] if phrase else [], **kw)


def disagreements(claims):
    return build_chronicle([], DOCS, claims=claims).disagreements


@needs_minilm
@pytest.mark.parametrize("a, b, found", [
    # opposite turns after one happening (the same words): one disagreement
    (relation(1, "Relations between Aldoria and Borvia cooled sharply after the coup.", "apart", "coup", "the coup"),
     relation(2, "For some months following the coup, Aldoria and Borvia grew closer.", "closer", "coup", "the coup"),
     True),
    # a trend against a state after one happening, one dated and the other not
    (relation(1, "Relations remained cordial after the Velmar accord of 1931.", "allied", "accord",
              "the Velmar accord of 1931", earliest="1931-01-01", latest="1931-12-31"),
     relation(2, "After the Velmar accord, relations between Aldoria and Borvia soured.", "apart", "accord",
              "the Velmar accord"),
     True),
    # the same turn after one happening: no disagreement
    (relation(1, "Relations cooled after the coup.", "apart", "coup", "the coup"),
     relation(2, "Relations between Aldoria and Borvia soured after the coup.", "apart", "coup", "the coup"),
     False),
    # opposite turns after two different happenings: no disagreement
    (relation(1, "Relations cooled after the flood.", "apart", "flood", "the flood"),
     relation(2, "Relations between Aldoria and Borvia warmed after the election.", "closer", "election",
              "the election"),
     False),
    # one happening said in two decades apart: the dates do not fit
    (relation(1, "Relations cooled after the coup of 1931.", "apart", "coup", "the coup of 1931",
              earliest="1931-01-01", latest="1931-12-31"),
     relation(2, "Relations warmed after the coup of 1958.", "closer", "coup", "the coup of 1958",
              earliest="1958-01-01", latest="1958-12-31"),
     False),
    # no anchor on either: undated turns are compared by nothing
    (relation(1, "Relations between Aldoria and Borvia cooled.", "apart"),
     relation(2, "Relations between Aldoria and Borvia warmed.", "closer"),
     False),
])
def test_opposite_turns_after_one_happening(a, b, found):
    got = [d for d in disagreements([a, b]) if d.kind == "relations"]
    assert bool(got) == found


class _Sims:
    """A context whose clause similarities are given (the order test reads only these)."""

    def __init__(self, sims):
        self.sims = sims

    def event_pair(self, c):
        return None

    def clause_similarity(self, x, y):
        return self.sims.get((x, y), self.sims.get((y, x), 0.0))


def order(doc, value, first, second):
    return claim(doc, f"{first} / {second}", "order", "order", value, clauses=[first, second])


@pytest.mark.parametrize("sims, alignment", [
    # both clauses alike: as before
    ({("A1", "B1"): 0.80, ("A2", "B2"): 0.75}, 1),
    ({("A1", "B2"): 0.80, ("A2", "B1"): 0.75}, -1),
    # one alike, the other less so, clearly better than crossed
    ({("A1", "B1"): 0.88, ("A2", "B2"): 0.55, ("A1", "B2"): 0.08, ("A2", "B1"): 0.30}, 1),
    ({("A1", "B2"): 0.75, ("A2", "B1"): 0.53, ("A1", "B1"): 0.31, ("A2", "B2"): 0.05}, -1),
    # the other clause too unlike
    ({("A1", "B1"): 0.90, ("A2", "B2"): 0.40}, 0),
    # no clause alike enough
    ({("A1", "B1"): 0.65, ("A2", "B2"): 0.60}, 0),
    # the crossed alignment nearly as good: not told
    ({("A1", "B1"): 0.80, ("A2", "B2"): 0.60, ("A1", "B2"): 0.55, ("A2", "B1"): 0.50}, 0),
])
def test_order_alignment_by_one_clause_alike(sims, alignment):
    a, b = order(1, "after", "A1", "A2"), order(2, "before", "B1", "B2")
    assert order_alignment(a, b, _Sims(sims)) == alignment
