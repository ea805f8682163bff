"""Session 39 (issue 10): the narrative anchor stays "written in full" (``_State.anchor_explicit``)
only while a date resolved on the narrative restates the very date the text wrote ("On 3 May
1982 ... The same day ..."); a narrative date that moves the story on ("the next day", "two
days later", "in June") is resolved, not written, so the anchor is no longer explicit.

Before, ``_Resolver.update_anchor`` compared the new value with the anchor value it had just
overwritten, so every narrative date counted as a restatement and kept the explicit flag of the
date before it. Dev timexes (43 subjects) and TBAQ values are the same either way: the rules
that read the flag (a bare earlier day of the month; a later day continuing a story of another
year) are preempted by the narrative-month rules in every text measured; the case table pins the
state itself."""

from __future__ import annotations

from datetime import date

import pytest

from chronica.time.tagger import _Resolver, _State

TEXT = "x" * 400

#: (calls: (value, narrative, explicit), the expected anchor_explicit after the last call)
CASES = [
    # "On 15 July 1974 the guard moved. The same day the president fled." (a restatement)
    ([("1974-07-15", False, True), ("1974-07-15", True, False)], True),
    # "On 15 July 1974 ... The next day the president fled." (the story moves on)
    ([("1974-07-15", False, True), ("1974-07-16", True, False)], False),
    # "On 2 May 1982 the cruiser sank. The following day ..., and that day ..." (moved, then restated)
    ([("1982-05-02", False, True), ("1982-05-03", True, False), ("1982-05-03", True, False)], False),
    # "The treaty was signed on June 3, 1950. Two days later ..." (a shift counted from it)
    ([("1950-06-03", False, True), ("1950-06-05", True, False)], False),
    # "In March 2013 ... In March ..." (a bare month restating the written one)
    ([("2013-03", False, True), ("2013-03", True, False)], True),
    # a date written in full after a moved one is explicit again
    ([("1974-07-15", False, True), ("1974-07-16", True, False), ("1974-07-20", False, True)], True),
]


@pytest.mark.parametrize("calls, expected", CASES)
def test_anchor_explicit_only_while_restated(calls, expected) -> None:
    resolver = _Resolver(TEXT, _State(dct=date(2024, 3, 1), dct_confidence=1.0))
    pos = 0
    for value, narrative, explicit in calls:
        resolver.update_anchor(value, pos, pos + 10, narrative=narrative, explicit=explicit)
        pos += 50
    assert resolver.state.anchor_explicit is expected
