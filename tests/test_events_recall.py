"""Recall on text never seen: doers told through the parse rather than as the subject of the
trigger ("reacted by deploying", "they", "the two"), happenings told without a doer, and the
verbs of the field's dictionary. Every sentence here is our own, each table from at least three
different imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import SOURCE, TARGET
from event_cases import doer_states, show as _show


def _events(nlp, text):
    return extract_events(nlp(text))


def _ids(event, role):
    return {p.actor_id for p in event.actors(role)}


# a gerund after "by", "after", "before" is done by the subject of the clause it hangs on
@pytest.mark.parametrize("text, trigger, etype, doer", [
    ("Russia reacted by deploying combat troops in South Ossetia in August 2008.", "deploying", "MOBILIZE", "RUS"),
    # a border closed to the neighbour curtails their exchanges: SANCTION (recode.exchange_curtailed, session 52)
    ("Kenya responded by closing its border with Somalia in 2011.", "closing", "SANCTION", "KEN"),
    ("Peru answered by expelling the Chilean ambassador in 1979.", "expelling", "SANCTION", "PER"),
    ("After signing the accord in Oslo, Israel withdrew its troops from Jericho in 1994.", "signing", None, "ISR"),
])
def test_recall_gerund_takes_the_doer_of_its_clause(full, text, trigger, etype, doer):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert doer in _ids(events[0], SOURCE)
    assert etype is None or events[0].type == etype


# "they", "them", a bare "the two" or "both" stand for the plural subject told just before
@pytest.mark.parametrize("text, trigger, doers", [
    ("Peru and Ecuador fought a war in 1941. In 1942 the two signed a treaty in Rio.", "signed", {"PER", "ECU"}),
    ("Britain and Argentina restored ties in 1990. They agreed to resume flights.", "agreed", {"GBR", "ARG"}),
    ("Chile and Bolivia broke off relations in 1962. Both accepted mediation in 1975.", "accepted", {"CHL", "BOL"}),
    (("Members of the Cyprus national guard overthrew the president in July 1974. "
     "They installed Nikos Sampson as president."), "installed", {"CYP"}),
])
def test_recall_group_pronoun_stands_for_the_subject_before(full, text, trigger, doers):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert doers <= doer_states(events[0]), _show(events)


# "the two countries" is both states: each is a participant
@pytest.mark.parametrize("text, trigger, pair", [
    ("Iran and Iraq fought from 1980. In 1988 the two countries agreed to a ceasefire.", "agreed", {"IRN", "IRQ"}),
    ("Japan and China were at odds. In 1978 the two nations signed a peace treaty.", "signed", {"JPN", "CHN"}),
    ("Chile and Peru argued over Tacna for decades. In 1929 the two countries signed a treaty in Lima.", "signed",
     {"CHL", "PER"}),
])
def test_recall_collective_names_both_states(full, text, trigger, pair):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert pair <= {p.state or p.actor_id for p in events[0].participants}, _show(events)


# "it" in a clause below a state's or body's own is that state or body; a dummy "it" is none
@pytest.mark.parametrize("text, trigger, doer", [
    ("The United Kingdom held that it removed the Argentine governor in 1833.", "removed", "GBR"),
    ("Iraq claimed in 1980 that it had attacked Iranian positions.", "attacked", "IRQ"),
    ("NATO said in 1999 that it had bombed the ministry in Belgrade.", "bombed", "NATO"),
])
def test_recall_it_stands_for_the_state_above(full, text, trigger, doer):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger)]
    assert events, _show(_events(full, text))
    assert doer in _ids(events[0], SOURCE), _show(events)


# a happening told with no doer named is kept, with its place, when its clause says it took place there
@pytest.mark.parametrize("text, form, place", [
    ("A coup d'état in Athens in November 1973 had made the brigadier leader of the junta.", "COERCE", "Athens"),
    ("Heavy fighting broke out in Sarajevo in April 1992.", "FIGHT", "Sarajevo"),
    ("Clashes erupted in Osh in June 2010.", "FIGHT", "Osh"),
    ("Mass protests in Tbilisi forced the president out in November 2003.", "PROTEST", "Tbilisi"),
    ("A bomb exploded in Omagh in August 1998.", "ASSAULT", "Omagh"),
    ("The protest grew after the suppression of a demonstration at Freedom Square in Minsk on 9 April 1989.",
     "PROTEST", "Freedom Square"),
])
def test_recall_doerless_happening_is_kept_with_its_place(full, text, form, place):
    events = [e for e in _events(full, text) if e.form == form]
    assert events, _show(_events(full, text))
    assert events[0].location in text and place in text
    assert "_doerless_happening" in events[0].checks
    assert not [p for p in events[0].participants if p.kind in ("place", "government_seat")]


# no place, or a copula saying what it was: no happening told
@pytest.mark.parametrize("text", [
    "The fight against corruption went on.",
    "The war in Bosnia was a disaster.",
    "Protests are a feature of democratic life.",
])
def test_recall_doerless_mention_without_happening_makes_no_event(full, text):
    assert not [e for e in _events(full, text) if e.form in ("FIGHT", "PROTEST")], _show(_events(full, text))


# a number of people ("dozens of", "a total of") stands for the actor in its "of" phrase
@pytest.mark.parametrize("text, role, actor", [
    ("Dozens of Georgian soldiers were killed near Gori in August 2008.", TARGET, "GEO/military"),
    ("Hundreds of Russian troops attacked Georgian positions in August 2008.", SOURCE, "RUS/military"),
    ("Thousands of Iraqi soldiers surrendered to the coalition in February 1991.", SOURCE, "IRQ/military"),
])
def test_recall_quantity_head_stands_for_its_of_phrase(full, text, role, actor):
    events = _events(full, text)
    assert any(actor in _ids(e, role) for e in events), _show(events)


# a bare "the country" stands for the one state told just before, else the state the document is about
@pytest.mark.parametrize("text, trigger, state", [
    (("Georgia joined the Soviet Union in 1922. Georgian nationalism grew in the 1980s. Police broke up a "
     "rally in Tbilisi on 9 April 1989.\nThe country declared its independence in April 1991."), "declared", "GEO"),
    ("Portugal lost its empire in 1975. The country joined the European Community in 1986.", "joined", "PRT"),
    (("Finland was a grand duchy until 1917. Finnish troops fought the Red Army in 1939. After the war "
     "reparations were heavy. The country signed a treaty with the Soviet Union in 1948."), "signed", "FIN"),
])
def test_recall_the_country_stands_for_the_state_before(full, text, trigger, state):
    events = [e for e in _events(full, text) if e.trigger.startswith(trigger) and e.date and e.date[:4] in text[-60:]]
    assert events, _show(_events(full, text))
    assert state in _ids(events[-1], SOURCE), _show(events)


# "took over as president": taking office (not an occupation)
@pytest.mark.parametrize("text, who", [
    ("Parliamentary speaker Glafcos Clerides took over as caretaker president of Cyprus in July 1974.", "Glafcos Clerides"),
    ("Vice President Gerald Ford took over as president in August 1974.", "Gerald Ford"),
    ("In 1985 Mikhail Gorbachev took over as general secretary.", "Mikhail Gorbachev"),
])
def test_recall_took_over_as_an_office_takes_office(full, text, who):
    events = [e for e in _events(full, text) if e.type == "TAKE_OFFICE"]
    assert events, _show(_events(full, text))
    assert any(who in (p.name or p.text) for p in events[0].actors(SOURCE))


# relations that broke down between two states: the two reduce relations
@pytest.mark.parametrize("text, pair", [
    ("Diplomatic relations between Argentina and Britain broke down in 1975.", {"ARG", "GBR"}),
    ("Relations between Ethiopia and Eritrea broke down in 1998.", {"ETH", "ERI"}),
    ("Ties between Qatar and Saudi Arabia broke down in June 2017.", {"QAT", "SAU"}),
])
def test_recall_relations_broke_down_between_two_states(full, text, pair):
    events = [e for e in _events(full, text) if e.form == "REDUCE"]
    assert events, _show(_events(full, text))
    assert pair <= _ids(events[0], SOURCE) | _ids(events[0], TARGET)  # a joint act: one source, one recipient


# a car or talks breaking down reduce no relations
@pytest.mark.parametrize("text", [
    "The car broke down near Paris in 2004.",
    "The old engine broke down in Lyon in 1990.",
    "His health broke down in Vienna in 1911.",
])
def test_recall_other_things_breaking_down_reduce_no_relations(full, text):
    assert not [e for e in _events(full, text) if e.form == "REDUCE"], _show(_events(full, text))


# a specific act of the field's dictionary in the passive, its doer untold, is told of its named target
@pytest.mark.parametrize("text, trigger, who", [
    ("In 1998 Augusto Pinochet was extradited.", "extradited", "Augusto Pinochet"),
    ("The Russian spy was sentenced in 2010.", "sentenced", "RUS"),
    ("In 2006 the Belarusian opposition leader was indicted.", "indicted", "BLR"),
])
def test_recall_passive_dictionary_act_keeps_its_named_target(full, text, trigger, who):
    events = [e for e in _events(full, text) if e.trigger == trigger]
    assert events, _show(_events(full, text))
    assert any(who in (p.name, p.actor_id, p.state) for p in events[0].actors(TARGET)), _show(events)
    assert not events[0].actors(SOURCE)


# a dictionary verb filed only under a generic code still needs a doer ("was served", "was needed")
@pytest.mark.parametrize("text", [
    "In 1990 the Kenyan team was needed.",
    "Dinner was served in Nairobi in 2001.",
    "The old Turkish law was governed by custom.",
])
def test_recall_passive_generic_dictionary_verb_makes_no_event(full, text):
    assert not [e for e in _events(full, text) if e.type != "OTHER"], _show(_events(full, text))


# a surname the recogniser took for a place is the person named before
@pytest.mark.parametrize("text, surname, person", [
    (("The country elected the dissident Zviad Gamsakhurdia as president in 1991. In 1992, Gamsakhurdia was "
     "forced into exile."), "Gamsakhurdia", "zviad_gamsakhurdia"),
    ("Nelson Mandela left prison in 1990. In 1994 Mandela was sworn in as president.", "Mandela", "nelson_mandela"),
    ("President Mohammed Morsi won in 2012. In July 2013 Morsi was ousted by the army.", "Morsi", "mohamed_morsi"),
])
def test_recall_surname_tagged_as_a_place_is_the_person_before(full, text, surname, person):
    doc = full(text)
    last = [a for a in doc._.actors if a.text == surname][-1]
    assert last.actor_id == person and last.kind == "person", (last.actor_id, last.kind)


# an intergovernmental body meeting is a meeting of its members: no second party needed
@pytest.mark.parametrize("text, body", [
    ("At the onset of the war the UN Security Council met three times to discuss the situation.", "UNSC"),
    ("The Arab League met in Cairo in August 1990.", "ARL"),
    ("NATO met in Brussels in March 1999.", "NATO"),
])
def test_recall_a_body_of_states_meets_alone(full, text, body):
    events = [e for e in _events(full, text) if e.type == "CONSULT"]
    assert events and body in _ids(events[0], SOURCE), _show(_events(full, text))


# a person or a state alone still holds no meeting
@pytest.mark.parametrize("text", [
    "Vladimir Putin held talks on Friday.",
    "Kenya met in Nairobi in 2004.",
    "The French minister met in Paris in 1999.",
])
def test_recall_one_party_alone_holds_no_meeting(full, text):
    assert not [e for e in _events(full, text) if e.type == "CONSULT"], _show(_events(full, text))


# a passive dictionary verb keeps only the one it was done to (its subject), not an actor named elsewhere
@pytest.mark.parametrize("text", [
    "To the USSR's advantage, the stage had already been set for communism to be implemented without much protest.",
    "For Britain's sake, the table was set for a long dinner.",
    "In France's view, the scene was set for a quiet summer.",
])
def test_recall_passive_dictionary_act_needs_its_subject_named(full, text):
    assert not [e for e in _events(full, text) if e.type != "OTHER"], _show(_events(full, text))
