"""Session 34 (issue 11, date disagreements missed as "known by wording only"): a date known only
by the wording of its clause that tells a named agreement, resolution or award made by its verb
("the two leaders inked the Morava treaty on 20 July 2001") dates that happening
(:func:`chronica.claims.extract.worded_happening`), and compares with another source's date of it
whatever the wording of the two clauses (:func:`chronica.chronicle.claim_conflicts.same_named_worded`);
a happening's date keeps its clause too, so that a worded date of it still compares by wording.
Every sentence and name here was made up for these tests (none from the shared corpora or the
dev pages)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronica.chronicle.claim_conflicts import _unnamed
from chronica.nlp import load_pipeline
from chronica.stages import STAGES

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def worded_dates(pipeline, text):
    return [(c.happening, c.value) for c in pipeline(text)._.claims if c.kind == "date" and c.by_wording]


# -- the happening a worded date's clause tells: three shapes, and what is not one --------------

@pytest.mark.parametrize("text, key", [
    # a resolution adopted (object of the making verb), told with a relative clause after it
    ("On 14 January 2009 the Security Council adopted Resolution 4417, which demanded a withdrawal "
     "of Osland's troops.", "adopted:4417 resolution"),
    # a treaty inked: a verb of the signing class other than "sign" itself
    ("The prime ministers of Osland and Tervia inked the Morava treaty on 20 July 2001.", "signed:morava"),
    # an award announced: the passive's subject
    ("The First Kelmar Award was announced on 9 November 1938 in the palace at Dorva.",
     "handed down:award first kelmar"),
])
def test_claims_worded_date_tells_a_named_happening(pipeline, text, key):
    assert [h for h, _ in worded_dates(pipeline, text)] == [key]


@pytest.mark.parametrize("text", [
    "On 2 April 2008 Tervian rebels violated the Varna accord and attacked the capital.",  # not made by the verb
    "On 2 April 2008, two weeks after the Varna accord, rebels attacked the capital of Tervia.",  # governed by "after"
    "On 2 April 2008 the Varna accord collapsed when rebels attacked the capital.",  # its end, not its making
    "On 21 March 2008 the two foreign ministers initialled the Varna accord in Dorva.",  # initialled: signed later
    "The Oslander parliament did not adopt Resolution 4417 on 3 May 2009, the minister said.",  # negated
    # the date is the assassination's, hung on its noun, not the signing's
    "After the assassination of President Dano Vell on 16 January 2001, his son signed the Varna agreement of 30 July 2002 with Osland.",
])
def test_claims_worded_date_of_another_act_tells_no_happening(pipeline, text):
    assert [h for h, _ in worded_dates(pipeline, text)] == [None]


def test_claims_happening_date_keeps_its_clause(pipeline):
    """A named happening's date keeps its masked clause (as one named by its place always did), so
    a worded date of it in other words compares by wording."""
    doc = pipeline("The Varna Accord was signed on 13 March 2008 by the presidents of Osland and Tervia.")
    dates = [c for c in doc._.claims if c.kind == "date" and not c.by_wording]
    assert [(c.happening, c.masked) for c in dates] == [
        ("signed:accord varna", "The Varna Accord was signed by the presidents of Osland and Tervia")]


@pytest.mark.parametrize("key, unnamed", [
    ("signed:accord varna", "signed:varna"),  # "the Varna Accord" / "the Varna accord"
    ("adopted:4417 resolution", "adopted:4417"),
    ("handed down:award first kelmar", "handed down:first kelmar"),
    ("signed:accord", "signed:"),  # nothing left to name it: same_happening takes it for none
])
def test_claims_happening_key_without_its_nouns(key, unnamed):
    assert _unnamed(key) == unnamed


# -- end to end: two sources, one happening, two dates --------------------------------------------

CASES = [
    dict(id="accord-named-and-concluded", expect="conflict", kind="date",
         a="The Varna Accord was signed on 13 March 2008 by the presidents of Osland and Tervia.",
         b="On 14 March 2008 the two presidents concluded the Varna accord to stop arming each other's rebels."),
    dict(id="award-announced", expect="conflict", kind="date",
         a="On 2 November 1938 the two foreign ministers announced the First Kelmar Award in the palace at Dorva.",
         b="The First Kelmar Award was announced on 9 November 1938 and handed the southern valleys of Tervia to Osland."),
    dict(id="treaty-inked", expect="conflict", kind="date",
         a="On 20 July 2001 the prime ministers of Osland and Tervia inked the Morava treaty, which gave "
           "Osland most of the lake.",
         b="The Morava treaty was signed on 19 July 2001, after two years of talks between the prime ministers."),
    dict(id="initialled-then-signed", expect="compatible",
         a="On 21 March 2008 the two foreign ministers initialled the Varna accord in Dorva.",
         b="The Varna Accord was signed on 13 April 2008 by the presidents of Osland and Tervia."),
    dict(id="accord-of-a-date-and-concluded", expect="conflict", kind="date",  # one side named by its noun, no clause
         a="The Varna accord of 13 March 2008 ended the border war between Osland and Tervia.",
         b="On 14 March 2008 the two presidents concluded the Varna accord to stop arming each other's rebels."),
    dict(id="two-accords", expect="compatible",
         a="The Varna Accord was signed on 13 March 2008 by the presidents of Osland and Tervia.",
         b="On 20 March 2009 in the Sorel accord the two presidents agreed to reopen their embassies."),
    dict(id="accord-violated", expect="compatible",
         a="The Varna Accord was signed on 13 March 2008 by the presidents of Osland and Tervia.",
         b="On 2 April 2008 Tervian rebels violated the Varna accord and attacked the capital."),
    dict(id="two-named-treaties-worded-alike", expect="compatible",  # the names decide, not the clauses
         a="The Treaty of Varenna was signed on 3 March 1911 by the kings of Osland and Tervia.",
         b="The Treaty of Lorsa was signed on 5 March 1911 by the kings of Osland and Tervia."),
    dict(id="after-the-accord", expect="compatible",
         a="The Varna Accord was signed on 13 March 2008 by the presidents of Osland and Tervia.",
         b="On 2 April 2008, two weeks after the Varna accord, rebels attacked the capital of Tervia."),
]


@needs_minilm
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_claims_worded_happening_dates_end_to_end(case):
    outcome = run_case(case)
    if case["expect"] == "conflict":
        assert outcome.found and not outcome.false, outcome.reported
    else:
        assert outcome.reported == []
