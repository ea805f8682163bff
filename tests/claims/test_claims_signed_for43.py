"""The state a signatory signed for, as written with "for" (session 43).

A signatory's state came from the words written with the name ("Estonia's X", "X of Estonia",
"Estonian Foreign Minister X") or the knowledge base's state of the person. The dev texts often
say it with "for": usavnm ("X signed the agreement for the United States"), philmys ("X signed the
Declaration for Manila", "was signed for the Philippines by Y"), idntls ("by X for Indonesia and
by Y for Portugal"). A person the knowledge base does not know then gave no claim. Now a "for"
whose object is a state, its seat or its government, on the person or, when one person signed, on
the verb or what was signed, is the state signed for
(:func:`chronica.claims.extract._signed_for`).

Sentences written for these tests, in the dev texts' shapes (names invented).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict



def _signers(full, text):
    return sorted((c.topic, c.persons[0]) for c in full(text)._.claims
                  if c.kind == "agent" and c.topic.startswith("who signed for "))


@pytest.mark.parametrize("text, expected", [
    # "for" on what was signed (usavnm shape)
    ("In 1973 Secretary of State Walter Brandt signed the agreement for the United States.",
     [("who signed for USA: agreement", "name:walter brandt")]),
    # "for" the capital (philmys shape)
    ("On 8 August 1967 Pedro Santos signed the Bangkok Declaration for Manila.",
     [("who signed for PHL: declaration", "name:pedro santos")]),
    # "for" on the passive verb, its agent after (philmys shape)
    ("In 1967 the Bangkok Declaration was signed for the Philippines by Carlos Reyes.",
     [("who signed for PHL: declaration", "name:carlos reyes")]),
    # "for" on the agent itself (idntls shape)
    ("The agreements were signed on 4 May 1999 by Adi Susanto for Indonesia.",
     [("who signed for IDN: agreement", "name:adi susanto")]),
])
def test_the_state_signed_for(full, text, expected):
    assert _signers(full, text) == expected


@pytest.mark.parametrize("text", [
    # "for" names no state
    "In 1973 Walter Brandt signed the agreement for the release of the prisoners.",
    # two signers and one "for" on the verb: whose state it is is not written
    "In 1973 the agreement was signed for the United States by Walter Brandt and Pedro Santos.",
])
def test_no_state_from_for(full, text):
    assert _signers(full, text) == []


def test_signers_for_one_state_disagree(full):
    a = "On 8 August 1967 Pedro Santos signed the Bangkok Declaration for Manila."
    b = "On 8 August 1967 the Bangkok Declaration was signed for the Philippines by Carlos Reyes."
    [ca] = [c for c in full(a)._.claims if c.topic.startswith("who signed for ")]
    [cb] = [c for c in full(b)._.claims if c.topic.startswith("who signed for ")]
    assert ca.topic == cb.topic and conflict(ca, cb)
