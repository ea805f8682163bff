"""A bare month told in the past tense later in a paragraph that has told a month of an earlier year
goes on in that year, however many sentences came between, when that year is two or more before the
writing's (chronica.time tagger ``_months_go_on``). Sentences written for this test: invented events
between invented places, invented dates; the rule after the shape of three dev texts (two subjects)."""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[0].value if found else None


#: (text, document date, the bare month or day, its value): the paragraph's story year holds
MONTHS_CASES = [
    ("The border war between Tarsa and Borduria began on 14 August 2016. Shells fell on the river towns "
     "every night. Refugees crossed into the hills. The envoy of the league toured both capitals at "
     "the end of September with a plan.", "2019-05-10", "the end of September", "2016-09"),
    ("In June 2018 the two navies clashed near the reef. The ministers met twice without a result. "
     "Fishing boats stayed in port. On 12 September the coast guard seized a trawler.",
     "2021-01-20", "12 September", "2018-09-12"),
    ("Gas deliveries to Kelso stopped on 3 January 2020 after the talks failed. The refineries cut "
     "their runs. Traders looked for other crude. In March a tanker from the north was unloaded at "
     "the port.", "2022-06-08", "March", "2020-03"),
]

#: controls: a paragraph break, a future tense, a month before the story's, and a story only a year
#: before the writing keep the document date's reading
MONTHS_CONTROL_CASES = [
    ("The border war began on 2 May 2019. Shells fell on the river towns.\n\nRefugees crossed into "
     "the hills. The envoy toured both capitals at the end of May.", "2022-09-01", "the end of May",
     "2022-05"),
    ("The border war began on 2 May 2019. Shells fell on the river towns. Refugees crossed the hills. "
     "The envoy will tour both capitals in October.", "2022-09-01", "October", "2022-10"),
    ("In June 2018 the two navies clashed near the reef. The ministers met twice. Boats stayed in "
     "port. In March the coast guard seized a trawler.", "2021-05-20", "March", "2021-03"),
    ("Gas deliveries to Kelso stopped on 3 January 2020 after the talks failed. The refineries cut "
     "their runs. Traders looked for other crude. In March a tanker from the north was unloaded at "
     "the port.", "2021-06-08", "March", "2021-03"),
]


@pytest.mark.parametrize("text,dct,phrase,value", MONTHS_CASES + MONTHS_CONTROL_CASES)
def test_a_month_goes_on_in_the_paragraphs_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value
