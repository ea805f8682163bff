"""The date each event gets from a story's own time expressions, case tables from texts written
for these tests: a time that opens its sentence dates the coordinated clauses after the first; a
date before the common era is a time of its own (not the narrative's year); "several days later",
a year heading a timeline and a night told as two days carry the story's date to the event; and
the TimeML comparison takes a week inside the gold's month."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.timeml import _date_right
from chronica.nlp import load_pipeline


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


def _events(nlp, text: str, dct: str | None = None) -> list:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return extract_events(doc, dct=dct)


def _dated(nlp, text: str, form: str, dct: str | None = None) -> list[str | None]:
    return [e.date for e in _events(nlp, text, dct) if e.form == form]


#: (text, document date, event type, date): the opening time dates the second clause too
FRONTED_CASES = [
    (("In 1996 the party split. But in June last year, the leadership had a falling out, and Pol Pot "
      "was arrested."), "1998-02-19", "COERCE", "1997-06"),
    ("On 6 October 1973, the holiday began, and Egyptian forces attacked Israeli positions.", None,
     "ASSAULT", "1973-10-06"),
    ("In August 1990, oil prices rose sharply, and Iraq invaded Kuwait.", None, "INVADE", "1990-08"),
]


@pytest.mark.parametrize("text,dct,form,date", FRONTED_CASES)
def test_a_fronted_time_dates_the_coordinated_clause(full, text, dct, form, date):
    assert _dated(full, text, form, dct) == [date]


@pytest.mark.parametrize("text,form", [
    ("In 1998 the economy grew, and the government will hold talks with the rebels.", "CONSULT"),  # future
])
def test_a_fronted_time_does_not_date_a_clause_of_another_time(full, text, form):
    assert _dated(full, text, form) == [None]


#: (text, event type): a date before the common era is the sentence's own time, which the
#: chronicle's calendar does not hold: no date, and not the year the narrative told before
BC_CASES = [
    ("In 1788 France protested to Austria. Rome attacked Carthage in 146 BC.", "ASSAULT"),
    ("Athens fell in 1901. In 480 BC Persian troops attacked Athens.", "ASSAULT"),
    ("The museum opened in 1990. Caesar invaded Britain in 55 BC.", "INVADE"),
]


@pytest.mark.parametrize("text,form", BC_CASES)
def test_a_bc_date_is_no_narrative_year(full, text, form):
    assert _dated(full, text, form) == [None]


#: (text, event type, date): the story's time carried to the event by the time stage's new forms
CARRIED_CASES = [
    ("The coup came on 15 July 1974. Several days later, Greece protested to Turkey.", "PROTEST", "1974-07"),
    (("During the night of 7 to 8 August 2008, Georgia shelled Tskhinvali. The following day, Russia "
      "bombed Georgian towns."), "ASSAULT", "2008-08-08"),
    ("Chronology\n\n1982\n\n2 April Argentine troops attacked Port Stanley.\n", "ASSAULT", "1982-04-02"),
    ("Key dates\n\n1956\n\n26 July: Egypt seized the Suez Canal Company.\n", "COERCE", "1956-07-26"),
]


@pytest.mark.parametrize("text,form,date", CARRIED_CASES)
def test_the_story_time_reaches_the_event(full, text, form, date):
    assert date in _dated(full, text, form)


@pytest.mark.parametrize("value,gold,right", [
    ("1998-W42", "1998-10", True),    # the week of 12-18 October 1998 lies in October
    ("1999-W02", "1999-01", True),
    ("1998-W42", "1998", True),
    ("1998-W44", "1998-10", False),   # 26 October - 1 November: not inside October
    ("1998-W42", "1998-10-14", False),  # a week is no day
    ("1998-10-14", "1998-10", True),
])
def test_timeml_date_right_takes_a_week_inside_the_gold(value, gold, right):
    assert _date_right(value, gold) is right


#: (text, event type): "fall" in "last fall" is the expression's own word, not an event it dates;
#: the season is exported in the contract's forms, as the months it spans (2003-09 to 2003-11)
SEASON_WORD_CASES = [
    ("Dr. Lane was killed in his kitchen by a sniper's bullet last fall.", "ASSAULT"),
    ("The embassy in Nairobi was bombed by militants last fall.", "ASSAULT"),
    ("Police arrested two opposition leaders last fall.", "COERCE"),
    ("Mubarak met Clinton in Washington last fall.", "CONSULT"),
]


@pytest.mark.parametrize("text,form", SEASON_WORD_CASES)
def test_last_fall_dates_its_clause(full, text, form):
    assert [(e.date, e.date_end, e.precision) for e in _events(full, text, "2004-03-01") if e.form == form] \
        == [("2003-09", "2003-11", "season")]


#: (text, event type, date): the next sentence names the happening again (the thing it took, a
#: pact by another name, or the event's own noun) with a finer date hung on that subject
DESCRIBED_CASES = [
    ("In 1994 Russia signed a truce with Chechnya. The truce, signed on 12 May in Moscow, collapsed within weeks.",
     "AGREE", "1994-05-12"),
    ("In 1978 Egypt signed an accord with Israel. The agreement, dated 17 September, set out a framework for peace.",
     "AGREE", "1978-09-17"),
    ("In 1990 Iraq invaded Kuwait. The invasion, on 2 August, shocked the Gulf states.", "INVADE", "1990-08-02"),
    ("Egypt signed an accord with Israel. The agreement, dated 17 September 1978, set out a framework.",
     "AGREE", "1978-09-17"),
]


@pytest.mark.parametrize("text,form,date", DESCRIBED_CASES)
def test_the_next_sentence_describes_the_happening_with_its_date(full, text, form, date):
    assert _dated(full, text, form) == [date]


#: the next sentence's own date (on its verb) or another happening's is not the event's
@pytest.mark.parametrize("text,form,date", [
    ("In 1990 Iraq invaded Kuwait. The invasion shocked the Gulf states on 3 August.", "INVADE", "1990"),
    ("In 1956 Egypt nationalised the canal. The crisis, in October, drew in Britain.", "POLICY", "1956"),
])
def test_a_date_of_the_next_sentence_own_verb_does_not_refine(full, text, form, date):
    assert _dated(full, text, form) == [date]


#: (text, event type, date): history told in the present, a sentence to a paragraph: the sentence
#: after a dated one (even one dated "three days later") takes its date
HISTORICAL_PRESENT_CASES = [
    (("Key dates\n\nOn July 15, 1974, the National Guard overthrows the president in a coup.\n\n"
      "Five days later, Turkey invades the north of the island.\n\n"
      "The Athens regime falls and Greece recalls its ambassador from Ankara."), "REDUCE", "1974-07-20"),
    (("Timeline\n\nOn 25 June 1950 North Korean troops attack South Korea.\n\n"
      "Three days later, North Korean forces capture Seoul.\n\nThe United States sends troops to Korea."),
     "MOBILIZE", "1950-06-28"),
    (("History\n\nOn 26 July 1956 Egypt nationalises the Suez Canal Company.\n\n"
      "The canal is a vital route. Britain freezes Egyptian assets in London."), "SANCTION", "1956-07-26"),
]


@pytest.mark.parametrize("text,form,date", HISTORICAL_PRESENT_CASES)
def test_a_historical_present_takes_the_date_just_told(full, text, form, date):
    assert _dated(full, text, form) == [date]


def test_a_present_tense_after_a_past_story_paragraph_is_not_dated_by_it(full):
    # the story was told in the past; a present-tense paragraph two sentences on is about now
    text = ("On 26 July 1956 Egypt nationalised the Suez Canal Company.\n\n"
            "The canal was a vital route. Britain freezes Egyptian assets in London.")
    assert _dated(full, text, "SANCTION") == [None]


def test_another_happening_of_the_thing_named_again_does_not_refine(full):
    text = "In 1979 Egypt signed a treaty with Israel. The treaty, ratified on 10 April, ended the war."
    assert _dated(full, text, "AGREE") == ["1979"]


#: (text, event type, its dates): days in a row joined by "and" are one happening over them;
#: other lists of dates tell one happening per date
DAY_LIST_CASES = [
    ("Argentine and British envoys met in Madrid on 14 and 15 February 1990.", "CONSULT", 1),
    ("Peru and Ecuador held talks in Brasilia on 3 and 4 June 1998.", "CONSULT", 1),
    ("Egypt protested to Israel on 3 and 9 May 1969.", "PROTEST", 2),
    ("Chile protested to Argentina in 1974, 1983 and 1996.", "PROTEST", 3),
]


@pytest.mark.parametrize("text,form,count", DAY_LIST_CASES)
def test_days_in_a_row_are_one_happening(full, text, form, count):
    dates = _dated(full, text, form)
    assert len(dates) == count and None not in dates


#: (text, event type, date): a happening named with its date (month or day) in the main clause of
#: a past-tense sentence with no time of its own sets the story's time for the sentences after it
#: (:func:`chronica.events._dating.sets_the_story`)
STORY_SET_CASES = [
    ("The storm of 3 March 2004 flooded the delta. The Chilean president travelled to Lima within days.",
     "VISIT", "2004-03-03"),
    (("The Harlan earthquake of 9 October 2003 destroyed half the city. Marovian rescue teams were among "
      "the first on site, and Marovian citizens donated blood."), "AID", "2003-10-09"),
    ("The Marovia-Tessland war of June 1995 ended badly. For two years Tessland had threatened Marovia.",
     "THREATEN", "1995-06"),
    (("The quarrel had its roots in an incident in late May 2011, when Ruritanian boats entered the bay. "
      "Osterland responded by sending two frigates to the area."), "MOBILIZE", "2011-05"),
]


@pytest.mark.parametrize("text,form,date", STORY_SET_CASES)
def test_a_dated_happening_in_the_main_clause_sets_the_story(full, text, form, date):
    assert _dated(full, text, form) == [date]


#: (text, event type, date): the happening's date does not carry - a year alone names a thing, the
#: sentence tells a time of its own (which carries instead), the happening is only compared, or
#: the sentence is told in the present
STORY_NOT_SET_CASES = [
    ("The 2004 storm flooded the delta. The Chilean president travelled to Lima within days.", "VISIT", None),
    ("The storm of 3 March 2004 flooded the delta in 2005. The Chilean president travelled to Lima.", "VISIT",
     "2005"),
    ("The delta flooded, unlike in the storm of 3 March 2004. The Chilean president travelled to Lima.", "VISIT",
     None),
    ("The storm of 3 March 2004 still shapes the delta. The Chilean president travelled to Lima.", "VISIT", None),
    # it holds for the rest of its paragraph only
    ("The storm of 3 March 2004 flooded the delta.\n\nThe Chilean president travelled to Lima.", "VISIT", None),
]


@pytest.mark.parametrize("text,form,date", STORY_NOT_SET_CASES)
def test_a_dated_happening_does_not_set_the_story_otherwise(full, text, form, date):
    assert _dated(full, text, form) == [date]
