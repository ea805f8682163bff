"""A full stop followed by a footnote or citation marker ends a sentence (".[2] The", ".[^5] On",
".12 The", ".\u00b9 The"): the two sentences are no longer read as one, so an event of the second
takes the second's time and cites the second alone. The marker stays with the sentence it closes;
numbers, initials and page references are no sentence end. The texts are written for these tests."""

from __future__ import annotations

import pytest

from chronica.nlp import sentence_offsets


def _sentences(nlp, text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_offsets(nlp(text))]


#: (text, the first sentence's end, the second's start): the parser alone reads each of these as
#: one sentence (checked at 8e20433, where five of the six fail); four kinds of marker, after a
#: word, a year, a quotation and a season
SPLIT_CASES = [
    # a bracketed number (an encyclopedia's reference)
    ("The rebels survived by retreating in 1978 to their base in the hills, which they held for the rest "
     "of the war.[2] Their fortunes turned in March 1988, when they destroyed a large force at Tarsa; two "
     "years later they captured the port.", "of the war.[2]", "Their fortunes turned"),
    ("In January 2019 a minister boarded a patrol boat anchored in the disputed waters.[12] Both sides "
     "suspended their port limits in March 2019, and in April the talks resumed.", "waters.[12]", "Both sides"),
    # a Markdown footnote
    ("A fact-finding mission visited the border later that summer; Borduria did not allow the mission to "
     "enter its territory.[^5] On 14 January 2009 the council adopted a resolution.",
     "its territory.[^5]", "On 14 January 2009"),
    # a bare footnote number run into the text by the cleaner
    ("The tribunal gave its award on the whole boundary in the summer.12 The ministry in Szohod rejected it "
     "the same day, and the premier called it void.", "in the summer.12", "The ministry in Szohod"),
    # a superscript number, after a quotation and after a word
    ("He called the accord \u201cdead\u201d.\u00b3 Nobody in the capital agreed.", "\u201cdead\u201d.\u00b3", "Nobody"),
    ("Borduria recognised Syldavia after the vote in April 1993 and its declaration the following month.\u00b9 "
     "The two governments exchanged envoys within a year.", "the following month.\u00b9", "The two governments"),
]


@pytest.mark.parametrize("text,first_end,second_start", SPLIT_CASES)
def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(nlp, text, first_end, second_start):
    sentences = _sentences(nlp, text)
    assert len(sentences) == 2, sentences
    assert sentences[0].endswith(first_end) and sentences[1].startswith(second_start), sentences


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
    # the second sentence's own story time (June 2008) reaches its event once the sentences are cut
    ("A fact-finding mission visited the border of Syldavia in June 2008, and the army dug trenches along "
     "the line.[^5] Borduria withdrew its troops from the headland, the ministry said.", "withdrew", "2008-06"),
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
