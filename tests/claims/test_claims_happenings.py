"""Round 17 of issue 11: once-only happenings to a named thing and their dates, dates under year
headings and in timeline entries, nested dates on one verb, clock durations, figure ranges and
figures given as a verb's value, repetitions, one disagreement per set of sentences. Every
sentence here was written for these tests (none from the shared corpora or the dev pages)."""

from __future__ import annotations

import pytest

from chronica.chronicle.disagreements import one_per_sentences
from chronica.chronicle.model import Claim, Disagreement
from chronica.claims.extract import finest_nested, heading_year, with_heading_year
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import duration_interval, same_happening, states_repetition
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
from chronica.time.timex import Timex


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind):
    """The claims of the finders that know what their thing is (the claims known only by their
    wording, ``by_wording``, are tested in test_claims_worded_values.py)."""
    return [c for c in pipeline(text)._.claims if c.kind == kind and not c.by_wording]


# -- once-only happenings -------------------------------------------------------------------

@pytest.mark.parametrize("text, key, date", [
    ("The submarine sank the Argentine cruiser General Belgrano on 2 May 1982.", "sunk:belgrano general", "1982-05-02"),
    ("HMS Sheffield was sunk by a missile on 4 May 1982.", "sunk:hms sheffield", "1982-05-04"),
    ("Egyptian President Anwar Sadat was assassinated in Cairo on 6 October 1981.",
     "assassinated:id:anwar_sadat", "1981-10-06"),  # a resolved person: by the knowledge base's id
    ("The Treaty of Rapallo was signed on 16 April 1922 by Germany and Russia.", "signed:rapallo treaty", "1922-04-16"),
    ("The army overthrew President Arturo Illia on 28 June 1966.", "overthrown:id:arturo_illia", "1966-06-28"),
])
def test_claims_happening_dates(pipeline, text, key, date):
    dates = claims_of(pipeline, text, "date")
    assert [(c.happening, c.date, c.stated) for c in dates] == [(key, date, True)]


@pytest.mark.parametrize("text", [
    "The navy sank two old freighters off the coast in 1941.",  # no name: which ships?
    "Rebels assassinated a district governor in March 1990.",
    "The government did not sign the treaty in 1988.",  # negated
    "Submarines sank the Lusitania again in 1916, the novel says.",  # a repetition
])
def test_claims_happening_dates_left_alone(pipeline, text):
    assert claims_of(pipeline, text, "date") == []


@pytest.mark.parametrize("text, key", [
    (("Torpedoes struck the old liner the Empress Augusta at dawn. Rescue boats came too late. "
     "Four hundred passengers drowned as the liner sank."), "sunk:augusta empress"),
    (("A mine hit the ferry Baltic Star in the night. The crew sent a signal. "
     "Some 900 people died when the ferry sank."), "sunk:baltic star"),
    (("The tanker Sea Queen caught fire near the harbour. Tugs could not reach it. "
     "Twelve sailors were killed as the tanker sank."), "sunk:queen sea"),
])
def test_claims_figures_about_a_named_happening_through_a_definite_noun(pipeline, text, key):
    counts = claims_of(pipeline, text, "count")
    assert counts and all(c.happening == key for c in counts)


@pytest.mark.parametrize("a, b, same", [
    ("sunk:belgrano general", "sunk:belgrano general", True),
    ("sunk:belgrano general", "sunk:belgrano", False),  # one word may name another thing
    ("assassinated:kennedy robert", "assassinated:kennedy", False),
    ("died:id:phx:pol_pot", "died:id:phx:pol_pot", True),
    ("assassinated:anwar president sadat", "assassinated:anwar sadat", True),
    ("sunk:hms sheffield", "sunk:belgrano general", False),
    ("sunk:belgrano general", "signed:belgrano general", False),
    ("signed:1 sputnik", "signed:2 sputnik", False),
    (None, "sunk:belgrano", None),
])
def test_claims_same_happening(a, b, same):
    assert same_happening(a, b) is same


# -- dates under headings and in timeline entries --------------------------------------------

def _timex(text, start, value, **kw):
    return Timex(start=start, end=start + len(text), text=text, type="DATE", value=value, **kw)


