"""Claims and their comparison, round 19 (issue 11): each rule on sentences from three texts
written for these tests, with the look-alikes it must leave alone.

- two estimates of one figure ("some 70,000" / "an estimated 75,000") are two figures, though
  their qualifier intervals overlap; a bound against an estimate is still judged by intervals;
- the counted people of a saying or believing verb ("are thought to have been killed") are counted
  by the verb of its clause; "taken captive" counts the captured;
- once-only happenings a city falls, a land is annexed; the subject of a joined verb ("resisted
  ... and fell"); name words spelt two ways by two sources;
- a figure carried no date of its own (one from the narrative) is not set apart by that date;
- a figure naming no people whose own sentence gives another figure for the people a second
  source counts is not that second source's figure.
"""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import ClaimContext, same_count, same_happening_date
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import check_count, conflict, same_happening, same_name_word
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind):
    """The claims of the finders that know what their thing is (the claims known only by their
    wording, ``by_wording``, are tested in test_claims_worded_values.py)."""
    return [c for c in pipeline(text)._.claims if c.kind == kind and not c.by_wording]


def one_count(pipeline, text):
    found = claims_of(pipeline, text, "count")
    assert len(found) == 1, (text, [(c.topic, c.value) for c in found])
    return found[0]


# -- two estimates of one figure ---------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The regime expelled some 40,000 people of Albanian origin.",
     "The regime deported an estimated 44,000 people of Albanian origin."),
    ("The army had about 13,000 soldiers in the province.",
     "The army had some 15,000 soldiers in the province."),
    ("An estimated 9,000 refugees reached the camp by the lake.",
     "Some 8,000 refugees reached the camp by the lake."),
    ("Roughly 2,400 miners were killed in the collapse.",
     "Approximately 2,000 miners were killed in the collapse."),
])
def test_two_estimates_of_one_figure_conflict(pipeline, a, b):
    ca, cb = one_count(pipeline, a), one_count(pipeline, b)
    assert ca.topic == cb.topic
    assert check_count(ca, cb) and conflict(ca, cb)


@pytest.mark.parametrize("a, b", [
    # a bound against an estimate: the intervals decide
    ("More than 500 people died when the dam burst.", "About 600 people died when the dam burst."),
    ("At least 1,200 refugees crossed the border.", "Some 1,500 refugees crossed the border."),
    # one estimate written twice, or rounded within the tolerance
    ("About 600 soldiers were killed in the battle.", "600 soldiers were killed in the battle."),
    ("Some 5,000 people were killed in the raid.", "An estimated 5,100 people were killed in the raid."),
    # a magnitude is no estimate of one figure
    ("Thousands of villagers fled the fighting.", "About 5,000 villagers fled the fighting."),
    ("Between 3,000 and 5,000 people were killed in the siege.", "About 4,500 people were killed in the siege."),
])
def test_bounds_magnitudes_and_rounding_stay_compatible(pipeline, a, b):
    ca, cb = one_count(pipeline, a), one_count(pipeline, b)
    assert check_count(ca, cb) is None


# -- what a figure counts --------------------------------------------------------------------------

@pytest.mark.parametrize("text, measure", [
    ("About 80,000 soldiers and civilians are thought to have been killed.", "dead"),
    ("Some 3,000 villagers are believed to have fled across the river.", "displaced"),
    ("About 400 rebels were reported to have died in the fighting.", "dead"),
    ("About 19,000 soldiers of the army were taken captive.", "captured"),
    ("The rebels took 300 soldiers captive near the pass.", "captured"),
    ("Some 500 soldiers were taken captive at the fort.", "captured"),
    ("Around 2,000 marines were said to have landed on the beach.", "troops"),
])
def test_measure_through_saying_verbs_and_captive(pipeline, text, measure):
    assert one_count(pipeline, text).topic == measure


# -- once-only happenings: a city falls, a land is annexed --------------------------------------------

@pytest.mark.parametrize("text, key, date", [
    ("The port city of Marsala fell on 24 October 1980 after weeks of fighting.", "fallen:marsala", "1980-10-24"),
    ("Marsala resisted for a month with few defenders and fell on 26.10.1980.", "fallen:marsala", "1980-10-26"),
    ("Oct 26, 1980: Marsala falls to the northern army.", "fallen:marsala", "1980-10-26"),
    ("On 14 November 1962 the assembly voted to dissolve itself, and Tarvia was annexed as a province.",
     "annexed:tarvia", "1962-11-14"),
    ("November 15, 1962 - The emperor annexes Eritrea after its assembly is dissolved.", "annexed:eritrea", "1962-11-15"),
    ("In March 1938 Germany annexed Austria.", "annexed:austria", "1938-03"),
])
def test_fallen_and_annexed_are_dated_happenings(pipeline, text, key, date):
    dates = claims_of(pipeline, text, "date")
    assert [(c.happening, c.date) for c in dates] == [(key, date)]


