"""Dates, figures and durations known by their wording (chronica.claims.extract.find_worded_values,
chronica.chronicle.claim_conflicts.same_wording): two sources stating one thing in clauses worded
alike, with different values, disagree; things worded alike that are two (another verb, two dates
of one clause, spans of another order, other counted nouns) do not. Invented texts, each case two
imagined sources about a subject of its own; end to end through a build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

pytestmark = needs_minilm


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)

CONFLICTS = [
    ("date-accord", "date",
     "The Velmar Accord was signed in Tarvik on 14 March 1983 by the foreign ministers of Aldoria and Borvia.\n",
     "On 21.03.1983 the foreign ministers of Aldoria and Borvia signed the Velmar Accord in Tarvik.\n"),
    ("date-founded", "date",
     "The Lantern Brotherhood was founded on 3 June 1961 to oppose colonial rule in the delta.\n",
     "The Lantern Brotherhood had been founded on 13 June 1961, at first to resist the colonial administration.\n"),
    ("number-boats", "number",
     "Some 40 fishing boats joined the blockade of the harbour at Carrow.\n",
     "More than 70 fishing boats joined the blockade of the harbour at Carrow, according to the port authority.\n"),
    ("duration-canal", "duration",
     "Under the treaty, Borvian ships were allowed to use the Selm canal for ten years.\n",
     "The treaty allowed Borvian ships to use the Selm canal for fifteen years.\n"),
]

LOOK_ALIKES = [
    ("date-vote-and-proclamation",
     "Voters in Kestria approved independence in a referendum in April 1971.\n",
     "Kestria proclaimed its independence on 2 June 1971 before a crowd in the capital.\n"),
    ("date-two-in-one-clause",
     "The truce of Onnel, signed on 4 May 1950, set a ceasefire that took effect on 9 May 1950.\n",
     "The truce of Onnel was signed on 4 May 1950 by both commanders.\n"),
    ("duration-another-order",
     "The first agreement allowed Aldorian trawlers to fish inside the zone for six months.\n",
     "A treaty allowed Aldorian trawlers to fish inside the zone for five years.\n"),
    ("number-other-nouns",
     "A convoy of 45 lorries crossed the Dran bridge in March 1990.\n",
     "A convoy of 32 buses crossed the Dran bridge in March 1990.\n"),
]


@pytest.mark.parametrize("cid, kind, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_worded_values_that_differ_disagree(cid, kind, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": kind, "a": a, "b": b})
    assert outcome.found, outcome.reported


@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_worded_look_alikes_stay_apart(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []


@pytest.mark.parametrize("text, kind, value, masked", [
    ("The army took 300 villages in a week.", "count", "300", "The army took villages"),
    ("Some 37 naval vessels took part in the operation.", "count", "Some 37", "naval vessels took part in the operation"),
    ("Iceland broke off relations with Norway on 19 February 1976.", "date", "19 February 1976",
     "Iceland broke off relations with Norway"),
    ("The treaty allowed Borvian ships to use the canal for fifteen years.", "duration", "fifteen years",
     "The treaty allowed Borvian ships to use the canal"),
])
def test_worded_claims_carry_their_clause_with_the_value_left_out(pipeline, text, kind, value, masked):
    found = [c for c in pipeline(text)._.claims if c.kind == kind and c.by_wording]
    assert [(c.value, c.masked) for c in found] == [(value, masked)]


def _worded(pipeline, text, kind):
    return [c for c in pipeline(text)._.claims if c.kind == kind and c.by_wording]


def test_no_worded_date_where_the_clause_says_too_little(pipeline):
    assert _worded(pipeline, "Opened in 1997, it ran north.", "date") == []


def test_no_worded_count_of_a_small_figure(pipeline):
    assert _worded(pipeline, "The treaty was signed by 3 states.", "count") == []


def test_two_dates_of_one_clause_are_no_worded_claims(pipeline):
    worded = _worded(pipeline, "The truce of Onnel set a ceasefire on 4 May 1950 and on 9 May 1950.", "date")
    assert len({c.masked for c in worded}) == len(worded)


def test_a_worded_date_where_a_beginning_is_dated_by_it_carries_the_phase(pipeline):
    # (session 54: the date of a beginning is also its clause's worded date, for a source that dates
    # the happening in other words; two such dates are left to the phase test: is_link)
    claims = pipeline("The siege of the port began on 3 May 1941 after weeks of shelling.")._.claims
    assert sorted((c.kind, c.phase) for c in claims if c.value == "3 May 1941") == [("date", "start"), ("phase", "start")]


# -- a worded date tied to the happening it dates ---------------------------------------------------

@pytest.mark.parametrize("text, value, trigger", [
    # the date opens the sentence, the verb follows
    ("On 14 September 1987 President Tarek Olvan laid the foundation stone of the Marrow Dam.", "14 September 1987", "laid"),
    # the date after the verb and its object
    ("Velmaria extended its fishing limit from three to four miles on 9 August 1964.", "9 August 1964", "extended"),
    # a timeline entry: the date before a dash, the verb in the present
    ("9 August 1964 - Velmaria extends its fishing limit to four nautical miles.", "9 August 1964", "extends"),
    # two dates, two happenings: each date its own clause's event, none when no event is dated by it
    ("Aldoria invaded Borvia in 1950; the two states signed a truce at Kell on 3 May 1953.", "1950", "invaded"),
    ("Aldoria invaded Borvia in 1950; the two states signed a truce at Kell on 3 May 1953.", "3 May 1953", None),
    ("The talks opened in Geneva in May 1990 while Aldorian troops crossed the river on 2 June 1990.", "May 1990", "talks"),
    ("The talks opened in Geneva in May 1990 while Aldorian troops crossed the river on 2 June 1990.", "2 June 1990",
     "crossed"),
])
def test_worded_date_carries_the_event_it_dates(pipeline, text, value, trigger):
    doc = pipeline(text)
    c = next(c for c in doc._.claims if c.kind == "date" and c.value == value and c.by_wording)
    assert [e.trigger for e in doc._.events if e.trigger_start == c.event_trigger] == ([trigger] if trigger else [])


class _Worded:
    """Sentence vectors with set similarities: each sentence its own cosine to the first."""

    def __init__(self, sims: dict[str, float]) -> None:
        self.sims = sims

    def embed(self, texts):
        import numpy as np

        return np.array([[s := self.sims.get(t, 1.0), (1 - s * s) ** 0.5] for t in texts], dtype=np.float32)


def _dated(doc, day, text, trigger=0, end=None):
    from chronica.claims.model import SentenceClaim

    latest = end or day
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=text, sentence_start=0, sentence_end=len(text),
                         kind="date", topic=f"when: {text}", value=day, start=0, end=1, date=day,
                         earliest=day, latest=latest, stated=True, masked=text, by_wording=True,
                         event_trigger=trigger)


def _event(eid, etype, doc, sources=(), targets=()):
    from chronica.chronicle.model import ChronicleEvent
    from chronica.events.model import EventMention, SOURCE, TARGET
    from test_chronicle_data import actor

    m = EventMention.__new__(EventMention)
    m.document_id, m.sentence_start, m.trigger_start = doc, 0, 0
    parts = [actor(SOURCE, k) for k in sources] + [actor(TARGET, k) for k in targets]
    return ChronicleEvent(eid, etype, None, None, None, None, None, parts, "", 0.0, "asserted", 1.0, mentions=[m])


# (events of side a and b as (id, type, sources, targets); dates (day, last day); the sentences'
# cosine; one happening). Each row the shape of a dev gold pair, with names of our own.
DATED_HAPPENINGS = [
    # a foundation stone laid by one leader, two days written five days apart, both uncoded
    (("e1", "OTHER", ["p-kell"], []), ("e2", "OTHER", ["p-kell", "ALD"], []), ("1987-09-14",), ("1987-09-09",), 0.59, True),
    # a limit moved: a day and the next month, eighteen days apart
    (("e1", "OTHER", ["ALD"], []), ("e2", "OTHER", ["ALD"], []), ("1964-08-14",), ("1964-09-01", "1964-09-30"), 0.65, True),
    # a treaty concluded / signed a day apart, one doer in common
    (("e1", "AGREE", ["ALD", "BOR"], []), ("e2", "AGREE", ["ALD", "CES"], []), ("1961-06-12",), ("1961-06-11",), 0.73, True),
    # one merged event dated twice
    (("e1", "ASSAULT", ["ALD"], ["BOR"]), ("e1", "ASSAULT", ["ALD"], ["BOR"]), ("1980-05-03",), ("1980-05-04",), 0.30, True),
    # one merged event, but a year against a day: what the year dates may be another step of it
    (("e1", "AGREE", ["ALD"], []), ("e1", "AGREE", ["ALD"], []), ("2012-01-01", "2012-12-31"), ("2013-04-19",), 0.70, False),
    # no doer in common: two happenings
    (("e1", "OTHER", ["ALD"], []), ("e2", "OTHER", ["BOR"], []), ("1987-09-14",), ("1987-09-09",), 0.80, False),
    # the same doer, other recipients: two raids
    (("e1", "ASSAULT", ["ALD"], ["BOR"]), ("e2", "ASSAULT", ["ALD"], ["CES"]), ("1980-05-03",), ("1980-05-10",), 0.80, False),
    # the same doer, a month and more apart: two acts
    (("e1", "ASSAULT", ["ALD"], ["BOR"]), ("e2", "ASSAULT", ["ALD"], ["BOR"]), ("1980-05-03",), ("1980-06-24",), 0.80, False),
    # an offensive in May and one in July (the months' nearest days 31 days apart)
    (("e1", "ASSAULT", ["ALD"], ["BOR"]), ("e2", "ASSAULT", ["ALD"], []), ("1982-05-01", "1982-05-31"),
     ("1982-07-01", "1982-07-31"), 0.64, False),
    # a coded act and an uncoded one: "declared independence" / "voted for independence"
    (("e1", "FOUND", ["ALD"], []), ("e2", "OTHER", ["ALD"], []), ("1993-05-24",), ("1993-05-20",), 0.78, False),
    # years, not days: no near date to compare
    (("e1", "AGREE", ["ALD"], []), ("e2", "AGREE", ["ALD"], []), ("1961-01-01", "1961-12-31"), ("1962-01-01", "1962-12-31"), 0.80, False),
    # types that do not fit
    (("e1", "AGREE", ["ALD"], []), ("e2", "ASSAULT", ["ALD"], []), ("1961-06-12",), ("1961-06-11",), 0.80, False),
    # the sentences worded apart (below SIM_SAME_THING)
    (("e1", "OTHER", ["ALD"], []), ("e2", "OTHER", ["ALD"], []), ("1987-09-14",), ("1987-09-09",), 0.40, False),
]


@pytest.mark.parametrize("ea, eb, da, db, sim, same", DATED_HAPPENINGS)
def test_worded_dates_of_one_happening_by_their_events(ea, eb, da, db, sim, same):
    from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext, same_dated_happening

    a = _dated(1, da[0], "The committee laid a stone near the river", 0, da[-1])
    b = _dated(2, db[0], "Fishermen complained about the weather at sea", 0, db[-1])
    events = {}
    for doc, (eid, t, s, tg) in ((1, ea), (2, eb)):
        e = _event(eid, t, doc, s, tg)
        if eid in events:  # one merged event: the other side's mention joins it
            events[eid].mentions += e.mentions
        else:
            events[eid] = e
    ctx = ClaimContext([a, b], list(events.values()), _Worded({b.sentence: sim}))
    assert same_dated_happening(a, b, ctx) is same
    assert SAME_THING["date"](a, b, ctx) is same  # the masked clauses, worded apart, decide nothing here


def test_a_repeated_happening_is_not_dated_by_its_event():
    """"... and the port was shelled again": the sentence's date may be the repetition's."""
    from chronica.chronicle.claim_conflicts import ClaimContext, same_dated_happening

    a = _dated(1, "1971-03-04", "On 4 March 1971 Aldorian gunboats shelled the port of Varn.")
    b = _dated(2, "1971-03-06", "On 6 March 1971 the gunboats left the bay and the port was shelled again.")
    events = [_event("e1", "OTHER", 1, ["ALD"]), _event("e2", "OTHER", 2, ["ALD"])]
    assert not same_dated_happening(a, b, ClaimContext([a, b], events, _Worded({b.sentence: 0.8})))
    b.sentence = "On 6 March 1971 Aldorian gunboats shelled the port of Varn."
    assert same_dated_happening(a, b, ClaimContext([a, b], events, _Worded({b.sentence: 0.8})))


# -- figures and spans tied to the happening they measure ------------------------------------------

@pytest.mark.parametrize("text, kind, value, trigger", [
    # the clause's subject is the event: "the accord ... allowed 24 trawlers ... for six months"
    ("The accord, signed in Tarvik by the two foreign ministers, allowed up to 40 Aldorian fishing boats to keep "
     "working inside the new zone for nine months.", "count", "up to 40", "accord, signed"),
    ("The accord, signed in Tarvik by the two foreign ministers, allowed up to 40 Aldorian fishing boats to keep "
     "working inside the new zone for nine months.", "duration", "nine months", "accord, signed"),
    # a relative clause on the event's noun: "the agreement ..., which let 30 trawlers stay"
    ("The quarrel ended with the Kell agreement of 4 May 1931, which let 55 Aldorian fishing boats stay on for a "
     "few more weeks.", "count", "55", "agreement"),
    # a measure (a mass) in a clause whose subject is the event
    ("An agreement reached in March 1931 gave the Borvians a catch of 90,000 tonnes a year for three years.",
     "count", "90,000 tonnes", "agreement"),
    # what lasted is the event itself
    ("The bombing of Varn lasted 40 days.", "duration", "40 days", "bombing"),
    # no event in the sentence: tied to none
    ("Borvian gunboats rammed more than 40 Aldorian trawlers during the dispute.", "count", "more than 40", None),
])
def test_figures_and_spans_carry_the_event_they_measure(pipeline, text, kind, value, trigger):
    doc = pipeline(text)
    c = next(c for c in doc._.claims if c.kind == kind and c.value == value)
    assert [e.trigger for e in doc._.events if e.trigger_start == c.event_trigger] == ([trigger] if trigger else [])


def _measured(doc, kind, low, text, *, unit=None, topic=None, by_wording=True, high=None):
    from chronica.claims.model import SentenceClaim

    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=text, sentence_start=0, sentence_end=len(text),
                         kind=kind, topic=topic or (f"figure: {unit}" if kind == "count" else f"how long: {text}"),
                         value=str(low), start=0, end=1, low=low, high=high if high is not None else low,
                         unit=unit, masked=text, by_wording=by_wording, event_trigger=0)


# (kind; side a and b as (value, counted noun); events of a and b as (id, type, sources, targets);
# the sentences' cosine; one thing). Each row the shape of a dev gold pair, with names of our own.
MEASURED_HAPPENINGS = [
    # one merged event, clauses worded apart: "the accord allowed up to 40 boats" / "let 55 boats stay"
    ("count", (24, "trawler"), (30, "trawlers"), ("e1", "SUPPORT", ["ALD"], []), ("e1", "SUPPORT", [], []), 0.30, True),
    # events the merge kept apart (their dates conflict), no doer found on one side, sentences alike
    ("count", (24, "trawler"), (30, "trawler"), ("e1", "SUPPORT", ["ALD"], []), ("e2", "SUPPORT", [], []), 0.60, True),
    # spans of one merged event: "the accord ... for nine months" / "the agreement ... for a year"
    ("duration", (180, None), (365, None), ("e1", "AGREE", ["ALD", "BOR"], []), ("e1", "AGREE", ["ALD"], []), 0.20, True),
    # what lasted, two nouns of one event: "the shelling lasted 12 days" / "a bombardment that lasted two weeks"
    ("duration", (78, None), (42, None), ("e1", "ASSAULT", ["ALD"], ["BOR"]), ("e1", "ASSAULT", ["ALD"], []), 0.40, True),
    # one merged event, two counted nouns: ships and sailors
    ("count", (24, "ship"), (300, "sailor"), ("e1", "ASSAULT", ["ALD"], []), ("e1", "ASSAULT", ["ALD"], []), 0.90, False),
    # one merged event, spans of another order: a battle's days, a war's years
    ("duration", (3, None), (900, None), ("e1", "ASSAULT", ["ALD"], []), ("e1", "ASSAULT", ["ALD"], []), 0.90, False),
    # events kept apart with different doers: two agreements
    ("count", (24, "trawler"), (30, "trawler"), ("e1", "SUPPORT", ["ALD"], []), ("e2", "SUPPORT", ["CES"], []), 0.80, False),
    # events kept apart, sentences worded apart
    ("count", (24, "trawler"), (30, "trawler"), ("e1", "SUPPORT", ["ALD"], []), ("e2", "SUPPORT", [], []), 0.40, False),
    # events kept apart, one of them uncoded (fits any): "some 300 died" in a raid / "more than 500 people"
    ("count", (300, "people"), (500, "people"), ("e1", "ASSAULT", ["ALD"], []), ("e2", "OTHER", ["ALD"], []), 0.64, True),
    # events kept apart, types that do not fit: an agreement and an attack
    ("count", (24, "trawler"), (30, "trawler"), ("e1", "SUPPORT", ["ALD"], []), ("e2", "ASSAULT", ["ALD"], []), 0.80, False),
    # events kept apart, figures of another order
    ("count", (24, "trawler"), (300, "trawler"), ("e1", "SUPPORT", ["ALD"], []), ("e2", "SUPPORT", ["ALD"], []), 0.80, False),
]


@pytest.mark.parametrize("kind, va, vb, ea, eb, sim, same", MEASURED_HAPPENINGS)
def test_figures_and_spans_of_one_happening_by_their_events(kind, va, vb, ea, eb, sim, same):
    from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext, same_measured_happening

    a = _measured(1, kind, va[0], "The committee laid a stone near the river", unit=va[1])
    b = _measured(2, kind, vb[0], "Fishermen complained about the weather at sea", unit=vb[1])
    events = {}
    for doc, (eid, t, s, tg) in ((1, ea), (2, eb)):
        e = _event(eid, t, doc, s, tg)
        if eid in events:
            events[eid].mentions += e.mentions
        else:
            events[eid] = e
    ctx = ClaimContext([a, b], list(events.values()), _Worded({b.sentence: sim}))
    assert same_measured_happening(a, b, ctx) is same
    assert SAME_THING[kind](a, b, ctx) is same  # the masked clauses, worded apart, decide nothing here


def test_a_repeated_happening_is_not_measured_by_its_event():
    """"... and the port was shelled again for two days": the span may be the repetition's."""
    from chronica.chronicle.claim_conflicts import ClaimContext, same_measured_happening

    a = _measured(1, "duration", 3, "Aldorian gunboats shelled the port of Varn for three days.")
    b = _measured(2, "duration", 2, "The gunboats left the bay and the port was shelled again for two days.")
    events = [_event("e1", "ASSAULT", 1, ["ALD"]), _event("e1", "ASSAULT", 2, ["ALD"])]
    events[0].mentions += events[1].mentions
    assert not same_measured_happening(a, b, ClaimContext([a, b], events[:1], _Worded({b.sentence: 0.8})))
    b.sentence = "Aldorian gunboats shelled the port of Varn for two days."
    assert same_measured_happening(a, b, ClaimContext([a, b], events[:1], _Worded({b.sentence: 0.8})))


