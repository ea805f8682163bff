"""Shared fixtures: the spaCy pipeline (loaded once per test session) and the shared data paths."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from chronica.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def suez_db(tmp_path_factory) -> Path:
    """The bundled example (examples/suez) built once into a store, for the read-side tests
    (search, ask, check, the web app). Tests must not write to it."""
    from chronica.build import build
    from chronica.store import Store

    path = tmp_path_factory.mktemp("suez") / "suez.db"
    with Store(path) as store:
        build([REPO / "examples" / "suez"], store)
    return path
