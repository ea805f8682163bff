"""Actors named by common nouns: generic agents ("Iraqi exiles", "border guards") and collective
subjects ("the two countries", "both sides", "Franco-German talks").

Public API, both called by :class:`chronica.actors.resolve.Resolver` after the named actors are
found (they read those mentions):

- :func:`collectives` -> :class:`Found`: pairs of actors named together;
- :func:`generic_agents` -> :class:`Found`: a sector noun from the Phoenix agents dictionary (plus
  ``agents_extra.tsv`` and the force/government nouns of ``titles.tsv``) with its country.

The rules, in order (each names the case it exists for; tests in ``tests/actors/test_agents.py``):

1. **pair by hyphen** — "Franco-German", "Sino-Japanese" before a noun of relation
   (``relation_nouns.txt``: talks, treaty, war, ...): the combining form is a mention of its state
   beside the other side's (two mentions, as "Greek-Turkish" already gives by its demonyms); before
   another noun ("an Anglo-Irish family") it names a people and is left alone;
2. **pair by collective noun** — "the two countries", "both sides", "the two leaders"
   (``collectives.tsv``) name the two most recent distinct states (or people) named before, in
   the paragraph, else in the document; "the two Koreas" names the two states whose names end in
   the word; "the two leaders", "both presidents" only people in office at the sentence's date
   (else the two states); an agent noun counted as a pair ("both armies", "the two congresses") is the agent
   of each of that pair, and so is one whose of-phrase is a pair ("troops of both countries");
3. **agent with its country** — a sector noun whose modifiers name states ("Ethiopian troops",
   "French and German delegations", "Iraq's army"), or whose of/from/in phrase does ("exiles from
   Iraq", "police in Cyprus"), also by the seat of its government or a person acting for it ("the
   government in Islamabad", "the government of Meles Zenawi"); but a court or judges in a city
   where international courts sit are such a court's ("the judges in The Hague": ``seats`` in
   organisations.json), and an outsider ("an international tribunal in Geneva") is not the seat's;
4. **agent from context** — else the only state the sentence names, else the only one its
   paragraph names, unless an adjective says it is from elsewhere ("foreign troops",
   "international observers"); a place said only as the place of another clause's act ("signed
   the accord in Brasilia, agreeing to the separation of forces") names no state here;
5. **agent without country** — else the sector alone ("demonstrators"): a mention with its sector
   code, no actor id;
6. **misspelt agent noun** — a word of six letters or more that is no English word (not in the
   model's own lexicon, the lemmatizer's WordNet index) and is one edit away from exactly one
   one-word agent noun of six letters or more is read as that noun ("the Icelandic goverment"),
   then rules 3 to 5 as for the noun itself;
7. **a body named before** — (tried between rules 3 and 4) a definite sector noun with no owner
   of its own ("the court ordered", "the tribunal declined") is the last organisation the
   document named with the same head noun ("the International Court of Justice", "the
   International Tribunal for the Law of the Sea"): that body when the knowledge base knows it,
   not the sentence's one state; a body it does not know names the agent only where rules 3 to
   4 give it no state ("the ministry" stays the state's ministry) (``_named_before``; tests in
   ``tests/test_actors_named_before40.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from chronica.actors.kb import STATE_KINDS, KnowledgeBase, cameo_parts
from chronica.actors.mention import ActorMention
from chronica.nlp import doc_text

def word_before(doc: Doc, i: int) -> Token | None:
    """Rule ``spaces_are_no_words``: the word before token ``i``, past the whitespace tokens that
    runs of spaces in justified or extracted text leave between words ("the  kingdom  cut",
    "the  two  governments"): adjacency of words is read over them. None at the start."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def word_after(doc: Doc, i: int) -> Token | None:
    """The word after token ``i``, past whitespace tokens (:func:`word_before`); None at the end."""
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return doc[j] if j < len(doc) else None


#: dependency labels by which a modifier names the country of its head noun
COUNTRY_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
#: prepositions whose object names the country of an agent ("exiles from Iraq", "police in Cyprus")
COUNTRY_PREPS = frozenset({"of", "from", "in"})
#: mention kinds that stand for a state in context (an agent of a state stands for its state)
_STATEISH = STATE_KINDS | {"armed_force", "government", "agency", "government_seat"}
_TWO = ("two", "both")
#: distributive determiners before a singular collective noun: "each government", "neither side"
#: name the same pair as "both governments" (the noun's plural is in ``collectives.tsv``)
_EACH = ("each", "neither")
#: adjectives by which an agent is not of the country in context ("foreign troops")
OUTSIDER_ADJECTIVES = frozenset({"foreign", "international", "overseas", "multinational", "enemy", "outside"})
#: entity labels of names: an agent noun inside one belongs to the name
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
#: prepositions whose object is a place, not a party, when "the two countries" looks back
PLACE_PREPS = frozenset({"in", "at", "over", "near", "across", "into", "around", "through", "within",
                         "inside", "outside", "throughout", "off", "along"})
#: where the sentence and paragraph bounds of a document are kept while the stage runs
_BOUNDS = "chronica_actors_bounds"
_HYPHENS = ("-", "\u2013")


@dataclass
class Found:
    """What a rule pass found: new mentions, and the mentions they absorbed (to be dropped: the
    unknown name "Koreas" in "the two Koreas", or "Georgian troops" when "Russian and Georgian
    troops" is the same span standing for both). Other resolved mentions stay: "Iraqi" stays a
    mention of Iraq beside the agent mention "exiles", whose span is the agent phrase alone."""

    mentions: list[ActorMention] = field(default_factory=list)
    absorbed: list[ActorMention] = field(default_factory=list)

    def tokens(self, doc: Doc) -> set[int]:
        out: set[int] = set()
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out


def positions(doc: Doc, attr: str, words: frozenset[str] | tuple[str, ...]) -> list[int]:
    """Token indices whose ``attr`` (ORTH, LOWER) is one of ``words``, without a Python loop over
    the tokens (the words' hashes are computed once per word set)."""
    if not len(doc):
        return []
    keys, values = _hashes(words), doc.to_array(attr)
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return numpy.flatnonzero(keys[at] == values).tolist()


