"""The field's verb dictionary: PETRARCH2's CAMEO verb patterns, coded in PLOVER.

``data/petrarch_verbs.json`` is converted from PETRARCH2's ``CAMEO.verbpatterns.150430.txt`` by
``scripts/convert_petrarch_verbs.py`` (MIT licence, ``data/PETRARCH2-LICENSE.txt``). It gives
1,800 verbs (synonym sets grouped in blocks, each block with a CAMEO code) and the blocks'
phrase patterns (words after the verb that change the code: "lift" is no event, "lift
sanctions" eases them, CAMEO 085).

The extractor uses it beside the ontology's own triggers (which win where both match):

- :meth:`VerbDictionary.patterns` - one :class:`~chronica.events.ontology.Pattern` per verb
  (a phrase verb such as "wage war" or "gun down" has its words), coded with the verb's CAMEO
  code, in the form its PLOVER type names (``form`` of the type in the ontology);
- :meth:`VerbDictionary.refine_negated` - the coding a negated verb takes: the dictionary's
  patterns with a negation before the verb ("NOT * [120]" of ACCEPT, "WOULD NOT * &MILITARY
  [1246]" of WITHDRAW; converted into each block's ``negated`` list);
- :meth:`VerbDictionary.refine` - the coding a verb takes in its clause: the longest block
  pattern whose words all follow the verb in its subtree (in order; a word matches a token that
  begins with it, a word written with a final ``_`` in the dictionary only itself), else the
  verb's own code. A null pattern (``[---]``), a code PLOVER drops (01 statements, 02 appeals) or
  a code without a type gives None: no event.

``data/verb_synonyms.tsv`` adds a few verbs the dictionary lacks as synonyms of verbs it has
("eject" is coded as "expel", "hand over" as "cede"), each with its example sentences.
``data/object_synonyms.tsv`` adds object words the phrase patterns lack as synonyms of pattern
words CAMEO's own code descriptions name with them ("embargo" matches where a pattern says
"sanctions": "lifted the embargo" is coded as "lifted the sanctions", 085), each with its reason
and example sentences.
``data/verb_recoded.tsv`` gives a few verbs whose own code (their synonym block's) names an act
PLOVER does not code for them the coding of an ontology form, or none ("leave" is filed with the
verbs of travel, CONSULT: leaving a place is a withdrawal, RETREAT), each with its reason and
example sentences; their block patterns are unchanged.

Public API: :func:`load_verb_dictionary`, :func:`load_synonyms`, :func:`load_recoded`,
:func:`load_object_synonyms`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from chronica.events.ontology import Coding, Ontology, Pattern, load_ontology

DICTIONARY_PATH = Path(__file__).with_name("data") / "petrarch_verbs.json"
SYNONYMS_PATH = Path(__file__).with_name("data") / "verb_synonyms.tsv"
RECODED_PATH = Path(__file__).with_name("data") / "verb_recoded.tsv"
OBJECT_SYNONYMS_PATH = Path(__file__).with_name("data") / "object_synonyms.tsv"
#: the form column of ``verb_recoded.tsv`` that leaves a verb no own code
NO_OWN_CODE = "-"
#: the dictionary's synonym sets of prepositions (``&PREPOSIT1``)
PREPOSITION_SETS = "PREPOSIT"
#: how far after the verb a pattern's words may sit (tokens): a clause, not the sentence
PATTERN_WINDOW = 12
#: a negated pattern's auxiliaries (``refine_negated``): contracted forms as the pattern writes them
AUXILIARY_FORMS = {"wo": "will", "'ll": "will", "ca": "can", "'d": "would", "do": "does"}
#: the dictionary's synonym set of auxiliaries before a negated verb (&AUXVERB2: will, is to, would)
AUXVERB_SET = "&AUXVERB2"
AUXVERB_WORDS = frozenset({"will", "would"})
#: entity labels of a time expression: its words fill no slot of a phrase pattern
DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Refined:
    """A dictionary trigger coded in its clause: the pattern, and the token indices of the words
    of the block pattern that coded it ("lifted the *blockade*"), empty for the verb's own code."""

    pattern: Pattern
    matched: tuple[int, ...]


