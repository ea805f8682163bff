"""Which date a relative or bare time expression is counted from (chronica.time.tagger,
chronica.time.counted): a shift after a thing's date the story has moved on to counts from that
date; a bare month or day does not take the year of a date the story only looks back to; "the day
after X" counts from X; "last November" is the writer's. Case tables of sentences written for these
tests, each rule after the shape of at least three dev texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare
from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None, nth: int = 0) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[nth].value if len(found) > nth else None


#: (text, document date, the shift, its value): a shift right after a thing's date no earlier than
#: the story's time counts from that date (``_thing_moves_the_story``)
THING_MOVES_CASES = [
    ("In April 1951 the fleet sailed north. The premier attacked the treaty in his harvest speech of "
     "12 September 1956, and the minister's answer three days later was admired.", None,
     "three days later", "1956-09-15"),
    ("The talks failed in 1983. Ruth Vane won the ballot of 3 March 2011. Her rival accepted the "
     "outcome the next day; a week later the rival disowned it.", "2013-01-25", "a week later", "2011-03-11"),
    ("The border closed in 1999. In the Tarsa accord of June 2, 2005, the two leaders swore to stop "
     "the raids. Two months later the raids began again.", "2010-03-12", "Two months later", "2005-08"),
]

#: controls: a thing the story only looks back to, and a comparison's standard, leave the shift on
#: the story's own date
THING_STAYS_CASES = [
    ("The line was fixed on 14 October 1957. It followed the old boundary of 1911. Two years later the "
     "posts were moved.", None, "Two years later", "1959"),
    ("The republic was proclaimed on 3 September 1962, a date chosen to echo the revolt of 1848. Six "
     "weeks later the assembly passed a law.", None, "Six weeks later", "1962-10-15"),
    ("The war began on 8 November 1977. The army, better prepared than in 1969, held out. Three weeks "
     "later the sides signed a truce.", None, "Three weeks later", "1977-11-29"),
]


@pytest.mark.parametrize("text,dct,phrase,value", THING_MOVES_CASES + THING_STAYS_CASES)
def test_a_shift_counts_from_the_happening_the_story_moved_to(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (text, document date, the bare month or day, its value): a date the story only looks back to
#: lends no year to the months and days told after it (``_thing_looked_back_to``,
#: ``_since_before_the_story``)
LOOKED_BACK_CASES = [
    ("2019\n\n2 March \u2013 The city marked 60 years since the flood of March 1959, when thousands lost "
     "their homes.\n\n14 May \u2013 Border guards removed twelve markers from the river.", "2019-12-30",
     "14 May", "2019-05-14"),
    ("In June 1925 the talks opened. The delegates asked for the removal of the posts that the army had "
     "built since the quarrel of 1918. A vote in November gave the plan a majority.", "2012-05-01",
     "November", "1925-11"),
    ("The king made a visit to the island from 10 to 12 May 2005, the first by a reigning monarch since "
     "his grandfather in 1905. On the first day he opened a bridge, and at a dinner on 11 May he spoke.",
     "2020-01-01", "11 May", "2005-05-11"),
    # controls: "of that year" still points back; a "since" date no earlier than the story is the story's
    ("The siege of 1812 was long remembered. On 1 May of that year the town fell.", None,
     "1 May of that year", "1812-05-01"),
    ("Talks opened in March 2004. The guns have been silent since 3 June. In July the envoys met.",
     "2010-01-01", "July", "2004-07"),
]


@pytest.mark.parametrize("text,dct,phrase,value", LOOKED_BACK_CASES)
def test_a_looked_back_date_lends_no_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (text, the expression as tagged, its type and value): "the day after X" / "the year before X"
#: counts from X (:data:`chronica.time.grammar.AFTER_THE`): nothing of its own beside a written date,
#: X's date when the text tells it, the duration alone when it does not; "the day after," alone is a
#: shift from the story's date
DAY_AFTER_CASES = [
    ("The army crossed the river on 21 August 1961, the day after the council declared a truce.",
     "the day", "DURATION", "P1D"),
    ("The accord was signed on 12 March 1993. The peace force landed in the south the day after the signing.",
     "the day after", "DATE", "1993-03-13"),
    ("The treaty was signed in 1920. The year after the treaty, the garrison left.", "The year after",
     "DATE", "1921"),
    ("The new state was recognised by its neighbour the day before the vote.", "the day", "DURATION", "P1D"),
    ("The city fell on 14 June 1967. The day before, the last diplomats had been flown out.",
     "The day before", "DATE", "1967-06-13"),
]


@pytest.mark.parametrize("text,phrase,type_,value", DAY_AFTER_CASES)
def test_the_day_after_a_happening_counts_from_it(text, phrase, type_, value):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].type == type_ and found[phrase].value == value


def test_a_shift_after_an_appositive_day_after_counts_from_the_written_date():
    text = ("The army crossed the river on 21 August 1961, the day after the council declared a truce. "
            "Its first thrust was stopped five days later.")
    assert _value(text, "five days later") == "1961-08-26"


#: (text, the expression, its value): counted from the date the named happening is told with in
#: the phrase right after the expression (``dated_where_named``)
DATED_WHERE_NAMED_CASES = [
    ("A rebel column had crossed the border the day before the pact was signed on 4 July 2003.",
     "the day before", "2003-07-03"),
    ("The bombing came four months before the port left the customs union on 3 March 1971.",
     "four months before", "1970-11"),
    ("The press revealed the plot a year after the general seized power in March 1973.", "a year after", "1974"),
]


@pytest.mark.parametrize("text,phrase,value", DATED_WHERE_NAMED_CASES)
def test_counted_from_the_date_the_happening_is_told_with(text, phrase, value):
    assert _value(text, phrase) == value


#: (text, document date, the expression, its value): "last/this/next" with a month or a season is
#: counted from the date of writing when the page states it, whatever year the story last told
DEICTIC_CASES = [
    ("After long talks, the two states agreed in March 1994 to take the case to arbitration. The judges "
     "sat last October.", "1999-06-02", "last October", "1998-10"),
    ("The boundary was drawn in 1908. Last December the president won a third term.", "2016-04-07",
     "Last December", "2015-12"),
    ("The border was drawn in 1950. The first markers were set out this spring.", "2024-12-30",
     "this spring", "2024-SP"),
    ("The old treaty was signed in 1911. Its centenary was marked this June.", "2011-09-01",
     "this June", "2011-06"),
    # controls: "that November" is the story's; with no date of writing the story's year is all there is
    ("The talks opened in February 2001. That November the court ruled.", "2006-05-23", "That November",
     "2001-11"),
]


@pytest.mark.parametrize("text,dct,phrase,value", DEICTIC_CASES)
def test_a_deictic_month_is_the_writers(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


#: (text, document date, the event's trigger, its date): the events these expressions date
EVENT_CASES = [
    ("The talks failed in 1983. Ruth Vane won the ballot of 3 March 2011. Ghana recognised the result "
     "the next day, and a week later Togo rejected it.", "2013-01-25", "rejected", "2011-03-11"),
    ("After long talks, Chile and Peru agreed in March 1994 to take the case to arbitration. The court "
     "held hearings last October.", "1999-06-02", "held", "1998-10"),
    ("The accord was signed on 12 March 1993. Indian troops landed in the south the day after the signing.",
     None, "landed", "1993-03-13"),
]


@pytest.mark.parametrize("text,dct,trigger,date", EVENT_CASES)
def test_the_events_take_those_dates(full, text, dct, trigger, date):
    doc = full(prepare(full, text, dct))
    dates = {e.trigger: e.date for e in extract_events(doc)}
    assert dates.get(trigger) == date, dates


#: (text, document date, the holiday, its value): a holiday told without its year in a text telling
#: the past is the story's (``_holiday_of_the_story``), not the year of writing's
HOLIDAY_CASES = [
    ("In December 1958 the port came under heavy shelling, when gunboats struck it for a week over "
     "Christmas.", "2024-02-15", "Christmas", "1958-12-25"),
    ("The book is good on the Christmas raids on the port in December 1958.", "2021-03-03",
     "Christmas", "1958-12-25"),
    ("The assembly debated the charter over Christmas and passed it on 9 January 1931.", "2024-08-19",
     "Christmas", "1930-12-25"),
    ("The party was founded on 20 December 1977. The guards left on Christmas Day.", "1996-09-17",
     "Christmas Day", "1977-12-25"),
    # controls: a habit and a deictic holiday keep to the date of writing
    ("He sent cards every Christmas.", "2019-11-22", "Christmas", "2018-12-25"),
    ("Shops were busy this Christmas.", "2019-12-30", "this Christmas", "2019-12-25"),
]


@pytest.mark.parametrize("text,dct,phrase,value", HOLIDAY_CASES)
def test_a_holiday_takes_the_storys_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: a state's own day is no fixed date: "Independence Day" tells no day (the date written beside it does)
INDEPENDENCE_DAY_CASES = [
    ("On 3 May, Ruritania's Independence Day, soldiers threw stones at each other.", "2017-08-28"),
    ("The army launched its raid on Borduria's Independence Day.", "2024-12-30"),
    ("Valdoria's independence day in May 1971 closes the film.", "2023-06-09"),
]


@pytest.mark.parametrize("text,dct", INDEPENDENCE_DAY_CASES)
def test_a_states_own_day_is_no_fixed_date(text, dct):
    assert all(not t.value.endswith("-07-04") for t in tag(text, dct))


#: (text, the trigger, its date): the happening a count starts from is dated by the count
#: (``counted_happening``, chronica.events._dating), its main clause by the date written for it
COUNTED_HAPPENING_CASES = [
    ("Ruritania invaded Borduria on March 9, 1974, three days after gunmen shot Spain's ambassador in Paris.",
     "shot", "1974-03-06"),
    ("Ruritania invaded Borduria on March 9, 1974, three days after gunmen shot Spain's ambassador in Paris.",
     "invaded", "1974-03-09"),
    ("The charter was read out in Valdor on 12 October 1921, a day before Swiss troops marched into the town.",
     "marched", "1921-10-13"),
    ("The Syrian army crossed the border on 21 August 1961, the day after Iraq declared its independence.",
     "declared its independence", "1961-08-20"),
    ("Rebels had crossed from Chad the day before the Tarsa agreement was signed on July 4, 2003.",
     "agreement", "2003-07-04"),
    # controls: a count not told ("weeks", "a few days") moves nothing; the clause keeps the
    # sentence's date as before
    ("Ruritania invaded Borduria on March 9, 1974, weeks after gunmen shot Spain's ambassador in Paris.",
     "shot", "1974-03-09"),
    ("Ruritania invaded Borduria on March 9, 1974, a few days after gunmen shot Spain's ambassador in Paris.",
     "shot", "1974-03-09"),
]


@pytest.mark.parametrize("text,trigger,date", COUNTED_HAPPENING_CASES)
def test_the_happening_a_count_starts_from(full, text, trigger, date):
    doc = full(prepare(full, text, None))
    dates = {e.trigger: e.date for e in extract_events(doc)}
    assert dates.get(trigger) == date, dates
