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
def full():
    """The pipeline a build runs (every stage of :data:`chronica.stages.STAGES`)."""
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


@pytest.fixture(scope="session")
def time_actors():
    """The pipeline with the time and actor stages only, as the event tables run it before
    ``extract_events`` (the build's own order)."""
    from chronica.nlp import load_pipeline

    return load_pipeline(("chronica_time", "chronica_actors"))


@pytest.fixture(scope="session")
def pipeline():
    """The pipeline up to the events stage (time, actors, events)."""
    from chronica.nlp import load_pipeline

    return load_pipeline(("chronica_time", "chronica_actors", "chronica_events"))


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


#: an article written to attack the pages that show it: its markup must show as text
CRAFTED_ARTICLE = """title: Aldorian ministry <script>document.title='pwned'</script>statement
published: 2001-05-04

The Aldorian ministry said <img src=x onerror="document.title='pwned'"> that the border stays closed.

<script>document.title='pwned';alert(1)</script> Officials in Aldoria repeated the statement on Friday.
"""


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """The bundled example plus one crafted article (markup in its title and text), built once."""
    import shutil

    from chronica.build import build
    from chronica.store import Store

    root = tmp_path_factory.mktemp("web")
    corpus = root / "corpus"
    shutil.copytree(REPO / "examples" / "suez", corpus)
    (corpus / "crafted.txt").write_text(CRAFTED_ARTICLE, encoding="utf-8")
    path = root / "web.db"
    with Store(path) as store:
        build([corpus], store)
    return path
