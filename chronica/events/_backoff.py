"""The type back-off: a PLOVER type for a dated happening no trigger codes, by its nearest phrases.

A dated predicate with a named doer that neither the ontology nor PETRARCH2's verb dictionary
codes is kept as a happening of no type (OTHER, ``extract._dated_predicates``): "Ecuador
suspended the demarcation in 1948", "troops were massing on both sides in August 1998". Many of
these say an act the PLOVER codebook has a type for, in words the dictionary's patterns do not
list. This module compares the predicate's phrase - its verb with particle, object and (for a
common-noun subject such as "troops") its subject - with the phrases of the field's own
resources (``data/type_prototypes.tsv``, ``scripts/derive_type_prototypes.py``): the CAMEO verb
dictionary's verbs and phrase patterns, the CAMEO -> PLOVER table's code descriptions and the
codebook's definitions and mode tables, each coded with its PLOVER type, or with none (a null
pattern, a statement or appeal). Both sides are embedded with the MiniLM model the merge uses
(``chronica.chronicle.embeddings``); the ``K`` nearest phrases vote with their similarity.

The vote names a type only when it is sure (:func:`classify`): the nearest phrase is at least
``MIN_SIMILARITY`` alike, the winning type holds at least ``MIN_SHARE`` of the vote, and the
winner is a type (phrases that code nothing vote too: a predicate nearest to statements and
null patterns stays OTHER). Nothing here was fitted on gold sentences; the thresholds were set
by reading what the back-off did to the development texts' happenings.

When the model or its files are missing the back-off does nothing (the happening stays OTHER).

A dated happening with no doer, told by its own noun ("diplomatic relations were restored in June
1988", "the treaty entered into force on 30 June 1978", "the first round of talks was held in
December 1981"), takes the back-off's type the same way (:func:`retype_doerless`) when that noun -
or the noun it is a round or part of - is one of the things the codebook's cooperative types are
about: relations, an accord, talks (the ontology's classes :data:`DOERLESS_CLASSES`). The phrase
is told in the active ("restore diplomatic relations"), as the dictionary's patterns are.

Public API: :func:`retype`, :func:`retype_doerless`, :func:`retype_sequel`, :func:`predicate_phrase`, :func:`classify`,
:class:`Guess`.
"""

from __future__ import annotations

import csv
import hashlib
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from chronica.actors.kb import cache_dir

PROTOTYPES_PATH = Path(__file__).with_name("data") / "type_prototypes.tsv"
BLOCKS_PATH = Path(__file__).with_name("data") / "type_prototype_blocks.tsv"
#: the nearest phrases that vote
K = 10
#: the least cosine similarity of the nearest phrase for a vote to count
MIN_SIMILARITY = 0.84
#: the least share of the vote the winning type must hold
MIN_SHARE = 0.6
#: the vote's temperature: a phrase's weight is exp((similarity - nearest's) / TEMPERATURE), so
#: the nearest phrases decide and a farther one of the opposite sense ("reestablish diplomatic
#: relations" beside "cut diplomatic relations": embeddings keep antonyms close) counts little
TEMPERATURE = 0.03
#: the fewest words the phrase must have: a verb alone is the dictionary's business
MIN_WORDS = 2
#: the class of phrases that code no event (null patterns, statements, appeals)
NONE = "-"
#: object, subject and prepositional words kept: the head noun with these modifiers
KEPT_MODIFIERS = frozenset({"compound", "amod"})
#: dependents of the verb whose words the phrase carries
PARTICLE_DEPS = frozenset({"prt"})
OBJECT_DEPS = frozenset({"dobj"})


@dataclass(frozen=True)
class Guess:
    """The back-off's type for a phrase: PLOVER type, mode (or None), the nearest phrase of that
    type, its similarity, and the type's share of the vote."""

    type: str
    mode: str | None
    nearest: str
    similarity: float
    share: float


def _table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")),
                                   delimiter="\t", quoting=csv.QUOTE_NONE))


def _rows() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(phrase, type, mode, verbs) of the prototype phrases of two words or more but the
    dictionary's verbs themselves ("walk out" alone is the verb's own code, which the back-off
    is not asked about); ``verbs``: the phrase's
    verb and its block's synonyms, which the phrase pattern codes alike."""
    blocks = {row["block"]: tuple(row["verbs"].split("|")) for row in _table(BLOCKS_PATH)}
    out = []
    for row in _table(PROTOTYPES_PATH):
        if len(row["phrase"].split()) >= MIN_WORDS and row["origin"] != "petrarch2-verb":
            verbs = tuple(dict.fromkeys((row["verb"], *blocks.get(row["block"], ()))))
            out.append((row["phrase"], row["type"], row["mode"], verbs))
    return out


