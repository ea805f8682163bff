"""Where the story's year stands after a quotation and after a season, each a case table of
sentences written for these tests (made-up names).

1. A date told inside a direct quotation is the quoted voice's (:func:`chronica.time.tagger.quotations`):
   inside the quotation it anchors as any date does, and where the quotation closes the
   narrator's story resumes from where it was - a bare day after it is not the quotation's year.
2. A bare month told in the sentence after a season or part of a year written with its year
   ("the spring of 2008", "the first half of 2011"), in a year before the document's and falling
   inside that part, is of that part's year (``_Resolver._inside_told_season``), as the months of
   a month written with its year go on in its year.
"""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.tagger import quotations


def _value(text: str, phrase: str, dct: str | None) -> str:
    found = {t.text: t.value for t in tag(text, dct)}
    assert phrase in found, found
    return found[phrase]


QUOTED = [
    # a caption quoted in a post, then the narrator's own day (written 2023-06-14)
    ('A post shows a map with the caption: "Our grandfathers sold the valley in 1959." Many readers '
     "fled to Ostrava since the war began on 15 April.", "2023-06-14", "15 April", "2023-04-15"),
    # a minister's words in curly quotes, then the envoys' meeting
    ("The minister said: \u201cIn 1975 the border was drawn by others.\u201d The envoys of Valdoria met "
     "on 2 February to discuss it.", "2022-03-10", "2 February", "2022-02-02"),
    # a slogan in guillemets on a banner, then the strike's day
    ("The banners read \u00abWe remember 1968\u00bb. The dockers went on strike on 9 May.",
     "2019-06-01", "9 May", "2019-05-09"),
]


@pytest.mark.parametrize("text, dct, phrase, value", QUOTED)
def test_a_quoted_year_is_not_the_narrators(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


@pytest.mark.parametrize("text, dct, phrase, value", [
    # inside the quotation its own year still anchors a bare month
    ("\u201cWe signed in 1975, and in March we withdrew,\u201d the old general recalled.", "2020-01-10",
     "March", "1975-03"),
    # the narrator's story year goes on across a quotation without dates
    ('In 1984 the talks between Valdoria and Borduria resumed. "It was hard," one envoy said. In May '
     "the border opened.", "2020-01-10", "May", "1984-05"),
])
def test_the_story_goes_on_inside_and_across_a_quotation(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


@pytest.mark.parametrize("text, spans", [
    ('He said "yes" and "no".', [(8, 13), (18, 22)]),
    ('A mark left "open at the end\n\nof a paragraph opens nothing.', []),
    ("\u201cOne\u201d and \u00abtwo\u00bb", [(0, 5), (10, 15)]),
    # typed text mixes the marks: a curly quotation closed by a straight mark ends there
    ('\u201cThe islands are ours." He meant the 2013 vote.', [(0, 23)]),
])
def test_quotations(text, spans):
    assert quotations(text) == spans


SEASONS = [
    # a think-tank report written in 2017 about 2008
    ("In the spring of 2008 Borduria's troops dug trenches on the headland. Valdoria alerted the "
     "regional union in April, but no one intervened.", "2017-07-11", "April", "2008-04"),
    # a review written in 2019 about 2012
    ("The talks stalled in the summer of 2012. In August the envoy of Ruritania resigned.",
     "2019-01-15", "August", "2012-08"),
    # a chronicle written in 2018 about 2011
    ("In the first half of 2011 the two armies massed troops on the river. In March the first "
     "shells fell on Ostrava.", "2018-05-02", "March", "2011-03"),
]


@pytest.mark.parametrize("text, dct, phrase, value", SEASONS)
def test_a_month_inside_the_season_just_told_is_of_its_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


@pytest.mark.parametrize("text, dct, phrase, value", [
    # a month outside the season is not carried by it: the document's nearest March
    ("In the summer of 2012 the talks stalled. In March the envoy of Ruritania resigned.", "2019-06-15",
     "March", "2019-03"),
    # a future act keeps to the document's own month
    ("In the spring of 2016 the talks stalled. The envoys will meet again in April.", "2019-01-15",
     "April", "2019-04"),
])
def test_a_season_does_not_carry_other_months_or_the_future(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


# 3. ``_appositive_day``: a weekday or a holiday set off right after a day written out names that
# day again, so the story stays on it and a count after it starts there (made-up sentences: a
# weekday with its article, a holiday between commas, a holiday in brackets, "Easter Monday")
APPOSITIVE = [
    ("The ceasefire began on 3 May 1962, a Thursday. Two days later the envoys of Valdoria met.",
     "2020-01-01", {"Thursday": "1962-05-03", "Two days later": "1962-05-05"}),
    ("The act took effect on 18 April 1949, Easter Monday, a date chosen to echo the rising of 1916. "
     "Six weeks later the parliament of Borduria passed its own act.", "2024-08-19",
     {"Easter": "1949-04-17", "Monday": "1949-04-18", "Six weeks later": "1949-05-30"}),
    ("The treaty was signed on 25 December 1931 (Christmas Day). A week later the troops left Ostrava.",
     "2019-05-05", {"Christmas Day": "1931-12-25", "A week later": "1932-01-01"}),
]


@pytest.mark.parametrize("text, dct, values", APPOSITIVE)
def test_a_weekday_or_holiday_beside_a_day_names_that_day(text, dct, values):
    found = {t.text: t.value for t in tag(text, dct)}
    assert {k: found.get(k) for k in values} == values, found


@pytest.mark.parametrize("text, dct, phrase, value", [
    # a weekday of its own clause is no apposition: the nearest past Friday of the article
    ("The strike began on 4 March 1974, and on Friday the talks began.", "2019-05-05", "Friday", "2019-05-03"),
    # "Easter Monday" alone: the Monday after that Easter
    ("The town fell on Easter Monday.", "2019-05-05", "Monday", "2019-04-22"),
])
def test_a_weekday_not_in_apposition_keeps_its_own_reading(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value
