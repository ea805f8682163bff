"""When events happened: sentence dates, the narrative anchor, the document date; offsets."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.time.docdate import InferredDate
import chronica.time.component  # noqa: F401  registers doc._.inferred_dct


def tx(text: str, phrase: str, value: str, *, type_: str = "DATE", anchor: str = "absolute") -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, "type": type_,
            "value": value, "anchor": anchor}


def test_narrative_anchor_from_an_earlier_sentence(nlp):
    text = "The crisis began in 1962. Later that autumn, Cuba attacked Haiti."
    # stand-in time expressions: "1962" only (the tagger's narrative work is its own)
    evs = extract_events(nlp(text), timexes=[tx(text, "1962", "1962")])
    e = [e for e in evs if e.form == "ASSAULT"][0]
    assert e.date == "1962" and e.date_source == "narrative" and e.date_text == "1962"
    assert e.earliest == "1962-01-01" and e.latest == "1962-12-31"


def test_durations_are_not_anchors(nlp):
    text = "The war lasted three years. Cuba attacked Haiti."
    evs = extract_events(nlp(text), timexes=[tx(text, "three years", "P3Y", type_="DURATION")])
    assert [e for e in evs if e.form == "ASSAULT"][0].date is None


def test_no_document_date_for_past_history(nlp):
    text = "Cuba attacked Haiti."
    e = extract_events(nlp(text), dct="2024-07-25", timexes=[])[0]
    assert e.date is None and e.date_source is None


def test_document_date_for_recent_events(nlp):
    text = "Cuba has recently sold weapons to Haiti."
    e = extract_events(nlp(text), dct="2024-07-25", timexes=[])[0]
    assert e.date == "2024-07-25" and e.date_source == "document"


def test_future_events_get_no_date(nlp):
    text = "In 1990 the talks ended. Cuba will attack Haiti."
    e = [e for e in extract_events(nlp(text), timexes=[tx(text, "1990", "1990")]) if e.form == "ASSAULT"][0]
    assert e.date is None and e.modality == "planned"


def test_an_old_paragraph_date_does_not_carry(nlp):
    text = "The treaty was signed in 1919.\nPeace held.\nMore years passed.\nCuba attacked Haiti."
    evs = extract_events(nlp(text), timexes=[tx(text, "1919", "1919")])
    assert [e for e in evs if e.form == "ASSAULT"][0].date is None


def test_time_expression_attached_to_its_own_predicate(nlp):
    text = "After the Soviet Union collapsed in 1991, Cuba attacked Haiti in 1994."
    evs = extract_events(nlp(text), timexes=[tx(text, "1991", "1991"), tx(text, "1994", "1994")])
    by_type = {e.form: e for e in evs}
    assert by_type["COLLAPSE"].date == "1991" and by_type["ASSAULT"].date == "1994"


def test_guessed_document_date_is_not_trusted(nlp):
    text = "Last October Cuba attacked Haiti."
    guessed = tx(text, "Last October", "1989-10", anchor="dct")
    e = extract_events(nlp(text), timexes=[guessed])[0]
    assert e.date is None
    e = extract_events(nlp(text), dct="1990-03-01", timexes=[guessed])[0]
    assert e.date == "1989-10"


def test_sentence_index_and_offsets_match_the_store(nlp):
    from chronica.nlp import sentence_offsets

    text = "Title line\n\n\n  Cuba attacked Haiti in 1994.  \n\nGermany invaded Poland in 1939."
    doc = nlp(text)
    offsets = sentence_offsets(doc)
    for e in extract_events(doc, timexes=[]):
        assert (e.sentence_start, e.sentence_end) == offsets[e.sentence_idx]
        assert e.sentence == text[e.sentence_start : e.sentence_end]
        assert text[e.trigger_start : e.trigger_end] == e.trigger
        for p in e.participants:
            assert p.start is not None and text[p.start : p.end] == p.text


def test_participant_state_follows_the_event_date(nlp):
    from chronica.events._actors import knowledge_base

    if knowledge_base() is None:
        return
    text = "In 1962 Moscow supplied weapons to Cuba. In 2015 Moscow supplied weapons to Syria."
    evs = extract_events(nlp(text), timexes=[tx(text, "1962", "1962"), tx(text, "2015", "2015")])
    states = [e.actors("source")[0].state for e in evs]
    assert states == ["SUN", "RUS"]


def test_inferred_document_date_is_not_used(nlp):
    from spacy.tokens import Doc

    if not Doc.has_extension("dct"):
        Doc.set_extension("dct", default=None)
    doc = nlp("Cuba has recently sold weapons to Haiti.")
    doc._.dct = "2024-07-25"
    assert extract_events(doc, timexes=[])[0].date == "2024-07-25"
    doc._.inferred_dct = InferredDate("2024-07", 0.5, "a guess for the test")
    assert extract_events(doc, timexes=[])[0].date is None


#: a time told only inside a clause of the sentence (a relative or adverbial clause) is that
#: clause's, not the sentence's: the main event keeps the narrative's date (three texts of our own)
CLAUSE_TIME_CASES = [
    (("On 3 May 1998 the talks opened. Peru accused Chile of moving troops to the posts "
     "they had left last year."), "1998-05-03"),
    (("The summit was held on 12 June 2003. Egypt criticised Israel over the settlers, "
     "who had arrived there in March."), "2003-06-12"),
    (("Fighting resumed on 4 April 1994. Rwanda accused Burundi, whose army had crossed "
     "the border in 1993."), "1994-04-04"),
]


@pytest.mark.parametrize("text,date", CLAUSE_TIME_CASES)
def test_a_clause_time_is_not_the_sentences(nlp, text, date):
    evs = [e for e in extract_events(nlp(text)) if e.sentence_idx == 1]
    main = [e for e in evs if e.form in ("ACCUSE", "DISAPPROVE", "PROTEST")]
    assert main and all(e.date == date for e in main), [(e.form, e.date) for e in evs]


#: a clause that points back with a demonstrative to a thing named with its date ("the pact of
#: 2016 ... In that pact ...") happened within it (three texts of our own)
ANAPHORA_CASES = [
    (("Chile left the fisheries pact of 2011 last spring. In that pact Chile agreed to "
     "cooperate with Peru on fishing."), "COOPERATE", "2011"),
    ("The 1995 accord is now void. Under this accord Croatia agreed to cooperate with Serbia on refugees.",
     "COOPERATE", "1995"),
    (("Observers recall the 1979 summit in Vienna. At that summit Moscow agreed to cooperate "
     "with Washington on arms control."), "COOPERATE", "1979"),
]


@pytest.mark.parametrize("text,form,date", ANAPHORA_CASES)
def test_a_thing_pointed_back_to_lends_its_date(nlp, text, form, date):
    evs = [e for e in extract_events(nlp(text)) if e.sentence_idx == 1 and e.form == form]
    assert evs and {e.date for e in evs} == {date}, [(e.form, e.date) for e in extract_events(nlp(text))]


def test_a_demonstrative_without_a_dated_antecedent_lends_nothing(nlp):
    text = "The talks were long. In that pact Chile agreed to cooperate with Peru on fishing."
    assert all(e.date is None for e in extract_events(nlp(text)) if e.sentence_idx == 1)
