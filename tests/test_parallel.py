"""The build on every core and on Dask: stage outputs are plain data, each stage's work done
once, and 1 worker, N worker processes and a Dask cluster store the same annotations."""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare


@pytest.mark.parametrize(
    "text",
    [
        "The port reopened in May 2021. This year the council has already rejected two plans to close it.",
        "Officials in Lisbon signed the accord on 4 March 2019. Last month the treaty took effect.",
        "The minister resigned after the vote. Nobody said when the new cabinet would meet.",
    ],
)
def test_stages_time_tagger_runs_once_per_document(text, monkeypatch):
    """The events stage reads the time stage's expressions and inferred date (``doc._.timexes``,
    ``doc._.inferred_dct``) instead of tagging the text again to guess the document date."""
    from chronica.time import tagger

    nlp = load_pipeline(STAGES)
    calls = []
    real = tagger._tag

    def counting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(args[0][:20])
        return real(*args, **kwargs)

    monkeypatch.setattr(tagger, "_tag", counting)
    doc = nlp(prepare(nlp, text, None))  # no publication date: the time stage infers one
    assert doc._.inferred_dct is not None
    assert len(calls) == 1
