"""One MiniLM session in a process that runs the build's tasks: the default embedder (the events
stage's back-off) is made on the tasks' one-thread session, and the vectors are those of a
two-thread session of its own, to the bit."""

import numpy as np
import pytest

from chronica.chronicle import embeddings

pytestmark = pytest.mark.skipif(embeddings.model_files() is None, reason="MiniLM model not installed")

TEXTS = [
    "Borduria and Syldavia signed a border treaty in Klow on 3 May 2031.",
    "The talks between the two ministers broke down after a week.",
    "Protesters gathered outside the embassy.",
    "Syldavian troops crossed the river at dawn, the army said, and took the bridge near the capital.",
]


def test_default_made_on_the_task_session(monkeypatch):
    from chronica import tasks

    monkeypatch.setattr(embeddings, "_DEFAULT", None)
    monkeypatch.setattr(tasks, "_EMBEDDER", None)
    own = tasks.task_embedder()
    default = embeddings.default_embedder()
    assert own.threads == 1
    assert default is not own and default._session is own._session


def test_default_kept_when_made_before(monkeypatch):
    from chronica import tasks

    before = embeddings.Embedder()
    monkeypatch.setattr(embeddings, "_DEFAULT", before)
    monkeypatch.setattr(tasks, "_EMBEDDER", None)
    tasks.task_embedder()
    assert embeddings.default_embedder() is before


def test_same_vectors_as_a_session_of_its_own():
    one, two = embeddings.Embedder(threads=1), embeddings.Embedder(threads=2)
    shared = one.sharing_model()
    assert np.array_equal(shared.embed(TEXTS), two.embed(TEXTS))
    assert np.array_equal(one.encode(TEXTS), two.encode(TEXTS))
