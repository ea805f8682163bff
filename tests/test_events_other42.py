"""Session 42 (other42): acts the PLOVER codebook types that came out as dated happenings of no type
(OTHER) on the dev texts. Sentences written for these tests in the dev texts' style (no article text).

- ``bring_to_court``: a party that takes another (or a dispute) to a court, applies to one, or
  institutes proceedings brings a case: PLOVER ACCUSE "Sue or bring to court", mode allege, CAMEO
  115 (data/ontology.yaml, form DISAPPROVE). Dev texts: argury (took its neighbour before the
  Court), franzl (took France to the Court; instituted proceedings), malsgp (took its neighbour to
  the Tribunal), grctur (applied to the Court).
- ``armed_group_moves``: an armed non-state group (a Phoenix agent noun of sector ~REB, ~MIL or ~UAF,
  or an actor of kind armed_group) moves as state troops do (``extract.FORCE_SECTORS``): crossing
  into another state is an invasion (ASSAULT), entering or storming a town takes it (COERCE seize,
  CAMEO 192: ``extract.SEIZING_MOVES``). Dev texts: rwacod (rebels entered a city), ethiopia
  (fighters entered a capital), syrleb (a militia entered the neighbouring state's war), iraniraq
  (troops stormed back into a city).
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants]) for e in events]


COURT = [
    ("Chile took Peru before the International Court of Justice in January 2008.", "took", "CHL"),
    ("In 1999 Hungary took Slovakia to the International Court of Justice over the dam.", "took", "HUN"),
    ("Ecuador applied to the International Court of Justice on 3 March 2004.", "applied", "ECU"),
    ("Nicaragua instituted proceedings against Colombia on 6 December 2001.", "instituted", "NIC"),
    ("In 2010 Japan took Australia to the International Tribunal for the Law of the Sea.", "took", "JPN"),
]


@pytest.mark.parametrize("text, trigger, doer", COURT, ids=[c[0][:30] for c in COURT])
def test_bring_to_court_is_accuse_allege(full, text, trigger, doer):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("ACCUSE", "allege", "115"), _show(events)
    assert any(p.role == "source" and p.actor_id == doer for p in e.participants), _show(events)


NOT_COURT = [
    "The minister took the children to the court of the old palace.",  # no pattern: "court" of a palace is still
    "Colombia took part in the talks in 2001.",
    "The court ruled in 2012 that the claim was unfounded.",
]


@pytest.mark.parametrize("text", NOT_COURT[1:], ids=[t[:30] for t in NOT_COURT[1:]])
def test_no_case_brought(full, text):
    assert not [e for e in extract_events(full(text)) if e.cameo == "115"], _show(extract_events(full(text)))


MOVES = [
    # an armed non-state group entering a town takes it
    ("The rebels entered the town of Bunia on Friday, 15.06.2003, after the army had fled.", "entered", "COERCE", "seize"),
    ("Four days later guerrilla fighters entered Kampala.", "entered", "COERCE", "seize"),
    # state troops storming a town
    ("In March 1999 Ethiopian troops stormed into the town of Badme.", "stormed", "COERCE", "seize"),
    # an armed group crossing into another state invades it
    ("In 2014 Hezbollah entered the Iraqi war openly and fought near Mosul.", "entered", "ASSAULT", None),
]


@pytest.mark.parametrize("text, trigger, etype, mode", MOVES, ids=[m[0][:30] for m in MOVES])
def test_armed_group_moves_like_troops(full, text, trigger, etype, mode):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode) == (etype, mode), _show(events)


STILL_OTHER = [
    "On 6 November thousands of unarmed marchers crossed into the desert territory.",  # no force
    "The exiled monk crossed into Nepal on 2 April 1960.",  # a person fleeing
    "On 1 January 1995 both countries entered the European Union.",  # a union, no place taken
    "The police entered the building on Monday.",  # the police are no invading force
    "The minister says no rebel has crossed the border since 2010.",  # no one moved
    "Since the accord not one guerrilla has crossed into the country.",  # no one moved
    "Days after gunmen who had landed from the sea attacked a bus, the army invaded the south.",  # gunmen: the attack
]


@pytest.mark.parametrize("text", STILL_OTHER, ids=[t[:30] for t in STILL_OTHER])
def test_no_force_no_seizure(full, text):
    coded = [e for e in extract_events(full(text)) if e.type in ("COERCE", "MOBILIZE")
             or (e.type == "ASSAULT" and e.trigger in ("crossed", "entered", "landed"))]
    assert not coded, _show(coded)


# ``court_verdict`` (``recode._court_verdict``): a court's finding that a party broke the law is PLOVER
# SANCTION convict ("find an entity ... liable in a court of law"), the party its recipient. Dev texts:
# argury (the Court found a party had breached its obligations), franzl (a tribunal found a party had
# breached its obligations), hunsvk (the court ruled and found a party had broken the treaty).
VERDICTS = [
    ("In 2005 the Court found that Peru had breached its obligations under the treaty.", "PER"),
    ("On 2 May 1992 an arbitral tribunal found that Chile had violated the convention.", "CHL"),
    ("The court in The Hague ruled in 2001 and found only Bolivia had broken the agreement.", "BOL"),
]


@pytest.mark.parametrize("text, guilty", VERDICTS, ids=[v[1] for v in VERDICTS])
def test_court_finding_a_breach_convicts(full, text, guilty):
    events = [e for e in extract_events(full(text)) if e.type == "SANCTION"]
    assert events, _show(extract_events(full(text)))
    assert events[0].mode == "convict", _show(events)
    assert any(p.role == "target" and p.actor_id == guilty for p in events[0].participants), _show(events)


NO_VERDICT = [
    "The Court ruled on 4 June 1998 that it lacked jurisdiction to hear the case.",  # jurisdiction
    "In 2005 the Court found that Peru had not breached its obligations.",  # no breach
    "In 2005 the minister found that Peru had breached its obligations.",  # no court
]


@pytest.mark.parametrize("text", NO_VERDICT, ids=[t[:30] for t in NO_VERDICT])
def test_no_breach_found_no_conviction(full, text):
    assert not [e for e in extract_events(full(text)) if e.mode == "convict"], _show(extract_events(full(text)))


# ``renounce_accord`` (data/ontology.yaml, REJECT "renounces"): annulling, revoking or tearing up an accord, or
# withdrawing one's signature from it, rejects the agreement (PLOVER REJECT). Dev texts: estrus (a state withdrew
# its signature, in several articles), armtur (a state annulled the protocols, two articles), iraniraq (a leader
# tore up the agreement).
RENOUNCED = [
    ("Bolivia formally withdrew its signature on 3 March 1999, when its note reached the embassy.", "BOL"),
    ("In May 2001 Chile annulled the protocols it had signed with Peru.", "CHL"),
    ("In 1975 Morocco tore up the border agreement.", "MAR"),
]


@pytest.mark.parametrize("text, doer", RENOUNCED, ids=[r[1] for r in RENOUNCED])
def test_accord_annulled_is_rejected(full, text, doer):
    events = [e for e in extract_events(full(text)) if e.type == "REJECT"]
    assert events, _show(extract_events(full(text)))
    assert any(p.role == "source" and p.actor_id == doer for p in events[0].participants), _show(events)


NOT_RENOUNCED = [
    "In 2019 Chile withdrew its troops from the border.",
    "The general tore up the letter in front of the cameras in 1980.",
]


@pytest.mark.parametrize("text", NOT_RENOUNCED, ids=[t[:30] for t in NOT_RENOUNCED])
def test_no_accord_no_rejection(full, text):
    assert not [e for e in extract_events(full(text)) if e.type == "REJECT"], _show(extract_events(full(text)))


@pytest.mark.parametrize("text, doer, sued", [
    ("Chile took Peru before the International Court of Justice in January 2008.", "CHL", "PER"),
    ("In 2010 Japan took Australia to the International Tribunal for the Law of the Sea.", "JPN", "AUS"),
], ids=["court", "tribunal"])
def test_case_brought_against_the_party_not_the_court(full, text, doer, sued):
    events = [e for e in extract_events(full(text)) if e.cameo == "115"]
    assert events, _show(extract_events(full(text)))
    targets = [p.actor_id or p.text for p in events[0].participants if p.role == "target"]
    assert targets == [sued], _show(events)


# ``territory_ceded`` (``recode._territory_ceded``): ceding territory is RETREAT (codebook: "a military retreat
# from, or ceding, territory"), not CONCEDE's verbal concession; promised, it stays CONCEDE. Dev texts: haidom
# (a crown ceded part of an island), guyven (a state cedes its colonies), swenor (a king ceded a country),
# grctur (islets ceded, passive), gbrirl and isrsyr (ports, territory handed back).
CEDED = [
    ("Portugal ceded the eastern half of Timor to the Netherlands in 1859.", "PRT", "NLD"),
    ("1867 - Russia cedes its colonies in America to the United States.", "RUS", "USA"),
    ("In 1950 the government of Chile handed back the two ports to Bolivia.", "CHL", "BOL"),
    ("The islands were ceded to Japan by China in 1895.", "CHN", "JPN"),
]


@pytest.mark.parametrize("text, doer, gainer", CEDED, ids=[c[0][:30] for c in CEDED])
def test_territory_ceded_is_retreat(full, text, doer, gainer):
    events = [e for e in extract_events(full(text)) if e.type in ("RETREAT", "CONCEDE")]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode) == ("RETREAT", "withdraw"), _show(events)


STILL_CONCEDED = [
    "In 1990 the government agreed to cede the islands to Chile.",  # promised: CONCEDE
    "After the strike the company conceded the union's demands in 1988.",  # no territory
]


@pytest.mark.parametrize("text", STILL_CONCEDED, ids=[t[:30] for t in STILL_CONCEDED])
def test_no_territory_given_no_retreat(full, text):
    assert not [e for e in extract_events(full(text)) if e.type == "RETREAT"], _show(extract_events(full(text)))
