"""From a regex match to a :class:`Spec`: what a time expression says, before it is anchored.

Owns one parser per rule of :data:`chronica.time.patterns.RULES`. A parser reads the match and
a little surrounding text (to license bare years, reject ages and counts) and returns a Spec or
None (not a time expression). Nothing here knows the document date or the narrative: that is
:mod:`chronica.time.tagger`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from chronica.time import lexicon as lx
from chronica.time.timex import DATE, DURATION, SET, TIME

_MOD_WORDS = {
    "early": "START", "beginning": "START", "start": "START", "first half": "START",
    "early part": "START", "first part": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
    "second half": "END", "latter half": "END", "latter part": "END", "turn": "APPROX",
}
_APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "barely": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN", "upwards of": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_UNIT_LETTER = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
    "night": ("", "D", 1), "week": ("", "W", 1), "weekend": ("", "WE", 1), "fortnight": ("", "W", 2),
    "month": ("", "M", 1), "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
    "century": ("", "Y", 100), "millennium": ("", "Y", 1000), "fiscal year": ("", "Y", 1),
}
_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its", "whose", "one's"})
_VERB_S = frozenset({"was", "is", "has", "as", "this", "its", "saw", "sees", "marks", "brings", "does", "his"})
_WORD_BEFORE = re.compile(r"([\w.'#()\[\],–—-]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w%$']+)")
_OCR = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1"})


@dataclass
class Spec:
    """What an expression says, before anchoring.

    kind: "abs" (a full calendar value), "partial" (month/day/weekday/season/quarter without a
    year), "dct" (a shift from the document date), "narr" (a shift from the narrative anchor),
    "fixed" (value known: PRESENT_REF, durations, sets).
    """

    kind: str
    type: str = DATE
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    n: int = 0
    unit: str | None = None
    precision: str | None = None
    mod: str | None = None
    year_end: int | None = None
    rel: str | None = None
    narrative: bool = False
    confidence: float = 0.95
    start: int | None = None
    end: int | None = None
    #: a year before the common era ("44 BC", "the 5th century BC"): values "BC0044", "BC04"
    bc: bool = False
    #: "three days later": the date it names, and what TimeML annotates in it (the duration,
    #: ``duration`` its value, up to offset ``duration_end``), kept as the expression's part
    duration: str | None = None
    duration_end: int | None = None
    #: "several days later": the most units the vague count may mean (``n`` the fewest)
    span_of: int | None = None


def _mod(match: re.Match[str], group: str = "mod") -> str | None:
    raw = match.groupdict().get(group)
    if not raw:
        return None
    key = re.sub(r"\s+", " ", raw.lower()).strip(" -")
    key = re.sub(r"^the ", "", key)
    key = re.sub(r" of( the)?$", "", key)
    return _MOD_WORDS.get(key, _MOD_WORDS.get(key.split(" ")[0]))


def word_before(text: str, pos: int) -> str:
    """The lowercase token right before ``pos`` (punctuation counts as a token)."""
    chunk = text[max(0, pos - 30):pos]
    if chunk.endswith((" ", "\n", "\t")) or not chunk:
        m = _WORD_BEFORE.search(chunk)
        if not m:
            return ""
        w = m.group(1).lower()
        if w[-1:] in ",(–—[":
            return w[-1]
        return w
    return chunk[-1]


def word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text[pos:pos + 30])
    return m.group(1) if m else ""


def _year(raw: str) -> int | None:
    digits = sum(c.isdigit() for c in raw)
    if digits < 3:
        return None
    try:
        y = int(raw.translate(_OCR))
    except ValueError:
        return None
    return y if 1000 <= y <= 2199 else None


def _number(raw: str | None) -> float | None:
    """A number from digits or words; None for vague quantities ("a few", "several")."""
    if raw is None:
        return 1
    s = re.sub(r"\s+", " ", raw.lower().strip())
    half = s.endswith((" and a half", " 1/2", "½"))
    if half:
        s = re.sub(r"(?: and a half| 1/2|½)$", "", s)
    if s in ("a half", "half a", "half an"):
        return 0.5
    try:
        v = float(s.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) else float(s)
    except ValueError:
        v = None
    if v is None:
        s = s.replace("a dozen", "dozen").replace("a couple of", "couple").replace("a couple", "couple")
        s = re.sub(r"^couple of$", "couple", s)  # "the next couple of years"
        s = s.replace("a single", "single").replace("a hundred", "hundred").replace("one hundred", "hundred")
        parts = re.split(r"[- ]", s)
        if not parts or any(p not in lx.NUMBER_WORDS for p in parts):
            return None
        v = float(sum(lx.NUMBER_WORDS[p] for p in parts))
    return v + 0.5 if half else v


def _unit(raw: str) -> str:
    u = raw.lower().strip()
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    if u.startswith("fiscal"):
        return "fiscal year"
    return u[:-1] if u.endswith("s") else u


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: (3, "year") -> "P3Y"; (None, "week") -> "PXW"; (2.5, "year") -> "P2Y6M"."""
    t, letter, mult = _UNIT_LETTER[unit]
    if n is None:
        return f"P{t}X{letter}"
    v = n * mult
    if v != int(v) and (t, letter) in _LOWER_UNIT:
        whole = int(v)
        lower_t, lower_letter, factor = _LOWER_UNIT[(t, letter)]
        rest = round((v - whole) * factor)
        head = f"{whole}{letter}" if whole else ""
        if t == "T" or not lower_t:
            return f"P{t}{head}{rest}{lower_letter}"
        return f"P{head}T{rest}{lower_letter}"
    num = int(v) if v == int(v) else round(v, 2)
    return f"P{t}{num}{letter}"


_LOWER_UNIT = {("", "Y"): ("", "M", 12), ("", "M"): ("", "D", 30), ("", "W"): ("", "D", 7),
               ("", "D"): ("T", "H", 24), ("T", "H"): ("T", "M", 60), ("T", "M"): ("T", "S", 60)}


# ---------------------------------------------------------------- parsers, one per rule


def _p_iso(m: re.Match[str], text: str) -> Spec | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m["hh"]:
        return Spec("abs", TIME, year=y, month=mo, day=d, hour=int(m["hh"]), minute=int(m["mi"]))
    return Spec("abs", year=y, month=mo, day=d)


def _p_numeric(m: re.Match[str], text: str) -> Spec | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if len(ys) == 2:
        if m["sep"] == ".":
            return None
        y = 1900 + int(ys) if int(ys) > 30 else 2000 + int(ys)
    else:
        y = int(ys)
    if m["sep"] == "." or a > 12:  # 25.06.1950 and 25/06/1950 are day-first
        a, b = b, a
    if not (1 <= a <= 12 and 1 <= b <= 31 and 1000 <= y <= 2199):
        return None
    return Spec("abs", year=y, month=a, day=b)


def _month_num(raw: str) -> int:
    return lx.MONTHS[raw.lower().rstrip(".")]


def _day_num(raw: str) -> int:
    return int(re.match(r"\d+", raw).group())


def _weekday_num(raw: str | None) -> int | None:
    if not raw:
        return None
    return lx.WEEKDAYS.get(raw.lower().rstrip("."))


