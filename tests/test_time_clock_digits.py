"""A 24-hour clock written as four digits ("1200 GMT", "at 0600 hours") is a time of day, not a
year: the bulk news corpus dated an event "1200" from "shares rose 4% by 1200 GMT". Sentences
written for these tests, in the style of market reports, broadcast notices and wire stories."""

from __future__ import annotations

import pytest

from chronica.time import tag

DCT = "2005-03-01"


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        # market report: the hour a price stood at
        ("Brewery shares in London rose 3% by 1200 GMT, while rivals in Paris slipped.", "1200 GMT", "2005-03-01T12:00"),
        ("By 0930 GMT on Monday, the bank's shares were down 8%.", "0930 GMT on Monday", "2005-02-28T09:30"),
        # broadcast notice: the hour a programme is shown
        ("The debate can be seen on BBC Two on Sunday, 13 March, at 2230 GMT.", "Sunday, 13 March, at 2230 GMT",
         "2005-03-13T22:30"),
        ("The final kicked off at 1400 GMT on Saturday.", "1400 GMT on Saturday", "2005-02-26T14:00"),
        # wire story: military hours and local time
        ("The ceasefire took effect at 0600 hours on Monday.", "0600 hours on Monday", "2005-02-28T06:00"),
        ("By 1430 local time the shelling had stopped.", "1430 local time", "2005-03-01T14:30"),
        ("Polling stations closed at 1800 hours.", "1800 hours", "2005-03-01T18:00"),
    ],
)
def test_four_digit_clock_is_a_time(sentence: str, expression: str, value: str) -> None:
    found = {t.text: t for t in tag(sentence, DCT)}
    assert expression in found, [t.text for t in found.values()]
    assert found[expression].value == value
    assert found[expression].type == "TIME"
    assert not any(t.type == "DATE" and t.value and len(t.value) == 4 and t.value in expression
                   for t in found.values())


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("He served 1200 hours of community work.", "1200"),   # a count of hours, no clock
        ("Some 1500 hours of footage were lost.", "1500"),
    ],
)
def test_counted_hours_are_neither_year_nor_clock(sentence: str, absent: str) -> None:
    assert not any(absent in t.text for t in tag(sentence, DCT))


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("In 1200 the town was granted a charter.", "1200", "1200"),
        ("The treaty was signed in 1923 at Lausanne.", "1923", "1923"),
        ("The talks resumed in 1999, after a long pause.", "1999", "1999"),
    ],
)
def test_years_stay_years(sentence: str, expression: str, value: str) -> None:
    found = {t.text: t for t in tag(sentence, DCT)}
    assert found[expression].value == value


def test_clock_in_brackets_glosses_another_clock() -> None:
    """"10:35 a.m. (0735 GMT) Friday": the bracketed clock restates the one before it; the day
    stays a day of its own, not "0735 GMT) Friday"."""
    found = [t.text for t in tag("The blast went off at 10:35 a.m. (0735 GMT) Friday near the port.", "1998-08-08")]
    assert "Friday" in found and not any("GMT" in t for t in found)
