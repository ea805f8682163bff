"""A part of a question actor's hyphenated name is a word of that name, not a proper noun no actor
covers (:func:`chronica.ask.reading.unresolved_names`): the tokenizer splits "Laurent-Désiré
Kabila" at the hyphen, and a sentence stating the act had to write "Laurent" and "Désiré" as
well as name Kabila ("Kabila's forces entered Kinshasa" was never read). Names in the shapes of
dev subjects' people (Congolese, Ugandan, Korean, Ecuadorian); a name no actor holds stays."""

from __future__ import annotations

import pytest

from chronica.ask.question import parse
from chronica.ask.reading import unresolved_names

CASES = [
    ("When did Laurent-Désiré Kabila's forces enter Kinshasa?", "Laurent-Désiré Kabila"),
    ("When did David Oyite-Ojok lead the invasion of Uganda?", "David Oyite-Ojok"),
    ("When did Lee Hu-rak travel to Pyongyang?", "Lee Hu-rak"),
    ("When did Sixto Durán-Ballén order the troops to the Cenepa?", "Sixto Durán-Ballén"),
]


@pytest.mark.parametrize("question, name", CASES)
def test_a_hyphenated_name_s_parts_are_the_actor_s(question, name):
    q = parse(question)
    actor = next((a for a in q.actors if a.text == name), None)
    if actor is None:
        pytest.skip(f"the actors stage reads no {name} here")
    parts = {p.casefold() for p in name.replace("-", " ").split()}
    assert not parts & set(unresolved_names(q))


def test_a_name_no_actor_holds_stays():
    # "the Third Cod War": no actor; its words are names a sentence must write
    q = parse("When was the Oslo agreement that ended the Third Cod War signed?")
    assert {"cod", "war"} <= set(unresolved_names(q))
