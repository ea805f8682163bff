"""The reader reads an act told as refused or declined as not done (:func:`chronica.ask.reading._denied`,
the events stage's modality at the predicate): "Nyerere refused to attend the summit" answers
"did Nyerere attend the summit" with no, as "did not attend" does; before, only a "not" or
"never" under the predicate counted and the refusal was read as the act. Sentences in the
shapes of dev subjects' texts (Uganda–Tanzania, Guyana–Venezuela, the Koreas, Serbia–Kosovo)."""

from __future__ import annotations

import pytest

from chronica.ask.question import parse_plain
from chronica.ask.reading import _denied

# (sentence, the predicate's lemma, whether the act is told as not done)
CASES = [
    ("Nyerere refused to attend the 1975 summit of the Organisation of African Unity in Kampala.", "summit", True),
    ("In 1982 Venezuela declined to renew the protocol, which lapsed in June.", "renew", True),
    ("Syngman Rhee refused to sign the armistice.", "sign", True),
    ("Both leaders accepted the annex but refused to sign it.", "sign", True),
    # told as done, or as wanted: not denied
    ("Nyerere attended the summit in Kampala in 1975.", "summit", False),
    ("Venezuela agreed to renew the protocol for another twelve years.", "renew", False),
    ("The armistice was signed at Panmunjom on 27 July 1953.", "sign", False),
    ("Kurti and Vucic signed the annex in Ohrid.", "sign", False),
]


@pytest.mark.parametrize("sentence, lemma, expected", CASES)
def test_refused_is_not_done(sentence, lemma, expected):
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.lemma_.lower() == lemma)
    assert _denied(head) is expected
