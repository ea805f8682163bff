"""The time tagger: text (+ document date) -> list of :class:`Timex`, in one pass, no spaCy.

Owns the pipeline of the stage: run the compiled rules (:mod:`chronica.time.patterns`), parse
matches (:mod:`chronica.time.grammar`), keep the longest non-overlapping candidates, resolve them
in text order against the document date (DCT) or the narrative anchor (the last absolute date
the text set), then merge ranges ("from 1935 to 1937"), clock + date pairs and "since" ends.
When no DCT is given, one is inferred (:mod:`chronica.time.docdate`) and everything anchored on
it carries a lower confidence; a month or day without a year then takes the narrative's year
wherever one was told. An inferred date that is only a lower bound ("the text mentions 2019, so it
was written in 2019 or later") is no DCT at all: deictic expressions stay unresolved, with the
anchor ``"after-bound"`` and the bound as ``anchor_value``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from chronica.time import lexicon as lx
from chronica.time.counted import Counted, Told, counted_from
from chronica.time.direction import weekday_direction
from chronica.time.grammar import AFTER_THE, DAY_OF_MONTH, PARSERS, VAGUE_LATER, Spec
from chronica.time.normalize import (
    PRECISIONS,
    Point,
    at,
    movable_holiday,
    parse_iso,
    point_from_value,
    resolve_month_year,
    resolve_weekday,
    last_day,
    season_of,
    shift,
)
from chronica.time.patterns import RULES
from chronica.time.timex import DATE, DURATION, TIME, Timex, value_interval, value_precision

if TYPE_CHECKING:
    from chronica.time.docdate import InferredDate

_RULE_ORDER = {name: i for i, name in enumerate(RULES)}
#: characters: how far a full day written in another year than the document's still dates a later
#: day of its month ("On July 15, 1974, … On July 20, …"): about the sentence after it. Any bare
#: month (not only the same month's days) moved four TBAQ values the wrong way (value F1 0.808 ->
#: 0.805); a later day of the same month moves none.
_STORY_NEAR = 250
#: characters: how far a bare later day of the same month still goes on with the last day told
#: when another year was named in between (a timeline entry runs to about three sentences)
_DAY_SEQUENCE_NEAR = 600
#: years: a year told this far before the document date is history being narrated ("In 1969 …
#: In March the army …" in a 2015 encyclopedia page), not the news of the article's own days
_PAST_FAR_YEARS = 10
#: sentences: how many sentence ends may stand between a month told with its year and a bare
#: later month that goes on in that year when the document date is near (:meth:`_months_go_on`)
_MONTHS_SENTENCES = 1
#: how many years before the date of writing a story told month by month must be for its months to go
#: on through the whole of its paragraph in the past tense (:meth:`_Resolver._months_go_on`); a year
#: nearer leaves a month told sentences later to the writing's own year ("In June 2019 ... In
#: October" in a page of November 2020)
_MONTHS_PARAGRAPH_YEARS = 2
#: the value of a part of a year a bare month may fall inside ("the spring of 2008 ... in April"):
#: a half, a quarter or a season of a year
PART_OF_A_YEAR = re.compile(r"\d{4}-(?:H[12]|Q[1-4]|SP|SU|FA|WI)")
#: sentences: how many sentence ends may stand between the year told and a bare month or day
#: that still takes its year, when they are not in the same paragraph
_STORY_SENTENCES = 3
#: how far (in sentences) the story's year reaches over paragraphs when no other time is told
#: in between (:meth:`_Resolver._narrates_the_past`)
_STORY_SENTENCES_UNTOLD = 7
#: before a year that names a thing's date ("the treaty of 1969", "the 1998 accord"), not the story's
_NAMES_A_THING = re.compile(r"\b(?:of|the|a|an|its|their)\s+$", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: the units a definite "the month", "the week", "the year" may take from the story's date
#: (:meth:`_Resolver._unit_of_the_story`), and what stands between a date and a unit in apposition
#: to it ("in 1919, the year ...")
STORY_UNITS = frozenset({"month", "week", "year"})
_APPOSITION_GAP = re.compile(r"\s*,\s*")
#: a relative clause that looks back, up to the date that ends it: "who had been indicted by the
#: Court in", "which had raged since", "who had died in" - its date is the clause's, told aside;
#: with a subject of its own, a name or a noun phrase of up to three words ("which Borduria had
#: annexed in", "the treaty that the two governments had signed in", "a plan that Tarsa had accepted in")
_LOOKED_BACK_ASIDE = re.compile(
    r"\b(?:who|which|whom|that)\s+(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+"
    r"|(?:the|its|their|his|her)\s+(?:[a-z]+\s+){1,2})?"
    r"(?:had|'d)\s+(?:(?:not|never|already|first|long|once|just|earlier|previously)\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ht|t|d|ung|un|id)\b[^,.;:!?()\n\"\u201c\u201d]{0,70}$")
#: words of a sentence that tell an earlier time than the story's last day: "earlier", "before
#: that", "first", "already", "previously", a pluperfect ("had flown", "had opened")
_LOOKS_BACK = re.compile(r"(?i)\b(?:earlier|before\s+that|first|already|previously|had(?:\s+\w+ly)?\s+\w+(?:ed|en|wn|ne|ht|t))\b")
#: a pluperfect of any verb ("had begun", "had fought"): the clause is told looking back
_ANY_PLUPERFECT = re.compile(r"(?i)\b(?:had|'d)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+\b")
#: a limit before a date ("by January", "until May"): the time reached going forward, not a look back
_BY_A_TIME = re.compile(r"(?i)\b(?:by|until|till|through)\s+(?:early\s+|mid-?|late\s+)?$")
#: "since" before a date in its phrase: a span counted up to the time of writing ("have left since
#: the strike began on 9 November", "the first flood since 1931")
_SINCE_UNTIL_NOW = re.compile(r"(?i)(?<![\w-])since\s+[^,.;:!?()\n\"\u201c\u201d]{0,80}$")
#: a month named in an expression, by name or as the middle of a written date ("3.8.1990", "1990-08")
_NAMES_MONTH = re.compile(r"(?i:\b(?:" + "|".join(sorted(map(re.escape, lx.MONTHS), key=len, reverse=True))
                          + r")\b)|\d[./-]\d")
#: a determiner right before a date and a word right after it: the date modifies a noun ("the 1975
#: border", "its 14 August letter") - a thing's date, not the time the story has reached
_DATE_BEFORE_NOUN = (re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE),
                     re.compile(r"[^\S\n]+(?!(?:and|or|to|through|until|till|and/or)\b)[A-Za-z]"))
#: "<noun> of <date>": the date of a thing named ("the accord of 1975"); the noun is not a word of
#: time itself ("the night of 7 to 8 August", "the spring of 1980" are times of the story)
_OF_DATE = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+of\s+$")
_TIME_NOUNS = frozenset(lx.SEASONS) | frozenset(lx.PARTS_OF_DAY) | frozenset(lx.UNITS) | frozenset(
    f"{u}s" for u in lx.UNITS) | frozenset(lx.MONTHS) | frozenset(
    {"end", "beginning", "start", "middle", "close", "turn", "half", "part", "course", "rest", "remainder", "days"})
#: a noun phrase that opens its sentence up to the date ("The 1926 strike", "The strike of 1926")
_OPENS_SENTENCE = re.compile(r"(?:[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*)(?:the|a|an|its|their|his|her)\s+"
                             r"(?:[\w-]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)
#: the same opening after a speaker's label that begins a line of a transcript ("DR KANE: The
#: 1980 strike ..."): the label names who speaks, the sentence opens after it
_OPENS_SPOKEN = re.compile(r"\n[^\S\n]*[A-Z][A-Z.'-]*(?:[^\S\n]+[A-Z][A-Z.'-]*){0,3}:[^\S\n]+"
                           r"(?i:(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?)$")


#: a verb of saying (:data:`chronica.time.lexicon.SAYING_VERBS`)
_SAYING = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, lx.SAYING_VERBS)) + r")\b")


def _opens_sentence(text: str, start: int) -> bool:
    """The date at ``start`` dates the noun phrase that opens its sentence ("The 1926 strike", "The
    strike of 1926", after a speaker's label too): the subject's date, the story's own time."""
    before = ("\n" if start <= 60 else "") + text[max(0, start - 60):start]
    return bool(_OPENS_SENTENCE.search(before) or _OPENS_SPOKEN.search(before))


#: the words before a date that make it an aside ("born in 1946", "records going back to 1929"):
#: :data:`chronica.time.lexicon.ASIDE_BEFORE_DATE`, with "the early"/"the late" between
_ASIDE_DATE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lx.ASIDE_BEFORE_DATE, key=len, reverse=True))
    + r")\s+(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
