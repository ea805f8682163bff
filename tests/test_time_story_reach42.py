"""Session 42: the year a history is told in reaches over a paragraph break to a bare month or day
told in the past tense, as long as nothing has told another time since the story last spoke of its
year (``_Resolver._narrates_the_past`` in :mod:`chronica.time.tagger`, up to
``_STORY_SENTENCES_UNTOLD`` sentences). Two refinements of what "spoke of its year" means:

* a thing dated in the story's own year ("the referendum of 13 August 1905") keeps the story at
  that year, though it does not move the story's date;
* "the night of 10 July 1985", "the first week of July 1985" are the story's dates, not a thing's
  (a time noun before "of", as ``_not_the_story`` already reads them).

Sentences written for these tests in the shape of three dev texts (a union's dissolution told over
two paragraphs; a border crisis told under a year heading; a sinking and its admission weeks later)."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # the story's year, then a paragraph of untimed sentences, then a bare month
        ("The treaty was signed on 3 May 1871. The talks then moved to Berne at the end of May.\n\n"
         "The fortresses were the real quarrel. One side wanted them razed; the other called them harmless. "
         "In June both armies moved up to the frontier.",
         "2016-04-01", "June", "1871-06"),
        # a thing dated in the story's year keeps the story at that year over the break
        ("On 2 March 1898 the assembly declared the union over. The king refused to accept it. "
         "The referendum of 20 April 1898 approved the break by a wide margin.\n\n"
         "Only after the vote did the delegations meet, at Lund, on 28 April. The talks were hard. "
         "In May, as they stalled, both sides called up reserves.",
         "2019-05-01", "28 April", "1898-04-28"),
        ("On 2 March 1898 the assembly declared the union over. The king refused to accept it. "
         "The referendum of 20 April 1898 approved the break by a wide margin.\n\n"
         "Only after the vote did the delegations meet, at Lund, on 28 April. The talks were hard. "
         "In May, as they stalled, both sides called up reserves.",
         "2019-05-01", "May", "1898-05"),
        # "the night of" a date is the story's date, not a thing's
        ("The ferry docked in the first week of March 1979. On the night of 9 March 1979 a fire broke out "
         "and she sank. A deckhand died. The harbour master went down the next morning.\n\n"
         "What followed took months to untangle. Two sailors were arrested within days, and it was soon clear "
         "that the fire had been set. The owner admitted on 14 April that his men had started it.",
         "2004-06-01", "14 April", "1979-04-14"),
    ],
)
def test_time_the_storys_year_reaches_over_untimed_paragraphs(text, dct, expression, value) -> None:
    assert _find(tag(text, dct), expression).value == value


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # another time told in between: the story's year no longer holds over the break
        ("The treaty was signed on 3 May 1871.\n\nSince 2010 the border has been open. Trade has grown. "
         "Tourism too. Fishing less so. In June the ministers met.",
         "2016-09-01", "June", "2016-06"),
        # not in the past tense: the writer's month
        ("The treaty was signed on 3 May 1871. The talks moved to Berne at the end of May.\n\n"
         "The forts are a museum now. Visitors walk the walls. The cafe is open daily. "
         "In June the ministers will meet at the old fort.",
         "2016-03-01", "June", "2016-06"),
        # too far: the story's year does not reach on for ever
        ("The treaty was signed on 3 May 1871. The talks moved to Berne at the end of May.\n\n"
         "The forts were the quarrel. One side wanted them razed. The other called them harmless. The envoys "
         "argued. The press raged. Crowds gathered. Nobody gave way. The kings wrote letters. "
         "In June the ministers met at the old fort.",
         "2016-09-01", "June", "2016-06"),
    ],
)
def test_time_the_storys_year_stops_at_another_time_or_the_writers(text, dct, expression, value) -> None:
    assert _find(tag(text, dct), expression).value == value
