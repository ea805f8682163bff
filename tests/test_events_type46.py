"""type46: the type back-off reads a named object by its kind word.

(1) A name's kind word (``_backoff.name_kind``). The back-off's phrase kept only common nouns, so a
predicate whose object is a name lost its object: "signed the Ostland Constitution", "launched the
Federation of Southern Republics", "adopted Resolution 77", "brokered the Tulma Agreement" were
told to the prototypes as the bare verb ("sign", "launch", "adopt"), which no prototype phrase is
near enough, and the happening stayed OTHER. The name's rightmost word that the field's own
vocabulary has (the prototype phrases' words and the ontology's noun classes) now stands for the
name ("sign constitution", "launch federation", "adopt resolution"). Names of persons, peoples and
places, acronyms and words in capitals tell no kind. Dev texts of that shape: dnkdeu (a named
constitution signed), egylby (a named federation launched), lkaind and nplind (named operations
launched), eridji, grctur, iraniraq and isrlbn (named resolutions adopted), pakafg (an agreement
brokered).

(3) A leader removed is put out of power, no deportation (``extract._removed_from_power``).
PETRARCH2's DEPORT block (CAMEO 174, PLOVER COERCE deport) codes "remove" and "oust" with
"deport" and "exile"; "the army removed President X" put a head of state out of power, as "ousted"
(the COERCE form's own coding), no one was expelled from a country. The sense is told by the
object: one person, with no place sent to or taken from. Dev texts: egysau, egysdn, sudssd (a head
of state removed by the army, active and passive). "Deported", "expelled" keep their one sense;
"removed the governor from the islands" stays an expulsion.

(4) A commercial concession is a contract (``extract._commercial_concession``). "Concession" is
CONCEDE's noun of yielding; "a gas drilling concession given to a foreign firm", "the harbour's port
concession" lease a resource to a firm: economic exchange (PLOVER COOPERATE economic, CAMEO 061,
the TRADE form). The sense is told by the noun's modifier (the ontology's RESOURCES class) or by a
company as its recipient. Dev texts: egysdn (an oil exploration concession granted to a company),
zafmoz (a port concession), indmal (a concession awarded to an oil company). A concession made to
a state stays CONCEDE.

(2) A reduced relative ("the Treaty of Ostland, signed on 4 July 1920, ...", "the agreement
brokered by Kenya"): the participle's object is the noun it describes (hunsvk, chdsdn); a
participle with a subject of its own is no reduced relative.

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


def _phrase(pipeline, text, verb):  # noqa: ANN001, ANN202
    doc = pipeline(pipeline.make_doc(text))
    tok = [t for t in doc if t.text == verb][-1]
    return backoff.predicate_phrase(tok)


@pytest.mark.parametrize("text, verb, phrase", [
    # a named constitution signed (dnkdeu's shape)
    ("On 5 May 1850 King Otto signed the Ostland Constitution.", "signed", "sign constitution"),
    # a named federation launched (egylby's shape)
    ("In 1960 Chile and Peru launched the Federation of Southern Republics.", "launched", "launch federation"),
    # a named operation launched (lkaind's, nplind's shape)
    ("In May 1990 the army launched Operation Falcon.", "launched", "army launch operation"),
    # a named agreement brokered (pakafg's shape)
    ("In 1970 Kenya brokered the Tulma Agreement.", "brokered", "broker agreement"),
    # a reduced relative: the noun the participle describes is its object (hunsvk's shape)
    ("By the Treaty of Rivara, signed on 14 March 1820, the king ceded the islands to Peru.", "signed", "treaty sign"),
    # a common noun described so (chdsdn's shape, with a name)
    ("The border treaty, signed on 9 May 1931, placed the frontier on the river.", "signed", "border treaty sign"),
    ("Talks on the Tulma Agreement brokered by Kenya in 1985 failed.", "brokered", "agreement broker"),
])
def test_named_object_is_told_by_its_kind_word(pipeline, text, verb, phrase):
    assert _phrase(pipeline, text, verb) == phrase


@pytest.mark.parametrize("text, verb, phrase", [
    # a person named: who, not what kind of thing
    ("In 1990 the minister praised John Smith.", "praised", "minister praise"),
    # a place named
    ("In 1990 the army entered Rivara.", "entered", "army enter"),
    # an acronym
    ("In 1990 Chile joined the UN.", "joined", "join"),
    # a participle with a subject of its own is no reduced relative
    ("SMITH: The first charter was sworn on 3 May 1841.", "sworn", "first charter swear"),
])
def test_name_of_no_kind_adds_nothing(pipeline, text, verb, phrase):
    assert _phrase(pipeline, text, verb) == phrase


@pytest.mark.parametrize("text, verb, etype", [
    ("In 1970 Kenya brokered the Tulma Agreement.", "brokered", "CONSULT"),
    ("By the Treaty of Rivara, signed on 14 March 1820, the king ceded the islands to Peru.", "signed", "SUPPORT"),
])
def test_named_object_phrase_takes_its_type(pipeline, prototypes, text, verb, etype):
    doc = pipeline(pipeline.make_doc(text))
    tok = [t for t in doc if t.text == verb][-1]
    guess = backoff.classify(backoff.predicate_phrase(tok), backoff.verb_words(tok))
    assert guess is not None and guess.type == etype


@pytest.mark.parametrize("text", [
    "In March 1987 the army removed President Amin Tarek.",  # egysdn's shape
    "In June 1979 the Syldavian army removed Mohamed Karim.",  # egysau's shape
    "President Tarek was removed by the army on 2 May 1988.",  # sudssd's shape (passive)
    "After months of protests the army removed President Tarek from power in May 1988.",  # from power, no place
])
def test_leader_removed_is_put_out_of_power(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.trigger == "removed"]
    assert events and events[0].type == "COERCE" and events[0].mode is None, _show(_events(pipeline, text))


@pytest.mark.parametrize("text", [
    "On 3 October 1961 Karl Ostrov was deported to Borduria.",  # a deportation verb
    "In 1990 Chile deported Bishop Gomez.",
    "In 1790 Peru removed the Chilean governor from the islands.",  # taken from a place
])
def test_expulsion_stays_deportation(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "COERCE"]
    assert events and events[0].mode == "deport", _show(_events(pipeline, text))


@pytest.mark.parametrize("text", [
    # a resource's concession given to a company (egysdn's shape)
    "In 1995 Borduria gave a Swiss firm an oil exploration concession off its coast.",
    # a port's concession (zafmoz's shape)
    "The Rivara port concession followed in 1998.",
    # a mining concession granted to a company (indmal's shape)
    "In 2004 Chile granted a mining concession in the desert to a Swiss company.",
])
def test_commercial_concession_is_economic_cooperation(pipeline, text):
    events = [e for e in _events(pipeline, text) if "concession" in e.trigger]
    assert events and events[0].type == "COOPERATE" and events[0].cameo == "061", _show(_events(pipeline, text))


@pytest.mark.parametrize("text", [
    "In 1990 Chile made a major concession to Peru on the border.",
    "Peru conceded the islands to Chile in 1990.",
])
def test_concession_to_a_state_stays_concede(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "CONCEDE"]
    assert events, _show(_events(pipeline, text))