@dataclass(frozen=True)
class VerbPattern:
    """Words after a verb (each group: alternatives, each a word sequence) and their code."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    cameo: str | None
    coding: Coding | None

    @property
    def size(self) -> int:
        return sum(max(len(alt) for alt in group) for group in self.groups)

    @property
    def needs(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """What the clause must hold for the pattern to match (:func:`could_match`): per group,
        the first words of its alternatives as ``(whole, stems)``, a word matching only itself
        in ``whole``, a stem (:data:`MIN_STEM` letters or more) in ``stems``; a group with an
        empty alternative (it matches anywhere) needs nothing. Computed once a pattern."""
        cached = self.__dict__.get("_needs")
        if cached is None:
            out = [need for need in map(_group_needs, self.groups) if need is not None]
            # the rarest group first: a group of one word of content rules most patterns out
            cached = tuple(sorted(out, key=lambda ws: len(ws[0]) + len(ws[1])))
            object.__setattr__(self, "_needs", cached)
        return cached


#: a pattern word shorter than this matches only itself ("on" is no stem of "one")
MIN_STEM = 4


@lru_cache(maxsize=None)
def _group_needs(group: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], frozenset[str]] | None:
    """A group's first words as ``(whole, stems)`` (:attr:`VerbPattern.needs`), None when an
    empty alternative lets it match anywhere; made once for a synonym set many patterns share."""
    if any(not alt for alt in group):
        return None
    return (frozenset(_key(alt[0]) for alt in group if _whole(alt[0])),
            frozenset(alt[0] for alt in group if not _whole(alt[0])))


def _whole(pattern_word: str) -> bool:
    """True when ``pattern_word`` matches only a token written as it is (:func:`_word_matches`)."""
    return pattern_word.endswith("$") or len(pattern_word) < MIN_STEM


def _key(pattern_word: str) -> str:
    return pattern_word[:-1] if pattern_word.endswith("$") else pattern_word


def clause_words(lowers: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The tokens' texts, and every prefix of them of :data:`MIN_STEM` letters or more: a stem
    matches some token exactly when it is one of these prefixes."""
    return frozenset(lowers), frozenset(low[:k] for low in lowers for k in range(MIN_STEM, len(low) + 1))


