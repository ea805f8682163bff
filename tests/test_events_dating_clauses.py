"""Dating by the clause an event stands in, each rule a case table from at least three texts
written for these tests: a bare present passive is a historical present too ("200 people are
killed"); a time that opens its sentence dates a coordinated clause whose verb hangs on a
participle ("responded by demanding"); the compared time of a comparison ("than in 1981",
"unlike ... (in 1991)") dates nothing; a happening named after "after", "through", "since" is
not dated by its clause's time; a means clause ("by storming ... in May 1982") sets the
narrative's time like its main clause; a week, season or quarter is exported as the months it
lies in."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events._dating import contract_date, time_refs
from chronica.nlp import load_pipeline
from chronica.stages import prepare


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


def _dated(full, text, trigger, dct=None):
    doc = full(prepare(full, text, dct))
    events = [e for e in extract_events(doc) if e.trigger == trigger]
    assert events, [e.trigger for e in extract_events(doc)]
    return events[0]


#: (text, trigger, date): a present passive tells a story in the present as a present active does:
#: the paragraph's date is its time; a present perfect passive is still "lately"
PRESENT_PASSIVE_CASES = [
    ("1974 \u2013 July 15: Greek officers overthrow the president of Cyprus. Two hundred people are "
     "killed in the fighting.", "killed", "1974-07-15"),
    ("On 12 March 1938, German troops cross the Austrian border. Thousands of opponents are arrested "
     "by the police in Vienna.", "arrested", "1938-03-12"),
    ("Hungary rises in October 1956. Soviet tanks enter Budapest, and thousands of students are killed "
     "in the streets.", "killed", "1956-10"),
]


@pytest.mark.parametrize("text,trigger,date", PRESENT_PASSIVE_CASES)
def test_present_passive_is_a_historical_present(full, text, trigger, date):
    event = _dated(full, text, trigger)
    assert event.date == date and event.date_source == "narrative"


def test_present_perfect_passive_is_still_recent(full):
    event = _dated(full, "Fighting broke out on 3 May 2001. Two soldiers have been killed on the border.",
                   "killed", dct="2001-05-09")
    assert event.date == "2001-05-09" and event.date_source == "document"


#: (text, trigger, date): a fronted time dates the coordinated clause whose event is a participle
#: or an infinitive hanging on the clause's past-tense verb
FRONTED_NONFINITE_CASES = [
    ("In November 1997 Eritrea introduced its own currency, the nakfa, and Ethiopia responded by "
     "demanding that trade be conducted in hard currency.", "demanding", "1997-11"),
    ("In March 1969 Soviet guards fired on a patrol, and China answered by attacking the island "
     "with artillery.", "attacking", "1969-03"),
    ("In June 1976 Uganda detained the hostages, and Israel responded by raiding the airport at "
     "Entebbe.", "raiding", "1976-06"),
]


@pytest.mark.parametrize("text,trigger,date", FRONTED_NONFINITE_CASES)
def test_fronted_time_dates_a_participle_clause(full, text, trigger, date):
    assert _dated(full, text, trigger).date == date


#: (text, trigger, date): a comparison's compared time is neither the event's nor the narrative's
COMPARISON_CASES = [
    ("Peru attacked in January 1995. The Ecuadorian army, better prepared than in 1981, held its "
     "positions and shot down two Peruvian jets.", "shot down", "1995-01"),
    ("In January 1995 the war began. Unlike the clashes (in 1981 and 1991), Peru bombed Ecuadorian "
     "bases.", "bombed", "1995-01"),
    ("The fighting resumed on 26 January 1995. Compared with 1981, Ecuador shot down more Peruvian "
     "aircraft.", "shot down", "1995-01-26"),
    ("In 1991 the Polisario attacked again. As in 1975, Morocco sent troops into the desert.",
     "sent troops", "1991"),
]


@pytest.mark.parametrize("text,trigger,date", COMPARISON_CASES)
def test_compared_time_dates_nothing(full, text, trigger, date):
    event = _dated(full, text, trigger)
    assert event.date == date and event.date_source == "narrative"


#: (text, the expressions kept): the compared ones are no time of their sentence
COMPARED_REFS = [
    ("Turnout was higher than in 2005, and the opposition won.", []),
    ("As early as 1975 the army seized the capital.", ["1975"]),  # "as early as": the clause's own time
    ("Like in 1956, the tanks came at night.", []),
    ("In 1975 the army seized the capital (as it had before).", ["1975"]),
]


@pytest.mark.parametrize("text,kept", COMPARED_REFS)
def test_compared_refs(full, text, kept):
    assert [r.text for r in time_refs(full(text), None, None) if r.compared is None] == kept


#: (text, trigger, dates): a compared time dates the happening the comparison names
COMPARED_HAPPENING_CASES = [
    ("Unlike the Iraqi invasion of Iran (in 1980), the attack on Kuwait met no resistance.", "invasion", ["1980"]),
    ("Unlike Argentina's invasion of the islands in 1982, the 1833 landing met no resistance.", "invasion",
     ["1982"]),
    ("Turkey's invasion of Cyprus was quicker than Greece's coup of 1967.", "coup", ["1967"]),
]


@pytest.mark.parametrize("text,trigger,dates", COMPARED_HAPPENING_CASES)
def test_compared_time_dates_the_compared_happening(full, text, trigger, dates):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert sorted(e.date for e in events) == dates


#: (text, trigger): a happening named after a background preposition is not dated by its clause
BACKGROUND_CASES = [
    ("Eritrea voted for independence in 1993 after a thirty-year war against Ethiopia.", "war"),
    ("In 1983 civilian rule was restored, and Thatcher garnered patriotic support through the war.", "war"),
    ("Peru and Ecuador signed a peace accord in 1998 after the war.", "war"),
]


@pytest.mark.parametrize("text,trigger", BACKGROUND_CASES)
def test_backgrounded_happening_takes_no_clause_date(full, text, trigger):
    event = _dated(full, text, trigger)
    assert event.date is None


#: a background happening's own date still dates it
def test_backgrounded_happening_keeps_its_own_date(full):
    event = _dated(full, "After Italy's surrender on 8 September 1943, the German army occupied Albania.",
                   "surrender")
    assert event.date == "1943-09-08"


#: (text, trigger, date): a means clause ("by storming ... in May 1982") tells its main clause's
#: time, so the next sentence goes on in it
MEANS_CASES = [
    ("Iran answered the offer by storming back into Khorramshahr in May 1982. From that point "
     "Ayatollah Khomeini refused to stop short of Baghdad.", "refused", "1982-05"),
    ("Egypt replied by closing the Straits of Tiran in May 1967. Israel then mobilised its reserves.",
     "mobilised", "1967-05"),
    ("Britain reacted by sending a task force in April 1982. Argentina then rejected the American plan.",
     "rejected", "1982-04"),
]


@pytest.mark.parametrize("text,trigger,date", MEANS_CASES)
def test_means_clause_sets_the_narrative(full, text, trigger, date):
    event = _dated(full, text, trigger)
    assert event.date == date and event.date_source == "narrative"


#: (value, value_end, the contract's date and end)
CONTRACT_CASES = [
    ("1990-W32", None, ("1990-08", None)),        # a week inside August
    ("1998-W40", None, ("1998-09", "1998-10")),   # a week across two months
    ("1980-SP", None, ("1980-03", "1980-05")),    # a season: its months
    ("1989-Q3", None, ("1989-07", "1989-09")),
    ("2008-08-07TNI", None, ("2008-08-07", None)),  # a time: its day
    ("1950-06-25", None, ("1950-06-25", None)),   # contract forms stay
    ("196", None, ("196", None)),
    ("1992", "1993", ("1992", "1993")),
]


@pytest.mark.parametrize("value,end,expected", CONTRACT_CASES)
def test_contract_date(value, end, expected):
    assert contract_date(value, end) == expected


#: (wire text, publication date, trigger, date): "last week" is exported as its month, its days kept
LAST_WEEK_CASES = [
    ("The UN Security Council last week imposed a trade embargo on Iraq.", "1990-08-18", "1990-08"),
    ("Small groups of demonstrators protested outside the congress in Quito last week.", "1998-10-26", "1998-10"),
    ("Chad accused Libya last week of bombing its northern towns.", "1987-03-20", "1987-03"),
]


@pytest.mark.parametrize("text,dct,date", LAST_WEEK_CASES)
def test_last_week_exported_as_its_month(full, text, dct, date):
    doc = full(prepare(full, text, dct))
    events = [e for e in extract_events(doc) if e.date_text == "last week"]
    assert events and events[0].date == date and events[0].precision == "week"
    assert events[0].earliest > f"{date}-00" and events[0].latest < f"{date}-32"


#: (text, date): a time opening the sentence dates the clauses after a semicolon too, which the
#: parser may hang under the second clause ("On 1 April a grenade was thrown; two were killed")
FRONTED_SEMICOLON_CASES = [
    ("The spring of 1980 brought the crisis into the open. On 1 April a grenade was thrown at the deputy "
     "prime minister at the university in Baghdad; he was wounded and several students were killed.",
     "1980-04-01"),
    ("In June 1967 a shell was fired at the border post; the commander was wounded and three soldiers were "
     "killed.", "1967-06"),
    ("On 14 February 2005 a truck was detonated near the hotel in Beirut; twelve guards were wounded and "
     "twenty-one people were killed.", "2005-02-14"),
    ("In August 1983 a rocket was launched at the airport; a pilot was hurt and four passengers were killed.",
     "1983-08"),
]


@pytest.mark.parametrize("text,date", FRONTED_SEMICOLON_CASES)
def test_fronted_time_dates_clauses_after_a_semicolon(full, text, date):
    # the killing, or - where the act of the first clause is told of the same recipient on the
    # same date and so states it more fully (``_without_subsumed``) - that act: dated alike
    doc = full(prepare(full, text, None))
    events = [e for e in extract_events(doc) if e.type == "ASSAULT" and e.trigger != "wounded"
              and e.sentence_start >= text.rfind(". ") + 1]
    assert events, [e.trigger for e in extract_events(doc)]
    assert {e.date for e in events} == {date}, [(e.trigger, e.date) for e in events]


#: (text, trigger, date): a time of a clause coordinated after the event's, with its own subject,
#: does not keep the narrative's date from the event's clause before it
LATER_CLAUSE_CASES = [
    ("In April 1969 Iran declared the 1937 treaty void. Tehran also increased its support for the Kurdish "
     "revolt in northern Iraq, and there were repeated border clashes in 1974.", "increased", "1969-04"),
    ("In May 1948 Israel declared independence. Egypt sent troops into the Negev, and the armistice came in "
     "1949.", "sent troops", "1948-05"),
    ("Hungary rose in October 1956. Soviet tanks entered Budapest, and Nagy was executed in 1958.",
     "entered", "1956-10"),
]


@pytest.mark.parametrize("text,trigger,date", LATER_CLAUSE_CASES)
def test_later_clause_time_leaves_the_narrative(full, text, trigger, date):
    event = _dated(full, text, trigger)
    assert event.date == date and event.date_source == "narrative"


#: a time of the event's own clause, or of a clause before it, still keeps the narrative's out
def test_earlier_clause_time_still_keeps_the_narrative_out(full):
    event = _dated(full, "Hungary rose in October 1956. Nagy was executed in 1958, and Soviet tanks "
                         "entered Budapest.", "entered")
    assert event.date != "1956-10"


#: (text, trigger, date): a light verb's participle that qualifies a nominal trigger tells that
#: happening ("a deal signed in ...", "an agreement reached in ..."): its time is the noun's, not
#: that of another predicate below it; the participle of another act ("denounced", "debated") is not the noun's
TELLING_PARTICIPLE_CASES = [
    ("A trade pact signed in Lusaka in March 1984 opened the border to lorries.", "pact", "1984-03"),
    ("An accord reached in Geneva on 14 April 1988 set a timetable for the withdrawal.", "accord", "1988-04-14"),
    ("The truce, concluded at Panmunjom on 27 July 1953 after two years of talks, ended the fighting.",
     "truce", "1953-07-27"),
    ("A peace accord signed in Lome in July 1999 set up a unity government.", "accord", "1999-07"),
    # ratifying an accord is an act of the accord class as signing is (SUPPORT 057, PETRARCH2's
    # SIGN block; 0ec04cf): the noun's event is the ratification, dated by it
    ("The treaty, ratified by the senate in May 1920, had been drafted by the two ministers.",
     "treaty", "1920-05"),
]


@pytest.mark.parametrize("text, trigger, date", TELLING_PARTICIPLE_CASES)
def test_a_telling_participle_dates_its_noun(full, text, trigger, date):
    assert _dated(full, text, trigger).date == date


@pytest.mark.parametrize("text, trigger", [
    ("The treaty, denounced by the senate in May 1920, had been drafted by the two ministers.", "treaty"),
    ("The treaty, debated by the senate in May 1920, had been drafted by the two ministers.", "treaty"),
])
def test_another_acts_participle_does_not(full, text, trigger):
    doc = full(prepare(full, text, None))
    assert all(e.date is None for e in extract_events(doc) if e.trigger == trigger)


#: (text, trigger, date): a clause told after another in its sentence (after "but", "and" or a
#: semicolon, which the parser may read as making the first clause a complement of the second), in
#: the past and with no time of its own, is dated where the story stands: the earlier clause's time
#: (before, "but Ankara refused" took no date while "Ecuador accused" took the sentence before's)
EARLIER_CLAUSE_CASES = [
    ("The UN plan was adopted in the spring of 1975, but Ankara refused to sign it.", "refused", "1975-03"),
    ("Peru protested in May 1990. The army attacked the post on 3 June 1991; Ecuador accused Peru of "
     "aggression.", "accused", "1991-06-03"),
    ("The cabinet met in May 1983; Libya expelled the Chadian envoy.", "expelled", "1983-05"),
    ("The truce broke down on 4 April 1992; Serbian units shelled the town.", "shelled", "1992-04-04"),
]


@pytest.mark.parametrize("text,trigger,date", EARLIER_CLAUSE_CASES)
def test_an_earlier_clause_time_dates_the_clause_after_it(full, text, trigger, date):
    event = _dated(full, text, trigger)
    assert event.date == date and event.date_source == "narrative"


#: (text, trigger): no such date for a clause in a present perfect, nor from a look back in a
#: relative clause below the earlier clause
EARLIER_CLAUSE_CONTROLS = [
    ("Tanzania, which had fought Uganda in 1979, sent troops to the border.", "sent troops"),
]


@pytest.mark.parametrize("text,trigger", EARLIER_CLAUSE_CONTROLS)
def test_a_look_back_does_not_date_the_main_clause(full, text, trigger):
    assert _dated(full, text, trigger).date is None


#: (text, trigger, date): a time that opens the sentence after a preposition dates its clause even
#: where the parser hung it on the subject ("On 12 June 2004 a Greek and a Turkish ...") - before,
#: it was read as a thing's date and the clause after the semicolon took the sentence before's
OPENING_TIME_CASES = [
    ("Talks failed in 1977. In February 1980 Somali and Ethiopian units clashed near the wells; forty "
     "soldiers were captured.", "captured", "1980-02"),
    ("Trade resumed in 1999. On 12 June 2004 a Greek and a Turkish patrol boat collided off Samos; Athens "
     "protested to Ankara.", "protested", "2004-06-12"),
    ("The border reopened in 1990. On 9 March 1995 a Peruvian and an Ecuadorian patrol exchanged fire; Lima "
     "accused Quito of aggression.", "accused", "1995-03-09"),
]


@pytest.mark.parametrize("text,trigger,date", OPENING_TIME_CASES)
def test_an_opening_time_dates_its_sentence(full, text, trigger, date):
    assert _dated(full, text, trigger).date == date


#: (text, trigger, date): a time of a clause coordinated later with a subject of its own ("and in
#: late April they reached Asmara") is that clause's, not the verb's it is coordinated with - the
#: parser hangs that clause on the previous verb, and "attacked" took "late April"
OWN_CLAUSE_CASES = [
    ("In March 1941 British troops crossed into Eritrea and attacked the Italians, and in late April they "
     "reached Asmara.", "attacked", "1941-03"),
    ("In 1962 Indonesian troops landed in New Guinea and attacked the Dutch, and in August they reached "
     "Merauke.", "attacked", "1962"),
    ("In May 1940 German troops invaded Belgium and bombed Rotterdam, and in June they reached the Channel.",
     "bombed", "1940-05"),
]


@pytest.mark.parametrize("text,trigger,date", OWN_CLAUSE_CASES)
def test_a_later_clause_keeps_its_time(full, text, trigger, date):
    assert _dated(full, text, trigger).date == date
