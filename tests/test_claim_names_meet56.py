"""Two sentences write one name when one name run is written inside the other (session 56,
:func:`chronica.chronicle.claim_conflicts._names_meet`, read by :func:`shares_name` and
:func:`names_apart`): as its last words ("Lindenhof" / "the Treaty of Lindenhof") or as two words or
more ("Varsa Council" / "Varsa Council Resolution"); a run's first word alone may be a title and
does not count. Dev: the names of one treaty and one resolution written with and without their
noun kept two dates of one signing and one adoption apart. The sentences are invented."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _claim(sentence: str) -> SentenceClaim:
    return SentenceClaim(document_id=1, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="date", topic="when", value="x", start=0, end=1)


# (case, sentence a, sentence b, one name written by both?)
CASES = [
    ("a place and the treaty named after it", "The envoys met at Lindenhof on 3 March 1951.",
     "By the Treaty of Lindenhof, signed on 2 March 1951, the islands changed hands.", True),
    ("a run with a capitalised word before it", "AB - By the Treaty of Lindenhof, signed on 3 March 1951, peace came.",
     "Under the [[Treaty of Lindenhof]] the islands changed hands.", True),
    ("two words of a longer run", "The Varsa Council adopted the text on 4 May 1960.",
     "It rests on Varsa Council Resolution 12, adopted on 5 May 1960.", True),
    ("a title alone at the head of a run", "The King opened the session on 4 May 1960.",
     "On 5 May 1960 King Olek Varsa left for the coast.", False),
    ("two different towns", "Rebels took the town of Kelmsford on 3 May 1997.",
     "On 5 May 1997 the rebels took the town of Ostrava Nova.", False),
]


@pytest.mark.parametrize("case, a, b, meet", CASES, ids=[c[0] for c in CASES])
def test_names_meet(case: str, a: str, b: str, meet: bool) -> None:
    assert cc.shares_name(_claim(a), _claim(b)) is meet
    assert cc.shares_name(_claim(b), _claim(a)) is meet
    assert cc.names_apart(_claim(a), _claim(b)) is not meet
