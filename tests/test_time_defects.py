"""Issue 10, slice 5: the time-expression defects, each a case table of sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The consul crossed the river in 49 BC with one legion.", "49 BC", "BC0049"),
        ("The city fell to the besiegers in 404 BCE after a long winter.", "404 BCE", "BC0404"),
        ("Bronze tools reached the valley around 3000 B.C. from the east.", "3000 B.C.", "BC3000"),
        ("In the 5th century BC the harbour was walled.", "the 5th century BC", "BC04"),
    ],
)
def test_time_bc_dates(sentence: str, expression: str, value: str) -> None:
    assert _find(tag(sentence, None), expression).value == value


@pytest.mark.parametrize(
    "sentence, expression, ends, parts",
    [
        ("The war (1950-53) ended in a truce.", "1950-53", ("1950", "1953"), [("1950", "1950"), ("53", "1953")]),
        ("He governed the province 1921–24 before retiring.", "1921–24", ("1921", "1924"), [("1921", "1921"), ("24", "1924")]),
        ("The siege of 1683-1699 drained the treasury.", "1683-1699", ("1683", "1699"), [("1683", "1683"), ("1699", "1699")]),
        ("The battle was fought on 22-25 April 1951 near the river.", "22-25 April 1951", ("1951-04-22", "1951-04-25"),
         [("22", "1951-04-22"), ("25 April 1951", "1951-04-25")]),
        ("Talks ran 3–5 May 1952 in the capital.", "3–5 May 1952", ("1952-05-03", "1952-05-05"),
         [("3", "1952-05-03"), ("5 May 1952", "1952-05-05")]),
        ("Envoys met 10-12 March 1848 at the bridge.", "10-12 March 1848", ("1848-03-10", "1848-03-12"),
         [("10", "1848-03-10"), ("12 March 1848", "1848-03-12")]),
        ("The strikes lasted April–October 1980.", "April–October 1980", ("1980-04", "1980-10"),
         [("April", "1980-04"), ("October 1980", "1980-10")]),
        ("Rationing ran May-September 1947 in the towns.", "May-September 1947", ("1947-05", "1947-09"),
         [("May", "1947-05"), ("September 1947", "1947-09")]),
        ("The fleet wintered there January–March 1806.", "January–March 1806", ("1806-01", "1806-03"),
         [("January", "1806-01"), ("March 1806", "1806-03")]),
    ],
)
def test_time_ranges_have_both_ends(sentence: str, expression: str, ends: tuple[str, str], parts) -> None:
    for dct in (None, "2020-02-02"):
        tx = _find(tag(sentence, dct), expression)
        assert (tx.value, tx.value_end) == ends
        assert [(p.text, p.value) for p in tx.parts] == parts


@pytest.mark.parametrize(
    "text, expression, value, duration",
    [
        ("The siege began on 3 March 1941. Ten days later the city fell.", "Ten days later", "1941-03-13", "P10D"),
        ("The envoy landed on May 2, 1898. Two weeks later he sailed home.", "Two weeks later", "1898-05-16", "P2W"),
        ("The fire started on 14 June 1760. Three days later the wind turned.", "Three days later", "1760-06-17", "P3D"),
        ("The truce was signed on 8 May 1871. Five days earlier the guns had stopped.", "Five days earlier", "1871-05-03", "P5D"),
    ],
)
def test_time_days_later_are_resolved_like_a_year_later(text: str, expression: str, value: str, duration: str) -> None:
    tx = _find(tag(text, None), expression)
    assert (tx.type, tx.value, tx.anchor) == ("DATE", value, "narrative")
    assert [p.value for p in tx.parts] == [duration]  # what TimeML annotates


@pytest.mark.parametrize(
    "text, dct, value",
    [
        ("The treaty was signed on February 29.", "2023-05-01", "2020-02-29"),
        ("The vote will take place on February 29.", "2023-05-01", "2024-02-29"),
        ("In 1900 the fair opened. On February 29 it closed.", None, "1904-02-29"),
        ("The storm of 1861 began in January. On February 29 the roads opened.", None, "1864-02-29"),
    ],
)
def test_time_february_29_in_a_year_without_one(text: str, dct: str | None, value: str) -> None:
    assert _find(tag(text, dct), "February 29").value == value


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The empire lasted 1,460 years.", "1,460 years", "P1460Y"),
        ("The dynasty ruled for 1,100 years.", "1,100 years", "P1100Y"),
        ("The forest had stood for some 2,000 years.", "some 2,000 years", "P2000Y"),
    ],
)
def test_time_thousands_separators_in_durations(sentence: str, expression: str, value: str) -> None:
    assert _find(tag(sentence, None), expression).value == value


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("The plan, called Fall Gelb, was ready in 1940.", "Fall"),
        ("He moved to Fall River in 1920.", "Fall"),
        ("The Spring Offensive of 1918 failed.", "Spring"),
        ("The Winter Palace was stormed in 1917.", "Winter"),
    ],
)
def test_time_a_season_word_inside_a_name_is_no_season(sentence: str, absent: str) -> None:
    assert not any(absent in t.text for t in tag(sentence, None))


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("In the fall of 1453 they left.", "the fall of 1453", "1453-FA"),
        ("Fall 1944 saw the front move west.", "Fall 1944", "1944-FA"),
    ],
)
def test_time_seasons_still_tagged(sentence: str, expression: str, value: str) -> None:
    assert _find(tag(sentence, None), expression).value == value


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("The revolution of 1789 changed France. By '89 the old order was gone.", "'89", "1789"),
        ("The revolt of 1848 spread fast. In '49 it was crushed.", "'49", "1849"),
        ("The canal was begun in 1817. It opened in '25.", "'25", "1825"),
        ("He was born in '64.", "'64", "1964"),
    ],
)
def test_time_two_digit_year_takes_the_narrative_century(text: str, expression: str, value: str) -> None:
    assert _find(tag(text, None), expression).value == value


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("He was born about 1910 and died around 1975.", "1910", "1910"),
        ("The fort was built circa 1650 on the hill.", "1650", "1650"),
        ("The mill closed around 1880, when the river silted up.", "1880", "1880"),
    ],
)
def test_time_about_a_year(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, None), expression)
    assert (tx.value, tx.mod) == (value, "APPROX")


@pytest.mark.parametrize(
    "sentence",
    ["There were about 1910 soldiers in the fort.", "It cost about 1500 of them.", "Roughly 1200 people came."],
)
def test_time_about_a_number_is_no_year(sentence: str) -> None:
    assert tag(sentence, None) == []


def test_evaluate_skips_a_baseline_that_is_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chronica.time import evaluate as ev

    (tmp_path / "a.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-01">2020-01-01</TIMEX3></DCT>'
        '<TEXT>It rained in <TIMEX3 tid="t1" type="DATE" value="1999">1999</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    monkeypatch.setitem(ev.BASELINE_PACKAGES, "timexy", "timexy_not_installed_here")
    results = ev.evaluate(tmp_path, systems=("chronica", "timexy"))
    assert "timexy" not in results and "chronica" in results
    assert "timexy_not_installed_here" in results["_skipped"]["timexy"]


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        ("On July 15, 1974, officers seized the palace.\nOn July 20, troops landed on the coast.", "2024-07-10",
         "July 20", "1974-07-20"),
        ("The strike began on March 3, 1921. On March 9 the port closed.", "2021-03-01", "March 9", "1921-03-09"),
        ("Talks opened on 2 May 1898 in the town hall. On 6 May the envoys left.", "2020-06-01", "6 May", "1898-05-06"),
        # news told on its own date: another month, or an earlier day, keeps to the document date
        ("The firm was founded on June 3, 1950. On March 3 its shares fell.", "2021-04-01", "March 3", "2021-03-03"),
        ("The treaty was signed on June 3, 1950. On June 1 the minister resigned.", "2021-07-01", "June 1", "2021-06-01"),
    ],
)
def test_time_a_later_day_of_the_month_just_told_continues_that_story(text, dct, expression, value) -> None:
    assert _find(tag(text, dct), expression).value == value


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # no date of writing: "the year" of a history is the story's year, not a lower bound's
        ("The fleet sailed in 1956. By the end of the year the last troops had gone.", None, "the end of the year", "1956"),
        ("Parliament met in 1832. During the year three ministers resigned.", None, "the year", "1832"),
        ("A plague struck in 1665. Throughout the year the court stayed away.", None, "the year", "1665"),
        # "the same year" is the story's whatever the document date
        ("The canal opened in 1869. The same year a war began.", "2020-05-01", "The same year", "1869"),
        # with a known date of writing, news keeps "the year" on it
        ("Prices rose in 1989. By the end of the year they fell.", "2020-05-01", "the end of the year", "2020"),
    ],
)
def test_time_the_year_of_a_history_is_the_narrative_year(text, dct, expression, value) -> None:
    assert _find(tag(text, dct), expression).value == value
