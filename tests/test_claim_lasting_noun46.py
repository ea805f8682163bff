"""How long one thing lasted, told by two sources in sentences worded apart (session 46,
:func:`chronica.chronicle.claim_conflicts.one_lasting_thing`, :meth:`ClaimContext.one_time`,
:func:`at_one_time`).

Dev (stored chronicles of the 54 dev subjects recomputed): two spans of one lasting noun whose
sentences the wording bar kept apart (0.38-0.51) were one battle, one occupation, one blockade,
one occupation (chdsdn, idntls, nplind, sudssd); in each the noun's every span and beginning is
dated within one interval. The cases are of those shapes in words of our own."""

from __future__ import annotations

import pytest

from chronica.chronicle import claim_conflicts as cc
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import conflict


def _span(doc: int, sentence: str, obj: str | None, value: str, low: float, high: float,
          when: tuple[str, str] | None = None, where: tuple[str, ...] = (),
          modifiers: tuple[str, ...] = ()) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="duration", topic=f"how long: {obj}", value=value,
                         start=0, end=1, obj=obj, low=low, high=high,
                         earliest=when[0] if when else None, latest=when[1] if when else None,
                         where=list(where), modifiers=list(modifiers))


def _phase(doc: int, sentence: str, obj: str, when: tuple[str, str]) -> SentenceClaim:
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind="phase", topic=f"when the {obj} began", value=when[0],
                         start=0, end=1, obj=obj, phase="start", earliest=when[0], latest=when[1])


TEN_DAYS = _span(1, "The rebels withdrew on 3 May, after ten days of occupation.", "occupation", "ten days",
                 9.5, 10.5, ("1994-05-03", "1994-05-03"))
THREE_WEEKS = _span(2, "The occupation lasted nearly three weeks before the rebels pulled out.", "occupation",
                    "nearly three weeks", 17.5, 24.5)
BLOCKADE_DAYS = _span(3, "The blockade lasted 120 days and left the valley short of fuel.", "blockade",
                      "120 days", 119.5, 120.5)
BLOCKADE_MONTHS = _span(4, "Traders were stuck in a blockade which lasted almost six months.", "blockade",
                        "almost six months", 167.4, 197.9, ("2011-10-02", "2011-10-02"))

# (case, claim a, claim b, the store's other claims of the noun, one thing?)
CASES = [
    ("one occupation, one side dated", TEN_DAYS, THREE_WEEKS, [], True),
    ("one blockade, the other side dated", BLOCKADE_DAYS, BLOCKADE_MONTHS,
     [_phase(5, "The blockade began in October 2011.", "blockade", ("2011-10-01", "2011-10-31"))], True),
    ("one battle, both dated in one month",
     _span(1, "The rebels reached the capital in early March 1990, in two days of fighting.", "fighting",
           "two days", 1.5, 2.5, ("1990-03-01", "1990-03-10")),
     _span(2, "The rebels fought their way to the palace; the fighting lasted four days.", "fighting",
           "four days", 3.5, 4.5, ("1990-03-01", "1990-03-31")), [], True),
    ("one occupation, both undated",
     _span(1, "In all, the occupation had lasted twenty years.", "occupation", "twenty years", 7122.0, 7488.0),
     _span(2, "What followed was twenty-three years of occupation.", "occupation", "twenty-three years",
           8218.0, 8583.0), [], True),
    ("the noun told of at two times: two blockades", BLOCKADE_DAYS, BLOCKADE_MONTHS,
     [_phase(5, "The first blockade began in March 1989.", "blockade", ("1989-03-01", "1989-03-31"))], False),
    ("both dated, at two times",
     _span(1, "The siege of the port lasted ten weeks in 1950.", "siege", "ten weeks", 66.5, 73.5,
           ("1950-01-01", "1950-12-31")),
     _span(2, "A siege in 1961 lasted seven weeks.", "siege", "seven weeks", 45.5, 52.5,
           ("1961-01-01", "1961-12-31")), [], False),
    ("two nouns", TEN_DAYS,
     _span(2, "The blockade lasted nearly three weeks.", "blockade", "nearly three weeks", 17.5, 24.5), [], False),
    ("placed apart",
     _span(1, "The siege of the north lasted ten weeks.", "siege", "ten weeks", 66.5, 73.5, where=("north",)),
     _span(2, "The siege of the port lasted seven weeks.", "siege", "seven weeks", 45.5, 52.5, where=("port",)),
     [], False),
    ("two kinds of one noun",
     _span(1, "The tanker war lasted four years.", "war", "four years", 1278.0, 1644.0, modifiers=("tanker",)),
     _span(2, "The war lasted eight years.", "war", "eight years", 2739.0, 3105.0), [], False),
    ("a repetition word",
     _span(1, "The first blockade lasted 120 days.", "blockade", "120 days", 119.5, 120.5),
     _span(2, "The second blockade lasted six months.", "blockade", "six months", 167.4, 197.9), [], False),
    ("figures of another order: a day's fighting, a war's years",
     _span(1, "The fighting lasted three days.", "fighting", "three days", 2.5, 3.5),
     _span(2, "Years of fighting followed: it went on for nine years.", "fighting", "nine years", 3104.0, 3470.0),
     [], False),
    ("no lasting noun",
     _span(1, "The envoy stayed away for ten days.", "envoy", "ten days", 9.5, 10.5),
     _span(2, "The envoy was gone for nearly three weeks.", "envoy", "nearly three weeks", 17.5, 24.5), [], False),
]


class _Ctx(cc.ClaimContext):
    def __init__(self, claims: list[SentenceClaim]) -> None:  # no events, no vectors
        self.claims, self._lasting = claims, None


@pytest.mark.parametrize("case, a, b, others, one", CASES, ids=[c[0] for c in CASES])
def test_one_lasting_thing(case: str, a: SentenceClaim, b: SentenceClaim, others: list[SentenceClaim],
                           one: bool) -> None:
    ctx = _Ctx([a, b, *others])
    assert cc.one_lasting_thing(a, b, ctx.one_time(a.obj)) is one


def test_one_occupation_disagrees() -> None:
    """The spans so taken for one thing disagree when their intervals do not overlap."""
    assert conflict(TEN_DAYS, THREE_WEEKS) is not None
    assert conflict(BLOCKADE_DAYS, BLOCKADE_MONTHS) is not None


@pytest.mark.parametrize("spans, one", [
    ([("1990-01-01", "1990-12-31"), ("1990-03-01", "1990-03-31"), ("1990-03-10", "1990-06-30")], True),
    ([("1990-01-01", "1990-03-31"), ("1990-03-01", "1990-05-31"), ("1990-04-01", "1990-06-30")], False),
    ([], True),
])
def test_at_one_time(spans: list[tuple[str, str]], one: bool) -> None:
    claims = [_span(i, "The siege lasted a week.", "siege", "a week", 3.5, 10.5, s) for i, s in enumerate(spans)]
    assert cc.at_one_time(claims) is one
