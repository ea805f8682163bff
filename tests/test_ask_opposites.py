"""Opposite happenings of one kind never answer each other (session 34, issue 14): open / close,
impose / lift, suspend / resume, break / restore (:data:`chronica.ask.reading.OPPOSITE_ACTS`);
and a name inside the subject's "of" phrase takes no role in the question's parse ("the borders
[of Benin] reopen": Benin is not the one the reopening is done to). Names and sentences are the
project's own; the shapes follow dev questions (a border's reopening asked while a source tells
its closing; relations restored after a break; flights resumed after their suspension; sanctions
lifted after they were imposed: maresp, moralg, eridji, ethiopia, chnind)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over
from test_chronicle_data import needs_minilm

from chronica.ask import parse
from chronica.ask.reading import opposite_acts, tells_opposite
from chronica.events.model import TARGET

# (the question's act, words of a sentence, whether the sentence tells only the opposite act)
OPPOSITES = [
    ("reopen", ["Chad", "close", "the", "land", "border"], True),  # a closing for a reopening
    ("reopen", ["the", "closure", "of", "the", "crossing"], True),  # the closing's noun
    ("reopen", ["the", "border", "closed", "in", "2020", "and", "reopened", "in", "2022"], False),  # both: read it
    ("close", ["the", "crossing", "reopened"], True),  # and the other way round
    ("restore", ["Niger", "broke", "off", "relations"], True),  # an irregular form of the opposite
    ("restore", ["relations", "were", "severed"], True),
    ("break", ["relations", "were", "restored"], True),
    ("resume", ["flights", "were", "suspended"], True),
    ("suspend", ["flights", "resumed"], True),
    ("lift", ["the", "council", "imposed", "sanctions"], True),
    ("impose", ["the", "sanctions", "were", "lifted"], True),
    ("sign", ["the", "treaty", "was", "closed"], False),  # an act with no opposite in the table
    ("reopen", ["the", "border", "crossing", "at", "the", "river"], False),  # no act of either side
]


@pytest.mark.parametrize("act, words, opposite", OPPOSITES)
def test_ask_a_sentence_of_the_opposite_act_tells_no_answer(act, words, opposite):
    assert tells_opposite(act, words) is opposite


def test_ask_opposite_acts_are_symmetric_and_empty_for_other_acts():
    assert "close" in opposite_acts("reopen") and "reopen" in opposite_acts("close")
    assert "restore" in opposite_acts("sever") and "break" in opposite_acts("restoration")
    assert opposite_acts("visit") == frozenset()


# (question, a name, whether the parse makes it the one the act is done to)
ROLES = [
    ("When did the land borders of Benin and Togo reopen after the epidemic closure?", "TGO", False),  # in the
    ("When did the land borders of Benin and Togo reopen after the epidemic closure?", "BEN", False),  # subject's "of"
    ("When did Chad reopen its border with Niger?", "TCD", False),  # the subject: the doer
    ("When did Chad invade Niger?", "NER", True),  # an object stays the one done to
]


@pytest.mark.parametrize("text, actor, target", ROLES)
def test_ask_parse_a_name_in_the_subjects_of_phrase_has_no_role(text, actor, target):
    roles = {a.actor_id: a.role for a in parse(text).actors}
    assert actor in roles, roles
    assert (roles[actor] == TARGET) is target


TEXTS = {
    "chronicle.txt": """title: A chronicle of the lake borders
published: 2023-01-01

In March 2020 Benin closed the land border with Togo as the epidemic spread.
The land borders of Benin and Togo were reopened on 17 May 2022, after more than two years.
In March 2020 Mali closed the land border with Burkina Faso as the epidemic spread.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("opposites"), TEXTS) as asker:
        yield asker


@needs_minilm
def test_ask_when_reopened_is_the_reopening_not_the_closing(asker):
    answer = asker.ask("When did the land borders of Benin and Togo reopen after the epidemic closure?")
    assert answer.verdict == "answered", answer.text
    assert answer.values and answer.values[0] == "2022-05-17", answer.text


@needs_minilm
def test_ask_when_reopened_with_only_the_closing_told_is_no_answer(asker):
    """The sources tell the closing and no reopening: no answer beats the closing's date."""
    answer = asker.ask("When did the land border between Mali and Burkina Faso reopen after the epidemic closure?")
    assert not any(v.startswith("2020") for v in answer.values), answer.text
    assert "2020" not in answer.text, answer.text