def _that(m: re.Match[str]) -> tuple[bool, int]:
    """(narrative?, year shift) of a trailing "that year" / "the following year" / "last year"."""
    raw = (m.groupdict().get("that") or "").lower()
    if not raw:
        return False, 0
    n = 1 if ("following" in raw or "next" in raw) else -1 if ("previous" in raw or "last" in raw) else 0
    return not re.search(r"\b(?:this|last|next) year", raw), n


def _dct_year_spec(m: re.Match[str], n: int, **fields) -> Spec | None:
    """A month/day followed by "this year" / "last year" / "next year": anchored on the DCT."""
    if not re.search(r"\b(?:this|last|next) year", (m.groupdict().get("that") or "").lower()):
        return None
    return Spec("dct", n=n, unit="year", **fields)


#: the first day of a range of days right before the second ("10-11 March", "23–25 March"): the
#: tagger splits the range into its two days (:func:`chronica.time.tagger._day_range_before`)
_DAY_RANGE_START = re.compile(r"(?<![\d,.:/$-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?[-\u2013]$")


def _p_day_month(m: re.Match[str], text: str) -> Spec | None:
    mon, day = _month_num(m["mon"]), _day_num(m["day"])
    if m.start("day") > 0 and text[m.start("day") - 1] in "0123456789.,:/$-" \
            and not _DAY_RANGE_START.search(text, max(0, m.start("day") - 8), m.start("day")):
        return None
    if day > 31 or (mon == 2 and day > 29) or (mon in (4, 6, 9, 11) and day > 30):
        return None
    if m.groupdict().get("y") is None and m.groupdict().get("yy") is None:
        after = text[m.end():m.end() + 3]
        if re.match(r"\s*\d", after) and not re.match(r"\s*\d{1,2}\s*(?:a\.?m|p\.?m|:)", after, re.I):
            return None  # "May 5 10" / odd number runs
    wd = _weekday_num(m.groupdict().get("wd"))
    mod = _mod(m)
    y = _year(m["y"]) if m.groupdict().get("y") else None
    if m.groupdict().get("yy"):
        yy = int(m["yy"])
        y = 1900 + yy if yy > 30 else 2000 + yy
    if y is not None:
        return Spec("abs", year=y, month=mon, day=day, mod=mod, confidence=0.95 if m["y"] is None or m["y"].isdigit() else 0.8)
    narrative, n = _that(m)
    dct_spec = _dct_year_spec(m, n, month=mon, day=day, mod=mod, precision="day")
    if dct_spec is not None:
        return dct_spec
    rel = (m.groupdict().get("rel") or "").strip().lower() or None  # "last Oct. 23"
    return Spec("partial", month=mon, day=day, weekday=wd, mod=mod, narrative=narrative, n=n, precision="day", rel=rel)


def _p_month_year(m: re.Match[str], text: str) -> Spec | None:
    y = _year(m["y"])
    if y is None:
        return None
    return Spec("abs", year=y, month=_month_num(m["mon"]), mod=_mod(m))


_MONTH_CONTEXT = frozenset({
    "in", "since", "by", "until", "till", "of", "early", "late", "mid", "last", "next", "this",
    "that", "through", "from", "to", "between", "and", "during", "before", "after", "end",
    "beginning", "on", "for", "throughout", "around", "as", "or", "each", "every", "(", ",",
})


#: prepositions that, opening a sentence or clause before a month, make a capital after it the
#: clause's subject ("In March Somalia attacked", "By June Peru had ..."), not a name's second part;
#: the clause may open with a conjunction or an adverb of sequence before the preposition (", and in
#: April Borvia suspended ...", "Then in May X took over ...": :data:`CLAUSE_OPENERS`)
CLAUSE_OPENERS = ("and", "but", "then", "and then", "so", "yet", "later", "finally", "eventually", "also")
_MONTH_BEFORE_CLAUSE = re.compile(
    r"(?:^|(?<=[.;:!?,\n]))\s*(?:(?i:" + "|".join(o.replace(" ", r"\s+") for o in CLAUSE_OPENERS) + r")\s+)?"
    r"(?i:in|since|until|by|during)\s+$")
#: how far before a month :data:`_MONTH_BEFORE_CLAUSE` reads
MONTH_CLAUSE_REACH = 24


def _p_month(m: re.Match[str], text: str) -> Spec | None:
    raw = m["mon"]
    key = raw.lower().rstrip(".")
    prev = word_before(text, m.start())
    head = entry_head(text, m.start(), m.end()) or table_cell(text, m.start(), m.end())  # "March - UN
    # envoy X presents his plan"; "| 2021 | May | X recalls ..." (a cell of a chronology table)
    has_context = (bool(m["mod"] or m["rel"] or m["that"]) or prev in _MONTH_CONTEXT or prev.endswith("-")
                   or bool(_MONTH_RANGE_NEXT.match(text, m.end())) or head)  # "May-September 1947"
    if key in lx.AMBIGUOUS_MONTHS and not has_context:
        return None
    strong = bool(m["mod"] or m["rel"] or m["that"]) or head
    if len(key) <= 4 and not raw.endswith(".") and key not in ("may", "june", "july") and not strong:
        return None
    nxt = word_after(text, m.end())
    if nxt[:1].isupper() and not strong and nxt.lower().rstrip(".") not in lx.WEEKDAYS \
            and not _MONTH_BEFORE_CLAUSE.search(text, max(0, m.start() - MONTH_CLAUSE_REACH), m.start()):
        return None  # "August Wilson", "Jan Kavan" (but "In March Somalia attacked": a clause after a time)
    if prev in ("of",) and key in ("march",):
        return None
    mon = _month_num(raw)
    narrative, n = _that(m)
    dct_spec = _dct_year_spec(m, n, month=mon, mod=_mod(m), precision="month")
    if dct_spec is not None:
        return dct_spec
    rel = (m["rel"] or "").strip().lower()
    if rel in ("that", "the same"):
        narrative = True
    elif rel in ("the following",):
        narrative, n = True, 1
    elif rel == "the previous":
        narrative, n = True, -1
    return Spec("partial", month=mon, mod=_mod(m), narrative=narrative, n=n, rel=rel or None, precision="month")


