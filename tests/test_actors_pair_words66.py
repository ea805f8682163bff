"""Pair words, round 66 (issue 9, "actors": the recipients of joint acts).

Rule ``collective_noun_past_modifiers`` (chronica/actors/agents.py, ``_collective_head``): "the two"
or "both" before a collective noun of ``collectives.tsv`` read past the modifiers the parse hangs on
that noun - "the two brotherly countries", "the two new states", "both our governments" - names the
pair in context, as "the two countries" does; not past a state's word ("the two German powers" are
two German states). Seen in dev texts of ausnzl, albgrc, benner, egyeth, egysdn, eridji, kgzuzb,
tzamwi, pakafg, perecuador, chdsdn.

Rule ``heads_of_a_pair`` (``_collective_phrase``): the three-word collectives of ``collectives.tsv``,
"the two heads of government", "both heads of state", name the pair of office holders (else of
states) in context. Seen in dev texts of btnnpl, chdsdn, guysur, maresp, moralg.

Our own sentences (invented events between real states)."""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = "2005-01-01") -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


def _pairs(mentions):
    return [(m.text, set(m.actor_ids)) for m in mentions if m.kind == "collective"]


MODIFIED = [  # (text, phrase, the pair)
    ("Mali and Niger quarrelled over the river. In 1963 the two brotherly countries signed a treaty.",
     "the two brotherly countries", {"MLI", "NER"}),
    ("Chad and Sudan parted ways in 1960. The two new states signed a border accord in 1962.",
     "The two new states", {"TCD", "SDN"}),
    ("Kenya and Uganda argued over the lake. In 1970 both our governments signed the accord.",
     "both our governments", {"KEN", "UGA"}),
    ("Norway and Finland disputed the pastures, and in 1961 the two northern neighbours signed a protocol.",
     "the two northern neighbours", {"NOR", "FIN"}),
]


@pytest.mark.parametrize("text,phrase,pair", MODIFIED)
def test_a_collective_noun_past_its_modifiers(run, text, phrase, pair):
    assert (phrase, pair) in _pairs(run(text)), _pairs(run(text))


@pytest.mark.parametrize("text", [
    "Prussia and Austria shared the duchies, and in 1866 the two German powers went to war.",
    "Chad and Sudan quarrelled. The two largest banks closed their branches in 2008.",
])
def test_no_pair_past_a_state_or_a_noun_of_no_pair(run, text):
    assert not [p for p in _pairs(run(text)) if p[0].lower().startswith(("the two german", "the two largest"))]


HEADS = [  # (text, phrase, the pair of states or of their leaders)
    ("Mali and Niger quarrelled over the river. In 1994 the two heads of government met in Niamey.",
     "the two heads of government", {"MLI", "NER"}),
    ("Chad and Sudan quarrelled over the raids. In 2008 both heads of state signed a pact in Dakar.",
     "both heads of state", {"TCD", "SDN"}),
]


@pytest.mark.parametrize("text,phrase,pair", HEADS)
def test_heads_of_government_are_a_pair(run, text, phrase, pair):
    found = [p for p in _pairs(run(text)) if p[0] == phrase]
    assert found, _pairs(run(text))
    assert found[0][1] == pair, found
