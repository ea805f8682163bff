"""A near-duplicate copy's claims are left out of the claims' step in every store (session 42).

The claims' step (:class:`chronica.chronicle.persist._ClaimLinks`) skips the claims of a copy's
sentences that repeat their original's (``(document, sentence) in copied``). The copied keys came
back from SQLite as ``sqlite3.Row`` objects, which equal no tuple: a SQLite build read the
copies' claims (and embedded their changed clauses: '$901m' against the original's '$900m')
where a PostgreSQL build, whose rows are tuples, left them out, and the two stores held
different sentence vectors (tests/test_same_results_bbc.py). The claims come back from both
stores in one order (document, sentence, id): the difference was which claims were read, not
their order. Each case: the example with one line of one file changed in a copy (a date or a
figure), built into SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.build import build
from chronica.chronicle import persist
from chronica.chronicle.persist import StoredVectors
from chronica.store import Store

REPO = Path(__file__).resolve().parents[1]
SUEZ = REPO / "examples" / "suez"

# (file, the line as written, as the copy writes it): each copy's changed sentence states a
# claim of the claims stage (a date, a figure of dead)
CHANGED = [
    ("wire_1956-11-07.txt", "landed near Port Said on November 5", "landed near Port Said on November 4"),
    ("oped.md", "to a ceasefire on 7 November 1956", "to a ceasefire on 8 November 1956"),
    ("encyclopedia.html", "About 1,650 Egyptian soldiers", "About 1,700 Egyptian soldiers"),
]


@pytest.fixture(scope="module")
def copied_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("copies")
    for name, old, new in CHANGED:
        text = (SUEZ / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, name
        (folder / ("copy_" + name)).write_text(text.replace(old, new), encoding="utf-8")
    db = folder.parent / "copies.db"
    with Store(db) as store:
        report = build([SUEZ, folder], store)  # the originals first: the copies are the near-duplicates
    assert len(report.near_duplicates) == len(CHANGED)
    return db


def test_copied_keys_are_tuples_of_ints(copied_store: Path) -> None:
    with Store(copied_store) as store:
        keys = store.chronicle.copied_sentence_keys()
    assert keys and all(type(k) is tuple and len(k) == 2 and all(type(x) is int for x in k) for k in keys)


@pytest.mark.parametrize("name, old, new", CHANGED, ids=[c[0] for c in CHANGED])
def test_a_copys_changed_sentence_is_not_read_by_the_claims_step(copied_store: Path, name: str, old: str,
                                                                new: str) -> None:
    with Store(copied_store) as store:
        copy = next(d.id for d in store.documents() if Path(d.path).name == "copy_" + name)
        changed = [s.idx for s in store.sentences(copy) if new in s.text]
        assert len(changed) == 1
        copied = store.chronicle.copied_sentence_keys()
        assert (copy, changed[0]) in copied  # a sentence with a word changed repeats its original's
        stored = [cid for cid, _, doc, sidx, _ in store.chronicle.claim_heads() if (doc, sidx) == (copy, changed[0])]
        assert stored  # the claims stage read the copy's sentence ...
        step = persist._ClaimLinks(store, StoredVectors(store.chronicle), copied, set())
        assert set(stored) <= set(step.every)
        assert not set(stored) & set(step.kind_of)  # ... and the claims' step leaves its claims out
        assert not any(doc == copy for doc in step.doc_of.values())