#: a dash and another month after a month: the first end of a range of months
_MONTH_RANGE_NEXT = re.compile(
    r"\s*[-–—]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _p_year(m: re.Match[str], text: str) -> Spec | None:
    y = _year(m["y"])
    if y is None:
        return None
    ocr = not m["y"].isdigit()
    start = m.start("y")
    if start >= 2 and text[start - 1] in "-–/" and text[start - 2].isdigit():
        return None
    after = text[m.end():m.end() + 12]
    nxt = word_after(text, m.end()).lower()
    if re.match(r"\s*(?:-\s*)?(?:years?|yrs?|%|percent|per\s+cent)\b", after):
        return None
    strong = bool(m["mod"] or m["fy"]) or (not ocr and (_alone_on_line(text, m.start(), m.end())
                                                        or entry_head(text, m.start(), m.end())))
    prev = word_before(text, m.start())
    if ocr and prev not in lx.YEAR_PREPOSITIONS:
        return None
    if not strong:
        if nxt in lx.COUNT_NOUNS and not (prev in lx.YEAR_PREPOSITIONS and lx.COUNT_TOLD_AFTER.match(text, m.end())):
            return None
        plural_next = nxt.endswith("s") and len(nxt) > 3 and nxt not in _VERB_S and nxt.isalpha()
        if plural_next and prev in ("of", "than", "about", "nearly", "some", "over", "almost", "to"):
            return None
        if prev in lx.NON_YEAR_PREFIXES and not (prev in lx.APPROX_YEAR_WORDS and _approx_year_ok(y, nxt, after)):
            return None
        if prev not in lx.YEAR_PREPOSITIONS and not re.match(r"\s*(?:[.,;:)!?\]'\"’”]|$)", after):
            if not (1900 <= y <= 2100):
                return None
            if nxt.endswith("s") and len(nxt) > 3 and nxt not in _VERB_S and nxt.islower():
                return None
            if prev.isdigit() or re.match(r"^\d", nxt):
                return None
    raw_mod = (m["mod"] or "").lower()
    if not strong and prev in lx.APPROX_YEAR_WORDS:
        return Spec("abs", year=y, mod="APPROX", confidence=0.85)  # "born about 1910"
    if "half" in raw_mod:  # "the first half of 2005" -> 2005-H1
        return Spec("abs", year=y, half=2 if ("second" in raw_mod or "latter" in raw_mod) else 1, precision="half")
    return Spec("abs", year=y, mod=_mod(m), confidence=0.8 if ocr else 0.95)


#: what may stand around a year that is a heading line of its own: a list marker or "#" before,
#: a colon or dash after ("1982", "## 1974", "1974 –")
_LINE_HEAD = re.compile(r"[ \t]*(?:[-*•#]+[ \t]*)?")
_LINE_TAIL = re.compile(r"[ \t]*(?:[:–—-][ \t]*)?(?:\n|$)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The year is a line of its own, a heading over the lines below it ("1982" above "2 April
    Argentina invades ..."): a year whatever opens the next line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_HEAD.fullmatch(text, line_start, start) is not None and _LINE_TAIL.match(text, end) is not None


#: what follows the date that heads a timeline entry: a dash with a space after it, or a colon,
#: then the entry's text ("1814 - The Netherlands cedes ...", "March - UN envoy X presents ...")
_ENTRY_TAIL = re.compile(r"[ \t]*(?:[-\u2013\u2014][ \t]+|:[ \t]*)(?=[^\s\d])")


#: a table cell: a bar (and spaces) before the words on their line, spaces and a bar after them
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")


def table_cell(text: str, start: int, end: int) -> bool:
    """``month_in_a_table_cell``: the words fill a cell of a table written with bars on their
    own ("| 1975 | March | ...", "| | May | On the 18th ..."): a month there is the row's date, not
    the verb "march" or the modal "may", and the days told in the row ("on the 18th") fall in it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CELL_BEFORE.search(text, line_start, start) is not None and _CELL_AFTER.match(text, end) is not None


def entry_head(text: str, start: int, end: int) -> bool:
    """The date opens its line (after a list marker, if any) and a separator and the entry's text
    follow it: the head of a timeline entry, a date whatever its form ("1814 - The Netherlands
    cedes ...", "May - Rugova becomes president ...", "* 1884: Bolivia ..."), as a year alone on
    its line is (:func:`_alone_on_line`)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_HEAD.fullmatch(text, line_start, start) is not None and _ENTRY_TAIL.match(text, end) is not None


def _approx_year_ok(y: int, nxt: str, after: str) -> bool:
    """"about 1910" is a year when it stands as one: a plausible year, and no noun counted after
    it ("about 1910 soldiers", "about 1500 of them" are counts)."""
    if not 1000 <= y <= 2100 or nxt in lx.COUNT_NOUNS or nxt in ("of", "to", "more", "than"):
        return False
    if nxt.isalpha() and nxt.islower() and nxt.endswith("s") and len(nxt) > 3 and nxt not in _VERB_S:
        return False
    return not re.match(r"\s*[-–]?\s*\d", after)


def _p_year_words(m: re.Match[str], text: str) -> Spec | None:
    if m["k2"]:  # "the year two thousand (and five)": only after "the year", else it is a count
        if not m["pre"]:
            return None
        tail = int(sum(lx.NUMBER_WORDS[w] for w in re.sub(r"[-\s]+", " ", m["rest2"].lower()).split())) if m["rest2"] else 0
        return Spec("abs", year=2000 + tail, confidence=0.9)
    prev = word_before(text, m.start())
    if not m["pre"] and prev not in lx.YEAR_PREPOSITIONS and prev not in ("a", "an") and not re.match(r"\s*[.,;]", text[m.end():m.end() + 2]):
        return None
    cent = 19 if m["cent"].lower() == "nineteen" else 20
    rest = re.sub(r"[-\s]+", " ", m["rest"].lower()).replace("o ", "")
    if rest == "hundred":
        tail = 0
    else:
        tail = int(sum(lx.NUMBER_WORDS[w] for w in rest.split()))
    if cent == 20 and tail > 50:
        return None
    return Spec("abs", year=cent * 100 + tail, confidence=0.9)


def _p_year2(m: re.Match[str], text: str) -> Spec | None:
    """"in '89": the century is the narrative's when a year was told before ("1789 … by '89"),
    else the nearest to today (the resolver decides, ``rel="yy"``)."""
    yy = int(m["yy"][1:])
    y = 1900 + yy if yy > 30 else 2000 + yy
    return Spec("abs", year=y, start=m.start("yy"), rel="yy")


#: the ``rel`` of a day of the month told alone ("on the 21st"): its month is the narrative's
DAY_OF_MONTH = "day-of-month"


def _p_day_ordinal(m: re.Match[str], text: str) -> Spec | None:
    """"on the 21st": a day of the month the story has reached (the resolver takes the month and
    year of the narrative anchor, and drops it when the anchor names no month); "the 21st
    century" is no match (a word follows)."""
    return Spec("partial", day=int(m["day"]), start=m.start("the"), rel=DAY_OF_MONTH, narrative=True,
                precision="day", confidence=0.7)


def _p_bc_year(m: re.Match[str], text: str) -> Spec | None:
    """"44 BC", "404 BCE", "3000 B.C.": TIMEX3 writes years before the common era "BC0044"."""
    y = int(m["y"])
    if y == 0 or (len(m["y"]) > 1 and m["y"].startswith("0")):
        return None
    return Spec("abs", year=y, bc=True, mod=_mod(m))


def _p_year_range(m: re.Match[str], text: str) -> Spec | None:
    y = _year(m["y"])
    if y is None or not m["y"].isdigit():
        return None
    raw2 = m["y2"]
    y2 = int(raw2) if len(raw2) == 4 else (y // 100) * 100 + int(raw2)
    if not (y < y2 <= y + 200):
        return None
    if word_before(text, m.start()) in lx.NON_YEAR_PREFIXES:
        return None
    return Spec("abs", year=y, year_end=y2, mod=_mod(m))


def _p_decade(m: re.Match[str], text: str) -> Spec | None:
    prev = word_before(text, m.start())
    mod = _mod(m)
    if prev in _POSSESSIVES or (m["mod"] and re.search(r"\b(?:his|her|their|my|your|our|its)\s*$", text[max(0, m.start() - 8):m.start()], re.I)):
        return None
    num_start = m.start("d4") if m["d4"] else m.start("d2b") if m["d2b"] else -1
    if num_start > 0 and text[num_start - 1] in "0123456789.,$":
        return None
    if m["d4"]:
        y = int(m["d4"])
        if y % 100 == 0 and y < 2000:
            return Spec("abs", century=y // 100, mod=mod, precision="century")
        return Spec("abs", decade=y // 10, mod=mod, precision="decade")
    if not (m["the"] or mod or m["d2"]):
        return None
    if m["dw"]:
        d = lx.DECADE_WORDS[m["dw"].lower()]
        if re.match(r"\s*(?:years|-something|percent|%)", text[m.end():m.end() + 12]):
            return None
    else:
        d = int((m["d2"] or m["d2b"])[0])
        if re.match(r"\s*(?:percent|%|degrees|mph|km)", text[m.end():m.end() + 10]):
            return None
    century = 20 if d in (0, 1) and m["d2"] else 19
    return Spec("abs", decade=century * 10 + d, mod=mod, precision="decade", confidence=0.85)


def _p_century(m: re.Match[str], text: str) -> Spec | None:
    n = int(m["cn"]) if m["cn"] else lx.ORDINAL_WORDS.get(m["cw"].lower())
    if not n or n > 21:
        return None
    return Spec("abs", century=n - 1, mod=_mod(m), precision="century", bc=bool(m["bc"]))


def _p_season(m: re.Match[str], text: str) -> Spec | None:
    season = lx.SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").strip().lower()
    rel = re.sub(r"\s+", " ", rel)
    y = _year(m["y"]) if m["y"] else None
    if y is None and not rel and not m["mod"]:
        prev = word_before(text, m.start())
        if prev not in ("in", "since", "by", "until", "during", "through", "this", "last", "next"):
            return None
    if y is None and re.match(r"\s+of\b", text[m.end():m.end() + 4], re.I):
        return None  # "the fall of the Berlin Wall"
    if y is None and m["season"][:1].isupper() and _NAME_AFTER.match(text, m.end()):
        return None  # "Fall Gelb", "Fall River", "the Spring Offensive": a name, not a season
    if m["season"].lower() == "fall" and y is None and rel in ("the", "in the", "during the") and not re.match(
        r"\s*(?:[.,;:)]|and|\w+\s+(?:season|semester|term))", text[m.end():m.end() + 20]
    ):
        return None
    mod = _mod(m)
    start = None
    if rel.startswith(("in the", "during the")):  # "in the winter": the span starts at "the"
        start = m.start("rel") + m["rel"].lower().index("the")
    if y is not None:
        return Spec("abs", year=y, season=season, mod=mod, precision="season", start=start)
    n = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if rel in lx.NARRATIVE_SEASON_SHIFT:  # "the following spring": the story's next spring
        return Spec("partial", season=season, mod=mod, n=lx.NARRATIVE_SEASON_SHIFT[rel], rel=rel,
                    narrative=True, precision="season", start=start)
    return Spec("partial", season=season, mod=mod, n=n, rel=rel or None, narrative=rel == "that",
                precision="season", start=start)


#: a capitalised word after a capitalised season makes a name ("Fall Gelb", "Spring Offensive");
#: a month, a year or "of" do not ("Fall 1944" is the autumn of 1944)
_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Of)\b)"
    r"[A-Z][a-z]+"
)


_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _p_quarter(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    is_half = "half" in m.group().lower() or bool(m["h"])
    bare = bool(m["qbare"]) and not m["qo"]
    if bare and not rel and not m["yposs"]:
        return None
    if m["qbare"] and m["qbare"].lower() == "period":
        # "the latest period", "the year-earlier period", "the 1988 period": in results reporting,
        # the quarter being reported; any other period is no calendar unit
        if m["qo"] or not (m["yq"] or rel in _PERIOD_RELS or (m["yago"] and rel)):
            return None
    if m["yago"]:  # "the quarter a year ago", "the corresponding period last year", "the third quarter last year"
        if m["yq"] or m["yposs"] or not rel or rel in ("last", "next", "this", "the previous", "the prior"):
            return None
        start = (m.start("qo") if m["qo"] else m.start("qbare")) if rel in ("its", "their", "that") else m.start()
        if m["qo"]:
            number = _QUARTER_ORD[m["qo"].lower()]
            if "half" in m["qbare"].lower():
                if number > 2:
                    return None
                return Spec("dct", n=-1, unit="year", precision="half", rel="year-ago-ordinal", half=number,
                            start=start)
            return Spec("dct", n=-1, unit="year", precision="quarter", rel="year-ago-ordinal", quarter=number,
                        start=start)
        if "half" in m["qbare"].lower():
            return None
        return Spec("dct", n=-1, unit="quarter", precision="quarter", rel="year-of", start=start)
    if bare and m["yq"] and not m["y"] and not m["y2"] and rel in ("the", "that", "its", "their"):
        start = m.start("yq") if rel != "the" else m.start()
        return Spec("dct", unit="quarter", precision="quarter", rel="year-of", year=_year(m["yq"]), start=start)
    if rel in ("the corresponding", "the comparable"):  # without "a year ago": the year-ago period
        rel = "the year-ago"
    if rel in ("its", "their", "that"):  # a determiner, not part of the expression
        start = m.start("yq") if m["yq"] else m.start("qo") if m["qo"] else m.start("qbare") if m["qbare"] else m.start()
        if bare and not is_half:
            rel = "the"
    else:
        start = m.start()
    if is_half and bare:
        return None  # "the half" is not a date
    number = None
    if m["qo"]:
        number = _QUARTER_ORD[m["qo"].lower()]
    elif m["qn"]:
        number = int(m["qn"])
    elif m["h"]:
        number = int(m["h"][1])
    if is_half and number and number > 2:
        return None
    if m["yposs"]:  # "next year's first quarter", "last year's quarter"
        if m["y"] or m["y2"] or m["yrel"] or is_half and bare:
            return None
        n_year = {"this": 0, "last": -1, "next": 1}[m["yposs"].split()[0].lower()]
        if bare:
            return Spec("dct", n=n_year, unit="quarter", precision="quarter", rel="year-of", start=m.start())
        spec_kw = {"half": number} if is_half else {"quarter": number}
        return Spec("dct", n=n_year, unit="year", precision="half" if is_half else "quarter", rel="ordinal",
                    start=m.start(), **spec_kw)
    y = _year(m["y"]) if m["y"] else (_year(m["y2"]) if m["y2"] else (_year(m["yq"]) if m["yq"] else None))
    yrel = (m["yrel"] or "").lower()
    prec = "half" if is_half else "quarter"
    spec_kw = {"half": number} if is_half else {"quarter": number}
    if y is not None:
        if number is None:
            return None
        return Spec("abs", year=y, precision=prec, start=start, **spec_kw)
    n = {"last": -1, "next": 1, "the previous": -1, "the prior": -1}.get(rel, 0)
    if yrel:
        n_year = {"this year": 0, "last year": -1, "next year": 1, "the previous year": -1, "the current year": 0,
                  "the year": 0}[re.sub(r"\s+", " ", yrel)]
        return Spec("dct", n=n_year, unit="year", precision=prec, start=start, rel="ordinal", **spec_kw)
    return Spec("dct", n=n, unit=prec, precision=prec, rel=rel or "the", start=start, **spec_kw)


_PERIOD_RELS = frozenset({"the latest", "the most recent", "the year-earlier", "the year-ago", "the just-ended"})

_REL_SHIFT = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
    "coming": 1, "the coming": 1, "the": 0, "the same": 0, "the full": 0,
}


def _p_relunit(m: re.Match[str], text: str) -> Spec | None:
    raw_rel, raw_unit = m["rel"].split()[-1], m["unit"]
    if raw_rel[:1].isupper() and raw_unit[:1].isupper() and raw_unit[1:2].islower() and not m["mod2"]:
        return None  # "This Week", "Next Year": a title (a TV show, a book), not the week
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = _unit(m["unit"])
    if unit == "fiscal year":
        unit = "year"
    mod2 = re.sub(r"\s+", " ", (m["mod2"] or "").lower()).strip(" -")
    mod = {"earlier": "START", "early": "START", "the beginning of": "START", "the start of": "START",
           "later": "END", "late": "END", "the end of": "END", "mid": "MID", "the middle of": "MID"}.get(mod2)
    if rel in ("the following", "the preceding", "the prior", "the previous") or (
            rel == "the next" and (_opens_clause(text, m.start("rel")) or _told_step(text, m, unit))):  # a step in the story
        # ("The next month, Peru attacked": a step too; "over the next month" is a stretch)
        return Spec("narr", n=-1 if rel in ("the preceding", "the prior", "the previous") else 1, unit=unit,
                    precision=unit, narrative=True, confidence=0.75)
    if rel in ("the past", "the last", "the next", "the whole", "the entire"):  # a stretch of time
        return Spec("fixed", DURATION, value=duration_value(1, unit), start=m.start("rel"))
    if rel == "the":
        if unit in ("decade", "century"):
            return None
        after = text[m.end():m.end() + 12]
        if re.match(r"\s*(?:before|after|earlier|ago|-)", after) or text[m.end():m.end() + 1] == "-":
            return None
        if unit == "month" and re.match(r"\s+of\b", after):
            return None
        if unit == "week" and re.match(r"\s+of\b", after):
            return None
        if unit in ("year", "month", "week") and re.match(r"\s+(?:ended|ending|to\s+(?:date|[A-Z]))\b", after):
            return Spec("fixed", DURATION, value=duration_value(1, unit), start=m.start("rel"), confidence=0.8)
        if unit == "year" and re.match(r"\s+(?:of|in|to|when|that|before)\b", after, re.I):
            return None
    n = _REL_SHIFT.get(rel)
    if n is None:
        return None
    if unit == "weekend":
        return Spec("dct", n=n, unit="week", precision="week", mod=mod, rel="weekend" if rel != "the" else "the weekend")
    start = m.start() if mod else m.start("rel")
    return Spec("dct", n=n, unit=unit, precision=unit, mod=mod, start=start, rel=rel)


def _told_step(text: str, m: re.Match[str], unit: str) -> bool:
    """"the next year" / "the next month" told after a verb or an adverb of its clause ("Borduria
    followed suit the next year", "the treaty was ratified the next year", "early the next year"): the
    story's next year, as "the following year" is - not a stretch ("over the next year", "spent the
    next year abroad", "the next year or so": :data:`lexicon.NEXT_STRETCH_WORDS`)."""
    if unit not in lx.NEXT_STEP_UNITS:
        return False
    if re.match(r"\s*(?:of|or|and\s+a|to)\b|\s*-", text[m.end():m.end() + 12]):
        return False  # "the next year of drought", "the next year or so", "the next year-and-a-half"
    if m["mod2"]:
        return m["mod2"].strip().lower() in ("early", "late", "mid", "earlier", "later")
    prev = word_before(text, m.start("rel"))
    return prev.isalpha() and prev not in lx.NEXT_STRETCH_WORDS


#: what may stand before a time that opens its clause: a sentence's start, a comma, a conjunction
_CLAUSE_OPENERS = frozenset({"", ".", ",", ";", "and", "but", "then", "\u2013", "\u2014"})


def _opens_clause(text: str, start: int) -> bool:
    """The expression at ``start`` opens its sentence ("The next month, ...") or a clause that a
    comma closes ("..., and the next year, ..."): an adverbial of the story's time, not a stretch."""
    prev = word_before(text, start)
    if prev == "" or prev.endswith((".", "!", "?", ":")):
        return True  # "The next year Peru attacked": a sentence opened with the story's time
    return prev in _CLAUSE_OPENERS and bool(re.match(r"[\w ]{1,30},", text[start:start + 32]))


def _approx_mod(m: re.Match[str]) -> str | None:
    raw = (m.groupdict().get("approx") or "").strip().lower()
    return _APPROX_MODS.get(re.sub(r"\s+", " ", raw)) if raw else None


def _p_ago(m: re.Match[str], text: str) -> Spec | None:
    unit = _unit(m["unit"])
    raw_n = m["n"]
    plural = m["unit"].lower().endswith("s")
    n = _number(raw_n) if raw_n else (None if plural else 1)
    mod = _approx_mod(m) or ("APPROX" if m["orso"] else None)  # "a week or so ago"
    if n is None or n != int(n):
        return Spec("fixed", value="PAST_REF", mod=mod, confidence=0.8)
    return Spec("dct", n=-int(n), unit=unit, precision=_ago_precision(unit, int(n)), mod=mod, rel="ago")


def _ago_precision(unit: str, n: int) -> str:
    if unit in ("hour", "minute", "second"):
        return "time"
    if unit in ("day", "night"):
        return "day"
    if unit in ("decade", "century", "millennium"):
        return "year"
    return unit if unit in ("week", "month", "year", "quarter") else "day"


#: units a shift from the narrative is told to the day in ("ten days later")
_DAY_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight"})
#: the ``rel`` of "N units after/before the X": a date when the story has told one, else the duration
AFTER_THE = "after-the"
#: the ``rel`` of "several days later": a shift by a vague count (``n`` to ``span_of`` units)
VAGUE_LATER = "vague-later"


def _p_later(m: re.Match[str], text: str) -> Spec | None:
    unit = _unit(m["unit"])
    n = _number(m["n"])
    vague = re.sub(r"\s+", " ", (m["n"] or "").lower().strip())
    if n is None and vague in lx.VAGUE_SHIFTS and m.group().lower().split()[-1] == "later":
        # "several days later": a date the narrative moved to, known only as far as the ends of
        # its range (2-9 days on) agree; TimeML annotates the duration, kept as the part
        low, high = lx.VAGUE_SHIFTS[vague]
        return Spec("narr", n=low, unit=unit, precision=unit, narrative=True, confidence=0.6,
                    rel=VAGUE_LATER, span_of=high, duration=duration_value(None, unit),
                    duration_end=m.start("unit") + len(m["unit"]))
    if n is None or n != int(n):
        return None
    word = m.group().lower().split()[-1]
    sign = -1 if word in ("earlier", "before") else 1
    if word in ("after", "before"):  # "three months after the coup": from the happening the story last dated
        if unit in ("decade", "century"):
            return None
        if word_before(text, m.start()) in lx.STRETCH_GOVERNORS:  # "the blockade lasted six weeks
            # before the port gave in", "for ten days after ...": how long it went on (TimeML's
            # DURATION), which dates nothing: counted from the last happening told it put an older
            # happening's date on its end; the clause it ends in happened at an untold time (the
            # anchor AFTER_THE, as below)
            return Spec("fixed", DURATION, value=duration_value(n, unit), mod=_approx_mod(m),
                        start=m.start(), end=m.start("unit") + len(m["unit"]), confidence=0.85, rel=AFTER_THE)
        return Spec("narr", n=sign * int(n), unit=unit,
                    precision="day" if unit in _DAY_UNITS else _ago_precision(unit, int(n)),
                    mod=_approx_mod(m), narrative=True, confidence=0.65, rel=AFTER_THE,
                    duration=duration_value(n, unit), duration_end=m.start("unit") + len(m["unit"]))
    if unit in _DAY_UNITS:
        # TimeML: in "three days later" the time expression is the duration, "later" a signal;
        # the chronicle needs the day it names, resolved like "a year later" (issue 10): the
        # duration is kept as the expression's part, for TimeML
        return Spec("narr", n=sign * int(n), unit=unit, precision="day", mod=_approx_mod(m), narrative=True,
                    confidence=0.7, duration=duration_value(n, unit), duration_end=m.start("unit") + len(m["unit"]))
    return Spec("narr", n=sign * int(n), unit=unit, precision=_ago_precision(unit, int(n)),
                mod=_approx_mod(m) or ("APPROX" if unit in ("decade", "century") else None),
                narrative=True, confidence=0.75)


def _p_later_bare(m: re.Match[str], text: str) -> Spec | None:
    """"Days later", "weeks later": as "several days later" (:data:`lexicon.VAGUE_SHIFTS`)."""
    unit = _unit(m["unit"])
    low, high = lx.VAGUE_SHIFTS["several"]
    return Spec("narr", n=low, unit=unit, precision=unit, narrative=True, confidence=0.55, rel=VAGUE_LATER,
                span_of=high, duration=duration_value(None, unit), duration_end=m.start("unit") + len(m["unit"]))


def _p_duration(m: re.Match[str], text: str) -> Spec | None:
    if m["old"]:
        return None
    after = text[m.end():m.end() + 14].lower()
    if re.match(r"\s+(?:old|of\s+age)\b", after) or after.startswith(("-old", "-olds")):
        return None
    unit = _unit(m["unit"])
    raw_n = m["n"]
    n = _number(raw_n)
    if n is None and raw_n.strip().lower() in ("a", "an"):
        n = 1
    if n is not None and m["andhalf"]:
        n += 0.5
    if unit == "hour" and re.fullmatch(r"0\d[0-5]\d", raw_n.strip()):
        return None  # "0600 hours": a 24-hour clock, read by the clock rule
    if n is not None and n > 1000 and "," not in raw_n:
        return None  # "1990 years" is a year misread; "1,460 years" is a count
    if unit == "quarter" and text[m.start("unit") - 1] == "-" and after.lstrip().startswith("of"):
        return None  # "three-quarters of"
    if unit == "quarter" and n is not None and re.match(r"\s+of\s+(?!\d{4}|this\b|last\b|next\b|fiscal\b|the\s+(?:year|fiscal|current)\b)", after):
        return None  # "three quarters of the vote": a fraction
    if unit == "quarter" and re.match(r"[\s-]+(?:percentage|point|points|mile|miles|inch|inches|pound|pounds|ounce|share|shares|stake|note|notes)\b", after):
        return None  # "a quarter point", "a quarter-mile": a fraction
    if raw_n.strip().lower() in ("a", "an", "one") and re.match(r"\s*(?:ago|earlier|later)", after):
        return None
    if unit == "second" and raw_n.strip().lower() in ("a", "the") and re.match(r"\s+[a-z]", after) and not re.match(
        r"\s+(?:later|earlier|ago|or|and|of|to|before|after)\b", after
    ):
        return None  # "a second betrayal": the ordinal
    if m["long"] and raw_n.strip().lower() in ("a", "an"):
        return None  # "a day-long meeting": the adjective alone (rule long_adj)
    det = (m["det"] or "").strip().lower()
    start = m.start() if not det.startswith("for ") else m.start("det") + 4
    if det in ("the", "another") and text[m.start("unit") - 1] == "-" and not m["approx"]:
        start = m.start("n")  # "the two-hour meeting": the determiner belongs to the noun
    return Spec("fixed", DURATION, value=duration_value(n, unit), mod=_approx_mod(m), start=start, confidence=0.9)


def _p_long_adj(m: re.Match[str], text: str) -> Spec | None:
    """"day-long", "weeklong": one unit; "decades-long", "months-long": an unknown number of them."""
    raw = m["unit"].lower()
    unit = _unit(raw)
    if unit not in _UNIT_LETTER:
        return None
    plural = raw.endswith("s") and raw != unit
    return Spec("fixed", DURATION, value=duration_value(None if plural else 1, unit), confidence=0.85)


def _p_year_end(m: re.Match[str], text: str) -> Spec | None:
    """"by year-end", "around year end": the end of the current year ("since year-end": the last
    one); the approximating preposition belongs to the expression, the others do not."""
    pre = m["pre"].strip().lower()
    start = m.start() if pre in ("around", "about") else m.start("ye")
    return Spec("dct", n=-1 if pre == "since" else 0, unit="year", precision="year", mod="END", start=start,
                confidence=0.75)


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}


def _p_clock_pod(m: re.Match[str], text: str) -> Spec | None:
    """"4 in the morning", "ten at night": a clock hour made unambiguous by the part of the day."""
    if word_after(text, m.end()).lower() in ("session", "sessions", "trading", "edition", "editions", "paper", "papers",
                                              "news", "show", "shows", "shift", "shifts", "service", "services"):
        return None  # "two in the morning session"
    raw = m["h"].lower()
    hour = int(raw) if raw.isdigit() else _HOUR_WORDS[raw]
    pod = m["pod"].lower()
    at = m["pre"].lower() == "at"
    if at != (pod == "night"):
        return None  # "in the morning", "at night"
    if "morning" in pod:
        hour = 0 if hour == 12 else hour
        if hour > 11:
            return None
    elif hour < 12 and ("afternoon" in pod or "evening" in pod or ("night" in pod and hour >= 6)):
        hour += 12
    elif "night" in pod and hour == 12:
        hour = 24
    return Spec("partial", TIME, hour=hour, minute=0, precision="time", confidence=0.8)


def _p_vague_dur(m: re.Match[str], text: str) -> Spec | None:
    pre = re.sub(r"\s+", " ", m["pre"].lower().strip())
    unit = _unit(m["unit"])
    if unit == "quarter" and pre not in ("recent", "coming", "the coming", "the past", "the last", "the next"):
        return None  # "three quarters": a fraction more often than a span of time
    if pre == "the":
        if not m["ahead"]:
            return None  # "the years" alone: too vague to tag
        return Spec("fixed", DURATION, value=duration_value(None, unit), start=m.start(), confidence=0.75)
    if m["ahead"]:
        return None
    if pre == "recent" and unit in ("years", "year", "decade", "decades"):
        return Spec("fixed", value="PAST_REF", start=m.start(), confidence=0.8)
    if pre in ("for", "in", "over", "within", "during"):
        return Spec("fixed", DURATION, value=duration_value(None, unit), start=m.start("unit"), confidence=0.8)
    return Spec("fixed", DURATION, value=duration_value(None, unit), start=m.start(), confidence=0.8)


def _p_present(m: re.Match[str], text: str) -> Spec | None:
    word = m.group().lower()
    if word in ("current", "contemporary"):
        nxt = word_after(text, m.end()).lower()
        if nxt in ("account", "accounts", "affairs", "events", "flow", "flows", "density", "source", "sources", "of") or word == "contemporary":
            return None
    if word == "this time" and re.match(r"\s+(?:of|around|last|next)", text[m.end():m.end() + 8]):
        return None
    return Spec("fixed", value="PRESENT_REF", confidence=0.85)


def _p_past(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group().lower())
    if word == "earlier":
        prev = word_before(text, m.start())
        nxt = word_after(text, m.end()).lower()
        if prev in ("the", "an", "a", "than", "much") or nxt in ("than", "this", "that", "in", "on", "today", "tonight") or nxt.isdigit():
            return None
        if re.match(r"\s+(?:this|last|next)\s", text[m.end():m.end() + 7], re.I):
            return None
    if word == "recent":
        nxt = word_after(text, m.end()).lower()
        if nxt in ("years", "months", "weeks", "days", "decades"):
            return None
    if word == "the past":
        if re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter)", text[m.end():m.end() + 9], re.I):
            return None
    return Spec("fixed", value="PAST_REF", confidence=0.8)


def _p_future(m: re.Match[str], text: str) -> Spec | None:
    word = m.group().lower()
    if word == "the future" and re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return None  # "the future of the plant": a topic, not a time
    if word in ("upcoming", "forthcoming", "eventually"):
        return None
    if word == "future" and word_before(text, m.start()) not in ("the", "in", "near", "for"):
        nxt = word_after(text, m.end()).lower()
        if nxt in ("contracts", "contract", "generations", "of"):
            return None
    return Spec("fixed", value="FUTURE_REF", confidence=0.8)


def _p_deictic(m: re.Match[str], text: str) -> Spec | None:
    word = m["word"].lower()
    if word == "today" and text.startswith(("'s", "’s"), m.end("word")) and word_before(text, m.start()) in ("in", "of", "for", "to"):
        return None  # "in today's world": the present in general, not the day (yesterday's is a day)
    n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}[word]
    pod = (m["pod"] or "").lower() or {"tonight": "night", "overnight": "night"}.get(word)
    if pod:
        return Spec("dct", TIME, n=n, unit="day", precision="day", pod=lx.PARTS_OF_DAY[pod])
    return Spec("dct", n=n, unit="day", precision="day")


