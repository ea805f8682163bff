"""Four codings of session 33 (type33) by the PLOVER codebook, from a judged sample of dev
exports (benchmarks/results/session33_type.md). Sentences are written for these tests (names,
places and numbers of my own).

1. **An armed doer's attack is an assault.** An "attack" on a thing someone owns was read as
   criticism ("attacked Mr Blair's words"); gunmen, militants, rebels, police or troops (Phoenix
   agent sectors ~UAF, ~REB, ~MIL, ~COP, or the ontology's troops) do not criticise: PLOVER
   ASSAULT. A speaker's attack on a plan stays ACCUSE disapprove.
2. **Warships sent are mobilised.** "send {ARMS}" coded a navy's warships sent as arms supplied
   (AID); PLOVER: "Mobilizing weapons, ships, or vehicles should be coded as MOBILIZE
   'weapons'". Arms handed over (rifles, equipment) and a sale stay AID.
3. **Two parties signing sign an agreement.** "X and Y signed a series of agreements" was vetoed
   as support for no actor (only a named deal passed) and fell to OTHER; two signers make a deal
   (CAMEO 057, PLOVER SUPPORT). One signer of a law stays no agreement.
4. **A civilian crowd protests.** Protesters, a mob, residents or students (Phoenix ~OPP, ~CVL,
   ~EDU, ~PPL) that ransack or storm a building riot, that close a road obstruct, that march
   demonstrate (PLOVER PROTEST riot / obstruct / CAMEO 140), not ASSAULT, COERCE curfew or OTHER.
   A mob killing people stays an assault.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.trigger, [(p.role, p.name) for p in e.participants]) for e in evs]


def _of_trigger(evs, word):
    hits = [e for e in evs if word in e.trigger]
    assert hits, _coded(evs)
    return hits[0]


# 1. an armed doer's attack: ASSAULT (possessed object, thing object, troops, police)
ARMED_ATTACKS = [
    ("On 4 June 1997 gunmen attacked the governor's motorcade near Belmora.", "attacked"),
    ("Rebels attacked Mr Okafor's farm in 1999.", "attacked"),
    ("Militants attacked the governor's car near Kandor in 2011.", "attacked"),
    ("On 9 May 2003 Kestavian forces attack several points along the river.", "attack"),
    ("Police attacked the senator's house in Velmora on 3 May 2001.", "attacked"),
]


@pytest.mark.parametrize("text,word", ARMED_ATTACKS)
def test_an_armed_doers_attack_is_an_assault(run, text, word):
    e = _of_trigger(run(text), word)
    assert e.type == "ASSAULT", _coded([e])


VERBAL_ATTACKS = [
    "The opposition leader Mr Dalan attacked the minister's budget in 2004.",
    "Senator Ruiz attacked the president's plan in a speech in 2010.",
]


@pytest.mark.parametrize("text", VERBAL_ATTACKS)
def test_a_speakers_attack_on_a_plan_stays_criticism(run, text):
    evs = run(text)
    assert not any(e.type == "ASSAULT" for e in evs), _coded(evs)
    assert any(e.type == "ACCUSE" for e in evs), _coded(evs)


# 2. naval craft sent: MOBILIZE weapons (gerund, plain, to a state, with aircraft)
WARSHIPS_SENT = [
    ("In 1961 the fishing limit was extended, and Norland answered by sending warships.", "weapons"),
    ("Kestavia sent a warship to Velmoria later that month.", "weapons"),
    ("Dalmar responded by sending three frigates to the area in May 2004.", "weapons"),
    ("Within a week Ostria had sent gunboats and helicopters to the islands.", "weapons"),
]


@pytest.mark.parametrize("text,mode", WARSHIPS_SENT)
def test_warships_sent_are_mobilised(run, text, mode):
    e = _of_trigger(run(text), "sen")
    assert (e.type, e.mode) == ("MOBILIZE", mode), _coded([e])
    assert not any(p.role == "target" and "warship" in (p.text or "") for p in e.participants)


ARMS_SUPPLIED = [
    "Egypt sent military equipment to Somalia in August 2024.",
    "In March 1990 Velmoria sent rifles and a gunboat to the rebels.",
    "In 2003 Norland sold two frigates to Kenya.",
]


@pytest.mark.parametrize("text", ARMS_SUPPLIED)
def test_arms_handed_over_stay_aid(run, text):
    evs = run(text)
    assert not any(e.type == "MOBILIZE" for e in evs), _coded(evs)
    assert any(e.type == "AID" for e in evs), _coded(evs)


# 3. two parties signing: SUPPORT (sign formal agreement), unnamed deals, a parse of a clause
SIGNED_BY_TWO = [
    "In September 2012 President Okello and President Mbeki signed a series of cooperation agreements in Nairobi.",
    "On 12 May 1994 Presidents Alvaro Ruiz and Tomas Brenner signed the treaty excerpted below in Lima.",
    "In June 2001 Kenya and Uganda signed a set of border agreements in Kampala.",
]


def _parties(e):
    """A joint act's parties: its doers, and its recipients when it is coded as one
    (``_targets.joint_recipient``: the first written is the source, the others recipients)."""
    return [p for p in e.participants if p.role == "source" or (p.role == "target" and "joint_recipient" in e.checks)]


@pytest.mark.parametrize("text", SIGNED_BY_TWO)
def test_two_parties_signing_sign_an_agreement(run, text):
    evs = run(text)
    assert any(e.type == "SUPPORT" and e.cameo == "057" and len(_parties(e)) >= 2 for e in evs), _coded(evs)
    assert not any(e.type == "OTHER" and "signed" in e.trigger for e in evs), _coded(evs)


def test_one_signer_of_a_law_signs_no_agreement(run):
    evs = run("President Okafor signed the budget law in 2011.")
    assert not any(e.type == "SUPPORT" for e in evs), _coded(evs)


# 4. a civilian crowd's act: PROTEST (riot, obstruct, march)
CROWD_ACTS = [
    ("In 1962 protesters in Velmora ransacked the Kestavian embassy.", "ransacked", "riot"),
    ("On 3 April 1971 a mob stormed the Norlandic embassy in Dalmar.", "stormed", "riot"),
    ("Angry students attacked the offices of several parties in Belmora on 2 May 2006.", "attacked", "riot"),
    ("Residents of Porto Verde closed route 12 at the bridge on 5 March 2007.", "closed", "obstruct"),
    ("On 8 June 2008 demonstrators closed the highway to Kandor for two days.", "closed", "obstruct"),
]


@pytest.mark.parametrize("text,word,mode", CROWD_ACTS)
def test_a_crowds_act_is_a_protest(run, text, word, mode):
    e = _of_trigger(run(text), word)
    assert (e.type, e.mode) == ("PROTEST", mode), _coded([e])


def test_a_crowds_march_is_a_protest(run):
    e = _of_trigger(run("On 30 April 2005 some 30,000 people marched from Porto Verde to the bridge."), "marched")
    assert e.type == "PROTEST", _coded([e])


CROWD_KILLINGS = [
    "In April 1989 mobs in Dalmar killed Kestavian residents.",
    "Rioters killed two policemen in Velmora in 1998.",
]


@pytest.mark.parametrize("text", CROWD_KILLINGS)
def test_a_crowd_killing_people_stays_an_assault(run, text):
    evs = run(text)
    assert any(e.type == "ASSAULT" for e in evs), _coded(evs)
    assert not any(e.type == "PROTEST" and e.mode == "riot" for e in evs), _coded(evs)


# 4b. a force's men are no crowd ("men" are Phoenix ~PPL; "armed men" ~UAF), an occupation no obstruction
NO_CROWD = [
    "His men looted everything they could carry and burned the bridge at Kandor when they left in 1979.",
    "In June 2004 the mutineers of Colonel Dalan occupied Porto Verde.",
    "As many as 50,000 people died in trench warfare along the Kandor river.",
    "Within days his men were leading the assault on Belmora in May 2013.",
]


@pytest.mark.parametrize("text", NO_CROWD)
def test_a_forces_men_are_no_crowd(run, text):
    evs = run(text)
    assert not any(e.type == "PROTEST" for e in evs), _coded(evs)


def test_armed_men_attacking_a_hotel_assault(run):
    evs = run("On 4 August 1996 armed men attacked a hotel in Belmora.")
    e = _of_trigger(evs, "attacked")
    assert e.type == "ASSAULT", _coded(evs)


SIGNED_APART = [
    "In 2020 the two leaders signed separate documents rather than a joint accord.",
    "In 2009 President Okello and President Mbeki signed separate letters instead of a treaty.",
    "On 3 May 2015 Kenya and Uganda signed individual pledges rather than a common agreement.",
]


@pytest.mark.parametrize("text", SIGNED_APART)
def test_parties_signing_apart_sign_no_joint_agreement(run, text):
    evs = run(text)
    assert not any(e.type == "SUPPORT" and e.trigger.startswith("signed")
                   and len(_parties(e)) >= 2 for e in evs), _coded(evs)
