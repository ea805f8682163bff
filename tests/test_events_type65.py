"""Session 65 (type65): the PLOVER type of dated acts that stayed happenings of no type (OTHER). Sentences
written for these tests (no article text, no pairing or fact of an evaluation text; the events and dates are
invented).

1. An application filed against a state before a court is the case it brings (``data/object_synonyms.tsv``:
   application like case; PETRARCH2's FILE "* CASE AGAINST [115]", CAMEO 115 "bring lawsuit against", PLOVER
   ACCUSE). Dev texts argury, prtind, guyven.
2. A message sent or handed is the act its noun names, as one issued or given is (``send`` and ``hand`` among the
   ontology's light verbs): an ultimatum sent or handed is a threat (CAMEO 139), a formal protest sent to a state
   is an accusation (ACCUSE), not a happening of no type. Dev texts itallby, albgrc, candnk, franzl.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show
from event_cases import states

APPLICATIONS = [
    # text, doer, recipient
    ("Iceland filed an application against Mexico at the International Court of Justice on 3 March 2031.",
     "ISL", "MEX"),
    ("On 14 May 2030 Norway filed its application against Chile, arguing that the dam broke the river statute.",
     "NOR", "CHL"),
]


@pytest.mark.parametrize("text, doer, recipient", APPLICATIONS, ids=[c[0][:30] for c in APPLICATIONS])
def test_an_application_filed_against_a_state_is_a_case_brought(full, text, doer, recipient):
    events, every = _by_trigger(full, text, "filed")
    assert events, _show(every)
    assert events[0].type == "ACCUSE", _show(events)
    assert doer in states(events[0], "source") and recipient in states(events[0], "target"), _show(events)


MESSAGES = [
    # text, trigger, type, doer
    ("Reykjavik sent an ultimatum to Mexico City on 28 September 2031 and broke off relations a week later.",
     "sent", "THREATEN", "ISL"),
    ("On 12 June 2030 the Icelandic government handed the Mexican ambassador an ultimatum over the fishing fleet.",
     "ultimatum", "THREATEN", "ISL"),
    ("Only after the landing on the reef did Oslo send its formal protest to Santiago, in May 2031.",
     "send", "ACCUSE", "NOR"),
]


@pytest.mark.parametrize("text, trigger, etype, doer", MESSAGES, ids=[c[0][:30] for c in MESSAGES])
def test_a_message_sent_or_handed_is_the_act_its_noun_names(full, text, trigger, etype, doer):
    _, every = _by_trigger(full, text, trigger)
    events = [e for e in every if trigger in e.trigger.split()]  # the verb, or the message's noun it carries
    assert events, _show(every)
    assert events[0].type == etype, _show(events)
    assert doer in states(events[0], "source"), _show(events)
    assert not [e for e in every if e.type == "OTHER"], _show(every)


KEPT = [
    # text, trigger, type: the light verb lends nothing when its object names no act
    ("Iceland sent troops to the disputed reef in May 2031.", "sent", "MOBILIZE"),
    ("Norway sent humanitarian aid to Chile in May 2031.", "sent", "AID"),
]


@pytest.mark.parametrize("text, trigger, etype", KEPT, ids=[c[0][:30] for c in KEPT])
def test_what_is_sent_that_names_no_act_keeps_the_dictionarys_code(full, text, trigger, etype):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].type == etype, _show(events)


# 3. A party that "followed" did the act of the clause it is coordinated with (``extract._followed_suit``): PLOVER
#    codes the act, whoever does it. Dev texts pakafg, maresp, hunrou (a recognition, a recognition, a pact signed).
FOLLOWED = [
    # text, type, doer
    ("Iceland recognised the new government of Kestavia on 25 May 2031, and Norway followed on 27 May 2031.",
     "SUPPORT", "NOR"),
    ("Iceland moved first to recognise the new regime in Kestavia, and Mexico followed on 26 May 2031.",
     "SUPPORT", "MEX"),
    ("Iceland signed the Northern Pact on 4 June 2030, and Mexico followed on 9 June.", "SUPPORT", "MEX"),
]


@pytest.mark.parametrize("text, etype, doer", FOLLOWED, ids=[c[0][:30] for c in FOLLOWED])
def test_a_party_that_followed_did_the_act_it_followed(full, text, etype, doer):
    events, every = _by_trigger(full, text, "followed")
    assert events, _show(every)
    assert events[0].type == etype and "followed_suit" in events[0].checks, _show(events)
    assert doer in states(events[0], "source"), _show(events)


NOT_FOLLOWED = [
    # the one followed is no doer of the act, or the verb has an object of its own: no act repeated
    "Velmar fell to the Icelandic army on 3 March 2030 and Tarsby followed on 19 March.",
    "Mexico followed the announcement with a trade fair in September 2031.",
]


@pytest.mark.parametrize("text", NOT_FOLLOWED, ids=[c[:30] for c in NOT_FOLLOWED])
def test_following_no_doer_or_following_a_thing_repeats_no_act(full, text):
    events, every = _by_trigger(full, text, "followed")
    assert all("followed_suit" not in e.checks for e in events), _show(every)
