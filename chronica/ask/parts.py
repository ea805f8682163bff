"""The parts of a question or claim beyond its actors, type and time, compared with a sentence:
the figures it gives ("extend the limit to [12 nautical miles]") and the thing its act is done to
("when was [the peace agreement] signed").

Public API: :func:`figures`, :func:`figures_clash`, :func:`object_words`, :func:`object_score`.

A sentence that gives a figure of the same unit as the question's and not the question's own
("extended its limit to 200 nautical miles" for "to 12 nautical miles") states another
happening: it is not read for the answer, nor its event taken. A sentence that names the thing
the question's act is done to ("signed a [peace agreement]") is preferred to one that names
another thing of the same act ("signed a [ceasefire]").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronica.claims.numbers import figure_number
from chronica.claims.rules import load_rules

#: entity labels whose numbers are no figure of a thing (dates, times, ordinals, money, shares)
NOT_FIGURES = frozenset({"DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"})
#: how far after a figure its unit may stand ("12 nautical miles", "50-mile", "55 ramming incidents")
UNIT_REACH = 3
#: words that are no unit of their own
UNIT_SKIP = frozenset({"-", "per", "of", "a", "the"})


def _number(tok: Token) -> float | None:
    """The value of a number token written as digits or as one word ("twelve"), else None."""
    text = tok.text
    try:
        return figure_number(text)
    except ValueError:
        pass
    try:
        from text_to_num import text2num

        return float(text2num(tok.lower_, "en"))
    except ValueError:
        return None


def _unit(tok: Token) -> str | None:
    """The lemma of the noun the figure ``tok`` measures or counts: its head when it modifies a
    noun, else the first noun within :data:`UNIT_REACH` tokens after it."""
    if tok.dep_ in ("nummod", "compound", "amod", "quantmod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return tok.head.lemma_.lower()
    doc = tok.doc
    for nxt in doc[tok.i + 1:min(len(doc), tok.i + 1 + UNIT_REACH)]:
        if nxt.pos_ == "NOUN":
            return nxt.lemma_.lower()
        if nxt.lower_ in UNIT_SKIP or nxt.pos_ in ("ADJ", "ADV", "PUNCT"):
            continue
        return None
    return None


def figures(doc: Doc, skip: set[int] | frozenset[int] = frozenset()) -> list[tuple[float, str]]:
    """(value, unit lemma) of each figure of ``doc`` with a unit, outside the tokens ``skip``
    (the question's times), dates and the like (:data:`NOT_FIGURES`) and years."""
    out = []
    scales = load_rules().scales
    for tok in doc:
        if tok.i in skip or not tok.like_num or tok.ent_type_ in NOT_FIGURES or tok.is_alpha and tok.lower_ in scales:
            continue
        value = _number(tok)
        if value is None:
            continue
        if value == int(value) and 1000 <= value <= 2100 and tok.text.isdigit():
            continue  # a year
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in scales:
            value *= scales[nxt.lower_]
        unit = _unit(tok)
        if unit is not None:
            out.append((value, unit))
    return out


def figures_clash(asked: list[tuple[float, str]], stated: list[tuple[float, str]]) -> bool:
    """Whether a sentence giving ``stated`` figures gives, for a unit of the question's
    (``asked``), only other values: "200 nautical miles" against "12 nautical miles"."""
    for value, unit in asked:
        same_unit = [v for v, u in stated if u == unit]
        if same_unit and value not in same_unit:
            return True
    return False


#: dependency labels of the thing a verb is done to
OBJECT_LABELS = frozenset({"dobj", "nsubjpass"})


def object_words(main: Token | None, skip: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """The lemmas naming the thing the question's verb ``main`` is done to: a common noun object
    (or passive subject) and its common noun modifiers ("[peace] [agreement]"), outside the
    tokens ``skip`` (names and times of the question); [] when the verb has none."""
    if main is None or main.pos_ != "VERB":
        return []
    # a passive the parser reads as active ("when was the agreement [nsubj] signed"): a
    # participle's subject is what it is done to
    passive = main.tag_ == "VBN" or any(c.lemma_ == "be" and c.i < main.i for c in main.children)
    labels = OBJECT_LABELS | ({"nsubj"} if passive else set())
    for c in main.children:
        if c.dep_ in labels and c.pos_ == "NOUN" and c.i not in skip:
            words = [m.lemma_.lower() for m in c.children
                     if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i not in skip]
            return [c.lemma_.lower()] + words + _topic_words(c, skip)
    # "agreed [to adopt] a common currency": the thing of the verb the act's word takes
    taken = [c for c in main.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return object_words(taken[0], skip) if taken else []


#: prepositions whose object tells what a deal or a talk is about ("an agreement [on] exploiting
#: the methane", "talks [over] transit fees")
TOPIC_PREPS = frozenset({"on", "over", "about", "concerning", "regarding"})


def _topic_words(noun: Token, skip: set[int] | frozenset[int]) -> list[str]:
    """The common nouns of the phrase that tells what ``noun`` is about (its "on"/"over" phrase,
    through a gerund: "an agreement on exploiting the [methane]"), outside ``skip``."""
    out = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
            continue
        for t in prep.subtree:
            if t.pos_ == "NOUN" and t.i not in skip and t.dep_ in ("pobj", "dobj", "compound"):
                out.append(t.lemma_.lower())
    return out


def object_score(words: list[str], text_words: list[str], related) -> int:  # noqa: ANN001 - callable
    """How many of the object's ``words`` a sentence holds (``text_words``: its words, lower
    case), the head noun counting first: 0 when it lacks the head noun."""
    if not words or not any(related(words[0], w) for w in text_words):
        return 0
    return 1 + sum(any(related(x, w) for w in text_words) for x in words[1:])
