"""Case table (invented trigger words) for session 61's irregular verb forms in
:func:`chronica.chronicle.merge.predicate_lemmas`: an irregular past form names its verb ("withdrew":
withdraw, "fought": fight, "met": meet), as a regular one does with its inflection dropped, so that
one predicate (:func:`chronica.chronicle.merge.same_predicate`) is found where a source writes the
past tense of an irregular verb. Modelled on a fight, a rising and a sending of officials (dev-r36,
dev-r43, dev-b) told by two sources."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention

merge = importlib.import_module("chronica.chronicle.merge")


@pytest.mark.parametrize("trigger, lemmas", [
    ("withdrew", {"withdraw"}),
    ("fought", {"fight"}),
    ("met", {"meet"}),
    ("rose", {"rise"}),
    ("broke off", {"break"}),
    ("took", set()),  # an irregular form of a hollow predicate still says nothing
    ("imposed", {"impose"}),  # a regular form as before
])
def test_an_irregular_form_names_its_verb(trigger, lemmas) -> None:
    m = mention(1, "Invented sentence.", "ASSAULT", trigger=trigger)
    assert set(merge.predicate_lemmas(m)) == lemmas
