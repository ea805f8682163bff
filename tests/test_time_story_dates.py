"""Time expressions that carry a story's dates on, each a case table from texts written for these
tests: a vague shift ("several days later"), a year that is a heading line of its own, a night told
as two days, "last Oct. 23", and a fronted month that takes its clause's tense."""

from __future__ import annotations

import pytest

from chronica.time import tag


def _found(text: str, dct: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.value_end) for t in tag(text, dct)]


#: (text, the expression, its value): every day "several days" may reach lies in one month or
#: year, or the date is unknown and only the duration is kept
VAGUE_SHIFT_CASES = [
    ("Makarios fled on 15 July 1974. Several days later he spoke at the Security Council.",
     "Several days later", "1974-07"),
    ("The junta fell on 28 July 1974. A few days later the exiles came home.", "A few days later", "1974"),
    ("The embargo began in March 1953. Several weeks later Cairo protested.", "Several weeks later", "1953"),
    ("The border closed on 3 May 1969. A few days later the first shots were fired.", "A few days later", "1969-05"),
]


@pytest.mark.parametrize("text,phrase,value", VAGUE_SHIFT_CASES)
def test_vague_shift_names_the_month_or_year_both_ends_share(text, phrase, value):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].value == value and found[phrase].type == "DATE"
    assert found[phrase].parts and found[phrase].parts[0].type == "DURATION"  # what TimeML annotates


@pytest.mark.parametrize("text,phrase,value", [
    ("The war began in 1950. Several years later the talks resumed.", "Several years", "PXY"),  # 1952-1959
    ("Several days later the talks resumed.", "Several days", "PXD"),  # no date told before
    ("Ties were cut in December 1961. Several weeks later the envoys left.", "Several weeks", "PXW"),  # 1961-1962
])
def test_vague_shift_with_no_shared_year_is_the_duration(text, phrase, value):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].type == "DURATION" and found[phrase].value == value


#: (text, values in order): a year alone on its line heads the lines below it, whatever they open with
YEAR_LINE_CASES = [
    ("Timeline\n\n1982\n\n2 April Argentina invades the islands\n4 May HMS Sheffield sunk\n",
     ["1982", "1982-04-02", "1982-05-04"]),
    ("Chronology\n1974 \u2013\n15 July Coup in Nicosia\n20 July Turkish troops land\n",
     ["1974", "1974-07-15", "1974-07-20"]),
    ("Key dates\n\n## 1956\n26 July Nasser takes the canal\n5 November Paratroops land at Port Said\n",
     ["1956", "1956-07-26", "1956-11-05"]),
]


@pytest.mark.parametrize("text,values", YEAR_LINE_CASES)
def test_a_year_line_heads_its_timeline(text, values):
    assert [v for _, v, _ in _found(text)] == values


#: (text, the night's expression, its value, what "the following day" / "two days later" is)
NIGHT_CASES = [
    ("During the night of 7 to 8 August 2008, Georgia shelled the town. The following day, Russia sent troops.",
     "7 to 8 August 2008", "2008-08-07TNI", "2008-08-08"),
    ("On the night of 14-15 April 1986, US planes bombed Tripoli. The following day Libya fired missiles.",
     "14-15 April 1986", "1986-04-14TNI", "1986-04-15"),
    ("The war began in 1967. On the night of 4 to 5 June the jets took off. The following day the army advanced.",
     "4 to 5 June", "1967-06-04TNI", "1967-06-05"),
]


@pytest.mark.parametrize("text,phrase,value,next_day", NIGHT_CASES)
def test_a_night_of_two_days_is_its_first_day_at_night(text, phrase, value, next_day):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].value == value and found[phrase].type == "TIME"
    assert found["The following day"].value == next_day


def test_a_range_of_two_days_stays_a_range():
    assert ("from 7 to 8 August 2008", "2008-08-07", "2008-08-08") in _found("Talks ran from 7 to 8 August 2008.")


#: (text, document date, value): "last" before a month and day is the latest one before the date
LAST_DAY_CASES = [
    ("Slepian was shot to death last Oct. 23 at his home.", "1999-04-19", "1998-10-23"),
    ("The ferry sank last March 3 off the coast.", "2004-05-10", "2004-03-03"),
    ("The envoy was expelled last December 12, the ministry said.", "2001-02-01", "2000-12-12"),
    ("Talks resume next June 12 in Geneva.", "2004-05-10", "2004-06-12"),
]


@pytest.mark.parametrize("text,dct,value", LAST_DAY_CASES)
def test_last_month_day(text, dct, value):
    assert [v for _, v, _ in _found(text, dct)] == [value]