@pytest.mark.parametrize("text", [
    "Prices fell on 3 March 1990 after the announcement.",
    "Rain fell on the capital on 4 May 1981.",
    "The minister fell ill in June 1975.",
])
def test_falling_that_is_no_happening_to_a_named_place(pipeline, text):
    assert [c.happening for c in claims_of(pipeline, text, "date") if c.happening and c.happening.startswith("fallen")] == []


@pytest.mark.parametrize("a, b, same", [
    ("khorramshahr", "khoramshahr", True),
    ("afwerki", "afewerki", True),
    ("badmé", "badme", True),
    ("quiñones", "quinones", True),
    ("austria", "australia", False),
    ("103", "104", False),
    ("iran", "iraq", False),  # short words must be equal
    ("morocco", "monaco", False),
])
def test_name_words_spelt_two_ways(a, b, same):
    assert same_name_word(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("fallen:khorramshahr", "fallen:khoramshahr", True),
    ("annexed:eritrea", "annexed:eritrea", True),
    ("died:afwerki isaias", "died:afewerki isaias", True),
    ("fallen:austria", "fallen:australia", False),
    ("annexed:eritrea", "fallen:eritrea", False),
])
def test_same_happening_with_spellings(a, b, same):
    assert same_happening(a, b) is same


def _date_claim(doc, happening, day, sentence="s"):
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0, sentence_end=1,
                         kind="date", topic="when", value=day, start=0, end=1, date=day, earliest=day,
                         latest=day, stated=True, happening=happening)


@pytest.mark.parametrize("da, db, same", [
    ("1962-11-14", "1962-11-15", True),
    ("1980-10-24", "1980-10-26", True),
    ("1890-01-01", "1962-11-15", False),  # annexed again after it was lost: two happenings
    ("1980-10-24", "1982-05-24", False),
])
def test_recurring_happenings_years_apart_are_two(da, db, same):
    cls = "annexed" if da.startswith(("1962", "1890")) else "fallen"
    a, b = _date_claim(1, f"{cls}:tarvia", da), _date_claim(2, f"{cls}:tarvia", db)
    assert same_happening_date(a, b, None) is same


# -- figures: dates not written, and a sibling's people ---------------------------------------------

def _count(doc, start, value, low, high, subject=(), stated=False, day=None, sentence=None):
    return SentenceClaim(document_id=doc, sentence_idx=start, sentence=sentence or f"s{doc}-{start}",
                         sentence_start=start, sentence_end=start + 1, kind="count", topic="dead", value=value,
                         start=start, end=start + 1, subject=list(subject), low=low, high=high,
                         date=day, earliest=day, latest=day, stated=stated)


class _Embedder:
    """Every sentence alike (the wording test is not what these cases are about)."""

    def embed(self, texts):
        import numpy as np

        return np.ones((len(texts), 1), dtype=np.float32)


@pytest.mark.parametrize("day_a, day_b, stated, same", [
    ("1995-03-01", "1995-02-17", False, True),   # dates carried from the narrative: one toll
    ("1988-08-20", None, False, False),  # a day's figure and an undated war total stay apart (test_claims_conflicts)
    ("1970-05-02", "1972-03-09", False, True),
    ("1941-10-02", "1995-02-17", False, False),  # ... but not one of another war
    ("1995-03-01", "1995-02-17", True, False),   # dates the sentences write: two days, two tolls
])
def test_figures_are_not_parted_by_dates_they_do_not_write(day_a, day_b, stated, same):
    a = _count(1, 0, "34", 34, 34, ("ECU",), stated, day_a)
    b = _count(2, 0, "33", 33, 33, ("ECU",), stated and day_b is not None, day_b,
               sentence="The war killed 33 Ecuadorian soldiers." if day_b is None else None)
    ctx = ClaimContext([a, b], [], _Embedder())
    assert same_count(a, b, ctx) is same


def test_an_undated_figure_naming_no_whole_is_compared_by_its_occasion():
    """An undated figure is a total only when its sentence says so (it names the war, or writes a
    time the stage left unplaced: claim_conflicts.day_and_total); else the occasion decides (here
    every sentence is alike)."""
    a = _count(1, 0, "34", 34, 34, ("ECU",), False, "1988-08-20")
    b = _count(2, 0, "33", 33, 33, ("ECU",), False, None, sentence="Border guards fired and 33 Ecuadorian soldiers died.")
    assert same_count(a, b, ClaimContext([a, b], [], _Embedder())) is True


