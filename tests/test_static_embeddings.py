"""The static sentence vectors search ranks by (a token table distilled from MiniLM by
scripts/distil_static_embeddings.py): shape, norms, determinism, paraphrases closer than
unrelated sentences; a store's search vectors named by their model, indexed again when another
model made them, and full-text only (with what to run) when that model is not installed here."""

from __future__ import annotations

import logging
import sqlite3

import numpy as np
import pytest
from test_chronicle_data import needs_minilm

from chronica.chronicle.embeddings import (STATIC_TABLE, Embedder, StaticEmbedder, search_embedder,
                                           search_model, static_embedder)

pytestmark = needs_minilm  # the table is read with MiniLM's tokenizer

# (sentence, its paraphrase, an unrelated sentence): written for these tests
PARAPHRASES = [
    ("The army invaded the neighbouring country in March.",
     "In March the troops crossed into the country next door.",
     "The bakery sells bread and cakes every morning."),
    ("The two governments signed a peace treaty.",
     "A peace agreement was signed by both governments.",
     "Heavy rain flooded the valley overnight."),
    ("The president resigned after the scandal.",
     "Following the scandal, the head of state stepped down.",
     "The football club bought a new striker."),
    ("Border clashes killed twelve soldiers.",
     "Twelve soldiers died in fighting on the border.",
     "The museum opened a new wing for modern art."),
    ("The ceasefire was broken within a week.",
     "The truce collapsed after only a few days.",
     "Shares in the mining company rose sharply."),
    ("The foreign ministers met in Geneva to discuss the dispute.",
     "Talks on the dispute brought the foreign ministers together in Geneva.",
     "The recipe needs two eggs and a cup of flour."),
    ("Oil prices rose sharply.",
     "The price of crude oil climbed steeply.",
     "The ministers signed a border treaty."),
]


def test_the_table_ships_float16_and_small():
    with np.load(STATIC_TABLE) as data:
        table = data["vectors"]
    assert table.dtype == np.float16
    assert table.shape[0] == 30522  # one row a WordPiece token of MiniLM's vocabulary
    assert STATIC_TABLE.stat().st_size < 10_000_000


def test_shape_norms_and_empty_texts():
    e = static_embedder()
    v = e.embed(["The army invaded.", "Talks resumed in Geneva on Monday.", ""])
    assert v.shape == (3, e.dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:2], axis=1), 1.0, atol=1e-5)
    assert not v[2].any()  # no token: no direction
    assert e.embed([]).shape == (0, e.dim)
    assert e.name.startswith(f"static-minilm-{e.dim}-")


def test_a_vector_depends_on_its_text_alone():
    texts = [p for case in PARAPHRASES for p in case]
    alone = np.stack([StaticEmbedder().embed([t])[0] for t in texts])
    together = static_embedder().embed(texts)
    reversed_ = static_embedder().embed(texts[::-1])[::-1]
    assert np.array_equal(alone, together) and np.array_equal(together, reversed_)


@pytest.mark.parametrize("sentence, paraphrase, unrelated", PARAPHRASES)
def test_a_paraphrase_is_closer_than_an_unrelated_sentence(sentence, paraphrase, unrelated):
    a, b, c = static_embedder().embed([sentence, paraphrase, unrelated])
    assert a @ b > a @ c + 0.1


def test_it_ranks_nearly_as_minilm_does_on_these_cases():
    """A sentence's nearest other sentence among the cases is its paraphrase: for each of the 14
    with MiniLM, for all but one with the static table (the truce that "collapsed" shares no
    token with the ceasefire that "was broken", and finds the border clashes closer: a token
    table knows no context)."""
    texts = [p for case in PARAPHRASES for p in case[:2]]
    right = {}
    for embedder in (static_embedder(), Embedder()):
        v = embedder.embed(texts)
        sims = v @ v.T
        np.fill_diagonal(sims, -1)
        right[embedder.backend] = sum(int(j) == i ^ 1 for i, j in enumerate(sims.argmax(axis=1)))
    assert right["minilm"] == len(texts) and right["static"] >= len(texts) - 1


def test_the_setting_chooses_search_vectors(monkeypatch):
    monkeypatch.delenv("CHRONICA_SEARCH_VECTORS", raising=False)
    assert search_model() == "static" and isinstance(search_embedder(), StaticEmbedder)
    monkeypatch.setenv("CHRONICA_SEARCH_VECTORS", "minilm")
    assert search_model() == "minilm" and isinstance(search_embedder(), Embedder)
    monkeypatch.setenv("CHRONICA_SEARCH_VECTORS", "bert")
    with pytest.raises(RuntimeError, match="static or minilm"):
        search_model()


def _copy(src, dst):  # noqa: ANN001
    a = sqlite3.connect(src)
    a.backup(b := sqlite3.connect(dst))
    a.close()
    b.close()


def test_a_store_indexed_by_another_model_is_indexed_again(tmp_path, suez_db, monkeypatch):
    from chronica.search import SentenceIndex, index_sentences
    from chronica.store import Store
    from chronica.store import search as store_search

    db = tmp_path / "s.db"
    _copy(suez_db, db)
    with Store(db) as store:
        made = store_search.search_model(store)
        assert made is not None and made[0] == static_embedder().name
        n = store_search.vector_count(store)
        monkeypatch.setenv("CHRONICA_SEARCH_VECTORS", "minilm")
        assert index_sentences(store) == n  # every text again, by MiniLM
        assert store_search.search_model(store) == ("all-MiniLM-L6-v2", 384)
        hits = SentenceIndex(store).search("Nasser died", limit=3)
        assert any(h.vector_rank for h in hits)  # the query embedded by MiniLM, as the store's
        monkeypatch.delenv("CHRONICA_SEARCH_VECTORS")
        assert index_sentences(store) == n
        assert store_search.search_model(store)[1] == static_embedder().dim
        assert index_sentences(store) == 0  # nothing new


def test_a_model_not_installed_leaves_full_text_and_says_what_to_do(tmp_path, suez_db, caplog):
    from chronica.search import SentenceIndex
    from chronica.store import search as store_search

    db = tmp_path / "s.db"
    _copy(suez_db, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE search_model SET name = 'some-other-model-512', dims = 512")
    con.commit()
    con.close()
    store = store_search.open_readonly(db)
    with caplog.at_level(logging.WARNING):
        index = SentenceIndex(store)
    assert "chronica build" in caplog.text and "some-other-model-512" in caplog.text
    hits = index.search("canal", limit=3)
    assert hits and all(h.vector_rank is None for h in hits)
