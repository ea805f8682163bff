"""Event types the PLOVER codebook gives where the extractor left a dated happening OTHER (session
40: blind judges found OTHER the largest type failure). Sentences are written for these tests in
the shape of the dev texts they stand for (other names, places and numbers).

1. A force that withdraws is RETREAT withdraw ("retreat from territory or withdraw forces from
   an area"; RETREAT "Requires recipient: No"): troops that leave with no recipient named (the
   dictionary's dyad rule wanted one), a force leaving a name the small model reads as an
   organisation ("left El Oro"), and a partitive object ("withdraws most of its troops": the
   troops are withdrawn, not a thing). Dev: perecuador (troops left a province), syrleb (the last
   French / Syrian troops left), isrlbn (most of its troops withdrawn).
2. A head of state or government landing or arriving at an airport or aerodrome is visiting
   (CONSULT visit: "visiting and hosting visits"): "land at", "arrive at" join the VISIT
   triggers, and a facility named by its place ("at Juba airport") places the visit. Dev: sudssd
   (landed at the capital's airport), gbrirl (the monarch landed at an aerodrome), nplind (landed at
   the capital's airfield and was received). Troops, units (ontology TROOPS gains "unit") or marines that land or
   arrive make no visit (``checks.a_force_makes_no_visit``: usavnm's combat units landing at a port city).
3. An arrangement is an accord (ACCORD class, DEAL_NOUNS): signing one is SUPPORT 057 as signing a
   memorandum is ("ratify, sign, or finalize an agreement"). Dev: bgdmmr (the repatriation
   arrangement signed, also told by its title), slocro (an interim fisheries arrangement agreed),
   chnind (agreement on patrolling arrangements).
4. A ceasefire or truce that comes into force, takes effect or follows, told with no doer, is a
   ceasefire implemented: RETREAT ceasefire ("Implement ceasefire"), not a happening of no type.
   Dev: iraniraq and moralg (the ceasefire came into force on a day), isrlbn (a ceasefire followed).
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events import _backoff
from chronica.events.model import EventMention
from chronica.events.ontology import load_ontology


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


def _of(evs, word):
    return [e for e in evs if e.trigger.split()[0].lower().startswith(word)]


# 1. forces withdrawn (perecuador, syrleb, isrlbn)
WITHDRAWN = [
    ("Chilean troops left Tacna in February 1925.", "left"),  # perecuador: a name read as an organisation
    ("The country's independence was sealed when the last British troops left on 12 May 1958.", "left"),  # syrleb
    ("Libya withdraws most of its troops in 1987 but keeps a base in the north.", "withdr"),  # isrlbn
]


@pytest.mark.parametrize("text, word", WITHDRAWN)
def test_a_force_withdrawn_is_retreat(run, text, word):
    evs = _of(run(text), word)
    assert [(e.type, e.mode) for e in evs] == [("RETREAT", "withdraw")], _coded(run(text))


THINGS_WITHDRAWN = [
    ("A handout image released by the Israeli military on 6 September 2007 shows the site.", "released"),  # isrsyr
    ("Peru withdrew most of its demands in 1998.", "withdr"),
    ("The company withdrew most of its products in March 2001.", "withdr"),
]


@pytest.mark.parametrize("text, word", THINGS_WITHDRAWN)
def test_a_part_of_a_thing_withdrawn_is_no_retreat(run, text, word):
    assert not [e for e in _of(run(text), word) if e.type == "RETREAT"], _coded(run(text))


# 2. visits told by landing or arriving (sudssd, gbrirl, nplind)
LANDED = [
    "President Kenyatta landed at Nairobi airport yesterday and was welcomed by Museveni on the tarmac.",  # sudssd
    "On 2 May 1979 President Carter landed at Shannon Aerodrome.",  # gbrirl
    "Prime Minister Deuba landed at Palam on 3 May 2022 and was received by a junior minister.",  # nplind
    "The Egyptian president arrived at Khartoum airport on 4 April 2013.",
]


@pytest.mark.parametrize("text", LANDED)
def test_a_leader_landing_at_an_airport_visits(run, text):
    evs = [e for e in run(text) if e.trigger.split()[0].lower() in ("landed", "arrived")]
    assert [(e.type, e.mode) for e in evs] == [("CONSULT", "visit")], _coded(run(text))


NOT_VISITS = [
    ("The plane landed at Heathrow on Monday.", None),  # no actor: no event
    ("Chilean troops landed at Pisco in November 1880.", "MOBILIZE"),  # a force landing
    ("In March 1965 the first Australian combat units landed at Vung Tau.", "MOBILIZE"),  # usavnm: units deployed
    ("On 30 July 1987 the first units of the peace force landed in Trincomalee.", None),  # lkaind: no visit
    ("In May 1990 the marines landed at Monrovia airport.", None),
]


@pytest.mark.parametrize("text, etype", NOT_VISITS)
def test_a_landing_that_is_no_visit(run, text, etype):
    evs = [e for e in run(text) if e.trigger.split()[0].lower() == "landed"]
    if etype is None:
        assert not [e for e in evs if e.type == "CONSULT"], _coded(run(text))
    else:
        assert [e.type for e in evs] == [etype], _coded(run(text))


# 3. arrangements (bgdmmr, slocro, chnind)
ARRANGEMENTS = [
    'On 5 March 2015 Laos and Vietnam signed the "Arrangement on Border Crossings" in Hanoi.',  # bgdmmr (title)
    "In May 2012 Ghana and Togo signed a repatriation arrangement.",  # bgdmmr
    "In June 2015 the two governments agreed an interim fishing arrangement.",  # slocro
]


@pytest.mark.parametrize("text", ARRANGEMENTS)
def test_an_arrangement_signed_is_support(run, text):
    evs = [e for e in run(text) if e.cameo == "057"]
    assert [e.type for e in evs] == ["SUPPORT"], _coded(run(text))


def test_an_arrangement_is_an_accord_noun():
    from chronica.events._lexicon import DEAL_NOUNS

    assert "arrangement" in load_ontology().classes["ACCORD"] and "arrangement" in DEAL_NOUNS


# 4. ceasefires implemented (iraniraq, moralg, isrlbn)
IMPLEMENTED = [
    ("The truce came into force on 12 March 1995 and was watched by observers.", "came"),  # iraniraq
    ("The ceasefire came into force on 4 May 1971, and the line stayed where it was.", "came"),  # moralg
    ("A ceasefire followed in November 2006.", "followed"),  # isrlbn
    ("An armistice took effect on 27 July 1953.", "took"),
]


@pytest.fixture(scope="module")
def parse(nlp):
    return nlp


@pytest.mark.parametrize("text, verb", IMPLEMENTED)
def test_a_ceasefire_in_force_is_implemented(parse, text, verb):
    doc = parse(text)
    tok = next(t for t in doc if t.lower_ == verb)
    event = EventMention(0, 0, text, 0, len(text), "OTHER", 0.0, verb, tok.idx, tok.idx + len(verb))
    assert _backoff.retype_doerless(event, tok, load_ontology())
    assert (event.type, event.mode) == ("RETREAT", "ceasefire")


NOT_IMPLEMENTED = [
    ("A ceasefire was declared on 3 June 1999.", "declared"),  # a passive of an act: declaring, not in force
    ("The Slovak law came into force on 17 July 2010.", "came"),  # no ceasefire
    ("The ceasefire did not come into force on 4 May 1971.", "come"),  # negated
]


@pytest.mark.parametrize("text, verb", NOT_IMPLEMENTED)
def test_no_ceasefire_implemented(parse, text, verb):
    doc = parse(text)
    tok = next(t for t in doc if t.lower_ == verb)
    assert _backoff.implemented(tok, load_ontology()) is None
