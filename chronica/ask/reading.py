"""Answers read from the sentences themselves, when no event of the chronicle fits the question.

Public API: :class:`Reader` (``read(question)`` -> list of :class:`Reading`; ``passages`` for
what-questions), :func:`related`,
:func:`may_hold`, :func:`choose_date`, :data:`LIGHT_VERBS`.

The chronicle is asked first (:mod:`chronica.ask.answer`); its events miss what the events stage
did not code or coded with another participant list ("Argentine forces invaded and occupied the
islands": the invasion has no target, the occupation has). The reader then goes back to the
sentences, as a person would with the search box:

1. candidates: the sentences hybrid search finds for the question (:data:`CANDIDATES` of them);
2. a candidate *states* the question when it names every actor of the question (by the actor ids
   the build resolved in it, the state an armed force or official belongs to, or the name as
   written) and holds the question's predicate: the same word or one of its family ("invade",
   "invasion"; "independent", "independence": :func:`related`); a predicate-less question ("when
   was the peacekeeping force set up") needs most of its content words instead;
3. the candidate is parsed by the build's pipeline (tagger, parser) and read at the predicate:
   negated or not, the time expression the build tagged nearest to it in the parse, the names in
   the role the question asks for (the doer when the question word is the subject, the one done
   to when it is the object).

Nothing is read from a sentence that does not state the question: no answer beats a wrong one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from chronica.ask.question import (
    OBJECT_DEPS,
    TIME_CONNECTIVES,
    catch_all,
    WH_WORDS,
    Question,
    QuestionActor,
    asked_phrase,
    irregular_lemmas,
    parse_plain,
)
from chronica.ask.parts import figures, figures_clash
from chronica.chronicle import dates
from chronica.events._lexicon import DEAL_NOUNS
from chronica.events.model import OTHER, SOURCE, TARGET, EventMention
from chronica.events.ontology import load_ontology
from chronica.search import SearchHit, SentenceIndex
from chronica.store import search as store_search
from chronica.store.db import Store
from chronica.store.search import SentenceMarks, SentenceRow

#: how many sentences search hands the reader (on the dev subjects the sentence that states the
#: answer is within the first 12 for every question that has one; 20 leaves room on larger stores)
CANDIDATES = 20
#: verbs that carry no meaning of their own: the word they take is the predicate ("get its
#: independence", "make peace", "take control", "become independent")
LIGHT_VERBS = frozenset({"be", "do", "get", "have", "make", "take", "become", "give", "happen", "occur"})
#: acts of one kind that undo each other, each side a list of the lemmas that name it: a sentence
#: that tells one side never answers a question asked of the other ("when did the borders
#: [reopen]" is not answered by "Morocco [closes] the land borders in March 2020"; words of a
#: side's family count too: "closure", "restoration", "suspension", :func:`related`)
OPPOSITE_ACTS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"open", "reopen"}), frozenset({"close", "closure", "shut"})),
    (frozenset({"impose", "introduce"}), frozenset({"lift", "rescind", "revoke"})),
    (frozenset({"suspend", "halt", "interrupt"}), frozenset({"resume"})),
    (frozenset({"break", "sever", "cut"}), frozenset({"restore", "re-establish", "reestablish"})),
)
#: a light verb and the word it takes that together say only that something happened
HAPPEN_PHRASES = frozenset({("take", "place")})
#: two words of one family share their first letters: at least this many when neither is the
#: other's beginning ("independent"/"independence", "recognise"/"recognition")
STEM_MIN = 5
#: ... and differ after them by at most this many letters in the shorter word ("occupy"/"occupation")
STEM_SLACK = 3
#: a word that begins the other is of its family when it is at least this long ("sink"/"sinking")
PREFIX_MIN = 4
#: a sentence naming the question's actors without its predicate states it when it holds at least
#: this share of the question's content words (and at least one)
CONTENT_SHARE = 0.5
#: a what-question's passage (:meth:`Reader.passages`) holds at least this share of its content words
PASSAGE_SHARE = 0.5
#: a sentence without the predicate's word states the question (read only when none with it does)
#: when it holds this share of its other content words, and the question has at least so many
CONTENT_ALL = 0.75
CONTENT_LEAST = 3
#: the most links between the predicate and a time expression for the time to be the predicate's
#: ("Turkey invaded the north [on July 20]": 2; a date in another clause of the sentence is farther)
TIME_REACH = 6
#: words of a title before a name, which are no name of their own ("President Juan Peron")
TITLES = frozenset({"president", "prime", "minister", "general", "king", "queen", "premier",
                    "chancellor", "secretary", "leader", "chairman", "archbishop", "colonel"})
#: how a noun or adjective predicate hangs from the verb that carries it ("was made [president]")
TAKEN_DEPS = frozenset({"oprd", "attr", "acomp", "dobj", "xcomp"})
#: dependency labels of the words a clause's doer and undergoer hang from
DOER_DEPS = frozenset({"nsubj"})
UNDERGOER_DEPS = frozenset({"nsubjpass", "dobj"})


@dataclass
class Reading:
    """One sentence that states the question, read at its predicate."""

    sentence: SentenceRow
    negated: bool
    date: str | None = None  # the TIMEX3 value of the time nearest the predicate
    date_span: tuple | None = None  # its days
    date_stated: bool = False  # the sentence writes the date itself ("July 20", not "weeks later")
    names: list[str] = field(default_factory=list)  # who-questions: the names in the asked role
    score: float = 0.0  # how much of the question it holds (predicate, content words, search rank)
    acted: bool = False  # the build coded in the sentence a dated event one of the question's actors takes part in
    loose: bool = False  # read on looser evidence (:class:`Evidence`): used only when no strict reading fits
    similarity: float = 0.0  # the MiniLM cosine of the sentence to the question (search's; 0 when unranked)
    unreal: bool = False  # the sentence tells the act as planned or possible, not done (:func:`_unreal`)
    by_modifier: bool = False  # who: the names are a noun predicate's modifier's ("a Soviet warning")
    refused: bool = False  # the act told as refused or declined, or negated above it (:func:`_denied`)
    #: the act is done to a pronoun ("Ghana never signed [it]"): what it is done to is named
    #: in the text just before the sentence (:func:`refers_back`, :meth:`Reader.before`)
    anaphoric: bool = False
    persons: list[str] = field(default_factory=list)  # who: those of ``names`` that are persons (not a state, a body)


def strict_first(readings: list[Reading]) -> list[Reading]:
    """Of ``readings`` that fit what the question asks (its time, its kind of answer), the strict
    ones (every actor named) when there are any, else all of them: the strict test is weighed
    after the answer's, so a sentence of the question's actors at another time ("signed a
    boundary treaty in May 2005") does not hide one that states the asked act where only the
    pair of its document names an actor ("Prime Minister Laar signed the agreement in July 1994")."""
    strict = [r for r in readings if not r.loose]
    return strict or readings


def related(a: str, b: str) -> bool:
    """Two lemmas of one word family: equal, one the beginning of the other ("sink"/"sinking"),
    sharing a long beginning ("independent"/"independence"), or of one single-word form of the
    ontology sharing their first three letters ("invade"/"invasion")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= PREFIX_MIN and long_.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    if common >= STEM_MIN and common >= len(short) - STEM_SLACK:
        return True
    return common >= 3 and bool(_forms(a) & _forms(b))


_ACTS: dict[str, frozenset[str]] | None = None


def _acts() -> dict[str, frozenset[str]]:
    """Lemma -> the lemmas that name the same act: the single-word triggers of a trigger group
    the ontology codes apart from its form, with a CAMEO code of its own ("mediate",
    "mediation", "broker": 045 under the meetings' 040)."""
    global _ACTS
    if _ACTS is None:
        ontology = load_ontology()
        by_code: dict[tuple[str, str], set[str]] = {}
        for pattern in ontology.patterns:
            form = ontology.forms.get(pattern.form)
            code = pattern.coding.cameo
            if len(pattern.words) != 1 or not code or form is None or code == form.cameo \
                    or pattern.coding.type != form.type:
                continue
            by_code.setdefault((pattern.form, code), set()).update(pattern.words[0])
        _ACTS = {w: frozenset(words) for words in by_code.values() for w in words}
        _ACT_CODES.update({w: (form, code) for (form, code), words in by_code.items() for w in words})
    return _ACTS


#: lemma -> (form, CAMEO code) of the act it names apart from its form (:func:`_acts`)
_ACT_CODES: dict[str, tuple[str, str]] = {}


def act_code(lemma: str, forms: Iterable[str]) -> str | None:
    """The CAMEO code of the act ``lemma`` names apart from its form ("mediate": 045) when the
    question reads it in that form (``forms``: "seize" alone, not "seize power"), else None
    ("meet" names its form's act)."""
    _acts()
    form, code = _ACT_CODES.get(lemma.lower(), (None, None))
    return code if form in set(forms) else None


def act_codes(lemma: str, types: Iterable[str]) -> frozenset[str]:
    """The CAMEO codes the ontology gives the triggers that start with ``lemma`` and code one of
    ``types`` ("sign" of SUPPORT: 057, "approve": 051, "break [off]" of SANCTION: 161): the acts
    a question's predicate may name."""
    wanted = set(types)
    return frozenset(p.coding.cameo for p in load_ontology().by_first.get(lemma.lower(), [])
                     if p.coding.cameo and p.type in wanted)


def act_family(lemma: str) -> frozenset[str]:
    """``lemma`` and the lemmas that name the same act (:func:`_acts`): a sentence that says
    "a deal brokered by Somalia" states "who mediated"."""
    return frozenset({lemma.lower()}) | _acts().get(lemma.lower(), frozenset())


#: lemma -> for each verb phrase of the ontology it starts: (the words after it, every first word
#: of the phrases of one coding with it -> the step its group names) (:func:`_phrase_acts`)
_PHRASES: dict[str, list[tuple[tuple[frozenset[str], ...], dict[str, str | None]]]] | None = None


def _phrase_acts() -> dict[str, list[tuple[tuple[frozenset[str], ...], dict[str, str | None]]]]:
    """The ontology's verb phrases grouped by the act they code: one PLOVER type, CAMEO code and
    form, and the same class of things after the verb, a class the ontology names ("sign",
    "conclude", "reach", "agree", "initial", "ratify" {ACCORD}: SUPPORT 057, form AGREE; "recall",
    "withdraw" {ENVOY}: SANCTION 161), each first word with the step its group names (the ``act``
    of the group: "initial", "ratify"; None for the act itself)."""
    global _PHRASES
    if _PHRASES is None:
        groups: dict[tuple, dict[str, str | None]] = {}
        ontology = load_ontology()
        for p in ontology.patterns:
            if len(p.words) < 2 or p.pos == "n" or not p.coding.cameo:
                continue
            key = (p.coding.type, p.coding.cameo, p.form, p.words[1:])
            for w in p.words[0]:
                groups.setdefault(key, {})[w] = getattr(p, "act", None)
        out: dict[str, list[tuple[tuple[frozenset[str], ...], dict[str, str | None]]]] = {}
        classes = set(ontology.classes.values())
        for key, members in groups.items():
            if len(members) < 2 or not all(words in classes for words in key[3]):
                continue  # a phrase of one word ("declare", "win", "lose" [war]) may tell
                # different acts of one coding; an act done to a class of things the ontology
                # names (ACCORD, ARMS, TROOPS, ENVOY, ...) is one act whatever verb tells it
            for w in members:
                out.setdefault(w, []).append((key[3], members))
        _PHRASES = out
    return _PHRASES


def _phrase_joined(token: Token) -> set[str]:
    """Lemmas joined to ``token`` (:func:`chronica.ask.question._joined`), with the noun a
    participle or relative clause hangs from ("the treaty [concluded] in 1897": the treaty)."""
    from chronica.ask.question import _joined

    out = _joined(token)
    if token.dep_ in ("acl", "relcl") and token.head is not token:
        out.add(token.head.lemma_.lower())
    return out


def same_act_phrases(token: Token) -> list[tuple[frozenset[str], tuple[frozenset[str], ...]]]:
    """The other verbs that tell the act the question's predicate ``token`` tells with its object,
    as the ontology codes them: the first words of the verb phrases of one coding and object class
    (:func:`_phrase_acts`) whose phrase the question writes ("[signed] the treaty": "concluded",
    "reached", "agreed" an accord, SUPPORT 057), of the same step only ("initialled", "ratified"
    the treaty are steps of their own: :func:`other_step`) -- each with the words a sentence's verb
    must be joined to (the phrase's object class). Empty when the predicate is in no such phrase."""
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return []
    lemma = token.lemma_.lower()
    joined = _phrase_joined(token)
    out = []
    for tail, members in _phrase_acts().get(lemma, []):
        if not all(words & joined for words in tail):
            continue
        step = members[lemma]
        kin = frozenset(w for w, s in members.items() if s == step and w != lemma)
        if kin:
            out.append((kin, tail))
    return out


def states_by_phrase(token: Token, phrases: list[tuple[frozenset[str], tuple[frozenset[str], ...]]]) -> bool:
    """``token`` (a sentence's verb) tells the question's act in one of its other words
    (:func:`same_act_phrases`): its lemma is one of them and it is joined to the phrase's object
    ("the treaty was [concluded]")."""
    if not phrases or token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    lemmas = {lemma, *irregular_lemmas(token.text)}
    fits = [tail for kin, tail in phrases if lemmas & kin]
    if not fits:
        return False
    joined = _phrase_joined(token)
    return any(all(words & joined for words in tail) for tail in fits)


def word_codes(lemma: str, pos: str | None = None) -> frozenset[str]:
    """The CAMEO codes of the ontology's one-word triggers ``lemma`` is (of ``pos``'s kind: a
    trigger marked for verbs or nouns only is not the other's): "bomb" 183, "strike" 180."""
    kind = "v" if pos in ("VERB", "AUX") else "n" if pos in ("NOUN", "PROPN") else None
    return frozenset(p.coding.cameo for p in load_ontology().by_first.get(lemma.lower(), [])
                     if len(p.words) == 1 and p.coding.cameo and (p.pos is None or kind is None or p.pos == kind))


def code_states(asked: str, told: str) -> bool:
    """A sentence's act coded ``told`` states a question's act coded ``asked`` when ``told`` is
    below it in CAMEO's tree: "bombed" (183) is an attack (180, the root's unspecified code:
    every code that starts with "18"), "shelled" (194) a use of force (190). Not the same code
    (a trigger group holds things of one code: "ban" is no "embargo", a "meeting" no "summit";
    the group's words that name one act are :func:`act_family`'s), nor one above it ("attacked"
    tells no bombing, "met" no mediation)."""
    if len(asked) != 3:
        return False  # a code of four digits is a leaf of the tree
    head = asked[:2] if asked.endswith("0") else asked  # "18[0]" holds 181-186; "183" holds 1831...
    return told != asked and told.startswith(head)


def states_by_code(token: Token, codes: frozenset[str]) -> bool:
    """``token`` (a sentence's verb or noun) tells the question's act (its CAMEO ``codes``, of
    its predicate: :func:`word_codes`) by another one-word trigger of the ontology whose code
    states it (:func:`code_states`): "the air force [bombed] the base" for "attacked"."""
    if not codes or token.pos_ not in ("VERB", "NOUN"):
        return False
    told = word_codes(token.lemma_, token.pos_)
    return any(code_states(a, t) for a in codes for t in told)


#: PLOVER types whose act is the refusal of another's: REJECT is "all rejections and refusals"
#: (PLOVER manual), of what AGREE's "agree to, accept" would take: a sentence that tells the
#: question's act of agreeing by a word of the refusing type says it was not done ("Damascus
#: rejected the resolution" answers "did Syria accept the resolution": no)
REFUSED_BY = {"AGREE": "REJECT"}


def word_types(lemma: str, pos: str | None = None) -> frozenset[str]:
    """The PLOVER types of the ontology's one-word triggers ``lemma`` is (of ``pos``'s kind)."""
    kind = "v" if pos in ("VERB", "AUX") else "n" if pos in ("NOUN", "PROPN") else None
    return frozenset(p.type for p in load_ontology().by_first.get(lemma.lower(), [])
                     if len(p.words) == 1 and (p.pos is None or kind is None or p.pos == kind))


def refusing_types(token: Token | None) -> frozenset[str]:
    """The types whose words refuse the act of the question's predicate ``token``
    (:data:`REFUSED_BY`): REJECT for "accept", "agree"; empty for another act."""
    if token is None:
        return frozenset()
    return frozenset(REFUSED_BY[t] for t in word_types(token.lemma_, token.pos_) if t in REFUSED_BY)


def refuses(token: Token, types: frozenset[str]) -> bool:
    """``token`` (a sentence's verb or noun) is a one-word trigger of a refusing type ``types``
    (:func:`refusing_types`): "rejected", "refused", "the rejection"."""
    return bool(types) and token.pos_ in ("VERB", "NOUN") and bool(word_types(token.lemma_, token.pos_) & types)


def _coded(word: str) -> frozenset[str]:
    """The codes of the one-word triggers ``word`` may be a form of, before any parse: as
    written, by an irregular lemma ("struck": "strike"), or less a verb's or a plural's ending."""
    out: set[str] = set()
    for form in _forms_of(word):
        out |= word_codes(form)
    return frozenset(out)


def _forms_of(word: str) -> set[str]:
    """The lemmas ``word`` may be a form of, before any parse (:func:`_coded`)."""
    return {f for f in {word, *irregular_lemmas(word), word[:-1], word[:-2], word[:-3], word[:-3] + "e",
                        word[:-2] + "e", word[:-3] + "y"} if len(f) >= 3}


def other_step(lemma: str, words: Iterable[str]) -> bool:
    """``words`` (a sentence's or an event's trigger, as written) tell the act of ``lemma`` only in
    another step of it, as the ontology's groups name steps (``act``: "initial", "ratify" an
    accord, coded as its signing, 057): the words hold a verb of the same coded phrase
    (:func:`_phrase_acts`) of another step and none of ``lemma``'s own ("the accord was
    ratified in 1976" tells no signing; "signed" tells no ratification; "the agreement" tells
    either). False when ``lemma`` starts no phrase of a many-step act."""
    lemma = lemma.lower()
    members: dict[str, str | None] = {}
    for _, m in _phrase_acts().get(lemma, []):
        members.update(m)
    if lemma not in members or not any(s is not None for s in members.values()):
        return False
    own = members[lemma]
    told = set()
    for word in words:
        word = word.lower()
        forms = (word, *irregular_lemmas(word))
        for w, step in members.items():
            if any(inflects(w, f) for f in forms):
                told.add(step)
    return bool(told) and own not in told


#: the endings of a verb's own forms ("signed", "ratified", "initialled", "concluding"): not of the
#: nouns made from it ("agreement" is no form of "agree": it names the accord, whatever its step)
VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing", "led", "ling", "ied", "ies")


def inflects(lemma: str, word: str) -> bool:
    """``word`` is a form of the verb ``lemma`` (:data:`VERB_ENDINGS`; a final "e" or "y" gives
    way: "concluding", "ratified")."""
    for stem in {lemma, lemma[:-1] if lemma[-1:] in "ey" else lemma}:
        if word.startswith(stem) and word[len(stem):] in VERB_ENDINGS:
            return True
    return False


def may_hold(text: str, lemma: str) -> bool:
    """Whether a word of ``text`` may be of ``lemma``'s family (:func:`related`) or name the
    same act (:func:`act_family`), before any parse: the word as written, or the lemma of an
    irregular form ("sank": "sink")."""
    family = act_family(lemma)
    for word in _WORDS.findall(text):
        if any(related(a, word) or any(related(a, w) for w in irregular_lemmas(word)) for a in family):
            return True
    return False


_WORDS = re.compile(r"[^\W\d_]+")


def _writes_date(timex: dict) -> bool:
    """The time expression writes its date ("27.08.1994", "on 14 June"), not a shift from another
    ("weeks later")."""
    return timex.get("anchor") == "absolute" or any(ch.isdigit() for ch in timex["text"])


def nearer(far: int, timex: dict, best_far: int, best: dict) -> bool:
    """Whether ``timex``, ``far`` links from the predicate, is its time rather than ``best``,
    ``best_far`` links away: the nearer; as near as the other, a date the sentence writes ("A
    week later, [on 14 June], the envoy withdrew": the day, not the shift)."""
    return far < best_far or (far == best_far and _writes_date(timex) and not _writes_date(best))


def states_date(timex: dict, span: tuple, timexes: list[dict]) -> bool:
    """Whether the sentence states the day of ``timex`` (days ``span``), the time read at its
    predicate, among all its ``timexes``: it writes it ("on 27.08.1994"); or the time is a shift
    the sentence also writes ("four days later, on Aug. 24"); or a shift of days from the day
    the story last told that is the sentence's one time ("Two days later, Algeria closed the
    border": :func:`_day_shift`). Beside a written date a shift may tell another clause's day
    ("on 29 July the assembly voted ..., and the next day ..."): not stated. Only a stated date
    disputes another source's (:func:`chronica.ask.answer._dissent`)."""
    if _writes_date(timex):
        return True
    written = [t for t in timexes if t.get("type") in ("DATE", "TIME") and _writes_date(t)]
    if any(t.get("value") == timex.get("value") for t in written):
        return True
    return _day_shift(timex, span) and not written


def _day_shift(timex: dict, span: tuple) -> bool:
    """A shift of days from the day the story last told ("[on 24 August] ... Two days later"):
    the source states that day as surely as if it wrote it (the tagger resolves the shift on the
    narrative anchor; a shift from a month or a year gives no day)."""
    return timex.get("anchor") == "narrative" and dates.span_days(span) <= 1


def _of_family(lemma: str, token: Token) -> bool:
    """``token`` is a word of ``lemma``'s family (:func:`related`) by its lemma in the parse or,
    when the lemmatizer left an irregular form as written ("retook"), by the lemma the
    exception tables give it ("retake")."""
    return any(related(a, token.lemma_) or any(related(a, w) for w in irregular_lemmas(token.text))
               for a in act_family(lemma))


def opposite_acts(lemma: str) -> frozenset[str]:
    """The lemmas of the acts that undo the act ``lemma`` names (:data:`OPPOSITE_ACTS`: "close"
    and "closure" for "reopen"), empty when it names none of them."""
    out: set[str] = set()
    for one, other in OPPOSITE_ACTS:
        for side, opposite in ((one, other), (other, one)):
            if any(related(lemma, w) for w in side):
                out |= opposite
    return frozenset(out)


def tells_opposite(lemma: str, words: Iterable[str]) -> bool:
    """Whether ``words`` (lemmas or words as written) name an act that undoes ``lemma``'s
    (:func:`opposite_acts`) and none of ``lemma``'s own family: "Morocco closes the border"
    tells no reopening."""
    opposite = opposite_acts(lemma)
    if not opposite:
        return False
    words = [w.lower() for w in words if w]
    lemmas = [(w, *irregular_lemmas(w)) for w in words]
    if any(related(lemma, x) for ws in lemmas for x in ws):
        return False
    return any(related(o, x) for ws in lemmas for x in ws for o in opposite)


def _forms(lemma: str) -> set[str]:
    return {getattr(p, "form", None) or p.type for p in load_ontology().by_first.get(lemma, [])
            if len(p.words) == 1}


def _predicate(doc: Doc, main: int | None) -> Token | None:
    """The question's predicate: its main trigger, else the root; a light verb hands over to the
    word it takes ("get [independence]")."""
    token = doc[main] if main is not None else next((t for t in doc if t.dep_ == "ROOT"), None)
    if token is None:
        return None
    if token.lemma_.lower() in LIGHT_VERBS:
        if any((token.lemma_.lower(), c.lemma_.lower()) in HAPPEN_PHRASES for c in token.children):
            return None  # "take place": a happening of no kind in particular
        taken = [c for c in token.children if c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp")
                 and c.pos_ in ("NOUN", "ADJ", "VERB")]
        if taken:
            return taken[0]
        said = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if said and any(c.lower_ in WH_WORDS and c.dep_ == "attr" for c in token.children):
            return said[0]  # "who was [the last foreign minister]": the noun said of the answer
        if token.lemma_.lower() in ("happen", "occur"):
            return None
        if asks_any_act(token):
            return None  # "what did Sudan [do]": an act of any kind, the sentences' own
    if token.lower_ in WH_WORDS:
        return None
    return token


def question_root(q: Question) -> Token | None:
    """The question's main trigger, else the root of its parse."""
    if q.doc is None:
        return None
    return q.doc[q.main] if q.main is not None else next((t for t in q.doc if t.dep_ == "ROOT"), None)


def asked_verb(q: Question) -> Token | None:
    """The verb of a who-question whose subject or object is the question word, when the
    question's predicate (its coded trigger) is another word: "who [led] the August 2008 coup",
    "who [announced] Algeria's decision to sever relations" (a light verb, "who was ...", asks
    nothing of its own: None)."""
    if q.doc is None or q.kind != "who":
        return None
    root = next((t for t in q.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in LIGHT_VERBS:
        return None
    predicate = _predicate(q.doc, q.main)
    if predicate is not None and predicate.i == root.i:
        return None
    phrase = asked_phrase(q.doc)
    wh = {t.i for t in q.doc if t.lower_ in WH_WORDS} | set(phrase)
    if not any(c.i in wh and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in root.children):
        return None
    return root


def asks_any_act(token: Token | None) -> bool:
    """``token`` is a "do" whose object is the question word: "what did Sudan [do] after the
    attack" asks for an act of any kind."""
    return token is not None and token.lemma_.lower() == "do" and any(
        c.lower_ in WH_WORDS and c.dep_ in ("dobj", "attr") for c in token.children)


def names_and_times(q: Question) -> set[int]:
    """The indices of the question's tokens that name an actor or a place (``q.spans``) or tell a
    time (``q.time_tokens``): what its content words (:func:`content_words`) leave out."""
    return {i for s in q.spans + q.time_tokens for i in range(s[0], s[1])}


def content_words(doc: Doc, skip: set[int]) -> list[str]:
    """The question's content words (lemmas): no stop word, question word, name or time."""
    return list(dict.fromkeys(
        t.lemma_.lower() for t in doc
        if t.i not in skip and t.is_alpha and not t.is_stop and t.lemma_.lower() not in STOP_WORDS
        and t.lower_ not in WH_WORDS and t.lemma_.lower() not in LIGHT_VERBS))


def _names_actor(actor: QuestionActor, sentence: SentenceRow, marks: SentenceMarks) -> list[tuple[int, int]]:
    """Where ``sentence`` names ``actor`` (offsets in the document): a mention resolved to one of
    its ids or belonging to one of them (an army, an official of the state), else the name as
    the question writes it, or a person's surname."""
    out = []
    ids = actor.ids
    for m in marks.actors:
        if ids and (m["actor_id"] in ids or m["country"] in ids):
            out.append((m["start"], m["end"]))
    if out:
        return out
    text = fold(sentence.text)
    words = {fold(actor.text), fold(actor.name or "")}
    if " " in actor.name and actor.person:  # a person by the surname ("the Cenepa War" is no "war")
        words.add(fold(actor.name.split()[-1]))
    for w in sorted(filter(None, words), key=len, reverse=True):
        at = word_at(text, w)
        if at >= 0:
            return [(sentence.start + at, sentence.start + at + len(w))]
    # a name the knowledge base does not know, which the question's parse wrote without the
    # marks between its words ("Imia/Kardak", "Secretary-General", "Tebedu in Sarawak"): each
    # of its words, in its order, within a few words of the one before
    parts = fold(actor.text).split()
    if actor.actor_id is None and len(parts) > 1:
        at, first, end = 0, None, 0
        for part in parts:
            found = word_at(text[at:], part)
            if found < 0 or (first is not None and found > NAME_GAP):
                return []
            found += at
            first = found if first is None else first
            at = end = found + len(part)
        return [(sentence.start + first, sentence.start + end)]
    return []


#: the actors stage's kind of an institution, which a text may call by its head noun ("the court")
ORGANISATION = "organisation"


def _head_noun(name: str) -> str | None:
    """The common noun a name is built on, as a definite description calls it: the last word
    before "of" ("International [Court] of Justice", "the Boundary [Commission]"), in lower
    case; None for a name of one word or one with no common noun (a person's, a state's)."""
    words = name.split(" of ")[0].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    head = words[-1].lower()
    return head if head.isalpha() else None


#: the most characters between two words of one name the question wrote apart ("Tebedu[ in ]Sarawak")
NAME_GAP = 6


def fold(text: str) -> str:
    """``text`` case folded and without accents ("Río" is "rio", "Brasília" "brasilia"): how a
    name written in another language's spelling is still found."""
    if text.isascii():  # nothing to strip: ASCII letters fold to their lower case (NFKD keeps
        return text.lower()  # ASCII as it is) -- a question checks thousands of names
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def word_at(text: str, word: str) -> int:
    """Where ``word`` stands in ``text`` as whole words, else -1."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(word, at + 1)
    return -1


def _only_dates(q: Question, name: str) -> bool:
    """The name ``name`` (case folded) stands in the question only in a phrase that places the
    question's act in time by another happening ("threaten to close the base [during the Third
    Cod War]"): a sentence stating the act need not name it."""
    if q.doc is None:
        return False
    words = name.split()
    tokens = [t for t in q.doc if t.lower_ == words[0]] if words else []
    if not tokens:
        return False
    for token in tokens:
        seen = 0
        while token.dep_ in ("compound", "nmod", "amod", "nummod", "det") and token.head is not token and seen < 4:
            token, seen = token.head, seen + 1
        if not (token.dep_ == "pobj" and token.head.lower_ in TIME_CONNECTIVES):
            return False
    return True


#: the prepositions of what a deal is about ("the agreement [on] West New Guinea", "the accord
#: [over] Bakassi"): the phrase says which deal it is, as the claims layer reads it (``parts``)
TOPIC_PREPS = frozenset({"on", "over", "about", "concerning"})


def _description_tokens(q: Question) -> set[int]:
    """The tokens of the question that only say which deal (:data:`DEAL_NOUNS`) it asks of: the
    deal noun's relative clause ("the Oslo agreement [that ended the Third Cod War]", "the Special
    Agreement [that took Sipadan and Ligitan to the ICJ]") or its on/over phrase ("the New York
    Agreement [on West New Guinea]"). A sentence stating the act names the deal without repeating
    them. Another noun's relative clause may tell the act itself ("the mortar shell [that killed a
    teenager near X]": a sentence about another shelling names no X) and stays."""
    out: set[int] = set()
    if q.doc is None:
        return out
    for t in q.doc:
        if t.head.lemma_.lower() not in DEAL_NOUNS:
            continue  # not a shell's or a teenager's description ("the mortar shell [that killed a
            # teenager near X]" tells the act asked of; a deal is named by its own words)
        if t.dep_ == "relcl" or (t.dep_ == "prep" and t.lower_ in TOPIC_PREPS):
            out |= {x.i for x in t.subtree}
    return out


def describing_only(q: Question, names: list[str]) -> list[str]:
    """``names`` without the words that stand in the question only inside a description of a
    thing (:func:`_description_tokens`); a name left with no word is dropped."""
    said = _description_tokens(q)
    if not said or q.doc is None:
        return names
    out = []
    for name in names:
        kept = [w for w in name.split() if not (
            (at := [t.i for t in q.doc if t.lower_ == w]) and all(i in said for i in at))]
        if kept:
            out.append(" ".join(kept))
    return out


#: what separates the words of a name: spaces and hyphens (the tokenizer splits "Laurent-Désiré
#: Kabila", "Kim Jong-un", "Oyite-Ojok" at the hyphen: each part is a word of the actor's name)
_NAME_PARTS = re.compile(r"[\s\-‐‑–]+")


def unresolved_names(q: Question) -> list[str]:
    """Proper nouns of the question that no actor of it covers ("Saakashvili" when the actors
    stage kept no mention of it): a sentence must name them too (case folded). A part of an
    actor's hyphenated name ("Laurent" of "Laurent-Désiré Kabila") is covered by the actor."""
    if q.doc is None:
        return []
    taken = {i for s in q.time_tokens for i in range(s[0], s[1])}
    words = {a.text.casefold() for a in q.actors} | {a.name.casefold() for a in q.actors}
    out = []
    for t in q.doc:
        if t.pos_ == "PROPN" and t.i not in taken and t.lower_ not in WH_WORDS and not any(
                t.lower_ in _NAME_PARTS.split(w) for w in words):
            out.append(t.lower_)
    return out


#: the dependency labels under a predicate that hold its doer (a verb's subject or agent; a
#: noun's possessor or modifier: "Turkey's invasion", "the Turkish invasion")
DOER_LABELS = {"VERB": ("nsubj", "agent"), "NOUN": ("poss", "amod", "compound", "agent")}
#: how a verb without a subject of its own reaches the one it shares: "invaded and [occupied]"
#: (conj), "decided to [send]" (xcomp), "reacted by [deploying]" (pcomp under a preposition)
SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl", "pcomp"})


def _doer_tokens(head: Token) -> set[int] | None:
    """The tokens of the phrase naming the doer of the predicate ``head``, or None when the
    parse gives it none (then nothing is checked)."""
    kind = "VERB" if head.pos_ in ("VERB", "AUX", "ADJ") else "NOUN"
    labels = DOER_LABELS[kind]
    verb, seen = head, 0
    while kind == "VERB" and verb.dep_ in SHARED_SUBJECT and seen < 4 and not any(
            c.dep_ in labels for c in verb.children):
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
        seen += 1
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ not in labels:
            continue
        if c.dep_ == "agent":
            out |= {t.i for g in c.children for t in g.subtree}
        else:
            out |= {t.i for t in c.subtree}
    if kind == "NOUN":  # "the invasion by Turkey"
        out |= {t.i for c in head.children if c.lower_ == "by" for g in c.children for t in g.subtree}
    if kind == "VERB" and verb.dep_ == "relcl":  # "the junta that invaded"
        out |= {verb.head.i} | {t.i for t in verb.head.children if t.dep_ in ("compound", "amod")}
        if verb.head.dep_ == "attr":  # "[Pakistan] became the first state to recognise ...": the
            # noun is said of the copula's subject, who did it
            out |= {t.i for c in verb.head.head.children if c.dep_ == "nsubj" for t in c.subtree}
    return out or None


def _in_role(head: Token, row: SentenceRow, places: list[tuple[int, int]], role: str | None) -> bool:
    """Whether an actor named at ``places`` (document offsets) can fill ``role`` at the predicate
    ``head``: the doer (SOURCE) must be named in the doer's phrase; the one done to (TARGET)
    anywhere but only there ("Korea invaded Japan" does not say Japan invaded). True when the
    parse gives no doer's phrase."""
    if role not in (SOURCE, TARGET):
        return True
    tokens = _doer_tokens(head)
    if tokens is None:
        return True
    doc = head.doc
    inside = []
    for start, end in places:
        span = doc.char_span(start - row.start, end - row.start, alignment_mode="expand")
        if span is not None:
            inside.append(any(t.i in tokens for t in span))
    if not inside:
        return True
    return any(inside) if role == SOURCE else not all(inside)


#: how a noun is said of someone: "was made [president]", "became [leader]"
PREDICATIVE = frozenset({"oprd", "attr"})


def _predicative(token: Token) -> bool:
    """A noun said of someone: the complement of a verb ("was declared president") or the
    object of "as" ("elected X as president")."""
    return token.dep_ in PREDICATIVE or (token.dep_ == "pobj" and token.head.lower_ == "as")


def _roles_fit(head: Token, row: SentenceRow, actors: list[QuestionActor],
               places: list[list[tuple[int, int]]], doer_asked: bool = False) -> bool:
    """Every actor can fill its role at ``head`` (:func:`_in_role`); of actors the question
    names without a role ("between Argentina and Britain"), one must be the doer ("Relations
    between Argentina and Britain broke down", not "Muldoon broke off relations with Argentina,
    backing Britain") — unless the question asks who the doer is (``doer_asked``: "who mediated
    between A and B": the doer is the answer, not one of them)."""
    if not all(_in_role(head, row, p, a.role) for a, p in zip(actors, places)):
        return False
    free = [p for a, p in zip(actors, places) if a.role not in (SOURCE, TARGET)]
    if len(free) < 2 or doer_asked:
        return True
    return any(_in_role(head, row, p, SOURCE) for p in free)


def _add_referents(marks: dict[tuple[int, int], SentenceMarks], rows: list[SentenceRow],
                   events: dict[tuple[int, int], list[EventMention]]) -> None:
    """Add to each sentence's actor marks the participants the events stage resolved in it
    that no actor mention there names: the pair a phrase refers back to ("the two governments",
    "both sides": both states of the text around), of which the actors stage marks one at most."""
    for row in rows:
        key = (row.document_id, row.idx)
        m = marks[key]
        taken = [(a["start"], a["end"], {a["actor_id"], a["country"]}) for a in m.actors]
        seen = set()
        for e in events.get(key, []):
            for p in e.participants:
                if not p.actor_id or p.start is None or p.end is None or not (
                        row.start <= p.start and p.end <= row.end) or (p.start, p.actor_id) in seen:
                    continue
                if any(a < p.end and p.start < b and p.actor_id in ids for a, b, ids in taken):
                    continue  # the actors stage marked it so already
                seen.add((p.start, p.actor_id))
                m.actors.append({"start": p.start, "end": p.end, "text": p.text, "actor_id": p.actor_id,
                                 "kind": p.kind, "name": p.name, "resolved": True, "country": p.state})


def _distance(a: Token, b: Token) -> int:
    """Links between two tokens of one parse."""
    up_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return n + up_a[t.i]
    return 99


#: how much a sentence read on looser evidence (:class:`Evidence`) loses in the reading's score
LOOSE_PENALTY = 1.0
#: the least MiniLM cosine (search's, question to sentence) of a sentence read on looser evidence
#: when sentences that hold all of the question are read too (they are preferred when they fit
#: its time and kind of answer: :func:`strict_first`; otherwise the looser ones are read as they
#: were before): one that leaves an actor of the question unnamed must say the rest closely (on the dev
#: subjects the looser sentences that state the question are at 0.70 and above, those of another
#: act of the pair, "a break in relations at the height of the war", at 0.60 and below)
LOOSE_SIMILARITY = 0.65
#: how much text before a sentence may name what its pronoun stands for ("The fisheries treaty was
#: signed in 1994. Ghana never signed [it]"): the two sentences before, as the chronicle reads "the
#: attack" (:data:`chronica.ask.answer.CONTEXT_BEFORE`)
ANTECEDENT_BEFORE = 250
#: pronouns that stand for a thing named before ("refused to ratify [it]", "[it] was never ratified")
THING_PRONOUNS = frozenset({"it", "this", "that", "them", "they"})
#: the determiners of a noun that stands for a thing named before ("refused to recognise [the] annexation")
DEFINITE = frozenset({"the", "this", "that"})
#: the kinds of question a sentence may state through such a pronoun (a did-question, and a claim
#: checked, say whether the act was done to the thing they name; a sentence denying it names it by
#: "it" as often as not)
ANAPHOR_KINDS = frozenset({"did", "check"})


@dataclass
class Evidence:
    """How a candidate sentence holds the question beyond the strict test (every actor named in
    it): ``by_pair`` -- an actor of the question is left unnamed, but it is one of the two states
    the sentence's document tells most of ("the accord signed in Tripoli" in a text about Chad and
    Sudan; "both sides promised"; a question naming one state only when it is dated). The strict
    sentences are read alone when there are any, these only when there are none, at a lower score
    (:data:`LOOSE_PENALTY`).

    (An event of the question's type the build coded in a sentence without the predicate's word,
    "cut ties" for "break off relations", was tried as evidence too: on the dev questions it
    answered none more right and two more wrong.)
    """

    by_pair: bool = False

    @property
    def loose(self) -> bool:
        return self.by_pair


class Reader:
    """Reads answers from one store's sentences (through its search index). The store is read
    through the index's connection of the calling thread (:meth:`SentenceIndex.connection`), so
    that a server's request threads read at once; ``store`` is the index's own."""

    def __init__(self, store: Store, index: SentenceIndex) -> None:
        self.store = store
        self.index = index
        self._pair_cache: dict[int, frozenset[str]] = {}  # document id -> its pair (:meth:`_pairs`)
        self._antecedents: dict[tuple, tuple] = {}  # (document, sentence start, noun) -> :meth:`_named`
        self._texts: dict[int, str] = {}  # document id -> its clean text (:meth:`before`)

    def before(self, row: SentenceRow) -> str:
        """The sentence ``row`` with the text just before it in its document
        (:data:`ANTECEDENT_BEFORE`): where what its pronouns stand for is named."""
        text = self._texts.get(row.document_id)
        if text is None:
            text = self.index.connection().document_texts([row.document_id]).get(row.document_id, "")
            self._texts[row.document_id] = text
        return text[max(0, row.start - ANTECEDENT_BEFORE):row.end] if text else row.text

    def _pairs(self, documents: set[int]) -> dict[int, frozenset[str]]:
        """The pair of states each document tells most of (:func:`document_pair`), as ids;
        read once per document."""
        todo = [d for d in documents if d not in self._pair_cache]
        if todo:
            found = store_search.document_pairs(self.index.connection(), todo)
            for d in todo:
                self._pair_cache[d] = found.get(d, frozenset())
        return {d: self._pair_cache[d] for d in documents}

    def _named(self, actor: QuestionActor, row: SentenceRow, marks: SentenceMarks) -> list[tuple[int, int]]:
        """Where ``row`` names ``actor`` (:func:`_names_actor`), else, for an organisation (a
        state is "the country", not "the states"), where it calls it by the head noun of its
        name after the article (:func:`_head_noun`: "the court" for the International
        Court of Justice) when the nearest name of the document before the sentence that holds
        that noun is the actor's as the actors stage resolved it ("The International Court of
        Justice ... The court delivered its opinion on 22 July 2010"; not after "the
        Constitutional Court")."""
        out = _names_actor(actor, row, marks)
        if out or not actor.ids or actor.kind != ORGANISATION:
            return out
        head = _head_noun(actor.name or actor.text)
        at = word_at(fold(row.text), f"the {head}") if head else -1
        if at < 0:
            return []
        key = (row.document_id, row.start, head)
        if key not in self._antecedents:
            self._antecedents[key] = store_search.last_named(self.index.connection(), row.document_id,
                                                             row.start, head)
        if not (self._antecedents[key] and set(self._antecedents[key]) & actor.ids):
            return []
        return [(row.start + at, row.start + at + len(head) + 4)]

    def read(self, q: Question, hits: list[SearchHit] | None = None, *,
             by_content: bool = False) -> list[Reading]:
        """The sentences that state ``q``, read at their predicate, best first (steps 1–3 of
        the module docstring). With ``by_content``, a sentence states it without the predicate's
        word when it holds nearly all its other content words (:data:`CONTENT_ALL`: "the
        commission [issues] its ruling" for "when did the commission deliver its ruling")."""
        if q.doc is None:
            return []
        predicate = _predicate(q.doc, q.main)
        any_act = predicate is None and asks_any_act(question_root(q))
        skip = names_and_times(q)
        content = [w for w in content_words(q.doc, skip) if predicate is None or w != predicate.lemma_.lower()]
        own_act = predicate  # the question's own act, kept when ``by_content`` reads without it
        # the noun of the thing the question's act is done to ("recognise the [annexation] of the island")
        object_lemma = _object_word(predicate, {t.i for t in q.doc if any(s[0] <= t.i < s[1] for s in q.time_tokens)})
        # the other verbs of the ontology that tell its act done to its thing ("signed [the
        # treaty]": "concluded", "reached" it): a sentence may state it with one of them
        phrases = same_act_phrases(predicate) if predicate is not None else []
        codes = word_codes(predicate.lemma_, predicate.pos_) if predicate is not None else frozenset()
        refusing = refusing_types(predicate)  # "did X accept": "X rejected" says no
        share = CONTENT_SHARE
        if by_content:
            if predicate is None or len(content) < CONTENT_LEAST:
                return []
            predicate, share = None, CONTENT_ALL
        # a noun said of the answer ("who was made [president]", "who was [the leader]")
        # ("when was [the agreement] signed": the subject of a "was" whose participle the
        # parser hangs from the noun is said of nothing: the question word is no "was"'s attribute)
        said = predicate is not None and (predicate.dep_ in PREDICATIVE or (
            predicate.dep_ == "nsubj" and predicate.head.lemma_ == "be" and any(
                c.lower_ in WH_WORDS and c.dep_ == "attr" for c in predicate.head.children)))
        # 1.
        hits = hits if hits is not None else self.index.search(q.text, limit=CANDIDATES)
        if not hits:
            return []
        rows = [h.sentence for h in hits]
        cosine = {id(h.sentence): h.cosine or 0.0 for h in hits}
        store = self.index.connection()
        marks = store_search.marks_at(store, rows)
        _add_referents(marks, rows, store_search.events_at(store, [(r.document_id, r.idx) for r in rows]))
        # 2. each candidate scored by what of the question it holds (:class:`Evidence`): every
        # actor named in it, or one left unnamed that its document is about (its pair)
        pairs = self._pairs({row.document_id for row in rows}) if q.actors else {}
        chosen: list[tuple[SentenceRow, SentenceMarks, float]] = []
        loose: dict[int, Evidence] = {}  # id(row) -> how a sentence short of the strict test holds it
        names = [n for n in describing_only(q, unresolved_names(q) + q.places) if not _only_dates(q, n)]
        back: set[int] = set()  # id(row): what the act is done to is named only before the sentence
        for rank, row in enumerate(rows):
            m = marks[(row.document_id, row.idx)]
            places = [self._named(a, row, m) for a in q.actors]
            unnamed = [n for n in names if word_at(fold(row.text), fold(n)) < 0]
            undergoers = [a.text for a, p in zip(q.actors, places) if not p and a.role != SOURCE]
            pair = pairs.get(row.document_id, frozenset())
            # (a question naming one state: its date stands where a second named actor would,
            # "who led the [March 1983] mutiny in Ghana" read in "the March 1983 mutiny led by X")
            by_pair = all(p or (a.ids & pair) for a, p in zip(q.actors, places)) and (
                any(places) or len(q.actors) >= 2 or (len(q.actors) == 1 and q.span is not None))
            if (unnamed or (undergoers and not by_pair)) and q.kind in ANAPHOR_KINDS and any(places) and all(
                    p for a, p in zip(q.actors, places) if a.role == SOURCE) and all(
                    word_at(fold(self.before(row)), fold(n)) >= 0 for n in unnamed + undergoers):
                # "Kenya refused to recognise [it]": the thing, and an actor of it, named just
                # before; read only where the act is done to a pronoun (:func:`refers_back`)
                back.add(id(row))
            elif unnamed:
                continue
            evidence = Evidence()
            if not all(places) and id(row) not in back:
                if not by_pair:
                    continue  # an actor neither named nor the document's subject
                evidence.by_pair = True
            if predicate is not None and not may_hold(row.text, predicate.lemma_) and not any(
                    may_hold(row.text, w) for kin, _ in phrases for w in kin) and not (
                    codes and any(code_states(a, t) for w in _WORDS.findall(row.text.lower())
                                  for a in codes for t in _coded(w))) and not (
                    refusing and any(word_types(f) & refusing for w in _WORDS.findall(row.text.lower())
                                     for f in _forms_of(w))):
                continue  # parse only what may hold the predicate (a parse is most of the reading's
                # time): a word of its family, as written or by its irregular lemma
            words = [w.lower() for w in row.text.split()]
            has_content = sum(any(related(c, w.strip(".,;:()\"'’”“")) for w in words) for c in content)
            chosen.append((row, m, has_content + 1.0 / (1 + rank)))
            if evidence.loose:
                loose[id(row)] = evidence
        # (a sentence that holds all of the question is preferred to a looser one by the answer's
        # consumers, once the question's time and kind of answer have been tested: :func:`strict_first`)
        if not chosen:
            return []
        strict = any(id(c[0]) not in loose for c in chosen)
        docs = parse_plain([row.text for row, _, _ in chosen])
        # the build's event mentions near each sentence (an event's sentence may be cut otherwise:
        # "(1975) Relations broke down" is one event sentence and two stored ones)
        near = store_search.events_at(store, sorted({(row.document_id, row.idx + d)
                                                         for row, _, _ in chosen for d in (-1, 0, 1)}))
        out = []
        doer_asked = q.kind == "who" and _asked_role(q) == "doer" and not any(
            a.role == SOURCE for a in q.actors)
        thing = _object_word(predicate, {t.i for t in q.doc if any(s[0] <= t.i < s[1] for s in q.time_tokens)}) \
            if q.kind == "who" else None
        fitting: set[int] = set()
        # a question about an attempt or a plan ("when did gunmen [try to kill] him") is stated
        # by sentences that tell it so
        asked_unreal = own_act is not None and own_act.i < len(q.doc) and _unreal(own_act)
        # a figure of the question ("to [12 nautical miles]"): a sentence giving the same unit
        # another figure tells another happening (:mod:`chronica.ask.parts`)
        asked = figures(q.doc, {t.i for t in q.doc if any(s[0] <= t.i < s[1] for s in q.time_tokens)})
        for (row, m, score), doc in zip(chosen, docs):
            if asked and figures_clash(asked, figures(doc)):
                continue
            evidence = loose.get(id(row))
            if id(row) in back and (predicate is None or not any(
                    refers_back(t, object_lemma) for t in doc if t.is_alpha and _of_family(predicate.lemma_, t))):
                continue  # named before, but the sentence's act is not done to a pronoun
            if evidence is not None and strict and cosine.get(id(row), 0.0) < LOOSE_SIMILARITY:
                continue  # an actor left unnamed and the rest not said closely, where sentences
                # that name them all are there to be read
            if predicate is not None:
                at = [t for t in doc if t.is_alpha and (_of_family(predicate.lemma_, t) or states_by_phrase(t, phrases)
                                                or states_by_code(t, codes) or refuses(t, refusing))
                      and (t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN") or t.lemma_ == predicate.lemma_)
                      and _roles_fit(t, row, q.actors, [self._named(a, row, m) for a in q.actors], doer_asked)
                      and (not said or _predicative(t))]
                if not at:
                    continue
                # the same word first, then the same part of speech ("elected" over "elections")
                head = min(at, key=lambda t: (t.lemma_.lower() != predicate.lemma_.lower(),
                                              t.pos_ != predicate.pos_, t.i))
            else:
                if own_act is not None and tells_opposite(own_act.lemma_, [
                        t.lemma_ for t in doc if t.pos_ in ("VERB", "NOUN", "ADJ")]):
                    continue  # "when did the borders reopen": not the sentence of their closing
                held = sum(any(related(c, t.lemma_) for t in doc) for c in content)
                if content and held < max(1, share * len(content)):
                    continue
                if not content and (q.kind != "what" or q.span is None):
                    continue  # nothing to recognise the question by but its names
                head = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
                if any_act and not _roles_fit(head, row, q.actors, [self._named(a, row, m) for a in q.actors]):
                    continue  # "what did [X] do": X is the doer of the sentence's main verb
            if evidence is not None:
                score -= LOOSE_PENALTY
            out.append(self._read_at(q, row, m, doc, head, score, [
                e for d in (-1, 0, 1) for e in near.get((row.document_id, row.idx + d), [])], said))
            out[-1].loose = evidence is not None or id(row) in back
            out[-1].anaphoric = refers_back(head, object_lemma)
            if predicate is not None and refuses(head, refusing) and not _of_family(predicate.lemma_, head):
                out[-1].negated = True  # "Damascus rejected the resolution": not accepted
            # a refusal read in a sentence that names every actor ("Nyerere refused to attend"):
            # where an actor is left to the document's pair, the refusal may be another's ("Iran
            # refused to accept it", asked whether Iraq accepted it)
            out[-1].negated = out[-1].negated or (out[-1].refused and evidence is None)
            out[-1].unreal = out[-1].unreal and not asked_unreal
            out[-1].similarity = cosine.get(id(row), 0.0)
            if thing is not None and _governs(head, thing):
                fitting.add(id(out[-1]))
        if fitting:  # sentences where the act is done to the question's thing come first, alone
            out = [r for r in out if id(r) in fitting]
        out.sort(key=lambda r: -r.score)
        return out

    def passages(self, q: Question, hits: list[SearchHit]) -> list[tuple[SentenceRow, str | None]]:
        """The sentences search found for a what-question (``hits``, best first) that state all it
        names: every actor of it (:meth:`_named`, no document's pair standing in for one), every
        name no actor covers and every place or numbered document it names ("Resolution 4417":
        :func:`unresolved_names`), and at least :data:`PASSAGE_SHARE` of its other content words
        (:func:`_content`, by word family: :func:`related`), writing a date that fits the
        question's time when it asks one -- each with the first such date it writes (None when it
        writes none). The answer to "what did X do", "how many died at Y" is the sentence itself;
        a sentence that names less of the question says nothing of it: none is given then."""
        if q.doc is None or not hits:
            return []
        names = [n for n in describing_only(q, unresolved_names(q) + q.places) if not _only_dates(q, n)]
        if not q.actors and not names:
            return []  # nothing to know the sentences of the question by but its common words
        skip = names_and_times(q)
        named = {w for n in names for w in _NAME_PARTS.split(fold(n))}
        full = content_words(q.doc, skip)
        # its words beyond its names ("the Velm [War]": a heading naming the war says nothing of
        # the refugees it displaced), else those of its names: then the sentence must tell an act
        # ("what did Resolution 4417 do", "what did Resolution 4417 call for")
        beyond = [w for w in full if fold(w) not in named]
        content = beyond or full
        if not content and not asks_any_act(question_root(q)):
            return []
        rows = [h.sentence for h in hits]
        marks = store_search.marks_at(self.index.connection(), rows)
        out: list[tuple[SentenceRow, str | None]] = []
        for row in rows:
            m = marks[(row.document_id, row.idx)]
            text = fold(row.text)
            if not all(self._named(a, row, m) for a in q.actors) or any(word_at(text, fold(n)) < 0 for n in names):
                continue
            words = [w.strip(".,;:()\"'’”“") for w in row.text.lower().split()]
            held = sum(any(related(c, w) for w in words if w) for c in content)
            if content and held < max(1, PASSAGE_SHARE * len(content)):
                continue
            written = [(t["value"], dates.interval(t["value"], t.get("value_end"), t.get("earliest"), t.get("latest")))
                       for t in m.timexes if t.get("type") == "DATE" and t.get("value")]
            written = [(v, span) for v, span in written if span is not None]
            if q.span is not None and not any(dates.overlaps(span, q.span) for _, span in written):
                continue  # a sentence of another time, or of none it writes
            fits = [v for v, span in written if q.span is None or dates.overlaps(span, q.span)]
            out.append((row, fits[0] if fits else None))
        any_act = any(asks_any_act(t) for t in q.doc)  # ("what did X [do]", wherever the parse roots it)
        if out and (not beyond or (any_act and q.actors)):
            kept = []
            for (row, v), doc in zip(out, parse_plain([row.text for row, _ in out])):
                if not beyond and not any(t.pos_ == "VERB" for t in doc):
                    continue  # only the names to know them by: a sentence that tells an act of them
                root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
                m = marks[(row.document_id, row.idx)]
                if any_act and q.actors and not _roles_fit(root, row, q.actors, [self._named(a, row, m) for a in q.actors]):
                    continue  # "what did [Chile] do after the boats were seized": Chile the doer
                    # of the sentence's act, not a sentence of the seizure
                kept.append((row, v))
            out = kept
        return out

    def _read_at(self, q: Question, row: SentenceRow, marks: SentenceMarks, doc: Doc, head: Token,
                 score: float, events: list[EventMention], said: bool = False) -> Reading:
        """3. negation, time and names at the predicate ``head`` of the sentence's parse."""
        negated = any(c.dep_ == "neg" for c in [*head.children, *(head.head.children if head.dep_ in (
            "xcomp", "dobj", "attr", "acomp") else []), *_carrier(head).children])
        reading = Reading(row, negated, score=score)
        reading.refused = not negated and _denied(head)
        reading.unreal = _unreal(head)
        best: tuple[int, dict, tuple] | None = None
        for t in marks.timexes:
            if t["type"] not in ("DATE", "TIME") or not t["value"]:
                continue
            span = dates.interval(t["value"], t.get("value_end"), t.get("earliest"), t.get("latest"))
            if span is None:
                continue
            piece = doc.char_span(t["start"] - row.start, t["end"] - row.start, alignment_mode="expand")
            if piece is None:
                continue
            far = min(_distance(head, tok) for tok in piece)
            if far <= TIME_REACH and (best is None or nearer(far, t, best[0], best[1])):
                best = (far, t, span)
        if best is not None:
            reading.date, reading.date_span = best[1]["value"], best[2]
            reading.date_stated = states_date(best[1], best[2], marks.timexes)
        else:  # no time in the sentence: the date the build gave the event at the predicate (a
            # heading's year, the narrative's date), never the document's own date
            at = row.start + head.idx
            for e in events:
                if e.trigger_start <= at < max(e.trigger_end, e.trigger_start + 1) and e.date \
                        and e.date_source not in (None, "document"):
                    span = dates.interval(e.date, e.date_end, e.earliest, e.latest)
                    if span is not None:
                        reading.date, reading.date_span = e.date, span
                        break
        if q.kind == "who":
            reading.names = self._names(q, row, marks, doc, head, said, modifiers=False, persons=reading.persons)
            if not reading.names:  # "a Soviet warning": weaker than a clause's doer (the answer's
                # votes prefer the sentences that give one: :meth:`Asker._read_who`)
                reading.persons.clear()
                reading.names = self._names(q, row, marks, doc, head, said, persons=reading.persons)
                reading.by_modifier = bool(reading.names)
        doers = [a for a in q.actors if a.role == SOURCE] or q.actors  # "what did [X] do": X did it
        ids = frozenset().union(*(a.ids for a in doers)) if doers else frozenset()
        reading.acted = any(e.date and e.sentence_start == row.start and not catch_all(e.type) and any(
            (p.actor_id in ids or p.state in ids) and (p.role in (SOURCE, OTHER) or (
                p.role == TARGET and "joint_recipient" in getattr(e, "checks", ()))) for p in e.participants)
            for e in events)
        return reading

    def _names(self, q: Question, row: SentenceRow, marks: SentenceMarks, doc: Doc, head: Token,
               said: bool = False, modifiers: bool = True, persons: list[str] | None = None) -> list[str]:
        """The names filling the role the question word holds: the doer (subject, or the agent
        of a passive) or the undergoer (passive subject, object); the question's own actors are
        not an answer. ``persons`` receives those of them that are persons: a person the build
        marked, or a name of several proper nouns no actor mark covers ("Kukoi Samba Sanyang")."""
        want = _asked_role(q)
        verb = head
        noun = head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head is not noun:
            noun = noun.head  # "laid the [foundation] stone": the phrase the word is part of
        if noun is not head and noun.dep_ in UNDERGOER_DEPS and noun.head.pos_ == "VERB":
            verb = noun.head  # the verb the phrase is the object of: "[laid] the foundation stone"
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and head.dep_ in TAKEN_DEPS and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # "[was declared] president", "[became] independent": the verb's roles
            if said:  # the one the noun is said of: "made [X] leader", "[X] became leader"
                want = "undergoer" if head.dep_ == "oprd" and not any(
                    c.dep_ == "nsubjpass" for c in verb.children) else "doer" if head.dep_ == "attr" else want
        fillers = _fillers(verb, want)
        seen = 0  # a verb without a subject of its own shares another's ("went on to become")
        while want == "doer" and not fillers and verb.dep_ in SHARED_SUBJECT and seen < 4:
            verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
            fillers, seen = _fillers(verb, want), seen + 1
        if head.pos_ in ("NOUN", "PROPN") and want == "doer":  # "Ecevit's order", "the order by Ecevit"
            fillers += [c for c in head.children if c.dep_ == "poss"]
            if not fillers and modifiers:  # "through [Libyan] mediation": a modifier naming an actor (the marks
                # alone give names there: a common word is no doer)
                fillers += [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
                            and any(m["start"] <= row.start + c.idx < m["end"] for m in marks.actors)]
            fillers += [g for c in head.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and want == "doer" and all(f.tag_ in RELATIVE_TAGS for f in fillers):
            fillers = [verb.head]  # "Shevardnadze, who went on to become ...": the noun it tells of
        names = []
        own = q.actors
        # "who signed for Ecuador" (:func:`chronica.ask.question.acted_for`): the names of
        # Ecuador's people, when the doer's phrase gives some ("by the foreign ministers Julio
        # Tobar Donoso of Ecuador and Alfredo Solf y Muro of Peru")
        acted_for = [a for a in own if a.acted_for and a.ids]
        for f in fillers:
            # the phrase of the filler, without a relative clause it heads ("the torpedoes [that
            # sank the Belgrano]": the torpedoes)
            tokens = [t for t in f.subtree if not _in_relative(t, f)]
            last = tokens[-1]
            lo, hi = row.start + tokens[0].idx, row.start + last.idx + len(last)
            kept = [(row.start + t.idx, row.start + t.idx + len(t)) for t in tokens]
            inside = [m for m in marks.actors if lo <= m["start"] < hi and m["end"] <= hi
                      and any(a <= m["start"] < b for a, b in kept)]  # not in a clause left out
            described = _described_states(inside, tokens, row)
            titled = _person_titles(inside, tokens, row)
            for m in inside:
                name = m["name"] if m["resolved"] and m["name"] else m["text"]
                if m["kind"] == "agent" and not m["resolved"]:
                    continue
                if id(m) in described:
                    continue  # told with the person it describes (below)
                if id(m) in titled:
                    continue  # the person's office or title ("Secretary of [State] X"): the person answers
                if m["kind"] == "person" and described:
                    name += " (" + ", ".join(dict.fromkeys(described.values())) + ")"
                if m["text"] and word_at(fold(q.text), fold(m["text"])) >= 0:
                    continue  # a name the question itself writes ("for the [British] crown")
                if any(_is(a, m, exact=m["kind"] == "person") for a in own):
                    continue  # the question's own actor (a person of its state is someone else:
                    # "who led the Eritrean delegation": Eritrea's foreign minister)
                if acted_for and not _of_acted_for(m["actor_id"], m["country"], acted_for):
                    continue  # of another party: "Alfredo Solf y Muro of Peru"
                names.append(name)
                if m["kind"] == "person" and persons is not None:
                    persons.append(name)
            if not any(not _is_any(own, m) and m["kind"] != "agent" for m in inside):
                # "Argentine President, Juan Peron": the person's name, not the question's state
                states = [(m["start"], m["end"]) for m in inside if m["kind"] == "state" or _is_any(own, m)]
                words = [t for t in tokens if t.pos_ == "PROPN" and not any(
                    a <= row.start + t.idx < b for a, b in states) and t.lower_ not in TITLES]
                if words:
                    names.append(" ".join(t.text for t in words))
                    if len(words) > 1 and not inside and persons is not None:
                        persons.append(names[-1])
        # a name the question itself writes is none of the answer ("Malik" for "with Adam Malik")
        asked = [fold(a.text) for a in own] + [fold(a.name) for a in own if a.name]
        return list(dict.fromkeys(n for n in names if not any(word_at(w, fold(n)) >= 0 for w in asked)))


#: how a state describes a person in the person's phrase: "the [Ghanaian] judge Thomas A. Mensah",
#: "[Egypt]'s foreign minister X", "Judge X [of Ghana]"
DESCRIBING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
DESCRIBING_PREPS = frozenset({"of", "from"})


#: the kinds of mark that may be words of a person's office or title in the person's phrase: a
#: state's official the actors stage names by the office ("Norway's foreign minister":
#: "Norway (foreign minister)"), a body's name inside the title ("Secretary of [State]",
#: "[European Enlargement] Commissioner"), a name of no kind
TITLE_KINDS = frozenset({"agent", "organisation", None})


def _path_has_conj(a: Token, b: Token) -> bool:
    """The parse joins ``a`` and ``b`` through a conjunction: a link on the path between them is
    a conjunct's ("X [and] the OIC": two doers), not a title's or an apposition's."""
    up = [a, *a.ancestors]
    at = {t.i: n for n, t in enumerate(up)}
    path_b = []
    for t in [b, *b.ancestors]:
        if t.i in at:
            return any(x.dep_ == "conj" for x in up[:at[t.i]] + path_b)
        path_b.append(t)
    return True  # no common head: apart


def _person_titles(inside: list[dict], tokens: list[Token], row: SentenceRow) -> set[int]:
    """The marks of a filler phrase that are the one person's office or title, not doers of their
    own: of a kind a title's words may have (:data:`TITLE_KINDS`), not the person's, joined to the
    person in the parse by no conjunction ("Secretary of [State] Mary Holt", "[Norway's
    foreign minister], Ola Lie", "[the diplomat] Karl Stam"), as {id(mark)}; none when
    the phrase names no person or several."""
    people = [m for m in inside if m["kind"] == "person"]
    if len(people) != 1:
        return set()
    at = {row.start + t.idx: t for t in tokens}
    person = _mark_root(people[0], at)
    if person is None:
        return set()
    out = set()
    for m in inside:
        if m is people[0] or m["kind"] not in TITLE_KINDS or (m["kind"] == "organisation" and m["resolved"]):
            continue  # (a body the knowledge base knows is a doer of its own: "Berg and the Fisheries Council")
        root = _mark_root(m, at)
        if root is not None and not _path_has_conj(root, person):
            out.add(id(m))
    return out


def _mark_root(mark: dict, at: dict[int, Token]) -> Token | None:
    """The token heading a mark's words, of the tokens ``at`` (by their document offset)."""
    words = [t for start, t in at.items() if mark["start"] <= start < mark["end"]]
    if not words:
        return None
    return next((t for t in words if t.head not in words or t.head is t), words[0])


def _described_states(inside: list[dict], tokens: list[Token], row: SentenceRow) -> dict[int, str]:
    """The state marks of a filler phrase that describe the one person the phrase names (its
    nationality adjective, its possessor, its "of" phrase), as {id(mark): state name}; {} when
    the phrase names no person or several (then each name is its own answer)."""
    people = [m for m in inside if m["kind"] == "person"]
    if len(people) != 1:
        return {}
    out: dict[int, str] = {}
    for m in inside:
        if m["kind"] != "state" or not m["resolved"]:
            continue
        tok = next((t for t in tokens if row.start + t.idx == m["start"]), None)
        if tok is None:
            continue
        if tok.dep_ in DESCRIBING_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in DESCRIBING_PREPS):
            out[id(m)] = m["name"] or m["text"]
    return out


def _of_acted_for(actor_id: str | None, state: str | None, acted_for: list[QuestionActor]) -> bool:
    """A name the build resolved to ``actor_id`` of ``state`` may be of one the question's doer
    acts for (:attr:`chronica.ask.question.QuestionActor.acted_for`): it is that actor or one of
    its state's, or the build resolved it to none."""
    known = {x for x in (actor_id, state) if x}
    return not known or any(known & a.ids for a in acted_for)


def _denied(head: Token) -> bool:
    """The sentence tells the act at ``head`` as not done, as the events stage reads an event's
    modality at its predicate (:func:`chronica.events._modality.modality`): refused or declined
    ("Nyerere refused to attend the 1975 summit", "Venezuela declines to renew the protocol",
    "Syngman Rhee refused to sign"), or negated higher up than the predicate's own words
    ("never", a denial above it). A noun predicate is read at the verb that carries it."""
    from chronica.events._modality import modality
    from chronica.events.model import NEGATED, REFUSED

    pred = _carrier(head)
    return modality(pred, pred.sent)[0] in (NEGATED, REFUSED)


#: what a denied act may be done to when the sentence does not name the question's thing: a
#: pronoun for it, or anything at all ("did not sign [anything]")
ANY_THING = frozenset({"anything", "any", "nothing", "one", "either"})
#: what a denied act is done to (:func:`denied_in`): nothing named or anything at all ("did not
#: appear", "did not sign anything"), a pronoun for a thing named before ("never signed it"), a
#: noun of its own
LOOSE, PRONOUN, NAMED = "loose", "pronoun", "named"
#: ... or a noun a refusing word is done to ("rejected the ruling"): only the question's own thing
#: is its act refused ("vetoed [the renewal]" is no word on vacating a base)
REFUSAL = "refusal"
#: links a denied verb's subject is shared along ("X [refused] to sign", "X accepted it but
#: [refused] ..."; narrower than :data:`SHARED_SUBJECT`)
DENIER_LINKS = frozenset({"xcomp", "conj"})


def _subject_of(verb: Token) -> list[Token]:
    """The subject of ``verb``, or of the verb it hangs from by an open complement or a
    conjunction (at most three links up): "Norland refused to [sign]"; a passive has none."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        if token.dep_ not in DENIER_LINKS or token.head is token:
            return []
        token = token.head
    return []


def asked_subject_names(predicate: Token) -> list[str]:
    """The proper nouns of the subject of a question's ``predicate`` as written, when no actor
    of the knowledge base stands for it ("did [the M7] sign"): each run of them."""
    out = []
    for subject in _subject_of(predicate):
        run = [t.text for t in subject.subtree if t.pos_ == "PROPN"]
        if run:
            out.append(" ".join(run))
    return out


def denied_in(sent: Doc, lemma: str, refusing: frozenset[str], places: list[tuple[int, int]],
              written: list[str]) -> tuple[bool, str] | None:
    """Whether the sentence ``sent`` tells the act ``lemma`` (a word of its family, or one refusing
    it, :func:`refuses`) with the asked doer as its subject (:func:`_subject_of`; the doer named at
    ``places``, character offsets in the sentence, or by a name ``written`` as the question writes
    it): None when it does not; else (told as not done, what it is done to: :data:`LOOSE`,
    :data:`PRONOUN`, :data:`NAMED` or, a refusing word's noun, :data:`REFUSAL`). A plan or a possibility is neither ("promised to pay"):
    None."""
    from chronica.events._modality import UNDONE, modality
    from chronica.events.model import NEGATED

    for t in sent:
        if not (t.is_alpha and t.pos_ == "VERB"):
            continue
        refusal = refuses(t, refusing) and not _of_family(lemma, t)
        if not (refusal or _of_family(lemma, t)):
            continue
        if refusal and not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in t.children):
            continue  # "Norland denied": a refusal of what it is not said (a charge, not the asked act)
        subjects = _subject_of(t)
        if not subjects:
            continue
        start = min(s.left_edge.idx for s in subjects)
        end = max(s.right_edge.idx + len(s.right_edge) for s in subjects)
        span = fold(sent.text[start:end])
        if not (any(start <= a and b <= end for a, b in places) or any(
                word_at(span, fold(w)) >= 0 for w in written)):
            continue
        pred = _carrier(t)
        said = modality(pred, pred.sent)[0]
        if said in UNDONE:
            continue
        # a refusing word tells the act not done unless it is itself negated ("did not reject")
        denied = said != NEGATED if refusal else _denied(t)
        objects = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
        if refusal:
            done_to = REFUSAL
        elif not objects or any(c.lower_ in ANY_THING for c in objects):
            done_to = LOOSE
        elif any(c.pos_ == "PRON" and c.lower_ in THING_PRONOUNS for c in objects):
            done_to = PRONOUN
        else:
            done_to = NAMED
        return denied, done_to
    return None


def refers_back(head: Token, thing: str | None = None) -> bool:
    """The act at ``head`` is done to a pronoun that stands for a thing named before (its
    object or passive subject, or that of the verb carrying a noun predicate: "Ghana never
    signed [it]", "[it] was never ratified", :data:`THING_PRONOUNS`), or to the asked thing's
    noun ``thing`` (a lemma) under a definite article, with no name of its own: "the king refused
    to recognise [the annexation]" after the sentences naming what was annexed."""
    pred = _carrier(head)
    for c in pred.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.pos_ == "PRON" and c.lower_ in THING_PRONOUNS:
            return True
        if thing and c.pos_ == "NOUN" and c.lemma_.lower() == thing and any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children) and not any(
                t.pos_ == "PROPN" for t in c.subtree):
            return True
    return False


def _unreal(head: Token) -> bool:
    """The sentence tells the act at ``head`` as planned or possible, as the events stage reads
    an event's modality at its predicate (:func:`chronica.events._modality.modality`: "said it
    [would resume] flights next week", "plans to reopen", "if Iraq withdrew"): no date of it
    having happened. A noun predicate is read at the verb that carries it."""
    from chronica.events._modality import UNDONE, modality

    from chronica.events._modality import _purpose

    pred = _carrier(head)
    if _purpose(pred):
        return False  # "walked up the steps to meet the Taoiseach": a purpose the sentence tells
        # as met ("he became the first prime minister to visit"), not a plan of another day
    return modality(pred, pred.sent)[0] in UNDONE


#: how a noun predicate's phrase hangs from the verb that carries it: "had not [taken] part in the
#: fighting" (pobj, prep, dobj), "[laid] the foundation stone" (compound, dobj)
CARRIED_DEPS = frozenset({"pobj", "prep", "dobj", "compound", "nsubjpass"})


def _carrier(head: Token) -> Token:
    """The verb that carries the noun predicate ``head`` (its phrase is that verb's object, or
    the object of a preposition of it, at most four links up), else ``head`` itself: the verb's
    negation is the noun's ("had not taken part in the fighting")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return head
    token, seen = head, 0
    while token.dep_ in CARRIED_DEPS and token.head is not token and seen < 4:
        token, seen = token.head, seen + 1
        if token.pos_ == "VERB":
            return token
    return head


def _object_word(predicate: Token | None, skip: set[int]) -> str | None:
    """The lemma of the common noun a who-question's verb is done to ("who led [the junta]",
    "who ordered [the attack]"), unless it is a time of the question (``skip``); a common noun
    may name an unresolved agent ("the junta"), a name (PROPN) is an actor's."""
    if predicate is None or predicate.pos_ != "VERB":
        return None
    for c in predicate.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.i not in skip \
                and c.lower_ not in WH_WORDS:
            return c.lemma_.lower()
    return None


def _governs(head: Token, lemma: str) -> bool:
    """The sentence's predicate ``head`` is done to a word of ``lemma``'s family: its object or
    passive subject, the noun its participle or relative clause tells of ("the junta [led] by
    X"), or the "of" phrase of a noun predicate ("the order of the attack")."""
    around = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("acl", "relcl"):
        around.append(head.head)
    around += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return any(related(lemma, t.lemma_) for t in around)


#: the tags of relative pronouns ("who", "which", "that")
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _in_relative(token: Token, top: Token) -> bool:
    """``token`` lies in a relative clause or a participle's clause under ``top`` (or is its verb):
    "the surveyor Robert Schomburgk, [working for the British crown]" names the surveyor."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        if token.head is token:
            return False
        token = token.head
    return False


def _fillers(verb: Token, want: str) -> list[Token]:
    """The words under ``verb`` that name its doer (subject; the object of a passive's "by") or
    the one done to (passive subject, object)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    for c in verb.children:
        if want == "doer" and c.dep_ in DOER_DEPS:
            out.append(c)
        elif want == "doer" and c.dep_ == "agent":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif want == "undergoer" and c.dep_ in UNDERGOER_DEPS:
            out.append(c)
    return out


def _is_any(actors: list[QuestionActor], mention: dict) -> bool:
    return any(_is(a, mention) for a in actors)


def _is(actor: QuestionActor, mention: dict, exact: bool = False) -> bool:
    """``mention`` names ``actor``: by one of its ids, or (unless ``exact``) as one of its own
    (an army, an official of the state)."""
    if actor.ids and (mention["actor_id"] in actor.ids or (not exact and mention["country"] in actor.ids)):
        return True
    return actor.text.casefold() in (mention["text"] or "").casefold()


def _asked_role(q: Question) -> str:
    """Whom a who-question asks for: the doer when its question word (or the noun it determines:
    "which submarine") is the subject, the undergoer when it is the object or the passive
    subject ("who was made president")."""
    if q.doc is None:
        return "doer"
    wh = next((t for t in q.doc if t.lower_ in WH_WORDS), None)
    if wh is None:
        return "doer"
    phrase = asked_phrase(q.doc)  # "which [Dominican president] signed": the noun's role (the
    # parser may hang "which" elsewhere: as the object of "promulgated")
    word = q.doc[phrase[-1]] if phrase else wh.head if wh.dep_ == "det" else wh
    if word.dep_ == "attr":  # "who was the minister": the one the sentence says is it
        return "doer"
    if word.dep_ == "nsubjpass" or word.dep_ in OBJECT_DEPS - {"pobj"}:
        return "undergoer"
    return "doer"  # the subject, or a question word the parse attaches otherwise


def choose_date(readings: Iterable[Reading]) -> tuple[str, list[Reading]] | None:
    """The date most readings agree with: each dated reading votes for every other date it is
    compatible with (one interval inside the other); the most votes wins, then the most precise
    date (the shortest interval: "March 1964" over "1964"). Returns the value and the readings
    that agree with it."""
    dated = [r for r in readings if r.date_span is not None]
    if not dated:
        return None
    inside = lambda a, b: a[0] <= b[0] and b[1] <= a[1]  # noqa: E731

    def votes(r: Reading) -> tuple[int, int]:
        n = sum(inside(r.date_span, o.date_span) or inside(o.date_span, r.date_span) for o in dated)
        return n, -(r.date_span[1] - r.date_span[0]).days

    best = max(dated, key=votes)
    agree = [r for r in dated if inside(best.date_span, r.date_span) or inside(r.date_span, best.date_span)]
    return best.date, agree


#: the dependencies of the words before a name that make its title ("Freedonian First Vice-President
#: Ana Vell", "Commodore Ilja Varn"): modifiers and nouns joined to the name's head
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
#: plural nouns (one person's title is singular) and the dependents of a clause of its own inside
#: a phrase in apposition
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc"})
#: the longest phrase in apposition taken for a description (a longer one tells more than who
#: the person is: the parse has joined the rest of the sentence to it)
DESCRIPTION_WORDS = 12


def describe(sentence: str, name: str) -> str | None:
    """How ``sentence`` describes the person ``name``: the name with the title words the parse
    joins to it just before it ("Commodore Ilja Varn") and the noun phrase in apposition to it
    ("Ona Brask, then president of the republic", "the naval commander, Commodore Ilja
    Varn"); None when the sentence gives neither (or does not write the name)."""
    doc = parse_plain([sentence])[0]
    folded = fold(sentence)
    at = word_at(folded, fold(name)) if len(folded) == len(sentence) else -1
    tokens = [t for t in doc if at <= t.idx < at + len(name)] if at >= 0 else []
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head is t), tokens[-1])
    first, title = tokens[0].i, set()
    while first > 0:  # the title words, each joined to the name or to a title word after it
        t = doc[first - 1]
        if t.ent_type_ in ("DATE", "PERSON") or t.tag_ in PLURAL_TAGS or t.tag_.startswith("VB") \
                or t.head.i not in inside | title or not (t.dep_ in TITLE_DEPS or (t.is_punct and t.text == "-")):
            break  # a plural ("foreign [ministers] A and B") names no one's title, nor another
            # person's name or a verb the parser joined to the name ("A [meets] B", "self-[proclaimed]")
        title.add(t.i)
        first -= 1
    while first < tokens[0].i and doc[first].is_punct:  # no title starts with its hyphen
        first += 1
    named = doc[first:tokens[-1].i + 1].text
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i not in inside), None)
    if appos is not None:  # "X, [then president of Y], signed": the phrase to its head's
        # complements, without a clause of its own ("the officer [who led the column]")
        cut = {t.i for c in appos.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
        words = [t for t in appos.subtree if t.i not in cut]
    elif head.dep_ == "appos" and head.head.i not in inside:  # "the naval commander, [X]": the
        # noun phrase up to its head noun
        words = list(doc[head.head.left_edge.i:head.head.i + 1])
        appos = head.head
    else:
        words = []
    stop = next((n for n, t in enumerate(words) if t.text in (";", "(", ":")), len(words))
    words = words[:stop]  # the phrase ends where the sentence goes on to another clause
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    phrase = doc[words[0].i:words[-1].i + 1].text if words else ""
    if appos is None or appos.tag_ in PLURAL_TAGS or appos.pos_ not in ("NOUN", "PROPN") \
            or word_at(fold(phrase), fold(name)) >= 0 or len(words) > DESCRIPTION_WORDS:
        phrase = ""  # "[The prime ministers], A and B", "X, [84]", a phrase that holds the name again
    if not phrase and first == tokens[0].i:
        return None
    return f"{named}, {phrase}" if phrase else named


__all__ = ["CANDIDATES", "LIGHT_VERBS", "describe", "Reader", "Reading", "strict_first", "act_code", "asks_any_act", "act_codes", "act_family", "choose_date",
           "may_hold", "opposite_acts", "related", "tells_opposite", "unresolved_names", "word_at"]