#: (text, document date, value of the month): a month that opens its sentence takes the tense of
#: the clause it opens, even past another adverbial and a long subject
FRONTED_CASES = [
    (("Other news. In January, a week after the anniversary of the ruling, a clinic bombing in "
      "Birmingham killed a guard."), "1998-10-25", "1998-01"),
    (("Ties were strained. In December, after months of quarrels over the border, the two "
      "governments recalled their envoys."), "2003-03-02", "2002-12"),
    (("Talks go on. In November, after months of talks with the opposition parties, the "
      "president will visit Lima."), "1998-02-01", "1998-11"),
]


@pytest.mark.parametrize("text,dct,value", FRONTED_CASES)
def test_a_fronted_month_takes_its_clause_tense(text, dct, value):
    assert _found(text, dct)[0][1] == value


#: (text, the expression, its value): "days later", "months later" with no count, as "several"
BARE_LATER_CASES = [
    ("On 2 May 1982 the cruiser sank. Days later, Argentina struck back.", "Days later", "1982-05"),
    ("In November 1978 the war began. Months later, Peru attacked.", "Months later", "1979"),
    ("The war began on 3 June 1967. Weeks later, talks opened.", "Weeks later", "1967"),
]


@pytest.mark.parametrize("text,phrase,value", BARE_LATER_CASES)
def test_bare_plural_later(text, phrase, value):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].value == value and found[phrase].parts[0].type == "DURATION"


#: (text, the expression, type, value): "the next month" opening its sentence or clause is a step
#: of the story; after "over" or "for" it is a stretch of time
NEXT_UNIT_CASES = [
    ("In March 1978 the border war began. The next month, Peru attacked Ecuador.", "The next month", "DATE", "1978-04"),
    ("In 1978 the war began, and the next year, Peru attacked.", "the next year", "DATE", "1979"),
    ("In 1967 the canal closed. The next year Egypt shelled the east bank.", "The next year", "DATE", "1968"),
    ("Prices will rise over the next month.", "the next month", "DURATION", "P1M"),
    ("Talks will go on for the next year, officials said.", "the next year", "DURATION", "P1Y"),
]


@pytest.mark.parametrize("text,phrase,kind,value", NEXT_UNIT_CASES)
def test_the_next_unit(text, phrase, kind, value):
    found = {t.text: t for t in tag(text)}
    assert (found[phrase].type, found[phrase].value) == (kind, value)


#: (text, the expressions found): a first day before "and" is read, each day a date of its own
#: (TimeML tags each); "between ... and" is a range
DAY_PAIR_CASES = [
    ("The two governments met in Madrid on 14 and 15 February 1990.",
     [("14", "1990-02-14", None), ("15 February 1990", "1990-02-15", None)]),
    ("Voting took place on 3 and 4 June 2001 and again on 7 July.",
     [("3", "2001-06-03", None), ("4 June 2001", "2001-06-04", None), ("7 July", "2001-07-07", None)]),
    ("Talks were held between 3 and 5 May 1982.", [("between 3 and 5 May 1982", "1982-05-03", "1982-05-05")]),
    ("Clashes on 3 and 9 May 1969 killed ten.", [("3", "1969-05-03", None), ("9 May 1969", "1969-05-09", None)]),
]


@pytest.mark.parametrize("text,expected", DAY_PAIR_CASES)
def test_days_before_and(text, expected):
    assert _found(text) == expected


#: (text, document date, values): a year after a run of days ("May 3 and 4, 1990") is every day's
YEAR_AFTER_DAYS_CASES = [
    ("They met on May 3 and 4, 1990.", None, ["1990-05-03", "1990-05-04"]),
    ("Hearings ran Feb. 3, 4 and 5, 1998, in Washington.", "2001-01-01", ["1998-02-03", "1998-02-04", "1998-02-05"]),
    ("Envoys talked on June 9 and 10, 1982, in New York.", "2002-04-01", ["1982-06-09", "1982-06-10"]),
    ("The summit meets on April 24 and 25 in Oslo.", "2024-03-01", ["2024-04-24", "2024-04-25"]),  # no year
]


@pytest.mark.parametrize("text,dct,values", YEAR_AFTER_DAYS_CASES)
def test_a_year_after_a_run_of_days(text, dct, values):
    assert [v for _, v, _ in _found(text, dct)] == values


#: (text, the relative expression, its value): a date that names a thing ("the 1975 border", "the
#: treaty of 1937", "its 2 May letter") or that a comparison sets against the story ("than in 1981",
#: "as in 1956") is not where the story stands: what comes "later" is counted from the story's date
THINGS_DATE_CASES = [
    ("On 14 August 1990 the ruler wrote to his rival, accepting the 1975 border. Three days later the "
     "prisoners were exchanged.", "Three days later", "1990-08-17"),
    ("The war began on 26 January 1995. The army, better prepared than in 1981, held its posts. Three "
     "weeks after the fighting began, on 17 February, the sides signed a declaration.", "17 February", "1995-02-17"),
    ("In April 1969 the king scrapped the treaty of 1937. Two months later his navy entered the river.",
     "Two months later", "1969-06"),
    ("The strike began on 3 March 2011. As in 1998, the port closed. A week later the army moved in.",
     "A week later", "2011-03-10"),
    ("On 9 June 1967 the cabinet met and recalled its 1956 pledge. The following day the guns fell silent.",
     "The following day", "1967-06-10"),
]


