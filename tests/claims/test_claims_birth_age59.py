"""Session 59 (issue 11, attribute disagreements): where a person was born and how old they were,
read in more of the ways sources write them, and two birthplaces of one state compared.

Three rules, one table each (sentences written for these tests: made-up people and places):

- birthplace: a common-noun subject's appositive name ("Its first president, X, was born in Y"),
  "born at Y", a town the tagger takes for a person, "born in a village in Y", "X, a native of Y";
- two birthplaces of one person in one state (or of no known state) disagree when they are two
  places: neither is a state, their names share no word and neither is written with the other
  place (a town and its province are one answer);
- age: "X, a 42-year-old former officer" (the name the noun is in apposition with), "X, then only
  41,", a spelled age ("the sixty-eight-year-old X"), and "He was 35 years old." / "He was 99."
  after a sentence about the person, dated by the date the document wrote last (a subject pronoun
  followed back over sentences whose subject is the same pronoun, to the subject's name).
"""

from __future__ import annotations

import pytest

from chronica.claims.model import SentenceClaim
from chronica.claims.rules import conflict
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _claims(pipeline, text, head):
    return [(c.subject[0] if c.subject else None, c.value, c.earliest) for c in pipeline(text)._.claims
            if c.kind == "attribute" and c.topic.startswith(head)]


@pytest.mark.parametrize("text, who, place", [
    ("The party's founder, Tomas Verhoef, was born in Kesselburg, a river port, and studied law.",
     "name:tomas verhoef", "Kesselburg"),
    ("Marta Ilunga was born at Kesselburg in 1921 and taught in the capital.", "name:marta ilunga", "Kesselburg"),
    ("Marta Ilunga was born in a village in Ostravia and taught in the capital.", "name:marta ilunga", "Ostravia"),
    ("The republic's first president, Oduya Lam, a native of Port Varna, led the delegation.",
     "name:oduya lam", "Port Varna"),
    ("Oduya Lam was a native of Kesselburg and a teacher by training.", "name:oduya lam", "Kesselburg"),
])
def test_birthplace_read(pipeline, text, who, place):
    assert (who, place) in [(w, v) for w, v, _ in _claims(pipeline, text, "where ")]


@pytest.mark.parametrize("text, where", [
    ("Marta Ilunga was born in Kesselburg in the Ostravia province in 1921.", {"Kesselburg", "Ostravia"}),
    ("Marta Ilunga was born in Kesselburg, and she wanted Lindau for her party.", {"Kesselburg"}),
])
def test_birthplace_phrase(pipeline, text, where):
    [c] = [c for c in pipeline(text)._.claims if c.kind == "attribute" and c.topic.startswith("where ")]
    assert set(c.where) == where


@pytest.mark.parametrize("text", [
    # born in a year, not a place
    "Tomas Verhoef was born in 1921 and studied law.",
    # "native" of no place named
    "The guide, a native speaker, led the delegation.",
    # a native plant, not a person
    "The farmers planted a native of the southern hills.",
])
def test_no_birthplace(pipeline, text):
    assert _claims(pipeline, text, "where ") == []


def _born(doc, sentence, value, obj=None, state=False, where=None):
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="attribute", topic="where Tomas Verhoef was born",
                         value=value, start=0, end=1, subject=["name:tomas verhoef"], obj=obj,
                         qualifier="state" if state else None, where=where or [value])


@pytest.mark.parametrize("a, b, disagree", [
    # two towns of no known state, neither in the other's sentence
    (_born(1, "Tomas Verhoef was born in Kesselburg.", "Kesselburg"),
     _born(2, "Tomas Verhoef, a native of Port Varna, led the party.", "Port Varna"), True),
    # two towns of one state
    (_born(1, "Tomas Verhoef was born in Kesselburg.", "Kesselburg", "AUT"),
     _born(2, "Tomas Verhoef was born in Lindau.", "Lindau", "AUT"), True),
    # two states
    (_born(1, "Tomas Verhoef was born in Kesselburg.", "Kesselburg", "AUT"),
     _born(2, "Tomas Verhoef was born in Lindau.", "Lindau", "DEU"), True),
    # the town and its province: the province is written with the town
    (_born(1, "Tomas Verhoef was born in Kesselburg in Ostravia province.", "Kesselburg",
           where=["Kesselburg", "Ostravia"]),
     _born(2, "Tomas Verhoef was born in Ostravia.", "Ostravia"), False),
    # the other town written in the sentence, but not where he was born
    (_born(1, "Tomas Verhoef was born in Kesselburg, and he wanted Lindau for his party.", "Kesselburg"),
     _born(2, "Tomas Verhoef was born in Lindau.", "Lindau"), True),
    # the state itself holds every town in it
    (_born(1, "Tomas Verhoef was born in Kesselburg.", "Kesselburg", "AUT"),
     _born(2, "Tomas Verhoef was born in Austria.", "Austria", "AUT", state=True), False),
    # one name spelt two ways, or written longer
    (_born(1, "Tomas Verhoef was born in Kesselburg.", "Kesselburg"),
     _born(2, "Tomas Verhoef was born in Keselburg.", "Keselburg"), False),
    (_born(1, "Tomas Verhoef was born in Varna.", "Varna"),
     _born(2, "Tomas Verhoef was born in Port Varna.", "Port Varna"), False),
])
def test_birthplaces_compared(a, b, disagree):
    assert (conflict(a, b) is not None) is disagree
    assert (conflict(b, a) is not None) is disagree


@pytest.mark.parametrize("text, who, age, day", [
    ("Oduya Lam, a 42-year-old former customs officer, became prime minister in May 2004.",
     "name:oduya lam", "42", None),
    ("On 3 May 1986 General Joseph Okello, then only 41, took power in the capital.",
     "name:joseph okello", "41", None),
    ("On 9 May 1908 the assembly voted for a new flag, chaired by the sixty-eight-year-old Joseph Okello.",
     "name:joseph okello", "68", None),
    ("Tomas Verhoef was shot in Kesselburg on 4 March 1977. He was 52 years old.",
     "name:tomas verhoef", "52", "1977-03-04"),
    ("Tomas Verhoef was arrested in May 1977. On 4 June 1977 he was flown to the coast and killed. "
     "He was 35 years old.", "name:tomas verhoef", "35", "1977-06-04"),
    ("Tomas Verhoef died in Kesselburg in 1977. He was 99, or so his friends said.",
     "name:tomas verhoef", "99", "1977-01-01"),
])
def test_age_read(pipeline, text, who, age, day):
    found = _claims(pipeline, text, "how old ")
    assert (who, age) in [(w, v) for w, v, _ in found]
    if day is not None:
        assert [e for w, v, e in found if v == age][0][:10] == day


@pytest.mark.parametrize("text", [
    # two people in the sentence before: whose age is not known
    "Tarvo Menelik and Oduya Lam met in Kesselburg in 1998. He was 77 years old.",
    # a figure that is no age
    "The toll was 300, or so the ministry said.",
    # past a sentence of the pronoun alone, a named person who is not the subject
    "The old chief lost the vote to Oduya Lam in 1994. He died in 1997. He was 91.",
    # a pronoun with no person told before it
    "The ship sank in 1977. It was 40 years old.",
])
def test_no_age(pipeline, text):
    assert _claims(pipeline, text, "how old ") == []
