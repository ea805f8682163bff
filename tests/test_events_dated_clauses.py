"""Each happening a sentence tells is its own event, dated by the time expression of its own
clause or phrase - not left out while another event of the sentence takes the credit with its
own, different date. Two mechanisms, each a case table written for these tests (other names and
numbers than the texts they were seen in):

1. a verb the checks turned down as a trigger (its dictionary sense wants a recipient the clause
   does not give) whose own adjunct dates it, told with a named doer - its subject, a he/she
   pronoun, or the doer of the clause a participle hangs on - comes back as a dated happening
   (OTHER with its predicate), with its own date;
2. a happening named by its noun with its own date inside its phrase and no doer named ("the
   border war of 1932-1935", "the 2004 Brussels summit", "the Vance-Owen pact of 2012") is kept,
   in its type, with that date.
"""

from __future__ import annotations

import pytest
from event_cases import extracted as _events


@pytest.fixture
def full(time_actors):
    """The pipeline with the time and actor stages, as a build runs it (conftest's ``time_actors``)."""
    return time_actors


def _show(events):
    return [(e.type, e.trigger, e.date, e.summary) for e in events]


#: (text, trigger, date, the other event's trigger and its own date): the turned-down verb's own
#: date, and the sentence's other event keeps its own
TURNED_DOWN_VERB_CASES = [
    # a main clause after a fronted participle clause with a date of its own
    ("After leaving its union with Sweden and becoming a kingdom in 1905, Norway passed a law in "
     "1911 claiming the waters off its whole coast.", "passed", "1911", None),
    # a participle clause hanging on the main clause: its doer is the main clause's
    ("Nyerere had first tried to mediate between Kampala and the rebels, hosting talks in the "
     "northern town of Arusha in June 1979.", "hosting", "1979-06", None),
    # a he/she pronoun as the doer, in a clause coordinated after another
    ("But King Zog wanted the island as a province, and on 3 March 1911 he annexed it, ending its "
     "autonomy.", "annexed", "1911-03-03", None),
    # a participle of a noun with its doer told in a by-phrase
    ("Chile was the only party to initial the draft prepared at the end of the talks sponsored by "
     "the World Bank in March 2016.", "sponsored", "2016-03", None),
    # a verb with no recipient, its own date fronted; the clause below keeps its own date
    ("In March 2011 the Arbitration Tribunal ruled that Ruritania had broken the treaty by "
     "invading Borduria in May 2009.", "ruled", "2011-03", ("invading", "2009-05")),
]


@pytest.mark.parametrize("text,trigger,date,other", TURNED_DOWN_VERB_CASES)
def test_turned_down_verb_keeps_its_own_date(full, text, trigger, date, other):
    events = _events(full, text)
    mine = [e for e in events if e.trigger == trigger]
    assert mine, _show(events)
    assert mine[0].date == date, _show(events)
    assert any(p.role == "source" for p in mine[0].participants), _show(events)
    if other is not None:
        theirs = [e for e in events if e.trigger == other[0]]
        assert theirs and theirs[0].date == other[1], _show(events)


#: (text, trigger, date, summary): a happening noun dated in its own phrase, no doer named
DATED_NOUN_CASES = [
    ("Unlike the volunteers who served in the border war of 1932-1935, the army stayed out of the "
     "dispute.", "war", "1932", "border war"),
    # no doer for "it" (session 57: "it" after a capital's clause is the capital, and the clause tells
    # the capital's promise, as it did a state's - "Russia failed ..., which it had promised ...")
    ("The garrison failed to leave the Batumi base, which it had promised to vacate after the 2004 "
     "Brussels summit.", "summit", "2004", "Brussels summit"),
    # told in a clause of what Brazil told: held as reported, which the summary says (session 34:
    # every summary tags its modality; it used to be left off this happening's own line)
    ("Brazil told Chile that it was putting an end to the Vance-Owen pact of 2012.", "pact", "2012",
     "Vance-Owen pact [reported]"),
]


@pytest.mark.parametrize("text,trigger,date,summary", DATED_NOUN_CASES)
def test_dated_happening_noun_is_kept(full, text, trigger, date, summary):
    events = _events(full, text)
    mine = [e for e in events if e.trigger == trigger]
    assert mine, _show(events)
    assert mine[0].date == date and mine[0].summary == summary, _show(events)
    assert "_dated_happening_noun" in mine[0].checks


#: (text, trigger): no own date, a date of another word, or a negated noun: still no event
UNDATED_NOUN_CASES = [
    ("Prices were last seen at that level before the war with Bolivia.", "war"),
    ("There was no war in 1936 between the two states, whatever the papers said.", "war"),
    ("The summit was a failure, the minister said in 2004.", "summit"),
    ("The border war of 1932-1935", "war"),  # a heading: its section tells the war
    ("Ties went from a quarrel over the river to one of the bloodiest wars of the nineteenth "
     "century.", "wars"),  # a century: a kind of happening, not one
]


@pytest.mark.parametrize("text,trigger", UNDATED_NOUN_CASES)
def test_happening_noun_without_its_own_date_is_not_kept(full, text, trigger):
    events = _events(full, text)
    assert not [e for e in events if e.trigger == trigger and "_dated_happening_noun" in e.checks], _show(events)


#: (text, trigger): a turned-down verb with no named doer, or with no date of its own, stays out
UNDATED_VERB_CASES = [
    ("It passed a law in 1911 claiming the waters off its coast.", "passed"),  # "it": no one named
    ("Norway passed a law claiming the waters off its coast.", "passed"),
]


@pytest.mark.parametrize("text,trigger", UNDATED_VERB_CASES)
def test_turned_down_verb_without_doer_or_date_stays_out(full, text, trigger):
    events = _events(full, text)
    assert not [e for e in events if e.trigger == trigger and e.type == "OTHER"], _show(events)