#: a birth told in its own finite clause is the story ("Pakistan was born in 1947", an obituary's "He
#: was born in 1921"), not an aside ("Isaias, born in 1946,", "the house where he had been born in 1881")
_TOLD_BIRTH = re.compile(r"(?<![\w-])(?:was|were|is|are|be)\s+born\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)
#: the words that make a date the standard of a comparison ("than in 1981", "unlike 1992")
_COMPARISON_WORDS = ("than", "unlike", "like")


def _before_a_date(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` right before a date, with a preposition or none ("than in 1981")."""
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?:(?:in|on|at|during)\s+)?$", re.IGNORECASE)


#: a date compared with ("better prepared than in 1981", "as in 1975", "unlike 1992")
_COMPARED_DATE = _before_a_date((*_COMPARISON_WORDS, "as"))
#: the standard of a comparison ("than in 1981", "unlike in 1965"), not an emphasis ("as late as June 2016")
_COMPARISON_STANDARD = _before_a_date(_COMPARISON_WORDS)
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[\"'“‘(]?[A-Z0-9])")
_TENSE_CUE = re.compile(
    r"(?<![\w'])(?:(?P<f>" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lx.FUTURE_CUES) + r")"
    r"|(?P<p>" + "|".join(re.escape(c) for c in lx.PAST_CUES) + r"|(?-i:[a-z]{2,}ed)))(?![\w])", re.I)
# A clause ends at ! ? ; a line break, or a full stop that is not an abbreviation's ("p.m.", "Jan.", "Mr.").
_CLAUSE_END = re.compile(
    r"[!?;\n]|(?<![ap]\.m)(?<!\b[A-Za-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No|vs|Lt|Mt|Ft))"
    r"(?<!\b(?:Mrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd|Gov|Sen|Rep|Gen|Col|Sgt))(?<!Sept|Corp|Capt|Bros)\.(?!,)")
# (a full stop a comma follows is an abbreviation's: "Birmingham, Ala., killed")
_SINCE_MODS = {"since": "ON_OR_AFTER", "after": "AFTER", "before": "BEFORE", "until": "ON_OR_BEFORE",
               "till": "ON_OR_BEFORE", "by": "ON_OR_BEFORE"}


@dataclass
class _Cand:
    start: int
    end: int
    rule: str
    spec: Spec


@dataclass
class _State:
    dct: date | None
    dct_confidence: float
    anchor: Point | None = None
    anchor_value: str | None = None
    anchor_end: int = -1
    #: an inferred lower bound of the date of writing (ISO), when that is all that is known
    lower_bound: str | None = None
    #: the anchor was set by a dated heading ("1948: A dam upstream"): it dates what is told under it
    heading_anchor: bool = False
    #: the anchor was written in full in the text ("On July 15, 1974"), not resolved from another date
    anchor_explicit: bool = False
    #: the last day told ("July 20" under "1974"), kept when a coarser date comes after it
    day_anchor: Point | None = None
    day_anchor_end: int = -1
    #: the last year written in full in the text ("In 1969", "On 3 May 1969"), and where the story
    #: last spoke of it (a bare month resolved on it carries the story on)
    story_year: int | None = None
    story_end: int = -1
    #: where the last expression naming a month of the story's year ends ("June 2022", then "in
    #: October"): a later bare month goes on in that year (:meth:`_Resolver._months_go_on`)
    months_end: int = -1
    #: the last date of a thing told ("the 1975 border", "the siege of 1812"): no time the story
    #: moves to, but what "that year" after it may point back to ("On 1 May of that year")
    thing: Point | None = None
    thing_value: str | None = None
    thing_end: int = -1
    #: that date is the standard of a comparison ("better prepared than in 1981"): nothing after
    #: it points back to it, the story's own year goes on
    thing_compared: bool = False
    #: where a year ends that dates the noun phrase opening its sentence ("The 2020 war, ...", "The
    #: 1937 treaty, ..."): the sentence tells of that subject, in its year
    #: (:meth:`_Resolver._told_of_the_subject`)
    subject_end: int = -1
    #: the dates told before, latest last, each (point, value, end, present, narrative): ``present``
    #: when it named the time of writing ("tonight", "today", "this week"), ``narrative`` when it was
    #: counted on the story ("a decade later", "later that year"); where "that day" / "the same
    #: year" reaches back past the writer's now, a decade, or a count of the story too coarse for it
    #: (:meth:`_Resolver._story_anchor_for`)
    history: tuple = ()


def _scan_groups() -> list[tuple[re.Pattern[str], list[tuple[str, object]]]]:
    """Rules sharing a scan pattern are scanned once (month names, unit words...)."""
    groups: dict[str, tuple[re.Pattern[str], list]] = {}
    for name, rule in RULES.items():
        groups.setdefault(rule.scan.pattern, (rule.scan, []))[1].append((name, rule))
    return list(groups.values())


_SCAN_GROUPS = _scan_groups()


def find_candidates(text: str) -> list[_Cand]:
    """All parsed matches of all rules, overlaps resolved (longest wins, then rule order)."""
    found: list[_Cand] = []
    for scan, rules in _SCAN_GROUPS:
        for head in scan.finditer(text):
            for name, rule in rules:
                match = _full_match(rule, text, head)
                if match is None or match.end() == match.start():
                    continue
                spec = PARSERS[name](match, text)
                if spec is None:
                    continue
                start = spec.start if spec.start is not None else match.start()
                end = spec.end if spec.end is not None else match.end()
                while end > start and text[end - 1] in " \t\n,":
                    end -= 1
                if text.endswith(("'s", "’s"), start, end):  # TimeML leaves the possessive out
                    end -= 2
                found.append(_Cand(start, end, name, spec))
    found.sort(key=lambda c: (-(c.end - c.start), _RULE_ORDER[c.rule], c.start))
    taken = bytearray(len(text) + 1)
    chosen: list[_Cand] = []
    for cand in found:
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    for cand in list(chosen):
        if cand.rule == "mdy" and cand.spec.day and cand.spec.month and _ENDS_WITH_DAY.search(text, cand.start, cand.end):
            days = _coordinated_days(text, cand, taken)
            chosen.extend(days)
            if days and cand.spec.kind == "partial":
                _year_after_days(text, [cand, *days], chosen)
        if cand.rule in ("dmy", "month_year") and cand.spec.month:
            pair = _day_range_before(text, cand)
            if pair is not None:
                chosen.remove(cand)
                chosen.extend(pair)
    chosen.sort(key=lambda c: c.start)
    return chosen


#: "22-25 April 1951", "3 to 5 May", "14 and 15 February": a first day, a dash (or "to", "and"),
#: then the day the month follows
_DAY_RANGE_BEFORE = re.compile(
    r"(?<![\d,.:/$-])(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|and|&)\s*"
    r"(?:(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+)?$"
)


def _day_range_before(text: str, cand: _Cand) -> list[_Cand] | None:
    """"22-25 April 1951" -> "22" (22 April 1951) and "25 April 1951": both days, which the range
    merge then joins. None when no day range stands before the month."""
    spec = cand.spec
    month_at = cand.start if cand.rule == "month_year" else _MONTH_AT.search(text, cand.start, cand.end)
    if month_at is None:
        return None
    month_start = month_at if isinstance(month_at, int) else month_at.start()
    if cand.rule == "dmy":  # the second day is the dmy's own: look before it
        m = _DAY_RANGE_BEFORE.search(text, max(0, cand.start - 16), cand.start)
        if m is None or m["d2"]:
            return None
        d1, d2, second_start = int(m["d1"]), spec.day, cand.start
    else:
        m = _DAY_RANGE_BEFORE.search(text, max(0, month_start - 24), month_start)
        if m is None or not m["d2"]:
            return None
        d1, d2, second_start = int(m["d1"]), int(m["d2"]), m.start("d2")
    if not 1 <= d1 < d2 <= 31:
        return None
    if d2 == d1 + 1 and _NIGHT_OF.search(text, max(0, m.start("d1") - 20), m.start("d1")):
        # "the night of 7 to 8 August": one night, TIMEX3's first day at night (TNI); the story
        # goes on from that day ("the following day" is 8 August)
        return [_Cand(m.start("d1"), cand.end, cand.rule,
                      replace(spec, day=d1, pod="TNI", start=None, end=None, precision="day"))]
    first = _Cand(m.start("d1"), m.start("d1") + len(m["d1"]), cand.rule, replace(spec, day=d1, start=None, end=None))
    second = _Cand(second_start, cand.end, cand.rule, replace(spec, day=d2, start=None, end=None, precision="day"))
    return [first, second]


_MONTH_AT = re.compile(r"[A-Z][a-z]+")
#: what opens a night told as two days: "the night of 7 to 8 August", "on the night of 14-15 April"
_NIGHT_OF = re.compile(r"(?i:\bnight\s+of\s+(?:the\s+)?)$")


_NEXT_DAY = re.compile(
    r"(?:\s*(?:-|–|—)\s*|\s*,?\s+(?:and|or|to|through|thru|until|till)\s+|"
    r"\s*,\s*(?=(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*,?\s+(?:and|or)\s+\d))"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%$:.,/-]\w|[\w%$:/]|\s*(?:%|[-\s](?:percent|per|a\.m|p\.m|am\b|pm\b|"
    r"million|billion|thousand|hundred|dollars|cents|points|people|of\b|years?|months?|weeks?|days?|hours?|minutes?|seconds?)))")


_ENDS_WITH_DAY = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$")


def _coordinated_days(text: str, cand: _Cand, taken: bytearray) -> list[_Cand]:
    """"April 24 and 25", "May 3-5", "Feb. 3, 4 and 5": the later days, each a date of its own
    in the same month (TimeML tags each end of a range)."""
    out: list[_Cand] = []
    pos, prev_day = cand.end, cand.spec.day
    for _ in range(4):
        m = _NEXT_DAY.match(text, pos)
        if m is None or any(taken[m.start("d"):m.end()]):
            break
        day = int(m["d"])
        if day <= prev_day or day > 31:
            break
        spec = replace(cand.spec, day=day, weekday=None, start=None, mod=None)
        out.append(_Cand(m.start("d"), m.end(), cand.rule, spec))
        taken[m.start("d"):m.end()] = b"\x01" * (m.end() - m.start("d"))
        pos, prev_day = m.end(), day
    return out


#: a year closing a run of days: "May 3 and 4, 1990"
_YEAR_AFTER_DAYS = re.compile(r"\s*,?\s*(?P<y>[12]\d{3})(?![\w%])")


def _year_after_days(text: str, days: list[_Cand], chosen: list[_Cand]) -> None:
    """"May 3 and 4, 1990": the year after the last day is every day's; the year's own candidate
    is joined to the last day (TimeML: "May 3" and "4, 1990")."""
    last = days[-1]
    m = _YEAR_AFTER_DAYS.match(text, last.end)
    if m is None:
        return
    year_cand = next((c for c in chosen if c.start == m.start("y") and c.rule == "year"), None)
    if year_cand is None:
        return
    chosen.remove(year_cand)
    year = int(m["y"])
    for c in days:
        c.spec = replace(c.spec, kind="abs", year=year)
    last.end = m.end()


def _prev_token(text: str, start: int) -> str:
    """The lowercase word before ``start``, skipping spaces, one comma or hyphen ("mid-1990s")."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n,-":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] == "'"):
        j -= 1
    return text[j + 1:i + 1].lower()


def _full_match(rule, text: str, head: re.Match[str]) -> re.Match[str] | None:
    """Extend a head match leftwards over the rule's optional prefix, then re-match in full."""
    start = head.start()
    if rule.prefix is not None:
        tok = _prev_token(text, start) if rule.prev is not None else ""
        if rule.prev is None or tok in rule.prev or tok[-1:].isdigit():
            pre = rule.prefix.search(text, max(0, start - 48), start)
            if pre is not None and pre.start() < start and not (pre.start() > 0 and text[pre.start() - 1].isalnum()):
                match = rule.full.match(text, pre.start())
                if match is not None and match.end() >= head.end():
                    return match
        elif rule.required:
            return None
    if head.re is rule.full:
        return head
    match = rule.full.match(text, start)
    return match if match is not None and match.end() >= head.end() else None


#: how far after a time expression its clause's tense cue is looked for (characters)
TENSE_REACH = 50
#: ... when the expression opens its sentence: a fronted adverbial ("In January, ...") may be
#: followed by another and a long subject before the verb; 160 reaches the verb of the TimeBank
#: sentences of that shape (none of which was in the 50 characters)
FRONTED_TENSE_REACH = 160
#: what may stand between a sentence's start and a time expression that opens it
_FRONTED = re.compile(r"\s*(?i:(?:but|and|then|so)\s+)?(?i:in|on|by|during|at|from|since|until|after|before|early|late)?\s*")


def _tense(text: str, start: int, end: int) -> str:
    """'future', 'past' or 'unknown' for the event a date attaches to: the tense cue nearest the
    expression in its clause (before it, else just after it)."""
    lo = _clause_start(text, start)
    last = None
    for cue in _TENSE_CUE.finditer(text, lo, start):
        kind = _cue_kind(text, cue)
        if kind:
            last = kind, cue
    if last is None:
        # a time that opens its sentence ("In January, a week after the anniversary, a bombing
        # killed ...") takes the tense of the clause it opens, however far its verb comes
        reach = FRONTED_TENSE_REACH if _FRONTED.fullmatch(text, lo, start) else TENSE_REACH
        stop = _CLAUSE_END.search(text, end, end + reach)
        for cue in _TENSE_CUE.finditer(text, end, stop.start() if stop else end + reach):
            kind = _cue_kind(text, cue)
            if kind:
                last = kind, cue
                break
    if last is None:
        return "unknown"
    kind, cue = last
    if kind == "f" and cue.start() < start and _PLUPERFECT.search(text, lo, start):
        return "past"  # "had been scheduled to expire Friday": the plan lies in the past
    return "future" if kind == "f" else "past"


def _future_in_clause(text: str, start: int) -> bool:
    """A future cue stands in the clause before ``start`` ("A funeral will be held on 5 December"),
    whatever cue is nearest: a past participle after it ("held") is no past tense."""
    return any(_cue_kind(text, cue) == "f" for cue in _TENSE_CUE.finditer(text, _clause_start(text, start), start))


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins, looking back at most 70 characters."""
    lo = max(0, start - 70)
    cut = None
    for cut in _CLAUSE_END.finditer(text, lo, start):
        pass
    return cut.end() if cut else lo


_REPORTED = re.compile(r"\s+(?:[a-z-]+\s+)?(?:results?|earnings|profits?|loss(?:es)?|revenues?|income|figures)\b", re.I)
_BE_BEFORE = re.compile(r"(?<![\w'])(?P<aux>(?:will|'ll|shall|would|to|going\s+to|must|may|might|can|could|should)\s+)?(?:be|being)\s+$", re.I)
_FUTURE_AUX = ("will", "'ll", "shall", "would", "to", "going")
_PLUPERFECT = re.compile(r"(?<![\w'])had\s+(?:been\s+)?(?:scheduled|due|expected|set|planned|slated|supposed|intended|meant)(?![\w'])", re.I)


def _cue_kind(text: str, cue: re.Match[str]) -> str | None:
    """"f" or "p" for a tense cue, None to ignore it. A participle after "be" is passive voice, not
    past tense: the auxiliary carries the tense ("will be named" future, "must be returned" none)."""
    kind = cue.lastgroup
    word = cue.group().lower()
    if kind == "f" and word == "next" and text.startswith(" to ", cue.end()):
        return None  # "next to": a place
    if kind == "f" and word == "next" and _THE_BEFORE.search(text, max(0, cue.start() - 10), cue.start()):
        return None  # "the next day", "the very next morning": a time counted from the story's, no future
    if kind != "p" or not word.endswith("ed") or word in _PAST_CUE_WORDS:
        return kind
    if word in _NOT_PAST_ED or _DETERMINER_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
        return None  # "the flooded towns", "a wounded soldier": an adjective, no past tense
    be = _BE_BEFORE.search(text, max(0, cue.start() - 20), cue.start())
    if be is None:
        return kind
    aux = (be["aux"] or "").split()
    return "f" if aux and aux[0].lower() in _FUTURE_AUX else None


_PAST_CUE_WORDS = frozenset(lx.PAST_CUES)
_THE_BEFORE = re.compile(r"(?<![\w'])the\s+(?:very\s+)?$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?:the|a|an|its|their|his|her|our|these|those)\s+$", re.IGNORECASE)
# Words ending in -ed that are no past tense ("will succeed", "a hundred", "indeed").
_NOT_PAST_ED = frozenset({
    "hundred", "indeed", "need", "succeed", "proceed", "exceed", "feed", "speed", "bleed", "breed", "seed",
    "heed", "shed", "naked", "wicked", "sacred", "hatred", "kindred", "sled", "embed", "creed", "greed",
    "deed", "weed", "steed", "tweed", "ragged", "rugged", "crooked", "beloved", "learned", "aged", "alleged",
    "supposed", "so-called", "unprecedented", "detailed", "limited", "united", "advanced", "experienced",
})


_UNIT_AS_PRECISION = {"weekend": "week", "fortnight": "week", "night": "day", "hour": "day", "minute": "day",
                      "second": "day", "millennium": "century"}


def _coarser(a: str, b: str) -> str:
    a, b = _UNIT_AS_PRECISION.get(a, a), _UNIT_AS_PRECISION.get(b, b)
    return a if PRECISIONS.index(a) <= PRECISIONS.index(b) else b


def _abs_value(spec: Spec) -> str:
    if spec.bc:  # TIMEX3: "BC0044" for 44 BC, "BC04" for the 5th century BC
        return f"BC{spec.century:02d}" if spec.century is not None else f"BC{spec.year:04d}"
    if spec.century is not None:
        return f"{spec.century:02d}"
    if spec.decade is not None:
        return f"{spec.decade:03d}"
    y = spec.year
    if spec.half:
        return f"{y:04d}-H{spec.half}"
    if spec.quarter:
        return f"{y:04d}-Q{spec.quarter}"
    if spec.season:
        return f"{y:04d}-{spec.season}"
    if spec.day:
        base = f"{y:04d}-{spec.month:02d}-{spec.day:02d}"
        if spec.hour is not None:
            return f"{base}T{spec.hour:02d}:{spec.minute:02d}"
        return base + (spec.pod or "")
    if spec.month:
        return f"{y:04d}-{spec.month:02d}"
    return f"{y:04d}"


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


#: the words that make a month or a season deictic: counted from the date of writing
DEICTIC_RELS = frozenset({"last", "this", "next", "past", "coming"})


class _Resolver:
    """Resolves specs in text order, carrying the narrative anchor."""

    def __init__(self, text: str, state: _State) -> None:
        self.text = text
        self.state = state
        #: the calendar dates told so far, and where written dates start (for "N days after the X")
        self.told: list[Told] = []
        self.written_after: list[int] = []
        self.written_ahead: list[Told] = []

    # -- references
    def _dct_point(self) -> Point | None:
        d = self.state.dct
        return Point.from_date(d) if d else None

    def _narrative_ok(self, start: int, finest: str = "year") -> bool:
        st = self.state
        if st.anchor is None or st.anchor.precision in ("century", "decade"):
            return False
        if PRECISIONS.index(st.anchor.precision) < PRECISIONS.index(finest):
            return False
        return True

    def _prefer_narrative(self, spec: Spec, start: int, end: int) -> bool:
        """Should a month/day/season without a year take the narrative anchor's year?

        Yes when the expression says so ("that year"), when there is no document date, or when the
        document date is only inferred and the text has told a year (history told in sequence:
        "We go back to 1945. In August, ..."; a guessed date of writing says nothing about which
        August the story is at). A known document date wins otherwise, as in news, where "in
        August" means the August nearest the date of the article.
        """
        st = self.state
        if spec.narrative:
            return st.anchor is not None
        if st.dct is not None and spec.rel in DEICTIC_RELS and (spec.month or spec.season):
            # "last November", "this June", "next spring": the writer's, counted from the date of
            # writing, whatever year the story last told ("agreed in March 1994 ... The judges sat
            # last October" in a page of 2 June 1999 is October 1998)
            return False
        if st.heading_anchor and spec.weekday is None and self._narrative_ok(start):
            return True  # under "1948: A dam upstream", "in June" is June 1948 whatever the DCT
        if st.dct is not None and spec.weekday is None and self._story_just_told_another_year(spec, start):
            return True  # "On July 15, 1974, … On July 20, …" in a 2024 article: July 20, 1974
        if st.dct is not None and spec.weekday is None and self._narrates_the_past(spec, start, end) and _tense(
                self.text, start, end) != "future":  # "… will meet in August": the article's own August
            return True  # "In 1969 the border flared. In March the army …" in a 2015 page: March 1969
        if st.dct is not None and spec.weekday is None and self._looked_back_from_the_story(spec, start):
            return True  # "The convoy reached Strel on 18 September 1962. Its drivers had loaded it in
            # June" in a 2008 page: June 1962
        if st.dct is not None and spec.weekday is None and self._months_go_on(spec, start) and _tense(
                self.text, start, end) != "future":
            return True  # "In June 2022 it seized the town; in October ..." in a 2024 article: October 2022
        if st.dct is not None and spec.weekday is None and self._inside_told_season(spec, start) and _tense(
                self.text, start, end) != "future":
            return True  # "In the spring of 2008 troops dug in. In April ..." in a 2017 report: April 2008
        if st.dct is not None and spec.weekday is None and self._day_of_told_month(spec, start) and _tense(
                self.text, start, end) != "future":
            return True  # "on 6 November 1975 … A few days earlier, on 2 November" in a 2022 blog: 1975's
        if st.dct is not None and spec.weekday is None and self._told_of_the_subject(spec, start, end):
            return True  # "The 1994 rising, six weeks of unrest that started on 14 October, ..." in a
            # page of March 1997: 14 October 1994
        if st.dct is not None and (spec.weekday is not None or st.dct_confidence >= 1.0):
            return False
        return self._narrative_ok(start)

    def _told_of_the_subject(self, spec: Spec, start: int, end: int) -> bool:
        """A bare month or day told in the past tense in a sentence that opens with a noun phrase
        dated by its year ("The 1994 rising, six weeks of unrest that started on 14 October, ...",
        "The 1937 treaty, signed on 5 April, ...", :func:`_opens_sentence`), with no other time
        told between: the sentence tells of that subject, so the month is of its year, not the one
        the date of writing makes nearest (however near the writing that year is, unlike
        :meth:`_narrates_the_past`); not a clause of saying set inside it ("The 2022 figures, the
        company said on 3 March, ...")."""
        st = self.state
        if spec.month is None or spec.n or spec.rel or spec.season or st.anchor is None \
                or st.anchor.precision != "year" or st.anchor_end != st.subject_end or st.anchor.year >= st.dct.year \
                or not 0 <= st.subject_end <= start:
            return False
        between = self.text[st.subject_end:start]
        if _PARAGRAPH_BREAK.search(between) or _SENTENCE_END.search(between) or "\n" in between \
                or _SAYING.search(between):
            return False  # "The 2022 figures, the company said on 3 March, ...": the saying's own day
        return _tense(self.text, start, end) == "past"

    def _day_of_told_month(self, spec: Spec, start: int) -> bool:
        """A bare day (no year) of the month the story has just told in a year before the document's,
        in this sentence or the one after it and in this paragraph, is a day of that month, whether it
        comes after the day told or before it: "Iraq started the war on 22 September 1980 … Iranian
        artillery opened fire first, shelling Mandali on 4 September", "on 6 November 1975 some
        350,000 Moroccans crossed … A few days earlier, on 2 November", "his broadcast of 13 May 1945
        … the reply on 16 May", "last July, when clashes broke out … on July 21". The date of
        writing would put it in another year's month the text never spoke of (a later day of a day
        just told is :meth:`_story_just_told_another_year`'s, a later month :meth:`_months_go_on`'s)."""
        st = self.state
        if spec.day is None or spec.month is None or spec.n or spec.narrative or spec.season:
            return False
        ref, ref_end = (st.thing, st.thing_end) if self._pointed_back(spec) else (st.anchor, st.anchor_end)
        if ref is None or ref.precision not in ("month", "day", "time") or ref.month != spec.month \
                or ref.year >= st.dct.year or not 0 <= ref_end <= start:
            return False
        between = self.text[ref_end:start]
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return False
        if ref is st.thing and (ref.precision not in ("day", "time") or spec.day <= ref.day):
            return False  # a thing's day goes on to a later day ("broadcast of 13 May 1945 … reply on
            # 16 May"); a thing's month names no day the story is at ("condemned, after the August
            # 1988 cease-fire, the invasion on Aug. 2": the news's own August)
        if ref.precision in ("day", "time") and spec.day < ref.day and ref is st.anchor and st.anchor_explicit:
            # back before a day written in full: only when the sentence says it looks back ("A few
            # days earlier, on 2 November", "had opened fire first … on 4 September"); "signed on
            # June 3, 1950. On June 1 the minister resigned" is the news's own June
            return bool(_LOOKS_BACK.search(_sentence_of(self.text, start)))
        return True

    def _narrates_the_past(self, spec: Spec, start: int, end: int | None = None) -> bool:
        """The text is telling history: the story's current date is a year written in full, far
        before the document date, in the same paragraph or a few sentences back, and the bare month
        or day comes after it in that year (a narrative goes forward: "On June 3, 1950 … On March 3"
        goes back, so it is the news's own March). It then goes on in that year; news telling its
        own days ("June 25" with no earlier year told, or a year near the document date) keeps to
        the document date."""
        st = self.state
        if st.story_year is None or st.anchor is None or st.anchor.year != st.story_year or spec.month is None:
            return False
        here = st.anchor
        if here.precision in ("month", "week", "day", "time") and (spec.month, spec.day or 31) < (
                here.month, here.day if here.precision in ("day", "time") else 1):
            return False
        if not self._narrative_ok(start) or st.dct.year - st.story_year < _PAST_FAR_YEARS or st.story_end > start:
            return False
        between = self.text[st.story_end:start]
        if not _PARAGRAPH_BREAK.search(between):
            return True  # the same paragraph
        if len(_SENTENCE_END.findall(between)) < _STORY_SENTENCES:
            return True  # "… in 1969.\n\nIn March …"
        # further on, in the past tense, while nothing has told another time since the story last
        # spoke of its year ("The talks began at the end of August [1905].¶ The forts were the
        # problem. ... In September both countries moved troops"; "last October" is the writer's)
        return not spec.rel and max(st.anchor_end, st.thing_end) <= st.story_end \
            and len(_SENTENCE_END.findall(between)) < _STORY_SENTENCES_UNTOLD \
            and _tense(self.text, start, start if end is None else end) == "past"

    def _months_go_on(self, spec: Spec, start: int) -> bool:
        """The story is told month by month in a year before the document's: the last date it
        wrote in full named a month (or a day) of that year, in this sentence or the one before
        and in this paragraph, and the bare month or day comes on or after it ("In June 2022 it
        seized Bunagana; in October Kinshasa expelled ...", "In October 2008 the rebels attacked.
        In December a report ..."). However near the document date that year is, the next months
        named are that year's, as in a paragraph of history (:meth:`_narrates_the_past`). Told in the
        past tense, the month goes on in that year anywhere in the paragraph, however many sentences
        came between ("The war began on 2 May 2019. Shells fell on the border towns. Refugees crossed.
        The envoy toured the region at the end of May."): a paragraph telling a year's story in
        the past does not jump to the year of writing without saying so."""
        st = self.state
        here = st.anchor
        if st.story_year is None or here is None or here.year != st.story_year or spec.month is None \
                or here.precision not in ("month", "week", "day", "time") or st.story_year >= st.dct.year \
                or not 0 <= st.months_end <= start or st.months_end < st.anchor_end:
            return False
        if (spec.month, spec.day or 31) < (here.month, here.day if here.precision in ("day", "time") else 1):
            return False
        between = self.text[st.months_end:start]
        return not _PARAGRAPH_BREAK.search(between) and (len(_SENTENCE_END.findall(between)) <= _MONTHS_SENTENCES
                                                          or st.dct.year - st.story_year >= _MONTHS_PARAGRAPH_YEARS
                                                          and _tense(self.text, start, start) == "past")

    def _looked_back_from_the_story(self, spec: Spec, start: int) -> bool:
        """A bare month or day before the date the story is at, in a sentence that says it looks
        back (a pluperfect, "earlier", "before that", "previously": :data:`_LOOKS_BACK`), is a time
        of the story's year, not of the year of writing: "The convoy reached Strel on 18 September
        1962. Its drivers had loaded the trucks in June" (June 1962), "Borduria recalled its consul
        on 30 November 1874; the consul had already protested the tariff on 2 October" (1874's),
        "In August 2014 the ministers opened the bridge. A month before, on 10 July, the engineers
        had reported a crack" (2014's). The story must be told to the month or day,
        in a year before the document's, in this sentence or the one before and in this paragraph.
        A story going forward is :meth:`_months_go_on`'s and :meth:`_narrates_the_past`'s; a day
        of the very month told, :meth:`_day_of_told_month`'s."""
        st = self.state
        here = st.anchor
        if spec.month is None or spec.n or spec.rel or spec.narrative or spec.season or here is None \
                or st.story_year is None or here.year != st.story_year or here.year >= st.dct.year \
                or here.precision not in ("month", "week", "day", "time") or not 0 <= st.anchor_end <= start:
            return False
        if (spec.month, spec.day or 31) >= (here.month, here.day if here.precision in ("day", "time") else 1):
            return False
        between = self.text[st.anchor_end:start]
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return False
        lead = self.text[max(0, st.anchor_end - 200):st.anchor_end]
        lead = lead[max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0):]
        if _LOOKS_BACK.search(lead) or _ANY_PLUPERFECT.search(lead) or _BY_A_TIME.search(self.text, max(0, start - 12), start):
            return False  # the story itself is told looking back ("The siege had begun in late
            # November 1712, and in February the garrison had eaten its horses"): a month after it
            # goes on; "by February ... had eaten" is a time reached going forward, no look back
        sentence = _sentence_of(self.text, start)
        told_after = self.text.find(sentence, max(0, start - len(sentence)))
        if told_after < st.anchor_end:
            sentence = self.text[st.anchor_end:told_after + len(sentence)] if told_after >= 0 else sentence
        return bool(_LOOKS_BACK.search(sentence))

    def _year_rolls_over(self, spec: Spec, start: int) -> bool:
        """A bare month of the first months of a year (January to May) told right after the story
        reached December (a month or a day of it written or counted, in this sentence or the one
        before and in this paragraph), going on, is of the next year: "the fort surrendered on 9
        December 1870. By February the siege lines had moved north" (February 1871), "the council
        set him a deadline of 12 January" after a December day, "... founded on 27 December 1902.
        Riots broke out on 4 March" (1903). The nearer of the two Januaries is the one ahead (one month on, eleven
        back); that is no longer so from June on. Not when the sentence looks back (a pluperfect,
        "earlier": :data:`_LOOKS_BACK`, unless the month is a limit reached going forward, "by
        February ... had moved"), nor when the month would come after the date of writing."""
        st = self.state
        here = st.anchor
        if spec.month is None or spec.month > 5 or spec.n or spec.rel or spec.narrative or spec.season \
                or spec.weekday is not None or here is None or here.month != 12 \
                or here.precision not in ("month", "week", "day", "time") or not 0 <= st.anchor_end <= start:
            return False
        if st.dct is not None and (here.year + 1, spec.month) > (st.dct.year, st.dct.month):
            return False
        between = self.text[st.anchor_end:start]
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return False
        if _BY_A_TIME.search(self.text, max(0, start - 12), start):
            return True
        sentence = _sentence_of(self.text, start)
        return not (_LOOKS_BACK.search(sentence) or _ANY_PLUPERFECT.search(sentence))

    def _inside_told_season(self, spec: Spec, start: int) -> bool:
        """The story has just told a season or a part of a year written with its year ("in the
        spring of 2008", "in early 1979", "in the second half of 1990"), in a year before the
        document's, in this sentence or the one before and in this paragraph, and the bare month
        falls inside that part ("In April", "by May"): the month is of that season, as the months
        of a month written in full go on in its year (:meth:`_months_go_on`)."""
        st = self.state
        here = st.anchor
        if here is None or spec.month is None or spec.n or not PART_OF_A_YEAR.fullmatch(st.anchor_value or "") \
                or st.story_year != here.year or here.year >= st.dct.year or not 0 <= st.anchor_end <= start:
            return False
        span = value_interval(st.anchor_value or "")
        if span is None or not span[0][:4] == span[1][:4] == f"{here.year:04d}":
            return False  # a winter runs into the next year: which year its January is, is unsaid
        if not int(span[0][5:7]) <= spec.month <= int(span[1][5:7]):
            return False
        between = self.text[st.anchor_end:start]
        return not _PARAGRAPH_BREAK.search(between) and len(_SENTENCE_END.findall(between)) <= _MONTHS_SENTENCES

    def _story_just_told_another_year(self, spec: Spec, start: int) -> bool:
        """The sentence just before wrote a full day (with its year, not the document date's) and
        this expression is a later day of the same month: it goes on with that story ("On July 15,
        1974, … On July 20, …"). Any other bare month or day keeps to the document date, as news
        does ("signed on June 3, 1950. … On March 3 the shares fell")."""
        st = self.state
        return (st.anchor is not None and st.anchor_explicit and st.anchor.precision == "day"
                and st.anchor.year != st.dct.year and 0 <= start - st.anchor_end <= _STORY_NEAR
                and spec.month == st.anchor.month and spec.day is not None and spec.day > st.anchor.day)

    def _continues_days(self, spec: Spec, start: int, ref: Point | None = None) -> bool:
        """A bare day of the month the last told day was in, on or after it and close by, goes on
        with those days whatever year was named in between ("July 20: Turkey, citing the accords
        of 1959, lands troops. July 23: the junta falls" - July 23 is 1974's, as July 20 was)."""
        st = self.state
        day = st.day_anchor
        ref = ref or st.anchor  # the date the day would otherwise take its year from
        if st.heading_anchor and ref is st.anchor:
            return False  # "5 October - ...\n\n1978\n\n30 October - ...": a year heading the next
            # entries starts their year; it is not a year named in passing
        return (day is not None and spec.day is not None and spec.month == day.month and spec.n == 0
                and not spec.narrative and spec.day >= day.day and ref is not None
                and ref.year != day.year and 0 <= start - st.day_anchor_end <= _DAY_SEQUENCE_NEAR)

    def _definite_on_narrative(self, spec: Spec, start: int = -1, end: int = -1) -> bool:
        """"the end of the year", "the same year" in a text without a date of writing (or with
        only a lower bound of it) are the story's year: the narrative anchor's, when there is one.
        "The same year" names the story's year whatever the document date."""
        st = self.state
        if spec.month or spec.quarter or spec.half or spec.pod or st.anchor is None or not self._narrative_ok(0):
            return False
        if spec.rel == "the same":
            return True
        if st.dct is None:
            return spec.rel in ("the", "the whole", "the entire")
        return spec.rel == "the" and self._unit_of_the_story(spec, start, end)

    def _unit_of_the_story(self, spec: Spec, start: int, end: int) -> bool:
        """"the end of the month", "within the week", "before the end of the year" right after a date
        the story told in a year before the date of writing (in the same sentence or the one after
        it, in one paragraph) are that date's month, week or year, not the writer's: "... created
        UNTAET on 25 October. The last troops left at the end of the month", "the agreements
        signed on 2 November provided for a transfer before the end of the year". The story must
        be told finer than the unit ("in 1999" tells no month; "Prices rose in 1989. By the end of
        the year ..." stays the writer's year), unless the unit stands in apposition to the date
        ("concluded in 1919, the year the associations were founded"); and the clause must not
        look ahead ("will ... by the end of the year" is the writer's year)."""
        st = self.state
        here = st.anchor
        if spec.unit not in STORY_UNITS or spec.n or here is None or here.year >= st.dct.year \
                or not 0 <= st.anchor_end <= start:
            return False
        between = self.text[st.anchor_end:start]
        finer = PRECISIONS.index(here.precision) > PRECISIONS.index(spec.unit)
        if not finer and not (here.precision == spec.unit and _APPOSITION_GAP.fullmatch(between)):
            return False
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return False
        return _tense(self.text, start, end) != "future"

    def _dct_conf(self, base: float) -> float:
        return round(base * self.state.dct_confidence, 3)

    # -- main entry
    def resolve(self, spec: Spec, start: int, end: int) -> tuple[str, str | None, str | None, float] | None:
        """(value, anchor kind, anchor value, confidence) or None when nothing can be said."""
        kind = spec.kind
        if kind == "abs" and spec.rel == "yy" and self.state.anchor is not None:
            spec = replace(spec, year=_two_digit_year(spec.year % 100, self.state.anchor.year))
        if kind == "abs":
            return _abs_value(spec), "absolute", None, spec.confidence
        if kind == "fixed":
            anchor = "dct" if spec.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and self.state.dct else None
            dct_val = self.state.dct.isoformat() if anchor else None
            if anchor is None and spec.value in ("PRESENT_REF", "FUTURE_REF") and self.state.lower_bound:
                return spec.value, "after-bound", self.state.lower_bound, spec.confidence
            return spec.value, anchor, dct_val, spec.confidence if not anchor else self._dct_conf(spec.confidence)
        if spec.rel == DAY_OF_MONTH:
            return self._resolve_partial(spec, start, end)  # no month told before: no date at all
        if kind == "dct" and self._definite_on_narrative(spec, start, end):
            kind, spec = "narr", replace(spec, kind="narr", n=0, narrative=True)
        if kind == "dct":
            resolved = self._resolve_dct(spec, start, end)
        elif kind == "narr":
            resolved = self._resolve_narr(spec, start, end)
        else:
            resolved = self._resolve_partial(spec, start, end)
        if resolved is None and self.state.dct is None:
            if self.state.lower_bound and kind in ("dct", "partial"):
                # "next year" in a text known only to be written after 2019: not 2020, unknown
                return _placeholder(spec), "after-bound", self.state.lower_bound, 0.2
            return _placeholder(spec), None, None, 0.2
        return resolved

    def _resolve_dct(self, spec: Spec, start: int, end: int):
        ref = self._dct_point()
        if ref is None:
            return None
        dct_val = self.state.dct.isoformat()
        unit, prec = spec.unit, spec.precision or spec.unit
        if spec.month:  # "January this year", "June 5 last year"
            year = ref.year + spec.n
            value = f"{year:04d}-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")
            return value, "dct", dct_val, self._dct_conf(0.85)
        if prec in ("quarter", "half") and (spec.quarter or spec.half or spec.rel):
            return self._resolve_quarter(spec, ref, start, end), "dct", dct_val, self._dct_conf(0.8)
        if spec.rel == "ago" and unit == "year" and spec.n == -1:
            q = self._recent_quarter(start)
            if q is not None:
                return shift(q, -1, "year", "quarter").value(), "dct", dct_val, self._dct_conf(0.7)
        if spec.pod:
            day = shift(ref, spec.n, "day", "day")
            return f"{day.value()}{spec.pod}", "dct", dct_val, self._dct_conf(0.85)
        if prec == "time":
            prec = "day"
        if spec.rel == "the weekend":  # the weekend before (past) or after (future) the DCT
            sat = self.state.dct.isoweekday() >= 6
            n = 0 if sat else (1 if _tense(self.text, start, end) == "future" else -1)
            return shift(at(ref, "week"), n, "week", "week").value() + "-WE", "dct", dct_val, self._dct_conf(0.75)
        point = shift(at(ref, prec), spec.n, unit, prec)
        value = point.value()
        if spec.rel == "weekend":
            value += "-WE"
        return value, "dct", dct_val, self._dct_conf(0.85)

    def _recent_quarter(self, start: int) -> Point | None:
        st = self.state
        if st.anchor is not None and st.anchor.precision == "quarter" and start - st.anchor_end < 400:
            return st.anchor
        return None

    def _resolve_quarter(self, spec: Spec, ref: Point, start: int, end: int) -> str:
        unit = "half" if spec.half or spec.precision == "half" else "quarter"
        size = 6 if unit == "half" else 3
        cur = (ref.month - 1) // size + 1
        number = spec.half or spec.quarter
        rel = spec.rel or "the"
        if number:
            ordinal = rel in ("ordinal", "year-ago-ordinal")
            year = ref.year + (spec.n if ordinal else 0) - (rel in ("the year-earlier", "the year-ago"))
            if not ordinal and number > cur and (
                    _tense(self.text, start, end) != "future" or (number - cur >= 2 and _REPORTED.match(self.text, end))):
                year -= 1  # a quarter still ahead this year is last year's, unless the clause looks ahead;
                # reported figures ("fourth-quarter results will be released") are always a past quarter's
            if not ordinal and spec.n:
                year += spec.n
            return f"{year:04d}-{'H' if unit == 'half' else 'Q'}{number}"
        if rel in ("this", "the current", "current"):
            n = 0
        elif rel in ("last", "the previous", "the prior"):
            n = -1
        elif rel == "next":
            n = 1
        else:
            recent = self._recent_quarter(start) if unit == "quarter" else None
            if rel == "year-of":  # "the 1988 quarter", "last year's quarter": the quarter in discussion, that year
                base = recent or shift(at(ref, "quarter"), -1, "quarter", "quarter")
                year = spec.year if spec.year else ref.year + spec.n
                return f"{year:04d}-Q{base.quarter or (base.month - 1) // 3 + 1}"
            if rel in ("the year-earlier", "the year-ago"):
                base = recent or shift(at(ref, "quarter"), -1, "quarter", "quarter")
                return shift(base, -1, "year", "quarter").value()
            if recent is not None and rel in ("the", "the same", "its", "their", "that") and 0 <= (
                (ref.year * 4 + cur) - (recent.year * 4 + (recent.quarter or 1))
            ) <= 2:
                return recent.value()
            n = -1
        idx = ref.year * (12 // size) + (cur - 1) + n
        y, k = divmod(idx, 12 // size)
        return f"{y:04d}-{'H' if unit == 'half' else 'Q'}{k + 1}"

    def _pointed_back(self, spec: Spec) -> bool:
        """A same-time reference ("that year", "1 May of that year", a month or day with no year)
        right after a thing's date ("recalled the siege of 1812"): it takes that date's year, as
        before; only a shift ("three days later") is counted from the story's own date
        (:meth:`_thing_moves_the_story` names when it is counted from the thing's). A bare month or
        day does not take the year of a thing the story only looks back to, one dated before the
        story's own time ("2019: ... marked 60 years since the flood of March 1959 ... 14 May -
        ..." is 14 May 2019; "In June 1925 ... the posts built since the quarrel of 1918. A vote in
        November ..." is November 1925); "of that year" still points back to it."""
        st = self.state
        if not (spec.n == 0 and st.thing is not None and st.thing_end > st.anchor_end and not st.thing_compared):
            return False
        if st.thing.precision in ("century", "decade"):
            return False  # "since the 1990s ... that November": no year of a decade to point back to
        return spec.narrative or not self._thing_looked_back_to()

    def _thing_looked_back_to(self) -> bool:
        """The thing's date lies wholly before the story's time (its last date told, else the year
        it last wrote in full): the text looks back to it from the story, which stays where it was."""
        st = self.state
        thing, story = value_interval(st.thing_value or ""), value_interval(st.anchor_value or "")
        if thing is None:
            return False
        if story is not None and st.anchor is not None and st.anchor.precision not in ("century", "decade"):
            return thing[1] < story[0]
        return st.story_year is not None and int(thing[1][:4]) < st.story_year

    def _thing_moves_the_story(self, spec: Spec, start: int) -> bool:
        """A shift ("three days later", "the next day", "a week later") right after a thing's date
        that is no earlier than the story's time, told in the same sentence or the one before it in
        the paragraph, counts from that thing's date: the story has moved on to the happening it
        dates ("attacked the policy in his victory speech of 13 May 1955, and the reply three days
        later" - after "In April 1951 ..." - is 16 May 1955; "X won the election of 1 December 2010.
        Y recognised the result the next day" is 2 December 2010). A thing the story only looks back
        to ("a date chosen to echo the revolt of 1848", told after 3 September 1962) leaves the shift
        on the story's own date; so does a comparison's standard ("than in 1981")."""
        st = self.state
        if spec.n == 0 or st.thing is None or st.thing_end <= st.anchor_end or st.thing_compared \
                or not 0 <= st.thing_end <= start or st.thing.precision in ("century", "decade"):
            return False
        between = self.text[st.thing_end:start]
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return False
        thing, story = value_interval(st.thing_value or ""), value_interval(st.anchor_value or "")
        if thing is None:
            return False
        if story is not None and st.anchor_explicit and st.anchor is not None \
                and st.anchor.precision not in ("century", "decade"):
            return thing[0] >= story[0]
        return st.story_year is None or int(thing[0][:4]) >= st.story_year

    def _story_anchor_for(self, spec: Spec, start: int) -> tuple[Point, str] | None:
        """The date an anaphor ("that day", "the same year", "that November", "later that summer")
        points back to, when the last date told cannot be it: the writer's now ("tonight", "today":
        "that" points away from it), or too coarse for the anaphor's unit
        (:data:`lexicon.ANAPHOR_FINEST`) and no date the text wrote out but a decade ("the 2000s")
        or a count on the story ("a decade later"). The latest date before it that can be, told in its paragraph
        or the one before; None to keep the last date told (a month written out, "In March 1996 ...
        The same day ...", is still the story's, however coarse)."""
        st = self.state
        if spec.kind == "narr" and not spec.n and spec.narrative:
            unit = spec.unit
        elif spec.kind == "partial" and spec.rel == "that" and not spec.n and (spec.month or spec.season):
            unit = "year"  # "that November": the story's year
        else:
            return None
        coarsest = lx.ANAPHOR_FINEST.get(unit)
        if coarsest is None or st.anchor is None or not st.history:
            return None

        def fits(point: Point, present: bool) -> bool:
            return not present and point.precision in PRECISIONS \
                and PRECISIONS.index(point.precision) >= PRECISIONS.index(coarsest)

        last = st.history[-1]
        if last[1] != st.anchor_value or fits(last[0], last[3]):
            return None
        if not last[3] and not last[4] and last[0].precision not in ("century", "decade"):
            return None  # a date written out ("In March 1996") or counted from the writing ("last month"):
            # the story's time, however coarse
        for point, value, end, present, _counted in reversed(st.history[:-1]):
            if len(_PARAGRAPH_BREAK.findall(self.text, end, start)) > 1:
                return None  # paragraphs back: the story has moved on
            if fits(point, present):
                return point, value
        return None

    def _resolve_narr(self, spec: Spec, start: int, end: int):
        st = self.state
        base, kind, conf = st.anchor, "narrative", spec.confidence
        back = self._story_anchor_for(spec, start) if spec.rel != AFTER_THE else None
        if back is not None:  # "the same day" after "overnight": the day the story last told
            return self._shifted(spec, back[0], kind, back[1], conf)
        if spec.rel == AFTER_THE:
            # "five days after the ceasefire": from the ceasefire's own date, when the text told
            # it, else no date (the story's last date or the date of writing would be a guess)
            found = counted_from(Counted(self.text, start, end, tuple(self.told), tuple(self.written_after),
                                         tuple(self.written_ahead)))
            base = point_from_value(found.value) if found.value else None
            if base is None:
                return None
            return self._shifted(spec, base, kind, found.value, conf)
        if self._pointed_back(spec) or self._thing_moves_the_story(spec, start):
            base = st.thing
        if spec.pod and (base is None or base.precision not in ("day", "time")):
            return None  # "the next morning" counts from a day the story told: after "in August", or
            # with none told, it names a day the text never gave (left untagged, as it was)
        if base is None:
            base = self._dct_point()
            kind, conf = "dct", self._dct_conf(0.6)
            if base is None:
                return None
        anchor_value = st.anchor_value if kind == "narrative" else st.dct.isoformat()
        if base is st.thing:
            anchor_value = st.thing_value
        return self._shifted(spec, base, kind, anchor_value, conf)

    def _shifted(self, spec: Spec, base: Point, kind: str, anchor_value: str | None, conf: float):
        """``base`` moved by the spec's count of units (at the precision the two allow)."""
        if spec.rel == VAGUE_LATER:
            value = _vague_shift(base, spec)
            return (value, kind, anchor_value, conf) if value else None
        unit = spec.unit
        if unit in _UNIT_AS_PRECISION:
            factor = {"fortnight": 2, "millennium": 10}.get(unit, 1)
            unit, spec = _UNIT_AS_PRECISION[unit], replace(spec, n=spec.n * factor)
            if spec.unit in ("hour", "minute", "second"):
                spec = replace(spec, n=0)
        if unit == "any":
            return base.value(), kind, anchor_value, conf
        prec = _coarser(spec.precision or unit, base.precision)
        if unit == "year" and base.precision in ("quarter", "half") and spec.n:
            prec = base.precision
        if unit == "season" or (prec == "season" and unit in ("day", "week", "month")):
            # "a week later" after "the spring of 1980": still that season (a shift of days from
            # a season's first day would lose which season it was)
            return at(base, "season").value(), kind, anchor_value, conf
        if unit in ("decade", "century") and spec.precision in ("decade", "century") and spec.n == 0:
            return at(base, unit).value(), kind, anchor_value, conf
        start = at(base, prec)
        if spec.n < 0 and prec in ("year", "month") and unit in ("week", "day"):
            # "the day before" a time known only to the year or month: counted back from the span's
            # first day it would always leave the span ("the day before", in 2005, is not 2004);
            # counted back from its last day, as a later count counts on from the first, it stays
            # in it unless the count of days or weeks is longer than the span
            start = last_day(start)
        point = shift(start, spec.n, unit, prec)
        return point.value(), kind, anchor_value, conf

    def _resolve_partial(self, spec: Spec, start: int, end: int):
        st = self.state
        if spec.rel == DAY_OF_MONTH:  # "on the 21st": that day of the narrative's month, or nothing
            ref = st.anchor
            if ref is None or ref.precision not in ("month", "week", "day", "time") \
                    or not _valid_day(ref.year, ref.month, spec.day):
                return None
            return f"{ref.year:04d}-{ref.month:02d}-{spec.day:02d}", "narrative", st.anchor_value, spec.confidence
        if spec.rel and spec.rel.startswith("holiday:"):
            return self._resolve_holiday(spec, start, end)
        if spec.type == TIME and spec.hour is not None and spec.weekday is None and spec.month is None:
            day = self._day_of_the_paragraph(start)
            if day is not None:  # "landed before dawn on 9 May [1952]. Shortly after noon ...":
                # the clock of the day the paragraph tells, not of the date of writing
                return (f"{day.year:04d}-{day.month:02d}-{day.day:02d}T{spec.hour:02d}:{spec.minute:02d}",
                        "narrative", st.anchor_value, 0.7)
            d = st.dct
            base = d.isoformat() if d else "XXXX-XX-XX"
            conf = self._dct_conf(0.8) if d else 0.3
            return f"{base}T{spec.hour:02d}:{spec.minute:02d}", "dct" if d else None, d.isoformat() if d else None, conf
        narrative = self._prefer_narrative(spec, start, end)
        if spec.weekday is not None and spec.month is None:
            return self._resolve_weekday(spec, start, end)
        if self._year_rolls_over(spec, start):  # "... on 9 December 1870. By February the siege ...": 1871's
            year, kind, anchor_value, conf = st.anchor.year + 1, "narrative", st.anchor_value, 0.7
        elif narrative:
            ref = st.anchor
            kind, anchor_value, conf = "narrative", st.anchor_value, 0.75 if spec.narrative else 0.7
            back = self._story_anchor_for(spec, start)
            if back is not None:  # "that November" after "the 1990s": the year the story last told
                ref, anchor_value = back
            if self._pointed_back(spec):  # "recalled the siege of 1812. On 1 May of that year"
                ref, anchor_value = st.thing, st.thing_value
            year = ref.year + spec.n
            if self._continues_days(spec, start, ref):
                year = st.day_anchor.year  # "July 20: ... the accords of 1959 ... July 23:": 1974 still
            if spec.season and spec.n and ref.precision in ("month", "week", "day", "time"):
                year = self._season_year(spec, date(ref.year, ref.month, ref.day))  # "the following
                # summer" after March 1975 is 1975's; after "in 1975" (a year) it is 1976's
        else:
            if st.dct is None:
                return None
            ref = self._dct_point()
            kind, anchor_value, conf = "dct", st.dct.isoformat(), self._dct_conf(0.8)
            tense = _tense(self.text, start, end)
            if spec.season:
                year = self._season_year(spec, st.dct)
            elif spec.month:
                if spec.rel == "this":
                    year = st.dct.year
                elif spec.rel in ("last", "past"):
                    year = st.dct.year if spec.month < st.dct.month - 1 else st.dct.year - 1
                elif spec.rel in ("next", "coming"):
                    year = st.dct.year if spec.month > st.dct.month else st.dct.year + 1
                else:
                    year = resolve_month_year(st.dct, spec.month, tense, spec.day)
                    if tense == "past" and self._after_the_writing(spec, year) \
                            and not _future_in_clause(self.text, start) and (
                            past := self._past_month_year(spec, start)) is not None:
                        year, kind, anchor_value, conf = past
                    elif tense == "past" and spec.weekday is None and not _future_in_clause(self.text, start) and (
                            far := self._year_told_long_before(spec, start)) is not None:
                        year, kind, anchor_value, conf = far
            else:
                year = st.dct.year
        if spec.weekday is not None and spec.day:
            year = _year_matching_weekday(year, spec.month, spec.day, spec.weekday)
        if spec.season:
            return f"{year:04d}-{spec.season}", kind, anchor_value, conf
        if spec.day:
            if spec.month == 2 and spec.day == 29 and not _valid_day(year, 2, 29):
                # February 29 in a year without one: the leap year nearest in the story's direction
                year = _leap_year(year, kind == "narrative" or _tense(self.text, start, end) == "future")
            if not _valid_day(year, spec.month, spec.day):
                return None
            return f"{year:04d}-{spec.month:02d}-{spec.day:02d}" + (spec.pod or ""), kind, anchor_value, conf
        if spec.month:
            return f"{year:04d}-{spec.month:02d}", kind, anchor_value, conf
        return f"{year:04d}", kind, anchor_value, conf

    def _day_of_the_paragraph(self, start: int) -> Point | None:
        """The day the story is at, told before ``start`` in the same paragraph, for a clock time
        told with no date of its own ("On 18 December ... Shortly after noon", "On Monday ... at
        3 p.m."); None when no day was told there."""
        st = self.state
        here = st.anchor
        if here is None or here.precision not in ("day", "time") or not 0 <= st.anchor_end <= start:
            return None
        return None if _PARAGRAPH_BREAK.search(self.text, st.anchor_end, start) else here

    def _after_the_writing(self, spec: Spec, year: int) -> bool:
        """A month (and day) told without a year would fall after a known date of writing: "In
        November ... walked out" in a newsletter of 29 September 2023 is no November to come."""
        st = self.state
        if st.dct is None or st.dct_confidence < 1.0 or year != st.dct.year or spec.weekday is not None:
            return False  # "on Thursday 5 December": the weekday names the nearest such day
        if spec.day:
            return (spec.month, spec.day) > (st.dct.month, st.dct.day)
        return spec.month > st.dct.month

    def _past_month_year(self, spec: Spec, start: int = -1) -> tuple[int, str, str | None, float] | None:
        """(year, anchor kind, anchor value, confidence) of a month told in the past tense that the
        date of writing would put after itself (:meth:`_after_the_writing`): a month already past.
        The year of the story, when the last date it told lies in an earlier year and the month
        comes on or after it ("Last year a quarrel over plates ... In November, Serb officers walked
        out", "... in November 1978. ... On 1 November Amin declared"); else None, and the year of
        writing stays: news tells its coming days in the past tense too ("said the dividend is
        payable Nov. 6", "the record date was Dec. 7"), which taking the year before put a year
        back in TBAQ (value F1 0.811 -> 0.802).

        When the last date told gives no such year (it was a thing's date, "the vote of 9 June 2014",
        or the story went back before it, or it was itself resolved on the date of writing), the
        story's year (:attr:`_State.story_year`, the last year the text wrote in full for its own
        story) still dates the month when it lies before the year of writing and was told close by
        (:meth:`_told_near`): the month has been, and the story's year is the one it was in ("Then
        came the regional vote of 9 June 2014. ... Thousands marched on 16 June" in a report of May
        2015; "What happened in 1987? ... The monitors arrived on 25 October" in an interview of 12
        October 2007)."""
        st = self.state
        here = st.anchor
        if here is not None and here.precision not in ("century", "decade") and here.year < st.dct.year:
            fine = here.precision in ("month", "week", "day", "time")
            if not fine or (spec.month, spec.day or 31) >= (here.month, here.day if here.precision in ("day", "time") else 1):
                return here.year, "narrative", st.anchor_value, 0.6
        told = [(end, year, value) for end, year, value in (
            (st.story_end, st.story_year, f"{st.story_year:04d}" if st.story_year is not None else None),
            (st.thing_end, st.thing.year if st.thing is not None and not st.thing_compared
             and st.thing.precision not in ("century", "decade") else None, st.thing_value))
            if year is not None and self._told_near(year, end, start)]
        if told:
            _, year, value = max(told)  # the later told of the two
            return year, "narrative", value, 0.55
        return None

    def _year_told_long_before(self, spec: Spec, start: int) -> tuple[int, str, str | None, float] | None:
        """(year, anchor kind, anchor value, confidence) of a month or day told in the past tense
        with no year, when the last years the text told close by (:meth:`_told_near`) lie long
        before the date of writing (:data:`_PAST_FAR_YEARS`) and nothing told since is of the
        writer's own years: the month is the story's, never the writer's ("The census of 3 March
        1961 was disputed. A commission reviewed the counts in October" in a page of 2019 is
        October 1961). Of the years told - the story's (:attr:`_State.story_year`), a thing's day
        (the last date of a thing told, to the month or day), a day written in full that the story
        did not take for its year - the last told, unless it is earlier than the story's year: a
        thing only looked back to ("a veteran of the 1866 rising reached the port on 20 June"
        after "On 2 June 1871 ...") lends no year. A thing told by its year alone ("The 1934
        convention") lends none either, as elsewhere. None when no such year was told, or a date
        near the writing was told after it; when the month counts a span up to now ("have left
        since the strike began on 9 November") or the year was told as one ("the first flood since
        1931"); or when the month lies before the day told in that year (news going back: "founded
        on June 3, 1907. On March 3 its shares fell"; a limit reached going forward: "in late
        November 1712 ..., and by February" is the next year's)."""
        st = self.state
        if _SINCE_UNTIL_NOW.search(self.text, max(0, start - 90), start):
            return None
        far = st.dct.year - _PAST_FAR_YEARS
        story = (st.story_end, st.story_year, f"{st.story_year:04d}") if st.story_year is not None else None
        fine = ("month", "week", "day", "time")
        thing = (st.thing_end, st.thing.year, st.thing_value, st.thing) if st.thing is not None \
            and not st.thing_compared and st.thing.precision in fine else None
        written = (st.anchor_end, st.anchor.year, st.anchor_value, st.anchor) if st.anchor is not None \
            and st.anchor_explicit and st.anchor.precision in fine else None  # "the election of 23 May 1898"
        told = [t for t in (story, thing, written)
                if t is not None and t[1] <= far and self._told_near(t[1], t[0], start)
                and not _SINCE_UNTIL_NOW.search(self.text, max(0, t[0] - 60), max(0, t[0] - 4))]
        if not told:
            return None
        if st.anchor is not None and st.anchor_end > max(t[0] for t in told) and st.anchor.year > far:
            return None  # "last November", "in 2021" told since: the story is at the writer's years
        pick = max(told, key=lambda t: t[0])  # the last told, unless the story only looked back to it
        if story in told and pick[1] < story[1]:
            pick = story
        here = st.anchor
        ref = pick[3] if len(pick) > 3 else (
            here if here is not None and here.year == pick[1] and (
                st.anchor_explicit or _BY_A_TIME.search(self.text, max(0, start - 12), start)) else None)
        if ref is not None and ref.precision in fine and (spec.month, spec.day or 31) < (
                ref.month, ref.day if ref.precision in ("day", "time") else 1):
            return None  # back before the date told: the news's own ("founded on June 3, 1907. On
            # March 3 its shares fell"; "in late December 1873 ..., and by January": the next year's)
        return pick[1], "narrative", pick[2], 0.55

    def _told_near(self, year: int, end: int, start: int) -> bool:
        """A year told at ``end`` lies before the year of writing and before ``start``, in the same
        paragraph or at most :data:`_STORY_SENTENCES_UNTOLD` sentences back."""
        if year >= self.state.dct.year or not 0 <= end <= start:
            return False
        between = self.text[end:start]
        return not _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) < _STORY_SENTENCES_UNTOLD

    @staticmethod
    def _season_year(spec: Spec, dct: date) -> int:
        """The year of a season named without one: "last fall" is the latest fall before the DCT's
        season, "next spring" the first after it, "this summer" the one of the DCT's year. A winter
        is counted from its December (January and February belong to the previous year's)."""
        order = ["SP", "SU", "FA", "WI"]
        here_year = dct.year - 1 if dct.month <= 2 else dct.year
        here = here_year * 4 + order.index(season_of(dct.month))
        there = order.index(spec.season)
        if spec.n < 0:
            pos = here - 1 - (here - 1 - there) % 4
        elif spec.n > 0:
            pos = here + 1 + (there - here - 1) % 4
        else:
            return dct.year
        return pos // 4

    def _resolve_weekday(self, spec: Spec, start: int, end: int):
        st = self.state
        anchor = st.anchor
        use_narr = (
            anchor is not None and anchor.precision == "day" and start - st.anchor_end <= 300
            and (st.dct is None or (st.dct_confidence < 1.0 and abs((anchor.as_date() - st.dct).days) > 7))
        ) or (spec.narrative and anchor is not None and anchor.precision == "day")
        if use_narr:
            ref, kind, anchor_value, conf = anchor.as_date(), "narrative", st.anchor_value, 0.65
            tense = "past" if spec.rel == "the previous" else "future"
        elif st.dct is not None:
            ref, kind, anchor_value, conf = st.dct, "dct", st.dct.isoformat(), self._dct_conf(0.8)
            rel = spec.rel or ""
            tense = "past" if rel in ("last", "past") else "future" if rel in ("next", "coming") else None
            if tense is None:  # a bare weekday: the named direction rules, else the nearest tense cue
                ruled = weekday_direction(self.text, _clause_start(self.text, start), start, end)
                tense = ruled.tense if ruled is not None else _tense(self.text, start, end)
        else:
            return None
        d = resolve_weekday(ref, spec.weekday, tense)
        if spec.rel in ("last", "next", "the previous", "the following", "the next") and d == ref:
            back = spec.rel in ("last", "the previous")
            d = resolve_weekday(date.fromordinal(ref.toordinal() + (-1 if back else 1)), spec.weekday, tense)
        value = d.isoformat() + (spec.pod or "")
        return value, kind, anchor_value, conf

    def _resolve_holiday(self, spec: Spec, start: int, end: int):
        name = spec.rel.split(":", 1)[1]
        st = self.state
        story = self._holiday_of_the_story(spec, name, start, end) if spec.year is None else None
        if spec.year is not None:
            year, kind, anchor_value, conf = spec.year, "absolute", None, 0.9
        elif story is not None:
            year, kind, anchor_value, conf = story
        elif st.dct is not None:
            year, kind, anchor_value, conf = st.dct.year + spec.n, "dct", st.dct.isoformat(), self._dct_conf(0.75)
        elif st.anchor is not None:
            year, kind, anchor_value, conf = st.anchor.year, "narrative", st.anchor_value, 0.6
        else:
            return None
        day = _holiday_date(name, year)
        if day is None:
            return None
        if kind == "dct" and spec.n == 0 and _tense(self.text, start, end) != "future" and day > st.dct:
            day = _holiday_date(name, year - 1)
        elif kind == "dct" and spec.n < 0 and _holiday_date(name, st.dct.year) < st.dct:
            day = _holiday_date(name, st.dct.year)  # "last Christmas" in a December 30 article
        elif kind == "dct" and spec.n > 0 and _holiday_date(name, st.dct.year) > st.dct:
            day = _holiday_date(name, st.dct.year)
        return day.isoformat(), kind, anchor_value, conf

    def _holiday_of_the_story(self, spec: Spec, name: str, start: int, end: int) -> tuple[int, str, str, float] | None:
        """The year of a holiday told without one in a text that tells the past, when a date of the
        story stands by it, not the date of writing's: the Christmas on or before a date written in
        full later in its sentence ("the Christmas raids on the port in December 1958"; "debated the
        charter over Christmas and passed it on 9 January 1931": 1930's), else the year of the
        story's date told in its sentence or the one before ("In December 1958 the port was shelled
        for a week over Christmas"). A holiday with "last"/"next", one in a
        clause that looks ahead, or one in news of the year of writing keeps to the date of writing
        (:meth:`_resolve_holiday`)."""
        st = self.state
        if spec.n or st.dct is None or _tense(self.text, start, end) == "future":
            return None
        for told in self.written_ahead:
            if told.start < end:
                continue
            between = self.text[end:told.start]
            if _PARAGRAPH_BREAK.search(between) or _SENTENCE_END.search(between) \
                    or _not_the_story(self.text, told.start, told.end):
                break
            span = value_interval(told.value)
            day = _holiday_date(name, int(told.value[:4])) if span else None
            if day is None or int(told.value[:4]) >= st.dct.year:
                break
            year = day.year if day.isoformat() <= span[1] else day.year - 1
            return year, "narrative", told.value, 0.7
        here = st.anchor
        if here is None or here.precision in ("century", "decade") or here.year >= st.dct.year \
                or not 0 <= st.anchor_end <= start:
            return None
        between = self.text[st.anchor_end:start]
        if _PARAGRAPH_BREAK.search(between) or len(_SENTENCE_END.findall(between)) > _MONTHS_SENTENCES:
            return None
        return here.year, "narrative", st.anchor_value or "", 0.65

    def _names_a_thing(self, start: int) -> bool:
        """The date written at ``start`` is a thing's ("the accord of 1975", "its 1975 border"), not
        the story's year; "the night of 10 July 1985", "the first week of July 1985", "the end of
        1942" name a time of the story all the same (a time noun before "of", as in
        :func:`_not_the_story`)."""
        if not _NAMES_A_THING.search(self.text, max(0, start - 8), start):
            return False
        m = _OF_DATE.search(self.text, max(0, start - 40), start)
        return not (m and m.group("noun").lower() in _TIME_NOUNS)

    def update_anchor(self, value: str, start: int, end: int, *, narrative: bool = False, explicit: bool = False,
                      present: bool = False) -> None:
        """The last date told is ``value`` (at ``start:end``); ``narrative``: it was itself resolved
        on the narrative ("in June" under "1948: …"), so a heading's hold goes on; ``present``: it
        names the time of writing ("tonight", "today")."""
        point = point_from_value(value)
        if point is None:
            return
        self.state.history = (*self.state.history[-(lx.ANAPHOR_HISTORY - 1):], (point, value, end, present, narrative))
        before, before_value = self.state.anchor, self.state.anchor_value
        if point.precision in ("day", "time"):
            self.state.day_anchor, self.state.day_anchor_end = point, end
        self.state.anchor = point
        self.state.anchor_value = value
        self.state.anchor_end = end
        self.state.heading_anchor = _heads_a_section(self.text, start, end) or (narrative and self.state.heading_anchor)
        same = narrative and value == before_value  # the story restated, not moved: it stays as explicit as it was
        self.state.anchor_explicit = explicit or (same and self.state.anchor_explicit)
        opens = explicit and point.precision == "year" and _opens_sentence(self.text, start)
        if opens:
            self.state.subject_end = end
        if explicit and point.precision not in ("century", "decade") and not self._names_a_thing(start):
            self.state.story_year, self.state.story_end = point.year, end
        elif narrative and self.state.story_year is not None and point.precision not in ("century", "decade"):
            # "In March …, in June …": the story goes on in its year; "the following year", "in the
            # new year", "two years later" move it on from a year the text wrote: "In late October
            # 1978 … in the new year … took Masaka in February" is February 1979
            self.state.story_year, self.state.story_end = point.year, end
        if point.year == self.state.story_year and point.precision in ("month", "week", "day", "time") and (
                _NAMES_MONTH.search(self.text, start, end) or (
                    narrative and before is not None and before.precision in ("month", "week", "day", "time")
                    and 0 <= self.state.months_end and point.value() != before.value())):
            # not "since then", which names no month and moves nowhere; but "the next day" after
            # "On May 10, 2008" moves the story on within a month it named: "... in November" after
            # it is still the story's November
            self.state.months_end = end


#: after the date of a dated heading: a separator, or a few words up to the end of the line
_HEADING_REST = re.compile(r"\s*(?:[:–—]|-\s)[^\n]{0,80}(?:\n|$)|[^\S\n]+[^\n.!?]{1,60}(?:\n|$)|[^\S\n]*(?:\n|$)")


#: a separator right after a date that opens its line: the line is a timeline entry ("1982: ...",
#: "**2021:** in March ...", "1936 - Aldoria and Borvia agree ...")
_ENTRY_SEPARATOR = re.compile(r"[*_]*[^\S\n]*(?::|[–—](?!\s*\d)|-\s)")  # not a range's dash ("2007–2008")


def _names_the_writing(tx: Timex, dct: date | None) -> bool:
    """The expression was resolved against the date of writing and names a span holding it ("tonight",
    "today", "this week", "overnight" in a text of that day): the writer's now, not the story's time."""
    if tx.anchor != "dct" or dct is None or not tx.earliest or not tx.latest:
        return False
    if value_precision(tx.value) not in ("week", "day", "time"):
        return False
    return str(tx.earliest)[:10] <= dct.isoformat() <= str(tx.latest)[:10]


def _sentence_of(text: str, pos: int) -> str:
    """The sentence ``pos`` is in (within its paragraph)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)), default=max(0, pos - 400))
    begin = max(begin, text.rfind("\n", 0, pos) + 1)
    nxt = _SENTENCE_END.search(text, pos)
    stop = nxt.start() if nxt else len(text)
    line = text.find("\n", pos)
    return text[begin:min(stop, line) if line >= 0 else stop]


def _heads_a_section(text: str, start: int, end: int) -> bool:
    """The date opens its line and the line is a heading or a timeline entry: "1948: A dam
    upstream", "1965 war", "March 1969 – A commission met …" (a separator after the date), not
    "1948 was a dry year." (a sentence that happens to start with a year)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t-*•#"):
        return False
    if _ENTRY_SEPARATOR.match(text, end):
        return True  # "2021: in March the army ...", a timeline entry however long its line
    rest = _HEADING_REST.match(text, end)
    if rest is None:
        return False
    return bool(re.match(r"\s*(?:[:–—]|-\s)", text[end:end + 3])) or len(rest.group().split()) <= 8


def _vague_shift(base: Point, spec: Spec) -> str | None:
    """The date "several days later" names from ``base``: every day from ``spec.n`` units after
    the base's first day to ``spec.span_of`` units after its last, written at the finest of
    month and year all those days share ("several days later" after 15 July 1974 is 1974-07;
    after 28 July 1974 it is 1974); None when they share no year."""
    if spec.unit in ("hour", "minute"):
        # "hours later", "several minutes later": the anchor's day, as "two hours later" is (a
        # shift of hours is read at a day's precision, not past midnight)
        return at(base, _coarser("day", base.precision)).value()
    bounds = value_interval(base.value())
    if bounds is None or spec.unit not in ("day", "week", "month", "year"):
        return None
    first, last = (Point.from_date(date.fromisoformat(b)) for b in bounds)
    lo = shift(first, spec.n, spec.unit, "day").as_date()
    hi = shift(last, spec.span_of or spec.n, spec.unit, "day").as_date()
    if lo.year != hi.year:
        return None
    return f"{lo.year:04d}-{lo.month:02d}" if lo.month == hi.month else f"{lo.year:04d}"


def _two_digit_year(yy: int, anchor_year: int) -> int:
    """"'89" told after 1789 is 1789, not 1989: the year ending in ``yy`` nearest the narrative's
    year, counting forward first (a story goes on)."""
    base = (anchor_year // 100) * 100 + yy
    candidates = (base, base + 100, base - 100)
    return min(candidates, key=lambda y: (abs(y - anchor_year) if y >= anchor_year - 10 else abs(y - anchor_year) + 60))


def _leap_year(year: int, forward: bool) -> int:
    """The nearest leap year after (``forward``) or before ``year``."""
    step = 1 if forward else -1
    y = year
    while not calendar.isleap(y):
        y += step
    return y


def _placeholder(spec: Spec) -> str:
    """A TIMEX3 value with unknown parts ("XXXX-XX-XX", "XXXX-06", "XXXX-WXX-5") for an expression
    that needs a reference date when there is none."""
    if spec.hour is not None:
        return f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute:02d}"
    if spec.weekday is not None and not spec.month:
        return f"XXXX-WXX-{spec.weekday}" + (spec.pod or "")
    if spec.month:
        return f"XXXX-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")
    if spec.season:
        return f"XXXX-{spec.season}"
    if spec.quarter:
        return f"XXXX-Q{spec.quarter}"
    prec = spec.precision or spec.unit or "day"
    return {"year": "XXXX", "decade": "XXX", "century": "XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
            "month": "XXXX-XX", "week": "XXXX-WXX", "season": "XXXX-XX"}.get(prec, "XXXX-XX-XX") + (spec.pod or "")


def _holiday_date(name: str, year: int) -> date | None:
    if name in lx.HOLIDAYS:
        m, d = lx.HOLIDAYS[name]
        return date(year, m, d)
    return movable_holiday(name, year)


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` (ties: the later) in which month/day falls on ``weekday``."""
    for delta in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        y = year + delta
        if _valid_day(y, month, day) and date(y, month, day).isoweekday() == weekday:
            return y
    return year


def _make_timex(text: str, cand: _Cand, resolved, dct: date | None) -> Timex:
    value, anchor, anchor_value, conf = resolved
    spec = cand.spec
    typ = spec.type
    if typ == DATE and re.search(r"T(?:\d|MO|AF|EV|NI)", value):
        typ = TIME
    tx = Timex(cand.start, cand.end, text[cand.start:cand.end], typ, value, mod=spec.mod,
               anchor=anchor, anchor_value=anchor_value, confidence=round(conf, 3))
    if spec.year_end is not None:
        tx.value_end = f"{spec.year_end:04d}"
        tx.parts = _range_parts(text, tx, spec)
    if spec.duration is not None:  # "ten days later": TimeML annotates the duration
        end = spec.duration_end or cand.end
        tx.parts = [Timex(cand.start, end, text[cand.start:end], DURATION, spec.duration, mod=spec.mod,
                          confidence=round(conf, 3))]
    _set_interval(tx)
    return tx


def _range_parts(text: str, tx: Timex, spec: Spec) -> list[Timex]:
    """"1950-53" -> its two ends, "1950" and "53" (1953), each a Timex of its own."""
    dash = re.search(r"\s*[-–—]\s*", text[tx.start:tx.end])
    if dash is None:
        return []
    first_end, second_start = tx.start + dash.start(), tx.start + dash.end()
    lo = re.search(r"\d", text[tx.start:first_end])
    lo_start = tx.start + (lo.start() if lo else 0)
    parts = [Timex(lo_start, first_end, text[lo_start:first_end], DATE, f"{spec.year:04d}", anchor="absolute",
                   confidence=tx.confidence),
             Timex(second_start, tx.end, text[second_start:tx.end], DATE, f"{spec.year_end:04d}", anchor="absolute",
                   confidence=tx.confidence)]
    for part in parts:
        _set_interval(part)
    return parts


def _set_interval(tx: Timex) -> None:
    if tx.type not in (DATE, TIME):
        tx.precision = None
        return
    tx.precision = value_precision(tx.value)
    span = value_interval(tx.value, tx.mod if not tx.value_end else None)
    if span is None:
        return
    tx.earliest, tx.latest = span
    if tx.value_end:
        end_span = value_interval(tx.value_end)
        if end_span:
            tx.latest = max(tx.latest, end_span[1])


_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.I)
_RANGE_PREFIX = re.compile(r"(?:\b(?P<w>from|between)\s+(?:the\s+)?)$", re.I)
_CLOCK_DATE_GAP = re.compile(r"^\s*(?:,\s*|on\s+)?$", re.I)
_DATE_CLOCK_GAP = re.compile(r"^\s*,?\s*(?:at\s+)?$", re.I)
_PREFIX_WORD = re.compile(r"(?P<w>\b\w+)\s+$")


def _calendar(tx: Timex) -> bool:
    return tx.type in (DATE, TIME) and tx.earliest is not None


def _merge_ranges(text: str, txs: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    i = 0
    while i < len(txs):
        a = txs[i]
        b = txs[i + 1] if i + 1 < len(txs) else None
        if b is not None and a.type == DATE and b.type == DATE and _RANGE_GAP.match(text[a.end:b.start]):
            a = _year_from_end(a, b)
        if b is not None and _calendar(a) and _calendar(b) and a.type == DATE and b.type == DATE:
            gap = text[a.end:b.start]
            pre = _RANGE_PREFIX.search(text, max(0, a.start - 14), a.start)
            word = gap.strip().lower()
            ok = bool(_RANGE_GAP.match(gap)) and (
                (word in ("-", "–", "—") and a.precision == b.precision == "year")
                or (word in ("-", "–", "—") and _same_year_span(a, b))
                or (word in ("-", "–", "—") and _split_day_range(a, b))
                or (pre is not None and (pre.group("w").lower() == "between") == (word == "and"))
            )
            merged = _range(text, a, b, pre.start() if pre else a.start) if ok else None
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _year_from_end(a: Timex, b: Timex) -> Timex:
    """"April–October 1980": the first end, a month or day without a year, takes the year of the
    second, however it was resolved alone (against the document date, the narrative or nothing)."""
    if b.anchor != "absolute" or not b.value[:4].isdigit() or b.precision not in ("month", "day"):
        return a
    if a.anchor == "absolute" or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?", a.value):
        return a
    moved = replace(a, value=b.value[:4] + a.value[4:], anchor="absolute", anchor_value=None)
    _set_interval(moved)
    return moved if moved.earliest is not None else a


def _same_year_span(a: Timex, b: Timex) -> bool:
    """Two absolute ends in one year, months or days, in order ("April–October 1980", "22-25 April")."""
    return (a.anchor == b.anchor == "absolute" and a.value[:4] == b.value[:4]
            and a.precision in ("month", "day") and b.precision in ("month", "day") and a.earliest <= b.earliest)


def _split_day_range(a: Timex, b: Timex) -> bool:
    """The two days of one range of days split before the month ("10-11 March", no year written):
    a bare day number and a day of the same month, resolved alike (on the narrative, a heading's
    year or the document date)."""
    return (a.text.strip().isdigit() and a.precision == b.precision == "day" and a.anchor == b.anchor
            and a.value[:7] == b.value[:7] and a.earliest is not None and b.earliest is not None
            and a.earliest <= b.earliest)


def _range(text: str, a: Timex, b: Timex, start: int) -> Timex | None:
    """The span from ``a`` to ``b``; an anchored end is moved past the start ("from Monday to
    Wednesday", "from May to April"); None when two absolute ends are in the wrong order."""
    if a.anchor in ("dct", "narrative") and b.anchor == "absolute" and a.precision in ("month", "day", "season"):
        a = replace(a, value=b.value[:4] + a.value[4:], anchor="absolute", anchor_value=None)
        _set_interval(a)
    if b.latest < a.earliest:
        if b.anchor == "absolute" or b.precision not in ("day", "month", "season", "quarter"):
            return None
        b = _move_after(b, a.earliest)
        if b is None:
            return None
    merged = Timex(start, b.end, text[start:b.end], DATE, a.value, mod=None, precision=a.precision,
                   earliest=a.earliest, latest=b.latest, value_end=b.value, anchor=a.anchor,
                   anchor_value=a.anchor_value, confidence=min(a.confidence, b.confidence), parts=[a, b])
    return merged


def _move_after(tx: Timex, floor: str) -> Timex | None:
    """``tx`` moved on by weeks (a day) or years (a month, season, quarter) to end after ``floor``."""
    moved = tx
    for _ in range(3):
        if moved.latest >= floor:
            return moved
        if moved.precision == "day":
            d = date.fromisoformat(moved.value[:10]).toordinal() + 7
            value = date.fromordinal(d).isoformat() + moved.value[10:]
        else:
            value = f"{int(moved.value[:4]) + 1:04d}" + moved.value[4:]
        moved = replace(moved, value=value)
        _set_interval(moved)
        if moved.latest is None:
            return None
    return moved if moved.latest >= floor else None


def _merge_clock_dates(text: str, txs: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    i = 0
    while i < len(txs):
        a = txs[i]
        b = txs[i + 1] if i + 1 < len(txs) else None
        if b is not None:
            clock_a = a.type == TIME and re.search(r"T\d", a.value) and a.precision == "time"
            clock_b = b.type == TIME and re.search(r"T\d", b.value)
            gap = text[a.end:b.start]
            if clock_a and b.type == DATE and b.precision == "day" and _CLOCK_DATE_GAP.match(gap):
                out.append(_with_clock(text, a.start, b.end, b, a))
                i += 2
                continue
            if clock_b and a.type == DATE and a.precision == "day" and _DATE_CLOCK_GAP.match(gap):
                out.append(_with_clock(text, a.start, b.end, a, b))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _with_clock(text: str, start: int, end: int, day: Timex, clock: Timex) -> Timex:
    value = day.value + clock.value[clock.value.index("T"):]
    tx = Timex(start, end, text[start:end], TIME, value, mod=clock.mod, anchor=day.anchor,
               anchor_value=day.anchor_value, confidence=min(day.confidence, clock.confidence))
    _set_interval(tx)
    return tx


def _apply_open_ends(text: str, txs: list[Timex], dct: date | None) -> None:
    """"since 1953" -> ON_OR_AFTER with the interval running on to the DCT; "after", "before",
    "until", "by" -> AFTER / BEFORE / ON_OR_BEFORE (the interval stays the expression's own)."""
    for tx in txs:
        if tx.type != DATE or tx.mod is not None or tx.earliest is None or tx.value_end:
            continue
        m = _PREFIX_WORD.search(text, max(0, tx.start - 12), tx.start)
        word = m.group("w").lower() if m else ""
        mod = _SINCE_MODS.get(word)
        if mod is None:
            continue
        tx.mod = mod
        if word == "since" and dct is not None:
            tx.latest = max(tx.latest, dct.isoformat())


#: the marks that open and close a quotation, as pairs (a straight mark closes itself)
QUOTE_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}
_QUOTE_MARK = re.compile("[" + re.escape("".join({*QUOTE_PAIRS, *QUOTE_PAIRS.values()})) + "]")


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the direct quotations of ``text``: an opening mark of :data:`QUOTE_PAIRS` and
    its closing mark in the same paragraph (a mark left open at a paragraph's end opens nothing); a
    straight mark closes a curly one and a curly one a straight, as typed text mixes them."""
    spans: list[tuple[int, int]] = []
    para_start = 0
    for para in _PARAGRAPH_BREAK.split(text):
        at = text.find(para, para_start)
        para_start = at + len(para)
        opened: tuple[int, str] | None = None
        for m in _QUOTE_MARK.finditer(para):
            ch = m.group()
            if opened is None:
                if ch in QUOTE_PAIRS:
                    opened = (m.start(), QUOTE_PAIRS[ch])
            elif ch in (opened[1], '"') or (ch == "\u201d" and opened[1] == '"'):  # typed marks mix: “…"
                spans.append((at + opened[0], at + m.end()))
                opened = None
    return spans


#: what sets a weekday or a holiday off as another name of the day just written: "on 3 May 1962, a
#: Thursday", "on 18 April 1949, Easter Monday", "on 25 December 1931 (Christmas Day)"
_APPOSITION = re.compile(r"\s*[,(]\s*(?:(?:a|an|the)\s+)?")
#: days a weekday written right after a holiday may lie after it ("Easter Monday", "Whit Monday")
_HOLIDAY_WEEKDAY_DAYS = 1


def _appositive_day(text: str, prev: Timex | None, cand: _Cand,
                    after_holiday: bool = False) -> tuple[str, str, str, float] | None:
    """A weekday or a holiday with no year of its own set off right after a day written out ("on 3
    May 1962, a Thursday", "on 18 April 1949, Easter Monday", "25 December 1931 (Christmas Day)")
    names that day again: the weekday is that day when it falls on it, the holiday is that year's.
    A weekday right after a holiday (``after_holiday``: "Easter Monday") is the day after it.
    Resolved against the document date instead, "Thursday" would move the story to the week of
    writing and count "Two days later" from there."""
    spec = cand.spec
    if prev is None or prev.type != DATE or not re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value or "") \
            or prev.anchor not in ("absolute", "narrative", *(("dct",) if after_holiday else ())) \
            or spec.year is not None or spec.month is not None:
        return None
    gap = text[prev.end:cand.start]
    day = date.fromisoformat(prev.value)
    if spec.weekday is not None and spec.rel is None and spec.type == DATE:
        if _APPOSITION.fullmatch(gap) and day.isoweekday() == spec.weekday and not after_holiday:  # ISO weekdays
            return day.isoformat() + (spec.pod or ""), "narrative", prev.value, 0.8
        ahead = (spec.weekday - day.isoweekday()) % 7
        if gap and not gap.strip() and after_holiday and 0 < ahead <= _HOLIDAY_WEEKDAY_DAYS:
            kind = "dct" if prev.anchor == "dct" else "narrative"
            return date.fromordinal(day.toordinal() + ahead).isoformat() + (spec.pod or ""), kind, prev.value, 0.75
        return None
    if spec.rel and spec.rel.startswith("holiday:") and spec.n == 0 and _APPOSITION.fullmatch(gap):
        named = _holiday_date(spec.rel.split(":", 1)[1], day.year)
        if named is not None:
            return named.isoformat(), "narrative", prev.value, 0.8
    return None


def _resolve_all(text: str, cands: list[_Cand], state: _State) -> list[Timex]:
    resolver = _Resolver(text, state)
    out: list[Timex] = []
    told = resolver.told
    resolver.written_after = [c.start for c in cands
                              if c.spec.kind in ("abs", "partial") and (c.spec.year or c.spec.month)]
    resolver.written_ahead = [Told(c.start, c.end, _abs_value(c.spec)) for c in cands
                              if c.spec.kind == "abs" and c.spec.year and not c.spec.bc]
    quotes = quotations(text)
    # a date told inside a quotation is the quoted voice's: inside the quotation it is the anchor as
    # any date is, and where the quotation closes the narrator's story resumes from where it was
    # ("A post shows the caption 'Our grandfathers sold it in 1959.' ... since the war began on 15
    # April": April of the story's year, not 1959's)
    saved: tuple[int, _State] | None = None
    # a date told in a relative clause that looks back ("al-Bashir, who had been indicted in March
    # 2009, accepted the outcome later that month"): (where its sentence ends, where the date ends,
    # the state before it). The story's "that month" is not the aside's, and after the sentence the
    # story goes on from its own time ("... the Armenians who had died in 1915. A year later, ..."
    # counts from the story's 2014); a shift counted in the same sentence may count from it ("the
    # officials who had shouted at each other in July 2002 were signing deals a couple of years later")
    aside: tuple[int, int, _State] | None = None
    after_holiday = False
    for cand in cands:
        if saved is not None and cand.start >= saved[0]:
            resolver.state = state = saved[1]
            saved = None
        if aside is not None and cand.start >= aside[0]:
            if state.anchor_end == aside[1]:  # nothing told since the aside: back to the story's time
                resolver.state = state = replace(aside[2], thing=state.thing, thing_value=state.thing_value,
                                                 thing_end=state.thing_end, thing_compared=state.thing_compared)
            aside = None
        if saved is None:
            quote = next(((a, b) for a, b in quotes if a < cand.start and cand.end <= b), None)
            if quote is not None:
                saved = (quote[1], replace(state))
        story = aside is not None and cand.spec.kind == "narr" and not cand.spec.n and state.anchor_end == aside[1]
        if story:
            resolver.state = replace(aside[2])  # "later that month" after the aside: the story's month
        resolved = _appositive_day(text, out[-1] if out else None, cand, after_holiday) or resolver.resolve(
            cand.spec, cand.start, cand.end)
        if story:
            resolver.state = state
        after_holiday = bool(resolved and cand.spec.rel and cand.spec.rel.startswith("holiday:"))
        if resolved is None and cand.spec.rel in (VAGUE_LATER, AFTER_THE):
            resolved = _placeholder(cand.spec), None, None, 0.2  # no month or year both ends share
        if resolved is None:
            continue
        tx = _make_timex(text, cand, resolved, state.dct)
        if cand.spec.rel in (AFTER_THE, VAGUE_LATER) and not tx.value[:1].isdigit() and tx.parts:
            tx = tx.parts[0]  # "three days after the storm" with no date told: the duration alone
            if cand.spec.rel == AFTER_THE:
                tx.anchor = AFTER_THE  # counted from a happening of unknown date: the clause's time is unknown
        elif cand.spec.rel == AFTER_THE and tx.type == DURATION:
            tx.anchor = AFTER_THE  # "the strike went on for ten days before the mills reopened": the
            # stretch; the clause it ends in happened at a time the text does not tell
        anniversary = _anniversary(text, out[-1] if out else None, tx)
        if anniversary is not None:  # "Forty years ago today": the day forty years back, one expression
            out.pop()
            tx = anniversary
            resolver.update_anchor(tx.value, tx.start, tx.end, explicit=False)
            out.append(tx)
            continue
        if tx.anchor == "after-bound" and cand.spec.kind in ("dct", "partial") and tx.type in (DATE, TIME):
            # "Earlier this year ... the same day" in a text known only to be written after a date:
            # the story is now at the writer's unknown time, no longer at the last date it told
            state.anchor, state.anchor_value, state.anchor_end = None, None, cand.end
        if tx.type in (DATE, TIME) and tx.value[:1].isdigit() and tx.anchor in ("absolute", "narrative"):
            told.append(Told(tx.start, tx.end, tx.value))
        if tx.type in (DATE, TIME) and tx.anchor == "absolute" and _ASIDE_DATE.search(
                text, max(0, cand.start - 40), cand.start) and not _TOLD_BIRTH.search(
                text, max(0, cand.start - 40), cand.start):
            pass  # "Isaias, born in 1946, ... later that summer": the story's time goes on, untouched
        elif tx.type in (DATE, TIME) and tx.earliest is not None and tx.anchor == "absolute" \
                and (_not_the_story(text, cand.start, cand.end) or _since_before_the_story(text, cand.start, tx, state)):
            state.thing, state.thing_value, state.thing_end = point_from_value(tx.value), tx.value, cand.end
            state.thing_compared = bool(_COMPARISON_STANDARD.search(text[max(0, cand.start - 40):cand.start]))
            if state.thing is not None and state.thing.year == state.story_year and not state.thing_compared \
                    and state.thing.precision not in ("century", "decade") and cand.end > state.story_end:
                state.story_end = cand.end  # a thing dated in the story's own year: the story speaks of it still
        elif tx.type in (DATE, TIME) and tx.earliest is not None and not _is_comparison(cand.spec, state.dct):
            if tx.anchor == "absolute" and saved is None and _LOOKED_BACK_ASIDE.search(
                    text, max(0, cand.start - 120), cand.start):
                close = _SENTENCE_END.search(text, cand.end)
                br = _PARAGRAPH_BREAK.search(text, cand.end)
                stop = min(close.end() if close else len(text), br.start() if br else len(text))
                aside = (stop, cand.end, replace(state))
            resolver.update_anchor(tx.value_end or tx.value, cand.start, cand.end, narrative=tx.anchor == "narrative",
                                   explicit=tx.anchor == "absolute", present=_names_the_writing(tx, state.dct))
        out.append(tx)
    out = _merge_clock_dates(text, out)
    out = _merge_ranges(text, out)
    _restated_hours(text, out)
    _apply_open_ends(text, out, state.dct)
    return out


#: a vague shift of hours or minutes ("Hours later", "a few minutes later") and what may stand
#: between it and a date that restates it ("Hours later, in the early morning of 25 August, ...")
_HOURS_LATER = re.compile(r"(?i)^(?:(?:a\s+few|several|some|a\s+couple\s+of)\s+)?(?:hours|minutes)\s+later$")
_RESTATING_GAP = re.compile(
    r"(?i)^\s*,?\s*(?:(?:in|on|at|by)\s+)?(?:the\s+)?(?:(?:early|small|late)\s+)?"
    r"(?:(?:morning|afternoon|evening|night|hours)\s+(?:of\s+)?)?$")


def _restated_hours(text: str, txs: list[Timex]) -> None:
    """"Hours later, in the early morning of 25 August, ...": the date told right after a vague
    shift of hours is the shift's own (the hours may cross midnight), so the shift takes it."""
    for a, b in zip(txs, txs[1:]):
        if a.anchor == "narrative" and _HOURS_LATER.match(a.text) and b.type in (DATE, TIME) \
                and b.value and b.value[:1].isdigit() and value_precision(b.value) in ("day", "time") \
                and _RESTATING_GAP.match(text[a.end:b.start]):
            a.value = b.value[:10]
            _set_interval(a)


#: the words after "N years ago" that name the day or month of writing: the anniversary's
_ANNIVERSARY_DAYS = re.compile(r"(?i:today|this\s+(?:month|week))")
_YEARS_AGO = re.compile(r"(?i:years?\s+ago)$")


def _anniversary(text: str, ago: Timex | None, day: Timex) -> Timex | None:
    """"Forty years ago today" (written 11 April 2019): 11 April 1979, not the day of writing and
    not just 1979; "thirty years ago this month": that month thirty years back; "twenty years ago
    this week": the week of that number twenty years back (not the week of writing)."""
    if ago is None or ago.type != DATE or not _YEARS_AGO.search(ago.text) or not ago.value[:4].isdigit():
        return None
    if not _ANNIVERSARY_DAYS.fullmatch(day.text) or text[ago.end:day.start].strip() \
            or not re.fullmatch(r"\d{4}-(?:\d\d(?:-\d\d)?|W\d\d)", day.value or ""):
        return None
    value = ago.value[:4] + day.value[4:]
    if len(value) == 10 and not _valid_day(int(value[:4]), int(value[5:7]), int(value[8:])):
        return None
    if value[5:6] == "W":  # the ISO week of the day of writing that many years back
        written = re.match(r"\d{4}-\d\d-\d\d", day.anchor_value or "")
        if written is None:
            return None
        now = date.fromisoformat(written.group())
        years = now.year - int(ago.value[:4])
        back = date(now.year - years, now.month, min(now.day, 28) if now.month == 2 else now.day)
        iso = back.isocalendar()
        value = f"{iso[0]:04d}-W{iso[1]:02d}"
    tx = Timex(ago.start, day.end, text[ago.start:day.end], DATE, value, anchor=day.anchor,
               anchor_value=day.anchor_value, confidence=min(ago.confidence, day.confidence))
    _set_interval(tx)
    return tx


def _not_the_story(text: str, start: int, end: int) -> bool:
    """A date written out in full (at ``start:end``) that the story does not move to, so that
    "three days later" after it is not counted from it: a thing's date ("accepting the 1975
    border. Three days later ...", "the accord of 1975"), or the standard of a comparison
    ("better prepared than in 1981 ... Three weeks after ...")."""
    before = text[max(0, start - 40):start]
    if _COMPARED_DATE.search(before):
        return True
    if _opens_sentence(text, start):  # "The strike of 1926 spread fast. In May ...": the subject is the story's own time
        return False
    if _DATE_BEFORE_NOUN[0].search(before) and _DATE_BEFORE_NOUN[1].match(text, end):
        return True
    m = _OF_DATE.search(before)
    return bool(m) and m.group("noun").lower() not in _TIME_NOUNS


#: "since" opening the phrase a date ends ("the first visit since his grandfather in 1905", "the
#: posts built since the quarrel of 1918"): the date a span is counted from, told looking back
_SINCE_BEFORE = re.compile(r"(?i)(?<![\w-])since\s+[^,.;:!?()\n\"\u201c\u201d]{0,50}$")


def _since_before_the_story(text: str, start: int, tx: Timex, state: _State) -> bool:
    """A date written in full after "since" (in the same phrase) that lies wholly before the
    story's last date: the point a span is counted from, looked back to ("a visit from 10 to 12 May
    2005, the first since his grandfather in 1905. ... on 11 May" stays in 2005). It is a thing's
    date, not the time the story moves to; a "since" date no earlier than the story ("fighting
    since 3 June") is the story's own."""
    if not _SINCE_BEFORE.search(text, max(0, start - 60), start):
        return False
    story = value_interval(state.anchor_value or "")
    return story is not None and tx.latest is not None and tx.latest < story[0]


def _is_comparison(spec: Spec, dct: date | None = None) -> bool:
    """Backward comparisons ("a year earlier", "the year-ago quarter", "two years ago") point away
    from the story's current time: they do not move the narrative anchor."""
    return (spec.kind == "narr" and spec.n < 0) or spec.rel in ("ago", "year-ago", "the year-earlier", "the year-ago", "year-ago-ordinal") or (
        spec.rel == "year-of" and (spec.n < 0 or (dct is not None and spec.year is not None and spec.year < dct.year)))


def _needs_dct(cands: list[_Cand]) -> bool:
    return any(c.spec.kind in ("dct", "partial", "narr") or c.spec.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for c in cands)


def tag(text: str, dct: str | None = None, *, doc=None, infer_dct: bool = True) -> list[Timex]:
    """Find and normalise the time expressions of ``text``.

    ``dct``: the document's creation date (ISO string) that deictic expressions ("last year",
    "Friday") are anchored on; when None it is inferred from the text (lower confidence).
    ``doc``: an already-parsed spaCy Doc of the same text; accepted for API symmetry, not needed.
    """
    del doc  # the tagger reads the text alone
    return _tag(text, dct, infer_dct=infer_dct, want_date=False)[0]


def tag_and_date(text: str, dct: str | None = None) -> tuple[list[Timex], InferredDate | None]:
    """:func:`tag`, and when ``dct`` is None the document date inferred from the text (with its
    confidence and reasoning), found in the same pass: the time expressions are read once."""
    return _tag(text, dct, infer_dct=True, want_date=True)


def _tag(text: str, dct: str | None, *, infer_dct: bool, want_date: bool):  # noqa: ANN202
    cands = find_candidates(text)
    dct_date, dct_confidence = _reference(dct)
    if dct_date is not None or not infer_dct:
        return _resolve_all(text, cands, _State(dct_date, dct_confidence)), None
    first = _resolve_all(text, cands, _State(None, 1.0))
    needs_dct = _needs_dct(cands)
    if not (needs_dct or want_date):
        return first, None
    from chronica.time.docdate import infer_document_date

    guess = infer_document_date(text, first)
    guess_date = parse_iso(_first_day(guess.value)) if guess.value else None
    if guess_date is None or not needs_dct:
        return first, guess
    if guess.lower_bound:  # a bound is no date of writing: nothing is resolved against it
        return _resolve_all(text, cands, _State(None, 1.0, lower_bound=guess.value)), guess
    return _resolve_all(text, cands, _State(guess_date, max(0.2, min(0.9, guess.confidence)))), guess


def _reference(dct: str | None) -> tuple[date | None, float]:
    """The DCT as a date, with the confidence of what is anchored on it: a full date is taken as
    known (1.0); a coarser value ("2023-02", "2022", as an inferred date may be) as its first day,
    with half the confidence."""
    day = parse_iso(dct)
    if day is not None:
        return day, 1.0
    first = _first_day(dct.strip()) if dct else None
    return (date.fromisoformat(first), 0.5) if first else (None, 1.0)


def _first_day(value: str) -> str | None:
    span = value_interval(value)
    return span[0] if span else None
