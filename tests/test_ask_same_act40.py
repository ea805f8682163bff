"""A sentence that tells the question's act with another verb of the same coded phrase states it;
a sentence that tells another step of a many-step act does not (:mod:`chronica.ask.reading`).

Rule 1, one act in other words (:func:`~chronica.ask.reading.same_act_phrases`,
:func:`~chronica.ask.reading.states_by_phrase`): the ontology's verb phrases of one coding (PLOVER
type, CAMEO code, form) done to one class of things it names ("sign", "conclude", "reach" an
ACCORD: SUPPORT 057; "cut", "sever" RELATIONS: SANCTION 161; "recall", "withdraw" an ENVOY) tell one
act. The shapes come from dev texts that tell a signing as "an interim agreement was concluded on
..." (codwars), "the ... Accord was concluded on ..." (indmal), "the two countries concluded on
[date] the Agreement ..." (egysdn), "the ... Agreement, concluded on [date] by ..." (gbrirl), and a
break of relations as "cut diplomatic relations" / "severed diplomatic relations" (moralg, chdsdn,
egylby, guyven) and a recall as "withdrew its ambassador" (maresp). A phrase of a single word
("declare", "win", "lose" [war]) is no class: such verbs may tell different acts of one code.

Rule 2, steps of one act (:func:`~chronica.ask.reading.other_step`, the ontology's ``act`` of a
trigger group): initialling and ratifying an accord code as its signing (057), but a question
that asks for one of them is not answered by another: dev texts tell a protocol signed on one day
and ratified by both congresses a month later (perecuador), a convention signed in one year and
ratified in the next and by the other side sixteen years on (moralg), an agreement initialled by
two prime ministers (srbkos) and a draft initialled by one party alone (egyeth); a question on a
ratification was answered by the signing (iraniraq). The sentences below are our own, of those
shapes."""

from __future__ import annotations

import re

import pytest

from chronica.ask.answer import one_act
from chronica.ask.question import parse, parse_plain
from chronica.ask.reading import _predicate, inflects, other_step, same_act_phrases, states_by_phrase
from chronica.claims.model import SentenceClaim


def _verbs(sentence: str):
    return [t for t in parse_plain([sentence])[0] if t.pos_ in ("VERB", "AUX")]


@pytest.mark.parametrize("question, sentence, states", [
    # rule 1: the same coded act done to the same class of things, another verb
    ("When was the fisheries accord between Nordland and Westmark signed?",
     "After talks in the capital an interim accord was concluded on 13 November 1973.", True),
    ("When did the two premiers sign the Gulf Accord?",
     "The Gulf Accord was concluded on 1 June 1966 after talks between the two ministers.", True),
    ("When did Ruritania and Borduria sign the river agreement?",
     "The two countries concluded on 8 November 1959 the agreement on the river.", True),
    ("When did Norway sever diplomatic relations with Chile?",
     "Norway cut diplomatic relations with Chile on Tuesday.", True),
    ("When did Norway recall its ambassador from Chile?",
     "In 2007 Norway again withdrew its ambassador in protest.", True),
    # the other verb without the class's thing tells something else ("concluded that ...")
    ("When did Ruritania and Borduria sign the river agreement?",
     "The panel concluded that Ruritania was supporting the rebels.", False),
    # a phrase of one word is no class: declaring a war is not winning it
    ("When did Ruritania declare war on Borduria?", "Ruritania won the war in 1920.", False),
    # rule 2: another step of the act
    ("When was the border treaty signed?", "Both parliaments ratified the border treaty on 26 February 1942.", False),
    ("When was the border treaty signed?", "The two ministers initialled the border treaty on 19 April.", False),
])
def test_states_by_phrase(question, sentence, states):
    q = parse(question)
    phrases = same_act_phrases(_predicate(q.doc, q.main))
    assert any(states_by_phrase(t, phrases) for t in _verbs(sentence)) is states


@pytest.mark.parametrize("lemma, sentence, other", [
    ("sign", "Both congresses ratified the protocol on 26 February 1942.", True),
    ("ratify", "A border convention signed in the capital on 15 June 1972 settled the line.", True),
    ("sign", "On 19 April the two prime ministers initialled the first agreement.", True),
    ("sign", "One party alone initialled the draft at the end of February.", True),
    ("ratify", "The Shah and the vice-president sign the accord at a summit.", True),
    ("reach", "The two prime ministers initialled the text in the night.", True),
    # both steps told, or none: not another step only
    ("ratify", "The convention was signed in 1972 and ratified in 1973.", False),
    ("sign", "The agreement of 19 April ended the dispute.", False),
    ("sign", "The accord was concluded on 1 June after long talks.", False),
    # an act of no many steps
    ("invade", "The army crossed the border and ratified nothing.", False),
])
def test_other_step(lemma, sentence, other):
    assert other_step(lemma, re.findall(r"[^\W\d_]+", sentence)) is other


