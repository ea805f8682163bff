"""Which sentence answers (session 31, the "choice" misses of ``chronica eval ask``): the reader's
strict test weighed after the question's time and kind of answer (:func:`strict_first`), who
reads the doer of a noun predicate (:meth:`Reader._names`), names given one each by different
sources as a disagreement (:func:`_name_sides`), and a what-answer of the chronicle's events
citing the sentences that state the question. Names and sentences are the project's own; the
shapes follow dev questions of at least three subjects each (named in the comments)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over
from test_chronicle_data import needs_minilm

from chronica.ask import parse
from chronica.ask.answer import _name_sides
from chronica.ask.question import parse_plain
from chronica.ask.reading import Reader, Reading, strict_first
from chronica.store.search import SentenceMarks, SentenceRow


def _row(text: str, doc: int = 1, idx: int = 0) -> SentenceRow:
    return SentenceRow(rowid=doc * 100 + idx, document_id=doc, idx=idx, start=0, end=len(text), text=text,
                       title=None, path=f"d{doc}.txt", date=None, date_inferred=False)


def _reading(names: list[str], doc: int, idx: int = 0, loose: bool = False) -> Reading:
    return Reading(sentence=_row(f"sentence {doc}.{idx}", doc, idx), negated=False, names=names, loose=loose)


# (readings: (names, document), the top names, the sides expected: {name: documents} or None)
SIDES = [
    # one signer per source (a troop withdrawal accord: the prime minister in one, the president
    # in another; a repatriation deal; a declaration of principles)
    ([(["Mara Tennet"], 3), (["Olev Rind"], 6)], ["Mara Tennet", "Olev Rind"],
     {"Mara Tennet": {3}, "Olev Rind": {6}}),
    ([(["Kyi Lwin"], 2), (["Kyi Lwin"], 4), (["Daw Thet"], 5)], ["Kyi Lwin"], None),  # one name leads
    ([(["Hailu Bekele"], 4), (["Abeba Tesfa"], 6)], ["Hailu Bekele", "Abeba Tesfa"],
     {"Hailu Bekele": {4}, "Abeba Tesfa": {6}}),
    # one sentence names both: a leader and his state, or two signatories
    ([(["Libya", "Omar Fassi"], 1)], ["Libya", "Omar Fassi"], None),
    # one source names each in another sentence: no disagreement among sources
    ([(["Mara Tennet"], 3), (["Olev Rind"], 3)], ["Mara Tennet", "Olev Rind"], None),
]


@pytest.mark.parametrize("rows, names, expected", SIDES)
def test_ask_names_of_one_role_from_different_sources_disagree(rows, names, expected):
    readings = [_reading(n, doc, i) for i, (n, doc) in enumerate(rows)]
    sides = _name_sides(names, [r for r in readings if set(r.names) & set(names)])
    if expected is None:
        assert sides is None
    else:
        assert {n: {r.sentence.document_id for r in rs} for n, rs in sides} == expected


# (readings: (document, loose), the documents kept)
STRICT = [
    ([(1, False), (2, True)], {1}),  # a strict one fits: the looser one is not read
    ([(2, True), (3, True)], {2, 3}),  # none strict: the looser ones are
    ([], set()),
]


@pytest.mark.parametrize("rows, kept", STRICT)
def test_ask_strict_first(rows, kept):
    readings = [_reading([], doc, loose=loose) for doc, loose in rows]
    assert {r.sentence.document_id for r in strict_first(readings)} == kept


def _mark(text: str, sentence: str, actor_id: str | None, kind: str, name: str | None = None,
          country: str | None = None) -> dict:
    at = sentence.index(text)
    return {"start": at, "end": at + len(text), "text": text, "actor_id": actor_id, "kind": kind,
            "name": name or text, "resolved": actor_id is not None, "country": country}


# (question, sentence, the sentence's word read as the predicate, its actor marks: (text, id,
#  kind, name, country), names read)
NAMES = [
    # a noun predicate in the object of another verb: the verb's subject ("laid the foundation
    # stone": a dam's, a bridge's, a monument's)
    ("Who laid the foundation stone of the bridge?",
     "On 4 May 1961 Prime Minister Tomas Arvelo laid the foundation stone of the bridge.", "foundation",
     [("Tomas Arvelo", None, "person", None, None)], ["Tomas Arvelo"]),
    # a noun predicate whose doer is the actor its modifier names ("through Ruritanian
    # mediation", "after Qatari mediation", "the Libyan-brokered restoration")
    ("Who mediated the restoration of ties in 1950?",
     "Ties were restored in 1950 through Norwegian mediation, yet trade stayed low.", "mediation",
     [("Norwegian", "NOR", "state", "Norway", "NOR")], ["Norway"]),
    # ... a modifier that names no actor is no doer
    ("Who mediated the restoration of ties in 1950?",
     "Ties were restored in 1950 through patient mediation, yet trade stayed low.", "mediation", [], []),
    # the doer's phrase without the clause of its participle ("the surveyor X, working for the
    # crown")
    ("Who completed the survey line in 1840?",
     "The surveyor Anton Wessel, working for the British crown, completed a survey line in 1840.", "completed",
     [("Anton Wessel", None, "person", None, None), ("British", "GBR", "state", "United Kingdom", "GBR")],
     ["Anton Wessel"]),
    # a name the question writes is no answer ("for the [British] crown")
    ("Who drew the survey line for the British crown?",
     "In 1840 the British crown completed a survey line.", "line",
     [("British", "GBR", "state", "United Kingdom", "GBR")], []),
]


@pytest.mark.parametrize("question, sentence, word, marks, names", NAMES)
def test_reading_who_at_a_noun_predicate(question, sentence, word, marks, names):
    q = parse(question)
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.text == word)
    found = [_mark(m[0], sentence, m[1], m[2], m[3], m[4]) for m in marks]
    read = Reader._names(None, q, _row(sentence), SentenceMarks([], found), doc, head)
    assert read == names


TEXTS = {
    "wire.txt": """title: Ghana and Togo sign a river pact