@lru_cache(maxsize=32)
def _hashes(words: frozenset[str] | tuple[str, ...]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


class _Index:
    """Which mention covers a token, the state a mention stands for, and paragraph bounds."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase, date: str | None) -> None:
        self.doc, self.kb, self.date = doc, kb, date
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # sentence and paragraph bounds once per document (``token.sent`` and ``doc.text`` walk
        # the document every time they are read)
        bounds = doc.user_data.get(_BOUNDS)
        if bounds is None:
            starts = [0]
            if doc.has_annotation("SENT_START"):
                starts = numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist()
                starts = starts if starts and starts[0] == 0 else [0, *starts]
            ends = [*starts[1:], len(doc)]
            text = doc_text(doc)
            chars = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in zip(starts, ends) if b > a]
            bounds = (starts, chars, [0] + [m + 2 for m in _find_all(text, "\n\n")], len(text))
            doc.user_data[_BOUNDS] = bounds
        self.sent_starts, self.sent_chars, self.paragraphs, self.length = bounds
        self.at: dict[int, ActorMention] = {}
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.at.setdefault(i, m)

    def state(self, m: ActorMention | None, strict: bool = True) -> str | None:
        """The state mention ``m`` names: a state or demonym; with ``strict=False`` also an agent
        of a state or a seat of government (what counts as a state named in context)."""
        if m is None or not m.resolved or not m.actor_id:
            return None
        kinds = STATE_KINDS if strict else _STATEISH
        if m.kind not in kinds:
            return None
        return m.country or self.kb.state_for(m.actor_id, self.date)

    def mention(self, span: Span, ids: tuple[str, ...], kind: str, via: str, *, name: str | None = None,
                agent: str | None = None, label: str = "PAIR") -> ActorMention:
        """A mention of ``span`` standing for ``ids``, with their CAMEO codes (a sector ``agent``
        after each country's code: "IRQ" + "OPP"; before it for IGO/NGO/IMG: "NGO" + "FRA")."""
        cameos = []
        for x in ids:
            base = self.kb.cameo_of(x, self.date)
            if base and agent:
                base = (agent + base) if agent in ("IGO", "NGO", "IMG") else base + agent
            if base:
                cameos.append(base)
        country = self.kb.state_for(ids[0], self.date) if ids else None
        return ActorMention(span.start_char, span.end_char, span.text, ids[0] if ids else None, kind,
                            name or _names(ids, self.kb), bool(ids), None, via, country, label,
                            actor_ids=ids, agent=agent, cameo=";".join(cameos) or None)

    def state_word(self, word: str) -> str | None:
        """The one state a single word names ("Japanese"), when spaCy put it inside another name."""
        found = [a for a in self.kb.lookup(word, self.date) if a.kind in STATE_KINDS]
        return found[0].id if len(found) == 1 and word[:1].isupper() else None

    def is_place(self, m: ActorMention) -> bool:
        """True when the mention names where something is, not who acts: the object (or a
        conjunct of the object) of a spatial preposition ("a meeting in Madrid", "sovereignty
        over the Falklands, South Georgia and ...")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS

    def paragraph(self, offset: int) -> tuple[int, int]:
        """Character bounds of the paragraph (text between blank lines) holding ``offset``."""
        k = bisect.bisect_right(self.paragraphs, offset) - 1
        end = self.paragraphs[k + 1] - 2 if k + 1 < len(self.paragraphs) else self.length
        return self.paragraphs[k], end

    def sentence(self, i: int) -> int:
        """The index of the sentence holding token ``i``."""
        return bisect.bisect_right(self.sent_starts, i) - 1

    def _pair_key(self, m: ActorMention, of: str) -> str | None:
        """The state (``of="state"``) or person a mention counts as for a pair, or None."""
        if of == "person":
            return m.actor_id if m.kind == "person" and m.resolved else None
        key = self.state(m, strict=False) if m.kind != "person" and not self.is_place(m) else None
        if key and self.kb.actors[key].part_of:
            return None  # a dependent territory ("the Falklands") is no country of a pair
        return key

    def counts(self, of: str) -> tuple[dict[str, int], dict[str, int]]:
        """How often the document names each state (or person), and where it first does: the pair
        it is about."""
        out: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.mentions:
            key = self._pair_key(m, of)
            if key:
                out[key] = out.get(key, 0) + 1
                first.setdefault(key, m.start)
        return out, first

    def _distinct(self, mentions: Iterable[ActorMention], lo: int, hi: int, of: str, n: int) -> list[str]:
        """The first ``n`` distinct states (or people) of ``mentions`` (in the order given) that lie
        between character offsets ``lo`` and ``hi``."""
        seen: list[str] = []
        for m in mentions:
            if m.start < lo or m.end > hi:
                continue
            key = self._pair_key(m, of)
            if key and key not in seen:
                seen.append(key)
                if len(seen) == n:
                    break
        return seen

    def following(self, after: int, hi: int, of: str, n: int = 2) -> list[str]:
        """The first ``n`` distinct states (or people) named between character offsets ``after``
        and ``hi``, in the order named."""
        return self._distinct(self.mentions, after, hi, of, n)

    def recent(self, before: int, lo: int, of: str, n: int = 2) -> list[str]:
        """The ``n`` most recent distinct states (``of="state"``) or people named between
        character offsets ``lo`` and ``before``, most recent last."""
        return list(reversed(self._distinct(reversed(self.mentions), lo, before, of, n)))

def forget_bounds(doc: Doc) -> None:
    """Drop the bounds :class:`_Index` kept on ``doc`` (they must not be stored with the parse)."""
    doc.user_data.pop(_BOUNDS, None)


def _find_all(text: str, sub: str) -> list[int]:
    out, k = [], text.find(sub)
    while k >= 0:
        out.append(k)
        k = text.find(sub, k + len(sub))
    return out


def _names(ids: tuple[str, ...], kb: KnowledgeBase) -> str:
    return " and ".join(a.name if (a := kb.get(x)) is not None else x for x in ids)


# ---------------------------------------------------------------------- collectives
def collectives(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase, date: str | None) -> Found:
    """Rules 1 and 2 of the module docstring."""
    index = _Index(doc, mentions, kb, date)
    found = Found()
    _hyphen_pairs(doc, index, found)
    _collective_nouns(doc, index, found)
    return found


def _hyphen_pairs(doc: Doc, index: _Index, found: Found) -> None:
    """1. "Franco-German talks", "the Sino-Japanese war": each side of the pair is a mention of its
    own state. A demonym is one already ("Greek-Turkish"); a combining form ("Franco", "Sino",
    "Anglo") becomes one when a noun of relation follows ("an Anglo-Irish family" is no pair), and
    so does a demonym that spaCy buried in an unknown name ("Sino-Japanese" as one NORP)."""
    kb = index.kb
    for i in positions(doc, "ORTH", _HYPHENS):
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        left, right = doc[i - 1], doc[i + 1]
        left_m, right_m = index.at.get(left.i), index.at.get(right.i)
        combining = kb.combining_forms.get(left.text)
        if combining is None or index.state(left_m):
            continue
        b = index.state(right_m) or index.state_word(right.text)
        if not b or b == combining or not _relation_head(right, kb):
            continue
        for m in (left_m, right_m):
            if m is not None and not m.resolved and m not in found.absorbed:
                found.absorbed.append(m)  # "Sino-Japanese" tagged as one unknown group
        found.mentions.append(index.mention(doc[left.i:left.i + 1], (combining,), kb.actors[combining].kind,
                                            "combining_form"))
        if index.state(right_m) is None:
            found.mentions.append(index.mention(doc[right.i:right.i + 1], (b,), kb.actors[b].kind, "demonym"))


def _relation_head(tok: Token, kb: KnowledgeBase) -> bool:
    """True when the noun ``tok`` modifies (or the next noun) is one of a relation."""
    head = tok.head if tok.dep_ in COUNTRY_DEPS and tok.head.i > tok.i else None
    if head is None and tok.i + 1 < len(tok.doc):
        head = tok.doc[tok.i + 1]
    return head is not None and (head.lower_ in kb.relation_nouns or head.lemma_.lower() in kb.relation_nouns)


def _collective_nouns(doc: Doc, index: _Index, found: Found) -> None:
    """2. "the two countries", "both sides", "the two leaders", "the two Koreas"."""
    kb = index.kb
    taken = found.tokens(doc)
    for i in positions(doc, "LOWER", _TWO + _EACH):
        tok, noun = doc[i], word_after(doc, i)
        if noun is None or noun.i in taken:
            continue
        before = word_before(doc, i)
        the = before is not None and before.lower_ == "the"
        if tok.lower_ == "two" and not the:
            continue
        if tok.lower_ in _EACH:
            of = _each_collective(noun, kb)
            if of is None:
                continue
        else:
            noun = _collective_head(doc, noun, index) or noun
            of = kb.collectives.get(noun.lower_)
            phrase = _collective_phrase(doc, noun, kb) if of is None else None
            if phrase is not None:
                noun, of = phrase
        ids: tuple[str, ...] = ()
        if of is None and tok.lower_ == "two" and noun.text[:1].isupper() and noun.text.endswith("s"):
            ids = _same_name_states(noun.text[:-1], kb, index.date)  # "the two Koreas"
            if len(ids) != 2:
                continue
        elif of is None:
            continue
        else:
            ids = tuple(_office_pair(tok, index) if of == "office" else _pair_before(tok, index, of, after=True))
            if len(ids) < 2:
                continue
        span = doc[before.i if the else i:noun.i + 1]
        found.absorbed.extend(index.at[t.i] for t in span  # "Koreas" as an unknown name
                              if t.i in index.at and not index.at[t.i].resolved)
        found.mentions.append(index.mention(span, ids, "collective", "collective"))


#: dependency labels of the words that may stand between "the two" and its collective noun ("the two
#: brotherly countries", "both our governments", "the two new states")
_BETWEEN_DEPS = frozenset({"amod", "compound", "poss", "advmod", "nmod"})


def _collective_head(doc: Doc, word: Token, index: _Index) -> Token | None:
    """Rule ``collective_noun_past_modifiers`` (2.): the noun of a pair after "the two"/"both" read past
    the modifiers before it, by the parse - "the two brotherly countries", "the two wartime
    governments", "both our governments", "the two new states": the collective noun ``word``'s
    head is, when every word from ``word`` to it modifies it (an adjective, a compound, a possessive
    pronoun) and none names a state ("the two German powers" are two German states, not the pair in
    context); None when ``word`` is the noun itself or no such head follows."""
    head = word.head
    if word.dep_ not in _BETWEEN_DEPS or head.i <= word.i or head.i - word.i > 3 or head.tag_ not in ("NNS", "NNPS"):
        return None
    for t in doc[word.i:head.i]:
        if t.is_space:
            continue
        if t.head.i != head.i or t.dep_ not in _BETWEEN_DEPS or (t.dep_ == "poss" and t.pos_ != "PRON"):
            return None
        m = index.at.get(t.i)
        if m is not None and index.state(m, strict=False):
            return None
    return head


def _collective_phrase(doc: Doc, noun: Token, kb: KnowledgeBase) -> tuple[Token, str] | None:
    """Rule ``heads_of_a_pair`` (2.): a collective noun of three words in ``collectives.tsv``, a plural
    with its "of" phrase - "the two heads of government", "both heads of state" name the pair of
    office holders in context, as "the two leaders" does; the phrase's last token and what it
    names, else None."""
    words = [noun]
    while len(words) < 3 and (nxt := word_after(doc, words[-1].i)) is not None:
        words.append(nxt)
    if len(words) < 3 or words[1].lower_ != "of":
        return None
    of = kb.collectives.get(" ".join(w.lower_ for w in words))
    return (words[2], of) if of else None


def _each_collective(noun: Token, kb: KnowledgeBase) -> str | None:
    """Rule ``each_of_a_pair`` (2.): what a singular noun after "each"/"neither" names when its
    plural is a collective noun of ``collectives.tsv`` ("each government blamed the other",
    "neither government has commented", "each side accused the other": the pair, as "both
    governments" is); None for any other noun ("each other", "each year") and for a plural."""
    word = noun.lower_
    if noun.tag_ not in ("NN", "NNP") or not word.isalpha():
        return None
    plurals = (word + "s", word[:-1] + "ies" if word.endswith("y") else None, word + "es")
    return next((kb.collectives[p] for p in plurals if p and p in kb.collectives), None)


def _same_name_states(word: str, kb: KnowledgeBase, date: str | None) -> tuple[str, ...]:
    """The states whose names end in ``word`` ("Korea": North Korea, South Korea), alive at ``date``."""
    out = [a for a in kb.actors.values() if a.kind in STATE_KINDS and a.name.endswith(" " + word)
           and a.alive(date)]
    return tuple(sorted(a.id for a in out))


# ---------------------------------------------------------------------- generic agents
#: the shortest word rule 6 reads as a misspelt agent noun (and the shortest noun it reads it as)
TYPO_MIN_LETTERS = 6
#: endings stripped (and what is put back) to find the word an inflected form is of
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""), ("ing", "e"))


def _deletions(word: str) -> set[str]:
    return {word} | {word[:k] + word[k + 1:] for k in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance exactly 1 (one letter substituted, inserted or deleted)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def misspelt_agent(word: str, kb: KnowledgeBase, known: frozenset[str]) -> str | None:
    """6. The one-word agent noun ``word`` (lower case) misspells, when it is the only one one edit
    away and ``word`` is no word of ``known`` (the lexicon): "goverment" -> "government"; not
    "policy" (a word), not a word two nouns are one edit from."""
    if len(word) < TYPO_MIN_LETTERS or not word.isalpha() or word in known or word in kb.agent_nouns \
            or any(word.endswith(end) and (word[:-len(end)] + back) in known for end, back in _INFLECTIONS):
        return None  # a word, or an inflection of one ("killed" is not "killer")
    index = _typo_index(kb)
    near = {p for key in _deletions(word) for p in index.get(key, ()) if _one_edit(word, p)}
    return next(iter(near)) if len(near) == 1 else None


@lru_cache(maxsize=4)
def _typo_index(kb: KnowledgeBase) -> dict[str, set[str]]:
    """The one-word agent nouns of ``kb`` by each of their one-letter deletions (a symmetric
    deletion index: a word one edit from a noun shares a key with it), built once per KB (it
    was kept by ``id(kb)``, which a later KB may reuse)."""
    index: dict[str, set[str]] = {}
    for phrase in kb.agent_nouns:
        if " " not in phrase and len(phrase) >= TYPO_MIN_LETTERS and phrase.isalpha():
            for key in _deletions(phrase):
                index.setdefault(key, set()).add(phrase)
    return index


def _misspelt_positions(doc: Doc, kb: KnowledgeBase, known: frozenset[str]) -> dict[int, str]:
    """6. Token index -> the agent noun a misspelt common noun stands for (nothing without a lexicon)."""
    if not known:
        return {}
    out = {}
    for tok in doc:
        if (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start)) and len(tok) >= TYPO_MIN_LETTERS \
                and tok.lemma_.lower() not in known:  # a name ("Pandit") is no misspelling
            noun = misspelt_agent(tok.lower_, kb, known)
            if noun is not None:
                out[tok.i] = noun
    return out


def generic_agents(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase, date: str | None,
                   taken: set[int], known: frozenset[str] = frozenset(),
                   released: frozenset[int] = frozenset()) -> Found:
    """Rules 3 to 6 of the module docstring. ``taken``: tokens already part of a mention;
    ``known``: the lexicon by which a word is no misspelling (rule 6; empty: rule 6 off);
    ``released``: tokens of a name the resolver read as a bare agent noun ("Congress" in a
    document about another state: ``generic_body_of_its_state``), agent nouns whatever their
    entity label."""
    index = _Index(doc, mentions, kb, date)
    found = Found()
    covered = set(index.at) | taken
    misspelt = _misspelt_positions(doc, kb, known)
    for i in sorted({*positions(doc, "LOWER", kb.agent_heads), *misspelt}):
        tok = doc[i]
        if i in index.at and "/" in (index.at[i].actor_id or ""):
            _coordinated_agent(tok, index, found)
            continue
        if i in covered or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in NAME_LABELS and i not in released:
            continue
        head = _sector_modified_head(tok, kb, covered)
        if tok.dep_ == "compound" and head is None:
            continue  # a sector word inside a name ("Moscow State University") is the name's
        if i in misspelt:
            start, phrase = (i, misspelt[i]) if i not in covered else (i, None)
        else:
            start, phrase = _agent_phrase(doc, i, kb, covered, index.sent_starts[index.sentence(i)])
        if phrase is None or _titles_a_name(tok, index):
            continue
        if head is not None:  # "the intelligence agency", "the army chief", "the farmers' union"
            i, tok = head.i, head
        code = kb.agent_nouns[phrase]
        agent = code.strip("~")
        states, mods = _modifier_states(doc, start, i, index)
        if not states:
            states = _shared_modifier_states(tok, start, index)
        via = "agent"
        bodies = None if states else _seated_bodies(tok, index, agent)
        if bodies is not None:
            # "the judges in The Hague": the international court seated there, not the Netherlands
            if len(bodies) == 1:
                span = doc[start:i + 1]
                found.mentions.append(index.mention(span, (bodies[0],), "organisation", "seat",
                                                    name=kb.get(bodies[0]).name, label="AGENT"))
            else:
                found.mentions.append(index.mention(doc[start:i + 1], (), "agent", "agent", name=phrase,
                                                    agent=agent, label="AGENT"))
            covered.update(range(start, i + 1))
            continue
        if not states and _state_agent_modifier(tok, index):
            continue  # "Colombian government negotiators": the government's, its mention reads them
        named = None if states else _named_before(doc, start, tok, index)
        if named is not None and named.actor_id:  # "the court ruled": the ICJ named before
            found.mentions.append(index.mention(doc[start:i + 1], (named.actor_id,), named.kind, "antecedent",
                                                name=named.name, label="AGENT"))
            covered.update(range(start, i + 1))
            continue
        if not states:
            states = _pair_of(tok, index, start)
            via = "collective" if states else via
        owner = None if states else _named_owner(doc, start, tok, index)
        if owner is not None and owner.resolved and owner.actor_id:
            continue  # "Hezbollah fighters", "Amin's air force": the named owner's, read by the events stage
        leader = _leader_state(owner, tok, agent, index) if owner is not None and not states else None
        if leader is not None:  # "the Doe government", "Roe's cabinet": the state its leader led
            states, via, owner = [leader], "leader", None
        if owner is None and not states:
            owner = _of_owner(tok, index)
            if owner is not None and index.at.get(owner_token(doc, owner)) is owner:
                continue  # "the troops of UNOMIL": the named owner's, read by the events stage
        if not states and not _outsider(tok) and owner is None:
            states = _context_state(tok, index, counterpart=agent not in INSIDER_SECTORS)
            via = "context" if states else "agent"
        span = doc[start:i + 1]
        ids = tuple(dict.fromkeys(states))
        name = f"{_names(ids, kb)} ({phrase})" if ids else phrase
        if not ids and named is not None:  # "the tribunal": the Law of the Sea tribunal named before,
            name, via = named.name, "antecedent"  # a body the KB lacks, when no state says whose it is
        found.mentions.append(index.mention(span, ids, "agent", via, name=name, agent=agent, label="AGENT"))
        covered.update(range(start, i + 1))
    return found


#: determiners of a definite description ("the court", "that tribunal"): it refers back
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
#: dependency labels of a modifier that says whose or which an agent noun is ("the Dutch court",
#: "the Supreme court", "the court in Pskov"): no bare definite description then
_OWNING_DEPS = frozenset({"poss", "compound", "nmod", "prep", "amod"})


def _named_before(doc: Doc, start: int, tok: Token, index: _Index) -> ActorMention | None:
    """7. **a body named before** - a definite agent noun with no owner of its own ("the court
    ruled", "the tribunal decided", "the commission reported") refers back to the last body the
    document named whose name has the same head noun ("the International Court of Justice ...
    the court", "the International Tribunal for the Law of the Sea ... the tribunal"): that
    body, resolved or not, not a sector noun the sentence's state is guessed for. The name must
    be an organisation's of more than one word; an adjective or a phrase that says which body
    ("the Dutch court", "the court in Pskov") keeps the agent to rules 3 to 5. Returns the named
    mention, else None."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
        return None
    if any(c.dep_ in _OWNING_DEPS and (c.dep_ != "amod" or index.at.get(c.i) is not None or c.ent_type_)
           for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    for m in reversed(index.mentions):
        if m.start >= doc[start].idx or (m.kind != "organisation" and m.via != "national_agent"):
            continue  # a body's name, or a state's agent named as one ("the Ruritanian Supreme Court")
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span.root.lemma_.lower() == lemma and span.root.i != tok.i:
            return m
        if span is not None and m.actor_id and lemma not in GENERIC_HEADS and lemma in name_heads(m.actor_id, index.kb):
            return m  # "the ICJ ... the court": the head of the body's full name
    return None


#: head nouns that a definite description shares with too many names to stand for the last
#: of them ("the state", "the country": the events stage reads those by the document's states)
GENERIC_HEADS = frozenset({"state", "country", "republic", "nation", "people", "government", "party",
                           "army", "force", "front", "movement", "island", "city", "river", "sea"})
#: kinds of actor a definite description can stand for
DESCRIBED_KINDS = STATE_KINDS | {"organisation"}


#: the prepositions after a name's head noun ("Court of Justice", "Physicians for Peace")
_AFTER_HEAD = re.compile(r"\s+(?:of|for|to|in|on|at)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _name_heads(names: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for name in names:
        if "," in name:
            continue  # an inverted name ("Korea, North"): its last word is no head
        whole = name.split()
        if whole and whole[0].lower() == "the":
            whole = whole[1:]  # "the North": one word, no head
        words = _AFTER_HEAD.split(" ".join(whole))[0].replace("-", " ").split()
        if len(whole) > 1 and words and words[-1].isalpha():
            out.add(words[-1].lower())
    return frozenset(out)


def name_heads(actor_id: str, kb: KnowledgeBase) -> frozenset[str]:
    """The head nouns of an actor's names of more than one word, in lower case: "court" of the
    International Court of Justice, "kingdom" of Morocco (the Kingdom of Morocco), "council" of
    the UN Security Council."""
    actor = kb.get(actor_id)
    return _name_heads((actor.name, *actor.aliases)) if actor is not None else frozenset()


def described_before(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase,
                     date: str | None) -> list[ActorMention]:
    """Rule ``a_definite_description_names_the_actor_named_before``: "the Court", "the Council",
    "the kingdom" - a singular noun with a definite determiner and no modifier of its own that
    says which ("the Dutch court", "the court in Pskov", "the Court of Appeal") - stands for the
    last actor the document named before it whose name has that head noun ("the International
    Court of Justice", "the ICJ" (its full name), "the Security Council", "Saudi Arabia" (the
    Kingdom of Saudi Arabia)), when the knowledge base knows that actor: a state or an
    organisation. The nearest name with that head decides: when it is a name the knowledge base
    does not know ("the High Court in Auckland ... the Court"), the description stays
    unresolved. An unresolved mention of the noun alone (the tagger's "Court") is replaced;
    generic heads (:data:`GENERIC_HEADS`) are left to the rules that read them. Returns the
    mentions with those descriptions resolved."""
    if not mentions:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out = list(ordered)
    replaced: dict[int, ActorMention] = {}
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
            continue
        lemma = tok.lower_
        if lemma in GENERIC_HEADS or not lemma.isalpha():
            continue
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("", "ORG"):
            continue  # "the Sahara", "the Gulf": a place's own name, no description of one named before
        det = [c for c in tok.children if c.dep_ == "det"]
        if not det or det[0].lower_ not in DEFINITE_DETERMINERS or det[0].i != getattr(word_before(doc, tok.i), "i", None):
            continue
        if any(c.dep_ in _OWNING_DEPS or c.dep_ in ("appos", "acl", "relcl") for c in tok.children):
            continue
        at = bisect.bisect_right(starts, tok.idx) - 1
        here = ordered[at] if at >= 0 and ordered[at].end > tok.idx else None
        if here is not None and (here.actor_id or here.start < det[0].idx or here.end > tok.idx + len(tok)):
            continue  # a name of its own, or a longer phrase
        antecedent = None
        for m in reversed(ordered[:at + 1] if here is None else ordered[:at]):
            m = replaced.get(id(m), m)
            text = m.text.split(" of ")[0].split()
            heads = {text[-1].lower()} if len(text) > 1 or (m.actor_id is None and text) else set()
            if m.actor_id:
                heads |= name_heads(m.actor_id, kb)
            if lemma in heads:
                antecedent = m
                break
        if antecedent is None or not antecedent.actor_id or antecedent.kind not in DESCRIBED_KINDS \
                or len(antecedent.actor_ids) > 1:
            continue
        new = replace(antecedent, start=tok.idx, end=tok.idx + len(tok), text=tok.text, via="antecedent",
                      resolved=True, role=None, label=antecedent.label or "ORG")
        if here is not None:
            out = [new if x is here else x for x in out]
            replaced[id(here)] = new
        else:
            out.append(new)
            ordered_new = sorted(out, key=lambda m: m.start)
            ordered, starts, out = ordered_new, [m.start for m in ordered_new], ordered_new
    return sorted(out, key=lambda m: m.start)


#: nouns that head a state's formal name ("the Islamic Republic of Iran", "the Hashemite Kingdom
#: of Jordan"): capitalised after "the" with no "of" of their own ("the Republic", "the new
#: Islamic Republic") they describe a state named before
STATE_EPITHET_HEADS = frozenset({"republic", "kingdom", "federation", "emirate", "sultanate", "confederation"})
#: modifiers of such a description that say when, not which ("the new Republic")
EPITHET_TIME_WORDS = frozenset({"new", "young", "old", "former", "present"})


def _alias_words(actor_id: str, kb: KnowledgeBase) -> list[set[str]]:
    actor = kb.get(actor_id)
    if actor is None:
        return []
    return [{w.lower().strip(",") for w in name.replace("'s", " 's").split()} for name in (actor.name, *actor.aliases)]


def state_epithets(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase) -> list[ActorMention]:
    """Rule ``a_state_epithet_names_the_state_before``: "the Republic", "the new Islamic Republic",
    "the People's Republic", "the Kingdom" - a capitalised head of a state's formal name
    (:data:`STATE_EPITHET_HEADS`) after "the", with no "of" phrase of its own - stands for the
    state named before it in the document whose formal name (the knowledge base's name and
    aliases) has that head and every word said before it ("Islamic Republic": the Islamic
    Republic of Iran; "the Republic": the Republic of Ireland beside the United Kingdom), when
    exactly one state named before fits; else it is left as it was (a second republic named
    before makes "the Republic" no one's). The words' unresolved mentions (the tagger's "Islamic
    Republic" read as a place) are replaced by a mention of that state."""
    if not mentions:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    out = list(ordered)
    for tok in doc:
        if tok.lower_ not in STATE_EPITHET_HEADS or not tok.text[:1].isupper() or tok.tag_ in ("NNS", "NNPS"):
            continue
        after = word_after(doc, tok.i)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or (after is not None and after.lower_ == "of"):
            continue  # "the Republic of Ireland": a name of its own
        first = tok.i
        words: list[str] = []
        prev = word_before(doc, first)
        while prev is not None and prev.lower_ != "the" and (prev.pos_ in ("ADJ", "PROPN", "PART") or prev.lower_ in EPITHET_TIME_WORDS) \
                and len(words) < 3:
            words.append(prev.lower_)
            first = prev.i
            prev = word_before(doc, first)
        if prev is None or prev.lower_ != "the":
            continue
        said = {w for w in words if w not in EPITHET_TIME_WORDS and w != "'s"}
        start_char, end_char = doc[first].idx, tok.idx + len(tok)
        if any(m.actor_id and m.start < end_char and m.end > start_char for m in ordered):
            continue  # a name resolved of its own
        fits: dict[str, ActorMention] = {}
        for m in ordered:
            if m.start >= start_char:
                break
            if not m.actor_id or m.kind not in STATE_KINDS or len(m.actor_ids) > 1:
                continue
            if tok.lower_ in name_heads(m.actor_id, kb) and any(
                    tok.lower_ in names and said <= names for names in _alias_words(m.actor_id, kb)):
                fits[m.actor_id] = m
        if len(fits) != 1:
            continue
        state = next(iter(fits.values()))
        span = doc[first:tok.i + 1]
        new = replace(state, start=span.start_char, end=span.end_char, text=span.text, via="antecedent",
                      resolved=True, role=None, label=state.label or "GPE")
        out = [m for m in out if not (m.start < end_char and m.end > start_char)] + [new]
    return sorted(out, key=lambda m: m.start)


def _state_agent_modifier(tok: Token, index: _Index) -> bool:
    """3. A compound before the agent noun is already a state's agent or a state ("Colombian
    government negotiators", "army officers" after "the Sudanese army", "Kenyan police
    officers"): the phrase is that agent's, whose mention the events stage reads through the
    compound - no second mention of the head alone, without its country."""
    return any(c.dep_ == "compound" and c.i < tok.i and index.state(index.at.get(c.i), strict=False)
               for c in tok.children)


def _coordinated_agent(tok: Token, index: _Index, found: Found) -> None:
    """3. "Russian and Georgian troops": the resolver made "Georgian troops" GEO/military; the
    coordinated adjective names a second state, so the mention stands for both agents."""
    m = index.at[tok.i]
    if index.doc[tok.i].idx + len(tok) != m.end:
        return  # not the head of the mention
    what = m.actor_id.partition("/")[2]
    states, _ = _modifier_states(index.doc, tok.i, tok.i, index)
    ids = tuple(dict.fromkeys((m.actor_id, *(f"{s}/{what}" for s in states))))
    if len(ids) < 2:
        return
    found.absorbed.append(m)
    found.mentions.append(replace(m, actor_ids=ids, name=_names(ids, index.kb),
                                  agent="MIL" if what == "military" else "GOV",
                                  cameo=";".join(filter(None, (index.kb.cameo_of(x, index.date) for x in ids)))))


def _titles_a_name(tok: Token, index: _Index) -> bool:
    """"the French president Jacques Chirac", "Interior Minister X": a title before a person's name
    belongs to the name's mention (its role), not an agent of its own."""
    nxt = tok.i + 1
    m = index.at.get(nxt)
    return m is not None and m.kind == "person"


#: how many phrases of the agents dictionary a word must end to be a head noun of bodies and persons
BODY_HEAD_PHRASES = 5
_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "to", "in"})


@lru_cache(maxsize=4)
def body_heads(kb: KnowledgeBase) -> frozenset[str]:
    """The head nouns of the agents dictionary: words that end at least :data:`BODY_HEAD_PHRASES`
    of its phrases of two or more words with no function word ("intelligence agency", "trade
    union", "army chief": agency, union, chief, officer, ministry, ...). A word that ends a phrase
    only after "of" ("minister of trade") or in one or two phrases ("prisoner of war", "army
    engineers") names no body or person here."""
    ends = Counter(p.split()[-1] for p in kb.agent_nouns
                   if len(p.split()) > 1 and not set(p.split()) & _FUNCTION_WORDS)
    return frozenset(w for w, n in ends.items() if n >= BODY_HEAD_PHRASES)


#: the share of a head noun's dictionary phrases whose sector acts for its state (``cameo_sectors.tsv``
#: state: yes - government, military, police, judiciary, legislature, intelligence) for the head to
#: stand for the state in its modifiers: "commission" (19 of 19), "council" (18 of 21), not "bank"
#: (5 of 8: central banks and commercial ones), "union" (labour) or "army" (rebel armies mostly)
STATE_HEAD_SHARE = 0.75


@lru_cache(maxsize=4)
def state_body_heads(kb: KnowledgeBase) -> frozenset[str]:
    """The :func:`body_heads` whose dictionary phrases act for their state at least
    :data:`STATE_HEAD_SHARE` of the time (the sector of each phrase's code, ``cameo_sectors.tsv``):
    chief, commission, committee, council, court, department, officer, official, ..."""
    heads = body_heads(kb)
    state = {code for code, sector in kb.sectors.items() if sector.state}
    share: dict[str, list[int]] = {}
    for p, code in kb.agent_nouns.items():
        words = p.split()
        if len(words) > 1 and words[-1] in heads and not set(words) & _FUNCTION_WORDS:
            n = share.setdefault(words[-1], [0, 0])
            n[0] += code.lstrip("~")[:3] in state
            n[1] += 1
    return frozenset(w for w, (yes, all_) in share.items() if yes >= STATE_HEAD_SHARE * all_)


def _sector_modified_head(tok: Token, kb: KnowledgeBase, covered: set[int]) -> Token | None:
    """Rule ``sector_word_modifies_head``: the common noun a sector word modifies as a noun compound
    or a plural possessor, with nothing but the compound between them - "the intelligence agency",
    "Pakistan's army chief", "the farmers' union" - when that noun is a head noun of bodies and
    persons in the agents dictionary (:func:`body_heads`: "agency" of "spy agency", "chief" of
    "intelligence chief", "union" of "trade union") but the words before it make no phrase of the
    dictionary: the phrase is the sector word's agent and reaches its head, as PETRARCH codes an
    agent word inside a noun phrase. Not a head that names no body or person ("government
    consultations", "guerrilla war", "army engineers"), nor a sector word inside a name ("Moscow
    State University": a PROPN head or an entity). None otherwise."""
    if tok.dep_ == "poss":
        if tok.tag_ != "NNS" or not any(c.dep_ == "case" for c in tok.children):
            return None
    elif tok.dep_ != "compound":
        return None
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    doc = tok.doc
    if head.i <= tok.i or head.pos_ != "NOUN" or head.ent_type_ in NAME_LABELS or head.i in covered:
        return None
    if not ({head.lower_, head.lemma_.lower()} & body_heads(kb)):
        return None  # "government consultations", "guerrilla war": the head is no body or person of the dictionary
    if _agent_phrase(doc, head.i, kb, covered, tok.sent.start)[1] is not None:
        return None  # "border guards", "spy agency": the dictionary's own phrase, read at its head
    between = doc[tok.i + 1:head.i]
    if any(t.dep_ not in ("compound", "case") or t.ent_type_ in NAME_LABELS for t in between):
        return None
    return head


def _agent_phrase(doc: Doc, i: int, kb: KnowledgeBase, covered: set[int], lo: int) -> tuple[int, str | None]:
    """The longest agent phrase of the dictionary ending at token ``i`` ("border guards"), not
    reaching before token ``lo`` (its sentence's start)."""
    for n in kb.agent_lengths.get(doc[i].lower_, ()):
        if i - n + 1 < lo or any(k in covered for k in range(i - n + 1, i + 1)):
            continue
        phrase = " ".join(t.lower_ for t in doc[i - n + 1:i + 1])
        if phrase in kb.agent_nouns:
            return i - n + 1, phrase
    return i, None


def _modifier_states(doc: Doc, start: int, head: int, index: _Index) -> tuple[list[str], list[ActorMention]]:
    """3. States named by the phrase's modifiers (with their conjuncts) or of/from/in phrase."""
    states: list[str] = []
    mods: list[ActorMention] = []

    def take(tok: Token) -> None:
        m = index.at.get(tok.i)
        if m is not None and m.kind == "collective" and len(m.actor_ids) > 1 and tok.head.lower_ == "of":
            # "the congresses of both countries", "troops of the two states": of each of the pair
            states.extend(x for x in m.actor_ids if x not in states)
            if m not in mods:
                mods.append(m)
            return
        state = index.state(m)
        if state and m is not None:
            states.append(state)
            if m not in mods:
                mods.append(m)

    # stacked modifiers name one group, the one nearest the head: "Turkish Cypriot community" is
    # of Cyprus, not of Turkey and Cyprus; coordinated ones name each ("French and German")
    direct = [c for t in doc[start:head + 1] for c in t.children
              if c.dep_ in COUNTRY_DEPS and index.state(index.at.get(c.i))]
    if direct:
        nearest = max(direct, key=lambda c: c.i)
        take(nearest)
        for cc in nearest.conjuncts:
            take(cc)
        return states, mods
    for c in doc[head].children:
        if c.dep_ == "prep" and c.lower_ in COUNTRY_PREPS:
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    take(pobj)
                    if c.lower_ == "of":  # "the presidents of Sudan and South Sudan": of each
                        for cc in pobj.conjuncts:
                            take(cc)
                    if not states:
                        _seat_or_leader(doc[head], c, pobj, index, states, mods)
    return states, mods


@lru_cache(maxsize=1)
def _arms() -> frozenset[str]:
    """The ontology's arms (``ARMS``: tanks, jets, aircraft, ...), which with a state's modifier
    stand for its armed forces as troops do (read at call time: the events package loads this one)."""
    from chronica.events.ontology import load_ontology
    return load_ontology().classes.get("ARMS", frozenset())


#: dependency labels of a conjunct's own modifier: with one it says its own country, or none
_OWN_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "det", "prep", "nummod", "appos"})


