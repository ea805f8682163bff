"""Who signed for a side and who led a side's force, in the dev texts' other wordings (session 44).

- "put his name to X" signs X (``doers.signing_idioms``): zafago ("with X putting his name to the
  deal"), egylby ("with X putting his name to it"), idntls ("with foreign ministers X and Y putting
  their names to ..."); also iraniraq, sudssd ("X and Y put their names to the accords").
- "on X's behalf" / "on behalf of X" says the side signed for, as "for" does
  (``doers.signed_for_phrases``): chnind ("signed on India's behalf by X"), egysdn ("which he signed
  on behalf of the Egyptian side"), zafago ("signed on its behalf by X": no state, no side).
- a led noun with "under" a person is led by that person (``doers.leading_prepositions``): idntls
  ("the multinational force under General X landed"), haidom ("Haitian forces under President X"),
  egysdn ("an Anglo-Egyptian army under X"), perecuador, nldidn; an armed force the actor stage
  knows is its state's side (``doers.led_as_state``).

Sentences written for these tests, in the dev texts' shapes (names invented).
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict


def _agents(full, text, prefix):
    return sorted((c.topic, tuple(c.persons)) for c in full(text)._.claims
                  if c.kind == "agent" and c.topic.startswith(prefix))


@pytest.mark.parametrize("text, expected", [
    # "with X putting his name to the deal" (zafago shape)
    ("The accords were signed in December 1988, with Chile's defence minister Karl Hollen putting his "
     "name to the deal.", [("who signed for CHL: deal", ("name:karl hollen",))]),
    # "X and Y put their names to the accords" (sudssd, iraniraq shapes)
    ("Chile's Karl Hollen and Peru's Ivan Petrov put their names to the accords at a hotel in Vienna.",
     [("who signed for CHL: accord", ("name:karl hollen",)), ("who signed for PER: accord", ("name:ivan petrov",))]),
    # "with foreign ministers X of A and Y of B putting their names to" (idntls shape)
    ("The agreements were signed in 1990, with foreign ministers Karl Hollen of Chile and Ivan Petrov of "
     "Peru putting their names to the treaty.",
     [("who signed for CHL: treaty", ("name:karl hollen",)), ("who signed for PER: treaty", ("name:ivan petrov",))]),
])
def test_putting_ones_name_to_signs(full, text, expected):
    assert _agents(full, text, "who signed for ") == expected


@pytest.mark.parametrize("text", [
    "Chile's Karl Hollen put his feet up after the talks in 1990.",  # not the idiom's object
    "Chile's Karl Hollen put his name to a petition in 1990.",  # not a signed thing
    "Chile's Karl Hollen would put his name to the treaty only in 1990.",  # not done
])
def test_no_signing_without_the_idiom(full, text):
    assert _agents(full, text, "who signed for ") == []


@pytest.mark.parametrize("text, expected", [
    # "signed on X's behalf by Y" (chnind shape)
    ("The agreement was signed on Chile's behalf by Minister of State Karl Hollen.",
     [("who signed for CHL: agreement", ("name:karl hollen",))]),
    # "signed ... on behalf of the X side" (egysdn shape, a named signer)
    ("In 1990 Karl Hollen signed the treaty on behalf of the Chilean side.",
     [("who signed for CHL: treaty", ("name:karl hollen",))]),
    ("In 1990 Karl Hollen signed the treaty on behalf of Chile.",
     [("who signed for CHL: treaty", ("name:karl hollen",))]),
    # "on its behalf" (zafago shape): no state named, no side
    ("The report was signed on its behalf by Karl Hollen, Chief Executive.", []),
])
def test_the_side_signed_on_behalf_of(full, text, expected):
    assert _agents(full, text, "who signed for ") == expected


@pytest.mark.parametrize("text, expected", [
    # "the multinational force under General X landed" (idntls shape)
    ("On 20 September 1999 the Australian-led multinational force under Major General Karl Hollen landed.",
     [("who led for AUS: force", ("name:karl hollen",))]),
    # "an X army under Y defeated" (egysdn, perecuador shapes)
    ("In 1898 a British army under Herbert Lumley defeated the rebels at Omdurman.",
     [("who led for GBR: army", ("name:herbert lumley",))]),
    # "X forces under President Y took" (haidom, nldidn shapes)
    ("Chilean forces under President Ivan Petrov took the capital in 1822.",
     [("who led for CHL: force", ("name:ivan petrov",))]),
    # "under" naming no person leads nothing
    ("The province remained under Chilean administration for twenty years.", []),
    ("Chilean forces under heavy fire withdrew in 1822.", []),
])
def test_a_force_under_a_person(full, text, expected):
    assert _agents(full, text, "who led for ") == expected


def test_two_commanders_of_one_force_disagree(full):
    a = "On 20 September 1999 the Australian-led multinational force under Major General Karl Hollen landed."
    b = "On 20 September 1999 the Australian-led force, commanded by Major General Ivan Petrov, landed."
    [ca] = [c for c in full(a)._.claims if c.topic.startswith("who led for ")]
    [cb] = [c for c in full(b)._.claims if c.topic.startswith("who led for ")]
    assert ca.topic == cb.topic and conflict(ca, cb)
