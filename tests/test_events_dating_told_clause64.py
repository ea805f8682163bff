"""A date told in a clause below the main one, finite and in the simple past, still tells where the
story stands for the next sentence when that sentence tells no time of its own
(``_dating.tells_the_story``, read by ``narrative_anchor``): a reported clause ("Tarsa said Osterland
owed it money and, on 2 May 2010, began cutting deliveries."), a clause the parser hung under the one
after a colon ("The chamber delivered its judgment on 3 May 2005: the line would follow ..."), a place's relative clause ("the square where the general proclaimed the republic on
12 June 1901"). Not a look back ("after being captured in 2001", "after the talks collapsed on 3
May"), not a perfect ("had deteriorated since December"), not a person's past ("who resigned in
March 2004"), not across a paragraph. Case table of sentences written for this test (invented
events and dates), the rule after the shape of dev texts of five subjects (session 64)."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, trigger, its date)
TOLD_CLAUSE_CASES = [
    ("Tarsa said Osterland owed it money and, on 2 May 2010, began cutting deliveries. "
     "Osterland ordered a halt to the transit of gas.", "ordered", "2010-05-02"),
    ("We stood in the square where General Brand proclaimed the republic on 12 June 1901. "
     "Borduria sent troops to the border.", "sent troops", "1901-06-12"),
    ("The chamber delivered its judgment on 3 May 2005: the line would follow the main channel. "
     "Tarsa accepted the ruling.", "accepted", "2005-05-03"),
    # a look back, a perfect, a person's past, another paragraph: the next sentence takes no such date
    ("Mr Tal was taken to the camp after being captured in the hills in March 2001. "
     "Osterland condemned the detention.", "condemned", None),
    ("Troops crossed the river after the talks collapsed on 3 May 2017. Osterland condemned the crossing.",
     "condemned", None),
    ("Officials said relations had deteriorated since December 2005. Tarsa condemned the raid.",
     "condemned", None),
    ("The minister, who resigned in March 2004, criticised the war. Ruritania attacked the border post.",
     "attacked", None),
    ("Tarsa said Osterland owed it money and, on 2 May 2010, began cutting deliveries.\n\nPrices rose "
     "across the region. Many shops closed early.\n\nOsterland ordered a halt to the transit of gas.", "ordered", None),
]


@pytest.mark.parametrize("text,trigger,date", TOLD_CLAUSE_CASES)
def test_a_told_clause_sets_the_story_for_the_next_sentence(time_actors, text, trigger, date):
    assert event_dates(time_actors, text, "2020-01-01")[trigger] == date
