"""A word in small letters on the line of a word that ends no sentence goes on that sentence: the
parser must not cut a sentence after its opening date ("On 06.04.1994 | the plane was brought
down"), after the subject a heading line left it ("Greece and Turkey | both joined NATO"), or
inside a timeline entry ("... met in Pyongyang and signed | the 15 June Joint Declaration"),
which parts the time from the predicate it dates. Case tables from texts written for these tests
in the style of the dev texts (a translated history, an encyclopedia page with headings, lecture
slides with dated entries); a sentence that ends with its full stop stays cut."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline, sentence_spans


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


def _sentences(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[a:b] for _, a, b in sentence_spans(doc)]


#: (text, a sentence that must be whole)
WHOLE_CASES = [
    ("To understand how we got here, one has to go back to the spring of 1994. On 06.04.1994 the "
     "plane of the president was brought down over Kigali.",
     "On 06.04.1994 the plane of the president was brought down over Kigali."),
    ("Finally, on 01.06.1976, the minister signed an accord in Oslo giving 20 trawlers access for half "
     "a year. After 01.12.1976 no foreign trawler was allowed to fish inside the limit.",
     "After 01.12.1976 no foreign trawler was allowed to fish inside the limit."),
    ("The treaty of friendship was signed in Ankara in 1930.\n\nCold War\n\nGreece and Turkey both "
     "joined NATO on 18 February 1952.",
     "Greece and Turkey both joined NATO on 18 February 1952."),
    ("Sunshine: summits and Kaesong\n\n June 2000: Kim Dae-jung and Kim Jong-il met in Pyongyang and "
     "signed the 15 June Joint Declaration.",
     "June 2000: Kim Dae-jung and Kim Jong-il met in Pyongyang and signed the 15 June Joint Declaration."),
]


@pytest.mark.parametrize("text,sentence", WHOLE_CASES)
def test_a_sentence_is_not_cut_before_a_word_in_small_letters(full, text, sentence):
    assert sentence in _sentences(full, text)


def test_a_full_stop_still_ends_a_sentence(full):
    assert _sentences(full, "The rebels took the town. the army fled.") == ["The rebels took the town.", "the army fled."]


#: (text, trigger, date): the date opening the sentence dates its predicate
DATED_CASES = [
    ("The treaty of friendship was signed in Ankara in 1930.\n\nCold War\n\nGreece and Turkey both "
     "joined NATO on 18 February 1952.", "joined", "1952-02-18"),
    ("To understand how we got here, one has to go back to the spring of 1994. On 06.04.1994 rebels "
     "shot down the plane of the president over Kigali.", "shot down", "1994-04-06"),
]


@pytest.mark.parametrize("text,trigger,date", DATED_CASES)
def test_the_opening_date_dates_the_predicate(full, text, trigger, date):
    doc = full.make_doc(text)
    doc._.dct = None
    for _, proc in full.pipeline:
        doc = proc(doc)
    assert date in [e.date for e in extract_events(doc, dct=None) if trigger in e.trigger]
