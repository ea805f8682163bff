"""Issue 10: a bare month or day ("In March", "On 15 July") in a text narrating the past takes the
year the narrative last wrote in full (same paragraph, or a few sentences back, and far before the
document date); news telling its own days keeps the document date. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


#: (text, document date, expression, value, anchor): history told decades after its years
HISTORY = [
    ("The border war began in 1969. On 15 July the air force struck the capital.", "2015-05-01",
     "15 July", "1969-07-15", "narrative"),
    ("In 1969 the frontier flared again. In March the army moved north.", "2015-05-01", "March", "1969-03", "narrative"),
    (("The republic declared itself neutral in 1956, after a long debate in the assembly. Its first "
      "budget passed without trouble. In October the tanks arrived at the border."), "2012-01-20",
     "October", "1956-10", "narrative"),
    (("By 1920 the mines had closed. In June strikers marched on the town hall. In August the police "
      "fired on them."), "2009-03-03", "August", "1920-08", "narrative"),
    (("The dam was finished in 1932 and flooded three villages.\n\nOn 2 April the first turbines "
      "turned."), "2001-06-30", "2 April", "1932-04-02", "narrative"),
]

#: news telling its own days: no earlier year told, or a year close to the document date, or one
#: naming a thing's date, or a year told paragraphs away
NEWS = [
    ("Rebels seized the port on June 25, officials said on Tuesday.", "2015-07-02", "June 25", "2015-06-25", "dct"),
    ("The ministry said in 2013 that exports would grow. In March they fell by a tenth.", "2015-05-01",
     "March", "2015-03", "dct"),
    ("The 1998 accord was cited by the minister. On June 25 the army moved north.", "2015-07-01",
     "June 25", "2015-06-25", "dct"),
    ("Under the treaty of 1969 the river is shared. In March the ministers will meet again.", "2015-02-01",
     "March", "2015-03", "dct"),
    (("The company was founded in 1950.\n\nShares fell sharply. Traders were nervous. The index slid. "
      "Analysts expect a rebound.\n\nOn June 25 the board meets."), "2015-06-10", "June 25", "2015-06-25", "dct"),
]


@pytest.mark.parametrize("text, dct, expression, value, anchor", HISTORY + NEWS)
def test_bare_month_or_day_anchor(text: str, dct: str, expression: str, value: str, anchor: str) -> None:
    tx = _find(tag(text, dct), expression)
    assert (tx.value, tx.anchor) == (value, anchor)


def test_weekday_keeps_the_document_date_in_a_history_text() -> None:
    tx = _find(tag("The border war began in 1969. On Monday the minister recalled it.", "2015-05-06"), "Monday")
    assert tx.anchor == "dct"


#: the clause looks ahead: the article's own coming month, whatever year was told before
FUTURE = [
    ("The border war began in 1969. The commission will report in March.", "2015-01-10", "March", "2015-03"),
    ("By 1920 the mines had closed. The museum will reopen on 4 June.", "2009-03-03", "4 June", "2009-06-04"),
    ("The dam was finished in 1932. Engineers are expected to inspect it in October.", "2001-06-30", "October", "2001-10"),
]


@pytest.mark.parametrize("text, dct, expression, value", FUTURE)
def test_a_coming_month_keeps_the_document_date(text: str, dct: str, expression: str, value: str) -> None:
    tx = _find(tag(text, dct), expression)
    assert (tx.value, tx.anchor) == (value, "dct")