@pytest.mark.parametrize("text, expression, value, earliest, latest", [
    ("1981\n\n14 October: the president is shot at a parade.", "14 October", "1981-10-14", "1981-10-14", "1981-10-14"),
    ("1991: The siege of the port began in October.", "October", "1991-10", "1991-10-01", "1991-10-31"),
    ("Chronology\n1956\nNovember 4 - Tanks enter the capital.", "November 4", "1956-11-04", "1956-11-04", "1956-11-04"),
])
def test_claims_dates_under_a_year_heading(text, expression, value, earliest, latest):
    start = text.index(expression)
    t = with_heading_year(text, _timex(expression, start, "XXXX" + value[4:]))
    assert (t.value, t.earliest, t.latest, t.anchor) == (value, earliest, latest, "heading")


@pytest.mark.parametrize("text, expression, value", [
    ("The talks of 14 October went badly.", "14 October", "XXXX-10-14"),  # no year line above
    ("1981\n\nOn 14 October 1982 the talks failed.", "14 October 1982", "1982-10-14"),  # its own year
])
def test_claims_dates_under_a_year_heading_left_alone(text, expression, value):
    start = text.index(expression)
    t = _timex(expression, start, value, earliest="1982-10-14" if value[0] != "X" else None,
               latest="1982-10-14" if value[0] != "X" else None, anchor="absolute" if value[0] != "X" else None)
    assert with_heading_year(text, t) is t


def test_claims_heading_year_is_the_nearest_above():
    text = "1980\nMay: talks.\n1981\n14 October: a parade."
    assert heading_year(text, text.index("14 October")) == 1981
    assert heading_year(text, text.index("May")) == 1980
    assert heading_year("No year here: 14 October.", 14) is None


@pytest.mark.parametrize("text, value", [
    ("1981\n\n14 October: President Anwar Sadat is assassinated at a parade in Cairo.", "1981-10-14"),
    ("1966\n\n28 June: The army overthrows President Arturo Illia in Buenos Aires.", "1966-06-28"),
    ("1922\n\n16 April: The Treaty of Rapallo is signed by Germany and Russia.", "1922-04-16"),
])
def test_claims_timeline_entry_dates_its_text(pipeline, text, value):
    assert [c.date for c in claims_of(pipeline, text, "date")] == [value]


@pytest.mark.parametrize("spans, kept", [
    ([("1991-01-01", "1991-12-31"), ("1991-10-01", "1991-10-31")], [1]),
    ([("1960-01-01", "1969-12-31"), ("1962-01-01", "1962-12-31"), ("1962-05-01", "1962-05-31")], [2]),
    ([("1990-01-01", "1990-12-31"), ("1994-01-01", "1994-12-31")], [0, 1]),  # not nested: both stay
])
def test_claims_finest_of_nested_dates(spans, kept):
    timexes = [_timex("x", i, e[:4], earliest=e, latest=l) for i, (e, l) in enumerate(spans)]
    assert finest_nested(timexes) == [timexes[i] for i in kept]


# -- durations, ranges, valued figures -----------------------------------------------------

@pytest.mark.parametrize("value, low, high", [
    ("PT38M", 37.5 / 1440, 38.5 / 1440),
    ("PT9H", 8.5 / 24, 9.5 / 24),
    ("PT45S", 44.5 / 86400, 45.5 / 86400),
    ("P2D", 1.5, 2.5),
])
def test_claims_duration_interval_of_the_clock(value, low, high):
    got = duration_interval(value)
    assert got == pytest.approx((low, high))


@pytest.mark.parametrize("text, low, high", [
    ("Iraqi military deaths in the war have been put at 20,000 to 35,000.", 20000 * 0.95, 35000 * 1.05),
    ("Between 300 and 500 people were killed in the riots in the capital.", 300 * 0.95, 500 * 1.05),
    ("The floods killed 1,200-1,500 villagers in the delta.", 1200 * 0.95, 1500 * 1.05),
])
def test_claims_figure_ranges(pipeline, text, low, high):
    counts = claims_of(pipeline, text, "count")
    assert [(c.topic, round(c.low), round(c.high)) for c in counts] == [("dead", round(low), round(high))]


def test_claims_a_change_is_no_range(pipeline):
    counts = claims_of(pipeline, "The population of the town fell from 12,345 to 8,765 in ten years.", "count")
    assert sorted(c.low for c in counts) == [8765, 12345]


