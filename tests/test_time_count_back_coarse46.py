"""A count of days or weeks back from a time known only to the year or the month stays in that
year or month ("In 2005 ... The day before, ..." is 2005, not 2004): counted back from the span's
first day, as it was, it always left the span. Counts forward, counts of months or years, and
counts from a known day are unchanged. The shape comes from the dev texts (nldidn, chdsdn, isrlbn
"the day before" / "two days before" after a year; sudssd, usavnm, franzl "the day before" /
"a week before" / "two days before" after a month); the sentences are our own."""

from __future__ import annotations

import pytest

from chronica.time import tag


@pytest.mark.parametrize("text, expression, value", [
    ("In 2005 the minister flew to Ruritania. The day before, the king had died.", "The day before", "2005"),
    ("The border reopened in 1931. Two days before the reopening the treaty was ratified.", "Two days before", "1931"),
    ("In August 1982 the bomb exploded. Three weeks earlier he had been elected.", "Three weeks earlier", "1982-08"),
    ("In March 1975 the talks resumed. A week earlier the envoy had resigned.", "A week earlier", "1975-03"),
    # unchanged: a count forward, a count of months, a count from a day
    ("In 1982 the war began. Two days later it spread.", "Two days later", "1982"),
    ("In August 1982 the bomb exploded. Two weeks later the army left.", "Two weeks later", "1982-08"),
    ("In 1982 the war began. Six months earlier it had been planned.", "Six months earlier", "1981"),
    ("On 12 May 1982 the war began. The day before, it had been declared.", "The day before", "1982-05-11"),
    ("On 3 March 1975 the talks resumed. A week earlier the envoy had resigned.", "A week earlier", "1975-02-24"),
])
def test_a_count_back_from_a_year_or_month_stays_in_it(text, expression, value):
    got = {t.text: t.value for t in tag(text, dct="2021-06-01")}
    assert got.get(expression) == value, got
