"""Session 32 (the "disputed not reported" and "question parse" misses of ``chronica eval ask``):
which date a sentence states at its predicate (:func:`nearer`, :func:`states_date`), the looser
sentences the reader kept weighed as dissent of a read when-answer (:meth:`Asker._read_when`),
and a question's actor called by the head noun of its name ("the court" after "the
International Court of Justice": :func:`_head_noun`, :func:`last_named`, :meth:`Reader._named`).

Names, dates and sentences are the project's own; the shapes follow dev questions of at least
three subjects each (named in the comments)."""

from __future__ import annotations

from datetime import date

import pytest

from chronica.ask import parse
from chronica.ask.answer import Asker
from chronica.ask.question import QuestionActor
from chronica.ask.reading import Reader, Reading, _head_noun, nearer, states_date
from chronica.chronicle import Chronicle, dates
from chronica.store import Store
from chronica.store.search import SentenceMarks, SentenceRow, last_named


def _timex(text: str, value: str, anchor: str) -> dict:
    return {"text": text, "type": "DATE", "value": value, "anchor": anchor}


def _span(value: str) -> tuple:
    return dates.value_interval(value)


# (the time read at the predicate, the sentence's times, stated)
STATED = [
    # written: a date in figures, a day and month whose year the tagger took from the story
    (_timex("27.08.1994", "1994-08-27", "absolute"), [], True),
    (_timex("14 June", "2017-06-14", "dct"), [], True),
    # a shift the sentence also writes as a day (a recognition "four days later, on Aug. 24"; a
    # withdrawal "A week later, on 14 June")
    (_timex("four days later", "1991-08-24", "narrative"), [_timex("Aug. 24", "1991-08-24", "dct")], True),
    # a shift of days that is the sentence's one time (a border closed "Two days later")
    (_timex("Two days later", "1994-08-26", "narrative"), [], True),
    # ... but not beside a written date of another day (a vote "on 29 July ..., and the next day"),
    (_timex("the next day", "2015-07-30", "narrative"), [_timex("29 July 2015", "2015-07-29", "absolute")], False),
    # nor a shift to a month, nor one from the document's date
    (_timex("weeks later", "1976-03", "narrative"), [], False),
    (_timex("last month", "2021-09", "dct"), [], False),
]


@pytest.mark.parametrize("timex, others, stated", STATED)
def test_ask_a_sentence_states_the_date_at_its_predicate(timex, others, stated):
    assert states_date(timex, _span(timex["value"]), [timex, *others]) is stated


# (the time and its links from the predicate, the best so far and its links, the time is nearer)
NEARER = [
    (_timex("14 June", "2017-06-14", "dct"), 2, _timex("A week later", "2017-06-14", "narrative"), 2, True),
    (_timex("A week later", "2017-06-14", "narrative"), 2, _timex("14 June", "2017-06-14", "dct"), 2, False),
    (_timex("30 July", "2015-07-30", "dct"), 3, _timex("the next day", "2015-07-30", "narrative"), 2, False),
    (_timex("the next day", "2015-07-30", "narrative"), 1, _timex("29 July", "2015-07-29", "dct"), 2, True),
    (_timex("1 May 1990", "1990-05-01", "absolute"), 2, _timex("3 May 1990", "1990-05-03", "absolute"), 2, False),
]


@pytest.mark.parametrize("timex, far, best, best_far, expected", NEARER)
def test_ask_the_time_nearest_the_predicate_a_written_one_on_a_tie(timex, far, best, best_far, expected):
    assert nearer(far, timex, best_far, best) is expected


def _row(text: str, doc: int, idx: int = 0, start: int = 0) -> SentenceRow:
    return SentenceRow(rowid=doc * 100 + idx, document_id=doc, idx=idx, start=start, end=start + len(text),
                       text=text, title=None, path=f"d{doc}.txt", date=None, date_inferred=False)


class _Reader:
    """Hands the asker the readings of a case (the reader kept them: the looser ones only as
    close to the question as :data:`LOOSE_SIMILARITY`)."""

    def __init__(self, readings: list[Reading]) -> None:
        self.readings = readings

    def read(self, q, hits, by_content=False):  # noqa: ANN001, ANN201
        return [] if by_content else list(self.readings)


def _dated(doc: int, value: str, stated: bool = True, loose: bool = False) -> Reading:
    return Reading(sentence=_row(f"sentence {doc} {value}", doc), negated=False, date=value,
                   date_span=_span(value), date_stated=stated, loose=loose, score=1.0)


# (readings: (document, date, stated, loose), the verdict)
LOOSER_DISSENT = [
    # a strict day and a looser sentence of another source giving another day (a border closed
    # "on 27.08.1994" / "Two days later, Algeria closed the land border", the other state left
    # to the document's pair; an agreement signed on two days; a city taken on two days)
    ([(1, "1994-08-27", True, False), (2, "1994-08-26", True, True)], "disputed"),
    ([(3, "1978-07-09", True, False), (3, "1978-07-09", True, False), (5, "1978-07-31", True, True)], "disputed"),
    # the looser sentence agrees, or is of the answer's own source, or says no day of its own
    ([(1, "2012-11-20", True, False), (2, "2012-11-20", True, True)], "answered"),
    ([(1, "2005-01-09", True, False), (1, "2005-01-10", True, True)], "answered"),
    ([(1, "2005-01-09", True, False), (2, "2005-01-10", False, True)], "answered"),
]


