"""type45: a pronoun object told by its antecedent; a body of members entered or returned to.

(1) The type back-off tells a pronoun object by its antecedent (``_backoff.antecedent``), and the
ontology's "verb object" triggers match a pronoun object whose antecedent is their object
(``extract._taken_up``).

"Restored them", "lifted them": the back-off's phrase had the bare verb, which no prototype phrase
of the dictionaries is near enough, and the happening stayed OTHER. The pronoun takes up a noun
said just before - the subject or object of an earlier clause of its sentence, or of the sentence
before - and the phrase tells that noun after the verb ("restore diplomatic ties", "lift
sanctions"), as the dictionary's patterns are told. Dev texts of that shape: chnind (ties severed
and restored), philmys (relations that came, restored by the governments), eridji (sanctions
lobbied for, then lifted; the sanctions asked about, then lifted), egysau (shipments halted, then
resumed; islands taken and returned).

(2) A state that enters, returns to or rejoins a body of members (an IGO, no court) joins it
(``extract.ENTERING_VERBS``, ``extract._entered_body``; PLOVER SUPPORT, CAMEO 057, the JOIN
form). Dev texts: egysau (returned to the Arab League), indmal (returned to the United Nations),
hunsvk (entered the European Union); franzl's "returned to the Court" is a case brought again.

(3) A conference or a summit hosted is a meeting held (the ontology's CONSULT triggers 'host
summit', 'host conference'; PLOVER CONSULT "hosting visits"). Dev texts: chdsdn (a conference of
tribal leaders hosted), lkaind (a named conference of non-aligned states hosted), ugatan (an
organisation's summit hosted). A press conference is no meeting; talks hosted between two parties
are their meeting, the host no party (grctur, sudssd, rwacod have that shape).

Sentences our own, of the same shape."""

from __future__ import annotations

import pytest

from chronica.events import _backoff as backoff
from event_cases import events_of as _events, show as _show


@pytest.fixture(scope="module")
def prototypes():
    if not backoff._PROTOTYPES.load():
        pytest.skip("no MiniLM model: the back-off does nothing")
    return backoff._PROTOTYPES


@pytest.mark.parametrize("text, verb, phrase", [
    # the object of an earlier verb of the sentence (chnind)
    ("Chile and Peru broke off diplomatic ties in 1979 and restored them in 1985.", "restored",
     "restore diplomatic ties"),
    # the subject of an earlier clause; "office" is singular (philmys)
    ("Normal diplomatic relations returned only after Ruiz took office; the two states restored them in May 1990.",
     "restored", "states restore normal diplomatic relations"),
    # a preposition's object in the sentence before (eridji)
    ("Kenya campaigned for the sanctions on Sudan for years. In March 2004 the Council lifted them.",
     "lifted", "lift sanctions"),
    # the subject of the sentence before (egysau); "returned" keeps the noun, whatever its type
    ("The two islets were a source of friction. Chile took them in 1961 and returned them in 1963.",
     "returned", "return islets"),
    # "it" takes up a singular noun
    ("Bolivia signed a customs treaty in 1980 and withdrew it in 1983.", "withdrew", "withdraw customs treaty"),
])
def test_pronoun_object_is_told_by_its_antecedent(pipeline, text, verb, phrase):
    doc = pipeline(pipeline.make_doc(text))
    tok = [t for t in doc if t.text == verb][-1]
    assert backoff.predicate_phrase(tok) == phrase


@pytest.mark.parametrize("text, verb, phrase", [
    # a date is no antecedent, nor the verb's own subject
    ("In 1990 the ministers met them in Lima.", "met", "ministers meet"),
    # number disagrees: "them" takes up no singular noun
    ("The treaty was signed in 1980. Bolivia withdrew them in 1983.", "withdrew", "withdraw"),
    # a name taken up: the phrase wants the kind of thing, and a name tells none
    ("Bolivia praised Peru in 1980 and thanked it again in 1983.", "thanked", "thank"),
])
def test_pronoun_object_without_a_fitting_noun_adds_nothing(pipeline, text, verb, phrase):
    doc = pipeline(pipeline.make_doc(text))
    tok = [t for t in doc if t.text == verb][-1]
    assert backoff.predicate_phrase(tok) == phrase


