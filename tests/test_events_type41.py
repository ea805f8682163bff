"""Event types blind judges found wrong (session 41): a dictionary code turned down for want of a
recipient came back as a happening of no type, and armed men landing were read as a visit.
Sentences are written for these tests in the shape of the dev texts they stand for (other names,
places and numbers).

1. A code that a check turned down only because no recipient was named (``_dictionary_dyad``,
   ``checks.RECIPIENT_CHECKS``) keeps its type when the verb's dated happening is kept anyway
   with a state or armed doer (``extract._one_sided``) and the type back-off's nearest phrases
   vote for the same type (``_backoff.agrees``). Dev: maresp (a state recalled its ambassador),
   moralg (a capital severed diplomatic relations), sudssd (a capital confiscated the other side's
   crude), rwacod (a state brokered a ceasefire). A released video, a country that split, judges
   who threw a case out keep no such code.
2. A visit is made by people on a state's business: armed men landing on a shore (philmys), troops
   flown somewhere by their commander (rwacod) and a light plane landing (falklands) make no
   visit (``checks.a_force_makes_no_visit``).
3. People told armed by their modifier ("armed men", "armed exiles": ``checks.armed_by_modifier``)
   are a force: moving, they are a force moving (``extract._force_movements``), and their act is
   no crowd's protest (``extract._crowd_act``). Dev: philmys (armed men landed at a village),
   ugatan (armed exiles crossed the border), moralg (armed men attacked a hotel). A research
   ship that sails is no force.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events import _backoff


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


def _of(evs, word):
    return [e for e in evs if e.trigger.split()[0].lower().startswith(word)]


needs_model = pytest.mark.skipif(not _backoff._PROTOTYPES.load(), reason="the back-off's model is missing")


# 1. codes kept with no recipient named (maresp, moralg, sudssd, rwacod)
ONE_SIDED = [
    ("Portugal recalled its ambassador in March 1994, in the middle of a row over fishing.", "recalled",
     "SANCTION"),  # maresp
    ("After Tunis severed diplomatic relations in early May of that year, the border stayed shut.", "severed",
     "SANCTION"),  # moralg
    ("The two sides failed to agree on fees, and Juba began to confiscate northern oil in late 2014.", "confiscate",
     "COERCE"),  # sudssd
    ("In June 2019 Zambia brokered a ceasefire in Lusaka.", "brokered", "CONSULT"),  # rwacod
]


@needs_model
@pytest.mark.parametrize("text, word, etype", ONE_SIDED)
def test_a_code_turned_down_for_its_recipient_keeps_its_type(run, text, word, etype):
    evs = _of(run(text), word)
    assert [e.type for e in evs] == [etype], _coded(run(text))


NOT_ONE_SIDED = [
    ("The footage released by the militia in March 2016 showed the hostages.", "released"),  # egylby: a video
    ("On 1 July 1960 the federation split peacefully into two states.", "split"),  # hunsvk
    ("The judges in Geneva threw the case out in June 2021.", "threw"),  # slocro
]


@pytest.mark.parametrize("text, word", NOT_ONE_SIDED)
def test_a_happening_the_nearest_phrases_do_not_code_stays_untyped(run, text, word):
    evs = _of(run(text), word)
    assert all(e.type == "OTHER" for e in evs), _coded(run(text))


# 2. landings that are no visit (philmys, rwacod, falklands)
NO_VISIT = [
    "About 150 armed men from the islands landed at a coastal village of Borneo in March 2011.",  # philmys
    "On 4 May 2001 the colonel seized airliners and flew troops to a port on the western coast.",  # rwacod
    "A light plane flown by a young nationalist landed on the racecourse at the capital.",  # falklands
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_a_force_or_a_craft_landing_makes_no_visit(run, text):
    evs = run(text)
    assert not [e for e in evs if e.type == "CONSULT"], _coded(evs)


VISITS = [
    # estrus: the parser hangs the next clause's soldiers on "flew" across the semicolon
    "President Ilves flew to Moscow in May 1995 and signed the border treaty; the last Russian soldiers left in June.",
    "President Kenyatta landed at Nairobi airport yesterday and was welcomed by Museveni on the tarmac.",
    "The French president landed in Georgia on 12 August 2008 to press the deal.",
]


@pytest.mark.parametrize("text", VISITS)
def test_a_leader_landing_still_visits(run, text):
    evs = [e for e in run(text) if e.trigger.split()[0].lower() in ("landed", "flew")]
    assert [(e.type, e.mode) for e in evs] == [("CONSULT", "visit")], _coded(run(text))


# 3. armed people are a force (philmys, ugatan, moralg)
ARMED = [
    ("Some 200 armed men landed at a fishing village in February 2012.", "landed", {"MOBILIZE"}),  # philmys
    ("On 3 March 1969 about 800 armed Zambian exiles crossed the border from Malawi.", "crossed",
     {"ASSAULT", "MOBILIZE"}),  # ugatan
    ("On 2 June 1996 armed men attacked a market in Casablanca and killed four traders.", "",
     {"ASSAULT"}),  # moralg
]


@pytest.mark.parametrize("text, word, etypes", ARMED)
def test_armed_people_are_a_force(run, text, word, etypes):
    evs = _of(run(text), word)
    assert evs and all(e.type in etypes for e in evs), _coded(run(text))


def test_a_research_ship_sailing_is_no_force(run):
    evs = _of(run("In 1981 the Greek survey ship Nautilus sailed into the disputed waters."), "sailed")
    assert not [e for e in evs if e.type == "MOBILIZE"], _coded(evs)
