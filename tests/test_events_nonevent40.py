"""Exported "events" that report no happening: a section heading, a state of mind, a place
described by a relative clause. Each rule is a case table of sentences written for it in the
shape of three or more different dev texts (no article's own words); the sentences beside them
that do report a happening keep their event."""

from __future__ import annotations

import pytest

from event_cases import events_of, show

from chronica.events.checks import timeml_istates
from chronica.events.extract import extract_events


def vetoed(pipeline, text, check):  # noqa: ANN001, ANN201 - a spaCy pipeline, anchors
    """The anchors of the candidates in ``text`` that ``check`` vetoed, and every veto for a failure."""
    trace = []
    doc = pipeline.make_doc(text)
    doc._.dct = "2021-06-01"
    extract_events(pipeline(doc), trace=trace)
    return {c.anchor.text for c in trace if c.vetoed_by == check}, [(c.anchor.text, c.form, c.vetoed_by) for c in trace]

# --- a_topic_heading: a verbless line that names a section's topic -----------------------------

HEADINGS = [  # (text, the trigger that must make no event, the trigger that must keep one or None)
    # a report on a lake dispute, numbered sections (slocro-style)
    ("4.1 The recordings and the Slovak withdrawal\n\nIn June 2012 Slovakia withdrew from the commission.",
     "withdrawal", "withdrew"),
    # a history of refugee camps (pakafg-style)
    ("7.2 The Chinese war and the refugees\n\nChina invaded Vietnam in February 1979.", "war", "invaded"),
    # a think-tank report on a Gulf quarrel (eridji-style)
    ("2.3 The Gulf quarrel and the Kuwaiti withdrawal\n\nOn 3 May 2019, Kuwait withdrew its observers from the border.",
     "withdrawal", "withdrew"),
    # a policy paper's section title (nplind-style)
    ("6. From the Indian embargo to the Joint Border Commission\n\nBhutan and India signed a treaty in 1991.",
     "embargo", "signed a treaty"),
    # an encyclopaedic article's sub-heading (isrlbn-style)
    ("Syrian armed presence and Turkish raids\n\nTurkey raided northern Syria in October 2019.", "raids", "raided"),
]

DATED_ENTRIES = [  # a chronology's dated entry and a headline with a verb report a happening
    ("14 March 1989: first Iraqi attack at Fao\n\nThe fighting lasted a week.", "attack"),
    ("PERUVIAN TROOPS ENTER ECUADOR\n\nThe fighting lasted a week.", "ENTER"),
]


@pytest.mark.parametrize(("text", "heading", "body"), HEADINGS)
def test_a_topic_heading_is_no_event(pipeline, text, heading, body):
    anchors, trace = vetoed(pipeline, text, "a_topic_heading")
    assert heading in anchors, trace
    events = events_of(pipeline, text)
    assert body is None or [e for e in events if e.trigger == body], show(events)


@pytest.mark.parametrize(("text", "trigger"), DATED_ENTRIES)
def test_a_dated_entry_or_a_headline_keeps_its_event(pipeline, text, trigger):
    events = events_of(pipeline, text)
    assert [e for e in events if e.trigger == trigger], show(events)


# --- a_state_of_mind: a verb TimeML classes as an intensional state ------------------------------

STATES_OF_MIND = [  # (sentence, the trigger that must make no event)
    # a war of secession's background (ethiopia-style)
    ("Somalia wanted Djibouti as a province, and it claimed the Ogaden as well.", "wanted"),
    # what each side sought in talks (korkor-style)
    ("Hanoi mostly wanted recognition from Washington; Washington mostly wanted its missing soldiers found.", "wanted"),
    # commentary on a new regime (syrleb-style)
    ("No one in Amman yet knows what the new rulers of Baghdad want from Jordan.", "want"),
]


@pytest.mark.parametrize(("text", "trigger"), STATES_OF_MIND)
def test_a_state_of_mind_is_no_event(pipeline, text, trigger):
    anchors, trace = vetoed(pipeline, text, "a_state_of_mind")
    assert trigger in anchors, trace
    events = events_of(pipeline, text)
    assert not [e for e in events if e.trigger == trigger], show(events)


def test_the_act_a_wish_is_about_and_a_warrant_stay(pipeline):
    events = events_of(pipeline, "Somalia wanted Djibouti as a province, and in 1977 Somalia invaded Ethiopia.")
    assert [e for e in events if e.trigger == "invaded"], show(events)
    events = events_of(pipeline, "Omar al-Bashir, who is wanted by the International Criminal Court, visited Chad in 2010.")
    assert [e for e in events if e.trigger == "visited"], show(events)


def test_timeml_istates_hold_the_wishes_and_no_acts():
    states = timeml_istates()
    assert {"want", "need", "hope", "believe"} <= states
    assert not states & {"say", "attack", "agree", "meet", "accept", "hold", "sign"}


# --- a_place_described: a simple-present relative clause describes its noun ---------------------

PLACES_DESCRIBED = [  # (sentence, the trigger that must make no event)
    # a border clash on a headland (eridji-style)
    ("Late that night Thai and Cambodian troops began shooting at each other on the ridge, the hill "
     "where Thailand and Cambodia meet above the temple.", "meet"),
    # a proposal about a bay (slocro-style)
    ("A small joint commission, charged with marking the river border where Chile and Peru already broadly "
     "agree, would cost little.", "agree"),
    # a frontier sector at peace (chnind-style)
    ("The eastern sector of the border is the only stretch of the frontier that Chile and Argentina "
     "broadly accept, but it has not always been calm.", "accept"),
]

CHRONOLOGY = [  # the historical present of a chronology keeps its relative clauses' events
    ("1815 - Spain cedes Florida to the United States, which later admits it as a state.", "cedes"),
    ("February - Sihanouk arrives in Beijing, where Zhou Enlai grants him refuge.", "arrives in"),
]


def test_a_dated_chronology_line_is_no_place_described(nlp):
    # the parse a full lecture-slide document gave a dated line: its predicate hung on the date as
    # a relative clause, the date the sentence's root ("August 1975: troops occupy the dam")
    from types import SimpleNamespace

    from spacy.tokens import Doc

    from chronica.events.checks import a_place_described
    words = ["March", "1979", ":", "Tanzanian", "troops", "occupy", "the", "dam"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 0, 4, 5, 0, 7, 5],
              deps=["ROOT", "nummod", "punct", "amod", "nsubj", "relcl", "det", "dobj"],
              pos=["PROPN", "NUM", "PUNCT", "ADJ", "NOUN", "VERB", "DET", "NOUN"],
              tags=["NNP", "CD", ":", "JJ", "NNS", "VBP", "DT", "NN"],
              ents=["B-DATE", "I-DATE", "O", "B-NORP", "O", "O", "O", "O"], sent_starts=[True] + [False] * 7)
    assert not a_place_described(SimpleNamespace(anchor=doc[5]))


@pytest.mark.parametrize(("text", "trigger"), PLACES_DESCRIBED)
def test_a_place_described_is_no_event(pipeline, text, trigger):
    anchors, trace = vetoed(pipeline, text, "a_place_described")
    assert trigger in anchors, trace
    events = events_of(pipeline, text)
    assert not [e for e in events if e.trigger == trigger], show(events)


@pytest.mark.parametrize(("text", "trigger"), CHRONOLOGY)
def test_a_chronology_in_the_present_keeps_its_events(pipeline, text, trigger):
    events = events_of(pipeline, text)
    assert [e for e in events if e.trigger == trigger], show(events)
