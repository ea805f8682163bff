"""A bare month or day told in the past tense in a sentence that opens with a noun phrase dated by
its year takes that year (``_Resolver._told_of_the_subject``). Invented sentences."""

from __future__ import annotations

import pytest

from chronica.time import tag

CASES = [
    # the subject's year, however near the date of writing
    ("The curfew ended.\n\nThe 1994 rising, six weeks of unrest that started on 14 October, changed the city.",
     "1997-03-10", "14 October", "1994-10-14"),
    # the subject's year over an older story year told before
    ("Trade grew after August 1915.\n\nThe 1937 Valdoria treaty, signed in Lisbon on 5 April, ended the quarrel.",
     "2019-05-01", "5 April", "1937-04-05"),
    # after a transcript speaker's label
    ("Q: And the dockers?\n\nDR VANE: The 2019 strike ran for thirty days, from early October to the settlement.",
     "2020-11-20", "early October", "2019-10"),
    # a clause of saying set inside the sentence is dated by the saying: the writer's nearest March
    ("Profits rose.\n\nThe 2022 figures, the company said on 3 March, were the best in years.",
     "2023-05-18", "3 March", "2023-03-03"),
    ("The 1994 rising, the mayor recalled on 14 October, changed the city.",
     "1997-03-10", "14 October", "1996-10-14"),
    # a time to come is the writer's
    ("Profits rose.\n\nThe 2022 budget will be revised in September.", "2023-05-18", "September", "2023-09"),
    # only in the subject's own sentence
    ("The 1994 rising changed the city. On 14 October the veterans marched.", "1997-03-10", "14 October",
     "1996-10-14"),
    # a year inside the sentence, not dating its opening subject
    ("Veterans of the 1994 rising marched on 14 October.", "1997-03-10", "14 October", "1996-10-14"),
]


@pytest.mark.parametrize("text,dct,expression,value", CASES)
def test_bare_month_of_the_dated_subject(text: str, dct: str, expression: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, dct)}
    assert got[expression] == value
