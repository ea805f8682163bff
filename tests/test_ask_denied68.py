"""A did-question is answered "no" by a sentence that tells its doer did not do its act
(:meth:`chronica.ask.answer.Asker._denied_act`, :func:`chronica.ask.reading.denied_in`): the
question's predicate (a word of its family) negated or refused, with the question's doer as its
subject or as the subject of the verb it hangs from ("Iceland refused to sign it"), done to the
question's thing, to a pronoun for it named just before, or to nothing named ("did not appear",
"did not sign anything"), at no date outside the question's. Before, such a sentence that did
not also name every other name of the question was not read and the answer was "not in the
sources". A plan, another doer's denial, another thing, another date, or a bare "denied" (of a
charge) give no "no". Invented texts."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.question import parse_plain
from chronica.ask.reading import LOOSE, NAMED, PRONOUN, REFUSAL, denied_in

TEXTS = {
    "levy.txt": """title: A fishing levy
published: 1990-01-01

In 1987 Tonga and Fiji agreed to share a fishing levy for the reef.
Tonga never paid a single pa'anga of its share.
Fiji promised to pay its share of the reef levy by 1992.
""",
    "panel.txt": """title: The guano islands
published: 1993-01-01

In 1991 Chile took its quarrel with Norway over the guano islands to an arbitral panel in Geneva.
Norway did not appear and told the panel that it had no jurisdiction.
""",
    "annex.txt": """title: A summit in Galway
published: 2002-01-01

Iceland and Ireland met at a summit in Galway in May 2001 and drew up a fisheries protocol.
The Icelandic delegation praised the fisheries protocol, but Iceland refused to sign it.
""",
    "suva.txt": """title: The Suva accord
published: 2012-01-01

Vanuatu and the Solomon Islands signed the Suva accord in March 2011.
The Kalo Front itself did not sign anything in Suva.
""",
    "pact.txt": """title: Another pact
published: 1980-01-01

Benin and Togo drafted a customs charter in Lome in 1978.
Benin never signed the trade pact.
Benin vetoed the renewal of a river commission in 1978.
In 1975 Benin did not renew the ferry treaty with Togo.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("denied68"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, cited", [
    ("Did Tonga pay its share of the levy it agreed with Fiji in 1987?", "Tonga never paid"),
    ("Did Norway appear before the arbitral panel in Geneva in 1991?", "Norway did not appear"),
    ("Did Iceland sign the fisheries protocol?", "Iceland refused to sign it"),
    ("Did the Kalo Front sign the Suva accord?", "did not sign anything in Suva"),
])
def test_a_denial_by_the_doer_answers_no(asker, question, cited):
    answer = asker.ask(question)
    assert answer.verdict == "answered" and answer.text.startswith("no"), answer.text
    assert any(cited in c.sentence for c in answer.citations)


@pytest.mark.parametrize("question", [
    # a plan is no word on whether it happened
    "Did Fiji pay its share of the reef levy?",
    # another doer's denial
    "Did Chile appear before the arbitral panel in Geneva in 1991?",
    # another thing named
    "Did Benin sign the customs charter?",
    # a refusing word done to another thing than the asked one
    "Did Benin accept the Cotonou Protocol?",
    # the denial dated outside the question's time
    "Did Benin renew the ferry treaty with Togo in 1979?",
])
def test_no_denial_of_the_asked_act(asker, question):
    answer = asker.ask(question)
    assert not (answer.verdict == "answered" and answer.text.startswith("no")), answer.text


NONE, REJECT = frozenset(), frozenset({"REJECT"})


@pytest.mark.parametrize("sentence, lemma, doer, refusing, expected", [
    ("Tonga never paid a single pa'anga of its share.", "pay", "Tonga", NONE, (True, NAMED)),
    ("Norway did not appear and told the panel that it had no jurisdiction.", "appear", "Norway", NONE, (True, LOOSE)),
    ("Iceland accepted the annex but refused to sign it.", "sign", "Iceland", NONE, (True, PRONOUN)),
    ("Iceland signed the annex in Galway.", "sign", "Iceland", NONE, (False, NAMED)),
    # a refusing word of an accepting act, of a thing named: no
    ("Norway rejected the ruling of the panel.", "accept", "Norway", REJECT, (True, REFUSAL)),
    # a plan, another doer, another act, a refusal of nothing named (a charge): nothing told
    ("Fiji promised to pay its share by 1992.", "pay", "Fiji", NONE, None),
    ("Chile said that Norway did not appear.", "appear", "Chile", NONE, None),
    ("Tonga never fished the reef.", "pay", "Tonga", NONE, None),
    ("Samoa blamed Norway for the raid; Norway denied.", "accept", "Norway", REJECT, None),
])
def test_denied_in(sentence, lemma, doer, refusing, expected):
    doc = parse_plain([sentence])[0]
    assert denied_in(doc, lemma, refusing, [], [doer]) == expected
