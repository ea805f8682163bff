"""Pronoun doers (issue 9, session 37): an "it" of take/appear/remain that tells the state's own act,
a "they" subject of a dated predicate standing for one plural actor named before it, and no
"it" antecedent across a paragraph break; session 38: a "they" for a pair named before, a "they"
across a paragraph, and no doer when the nearest sentence names two plural actors. Every sentence
here is our own, each table from at least three different imagined texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events._actors import _dummy_it, paragraph_break_before
from chronica.events.model import SOURCE, TARGET
from event_cases import show as _show


def _events(nlp, text):
    return extract_events(nlp(text))


def _doers(event):
    return {p.state or p.actor_id or p.name for p in event.actors(SOURCE)}


def _parties(event):
    """A joint act's parties: the first written is its source, the other its recipient (``_targets.joint_recipient``)."""
    return {p.state or p.actor_id or p.name for p in event.actors(SOURCE) + event.actors(TARGET)}


def _doer_names(event):
    return {str(x).lower() for p in event.actors(SOURCE) for x in (p.state, p.actor_id, p.name) if x}


def _with(events, trigger):
    return [e for e in events if e.trigger.startswith(trigger)]


# "it took the town": the state or body that was the subject before took it
@pytest.mark.parametrize("text, trigger, doer, date", [
    ("Russia massed troops on the border in early August. It took the town of Gori on 12 August 2008.",
     "took", "RUS", "2008-08-12"),
    ("Iraq crossed the border in September 1980. It took Khorramshahr on 24 October 1980 after weeks of fighting.",
     "took", "IRQ", "1980-10-24"),
    ("Azerbaijan launched an offensive in September 2020. It took the town of Shusha on 8 November 2020.",
     "took", "AZE", "2020-11-08"),
])
def test_pron37_it_takes_a_place(full, text, trigger, doer, date):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert doer in _doers(events[0]), _show(events)
    assert (events[0].date or "").startswith(date), _show(events)


# a dummy "it": the time or means an infinitive needs, a thing ("it" = the treaty) - no doer
@pytest.mark.parametrize("text, trigger", [
    ("Iraq invaded Kuwait in August 1990. It took more than six months to expel its army in 1991.", "took"),
    ("Morocco broke off relations with Algeria in 1976. Hassan II met Chadli Bendjedid in February 1983, "
     "but it took until 16 May 1988 for ambassadors to return.", "took"),
    ("Peru and Ecuador signed the accord in 1998. It took another decade for the border to be marked "
     "in 2008.", "took"),
    ("The treaty was signed in Moscow in 1921. It took effect in October 1921.", "took"),
])
def test_pron37_dummy_or_thing_it_has_no_doer(full, text, trigger):
    for e in _with(_events(full, text), trigger):
        assert not _doers(e), _show([e])


@pytest.mark.parametrize("text, dummy", [
    ("It took three years to settle the claim.", True),
    ("It took the fall of Sukarno and much talking by Malik to bring them back together.", True),
    ("It appeared that the talks would fail.", True),
    ("It remained unclear whether the talks would resume.", True),
    ("It took the town in May.", False),
    ("It did not appear at the hearing.", False),
    ("It remained in the league.", False),
])
def test_pron37_dummy_it(nlp, text, dummy):
    doc = nlp(text)
    assert _dummy_it(doc[0].head) is dummy


# "they" for one plural actor named as the subject before: its dated predicate is that actor's
@pytest.mark.parametrize("text, trigger, doer, date", [
    ("The M23 rebels mutinied in April 2012. They entered Goma on 20 November 2012.", "entered", "rebels",
     "2012-11-20"),
    ("The RPF rebels crossed the border in October 1990. They reached Kigali in April 1994.", "reached", "rebels",
     "1994-04"),
    ("The Houthi rebels marched south in August 2014. They entered Sanaa on 21 September 2014.", "entered",
     "houthis", "2014-09-21"),
])
def test_pron37_they_for_one_plural_actor(full, text, trigger, doer, date):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert any(doer in d for d in _doer_names(events[0])), _show(events)
    assert (events[0].date or "").startswith(date), _show(events)


# unresolved: a "they" after a singular subject, an "it" whose antecedent is in a paragraph before
@pytest.mark.parametrize("text, trigger", [
    ("The Icelandic coastguard cut the trawl wires in 1973. They harassed British trawlers off the Westfjords "
     "in May 1973.", "harassed"),
    ("Russia massed troops on the border in early August.\n\nIt took the town of Gori on 12 August 2008.", "took"),
])
def test_pron37_no_antecedent_no_doer(full, text, trigger):
    for e in _with(_events(full, text), trigger):
        assert not _doers(e), _show([e])


# session 38: a "they" reaches across a paragraph break as "it" does not - an interview's turns, a
# list's items, a text told a line a paragraph go on telling of the same parties
@pytest.mark.parametrize("text, trigger, doer", [
    ("OM: In April 2012 the M23 rebels mutinied.\n\nMA: And they were beaten once.\n\nOM: Yes. They entered "
     "Goma on 20 November 2012.", "entered", "rebels"),
    ("The RPF rebels crossed the border in October 1990.\n\nThey reached Kigali in April 1994.", "reached", "rebels"),
    ("- 12 March 2015: The Houthi rebels marched south.\n- 25 March 2015: They entered Aden.", "entered", "houthis"),
])
def test_pron38_they_across_a_paragraph(full, text, trigger, doer):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert any(doer in d for d in _doer_names(events[0])), _show(events)


