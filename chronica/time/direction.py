"""Which way a bare weekday points: the registry of named weekday-direction rules.

"Friday" without "last" or "next" is the previous Friday or the next one depending on the verb it
belongs to. The tagger's general tense reading (the nearest tense cue in the clause) already sends
"will meet Monday", "is expected to vote Tuesday", "plans to leave Friday" forward and "said
Monday", "met on Friday" back; with no cue at all it keeps the previous day (on TimeBank and
AQUAINT, 25 of 27 bare weekdays without a cue lie before the document date). The rules here are
the cases where that nearest cue misleads, each one named so a resolved value can be traced to it:

1. ``pluperfect``: "had planned a rally for Saturday": the plan itself lies in the past → past.
2. ``earliest_time``: "as soon as Monday", "as early as Tuesday": an earliest time is one still to
   come, whatever past-tense verb lies between ("as soon as trading opened Monday") → future.
3. ``forward_verb``: the verb governing the weekday is a past form that points forward ("planned a
   rally on Saturday", "postponed the vote until Tuesday") → future; but "a rally planned for
   Saturday was cancelled": the plan names a subject whose own past verb follows → past.
4. ``present_progressive``: "is meeting Monday", "are flying to Rome on Sunday": a present
   progressive with a day is an arrangement for the next such day → future.

Each rule reads a :class:`Clause` (the clause text before the weekday and the words after it)
and returns "future", "past" or None (no opinion); the first rule with an opinion decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from chronica.time import lexicon as lx


def _alt(words: tuple[str, ...]) -> str:
    if not words:
        raise ValueError("empty word group")
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# A verb that is no forward-pointing one: a past cue word or any past form in -ed. Between the
# governing verb and the weekday there must be none ("planned a rally that ended Saturday": ended).
_OTHER_VERB = re.compile(r"(?<![\w'])(?:" + _alt(lx.PAST_CUES) + r"|[a-z]{2,}ed)(?![\w'])")
_FORWARD = re.compile(r"(?<![\w'])(?:" + _alt(lx.FORWARD_VERBS) + r")(?![\w'])", re.IGNORECASE)
_HAD = re.compile(r"(?<![\w'])had\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_EARLIEST = re.compile(r"(?<![\w'])(?:" + _alt(lx.EARLIEST_CUES) + r")(?![\w'])", re.IGNORECASE)
#: words: how far an earliest-time cue still governs the weekday ("as soon as trading opened Monday")
_EARLIEST_WORDS = 4
_PROGRESSIVE = re.compile(r"(?:(?<![\w'])(?:" + _alt(tuple(b for b in lx.PRESENT_BE if b[0].isalpha())) + r")|"
                          r"(?:" + _alt(tuple(b for b in lx.PRESENT_BE if not b[0].isalpha())) + r"))"
                          r"\s+(?:not\s+|also\s+|still\s+)?[a-z]{2,}ing(?![\w'])")
#: "as planned", "as previously scheduled": the plan is background, not the governing verb
_AS_PLANNED = re.compile(r"(?<![\w'])as\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: a verb right after the weekday ("... for Saturday was cancelled"): the weekday ends its subject
_VERB_NEXT = re.compile(r"\s*(?:(?i:morning|afternoon|evening|night)\s+)?(?:" + _alt(lx.PAST_CUES) + r"|[a-z]{2,}ed)(?![\w'])")
#: characters after the weekday a rule may read
_AFTER_CHARS = 30
_ING_NOT_VERB = frozenset({"morning", "evening", "thing", "nothing", "something", "everything", "anything",
                           "during", "king", "ring", "spring", "string", "wing"})


@dataclass(frozen=True)
class Clause:
    """What a rule reads: the clause up to the weekday, and the text right after it."""

    before: str
    after: str


@dataclass(frozen=True)
class Direction:
    """The tense a weekday is read in ("future" → the next one, "past" → the previous one) and the
    name of the rule that decided it."""

    tense: str
    rule: str


def _pluperfect(clause: Clause) -> str | None:
    """"The union had planned a strike for Friday" (written on a Monday): the previous Friday."""
    last = None
    for last in _FORWARD.finditer(clause.before):
        pass
    if last is not None and _HAD.search(clause.before, 0, last.start()):
        return "past"
    return None


def _earliest_time(clause: Clause) -> str | None:
    """"could leave as soon as Tuesday", "as soon as trading opened Monday": the next one."""
    last = None
    for last in _EARLIEST.finditer(clause.before):
        pass
    if last is None or len(clause.before[last.end():].split()) > _EARLIEST_WORDS:
        return None
    return "future"


def _forward_verb(clause: Clause) -> str | None:
    """"Protesters planned a march on Saturday", "the vote was postponed until Tuesday": the
    governing verb is the last verb of the clause and it points forward → the next one. Not when
    the plan is only background ("the offensive began as planned Saturday"); and the previous one
    when the weekday closes a subject whose own past verb follows ("a service planned for Saturday
    was cancelled", "the reading planned for Monday attracted a crowd")."""
    last = None
    for last in _FORWARD.finditer(clause.before):
        pass
    if last is None or _OTHER_VERB.search(clause.before, last.end()):
        return None
    if _AS_PLANNED.search(clause.before, 0, last.start()):
        return None
    if _VERB_NEXT.match(clause.after):
        return "past"  # the subject's own verb tells what became of the plan, in the past
    return "future"


def _present_progressive(clause: Clause) -> str | None:
    """"The ministers are meeting on Monday": the next Monday. Not when a past verb follows the
    progressive ("is saying it happened Monday")."""
    last = None
    for m in _PROGRESSIVE.finditer(clause.before):
        if m.group().split()[-1] not in _ING_NOT_VERB:
            last = m
    if last is None or _OTHER_VERB.search(clause.before, last.end()):
        return None
    return "future"


#: The weekday-direction rules, in the order they are tried (see the module docstring).
RULES: dict[str, Callable[[Clause], str | None]] = {
    "pluperfect": _pluperfect,
    "earliest_time": _earliest_time,
    "forward_verb": _forward_verb,
    "present_progressive": _present_progressive,
}


def weekday_direction(text: str, clause_start: int, start: int, end: int) -> Direction | None:
    """The direction of the weekday at ``start:end`` from the first rule with an opinion, or None
    (then the tagger's nearest tense cue decides)."""
    clause = Clause(text[clause_start:start], text[end:end + _AFTER_CHARS])
    for name, rule in RULES.items():
        tense = rule(clause)
        if tense is not None:
            return Direction(tense, name)
    return None
