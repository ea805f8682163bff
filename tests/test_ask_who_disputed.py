"""Who-questions answered from the build's "who" disagreements first (issue 14).

When the claims layer stored a disagreement on who did a once-only act (who signed a document for
a state, who convened or chaired talks, who brokered a truce), a who-question about that act is
answered "the sources disagree", each side's names with its sources and sentences, instead of one
list merging every source's names (:meth:`chronica.ask.answer.Asker._who_disputed`). The shapes
are those of several dev subjects (a declaration signed for one state by two different leaders;
talks convened by one of two heads of state; a tribunal presided over by one of two jurists; a
commitment signed for a state); the texts are the test's own.
"""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import WHO_TOPIC, _once_topic, side_names

TEXTS = {
    "wire.txt": """title: Lome accord signed
published: 1975-06-10

On 4 June 1975, Togo's Prime Minister Kodjo Amavi and Ghana's Foreign Minister Kwesi Boateng signed the Lome accord on river fishing.
The border talks of March 1974, convened by Senegal's President Leopold Senghor, ended without agreement.
The river truce was brokered by Nigeria's General Yakubu Gowon on 2 May 1971.
""",
    "encyclopedia.txt": """title: Ghana-Togo relations
published: 1985-03-02

The Lome accord was signed on 4 June 1975 by Togo's Foreign Minister Edem Sewa and Ghana's Foreign Minister Kwesi Boateng.
The border talks of March 1974 were chaired by Ivory Coast's President Felix Houphouet-Boigny, who had invited both delegations to Abidjan.
The river truce of May 1971 was mediated by Liberia's President William Tolbert.
""",
}


@pytest.mark.parametrize("topic, act, state, thing", [
    ("who signed for ETH: declaration", "signed", "ETH", "declaration"),
    ("who signed for XKX: commitment", "signed", "XKX", "commitment"),
    ("who convened: talk", "convened", None, "talk"),
    ("who broke off: relation", "broke off", None, "relation"),
    ("who brokered: agreement", "brokered", None, "agreement"),
])
def test_ask_who_topic_parts(topic, act, state, thing):
    m = WHO_TOPIC.match(topic)
    assert m is not None and (m.group("act"), m.group("state"), m.group("thing")) == (act, state, thing)


@pytest.mark.parametrize("lemma, topic_act", [
    # the claims layer's once-only classes (claims.yaml once_predicates), named as its topics
    ("preside", "convened"), ("chair", "convened"), ("host", "convened"), ("convene", "convened"),
    ("mediate", "brokered"), ("broker", "brokered"), ("sever", "broke off"),
    ("sign", None), ("visit", None),
])
def test_ask_once_topic_of_a_question_verb(lemma, topic_act):
    assert _once_topic(lemma) == topic_act


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("who_disputed"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, names", [
    # a state's signatory given otherwise by each source (egyeth, srbkos, slocro shapes)
    ("Who signed the 1975 Lome accord on behalf of Togo?", ["Edem Sewa", "Kodjo Amavi"]),
    # talks convened by one of two heads of state; asked as convened or as presided (guyven)
    ("Who convened the 1974 border talks?", ["Senghor", "Houphouet"]),
    ("Who presided over the border talks?", ["Senghor", "Houphouet"]),
    # a truce brokered / mediated (srbkos, moralg shapes)
    ("Who mediated the 1971 river truce?", ["Gowon", "Tolbert"]),
])
def test_ask_who_answers_each_side_of_a_stored_disagreement(asker, question, names):
    answer = asker.ask(question)
    assert answer.verdict == "disputed", answer.text
    assert len(answer.sides) == 2, answer.sides
    for name in names:  # each name on one side only, with that side's own source
        holding = [s for s in answer.sides if name in s.label]
        assert len(holding) == 1, (name, answer.text)
    docs = [{c.document for c in s.citations} for s in answer.sides]
    assert all(docs) and not docs[0] & docs[1], answer.text
    assert answer.text.startswith("the sources disagree: "), answer.text


@pytest.mark.parametrize("question", [
    "Who signed the Lome accord on behalf of Ghana?",  # the other state: its signatory is agreed
    "Who mediated the river truce in 1980?",  # another time
    "Who convened the 1974 summit?",  # another thing of the act
])
def test_ask_who_not_disputed_off_the_disagreement(asker, question):
    assert asker.ask(question).verdict != "disputed"


class _Said:  # a side's sentence claim: its sentence and the persons it resolved
    def __init__(self, sentence: str, persons: list[str]) -> None:
        self.sentence, self.persons = sentence, persons


class _Side:
    def __init__(self, value: str, mentions: list) -> None:
        self.value, self.mentions = value, mentions


@pytest.mark.parametrize("value, mentions, label", [
    # a person the knowledge base lacks: the words as the sentence writes them, not the phrase
    # the value kept ("the Russian jurist"; guyven shape)
    ("the Togolese jurist, 3 October 1899",
     [_Said("The tribunal, chaired by the Togolese jurist Komla Adjavon, ruled in Paris.", ["name:komla adjavon"])],
     "Komla Adjavon"),
    # a person the knowledge base knows: its name (rwacod, srbkos shapes)
    ("Kagame, 26 June", [_Said("Kagame signed it on 26 June.", ["id:paul_kagame"])], "Paul Kagame"),
    # two persons of one side, once each (hunsvk shape)
    ("Kodjo Amavi and Edem Sewa, 1975",
     [_Said("Kodjo Amavi and Edem Sewa signed.", ["name:kodjo amavi", "name:edem sewa"]),
      _Said("Kodjo Amavi signed.", ["name:kodjo amavi"])], "Kodjo Amavi and Edem Sewa"),
    # no person: the value without its date, its possessive joined (moralg shape)
    ("Rabat, 1976", [_Said("Rabat broke off relations in 1976.", [])], "Rabat"),
    ("Brazil 's President Lula, 2023", [_Said("Talks hosted by Brazil's President Lula.", [])],
     "Brazil's President Lula"),
])
def test_ask_who_side_names(value, mentions, label):
    assert side_names(_Side(value, mentions)) == label
