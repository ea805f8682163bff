"""Dating, issue 9: (1) a time hanging on a predicate word of the trigger's own phrase ("declared
the pact *void* the following day") dates the trigger, though the parser makes that word a clause
of its own; (2) a timeline entry headed by a range of days, a month alone or a year before 1900
gives its date to the entry's events; (3) the merged event takes the finest date told in the
sentences of its mentions when they agree ("January 2001" and "ten days later", 26 January 2001).
Every sentence is written for these tests, on constructions seen in three or more dev texts."""

from __future__ import annotations

import pytest
from test_chronicle_data import mention

from chronica.chronicle.merge import choose_date
from chronica.events import extract_events

#: (text, the trigger's first word, the date its event must have)
PHRASE_TIMES = [
    # an encyclopedia paragraph: a fronted day, then the act the next day after a semicolon
    ("On 4 May 2011 the army crossed the river to clear a road; the rebels declared the 1997 truce "
     "void the following day.", "declared", "2011-05-05"),
    # a feature: the day in the clause before
    ("The guards fired on the march on 2 June 1988; Peru declared the 1985 truce void the next day.",
     "declared", "1988-06-03"),
    # a wire story: a coordinated clause
    ("Talks broke down on 2 June 1988, and Peru declared the 1985 ceasefire void the following day.",
     "declared", "1988-06-03"),
    # a translated report: the phrase with "null", its time on the verb (as before)
    ("Talks broke down on 14.09.1962. Two days later the junta declared the border award null.",
     "declared", "1962-09-16"),
]


@pytest.mark.parametrize("text, word, date", PHRASE_TIMES)
def test_a_time_on_the_phrase_dates_its_trigger(full, text: str, word: str, date: str) -> None:
    events = [e for e in extract_events(full(text)) if e.trigger.split()[0] == word]
    assert events, [(e.trigger, e.date) for e in extract_events(full(text))]
    assert events[0].date == date, [(e.trigger, e.date, e.date_text) for e in events]


#: (timeline, trigger, date, date_end): the entry's head dates its events
ENTRY_DATES = [
    ("Chronology\n\n1981\n\n4 February - The port falls to the rebels.\n\n12-13 March - Battle of the "
     "ford: Chilean forces defeat Bolivian troops near the port.\n", "defeat", "1981-03-12", "1981-03-13"),
    ("Chronology\n\n2006\n\nMarch - UN mediator Lena Olsen presents her plan; Lima rejects it.\n\n"
     "June - Lima recalls its ambassador from Quito.\n",
     "rejects", "2006-03", None),
    ("Milestones\n\n1822 - The Crown cedes the delta forts to the company.\n\n1871 - Peru "
     "breaks off diplomatic relations with Spain.\n", "breaks off", "1871", None),
]


@pytest.mark.parametrize("text, trigger, date, date_end", ENTRY_DATES)
def test_an_entry_head_dates_its_events(full, text: str, trigger: str, date: str, date_end: str | None) -> None:
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, [(e.trigger, e.date) for e in extract_events(full(text))]
    assert (events[0].date, events[0].date_end) == (date, date_end)


#: (mentions as (date, date_text), the merged date): the finest of agreeing told dates
MERGED_DATES = [
    ([("2001-01", "January 2001"), ("2001-01-26", "ten days later")], "2001-01-26"),
    ([("2018-07-16", "two days later"), ("2018-07", "July 2018")], "2018-07-16"),
    ([("2020-11", "November 2020"), ("2020-11-14", "the following day"), ("2020", "2020")], "2020-11-14"),
    # a date written in full still wins over a finer one counted from it when they disagree
    ([("2001-01-16", "16 January 2001"), ("2001-01-26", "ten days later"), ("2001-01-16", "16.01.2001")],
     "2001-01-16"),
]


@pytest.mark.parametrize("dated, expected", MERGED_DATES)
def test_the_finest_agreeing_told_date_wins(dated, expected) -> None:
    ms = [mention(n + 1, f"Sentence {n}.", "SANCTION", src="ALD", tgt="BOR", date=d) for n, (d, _) in enumerate(dated)]
    for m, (_, text) in zip(ms, dated):
        m.date_text = text
    assert choose_date(ms).date == expected


def test_a_narrative_date_does_not_win_by_precision() -> None:
    told = mention(1, "In January 2001 the president was shot.", "SANCTION", src="ALD", tgt="BOR", date="2001-01")
    inferred = mention(2, "The president was shot.", "SANCTION", src="ALD", tgt="BOR", date="2001-01-09",
                       date_source="narrative")
    assert choose_date([inferred, told]) is told