class _Prototypes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = False
        self.rows: list[tuple[str, str, str, tuple[str, ...]]] = []
        self.matrix: np.ndarray | None = None
        self.verbs: list[str] = []  # every verb of a row
        self.verb_matrix: np.ndarray | None = None  # their vectors
        self.verbs_of: list[np.ndarray] = []  # per row, the indices of its verbs
        self.groups: dict[tuple[int, ...], list[int]] = {}  # rows by their verbs' indices
        self.embedder = None

    def load(self) -> bool:
        if self._loaded:
            return self.matrix is not None
        with self._lock:
            if self._loaded:
                return self.matrix is not None
            try:
                from chronica.chronicle.embeddings import default_embedder

                embedder = default_embedder().sharing_model()
                if embedder.backend != "minilm":
                    raise RuntimeError("no MiniLM model")
                rows = _rows()
                verbs = sorted({v for r in rows for v in r[3]})
                of_verb = {v: i for i, v in enumerate(verbs)}
                self.verb_matrix = _cached_matrix(verbs, embedder)
                for n, r in enumerate(rows):
                    self.groups.setdefault(tuple(of_verb[v] for v in r[3]), []).append(n)
                self.verbs = verbs
                self.matrix = _cached_matrix([r[0] for r in rows], embedder)
                self.rows, self.embedder = rows, embedder
            except Exception:  # noqa: BLE001 - no model, no back-off: the happening stays OTHER
                self.matrix = None
            self._loaded = True
        return self.matrix is not None


def _cached_matrix(texts: list[str], embedder) -> np.ndarray:  # noqa: ANN001 - an Embedder
    """The phrases' vectors, kept on disk (float16) under the cache directory by a digest of the
    phrases and the model: embedding them takes half a minute of one core."""
    digest = hashlib.blake2b("\n".join(texts).encode(), digest_size=12).hexdigest()
    base = cache_dir()  # the user's cache of Chronica, as the actor KB's (CHRONICA_CACHE_DIR; "off": none)
    if base is None:
        return np.asarray(embedder.encode(texts), dtype=np.float32)
    path = base / f"type_prototypes-{digest}.npy"
    try:
        matrix = np.load(path)
        if matrix.shape[0] == len(texts):
            return matrix.astype(np.float32)
    except (OSError, ValueError):
        pass
    matrix = np.asarray(embedder.encode(texts), dtype=np.float32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, matrix.astype(np.float16))
        os.replace(tmp, path)
    except OSError:
        pass
    return matrix


_PROTOTYPES = _Prototypes()


def _noun_words(tok: Token) -> list[Token]:
    """A noun with its compound and adjective modifiers ("diplomatic relations", "border
    treaty"), less names and figures: the kind of thing, not which one. A name's kind word
    stands for the name (:func:`name_kind`): "the Treaty of Ostland" -> "treaty"."""
    if tok.pos_ == "PROPN":
        kind = name_kind(tok)
        return [kind] if kind is not None else []
    words = [c for c in tok.children if c.dep_ in KEPT_MODIFIERS and c.i < tok.i] + [tok]
    return [t for t in words if t.pos_ in ("NOUN", "ADJ", "VERB") and not t.ent_type_ in ("DATE", "TIME", "CARDINAL")]


#: the entity kinds of names that tell who or where, not what kind of thing: no kind word
NAMED_WHO = frozenset({"PERSON", "NORP", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                       "QUANTITY"})


@lru_cache(maxsize=1)
def _kind_vocabulary() -> frozenset[str]:
    """The common nouns a name's word may be read as: the words of the prototype phrases (the
    dictionaries' and the codebook's own) and the ontology's noun classes."""
    from chronica.events.ontology import load_ontology

    words = {w for row in _rows() for w in row[0].lower().split()}
    for members in load_ontology().classes.values():
        words |= {m for m in members if " " not in m}
    return frozenset(words)


