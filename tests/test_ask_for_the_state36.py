"""A question's actor that is a state's government or armed force stands for the state too
(:data:`chronica.ask.question.FOR_THE_STATE`): the sources state what "the Sudanese government"
did by the state's name or by an official the actors stage gives the state ("signed by Sudanese
First Vice-President ..."), as they state what "the Argentine forces" did by "Argentina". The
questions are the project's own, in the shapes of dev subjects' questions about a government
(Sudan, Sri Lanka, Malaysia, Lebanon) and an army."""

from __future__ import annotations

import pytest

from chronica.ask.question import FOR_THE_STATE, _actor
from chronica.actors.kb import load_kb


# (the knowledge base's id, the state it stands for as well, or None)
CASES = [
    ("SDN/government", "SDN"),  # "who signed the accord for the Sudanese government"
    ("LKA/government", "LKA"),  # "when did the Sri Lankan government lift the ban"
    ("MYS/government", "MYS"),  # "what did the Malaysian government announce"
    ("SDN/military", "SDN"),  # an armed force, as before
    ("SDN", None),  # a state is itself
    ("sudan_unknown_id", None),  # an id the knowledge base does not know: nothing added
]


@pytest.mark.parametrize("actor_id, state", CASES)
def test_government_stands_for_its_state(actor_id, state):
    actor = _actor(actor_id, actor_id, actor_id, None)
    assert actor.actor_id == actor_id
    if state is None:
        assert actor.ids <= {actor_id}
    else:
        assert actor.ids == {actor_id, state}


def test_the_kinds_are_the_knowledge_base_s():
    kinds = {a.kind for a in load_kb().actors.values()}
    assert FOR_THE_STATE <= kinds


@pytest.mark.parametrize("question, state", [
    ("Who signed the peace accord for the Sudanese government?", "SDN"),
    ("When did the Malaysian government close the border post?", "MYS"),
])
def test_a_question_s_government(question, state):
    from chronica.ask.question import parse

    q = parse(question)
    assert any(state in a.ids and a.actor_id != state for a in q.actors)
