"""Negated acts and refusals as the PLOVER codebook codes them, and summary lines that say how the
text holds an event.

PLOVER (``PLOVER_MANUAL.tex``): REJECT is "All rejections and refusals"; negation is an auxiliary
mode ("Negated events can be excluded"), and a type that is another plus an auxiliary is coded as
the single type. Which negated verbs are refusals the field's verb dictionary says (PETRARCH2's
negated patterns coded CAMEO 12: ``VerbDictionary.refine_negated``); other negations stay negated.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.dictionary import load_verb_dictionary
from chronica.events.model import HEDGED, NEGATED, PLANNED, REFUSED, SOURCE


def _names(event, role):
    return [p.name or p.text for p in event.actors(role)]


@pytest.mark.parametrize("text, actor, mode, cameo", [
    # "NEVER * [120]" / "NOT * [120]" of ACCEPT (block EMBRACE): a refusal, REJECT
    ("Finland never accepted the Swedish proposal.", "Finland", "meet", "125"),
    ("Portugal said it could not accept the Spanish plan.", "Portugal", "meet", "125"),
    # a passive with its agent: the agent refused
    ("The Swedish plan has never been accepted by Finland.", "Finland", "meet", "125"),
    # "NOT * [120]" of AGREE, said with "would": refused
    ("Austria would not agree to the Italian proposal.", "Austria", "meet", "125"),
    # a happening of no type whose verb's negated pattern is a refusal: "NOT * [125]" of ATTEND
    ("Ghana did not attend the final session in Lome in March 1985.", "Ghana", "meet", "125"),
])
def test_negated_act_the_dictionary_codes_as_a_refusal_is_reject(nlp, text, actor, mode, cameo):
    events = extract_events(nlp(text))
    rejects = [e for e in events if e.type == "REJECT"]
    assert len(rejects) == 1, [(e.type, e.modality, e.summary) for e in events]
    [e] = rejects
    assert actor in _names(e, SOURCE)[0]
    assert (e.mode, e.cameo, e.modality) == (mode, cameo, REFUSED)
    assert e.summary.endswith("[refused]"), e.summary


@pytest.mark.parametrize("text, etype", [
    # SUPPORT's negated pattern "NOT * [110]" is a disapproval, no refusal: the negation stays
    ("Finland has not endorsed the Swedish proposal for a joint naval mission.", "SUPPORT"),
    # recognition delayed, no refusal: it came in 1957 (a withheld one is REJECT: test_events_type66.py)
    ("Austria did not recognise the new regime in Hungary until 1957.", "SUPPORT"),
    # praise withheld is no refusal: RECOGNISE's "WILL NOT * +" is recognition's alone (CAMEO 054)
    ("Finland did not praise the Swedish plan for a joint naval mission.", "SUPPORT"),
    # a hostile act is not refused: "did not open fire" is a negated assault
    ("Portuguese soldiers did not open fire on the Spanish fishermen.", "ASSAULT"),
])
def test_negated_act_that_is_no_refusal_stays_negated(nlp, text, etype):
    events = extract_events(nlp(text))
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.summary) for e in events]
    [e] = [e for e in events if e.type == etype]
    assert e.modality == NEGATED and e.summary.endswith("[negated]")


@pytest.mark.parametrize("text", [
    # several parties failing to agree between them: no one refused
    "Austria and Italy have never agreed on where their boundary lies.",
    # a delay: done then
    "The Danish parliament did not ratify the treaty until May 1921.",
    # the negation is the governing verb's, and it refuses nothing ("DID NOT * [120]" of WANT)
    "Austria did not want to go to war with Italy.",
    # a passive with no one named who refused
    "The Austrian envoy said he was not authorised to comment on the Italian proposal.",
])
def test_negation_that_is_no_refusal_by_one_party_is_not_reject(nlp, text):
    events = extract_events(nlp(text))
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.summary) for e in events]


@pytest.mark.parametrize("text, modality, tag", [
    # a negated REJECT says so (it used to read "Austria breaches European Union")
    ("Austria had not breached EU law.", NEGATED, " [negated]"),
    # a refusal told by its own verb: REJECT says refused, no tag
    ("Portugal rejected the Spanish plan in 1912.", REFUSED, ""),
    # ... and held otherwise, it is held so: expected, reported
    ("Portugal is expected to reject the Spanish plan.", PLANNED, " [planned]"),
    ("Portugal reportedly rejected the Spanish plan.", HEDGED, " [hedged]"),
    # the refusal of another act keeps its tag
    ("Finland refused to meet the Swedish prime minister.", REFUSED, " [refused]"),
])
def test_summary_says_the_modality_of_every_reject(nlp, text, modality, tag):
    [e] = [e for e in extract_events(nlp(text)) if e.type == "REJECT"]
    assert e.modality == modality
    assert e.summary.endswith(tag) and e.summary.count("[") == tag.count("["), e.summary


@pytest.mark.parametrize("text, lemma, cameo", [
    ("Finland never accepted the plan.", "accepted", "120"),
    ("Finland would not withdraw its troops.", "withdraw", "1246"),
    ("Finland did not sign the treaty.", "sign", "120"),
    ("Finland did not endorse the plan.", "endorse", "110"),
])
def test_dictionary_negated_patterns(nlp, text, lemma, cameo):
    doc = nlp(text)
    [verb] = [t for t in doc if t.text == lemma]
    coding = load_verb_dictionary().refine_negated(verb)
    assert coding is not None and coding.cameo == cameo


def test_dictionary_negated_pattern_needs_its_negation(nlp):
    doc = nlp("Finland accepted the plan.")
    [verb] = [t for t in doc if t.text == "accepted"]
    assert load_verb_dictionary().refine_negated(verb) is None