@pytest.mark.parametrize("text, topic, value", [
    ("The death toll stood at 300 by the evening.", "dead", 300),
    ("Civilian deaths totalled 4,000 in the first year, the report said.", "dead", 4000),
    ("The refugees numbered 12,500 by the end of the winter.", "displaced", 12500),
])
def test_claims_figure_as_a_verbs_value(pipeline, text, topic, value):
    counts = claims_of(pipeline, text, "count")
    assert [(c.topic, c.value.replace(",", "")) for c in counts] == [(topic, str(value))]


# -- repetitions, one disagreement per sentences ------------------------------------------------

@pytest.mark.parametrize("sentence, word, repeated", [
    ("Libyan troops invaded Chad again in August 1983.", "invaded", True),
    ("Israeli aircraft bombed the airport of Beirut again on 12 June 1982.", "bombed", True),
    ("The rebels attacked the town a second time in May.", "attacked", True),
    ("The rebels attacked the town in May and the army never returned.", "attacked", False),
    ("Once more the talks between the two governments failed, and the army invaded in June.", "invaded", False),
])
def test_claims_states_repetition(sentence, word, repeated):
    start = sentence.index(word)
    assert states_repetition(sentence, start, start + len(word)) is repeated


def _claim(doc, sentence_start):
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence="", sentence_start=sentence_start,
                         sentence_end=0, kind="date", topic="", value="", start=0, end=0)


def test_claims_one_disagreement_per_set_of_sentences():
    a, b = _claim(1, 0), _claim(2, 10)
    date = Disagreement(id="", kind="date", topic="when born", claims=[Claim("1925", [a]), Claim("1928", [b])],
                        event_ids=[], reason="")
    attribute = Disagreement(id="", kind="attribute", topic="when born",
                             claims=[Claim("1925", [a]), Claim("1928", [b])], event_ids=[], reason="")
    other = Disagreement(id="", kind="date", topic="when died", claims=[Claim("1970", [a]), Claim("1971", [_claim(3, 0)])],
                         event_ids=[], reason="")
    assert one_per_sentences([date, attribute, other]) == [attribute, other]


# -- how long: "for", "from ... to", "a two-month war"; who fired the first shots ---------------

@pytest.mark.parametrize("text, obj, low_days, high_days", [
    ("Fighting in the hills continued for three weeks in 1941.", "fight", 17.5, 24.5),
    ("The strike at the shipyard lasted for ten days.", "strike", 9.5, 10.5),
    ("The civil war in the south lasted from 1975 to 1990.", "war", 14 * 365, 16 * 366),
    ("The occupation of the port lasted from March 1932 until June 1935.", "occupation", 3 * 365, 3.3 * 366),
    ("The two-month war ended in a stalemate in 1932.", "war", 1.5 * 30.44, 2.5 * 30.44),
    ("A six-week siege of the port began in 1943.", "siege", 5.5 * 7, 6.5 * 7),
])
def test_claims_how_long_written_other_ways(pipeline, text, obj, low_days, high_days):
    durations = claims_of(pipeline, text, "duration")
    assert [d.obj for d in durations] == [obj]
    assert low_days * 0.98 <= durations[0].low <= durations[0].high <= high_days * 1.02


@pytest.mark.parametrize("text", [
    "Prices rose from 1975 to 1990.",  # a range of dates on no verb of lasting
    "The talks took place from May to June.",
    "He waited for three weeks in the capital.",  # no hostilities, no lasting noun: nothing lasted
])
def test_claims_how_long_left_alone(pipeline, text):
    assert claims_of(pipeline, text, "duration") == []


@pytest.mark.parametrize("text, agent", [
    ("The first shots were fired by Honduran troops on 14 July 1969.", "Honduran troops"),
    ("Salvadoran troops fired the first shots on 14 July 1969.", "Salvadoran troops"),
    ("The Ottoman fleet struck the first blow in October 1853.", "The Ottoman fleet"),
])
def test_claims_who_fired_first(pipeline, text, agent):
    agents = claims_of(pipeline, text, "agent")
    assert [(a.topic, a.value.split(",")[0]) for a in agents] == [("who started: hostilities", agent)]


@pytest.mark.parametrize("text", [
    "The fleet fired a warning shot at the trawler in 1973.",
    "The first ships reached the harbour in May 1853.",
])
def test_claims_who_fired_first_left_alone(pipeline, text):
    assert claims_of(pipeline, text, "agent") == []