@pytest.mark.parametrize("free_value, sibling_subject, other_subject, same", [
    ("60", "ECU", "ECU", False),   # "60 Peruvian and 34 Ecuadorian" / "33 Ecuadorian": the 60 are not theirs
    ("255", "ARG", "ARG", False),
    ("12", "SYR", "SYR", False),
    ("60", "ECU", "PER", True),    # the sibling counts other people: the free figure may be these
])
def test_a_figure_without_people_is_not_its_siblings_people(free_value, sibling_subject, other_subject, same):
    v = float(free_value)
    free = _count(1, 0, free_value, v, v)
    sibling = _count(1, 0, "34", 34, 34, (sibling_subject,))
    other = _count(2, 5, "33", v * 1.1, v * 1.1, (other_subject,))
    ctx = ClaimContext([free, sibling, other], [], _Embedder())
    assert same_count(free, other, ctx) is same


# -- the sentence's one date belongs to another clause ------------------------------------------------

@pytest.mark.parametrize("text, dated", [
    ("An agreement was signed in Algiers on 18 June 2000, but about 80,000 soldiers are thought to have been killed.", False),
    ("It killed an estimated one million people before a ceasefire took effect on Aug 20, 1988.", False),
    ("The talks opened in Geneva in May 1990; some 2,000 prisoners were still held by both sides.", False),
    # the date governs the figure's clause: it dates the figure
    ("On 16 March 1988 aircraft bombarded the town with gas, killing some 3,200 people.", True),
    ("In June 1982 the army sent 4,000 troops across the border.", True),
    ("About 300 people were killed in the raid on 4 May 1979, the ministry said.", True),
])
def test_a_date_of_another_clause_does_not_date_a_figure(pipeline, text, dated):
    c = one_count(pipeline, text)
    assert bool(c.date and c.stated) is dated


# -- lengths: "a border of 912 kilometres"; one thing's length whatever sentence tells it ---------------

@pytest.mark.parametrize("text, value", [
    ("The two countries share a border of 912 kilometres.", 912),
    ("Chile and Argentina share a frontier of some 5,000 km.", 5000),
    ("The kingdom built a wall of 120 km along the desert.", 120),
])
def test_length_written_after_of(pipeline, text, value):
    c = one_count(pipeline, text)
    assert c.topic == "length" and c.low <= value <= c.high


@pytest.mark.parametrize("a, b, same", [
    ("The two countries share a border of 912 kilometres.",
     "Under the deal the troops would pull back from the 1,000-kilometre border.", True),
    ("Chile and Argentina share a frontier of some 5,000 km.", "The 5,300-kilometre frontier of Chile and Argentina runs along the Andes.", True),
    ("The two states share a border of 912 kilometres.", "The army built a wall of 900 kilometres along the desert.", False),  # another thing
    ("Chile and Argentina share a border of 5,000 km.", "Peru and Bolivia share a border of 1,000 km.", False),  # other states
])
def test_lengths_of_one_thing(pipeline, a, b, same):
    ca, cb = one_count(pipeline, a), one_count(pipeline, b)
    ca.document_id, cb.document_id = 1, 2
    ctx = ClaimContext([ca, cb], [], _Embedder())
    assert same_count(ca, cb, ctx) is same


# -- beginnings written to the day years apart are of two happenings ----------------------------------

def _phase(doc, day_from, day_to, text):
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=text, sentence_start=0, sentence_end=1,
                         kind="phase", topic="when the fighting began", value=text, start=0, end=1,
                         obj="fighting", phase="start", date=day_from, earliest=day_from, latest=day_to, stated=True)


@pytest.mark.parametrize("a, b, same", [
    (("1981-01-22", "1981-01-22"), ("1981-01-28", "1981-01-28"), True),    # one beginning dated twice
    (("1998-05-06", "1998-05-06"), ("1998-05-12", "1998-05-12"), True),
    (("1969-07-01", "1969-07-31"), ("1969-07-14", "1969-07-14"), True),
    (("1981-01-28", "1981-01-28"), ("1995-01-26", "1995-01-26"), False),   # two wars over one border
    (("1969-07-14", "1969-07-14"), ("1976-07-13", "1976-07-13"), False),
    (("1950-01-01", "1959-12-31"), ("1960-01-01", "1960-12-31"), True),    # years: sources disagree by years
])
def test_beginnings_to_the_day_years_apart_are_two(a, b, same):
    from chronica.chronicle.claim_conflicts import same_phase

    ca, cb = _phase(1, *a, "The fighting began then."), _phase(2, *b, "The fighting began then.")
    ctx = ClaimContext([ca, cb], [], _Embedder())
    assert same_phase(ca, cb, ctx) is same


# -- a month written without its year: the year is the narrative's guess ---------------------------------

