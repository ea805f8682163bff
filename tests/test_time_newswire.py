"""Unit tests of newswire constructions (TimeML / TempEval-3 conventions), on sentences written
for the tests."""

from __future__ import annotations

import pytest

from chronica.time import Timex, tag


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not found in {[t.text for t in timexes]}")


def _values(sentence: str, dct: str | None = "2024-07-25") -> dict[str, str]:
    return {t.text: t.value for t in tag(sentence, dct)}


@pytest.mark.parametrize("sentence,expression,value", [
    ("The strike may go on for three more weeks.", "three more weeks", "P3W"),
    ("The index fell for six trading days.", "six trading days", "P6D"),
    ("Refunds take ten business days.", "ten business days", "P10D"),
    ("He was granted an additional month to reply.", "an additional month", "P1M"),
    ("The rover ran for 40 consecutive days.", "40 consecutive days", "P40D"),
])
def test_durations_with_a_word_between_number_and_unit(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value) == ("DURATION", value)


@pytest.mark.parametrize("sentence,expression,value", [
    ("They held a day-long workshop on soil.", "day-long", "P1D"),
    ("The village ended a decades-long feud.", "decades-long", "PXY"),
    ("A weeklong festival closed the season.", "weeklong", "P1W"),
    ("She led a months-long campaign for the bridge.", "months-long", "PXM"),
    ("The museum reopened after a year-long renovation.", "year-long", "P1Y"),
])
def test_long_adjectives_are_durations(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value) == ("DURATION", value)


def test_year_end_after_a_preposition() -> None:
    values = _values("The merger should close by year-end; the fund has gained 4% since year's end.", "2024-07-25")
    assert values == {"year-end": "2024", "year's end": "2023"}
    tx = _find(tag("The sale is expected around year end.", "2024-07-25"), "around year end")
    assert (tx.value, tx.mod) == ("2024", "END")


def test_year_end_as_a_modifier_is_not_tagged() -> None:
    assert tag("The year-end bonus pool was cut.", "2024-07-25") == []


@pytest.mark.parametrize("sentence,expression,value", [
    ("The alarm rang at 4 in the morning.", "4 in the morning", "2024-07-25T04:00"),
    ("The ferry leaves at ten at night.", "ten at night", "2024-07-25T22:00"),
    ("The shop opens at two in the afternoon.", "two in the afternoon", "2024-07-25T14:00"),
])
def test_clock_hour_with_part_of_day(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value) == ("TIME", value)


def test_clock_hour_not_before_session_nouns() -> None:
    assert "2 in the morning" not in _values("He scored 2 in the morning session.")


def test_passive_participle_takes_the_tense_of_its_auxiliary() -> None:
    # DCT in March: "will be named ... in December" is this December, not last December
    assert _values("She will be named head of the crew for a flight in December.", "2024-03-04") == {
        "December": "2024-12"}


def test_pluperfect_schedule_points_back() -> None:
    # DCT Wednesday 2024-07-24: the deadline had been Friday, i.e. the past Friday
    assert _values("The offer had been scheduled to expire Friday.", "2024-07-24") == {"Friday": "2024-07-19"}


@pytest.mark.parametrize("sentence,expression,value", [
    ("Rates may fall in coming months, traders said.", "coming months", "PXM"),
    ("Funds will sell bonds in the weeks ahead.", "the weeks ahead", "PXW"),
    ("Margins shrank in recent quarters.", "recent quarters", "PXQ"),
])
def test_vague_spans_ahead_and_coming(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value) == ("DURATION", value)


def test_fractions_of_quarters_are_not_spans() -> None:
    assert "three quarters" not in _values("Voters backed the plan by three quarters of the vote.")


def test_yesterdays_after_a_preposition_is_a_day() -> None:
    assert _values("Traders reacted calmly to yesterday's rate cut.", "2024-07-25") == {"yesterday": "2024-07-24"}


def test_todays_in_a_generic_phrase_is_not_tagged() -> None:
    assert "today" not in _values("Life in today's cities is fast.")


def test_reporting_periods_in_results() -> None:
    text = ("Net income rose in the second quarter. Revenue in the latest period grew 8% from the 2023 quarter, "
            "and costs were flat against the year-earlier period. The 2024 period had no one-time gains.")
    values = _values(text, "2024-08-10")
    assert values["the latest period"] == "2024-Q2"
    assert values["the 2023 quarter"] == "2023-Q2"
    assert values["the year-earlier period"] == "2023-Q2"
    assert values["The 2024 period"] == "2024-Q2"