def could_match(vp: "VerbPattern", words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """False when some group of ``vp`` has no alternative whose first word matches any of the
    clause's tokens (``words``: :func:`clause_words`): then :meth:`VerbDictionary._matches`
    finds nothing, and need not look. True says only that it may match."""
    whole, prefixes = words
    return all(not w.isdisjoint(whole) or not s.isdisjoint(prefixes) for w, s in vp.needs)


def _word_matches(pattern_word: str, token_text: str) -> bool:
    if pattern_word.endswith("$"):
        return token_text == pattern_word[:-1]
    if len(pattern_word) < MIN_STEM:
        return token_text == pattern_word
    return token_text.startswith(pattern_word)


def _positions(pattern_word: str, lowers: list[str]) -> list[int]:
    """The indices of ``lowers`` that ``pattern_word`` matches (:func:`_word_matches`, one test
    chosen once for the word instead of a call per token: this scan was a seventh of the events
    stage's CPU)."""
    if pattern_word.endswith("$"):
        word = pattern_word[:-1]
        return [i for i, low in enumerate(lowers) if low == word]
    if len(pattern_word) < MIN_STEM:
        return [i for i, low in enumerate(lowers) if low == pattern_word]
    return [i for i, low in enumerate(lowers) if low.startswith(pattern_word)]


def _find_sequence(words: tuple[str, ...], lowers: list[str], start: int,
                   hits: dict[str, list[int]] | None = None) -> int | None:
    """The index after ``words`` found as consecutive tokens (their lower-case texts,
    ``lowers``) from ``start`` on, or None. ``hits`` keeps, per pattern word, the positions it
    matches (one pass over the tokens for each word, however many patterns share it)."""
    n = len(words)
    if n == 0:
        return start if start <= len(lowers) else None
    first = words[0]
    if hits is None:
        hits = {}
    where = hits.get(first)
    if where is None:
        where = hits[first] = _positions(first, lowers)
    last = len(lowers) - n
    for i in where:
        if i < start:
            continue
        if i > last:
            return None
        if all(_word_matches(words[k], lowers[i + k]) for k in range(1, n)):
            return i + n
    return None


class _BlockIndex:
    """A block's patterns by the first words of their rarest group (:attr:`VerbPattern.needs`):
    the patterns a clause may match are found from its words instead of by trying each."""

    def __init__(self, patterns: list[VerbPattern]) -> None:
        self.patterns = patterns
        self.always: list[int] = []  # patterns that need no word
        self.whole: dict[str, list[int]] = {}
        self.stems: dict[str, list[int]] = {}
        for i, vp in enumerate(patterns):
            if not vp.needs:
                self.always.append(i)
                continue
            whole, stems = vp.needs[0]
            for w in whole:
                self.whole.setdefault(w, []).append(i)
            for w in stems:
                self.stems.setdefault(w, []).append(i)

    def candidates(self, words: tuple[frozenset[str], frozenset[str]]) -> list[VerbPattern]:
        whole, prefixes = words
        found = set(self.always)
        for w in whole:
            found.update(self.whole.get(w, ()))
        for w in prefixes:
            found.update(self.stems.get(w, ()))
        return [self.patterns[i] for i in sorted(found) if could_match(self.patterns[i], words)]


class VerbDictionary:
    """The converted PETRARCH2 verb dictionary, its codes mapped to the ontology."""

    def __init__(self, data: dict, ontology: Ontology, synonyms: dict[str, str] | None = None,
                 recoded: dict[str, str] | None = None, objects: dict[str, str] | None = None) -> None:
        self.ontology = ontology
        self.objects = dict(objects or {})  # object word -> the pattern word start it stands for
        self.codes: dict[str, Coding | None] = {
            code: self._coding(code, row) for code, row in data["cameo"].items()}
        synsets = {name: tuple(tuple(m.split()) for m in members)
                   for name, members in data["synsets"].items()}
        # function words: spaCy's stop words and the dictionary's own preposition sets
        # (&PREPOSIT1 holds "near", no stop word): a pattern of these alone codes nothing
        self.function_words = frozenset(STOP_WORDS) | {
            w for name, members in synsets.items() if name.startswith(PREPOSITION_SETS) for m in members for w in m}
        self.blocks: dict[str, list[VerbPattern]] = {}
        for name, block in data["blocks"].items():
            patterns = []
            for p in block["patterns"]:
                groups = tuple(self._with_objects(synsets[g[1:]] if g.startswith("&") else (tuple(g.split()),))
                               for g in p["after"])
                if all(len(alt) == 1 and alt[0].rstrip("$") in self.function_words for g in groups for alt in g):
                    continue  # function words alone ("* ON + [---]", "* NEAR + [183]") say nothing of
                    # the act: the converted pattern lost the actor slot the preposition governed
                patterns.append(VerbPattern(groups, p["cameo"], self.codes.get(p["cameo"]) if p["cameo"] else None))
            patterns.sort(key=lambda p: -p.size)
            self.blocks[name] = patterns
        #: block -> its negated patterns (the words before the verb, the pattern), the longest first
        self.negated: dict[str, list[tuple[tuple[str, ...], VerbPattern]]] = {}
        for name, block in data["blocks"].items():
            negs = [(tuple(p["before"]), VerbPattern(
                tuple(synsets[g[1:]] if g.startswith("&") else (tuple(g.split()),) for g in p["after"]),
                p["cameo"], self.codes.get(p["cameo"]) if p["cameo"] else None)) for p in block.get("negated", [])]
            if negs:
                self.negated[name] = sorted(negs, key=lambda bp: -(bp[1].size + len(bp[0])))
        # blocks of statements and appeals (CAMEO 01, 02: dropped by PLOVER) are left out whole:
        # their patterns code what was said ("announced it would establish relations"), which
        # the extractor finds on the said verb itself
        dropped = {name for name, block in data["blocks"].items()
                   if block["cameo"] and block["cameo"][:2] in ("01", "02")}
        self.verbs: dict[str, tuple[str, str | None]] = {
            lemma: (v["block"], v["cameo"]) for lemma, v in data["verbs"].items()
            if v["block"] not in dropped}
        for verb, like in (synonyms or {}).items():  # "eject" is coded as "expel" is
            if like in self.verbs and verb not in self.verbs:
                self.verbs[verb] = self.verbs[like]
        self._index: dict[str | None, _BlockIndex] = {}  # block -> its patterns by the words they need
        #: verbs whose own code is another (an ontology form's coding) or none (``verb_recoded.tsv``)
        self.own_coding: dict[str, Coding | None] = {
            verb: (None if form == NO_OWN_CODE else ontology.form_coding(form))
            for verb, form in (recoded or {}).items() if verb in self.verbs}

    def _with_objects(self, group: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        """A pattern group with the alternatives ``data/object_synonyms.tsv`` adds: an alternative
        whose first word begins with a ``like`` word is matched by its ``word`` too ("sanctions"
        by "embargo"), the words after it kept."""
        extra = tuple((word, *alt[1:]) for alt in group if alt for word, like in self.objects.items()
                      if alt[0].rstrip("$").startswith(like))
        return group + tuple(e for e in extra if e not in group)

    def own_code(self, lemma: str, cameo: str | None) -> Coding | None:
        """The coding a verb takes when no block pattern matches: its block's, or the one
        ``verb_recoded.tsv`` gives it."""
        if lemma in self.own_coding:
            return self.own_coding[lemma]
        return self.codes.get(cameo) if cameo else None

    def _coding(self, code: str, row: dict | None) -> Coding | None:
        if not row or row["type"] not in self.ontology.types:
            return None
        etype = self.ontology.types[row["type"]]
        mode = row.get("mode") if row.get("mode") in etype.modes else None  # "ease" is no mode now
        return Coding(etype.code, mode, tuple(row.get("context") or ()), code, etype.score_of(mode))

    def form_of(self, coding: Coding) -> str | None:
        return self.ontology.types[coding.type].form

    def patterns(self) -> list[Pattern]:
        """One trigger pattern per verb with a PLOVER coding of its own (phrase verbs with their
        words); verbs coded only through their phrase patterns get a pattern too, uncoded
        (``refine`` decides)."""
        out = []
        for lemma, (block, cameo) in self.verbs.items():
            coding = self.own_code(lemma, cameo)
            if coding is None and not self.blocks.get(block):
                continue
            form = self.form_of(coding) if coding else None
            if coding is not None and form is None:
                continue
            words = tuple(frozenset({w}) for w in lemma.split())
            out.append(Pattern(
                words=words, form=form or "", summary=lemma,
                coding=coding or Coding("OTHER", None, (), None, 0.0), pos="v", source="petrarch2"))
        return out

    def refine(self, verb: Token, pattern: Pattern, own_code: bool = True) -> Refined | None:
        """The pattern with the coding the verb takes in its clause and the tokens the block
        pattern matched (none for the verb's own code), or None for no event. With
        ``own_code`` False only a block pattern codes the verb: a light verb ("impose", "hold")
        is an event only with the words that make it one ("imposed a curfew").

        The words after the verb are its object; a passive verb's object is its subject
        ("assets were frozen"), read before the words after it. Words of a date are no object:
        the month "March" is not the noun of "held a march" (CAMEO 141), nor "May" a modal."""
        lemma = " ".join(next(iter(w)) for w in pattern.words)  # dictionary words are single
        block, cameo = self.verbs.get(lemma, (None, None))
        found = self.block_match(verb, block, own_code)
        if found is not None:
            vp, matched = found
            if vp.coding is None:
                return None  # a null pattern, or a statement/appeal PLOVER drops
            form = self.form_of(vp.coding)
            return Refined(replace(pattern, coding=vp.coding, form=form), matched) if form else None
        if not own_code:
            return None
        coding = self.own_code(lemma, cameo)
        if coding is None:
            return None
        return Refined(replace(pattern, coding=coding, form=self.form_of(coding)), ())

    def block_match(self, verb: Token, block: str | None, own_code: bool = True) -> tuple[VerbPattern, list[int]] | None:
        """The longest of ``block``'s phrase patterns that the verb's clause matches, with the token
        indices it matched (:meth:`refine`), or None."""
        passive = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
        after = passive + [t for t in verb.subtree if verb.i < t.i <= verb.i + PATTERN_WINDOW]
        after = [t for t in after if t.ent_type_ not in DATE_LABELS]
        lowers = [t.lower_ for t in after]
        hits: dict[str, list[int]] = {}  # pattern word -> the positions in ``after`` it matches
        words = clause_words(lowers)
        for vp in self._candidates(block, words):
            matched = self._matches(vp, after, lowers, hits)
            if matched is not None and not own_code and all(
                    verb.doc[i].lower_ in self.function_words for i in matched):
                continue  # a light verb is made an event by a word of content, not "held ... on"
            if matched is not None:
                return vp, matched
        return None

    def refine_negated(self, verb: Token, any_tense: bool = False) -> Coding | None:
        """The coding the dictionary gives ``verb`` negated ("NOT * [120]" of ACCEPT: "never
        accepted the line" rejects it; "WOULD NOT * &MILITARY [1246]" of WITHDRAW), or None when
        no negated pattern of its block matches or the one that does is a null pattern.

        A pattern's words before the verb must all be there: its negation ("not", "n't",
        "never") on the verb, its auxiliaries among the verb's (``&AUXVERB2``: will or would);
        its words after the verb are matched as :meth:`refine` matches them. A "never" says the
        pattern's "not" too ("never ratified the treaty" is "did not ratify" it, "NOT * [120]" of
        ALLOW); a "not" says no "never". With ``any_tense``, a pattern's future auxiliary (will,
        would, ``&AUXVERB2``) is the tense the pattern was written in, no word it needs: "did not
        recognise the regime" is RECOGNISE's "WILL NOT * + [123]" told in the past (session 66)."""
        entry = self.verbs.get(verb.lemma_.lower())
        if entry is None or entry[0] not in self.negated:
            return None
        said = set()
        for c in verb.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "advmod" and low == "never"):
                said |= {"never", "not"} if low == "never" else {"not"}
            elif c.dep_ in ("aux", "auxpass"):
                said.add(AUXILIARY_FORMS.get(low, low))
        if not said & {"not", "never"}:
            return None
        if any_tense:
            said |= AUXVERB_WORDS
        after = [t for t in verb.subtree if verb.i < t.i <= verb.i + PATTERN_WINDOW and t.ent_type_ not in DATE_LABELS]
        lowers = [t.lower_ for t in after]
        for before, vp in self.negated[entry[0]]:
            if not all(AUXILIARY_FORMS.get(w, w) in said or (w == AUXVERB_SET and said & AUXVERB_WORDS)
                       for w in before):
                continue
            if self._matches(vp, after, lowers) is not None:
                return vp.coding
        return None

    def _candidates(self, block: str | None, words: tuple[frozenset[str], frozenset[str]]) -> list[VerbPattern]:
        """The block's patterns that may match a clause of ``words`` (:func:`clause_words`), in
        the block's order (longest first): those whose rarest group's first words the clause
        holds (looked up in the block's index), then only those :func:`could_match` keeps. The
        patterns left out cannot match, so ``refine`` codes exactly as trying every pattern does;
        trying every pattern of a block (up to 351) was half the events stage's CPU."""
        if block not in self._index:
            self._index[block] = _BlockIndex(self.blocks.get(block, []))
        return self._index[block].candidates(words)

    @staticmethod
    def generic(pattern: Pattern) -> bool:
        """True when the trigger's code is only a cue category's generic one (CAMEO "190",
        "060", "110": the dictionary's loose synonyms - "need", "serve", "decide" - sit there);
        a specific code ("1711" confiscate, "041" telephone) names a specific act. PETRARCH codes
        every event between a source and a target; the extractor asks that of generic codes."""
        code = pattern.coding.cameo or ""
        return len(code) <= 2 or (len(code) == 3 and code.endswith("0"))

    @staticmethod
    def _matches(vp: VerbPattern, tokens: list[Token], lowers: list[str] | None = None,
                 hits: dict[str, list[int]] | None = None) -> tuple[int, ...] | None:
        """The indices of the tokens the pattern's words matched, in order, or None."""
        if lowers is None:
            lowers = [t.lower_ for t in tokens]
        pos, matched = 0, []
        for group in vp.groups:
            best = None
            for alt in group:
                end = _find_sequence(alt, lowers, pos, hits)
                if end is not None and (best is None or end < best[0]):
                    best = (end, len(alt))
            if best is None:
                return None
            matched.extend(tokens[k].i for k in range(best[0] - best[1], best[0]))
            pos = best[0]
        return tuple(matched)


@lru_cache(maxsize=2)
def load_verb_dictionary(path: str | None = None) -> VerbDictionary:
    """The packaged verb dictionary (or the one at ``path``), coded in the packaged ontology."""
    data = json.loads(Path(path or DICTIONARY_PATH).read_text(encoding="utf-8"))
    return VerbDictionary(data, load_ontology(), load_synonyms(), load_recoded(), load_object_synonyms())


def load_synonyms(path: Path = SYNONYMS_PATH) -> dict[str, str]:
    """``data/verb_synonyms.tsv``: verbs the dictionary lacks, each with the dictionary verb it is
    like ("eject" - "expel", "hand over" - "cede"): it takes that verb's block and code."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {row["verb"]: row["like"] for row in rows}


def load_recoded(path: Path = RECODED_PATH) -> dict[str, str]:
    """``data/verb_recoded.tsv``: dictionary verbs whose own code PLOVER does not give them, each
    with the ontology form whose coding it takes instead ("leave" - RETREAT), or "-" for none."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {row["verb"]: row["form"] for row in rows}


def load_object_synonyms(path: Path = OBJECT_SYNONYMS_PATH) -> dict[str, str]:
    """``data/object_synonyms.tsv``: object words the phrase patterns lack, each with the start of
    the pattern word it stands for ("embargo" - "sanction": CAMEO's codes name them together)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {row["word"]: row["like"] for row in rows}