@pytest.mark.parametrize("lemma, word, form", [
    ("sign", "signed", True), ("ratify", "ratified", True), ("initial", "initialled", True),
    ("conclude", "concluding", True), ("agree", "agreement", False), ("sign", "significant", False),
])
def test_inflects(lemma, word, form):
    assert inflects(lemma, word) is form


def _claim(predicate: str) -> SentenceClaim:
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="date", topic="when the accord was signed", value="1975", start=0, end=0,
                         predicate=predicate)


@pytest.mark.parametrize("asked, stored, same", [
    ("ratify", "sign", False),  # a ratification's date is no date of the signing (iraniraq's shape)
    ("sign", "initial", False),
    ("sign", "conclude", True),  # one step, another verb
    ("sign", "sign", True),
])
def test_one_act_steps(asked, stored, same):
    assert one_act(_claim(asked), _claim(stored)) is same


# Rule 3, an act below the asked one in CAMEO's tree (:func:`~chronica.ask.reading.code_states`,
# :func:`~chronica.ask.reading.states_by_code`): a bombing (183) is an attack (180), a shelling
# (194) a use of force (190) -- not the other way round, and not another word of the same code
# (a trigger group's words of one code name different things: a ban is no embargo). Dev shapes:
# a raid asked of, told as jets bombing villages (pakafg); an attack told as air strikes and
# jets bombing a base (egylby); an air battle told as fighters shot down (isrsyr).
@pytest.mark.parametrize("asked, told, states", [
    ("180", "183", True), ("180", "186", True), ("190", "194", True), ("183", "1831", True),
    ("183", "180", False),  # "attacked" tells no bombing
    ("180", "180", False),  # one code: left to the word's own family
    ("180", "190", False), ("0871", "0872", False),
])
def test_code_states(asked, told, states):
    from chronica.ask.reading import code_states

    assert code_states(asked, told) is states


@pytest.mark.parametrize("question, sentence, states", [
    ("When did Ruritanian jets raid the border villages?",
     "Ruritanian jets bombed several border villages late on Tuesday.", True),
    ("When did Ruritania attack the air base near the coast?",
     "Within days Ruritanian jets were bombing the air base near the coast.", True),
    ("When did Ruritanian jets bomb the dam?", "Ruritanian jets attacked the dam in June.", False),
])
def test_states_by_code(question, sentence, states):
    from chronica.ask.reading import states_by_code, word_codes

    q = parse(question)
    predicate = _predicate(q.doc, q.main)
    codes = word_codes(predicate.lemma_, predicate.pos_)
    assert any(states_by_code(t, codes) for t in parse_plain([sentence])[0]) is states


# Rule 4, the refusal of the asked act (:data:`~chronica.ask.reading.REFUSED_BY`): a sentence that
# tells an AGREE act ("accept", "agree") by a word of PLOVER's REJECT ("all rejections and
# refusals") says it was not done. Dev shapes: a resolution a capital rejected, asked whether the
# state accepted it (isrsyr); an arbitral award a state rejected, checked as accepted (chnphl,
# slocro); further aid a state refused, asked whether it kept accepting it (nldidn).
@pytest.mark.parametrize("question, sentence, refused", [
    ("Did Ruritania accept the Council resolution?", "In November Ruritania rejected the Council resolution.", True),
    ("Ruritania accepted the arbitral award.", "Ruritania rejected the award within hours.", True),
    ("Did Ruritania accept further aid?", "In March Ruritania refused further aid from its former ruler.", True),
    # another act: no refusal of it
    ("Did Ruritania sign the treaty?", "Ruritania rejected the treaty.", False),
    ("Did Ruritania accept the award?", "Ruritania welcomed the award.", False),
])
def test_refuses(question, sentence, refused):
    from chronica.ask.reading import refuses, refusing_types

    q = parse(question)
    types = refusing_types(_predicate(q.doc, q.main))
    assert any(refuses(t, types) for t in parse_plain([sentence])[0]) is refused