@pytest.mark.parametrize("text, where", [
    ("Fighting in the north continued for three weeks in 1941.", ["north"]),
    ("The siege of the port lasted four months.", ["port"]),
    ("Lebanon's civil war lasted fifteen years.", ["lebanon"]),
    ("The war between the two kingdoms lasted three years.", []),  # the parties place nothing
])
def test_claims_what_lasted_is_placed(pipeline, text, where):
    assert [d.where for d in claims_of(pipeline, text, "duration")] == [where]


# -- deaths, births and ages written other ways ------------------------------------------------

@pytest.mark.parametrize("text, key, date", [
    ("Idi Amin died in Jeddah in August 2003.", "died:id:idi_amin", "2003-08"),  # a leader the knowledge base holds: keyed by its id
    ("Patrice Lumumba was killed on 17 January 1961.", "died:lumumba patrice", "1961-01-17"),
    ("Imre Nagy was executed in Budapest in June 1958.", "died:imre nagy", "1958-06"),
])
def test_claims_date_of_a_persons_death(pipeline, text, key, date):
    assert [(c.happening, c.date) for c in claims_of(pipeline, text, "date")] == [(key, date)]


@pytest.mark.parametrize("text", [
    "Twelve Kurds were killed in Halabja in 1988.",  # a group: killed more than once
    "Three soldiers died near the border in May 1969.",
])
def test_claims_date_of_a_death_only_of_a_person(pipeline, text):
    assert claims_of(pipeline, text, "date") == []


@pytest.mark.parametrize("text, topic, value", [
    ("Born in 1925 in a village, Pol Pot studied in Paris.", "when Pol Pot was born", "1925"),
    ("Pol Pot (1928–1998) led the Khmer Rouge.", "when Pol Pot was born", "1928"),
    ("Menachem Begin (born 1913) signed the accords.", "when Menachem Begin was born", "1913"),
    ("Yitzhak Rabin, 73, was assassinated in Tel Aviv in November 1995.",
     "how old Yitzhak Rabin was when assassinated", "73"),
])
def test_claims_person_attributes_written_other_ways(pipeline, text, topic, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "attribute")] == [(topic, value)]


def test_claims_lifespan_claims_the_year_of_death(pipeline):
    dates = claims_of(pipeline, "Pol Pot (1928–1998) led the Khmer Rouge.", "date")
    assert [(c.happening, c.date) for c in dates] == [("died:id:phx:pol_pot", "1998")]


@pytest.mark.parametrize("text", [
    "The town, 300, was burned.",  # no person
    "The treaty (1648) ended the war.",
])
def test_claims_person_attributes_left_alone(pipeline, text):
    assert claims_of(pipeline, text, "attribute") == []


@pytest.mark.parametrize("text, pair", [
    ("In 1977 Egypt and Libya enjoyed close relations.", ["EGY", "LBY"]),
    ("Chad had close ties with France in the 1960s.", ["FRA", "TCD"]),
    ("Albania and China maintained close relations in the 1960s.", ["ALB", "CHN"]),
])
def test_claims_relation_qualifying_the_object(pipeline, text, pair):
    assert [(c.value, c.subject) for c in claims_of(pipeline, text, "relation")] == [("allied", pair)]


def test_claims_relation_qualifying_the_object_needs_a_pair(pipeline):
    assert claims_of(pipeline, "Close relations helped the talks.", "relation") == []


@pytest.mark.parametrize("text, topic, agent", [
    ("The ceasefire, brokered by Algeria, took effect in August 1988.", "who brokered: ceasefire", "Algeria"),
    ("The 1988 ceasefire mediated by the United Nations ended the war.", "who brokered: ceasefire", "the United Nations"),
    ("The island, discovered by a Dutch sailor in 1616, was settled later.", "who discovered: island", "a Dutch sailor"),
])
def test_claims_agent_of_a_participle_qualifying_its_object(pipeline, text, topic, agent):
    assert [(c.topic, c.value.split(",")[0]) for c in claims_of(pipeline, text, "agent")] == [(topic, agent)]


@pytest.mark.parametrize("text", [
    "The 1988 ceasefire ended the war.",
    "The treaty ended the blockade in 1921.",
    "The election began a new era in 1990.",
])
def test_claims_phase_verb_with_an_object_is_no_phase_of_its_subject(pipeline, text):
    assert claims_of(pipeline, text, "phase") == []
