"""``earlier_day_on_ties`` (merge.DATE_CHOICE_CHECKS): a merged event whose members tell its day a
few days apart (at most ``NEAR_DAYS``), each day as well supported as the other, takes the earlier
day rather than the first member's. Shapes of the dev stores (our own sentences and invented
states): moralg, a proclamation told on one day by one source and the next by another; indmal, an
accord signed on the 11th in one source and the 12th in another; nldidn, a conference opened on
the 23rd in one source and the 25th in another, with a third source's month holding both;
controls: one day better supported than the other keeps it, days further apart than NEAR_DAYS and
days only inferred from the narrative are not near-day ties, a single day is itself."""

from __future__ import annotations

import pytest
from test_chronicle_data import mention

from chronica.chronicle import merge

#: (member dates with how each was found, in document order; the date the event takes)
CASES = [
    # moralg's shape: the later day first, the earlier second
    ([("1960-02-28", "sentence"), ("1960-02-27", "sentence")], "1960-02-27"),
    # indmal's shape: the same, a day apart, with a coarser year of a third source holding both
    ([("1970-08-12", "sentence"), ("1970-08-11", "sentence"), ("1970", "sentence")], "1970-08-11"),
    # nldidn's shape: two days apart, a month holding both
    ([("1955-08-25", "sentence"), ("1955-08-23", "sentence"), ("1955-08", "sentence")], "1955-08-23"),
    # the earlier day first: unchanged
    ([("1991-06-25", "sentence"), ("1991-06-26", "sentence")], "1991-06-25"),
    # controls: support decides before the tie-break (two sources for the later day)
    ([("1966-02-16", "sentence"), ("1966-02-17", "sentence"), ("1966-02-17", "sentence")], "1966-02-17"),
    # days more than NEAR_DAYS apart are no slip of one happening's day: the first, as before
    ([("1973-05-20", "sentence"), ("1973-05-10", "sentence")], "1973-05-20"),
    # a day only inferred from the narrative is no told day: the told one
    ([("1980-04-09", "sentence"), ("1980-04-08", "narrative")], "1980-04-09"),
]


@pytest.mark.parametrize("dates, expected", CASES)
def test_near_days_equally_supported_give_the_earlier(dates, expected) -> None:
    ms = [mention(n + 1, f"Sentence {n}.", "AGREE", src="ALD", tgt="BOR", date=d, date_source=source)
          for n, (d, source) in enumerate(dates)]
    assert merge.choose_date(ms).date == expected


def test_the_check_is_registered_by_name() -> None:
    assert "earlier_day_on_ties" in merge.DATE_CHOICE_CHECKS