def _shared_modifier_states(tok: Token, start: int, index: _Index) -> list[str]:
    """Rule ``coordinated_agents_share_their_country`` (3): an agent noun coordinated, bare, after
    one whose modifier names its state ("Malaysian police and soldiers", "Pakistani soldiers and
    police", "Syrian jets and tanks") is of that state too: the adjective of a coordination of
    nouns modifies each of them (the parse hangs it on the first only). A conjunct with a modifier
    of its own ("Malaysian police and the soldiers", "Pakistani troops and Afghan police") says its
    own, or no, country; an outsider word ("foreign soldiers") none."""
    if tok.dep_ != "conj" or start != tok.i or _outsider(tok):
        return []
    if index.kb.agent_nouns.get(tok.lower_, "").strip("~") in INSIDER_SECTORS:
        return []  # "Russian troops and rebels": the rebels are no troops' fellows
    if any(c.dep_ in _OWN_MODIFIER_DEPS for c in tok.children):
        return []
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN") or first.i >= tok.i or _outsider(first):
        return []
    own = index.at.get(first.i)
    if own is not None:  # "Pakistani soldiers": the resolver's mention of the agent
        state = index.state(own, strict=False)
        covers = index.doc.char_span(own.start, own.end, alignment_mode="expand")
        if state and own.kind in _STATEISH and covers is not None and covers.root.i == first.i:
            return [state]
        return []
    words = {first.lower_, first.lemma_.lower()}
    if not words & index.kb.agent_nouns.keys() and not words & _arms():
        return []  # "the North Korean economy and polity": the economy is no agent the polity is one of
    states, _ = _modifier_states(index.doc, first.i, first.i, index)
    return [x for x in states if x] if any(c.dep_ in ("amod", "compound", "poss") for c in first.children) else []


