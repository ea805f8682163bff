"""Named dating rules, each a case table from at least three texts written for these tests:
a dateline dates the writing, not the event; a caption line between a date and its story does not
stop the narrative; "the following spring" moves from the story's time; a year naming a thing
("the accords of 1959") does not become the story's year."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events._dating import caption_line, in_dateline
from chronica.nlp import load_pipeline
from chronica.stages import prepare
from chronica.time import tag
from tests.event_cases import events_of


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))

#: (text, the date expression, whether it is a dateline's)
DATELINE_CASES = [
    ("CAIRO, March 3 - Egypt expelled two envoys on Tuesday.", "March 3", True),
    ("LIMA, Peru, Jan. 5 (AP) -- Peru closed the border.", "Jan. 5", True),
    ("KYIV (Reuters), 2 May \u2014 Ukraine recalled its ambassador.", "2 May", True),
    ("On March 3 Egypt expelled two envoys.", "March 3", False),  # a date told in the sentence
    ("March 1969 \u2013 troops clashed on the river.", "March 1969", False),  # a timeline entry
    ("The Cairo talks, March 3 - 5, ended.", "March 3", False),  # no place in capitals opens the line
]


@pytest.mark.parametrize("text,phrase,expected", DATELINE_CASES)
def test_dateline_form(text, phrase, expected):
    start = text.index(phrase)
    assert in_dateline(text, start, start + len(phrase)) is expected


#: (text, publication date, event type, expected date): the sentence's own time, not its dateline's
DATELINE_DATING = [
    ("CAIRO, March 20 - Egypt expelled two Israeli diplomats on Tuesday.", "2003-03-20", "REDUCE", "2003-03-18"),
    ("QUITO, Ecuador, June 9 (AP) -- Ecuador accused Peru on Monday of moving troops.", "1995-06-09",
     "DISAPPROVE", "1995-06-05"),
    ("ATHENS, 14 November \u2014 Greece protested to Turkey on Sunday over the flights.", "1996-11-14",
     "PROTEST", "1996-11-10"),
]


@pytest.mark.parametrize("text,dct,form,date", DATELINE_DATING)
def test_dateline_does_not_date_the_event(nlp, text, dct, form, date):
    events = [e for e in extract_events(nlp(text), dct=dct) if e.form == form]
    assert events and events[0].date == date and events[0].date_source == "sentence"


#: (text, the line, whether it is a caption or subheading)
CAPTION_CASES = [
    ("Intro text.\n\nSheffield burning\n\nThe strike was ordered.", "Sheffield burning", True),
    ("Intro text.\nMap: the invasion route\nMore.", "Map: the invasion route", True),
    ("Intro text.\n\nCrowds gathered.\n\nMore.", "Crowds gathered.", False),  # a sentence told
    ("Intro text. An envoy leaves Cairo and more", "An envoy leaves Cairo and more", False),  # not a line
]


@pytest.mark.parametrize("text,line,expected", CAPTION_CASES)
def test_caption_line(text, line, expected):
    start = text.index(line)
    assert caption_line(text, start, start + len(line) + 1) is expected


#: (text, event type, the date the narrative gives it or None)
CAPTION_DATING = [
    ("On 4 May 1982, a missile struck the destroyer. The crew fought the fires for hours.\n\n"
     "The destroyer burning\n\nThe strike had been ordered by the Argentine junta.", "DEMAND", "1982-05-04"),
    ("On 3 June 1953 Egypt expelled the envoy. It was a shock.\n\nAn envoy leaves Cairo\n\n"
     "Nasser had ordered the envoy to leave.", "DEMAND", "1953-06-03"),
    ("In August 1990 Iraq invaded Kuwait. Tanks rolled south.\n\nMap: the invasion route\n\n"
     "Saudi Arabia asked the United States for troops.", "DEMAND", "1990-08"),
    # three sentences told between: the date no longer holds
    ("On 3 June 1953 Egypt expelled the envoy. It was a shock. Crowds gathered.\n\n"
     "Nasser had ordered the envoy to leave.", "DEMAND", None),
]


@pytest.mark.parametrize("text,form,date", CAPTION_DATING)
def test_caption_does_not_stop_the_narrative(nlp, text, form, date):
    events = [e for e in extract_events(nlp(text)) if e.form == form]
    assert events and events[0].date == date


#: (text, the expression, its value): a season shifted from the story's time
SEASON_SHIFT_CASES = [
    ("Chile recalled its ambassador in 1975. The following spring, Peru expelled diplomats.",
     "The following spring", "1976-SP"),
    ("In March 1975 the talks broke down. The following summer the border closed.",
     "The following summer", "1975-SU"),
    ("The treaty was signed in June 1975. The previous winter had been hard.", "The previous winter", "1974-WI"),
    ("Floods hit the delta in 1988; the next autumn aid arrived.", "the next autumn", "1989-FA"),
]


@pytest.mark.parametrize("text,phrase,value", SEASON_SHIFT_CASES)
def test_season_shifted_from_the_narrative(text, phrase, value):
    found = {t.text: t for t in tag(text, None)}
    assert found[phrase].value == value and found[phrase].anchor == "narrative"


def test_season_shift_with_a_document_date_and_no_story():
    (found,) = tag("The following spring, Peru expelled diplomats.", "2003-10-01")
    assert found.value == "2004-SP"


#: (text, the bare day, its value): a later day of the month last told goes on with that day's
#: year, whatever year was named in between
DAY_SEQUENCE_CASES = [
    ("In 1974 the coup came. July 20: Turkey, quoting the accords of 1959, landed troops. July 23: the junta fell.",
     "July 23", "1974-07-23"),
    ("The crisis began on October 16, 1962. Citing the doctrine of 1823, the president spoke. On October 22 he "
     "announced a blockade.", "October 22", "1962-10-22"),
    ("Fighting resumed on 2 May 1991. The paper recalled the war of 1812 in an editorial. On 4 May a truce held.",
     "4 May", "1991-05-04"),
    # an earlier day, or another month, takes the year last named
    ("Fighting resumed on 2 May 1991. The paper recalled the siege of 1812. On 1 May of that year the city fell.",
     "1 May of that year", "1812-05-01"),  # one expression with its year told by reference
]


@pytest.mark.parametrize("text,phrase,value", DAY_SEQUENCE_CASES)
def test_later_day_goes_on_with_the_days_told(text, phrase, value):
    found = {t.text: t for t in tag(text, None)}
    assert found[phrase].value == value


#: (text, event type, the dates it gets): one happening for every date of a list closed by "and"
DATE_LIST_CASES = [
    ("Greece protested to Turkey in 1974, 1983 and 1996.", "PROTEST", ["1974", "1983", "1996"]),
    ("Unlike earlier clashes between Chad and Libya (in 1978-1979, 1983-1984 and 1987), the French took part.",
     "FIGHT", ["1978", "1983", "1987"]),
    ("Peru expelled Chilean diplomats on 3 May and 9 June 1975.", "REDUCE", ["1975-05-03", "1975-06-09"]),
    # no list: a date with its year after a comma; dates offered as alternatives
    ("On 3 May, 1982 Britain attacked Argentina.", "ASSAULT", ["1982-05-03"]),
    ("Ecuador accused Peru of incursions in 1981 or 1995.", "DISAPPROVE", ["1981"]),
]


@pytest.mark.parametrize("text,form,dates", DATE_LIST_CASES)
def test_one_event_per_listed_date(nlp, text, form, dates):
    assert [e.date for e in extract_events(nlp(text)) if e.form == form] == dates


#: ``paired_date_list`` (``_dating.PAIRED_LIST_GAP``): a list whose items pair a place or a party
#: with its date tells one happening per item; days in a row with nothing named between them are
#: one item dated from its first day; a date followed by a predicate of its own is no item
PAIRED_LIST_CASES = [
    ("Earlier rounds were held in Lusaka on 27 and 28 August 2023, in Harare on 23 and 24 September 2023, "
     "and again in Lusaka in late October 2023.", "OTHER", ["2023-08-27", "2023-09-23", "2023-10"]),
    ("The ceasefire was signed by Ghana on 15 August 2008 and Togo on 16 August 2008.", "AGREE",
     ["2008-08-15", "2008-08-16"]),
    ("Talks were held in Lima in March 2004, in Quito in May 2004 and in Bogota in July 2004.", "CONSULT",
     ["2004-03", "2004-05", "2004-07"]),
    ("Kenyan officials visited Kampala in June 1999 and Nairobi in August 1999.", "CONSULT", ["1999-06", "1999-08"]),
    # a place told after each item's date
    ("The ceasefire was signed by Ghana on 15 August 2008 in Accra and by Togo on 16 August 2008 in Lome.", "AGREE",
     ["2008-08-15", "2008-08-16"]),
    # the list is the seizing's, in the relative clause that tells it
    ("Togo at first armed the rebels, and later backed the militia that seized Kara in 1994 and Dapaong in May 1996.",
     "COERCE", ["1994", "1996-05"]),
    # no list: the dates are another predicate's ("took"), not the sending's
    ("Ghana at first sent weapons to the rebels, then turned to the army, a force that took Kumasi in 1994 and "
     "Tamale in September 1996.", "AID", [None]),
    # no list: the second date has a predicate of its own; a clause of its own with its own date
    ("Ghana sent troops into the town on 3 March 2001 and Togo on 4 March 2001 recalled its envoy.",
     "MOBILIZE", ["2001-03-03"]),
    ("On 3 May 2001 Ghana shelled the post, and on 5 May 2001 Togo replied with an air raid.", "ASSAULT",
     ["2001-05-03"]),
]


@pytest.mark.parametrize("text,etype,dates", PAIRED_LIST_CASES)
def test_paired_date_list(nlp, text, etype, dates):
    assert [e.date for e in extract_events(nlp(text)) if e.type == etype] == dates


#: (text, event type, its date): an appositive that sums up the clause carries its date
SUMMARY_CASES = [
    ("Argentina broke off relations with Britain, a step it took in April 1982.", "REDUCE", "1982-04"),
    ("Kenya closed its border with Somalia, a move that came in March 1977.", "COERCE", "1977-03"),
    ("Chile recalled its ambassador from Peru, a decision announced on 3 May 1975.", "REDUCE", "1975-05-03"),
    ("Greece protested to Turkey, a gesture made in 1996.", "PROTEST", "1996"),
    # an appositive naming a person is no summary of the clause
    ("Chile recalled its ambassador from Peru, a diplomat who had served there since 1970.", "REDUCE", None),
]


@pytest.mark.parametrize("text,form,date", SUMMARY_CASES)
def test_summary_appositive_dates_its_clause(nlp, text, form, date):
    events = [e for e in extract_events(nlp(text)) if e.form == form]
    assert events and events[0].date == date


#: (text, event type, its date): a next sentence that points back ("This happened in ...")
RESTATED_CASES = [
    ("The junta ordered the invasion. This happened in April 1982.", "INVADE", "1982-04"),  # the order of an act is the act (type30)
    ("Turkey closed the border with Armenia. That was in April 1993.", "COERCE", "1993-04"),
    ("Libya attacked Chad. It happened on 12 August 1983.", "ASSAULT", "1983-08-12"),
    ("Chile recalled its ambassador from Peru. This took place in May 1975.", "REDUCE", "1975-05"),
    # the event's own noun as the subject
    ("Egypt signed a treaty with Israel. The signing came on 26 March 1979, in Washington.", "AGREE", "1979-03-26"),
    ("Iraq invaded Kuwait. The invasion came on 2 August 1990.", "INVADE", "1990-08-02"),
    ("Chile recalled its ambassador from Peru. The recall took place in May 1975.", "REDUCE", "1975-05"),
    # a next sentence about something else does not date it
    ("Libya attacked Chad. The French sent troops in 1983.", "ASSAULT", None),
    ("Libya attacked Chad. The war came in 1983.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,form,date", RESTATED_CASES)
def test_next_sentence_restates_the_date(full, text, form, date):
    events = [e for e in extract_events(full(text)) if form is None or e.form == form]
    assert events and events[0].date == date


#: (text, the expression, its type and value): "N units after the X" counts from the date the
#: story last told; with none told it stays the duration TimeML annotates
AFTER_THE_CASES = [
    ("Argentina invaded on 2 April 1982. Three days after the invasion, the UN demanded a withdrawal.",
     "Three days after", "DATE", "1982-04-05"),
    ("The coup came in July 1974. Three months after the coup, elections were held.",
     "Three months after", "DATE", "1974-10"),
    ("Ecuador and Peru signed the protocol on 29 January 1942. A week after the signing, Ecuador protested.",
     "A week after", "DATE", "1942-02-05"),
    ("Two years after the war, talks began.", "Two years", "DURATION", "P2Y"),
    ("He left two days before the vote.", "two days", "DURATION", "P2D"),
]


@pytest.mark.parametrize("text,phrase,type_,value", AFTER_THE_CASES)
def test_units_after_a_happening(text, phrase, type_, value):
    found = {t.text: t for t in tag(text, None)}
    assert found[phrase].type == type_ and found[phrase].value == value


#: (text, the month, its value or None): a month opening a clause before its capitalised subject
MONTH_BEFORE_SUBJECT_CASES = [
    ("In 1979 Somalia lost the war. In March Somalia attacked Ethiopia again.", "March", "1979-03"),
    ("Fighting began in 1991. By June Croatia had declared independence.", "June", "1991-06"),
    ("Peru fought in 1995; in February Ecuador pulled back.", "February", "1995-02"),
    # a name: no preposition opens a clause before it
    ("The play by August Wilson opened.", "August", None),
    ("The poet met in August Wilson and others.", "August", None),
]


@pytest.mark.parametrize("text,phrase,value", MONTH_BEFORE_SUBJECT_CASES)
def test_month_before_the_clause_subject(text, phrase, value):
    found = {t.text: t.value for t in tag(text, None)}
    assert found.get(phrase) == value


#: (text, event type): a deictic in a text whose date is only bounded from below dates nothing
DEICTIC_CASES = [
    ("The border war of 1998 ended with a treaty. Today Peru protested to Ecuador about the fence.", "PROTEST"),
    ("Talks failed in 2004. Last week Bolivia accused Chile of spying.", "DISAPPROVE"),
    ("The pact of 2016 was cancelled. Yesterday Argentina accused Britain of bad faith.", "DISAPPROVE"),
]


@pytest.mark.parametrize("text,form", DEICTIC_CASES)
def test_deictic_not_resolved_on_a_lower_bound(full, text, form):
    doc = full(text)
    assert doc._.inferred_dct is not None and doc._.inferred_dct.lower_bound
    assert all(t.anchor == "after-bound" and not t.value[:1].isdigit() for t in doc._.timexes if t.text[0].isupper())
    events = [e for e in extract_events(doc) if e.form == form]
    assert events and events[0].date is None


#: (wire text, publication date, the date its weekday gives the uncoded act): the parser takes the
#: dateline's place for a first subject of the verb ("OSLO ... - Norway towed"); that place says
#: where the text was filed, so the act's subject is the next one, and the weekday, resolved
#: against the publication date, dates it (the dateline's own date dates nothing)
WIRE_WEEKDAY_CASES = [
    ("OSLO, 9 October (Nordic Press) - Norway towed a Russian trawler into port on Monday.",
     "2019-10-09", "2019-10-07"),
    ("MANILA, July 21 (Pacific Wire) - The Philippines dredged the disputed shoal on Friday.",
     "2016-07-21", "2016-07-15"),
    ("NAIROBI, May 14 (Rift Wire) - Kenya's coast guard boarded a Somali fishing boat on Tuesday.",
     "2013-05-14", "2013-05-14"),
    ("HANOI, 3 August (Mekong Wire) - Vietnam expelled two Chinese trawlers from its waters on Saturday.",
     "2017-08-03", "2017-07-29"),
]


@pytest.mark.parametrize("text,dct,date", WIRE_WEEKDAY_CASES)
def test_wire_weekday_dates_the_uncoded_act(full, text, dct, date):
    doc = full(prepare(full, text, dct))
    events = [e for e in extract_events(doc) if e.form == "HAPPEN"]
    assert events and events[0].date == date and events[0].date_source == "sentence"
    assert not events[0].summary.upper().startswith(text.split(",")[0])  # not the place it was filed


#: the same wire texts with no publication date: the weekday names no day, and the dateline's
#: month and day no year, so the act stays undated
@pytest.mark.parametrize("text", [t for t, _, _ in WIRE_WEEKDAY_CASES[:3]])
def test_wire_weekday_without_publication_date_stays_undated(full, text):
    doc = full(prepare(full, text, None))
    assert all(e.date is None for e in extract_events(doc) if e.form == "HAPPEN")


#: (text, the event's trigger, its date): of the times that hang on the event's own predicate, a
#: finer one inside the first refines it ("In 1982 ... on 2 April" is 2 April 1982); "on the 21st"
#: is that day of the month the story is in
FINER_OWN_TIME_CASES = [
    ("In 1982, Argentina invaded the islands on 2 April.", "invaded", "1982-04-02"),
    ("In March 1979 Egypt signed the treaty with Israel on the 26th.", "signed", "1979-03-26"),
    ("In 1990 Iraq invaded Kuwait in August.", "invaded", "1990-08"),
    ("In May 1991, as rebels closed in on Addis Ababa, Mengistu fled to Zimbabwe on the 21st.", "fled", "1991-05-21"),
    ("In June 1967 Israel attacked Egypt on the 5th.", "attacked", "1967-06-05"),
]


@pytest.mark.parametrize("text,trigger,date", FINER_OWN_TIME_CASES)
def test_a_finer_own_time_refines_the_first(nlp, text, trigger, date):
    events = [e for e in extract_events(nlp(text)) if e.trigger.split()[0] == trigger]
    assert events and {e.date for e in events} == {date}


#: (text, trigger, its one date): a date and a relative time after ", and" are a story moving on,
#: not a list of dates each telling the event again ("in 1974, 1983 and 1996" is a list)
STORY_NOT_LIST_CASES = [
    ("Iraq invaded Kuwait on 2 August 1990, and three days later the United States sent troops to Saudi Arabia.",
     "sent", "1990-08-05"),
    ("Troops crossed the border on 2 August 1990, and a week later Iraq annexed Kuwait.", "annexed", "1990-08-09"),
    ("Talks opened on 3 March 1976, and two days later Britain expelled the Icelandic ambassador.", "expelled",
     "1976-03-05"),
]


@pytest.mark.parametrize("text,trigger,date", STORY_NOT_LIST_CASES)
def test_a_relative_time_after_a_date_is_no_list(nlp, text, trigger, date):
    dates = [e.date for e in extract_events(nlp(text)) if e.trigger.split()[0] == trigger]
    assert dates == [date]


#: (text, the next sentence's trigger, its date or None): a date in an absolute "with" clause or a
#: participle on a noun tells a happening at the clause's own time, so the story stands there and
#: the next past-tense sentence takes it; a participle after a preposition of time looks back
ATTENDANT_CASES = [
    ("The siege ended in spring, with the last Soviet convoy reaching the city on 3 April 1943. "
     "The German army then withdrew from the town.", "withdrew", "1943-04-03"),
    ("Fighting spread quickly, with Eritrean units crossing the river on 2 May 1998. Ethiopia bombed Asmara.",
     "bombed", "1998-05-02"),
    ("Talks in Geneva collapsed, with the Iraqi delegation walking out on 9 January 1991. "
     "The United States attacked Iraq.", "attacked", "1991-01-09"),
    ("The officer was tried in Kabul after being captured in 2001. Pakistan expelled the Afghan envoy.",
     "expelled", None),
]


@pytest.mark.parametrize("text,trigger,date", ATTENDANT_CASES)
def test_an_attendant_participle_sets_the_story_time(nlp, text, trigger, date):
    events = [e for e in extract_events(nlp(text)) if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date


#: (text, trigger, date with the publication date 2019-07-09): a present perfect tells a recent act
#: dated by the publication, unless an adverb makes it a stance held through time
HABITUAL_CASES = [
    ("Greece has always rejected Turkish claims to the islets.", "rejected", None),
    ("Peru has long demanded the return of the port from Chile.", "demanded", None),
    ("Ethiopia has consistently accused Eritrea of arming the rebels.", "accused", None),
    ("Greece has rejected Turkish claims to the islets.", "rejected", "2019-07-09"),  # a recent act
]


@pytest.mark.parametrize("text,trigger,date", HABITUAL_CASES)
def test_a_stance_held_through_time_takes_no_publication_date(nlp, text, trigger, date):
    events = [e for e in extract_events(nlp(text), dct="2019-07-09") if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date


#: (text, trigger, date): a count from another date and a date written out both hang on the event
#: ("Two weeks later, on 18 August, ..."): the date written out says it more exactly
WRITTEN_OVER_COUNTED_CASES = [
    ("The war began on 26 January 1995. Three weeks after the fighting began, on 17 February, Peru signed a "
     "ceasefire with Ecuador.", "signed", "1995-02-17"),
    ("Iraq invaded Kuwait on 2 August 1990. Two weeks later, on 18 August, the United Nations condemned Iraq.",
     "condemned", "1990-08-18"),
    ("Fighting began on 10 May 1998. Ten days later, on 21 May, Ethiopia bombed Asmara.", "bombed", "1998-05-21"),
]

#: (text, publication date, trigger, date): a date written out far from the count is another time
#: (a thing's date the parser hung on the verb), and the count stands
COUNT_STANDS_CASES = [
    ("Novak, who is from Ohio, was indicted last year in the October 1998 shooting death of a guard.",
     "2000-01-24", "indicted", "1999"),
    ("Peres, who was born in Haifa, was arrested last month in the June 1999 stabbing death of a soldier.",
     "1999-12-10", "arrested", "1999-11"),
]


@pytest.mark.parametrize("text,trigger,date", WRITTEN_OVER_COUNTED_CASES)
def test_a_date_written_out_over_a_count(nlp, text, trigger, date):
    events = [e for e in extract_events(nlp(text)) if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date


@pytest.mark.parametrize("text,dct,trigger,date", COUNT_STANDS_CASES)
def test_a_count_stands_against_a_far_date(nlp, text, dct, trigger, date):
    events = [e for e in extract_events(nlp(text), dct=dct) if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date


# ``time_after_closed_aside`` (_dating.ATTACHMENT_CHECKS): a time after an aside set off by
# commas on both sides (a relative clause with "which" or "who", a participle "known as",
# "called") dates the clause the aside interrupts, not the aside (made-up sentences; the shapes
# of iraniraq's wire, "accepted Resolution 598, which called for the truce, in July 1988", and
# haidom's factbox, "began digging the canal on the river, known as ..., in 2021")
#: (text, trigger, date)
CLOSED_ASIDE_CASES = [
    ("Ruritania had accepted the Vardan plan, which called for a ceasefire, in March 1994.", "accepted", "1994-03"),
    ("Vardan accepted the Ostravian offer, which included a border commission, in May 2003.", "accepted", "2003-05"),
    ("Ostravia expelled the Karelian envoy, who had criticised the government, on 4 May 2011.",
     "expelled", "2011-05-04"),
    ("The Ostravian army shelled the town of Lisk, known as Lissa before the war, in August 1992.",
     "shelled", "1992-08"),
    ("Karelian troops occupied the islet, called Sand Rock by the fishermen, in June 1987.", "occupied", "1987-06"),
    # controls: a clause with no opening comma keeps the time below ("jailed for murdering X, in
    # 1999" is the murder's), as does a restrictive relative
    ("Ruritania jailed the officer for murdering a guard, in 1999.", "jailed", None),
    ("Ostravia accepted the plan that the mediators had drafted in March 1994.", "accepted", None),
    # a time between commas that opens the aside's next predicate stays in the aside (syrleb's
    # "fled to Damascus, where al-Zaim first protected him and then, on 7 July 1949, handed him":
    # the first version gave the fleeing the handover's day)
    ("The Vardan rebel fled to Ostrava, where the colonel first sheltered him and then, on 7 July 1951, "
     "handed him to the Karelian police.", "fled", None),
]


@pytest.mark.parametrize("text,trigger,date", CLOSED_ASIDE_CASES)
def test_a_time_after_a_closed_aside_dates_the_clause_it_interrupts(pipeline, text, trigger, date):
    found = events_of(pipeline, text, None)
    events = [e for e in found if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date, [(e.trigger, e.date) for e in found]


# ``day_on_the_object`` (_dating.ATTACHMENT_CHECKS): a day the parser hung on the verb's direct
# object ("recalls its ambassador on the 2nd") dates the verb when the object names no happening:
# an ambassador or an embassy has no date, so the day refines the month the entry or sentence
# opens with (made-up sentences; the shape of maresp's chronology table, "| | November | Morocco
# recalls its ambassador on the 2nd after ...")
#: (text, trigger, date)
DAY_ON_THE_OBJECT_CASES = [
    ("November 2007 - Morovia recalls its ambassador on the 2nd after the Ostravian palace announces a "
     "royal visit to the enclave.", "recalls", "2007-11-02"),
    ("October 2001 - Vardan recalls its ambassador from Ostrava on the 27th.", "recalls", "2001-10-27"),
    ("In April 1988 Ruritania closed its embassy on the 3rd.", "closed", "1988-04-03"),
    # controls: an object that names a happening keeps the day ("condemned the attack on the 3rd":
    # the attack's day, not the condemning's); a day the parser already hangs on the verb
    ("In May 1999 Ruritania condemned the attack on the 3rd.", "condemned", "1999-05"),
    ("In January 1990 the Morovian police arrested the opposition leader on the 8th.", "arrested", "1990-01-08"),
]


@pytest.mark.parametrize("text,trigger,date", DAY_ON_THE_OBJECT_CASES)
def test_a_day_on_an_object_that_names_no_happening_dates_the_verb(pipeline, text, trigger, date):
    found = events_of(pipeline, text, None)
    events = [e for e in found if e.trigger.split()[0] == trigger]
    assert events and events[0].date == date, [(e.trigger, e.date) for e in found]
