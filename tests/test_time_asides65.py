"""Two rules of the story time the time tagger carries, each a case table of sentences written for
these tests:

- a relative clause that looks back with a subject of its own ("which Borduria had bought in
  June 1861", "the treaty that the two governments had signed in May 1931") tells its date aside: the story
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
    ("On 4 March 1877 the fishing fleet of Tarsa sailed past Cape Orlo, which Borduria had bought from "
     "a merchant house in June 1861. The boats came home in mid-May.",
     "2019-02-01", "mid-May", "1877-05"),
    # "that" and a name
    ("The choir toured the valley on 9 May 1994 with the hymn book that Ruritania had printed in the winter "
     "of 1990. That June the bishop blessed the new organ.",
     "2021-01-05", "That June", "1994-06"),
    # a noun phrase as the subject
    ("On 2 June 1975 the engineers inspected the bridge that the railway boards had opened in "
     "May 1931. In September they ordered new girders.",
     None, "September", "1975-09"),
    # "whom" and a name
    ("On 5 May 1960 the guild honoured the painter Tanko, whom Ruritania had exiled in March 1958. "
     "In August he opened a studio in Szohod.", None, "August", "1960-08"),
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
    ("Orchard diary:\n\n2019: in March the old pear trees of the north slope were grafted with cuttings "
     "from the abbey garden, and the bees came back to the hives by the wall.\n",
     "2023-03-18", "March", "2019-03"),
    ("- **2020:** a storm in February tore the roof off the cider barn; the village raised money for "
     "new slates, and the carpenters finished the beams before the harvest.\n",
     "2023-03-18", "February", "2020-02"),
    ("1936 - The Tarsa rowing club moves into its boathouse on the lake, and the first regatta is held "
     "in June with crews from four villages along the shore.\n",
     "2021-05-01", "June", "1936-06"),
]


@pytest.mark.parametrize("text,dct,phrase,value", ENTRY_CASES)
def test_a_long_timeline_entry_dates_its_bare_months(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (line, the date's text, heads an entry): a separator after the date opens an entry, a range's dash does not
HEADS_CASES = [
    ("2019: in March the choir of Tarsa sang in the cathedral for the first time, and the organ was "
     "tuned again after many silent years.\n", "2019", True),
    ("Spring 1911\u20131912 brought late frosts to the orchards of the valley, and the pear harvest of "
     "both years was the poorest the growers remembered.\n", "Spring 1911", False),
    ("1936 was a dry year in the valley, and the farmers of Szohod left their fields for the towns in "
     "their thousands, as the papers of the time report.\n", "1936", False),
]


@pytest.mark.parametrize("line,date_text,heads", HEADS_CASES)
def test_a_separator_after_an_opening_date_heads_an_entry(line, date_text, heads):
    from chronica.time.tagger import _heads_a_section

    assert _heads_a_section(line, 0, len(date_text)) is heads
