"""Issue 9/10, dating: (1) the date heading a timeline entry is tagged whatever its form - a year
before 1900 with a dash ("1814 - The Netherlands cedes ..."), a month alone ("March - UN envoy X
presents ..."), a range of days before the month ("10-11 March - Battle of Y: ...", one range of
both days); (2) a bare month told a sentence after a month written with its year goes on in that
year even when the document date is only a year or two later ("In June 2022 it seized the town;
in October ..."); (3) "the next day" is no future cue. Every sentence is written for these tests,
modelled on timelines, encyclopedia paragraphs and blogs of the dev corpora."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


#: (timeline text, expression, value, value_end): three timeline shapes
ENTRY_HEADS = [
    # a colonial-era chronology: years before 1900, a dash, a capital after it
    ("Milestones of the quarrel.\n\n1822 - The Crown cedes the delta forts to the company.\n\n"
     "1871 - The republic breaks off relations with the Crown.\n", "1822", "1822", None),
    ("Milestones of the quarrel.\n\n1822 - The Crown cedes the delta forts to the company.\n\n"
     "1871 - The republic breaks off relations with the Crown.\n", "1871", "1871", None),
    # a year heading over entries that open with a month alone, the next word a name
    ("Key dates\n\n2006\n\nMarch - UN mediator Lena Olsen presents her plan; the capital rejects it.\n",
     "March", "2006-03", None),
    ("Key dates\n\n1994\n\nMay - Ivo Marek becomes president in an unofficial vote.\n", "May", "1994-05", None),
    # a war chronology: ranges of days with no year under the year's heading
    ("1981\n\n4 February - The port falls.\n\n12-13 March - Battle of the ford: the army routs the rebels.\n",
     "12-13 March", "1981-03-12", "1981-03-13"),
    ("1981\n\n4 February - The port falls.\n\n27\u201329 April - The exiles' congress founds a front.\n",
     "27\u201329 April", "1981-04-27", "1981-04-29"),
]


@pytest.mark.parametrize("text, expression, value, value_end", ENTRY_HEADS)
def test_a_timeline_entry_head_is_tagged(text: str, expression: str, value: str, value_end: str | None) -> None:
    tx = _find(tag(text, None), expression)
    assert (tx.value, tx.value_end) == (value, value_end)


#: not entry heads: a count, a line of prose opening with a number, a name after a month
NOT_HEADS = [
    ("Losses\n\n1500 - 2000 soldiers died in the siege.\n", "1500"),
    ("The archive holds letters.\n1871 letters were burned in the fire.\n", "1871"),
    ("He met March Fong, the envoy, in Lima.", "March"),
]


@pytest.mark.parametrize("text, expression", NOT_HEADS)
def test_not_an_entry_head(text: str, expression: str) -> None:
    assert expression not in {tx.text for tx in tag(text, None)}


#: (text, document date, expression, value): a story told month by month a year or two before
#: the article, from an encyclopedia paragraph, a feature and a translated news story
MONTHS_GO_ON = [
    ("In June 2019 the rebels seized the border post; in October the army expelled them; in "
     "December a truce was signed.", "2021-04-07", "October", "2019-10"),
    ("In June 2019 the rebels seized the border post; in October the army expelled them; in "
     "December a truce was signed.", "2021-04-07", "December", "2019-12"),
    ("In March 2009 the militia launched an offensive on the town. In May a panel of experts "
     "accused the neighbour of arming it.", "2011-02-20", "May", "2009-05"),
    ("On 4 August 2016 the ministers met in the capital. On 19 August they signed the accord.",
     "2017-01-15", "19 August", "2016-08-19"),
]

#: the document's own months: an earlier month than the one told, a paragraph or sentences away,
#: a month to come
OWN_MONTHS = [
    ("Exports rose in November 2019. In January they fell by a tenth.", "2020-03-10", "January", "2020-01"),
    ("In June 2019 the rebels seized the border post.\n\nIn October the army launched a new "
     "campaign, officials said.", "2020-11-20", "October", "2020-10"),
    ("In June 2019 the rebels seized the post. The talks failed. The army regrouped. In October "
     "the ministers resigned.", "2020-11-20", "October", "2020-10"),
    ("The accord was signed in March 2019. The parties will meet again in June.", "2020-02-10", "June", "2020-06"),
    # "since then" names no month: it does not carry the story's months on
    ("The truce was signed on Feb. 17, 2019.\n\nObservers have kept the peace since then. The new "
     "president took office on Aug. 10.", "2020-10-26", "Aug. 10", "2020-08-10"),
]


@pytest.mark.parametrize("text, dct, expression, value", MONTHS_GO_ON + OWN_MONTHS)
def test_a_bare_month_after_a_month_told_with_its_year(text: str, dct: str, expression: str, value: str) -> None:
    assert _find(tag(text, dct), expression).value == value


#: "the next day" counts from the story's day: no future tense for the bare day before it
NEXT_DAY = [
    ("On 26 January the ministry cut its ties with the neighbour, and the next day the rebels took "
     "the city.", "2025-07-05", "26 January", "2025-01-26"),
    ("On 3 March the guards fired on the crowd; the very next morning the strike began.", "2024-06-01",
     "3 March", "2024-03-03"),
    ("On 9 April the envoy resigned, and the next day the talks collapsed.", "2023-11-30", "9 April", "2023-04-09"),
]


@pytest.mark.parametrize("text, dct, expression, value", NEXT_DAY)
def test_the_next_day_is_no_future(text: str, dct: str, expression: str, value: str) -> None:
    assert _find(tag(text, dct), expression).value == value


def test_next_still_looks_ahead() -> None:
    tx = _find(tag("The ministers will meet on 26 January, and again next month.", "2025-07-05"), "26 January")
    assert tx.value == "2026-01-26"
