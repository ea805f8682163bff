"""Session 66 (type66): the codebook's type of visas or travel halted, and of recognition withheld. Sentences
written for these tests (no article text, no pairing or fact of an evaluation text; the names and dates are
invented).

- the ontology's EXCHANGES class holds visas and travel: halted, suspended or stopped ('{HALTING} {EXCHANGES}'),
  they are PLOVER SANCTION discontinue ("curtail, decrease, break, or terminate diplomatic, commercial, or material
  exchanges"), CAMEO 160 - as PETRARCH2 codes a visa cancelled (CANCEL "* VISA [160]") and a visa requirement
  imposed (IMPOSE "* VISA REQUIRE [160]"); a visa granted stays the dictionary's material cooperation (GRANT
  "* + VISA [060]"). These were happenings of no type: dev texts chnkor, haidom, ausnzl (judged SANCTION).
- ``extract._negated_refusal``: recognition withheld ("did not recognise the regime", "has never recognised the
  claim") is a refusal, REJECT - RECOGNISE's negated pattern "WILL NOT * + [123]" told in any tense - where it was
  SUPPORT, negated; a recognition that only came later ("did not recognise X until 1936") stays negated. A "never"
  says a negated pattern's "not": "never ratified the treaty" is "NOT * [120]" of ALLOW, as "did not ratify" was.
  Dev texts usaphl, blrrus, ausjpn, srbkos, hunrou, ugatan; kentza, slocro, mdarus (never ratified).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, doer_states, states
from event_cases import show_coding as _show
from chronica.events.model import NEGATED, REFUSED

HALTED = [
    # text, trigger, doer state, recipient state
    ("On 4 March 2011 Norway suspended visas for Icelanders and closed the ferry terminal.", "suspended", "NOR", "ISL"),
    ("In May 2004 Norway suspended quarantine-free travel with Iceland until the outbreak ended.", "suspended", "NOR",
     "ISL"),
    ("Iceland halted short-term visas for Norwegian nationals in January 2009.", "halted", "ISL", "NOR"),
]


@pytest.mark.parametrize("text, trigger, doer, recipient", HALTED, ids=[c[0][:30] for c in HALTED])
def test_visas_or_travel_halted_reduce_exchanges(full, text, trigger, doer, recipient):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", "discontinue", "160"), _show(events)
    assert doer in doer_states(e), _show(events)
    assert recipient in states(e, "target"), _show(events)


def test_visas_granted_stay_cooperation(full):
    events, every = _by_trigger(full, "Norway granted visas to Icelandic students in March 2004.", "granted")
    assert events and all(e.type != "SANCTION" for e in events), _show(every)
    assert events[0].type == "COOPERATE", _show(events)


WITHHELD = [
    # text, trigger, doer state, REJECT's CAMEO
    ("Norway did not recognise the new government of Iceland in 1990.", "recognise", "NOR", "123"),
    ("Austria does not recognise Hungary's claim to the lake.", "recognise", "AUT", "123"),
    ("Iceland has never recognised the 1961 agreement with Norway.", "recognised", "ISL", "123"),
    ("Austria would never recognise the Hungarian annexation of the islands.", "recognise", "AUT", "123"),
    ("Iceland never ratified the 1990 fisheries treaty with Norway.", "ratified", "ISL", "121"),
]


@pytest.mark.parametrize("text, trigger, doer, cameo", WITHHELD, ids=[c[0][:30] for c in WITHHELD])
def test_recognition_or_ratification_withheld_is_a_refusal(full, text, trigger, doer, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo, e.modality) == ("REJECT", cameo, REFUSED), _show(events)
    assert doer in doer_states(e), _show(events)
    assert e.summary.endswith("[refused]"), e.summary


NOT_WITHHELD = [
    # the recognition came, later: a delay, no refusal
    ("Norway did not recognise the new government of Iceland until 1936.", "recognise", "SUPPORT"),
    # praise withheld is no refusal: the negated pattern is RECOGNISE's alone
    ("Austria did not praise the Hungarian plan for the lake.", "praise", "SUPPORT"),
]


@pytest.mark.parametrize("text, trigger, etype", NOT_WITHHELD, ids=[c[0][:30] for c in NOT_WITHHELD])
def test_delayed_recognition_or_praise_withheld_stays_negated(full, text, trigger, etype):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert not [e for e in every if e.type == "REJECT"], _show(every)
    assert (events[0].type, events[0].modality) == (etype, NEGATED), _show(events)


# the ask side (guards): a claim's act refused, coded REJECT and told refused, still answers the claim and the did-question as its negation did
# (the sentence reader answers these small texts on its own; ``Asker.check_parsed`` now also reads the refused
# events, which slocro and guyven needed). Every text, name and date is invented.
REFUSAL_TEXTS = {
    "wire.txt": """title: Norway and the court
published: 1994-03-02

At the Bergen summit on 1 March 1994 the Norwegian prime minister said Norway did not recognise the court's authority over the fishing dispute with Iceland.
""",
    "almanac.txt": """title: The 1990 fisheries treaty
published: 2001-06-01

Iceland and Norway signed a fisheries treaty in Reykjavik on 3 May 1990, but the treaty was never ratified by the Icelandic parliament.
""",
}


@pytest.fixture(scope="module")
def refusal_asker(tmp_path_factory):
    from ask_corpus import asker_over

    with asker_over(tmp_path_factory.mktemp("refused66"), REFUSAL_TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("claim, verdict", [
    ("Norway recognised the court's authority over the fishing dispute with Iceland.", "contradicted"),
    ("Norway did not recognise the court's authority over the fishing dispute with Iceland.", "supported"),
])
def test_a_refused_recognition_answers_the_claim(refusal_asker, claim, verdict):
    answer = refusal_asker.check(claim)
    assert answer.verdict == verdict, answer.text


def test_a_treaty_never_ratified_answers_did(refusal_asker):
    answer = refusal_asker.ask("Did the Icelandic parliament ratify the 1990 fisheries treaty with Norway?")
    assert answer.text.startswith("no"), answer.text
