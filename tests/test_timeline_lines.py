"""A timeline as publishers write it: a year alone on its line heads the entries under it, and
each entry ("12 March Borduria closes the border") is one sentence, kept in the body and dated
from its own day and the heading's year. Case tables from texts written for these tests."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.ingest._clean import clean_text
from chronica.nlp import load_pipeline

TIMELINES = [
    ("1961\n\n12 March Borduria closes the border\n\n15 July Ruritanian troops attack Strelsau\n\n"
     "1962 \u2013\n\n4 May Ruritania and Borduria sign a ceasefire in Geneva\n"),
    "Key dates\n\n1956\n\n26 July Egypt seizes the Suez Canal Company\n\n5 November British paratroops land at Port Said\n",
    "Chronology\n\n1982\n\n2 April Argentine troops invade the Falkland Islands\n\n14 June Argentina surrenders\n",
]


@pytest.mark.parametrize("text", TIMELINES)
def test_a_year_heading_is_kept_in_the_body(text):
    body = clean_text(text).text
    years = [line.split()[0] for line in text.splitlines() if line[:4].isdigit() and len(line.split()) <= 2]
    assert years and all(f"\n{y}" in "\n" + body for y in years)


@pytest.mark.parametrize("line", ["2", "12", "Page 3", "3456"])
def test_a_page_number_line_still_goes(line):
    assert line not in clean_text(f"The army crossed the river at dawn.\n\n{line}\n\nThe town fell by noon.").text.split("\n")


#: (text, each timeline line that must be one sentence)
ONE_SENTENCE_CASES = [(t, [line for line in t.splitlines() if line.strip()]) for t in TIMELINES]


@pytest.fixture(scope="module")
def full():
    return load_pipeline(("chronica_time", "chronica_actors"))


@pytest.mark.parametrize("text,lines", ONE_SENTENCE_CASES)
def test_a_timeline_line_is_one_sentence(full, text, lines):
    sentences = [s.text.strip() for s in full(text).sents]
    assert all(line.strip() in sentences for line in lines)


def test_prose_lines_still_split_at_full_stops(full):
    sents = [s.text.strip() for s in full("Egypt expelled the envoy. Britain protested.\nTalks ended.").sents]
    assert sents == ["Egypt expelled the envoy.", "Britain protested.", "Talks ended."]


#: (text, event type, date): the entry's day in the heading's year
DATED_ENTRIES = [
    (TIMELINES[0], "ASSAULT", "1961-07-15"),
    (TIMELINES[1], "COERCE", "1956-07-26"),
    (TIMELINES[2], "INVADE", "1982-04-02"),
]


@pytest.mark.parametrize("text,form,date", DATED_ENTRIES)
def test_a_timeline_entry_is_dated_in_its_heading_year(full, text, form, date):
    body = clean_text(text).text
    assert date in [e.date for e in extract_events(full(body)) if e.form == form]


#: (text, the sentences): a line opening with a list marker starts a sentence of its own
LIST_ITEM_CASES = [
    ("Chronology\n- (1973) Peru renewed its claims, Chile refused\n- (1975) Relations broke down\n",
     ["- (1973) Peru renewed its claims, Chile refused", "- (1975) Relations broke down"]),
    ("Key dates\n* 1884: Bolivia ceded the coast\n* 1904: A treaty followed\n",
     ["* 1884: Bolivia ceded the coast", "* 1904: A treaty followed"]),
    ("Events\n\u2022 Egypt closed the straits\n\u2022 Israel attacked the airfields\n",
     ["\u2022 Egypt closed the straits", "\u2022 Israel attacked the airfields"]),
]


@pytest.mark.parametrize("text,items", LIST_ITEM_CASES)
def test_a_list_item_starts_a_sentence(full, text, items):
    sentences = [s.text.strip() for s in full(text).sents]
    assert all(item in sentences for item in items), sentences


def test_a_dash_inside_a_line_is_no_list_item(full):
    assert len(list(full("The war - a short one - ended in 1995.").sents)) == 1
