"""Where a person was born, written as a birth participle before a noun (session 61, issue 11:
:func:`chronica.claims.extract._born_modifier`): "the Varna-born Ivan Petrov", "Ivan Petrov, a
Varna-born lawyer", "the Varna-born Social Democrat Ivan Petrov". The parse hangs the place on
"born" (``npadvmod``) and "born" on the noun (``amod``). A people's adjective ("German-born") is
no place name. Another source's "born in X" of the same person then disagrees.

Dev (session 61, measured): srbkos, slocro, senmrt, gbrirl (four birthplace disagreements found);
egyeth and hunsvk write the participle on a title alone ("the X-born president"), which names
no person here. Invented sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _birthplaces(pipeline, text):
    return [(c.topic, c.value) for c in pipeline(text)._.claims
            if c.kind == "attribute" and c.topic.startswith("where ")]


@pytest.mark.parametrize("text, expected", [
    ("The Varna-born Ivan Petrov took power in 1932.", [("where Ivan Petrov was born", "Varna")]),
    ("Ivan Petrov, a Varna-born lawyer, led the talks in 1990.", [("where Ivan Petrov was born", "Varna")]),
    ("In 2001 the Sofia-born Social Democrat Ivan Petrov won the vote.", [("where Ivan Petrov was born", "Sofia")]),
    ("President Lena Dorva, a Tarsk-born colonel who seized power in 1984, kept the border shut.",
     [("where Lena Dorva was born", "Tarsk")]),
    # no place: a people's adjective, a participle after the noun that is no birth, no person
    ("The German-born surveyor Karl Weiss mapped the river in 1841.", []),
    ("In 1990 the newly born republic sent Ivan Petrov to Varna.", []),
    ("The Varna-born sailors reached Orsk in 1903.", []),
])
def test_a_birth_participle_before_a_noun_is_a_birthplace(pipeline, text, expected):
    assert _birthplaces(pipeline, text) == expected


@needs_minilm
def test_born_before_the_name_disagrees_with_born_in():
    outcome = run_case({"id": "born-modifier", "expect": "conflict", "kind": "attribute",
                        "a": "Ivan Petrov, born in Varna in 1941, led the party from 1989.\n",
                        "b": "In 1989 the party was taken over by the Sofia-born Ivan Petrov.\n"})
    assert outcome.found, outcome.reported
