"""Figures in a parsed sentence: the value, its qualifier, the interval they denote.

Public API::

    for q in quantities(sent):   # sent: a spaCy Span (one sentence)
        q.value, q.low, q.high, q.qualifier, q.noun, q.tokens

A figure is a run of number tokens (``like_num``, or the words of a CARDINAL entity): digits
("1,200", "3.5"), digits with a scale ("2 million"), words ("three hundred", "two dozen", "a
thousand" and "half a million" with the qualifier before them read, hyphenated
"three-hundred-and-sixty-eight", read with ``text2num``), or a magnitude without a figure
("hundreds of thousands", :data:`~chronica.claims.rules` ``magnitudes``). Years, days of the month,
ordinals, percentages of a date and money are not counts: figures inside DATE, TIME, MONEY,
PERCENT, ORDINAL entities are skipped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token
from text_to_num import text2num

from chronica.claims.rules import Rules, figure_interval, load_rules

#: entity labels whose numbers are not counts of things
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$|^\d{1,3},\d{1,2}$")
#: a decimal comma, as continental European usage and translations from it write a fraction
#: ("3,8 nautical miles", "1,2 million", "2,5 million"): one to three digits, a comma, then one or
#: two digits (a thousands group has exactly three)
_DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}$")
#: thousands grouped with dots, as continental European usage and translations from it write them
#: ("100.000 persons", "1.250.000"): one to three digits, then groups of exactly three. A decimal
#: fraction of a count is written with one or two places ("3.5 million"), not three
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def figure_number(text: str) -> float:
    """The number written as digits: "1,200" 1200, "3.5" 3.5, "100.000" 100000 (dotted thousands),
    "3,8" 3.8 (a decimal comma)."""
    if _DOTTED_THOUSANDS.match(text):
        return float(text.replace(".", ""))
    if _DECIMAL_COMMA.match(text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion and a".split())


@dataclass
class Quantity:
    """One figure of a sentence."""

    value: float
    low: float
    high: float
    qualifier: str | None
    text: str  # the figure with its qualifier, as written
    tokens: list[Token]  # the figure's tokens
    noun: Token | None  # the noun it counts ("civilians" in "500 civilians")
    length_unit: Token | None = None  # "km" in "5,300 km long": the value is then in km
    measure_unit: Token | None = None  # "tonnes" in "130,000 tonnes": the value is then in the
    # first unit of its measure (``measure_units`` of the rules)
    measure: str | None = None  # that measure: "mass", "area", "volume"
    currency: str | None = None  # a sum of money: its currency ("USD"), or "%" for a share
    rate: str | None = None  # a sum per something: the noun's lemma ("barrel" in "$36 a barrel")


def _length_unit(tok: Token, rules: Rules) -> Token | None:
    """The unit of length right after a figure ("5,300 km", "1,200-kilometre", "3.8 nautical
    miles": the last word of a unit of two), or None."""
    doc = tok.doc
    for nxt in doc[tok.i + 1:min(tok.i + 3, tok.sent.end)]:
        if nxt.text == "-":
            continue
        if nxt.i + 1 < tok.sent.end and f"{nxt.lower_} {doc[nxt.i + 1].lower_}" in rules.length_units:
            return doc[nxt.i + 1]
        return nxt if nxt.lower_ in rules.length_units else None
    return None


def length_factor(unit: Token, rules: Rules) -> float:
    """Kilometres in one of the unit (a unit of two words read with the word before it)."""
    if unit.i > unit.sent.start and f"{unit.doc[unit.i - 1].lower_} {unit.lower_}" in rules.length_units:
        return rules.length_units[f"{unit.doc[unit.i - 1].lower_} {unit.lower_}"]
    return rules.length_units[unit.lower_]


#: adjectives that make a unit noun a unit of area or volume ("square kilometres", "cubic metres")
UNIT_MODIFIERS = frozenset({"square", "cubic", "metric"})


def measure_unit(tok: Token, rules: Rules) -> tuple[str, float, Token] | None:
    """(measure, factor, unit noun) when the figure that ``tok`` belongs to is in a unit of a
    measure of the rules (``measure_units``: "130,000 tonnes", "10 billion cubic metres",
    "200,000 square kilometres"), read from the parse: the noun the figure (through its scale
    words) qualifies."""
    node = tok
    for _ in range(4):  # "10" -> "billion" -> "metres"
        if node.head.i == node.i or node.head.pos_ != "NUM":
            break
        node = node.head
    unit = node.head
    if unit.i == node.i or unit.pos_ != "NOUN" or node.dep_ not in ("nummod", "compound", "quantmod"):
        return None
    mods = [c.lower_ for c in unit.children if c.dep_ in ("amod", "compound") and c.lower_ in UNIT_MODIFIERS]
    name = " ".join(mods + [unit.lemma_.lower()])
    for measure, units in rules.measure_units.items():
        if name in units:
            return measure, units[name], unit
    return None


def _figure_tokens(sent: Span, rules: Rules) -> list[list[Token]]:
    """Runs of adjacent number-like tokens (hyphens and "and" inside a spelled-out number kept)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in sent:
        numeric = (tok.like_num or tok.lower_ in SCALE_WORDS
                   or (tok.lower_ in ("hundreds", "thousands", "millions", "dozens", "tens", "scores"))
                   or _vague_count(tok, rules) or _article_figure(tok))
        joiner = bool(current) and (
            ((tok.text == "-" or tok.lower_ == "and") and any(t.is_alpha for t in current))
            or (tok.lower_ == "of" and current[-1].lower_.endswith("s")))
        counts = tok.ent_type_ not in NOT_COUNTS or (tok.ent_type_ == "QUANTITY" and (
            _length_unit(tok, rules) or measure_unit(tok, rules) or _DECIMAL_COMMA.match(tok.text)
            or (current and _DECIMAL_COMMA.match(current[-1].text))  # "3,2 million": no quantity
            or _vague_count(tok, rules)))  # "several hundred kilometres": the multiplier is the figure's
        if numeric and counts:
            current.append(tok)
        elif joiner:
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


#: scale words written as words that make a figure with a number word, an article or alone
#: ("three hundred", "a thousand", "two dozen", "half a million"); their values are the rules' ``scales``
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})


#: the qualifier whose interval a figure of "dozen" written without one is read with: "a dozen" is
#: about twelve (10-14), as "about 12"; "more than two dozen" keeps its own
DOZEN_READING = "about"


def _article_figure(tok: Token) -> bool:
    """An article or "half" that starts a figure of a scale word ("a hundred", "an estimated" is
    not one; "half a million"): part of the figure, so that the qualifier before it is read ("more
    than a hundred", "over a dozen", "nearly half a million") and the figure is "half" of its scale."""
    doc, nxt = tok.doc, tok.i + 1
    if tok.lower_ in ("a", "an"):
        return nxt < tok.sent.end and doc[nxt].lower_ in SCALE_WORDS
    if tok.lower_ == "half":
        return nxt + 1 < tok.sent.end and doc[nxt].lower_ in ("a", "an") and doc[nxt + 1].lower_ in SCALE_WORDS
    return False


def _scaled_words(words: list[str], rules: Rules) -> float | None:
    """The value of a figure of a scale word led by an article, "half a" or a number word ("a
    hundred" 100, "half a million" 500,000, "two dozen" 24, "a dozen" 12, "a hundred thousand"),
    or None when the words are not one; a number word before "hundred", "thousand" ... without
    "dozen" is left to ``text2num``."""
    n = len(words)
    while n and words[n - 1] in SCALE_WORDS:
        n -= 1
    lead, tail = words[:n], words[n:]
    if not tail:
        return None
    if lead in (["a"], ["an"]):
        factor = 1.0
    elif lead in (["half", "a"], ["half", "an"]):
        factor = 0.5
    elif lead and "dozen" in tail and all(w in _NUMBER_WORDS and w not in ("a", "and") for w in lead):
        try:
            factor = float(text2num(" ".join(lead), "en"))
        except ValueError:
            return None
    elif lead and "dozen" in tail and len(lead) == 1 and _DIGITS.match(lead[0]):
        factor = figure_number(lead[0])
    elif not lead and tail[0] == "dozen":
        factor = 1.0
    else:
        return None
    return factor * math.prod(rules.scales[w] for w in tail)


def _vague_count(tok: Token, rules: Rules) -> bool:
    """A vague multiplier right before a scale word ("several hundred", "a few thousand"): the
    start of a figure (``vague_counts`` of the rules)."""
    nxt = tok.i + 1
    return tok.lower_ in rules.vague_counts and nxt < tok.sent.end and tok.doc[nxt].lower_ in rules.scales


def _value(tokens: list[Token], rules: Rules) -> tuple[float, bool, tuple[float, float] | None] | None:
    """(value, scaled, magnitude interval) of a run of number tokens, or None."""
    words = [t.lower_ for t in tokens if t.text != "-"]
    text = " ".join(words)
    magnitude = rules.magnitudes.get(text)
    if magnitude:
        return magnitude[0], True, magnitude
    if len(words) >= 2 and words[0] in rules.vague_counts and all(w in rules.scales for w in words[1:]):
        # "several hundred", "several hundred thousand": the multiplier's range times the scale,
        # a magnitude like "hundreds" or "hundreds of thousands"
        scale = math.prod(rules.scales[w] for w in words[1:])
        low, high = (f * scale for f in rules.vague_counts[words[0]])
        return low, True, (low, high)
    scaled_words = _scaled_words(words, rules)
    if scaled_words is not None:
        return scaled_words, True, None
    if len(words) == 1 and _DIGITS.match(words[0]):
        return figure_number(words[0]), False, None
    if _DIGITS.match(words[0]) and len(words) == 2 and words[1] in rules.scales:
        return figure_number(words[0]) * rules.scales[words[1]], True, None
    if all(w in _NUMBER_WORDS for w in words) and any(w != "a" and w != "and" for w in words):
        try:
            value = float(text2num(" ".join(w for w in words), "en"))
        except ValueError:
            return None
        scaled = any(w in ("thousand", "million", "billion") for w in words)
        return value, scaled, None
    return None


def _qualifier(first: Token, rules: Rules) -> tuple[str | None, int]:
    """The qualifier written just before a figure, and the index of its first token."""
    doc = first.doc
    for n in (4, 3, 2, 1):
        start = first.i - n
        if start < first.sent.start:
            continue
        words = " ".join(t.lower_ for t in doc[start:first.i])
        q = rules.qualifier(words)
        if q:
            return q.name, start
    return None, first.i


def _measured_adjectives() -> frozenset[str]:
    """The adjectives that name a measure's people (a measure's nouns that are adjectives too:
    "dead", "wounded", "injured", "displaced")."""
    return frozenset(n for m in load_rules().measures.values() for n in m.get("nouns", ()) if "-" not in n)


def counted_noun(tokens: list[Token]) -> Token | None:
    """The noun a figure counts: its head when it modifies a noun ("500 civilians"), the object
    of its "of" ("hundreds of thousands of people"), else the figure itself stands for it. A
    measure's adjective counted is a noun wherever the parse hangs it: on the figure ("left 8
    dead", "the toll was 49 dead", "counted twenty-one dead") or over a name or noun the figure
    qualifies ("some sixty rebel dead")."""
    last = tokens[-1]
    adjectives = _measured_adjectives()
    for t in tokens:
        # an adjective counted is a noun: "4,000 dead", "300 wounded"
        if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and t.head not in tokens:
            head = t.head
            if head.dep_ == "compound" and head.head.pos_ == "ADJ" and head.head.lemma_.lower() in adjectives:
                return head.head  # "sixty rebel dead": the dead are counted, the rebels name them
            return head
    for child in last.children:
        if child.dep_ == "amod" and child.i == last.i + 1 and child.lemma_.lower() in adjectives:
            return child  # "left 8 dead", "49 dead": the parse hangs the adjective on the figure
    if last.head.i == last.i + 1 and last.head.pos_ == "ADJ" and last.head.lemma_.lower() in adjectives:
        return last.head  # "the toll was 49 dead", "acknowledged 39 dead": the figure hangs on it
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if last.head.pos_ in ("NOUN", "PROPN") and last.head not in tokens and last.dep_ in ("nummod", "quantmod", "compound", "amod"):
        return last.head
    return None


def quantities(sent: Span, rules: Rules | None = None) -> list[Quantity]:
    """Every figure of the sentence that counts something."""
    rules = rules or load_rules()
    out = []
    money = {t.i for a in amounts(sent, rules) for t in a.tokens}
    for run in _figure_tokens(sent, rules):
        if any(t.i in money for t in run):
            continue  # a sum of money or a share (:func:`amounts`), no count of things
        while run and (run[-1].text == "-" or run[-1].lower_ in ("and", "of")):
            run = run[:-1]
        if not run:
            continue
        parsed = _value(run, rules)
        if parsed is None:
            continue
        value, scaled, magnitude = parsed
        if not scaled and value == int(value) and 1000 <= value <= 2100 and not re.search(r"[,.]", run[0].text):
            continue  # a year
        qualifier, q_start = _qualifier(run[0], rules)
        if not qualifier and not magnitude and any(t.lower_ == "dozen" for t in run):
            # "a dozen", "two dozen": a round count, not exactly 12 or 24, and no estimate of one
            # figure either (:func:`chronica.claims.rules.point_estimate`): an interval as "about"'s
            magnitude = figure_interval(DOZEN_READING, value, scaled=True, rules=rules)
        if magnitude and not qualifier:
            low, high = magnitude
        elif magnitude:
            low, high = figure_interval(qualifier, magnitude[0], scaled=True, rules=rules)
            high = max(high, magnitude[1])
        else:
            low, high = figure_interval(qualifier, value, scaled=scaled, rules=rules)
        doc = sent.doc
        unit = _length_unit(run[-1], rules)
        if unit is not None:  # a length: in km, measuring what the unit qualifies
            factor = length_factor(unit, rules)
            value, low, high = value * factor, low * factor, high * factor
        measured = measure_unit(run[-1], rules) if unit is None else None
        if measured is not None:  # a mass, an area, a volume: in the measure's first unit
            factor = measured[1]
            value, low, high = value * factor, low * factor, high * factor
        last = unit if unit is not None else measured[2] if measured is not None else run[-1]
        text = doc[q_start:max(last.i, run[-1].i) + 1].text
        out.append(Quantity(value=value, low=low, high=high, qualifier=qualifier, text=text,
                            tokens=run, noun=counted_noun(run) if unit is None and measured is None else None,
                            length_unit=unit, measure_unit=measured[2] if measured else None,
                            measure=measured[0] if measured else None))
    return ranges(out)


#: words joining the two ends of a range ("20,000 to 35,000", "20,000-35,000"); "and" only after
#: "between" ("between 20,000 and 35,000")
RANGE_JOINERS = frozenset({"to", "-", "–", "—"})


def ranges(found: list[Quantity]) -> list[Quantity]:
    """Two figures written as the ends of one range, one figure: the interval from the lower end
    of the first to the upper end of the second ("put at 20,000 to 35,000", "between 300 and
    500 dead"). "from X to Y" is a change, not a range: its figures stay apart."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and _range_ends(prev, q):
            doc = q.tokens[0].doc
            tail = doc.text[prev.tokens[-1].idx + len(prev.tokens[-1].text):q.tokens[-1].idx + len(q.tokens[-1].text)]
            out[-1] = Quantity(value=prev.value, low=min(prev.low, q.low), high=max(prev.high, q.high),
                               qualifier=prev.qualifier, text=prev.text + tail,
                               tokens=prev.tokens + list(doc[prev.tokens[-1].i + 1:q.tokens[0].i]) + q.tokens,
                               noun=q.noun or prev.noun)
            continue
        out.append(q)
    return out


def _range_ends(a: Quantity, b: Quantity) -> bool:
    if a.length_unit is not None or b.length_unit is not None or a.measure or b.measure or a.low > b.high:
        return False
    doc = a.tokens[0].doc
    between = doc[a.tokens[-1].i + 1:b.tokens[0].i]
    if len(between) != 1:
        return False
    before = doc[a.tokens[0].i - 1].lower_ if a.tokens[0].i > a.tokens[0].sent.start else ""
    if before == "from":
        return False
    word = between[0].lower_
    return word in RANGE_JOINERS or (word == "and" and before == "between")


# -- sums of money and shares -------------------------------------------------------------------

_AMOUNT_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_AMOUNT_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                 "eighty ninety hundred").split()
_PATTERNS: dict[int, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _amount_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(symbol before, word after, percent) patterns of the rules' ``amounts``."""
    key = id(rules)
    if key not in _PATTERNS:
        alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
        words = r"(?:%s)(?:[ -](?:%s|and))*" % ("|".join(_AMOUNT_WORDS), "|".join(_AMOUNT_WORDS))
        scale = r"(?:[ -]?(?P<scale>%s)\b)?" % alt(rules.scales)
        number = r"(?P<num>%s|%s)" % (_AMOUNT_NUMBER, words)
        currency = r"(?P<cur>%s)(?:e?s)?\b" % "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.currency_words, key=len, reverse=True))
        before = re.compile(r"(?<![\w$£€¥₹])(?P<sym>%s)\s?(?P<num>%s)%s" % (alt(rules.currency_symbols), _AMOUNT_NUMBER, scale))
        after = re.compile(r"(?<![\w.,$£€¥₹])%s%s[ -](?:[A-Z][a-z]+ )??%s" % (number, scale, currency), re.I)
        percent = re.compile(r"(?<![\w.,])(?P<num>%s)\s?(?P<pc>%s)(?!\w)" % (_AMOUNT_NUMBER, alt(rules.percent_words)), re.I)
        _PATTERNS[key] = (before, after, percent)
    return _PATTERNS[key]


def _amount_value(num: str, scale: str | None, rules: Rules) -> tuple[float, float] | None:
    """(value, half the unit of its last written digit) of an amount's figure and scale word."""
    factor = rules.scales.get((scale or "").lower(), 1.0)
    if num[:1].isdigit():
        value = figure_number(num)
        decimals = 0
        if not _DOTTED_THOUSANDS.match(num) and re.search(r"[.,]\d{1,2}$", num) and not re.search(r",\d{3}$", num):
            decimals = len(re.split(r"[.,]", num)[-1])
        half = 0.5 * 10 ** -decimals if decimals else 0.0
        return value * factor, half * factor
    try:
        return float(text2num(num.lower().replace("-", " "), "en")) * factor, 0.0
    except ValueError:
        return None


_FRACTIONS: dict[int, re.Pattern | None] = {}
#: the counts a fraction word takes before it ("a third", "two-thirds"; none: "half")
_FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _fraction_pattern(rules: Rules) -> re.Pattern | None:
    """A fraction of a whole in words, followed by "of" (``fraction_words``: "two-thirds of", "a
    quarter of", "half of"): groups ``count`` (the word before, if any) and ``frac``."""
    key = id(rules)
    if key not in _FRACTIONS:
        words = "|".join(re.escape(w) for w in sorted(rules.fraction_words, key=len, reverse=True))
        counts = "|".join(_FRACTION_COUNTS)
        _FRACTIONS[key] = re.compile(
            r"(?<![\w-])(?:(?P<count>%s)[ -])?(?P<frac>(?:%s)s?)(?= of\b)" % (counts, words), re.I) if words else None
    return _FRACTIONS[key]


#: wholes of time: "a quarter of a century", "half of the year" measure a time, not a share
_TIME_WHOLES = frozenset("second minute hour day week month year decade century".split())
#: what, before a fraction, makes it a part named, not a share ("the second half of", "the western
#: half of", "the Guyanese half of")
_PART_NAMING = frozenset({"DET", "ADJ", "PROPN", "NUM", "PRON"})


def _fraction_of_a_whole(tokens: list[Token]) -> bool:
    """A fraction in words that is a share of a whole: not a part named by the word before it
    (:data:`_PART_NAMING`: "the second half of the year", "the western half of the island"), not
    inside a date or a time ("a quarter of a century" is a span), and not of a whole of time
    (:data:`_TIME_WHOLES`)."""
    first = tokens[0]
    doc = first.doc
    if first.i > first.sent.start:
        before = doc[first.i - 1]
        if before.pos_ in _PART_NAMING or before.tag_ in ("PRP$", "POS"):
            return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return False
    of = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None and (whole.lemma_.lower() in _TIME_WHOLES or whole.ent_type_ in ("DATE", "TIME")):
        return False
    return True


def _fraction_value(count: str, frac: str, rules: Rules) -> tuple[float, float] | None:
    """(percentage, 0) of a fraction in words: "two-thirds" 66.7, "a quarter" 25, "half" 50; None
    for a fraction with no count that needs one ("thirds of"), or a plural after "a" or "one"."""
    word = frac.lower()
    plural = word.endswith("s") and word[:-1] in rules.fraction_words
    value = rules.fraction_words.get(word[:-1] if plural else word)
    n = _FRACTION_COUNTS.get(count.lower()) if count else None
    if value is None or (count and n is None):
        return None
    if n is None:  # no count: only "half" stands alone
        return (100 * value, 0.0) if value == 0.5 and not plural else None
    if (n > 1) != plural:  # "two-third", "a thirds"
        return None
    return 100 * value * n, 0.0


def amounts(sent: Span, rules: Rules | None = None) -> list[Quantity]:
    """The sums of money and the shares of a sentence (``amounts`` of the rules): a figure with a
    currency symbol before it or a currency word after it, or with a percent word after it. The
    interval is as exact as the figure is written: decimals give half their last digit either
    side ("4.3 billion" 4.25-4.35 billion, "71.1 per cent" 71.05-71.15), a whole figure the round
    tolerance when it is round (:func:`figure_interval`), a whole share half a point ("81 per
    cent" 80.5-81.5); a qualifier before it widens it as for any figure ("about $11")."""
    rules = rules or load_rules()
    if not rules.currency_symbols:
        return []
    before, after, percent = _amount_patterns(rules)
    doc, text, base = sent.doc, sent.text, sent.start_char
    found: list[tuple[int, int, str, str, str | None]] = []  # start, end, currency, number, scale
    for m in before.finditer(text):
        found.append((m.start(), m.end(), rules.currency_symbols[m.group("sym")], m.group("num"), m.group("scale")))
    for m in after.finditer(text):
        cur = " ".join(m.group("cur").lower().split())
        found.append((m.start(), m.end(), rules.currency_words[cur], m.group("num"), m.group("scale")))
    for m in percent.finditer(text):
        found.append((m.start(), m.end(), "%", m.group("num"), None))
    fraction = _fraction_pattern(rules)
    for m in fraction.finditer(text) if fraction is not None else ():
        found.append((m.start(), m.end("frac"), "%", m.group("count") or "", m.group("frac")))
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for start, end, currency, num, scale in sorted(found, key=lambda f: (f[0], -f[1])):
        if any(start < e and s < end for s, e in taken):
            continue
        parsed = _fraction_value(num, scale, rules) if currency == "%" and scale else _amount_value(num, scale, rules)
        span = doc.char_span(base + start, base + end, alignment_mode="expand")
        if parsed is None or span is None or not len(span):
            continue
        value, half = parsed
        tokens = list(span)
        if currency == "%" and scale and not _fraction_of_a_whole(tokens):
            continue
        taken.append((start, end))
        qualifier, q_start = _qualifier(tokens[0], rules)
        if qualifier and any(t.dep_ == "prt" or t.tag_ == "RP" for t in doc[q_start:tokens[0].i]):
            qualifier, q_start = None, tokens[0].i  # a verb's particle: "took over 4.3 billion guilders"
        if qualifier:
            low, high = figure_interval(qualifier, value, scaled=bool(scale), rules=rules)
        elif currency == "%" and scale:  # a fraction is as round as a round figure
            low, high = figure_interval(None, value, scaled=True, rules=rules)
        elif half:
            low, high = value - half, value + half
        elif currency == "%":
            low, high = value - 0.5, value + 0.5
        else:
            low, high = figure_interval(None, value, scaled=bool(scale), rules=rules)
        q = Quantity(value=value, low=low, high=high, qualifier=qualifier,
                     text=doc[q_start:tokens[-1].i + 1].text, tokens=tokens, noun=None,
                     currency=currency, rate=_rate_noun(tokens[-1], rules) if currency != "%" else None)
        out.append(q)
    return out


def _rate_noun(last: Token, rules: Rules) -> str | None:
    """The noun a sum is given per ("$36 a barrel", "$32.80 per barrel", "$36 for every barrel",
    "RM5,300 a year"): right after the sum, a rate word (``rate_words``) and a noun."""
    doc = last.doc
    for words in sorted(rules.rate_words, key=lambda w: -len(w.split())):
        n = len(words.split())
        nxt = last.i + 1
        if nxt + n < last.sent.end and " ".join(t.lower_ for t in doc[nxt:nxt + n]) == words:
            noun = doc[nxt + n]
            if noun.pos_ == "NOUN":
                return noun.lemma_.lower()
    return None
