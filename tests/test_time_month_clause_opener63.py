"""A month after a preposition that opens a clause is a month, and the capital after it the clause's
subject, also when a conjunction or an adverb of sequence opens the clause before the preposition
(", and in April Borduria suspended ...", "Then in May Tomas Vell took over ..."): chronica.time.grammar
``CLAUSE_OPENERS``. Without them "April Borduria" read as a name and the clause lost its month.
Sentences written for this test (invented events between invented places, invented dates); the rule
after the shape of five dev texts of four subjects."""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[0].value if found else None


#: (text, document date, the month, its value)
OPENER_CASES = [
    ("Tarsa closed its ports in March 2019, and in April Borduria suspended its flights over the gulf.",
     "2024-01-10", "April", "2019-04"),
    ("Tarsa was occupied in June 1940, and in August Borduria annexed it.", "2024-01-10", "August", "1940-08"),
    ("The talks failed in 1999, but in March Teresa Kell became the foreign minister of Tarsa.",
     "2024-01-10", "March", "1999-03"),
    ("The envoys met in January 2023. Then in May Tomas Vell took over as prime minister of Tarsa.",
     "2024-01-10", "May", "2023-05"),
]

#: controls: a month name that is a person's name, with no preposition before it, is no month
OPENER_CONTROL_CASES = [
    ("A play by August Kell opened in Tarsa in 1987.", "2024-01-10", "August", None),
    ("The envoy met Prime Minister Teresa May in Tarsa in 2017, and then May Kell resigned.",
     "2024-01-10", "May", None),
]


@pytest.mark.parametrize("text,dct,phrase,value", OPENER_CASES + OPENER_CONTROL_CASES)
def test_a_month_after_a_clause_opener_is_a_month(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: the events of such a clause take its month, and the month opens that clause rather than closing a
#: list of dates with the clause before ("in March 2019, and in April Borduria recalled ...": the
#: parser's name "April Borduria" hangs on the later verb, ``CLAUSE_CHECKS["date_opens_the_next_clause"]``):
#: (text, trigger, its dates)
OPENER_EVENT_CASES = [
    ("Tarsa closed the border in March 2019, and in April Borduria recalled its envoy.", "closed", ["2019-03"]),
    ("Tarsa closed the border in March 2019, and in April Borduria recalled its envoy.", "recalled its envoy",
     ["2019-04"]),
    ("Both sides suspended their overlapping fishing limits in March 2019, and in April Tarsa suspended its new "
     "flight rules while Borduria withdrew a restricted zone over the bay.", "withdrew", ["2019-04"]),
    # control: one predicate dated by a list of dates is told once per date
    ("Tarsa protested in 1974, 1983 and 1996.", "protested", ["1974", "1983", "1996"]),
]


@pytest.mark.parametrize("text,trigger,dates", OPENER_EVENT_CASES)
def test_the_clause_after_an_opener_takes_its_month(time_actors, text, trigger, dates):
    from chronica.events import extract_events
    from chronica.stages import prepare

    doc = time_actors(prepare(time_actors, text, "2024-01-10"))
    assert sorted(e.date for e in extract_events(doc) if e.trigger == trigger) == sorted(dates)