published: 1981-03-20

Ghana and Togo signed a border treaty in May 1975.
On 14 March 1981 Ghana and Togo signed an agreement on the Volta fisheries in Lome.
The pact set quotas for both countries and created a joint commission.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("choice"), TEXTS) as a:
        yield a


@needs_minilm
def test_ask_what_at_a_time_cites_the_sentence_that_states_it(asker):
    """A what-question at a time the chronicle has an event for: the answer cites the sentence
    that states the question too ("signed an agreement on the Volta fisheries"), not the
    event's summary alone."""
    answer = asker.ask("What did Ghana and Togo sign on 14 March 1981?")
    assert answer.verdict == "answered", answer.text
    assert any("Volta fisheries" in c.sentence for c in answer.citations), answer.citations
    assert not any("border treaty" in c.sentence for c in answer.citations), answer.citations


# (the question's actor text as its parse gives it, the sentence, named)
UNKNOWN_NAMES = [
    # the parse wrote the name without the marks between its words: a slash (two names of one
    # place), a hyphen (a title), a preposition (a post in a province)
    ("Velos Akra", "On 3 May 1990 a cargo ship ran aground on Velos/Akra, the larger islet.", True),
    ("Secretary General", "On 2 June 2015 Secretary-General Ines Marlo chose the court.", True),
    ("Kerow Sabah", "Raiders attacked the police post at Kerow in Sabah on 9 June 1964.", True),
    # ... but not words far apart, nor in another order, nor one of them missing
    ("Kerow Sabah", "Raiders from Kerow crossed the river and, weeks later, reached Sabah.", False),
    ("Velos Akra", "Akra and Velos were both claimed.", False),
    ("Velos Akra", "A ship ran aground on Velos.", False),
]


@pytest.mark.parametrize("text, sentence, named", UNKNOWN_NAMES)
def test_reading_unknown_name_written_with_marks_between_its_words(text, sentence, named):
    from chronica.ask.question import QuestionActor
    from chronica.ask.reading import _names_actor

    actor = QuestionActor(None, text, text, None)
    assert bool(_names_actor(actor, _row(sentence), SentenceMarks([], []))) is named


# (question, a name it does not resolve, whether the name only dates the question's act)
ONLY_DATES = [
    # a happening named in a phrase of time: a sentence stating the act need not name it
    ("Did Norway threaten to close the port at Vardo during the Second Herring War?", "herring", True),
    ("When did Norway recall its envoy after the Lofoten incident?", "lofoten", True),
    # a name that says which thing the act is done to is still needed
    ("When was the Lofoten agreement between Norway and Denmark signed?", "lofoten", False),
    ("Who mediated the end of the Second Herring War?", "herring", False),
]


@pytest.mark.parametrize("question, name, only", ONLY_DATES)
def test_reading_name_in_a_phrase_of_time_is_not_needed(question, name, only):
    from chronica.ask.reading import _only_dates

    assert _only_dates(parse(question), name) is only


# (sentence, the noun predicate, the verb that carries it, or None when it is carried by none)
CARRIERS = [
    # a noun predicate in the object of a preposition of the verb's object ("take part in the
    # fighting"), in the verb's object ("laid the foundation stone"), and none ("the fighting ended")
    ("A spokesman said the jets had not taken part in the fighting.", "fighting", "taken"),
    ("The premier laid the foundation stone on 3 May.", "foundation", "laid"),
    ("The fighting ended on 3 May.", "fighting", None),
]


@pytest.mark.parametrize("sentence, word, verb", CARRIERS)
def test_reading_the_verb_that_carries_a_noun_predicate(sentence, word, verb):
    from chronica.ask.reading import _carrier

    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.text == word)
    carrier = _carrier(head)
    assert (carrier.text if carrier is not head else None) == verb
