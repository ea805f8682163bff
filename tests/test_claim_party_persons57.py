"""Who stood for a party of one act: two lists of the same two states, each state named by one
person, one person in common and the other different ("X and Y signed" / "Y and Z signed", X and Z
of one state) cannot both be right (session 57, :func:`chronica.claims.rules.check_participants`;
the persons of a list: :func:`chronica.claims.extract._party_persons`).

Dev (dev r26-r43 annotated again): a ceasefire signed by one head of state with the other side's
president or its prime minister, a memorial unveiled by one president with another's president or
his successor, a treaty signed by one prime minister with the other side's prime minister or its
president (three subjects, each one gold disagreement). Invented sentences and names."""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import check_participants
from chronica.nlp import load_pipeline


def _parties(doc: int, value: str, subject: list[str], persons: list[str], qualifier: str | None = None) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=value, sentence_start=0, sentence_end=len(value),
                         kind="participants", topic="who took part: sign", value=value, start=0, end=1,
                         subject=subject, persons=persons, qualifier=qualifier)


ALDER_BRENN = _parties(1, "Ivo Alder, Mara Brenn", ["ARD", "BRN"], ["id:ivo_alder", "id:mara_brenn"])

# (case, claim a, claim b, conflict?)
CASES = [
    ("one party's person differs", ALDER_BRENN,
     _parties(2, "Mara Brenn, Tomas Corvin", ["ARD", "BRN"], ["id:mara_brenn", "id:tomas_corvin"]), True),
    ("one person written by surname only", ALDER_BRENN,
     _parties(2, "Brenn, Tomas Corvin", ["ARD", "BRN"], ["name:brenn", "id:tomas_corvin"]), True),
    ("the same persons", ALDER_BRENN,
     _parties(2, "Mara Brenn, Ivo Alder", ["ARD", "BRN"], ["id:mara_brenn", "id:ivo_alder"]), False),
    ("no person in common", ALDER_BRENN,
     _parties(2, "Lena Dorr, Tomas Corvin", ["ARD", "BRN"], ["id:lena_dorr", "id:tomas_corvin"]), False),
    ("a party not named by a person", ALDER_BRENN,
     _parties(2, "Ardenia, Mara Brenn", ["ARD", "BRN"], []), False),
    ("other states", ALDER_BRENN,
     _parties(2, "Mara Brenn, Tomas Corvin", ["BRN", "CRV"], ["id:mara_brenn", "id:tomas_corvin"]), False),
]


@pytest.mark.parametrize("case, a, b, clash", CASES, ids=[c[0] for c in CASES])
def test_party_persons_conflict(case: str, a: SentenceClaim, b: SentenceClaim, clash: bool) -> None:
    assert (check_participants(a, b) is not None) is clash
    assert (check_participants(b, a) is not None) is clash


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(("chronica_time", "chronica_actors", "chronica_events", "chronica_claims"))


@pytest.mark.parametrize("text, persons", [
    ("On 3 May 1984 Bob Hawke and Brian Mulroney signed the river accord.", 2),
    ("On 3 May 1984 Australia and Canada signed the river accord.", 0),
])
def test_the_persons_of_a_list(nlp, text: str, persons: int) -> None:
    """A list of parties each named by a person keeps the persons; a list of states keeps none."""
    doc = nlp(text)
    lists = [c for c in doc._.claims if c.kind == "participants"]
    assert lists and len(lists[0].persons) == persons
