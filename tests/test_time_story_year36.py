"""Issues 9 and 10 (session 36): a month or day written without its year takes the year the story
is in, not the year of writing. Two mechanisms of the narrative anchor
(:mod:`chronica.time.tagger`):

* a bare day of the month the story has just told (in a year before the document's, in the same
  paragraph, this sentence or the next) is that month's day, going forward or back
  (``_Resolver._day_of_told_month``);
* a year the story reaches by a shift from a year it wrote ("the following year", "two years
  later", "in the new year") is the story's year from then on, so a bare month after it is that
  year's (``_Resolver.update_anchor``).

Sentences written for these tests in the style of the dev texts (a war's first shots, a march and
its accords, a victory broadcast, a riot remembered a year on; a war's second year, an
invasion's next spring)."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


#: (text, document date, expression, value): a day of the month the story just told
TOLD_MONTH_DAYS = [
    # an op-ed on a 1980 war (iraniraq style): the day goes back within the month told
    (("Officially the war began on 22 September 1980, when the columns crossed the river. Yet the "
      "gunners on the other side had opened fire first, shelling two border towns on 4 September."),
     "2010-09-22", "4 September", "1980-09-04"),
    # a blog on a 1975 march (maresp style): "a few days earlier, on 2 November"
    (("In October 1975 the king called on his people to march south, and on 6 November a vast crowd "
      "crossed the border. A few days earlier, on 2 November, the prince had flown to the garrison."),
     "2022-07-11", "2 November", "1975-11-02"),
    # a textbook (gbrirl style): the date of a thing, then a later day of its month
    (("In his victory broadcast of 13 May 1945 the prime minister rebuked the neighbouring "
      "government, and the dignified radio reply on 16 May won wide praise."),
     "2024-08-19", "16 May", "1945-05-16"),
    # a 1965 clipping (malsgp style): a month told against the date of writing, then its day
    (("The worst moment came last July, when clashes broke out during a procession on July 21. "
      "Twenty-two persons were killed."), "1965-08-10", "July 21", "1964-07-21"),
    # a later day of the month, two sentences on, in a far-past story
    (("The ceasefire was signed on 3 March 1991 in a tent near the border. Neither side trusted it. "
      "The first prisoners crossed on 19 March."), "2021-03-05", "19 March", "1991-03-19"),
]

#: (text, document date, expression, value): the month named is another month, or the day is
#: told in a new paragraph, or the clause looks ahead, or the month told is the document's
#: year's: the date of writing keeps the day
NOT_TOLD_MONTH_DAYS = [
    (("Officially the war began on 22 September 1980.\n\nThe anniversary was marked quietly, and "
      "the veterans met on 4 September."), "2010-09-22", "4 September", "2010-09-04"),
    (("The treaty was signed on 6 November 1975 in the capital. Ministers met on 2 October to "
      "review it."), "2022-11-20", "2 October", "2022-10-02"),
    (("The accord was signed on 22 June 1998 in the capital. Delegates will meet on 20 June to "
      "renew it."), "2024-06-01", "20 June", "2024-06-20"),
    (("Talks opened on 5 May in the capital, and on 2 May the envoys had already arrived."),
     "2023-05-20", "2 May", "2023-05-02"),
]

#: (text, document date, expression, value): a year reached by a shift, then a bare month
SHIFTED_STORY_YEAR = [
    # a blog on the 1978-79 war (ugatan style): "in the new year … in February … in March"
    (("In late October 1978 the dictator sent soldiers across the border.\n\nThe road to the "
      "capital\n\nThe invaders were driven back in the new year and lost the lakeside town in "
      "February."), "2019-04-11", "February", "1979-02"),
    (("In late October 1978 the dictator sent soldiers across the border. The invaders were "
      "driven back in the new year. The exiles met in the south, so when the swamp battle was won "
      "in March there was a government-in-waiting."), "2019-04-11", "March", "1979-03"),
    # an explainer on a border war (ethiopia style): "a year later … in March"
    (("When the commission reported in April 2002, it gave the town to the smaller state. A year "
      "later the prime minister wrote to the council, and in March he rejected the ruling."),
     "2019-07-09", "March", "2003-03"),
    # a long read (rwacod style): "two years later … in August"
    (("In June 2004 dissident officers seized the lake town. Two years later a general founded "
      "a new movement, and in August his men attacked the garrison."), "2022-11-18", "August", "2006-08"),
    (("The border flared in 1969. The following year the army moved north, and in March it took "
      "the pass."), "2015-05-01", "March", "1970-03"),
]

#: the shift keeps to the news: "in the new year" told from the date of writing, a future month
SHIFTED_NEWS = [
    ("The minister said talks would resume in the new year.", "2015-12-01", "the new year", "2016"),
    (("The border flared in 1969. The following year the army moved north. The ministry will "
      "publish the files in March."), "2015-01-10", "March", "2015-03"),
]


@pytest.mark.parametrize("text,dct,expr,value", TOLD_MONTH_DAYS)
def test_day_of_the_told_month(text, dct, expr, value):
    tx = _find(tag(text, dct), expr)
    assert tx.value == value
    assert tx.anchor == "narrative"


@pytest.mark.parametrize("text,dct,expr,value", NOT_TOLD_MONTH_DAYS)
def test_other_days_keep_the_document_date(text, dct, expr, value):
    assert _find(tag(text, dct), expr).value == value


@pytest.mark.parametrize("text,dct,expr,value", SHIFTED_STORY_YEAR)
def test_shifted_year_is_the_story_year(text, dct, expr, value):
    assert _find(tag(text, dct), expr).value == value


@pytest.mark.parametrize("text,dct,expr,value", SHIFTED_NEWS)
def test_shift_in_news(text, dct, expr, value):
    assert _find(tag(text, dct), expr).value == value
