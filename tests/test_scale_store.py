"""benchmarks/scale_store.py: a synthetic store F times as large, made without parsing, is
deterministic and reads as a chronicle F times as large."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLES = ("documents", "sentences", "timexes", "actor_mentions", "event_mentions",
          "event_participants", "claims", "sentence_vectors", "chronicle_events",
          "chronicle_mentions", "chronicle_keys", "chronicle_links", "chronicle_disagreements",
          "copy_sentences", "chronicle_documents", "document_paths")


def _scale_module():
    spec = importlib.util.spec_from_file_location("scale_store", REPO / "benchmarks" / "scale_store.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()


def test_the_tenfold_maker_is_deterministic_and_multiplies_every_table(suez_db, tmp_path):
    scale = _scale_module().scale
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    counts = scale(suez_db, a, factor=3, seed=7, log=lambda _: None)
    scale(suez_db, b, factor=3, seed=7, log=lambda _: None)
    rows_a, rows_b = _rows(a), _rows(b)
    assert rows_a == rows_b
    original = _rows(suez_db)
    for table in TABLES:
        if table == "sentence_vectors":  # sentences without a space share their original's
            assert len(original[table]) < len(rows_a[table]) <= 3 * len(original[table])
        else:
            assert len(rows_a[table]) == 3 * len(original[table]), table
    assert counts["documents"] == 3 * len(original["documents"])
    scale(suez_db, b, factor=3, seed=8, log=lambda _: None)  # another seed: other vectors only
    other = _rows(b)
    assert other["sentence_vectors"] != rows_a["sentence_vectors"]
    assert other["chronicle_events"] == rows_a["chronicle_events"]


def test_the_scaled_store_reads_as_a_chronicle_three_times_as_large(suez_db, tmp_path):
    from chronica.chronicle.persist import load_chronicle
    from chronica.search import SentenceIndex
    from chronica.store import Store

    out = tmp_path / "x3.db"
    _scale_module().scale(suez_db, out, factor=3, log=lambda _: None)
    with Store(suez_db) as store:
        before = load_chronicle(store)
    with Store(out) as store:
        assert store.chronicle.up_to_date()  # nothing for a build to redo
        after = load_chronicle(store)
        ids = [e.id for e in after.events]
        assert len(ids) == 3 * len(before.events) and len(set(ids)) == len(ids)
        assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
        assert len(after.disagreements) == 3 * len(before.disagreements)
        for d in after.disagreements:  # every claim's event ids name an event of the chronicle
            assert {i for c in d.claims for i in c.event_ids} <= set(ids)
        # copy k of a document: the same words, other spaces, its own sentences found by search
        hits = SentenceIndex(store).search("Nasser died", limit=9)
        assert len({h.sentence.document_id for h in hits}) >= 3
        texts = {h.sentence.text.replace("\u2001", " ").replace("\u2002", " ") for h in hits}
        assert len(texts) < len(hits)


def test_copy_texts_are_distinct_beyond_ten_copies_and_cut_into_their_sentences():
    """Copies 11 on (a factor above 11: a partial corpus made as large as a 10× one) take a pair
    of spaces; every copy differs from every other, keeps the length, and a sentence cut from a
    copied text is the copy of the original sentence (the vectors are keyed by its hash)."""
    module = _scale_module()
    text = "The council met on 4 May. It rejected the plan, and the mayor resigned.\nA new vote is due."
    cuts = [(0, 25), (26, 72), (73, len(text))]
    copies = [module.copy_text(text, k) for k in range(1, module.MAX_FACTOR)]
    assert module.MAX_FACTOR == 101 and len(set(copies)) == len(copies) and text not in copies
    for k, copy in enumerate(copies, start=1):
        assert len(copy) == len(text) and " " not in copy
        assert copy.split() == text.split()
        for start, end in cuts:
            assert copy[start:end] == module.copy_text(text[start:end], k), (k, start)
