"""A full stop followed by a footnote or citation marker ends a sentence (".[2] The", ".[^5] On",
".12 The", ".\u00b9 The"): the two sentences are no longer read as one, so an event of the second
takes the second's time and cites the second alone. The marker stays with the sentence it closes;
numbers, initials and page references are no sentence end. The texts are written for these tests."""

from __future__ import annotations

import pytest

from chronica.nlp import sentence_offsets


def _sentences(nlp, text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_offsets(nlp(text))]


#: (text, the sentences): four kinds of marker, after a word, a year, a percentage and a quotation
SPLIT_CASES = [
    # a bracketed number (an encyclopedia's reference)
    ("The rebels retreated to the hills.[2] Their fortunes turned in March 1988.",
     ["The rebels retreated to the hills.[2]", "Their fortunes turned in March 1988."]),
    # a Markdown footnote after a year
    ("Borduria recognised Syldavia after the vote in April 1993.[^1] The two governments exchanged envoys.",
     ["Borduria recognised Syldavia after the vote in April 1993.[^1]", "The two governments exchanged envoys."]),
    # two references, after a percentage
    ("Turnout was 98%.[4][5] The result stood.", ["Turnout was 98%.[4][5]", "The result stood."]),
    # a bare footnote number run into the text by the cleaner
    ("The tribunal gave its award.12 The ministry rejected it the same day.",
     ["The tribunal gave its award.12", "The ministry rejected it the same day."]),
    # a superscript number, after a quotation
    ("He called the accord \u201cdead\u201d.\u00b3 Nobody in the capital agreed.",
     ["He called the accord \u201cdead\u201d.\u00b3", "Nobody in the capital agreed."]),
]


@pytest.mark.parametrize("text,sentences", SPLIT_CASES)
def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(nlp, text, sentences):
    assert _sentences(nlp, text) == sentences


#: no footnote: a decimal, a page reference, an initial before a number, a marker inside a sentence
KEEP_CASES = [
    "Sales rose 3.5 percent in May and the board met.",
    "See the report (p.12) for details of the vote.",
    "The order was signed by Gen. J. 12 Marines landed later.",
    "The clause[3] was struck out by the court in 2001.",
]


@pytest.mark.parametrize("text", KEEP_CASES)
def test_no_footnote_no_new_sentence(nlp, text):
    sentences = _sentences(nlp, text)
    assert not any(s[:1].isdigit() or s.startswith("[") for s in sentences), sentences
    assert "".join(sentences).replace(" ", "") == text.replace(" ", "")


#: (text, the trigger, its date): the event of the second sentence takes the second's own time,
#: not the first's
DATED_CASES = [
    ("The rebels retreated to the hills in 1978.[2] Two years later they captured the port of Varna.",
     "captured", "1980"),
    ("The council met in Tarsa on 3 May 2004.[^7] On 9 June 2004 the ministers signed the border accord.",
     "signed", "2004-06-09"),
    ("In 1961 the envoys left the capital.4 In 1963 Borduria and Syldavia restored diplomatic relations.",
     "restored", "1963"),
]


@pytest.mark.parametrize("text,trigger,date", DATED_CASES)
def test_the_second_sentence_event_takes_its_own_time(full, text, trigger, date):
    doc = full.make_doc(text)
    doc._.dct = "2021-06-01"
    found = full(doc)._.events
    events = [e for e in found if trigger in e.trigger]
    assert events, [(e.trigger, e.date) for e in found]
    assert all(e.date == date for e in events), [(e.trigger, e.date) for e in events]