def test_other_periods_are_not_dates() -> None:
    assert _values("During that period, the river rose. The period of calm ended.") == {}


def test_plans_as_a_noun_is_no_future_cue() -> None:
    # DCT Monday 2024-07-22: "On Friday, ... set aside her travel plans" is the past Friday
    assert _values("On Friday, when the mayor set aside her travel plans, the storm hit.", "2024-07-22") == {
        "Friday": "2024-07-19"}


def test_plans_to_is_a_future_cue() -> None:
    assert _values("The team plans to leave the port on Thursday.", "2024-07-22") == {"Thursday": "2024-07-25"}


def test_since_points_to_the_past() -> None:
    # DCT in May: "since the Oct. 12 fire" is last October, not next
    assert _values("Crews have been searching since shortly after the Oct. 12 fire.", "2024-05-06") == {
        "Oct. 12": "2023-10-12"}


@pytest.mark.parametrize("sentence,expression,value", [
    ("Net sales for this year's third quarter were $4 million.", "this year's third quarter", "2024-Q3"),
    ("The cut could take effect in next year's first quarter.", "next year's first quarter", "2025-Q1"),
    ("Output in last year's second half fell.", "last year's second half", "2023-H2"),
])
def test_possessive_year_with_a_quarter(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence, "2024-10-20")[expression] == value


def test_last_years_quarter_is_the_quarter_in_discussion() -> None:
    values = _values("Profit rose in the third quarter. Sales for last year's quarter were lower.", "2024-10-20")
    assert values["last year's quarter"] == "2023-Q3"


def test_last_years_amount_stays_a_year() -> None:
    assert _values("Sales rose from last year's $2 billion.", "2024-10-20") == {"last year": "2023"}


@pytest.mark.parametrize("sentence,expected", [
    ("The summit meets on April 24 and 25 in Oslo.", {"April 24": "2024-04-24", "25": "2024-04-25"}),
    ("Hearings ran Feb. 3, 4 and 5.", {"Feb. 3": "2024-02-03", "4": "2024-02-04", "5": "2024-02-05"}),
    ("The fair is open June 10-12.", {"June 10": "2024-06-10", "12": "2024-06-12"}),
])
def test_coordinated_days_share_the_month(sentence: str, expected: dict[str, str]) -> None:
    assert _values(sentence, "2024-03-01") == expected


@pytest.mark.parametrize("sentence", [
    "On March 3, 12 were killed in the blast.",
    "On March 3 and 4 percent of voters agreed.",
    "The vote is set for Nov. 7, 2024 and 8 more are due.",
])
def test_numbers_after_a_date_are_not_days(sentence: str) -> None:
    assert len(tag(sentence, "2024-03-01")) == 1


def test_abbreviation_full_stops_do_not_end_the_clause() -> None:
    # DCT Thursday 2024-07-25: the game "is set for 8 p.m. Saturday" is the coming Saturday
    assert _values("The final is set for 8 p.m. Saturday.", "2024-07-25") == {"8 p.m. Saturday": "2024-07-27T20:00"}


def test_next_to_is_no_future_cue() -> None:
    # DCT Saturday 2024-07-27: a blast "next to the U.S. consulate ... Friday morning" was yesterday
    assert _values("A blast hit a shop next to the U.S. consulate in Lagos Friday morning.", "2024-07-27") == {
        "Friday morning": "2024-07-26TMO"}


def test_verbs_ending_in_eed_are_not_past() -> None:
    # DCT 2024-10-20: "will succeed ... Feb. 1" is next February
    assert _values("Ms. Ortiz will succeed Paul R. Lund Feb. 1, the bank said.", "2024-10-20")["Feb. 1"] == "2025-02-01"


def test_quarter_point_is_no_duration() -> None:
    assert _values("The bank cut its key rate by a quarter point.") == {}


def test_half_of_the_year() -> None:
    assert _values("The deal should close in the second half of the year.", "2024-03-01") == {
        "the second half of the year": "2024-H2"}


def test_clock_with_short_time_zone() -> None:
    tx = _find(tag("Trading resumed at 10 a.m. ET on Wednesday.", "2024-07-25"), "10 a.m. ET on Wednesday")
    assert tx.value == "2024-07-24T10:00"


def test_periods_a_year_back() -> None:
    text = ("Profit rose in the second quarter. It earned $3 million in the corresponding period last year "
            "and lost money in the quarter a year ago; the comparable quarter was weak, as was the first half last year.")
    values = _values(text, "2024-08-10")
    assert values["the corresponding period last year"] == "2023-Q2"
    assert values["the quarter a year ago"] == "2023-Q2"
    assert values["the comparable quarter"] == "2023-Q2"
    assert values["the first half last year"] == "2023-H1"


