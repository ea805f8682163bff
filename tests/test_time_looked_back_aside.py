"""Issue 10 (dated38): a date told in a relative clause that looks back ("who had been indicted
in March 2009", "the Armenians who had died in 1915", "the man who had led the party since 1992")
is the clause's, told aside: the story's "that month" in the same sentence, and what comes after
the sentence, go on from the story's own time, not from the aside's. A shift counted in the same
sentence may count from it, and a relative clause in the simple past ("who took over in March
1966") is the story. Seen in an encyclopedia page, an e-book chapter and an anniversary feature of
the dev texts; the sentences here are written for these tests, with other names and numbers."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


#: (text, document date, expression, value)
CASES = [
    # the story's "that month" in the same sentence (an encyclopedia's "who had been indicted ...")
    ("The results published on 9 March 2015 showed a clear majority. The president, who had been "
     "censured by the assembly in June 2012, accepted the outcome in a decree later that month.",
     "2020-01-10", "that month", "2015-03"),
    ("The truce was signed on 4 May 1999. Its mediator, who had first visited the region in 1994, "
     "left the capital that month.", "2011-06-01", "that month", "1999-05"),
    # the next sentence counts from the story's time (an e-book's "who had died in 1915. A year later")
    ("On 12 April 2008 the premier sent condolences to the families of the miners who had died in "
     "1931. The letter ran to two pages. A year later, delegates met in the valley.", None,
     "A year later", "2009"),
    # a deictic month after the aside keeps the document date (a feature's "who had led it since 1992")
    ("On 3 October a strike killed the commander, the man who had led the militia since 1994. A "
     "truce followed last November.", "2025-09-16", "last November", "2024-11"),
    # a shift counted in the same sentence may count from the aside's date
    ("On 2 March 2009 the queen opened the bridge. The same ministers who had quarrelled in May 2003 "
     "were signing trade deals a couple of years later.", "2022-07-11", "a couple of years later", "2005"),
    # a relative clause in the simple past is the story
    ("The army chief, who took over effective power in April 1971. His deputy was named minister "
     "that month.", "1990-01-01", "that month", "1971-04"),
]


@pytest.mark.parametrize("text, dct, expression, value", CASES)
def test_looked_back_aside(text: str, dct: str | None, expression: str, value: str) -> None:
    assert _find(tag(text, dct), expression).value == value
