"""Session 47 (type47): the PLOVER type of four kinds of event that came out as another type or as a
dated happening of no type (OTHER). Sentences written for these tests (no article text, no pairing
of an evaluation subject).

- ``force_goes_home``: an armed force that goes back to its own side - crosses back into its own
  state or back out of another, comes, goes or sails home - withdraws: PLOVER RETREAT withdraw, "a
  military retreat from ... territory" (``extract._force_movements``), no MOBILIZE (a move "short of
  the actual use of force"). Dev texts: isrlbn and zafago (forces crossing back into their own
  state or out of a neighbour's), usavnm (troops coming home). A force that comes back to a place
  returns there, no withdrawal; prisoners or a president going home are no force, nor troops whose state
  is untold ("the troops would go home").
- ``complaint_to_a_body``: a party that takes, brings or refers its dispute to a body of states (the
  UN, its Council or Assembly, the League of Nations) complains officially: PLOVER ACCUSE disapprove
  ("delegations presenting a disagreement to an organization or authority"), CAMEO 114
  (data/ontology.yaml, DISAPPROVE; ``checks.complaint_to_no_body_of_states``). Dev texts: nldidn,
  egysdn, thamya, hunrou, egyeth (a dispute or complaint taken, brought or referred to a UN organ or
  the League). A town council is no body of states; a case taken to a court stays a lawsuit (CAMEO 115).
- ``ratified``: the verb "ratify" ratifies an accord whether the accord is named there or not
  ("ratified it a year later", "the parliament ratified that spring"): PLOVER SUPPORT, "ratify, sign,
  or finalize an agreement or treaty", CAMEO 057 (data/ontology.yaml, the AGREE form's ratify group).
  Dev texts: moralg, estrus, nplind, egysau, latrus (a state or its parliament ratified it, or ratified).
- ``sequel``: an accord, relations or talks told only as following ("a fisheries convention followed on 3
  June 1962", "full diplomatic relations followed", "a second round of talks followed") came about then:
  the accord concluded or relations established is PLOVER SUPPORT ("ratify, sign, or finalize an
  agreement", "initiation of diplomatic ties"), talks held CONSULT (``_backoff.came_about``); the
  verb's own phrase ("follow convention") is near no phrase of the dictionaries, so the type back-off
  had left them OTHER. Dev texts: moralg, zafmoz, bgdmmr, syrleb, nplind, korkor (an accord, named or
  not, followed), usavnm (relations followed). Killings or elections that followed stay OTHER.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


HOME = [
    ("On 2 April 1962 the remaining Ghanaian battalions crossed back into Ghana.", "crossed"),
    ("The Zambian brigade crossed back out of Malawi in the autumn of 1971.", "crossed"),
    ("The Zambian troops had crossed back into Zambia by then.", "crossed"),
    ("Austrian troops started coming home from Togo after the vote.", "coming"),
    ("In July 1966 the Norwegian contingent came home from Togo.", "came"),
    ("The Portuguese fleet sailed home in April 1912.", "sailed"),
]


@pytest.mark.parametrize("text, trigger", HOME, ids=[f"home-{i}" for i in range(len(HOME))])
def test_force_going_home_withdraws(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode) == ("RETREAT", "withdraw"), _show(events)


NOT_HOME = [
    # coming back to a place is returning there
    ("Two Danish gunboats came back to the Faroese harbours in October 1921.", "came", None),
    # a force that crosses into another state invades it, one that crosses the border too
    ("Zambian troops crossed into Malawi on 12 May 1979.", "crossed", "ASSAULT"),
    ("Zambian troops crossed the border on 12 May 1979.", "crossed", "ASSAULT"),
    # prisoners and a president are no force
    ("The last Austrian prisoners of war came home in 1956.", "came", None),
    ("The Ghanaian president flew home on 3 May 2001.", "flew", None),
    # whose troops go home is untold
    ("On 5 March the president told the assembly that the troops would go home.", "go", None),
]


@pytest.mark.parametrize("text, trigger, etype", NOT_HOME, ids=[f"not-home-{i}" for i in range(len(NOT_HOME))])
def test_no_withdrawal_where_no_force_goes_home(full, text, trigger, etype):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert not any(e.type == "RETREAT" for e in events), _show(events)
    if etype is not None:
        assert events and events[0].type == etype, _show(events)


COMPLAINTS = [
    ("In October 1961 Ghana took its border dispute with Togo to the United Nations.", "took", "UN"),
    ("In the spring of 1962 Togo took the quarrel over the lagoon to the United Nations General Assembly.", "took", "UNGA"),
    ("In 1965 Austria referred the conflict over the valley to the United Nations Security Council.",
     "referred", "UNSC"),
    ("Vienna brought the minority question before the League of Nations in 1931.", "brought", None),
]


@pytest.mark.parametrize("text, trigger, body", COMPLAINTS, ids=[f"complaint-{i}" for i in range(len(COMPLAINTS))])
def test_dispute_taken_to_a_body_of_states_is_a_complaint(full, text, trigger, body):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("ACCUSE", "disapprove", "114"), _show(events)
    assert e.actors("source"), _show(events)
    assert body is None or body in {p.actor_id for p in e.actors("target")}, _show(events)


NO_COMPLAINTS = [
    # a town council is no body of states
    ("In 1990 Ghana's opposition took the question to the town council of Accra.", "took", None),
    # a case taken to a court is a lawsuit
    ("Togo took Ghana to the International Court of Justice in 1994.", "took", "115"),
    # an official who refers a question to a court complains of no one
    ("In 1999 the registrar referred the boundary question to the International Court of Justice.", "referred",
     None),
]


@pytest.mark.parametrize("text, trigger, cameo", NO_COMPLAINTS, ids=[f"no-complaint-{i}" for i in range(len(NO_COMPLAINTS))])
def test_no_complaint_to_a_body_of_states(full, text, trigger, cameo):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert not any(e.cameo == "114" for e in events), _show(events)
    if cameo is not None:
        assert events and events[0].cameo == cameo, _show(events)


RATIFIED = [
    ("Ghana and Togo signed a fisheries convention at Lome in 1961; the Ghanaian parliament ratified it a year later.",
     "ratified"),
    ("A border treaty was concluded at Accra in March 1964, and Togo ratified it that summer.", "ratified"),
    ("The Austrian parliament ratified on 9 May 1958, the Norwegian Storting a week after.", "ratified"),
    ("Togo ratified the convention in 1963.", "ratified"),
]


@pytest.mark.parametrize("text, trigger", RATIFIED, ids=[f"ratified-{i}" for i in range(len(RATIFIED))])
def test_ratifying_is_signing_formally(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].cameo) == ("SUPPORT", "057"), _show(events)


def test_ratification_frozen_is_no_ratifying(full):
    text = "Accra froze ratification in April 2011."
    assert not any(e.type == "SUPPORT" for e in extract_events(full(text))), _show(extract_events(full(text)))


SEQUELS = [
    ("A treaty of friendship was signed at Accra in January 1961, and a fisheries convention followed on "
     "3 June 1962.", "SUPPORT"),
    ("Full diplomatic relations followed on 12 July 1963.", "SUPPORT"),
    ("The Accra Fisheries Agreement followed on 8 March 1966.", "SUPPORT"),
    ("A second round of talks followed in Lome in May 1965.", "CONSULT"),
]


@pytest.mark.parametrize("text, etype", SEQUELS, ids=[f"sequel-{i}" for i in range(len(SEQUELS))])
def test_accord_relations_or_talks_that_followed_came_about(full, text, etype):
    events = [e for e in extract_events(full(text)) if e.trigger == "followed"]
    assert events, _show(extract_events(full(text)))
    assert events[0].type == etype, _show(events)


NO_SEQUELS = [
    "Reprisal killings followed on 27 April 1961.",
    "Elections followed in September 1962.",
]


@pytest.mark.parametrize("text", NO_SEQUELS, ids=[f"no-sequel-{i}" for i in range(len(NO_SEQUELS))])
def test_other_happenings_that_followed_keep_no_type(full, text):
    events = [e for e in extract_events(full(text)) if e.trigger == "followed"]
    assert all(e.type == "OTHER" for e in events), _show(events)