def test_ago_with_or_so() -> None:
    tx = _find(tag("The plant closed a year or so ago.", "2024-07-25"), "a year or so ago")
    assert (tx.value, tx.mod) == ("2023", "APPROX")


def test_title_case_show_names_are_not_weeks() -> None:
    assert _values('The minister spoke on "This Week With Ann Lee" about the budget.') == {}
    assert _values("This week, the minister spoke.", "2024-07-25") == {"This week": "2024-W30"}


def test_plans_a_is_a_future_cue() -> None:
    assert _values("The union plans a rally on Saturday.", "2024-07-22") == {"Saturday": "2024-07-27"}


def test_high_noon_is_no_clock_time() -> None:
    assert _values("For the party, high noon comes today.", "2024-07-25") == {"today": "2024-07-25"}


def test_year_two_thousand_in_words() -> None:
    values = _values("The goal is to halve poverty by the year two thousand and five; they sold two thousand cars.", "1998-03-03")
    assert values == {"the year two thousand and five": "2005"}


@pytest.mark.parametrize("sentence,expression,value", [
    ("Shares slid by mid-afternoon yesterday.", "mid-afternoon yesterday", "2024-07-24TAF"),
    ("By midmorning, the crowd had grown.", "midmorning", "2024-07-25TMO"),
])
def test_middle_of_a_part_of_day(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value, tx.mod) == ("TIME", value, "MID")


@pytest.mark.parametrize("sentence,expression,value", [
    ("The museum is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("The ferry sails Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("The festival is held each July.", "each July", "XXXX-07"),
])
def test_recurring_days_and_months_are_sets(sentence: str, expression: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expression)
    assert (tx.type, tx.value) == ("SET", value)


def test_couple_of_is_two() -> None:
    assert _values("Over the next couple of years, rates will rise.") == {"the next couple of years": "P2Y"}


def test_reported_quarter_results_are_past() -> None:
    # DCT in March: fourth-quarter results due next week are last year's fourth quarter
    assert _values("Fourth-quarter results will be released Monday.", "2024-03-21")["Fourth-quarter"] == "2023-Q4"


def test_expected_quarter_is_ahead() -> None:
    assert _values("The company expects a profit in the fourth quarter.", "2024-03-21") == {
        "the fourth quarter": "2024-Q4"}


def test_hyphenated_duration_leaves_the_determiner_out() -> None:
    assert _values("The two-hour meeting ended without a deal.") == {"two-hour": "PT2H"}


@pytest.mark.parametrize("sentence", [
    "It is hard to say what happens at this point.",
    "At that point, the talks would collapse.",
    "There were nine members at the time of its founding.",
])
def test_stage_phrases_are_not_dates(sentence: str) -> None:
    assert tag(sentence, "2024-07-25") == []


@pytest.mark.parametrize("sentence,expression,value", [
    ("The parade was held on Labor Day.", "Labor Day", "2024-09-02"),
    ("They met on New Year's Day.", "New Year's Day", "2024-01-01"),
    ("The race will be tight until Election Day.", "Election Day", "2024-11-05"),
])
def test_title_case_holidays(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence, "2024-10-01")[expression] == value


@pytest.mark.parametrize("sentence,expression,value", [
    ("Three days later, the index recovered.", "Three days", "P3D"),
    ("Just over an hour later, the ferry sank.", "Just over an hour", "PT1H"),
    ("A week earlier, the bank had failed.", "A week", "P1W"),
])
def test_short_steps_later_are_durations(sentence: str, expression: str, value: str) -> None:
    """TimeML annotates the duration (kept as the expression's part); the expression itself names
    the day it leads to (issue 10: "N days later" is resolved like "a year later")."""
    whole = next(t for t in tag(sentence, "2024-07-25") if t.text.startswith(expression))
    (part,) = whole.parts
    assert (part.text, part.type, part.value) == (expression, "DURATION", value)
    assert whole.type == "DATE" and whole.value[:1].isdigit()


def test_year_steps_later_stay_dates() -> None:
    assert _values("The mill opened in 1871. A year later it burned.", None)["A year later"] == "1872"


def test_next_quarter_guidance_stays_this_year() -> None:
    assert _values("The company expects fourth-quarter earnings to be flat.", "2024-07-21") == {
        "fourth-quarter": "2024-Q4"}