@pytest.mark.parametrize("text, anchor, etype", [
    # the object of an earlier verb of the sentence
    ("Chile and Peru broke off diplomatic relations in 1979 and restored them in 1985.", "restored", "SUPPORT"),
    # the subject of an earlier clause
    ("Diplomatic relations between Chile and Peru lapsed in 1979; Chile and Peru restored them in 1985.",
     "restored", "SUPPORT"),
    # the object of the sentence before
    ("Chile and Peru signed a border treaty in 1929. Peru ratified it in 1930.", "ratified", "SUPPORT"),
])
def test_ontology_trigger_matches_a_pronoun_object_by_its_antecedent(pipeline, text, anchor, etype):
    events = [e for e in _events(pipeline, text) if e.trigger.split()[0] == anchor]
    assert events and events[0].type == etype, _show(_events(pipeline, text))


@pytest.mark.parametrize("text", [
    # "them" of no fitting noun: "restored them" restores nothing the trigger names
    "Chile and Peru broke off talks in 1979 and restored them in 1985.",
])
def test_pronoun_object_of_another_noun_matches_no_trigger(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.trigger.startswith("restored") and e.type == "SUPPORT"], \
        _show(_events(pipeline, text))


@pytest.mark.parametrize("text, anchor, body", [
    ("Syria returned to the Arab League in May 2023.", "returned", "ARL"),  # egysau's shape
    ("Syria returned to the United Nations on 13 October 1961.", "returned", "UN"),  # indmal's shape
    ("Poland and Latvia entered the European Union on 1 May 2004.", "entered", "EU"),  # hunsvk's shape
    ("Fiji rejoined the Commonwealth in 1997.", "rejoined", "COMMONWEALTH"),
])
def test_entering_a_body_of_members_joins_it(pipeline, text, anchor, body):
    events = [e for e in _events(pipeline, text) if e.trigger == anchor]
    assert events and events[0].type == "SUPPORT" and events[0].form == "JOIN", _show(_events(pipeline, text))
    assert body in {p.actor_id for p in events[0].actors("target")}, _show(events)


@pytest.mark.parametrize("text, anchor", [
    ("In 1995 Chile returned to the International Court of Justice.", "returned"),  # a court: a case again
    ("The king returned to Lima on 15 February 1951.", "returned"),  # a city: home again
    ("The minister returned from the United Nations in May 1990.", "returned"),  # from it, not to it
])
def test_entering_no_body_joins_nothing(pipeline, text, anchor):
    assert not [e for e in _events(pipeline, text) if e.trigger == anchor and e.form == "JOIN"], \
        _show(_events(pipeline, text))


@pytest.mark.parametrize("text, host", [
    ("Kenya hosted a summit of East African leaders in Nairobi in 2015.", "KEN"),  # chdsdn's shape
    ("In March 1961 Ghana hosted the Accra Conference of five African states.", "GHA"),  # lkaind's shape
    ("When Cairo hosted the Arab League summit in June 1996, Libya boycotted the meeting.", "EGY"),  # ugatan's shape
])
def test_hosting_a_meeting_is_consult(pipeline, text, host):
    events = [e for e in _events(pipeline, text) if e.trigger.startswith("host")]
    assert events and events[0].type == "CONSULT", _show(_events(pipeline, text))
    assert host in {p.state or p.actor_id for p in events[0].actors("source")}, _show(events)


@pytest.mark.parametrize("text", [
    "Ghana hosted a press conference in May 2019.",  # a statement to reporters, no meeting
    "Ghana hosted the African Games in September 2023.",  # no talks
])
def test_hosting_no_meeting_is_no_consult(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type == "CONSULT"], _show(_events(pipeline, text))


@pytest.mark.parametrize("text, parties", [
    ("Kenya hosted talks between Sudan and the rebels in Nairobi in 2004.", {"SDN"}),
    ("Qatar has been hosting talks between Chad and the rebels since March 2022.", {"TCD"}),
])
def test_talks_hosted_are_the_parties_meeting(pipeline, text, parties):
    events = [e for e in _events(pipeline, text) if e.type == "CONSULT"]
    assert events, _show(_events(pipeline, text))
    assert parties <= {p.state or p.actor_id for p in events[0].actors("source")}, _show(events)
