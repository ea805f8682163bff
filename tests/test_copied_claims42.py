"""Which of a near-duplicate copy's claims the claims' step reads, alike in every store (session 42).

The claims' step (:class:`chronica.chronicle.persist._ClaimLinks`) skipped the claims of a copy's
aligned sentences (``(document, sentence) in copied``). The copied keys came back from SQLite as
``sqlite3.Row`` objects, which equal no tuple: a SQLite build read every copy's claims (and
embedded their changed clauses: '$901m' against the original's '$900m') where a PostgreSQL build,
whose rows are tuples, left them all out, and the two stores held different sentence vectors
(tests/test_same_results_bbc.py). The claims come back from both stores in one order (document,
sentence, id): the difference was which claims were read, not their order. Now the keys are
tuples, and the step leaves out only the claims of a copy's sentences that repeat their
original's word for word (:func:`chronica.chronicle.persist.repeated_sentence_keys`): a sentence
with a word changed may claim something else (a figure, a name, a length) and is read. Each case:
the example with one line of one file changed in a copy (a date or a figure), built into SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.build import build
from chronica.chronicle import persist
from chronica.chronicle.claim_conflicts import SAME_THING
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
def test_a_copys_changed_sentence_is_read_and_its_repeated_ones_are_not(copied_store: Path, name: str, old: str,
                                                                        new: str) -> None:
    with Store(copied_store) as store:
        copy = next(d.id for d in store.documents() if Path(d.path).name == "copy_" + name)
        changed = [s.idx for s in store.sentences(copy) if new in s.text]
        assert len(changed) == 1
        assert (copy, changed[0]) in store.chronicle.copied_sentence_keys()  # aligned: its events join the original's
        repeated = persist.repeated_sentence_keys(store)
        assert (copy, changed[0]) not in repeated
        heads = [(cid, kind, sidx) for cid, kind, doc, sidx, _ in store.chronicle.claim_heads() if doc == copy]
        step = persist._ClaimLinks(store, StoredVectors(store.chronicle), repeated, set())
        own = [cid for cid, kind, sidx in heads if sidx == changed[0] and kind in SAME_THING]
        assert own and set(own) <= set(step.kind_of)  # the changed sentence's claims are read ...
        others = [cid for cid, kind, sidx in heads if sidx != changed[0] and kind in SAME_THING]
        assert all((copy, sidx) in repeated for _, _, sidx in heads if sidx != changed[0])
        assert not set(others) & set(step.kind_of)  # ... those of the sentences it repeats are not