def name_kind(tok: Token) -> Token | None:
    """The word of a name that says what kind of thing it names, read as a common noun: the name's
    rightmost word (its head and the compound words before it) that the field's vocabulary has
    (:func:`_kind_vocabulary`): "the Treaty of Ostland" -> Treaty, "Operation Falcon" -> Operation,
    "the Union of Northern States" -> Union, "the Ostland Accord" -> Accord. None for a name of
    a person, people or place (:data:`NAMED_WHO`) or one with no such word ("Falcon"), nor an acronym."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NAMED_WHO:
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"] + [tok]
    vocabulary = _kind_vocabulary()
    # an acronym ("UN") or a word in capitals (a speaker's name heading a transcript line) is no kind word
    return next((t for t in reversed(words) if not t.is_upper and (
        t.lower_ in vocabulary or t.lemma_.lower() in vocabulary)), None)


#: object pronouns the phrase tells by their antecedent (:func:`antecedent`), with the number
#: (the fine tags) the antecedent must have
OBJECT_PRONOUNS = {"them": frozenset({"NNS", "NNPS"}), "it": frozenset({"NN", "NNP"})}
#: the roles of the nouns a pronoun object may take up: a clause's subject or object, or a
#: preposition's object ("lobbied for the sanctions on X. The Council lifted them.")
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def antecedent(pronoun: Token) -> Token | None:
    """The noun an object pronoun ("them", "it") takes up: the nearest noun or name before it, in
    its sentence or the one before, that is a subject, object or prepositional object of its own
    clause and agrees in number ("Chile and Peru broke off diplomatic ties in 1979 and restored
    them in 1985": ties; "normal relations returned only after Ruiz took office; the two states
    restored them": relations - "office" is singular). The pronoun's own verb's subject is no antecedent, nor a
    date. None when no noun fits or the pronoun is no object pronoun; a name found is returned as
    it is (the caller, who wants a common noun, then tells nothing)."""
    tags = OBJECT_PRONOUNS.get(pronoun.lower_)
    if tags is None:
        return None
    doc, sent = pronoun.doc, pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own = {c.i for c in pronoun.head.children}
    for tok in reversed(doc[start:pronoun.i]):
        if tok.i in own or tok.dep_ not in ANTECEDENT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
            continue
        if tok.tag_ in tags:
            return tok
    return None


def predicate_phrase(verb: Token) -> str:
    """The predicate's phrase the back-off compares: a common-noun subject ("troops"), the verb
    as written, its particle, its object's noun ("tore up the 1975 agreement" -> "tore up
    agreement") or, with no object, its first preposition's ("massing on both sides" -> "massing
    on sides"), and an infinitive complement ("voted to dissolve itself" -> "voted to dissolve")."""
    words: list[Token] = []
    taken_up: set[int] = set()  # the words of a pronoun object's antecedent, told after the verb
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and not c.ent_type_:
            words += _noun_words(c)
    words.append(verb)
    words += [c for c in verb.children if c.dep_ in PARTICLE_DEPS]
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and (
        c.pos_ == "NOUN" or name_kind(c) is not None)]  # "launched Operation Falcon": launch operation
    if not objects and verb.dep_ == "acl" and not any(c.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"} for c in verb.children) and (
            verb.tag_ == "VBN" and (verb.head.pos_ == "NOUN" or name_kind(verb.head) is not None)):
        objects = [verb.head]  # "the Treaty of Ostland, signed in 1901 by X": what was signed
    if not objects:
        told = next((a for c in verb.children if c.dep_ in OBJECT_DEPS and c.lower_ in OBJECT_PRONOUNS
                     for a in [antecedent(c)] if a is not None and a.pos_ == "NOUN"), None)
        objects = [told] if told is not None else []  # "broke off diplomatic ties and restored them"
        taken_up = {w.i for w in _noun_words(told)} if told is not None else set()
    if not objects and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(
            c.dep_ in OBJECT_DEPS | {"nsubjpass"} and c.pos_ != "PRON" for c in verb.children) and any(
            c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        objects = [verb.head]  # "the agreement that Saddam tore up": the noun the clause describes
    for o in objects[:1]:
        words += _noun_words(o)
    comps = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for x in comps[:1]:
        words += [c for c in x.children if c.dep_ == "aux" and c.lower_ == "to"] + [x]
        words += [c for c in x.children if c.dep_ in PARTICLE_DEPS]
        words += [w for o in x.children if o.dep_ in OBJECT_DEPS and o.pos_ == "NOUN" for w in _noun_words(o)][:3]
    if not objects and not comps:
        for p in verb.children:
            if p.dep_ == "prep" and p.i > verb.i:
                nouns = [w for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for w in _noun_words(o)]
                if nouns:
                    words += [p] + nouns
                    break
    seen: set[int] = set()
    out = []
    # the antecedent's words stand where the pronoun stood, after the verb and its particle
    for t in sorted(words, key=lambda t: (verb.i + 0.5, t.i) if t.i in taken_up else (t.i, 0)):
        if t.i not in seen:
            seen.add(t.i)
            out.append(t.lemma_.lower() if t.i == verb.i else t.lower_)
    return " ".join(out)


def verb_words(verb: Token) -> str:
    """The verb's lemma with its particle ("tear up")."""
    return " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS])


def dictionary_silent(verb: Token, dictionary) -> bool:  # noqa: ANN001 - a VerbDictionary
    """True when PETRARCH2's verb dictionary gives the verb no code in its clause: it lacks the
    verb, the verb has no code of its own and no pattern of its block matches the clause
    ("scrapped the agreement": "scrap" codes only "* TROOP WITHDRAWAL &TREATY" and the like), or
    the verb is a phrase verb the dictionary does not list ("tear up" is not "tear", hurt)."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    if particles:
        phrase = " ".join([lemma] + particles)
        if phrase not in dictionary.verbs:
            return True
        lemma = phrase
    if lemma not in dictionary.verbs:
        return True
    block, cameo = dictionary.verbs[lemma]
    # no own code, and none of its block's patterns (a coded one or a null one) matches the clause
    return dictionary.own_code(lemma, cameo) is None and dictionary.block_match(verb, block) is None


def classify(phrase: str, verb: str) -> Guess | None:
    """The PLOVER type the phrase's nearest prototype phrases agree on, or None (no model, no
    phrase near enough, no clear winner, or a winner that codes nothing). ``verb``: the
    predicate's verb with its particle ("tear up")."""
    if not phrase or len(phrase.split()) < MIN_WORDS or phrase == verb or not _PROTOTYPES.load():
        return None
    return _vote(_similarities(phrase, verb))


