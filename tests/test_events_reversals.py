"""Reversals: a predicate that undoes an act named by its object is coded as that undoing
(PLOVER's convention: a lifted blockade is RETREAT, halted aid is SANCTION), with its parties."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE, TARGET


@pytest.mark.parametrize("text, etype, reversal, source, target", [
    ("Washington lifted the blockade of Cuba in 1962.", "RETREAT", True, "United States", "Cuba"),
    ("The European Union eased sanctions on Iran in 2016.", "RETREAT", True, "European Union", "Iran"),
    ("Russia suspended talks with Georgia in 2006.", "SANCTION", False, "Russia", "Georgia"),
    ("Moscow halted aid to Cuba in 1991.", "SANCTION", False, "Soviet Union", "Cuba"),
    ("Argentina severed relations with Britain in 1982.", "SANCTION", False, "Argentina", "United Kingdom"),
])
def test_reversals_are_coded_with_their_parties(nlp, text, etype, reversal, source, target):
    events = [e for e in extract_events(nlp(text)) if e.type == etype]
    assert events, [(e.type, e.summary) for e in extract_events(nlp(text))]
    e = events[0]
    assert e.reversal is reversal
    assert source in [p.name or p.text for p in e.actors(SOURCE)]
    assert target in [p.name or p.text for p in e.actors(TARGET)]
