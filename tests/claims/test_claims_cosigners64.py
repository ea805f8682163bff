"""Signatories the parse hangs away from the signing verb (session 64, issue 11: who did it).

"X signed the communique with Y": the parser most often hangs "with Y" on the thing signed, not
on the verb, so Y was no signatory; now a "with" on the verb's object names one too. "It was X
who signed", "X, who signed ...": the subject is a relative pronoun, and its noun (as the agent
finder reads it, :func:`chronica.claims.extract._antecedent`) is the signer
(:func:`chronica.claims.extract.find_signatories`). Every sentence is invented for these tests
(real persons, invented signings).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict


def signers(full, text):
    return sorted((c.topic, c.persons[0]) for c in full(text)._.claims
                  if c.kind == "agent" and c.topic.startswith("who signed for "))


@pytest.mark.parametrize("text, expected", [
    # "with" on the thing signed
    ("In 1958 Kwame Nkrumah signed a trade communique with Jawaharlal Nehru in Accra.",
     [("who signed for IND: communique", "id:jawaharlal_nehru")]),
    # a relative pronoun's noun signed, and the one after "with" on the thing signed
    ("It was Jawaharlal Nehru who signed the trade agreement with Boris Yeltsin in 1958.",
     [("who signed for IND: agreement", "id:jawaharlal_nehru"),
      ("who signed for RUS: agreement", "id:boris_yeltsin")]),
    ("Jawaharlal Nehru, who signed the trade agreement in 1958, died in 1964.",
     [("who signed for IND: agreement", "id:jawaharlal_nehru")]),
])
def test_signers_away_from_the_verb(full, text, expected):
    assert signers(full, text) == expected


@pytest.mark.parametrize("text", [
    # "with" a state, not a person: no signatory
    "In 1958 Kwame Nkrumah signed the trade agreement with India for the supply of rice.",
    # "with" on a noun that is no object of the signing
    "In 1958 the trade agreement with Jawaharlal Nehru was discussed in Accra.",
])
def test_no_signer_from_with(full, text):
    assert signers(full, text) == []


def test_two_cosigners_for_one_state_disagree(full):
    a = "In May 1958 Kwame Nkrumah signed the trade communique with Jawaharlal Nehru in Accra."
    b = "In May 1958 the trade communique was signed in Accra by Indira Gandhi for India."
    [ca] = [c for c in full(a)._.claims if c.topic.startswith("who signed for IND")]
    [cb] = [c for c in full(b)._.claims if c.topic.startswith("who signed for IND")]
    assert ca.topic == cb.topic
    assert conflict(ca, cb) is not None


def test_one_thing_signed_however_accented(full):
    # "communiqué" / "communique": one object, so two signers for one state disagree
    a = "In May 1958 Kwame Nkrumah signed the trade communiqué with Jawaharlal Nehru in Accra."
    b = "In May 1958 the trade communique was signed in Accra by Indira Gandhi for India."
    [ca] = [c for c in full(a)._.claims if c.topic.startswith("who signed for IND")]
    [cb] = [c for c in full(b)._.claims if c.topic.startswith("who signed for IND")]
    assert ca.obj == cb.obj == "communique"
    assert conflict(ca, cb) is not None
