"""The state whose territory an occupation or a deployment is done on (round 58, roles): rule
``chronica.events._targets.territory_recipient``, seen in dev texts of several subjects (the shapes,
never their sentences: the sentences here are invented, real states with made-up happenings).

An occupation (PLOVER COERCE, seize) or a deployment (MOBILIZE) by one of the document's two main
states told with no recipient, whose object, falling subject or destination ("into", "onto",
"towards") is a territory - a TERRITORY or BORDER noun of the ontology or a named place - is done to
the other main state, by ``pair_recipient``'s reading of the story.
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show, states

PAIR = "Benin and Togo quarrelled over the river islands for years. "

TAKEN = [  # (text, trigger, type, doer's state, the state whose territory it is)
    (PAIR + "In May 1998 Beninese troops occupied the town of Kpalime.", "occupied", "COERCE", "BEN", "TGO"),
    (PAIR + "On 3 May 1998 Beninese troops marched into the town.", "marched", "COERCE", "BEN", "TGO"),
    (PAIR + "Kpalime fell to Beninese forces on 4 June 1999.", "fell", "COERCE", "BEN", "TGO"),
    # a place stormed is attacked (session 63, ASSAULT); stormed into, it is taken
    (PAIR + "On 4 June 1999 Beninese marines stormed into the town.", "stormed", "COERCE", "BEN", "TGO"),
    (PAIR + "In 1999 Benin moved troops towards the border.", "moved", "MOBILIZE", "BEN", "TGO"),
    (PAIR + "In December 1999 Benin sent about four hundred soldiers to a camp at Sokode, north of Lome, for "
     "training.", "sent", "MOBILIZE", "BEN", "TGO"),
    (PAIR + "In December 1999 Benin sent troops to Kara.", "sent", "MOBILIZE", "BEN", "TGO"),
    ("Gabon and Cameroon argued over the lagoon all through 2004. In August 2004 Cameroonian soldiers "
     "landed on Mbanie.", "landed", "MOBILIZE", "CMR", "GAB"),
]


@pytest.mark.parametrize("text,trigger,etype,doer,other", TAKEN)
def test_a_territory_occupied_or_entered_is_the_other_states(pipeline, text, trigger, etype, doer, other):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    event = events[0]
    assert event.type == etype, show([event])
    assert doer in states(event, SOURCE), show([event])
    assert other in states(event, TARGET), show([event])
    # a place the gazetteer of regions files under the other state ("Kara") is its ground first
    # (session 59: ``region_recipient``), the same recipient
    assert {"territory_recipient", "region_recipient"} & set(event.checks), show([event])
    assert all(p.state or p.actor_id for p in event.actors(TARGET)), show([event])  # the place is where, not whom


NOT_TAKEN = [  # (text, trigger, the state that must not be made its recipient)
    # the one it was taken from is told
    (PAIR + "In 1999 the Beninese army retook Kandi from the rebels.", "retook", "TGO"),
    # no territory is told: a deployment at home, troops sent in
    (PAIR + "In 1999 Benin deployed troops in Kandi against the rebels.", "deployed", "TGO"),
    (PAIR + "In March 1999 the Beninese army moved in.", "moved", "TGO"),
    # a place of the doer's own state
    (PAIR + "In 1999 Benin moved troops to Porto-Novo.", "moved", "TGO"),
    # a third state told in the sentence
    (PAIR + "In 1999 Beninese troops marched into the town with Nigerian support.", "marched", "TGO"),
]


@pytest.mark.parametrize("text,trigger,other", NOT_TAKEN)
def test_no_territory_recipient_without_its_ground(pipeline, text, trigger, other):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    for event in events:
        assert "territory_recipient" not in event.checks, show([event])
        assert other not in states(event, TARGET), show([event])


def test_the_place_stays_where_it_happened(pipeline):
    events = [e for e in events_of(pipeline, PAIR + "On 4 June 1999 Beninese troops landed on Dorvan.")
              if e.trigger.startswith("landed")]
    assert events and any(p.text == "Dorvan" for p in events[0].actors(OTHER)), show(events)