@pytest.mark.parametrize("text,phrase,value", THINGS_DATE_CASES)
def test_a_things_date_does_not_move_the_story(text, phrase, value):
    found = {t.text: t.value for t in tag(text)}
    assert found[phrase] == value


#: (text, the relative expression, its value): times of the story itself written with "of" or "the"
#: still move it ("the night of ...", "the spring of 1980", "the 1990 elections took place in May")
STORY_OF_CASES = [
    ("During the night of 7 to 8 August 2008, the army attacked. The next day, tanks crossed the river.",
     "The next day", "2008-08-08"),
    ("At the end of 1975 the talks failed. A year later the war resumed.", "A year later", "1976"),
    ("In March of 1983 the rebels took the town. Two weeks later they lost it.", "Two weeks later", "1983-03"),
    # a thing dated so that opens its sentence is what the story tells: its date is the story's
    ("The revolt of 1848 spread fast. A year later it was crushed.", "A year later", "1849"),
    ("Trade grew. The 1926 strike spread fast. Two years later the unions were weaker.", "Two years later", "1928"),
]


@pytest.mark.parametrize("text,phrase,value", STORY_OF_CASES)
def test_a_time_of_the_story_still_moves_it(text, phrase, value):
    found = {t.text: t.value for t in tag(text)}
    assert found[phrase] == value


#: (text, the relative expression, its value): days or weeks after a season stay in that season
SEASON_SHIFT_CASES = [
    ("In the spring of 1980 the crisis broke. A week later the cleric was executed.", "A week later", "1980-SP"),
    ("The summer of 1914 was hot. A few days later war came.", None, None),
    ("In the autumn of 1956 the students rose. Ten days later the tanks came.", "Ten days later", "1956-FA"),
    ("The winter of 1979 was long. Two weeks later the strikes ended.", "Two weeks later", "1979-WI"),
]


@pytest.mark.parametrize("text,phrase,value", SEASON_SHIFT_CASES)
def test_days_after_a_season_stay_in_it(text, phrase, value):
    values = {t.text: t.value for t in tag(text)}
    assert all(v is None or "None" not in v for v in values.values())  # never a broken value
    if phrase is not None:
        assert values[phrase] == value


#: (text, the expression, its value or None for no expression): "on the 21st" is that day of the
#: month the story is in; with no month told before it names no date; "the 21st century" is a century
DAY_OF_MONTH_CASES = [
    ("In May 1991 the ruler fled on the 21st.", "the 21st", "1991-05-21"),
    ("The talks opened on 3 March 1976 and broke down on the 19th.", "the 19th", "1976-03-19"),
    ("The siege began in October 1941. By the 30th the city was cut off.", "the 30th", "1941-10-30"),
    ("The ships left on the 5th.", "the 5th", None),
    ("In 1980 the rebels rose. On the 12th the army answered.", "the 12th", None),  # a year names no month
    ("In February 1981 the posts fell. On the 30th the talks began.", "the 30th", None),  # no such day
]


@pytest.mark.parametrize("text,phrase,value", DAY_OF_MONTH_CASES)
def test_the_day_of_the_storys_month(text, phrase, value):
    found = {t.text: t.value for t in tag(text)}
    assert found.get(phrase) == value


#: (text, the expression, its value): in an undated chronology a year on a line of its own heads
#: the entries below it; a day of the month the last entry told, after it, takes the heading's
#: year, not that entry's (as "July 23" after "the accords of 1959" still takes 1974's)
YEAR_HEADING_DAY_CASES = [
    ("The chronology below lists the main events.\n\n1972\n\n5 October - The two sides sign an accord in the "
     "capital.\n\n1978\n\n30 October - Troops cross the river.\n\n1 November - The annexation is proclaimed.",
     "30 October", "1978-10-30"),
    ("Key dates of the crisis.\n\n1990\n\n2 August - Iraq invades Kuwait.\n\n1991\n\n17 August - Talks open in "
     "Geneva.", "17 August", "1991-08-17"),
    ("A short chronology.\n\n1956\n\n12 March - Students march in the capital.\n\n1957\n\n20 March - The exiles "
     "return home.", "20 March", "1957-03-20"),
    ("In 1974 the coup came. July 20: Turkey, quoting the accords of 1959, landed troops. July 23: the junta "
     "fell.", "July 23", "1974-07-23"),  # a year named in passing, no heading: the days go on
]


@pytest.mark.parametrize("text,phrase,value", YEAR_HEADING_DAY_CASES)
def test_a_year_heading_starts_its_entries_year(text, phrase, value):
    from chronica.time.tagger import tag_and_date

    found = {t.text: t.value for t in tag_and_date(text, None)[0]}
    assert found[phrase] == value
