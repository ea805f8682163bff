"""Session 67 (type67): a truce or a peace made. Sentences written for these tests (no article text, no pairing or
fact of an evaluation text; the events and dates are invented).

- ``truce_made`` (``recode._truce_made``): a ceasefire, a truce, an armistice or a peace the parties make - signed,
  agreed, concluded, made - is their mutual commitment to stop fighting: PLOVER AGREE ("agree to ... or otherwise
  indicate willingness or commitment to cooperate"), no SUPPORT signing of a diplomatic text, no RETREAT halt to
  fighting already carried out ("observing a ceasefire"), no happening of no type. The event the making verb tells
  and the one the accord's own noun tells are both re-typed; a signing (SUPPORT) only when what is signed is a truce
  itself, not a treaty a word of peace qualifies ("signed the peace treaty"). A negated making, a truce only brokered by a third
  party, a ceasefire that took effect (its implementation) and an accord that ends no fighting are left alone.
  Dev texts egylby, georus, dnkdeu, isrlbn, zafmoz, etheri, usavnm, mdarus.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

MADE = [
    # text, trigger: a truce or a peace its parties make
    ("Iceland and Norway made peace at Bergen in 1712.", "made"),
    ("In 1931 Austria and Switzerland signed an armistice at Basel.", "signed"),
    ("The ceasefire signed in Oslo in 2011 held for a decade.", "ceasefire"),
    ("A truce agreed at Vaduz in 1934 lasted two years.", "truce"),
    ("After the ceasefire signed in Bern in 1934, both armies pulled back from the valley.", "ceasefire"),
    ("In 1934 a ceasefire for the mountain valleys was signed in Vaduz.", "ceasefire"),
]


@pytest.mark.parametrize("text, trigger", MADE, ids=[c[0][:30] for c in MADE])
def test_truce_or_peace_made_is_agreed(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert e.type == "AGREE", _show(events)
    assert "_truce_made" in e.checks


NOT_MADE = [
    ("Iceland and Ireland did not sign the armistice in 1921.", "sign"),  # negated
    ("Iceland and Ireland signed a trade agreement in Dublin in 1921.", "signed"),  # no fighting ended
    # a signing of a treaty a word of peace qualifies stays a signing (SUPPORT "sign ... an agreement or treaty"), as
    # the other sentences that call it "the treaty" are
    ("Iceland and Ireland signed a peace treaty in Dublin in 1921.", "signed"),
    ("A ceasefire between Iceland and Norway came into effect in May 1712.", "ceasefire"),  # implemented: RETREAT
    ("In March 1934 Austria broke the truce along the river.", "broke"),  # no making
]


@pytest.mark.parametrize("text, trigger", NOT_MADE, ids=[c[0][:30] for c in NOT_MADE])
def test_no_truce_made_no_agreement(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_truce_made" in e.checks for e in events), _show(events)
