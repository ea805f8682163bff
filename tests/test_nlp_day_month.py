"""A month name after the number of a day on the same line is never the start of a sentence: the
parser cut "27 | May 1961 - ...", "29 | Sept.: first British troops ..." and "21 | November -
Kosovo ...", leaving the day alone and the entry's clause without it (a timeline with dashes, an
almanac with abbreviated months, a timeline with entries under a lone year). Case tables from texts
written for these tests in the style of the dev texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import sentence_spans


def _sentences(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[a:b] for _, a, b in sentence_spans(doc)]


#: (text, a sentence that must be whole)
WHOLE_CASES = [
    # a timeline whose entries open with day, month and year and a dash
    ("1961-1966: FEDERATION AND CONFRONTATION\n\n27 May 1961 - Malayan Prime Minister Tunku Abdul "
     "Rahman floats the idea of a wider federation joining Malaya, Singapore and the Borneo territories.\n"
     "3 May 1964 - Sukarno proclaims the Dwikora to crush Malaysia in a speech in Jakarta to a large crowd.",
     "3 May 1964 - Sukarno proclaims the Dwikora to crush Malaysia in a speech in Jakarta to a large crowd."),
    ("1966 - 1970\n\n26 May 1966 - Guyana becomes independent and joins the Geneva Agreement as a party "
     "in its own right, with a seat on the Mixed Commission.",
     "26 May 1966 - Guyana becomes independent and joins the Geneva Agreement as a party in its own right, "
     "with a seat on the Mixed Commission."),
    # an almanac: the year, then day and abbreviated month and a colon, entries run on in one paragraph
    ("1945 17 Aug.: Sukarno and Mohammad Hatta proclaim independence at Jakarta. 29 Sept.: first British "
     "troops land at Batavia (Jakarta) to disarm the Japanese; Dutch officials follow.",
     "29 Sept.: first British troops land at Batavia (Jakarta) to disarm the Japanese; Dutch officials follow."),
    ("1949 28 Jan.: the Security Council demands the release of the Republican leaders held on Bangka.",
     "1949 28 Jan.: the Security Council demands the release of the Republican leaders held on Bangka."),
    # entries under a year alone on its line
    ("2018\n21 November - Kosovo imposes a 100% tariff on Serbian goods after Belgrade lobbies against "
     "its Interpol bid to join the agency.",
     "21 November - Kosovo imposes a 100% tariff on Serbian goods after Belgrade lobbies against its "
     "Interpol bid to join the agency."),
]


@pytest.mark.parametrize("text,sentence", WHOLE_CASES)
def test_a_day_and_its_month_stay_in_one_sentence(pipeline, text, sentence):
    assert sentence in _sentences(pipeline, text)


#: a number that ends a sentence and a month that opens the next stay apart
def test_a_number_ending_a_sentence_is_no_day(pipeline):
    text = "The final count was 31 to 27. May brought new talks in Geneva between the two delegations."
    assert "May brought new talks in Geneva between the two delegations." in _sentences(pipeline, text)


#: (text, trigger, date): the entry's day dates its event
DATED_CASES = [
    ("2018\n21 November - Kosovo imposes a 100% tariff on Serbian goods after Belgrade lobbies against "
     "its Interpol bid to join the agency.", "imposes", "2018-11-21"),
    ("1961-1966: FEDERATION AND CONFRONTATION\n\n18 Sep 1963 - The British embassy in Jakarta is burned "
     "by a mob.\n3 May 1964 - Indonesia sends paratroopers into Johor "
     "to attack Malaysian troops near Labis.", "sends", "1964-05-03"),
]


@pytest.mark.parametrize("text,trigger,date", DATED_CASES)
def test_the_entry_day_dates_its_event(pipeline, text, trigger, date):
    events = [e for e in extract_events(pipeline(text)) if e.trigger.startswith(trigger)]
    assert events and events[0].date == date


#: digits of other scripts that ``str.isdigit`` takes and ``int`` refuses, as a PDF's text layer
#: sets them apart: a footnote's superscript before a month ("... 1994 \u00b9 May ..."), a subscript;
#: no cut is decided by them, no crash either (a policy brief's PDF was lost with "invalid literal
#: for int()")
@pytest.mark.parametrize("text", [
    "The treaty was signed on 26 October 1994 \u00b9 May the peace hold, the king said that evening.",
    "Deliveries rose to 50 million cubic metres \u00b2 June brought the first summer shortfall.",
    "The basin report cites the figures \u2083 March was the driest month of the decade.",
])
def test_a_digit_of_another_script_before_a_month_is_no_day(pipeline, text: str) -> None:
    assert _sentences(pipeline, text)  # parsed whole, no ValueError from int("\u00b9")