def _similarities(phrase: str, verb: str) -> np.ndarray:
    """Each prototype's likeness to the predicate: the mean of the phrases' cosine and of their
    verbs' (embeddings keep "cut diplomatic relations" and "restore diplomatic relations" close
    by their shared words; the verbs tell them apart)."""
    vectors = _PROTOTYPES.embedder.encode([phrase, verb or phrase.split()[0]])
    verb_sims = _PROTOTYPES.verb_matrix @ vectors[1]
    of_row = np.empty(len(_PROTOTYPES.rows), dtype=np.float32)
    for idx, rows in _PROTOTYPES.groups.items():
        of_row[rows] = verb_sims[list(idx)].max()  # the nearest verb of the phrase's synonym set
    return (_PROTOTYPES.matrix @ vectors[0] + of_row) / 2


def nearest(phrase: str, verb: str, n: int = K) -> list[tuple[str, str, str, str, float]]:
    """The ``n`` nearest prototype phrases (phrase, type, mode, verb, likeness): for diagnosis."""
    if not phrase or not _PROTOTYPES.load():
        return []
    sims = _similarities(phrase, verb)
    top = np.argsort(-sims)[:n]
    return [(*_PROTOTYPES.rows[i], float(sims[i])) for i in top]


def _vote(sims: np.ndarray) -> Guess | None:
    rows = _PROTOTYPES.rows
    top = np.argsort(-sims)[:K]
    if sims[top[0]] < MIN_SIMILARITY:
        return None
    weight: dict[str, float] = {}
    for i in top:
        weight[rows[i][1]] = weight.get(rows[i][1], 0.0) + float(np.exp((sims[i] - sims[top[0]]) / TEMPERATURE))
    best = max(weight, key=weight.get)
    share = weight[best] / sum(weight.values())
    if best == NONE or share < MIN_SHARE:
        return None
    first = next(i for i in top if rows[i][1] == best)
    mode = rows[first][2]
    return Guess(best, None if mode == NONE else mode, rows[first][0], float(sims[first]), share)