@pytest.mark.parametrize("sentence, text, date, written", [
    ("In July the prime minister flew to the capital.", "July", "2016-07", False),
    ("On 14 October the assembly voted to dissolve itself.", "14 October", "1962-10-14", False),
    ("The following spring the rebels took the port.", "spring", "1975-SP", False),
    ("In July 1974 the guard overthrew the president.", "July 1974", "1974-07", True),
    ("– 1974 – July 15: Members of the national guard overthrow the president.", "July 15", "1974-07-15", True),
    ("In the summer of '68 the troops left.", "summer of '68", "1968-SU", True),
])
def test_year_written(sentence, text, date, written):
    from chronica.chronicle.disagreements import year_written
    from chronica.events.model import EventMention

    m = EventMention.__new__(EventMention)
    m.date, m.date_text, m.sentence = date, text, sentence
    assert year_written(m) is written


# -- the narrative's date: a claim without a time of its own is placed by the last date written ----------

@pytest.mark.parametrize("text, kind, year", [
    ("Clashes escalated into open war on 5 July 1941. Peru maintained that Ecuadorian troops had fired first on its border posts.",
     "agent", "1941"),
    ("The war of 1995 was short. Quito has always said the Peruvians attacked first.", "agent", "1995"),
    ("In June 1967 the armies met at the pass. The Syrians said it was Israel that attacked first.", "agent", "1967"),
])
def test_narrative_date_places_a_claim_unstated(pipeline, text, kind, year):
    c = next(c for c in pipeline(text)._.claims if c.kind == kind)
    assert c.date and c.date.startswith(year) and not c.stated  # the narrative's (or its event's) date


@pytest.mark.parametrize("a_day, b_day, narrative, same", [
    ("1941-07-05", "1995-01-26", True, False),   # who started the war of 1941 / of 1995: two wars
    ("1998-05-06", "1999-02-18", True, True),    # the narrative of one war moves on: still one war
    ("1969-07-14", "1970-01-01", True, True),
    ("1998-06-05", "2000-05-12", True, False),   # a first strike of 1998, an offensive of 2000
    ("1998-05-06", "2000-06-18", False, False),  # stated dates two years apart: two attacks
])
def test_who_started_placed_by_the_narrative(a_day, b_day, narrative, same):
    from chronica.chronicle.claim_conflicts import same_agent

    def agent(doc, day, who):
        return SentenceClaim(document_id=doc, sentence_idx=0, sentence="X fired first.", sentence_start=0, sentence_end=1,
                             kind="agent", topic="who started: hostilities", value=who, start=0, end=1,
                             subject=[who], obj="hostilities", date=day, earliest=day, latest=day,
                             stated=not narrative, narrative=narrative)
    a, b = agent(1, a_day, "ECU"), agent(2, b_day, "PER")
    ctx = ClaimContext([a, b], [], _Embedder())
    assert (same_agent(a, b, ctx) and conflict(a, b) is not None) is same


# -- what comes into force, named by its noun -----------------------------------------------------------

@pytest.mark.parametrize("text, key, date", [
    ("The federation came into force on 15 September 1952.", "in force:federation", "1952-09-15"),
    ("The resolution created a federation, which entered in force on 11.09.1952.", "in force:federation", "1952-09-11"),
    ("Aug 8, 1988: A ceasefire takes effect along the front.", "in force:ceasefire", "1988-08-08"),
    ("A UN-brokered ceasefire took effect on Aug 20, 1988.", "in force:ceasefire", "1988-08-20"),
    ("The new constitution went into effect on 1 January 1979.", "in force:constitution", "1979-01-01"),
])
def test_coming_into_force_is_a_dated_happening(pipeline, text, key, date):
    assert [(c.happening, c.date) for c in claims_of(pipeline, text, "date")] == [(key, date)]


@pytest.mark.parametrize("text", [
    "The submarine took aim at the cruiser on 2 May 1982.",
    "The army came into the town on 3 June 1941.",
    "The law had little effect on trade in 1990.",
])
def test_look_alikes_of_coming_into_force(pipeline, text):
    assert [c.happening for c in claims_of(pipeline, text, "date") if (c.happening or "").startswith("in force")] == []


@pytest.mark.parametrize("da, db, same", [
    ("1988-08-08", "1988-08-20", True),     # one ceasefire dated twice
    ("1952-09-11", "1952-09-15", True),
    ("1981-02-01", "1995-02-17", False),    # the ceasefires of two wars
])
def test_two_ceasefires_years_apart_are_two(da, db, same):
    a, b = _date_claim(1, "in force:ceasefire", da), _date_claim(2, "in force:ceasefire", db)
    assert same_happening_date(a, b, None) is same


@pytest.mark.parametrize("text, key", [
    ("Aug 8, 1988: A ceasefire takes effect along the front.", "in force:ceasefire"),
    ("May 3, 1982: HMS Sheffield sinks after an air attack.", "sunk:hms sheffield"),
    ("June 2, 1990: The treaty comes into force.", "in force:treaty"),
])
def test_a_timeline_entrys_date_is_no_patient(pipeline, text, key):
    assert [c.happening for c in claims_of(pipeline, text, "date")] == [key]
