"""Stances are coded as PLOVER codes them: a demand of one actor on another (REQUEST), an
intent to cooperate (AGREE); a threat stays THREATEN; an offered retreat stays RETREAT."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import ASSERTED, SOURCE, TARGET


def _names(event, role):
    return [p.name or p.text for p in event.actors(role)]


@pytest.mark.parametrize("text, sayer, addressee, mode", [
    ("The United Nations said Iraq must withdraw from Kuwait.", "United Nations", "Iraq", "yield"),
    ("Washington said Israel should negotiate with Syria.", "Washington", "Israel", "meet"),
    ("Russia insisted that Georgia must withdraw its troops from Abkhazia.", "Russia", "Georgia", "yield"),
])
def test_stance_what_one_says_another_must_do_is_a_request(nlp, text, sayer, addressee, mode):
    [e] = [e for e in extract_events(nlp(text)) if e.type == "REQUEST"]
    assert _names(e, SOURCE) == [sayer] and addressee in _names(e, TARGET)
    assert (e.mode, e.modality) == (mode, ASSERTED)


@pytest.mark.parametrize("text, actor", [
    ("Turkey was willing to accept a federation with Greece in 1977.", "Turkey"),
    ("Britain offered to send aid to Cyprus in 1974.", "United Kingdom"),
    ("Japan promised to support China in 1972.", "Japan"),
])
def test_stance_an_intent_to_cooperate_is_agree(nlp, text, actor):
    [e] = [e for e in extract_events(nlp(text)) if e.type == "AGREE"]
    assert _names(e, SOURCE) == [actor] and e.modality == ASSERTED


@pytest.mark.parametrize("text, actor, recipient", [
    ("On 2 May 2003, Chile offered economic aid to Peru.", "Chile", "Peru"),
    ("Japan offered humanitarian assistance to Turkey after the earthquake in August 1999.", "Japan", "Turkey"),
    ("In 1947 the United States offered military aid to Greece.", "United States", "Greece"),
])
def test_stance_an_offer_of_aid_is_agree_not_aid_given(nlp, text, actor, recipient):
    """PLOVER AGREE: "agree to, offer, promise ... to cooperate" (CAMEO 033, intent to provide
    material aid); an offer is no aid given, which a refused offer must not score as."""
    events = extract_events(nlp(text))
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]
    [e] = [e for e in events if e.type == "AGREE"]
    assert actor in _names(e, SOURCE)[0] and recipient in _names(e, TARGET)[0]
    assert e.cameo == "033"


def test_stance_aid_sent_stays_aid(nlp):
    [e] = [e for e in extract_events(nlp("Chile sent economic aid to Peru in May 2003.")) if e.type == "AID"]
    assert _names(e, TARGET) == ["Peru"]


@pytest.mark.parametrize("text, etype", [
    # PLOVER: no AGREE; a retreat offered is CONCEDE (manual, CONCEDE: "announcements of future
    # retreats should be coded as CONCEDE"; tests/test_events_type_coding.py)
    ("Britain offered to withdraw its troops from Cyprus in 1960.", "CONCEDE"),
    ("Russia threatened to cut gas supplies to Ukraine in 2006.", "THREATEN"),
])
def test_stance_retreats_and_threats_are_no_agreement(nlp, text, etype):
    assert etype in [e.type for e in extract_events(nlp(text))]


@pytest.mark.parametrize("text, actor, mode", [
    ("Hungary refused to meet the Romanian foreign minister last week.", "Hungary", "meet"),
    ("Ghana declined to meet the Togolese delegation on Friday.", "Ghana", "meet"),
    ("Poland refused to withdraw its troops from Iraq in 2004.", "Poland", "yield"),
])
def test_stance_a_refused_act_is_a_rejection(nlp, text, actor, mode):
    """PLOVER codes the refusal: REJECT with its mode by what was refused, still ``refused``."""
    [e] = [e for e in extract_events(nlp(text)) if e.type == "REJECT"]
    assert _names(e, SOURCE) == [actor] and (e.mode, e.modality) == (mode, "refused")
    assert not [e for e in extract_events(nlp(text)) if e.type in ("CONSULT", "RETREAT")]


@pytest.mark.parametrize("text, actor, target", [
    ("Iran warned that it would attack Israeli ships in the Gulf.", "Iran", None),
    ("Turkey warned Greece that it would seize the islands.", "Turkey", "Greece"),
    ("Serbia warned Kosovo on Friday that it would attack Kosovar police.", "Serbia", "Kosovo"),
])
def test_stance_a_hostile_act_the_warner_will_do_is_a_threat(nlp, text, actor, target):
    """PLOVER codes the threat, not the act threatened: THREATEN of the warner, asserted."""
    evs = extract_events(nlp(text))
    [e] = [e for e in evs if e.type == "THREATEN"]
    assert _names(e, SOURCE) == [actor] and e.modality == ASSERTED
    assert target is None or target in _names(e, TARGET)
    assert not [e for e in evs if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text, actor, modality", [
    ("Italy offered to supply Libya with wheat in 2011.", "Italy", ASSERTED),
    ("Kazakhstan offered on Wednesday to supply Uzbekistan with electricity.", "Kazakhstan", ASSERTED),
    ("Egypt could offer to supply Sudan with grain.", "Egypt", "possible"),
])
def test_stance_an_offer_a_dictionary_phrase_took_is_agree(nlp, text, actor, modality):
    """"offer to supply" (a PETRARCH phrase coded 070) is an offer: AGREE, in the offer's own mood."""
    evs = extract_events(nlp(text))
    [e] = [e for e in evs if e.type == "AGREE"]
    assert _names(e, SOURCE) == [actor] and e.modality == modality
    assert not [e for e in evs if e.type == "AID"]