# "the two" is no pronoun: it names the pair of a paragraph before its own
@pytest.mark.parametrize("text, trigger, pair", [
    ("Argentina and Britain met in Madrid in February 1990.\n\nAt that time the two stated that hostilities had "
     "ceased. They agreed to restore consular relations in October 1989.", "agreed", {"ARG", "GBR"}),
    ("Peru and Ecuador fought in the Cenepa valley in 1995.\n\nIn October 1998 the two signed a peace accord "
     "in Brasilia.", "signed", {"PER", "ECU"}),
    ("Greece and Turkey quarrelled over the islets in 1996.\n\nIn July 1997 the two signed a declaration in "
     "Madrid.", "signed", {"GRC", "TUR"}),
])
def test_pron37_the_two_across_a_paragraph(full, text, trigger, pair):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert pair <= _parties(events[0]), _show(events)


@pytest.mark.parametrize("text, breaks", [
    ("Iraq attacked. It won.", [False, False]),
    ("Iraq attacked.\n\nIt won.", [False, True]),
    ("MA: And they lost.\n\nOM: Yes. They won.", [False, True, False]),
])
def test_pron37_paragraph_break(nlp, text, breaks):
    doc = nlp(text)
    assert [paragraph_break_before(s) for s in doc.sents if s.text.strip()] == breaks


# session 38: a pair named in the paragraph before: "they" stands for it (a text told a line a
# paragraph), its signed agreement or dated act is the pair's
@pytest.mark.parametrize("text, trigger, pair", [
    ("Chad and Nigeria quarrelled over the islands of the lake for years.\n\nOn 4 May 1984 they signed an "
     "accord that split the islands.", "signed", {"TCD", "NGA"}),
    ("Malaysia and Singapore argued over the water price through the 1990s.\n\nIn September 2001 they "
     "signed a framework agreement in Putrajaya.", "signed", {"MYS", "SGP"}),
    ("Ethiopia and Eritrea fought a border war from 1998 to 2000.\n\nOn 12 December 2000 they signed a peace "
     "agreement in Algiers.", "signed", {"ETH", "ERI"}),
    ("Hungary and Slovakia disputed the dam on the Danube.\n\nIn April 1993 they agreed to take the case to "
     "the International Court of Justice.", "agreed", {"HUN", "SVK"}),
])
def test_pron38_they_for_a_pair_across_a_paragraph(full, text, trigger, pair):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert pair <= _parties(events[0]), _show(events)


# a "they" for a pair - coordinated, "the two countries", "both governments" - makes a dated
# predicate the pair's
@pytest.mark.parametrize("text, trigger, pair", [
    ("Chad and Niger quarrelled over the islands of the lake. On 4 May 1971 they met in Lagos.", "met",
     {"TCD", "NER"}),
    ("Senegal and Mauritania expelled each other's nationals in 1989. The two countries broke off relations "
     "in August 1989. They met again in Dakar in April 1992.", "met", {"SEN", "MRT"}),
    ("Peru and Ecuador fought in the Cenepa valley in early 1995. Both governments accepted the guarantors' "
     "offer. They met in Brasilia on 26 October 1998.", "met", {"PER", "ECU"}),
])
def test_pron38_they_for_a_pair_dated_predicate(full, text, trigger, pair):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert pair <= _parties(events[0]), _show(events)


# the nearest sentence before names two plural actors: "they" is no one of them
@pytest.mark.parametrize("text, trigger", [
    ("The rebels seized the airport and the militias blocked the roads. They attacked Goma on 20 November "
     "2012.", "attacked"),
    ("The Eritrean troops held Badme, and the Ethiopian troops massed in the south. They attacked on "
     "6 February 1999.", "attacked"),
    ("The Icelandic gunboats cut the nets, and the British frigates rammed them. They clashed again on "
     "19 February 1976.", "clashed"),
])
def test_pron38_they_with_two_readings_has_no_doer(full, text, trigger):
    for e in _with(_events(full, text), trigger):
        assert not _doers(e), _show([e])


# ... and a predicate no trigger tells, dated by its own adjunct, is the pair's act (none before)
@pytest.mark.parametrize("text, trigger, pair", [
    ("Chad and Niger quarrelled over the islands of the lake. On 4 May 1971 they returned to the table in "
     "Lagos.", "returned", {"TCD", "NER"}),
    ("Senegal and Mauritania expelled each other's nationals in 1989. The two countries broke off relations "
     "in August 1989. They reopened their embassies in April 1992.", "reopened", {"SEN", "MRT"}),
    ("Malaysia and Singapore argued over the water price. In 2003 they took the reclamation case to the "
     "tribunal in Hamburg.", "took", {"MYS", "SGP"}),
])
def test_pron38_they_for_a_pair_dated_predicate_of_no_trigger(full, text, trigger, pair):
    events = _with(_events(full, text), trigger)
    assert events, _show(_events(full, text))
    assert pair <= _parties(events[0]), _show(events)
