"""Who did what to whom, round 37 (issue 9): a strict reading of sampled events found things and
victims made doers, mediators made the parties' doers or recipients, and passives that lost
their doer. Four mechanisms of the parse, each held by a case table of sentences written for it
in the style of several dev stories (wars over islands, borders and ships; brokered accords):

1. A weapon named with its state's modifier stands for that state as the agent of a passive as
   it does as a subject (``_actors._force_of_its_state``): "the villages were bombed by Russian
   aircraft" is Russia's bombing, as "Russian aircraft bombed the villages" is. A weapon's "in"
   phrase says where it was, not whose it is ("a missile in the Gulf").
2. A passive whose by-phrase names the doer tells the same act as the active
   (``extract._acted_on``): its subject, a named thing or place, is what was acted on ("the USS
   Stark was hit by an Iraqi missile" as "an Iraqi missile hit the USS Stark").
3. A by-phrase the parser split in two ("were killed by Serbian shelling" read as the agent
   "Serbian" and an adverbial gerund "shelling") gives the gerund its nationality word as doer,
   never the passive's subject - the victims (``extract._demonym_gerund``).
4. A mediator acts in its own act (``_targets._own_act_participle``,
   ``extract._mediated_parties``): "Peru and Ecuador signed an agreement brokered by the United
   States" - the United States is no recipient of the signing; its brokering is a CONSULT
   (mode mediate) with the parties as recipients.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import doer_states, events_of as _events, show, states


def _of(pipeline, text, trigger):
    found = _events(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    return events[0]


# --- 1. a weapon as a passive's agent stands for its state -------------------------------------

WEAPON_AGENTS = [  # (sentence, trigger, doer state)
    ("Georgian villages were bombed by Russian aircraft in August 2008.", "bombed", "RUS"),
    ("On 4 May 1982 HMS Sheffield was struck by an Argentine missile.", "struck", "ARG"),
    ("In May 1987 the USS Stark was hit by an Iraqi missile in the Gulf.", "hit", "IRQ"),
    ("The Kurdish town of Halabja was bombed by Iraqi aircraft in March 1988.", "bombed", "IRQ"),
]


@pytest.mark.parametrize("text,trigger,doer", WEAPON_AGENTS)
def test_a_weapon_agent_stands_for_its_state(pipeline, text, trigger, doer):
    e = _of(pipeline, text, trigger)
    assert e.type == "ASSAULT", show([e])
    assert states(e, SOURCE) == {doer}, show([e])  # the state only: not "missile" beside it


@pytest.mark.parametrize("text", [
    "A Russian tank is displayed in the museum.",  # a passive with no agent: a thing shown
    "The old Soviet aircraft was sold to a museum in 1995.",
    # a participle qualifying a force: the weapons came with it, they stand for no state's act
    "In 1978 about 3,000 men backed by Soviet-built tanks and MiG fighters seized the salient.",
])
def test_a_weapon_shown_or_sold_is_no_doer(pipeline, text):
    named = [e for e in _events(pipeline, text) if e.type in ("ASSAULT", "SUPPORT") and states(e, SOURCE) - {None}]
    assert not named, show(named)


# --- 2. a passive with a by-agent: its subject is what was acted on -----------------------------

ACTED_ON = [  # (sentence, trigger, type, doer state)
    ("In May 1987 the USS Stark was hit by an Iraqi missile in the Gulf.", "hit", "ASSAULT", "IRQ"),
    ("The Kyaka bridge was blown up by Ugandan troops in November 1978.", "blown up", "ASSAULT", "UGA"),
    ("In April 2012 the Heglig oilfield was captured by South Sudanese troops.", "captured", "COERCE", "SSD"),
]


@pytest.mark.parametrize("text,trigger,etype,doer", ACTED_ON)
def test_a_passive_with_its_doer_names_the_thing_acted_on(pipeline, text, trigger, etype, doer):
    e = _of(pipeline, text, trigger)
    assert e.type == etype, show([e])
    assert doer in states(e, SOURCE), show([e])


# --- 3. "killed by Serbian shelling": the victims never shell ---------------------------------

SPLIT_BY_PHRASE = [  # (sentence, doer state)
    ("In March 1999 dozens of civilians were killed by Serbian shelling in Kosovo.", "SRB"),
    ("In August 2008 five people were killed by Russian bombing in Gori.", "RUS"),
    ("In June 1998 dozens of villagers were killed by Ethiopian bombing near Zalambessa.", "ETH"),
    ("In 1974 several Greek Cypriots were wounded by Turkish shelling near Nicosia.", "TUR"),
]

VICTIMS = {"dozens", "people", "villagers", "Cypriots", "civilians", "five", "several"}


@pytest.mark.parametrize("text,doer", SPLIT_BY_PHRASE)
def test_the_victims_of_a_passive_are_no_doers(pipeline, text, doer):
    found = _events(pipeline, text)
    assert found, show(found)
    for e in found:
        assert not {p.text for p in e.actors(SOURCE)} & VICTIMS, show(found)
    assert any(doer in states(e, SOURCE) for e in found if e.type == "ASSAULT"), show(found)


def test_a_passive_clause_still_controls_its_gerund(pipeline):
    # no nationality word before the gerund: the passive's subject is its doer, as written
    e = _of(pipeline, "In May 1982 the Argentine garrison was attacked by British troops, losing 50 men.", "attacked")
    assert states(e, SOURCE) == {"GBR"}, show([e])


# --- 4. a mediator acts in its own act --------------------------------------------------------

BROKERED = [  # (sentence, parties' trigger, mediation trigger, mediator, parties)
    ("In October 1998 Peru and Ecuador signed an agreement brokered by the United States.",
     "signed an agreement", "brokered", "USA", {"PER", "ECU"}),
    ("In 2000 Ethiopia and Eritrea signed a ceasefire mediated by Algeria.",
     "signed a ceasefire", "mediated", "DZA", {"ETH", "ERI"}),
    ("A truce brokered by Qatar was agreed by Djibouti and Eritrea in June 2010.",
     "agreed", "brokered", "QAT", {"DJI", "ERI"}),
    ("In July 2002 Rwanda and Congo signed a deal brokered by South Africa.",
     "signed a deal", "brokered", "ZAF", {"RWA", "COG"}),
    ("In 1975 Iran and Iraq signed an accord brokered by Algeria.",
     "signed an accord", "brokered", "DZA", {"IRN", "IRQ"}),
]


@pytest.mark.parametrize("text,act,mediation,mediator,parties", BROKERED)
def test_the_mediator_is_no_party_to_the_parties_act(pipeline, text, act, mediation, mediator, parties):
    e = _of(pipeline, text, act)
    assert parties <= doer_states(e), show([e])  # a joint act: both parties (``_targets.joint_recipient``)
    assert mediator not in states(e, SOURCE) | states(e, TARGET), show([e])


@pytest.mark.parametrize("text,act,mediation,mediator,parties", BROKERED)
def test_a_mediation_participle_has_the_parties_as_recipients(pipeline, text, act, mediation, mediator, parties):
    e = _of(pipeline, text, mediation)
    assert e.type == "CONSULT", show([e])
    assert states(e, SOURCE) == {mediator}, show([e])
    assert parties <= states(e, TARGET), show([e])


@pytest.mark.parametrize("text,doers,recipient", [
    # a participle that is no act of its own keeps its agent: the goods' maker is the recipient
    ("In 1980 the United States banned goods made by Iranian firms.", "USA", "IRN"),
])
def test_a_participle_of_no_act_of_its_own_still_names_a_recipient(pipeline, text, doers, recipient):
    found = _events(pipeline, text)
    assert any(doers in states(e, SOURCE) for e in found), show(found)
