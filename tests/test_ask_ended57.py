"""A question whose verb, one the ontology does not code, takes the event as its object asks
about that act ("when did the junta end the agreement", "did the council lift its sanctions"),
not about the event, whose own date is its making (:func:`chronica.ask.question.
_asks_another_act`): the question is read at the verb and the event's noun is its context. An
event that ends by itself ("when did the war end"), an act the ontology codes ("sign the
agreement that ended the war"), a light verb ("make a visit") and a who-question (which asks for
the event's doer) stay as they were. The questions are the project's own (invented events
between invented states)."""

from __future__ import annotations

import pytest

from chronica.ask.question import parse

CASES = [
    # (question, the word the question is read at, a type it must not ask for)
    ("When did the junta end the Zenda agreement?", "end", "AGREE"),
    ("When did Borduria end the state of war with Ruritania?", "end", "ASSAULT"),
    ("Did Ruritania stop the annual payment to the Bordurian crown?", "stop", None),
    ("Who ended the federation of Borduria and Ruritania in 1931?", "ended", None),
    ("Did the council lift its sanctions on Borduria in 1998?", "lift", None),
    ("When did Ruritania leave the Zenda pact?", "leave", "AGREE"),
    # a who-question asks for the event's doer: the event stays what it is read at
    ("Who led the 1931 coup in Strelsau?", "coup", None),
    # a light verb the ontology codes with its noun ("make ... visit"): the trigger, as before
    ("When did the Bordurian king make his state visit to Ruritania?", "make", None),
    # the event ends by itself: read at "end", as before
    ("When did the war between Borduria and Ruritania end?", "end", None),
    # the ending verb is in a relative clause of the asked act's object
    ("When did Borduria and Ruritania sign the agreement that ended the war?", "sign", None),
    ("When did Borduria sign the Zenda agreement?", "sign", None),
]


@pytest.mark.parametrize("question, word, not_type", CASES)
def test_ask_parse_ending_an_event_is_an_act(question, word, not_type):
    q = parse(question)
    assert q.main is not None and q.doc[q.main].text == word, (q.doc[q.main] if q.main is not None else None)
    if not_type is not None:
        assert not_type not in q.types, q.types