def agrees(etype: str, verb: Token) -> bool:
    """Whether the predicate's nearest prototype phrases vote for ``etype`` (a PLOVER type) with at
    least ``MIN_SHARE`` of the vote: a second opinion on a dictionary code kept with no recipient
    named (``extract._one_sided``), where the dictionary's own word is the first, so no least
    similarity is asked. "recall ambassador", "sever diplomatic relations", "broker ceasefire"
    agree with their codes; "release" (a video), "split into states", "throw case out" do not.
    False with no model or a one-word phrase."""
    phrase = predicate_phrase(verb)
    if not phrase or len(phrase.split()) < MIN_WORDS or not _PROTOTYPES.load():
        return False
    sims = _similarities(phrase, verb_words(verb))
    top = np.argsort(-sims)[:K]
    weight: dict[str, float] = {}
    for i in top:
        kind = _PROTOTYPES.rows[i][1]
        weight[kind] = weight.get(kind, 0.0) + float(np.exp((sims[i] - sims[top[0]]) / TEMPERATURE))
    return max(weight, key=weight.get) == etype and weight[etype] / sum(weight.values()) >= MIN_SHARE


#: the name the back-off leaves in an event's ``checks``
CHECK = "type_backoff"
#: the ontology's classes of the nouns whose doerless happening the back-off may type: relations
#: restored or cut, accords signed or entering into force, talks held
DOERLESS_CLASSES = ("RELATIONS", "ACCORD", "TALKS")


#: the ontology's classes of the nouns whose doerless happening told by a verb of taking place or
#: effect ("the ceasefire came into force on 20 August 1988", "a truce followed in May") is the act
#: the codebook names for the thing coming about, with its mode: a ceasefire in force is one
#: implemented (PLOVER RETREAT ceasefire, "Implement ceasefire"; a ceasefire declared or agreed
#: is CONCEDE or AGREE, told by the verbs of declaring, not these)
IMPLEMENTED = {"CEASEFIRE": ("RETREAT", "ceasefire")}
#: the verbs of taking place or effect (``extract.OCCURRENCE_VERBS``, active) that tell it
TAKING_EFFECT = frozenset({"come", "enter", "go", "take", "follow", "begin", "start", "commence", "happen",
                           "occur", "hold"})


def implemented(verb: Token, ontology) -> tuple[str, str] | None:  # noqa: ANN001 - an Ontology
    """The (type, mode) of a doerless happening whose noun names a thing the codebook types by its
    coming about (:data:`IMPLEMENTED`), told by an active verb of taking place or effect; None
    otherwise ("a ceasefire was declared": a passive of an act, no implementation)."""
    if verb.lemma_.lower() not in TAKING_EFFECT or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    for name, coding in IMPLEMENTED.items():
        if _keys(subject) & ontology.classes.get(name, frozenset()):
            return coding
    return None


#: the verbs that tell a thing only as coming after another ("a border convention followed in June",
#: "full diplomatic relations followed on 12 July"): its coming about, no act of their own
SEQUEL_VERBS = frozenset({"follow"})
#: the act the codebook names for the coming about of a thing of the ontology's classes of
#: :data:`DOERLESS_CLASSES`, told by a verb of sequel: an accord concluded (PLOVER SUPPORT, "ratify,
#: sign, or finalize an agreement or treaty"), relations established (SUPPORT, "initiation of
#: diplomatic ties"), talks held (CONSULT, "holding talks")
CAME_ABOUT = {"ACCORD": "SUPPORT", "RELATIONS": "SUPPORT", "TALKS": "CONSULT"}


def came_about(verb: Token, ontology) -> str | None:  # noqa: ANN001 - an Ontology
    """The PLOVER type of a doerless happening whose noun (or the noun it is a round or part of:
    :func:`happening_noun`) names an accord, relations or talks told by an active verb of sequel
    (:data:`SEQUEL_VERBS`): "a fisheries convention followed in 1961" is the convention concluded
    then, SUPPORT, as "X and Y concluded a convention" is; the verb's own phrase ("follow
    convention") is near no phrase of the dictionaries. None otherwise."""
    if verb.lemma_.lower() not in SEQUEL_VERBS or any(c.dep_ in ("auxpass", "neg", "dobj") for c in verb.children):
        return None
    return _noun_type(verb, ontology, CAME_ABOUT)


