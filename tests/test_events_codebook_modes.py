"""PLOVER modes and types by the codebook's own definitions (PLOVER_MANUAL.tex, draft 0.8), where
the CAMEO->PLOVER table or a bare trigger word coded them otherwise. Session 29: a strict judging
of 130 sampled events of eleven dev subjects found these among the wrong types. Sentences are
written for these tests (other names, places and numbers than the dev texts they stand for).

1. ACCUSE: accusing or blaming someone is ``allege`` ("formally or informally accuse; sue,
   indict, or charge"), not ``disapprove`` ("express disapproval; condemn; complain"); a
   condemnation or a criticism stays ``disapprove``.
2. SANCTION: ties broken off, severed, cut or downgraded are ``discontinue`` ("curtail,
   decrease, break, or terminate diplomatic ... exchanges"); an envoy recalled stays ``withdraw``
   ("withdraw ... one's non-military resources (e.g. ... diplomats)"); a bare "recall" or
   "sever" with another object is no act on relations at all.
3. Relations that sour, deteriorate or hit a low are no SANCTION (an act "done" by both
   parties): a change nobody is said to do, OTHER on the timeline.
4. MOBILIZE: ships, aircraft or weapons moved alone are ``weapons`` ("Mobilizing weapons,
   ships, or vehicles should be coded as MOBILIZE 'weapons' rather than 'troops'"); troops stay
   ``troops``.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.cameo, e.trigger) for e in evs]


# 1. accusations (dev: eridji's letter and news items, chdsdn's profile, guyven's timeline, cyprus)
ACCUSATIONS = [
    "In March 2004 Malawi accused Zambian troops of occupying the ridge.",
    "Kenya accused Uganda of arming the rebels in 1987.",
    "Each government accused the other of harbouring its rebels.",
    "In 2011 Bolivia blamed Chilean smugglers for the attack on the post.",
]


@pytest.mark.parametrize("text", ACCUSATIONS)
def test_an_accusation_is_accuse_allege(run, text):
    evs = [e for e in run(text) if e.type == "ACCUSE"]
    assert [(e.mode, e.cameo) for e in evs] == [("allege", "112")], _coded(evs)


DISAPPROVALS = [
    "Norway condemned the Danish decision in 1931.",
    "In 1995 Chile criticised Peru over the border fence.",
    "The Security Council condemned the incursion into Belize in 1977.",
]


@pytest.mark.parametrize("text", DISAPPROVALS)
def test_a_condemnation_stays_accuse_disapprove(run, text):
    evs = [e for e in run(text) if e.type == "ACCUSE"]
    assert evs and all(e.mode == "disapprove" for e in evs), _coded(evs)


# 2. relations broken (dev: codwars, chdsdn, guyven, eridji) and envoys recalled
BROKEN_TIES = [
    "Malta broke off diplomatic relations with Libya on 3 March 1980.",
    "Ghana severed diplomatic relations with Togo in April 1994.",
    "In June 2014 Oman cut ties with Yemen.",
    "Senegal downgraded its relations with Gambia on 9 May 2003.",
]


@pytest.mark.parametrize("text", BROKEN_TIES)
def test_ties_broken_are_sanction_discontinue(run, text):
    evs = [e for e in run(text) if e.type == "SANCTION"]
    assert [e.mode for e in evs] == ["discontinue"], _coded(evs)


RECALLED = [
    "Peru recalled its ambassador from Bolivia in May 1998.",
    "In 2012 Norway recalled its envoy from Sweden.",
    "Ghana recalled its ambassador to Togo on 2 June 1994.",
]


@pytest.mark.parametrize("text", RECALLED)
def test_an_envoy_recalled_stays_sanction_withdraw(run, text):
    evs = [e for e in run(text) if e.type == "SANCTION"]
    assert [e.mode for e in evs] == ["withdraw"], _coded(evs)


# a bare "recall" or "sever" (dev: egyeth's statement, chdsdn's UN item, codwars' net cutter)
NOT_ON_RELATIONS = [
    "Peru further recalls the resolution of the Security Council of 12 May 2001.",
    "Speakers recalled that relations between Kenya and Uganda had been tense.",
    "On 5 June 1974 the Danish cutter severed the nets of a Norwegian trawler.",
]


@pytest.mark.parametrize("text", NOT_ON_RELATIONS)
def test_a_bare_recall_or_sever_is_no_sanction(run, text):
    evs = run(text)
    assert not [e for e in evs if e.type == "SANCTION"], _coded(evs)


# 3. relations souring (dev: grctur, egyeth, guyven, korea)
SOURED = [
    "Relations between Chile and Peru hit a new low in March 2011.",
    "Relations between Kenya and Somalia have since soured further.",
    "In 1979 relations between Malta and Libya deteriorated sharply.",
]


@pytest.mark.parametrize("text", SOURED)
def test_relations_souring_is_no_sanction(run, text):
    evs = run(text)
    assert not [e for e in evs if e.type == "SANCTION"], _coded(evs)
    # a low named as reached stays a dated happening; relations that sour or deteriorate are a trend,
    # no happening (session 51, checks.a_trend_of_relations)
    told = [e.type for e in evs if e.trigger.split()[0].lower() in ("hit", "soured", "deteriorated")]
    assert told == (["OTHER"] if text.startswith("Relations between Chile") else []), _coded(evs)


# 4. ships and aircraft deployed (dev: codwars' frigates, bgdmmr's warships) and troops
ARMS_DEPLOYED = [
    "Danish frigates entered the disputed zone on 2 June 1974.",
    "In 2009 Accra dispatched three warships to the gulf.",
    "Chilean gunboats entered the channel on 14 May 1978.",
]


@pytest.mark.parametrize("text", ARMS_DEPLOYED)
def test_ships_deployed_are_mobilize_weapons(run, text):
    evs = [e for e in run(text) if e.type == "MOBILIZE"]
    assert [e.mode for e in evs] == ["weapons"], _coded(evs)


TROOPS_DEPLOYED = [
    "In 2009 Accra dispatched three battalions to the border.",
    "Ghana sent troops and tanks to the border in 1994.",
    "Kenyan soldiers entered the disputed zone on 2 June 1974.",
]


@pytest.mark.parametrize("text", TROOPS_DEPLOYED)
def test_troops_deployed_stay_mobilize_troops(run, text):
    evs = [e for e in run(text) if e.type == "MOBILIZE"]
    assert evs and all(e.mode == "troops" for e in evs), _coded(evs)
