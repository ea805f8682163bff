"""The one a who-question's doer acts for (:func:`chronica.ask.question.acted_for`): "who signed
the protocol [for Ecuador]", "who signed [on behalf of Britain]" ask for Ecuador's or Britain's
signatory, whom a source names in the doer's phrase ("signed ... by the foreign ministers X of
Ecuador and Y of Peru"); the name has no role of the act (the events stage reads the object of
"for" as its target) and, of the doer's names, those of another party are no answer. The
questions are the project's own, in the shapes of dev subjects' questions (the Peru–Ecuador
protocol, Sudan's peace agreement, the Cod War agreement) and of the coding items' deals."""

from __future__ import annotations

import pytest

from chronica.ask.question import parse
from chronica.ask.reading import _of_acted_for

# (question, the actor's text, whether it is the one the doer acts for)
CASES = [
    ("Who signed the boundary protocol for Ecuador?", "Ecuador", True),  # "for" under the object
    ("Who signed the peace agreement for the Sudanese government?", "Sudanese government", True),
    ("Who signed the fisheries agreement on behalf of Britain?", "Britain", True),
    ("Who negotiated the ceasefire for Israel?", "Israel", True),
    ("Who signed the Geneva Agreement for Venezuela in 1966?", "Venezuela", True),
    # not acting for: the one done to, a party "with", "for" under a noun said of the answer
    ("Who signed the treaty with Egypt?", "Egypt", False),
    ("Who did Iraq blame for the attack?", "Iraq", False),
    ("Who was the UN envoy for Sudan?", "Sudan", False),
    ("Who invaded Kuwait in 1990?", "Kuwait", False),
]


@pytest.mark.parametrize("question, name, expected", CASES)
def test_acted_for(question, name, expected):
    q = parse(question)
    actor = next(a for a in q.actors if a.text == name)
    assert actor.acted_for is expected
    if expected:
        assert actor.role is None
        assert q.answer_role == "source"  # the doer is asked for


# (the id and state the build resolved a name to, whether it may be of the acted-for actor)
NAMES = [
    (None, None, True),  # a person the build resolved to no one ("Julio Tobar Donoso")
    (None, "ECU", True),  # a person of Ecuador
    ("ECU", "ECU", True),  # Ecuador itself (the question's own actor is dropped elsewhere)
    ("PER", "PER", False),  # Peru: the other party
    (None, "PER", False),  # a person of Peru ("Alfredo Solf y Muro of Peru")
]


@pytest.mark.parametrize("actor_id, state, expected", NAMES)
def test_of_acted_for(actor_id, state, expected):
    ecuador = next(a for a in parse("Who signed the boundary protocol for Ecuador?").actors if a.text == "Ecuador")
    assert _of_acted_for(actor_id, state, [ecuador]) is expected
