"""Session 40 (coding40): typed events whose PLOVER type or mode the codebook
(PLOVER_MANUAL.tex, draft 0.8) gives otherwise, fixed in the mechanism that codes them.
Sentences are written for these tests (other names, places and years than the dev texts
they stand for).

1. An embargo lifted, eased or relaxed is the lifting (CAMEO 085, RETREAT in the table, as
   sanctions lifted already were), not an embargo imposed: ``data/object_synonyms.tsv`` lets the
   dictionary's "* SANCTIONS [085]" patterns of LIFT / RELAX / WAIVE match the embargo noun,
   as CAMEO's code descriptions name the measures together (dev: usavnm's podcast, travel page
   and obituary: "lifted its trade embargo", "was lifting its arms embargo").
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.dictionary import load_object_synonyms, load_verb_dictionary
from chronica.events.model import SOURCE, TARGET


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


# 1. embargoes lifted (dev: usavnm 01 podcast, 03 travel history page, 06 obituary)
LIFTED_EMBARGOES = [
    ("Canada lifted its trade embargo on Cuba in 1998.", "Canada", "Cuba"),
    ("In 2003 the European Union was lifting its arms embargo on Libya.", "European Union", "Libya"),
    ("The Security Council relaxed the oil embargo on Iraq in 1996.", "UN Security Council", "Iraq"),
    ("Mexico lifted the embargo against Belize in 1985.", "Mexico", "Belize"),
]


@pytest.mark.parametrize("text, source, target", LIFTED_EMBARGOES)
def test_an_embargo_lifted_is_no_embargo_imposed(run, text, source, target):
    evs = run(text)
    assert not [e for e in evs if e.type == "SANCTION"], _coded(evs)
    lifted = [e for e in evs if e.type == "RETREAT" and e.cameo == "085"]
    assert lifted, _coded(evs)
    assert source in [p.name or p.text for p in lifted[0].actors(SOURCE)]
    assert target in [p.name or p.text for p in lifted[0].actors(TARGET)]


IMPOSED_EMBARGOES = [
    "The Arab states imposed an oil embargo on the Netherlands in 1973.",
    "In 1962 Washington placed an embargo on trade with Havana.",
]


@pytest.mark.parametrize("text", IMPOSED_EMBARGOES)
def test_an_embargo_imposed_stays_sanction(run, text):
    evs = run(text)
    assert [e.type for e in evs if e.type in ("SANCTION", "RETREAT")] == ["SANCTION"], _coded(evs)


def test_object_synonyms_name_pattern_words_of_the_dictionary():
    verbs = load_verb_dictionary()
    for word, like in load_object_synonyms().items():
        assert word != like and " " not in word
        assert any(alt and alt[0].startswith(like) for block in verbs.blocks.values()
                   for vp in block for g in vp.groups for alt in g), like
