"""Session 39 (issue 11, loss class "no claim" of attributes): whose age a source gives when the
person is not written beside it. Three forms of the dev texts (half A: ugatan, sudssd, armtur,
indmal; half B: isrlbn, isrsyr):

- the age hangs on a verb joined to the one that has the subject ("X stepped down in 1985 and
  died in 1999, aged 77"): the first verb's subject (``_clause_subject``);
- the subject is a pronoun: the person the actor resolver gave it, else the sentence's one named
  person, else, with none, the previous sentence's one named person ("Its architect, X, did not
  live to see it. Weeks later he died, at the age of 62");
- the subject is a surname alone after the one full name it ends ("John Garang ... Garang was
  sworn in ..."): that person (``_person_key``).

Sentences written for these tests (made-up names), in the dev texts' styles.
"""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _ages(pipeline, text):
    return [(c.subject[0] if c.subject else None, c.value) for c in pipeline(text)._.claims
            if c.kind == "attribute" and c.topic.startswith("how old")]


@pytest.mark.parametrize("text, who, age", [
    # a joined verb: the first verb's subject (ugatan's and sudssd's encyclopedia form)
    ("Tarvo Menelik led the country for two decades. Tarvo Menelik stepped down as president in 1985 "
     "and died in Dar es Salaam on 14 October 1999, aged 77.", "name:tarvo menelik", "77"),
    ("Oduya Lam was sworn in as vice-president on 9 July 2005, but died on 30 July 2005, aged 60, "
     "when a helicopter carrying him crashed.", "name:oduya lam", "60"),
    ("Walter Brenner resigned from the bench in 1990 and died in Zurich in 2004 at the age of 81.",
     "name:walter brenner", "81"),
    # a pronoun the resolver gives the previous sentence's subject (isrlbn's, armtur's form)
    ("Karim Haddadin was elected president in August 1982. He was assassinated on 14 September 1982, "
     "at the age of 34, when a bomb destroyed the party's offices.", "name:karim haddadin", "34"),
    ("Selim Aramyan founded the weekly in 1996. He was shot dead outside its office on 19 January 2007, "
     "aged 52, by a young gunman.", "name:selim aramyan", "52"),
    # a pronoun with no named person in its sentence: the previous sentence's one person (sudssd)
    ("Its architect on the northern side, Oduya Lam, did not live to see that day. Only three weeks "
     "after he had been sworn in, he died on 30.07.2005 in a helicopter crash, at the age of 62.",
     "name:oduya lam", "62"),
    # a surname alone after the one full name it ends
    ("Oduya Lam led the rebel movement for two decades. Lam was sworn in as vice-president on 9 July "
     "2005, but died in Nairobi on 30 July 2005, aged 60.", "name:oduya lam", "60"),
])
def test_whose_age(pipeline, text, who, age):
    assert (who, age) in _ages(pipeline, text)


@pytest.mark.parametrize("text", [
    # two persons in the previous sentence: the pronoun's is not known
    "Tarvo Menelik and Oduya Lam met in Arusha in 1998. He died a year later, aged 77.",
    # a surname alone after two full names it ends: anyone's
    "Anna Lam and Oduya Lam led the movement. Lam died on 30 July 2005, aged 60.",
    # a pronoun object, not the subject: no one's age from the sentence before
    "Tarvo Menelik ruled for decades. A gunman shot him in 1999, aged 77.",
])
def test_no_age_without_one_person(pipeline, text):
    assert [a for a in _ages(pipeline, text) if a[1] in ("77", "60")] == []


@pytest.mark.parametrize("text, topic, value", [
    # a pronoun subject of "born": the resolver's person (indmal's obituary form)
    ("Adam Nasution served as foreign minister from 1966. He was born on July 22, 1917, in Padang.",
     "where Adam Nasution was born", "Padang"),
])
def test_born_of_a_pronoun(pipeline, text, topic, value):
    assert (topic, value) in [(c.topic, c.value) for c in pipeline(text)._.claims if c.kind == "attribute"]
