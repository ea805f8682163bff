"""A verb of taking place (``extract.OCCURRENCE_VERBS``: began, started, took effect, came into force)
whose subject is not written as its own tells the occurrence of the thing it is said of
(``extract._occurrence_subject``): in a relative clause, the noun the clause hangs on ("the rebellion
that began on 12 March 1984"); a coordinated verb with no subject, its first conjunct's thing ("the
protocol was signed in 2001 and took effect in January 2002"), so the second clause's date is the
thing's, not lost. Case tables of sentences written for this test (invented events and dates)."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, trigger, its date or None when no event is told by it)
RELATIVE_CASES = [
    ("The rebellion that began on 12 March 1984 lasted six years.", "began", "1984-03-12"),
    ("The uprising in Tarsa, which started on 2 June 1956, was crushed within a month.", "started", "1956-06-02"),
    ("The naval offensive that began on 9 October 1931 cost Borduria two cruisers.", "began", "1931-10-09"),
    ("The blockade of the port, which began in May 1990, ruined the fishing towns.", "began", "1990-05"),
    # controls: no happening begun ("the school year"), a time of day, no clause of taking place
    ("The school year that began in September 2019 was short.", "began", None),
    ("The rebellion that lasted from 1984 to 1990 ruined the north.", "lasted", None),
]

CONJUNCT_CASES = [
    ("The veterinary protocol was signed in 2001 and took effect in January 2002.", "took", "2002-01"),
    ("The Borduria-Tarsa Trade Agreement was signed on 2 March 1994 and came into force on 1 June 1995.",
     "came", "1995-06-01"),
    ("The fisheries convention was initialled in Geneva in 1977 and entered into force in May 1979.",
     "entered", "1979-05"),
    # controls: the first conjunct keeps its own date; a verb of taking place with a subject of its own
    ("The veterinary protocol was signed in 2001 and took effect in January 2002.", "signed", "2001"),
    ("The charter came into force on 4 June 1990.", "came", "1990-06-04"),
]


def _date(pipe, text, trigger):  # noqa: ANN001, ANN202
    return event_dates(pipe, text, "2024-01-01").get(trigger)


@pytest.mark.parametrize("text,trigger,date", RELATIVE_CASES)
def test_a_relative_clause_of_taking_place_dates_its_noun(time_actors, text, trigger, date):
    assert _date(time_actors, text, trigger) == date


@pytest.mark.parametrize("text,trigger,date", CONJUNCT_CASES)
def test_a_conjunct_of_taking_place_dates_the_first_conjuncts_thing(time_actors, text, trigger, date):
    assert _date(time_actors, text, trigger) == date


# A coordinated verb with no subject that tells no occurrence ("... settled the dispute and
# guaranteed free passage") is still a thing told of its first conjunct's thing; its summary
# must not need a subject of its own (the measure of 6b78d8cb lost two documents of one dev
# subject to an AttributeError here).
@pytest.mark.parametrize("text", [
    "The Protocol of Tarsk of 1911 settled the dispute, confirmed the 1890 treaty and guaranteed free "
    "navigation for both countries on the river.",
    "The Treaty of Velm, signed on 2 May 1871 by two envoys, restored peace and promised a boundary commission.",
    "The charter created a council and guaranteed seats for both provinces.",
])
def test_a_coordinated_verb_with_no_subject_of_its_own_is_summarised(time_actors, text):
    from chronica.events.extract import extract_events

    events = extract_events(time_actors(text))
    assert all(e.summary for e in events)
