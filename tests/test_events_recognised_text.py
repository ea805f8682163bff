"""A named party that recognises or welcomes a text - an accord, a border, an offer or a ruling (the
ontology's ACCORD, BORDER and PROPOSAL classes) - takes its author's side: SUPPORT with one party
(``checks.recognised_a_text``). Session 39 (vetoes39): ``recognised_no_actor`` and
``support_for_no_actor`` dropped such sentences on the Iran-Iraq, Peru-Ecuador, Cod Wars, Indonesia-
Malaysia and Egypt-Ethiopia dev texts. Sentences written for these tests in the dev texts' style."""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events

KEPT = [
    # (sentence, type, modality, source)
    ("Khamenei on Friday welcomed the proposal as a sign of good faith.", "SUPPORT", "asserted", "Khamenei"),
    ("Colombia quietly recognised the validity of the old treaty it had once called void.", "SUPPORT", "asserted",
     "Colombia"),
    ("Norway refused to recognise the new boundary.", "REJECT", "refused", "Norway"),
    ("Amnesty International welcomed the agreement but warned that it left out domestic workers.", "SUPPORT",
     "asserted", "Amnesty International"),
    # recognition withheld is RECOGNISE's refusal in any tense (session 66, type66): REJECT, refused
    ("Sudan has never recognised the ruling.", "REJECT", "refused", "Sudan"),
]

STILL_VETOED = [
    ("Peru recognised the need for a new survey.", "recognised_no_actor"),
    ("Kenya welcomed the chance to speak.", "recognised_no_actor"),
    ("The minister was consistent in his support for the war.", None),
]


@pytest.mark.parametrize("text, etype, modality, source", KEPT, ids=[k[0][:30] for k in KEPT])
def test_recognised_text_is_one_party_support(nlp, text, etype, modality, source):
    events = [e for e in extract_events(nlp(text)) if e.type == etype]
    assert events, text
    [e] = events[:1]
    assert e.modality == modality
    assert any(p.role == "source" and source.split()[0] in (p.name or p.text) for p in e.participants)


@pytest.mark.parametrize("text, check", STILL_VETOED, ids=[k[0][:30] for k in STILL_VETOED])
def test_recognising_no_text_still_needs_an_actor(nlp, text, check):
    trace: list = []
    events = extract_events(nlp(text), trace=trace)
    assert not [e for e in events if e.type == "SUPPORT"]
    if check:
        assert check in {c.vetoed_by for c in trace}
