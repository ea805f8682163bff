""""Hours later", "minutes later", "several hours later": a shift of hours from the narrative's
anchor names the anchor's day, as "two hours later" does (a bare "days later" names the month
the days fall in). Case table written for these tests, in the style of wire copy, a news
feature and a sports report."""

from __future__ import annotations

import pytest

from chronica.time import tag


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # wire: a reaction the same day as the dated inauguration
        ("Ruritania inaugurated the dam on 3 May 2021. Hours later, Borduria's foreign ministry sent a "
         "letter to the Security Council.", "Hours later", "2021-05-03"),
        # feature: an attack in the early morning after a dated report
        ("The commission published its report on 24 August 2017. Hours later, insurgents attacked "
         "thirty police posts.", "Hours later", "2017-08-24"),
        # a clause-final bare shift
        ("Parliament passed the amendment on 20 September 2015, and the president signed it hours later.",
         "hours later", "2015-09-20"),
        # sports report: minutes
        ("The visitors scored on 12 March 2005. Minutes later the home side levelled.", "Minutes later",
         "2005-03-12"),
        # a vague count of hours
        ("The ship was rammed on 5 June 2023. Several hours later a second vessel was hit.",
         "Several hours later", "2023-06-05"),
        # an anchor at a month's precision: the month
        ("The talks opened in May 2021. Hours later they collapsed.", "Hours later", "2021-05"),
    ],
)
def test_hours_later_is_the_anchor_day(text: str, expression: str, value: str) -> None:
    found = {t.text: t for t in tag(text, None)}
    assert expression in found, list(found)
    assert found[expression].value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("The commission published its report on 24 August 2017. Hours later, in the early morning of "
         "25 August, insurgents attacked thirty police posts.", "2017-08-25"),
        ("The talks broke up on 9 June 2019. Several hours later, on 10 June, the shelling resumed.", "2019-06-10"),
    ],
)
def test_hours_later_restated_by_a_date(text: str, value: str) -> None:
    """The date told right after the shift is its own: the hours crossed midnight."""
    found = {t.text: t.value for t in tag(text, None)}
    shift = next(k for k in found if k.lower().endswith("later"))
    assert found[shift] == value


def test_days_later_stays_the_month() -> None:
    found = {t.text: t.value for t in tag("The dam opened on 3 May 2021. Days later, the talks failed.", None)}
    assert found["Days later"] == "2021-05"
