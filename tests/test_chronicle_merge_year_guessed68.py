"""Merge case table (merge68): a day or a month written without its year, the year guessed by the
time stage from the narrative or the publication date, against another source's date of the same
month whose year is written. Sentences of the invented world (tests/test_chronicle_data.ACTORS)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import needs_minilm
from test_chronicle_merge_inferred64 import _written_pair as _pair

merge = importlib.import_module("chronica.chronicle.merge")
D = importlib.import_module("chronica.chronicle.dates")

# (sentence a, date a, date text a, sentence b, date b, date text b, type, actors, merged?): both
# dates written in their sentences; one writes no year and the time stage gave it the year of the
# article (a retrospective written years later) or of the narrative. One act, its year wrong on one
# side, joins; two acts of one month in two years, or worded apart, stay two.
YEAR_GUESSED = [
    # a retrospective of 2041 writes "on 12 March" for a summit of 2036: one summit
    ("The Aldorian and Borvian leaders met at the Tarsk lighthouse on 12 March and signed a joint statement.",
     "2041-03-12", "12 March",
     "On 12 March 2036 the leaders of Aldoria and Borvia met at the Tarsk lighthouse.", "2036-03-12",
     "12 March 2036", "CONSULT", ("ALD", "BOR"), True),
    # a month only, its year taken from the narrative: one border closure
    ("Aldoria closed its border with Borvia that October, citing smuggling.", "2019-10", "that October",
     "In October 2017 Aldoria closed its border with Borvia over smuggling.", "2017-10", "October 2017",
     "SANCTION", ("ALD", "BOR"), True),
    # the days a day apart (a slip within NEAR_DAYS) and the year guessed: one ratification
    ("The Borvian parliament ratified the fisheries treaty with Aldoria on 5 July.", "2030-07-05", "5 July",
     "Borvia's parliament ratified the fisheries treaty with Aldoria on 4 July 2024.", "2024-07-04",
     "4 July 2024", "SUPPORT", ("BOR", "ALD"), True),
    # one month, two years, worded apart (0.54): two protests of the pair, not one. (Two protests
    # worded closer, 0.76 -- "protested over the seizure of a trawler" / "lodged a protest about
    # customs duties" -- would join: the rule's cost, the wording being all that tells them apart)
    ("Aldoria protested to Borvia in June over the arrest of three fishermen.", "2022-06", "June",
     "In June 2019 Aldoria summoned the Borvian ambassador to complain about grain tariffs.", "2019-06",
     "June 2019", "ACCUSE", ("ALD", "BOR"), False),
    # the same day of the month, a year apart, both years written: two acts (no year guessed)
    ("Aldoria expelled two Borvian diplomats on 9 May 2011.", "2011-05-09", "9 May 2011",
     "Aldoria expelled two Borvian diplomats on 9 May 2012.", "2012-05-09", "9 May 2012",
     "COERCE", ("ALD", "BOR"), False),
    # the months differ: the guessed year does not make them one
    ("Aldoria closed its border with Borvia that November, citing smuggling.", "2019-11", "that November",
     "In October 2017 Aldoria closed its border with Borvia over smuggling.", "2017-10", "October 2017",
     "SANCTION", ("ALD", "BOR"), False),
]


@needs_minilm
@pytest.mark.parametrize("case", YEAR_GUESSED, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_a_guessed_year_does_not_keep_one_act_apart(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule joins them: without it the pair stays apart
        monkeypatch.setattr(merge, "SIM_YEAR_GUESSED", 1.01)
        assert len(merge.cluster_mentions(_pair(case))) == 2


@pytest.mark.parametrize("case", YEAR_GUESSED, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_year_guessed_alike_reads_the_date_words(case) -> None:
    a, b = (merge.mention_info(m) for m in _pair(case))
    alike = merge.year_guessed_alike(a, b)
    # the protest pair is alike in its dates: only the wording keeps it apart
    assert alike is (case[-1] or case[6] == "ACCUSE")


def test_a_year_written_in_the_sentence_is_no_guess() -> None:
    """A timeline row that writes its year before the day ("2036 – 12 March: ...") states it."""
    a, b = _pair(YEAR_GUESSED[0])
    a.sentence = "2041 – 12 March: the Aldorian and Borvian leaders meet at the Tarsk lighthouse."
    assert D.year_written(a)
    assert not merge.year_guessed_alike(merge.mention_info(a), merge.mention_info(b))


def test_the_written_year_gives_the_event_its_date() -> None:
    """Equally supported, the date whose year is written wins over the guessed one, whichever comes
    first; a guessed year another member writes is as good as written (days a slip apart keep
    their tie)."""
    a, b = _pair(YEAR_GUESSED[0])
    assert merge.choose_date([a, b]) is b
    assert merge.choose_date([b, a]) is b
    c, d = _pair(YEAR_GUESSED[2])
    d.date, d.earliest, d.latest, d.date_text = "2030-07-04", "2030-07-04", "2030-07-04", "4 July 2030"
    assert merge.choose_date([c, d]) is d  # the earlier day on ties, as before


def test_two_guessed_years_do_not_keep_one_act_apart() -> None:
    """Both sides write the day without its year and the time stage guessed two years: the dates
    of one month do not conflict (:func:`year_guessed_dates`)."""
    a, b = _pair(YEAR_GUESSED[0])
    b.sentence, b.date_text = "The leaders of Aldoria and Borvia met at the Tarsk lighthouse on 12 March.", "12 March"
    assert not D.year_written(a) and not D.year_written(b)
    assert merge.year_guessed_dates(merge.mention_info(a), merge.mention_info(b))
    assert merge.conflict_reason(merge.mention_info(a), merge.mention_info(b), 0.9) is None


def test_the_guessed_date_moved_into_the_other_year_must_overlap_it() -> None:
    """"On 4 November" (its year guessed) is no date of "late November 2030": moved into 2030 the
    day lies outside the other's days; "March last year" counts its year from the day of writing,
    so it is no guess."""
    a, b = _pair(YEAR_GUESSED[0])
    a.date, a.earliest, a.latest, a.date_text = "2033-11-04", "2033-11-04", "2033-11-04", "4 November"
    b.date, b.earliest, b.latest, b.date_text = "2030-11", "2030-11-21", "2030-11-30", "late November 2030"
    b.sentence = "In late November 2030 the leaders of Aldoria and Borvia met at the Tarsk lighthouse."
    assert not merge.year_guessed_dates(merge.mention_info(a), merge.mention_info(b))
    a.date, a.earliest, a.latest = "2033-11-24", "2033-11-24", "2033-11-24"
    assert merge.year_guessed_dates(merge.mention_info(a), merge.mention_info(b))
    a.date_text = "November last year"
    assert not merge.year_guessed(a)
    assert not merge.year_guessed_dates(merge.mention_info(a), merge.mention_info(b))


def test_a_guessed_year_that_is_the_other_year_changes_nothing() -> None:
    """"March 18" (guessed 2034) and "16 March 2034": one year, two days apart — the near days'
    rules weigh them as before (:func:`chronica.chronicle.merge._near_days`), not this one."""
    a, b = _pair(YEAR_GUESSED[0])
    a.date, a.earliest, a.latest, a.date_text = "2034-03-18", "2034-03-18", "2034-03-18", "March 18"
    b.date, b.earliest, b.latest, b.date_text = "2034-03-16", "2034-03-16", "2034-03-16", "16 March 2034"
    b.sentence = "On 16 March 2034 the leaders of Aldoria and Borvia met at the Tarsk lighthouse."
    assert not merge.year_guessed_dates(merge.mention_info(a), merge.mention_info(b))
