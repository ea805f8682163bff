"""A bare month or day told looking back from the story's date (chronica.time.tagger,
``_Resolver._looked_back_from_the_story``): when the story is told to the month or day in a year
before the document's, a month or day before that date in a sentence that says it looks back (a
pluperfect, "earlier", "before that", "previously") is a time of the story's year, not of the year
of writing. Case tables of sentences written for these tests (invented events, invented dates)."""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[0].value if found else None


#: (text, document date, the bare month or day, its value): looked back to from the story's date,
#: it takes the story's year
LOOKED_BACK_CASES = [
    ("The Ruritanian grain convoy reached Strel on 18 September 1962. Its drivers had loaded the "
     "trucks in June and had waited for a permit ever since.", "2008-03-01", "June", "1962-06"),
    ("Borduria recalled its consul from Velm on 30 November 1874; the consul had already protested "
     "the new tariff on 2 October.", "2015-06-11", "2 October", "1874-10-02"),
    ("In August 2014 the two ministers opened the bridge at Orsk. A month before the ceremony, on "
     "10 July, the engineers had reported a crack in a pier.", "2021-01-20", "10 July", "2014-07-10"),
    ("The customs union took effect on 1 December 1931. Earlier, in September, a commission of six "
     "jurists had drafted its statute.", "2003-01-15", "September", "1931-09"),
]

#: controls: a month before the story's date in a sentence that does not look back is the news's
#: own; a story in the year of writing lends nothing; a paragraph break ends the story's reach; a
#: month told going forward from the story is other rules' business and keeps their answer
CONTROL_CASES = [
    ("The Ruritanian grain convoy reached Strel on 18 September 1962. In June the harvest in the "
     "south failed.", "2008-03-01", "June", "2007-06"),
    ("The council of Strel met on 12 June 2019. In May the port had been closed for repairs.",
     "2019-09-01", "May", "2019-05"),
    ("Borduria recalled its consul from Velm on 30 November 1874.\n\nThe museum had opened its new "
     "wing in May.", "2015-06-11", "May", "2015-05"),
    ("In August 2014 the two ministers opened the bridge at Orsk. In October the first trains "
     "crossed it.", "2021-01-20", "October", "2014-10"),
    # the story itself told looking back, and a limit reached going forward ("by January"): no look
    # back from the story's date, the month keeps the other rules' year (the writer's here)
    ("The siege of Velm had begun in late November 1712, and in February the garrison had eaten its "
     "last horses.", "2010-05-05", "February", "2010-02"),
    ("The siege of Velm began in late November 1712, and by February the garrison had eaten its "
     "last horses.", "2010-05-05", "February", "2010-02"),
]


@pytest.mark.parametrize("text,dct,phrase,value", LOOKED_BACK_CASES + CONTROL_CASES)
def test_a_month_looked_back_to_takes_the_storys_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value
