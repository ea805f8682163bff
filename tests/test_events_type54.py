"""Session 54 (type54): the codebook's type of a meeting held, a restriction eased, regret expressed,
compensation paid and a court's sentence, where the dev texts' acts came out as a dated happening of no type
(OTHER), as a return of property (RETREAT 0842) or as COERCE restrict. Sentences written for these tests (no
article text, no pairing or fact of an evaluation text; the names and dates are invented).

- ``meeting_held`` (``recode._meeting_held``): a conference held, opened, convened or taking place is a
  meeting, PLOVER CONSULT ("all consultations and meetings"); a host that holds one is its doer. A press
  conference and a round of voting are none; talks held with no doer are the back-off's, talks one party holds
  need the other side. Dev texts gbrken, nldidn, chnind.
- ``restriction_eased`` (``recode._restriction_eased``): a state of emergency ended, a ban eased, sanctions
  suspended are PLOVER CONCEDE ("easing of administrative or legal restrictions ... removing curfews"), CAMEO
  081 as the field's dictionary codes "lift the ban"; economic sanctions and embargoes 085, which the table
  files under RETREAT. Dev texts gbrken, usavnm, itallby.
- the ontology's regret (CONCEDE, CAMEO 055): "expressions of regret or remorse for an action or situation
  should be coded as CONCEDE"; a state that regrets another's decision is no concession. Dev texts colper,
  itallby, franzl, gbrken.
- the ontology's compensation paid (AID, CAMEO 071): "monetary aid ... including reparations", "reparations or
  voluntary settlements should be coded as AID", not PETRARCH2's 0842 (return of property). Dev texts gbrken,
  franzl, usaphl, malsgp.
- ``court_sentence`` (``recode._court_sentence``): a sentence or a conviction is SANCTION convict ("found
  guilty and sentenced"), no COERCE restrict. Dev texts gbrken, idntls, philmys, itallby.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

MEETINGS_HELD = [
    # text, trigger, host (source) or None
    ("A second Tarvik conference was held in 1931.", "held", None),
    ("The Round Table Conference opened in Velmar on 3 May 1938.", "opened", None),
    ("Iceland held a conference in Velmar in 1931 to mark the treaty.", "held", "ISL"),
    ("A conference on the river took place in Velmar in June 1931.", "took", None),
]


@pytest.mark.parametrize("text, trigger, host", MEETINGS_HELD, ids=[c[0][:30] for c in MEETINGS_HELD])
def test_a_meeting_held_is_a_meeting(full, text, trigger, host):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("CONSULT", "040"), _show(events)
    assert "_meeting_held" in e.checks
    sources = [p.actor_id for p in e.participants if p.role == "source"]
    assert sources == ([host] if host else []), _show(events)


NO_MEETING = [
    ("Iceland held a press conference on 4 May 1931.", "held"),  # a statement
    ("The second round of voting was held on 4 May 1931.", "held"),  # an election round
    ("The conference was not held in 1931.", "held"),  # negated
    ("Jon Eiriksson held talks on Friday.", "held"),  # talks held by one party: the other side unnamed
]


@pytest.mark.parametrize("text, trigger", NO_MEETING, ids=[c[0][:30] for c in NO_MEETING])
def test_other_things_held_are_no_meeting(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_meeting_held" in e.checks for e in events), _show(events)


EASED = [
    # text, trigger, type, CAMEO
    ("The state of emergency in Iceland ended in January 1931.", "state", "CONCEDE", "081"),
    ("The Emergency ended in March 1931, after six years of raids.", "ended", "CONCEDE", "081"),
    ("In October 1931 the Icelandic government partially eased the ban on arms sales to Luxembourg.", "eased", "CONCEDE",
     "081"),
    ("The sanctions on Luxembourg were suspended in April 1931.", "sanctions", "RETREAT", "085"),
]


@pytest.mark.parametrize("text, trigger, etype, cameo", EASED, ids=[c[0][:30] for c in EASED])
def test_a_restriction_ended_or_eased_is_a_concession(full, text, trigger, etype, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == (etype, cameo), _show(events)
    assert "_restriction_eased" in e.checks
    assert not any(p.role == "source" and p.text.lower().endswith(("emergency", "ban", "sanctions"))
                   for p in e.participants), _show(events)


NOT_EASED = [
    ("The war ended in January 1931.", "ended"),  # no restriction
    ("Iceland suspended the talks with Luxembourg on 3 May 1931.", "suspended"),  # talks suspended
    ("Iceland imposed a curfew on Velmar on 3 May 1931.", "imposed"),  # imposed, not eased
]


@pytest.mark.parametrize("text, trigger", NOT_EASED, ids=[c[0][:30] for c in NOT_EASED])
def test_other_endings_ease_no_restriction(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_restriction_eased" in e.checks for e in events), _show(events)


REGRET_AND_COMPENSATION = [
    # text, trigger, type, CAMEO, the one who regrets or pays (source)
    ("In May 1931 Iceland expressed its deep regret for the shelling of the port.", "expressed", "CONCEDE", "055",
     "ISL"),
    ("On 3 May 1931 Luxembourg voiced regret for the raid on the border post.", "voiced", "CONCEDE", "055", "LUX"),
    ("In May 1931 Iceland paid compensation to Luxembourg for the ship.", "paid", "AID", "071", "ISL"),
    ("In May 1931 Iceland paid Luxembourg five million dollars in compensation.", "paid", "AID", "071", "ISL"),
    ("Iceland paid reparations to Luxembourg in 1931.", "paid", "AID", "071", "ISL"),
]


@pytest.mark.parametrize("text, trigger, etype, cameo, source", REGRET_AND_COMPENSATION,
                         ids=[c[0][:30] for c in REGRET_AND_COMPENSATION])
def test_regret_expressed_is_a_concession_and_compensation_paid_is_aid(full, text, trigger, etype, cameo, source):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == (etype, cameo), _show(events)
    assert source in [p.actor_id for p in e.participants if p.role == "source"], _show(events)


def test_regretting_another_s_decision_is_no_concession(full):
    events, _ = _by_trigger(full, "Iceland regretted Luxembourg's decision to close the port on 3 May 1931.", "regret")
    assert not any(e.type == "CONCEDE" for e in events), _show(events)


def test_a_price_paid_is_no_compensation(full):
    events, _ = _by_trigger(full, "Iceland paid Luxembourg five million dollars for the railway in 1931.", "paid")
    assert not any(e.cameo == "071" for e in events), _show(events)


SENTENCED = [
    # text, trigger
    ("Tried in Velmar, Jon Eiriksson was sentenced to death in November 1931.", "sentenced"),
    ("In May 1931 a court in Velmar sentenced Jon Eiriksson to life imprisonment.", "sentenced"),
    ("Jon Eiriksson was convicted in Velmar in January 1931.", "convicted"),
]


@pytest.mark.parametrize("text, trigger", SENTENCED, ids=[c[0][:30] for c in SENTENCED])
def test_a_sentence_is_the_court_s_sanction(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode) == ("SANCTION", "convict"), _show(events)
    assert "_court_sentence" in e.checks


def test_a_conviction_denied_is_no_sanction(full):
    events, _ = _by_trigger(full, "Jon Eiriksson was never convicted of the murder.", "convicted")
    assert not any(e.type == "SANCTION" for e in events), _show(events)