@pytest.mark.parametrize("rows, verdict", LOOSER_DISSENT)
def test_ask_when_a_looser_sentence_of_another_source_disputes_the_day(rows, verdict):
    readings = [_dated(doc, value, stated, loose) for doc, value, stated, loose in rows]
    asker = Asker(Chronicle([], []), None, reader=_Reader(readings))  # type: ignore[arg-type]
    answer = asker._read_when(parse("When did Norway close the land border with Chile?"))
    assert answer is not None and answer.verdict == verdict, answer and answer.text
    if verdict == "answered":  # the strict sentence's day
        assert answer.values[0] == rows[0][1]


# (a name, the noun a description calls it by)
HEADS = [
    ("International Court of Justice", "court"),
    ("Permanent Court of Arbitration", "court"),
    ("the Boundary Commission", "commission"),
    ("Security Council", "council"),
    ("Norway", None),  # a name of one word
    ("Pedra Negra", "negra"),  # a name's last word: "the negra" is written by no sentence
]


@pytest.mark.parametrize("name, head", HEADS)
def test_ask_the_head_noun_of_a_name(name, head):
    assert _head_noun(name) == head


#: a made-up document: (start, text, actor id) of the actors stage's mentions
MENTIONS = [
    (10, "International Court of Justice", "ICJ"),
    (200, "the court", None),
    (400, "Supreme Court", "NOR"),
    (600, "the Court", "NOR"),
    (800, "Security Council", "UNSC"),
    (250, "United States", "USA"),
]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.conn.execute("PRAGMA foreign_keys = OFF")  # the mentions alone, of no stored document
        s.conn.executemany(
            "INSERT INTO actor_mentions (document_id, idx, start, end, text, actor_id, resolved) "
            "VALUES (1, ?, ?, ?, ?, ?, 1)",
            [(i, start, start + len(text), text, actor) for i, (start, text, actor) in enumerate(MENTIONS)])
        s.conn.commit()
        yield s


# (the sentence's offset, the noun, the ids of the nearest name before it)
LAST_NAMED = [
    (250, "court", ("ICJ",)),  # "the court" after the International Court of Justice
    (700, "court", ("NOR",)),  # after a state's own court: that court, not the ICJ
    (900, "council", ("UNSC",)),
    (5, "court", ()),  # nothing named before
]


@pytest.mark.parametrize("before, noun, ids", LAST_NAMED)
def test_ask_the_nearest_name_holding_a_noun(store, before, noun, ids):
    assert last_named(store, 1, before, noun) == ids


class _Index:
    def __init__(self, store: Store) -> None:
        self.store = store

    def connection(self) -> Store:
        return self.store


# (the sentence, its offset, the question's actor: text, ids, named)
CALLED = [
    # the International Court of Justice as "the court" (a ruling on jurisdiction, an opinion
    # delivered, a jurisdiction not recognised), the Security Council as "the Council"
    ("On 4 May 1994 the court ruled that it had jurisdiction.", 250, "International Court of Justice", "ICJ", True),
    ("Norway did not recognise the court's jurisdiction.", 300, "ICJ", "ICJ", True),
    ("On 2 March 2009 the Council adopted Resolution 2001.", 900, "Security Council", "UNSC", True),
    # another court named nearer before it, or no article, or nothing named before
    ("The court ruled on 5 May 1999.", 700, "International Court of Justice", "ICJ", False),
    ("Court officials met in May.", 250, "International Court of Justice", "ICJ", False),
    ("On 4 May 1994 the court ruled.", 5, "International Court of Justice", "ICJ", False),
    # a state is not called by its name's last word ("the states" after "United States")
    ("The envoy met the states of the region in May.", 300, "United States", "USA", False),
]


@pytest.mark.parametrize("sentence, start, text, actor_id, named", CALLED)
def test_ask_an_actor_called_by_the_head_noun_of_its_name(store, sentence, start, text, actor_id, named):
    names = {"ICJ": "International Court of Justice", "UNSC": "Security Council", "USA": "United States"}
    kind = "state" if actor_id == "USA" else "organisation"
    actor = QuestionActor(text=text, actor_id=actor_id, name=names[actor_id], role=None, kind=kind)
    reader = Reader(store, _Index(store))  # type: ignore[arg-type]
    marks = SentenceMarks(timexes=[], actors=[])
    assert bool(reader._named(actor, _row(sentence, 1, start=start), marks)) is named


def test_ask_dates_of_the_cases_are_days():
    assert _span("1994-08-26") == (date(1994, 8, 26), date(1994, 8, 26))