def _p_pod(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    pod = lx.PARTS_OF_DAY[m["pod"].lower()]
    if rel == "the":
        if m["pod"].lower() == "night" or not re.search(r"\b(?:in|during|that|this)\s*$", text[max(0, m.start() - 10):m.start()]):
            return None
    n = -1 if rel in ("last", "yesterday", "late last") else 1 if rel == "tomorrow" else 0
    if rel == "last" and pod != "TNI":
        return None
    mod = "START" if rel.startswith("early") else "END" if rel.startswith("late") else None
    return Spec("dct", TIME, n=n, unit="day", precision="day", pod=pod, mod=mod)


def _p_set_cal(m: re.Match[str], text: str) -> Spec | None:
    """Recurring calendar units: "on Mondays" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI, "each July" XXXX-07."""
    if m["mon"]:
        return Spec("fixed", SET, value=f"XXXX-{lx.MONTHS[m['mon'].lower()]:02d}", confidence=0.8)
    if text.startswith(("'", "’"), m.end()):
        return None  # "Mondays'": a name ("Happy Mondays'")
    wd = lx.WEEKDAYS[m["wd"].lower()]
    pod = lx.PARTS_OF_DAY[m["pods"].lower()[:-1]] if m["pods"] else ""
    return Spec("fixed", SET, value=f"XXXX-WXX-{wd}{pod}", confidence=0.8)


def _p_pod_mid(m: re.Match[str], text: str) -> Spec | None:
    """"mid-afternoon (yesterday)": the middle of a part of the day of the DCT (or the named day)."""
    if word_after(text, m.end()).lower() in ("trading", "session", "break", "snack", "news", "edition", "show"):
        return None
    pod = lx.PARTS_OF_DAY[re.sub(r"^mid[-\s]?", "", m["pod"].lower())]
    n = {"yesterday": -1, "tomorrow": 1}.get((m["deic"] or "").lower(), 0)
    return Spec("dct", TIME, n=n, unit="day", precision="day", pod=pod, mod="MID", confidence=0.8)


def _p_weekday(m: re.Match[str], text: str) -> Spec | None:
    wd = _weekday_num(m["wd"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower().strip())
    pod = lx.PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    nxt = text[m.end():m.end() + 10]
    if re.match(r"s\b", nxt):
        return None
    return Spec("partial", TIME if pod else DATE, weekday=wd, pod=pod, rel=rel or None, precision="day",
                narrative=rel in ("the following", "the previous", "the next"))


def _p_narr_same(m: re.Match[str], text: str) -> Spec | None:
    phrase = re.sub(r"\s+", " ", m["phrase"].lower())
    level = lx.NARRATIVE_SAME[phrase]
    if phrase == "then" and word_before(text, m.start()) not in ("until", "since", "till", "from", "before", "after"):
        return None  # "then" alone is mostly a sequencer, not a date
    if phrase == "that time" and word_before(text, m.start()) not in ("at", "by", "since", "until", "from"):
        return None
    if phrase in ("at this point", "at that point"):
        return None  # a stage of an argument or a situation far more often than a date
    if phrase.endswith(lx.PARTS_OF_THE_STORY_DAY) and word_after(text, m.end()).lower() in lx.POD_MODIFIED_NOUNS:
        return None  # "warned that night raids would go on": the part of the day names the raids
    if phrase in ("at the time", "at that time") and re.match(r"\s+(?:of|when)\b", text[m.end():m.end() + 6]):
        return None  # "at the time of its founding": the time of an event, not an anchor
    if phrase in ("at the time", "at that time", "at this time", "by then", "at that point", "at this point", "those days"):
        level = "any"
    return Spec("narr", n=0, unit=level, precision=None if level == "any" else level, narrative=True, confidence=0.75,
                pod=_story_pod(phrase))


def _story_pod(phrase: str) -> str | None:
    """The TimeML part of the day a narrative phrase names ("that evening": TEV), else None."""
    word = next((w for w in phrase.split() if w in lx.PARTS_OF_THE_STORY_DAY), None)
    return lx.PARTS_OF_DAY[word] if word else None


#: words after "the day after" / "the year before" that leave it bare, a shift from the story's
#: date ("the day after, troops ...", "the year before and ...", "the day after that")
_BARE_SHIFT_NEXT = frozenset({"and", "or", "but", "nor", "so", "yet", "then", "when", "while", "as", "that",
                              "this", "it", "too", "also", "already", "again", "only", "at", "in", "on"})
#: the word right after a phrase
_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[A-Za-z][\w'\u2019-]*)")


def _counts_from_a_happening(m: re.Match[str], text: str) -> bool:
    """"the day after" / "the year before" followed by the happening it counts from ("the day after
    the signing", "the day before the vote", "the day after the council declared a truce"):
    not a shift from the story's last date but "N units after the X" (:data:`AFTER_THE`), dated
    from X's own date when the text tells it (:mod:`chronica.time.counted`)."""
    if not m["phrase"].lower().rstrip().endswith(("after", "before")):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt["word"].lower() not in _BARE_SHIFT_NEXT


def _p_narr_shift(m: re.Match[str], text: str) -> Spec | None:
    phrase = re.sub(r"\s+", " ", m["phrase"].lower())
    n, unit = lx.NARRATIVE_SHIFT[phrase]
    after = text[m.end():m.end() + 10]
    if phrase.endswith(("year", "month", "week", "day", *lx.PARTS_OF_THE_STORY_DAY)) \
            and re.match(r"\s*(?:of|'s)\b", after):
        return None  # "the following year of drought", "the next morning's papers"
    if phrase.endswith(lx.PARTS_OF_THE_STORY_DAY) and word_after(text, m.end()).lower() in lx.POD_MODIFIED_NOUNS:
        return None  # "the next morning flights": the part of the day names the flights
    if unit in ("day", "week", "month", "year") and _counts_from_a_happening(m, text):
        unit_at = re.search(rf"\b{unit}\b", m["phrase"], re.IGNORECASE)
        return Spec("narr", n=n, unit=unit, precision=unit, narrative=True, confidence=0.65, rel=AFTER_THE,
                    duration=duration_value(abs(n), unit),
                    duration_end=m.start("phrase") + (unit_at.end() if unit_at else len(m["phrase"])))
    return Spec("narr", n=n, unit=unit, precision=unit, narrative=True, confidence=0.75,
                rel="year-ago" if "year-" in phrase else None, pod=_story_pod(phrase))


#: the words before a 24-hour clock written as four digits and "hours" ("at 1400 hours"): without
#: one of them the number counts hours ("1200 hours of work")
_CLOCK_PREPOSITIONS = frozenset({"at", "by", "from", "until", "till", "til", "before", "after", "since", "to",
                                 "around", "about", "approximately", "circa", "and"})


def _p_clock(m: re.Match[str], text: str) -> Spec | None:
    if m["word"] and word_before(text, m.start()).lower() == "high":
        return None  # "high noon": the climax, not twelve o'clock
    if m["word"]:
        hour = {"noon": 12, "midday": 12, "midnight": 24}[m["word"].lower()]
        minute = 0
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    elif m["h4"]:  # "1200 GMT", "at 0600 hours": a 24-hour clock written without a colon, not a year
        if m["hrs"] and not m["tz"] and not m["h4"].startswith("0") \
                and word_before(text, m.start()).lower() not in _CLOCK_PREPOSITIONS:
            return None  # "1200 hours of work": a count of hours
        hour, minute = int(m["h4"]), int(m["mi4"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if pm and hour < 12:
            hour += 12
        if not pm and hour == 12:
            hour = 0
    return Spec("partial", TIME, hour=hour, minute=minute, mod=_approx_mod(m), precision="time")


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
            "biannually": "P6M", "semiannually": "P6M"}


def _p_set(m: re.Match[str], text: str) -> Spec | None:
    if m.groupdict().get("adv"):
        return Spec("fixed", SET, value=_SET_ADV[m["adv"].lower()], confidence=0.85)
    q = re.sub(r"\s+", " ", m["q"].lower())
    raw_unit = m["unit"].lower()
    if q in ("a", "an"):
        prev = text[max(0, m.start() - 25):m.start()]
        if not re.search(r"(?:\d|million|billion|thousand|hundred|percent|%|times|once|twice|dollars|cents|pounds|euros)\s*$", prev):
            return None
    if raw_unit.rstrip("s") in lx.WEEKDAYS:
        wd = lx.WEEKDAYS[raw_unit.rstrip("s")]
        return Spec("fixed", SET, value=f"XXXX-WXX-{wd}", confidence=0.85)
    if raw_unit.rstrip("s") in ("morning", "evening", "afternoon"):
        return Spec("fixed", SET, value=f"XXXX-XX-XX{lx.PARTS_OF_DAY[raw_unit.rstrip('s')]}", confidence=0.8)
    if raw_unit.rstrip("s") in lx.SEASONS:
        return Spec("fixed", SET, value=f"XXXX-{lx.SEASONS[raw_unit.rstrip('s')]}", confidence=0.8)
    unit = _unit(raw_unit)
    if unit not in _UNIT_LETTER:
        return None
    n = m["n"].strip().lower() if m["n"] else ""
    k = 2 if n == "other" else (_number(n) or 1) if n else 1
    return Spec("fixed", SET, value=duration_value(k, unit), confidence=0.85)


def _p_holiday(m: re.Match[str], text: str) -> Spec | None:
    name = re.sub(r"\s+", " ", m["hol"].lower())
    if name in ("easter", "christmas", "thanksgiving") and word_after(text, m.end()).lower() in ("island", "tree", "trees", "card", "cards", "carol", "carols", "rising", "offensive"):
        return None
    y = _year(m["y"]) if m["y"] else None
    rel = (m["rel"] or "").strip().lower()
    return Spec("partial", rel=f"holiday:{name}", year=y, n={"last": -1, "next": 1}.get(rel, 0), precision="day")


PARSERS: dict[str, Callable[[re.Match[str], str], Spec | None]] = {
    "iso": _p_iso, "numeric": _p_numeric, "mdy": _p_day_month, "dmy": _p_day_month, "later_bare": _p_later_bare,
    "month_year": _p_month_year, "month": _p_month, "year": _p_year, "year2": _p_year2,
    "year_words": _p_year_words, "bc_year": _p_bc_year,
    "year_range": _p_year_range, "decade": _p_decade, "century": _p_century, "season": _p_season,
    "quarter": _p_quarter, "relunit": _p_relunit, "ago": _p_ago, "later": _p_later,
    "duration": _p_duration, "vague_dur": _p_vague_dur, "present": _p_present, "past": _p_past,
    "future": _p_future, "deictic": _p_deictic, "pod": _p_pod, "weekday": _p_weekday,
    "narr_same": _p_narr_same, "narr_shift": _p_narr_shift, "clock": _p_clock, "set": _p_set, "set_adv": _p_set,
    "holiday": _p_holiday, "long_adj": _p_long_adj, "pod_mid": _p_pod_mid, "set_cal": _p_set_cal,
    "year_end": _p_year_end, "clock_pod": _p_clock_pod, "day_ordinal": _p_day_ordinal,
}