def _noun_type(verb: Token, ontology, table: dict[str, str]) -> str | None:  # noqa: ANN001 - an Ontology
    """The type ``table`` gives the ontology class of the happening's noun (:func:`happening_noun`: the
    noun, or the noun it is a round or part of; a name by its kind), None when no class of it is there."""
    found = happening_noun(verb, ontology)
    if found is None:
        return None
    noun = found[1] if found[1] is not None else found[0]
    kinds = _keys(name_kind(noun) or noun) if noun.pos_ == "PROPN" else _keys(noun)
    return next((etype for name, etype in table.items() if kinds & ontology.classes.get(name, frozenset())), None)


#: the ontology's classes of the nouns whose coming into force or effect is the act the codebook names
#: for it: an accord in force is one finalized (PLOVER SUPPORT, "ratify, sign, or finalize an agreement or
#: treaty"); a ceasefire's is told by :data:`IMPLEMENTED`; a law, a constitution or a federation in force
#: is no act between parties (no type)
IN_FORCE = {"ACCORD": "SUPPORT"}


def in_force(verb: Token, ontology) -> str | None:  # noqa: ANN001 - an Ontology
    """The PLOVER type of a doerless happening whose noun - or the thing a subject "it" stands for
    (``extract._it_taken_up``) - names an accord told to come into force or effect by an active verb
    of coming into effect (``extract.OCCURRENCE_VERBS``: "come/enter/go into force", "take effect"):
    "the Ostland-Westmark agreement came into force in 1987", "It entered into force on 3 May 1962"
    (the treaty of the sentence before) are the accord finalized, SUPPORT, whatever the nearest
    phrases of "enter into force agreement" say. None otherwise (a law or a constitution in force)."""
    from chronica.events.extract import OCCURRENCE_VERBS

    effects = OCCURRENCE_VERBS.get(verb.lemma_.lower())
    if not isinstance(effects, frozenset) or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return None
    told = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    if not any(o.lemma_.lower() in effects and o.lemma_.lower() in ("force", "effect") for o in told):
        return None
    return _noun_type(verb, ontology, IN_FORCE)


def retype_sequel(event, verb: Token, ontology, doerless: bool = False) -> bool:  # noqa: ANN001 - EventMention, Ontology
    """Give a dated happening of no type (OTHER) told by a verb of sequel, its noun an accord,
    relations or talks, the type of that thing's coming about (:func:`came_about`): "a fisheries
    convention followed in 1962", "the Ostland Agreement followed on 21 October" (a named accord told
    as a thing, no doer) are SUPPORT. A predicate with a doer is no sequel of a thing; ``doerless``:
    the happening is told by its noun (``retype_doerless``), and the parties it carries are the
    ones the extractor gave it (the document's two states whose relations followed), no doer of the
    verb. True when the type changed."""
    if event.type != "OTHER" or (event.actors("source") and not doerless):
        return False
    sequel = came_about(verb, ontology)
    if sequel is None or sequel not in ontology.types:
        return False
    _take_type(event, ontology.types[sequel], Guess(sequel, None, verb.lemma_.lower(), 1.0, 1.0))
    return True


def happening_noun(verb: Token, ontology) -> tuple[Token, Token | None] | None:  # noqa: ANN001 - an Ontology
    """The common-noun subject of a doerless happening's verb and, when the noun itself is not of
    :data:`DOERLESS_CLASSES`, its "of" complement that is ("the first round of talks": round,
    talks); None when neither names relations, an accord or talks."""
    nouns: set[str] = set()
    for name in DOERLESS_CLASSES:
        nouns |= set(ontology.classes.get(name, ()))
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON":
        from chronica.events.extract import _it_taken_up

        subject = _it_taken_up(subject)  # "It entered into force": the accord of the sentence before
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subject = verb.head  # "the Treaty of Ostland, signed in 1901": the thing the participle tells
    if subject is not None and subject.pos_ == "PROPN":
        kind = name_kind(subject)  # a named accord or round of talks: "the Ostland Accord was signed"
        return (subject, None) if kind is not None and _keys(kind) & nouns else None
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    if _keys(subject) & nouns:
        return subject, None
    of = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and _keys(p) & nouns), None)
    return (subject, of) if of is not None else None


