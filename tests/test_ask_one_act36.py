"""A stored date answers a claim check only when its clause states the claim's act
(:func:`chronica.ask.answer.one_act`): the claims stage may read two clauses as one thing by
their wording ("addressed the parliament in April" and "crossed into India on 31 March"), and
the date of the one then contradicted the other, which no source mentions. Sentences are the project's own, in the shapes of three dev subjects'
checks (a parliament addressed by a visitor, not his crossing into the country or what a premier
told it; an assembly addressed, not the visit that opened; an ambassador recalled, told as
withdrawn)."""

from __future__ import annotations

import pytest

from chronica.ask.answer import one_act
from chronica.claims.model import SentenceClaim


def _claim(kind: str, predicate: str | None, sentence: str = "s") -> SentenceClaim:
    c = SentenceClaim(0, 0, sentence, 0, len(sentence), kind, "when: x", "1976", 0, 1)
    c.predicate = predicate
    return c


CASES = [
    # another act the claims stage reads alike: no word on the asked one
    ("date", "address", "tell", False),  # "addressed parliament" / "the premier told parliament"
    ("date", "address", "cross", False),  # "addressed parliament in April" / "crossed into India in March"
    ("date", "address", "open", False),  # "addressed the assembly" / "the visit opened the way"
    # the same act, by its word or one of its family
    ("date", "sign", "sign", True),
    ("date", "sign", "signature", True),  # "signed" / "the signature of the accord"
    ("date", "invade", "invasion", True),
    ("date", "mediate", "broker", True),  # one act in the ontology's forms
    ("date", "recall", "withdraw", True),  # "recalled its ambassador" / "withdrew its ambassador": CAMEO 161
    # one CAMEO act (057), but the ontology names ratifying a step of its own (``act: ratify``,
    # session 40: tests/test_ask_same_act40.py): a ratification's date is no date of the signing
    ("date", "sign", "ratify", False),
    # no predicate to compare, or a claim of another kind: as the claims layer matched it
    ("date", None, "sign", True),
    ("count", "kill", "die", True),
    # a clause of a light verb tells no act ("ASEAN had six founding members" / "were among the
    # five founding members"): as the claims layer matched it
    ("date", "have", "be", True),
    ("date", "have", "found", True),
]


@pytest.mark.parametrize("kind, asked, stored, same", CASES)
def test_one_act(kind, asked, stored, same):
    assert one_act(_claim(kind, asked), _claim(kind, stored)) is same
