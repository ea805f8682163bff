"""A bare month or day told in the past tense in a sentence that opens with a noun phrase dated by
its year takes that year (``_Resolver._told_of_the_subject``). Invented sentences."""

from __future__ import annotations

import pytest

from chronica.time import tag

CASES = [
    # the subject's year, however near the date of writing
    ("The fighting stopped.\n\nThe 2020 war, seven weeks of fighting that began on 27 September, changed the map.",
     "2023-05-18", "27 September", "2020-09-27"),
    # the subject's year over an older story year told before
    ("Trade grew after August 1914.\n\nThe 1936 Valdoria treaty, signed in Lisbon on 2 March, ended the quarrel.",
     "2019-05-01", "2 March", "1936-03-02"),
    # after a transcript speaker's label
    ("Q: What happened then?\n\nDR VANE: The 2020 war lasted 44 days, from late September to the truce.",
     "2021-10-14", "late September", "2020-09"),
    # a clause of saying set inside the sentence is dated by the saying: the writer's nearest March
    ("Profits rose.\n\nThe 2022 figures, the company said on 3 March, were the best in years.",
     "2023-05-18", "3 March", "2023-03-03"),
    ("The 2020 war, the minister recalled on 27 September, changed the map.",
     "2023-05-18", "27 September", "2022-09-27"),
    # a time to come is the writer's
    ("Profits rose.\n\nThe 2022 budget will be revised in September.", "2023-05-18", "September", "2023-09"),
    # only in the subject's own sentence
    ("The 2020 war changed the map. On 27 September the veterans marched.", "2023-05-18", "27 September", "2022-09-27"),
    # a year inside the sentence, not dating its opening subject
    ("Veterans of the 2020 war marched on 27 September.", "2023-05-18", "27 September", "2022-09-27"),
]


@pytest.mark.parametrize("text,dct,expression,value", CASES)
def test_bare_month_of_the_dated_subject(text: str, dct: str, expression: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, dct)}
    assert got[expression] == value