@pytest.mark.parametrize("eb", ["e2", "e1"])
def test_a_days_figure_and_a_total_since_are_not_one(eb):
    """"closed 80 newspapers on 3 May" / "has closed hundreds of newspapers since 2015":
    one figure of a day, the other a total, whether the merge kept their events apart or not;
    an undated figure may be either."""
    from chronica.chronicle.claim_conflicts import ClaimContext, same_measured_happening

    a = _measured(1, "count", 80, "Aldoria closed 80 Borvian newspapers.", unit="newspapers")
    b = _measured(2, "count", 300, "Aldoria has closed hundreds of Borvian newspapers.", unit="newspapers")
    a.earliest = a.latest = "2015-05-03"
    b.earliest, b.latest = "2015-01-01", "2015-12-31"
    events = [_event("e1", "SANCTION", 1, ["ALD"]), _event(eb, "SANCTION", 2, ["ALD"])]
    if eb == "e1":
        events[0].mentions += events.pop().mentions
    assert not same_measured_happening(a, b, ClaimContext([a, b], events, _Worded({b.sentence: 0.8})))
    b.low = b.high = 90
    for day in ("2015-05-04", None):  # two figures of one day, or one undated: one thing
        b.earliest = b.latest = day
        assert same_measured_happening(a, b, ClaimContext([a, b], events, _Worded({b.sentence: 0.8})))


@pytest.mark.parametrize("text, value, date", [
    # the event's date written in the sentence: the figure's
    ("On 3 May 2015 Aldoria closed 80 Borvian newspapers, and it closed a further 120 newspapers in "
     "August 2015.", "80", "2015-05-03"),
    # the event dated by the narrative (the sentence before): not the figure's, a toll of the war
    ("Aldorian troops crossed the Selm on 3 May 1950. In all, 60 Borvian servicemen were killed during the war, "
     "while about 700 Aldorian soldiers lost their lives.", "about 700", None),
])
def test_a_figure_takes_the_date_written_for_its_event(pipeline, text, value, date):
    c = next(c for c in pipeline(text)._.claims if c.kind == "count" and c.value == value)
    assert c.event_trigger is not None
    assert c.date == date
