"""Case tables of two ask rules (session 35):

- a question whose parse took its tense's "did" for the act is read again without it
  (:func:`chronica.ask.question.do_support`): the act is the word the parser hung under "did";
- a sentence that tells the asked act as planned or possible (the events stage's modality at the
  reader's predicate, :func:`chronica.ask.reading._unreal`) dates nothing that happened.
"""

from __future__ import annotations

import pytest

from chronica.ask.question import _annotate, do_support, parse, parse_plain
from chronica.ask.reading import _predicate, _unreal


@pytest.mark.parametrize("text, act", [
    ("When did the Turkish army helicopter crash near the islet?", "crash"),
    ("What weapon did the Icelandic gunboats use against the trawlers in 1973?", "use"),
    ("What measure did Algeria impose on Moroccans after the bombing?", "impose"),
    ("Did the border crossing reopen after both governments dropped their visa rules?", "reopen"),
])
def test_a_did_taken_for_the_act_is_dropped(text: str, act: str) -> None:
    q = parse(text)
    assert _predicate(q.doc, q.main).lemma_.lower() == act
    assert q.text == text  # the question as asked: searched and shown as written


@pytest.mark.parametrize("text", [
    "What did Sudan do after the attack on the capital?",  # "do" is the act
    "When did Eritrea declare its independence?",  # the parser has "declare" as the root
    "Who did it?",
])
def test_no_do_support_where_the_parse_has_the_act(text: str) -> None:
    assert do_support(_annotate(text)) is None


def test_the_subject_of_did_is_no_act() -> None:
    """Read without "did", the parser may make the subject the root ("[flights] between Kenya
    and Somalia resume"): the first parse is kept."""
    q = parse("When did flights between Kenya and Somalia resume?")
    assert _predicate(q.doc, q.main).lemma_.lower() != "flight"


def test_a_yes_no_question_stays_a_did_question() -> None:
    q = parse("Did the border crossing reopen after both governments dropped their visa rules?")
    assert q.kind == "did"


@pytest.mark.parametrize("sentence, lemma, unreal", [
    ("Kenya Airways said on Monday it would resume flights to Mogadishu next week.", "resume", True),
    ("The first Kenya Airways flight in 20 years landed in Mogadishu on 18 July 2018.", "land", False),
    ("The two governments plan to reopen the border crossing in May.", "reopen", True),
    ("The assembly voted on 19 June 2010 to lift the blockade of the bridge.", "vote", False),
    ("The protesters lifted the blockade of the bridge on 19 June 2010.", "lift", False),
    ("If Iraq withdrew its troops, the sanctions could be lifted.", "lift", True),
    # a purpose the sentence tells as met is no plan of another day
    ("Ramaphosa flew to Harare on Saturday to meet President Mnangagwa.", "meet", False),
])
def test_a_plan_dates_nothing_done(sentence: str, lemma: str, unreal: bool) -> None:
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.lemma_.lower() == lemma)
    assert _unreal(head) is unreal


def test_a_question_about_an_attempt_reads_attempts() -> None:
    """"When did gunmen try to kill ..." asks about the attempt: sentences that tell an attempt
    are read (the reader's unreal mark is dropped when the question's own act is unreal)."""
    q = parse("When did gunmen try to kill the president in Nairobi?")
    assert _unreal(_predicate(q.doc, q.main)) is True
