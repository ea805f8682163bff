"""The thing a claim's act is done to holds what a deal is about and what an agreed act is done to
(:func:`chronica.ask.parts.object_words`): "signed an agreement [on exploiting Lake Kivu
methane]" is not "signed a peace agreement", and "agreed [to adopt a common currency]" is not
"could not agree on the transit fees" — before, the thing was "agreement" alone (or nothing),
so a sentence of another agreement dated elsewhere, or denied, contradicted a claim the sources
never make. Claims in the shapes of dev subjects' texts (the Congo–Rwanda methane, the Sudans'
currency, the Greek–Egyptian maritime zones, the Nile talks)."""

from __future__ import annotations

import pytest

from chronica.ask.parts import object_score, object_words
from chronica.ask.question import parse
from chronica.ask.reading import related


def _thing(text: str) -> list[str]:
    q = parse(text)
    main = q.doc[q.main] if q.main is not None else None
    skip = {i for s in q.spans + q.time_tokens for i in range(s[0], s[1])}
    return object_words(main, skip)


@pytest.mark.parametrize("claim, thing", [
    ("Rwanda and the DRC signed an agreement on exploiting Lake Kivu methane in 2015.", ["agreement", "methane"]),
    ("Greece and Egypt signed an agreement on maritime zones in 2020.", ["agreement", "zone"]),
    ("In 2012 Sudan and South Sudan agreed to adopt a common currency.", ["currency"]),
    ("Egypt and Ethiopia agreed to share data on the filling.", ["datum"]),
    # as before: the object and its compound nouns
    ("Chile and Peru signed a fisheries agreement in 1978.", ["agreement", "fishery"]),
    ("When did Chile invade Peru?", []),
])
def test_thing(claim, thing):
    assert _thing(claim) == thing


@pytest.mark.parametrize("claim, sentence, all_named", [
    ("Rwanda and the DRC signed an agreement on exploiting Lake Kivu methane in 2015.",
     "Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington.", False),
    ("Rwanda and the DRC signed an agreement on exploiting Lake Kivu methane in 2015.",
     "In 2015 the two governments signed an agreement on the joint exploitation of the methane.", True),
    ("In 2012 Sudan and South Sudan agreed to adopt a common currency.",
     "The two governments could not agree on the transit fees.", False),
    ("Greece and Egypt signed an agreement on maritime zones in 2020.",
     "Greece and Egypt signed an agreement delimiting their maritime zones.", True),
])
def test_a_sentence_names_all_the_thing(claim, sentence, all_named):
    thing = _thing(claim)
    words = [w.lower().strip(".,") for w in sentence.split()]
    assert (object_score(thing, words, related) == len(thing)) is all_named
