"""Dates of named happenings whose names differ only by what the names leave out (session 56,
:func:`chronica.chronicle.claim_conflicts.same_happening_date`, :func:`_nameless`): "the Treaty of
Varna" and "the treaty signed in Varna" name one signing once the nouns that say what it is are
left out (:func:`_unnamed`), at dates a slip apart (:data:`MAX_DATED_HAPPENING_GAP_DAYS`); a key
that names nothing ("signed:treaty", or a month taken for a place: "signed in June") is compared
as a worded date, not by its name. Dev: a treaty, an armistice and an agreement on trade each told
with and without its name (three subjects) were kept apart by the names alone. Invented cases."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim


def _date(doc: int, value: str, happening: str) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence="x", sentence_start=0, sentence_end=1,
                         kind="date", topic="when", value=value, start=0, end=1, date=value, earliest=value,
                         latest=value, stated=True, happening=happening)


CASES = [
    ("a name with and without its noun, a day apart", "signed:treaty varna", "1829-09-22",
     "signed:varna", "1829-09-23", True),
    ("the same name, months apart (its own rule)", "signed:treaty varna", "1829-09-22",
     "signed:treaty varna", "1830-02-01", True),
    ("a name with and without its noun, months apart", "signed:treaty varna", "1829-09-22",
     "signed:varna", "1830-02-01", False),
    ("different names", "signed:treaty varna", "1829-09-22", "signed:kelmar", "1829-09-23", False),
    ("a key with no name", "signed:treaty", "1829-09-22", "signed:treaty varna", "1829-09-23", False),
]


@pytest.mark.parametrize("case, ka, da, kb, db, one", CASES, ids=[c[0] for c in CASES])
def test_same_happening_date_unnamed(case: str, ka: str, da: str, kb: str, db: str, one: bool) -> None:
    a, b = _date(1, da, ka), _date(2, db, kb)
    assert cc.same_happening_date(a, b, None) is one
    assert cc.same_happening_date(b, a, None) is one


@pytest.mark.parametrize("key, nameless", [
    ("signed:treaty", True), ("signed:june", True), ("signed:agreement", True), ("signed:varna", False),
    ("signed:treaty varna", False), ("adopted:resolution", True), ("adopted:12 resolution", False),
])
def test_nameless(key: str, nameless: bool) -> None:
    assert cc._nameless(key) is nameless
