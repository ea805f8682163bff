"""The regular expressions of the time tagger, built once at import from the word lists in
:mod:`chronica.time.lexicon`.

Owns: the building blocks (month, day, year, number, unit, modifier) and ``RULES``, the ordered
table of named patterns the tagger runs over a text. Each rule is scanned by a cheap head pattern
(a literal word list or a digit class, shared between rules where possible); optional words
before the head (modifiers, determiners, numbers) are picked up afterwards, so a text is scanned
a few dozen times at a few million words per second. Patterns are case-sensitive by default
(month and weekday names must be capitalised, so "may" and "march" stay verbs); lexical glue is
wrapped in ``(?i:...)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
MONTH_SCAN = _cap_alt(list(lx.MONTHS))
MONTH = rf"(?:{_cap_alt(_FULL_MONTHS)}(?![A-Za-z])|{_cap_alt(_ABBREV_MONTHS)}(?![A-Za-z])\.?)"
_FULL_WEEKDAYS = [w for w in lx.WEEKDAYS if len(w) > 5]
WEEKDAY = rf"(?:{_cap_alt(_FULL_WEEKDAYS)}(?![A-Za-z]))"
WEEKDAY_ANY = rf"(?:{_cap_alt(list(lx.WEEKDAYS))}(?![A-Za-z])\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# Four-digit years; OCR slips ("2o11", "l995") are read and checked in the grammar.
YEAR_CORE = r"(?:[12l][\doO]\d\d|[12]\d[\doO][\doO])(?![\w%]|[.,:]\d|-(?:year|old)|\s*%)"
YEAR = r"(?<![\w$£€#@/.,:])" + YEAR_CORE
MOD = (
    r"(?P<mod>(?i:(?:the\s+)?(?:early|late|mid|middle)(?:-|\s+|(?=\d))"
    r"|the\s+(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|latter\s+half|"
    r"latter\s+part|early\s+part|first\s+part)\s+of\s+(?:the\s+)?))?"
)
APPROX = (
    r"(?P<approx>(?i:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|over(?!\s+the\b)|under(?!\s+the\b)|just\s+over|just\s+under|"
    r"well\s+over|barely|circa|close\s+to|upwards\s+of)\s+)?"
)
_SMALL = [w for w in lx.NUMBER_WORDS if lx.NUMBER_WORDS[w] < 20 and w not in ("a", "an", "couple", "dozen", "single")]
NUMWORD = (
    rf"(?:{_alt(list(lx.TENS_WORDS))}(?:[-\s]+{_alt(_SMALL)})?|{_alt(_SMALL)}|a\s+dozen|dozens\s+of|"
    r"a\s+couple\s+of|a\s+couple|a\s+half|half\s+an?|an?|a\s+single|one\s+hundred|a\s+hundred|"
    rf"{_alt(list(lx.VAGUE_QUANTITIES))})"
)
# "1,460": thousands separators are part of the number, never a boundary ("1,460 years" is not 460)
NUMBER = rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+1/2|½)?|(?i:{NUMWORD}(?:\s+and\s+a\s+half)?))"
SEASON = _alt([w for w in lx.SEASONS] + [w.capitalize() for w in lx.SEASONS])
TZ = r"(?:\s*\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|KST|MSK)\)?(?![A-Za-z]))?"

_ORDINALS = _alt([w for w in lx.ORDINAL_WORDS if w != "last"] + [w.capitalize() for w in lx.ORDINAL_WORDS if w != "last"])
_PRESENT = _alt(lx.PRESENT_WORDS)
_PAST = _alt(lx.PAST_WORDS)
_FUTURE = _alt(lx.FUTURE_WORDS)
_NARR_SAME = _alt(list(lx.NARRATIVE_SAME))
_NARR_SHIFT = _alt(list(lx.NARRATIVE_SHIFT))
_HOLIDAYS = _alt(list(lx.HOLIDAYS) + list(lx.MOVABLE_HOLIDAYS))
# Holiday names as written: lower case, first letter capitalised, every word capitalised ("Labor Day").
_HOLIDAY_FORMS = [f for w in list(lx.HOLIDAYS) + list(lx.MOVABLE_HOLIDAYS)
                  for f in (w, w[:1].upper() + w[1:], " ".join(x[:1].upper() + x[1:] for x in w.split()))]
#: "June that year", "June of last year", "September of the previous year": the year told by reference
_THAT_YEAR = r"(?P<that>(?:,?\s+|\s+(?i:of)\s+)(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|this|last|next)\s+year)?"


def _ci(words: list[str] | tuple[str, ...]) -> str:
    """Words matching with either case of their first letter (fast to scan: no inline flags)."""
    forms = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}".replace(r"\ ", r"\s+") for w in forms) + ")"


def _lit(words: list[str] | tuple[str, ...]) -> str:
    """Lowercase and Capitalised literal forms: a pure literal alternation scans fastest."""
    return _alt(list(words) + [w[:1].upper() + w[1:] for w in words])


UNIT_CORE = _lit(["seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "nights", "night",
                 "weeks", "week", "weekends", "weekend", "fortnights", "fortnight", "months", "month",
                 "quarters", "quarter", "years", "year", "decades", "decade", "centuries", "century",
                 "millennium", "millennia"])


@dataclass(frozen=True)
class Rule:
    """A named pattern: ``scan`` finds the head cheaply, ``prefix`` (searched backwards from the
    head) picks up optional words before it, ``full`` re-matches prefix + head for the groups."""

    name: str
    scan: re.Pattern[str]
    full: re.Pattern[str]
    prefix: re.Pattern[str] | None
    # The prefix is only searched when the token before the head is one of these (None: always);
    # when ``required``, a head without such a token is no match at all.
    prev: frozenset[str] | None = None
    required: bool = False


def _rule(name: str, core: str, prefix: str = "", scan: str | None = None,
          prev: frozenset[str] | None = None, required: bool = False) -> Rule:
    return Rule(
        name,
        re.compile(scan or core),
        re.compile(prefix + core),
        re.compile(f"(?:{prefix})$") if prefix else None,
        prev,
        required,
    )


_MOD_LAST = frozenset({"early", "late", "mid", "middle", "of", "the"})
_NUM_LAST = frozenset(lx.NUMBER_WORDS) | frozenset({
    "few", "several", "many", "some", "dozen", "half", "numerous", "countless", "of", "dozens",
    "one", "eleven", "twelve",
})
_REL_LAST = frozenset({"this", "last", "next", "past", "coming", "previous", "current", "the", "same",
                       "whole", "entire", "full", "following", "preceding", "prior", "fiscal"})
_APPROX_LAST = frozenset({"about", "around", "approximately", "roughly", "some", "nearly", "almost",
                          "than", "least", "to", "over", "under", "barely", "circa", "of"})
_WEEKDAY_LAST = frozenset(lx.WEEKDAYS)
_DUR_FILLER = frozenset({"more", "additional", "further", "trading", "business", "working", "consecutive", "straight"})


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?"
_YEAR_TAIL = rf"(?:\s*,?\s*(?P<y>{YEAR})|,\s*'(?P<yy>\d\d)(?!\d))?"
_DET = (r"(?P<det>(?i:the\s+(?:past|last|next|first|final|previous|following|coming|remaining|same|initial|full)|"
        r"for\s+the\s+past|another|an\s+additional|the|each\s+of\s+the\s+(?:past|last|next))\s+)?")

RULES: dict[str, Rule] = {
    r.name: r
    for r in [
        # 1950-06-25, 1950/06/25, 2024-11-01T14:00
        _rule("iso", r"(?<![\w/.-])(?P<y>[12]\d{3})([-/])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\w/]|-\d)"),
        # 06/25/1950, 6/25/50, 25.06.1950
        _rule("numeric", r"(?<![\w/.,-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)"),
        # (Friday,) June 25(, 1950) (that year)
        # last Oct. 23 (the latest October 23 before the document date)
        _rule("mdy", rf"(?P<mon>{MONTH})\s*(?P<day>{DAY}){_YEAR_TAIL}{_THAT_YEAR}",
              r"(?P<rel>(?i:last|next|this|past|coming)\s+)?" + _WD_PREFIX + MOD, scan=MONTH_SCAN,
              prev=_MOD_LAST | _WEEKDAY_LAST | {"last", "next", "this", "past", "coming"}),
        # (Friday,) 25 June 1950, the 25th of June, 1950
        _rule("dmy", rf"(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})(?:\s*,?\s*(?P<y>{YEAR}))?{_THAT_YEAR}",
              _WD_PREFIX + r"(?:(?i:the)\s+)?", prev=_WEEKDAY_LAST | {"the"}),
        # June 1950, June of 1950, mid-June 1950
        _rule("month_year", rf"(?P<mon>{MONTH})(?:\s+(?i:of)\s+|,?\s+)(?P<y>{YEAR})", MOD, scan=MONTH_SCAN, prev=_MOD_LAST),
        # in January, last August, January that year
        _rule("month", rf"(?P<mon>{MONTH}){_THAT_YEAR}",
              MOD + r"(?P<rel>(?i:last|next|this|that|the\s+same|the\s+following|the\s+previous|coming|past)\s+)?", scan=MONTH_SCAN,
              prev=_MOD_LAST | {"last", "next", "this", "that", "same", "following", "previous", "coming", "past"}),
        # in 1948, fiscal 1989, mid-1950, 1949.
        _rule("year", rf"(?P<y>{YEAR})(?!-\d|–\d|\s*-\s*\d)",
              MOD + r"(?P<fy>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?", scan=YEAR_CORE,
              prev=_MOD_LAST | {"fiscal", "fy", "year", "calendar"}),
        # nineteen ninety-six, twenty ten
        _rule("year_words", rf"(?:(?P<cent>nineteen|twenty|Nineteen|Twenty)[-\s]+(?P<rest>(?i:hundred|{_alt(list(lx.TENS_WORDS))}(?:[-\s]+{_alt(_SMALL)})?|{_alt([w for w in _SMALL if lx.NUMBER_WORDS[w] >= 10])}|o[-\s]+{_alt([w for w in _SMALL if lx.NUMBER_WORDS[w] < 10])}))"
              rf"|(?P<k2>[Tt]wo\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>(?i:{_alt(list(lx.TENS_WORDS))}(?:[-\s]+{_alt(_SMALL)})?|{_alt(_SMALL)})))?)(?![\w-])",
              r"(?P<pre>(?i:the\s+year\s+))?", prev=frozenset({"year"}),
              scan=r"(?:nineteen|twenty|Nineteen|Twenty)[-\s]+\w|[Tt]wo\s+thousand"),
        # 44 BC, 404 BCE, 3000 B.C., around 500 BC
        _rule("bc_year", r"(?<![\w.,])(?P<y>\d{1,4})\s*(?:BCE?|B\.C\.(?:E\.)?)(?![\w])", MOD,
              scan=r"(?<![\w.,])\d{1,4}\s*(?:BCE?|B\.C\.(?:E\.)?)(?![\w])", prev=_MOD_LAST),
        # "on the 21st": a day of the month the narrative is in ("In May 1991 ... fled on the 21st")
        _rule("day_ordinal", r"(?<![\w'])(?i:on|by|until|till|from|since)\s+(?P<the>the\s+)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])"),
        # '95 after a preposition
        _rule("year2", r"(?<![\w'])(?i:in|of|since|by|until|from|to)\s+(?P<yy>'\d\d)(?![\ds'])"),
        # 1945-55, 1945–1974, 1950-51
        _rule("year_range", rf"(?P<y>{YEAR})\s*(?:-|–|—)\s*(?P<y2>\d{{4}}|\d\d)(?![\d\w%])", MOD,
              scan=YEAR_CORE[:-1].split("(?!")[0] + r"\s*[-–—]\s*\d\d", prev=_MOD_LAST),
        # the 1960s, the '90s, the sixties, mid-1990s
        _rule("decade", rf"(?:(?P<d4>[12]\d\d0)'?s|'(?P<d2>\d0)'?s|(?P<d2b>\d0)'?s|(?P<dw>{_ci(list(lx.DECADE_WORDS))}))(?![\w])",
              MOD + r"(?P<the>(?i:the)\s+)?", scan=rf"[12]\d\d0'?s|'\d0'?s|\d0'?s|{_lit(list(lx.DECADE_WORDS))}", prev=_MOD_LAST),
        # the 19th century, the early twentieth century
        _rule("century", r"(?:century|Century)(?P<bc>\s+(?:BCE?|B\.C\.(?:E\.)?)(?![\w]))?",
              MOD + rf"(?P<the>(?i:the)\s+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{_ORDINALS}))[-\s]+"),
        # spring of 1948, last fall, this summer
        _rule("season", rf"(?P<season>{SEASON})(?:(?:\s+(?i:of))?,?\s+(?P<y>{YEAR}))?",
              MOD + r"(?P<rel>(?i:this|last|next|the\s+(?:following|next|previous|preceding)|the|that|in\s+the|during\s+the|coming|past)\s+)?",
              prev=_MOD_LAST | {"this", "last", "next", "that", "coming", "past", "following", "previous", "preceding"}),
        # the third quarter (of 1989), third-quarter, Q3 2024, the quarter, the first half
        _rule("quarter",
              rf"(?:(?P<qbare>quarter|Quarter|half|Half|period|Period)(?=[\s,.;)'’]|$)|Q(?P<qn>[1-4])|(?P<h>H[12]))"
              rf"(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<y>{YEAR})|(?P<yrel>(?i:this|last|next|the\s+previous|the\s+current|the)\s+year)(?![\w'’-]))|\s+(?P<y2>{YEAR})"
              r"|(?P<yago>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))(?![\w'’-]))?",
              r"(?:(?P<yposs>(?i:this|last|next)\s+(?i:year)['’]s\s+)|(?i:(?P<rel>the\s+(?:latest|most\s+recent|current|year-earlier|year-ago|just-ended|previous|prior|same|corresponding|comparable)|this|last|next|the|that|its|their)\s+)?(?:(?P<yq>(?:19|20)\d\d)\s+)?)(?:(?i:fiscal)\s+)?"
              r"(?:(?P<qo>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[-\s]+)?",
              scan=r"quarter|Quarter|half|Half|period|Period|Q[1-4]|H[12]",
              prev=_REL_LAST | {"that", "its", "their", "latest", "recent", "earlier", "ago", "ended", "first", "second",
                                "corresponding", "comparable",
                                "19", "20",
                                "third", "fourth", "final", "1st", "2nd", "3rd", "4th", "year's", "year’s"}),
        # this year, last week, next month, earlier this year, the past year
        _rule("relunit", core=r"(?P<unit>[Ww]eek|[Ww]eekend|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entury|[Ff]iscal\s+year)(?![\w-])",
              scan=_lit(["week", "weekend", "month", "year", "decade", "century", "fiscal year"]),
              prev=_REL_LAST, required=True, prefix=r"(?P<mod2>(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)[-\s]+)?"
              r"(?P<rel>(?i:this|last|next|past|coming|previous|current|the\s+current|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+same|the\s+whole|the\s+entire|the\s+full|the|the\s+following|the\s+preceding|the\s+prior))\s+"),
        # two years ago, a year ago, decades ago
        _rule("ago", rf"(?P<unit>{UNIT_CORE})(?P<orso>\s+(?i:or\s+so|or\s+two|or\s+more))?\s+(?i:ago|back)(?!\w)",
              rf"{APPROX}(?P<n>{NUMBER}|(?i:several|many|some|a\s+few|few))?\s*", scan=UNIT_CORE, prev=_NUM_LAST),
        # three decades later, a year earlier
        _rule("later", rf"(?P<unit>{UNIT_CORE})\s+(?i:later|earlier|afterwards?|before(?=[.,;])|(?:after|before)(?=\s+the\s+[a-z]))(?!\w)",
              rf"{APPROX}(?P<n>{NUMBER})\s+", scan=UNIT_CORE, prev=_NUM_LAST, required=True),
        # days later, weeks later, months later: a shift by a count untold (like "several days later")
        # (hours later, minutes later: the anchor's day, as "two hours later" is)
        _rule("later_bare", r"(?<![\w'-])(?P<unit>[Dd]ays|[Ww]eeks|[Mm]onths|[Hh]ours|[Mm]inutes)\s+(?i:later)(?!\w)",
              scan=r"(?<![\w'-])(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Hh]ours|[Mm]inutes)\s+(?i:later)(?!\w)"),
        # daily, every week, twice a year
        _rule("set_adv", r"(?P<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly)(?![\w-])",
              scan=rf"(?<![\w'-]){_lit(['daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'biweekly'])}"),
        _rule("set", rf"(?P<unit>(?i:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|{_alt([w for w in lx.WEEKDAYS if len(w) > 5])}|morning|evening|afternoon|summer|winter|spring|autumn|fall)s?)(?![\w-])",
              r"(?<![\w'-])(?P<q>(?i:every|each|per|a|an|once\s+a|twice\s+a|(?:\w+)\s+times\s+a))\s+(?P<n>(?i:other|\d+|two|three|four|five|six)\s+)?",
              scan=_lit(["second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "century", "morning", "evening", "afternoon", "summer", "winter", "spring", "autumn", "fall"] + [w for w in lx.WEEKDAYS if len(w) > 5]),
              prev=frozenset({"every", "each", "per", "a", "an", "other", "two", "three", "four", "five", "six"}), required=True),
        # three years, 25 months, the next 49 years, a five-year plan, a few weeks
        _rule("duration", rf"(?P<unit>{UNIT_CORE})(?P<andhalf>\s+and\s+a\s+half)?(?P<old>(?:-|\s+)(?i:old|olds)\b)?(?!\w)(?P<long>-long)?",
              rf"{APPROX}{_DET}(?P<n>{NUMBER})(?:\s+|-)(?:(?i:more|additional|further|trading|business|working|consecutive|straight)\s+)?",
              scan=UNIT_CORE, prev=_NUM_LAST | _DUR_FILLER, required=True),
        # day-long, decades-long, weeklong, a yearlong effort
        _rule("long_adj", r"(?<![\w'-])(?P<unit>(?i:day|week|month|year|decade|century|days|weeks|months|years|decades|centuries))-?(?i:long)(?![\w-])",
              scan=UNIT_CORE),
        # by year-end, around year end, by year's end
        _rule("year_end", r"(?P<ye>(?i:year-end|year[-\s]+end|year's\s+end|year’s\s+end))(?![\w-])",
              r"(?<![\w'-])(?P<pre>(?i:by|at|around|about|until|till|through|before|after|since|near|toward|towards|to)\s+)",
              scan=_lit(["week", "weekend", "month", "year", "decade", "century", "fiscal year"]),
              prev=frozenset({"by", "at", "around", "about", "until", "till", "through", "before", "after", "since",
                              "near", "toward", "towards", "to"}), required=True),
        # 4 in the morning, ten at night
        _rule("clock_pod", r"(?P<pod>(?i:morning|afternoon|evening|night))(?![\w-])",
              r"(?<![\w'$.,:/-])(?P<h>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+(?i:o'clock|o’clock))?\s+"
              r"(?P<pre>(?i:in\s+the|at))\s+",
              scan=_lit(["morning", "afternoon", "evening", "night"]),
              prev=frozenset({"the", "at"}), required=True),
        # for years, in recent months, for decades
        _rule("vague_dur", r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries))(?![\w-])(?P<ahead>\s+(?i:ahead)(?![\w-]))?",
              r"(?P<pre>(?i:for|in|over|within|during|recent|the\s+past|the\s+last|the\s+coming|the\s+next|coming|the)\s+)",
              scan=_lit(["seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries"]),
              prev=frozenset({"for", "in", "over", "within", "during", "recent", "past", "last", "coming", "next", "the"}), required=True),
        # now, currently, recently, the future, today, yesterday
        _rule("present", rf"(?<![\w'-])(?i:{_PRESENT})(?![\w-])", scan=rf"(?<![\w'-]){_lit(lx.PRESENT_WORDS)}"),
        _rule("past", rf"(?<![\w'-])(?i:{_PAST})(?![\w-])", scan=rf"(?<![\w'-]){_lit(lx.PAST_WORDS)}"),
        _rule("future", rf"(?<![\w'-])(?i:{_FUTURE})(?![\w-])", scan=rf"(?<![\w'-]){_lit(lx.FUTURE_WORDS)}"),
        _rule("deictic", r"(?<![\w'-])(?P<word>(?i:today|tonight|yesterday|tomorrow|overnight))(?:(?:'s)|\s+(?P<pod>(?i:morning|afternoon|evening|night)))?(?![\w-])",
              scan=rf"(?<![\w'-]){_lit(['today', 'tonight', 'yesterday', 'tomorrow', 'overnight'])}"),
        _rule("pod", r"(?P<pod>(?i:morning|afternoon|evening|night))(?![\w-])",
              r"(?<![\w'-])(?P<rel>(?i:this|last|tomorrow|yesterday|early\s+this|late\s+last|late\s+this|the))\s+",
              scan=_lit(["morning", "afternoon", "evening", "night"]),
              prev=frozenset({"this", "last", "tomorrow", "yesterday", "the"}), required=True),
        # on Mondays, Tuesday nights, each July: recurring days and months
        _rule("set_cal", r"(?<![\w'-])(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(?P<pods>(?i:mornings|afternoons|evenings|nights)))"
              r"|(?P<q>(?i:every|each))\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December))(?![\w'-])",
              scan=r"(?<![\w'-])(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(?i:mornings|afternoons|evenings|nights))"
              r"|(?i:every|each)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?![\w'-])"),
        # mid-afternoon, midmorning yesterday
        _rule("pod_mid", r"(?<![\w'-])(?P<pod>[Mm]id[-\s]?(?:morning|afternoon|evening))(?![\w-])(?:\s+(?P<deic>(?i:yesterday|today|tomorrow))(?![\w-]))?",
              scan=r"(?<![\w'-])[Mm]id[-\s]?(?:morning|afternoon|evening)(?![\w-])"),
        # last Friday, on Friday, Friday morning
        _rule("weekday", rf"(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?",
              r"(?P<rel>(?i:last|next|this|coming|past|the\s+following|the\s+previous|the\s+next)\s+)?",
              prev=frozenset({"last", "next", "this", "coming", "past", "following", "previous"})),
        # that year, the following year, by then
        _rule("narr_same", rf"(?<![\w'-])(?P<phrase>(?i:{_NARR_SAME}))(?![\w-])", scan=rf"(?<![\w'-]){_lit(list(lx.NARRATIVE_SAME))}"),
        _rule("narr_shift", rf"(?<![\w'-])(?P<phrase>(?i:{_NARR_SHIFT}))(?![\w-])", scan=rf"(?<![\w'-]){_lit(list(lx.NARRATIVE_SHIFT))}"),
        # 2 p.m., 10:35 a.m., noon, midnight
        _rule("clock", rf"(?:(?P<h>(?:1[0-2]|0?[1-9]))(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC|h\b|hours|local))|(?<![\w.,:/$£€(-])(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|KST|MSK|local\s+time|hours|hrs)(?![A-Za-z]))(?P<hrs>\s*(?:hours|hrs|local\s+time)(?![A-Za-z]))?|(?<![A-Za-z-])(?P<word>[Nn]oon|[Mm]idnight|[Mm]idday))(?P<tz>{TZ})",
              APPROX, prev=_APPROX_LAST, scan=r"\d{1,2}(?::\d\d)?\s*[apAP]\.?[mM]|\d\d:\d\d|\d{4}(?=\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|KST|MSK|local\s+time|hours|hrs)(?![A-Za-z]))|noon|Noon|midnight|Midnight|midday|Midday"),
        _rule("holiday", rf"(?<![\w'-])(?P<hol>(?i:{_HOLIDAYS}))(?![\w-])(?:,?\s+(?P<y>{YEAR}))?",
              r"(?<![\w'-])(?P<rel>(?i:last|next|this)\s+)?",
              scan=rf"(?<![\w'-]){_alt(_HOLIDAY_FORMS)}",
              prev=frozenset({"last", "next", "this"})),
    ]
}
