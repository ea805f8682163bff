"""Agreements and talks told with no party named, dated or placed by their own clause (issue 9,
recall: ``chronica.events._accords``). Every sentence is our own, in the shapes of an encyclopedia
entry, a timeline list, a wire story and a textbook, on several imagined histories."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


def _show(events):
    return [(e.type, e.form, e.trigger, e.date, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


@pytest.mark.parametrize("text, trigger, etype, date", [
    # encyclopedia: the treaty with its own date, the subject of what it did
    ("An accord of 12 May 1994 set the border along the river.", "accord", "SUPPORT", "1994-05-12"),
    ("A treaty of 3 March 1921 gave the valley to the kingdom.", "treaty", "SUPPORT", "1921-03-03"),
    # textbook: the signing in the passive, no signatory named
    ("The border treaty was signed in Lima on 9 March 1929.", "treaty", "SUPPORT", "1929-03-09"),
    ("The final agreement was signed later, on 14.02.1962, in Tunis.", "agreement", "SUPPORT", "1962-02-14"),
    # timeline and wire: a truce taking effect, talks opening
    ("July 27, 1953 - The armistice takes effect.", "armistice", "SUPPORT", "1953-07-27"),
    # a truce in force is a ceasefire observed (CAMEO 0871, RETREAT ceasefire), no accord signed
    ("The truce came into force on 8 August 1988 and was watched by observers.", "truce", "RETREAT", "1988-08-08"),
    ("Direct negotiations between the envoys began in Vienna on 4 May 1961.", "negotiations", "CONSULT",
     "1961-05-04"),
    ("Peace talks opened in Oslo on 2 June 1975.", "talks", "CONSULT", "1975-06-02"),
])
def test_dated_accord_without_parties_is_kept(full, text, trigger, etype, date):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, _show(extract_events(full(text)))
    event = events[0]
    assert event.type == etype, _show(events)
    assert (event.date or "").startswith(date), _show(events)
    assert "dated_accord" in event.checks, event.checks


@pytest.mark.parametrize("text", [
    "The talks were a failure.",  # a copula describes them
    "No agreement was reached in Madrid in 1990.",  # negated
    "The treaty provided that the zone would be demilitarised.",  # what it says, not that it happened
    "The production deal with the carmaker gives the plant a chance.",  # neither dated nor placed
    "Both sides wanted the talks to open in Geneva in May 1990.",  # an infinitive: not told as happened
    "The summit in Tokyo in 1990 ended without a communique.",  # its ending is coded as a halt, not here
])
def test_undated_or_described_accord_makes_no_new_event(full, text):
    events = [e for e in extract_events(full(text)) if "dated_accord" in e.checks]
    assert not events, _show(events)


# Signing, ratifying or concluding any formal accord (the ontology's ACCORD class: PETRARCH2's
# &TREATY synset and the objects its SIGN block codes 057 - protocol, declaration, memorandum -
# with convention, charter...) is SUPPORT, CAMEO 057, active or passive, whoever the signers are:
# not only the nouns the AGREE form lists bare. Own sentences, a wire story, a timeline, an
# encyclopedia entry and a textbook on several imagined histories.
@pytest.mark.parametrize("text, parties", [
    ("Indonesia and Malaysia signed a memorandum of understanding on migrant labour in 2006.", {"IDN", "MYS"}),
    ("Peru and Ecuador signed a protocol on the frontier in Rio de Janeiro in 1942.", {"PER", "ECU"}),
    ("Greece and Turkey concluded a convention on the exchange of populations in 1923.", {"GRC", "TUR"}),
    ("Chile ratified the treaty in 1985.", {"CHL"}),
    ("Kenya ratified the convention on 3 May 2001.", {"KEN"}),
    ("The protocol was ratified by Bolivia and Paraguay in 1938.", {"BOL", "PRY"}),
    ("1972 - A border convention is signed by Algeria and Morocco in Rabat.", {"DZA", "MAR"}),
    ("Egypt and Jordan signed a joint declaration on water sharing in Amman in 1994.", {"EGY", "JOR"}),
])
def test_signing_or_ratifying_an_accord_is_support(full, text, parties):
    events = [e for e in extract_events(full(text)) if e.type == "SUPPORT" and e.cameo == "057"]
    assert events, _show(extract_events(full(text)))
    if parties:
        named = {p.actor_id for e in events for p in e.participants}
        assert parties <= named, _show(events)


@pytest.mark.parametrize("text", [
    "The assembly ratified the appointment of the new governor in 1990.",  # no accord
    "The delegates signed the visitors' book in Geneva in 1961.",  # a signature, no accord
    "Chile refused to ratify the treaty in 1985.",  # refused: no signing
])
def test_no_accord_or_refused_is_no_signing(full, text):
    events = [e for e in extract_events(full(text))
              if e.type == "SUPPORT" and e.cameo == "057" and e.modality == "asserted"]
    assert not events, _show(events)
