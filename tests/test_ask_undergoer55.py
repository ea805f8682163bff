"""A who-question whose question word is the one the act is done to asks for its undergoer
(chronica.ask.question.undergoes): the passive subject ("who was killed in Lome"), or the noun a
"who was" asks about that a passive participle modifies ("who was the envoy expelled from
Accra"), whatever role the events stage gives a place or thing the question names. The questions
are the project's own (invented events)."""

from __future__ import annotations

import pytest

from chronica.ask import parse
from chronica.events.model import SOURCE, TARGET


@pytest.mark.parametrize("text, role", [
    # the passive subject: the undergoer, though the place is read as the act's target
    ("Who was assassinated in Lome in May 1961?", TARGET),
    ("Which minister was kidnapped in Accra in 1977?", TARGET),
    # the noun asked about, modified by a passive participle
    ("Who was the Ghanaian envoy expelled from Lome in 1977?", TARGET),
    # the doer asked: the subject of an active verb
    ("Who assassinated the mayor of Lome in May 1961?", SOURCE),
    ("Who expelled the Ghanaian envoy from Lome in 1977?", SOURCE),
])
def test_ask_parse_undergoer_asked(text, role):
    assert parse(text).answer_role == role