def _seat_or_leader(noun: Token, prep: Token, pobj: Token, index: _Index, states: list[str],
                    mods: list[ActorMention]) -> None:
    """3. The of/in phrase names the seat of a state's government or a person acting for a state:
    "the government in Islamabad", "the new rulers in Kabul", "demonstrators in Kabul" (in the
    capital: of the state seated there), "the government of Meles Zenawi" (of a person: of the
    state the person led then). Not when another name qualifies the noun ("a Western diplomat in
    Nicosia", "the Taliban leadership in Quetta": its own qualifier says whose it is) nor for the
    media's people, posted where they report from ("our correspondent in Georgetown")."""
    m = index.at.get(pobj.i)
    if m is not None and not m.actor_id and prep.lower_ == "of" and not mods:
        code = index.kb.agent_nouns.get(noun.lower_, "") or index.kb.agent_nouns.get(noun.lemma_.lower(), "")
        leader = _leader_state(m, noun, code.strip("~"), index)  # "the government of Prime Minister Roe"
        if leader is not None:
            states.append(leader)
            mods.append(m)
        return
    if m is None or not m.resolved or not m.actor_id:
        return
    if m.kind == "government_seat" and prep.lower_ in ("in", "of"):
        state = index.state(m, strict=False)
    elif m.kind == "person" and prep.lower_ == "of":
        state = index.kb.state_for(m.actor_id, index.date)
    else:
        return
    if state is None or _outsider(noun) or any(
            c.dep_ in COUNTRY_DEPS and (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.i < noun.i
            for c in noun.children):
        return  # "an international tribunal in Geneva", "foreign diplomats in Kabul": not the seat's
    code = index.kb.agent_nouns.get(noun.lower_, "") or index.kb.agent_nouns.get(noun.lemma_.lower(), "")
    if "MED" in code:
        return
    if m.kind == "government_seat" and index.kb.hosts(m.actor_id, code.strip("~")):
        return  # "the judges in The Hague": an international court seated there (:func:`_seated_bodies`)
    states.append(state)
    mods.append(m)


def _seated_bodies(noun: Token, index: _Index, agent: str) -> list[str] | None:
    """3. The agent noun's in/at phrase names a city where international bodies of the agent's
    own sector sit, or such a city modifies it (``seats`` in organisations.json; the sector read
    from the body's CAMEO code: "court", "judges", "tribunal" are JUD, as the ICJ's IGOUNOJUDICJ
    is): "the judges in The Hague ruled", "an international tribunal in The Hague", "the Hague
    court" are such a body, not the state the city is the seat of, nor any state of the context.
    None when not so; else the ids of the bodies that existed at the sentence's date
    (:func:`date_at`; the document's date when the sentence has none): one names the body,
    several name none ("the court in The Hague" in 2009: the ICJ or the ICC, or an arbitral
    tribunal the knowledge base does not know) - an agent of no country."""
    places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj"]
    places += [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]  # "the Hague court"
    for place in places:
        m = index.at.get(place.i)
        if m is None or m.kind != "government_seat" or not m.actor_id:
            continue
        hosted = [a for a in index.kb.hosted_at(m.actor_id) if agent in cameo_parts(a.cameo or "")]
        if not hosted:
            continue
        when = date_at(index.doc, noun.idx, index.paragraph(noun.idx)[0])
        day = when[0] if when else certain_date(index.doc, index.date)
        return [a.id for a in hosted if a.alive(day)] if day else [a.id for a in hosted]
    return None


def _office_pair(tok: Token, index: _Index) -> list[str]:
    """2. "the two leaders", "both presidents" (``of=office`` in ``collectives.tsv``): the pair of
    people named before, as "the two men" is, but only people in office at the date of the
    sentence (:func:`date_at`: the interval of its time expressions, else the narrative date its
    paragraph set before it): a term of the knowledge base must overlap it (a person the KB knows
    no office of may stand). "On 26.10.1998 both presidents signed" after a history that named
    presidents of the 1960s and 1990s is not those two; when fewer than two people in office were
    named, the pair is of the two states in context (the state stays, the person is not guessed).
    Without a date there, the document's date stands in only when it is certain (published, not
    inferred: :func:`certain_date`); else no person is guessed: the pair of states."""
    when = date_at(index.doc, tok.idx, index.paragraph(tok.idx)[0])
    if when is None:
        day = certain_date(index.doc, index.date)
        when = (day, day) if day else None
    if when is None:
        return _pair_before(tok, index, "state")
    ids = _pair_before(tok, index, "person", keep=lambda x: index.kb.in_office(x, *when) is not False)
    return ids if len(ids) == 2 else _pair_before(tok, index, "state")


def certain_date(doc: Doc, date: str | None) -> str | None:
    """``date`` (the document's date the resolver was given) when it is certain: the published
    date (``doc._.dct``) or one a caller gave; None when it is the date the time stage only
    inferred from the text (``doc._.inferred_dct``: a history's latest year is no narrative date)."""
    if not date:
        return None
    if Doc.has_extension("dct") and doc._.dct:
        return date
    guess = doc._.inferred_dct if Doc.has_extension("inferred_dct") else None
    value = getattr(guess, "value", guess)
    if value and str(value)[:10] == str(date)[:10]:
        return None
    return date


def date_at(doc: Doc, offset: int, lo: int = 0) -> tuple[str, str] | None:
    """The TIMEX3 interval (earliest, latest ISO days) a text speaks of at character ``offset``:
    the span of the dated time expressions of its sentence, else the one the text set last
    before it, from character ``lo`` on (its paragraph: the narrative date); None when none is
    known. Reads ``doc._.timexes`` (the time stage runs before the actors stage)."""
    timexes = (doc._.timexes if doc.has_extension("timexes") else None) or ()
    dated = [t for t in timexes if t.earliest and t.latest and t.type == "DATE"]
    if not dated:
        return None
    tok = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if tok is not None and doc.has_annotation("SENT_START"):
        sent = tok[0].sent
        here = [t for t in dated if sent.start_char <= t.start and t.end <= sent.end_char]
        if here:
            return min(t.earliest for t in here), max(t.latest for t in here)
        offset = sent.start_char
    before = [t for t in dated if lo <= t.start and t.end <= offset]
    if before:
        last = max(before, key=lambda t: t.end)
        return last.earliest, last.latest
    return None


def _pair_before(tok: Token, index: _Index, of: str, keep=None, after: bool = False) -> list[str]:
    """The pair "the two countries" (or "both armies") before ``tok`` stands for: of the states
    (or people) its paragraph names before it - else the document before it - the pair the whole
    document is about when both are among them (the two it names most, each at least
    :data:`DOCUMENT_STATE_MIN` times and together more than :data:`DOCUMENT_PAIR_SHARE` of its
    mentions), else the two named last. A history of Morocco and Algeria whose paragraph has just
    named Mauritania still means Morocco and Algeria by "the two states"."""
    lo, _ = index.paragraph(tok.idx)
    named = [x for x in index.recent(tok.idx, lo, of, n=len(index.mentions)) if keep is None or keep(x)]
    if len(named) < 2:
        named = [x for x in index.recent(tok.idx, 0, of, n=len(index.mentions)) if keep is None or keep(x)]
    counts, first = index.counts(of)
    if keep is not None:
        counts = {x: c for x, c in counts.items() if keep(x)}
    top = sorted(counts, key=lambda x: (-counts[x], first[x]))[:2]  # a tie: the one named first
    if len(named) < 2 and after and of == "state" and keep is None:
        # rule ``pair_named_after``: "The two governments signed the agreement in 2018" before
        # the document names them: the pair the whole document is about, else the one named
        # before with the first named after it (in its paragraph, else the document). Only a
        # collective noun of states (``after``): "the two men", "the two presidents" are never
        # guessed from people named later, nor "the two air forces" from states named later
        if _documents_pair(top, counts):
            return top
        _, hi = index.paragraph(tok.idx)
        for end in (hi, index.length):
            later = [x for x in index.following(tok.idx, end, of) if x not in named]
            if len(named) + len(later) >= 2:
                return named + later[:2 - len(named)]
        return named
    if of == "state" and keep is None and _documents_pair(top, counts) and any(x in named for x in top) \
            and not all(x in named for x in top) and all(x in top or counts.get(x, 0) < DOCUMENT_STATE_MIN
                                                         for x in named):
        # rule ``pair_over_a_passing_state``: the paragraph names one of the document's pair and
        # a state the document names only in passing ("In 2031 Norland offered to host the talks,
        # and Aldoria agreed ... the two prime ministers met"): the pair, not the passer-by
        return [x for x in named if x in top] + [x for x in top if x not in named]
    if len(named) <= 2:
        return named
    if _documents_pair(top, counts) and all(x in named for x in top):
        return [x for x in named if x in top]
    return named[-2:]  # else the two named last


def _documents_pair(top: list[str], counts: dict[str, int]) -> bool:
    """The two most named (``top``) are the pair the whole document is about: each named at least
    :data:`DOCUMENT_STATE_MIN` times, together more than :data:`DOCUMENT_PAIR_SHARE` of its
    mentions."""
    return len(top) == 2 and all(counts[x] >= DOCUMENT_STATE_MIN for x in top) \
        and (counts[top[0]] + counts[top[1]]) / sum(counts.values()) > DOCUMENT_PAIR_SHARE


#: title roles (``titles.tsv``) of an office a state has one holder of: several of them are of
#: several states ("the prime ministers", "the presidents")
ONE_PER_STATE_ROLES = frozenset({"head_of_state", "head_of_government"})
#: title kinds of a body a state has one of ("the governments", "their regimes")
ONE_PER_STATE_KINDS = frozenset({"government"})
#: where a plural office noun stands as the doers of its clause: its subject, the agent of a
#: passive ("initialled by the prime ministers") or the parties of a relation noun ("talks
#: between the foreign ministers")
_DOER_DEPS = frozenset({"nsubj", "nsubjpass"})
_DOER_PREPS = frozenset({"by", "between"})
#: dependency labels of a modifier that says whose or which office holders they are ("the Arab
#: foreign ministers", "the presidents of Kenya and Egypt", "the foreign ministers, A and B"):
#: no bare pair then
_WHOSE_DEPS = frozenset({"amod", "compound", "nmod", "prep", "appos", "npadvmod", "nummod", "quantmod"})


def _one_per_state(doc: Doc, start: int, tok: Token, kb: KnowledgeBase) -> bool:
    """An office or body a state has one of (``titles.tsv``): a head of state or of government, a
    minister of a named portfolio ("foreign minister"; a bare "minister" is one of many), a
    government or regime (by lemma: "governments" -> "government")."""
    phrase = " ".join(t.lemma_.lower() for t in doc[start:tok.i + 1])
    kind, role = kb.titles.get(phrase, (None, None))
    return role in ONE_PER_STATE_ROLES or kind in ONE_PER_STATE_KINDS or (role == "minister" and " " in phrase)


def _when_phrase(prep: Token) -> bool:
    """A preposition whose object is a date ("the foreign ministers in 2004"): it says when, not whose."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _offices_of_a_pair(doc: Doc, start: int, tok: Token, index: _Index) -> bool:
    """Rule ``plural_offices_are_the_pairs`` (2 and 3): a plural of an office a state has one of,
    bare but for "the" or "their" ("the foreign ministers agreed", "talks between the foreign
    ministers", "initialled by the prime ministers", "their governments signed"), as the doers
    of its clause, is the office of each state of the pair in context, as "both governments"
    is: one state has no two prime ministers. A modifier that says whose they are ("the Arab
    foreign ministers", "the presidents of Kenya, Egypt and Zimbabwe", "the foreign ministers,
    A and B,") leaves them to the rules that read it; in another role ("the three states never
    merged their governments") they are no doers of a pair."""
    if tok.tag_ not in ("NNS", "NNPS") or not _one_per_state(doc, start, tok, index.kb):
        return False
    det = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if len(det) != 1 or (det[0].dep_, det[0].lower_) not in (("det", "the"), ("poss", "their")):
        return False
    if any(c.dep_ in _WHOSE_DEPS and not start <= c.i < tok.i and not _when_phrase(c) for c in tok.children):
        return False
    head = tok.head
    return tok.dep_ in _DOER_DEPS or (tok.dep_ == "pobj" and head.dep_ in ("prep", "agent")
                                      and head.lower_ in _DOER_PREPS)


def _pair_of(tok: Token, index: _Index, start: int | None = None) -> list[str]:
    """2 and 3. "both armies", "the two congresses": an agent noun counted as a pair is the agent
    of each of the two states named last before it, in the paragraph, else in the document (as
    "the two countries" is the pair of them); so is a plural of an office a state has one of
    (:func:`_offices_of_a_pair`, from the phrase's first token ``start``)."""
    det = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "quantmod")}
    counted = ("both" in det or ("two" in det and "the" in det)) and tok.tag_ in ("NNS", "NNPS")
    if not counted and not _offices_of_a_pair(index.doc, tok.i if start is None else start, tok, index):
        return []
    ids = _pair_before(tok, index, "state")
    return ids if len(ids) == 2 else []


def _outsider(tok: Token) -> bool:
    """"the withdrawal of foreign troops", "international observers": an adjective that says the
    agent is not of the place the text is about, so the context gives it no country."""
    return any(c.dep_ == "amod" and c.lower_ in OUTSIDER_ADJECTIVES for c in tok.children)


#: entity labels of a name that owns an agent noun it modifies ("Al-Shabaab militants", "Arakan
#: Army fighters", "a Hamas spokesman"): the agent is the name's, not its sentence's state's
OWNER_LABELS = frozenset({"ORG", "PERSON"})
#: sectors that act against their own state (CAMEO REB rebels, insurgents; OPP protesters, exiles):
#: the state they act on is theirs
INSIDER_SECTORS = frozenset({"REB", "OPP"})
#: dependency labels of a subject, whose predicate's other arguments are its counterpart
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _named_owner(doc: Doc, start: int, tok: Token, index: _Index) -> ActorMention | None:
    """4. The agent phrase is owned by a name that is no state: a modifier of it is (part of) an
    organisation's or a person's name, or an actor mention of a kind other than a state's
    ("Al-Shabaab militants", "Arakan Army fighters", "a Taliban spokesman"). That name says whose
    the agent is, so the one state its sentence names does not (it is often the other side:
    "Al-Shabaab militants abducted six Kenyan teachers"). A people's adjective no actor answers to
    is no such name: "Kachin rebels" in a sentence about Myanmar are Myanmar's. Returns the owner's
    mention (an unresolved one for a name the knowledge base lacks), else None; a resolved owner
    stands for the agent itself (the events stage reads the owner of an agent head: "Hezbollah
    fighters" are Hezbollah, "Amin's air force" Amin's)."""
    for c in tok.children:
        if c.dep_ not in COUNTRY_DEPS or c.i >= tok.i or c.dep_ == "poss" and c.pos_ == "PRON":
            continue
        m = index.at.get(c.i)
        if index.state(m, strict=False):
            return None  # a state's own agent (rule 3 reads it)
        if m is not None and m.kind not in _STATEISH and (c.ent_type_ in OWNER_LABELS or m.resolved):
            return m
        if c.ent_type_ in OWNER_LABELS:
            return ActorMention(c.idx, c.idx + len(c), c.text, None, "organisation", c.text, False, None,
                                "unresolved", None, c.ent_type_)
    return None


#: sectors whose agent a leader's name owns as the state's: "the Doe government" is the government of
#: the state Doe led ("the Doe administration", "Roe's cabinet", "the Roe regime")
LEADER_SECTORS = frozenset({"GOV"})


def _leader_state(owner: ActorMention, tok: Token, agent: str, index: _Index) -> str | None:
    """Rule ``leader_names_the_government`` (3): a government noun whose owner is a person the
    knowledge base does not resolve - a surname or a name with a title ("the Doe government",
    "President Roe's administration") - is the government of that person's state: the country a
    title or apposition gave the person in the document (``owner.country``); for a surname only
    one person of the knowledge base bears, the state the resolver gave it (``surname_state``: that
    person's, named in the document); else the one state that the knowledge base's people of that
    surname held office for during the sentence's time (:func:`date_at`; the document's certain
    date when the sentence names none): a dated term of office, else a dated Phoenix code of a
    sector that acts for the state when only one person of that surname held one then ("Smith" is
    many officials' name), and only a state the document names. None for another sector ("Doe's
    supporters"), a resolved owner (the events stage reads that owner), an owner that is no
    person's name, or when no date is known or people of several states fit."""
    if agent not in LEADER_SECTORS or owner.actor_id:
        return None
    if owner.kind == "person" and owner.country and owner.via in ("title", "apposition") \
            and index.kb._is_state(owner.country):
        return owner.country
    words = owner.text.replace("’s", "").replace("'s", "").split()
    if not words or not words[-1][:1].isupper() or owner.kind not in ("person", "organisation"):
        return None
    from chronica.actors.kb import fold
    from chronica.actors.resolve import _persons_by_surname
    people = _persons_by_surname(index.kb).get(fold(words[-1]), ())
    if owner.via == "surname_state" and owner.country and len(people) == 1 and index.kb._is_state(owner.country):
        return owner.country
    when = date_at(index.doc, tok.idx, index.paragraph(tok.idx)[0])
    day = certain_date(index.doc, index.date)
    earliest, latest = when if when else (day, day)
    if not earliest:
        return None
    # a term of office the knowledge base dates (a head of state or government) first; else the dated
    # Phoenix codes of a sector acting for the state, when one person only of that surname held one
    states = {t.country for p in people for t in p.terms if t.overlaps(earliest, latest)}
    if not states:
        held = [{index.kb.split_code(c.code)[0] for c in p.codes if (c.start or c.end) and _acting(c, index.kb)
                 and _code_overlaps(c, earliest, latest)} for p in people]
        held = [h for h in held if h]
        states = held[0] if len(held) == 1 else set()
    named = {index.state(m) for m in index.mentions} - {None}
    states = {s for s in states if s and index.kb._is_state(s)}
    return states.pop() if len(states) == 1 and states <= named else None


def _acting(code, kb: KnowledgeBase) -> bool:  # noqa: ANN001 - a kb.CameoCode
    """Whether a Phoenix code's sector acts for its state (GOV, MIL, ...: ``cameo_sectors.tsv``)."""
    info = kb.sectors.get(kb.split_code(code.code)[1] or "")
    return bool(info and info.state)


def _code_overlaps(code, earliest: str, latest: str) -> bool:  # noqa: ANN001 - a kb.CameoCode
    """Whether a dated Phoenix code shares a day with ``earliest``..``latest`` (ISO days)."""
    from chronica.actors.kb import _pad
    return (code.end is None or _pad(earliest) <= _pad(code.end)) and \
        (code.start is None or _pad(code.start) <= _pad(latest))


def owner_token(doc: Doc, owner: ActorMention) -> int:
    """The index of the token at which ``owner`` starts."""
    span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    return span.start if span is not None else -1


#: heads of the name of a state's own armed unit ("the 9th Airborne Brigade", "the Royal Navy"):
#: no owner of its own in an agent's "of" phrase
UNIT_NOUNS = frozenset({"brigade", "division", "regiment", "battalion", "corps", "army", "navy", "force", "fleet",
                        "guard", "command", "squadron", "company", "legion", "publique"})


def _acronym(tok: Token) -> bool:
    """A proper noun written in capitals ("INTERFET", "UNOMIL") that spaCy gave no entity label."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and len(tok.text) >= 3 and tok.text.isalpha() and tok.text.isupper()


def _of_owner(tok: Token, index: _Index) -> ActorMention | None:
    """Rule ``owner_in_the_of_phrase`` (4.): an organisation named in the agent's "of" phrase owns
    it as a modifier would ("the first troops of MERCOSUR landed at Sucre", "fighters of the
    Liberation Front"): the place its sentence names says where it acted, not whose it is. A
    state's, or a state organ's, "of" phrase ("troops of the Republic") is rule 3's."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for c in prep.children:
            if c.dep_ != "pobj" or not (c.ent_type_ == "ORG" or _acronym(c)) or c.lemma_.lower() in UNIT_NOUNS \
                    or c.lemma_.lower() in state_body_heads(index.kb):
                continue  # "paratroopers of the 50th Airborne Brigade": a state's own unit, rule 4's
            m = index.at.get(c.i)
            if m is not None and (index.state(m, strict=False) or m.kind in _STATEISH):
                return None
            if m is not None:
                return m
            return ActorMention(c.idx, c.idx + len(c), c.text, None, "organisation", c.text, False, None,
                                "unresolved", None, c.ent_type_)
    return None


def _predicate_of(tok: Token) -> Token | None:
    """The predicate ``tok`` is the subject (or passive agent) of, through conjuncts and appositions."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None


def _counterpart_only(tok: Token, state: str, lo: int, hi: int, index: _Index) -> bool:
    """4. Every mention of ``state`` in the sentence (``lo``-``hi``) lies in another argument of the
    predicate ``tok`` is the subject of ("the regime used gas against the *Iranian* fighters",
    "militants abducted six *Kenyan* teachers", "a commander was killed in a *US* drone strike"):
    the state is the one acted on or with, not the doer's. Not when the state is named as a place
    ("police arrested protesters in Nairobi", "troops were deployed in Kenya": where the act
    happens says whose agent acts there)."""
    pred = _predicate_of(tok)
    if pred is None:
        return False
    own = {t.i for t in tok.subtree}
    under = {t.i for t in pred.subtree} - own
    named = [m for m in index.mentions if lo <= m.start and m.end <= hi and index.state(m, strict=False) == state]
    if not named or any(index.is_place(m) for m in named):
        return False
    spans = [index.doc.char_span(m.start, m.end, alignment_mode="expand") for m in named]
    return all(s is not None and s.start in under for s in spans)


def _context_state(tok: Token, index: _Index, counterpart: bool = True) -> list[str]:
    """4. The only state its sentence names, else the only one its paragraph names, else the
    state its document is about (:func:`_document_state`) when the paragraph names none; none
    when the sentence's one state is the counterpart of the agent's act (:func:`_counterpart_only`),
    unless ``counterpart`` is False (rebels and the opposition act against their own state: "rebels
    attacked N'Djamena" are Chad's). A place named in the sentence only as the place of another
    clause's act (:func:`_elsewhere`) names no state here, in the sentence or its paragraph."""
    lo0, hi0 = index.sent_chars[index.sentence(tok.i)]
    away = {id(m) for m in index.mentions if lo0 <= m.start and m.end <= hi0 and _elsewhere(m, tok, index)}
    for level, (lo, hi) in enumerate(((lo0, hi0), index.paragraph(tok.idx))):
        states = {index.state(m, strict=False) for m in index.mentions
                  if lo <= m.start and m.end <= hi and id(m) not in away}
        states.discard(None)
        if len(states) == 1:
            state = states.pop()
            if level == 0 and counterpart and _counterpart_only(tok, state, lo, hi, index):
                return []
            return [state]
        if len(states) > 1:
            return []
    state = _document_state(index)
    return [state] if state else []


def _elsewhere(m: ActorMention, tok: Token, index: _Index) -> bool:
    """4. ``m`` is said only as the place (:meth:`_Index.is_place`) of an act of another clause
    than the agent's ``tok`` (their nearest verbs differ): "the two countries signed the
    declaration in Brasilia, agreeing to the separation of forces", "there were handshakes in
    Addis Ababa, but arrests of traders": the city (or country) is where that other act happened
    (its venue), which says nothing of whose the agent is - a seat of government as much as any
    other place, so that one left out does not leave another clause's place alone in the
    sentence ("the killing of thirteen soldiers ... left hundreds dead in Colombo and sent
    thousands to camps in Tamil Nadu"). In the agent's own clause it does ("police arrested
    protesters in Nairobi")."""
    if not index.is_place(m):
        return False
    span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and _clause_verb(span.root).i != _clause_verb(tok).i


#: dependency labels of a clause that modifies a noun ("demonstrators camped outside the army
#: headquarters", "the pogrom that followed ..."): it belongs to the clause of that noun
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in: the nearest verb at or above it, through the
    clauses that modify a noun (:data:`_NOUN_CLAUSES`); the root when none is."""
    while tok.head.i != tok.i and (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in _NOUN_CLAUSES):
        tok = tok.head
    return tok


#: a document is about one state when that state has at least this share of its state mentions,
#: and at least :data:`DOCUMENT_STATE_MIN` of them ("the army" in a history of Greece that names
#: Turkey once: Greece's army; in a Greek-Turkish chronicle: nobody's in particular)
DOCUMENT_STATE_SHARE = 0.75
DOCUMENT_STATE_MIN = 3
#: a document is about a pair of states when the two it names most have more than this share of
#: its state mentions (each at least :data:`DOCUMENT_STATE_MIN`)
DOCUMENT_PAIR_SHARE = 0.5


def _document_state(index: _Index) -> str | None:
    """The state a document is about, when one state clearly dominates its mentions."""
    counts: dict[str, int] = {}
    for m in index.mentions:
        state = index.state(m, strict=False)
        if state is not None:
            counts[state] = counts.get(state, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    return best if counts[best] >= DOCUMENT_STATE_MIN and counts[best] / total >= DOCUMENT_STATE_SHARE else None
