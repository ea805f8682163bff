"""How much of a whole an act covered, said on the verb's subject or on the object of a
preposition on it ("all the lorries had gone", "most of the villages voted no", "backed by
most of the members", "withdrew from all of the committees"), and two such scopes of one whole that no
event ties compared by the clauses that state them. Every sentence is invented for these tests."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle import build_chronicle  # noqa: E402
from chronica.chronicle.model import DocumentInfo  # noqa: E402
from chronica.nlp import load_pipeline  # noqa: E402
from chronica.stages import STAGES  # noqa: E402


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def scopes(pipeline, text):
    return [(c.value, c.obj) for c in pipeline(text)._.claims if c.kind == "scope"]


@pytest.mark.parametrize("text, expected", [
    ("All Norwegian soldiers had left the valley by 3 May 1951.", [("all", "soldier")]),
    ("The bulk of the Norwegian soldiers were withdrawn by 3 May 1951.", [("bulk", "soldier")]),
    ("Most of the Kenyan engineers then returned to the coast.", [("most", "engineer")]),
    ("All of the coastal districts voted against the merger.", [("all", "district")]),
    ("Every Kenyan lorry had gone home by June 1988.", [("every", "lorry")]),
    ("The budget was backed by most of the members of the assembly.", [("most", "member")]),
    ("Aldoria would withdraw from all of the league's committees.", [("all", "committee")]),
])
def test_scope_on_the_subject_or_a_prepositions_object(pipeline, text, expected):
    assert scopes(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Most analysts believe that the talks failed.",  # a saying or believing verb's subject
    "The siege lasted for most of 1990.",  # a time
    "Aldoria renounced for all time any claim on the islands.",  # "for all time"
    "All of them had gone home by August 1994.",  # a pronoun names no whole
    "Some early reports had 24 May as the date.",  # a light verb's subject
])
def test_no_scope_of_a_sayer_a_time_or_a_pronoun(pipeline, text):
    assert scopes(pipeline, text) == []


DOCS = [DocumentInfo(id=i) for i in (1, 2)]


def _scope_disagreements(pipeline, first, second):
    mentions, claims = [], []
    for doc_id, text in ((1, first), (2, second)):
        doc = pipeline(text)
        mentions += [dataclasses.replace(e, document_id=doc_id) for e in doc._.events]
        claims += [dataclasses.replace(c, document_id=doc_id) for c in doc._.claims]
    return [d for d in build_chronicle(mentions, DOCS, claims=claims).disagreements if d.kind == "scope"]


@needs_minilm
@pytest.mark.parametrize("first, second, disagree", [
    ("All of the coastal districts voted against the merger in the 1974 referendum.",
     "Most of the coastal districts voted against the merger in the 1974 referendum.", True),
    ("Norwegian gunboats destroyed the entire Aldorian fishing fleet in 1961.",
     "Norwegian gunboats destroyed most of the Aldorian fishing fleet in 1961.", True),
    ("In 1979 all Kenyan troops had left the valley.",
     "In 1979 the bulk of the Kenyan troops had gone home from the valley.", True),
    # verbs of other blocks: two acts ("halted" / "produced", "gave" / "claimed")
    ("Aldoria halted its entire copper output in March 2003.",
     "The mine, which produced about half of Aldoria's copper output, was flooded in March 2003.", False),
    ("In 1990 the draft accord would have given Aldoria most of the lake.",
     "In 1990 Aldoria claimed the whole lake.", False),
    # the same whole, other acts: two happenings, no disagreement
    ("All of the coastal districts voted against the merger in the 1974 referendum.",
     "Most of the coastal districts suffered floods in 1974.", False),
    # scopes that fit: "all" and "every"
    ("All of the coastal districts voted against the merger in the 1974 referendum.",
     "Every coastal district voted against the merger in the 1974 referendum.", False),
])
def test_two_scopes_of_one_whole_no_event_ties(pipeline, first, second, disagree):
    assert bool(_scope_disagreements(pipeline, first, second)) is disagree
