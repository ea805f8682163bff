"""Session 61 (type61): the codebook's type of four acts the verb dictionary left a happening of no type or coded by
its verb alone. Sentences written for these tests (no article text, no pairing or fact of an evaluation text; the
events and dates are invented).

- ``captives_released`` (``recode._captives_released``): people set free by a verb of PETRARCH2's RELEASE block
  (release, free, liberate) are PLOVER RETREAT release, CAMEO 0841 ("the actual release or exchange of prisoners
  should be coded as RETREAT"), no happening of no type nor the block's own CONCEDE 080. Forces that free hostages
  rescue them (AID, or the operation's ASSAULT) and are left alone. Dev texts isrtur, eriyem, eridji, nplind.
- ``adjudication_accepted`` (``recode._adjudication_accepted``): a ruling, a judgment, an award or a vote's result
  accepted (the ontology's ADJUDICATIONS) is yielded to: PLOVER CONCEDE (CAMEO 080), no AGREE offer to cooperate.
  Dev texts benner, bwanam, gmbsen, etheri.
- the AID form's asylum group: a state that shelters, hosts or takes in refugees or the displaced (the ontology's
  DISPLACED) gives them territorial asylum, PLOVER AID (CAMEO 075). Dev texts ghatgo, lsozaf, pakafg.
- ``forces_lent`` (``recode._forces_lent``): forces sent to defend, help or prop up another party, or at its
  request, are military aid to it (PLOVER AID "military and police assistance including arms and personnel", CAMEO
  072); a peacekeeping force deployed is CAMEO 074 (AID in the CAMEO->PLOVER table). Dev texts ghatgo, sengnb,
  rwacod, ugatan, lbrsle.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, states
from event_cases import show_coding as _show

RELEASED = [
    # text, trigger: people set free by their captors
    ("In March 2011 Iceland freed two Luxembourgish sailors held for a week.", "freed"),
    ("Luxembourg released thirty Icelandic fishermen in June 2012.", "released"),
    ("The Icelandic government frees a Luxembourgish couple in 2013.", "frees"),
]


@pytest.mark.parametrize("text, trigger", RELEASED, ids=[c[0][:30] for c in RELEASED])
def test_people_set_free_are_released(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("RETREAT", "release", "0841"), _show(events)
    assert "_captives_released" in e.checks


NOT_RELEASED = [
    ("Iceland released its annual report in June 2017.", "released"),  # a thing, no people
    ("Iceland liberated the town of Varsk in 2019.", "liberated"),  # a place
    ("Icelandic commandos freed the hostages at the airport in July 2016.", "freed"),  # a force's rescue
]


@pytest.mark.parametrize("text, trigger", NOT_RELEASED, ids=[c[0][:30] for c in NOT_RELEASED])
def test_no_captives_no_release_recoding(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_captives_released" in e.checks for e in events), _show(events)


ACCEPTED = [
    # text, trigger: a decision against or binding on the party, accepted
    ("Luxembourg accepted the ruling of the court in May 2017.", "accepted"),
    ("Iceland accepted the arbitral award in May 2018.", "accepted"),
    ("The Icelandic president accepted the result on television on 3 December 2019.", "accepted"),
    ("Iceland said in March 2021 that it would accept the verdict.", "accept"),  # a future concession stays one
]


@pytest.mark.parametrize("text, trigger", ACCEPTED, ids=[c[0][:30] for c in ACCEPTED])
def test_adjudication_accepted_is_conceded(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("CONCEDE", "080"), _show(events)
    assert "_adjudication_accepted" in e.checks


NOT_ACCEPTED = [
    # text, trigger, type: an offer accepted agrees; a refusal to accept rejects
    ("Luxembourg accepted the offer of talks in 2022.", "accepted", "AGREE"),
    ("Iceland refused to accept the ruling in 2023.", "accept", "REJECT"),
]


@pytest.mark.parametrize("text, trigger, etype", NOT_ACCEPTED, ids=[c[0][:30] for c in NOT_ACCEPTED])
def test_other_acceptances_keep_their_type(full, text, trigger, etype):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].type == etype, _show(events)
    assert not any("_adjudication_accepted" in e.checks for e in events)


SHELTERED = [
    # text, trigger: the displaced given territorial asylum
    ("In 1985 Iceland sheltered thousands of refugees from Luxembourg.", "sheltered"),
    ("Since 1990 Luxembourg has hosted millions of Icelandic refugees.", "hosted"),
    ("In January 1995 Iceland took in some forty thousand Luxembourgish refugees.", "took"),
    ("In 1997 Iceland gave shelter to Luxembourgish refugees.", "gave"),
]


@pytest.mark.parametrize("text, trigger", SHELTERED, ids=[c[0][:30] for c in SHELTERED])
def test_displaced_sheltered_is_asylum(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert (events[0].type, events[0].cameo) == ("AID", "075"), _show(events)


def test_a_guest_hosted_is_no_asylum(full):
    events, every = _by_trigger(full, "Luxembourg hosted the Icelandic president in March 1996.", "hosted")
    assert events, _show(every)
    assert events[0].type == "CONSULT", _show(events)


LENT = [
    # text, trigger, recipient state, CAMEO: forces sent to serve another party
    ("In 1986 Iceland sent troops at Luxembourg's request.", "sent", "LUX", "072"),
    ("Luxembourg sent 2,000 soldiers to prop up the Icelandic government in June 1998.", "sent", "ISL", "072"),
    ("In May 1999 Iceland sent forces to defend Luxembourg.", "sent", "LUX", "072"),
    ("The United Nations deployed a peacekeeping mission in Iceland in 2001.", "deployed", "ISL", "074"),
]


@pytest.mark.parametrize("text, trigger, recipient, cameo", LENT, ids=[c[0][:30] for c in LENT])
def test_forces_sent_to_serve_a_party_are_aid(full, text, trigger, recipient, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("AID", cameo), _show(events)
    assert "_forces_lent" in e.checks
    assert recipient in states(e, "target"), _show(events)


NOT_LENT = [
    ("Iceland sent troops to the border with Luxembourg in 2003.", "sent"),  # a posture
    ("Iceland sent naval vessels to protect its trawlers in 2002.", "sent"),  # its own, no party served
]


@pytest.mark.parametrize("text, trigger", NOT_LENT, ids=[c[0][:30] for c in NOT_LENT])
def test_forces_serving_no_other_party_stay(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_forces_lent" in e.checks or e.type == "AID" for e in events), _show(events)
