"""The regular expressions of the time tagger, built once at import from the word lists in
:mod:`chronica.time.lexicon`.

Owns: the building blocks (month, day, year, number, unit, modifier) and ``RULES``, the ordered
table of named patterns the tagger runs over a text. Patterns are case-sensitive by default
(month and weekday names must be capitalised, so "may" and "march" stay verbs); lexical glue is
wrapped in ``(?i:...)``.
"""

from __future__ import annotations

import re

from chronica.time import lexicon as lx


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest words first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _cap_alt(words: list[str]) -> str:
    """Capitalised and upper-case forms of lowercase words."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return _alt(forms)


_ABBREV_MONTHS = [w for w in lx.MONTHS if len(w) <= 4 and w not in ("may", "june", "july")]
_FULL_MONTHS = [w for w in lx.MONTHS if w not in _ABBREV_MONTHS]
MONTH = rf"(?:{_cap_alt(_FULL_MONTHS)}(?![A-Za-z])|{_cap_alt(_ABBREV_MONTHS)}(?![A-Za-z])\.?)"
_FULL_WEEKDAYS = [w for w in lx.WEEKDAYS if len(w) > 5]
WEEKDAY = rf"(?:{_cap_alt(_FULL_WEEKDAYS)}(?![A-Za-z]))"
WEEKDAY_ANY = rf"(?:{_cap_alt(list(lx.WEEKDAYS))}(?![A-Za-z])\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
# Four-digit years; OCR slips ("2o11", "l995") are read and checked in the tagger.
YEAR = r"(?<![\w$£€#@/.,:])(?:[12l][\doO]\d\d|[12]\d[\doO][\doO])(?![\w%]|[.,:]\d|-(?:year|old)|\s*%)"
SPACE = r"\s+"
MOD = (
    r"(?P<mod>(?i:(?:the\s+)?(?:early|late|mid|middle)(?:-|\s+|(?=\d))"
    r"|the\s+(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|latter\s+half|"
    r"latter\s+part|early\s+part|first\s+part)\s+of\s+(?:the\s+)?))?"
)
APPROX = (
    r"(?P<approx>(?i:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|over|under|just\s+over|just\s+under|"
    r"well\s+over|barely|only|circa|close\s+to|upwards\s+of)\s+)?"
)
_SMALL = [w for w in lx.NUMBER_WORDS if lx.NUMBER_WORDS[w] < 20 and w not in ("a", "an", "couple", "dozen", "single")]
NUMWORD = (
    rf"(?:{_alt(list(lx.TENS_WORDS))}(?:[-\s]+{_alt(_SMALL)})?|{_alt(_SMALL)}|a\s+dozen|dozens\s+of|"
    r"a\s+couple\s+of|a\s+couple|a\s+half|half\s+an?|an?|a\s+single|one\s+hundred|a\s+hundred|"
    rf"{_alt(list(lx.VAGUE_QUANTITIES))})"
)
NUMBER = rf"(?:\d+(?:\.\d+)?|(?i:{NUMWORD}(?:\s+and\s+a\s+half)?))"
UNIT = (
    r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|"
    r"years?|decades?|centur(?:y|ies)|millenni(?:um|a))"
)
SEASON = _alt([w for w in lx.SEASONS] + [w.capitalize() for w in lx.SEASONS])
TZ = r"(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|KST|MSK)\)?)?"

_DECADE_WORDS = _alt(list(lx.DECADE_WORDS))
_ORDINALS = _alt([w for w in lx.ORDINAL_WORDS if w != "last"] + [w.capitalize() for w in lx.ORDINAL_WORDS if w != "last"])
_PRESENT = _alt(lx.PRESENT_WORDS)
_PAST = _alt(lx.PAST_WORDS)
_FUTURE = _alt(lx.FUTURE_WORDS)
_NARR_SAME = _alt(list(lx.NARRATIVE_SAME))
_NARR_SHIFT = _alt(list(lx.NARRATIVE_SHIFT))
_HOLIDAYS = _alt(list(lx.HOLIDAYS) + list(lx.MOVABLE_HOLIDAYS))
_THAT_YEAR = r"(?P<that>\s+(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?"

RULES: dict[str, re.Pattern[str]] = {
    name: re.compile(src)
    for name, src in {
        # 1950-06-25, 1950/06/25, 2024-11-01T14:00
        "iso": r"(?<![\w/.-])(?P<y>[12]\d{3})([-/])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\w/]|-\d)",
        # 06/25/1950, 6/25/50, 25.06.1950
        "numeric": r"(?<![\w/.,-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)",
        # (Friday,) June 25(, 1950) (that year)
        "mdy": rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?{MOD}(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:\s*,?\s*(?P<y>{YEAR})|,\s*'(?P<yy>\d\d)(?!\d))?{_THAT_YEAR}",
        # (Friday,) 25 June 1950, the 25th of June, 1950
        "dmy": rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?<![\d.,:/])(?:(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})(?:\s*,?\s*(?P<y>{YEAR}))?{_THAT_YEAR}",
        # June 1950, June of 1950, mid-June 1950, January that year
        "month_year": rf"{MOD}(?P<mon>{MONTH})(?:\s+(?i:of)\s+|,?\s+)(?P<y>{YEAR})",
        "month": rf"{MOD}(?P<rel>(?i:last|next|this|that|the\s+same|the\s+following|the\s+previous|coming|past)\s+)?(?P<mon>{MONTH}){_THAT_YEAR}",
        # in 1948, fiscal 1989, mid-1950, 1949.
        "year": rf"{MOD}(?P<fy>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?(?P<y>{YEAR})(?!-\d|–\d|\s*-\s*\d)",
        # '95 after a preposition
        "year2": r"(?<![\w'])(?i:in|of|since|by|until|from|to)\s+(?P<yy>'\d\d)(?![\ds'])",
        # 1945-55, 1945–1974, 1950-51
        "year_range": rf"{MOD}(?P<y>{YEAR})\s*(?:-|–|—)\s*(?P<y2>\d{{4}}|\d\d)(?![\d\w%])",
        # the 1960s, the '90s, the sixties, mid-1990s
        "decade": rf"{MOD}(?P<the>(?i:the)\s+)?(?:(?P<d4>(?<![\d.,$])[12]\d\d0)'?s|'(?P<d2>\d0)'?s|(?P<d2b>(?<![\d.,$])\d0)'?s|(?P<dw>(?i:{_DECADE_WORDS})))(?![\w])",
        # the 19th century, the early twentieth century
        "century": rf"{MOD}(?P<the>(?i:the)\s+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{_ORDINALS}))[-\s]+(?i:century)",
        # spring of 1948, last fall, this summer
        "season": rf"{MOD}(?P<rel>(?i:this|last|next|the|that|in\s+the|during\s+the|coming|past)\s+)?(?P<season>{SEASON})(?:(?:\s+(?i:of))?,?\s+(?P<y>{YEAR}))?",
        # the third quarter (of 1989), third-quarter, Q3 2024, the quarter, the first half
        "quarter": rf"(?i:(?P<rel>the\s+(?:latest|most\s+recent|current|year-earlier|year-ago|just-ended|previous|prior|same)|this|last|next|the|that|its|their)\s+)?(?:(?i:fiscal)\s+)?(?:(?P<qo>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[-\s]+(?i:quarter|half)|(?P<qbare>(?i:quarter|half))(?=[\s,.;)]|$)|Q(?P<qn>[1-4])|(?P<h>H[12]))(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<y>{YEAR})|(?P<yrel>(?i:this|last|next|the\s+previous|the\s+current)\s+year))|\s+(?P<y2>{YEAR}))?",
        # this year, last week, next month, earlier this year, the past year
        "relunit": rf"(?P<mod2>(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)[-\s]+)?(?P<rel>(?i:this|last|next|past|coming|previous|current|the\s+current|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+same|the\s+whole|the\s+entire|the\s+current|the|a|an|one|the\s+following|the\s+preceding|the\s+prior))\s+(?P<unit>(?i:week|weekend|month|year|decade|century|fiscal\s+year))(?![\w-])",
        # two years ago, a year ago, decades ago
        "ago": rf"{APPROX}(?P<n>{NUMBER}|(?i:several|many|some|a\s+few|few))?\s*(?P<unit>{UNIT})\s+(?i:ago|back)(?!\w)",
        # three decades later, a year earlier
        "later": rf"{APPROX}(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?i:later|earlier|afterwards?|before(?=[.,;]))(?!\w)",
        # three years, 25 months, the next 49 years, a five-year plan, a few weeks
        "duration": rf"{APPROX}(?P<det>(?i:the\s+(?:past|last|next|first|final|previous|following|coming|remaining|same|initial|full)|for\s+the\s+past|another|an\s+additional|the|each\s+of\s+the\s+(?:past|last|next))\s+)?(?P<n>{NUMBER})(?:\s+|-)(?P<unit>{UNIT})(?P<old>(?:-|\s+)(?i:old|olds)\b)?(?!\w)(?P<long>-long)?",
        # for years, in recent months, for decades
        "vague_dur": r"(?P<pre>(?i:for|in|over|within|during|recent|the\s+past|the\s+last|the\s+coming|the\s+next)\s+)(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?![\w-])",
        # now, currently, recently, the future, today, yesterday
        "present": rf"(?<![\w'-])(?i:{_PRESENT})(?![\w-])",
        "past": rf"(?<![\w'-])(?i:{_PAST})(?![\w-])",
        "future": rf"(?<![\w'-])(?i:{_FUTURE})(?![\w-])",
        "deictic": r"(?<![\w'-])(?P<word>(?i:today|tonight|yesterday|tomorrow|overnight))(?:(?:'s)|\s+(?P<pod>(?i:morning|afternoon|evening|night)))?(?![\w-])",
        "pod": r"(?<![\w'-])(?P<rel>(?i:this|last|tomorrow|yesterday|early\s+this|late\s+last|late\s+this|the))\s+(?P<pod>(?i:morning|afternoon|evening|night))(?![\w-])",
        # last Friday, on Friday, Friday morning
        "weekday": rf"(?P<rel>(?i:last|next|this|coming|past|the\s+following|the\s+previous|the\s+next)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?",
        # that year, the following year, by then
        "narr_same": rf"(?<![\w'-])(?P<phrase>(?i:{_NARR_SAME}))(?![\w-])",
        "narr_shift": rf"(?<![\w'-])(?P<phrase>(?i:{_NARR_SHIFT}))(?![\w-])",
        # 2 p.m., 10:35 a.m., noon, midnight
        "clock": rf"{APPROX}(?:(?P<h>(?:1[0-2]|0?[1-9]))(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC|h\b|hours|local))|(?P<word>(?i:noon|midnight|midday)))(?P<tz>{TZ})",
        # daily, every week, twice a year
        "set": rf"(?<![\w'-])(?:(?P<adv>(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|biannually|semiannually))|(?P<q>(?i:every|each|per|a|an|once\s+a|twice\s+a|(?:\w+)\s+times\s+a))\s+(?P<n>(?i:other|\d+|two|three|four|five|six)\s+)?(?P<unit>(?i:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|{_alt([w for w in lx.WEEKDAYS if len(w) > 5])}|morning|evening|afternoon|summer|winter|spring|autumn|fall)s?))(?![\w-])",
        "holiday": rf"(?<![\w'-])(?P<rel>(?i:last|next|this)\s+)?(?P<hol>(?i:{_HOLIDAYS}))(?![\w-])(?:,?\s+(?P<y>{YEAR}))?",
    }.items()
}
