"""Two rules of the story time the time tagger carries, each a case table of sentences written for
these tests:

- a relative clause that looks back with a subject of its own ("which Borduria had annexed in
  April 1931", "the treaty that the two governments had signed in May 1931") tells its date aside: the story
  goes on from its own time after the sentence, so a bare month later is the story's year;
- a date opening its line and followed by a separator ("2019: in March ...", "1936 - ...") opens a
  timeline entry however long the entry's line is: a bare month in it is of the entry's year,
  not of the year of writing.
"""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None) -> str | None:
    for t in tag(text, dct):
        if t.text == phrase:
            return t.value
    raise AssertionError(f"{phrase!r} not tagged in {[(t.text, t.value) for t in tag(text, dct)]}")


#: (text, document date, the expression, its value): the looked-back clause's date is aside
LOOKED_BACK_CASES = [
    # a name as the clause's subject
    ("On 28 October 1950 Ruritania rejected the ultimatum and Borduria invaded from Szohod, which Borduria "
     "had annexed in April 1931. The defenders counter-attacked in mid-November.",
     "2022-11-12", "mid-November", "1950-11"),
    # "that" and a name
    ("Tour groups were barred on 1 April 2017 over the radar system that Tarsa had decided to accept in "
     "the summer of 2016. That March the ministry had also closed the shops.",
     "2023-08-11", "That March", "2017-03"),
    # a noun phrase as the subject
    ("On 2 June 1975 the envoys met at Szohod to revive the treaty that the two governments had signed in "
     "May 1931. In September they initialled a new text.",
     None, "September", "1975-09"),
    # "whom" and a name
    ("On 5 May 1960 the council received Tanko, whom Ruritania had expelled in March 1958. "
     "In August he returned to Szohod.", None, "August", "1960-08"),
]


@pytest.mark.parametrize("text,dct,phrase,value", LOOKED_BACK_CASES)
def test_a_looked_back_clause_with_its_own_subject_is_aside(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: the story does move to a date of a clause told in sequence, or of a looked-back main clause
MOVES_CASES = [
    ("On 5 May 1960 the council met. Ruritania had expelled Tanko in March 1958. In August he returned.",
     None, "August", "1958-08"),
    ("On 5 May 1960 the council met the envoy, who signed the accord in March 1961. In August he returned.",
     None, "August", "1961-08"),
]


@pytest.mark.parametrize("text,dct,phrase,value", MOVES_CASES)
def test_a_clause_told_in_sequence_moves_the_story(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (text, document date, expression, value): a long timeline entry's bare month is its year's
ENTRY_CASES = [
    ("Notes for the album pages:\n\n2019: in March the Ruritanian army launched a push along the Szohod "
     "border and, according to the capital, overran all the rebel bases in the area.\n",
     "2023-03-18", "March", "2019-03"),
    ("- **2020:** an attack on the palace in Tarsa in February left six people dead; the regional bloc "
     "decided to send a stabilisation force, and it is still there.\n",
     "2023-03-18", "February", "2020-02"),
    ("1936 - Borduria and Ruritania agree in Szohod to respect a provisional line, and the talks broke up "
     "in June without any map being signed by either delegation.\n",
     "2021-05-01", "June", "1936-06"),
]


@pytest.mark.parametrize("text,dct,phrase,value", ENTRY_CASES)
def test_a_long_timeline_entry_dates_its_bare_months(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (line, the date's text, heads an entry): a separator after the date opens an entry, a range's dash does not
HEADS_CASES = [
    ("2019: in March the army launched a push along the border and, by the capital's account, overran "
     "every rebel base in the area.\n", "2019", True),
    ("Winter 2007\u20132008 was the harshest in the records of the station since the early 1960s, and the "
     "reservoirs stood at their lowest level.\n", "Winter 2007", False),
    ("1936 was a dry year in the valley, and the farmers of Szohod left their fields for the towns in "
     "their thousands, as the papers of the time report.\n", "1936", False),
]


@pytest.mark.parametrize("line,date_text,heads", HEADS_CASES)
def test_a_separator_after_an_opening_date_heads_an_entry(line, date_text, heads):
    from chronica.time.tagger import _heads_a_section

    assert _heads_a_section(line, 0, len(date_text)) is heads