def _keys(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def doerless_phrase(verb: Token, subject: Token, of: Token | None = None) -> str:
    """The doerless happening told in the active, as the dictionary's phrases are: the verb with its
    particle, the noun with its modifiers and its "of" complement ("diplomatic relations were
    restored" -> "restore diplomatic relations", "the first round of official talks was held" ->
    "hold round of official talks"), or, for a verb of coming into effect with no object, its first
    preposition's noun ("the treaty entered into force" -> "enter into force treaty")."""
    words = [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    if not any(c.dep_ in PARTICLE_DEPS | OBJECT_DEPS for c in verb.children):
        for p in verb.children:
            if p.dep_ == "prep" and p.i > verb.i:
                nouns = [w.lower_ for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for w in _noun_words(o)]
                if nouns:
                    words += [p.lower_] + nouns
                    break
    words += [t.lower_ for t in _noun_words(subject) if t.pos_ != "ADJ" or t.dep_ != "amod" or not _ordinal(t)]
    if of is not None:
        words += ["of"] + [t.lower_ for t in _noun_words(of)]
    return " ".join(words)


def _ordinal(tok: Token) -> bool:
    """"first", "61st", "earlier": which one of a series, not what kind."""
    return tok.ent_type_ == "ORDINAL" or tok.tag_ in ("JJR", "JJS")


def retype_doerless(event, verb: Token, ontology) -> bool:  # noqa: ANN001 - EventMention, Ontology
    """Give a dated happening of no type (OTHER) and no doer in its clause, told by its own noun as the subject of
    ``verb`` (``extract._occurrence``, ``extract._acted_on_passive``), the PLOVER type the back-off's
    nearest phrases agree on for the act told in the active (:func:`doerless_phrase`), when the noun
    names relations, an accord or talks (:func:`happening_noun`): "diplomatic relations were
    restored in June 1988" is SUPPORT as "X restored diplomatic relations" is; "the first round of
    talks was held in December 1981" is CONSULT. The event keeps its date, modality, summary and
    participants (the pair of states whose relations they are, when the extractor gave them:
    "relations were restored" of the document's two states); ``checks`` names the back-off. True
    when the type changed."""
    if event.type != "OTHER" or any(c.dep_ == "neg" for c in verb.children):
        return False
    coding = implemented(verb, ontology)
    if coding is not None and coding[0] in ontology.types:
        _take_type(event, ontology.types[coding[0]], Guess(coding[0], coding[1], verb.lemma_.lower(), 1.0, 1.0))
        return True
    if retype_sequel(event, verb, ontology, doerless=True):
        return True
    effect = in_force(verb, ontology)
    if effect is not None and effect in ontology.types:
        _take_type(event, ontology.types[effect], Guess(effect, None, verb.lemma_.lower(), 1.0, 1.0))
        return True
    found = happening_noun(verb, ontology)
    if found is None:
        return False
    guess = classify(doerless_phrase(verb, *found), verb_words(verb))
    if guess is None or guess.type not in ontology.types:
        return False
    etype = ontology.types[guess.type]
    _take_type(event, etype, guess)
    return True


def _take_type(event, etype, guess: Guess) -> None:  # noqa: ANN001 - EventMention, EventType
    """The event takes the back-off's type: its code, the guessed mode when the type has it, that
    mode's score, the type's form; no subtype; ``checks`` names the back-off."""
    mode = guess.mode if guess.mode in etype.modes else None
    event.type, event.mode, event.intensity = etype.code, mode, float(etype.score_of(mode))
    event.form = etype.form or etype.code
    event.subtype = None
    event.checks.append(CHECK)


def retype(event, verb: Token, dictionary, ontology, passes=None) -> bool:  # noqa: ANN001 - EventMention, VerbDictionary, Ontology
    """Give a dated happening of no type (OTHER) told by ``verb`` with a doer named the PLOVER type
    its nearest prototype phrases agree on, when the verb dictionary gives the verb no code of its
    own (:func:`dictionary_silent`). The event keeps its participants, date, modality and summary;
    its type, mode, score and form become the type's, its CAMEO code stays None (no dictionary
    coded it) and ``checks`` names the back-off. ``passes(form)``, when given, is asked whether the
    happening's arguments pass the checks of the new type's form, as a dictionary code of that type
    would have to ("President X signed the budget law": one signer, no SUPPORT). True when the type
    changed."""
    if event.type != "OTHER" or not event.actors("source") or not dictionary_silent(verb, dictionary):
        return False
    guess = classify(predicate_phrase(verb), verb_words(verb))
    if guess is None or guess.type not in ontology.types:
        return False
    etype = ontology.types[guess.type]
    if passes is not None and not passes(etype.form or etype.code):
        return False
    _take_type(event, etype, guess)
    return True
