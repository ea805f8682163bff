"""The story time the time tagger carries, each rule a case table of sentences written for these
tests (three constructions or more each):

- a date in an aside ("a minister, born in 1950, ...", "records going back to 1901") is no time
  the story moves to: "that summer" or "the following spring" after it is the story's;
- a day the story moved to from a month it named ("On 10 May 2008 ... the next day") keeps the
  story's months going: a bare month in the next sentence is that year's, not the year of writing.
"""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None) -> str | None:
    for t in tag(text, dct):
        if t.text == phrase:
            return t.value
    raise AssertionError(f"{phrase!r} not tagged in {[(t.text, t.value) for t in tag(text, dct)]}")


#: (text, document date, the expression, its value): the aside's year does not anchor it
ASIDE_CASES = [
    # a reduced relative clause: a person's birth
    ("Fighting broke out on 10 June 2008. The president of Borduria, born in 1946 in Szohod, denied "
     "any part in it. A fact-finding mission visited the border later that summer.",
     "2017-07-11", "that summer", "2008-SU"),
    ("In 1990 the river flooded the valley. A minister, born in 1950, resigned that summer.",
     None, "that summer", "1990-SU"),
    # a participle phrase of how far back a record reaches
    ("On 23 September 2013 the court ruled on the case. The judges ordered a review of registries "
     "going back to 1929. The neighbour recalled its ambassador that autumn.",
     "2023-10-12", "that autumn", "2013-FA"),
    ("In 1931 the archive was moved to the capital, with records dating back to 1801. "
     "That autumn a fire destroyed the east wing.", None, "That autumn", "1931-FA"),
    # a present-tense background clause
    ("The dispute flared again in March 1984; the claim dates back to 1880. The following spring "
     "both sides withdrew.", None, "The following spring", "1985-SP"),
]


@pytest.mark.parametrize("text,dct,phrase,value", ASIDE_CASES)
def test_an_aside_year_does_not_anchor_the_story(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: the story does move to a year told in its own clause, also after such words elsewhere
STORY_CASES = [
    ("We go back to 1945. In August, the war ended.", None, "August", "1945-08"),
    ("The envoy was born in Tarsa. In 1961 he returned and that summer he resigned.", None, "that summer", "1961-SU"),
    ("The siege of 1812 was long remembered. On 1 May of that year the town fell.", None, "1 May of that year",
     "1812-05-01"),
    # a birth told in its own clause: a state's, and a person's in an obituary
    ("The border was drawn in 1893. When Pakistan was born in 1947, Kabul objected, and it withdrew its vote "
     "in November of that year.", None, "November of that year", "1947-11"),
    ("Haller died on Sunday. He was born in 1921 in Tarsa. That autumn his family moved to the coast.",
     "2003-03-02", "That autumn", "1921-FA"),
]


@pytest.mark.parametrize("text,dct,phrase,value", STORY_CASES)
def test_a_year_the_story_tells_still_anchors(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (text, document date, the bare month, its value): the story's day moved by "the next day" (or
#: "the following week", "two days later") keeps its months going into the next sentence
MONTHS_GO_ON_CASES = [
    ("On May 10, 2008, rebels attacked the capital, and the government cut ties the next day. "
     "The break lasted six months, until ambassadors were exchanged again in November.",
     "2015-06-02", "November", "2008-11"),
    ("The talks opened on 3 March 2019 and collapsed the following week. The envoys met again in June.",
     "2021-01-10", "June", "2019-06"),
    ("Troops crossed the river on 14 April 2016. Two days later the town fell. In September they withdrew.",
     "2019-05-01", "September", "2016-09"),
]


@pytest.mark.parametrize("text,dct,phrase,value", MONTHS_GO_ON_CASES)
def test_a_day_the_story_moved_to_keeps_its_months(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: news telling its own days keeps to the document date
NEWS_CASES = [
    ("The company said on Monday it expects profits to rise. In November, it will report.",
     "2015-06-02", "November", "2015-11"),
    ("Parliament met on 3 April 2019 and voted the following day. Since then nothing has moved. "
     "In June the opposition walked out.", "2019-07-01", "June", "2019-06"),
]


@pytest.mark.parametrize("text,dct,phrase,value", NEWS_CASES)
def test_news_months_keep_the_document_date(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value
