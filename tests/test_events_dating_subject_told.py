"""A happening named as the active subject of a verb that tells it ("A ceasefire followed in April
1963", "The summit followed six weeks later") takes that verb's time: the verb is its occurrence,
not a reaction to it. As the object of such a verb it keeps no date of the verb's ("observers
followed the talks closely on Monday" is the observers' time). Case tables from texts written for
these tests in the style of the dev texts (a border accord after talks, a second filling of a dam,
a truce after a border war)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


def _dates(nlp, text: str, trigger: str) -> list[str | None]:
    doc = nlp.make_doc(text)
    doc._.dct = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [e.date for e in extract_events(doc, dct=None) if e.trigger == trigger]


#: (text, trigger, date): the happening that "followed" at a time happened then
SUBJECT_CASES = [
    ("Fighting broke out in March 1963, and a ceasefire followed in April 1963.", "ceasefire", "1963-04"),
    ("Talks opened in Bangkok in May 1965. A peace treaty followed in Manila on September 4, 1965.",
     "treaty", "1965-09-04"),
    ("Syria and Lebanon signed a treaty of brotherhood in May 1991, and a defence agreement followed "
     "on 1 September 1991.", "agreement", "1991-09-01"),
]


@pytest.mark.parametrize("text,trigger,date", SUBJECT_CASES)
def test_a_happening_that_followed_has_the_time_it_followed_at(full, text, trigger, date):
    assert date in _dates(full, text, trigger)


#: (text, trigger): a happening that is the reaction verb's object keeps no date of the verb's
OBJECT_CASES = [
    ("The peace talks opened in 1989. Diplomats in Geneva followed the talks closely on 3 May 1990.", "talks"),
]


@pytest.mark.parametrize("text,trigger", OBJECT_CASES)
def test_a_happening_followed_by_someone_keeps_its_own_time(full, text, trigger):
    assert "1990-05-03" not in _dates(full, text, trigger)
