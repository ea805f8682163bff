"""Which date "N units after/before the X" counts from: the registry of named counted-from rules.

"Five days after the ceasefire", "three months after the frigates had arrived", "four days before
the peace declaration" name a day by its distance from a happening. The day is known only when the
date of that happening is: the date the story last told (the narrative anchor) or the date of
writing is a guess, and often a wrong one ("Sixty years after the Sand War" in a 2023 feature is no
2083; "he lasted three months before the politicians replaced him", after "died in 2003", is no
2002). The rules here decide what the count starts from, each one named so a resolved value can be
traced to it; the first with an opinion decides:

1. ``restates_a_date``: a written date stands right beside the expression ("On 13 February 1995,
   four days before the peace declaration, ..."; "Three weeks after the fighting began, on 17
   February, ..."; "signed on 4 March 1961, a week after the talks ended"): the expression only says how
   that day stands to another happening; it has no date of its own (the written date dates the
   clause).
2. ``named_happening``: the happening named after "after/before the" was told earlier in the text
   in a sentence with a calendar date ("a ceasefire took effect on 20 August 1988. ... Talks opened
   five days after the ceasefire"): the count starts at that date.
3. ``dated_where_named``: the happening named is told with its own date right there, in the phrase
   that follows the expression ("ten months after the colony's independence on 2 June 1958", "four
   months before the port left the customs union on 3 March 1971", "the day before the pact was
   signed on 4 July 2003"): the count starts at that date.
4. otherwise no date: the expression is its duration alone, and the clause's own time is unknown.

Each rule reads a :class:`Counted` (the text, the expression's place, the dates already told and
the places of the dates still to come) and returns a :class:`From` or None (no opinion).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: characters between a written date and the expression when the one stands beside the other
_BESIDE_BEFORE = re.compile(r"\s*[,\u2013\u2014-]\s*$")
#: ", on 17 February", ", in 1981": a written date right after the named happening's phrase
_BESIDE_AFTER = re.compile(r"[^,.;:!?\n]{0,80}?,\s*(?:(?i:on|in|at)\s+)?")
#: "the X ...": the named happening, read as up to three words after the article
_NAMED = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)")
#: words that end the name of a happening ("the war in ...", "the coup that ...")
_NAME_ENDS = frozenset({"of", "in", "at", "on", "by", "with", "for", "to", "and", "or", "but", "that", "which",
                        "who", "had", "has", "have", "was", "were", "is", "are", "be", "been", "when", "as",
                        "from", "into", "over", "under", "between", "against"})
#: a sentence boundary in the text
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")


@dataclass(frozen=True)
class Told:
    """A calendar date told in the text (its place and value)."""

    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Counted:
    """What a rule reads: the text, the expression at ``start:end`` (ending in "after"/"before"),
    the calendar dates told before it and the places where written dates start after it."""

    text: str
    start: int
    end: int
    told: tuple[Told, ...]
    written_after: tuple[int, ...]
    #: the dates written in full (with their year) after the expression, read ahead of the story
    written_ahead: tuple[Told, ...] = ()


@dataclass(frozen=True)
class From:
    """The date the count starts from (None: the expression has no date) and the deciding rule."""

    value: str | None
    rule: str


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, m.start() if m else len(text)


def named_words(c: Counted) -> list[str]:
    """The words naming the happening counted from, longest first ("peace declaration",
    "declaration" is not tried: a shorter name is the phrase's first words)."""
    m = _NAMED.match(c.text, c.end)
    if m is None:
        return []
    words = []
    for w in m.group(1).split():
        if w.lower() in _NAME_ENDS:
            break
        words.append(w)
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def _restates_a_date(c: Counted) -> From | None:
    """A written date beside the expression: no date of its own."""
    if c.told and c.told[-1].end <= c.start and _BESIDE_BEFORE.fullmatch(c.text, c.told[-1].end, c.start):
        return From(None, "restates_a_date")
    m = _BESIDE_AFTER.match(c.text, c.end)
    if m is not None and m.end() in c.written_after:
        return From(None, "restates_a_date")
    return None


def _stem(word: str) -> str:
    """The letters a word shares with the other forms of its happening ("invasion" / "invaded",
    "signing" / "signed"): all but a suffix's worth of a long word, a short one whole."""
    return word[:max(STEM_LETTERS, len(word) - 4)] if len(word) > STEM_LETTERS + 1 else word


#: letters a stem keeps at least
STEM_LETTERS = 4


def _named_happening(c: Counted) -> From | None:
    """The happening named was told earlier with a date in its sentence: that date. The name is
    looked for as written (its longest run of words first), then as any form of its first word
    ("three days after the invasion" after "Argentina invaded on 2 April 1982")."""
    own_start, _ = _sentence_of(c.text, c.start)
    names = named_words(c)
    patterns = [r"(?<![\w-])" + re.escape(name) + r"(?![\w-])" for name in names]
    if names:
        patterns.append(r"(?<![\w-])" + re.escape(_stem(names[-1])) + r"[\w'\u2019-]*")
    for pat in patterns:
        pattern = re.compile(pat, re.IGNORECASE)
        hits = [m.start() for m in pattern.finditer(c.text, 0, own_start)]
        for pos in reversed(hits):
            lo, hi = _sentence_of(c.text, pos)
            dates = [t for t in c.told if lo <= t.start < hi]
            if dates:
                nearest = min(dates, key=lambda t: abs(t.start - pos))
                return From(nearest.value, "named_happening")
    return None


#: what may stand between the expression and the date of the happening it names: that
#: happening's own phrase, without a comma or a sentence's end ("the pact was signed on")
_NAMED_PHRASE = re.compile(r"[^,.;:!?()\n\u2013\u2014]{1,90}?\s(?:(?i:on|in|of))\s+$")


def _dated_where_named(c: Counted) -> From | None:
    """The happening named is told right after the expression with a date written in full in its
    own phrase ("four months before the port left the customs union on 3 March 1971"): that date."""
    for t in c.written_ahead:
        if t.start < c.end:
            continue
        if _NAMED_PHRASE.fullmatch(c.text, c.end, t.start):
            return From(t.value, "dated_where_named")
        return None
    return None


def _untold(c: Counted) -> From | None:
    """No date to count from: none (the DCT or an unrelated story date would be a guess)."""
    return From(None, "untold")


#: The counted-from rules, in the order they are tried (see the module docstring).
RULES: dict[str, Callable[[Counted], From | None]] = {
    "restates_a_date": _restates_a_date,
    "named_happening": _named_happening,
    "dated_where_named": _dated_where_named,
    "untold": _untold,
}


def counted_from(counted: Counted) -> From:
    """The date "N units after/before the X" counts from, by the first rule with an opinion."""
    for rule in RULES.values():
        found = rule(counted)
        if found is not None:
            return found
    return From(None, "untold")
