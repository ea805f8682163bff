"""The claims a parsed document makes, built from the parse and the stages before it.

Public API::

    claims = extract_claims(doc, document_id=3)   # list[SentenceClaim], in text order

Reads ``doc._.timexes`` (when each claim holds), ``doc._.actors`` (who it is about) and
``doc._.events`` (the happening it is about: a claim made in the sentence of an event mention,
about that mention's predicate, carries its trigger offset). Each kind of claim has its own
finder in :data:`FINDERS`, run over every sentence in turn:

1. ``count``: figures with what they count ("323 sailors were killed" -> dead 323), and
   ``duration``: how long something lasted ("the war lasted three weeks");
2. ``agent``: who did an act that happens once for its object ("it was X who started the war");
3. ``participants``: the complete list of parties to a happening ("a treaty between X and Y");
4. ``order``: one happening before or after another in the same sentence;
5. ``scope``: how much of a whole an act covered ("banned all trade");
6. ``relation``: how two actors' relations stood or went ("relations between X and Y soured");
7. ``attribute``: a person's birth date or place, age at a happening, or office or rank at a time
   ("X, then vice-president", "Captain X": :func:`find_offices`);
8. ``act``: what a permission, an order or a refusal is about ("ordered X to invade Y").

The words each finder reads are data (``data/claims.yaml``, :mod:`chronica.claims.rules`).
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from datetime import date, timedelta
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from spacy.tokens import Doc, Span, Token

from chronica.actors.kb import load_kb
from chronica.claims import doers
from chronica.claims.model import MONEY_TOPIC, SHARE_TOPIC, SentenceClaim
from chronica.claims.numbers import Quantity, amounts, quantities
from text_to_num import text2num
from chronica.claims.rules import WHOLE_PERIOD, Rules, duration_interval, fold_name, load_rules, states_repetition
from chronica.events._modality import BELIEF_VERBS, SAY_VERBS
from chronica.events._targets import MEDIATOR_PREPS
from chronica.nlp import doc_ents, doc_text, sentence_spans

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: verbs whose clause is what their subject claims ("X alleged that ...", "most believe that ...")
CLAIMING_VERBS = SAY_VERBS | BELIEF_VERBS | frozenset({"hold", "contend"})
#: how each class of once-only act names its topic ("who started: war")
ONCE_TOPICS = {"initiate": "started", "discover": "discovered", "found": "founded", "broker": "brokered",
               "sever": "broke off", "close": "closed", "convene": "convened", "deliver": "delivered",
               "propose": "proposed"}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: kinds of actor mention that stand for a state or a group of its people
ACTOR_KINDS_SKIPPED = frozenset({"place"})
#: how a once noun's doer hangs on it as its own modifier ("*Libyan* mediation", "*Algeria's*
#: mediation", "*UN* auspices"): only a word the actor stage resolved is a doer
NOUN_DOER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: the actor kind of a seat of government ("Riyadh", "Washington"): its state when it is a subject
SEAT_KIND = "government_seat"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


@dataclass
class _Sentence:
    """What every finder needs of one sentence."""

    doc: Doc
    span: Span
    idx: int
    start: int
    end: int
    document_id: int
    rules: Rules
    actors: list[Any]  # actor mentions inside the sentence
    timexes: list[Any]  # DATE time expressions inside the sentence
    timexes_all: list[Any]  # every time expression inside the sentence
    events: list[Any]  # event mentions of the sentence
    claims: list[SentenceClaim] = field(default_factory=list)
    happenings: list["Happening"] = field(default_factory=list)  # once-only happenings written in it
    pair: list[Any] = field(default_factory=list)  # the two states the document tells most of
    # the sentences just before (at most BACK_ANCHOR_SENTENCES), in order: span, start, event mentions
    earlier: tuple[tuple[Span, int, list[Any]], ...] = ()

    def claim(self, kind: str, topic: str, value: str, tokens: list[Token], **fields: Any) -> SentenceClaim:
        first = min(t.idx for t in tokens)
        last = max(t.idx + len(t.text) for t in tokens)
        if fields.get("obj"):  # one object however accented ("communiqué" / "communique")
            fields["obj"] = fold_name(fields["obj"])
        c = SentenceClaim(document_id=self.document_id, sentence_idx=self.idx,
                          sentence=doc_text(self.doc)[self.start:self.end], sentence_start=self.start,
                          sentence_end=self.end, kind=kind, topic=topic, value=value,
                          start=first, end=last, **fields)
        if c.date is None:
            self._date(c, tokens)
        if c.attribution is None:
            c.attribution = attribution(tokens[0])
        self.claims.append(c)
        return c

    def actor_at(self, tok: Token) -> Any | None:
        for a in self.actors:
            if _get(a, "start") <= tok.idx < _get(a, "end"):
                return a
        return None

    def event_at(self, tok: Token) -> Any | None:
        for e in self.events:
            if e.trigger_start <= tok.idx < max(e.trigger_end, e.trigger_start + 1):
                return e
        return None

    def _date(self, c: SentenceClaim, tokens: list[Token]) -> None:
        """The claim's time: the event mention of its predicate, else the sentence's one date."""
        for tok in tokens:
            e = self.event_at(tok)
            if e is not None and e.date:
                c.date, c.date_end, c.earliest, c.latest = e.date, e.date_end, e.earliest, e.latest
                c.date_text = e.date_text
                c.stated = e.date_source in ("sentence", None) and bool(e.date_text)
                c.event_trigger = e.trigger_start
                return
        own = [t for t in self.timexes if _verb_of(self.doc, _get(t, "start")) in tokens]
        if own or len(self.timexes) == 1:
            t = (own or self.timexes)[0]
            c.date, c.date_end = _get(t, "value"), _get(t, "value_end")
            c.earliest, c.latest = _get(t, "earliest"), _get(t, "latest")
            c.date_text, c.stated = _get(t, "text"), _get(t, "anchor") in WRITTEN_ANCHORS
            if not own and self._dates_other_clause(t, tokens):
                # "a truce was signed on 18 June; 80,000 are thought to have been killed": the
                # date places the claim in the narrative, it is not the claim's own
                c.stated = False


    def _dates_other_clause(self, timex: Any, tokens: list[Token]) -> bool:
        """The sentence's one date belongs to a verb of the sentence that neither is nor governs
        any of the claim's words: another clause's happening ("... signed on 18 June 2000; about
        80,000 are thought to have been killed"), not the claim's. A date that governs the claim
        ("On 16 March aircraft bombed the town, killing 3,200") or stands outside the sentence (a
        timeline entry's) dates it."""
        verb = _verb_of(self.doc, _get(timex, "start"))
        if verb is None or not (self.span.start <= verb.i < self.span.end) or verb.pos_ != "VERB":
            return False
        return not any(_governs(verb, t) for t in tokens)


def _governs(verb: Token, tok: Token) -> bool:
    """``tok`` is ``verb`` or lies in its clause: reached from ``tok`` up the heads without
    crossing from a joined clause to the clause it is joined to ("signed ..., but 80,000 were
    killed": killed is joined to signed, not governed by it)."""
    node = tok
    for _ in range(40):
        if node == verb:
            return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


#: anchors of a date written in full where the claim reads it: nothing, or the year of the
#: heading or timeline entry it stands under ("1981" / "14 October: ...")
WRITTEN_ANCHORS = ("absolute", None, "heading")
#: a line that opens with a year: a bare year heading ("1981"), a timeline entry ("1991: The
#: siege began in October"), a chronology's marker ("– 1974 – July 15: ...")
_YEAR_LINE = re.compile(r"(?m)^[ \t]*(?:[–—-][ \t]*)?(\d{4})[ \t]*(?:[:–—-]|$)")
_UNDERSPECIFIED = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
#: a month or a day of a year: what a heading's year completes
_BARE_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def finest_nested(timexes: list[Any]) -> list[Any]:
    """Dates on one verb that nest ("1991: ... began in October", with October dated 1991):
    the finest, which says all the others say; dates that do not nest are returned as they are."""
    if len(timexes) < 2:
        return timexes
    spans = [(_get(t, "earliest") or "", _get(t, "latest") or "") for t in timexes]
    if not all(e and l for e, l in spans):
        return timexes
    finest = min(range(len(timexes)), key=lambda i: (_ordinal(spans[i][1]) or 0) - (_ordinal(spans[i][0]) or 0))
    lo, hi = spans[finest]
    if all(e <= lo and hi <= l for e, l in spans):
        return [timexes[finest]]
    return timexes


def heading_year(text: str, offset: int) -> int | None:
    """The year of the nearest line before ``offset`` that opens with a year (a heading or a
    timeline entry), or None."""
    found = None
    for m in _YEAR_LINE.finditer(text, 0, offset):
        found = m
    return int(found.group(1)) if found else None


def with_heading_year(text: str, timex: Any) -> Any:
    """A month or day written without its year ("14 October", "in October") under a year
    heading or in a timeline entry ("1981" / "14 October: ..."; "1991: ... began in October"):
    the same time expression dated in that year, anchored ``"heading"``. An expression the time
    stage dated absolutely, or with no year line above it, is returned unchanged."""
    value = _get(timex, "value") or ""
    if _get(timex, "anchor") == "narrative" and _BARE_DAY_OR_MONTH.match(value) \
            and heading_year(text, _get(timex, "start")) == int(value[:4]):
        # the time stage already dated it in the year of the heading above ("1981" / "14 October")
        return {**timex, "anchor": "heading"} if isinstance(timex, dict) else dataclasses.replace(timex, anchor="heading")
    m = _UNDERSPECIFIED.match(value)
    if m is None or _get(timex, "anchor") in ("absolute", "narrative") and _get(timex, "earliest"):
        return timex
    year = heading_year(text, _get(timex, "start"))
    if year is None:
        return timex
    month = int(m.group(1))
    try:
        if m.group(2):
            first = last = date(year, month, int(m.group(2)))
        else:
            first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return timex
    fields = {"value": f"{year}{value[4:]}", "earliest": first.isoformat(), "latest": last.isoformat(),
              "anchor": "heading"}
    if isinstance(timex, dict):
        return {**timex, **fields}
    return dataclasses.replace(timex, **fields)


def _verb_of(doc: Doc, offset: int) -> Token | None:
    """The verb (or event noun) a time expression at ``offset`` belongs to."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return None


def actor_key(a: Any) -> str | None:
    """The id a claim names an actor by: its knowledge-base id, else the state it acts for."""
    return _get(a, "actor_id") or _get(a, "country")


def actor_keys(a: Any) -> set[str]:
    return {k for k in (_get(a, "actor_id"), _get(a, "country")) if k}


def attribution(tok: Token) -> str | None:
    """Who the sentence says makes the claim: the subject of a verb of saying or believing above
    it ("Argentina alleged that ...", "most believe that ..."), or the object of "according to"."""
    node = tok
    for _ in range(12):
        for child in node.children:
            if child.lower_ == "according":
                for grand in child.subtree:
                    if grand.dep_ == "pobj":
                        return " ".join(t.text for t in grand.subtree)
        if node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in CLAIMING_VERBS:
            subj = [c for c in node.head.children if c.dep_ in SUBJECTS]
            if subj:
                return " ".join(t.text for t in subj[0].subtree)
        node = node.head
    return None


def _antecedent(tok: Token) -> Token:
    """A relative pronoun's noun ("Russia" in "it was Russia who started")."""
    if tok.lower_ not in RELATIVE_PRONOUNS:
        return tok
    if tok.head.dep_ == "relcl":
        noun = tok.head.head
        # a cleft's denied alternative ("it was X, not Y, who ..."): the parser hangs the clause
        # on Y, the doer the sentence denies; the doer is X, the noun Y stands beside (session 60)
        if noun.dep_ == "appos" and any(c.dep_ == "neg" and (c.head.i == noun.i or noun.head.i < c.i < noun.i)
                                        for c in (*noun.children, *noun.head.children)):
            return noun.head
        return noun
    if tok.head.dep_ == "ccomp" and tok.head.head.lemma_ == "be":  # a cleft: "it was X who ..."
        attrs = [c for c in tok.head.head.children if c.dep_ == "attr"]
        if attrs:
            return attrs[0]
    return tok


def _phrase(tok: Token) -> str:
    """A noun phrase without what follows its head ("an English sailor", not "... in 1592")."""
    drop = {i for c in tok.children if c.dep_ in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj", "intj", "neg")
            for i in (t.i for t in c.subtree)}
    return " ".join(t.text for t in tok.subtree if t.i not in drop)


# -- 1. counts -----------------------------------------------------------------------------

def _taken_as(noun: Token | None, predicate: Token | None) -> list[str]:
    """What a verb makes the counted people, as "verb-complement" forms: a second object after
    them ("took 66 Americans hostage", "held 52 diplomats hostage": ``take-hostage``), the noun
    their word is a compound of ("took 40 tourists hostage"), an adjective after them ("left a
    million people dead": ``leave-dead``), a place they are put out of ("forced 90,000 people from
    their homes": ``force-from-home``); and what a noun governed by a verb stands for ("claimed the
    lives of 40,000": ``claim-life``)."""
    if noun is None:
        return []
    verb, complements = predicate, []
    if noun.dep_ == "compound" and noun.head.dep_ in ("dobj", "oprd"):
        verb, complements = noun.head.head, [noun.head.lemma_.lower()]
    elif verb is not None and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB":
        verb, complements = verb.head, [verb.lemma_.lower()]  # "claimed the lives of 40,000 people"
    elif verb is not None:
        complements = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > noun.i]
        complements += [c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.i > noun.i]
        complements += [f"{c.lower_}-{g.lemma_.lower()}" for c in verb.children if c.dep_ == "prep" and c.i > noun.i
                        for g in c.children if g.dep_ == "pobj"]
    if verb is None or verb.pos_ != "VERB":
        return []
    return [f"{verb.lemma_.lower()}-{c}" for c in complements]


def _measure(rules: Rules, noun: Token | None, predicate: Token | None) -> str | None:
    """The measure of a count: by what the verb makes them ("took 66 Americans hostage"), by the
    counted noun, else by the predicate governing it."""
    for form in _taken_as(noun, predicate):  # 0. "took 66 Americans hostage": take-hostage
        for name, m in rules.measures.items():
            if form in m["predicates"]:
                return name
    noun_lemma = noun.lemma_.lower() if noun is not None else None
    pred_lemma = predicate.lemma_.lower() if predicate is not None else None
    for name, m in rules.measures.items():  # 1. the predicate with its noun: "lives were lost"
        if noun_lemma and pred_lemma and (f"{pred_lemma}-{noun_lemma}" in m["predicates"]
                                          or f"{noun_lemma}-{pred_lemma}" in m["nouns"]):
            return name
    # "two wars killed millions": the wars did it; "500 villagers fled": it happened to them
    agent = noun is not None and noun.dep_ == "nsubj" and pred_lemma in rules.agentive
    for name, m in rules.measures.items():  # 2. what happened to them: "600 soldiers were killed"
        if pred_lemma and pred_lemma in m["predicates"] and not agent:
            return name
    for name, m in rules.measures.items():  # 3. what they are: "600 refugees", "the dead"
        if noun_lemma and noun_lemma in m["nouns"]:
            return name
    return None


#: what a verb says of people of its own (joined verbs share their subject: not that)
_OWN_ARGUMENTS = frozenset({"dobj", "attr", "oprd", "advcl", "xcomp", "ccomp"})


def _own_clause(verb: Token, counted: Token | None) -> bool:
    """The joined verb says what it says of people of its own: it has an argument that is not
    the counted figure's ("killed 70,000 and sent hundreds of thousands fleeing", "killed 40 and
    wounded 200"), not a verb that shares the figure ("were killed or wounded", "killed and
    injured 300")."""
    inside = {t.i for t in counted.subtree} if counted is not None else set()
    return any(c.i not in inside and (c.dep_ in _OWN_ARGUMENTS or c.dep_ in ("npadvmod", "nsubj", "nsubjpass") and any(
        t.like_num for t in c.subtree)) for c in verb.children)  # "several hundred injured", "some 70 wounded"


def _joined_measure(rules: Rules, measure: str, predicate: Token | None, counted: Token | None = None) -> str:
    """The measure of a figure whose verb is joined to a verb of another measure ("1,500 people
    were killed or wounded", "killed and injured 300"): both together ("dead or wounded"), which
    is no figure of the dead alone. A joined verb with a figure of its own ("killed 70,000 and
    sent hundreds of thousands fleeing") is another clause (:func:`_own_clause`)."""
    if predicate is None or predicate.pos_ != "VERB":
        return measure
    joined = [c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not _own_clause(c, counted)]
    if predicate.dep_ == "conj" and predicate.head.pos_ == "VERB" and not _own_clause(predicate.head, counted):
        joined.append(predicate.head)
    others = [name for v in joined for name, m in rules.measures.items()
              if v.lemma_.lower() in m["predicates"] and name != measure]
    return " or ".join(sorted({measure, *others})) if others else measure


#: verbs that say what is held of their subject ("600 are thought to have been killed"): the
#: verb of their clause (``xcomp``) is what happened to the counted people
RAISING_VERBS = SAY_VERBS | BELIEF_VERBS | frozenset({"estimate", "reckon", "presume", "know", "fear"})


def _raised(verb: Token) -> Token:
    """The verb of the clause a saying or believing verb raises its subject from ("are thought
    to have been killed": killed), else the verb itself."""
    for _ in range(3):
        if verb.lemma_.lower() not in RAISING_VERBS:
            break
        inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inner is None:
            break
        verb = inner
    return verb


def _predicate(tok: Token) -> Token | None:
    """What governs a counted noun: its verb (through a saying or believing verb: "are said to
    have died"), or the noun whose "of" it fills ("deaths of 600")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos") and tok.head.pos_ in ("VERB", "AUX", "NOUN"):
        return _raised(tok.head) if tok.dep_ in SUBJECTS else tok.head
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB":  # "displaced 800,000 people", misparsed
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    if tok.dep_ == "conj":
        return _predicate(tok.head)
    return None


def _unit(noun: Token, q: Quantity) -> str:
    """The counted noun with its modifiers, without the figure ("Argentine military personnel",
    "the Greek population")."""
    skip = {t.i for t in q.tokens} | {t.i for t in noun.doc[noun.left_edge.i:q.tokens[-1].i + 1]
                                      if q.tokens[0].i <= noun.i and t.i <= q.tokens[-1].i}
    words = [t.text for t in noun.doc[noun.left_edge.i:noun.i + 1]
             if t.i not in skip and t.dep_ not in ("det", "predet", "quantmod", "advmod", "punct", "poss", "case")]
    return " ".join(words) or noun.text


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to ("X is formed by ... and runs for
    200 km": X)."""
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _proper_name(tok: Token) -> str | None:
    """The name a proper noun writes, with the proper nouns compounded before it ("Shatt
    al-Arab"), or a common noun with a proper noun before it ("the Velma river"), lower-cased; None
    for a common noun alone."""
    first = tok
    while first.i > tok.sent.start and tok.doc[first.i - 1].dep_ == "compound" and tok.doc[first.i - 1].head.i == tok.i \
            and tok.doc[first.i - 1].pos_ == "PROPN":
        first = tok.doc[first.i - 1]
    if tok.pos_ != "PROPN" and first.i == tok.i:
        return None
    return tok.doc[first.i:tok.i + 1].text.lower()


def _length_claim(s: _Sentence, q: Quantity) -> None:
    """A length: what the unit measures ("a 1,200-kilometre border"; "the border ... is 5,300 km
    long": the subject of "long"; "a 2,640 km long border": the noun "long" modifies; "the
    frontier runs for 2,640 km": the subject of ``length_verbs``), when it is a thing with a length
    in the rules or a proper name; else a distance (:func:`_distance_claim`)."""
    rules = s.rules
    unit = q.length_unit
    if _distance_claim(s, q):
        return
    measured = unit.head if unit.head.pos_ in ("NOUN", "PROPN") and unit.head.i != unit.i else None
    named = False  # the subject of "long" or of a length verb: a proper name is measured too
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ == "NOUN":
        measured = unit.head.head  # "a border of 912 kilometres"
    if unit.head.lower_ == "long":
        long = unit.head
        if long.head.pos_ in ("NOUN", "PROPN") and long.head.i != long.i:
            measured = long.head  # "a 2,640 km long border"; "the X Channel, some 110 km long,"
            named = True
        else:
            measured = _clause_subject(long.head)
            named = True
    elif unit.dep_ == "pobj" and unit.head.lower_ == "for" and unit.head.head.lemma_.lower() in rules.length_verbs:
        measured = _clause_subject(unit.head.head)  # "the frontier runs for about 2,640 km"
        named = True
    if measured is None:
        return
    lemma = measured.lemma_.lower()
    if lemma in rules.measures["length"]["nouns"]:
        thing = rules.length_kin.get(lemma, lemma)
    elif named and (name := _proper_name(measured)) is not None:
        thing = name
    else:
        return
    around = list(measured.subtree)
    if measured.dep_ == "dobj":  # "Chile and Argentina share a 5,150-kilometre border"
        around += [t for c in measured.head.children if c.dep_ in SUBJECTS for t in c.subtree]
    keys = sorted({actor_key(a) for t in around if (a := s.actor_at(t)) is not None and actor_key(a)})
    s.claim("count", "length", q.text, q.tokens + [unit, measured], subject=keys, low=q.low, high=q.high,
            qualifier=q.qualifier, unit=f"km of {thing}")


def _distance_prep(unit: Token, rules: Rules) -> Token | None:
    """The preposition after a figure in a unit of length that makes it a distance: the unit's
    own ("3.8 nautical miles from the coast") or the one the unit measures ("lies 15 nautical miles
    off the coast": the unit modifies "off")."""
    for c in unit.children:
        if c.dep_ == "prep" and c.lower_ in rules.distance_prepositions:
            return c
    if unit.dep_ == "npadvmod" and unit.head.dep_ == "prep" and unit.head.lower_ in rules.distance_prepositions:
        return unit.head
    return None


def _located_names(s: _Sentence, verb: Token | None, unit: Token) -> list[str]:
    """The proper names of what a distance is of: the clause's subject ("Sipadan lies ..."; "The
    islets of Imia (Kardak in Turkish) lie ..."; "Imia, or Kardak, is a pair of rocks ..."), with
    the names written in it (its compounds, "of" objects, appositions and conjuncts)."""
    subj = _clause_subject(verb) if verb is not None else None
    if subj is None:
        return []
    names = set()
    for t in subj.subtree:
        if t.i >= unit.i:
            break
        if t.ent_type_ == "NORP" or not t.is_title or t.i == t.sent.start and t.pos_ != "PROPN" and t.i != subj.i \
                or (t.dep_ == "pobj" and t.head.lower_ != "of"):
            continue  # "Turkish"; "The islets"; "(X in Turkish)"
        if t.pos_ == "PROPN" or t.i == subj.i or (t.dep_ in ("conj", "appos") and t.head.i == subj.i):
            names.add(t.lower_)  # "Imia, or Kardak, is ...": a name the parser took for an adjective
    return sorted(names)


def _distance_claim(s: _Sentence, q: Quantity) -> bool:
    """A distance from a place ("lies about 35 km off the coast", "a pair of rocks seven nautical
    miles from the coast"): topic ``distance``, unit "km from" the place's noun, subject the names
    of what lies there; True when the figure is a distance (a claim made or not)."""
    unit = q.length_unit
    prep = _distance_prep(unit, s.rules)
    if prep is None:
        return False
    places = [c for c in prep.children if c.dep_ == "pobj"]
    verb = unit.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    names = _located_names(s, verb, unit)
    if places and names:
        s.claim("count", "distance", q.text, q.tokens + [unit, places[0]], subject=names, low=q.low, high=q.high,
                qualifier=q.qualifier, unit=f"km from {places[0].lemma_.lower()}")
    return True


# -- 1a. a vote's tally -----------------------------------------------------------------------

#: the count topics of a vote's tally: how many voted for the decision, how many against
VOTES_FOR, VOTES_AGAINST = "votes for", "votes against"
VOTE_TOPICS = frozenset({VOTES_FOR, VOTES_AGAINST})
#: a split written as one word or three ("12-4", "9 - 5"): for, then against
_SPLIT = re.compile(r"^(\d{1,3})[-–—](\d{1,3})$")
_DASHES = frozenset({"-", "–", "—"})


def _small_number(tok: Token) -> float | None:
    """The number one token writes, in digits or a word ("4", "four", "one"), else None."""
    if tok.text.isdigit():
        return float(tok.text)
    if tok.lower_ in ("none", "nil"):  # "by 13 votes to none"
        return 0.0
    if tok.lower_ in ("a", "an", "and") or not tok.is_alpha:
        return None
    try:
        return float(text2num(tok.lower_, "en"))
    except ValueError:
        return None


def _vote_side(tok: Token, rules: Rules) -> str | None:
    """The side a tally is of, by the complement of its noun or verb ("13 votes in favour", "voted
    against", "voted for it", "voted yes"): "for", "against", or None."""
    votes = rules.votes
    for c in tok.children:
        if c.dep_ == "prep":
            forms = {c.lower_} | {f"{c.lower_}-{g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"}
        elif c.dep_ in ("advmod", "dobj", "npadvmod", "attr", "oprd", "intj"):
            forms = {c.lower_}
        else:
            continue
        if forms & votes.get("against", frozenset()):
            return "against"
        if forms & votes.get("for", frozenset()):
            return "for"
    return None


def _denied(verb: Token) -> bool:
    """The finding a vote decided is denied: a negation in the verb's clause or in a clause it
    reports ("found, by 15 votes to 1, that it does not have jurisdiction"): another finding than
    the one affirmed by the same body the same day."""
    for t in verb.subtree:
        if t.dep_ != "neg":
            continue
        node = t.head
        for _ in range(4):
            if node.i == verb.i:
                return True
            if node.dep_ not in ("ccomp", "xcomp"):
                break
            node = node.head
    return False


def _decision_verb(tok: Token) -> Token | None:
    """The verb a tally hangs from ("adopted by 21 votes", "gave its judgment by 20 votes",
    "passed with 13 votes in favour"): through "by" / "with" to a verb."""
    node = tok
    for _ in range(3):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("prep", "pobj", "npadvmod") and node.pos_ != "ADP":
            return None
    return None


def _tally(s: _Sentence, tokens: list[Token], verb: Token | None, sides: dict[str, float]) -> None:
    """The tally's claims, one a side, citing its words only (the verb's words are what its
    masked clause compares)."""
    denied = ["not"] if verb is not None and _denied(verb) else []
    text = s.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1].text
    for side, value in sides.items():
        s.claim("count", VOTES_FOR if side == "for" else VOTES_AGAINST, text, tokens, low=value, high=value,
                unit="votes", modifiers=denied)


def find_votes(s: _Sentence, qs: list[Quantity]) -> set[int]:
    """A vote's tally, each side a count claim (topic :data:`VOTES_FOR` / :data:`VOTES_AGAINST`,
    the figure exact; ``modifiers`` ["not"] when the finding voted is denied): "by 12 votes to 4"
    and "13 votes in favour" (a figure of a vote noun: ``votes.nouns``; "by N votes" alone is the
    votes for, unless its verb makes it a margin: "won by 5 votes"), "109 deputies voted in
    favour" / "Twelve countries voted for it" (the subject of a vote verb with its side), "the
    court ruled 12-4" / "a 9-5 ruling" (a split hanging from a deciding verb or noun). Returns
    the tokens of the figures it read, which no other count claim takes."""
    votes = s.rules.votes
    if not votes:
        return set()
    used: set[int] = set()
    doc, end = s.doc, s.span.end
    for q in qs:
        if q.length_unit is not None or q.measure_unit is not None or not q.tokens:
            continue
        last = q.tokens[-1]
        noun = q.noun if q.noun is not None else last
        sides: dict[str, float] = {}
        verb = None
        if noun.lemma_.lower() in votes["nouns"] and noun.i > last.i:  # "12 votes ..."
            verb = _decision_verb(noun)
            after = noun.i + 1
            other = _small_number(doc[after + 1]) if after + 1 < end and doc[after].lower_ == "to" else None
            side = _vote_side(noun, s.rules)
            if other is not None:  # "by 12 votes to 4"
                sides = {"for": q.value, "against": other}
                noun = doc[after + 1]  # the tally's words run to the figure against
            elif side is not None:  # "13 votes in favour"
                sides = {side: q.value}
            elif noun.dep_ == "pobj" and noun.head.lower_ == "by" and not (
                    verb is not None and verb.lemma_.lower() in votes["margin_verbs"]):
                sides = {"for": q.value}  # "declared independence by 111 votes"
        elif noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in votes["verbs"]:  # "109 deputies voted in favour"
            verb = noun.head
            side = _vote_side(verb, s.rules)
            if side is not None:
                sides = {side: q.value}
        if sides:
            words = list(doc[q.tokens[0].i:max(noun.i, last.i) + 1])
            _tally(s, words, verb, sides)
            used.update(t.i for t in words)
    for tok in s.span:  # a split written "12-4" or "9 - 5"
        if tok.i in used or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        m = _SPLIT.match(tok.text)
        if m:
            words, n, k = [tok], float(m.group(1)), float(m.group(2))
        elif tok.text.isdigit() and tok.i + 2 < end and doc[tok.i + 1].text in _DASHES and doc[tok.i + 2].text.isdigit() \
                and len(tok.text) <= 3 and len(doc[tok.i + 2].text) <= 3 and doc[tok.i + 2].ent_type_ not in ("DATE", "TIME"):
            words, n, k = list(doc[tok.i:tok.i + 3]), float(tok.text), float(doc[tok.i + 2].text)
        else:
            continue
        inside = {t.i for t in words}
        heads = [t.head for t in words if t.head.i not in inside]
        head = heads[0] if heads else None
        if head is None or not ((head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in votes["deciding"])
                                or (head.pos_ == "NOUN" and head.lemma_.lower() in votes["deciding_nouns"])):
            continue
        verb = head if head.pos_ in ("VERB", "AUX") else _decision_verb(head)
        _tally(s, words, verb, {"for": n, "against": k})
        used.update(inside)
    return used


#: words after a measure's unit that make it a rate ("130,000 tonnes a year", "per year", "a day")
RATE_NOUNS = frozenset({"year", "month", "week", "day", "hour", "annum"})


def _rate(unit: Token) -> str:
    """The rate a measure is of, " a year" ("tonnes a year", "cubic metres per year"), else ""."""
    for c in unit.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in RATE_NOUNS:
            return f" a {c.lemma_.lower()}"
        if c.dep_ == "prep" and c.lower_ == "per":
            obj = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in RATE_NOUNS]
            if obj:
                return f" a {obj[0].lemma_.lower()}"
    return ""


def measured_noun(unit: Token, rules: Rules) -> Token | None:
    """The noun a figure in a unit of a measure measures: the noun it is "of" ("a capacity of 12
    billion cubic metres"), the noun "of" it ("200,000 square kilometres of territory"), or the
    object of the verb that sets it "to" / "at" it ("limited catches to 130,000 tonnes")."""
    for c in unit.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:  # what it is "of" is what it measures, a noun or nothing known
                return objs[0] if objs[0].pos_ == "NOUN" else None
    if unit.dep_ != "pobj":
        return None
    prep = unit.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head
    if prep.lower_ in rules.measure_setting_prepositions and prep.head.pos_ == "VERB":
        objs = [g for g in prep.head.children if g.dep_ == "dobj" and g.pos_ == "NOUN"]
        return objs[0] if objs else None
    return None


def _measure_claim(s: _Sentence, q: Quantity) -> None:
    """A mass, an area, a volume ("a capacity of 12 billion cubic metres per year"): topic the
    measure, unit the measured noun's lemma (and the rate), subject the actors of the measured
    noun's words ("British catches")."""
    measured = measured_noun(q.measure_unit, s.rules)
    if measured is None:
        return
    keys = sorted({actor_key(a) for t in measured.subtree if (a := s.actor_at(t)) is not None and actor_key(a)
                   and _get(a, "kind") not in ACTOR_KINDS_SKIPPED})
    c = s.claim("count", q.measure, q.text, q.tokens + [q.measure_unit, measured], subject=keys, low=q.low,
                high=q.high, qualifier=q.qualifier, unit=f"{measured.lemma_.lower()}{_rate(q.measure_unit)}")
    _anchor(s, c, _clause_verb(q.tokens[0], s.span))


def _change_verb(holder: Token, rules: Rules) -> Token | None:
    """The verb of a change a figure is the start or end of ("fell from X to Y": "to Y" may hang
    from "from X" in the parse)."""
    if holder.dep_ != "pobj" or holder.head.lower_ not in rules.change_prepositions:
        return None
    node = holder.head.head
    for _ in range(3):
        if node.pos_ == "VERB":
            return node
        if node.dep_ not in ("prep", "pobj") and node.lower_ not in rules.change_prepositions:
            return None
        node = node.head
    return None


def _valued(tokens: list[Token], rules: Rules) -> tuple[Token, Token] | None:
    """(counted noun, verb) when the figure is the value a verb gives its subject ("deaths were
    put at 20,000", "the toll stood at 300", "the dead numbered 1,200"; ``valuing_verbs``)."""
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), tokens[-1])
    verb = None
    if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.lemma_.lower() in rules.valuing_verbs:
        verb = root.head.head
    elif root.dep_ in ("dobj", "attr", "npadvmod") and root.head.lemma_.lower() in rules.valuing_verbs:
        verb = root.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subj or subj[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return subj[0], verb


def _said_of(noun: Token | None, predicate: Token | None, rules: Rules) -> tuple[Token, str] | None:
    """What a word right after the counted people says happened to them, and its measure, when the
    verb that governs them gives no measure of its own (reported, lost, put, counted): a participle
    ("Algeria reported 60 soldiers killed", "lost 400 soldiers killed in the war", "put its losses
    at 35 soldiers killed") or an adjective complement of that verb ("counted 44 of its soldiers
    dead", "reported 30 soldiers dead") whose word is a measure's predicate or noun (killed,
    wounded, dead). A governing verb with a measure keeps it ("freed 200 prisoners captured in the
    war": freed)."""
    if noun is None:
        return None
    if predicate is not None and any(form in m["predicates"] for form in
                                     [predicate.lemma_.lower(), *_taken_as(noun, predicate)]
                                     for m in rules.measures.values()):
        return None
    after = noun.right_edge.i
    said = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i and c.tag_ == "VBN"]
    if predicate is not None and predicate.pos_ == "VERB":
        said += [c for c in predicate.children if c.dep_ in ("oprd", "advcl", "advmod")
                 and after < c.i <= after + 2 and c.pos_ in ("ADJ", "VERB")
                 and all(g.dep_ in ("cc", "conj") for g in c.children)]  # "dead and 12 missing"
    for word in said:
        lemma = word.lemma_.lower()
        for name, m in rules.measures.items():
            if lemma in m["predicates"] or (word.pos_ == "ADJ" and lemma in m["nouns"]):
                return word, name
    return None


def _subjectless_verb_after(tok: Token) -> Token | None:
    """A verb right after the counted noun that the parser left without a subject ("- 323
    Argentines onboard were killed", parsed as a loose apposition): the noun is its subject."""
    for nxt in tok.doc[tok.i + 1:min(tok.i + 5, tok.sent.end)]:
        if nxt.is_punct:
            return None
        if nxt.pos_ == "VERB":
            return nxt if not any(c.dep_ in SUBJECTS for c in nxt.children) else None
    return None


def _whose(s: _Sentence, noun: Token | None) -> list[str]:
    """The states or groups the counted people belong to ("Argentine soldiers", "323 Argentines")."""
    if noun is None:
        return []
    keys: set[str] = set()
    for tok in [noun, *[c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]]:
        a = s.actor_at(tok)
        if a is not None and _get(a, "kind") not in ACTOR_KINDS_SKIPPED and actor_key(a):
            keys.add(_get(a, "country") or actor_key(a))  # "Argentine soldiers" are Argentina's
    return sorted(keys)


def _place(s: _Sentence, verb: Token | None) -> str | None:
    """A place the figure holds for ("in Lyon"), as written, lower-cased."""
    if verb is None:
        return None
    for tok in s.span:
        if tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "of") \
                and (tok.head.head.i == verb.i or tok.head.head.dep_ == "ROOT"):
            return tok.text.lower()
    return None


def find_counts(s: _Sentence) -> None:
    rules = s.rules
    listed: tuple[str, Token | None] | None = None
    qs = quantities(s.span, rules)
    tallied = find_votes(s, qs)
    for q in qs:
        if any(t.i in tallied for t in q.tokens):
            continue  # a vote's tally (find_votes)
        if q.length_unit is not None:
            _length_claim(s, q)
            continue
        if q.measure_unit is not None:
            _measure_claim(s, q)
            continue
        noun = q.noun
        phase = None
        holder = q.tokens[-1]
        verb = _change_verb(holder, rules)
        if verb is not None:
            phase = rules.change_prepositions[holder.head.lower_]
            subj = [c for c in verb.children if c.dep_ in SUBJECTS]
            noun = subj[0] if subj else None
            predicate = verb
        elif (valued := _valued(q.tokens, rules)) is not None:
            noun, predicate = valued
        else:
            counted = holder if noun is None or noun in holder.subtree else noun
            predicate = _predicate(counted)
        if (said := _said_of(noun, predicate, rules)) is not None:  # "reported 60 soldiers killed"
            predicate = said[0] if said[0].pos_ == "VERB" else predicate
            measure = said[1]
        else:
            measure = _measure(rules, noun, predicate)
        if measure is None:
            predicate = _subjectless_verb_after(noun if noun is not None else holder)
            measure = _measure(rules, noun, predicate)
        if measure is None and listed is not None and noun is not None and noun.dep_ in ("appos", "conj"):
            measure, predicate = listed  # the next item of a list of figures ("649 X, 255 Y and three Z")
        if measure is None:
            continue
        measure = _joined_measure(rules, measure, predicate, noun)
        listed = (measure, predicate)
        whose = _whose(s, noun)
        unit = _unit(noun, q) if noun is not None else None
        topic = measure
        tokens = q.tokens + ([predicate] if predicate is not None else [])
        c = s.claim("count", topic, q.text, tokens, subject=whose, low=q.low, high=q.high,
                    qualifier=q.qualifier, unit=unit, phase=phase,
                    obj=_place(s, predicate) if measure == "population" else None,
                    whole=_whole_toll(s, predicate, noun))
        _anchor(s, c, predicate)


#: prepositions that make a figure the toll of what they govern ("died in the war", "the dead of
#: the war", "lost during the conflict")
TOLL_PREPOSITIONS = frozenset({"in", "during", "of"})


def _whole_toll(s: _Sentence, predicate: Token | None, noun: Token | None) -> str | None:
    """The hostilities as a whole (``wholes``: a war, a conflict) a figure is the toll of: the
    subject of its predicate ("the war killed 70,000", "the war had cost 600,000 lives"; a subject
    "it" is the subject of the sentence before: "The war began in 1980. It killed a million"), or
    the object of a :data:`TOLL_PREPOSITIONS` on the predicate or the counted noun ("died in the
    war", "the dead of the war"). None for a figure of one attack or of nothing named."""
    wholes = s.rules.wholes
    for head in (predicate, noun):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ == "nsubj" and head is predicate:
                subject = _previous_subject(s) if c.lower_ == "it" else c
                if subject is not None and subject.lemma_.lower() in wholes:
                    return subject.lemma_.lower()
            if c.dep_ == "prep" and c.lower_ in TOLL_PREPOSITIONS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in wholes:
                        return g.lemma_.lower()
    return None


def _previous_subject(s: _Sentence) -> Token | None:
    """The subject of the main verb of the sentence before (what a subject "it" most often takes
    up: "The war began in 1980. It killed ...")."""
    if s.span.start == 0:
        return None
    before = s.doc[s.span.start - 1].sent
    return next((c for c in before.root.children if c.dep_ in SUBJECTS), None)


# -- 1a. sums of money and shares --------------------------------------------------------------

def amount_unit(q: Quantity) -> str:
    """A sum's unit: its currency and the noun it is given per ("USD a barrel"); a share's "%"."""
    return q.currency if not q.rate else f"{q.currency} a {q.rate}"


def find_amounts(s: _Sentence) -> None:
    """Sums of money and shares (:func:`chronica.claims.numbers.amounts`: "$36 a barrel", "4.3
    billion guilders of debt"): a count claim of topic :data:`MONEY_TOPIC` (a share, "78.5 per
    cent of voters", of :data:`SHARE_TOPIC` with its whole: see below), its unit the currency (and
    rate; a share's "% of <whole>"), known by the
    clause that states it (``masked``: :func:`masked_clause`), its subject the actors of that
    clause's subject (who paid, who demanded), tied to the event its clause tells
    (:func:`_anchor`). Two sources' sums of one currency stated in clauses worded alike, or tied
    to one happening, are one thing's (:func:`chronica.chronicle.claim_conflicts.same_amount`)."""
    found = list(amounts(s.span, s.rules))
    shares = sum(1 for q in found if q.currency == "%")
    for q in found:
        whole = None
        if q.currency == "%":
            # a share is claimed only with the whole it is a share of, read from the parse
            # (:func:`share_whole`), and only as the one share of its sentence: shares worded
            # alike across sources are as often shares of two wholes, or of two parts of one
            # ("58 per cent in the east and 83 per cent in the west"), as one share told twice
            # (dev, session 41: 0 real of 2 exported with no whole read)
            if shares > 1:
                continue
            whole = share_whole(q, s.span, s.rules)
            whole = s.rules.share_wholes.get(whole or "", whole)
            if whole is None:
                continue
        begin = q.tokens[-1].idx + len(q.tokens[-1].text) - len(q.text)
        words = [t for t in s.span if begin <= t.idx <= q.tokens[-1].idx] or q.tokens
        masked = masked_clause(s, words)
        if masked is None:
            continue
        verb = _clause_verb(q.tokens[0], s.span)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        keys = payer_keys(s, subject)
        c = s.claim("count", SHARE_TOPIC if q.currency == "%" else MONEY_TOPIC, q.text, q.tokens,
                    subject=keys, low=q.low, high=q.high, qualifier=q.qualifier,
                    unit=amount_unit(q) if whole is None else f"% of {whole}",
                    masked=masked, by_wording=True, predicate=clause_predicate(s, q.tokens))
        if whole is not None and c.earliest is None:
            s._date(c, [verb])  # a share is dated by its clause ("in the vote of May 1970, 91 per cent ... backed")
        _anchor(s, c, verb)


def payer_keys(s: _Sentence, subject: Token | None) -> list[str]:
    """The actors of a sum's subject (who paid, pledged, demanded), as claims key them. A seat of
    government that is the subject itself stands for its state, as a doer does (``doers.as_state``:
    "Strelsau pledged $5 billion" is Ruritania's pledge); a seat inside the subject's modifiers is
    where they were ("arbitrators in Geneva ordered ... to pay"): no payer (session 59)."""
    if subject is None:
        return []
    head = s.actor_at(subject)
    keys = set()
    for t in subject.subtree:
        a = s.actor_at(t)
        if a is None or _get(a, "kind") in ACTOR_KINDS_SKIPPED or not actor_key(a):
            continue
        if _get(a, "kind") == SEAT_KIND:
            if a is head and _get(a, "country"):
                keys.add(str(_get(a, "country")))
            continue
        keys.add(actor_key(a))
    return sorted(keys)


def _percent_token(q: Quantity, rules) -> Token:  # noqa: ANN001 - the claim rules
    """The token of a share's percent word ("cent" of "per cent", "percent", "%")."""
    last = {w.split()[-1] for w in rules.percent_words}
    return next((t for t in reversed(q.tokens) if t.lower_ in last), q.tokens[-1])


def share_whole(q: Quantity, span, rules) -> str | None:  # noqa: ANN001 - a spaCy Span, the rules
    """What a share is a share of, read from the parse (session 59), as a lemma: the noun after
    "of" on the percent word ("72 per cent of voters": voter; "60 per cent of the grain
    exports": export); else, the share written "by" a verb, the verb's object or, with none, its
    subject ("cut its shipments by 30 per cent", "shipments fell by 30 per cent": shipment);
    else, the share the subject of a verb, the verb ("81 per cent voted yes": vote). None when the
    parse names no whole ("a 5 per cent rise"): such a share is not claimed."""
    pc = _percent_token(q, rules)
    if pc.i < span.start or pc.i >= span.end:
        return None
    for child in (c for t in q.tokens for c in t.children):
        if child.dep_ == "prep" and child.lower_ == "of":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            return noun.lemma_.lower() if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None
    inside = {t.i for t in q.tokens}
    while pc.head.i != pc.i and (pc.head.i in inside or pc.head.lower_ == "per"):
        pc = pc.head  # the figure's top token ("by about [25] per cent" parsed with "cent" under "per")
    head = pc.head
    if pc.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        for dep in ("dobj", "nsubjpass", "nsubj"):
            noun = next((c for c in verb.children if c.dep_ == dep), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun.lemma_.lower()
        return None
    if pc.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower()
    return None


# -- 1b. durations ------------------------------------------------------------------------------

def find_durations(s: _Sentence) -> None:
    rules = s.rules
    for t in s.timexes_all:
        if _get(t, "type") == "DURATION":
            days = duration_interval(_get(t, "value"), rules)
        elif _get(t, "type") == "DATE" and _get(t, "value_end"):
            days = _range_days(t)  # "lasted from 1975 to 1990"
        else:
            continue
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand")
        if days is None or span is None:
            continue
        root, subject = span.root, None
        verb = root.head
        if root.dep_ == "pobj" and root.head.lower_ in ("for", "from"):
            verb = root.head.head  # "continued for three weeks", "lasted from 1975 to 1990"
        elif root.dep_ == "prep" and root.lower_ == "from":
            verb, root = root.head, next((c for c in root.children if c.dep_ == "pobj"), root)
        elif root.dep_ == "npadvmod" and (lasting := _lasting_before(root, rules)) is not None:
            verb = lasting  # "lasted six months before the garrison surrendered"
        elif root.dep_ == "pobj" and root.head.lower_ in rules.ending_prepositions and _ending_verb(root.head.head, rules):
            verb = root.head.head  # "the standoff ended after about a week", "was over in 36 hours"
        if _get(t, "type") == "DATE" and not (root.dep_ == "pobj" and root.head.lower_ == "from"):
            continue  # a range of dates is how long only after "from"
        of_what = _of_hostilities(root, rules)
        if (_duration_verb(verb, rules) or (_ending_verb(verb, rules) and of_what is None)) and (
                root.dep_ in ("dobj", "npadvmod", "attr", "advmod") or verb is not root.head):
            subj = [c for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "csubj"]
            subject = _lasting_thing(_antecedent(subj[0]), rules) if subj else None
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                and root.head.head.lemma_.lower() in rules.hostilities | rules.lasting_nouns:
            subject = root.head.head  # "a war of three months", "a pause of almost five years"
        elif of_what is not None:
            subject = of_what  # "after six days of fighting"
        elif root.dep_ in ("compound", "amod", "nummod") and root.head.pos_ == "NOUN" \
                and root.head.lemma_.lower() in rules.hostilities | rules.lasting_nouns:
            subject = root.head  # "the two-month war", "a six-week siege"
        said = subject  # the word the sentence writes for what lasted ("it" for its antecedent)
        if subject is not None and _lasting_pronoun(subject):
            subject = _lasting_antecedent(s, subject)
        if subject is None or not (subject.pos_ in ("NOUN", "PROPN") or _hostile_gerund(subject, rules)):
            continue
        what = _phrase(subject).lower() if subject is not of_what else subject.lower_  # "of fighting": the word
        what = what.split(" ", 1)[1] if what.split(" ", 1)[0] in ("the", "a", "an") and " " in what else what
        c = s.claim("duration", f"how long: {what}", _get(t, "text"), [root, said], low=days[0],
                    high=days[1], obj=subject.lemma_.lower(), where=place_words(subject),
                    modifiers=sorted({c.lemma_.lower() for c in subject.children
                                      if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}))
        _anchor(s, c, said, None if _duration_verb(verb, rules) else verb)


#: duration verbs whose "it" stands for nothing: "it took months of talks before ...", "it would take
#: them eighteen years to end the war" (the expletive "it" of English)
_EXPLETIVE_IT_VERBS = frozenset({"take"})


def _lasting_pronoun(tok: Token) -> bool:
    """"it" as the subject of how long something lasted ("...; it lasted 35 days"), not the
    expletive "it" of :data:`_EXPLETIVE_IT_VERBS`."""
    return tok.lower_ == "it" and tok.pos_ == "PRON" and tok.head.lemma_.lower() not in _EXPLETIVE_IT_VERBS


def _lasting_antecedent(s: _Sentence, pronoun: Token) -> Token | None:
    """What "it" stands for as the subject of a duration verb: only what lasts can last, so the
    nearest noun before it, in its sentence or the one before, that names hostilities or a lasting
    thing (``hostilities``, ``lasting_nouns``; singular, as "it" is): "launched a joint operation
    against the rebels on 2 March; it lasted 35 days" (operation), "fought a short border war in
    1977, sparked by a raid on a frontier town; it lasted four days" (war), "The confrontation was
    an undeclared armed conflict waged by one state against another. It lasted nearly four years"
    (conflict). None when no such noun comes first (the pronoun stands for something else)."""
    lasting = s.rules.hostilities | s.rules.lasting_nouns
    sent = pronoun.sent
    first = sent.start
    if first > 0:
        first = s.doc[first - 1].sent.start  # the sentence before
    for tok in reversed(s.doc[first:pronoun.i]):
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in lasting:
            return tok
    return None


def _anchor(s: _Sentence, c: SentenceClaim, *heads: Token | None) -> None:
    """Tie a figure or a span to the happening it measures: the event mention whose trigger is
    the first of ``heads`` that is one (what lasted, "the shelling lasted 12 days"; the verb a
    figure or a span is the object or the "for" of, "held the port for nine days", "seized 40
    fishing boats"), dated or not, when the claim's words named none (:meth:`_Sentence._date` ties
    only a dated one); an undated claim takes the date written for the event. Two sources' figures or spans on
    one merged happening are compared by it
    (:func:`chronica.chronicle.claim_conflicts.same_measured_happening`), whatever their
    wording."""
    if c.event_trigger is not None:
        return
    for head in heads:
        e = _measured_event(s, head) if head is not None else None
        if e is not None:
            c.event_trigger = e.trigger_start
            if c.date is None and e.date and e.date_text and e.date_source in ("sentence", None):
                # the happening's date, written in the sentence, is the figure's (a date the time
                # stage carried from elsewhere may be another step's: "while about 700 soldiers
                # fell", dated by the narrative to the war's end, is the war's toll)
                c.date, c.date_end, c.earliest, c.latest = e.date, e.date_end, e.earliest, e.latest
                c.date_text, c.stated = e.date_text, True
            return


#: the clauses a measuring clause hangs on whose happening it may be told of ("signed an
#: agreement that gave 40 boats access", "an agreement is signed, allowing a catch of ...")
_MEASURED_UP = frozenset({"relcl", "acl", "advcl", "xcomp", "ccomp"})
#: at most this many clauses up
_MEASURED_STEPS = 3


def _measured_event(s: _Sentence, tok: Token) -> Any | None:
    """The event mention a measuring word is told of: the mention at ``tok`` itself (a lasting
    noun, a verb), else, up through the clauses ``tok``'s verb hangs on (:data:`_MEASURED_UP`),
    the first clause whose verb is a mention, or whose subject is ("the accord allowed 24
    trawlers to fish"; "an agreement reached in November gave a catch of ..."), or, for a
    relative clause, whose noun is ("the Kell agreement, which let 55 boats stay")."""
    node: Token | None = tok
    for _ in range(_MEASURED_STEPS + 1):
        if node is None:
            return None
        e = s.event_at(node)
        if e is not None:
            return e
        if node.pos_ in ("VERB", "AUX"):
            for c in node.children:
                if c.dep_ in SUBJECTS and (e := s.event_at(c)) is not None:
                    return e
            if node.dep_ in ("relcl", "acl") and (e := s.event_at(node.head)) is not None:
                return e
        if node.dep_ not in _MEASURED_UP or node.head.i == node.i:
            return None
        node = node.head
    return None


def _duration_verb(verb: Token, rules: Rules) -> bool:
    """A verb that says how long something lasted, alone or with its particle ("lasted", "went on",
    "dragged on")."""
    lemma = verb.lemma_.lower()
    return bool(({lemma} | {f"{lemma}-{c.lower_}" for c in verb.children if c.dep_ == "prt"}) & rules.duration_verbs)


def _ending_verb(verb: Token, rules: Rules) -> bool:
    """A verb that says its subject ended (a phase verb of the end: "ended", "ceased"; or "was
    over"), which a span after ``ending_prepositions`` ("after a week", "in 36 hours") then
    measures: how long the subject lasted. Not a verb that ends something else ("the ceasefire
    ended the war": a direct object), nor one denied."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "neg") for c in verb.children):
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if rules.phase_of(verb.lemma_.lower(), particles) == "end":
        return True
    return verb.lemma_.lower() == "be" and any(c.lower_ == "over" and c.dep_ in ("advmod", "prt", "acomp") for c in verb.children)


def _of_hostilities(root: Token, rules: Rules) -> Token | None:
    """The hostilities or the lasting thing a length of time is "of" ("six days of fighting",
    "three weeks of war"; "after ten days of occupation", "after eight years of operation"). A
    lasting noun in the plural names repeated happenings, not one that lasted ("after 12 hours of
    talks": one round of them)."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp") and (obj.lower_ in rules.hostilities or (
                        obj.tag_ == "NN" and obj.lemma_.lower() in rules.lasting_nouns)):
                    return obj
    return None


#: how far up from the noun a relative clause hangs on :func:`_lasting_thing` looks for what lasted
_LASTING_STEPS = 4


def _lasting_thing(subject: Token, rules: Rules) -> Token:
    """What lasted, when the parse hangs the relative clause on a noun inside its phrase ("the
    occupation of Afghanistan, which lasted nine years": on "Afghanistan"; "a ban on all imports
    that lasted three years": on "imports"; "a blockade on goods passing through the port, which
    lasted five months": on "port"): the nearest noun up the phrase, through prepositions and
    the participles that qualify a noun, that names hostilities or a lasting thing (``lasting_nouns``).
    The noun itself when it is one, or when none is found."""
    lasting = rules.hostilities | rules.lasting_nouns
    tok = subject
    for _ in range(_LASTING_STEPS):
        if tok.lemma_.lower() in lasting and tok.pos_ == "NOUN":
            return tok
        if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep":
            tok = tok.head.head  # "imports" in "a ban on all imports": the ban
        elif tok.dep_ == "acl" and tok.pos_ == "VERB":
            tok = tok.head  # "goods passing through the port": the goods
        else:
            break
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "pcomp"):
            break  # the phrase ends at a clause's verb ("on goods passing through": pcomp)
    return tok if tok.lemma_.lower() in lasting and tok.pos_ == "NOUN" else subject


def _lasting_before(root: Token, rules: Rules) -> Token | None:
    """The duration verb a length of time belongs to when the parse hangs it on the clause after
    it ("the siege lasted six months before the garrison surrendered": "months" on "before" or on
    "surrendered"): the main verb of that clause's ``advcl``, when it is a duration verb."""
    clause = root.head.head if root.head.dep_ == "mark" else root.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    verb = clause.head
    return verb if _duration_verb(verb, rules) else None


#: prepositions that place a thing ("fighting in the north", "the siege of the port")
PLACING_PREPOSITIONS = frozenset({"in", "of", "at", "near", "around", "on", "for"})


def place_words(tok: Token) -> list[str]:
    """The words that place or own what lasted or began: objects of its placing prepositions and
    its possessor ("fighting in the north": north; "Lebanon's civil war": lebanon). Two things
    placed by words in common, or one unplaced, may be one; placed apart, they are two."""
    words = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACING_PREPOSITIONS:
            for g in c.children:
                if g.dep_ == "pobj":
                    words |= {t.lemma_.lower() for t in g.subtree if t.pos_ in ("NOUN", "PROPN")}
        elif c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            words |= {t.lemma_.lower() for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}
    return sorted(words)


def _range_days(t: Any) -> tuple[float, float] | None:
    """The days a range of dates may span ("from 1975 to 1990": from the last day of 1975 to the
    first of 1990, at least, to the whole of both years, at most)."""
    value, value_end = str(_get(t, "value")), str(_get(t, "value_end"))
    first, last = _year_span(value), _year_span(value_end)
    if first is None or last is None or last[1] < first[0]:
        return None
    return float(max(0, (last[0] - first[1]).days)), float((last[1] - first[0]).days + 1)


def _year_span(value: str) -> tuple[date, date] | None:
    """The first and last day of a TIMEX3 year, month or day value ("1975", "1932-03")."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2][:2]))
        return day, day
    except ValueError:
        return None


def _hostile_gerund(tok: Token, rules: Rules) -> bool:
    """"Fighting continued for three weeks": a gerund naming hostilities is the thing that lasted."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.lower_ in rules.hostilities


def find_phases(s: _Sentence) -> None:
    """When something began or ended, as a sentence dates it: "the siege began in September
    1941", "the dispute broke out in the 1950s", "the occupation ended in 1990" (``phase``
    claims, the day interval as ordinals in ``low``/``high``). Only a noun that is no actor (a
    war, a split, a blockade) and a date written in the sentence on the phase verb."""
    rules = s.rules
    for verb in s.span:
        phase = rules.phase_of(verb.lemma_.lower(), [c.lower_ for c in verb.children if c.dep_ == "prt"])
        if phase is None or verb.pos_ != "VERB" or any(c.dep_ in ("neg", "dobj") for c in verb.children):
            continue  # "the ceasefire ended the war": the war ended, not the ceasefire
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            subject = _antecedent(subj[0])
        elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "the occupation of the islands ended in 1990", parsed with "ended" on "islands":
            # the phrase's head is what ended
            subject = verb.head
            if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ == "NOUN":
                subject = subject.head.head
        else:
            continue
        if subject.pos_ != "NOUN" or s.actor_at(subject) is not None:
            continue
        own = finest_nested([t for t in s.timexes if _verb_of(s.doc, _get(t, "start")) == verb])
        if len(own) != 1:
            continue
        lo, hi = _ordinal(_get(own[0], "earliest")), _ordinal(_get(own[0], "latest"))
        if lo is None or hi is None:
            continue
        what = _phrase(subject).lower()
        what = what.split(" ", 1)[1] if what.split(" ", 1)[0] in ("the", "a", "an") and " " in what else what
        s.claim("phase", f"when the {what} {'began' if phase == 'start' else 'ended'}", _get(own[0], "text"),
                [verb, subject], low=lo, high=hi, obj=subject.lemma_.lower(), phase=phase,
                where=place_words(subject))


# -- 2. agents of once-only acts -------------------------------------------------------------

def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _antecedent(child)
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if child.dep_ == "npadvmod" and verb.dep_ == "amod" and child.pos_ == "PROPN":
            return child  # "an Algerian-brokered agreement", "the UN-mediated truce"
    if verb.dep_ == "conj":
        return _agent(verb.head)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        return _agent(verb.head.head)  # "Algeria responded by closing the border": Algeria closed it
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "the ceasefire, brokered by Algeria, ...", "a UN-brokered truce": the noun it qualifies
    return None


def _undated_thing(s: _Sentence, obj: Token) -> Token | None:
    """What an act was done to, never a time: a participle that qualifies a date ("the accord of 3
    May 1999, brokered by X", "the truce that October, mediated by Y", "the treaty followed on 7
    July, brokered by Z") qualifies the thing the date is of: the noun above the date, or the
    subject of the verb the date is on (session 59). None when the parse names no such thing."""
    spans = [(_get(t, "start"), _get(t, "end")) for t in s.timexes_all]

    def in_time(tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in spans)

    if not in_time(obj):
        return obj
    node = obj
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not in_time(subj):
                return subj
            continue  # the date parsed as the verb's subject: the thing is above the verb
        if node.pos_ in ("NOUN", "PROPN") and not in_time(node):
            return node
    return None


def _agent_keys(s: _Sentence, agent: Token) -> list[str]:
    """The doer of an act as :func:`chronica.claims.doers.doer_key` keys it ("Chinese troops" and
    "China" are CHN); a state or body no actor stands for is its words, a person's name no actor
    stands for ``name:<words>`` (it may be anyone's envoy), a description with a nationality ("an
    English sailor") ``desc:<words>``."""
    keys: set[str] = set()
    for tok in [agent, *agent.children]:
        a = s.actor_at(tok)
        if a is not None and (key := doers.doer_key(a, s.rules)):
            keys.add(key)
            if tok.i == agent.i:
                break
    if keys:
        return sorted(keys)
    words = " ".join(t.lemma_.lower() for t in agent.doc[agent.left_edge.i:agent.i + 1]
                     if t.pos_ in ("ADJ", "NOUN", "PROPN"))
    if agent.pos_ == "PROPN" and (agent.ent_type_ == "PERSON" or _get(s.actor_at(agent), "kind") == "person"):
        return [doers.NAME + words]
    if agent.pos_ == "PROPN" and words in load_kb().agent_nouns:
        return []  # "the Government", "the Army" capitalised: a sector whose state nobody resolved
    if agent.pos_ == "PROPN":
        return [words]  # a state or body the knowledge base does not know is itself
    if any(c.ent_type_ in ("NORP", "GPE") for c in agent.children):  # "an English sailor"
        return [doers.DESCRIPTION + words]
    return []


def _first_verb(verb: Token, rules: Rules) -> bool:
    """A hostile verb whose doing "first" says who started ("fired first", "opened fire first")."""
    forms = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()}-{c.lemma_.lower()}" for c in verb.children
                                     if c.dep_ == "dobj"}
    return bool(forms & rules.first_verbs)


def find_agents(s: _Sentence) -> None:
    rules = s.rules
    for verb in s.span:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        cls = next((k for f in _verb_forms(verb) if (k := rules.once_class(f))), None)
        if cls in rules.once_objects and _once_thing(verb, cls, rules) is None:
            cls = None  # "broke the truce", "cut the supply line": not the act of the class
        first = any(c.dep_ == "advmod" and c.lower_ in rules.first_words for c in verb.children)
        # "X fired the first shots", "the first blow was struck by X": X started the hostilities
        done = _object(verb)
        if cls == "initiate" and first and _first_verb(verb, rules) and (
                done is None or done.lemma_.lower() not in rules.hostilities):
            cls = None  # "X opened fire first": a first verb done first, not "opened" a thing (session 60)
        first_act = done is not None and done.lemma_.lower() in rules.first_acts and any(
            c.dep_ == "amod" and c.lower_ in rules.first_words for c in done.children)
        if cls is None and not (first and (s.event_at(verb) is not None or _first_verb(verb, rules))) \
                and not first_act:
            continue
        agent = _agent(verb)
        if first_act and cls is None:
            cls, obj, obj_lemma = "initiate", done, "hostilities"
        elif first and cls is None:  # "X attacked first": X started the hostilities
            cls, obj, obj_lemma = "initiate", verb, "hostilities"
        else:
            obj = _once_thing(verb, cls, rules) if cls in rules.once_objects else _object(verb)
            obj = _undated_thing(s, obj) if obj is not None else None
            obj = _content_of(obj, rules) if obj is not None else None
            if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            obj_lemma = obj.lemma_.lower()
            if cls in rules.once_objects and cls in rules.bilateral_once:
                obj_lemma = rules.once_objects[cls][0]  # "ties" and "relations" are one thing
        if agent is None:
            continue
        if cls == "initiate" and obj_lemma not in rules.hostilities:
            continue
        keys = _agent_keys(s, agent)
        if not keys:
            continue
        topic = f"who {ONCE_TOPICS.get(cls, cls)}: {obj_lemma}"
        value = _phrase(agent)
        c = s.claim("agent", topic, value, [verb, agent, obj], subject=keys, obj=obj_lemma)
        if cls in rules.person_roles:
            c.persons = _persons_of(s, agent)
        if cls in rules.bilateral_once:
            c.partner = [k for w in _with_whom(verb, obj) for k in _agent_keys(s, w) if k not in keys]
    for act, obj_lemma in _opening_acts(s):  # "the war broke out when X opened fire"
        agent = _agent(act)
        keys = _agent_keys(s, agent) if agent is not None else []
        if keys and not any(c.kind == "agent" and c.start <= act.idx < c.end for c in s.claims):
            s.claim("agent", f"who started: {obj_lemma}", _doer_words(agent), [act, agent],
                    subject=keys, obj=obj_lemma)
    for noun, cls, agent, obj in _nominal_acts(s):  # "signed the truce under the mediation of X"
        keys = _agent_keys(s, agent)
        if keys:
            c = s.claim("agent", f"who {ONCE_TOPICS.get(cls, cls)}: {obj.lemma_.lower()}", _phrase(agent),
                        [noun, agent, obj], subject=keys, obj=obj.lemma_.lower())
            if cls in rules.person_roles:
                c.persons = _persons_of(s, agent)
    for c in s.claims:
        if c.kind == "agent":
            c.subject = sorted({_person_state(k, c.date or c.earliest) for k in c.subject})
        if c.kind == "agent" and c.date_text and c.obj not in rules.hostilities:
            c.value = f"{c.value}, {c.date_text}"


def _verb_forms(verb: Token) -> list[str]:
    """A verb's lemma, then with its particle ("put-forward": "put forward the idea", "was put
    forward by"; the parser hangs "forward" as a particle or an adverb)."""
    lemma = verb.lemma_.lower()
    return [lemma, *(f"{lemma}-{c.lower_}" for c in verb.children
                     if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "forward"))]


def _content_of(obj: Token, rules: Rules) -> Token:
    """What a plan's noun is about ("the notion of a rail link": the link; ``once_content_nouns``),
    else the noun itself."""
    if obj.lemma_.lower() not in rules.once_content_nouns:
        return obj
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), obj)


def _listed(tok: Token) -> list[Token]:
    """A word with its conjuncts and appositions, and theirs ("the two presidents, X and Y":
    presidents, X, Y)."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        t = todo.pop(0)
        if any(t.i == o.i for o in out):
            continue
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return out


def _person_of(s: _Sentence, tok: Token) -> str | None:
    """The key of the person a word names (:func:`_person_key`), as :mod:`chronica.claims.doers`
    compares persons: ``id:<actor id>`` for a resolved person, ``name:<words>`` for a full name the
    knowledge base lacks; None for a word that names no person."""
    found = _person_key(s, tok) if tok.pos_ != "PRON" else None
    if found is None:
        return None
    key = found[0]
    return key if key.startswith("name:") else "id:" + key.partition(":")[2] if ":" in key else "id:" + key


def _persons_of(s: _Sentence, doer: Token) -> list[str]:
    """The persons a doer phrase names: the doer itself, its conjuncts and appositions ("the EU's
    Catherine Ashton", "Sweden's foreign minister, Carl Bildt", "X and Y")."""
    return sorted({k for t in _listed(doer) if (k := _person_of(s, t))})


def _written_with(tok: Token) -> list[Token]:
    """The words written with a name that may say whose it is: its subtree but what follows it
    other than "of" ("Ethiopia's X", "X of Ethiopia", "Rwandan Foreign Minister X", "Kosovo
    Prime Minister X"), not its conjuncts, appositions or clauses."""
    drop = {i for c in tok.children
            if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj") or (c.dep_ == "prep" and c.lower_ != "of")
            for i in (t.i for t in c.subtree)}
    return [t for t in tok.subtree if t.i not in drop and t.i != tok.i]


def _state_named_at(s: _Sentence, t: Token) -> str | None:
    """The state an actor mention of a state, its seat or its government holding word ``t`` names
    (the first such mention), or None."""
    for a in s.actors:
        if _get(a, "start") <= t.idx < _get(a, "end") and _get(a, "kind") in PAIR_KINDS and (key := state_key(a)):
            return str(key)
    return None


def _person_side(s: _Sentence, tok: Token) -> str | None:
    """The state a person acts for: one written with the name (:func:`_written_with`), else the
    state the knowledge base gives the person."""
    own = s.actor_at(tok)
    # the name's own words, then the title it is in apposition to ("the British Foreign Secretary,
    # Anthony Crosland") or that is in apposition to it ("Carl Bildt, Sweden's foreign minister")
    titles = ([tok.head] if tok.dep_ == "appos" else []) + \
        [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
    for t in [*_written_with(tok), *(w for h in titles for w in [h, *_written_with(h)])]:
        if (key := _state_named_at(s, t)) is not None:  # under a title's mention that holds it too
            return key
    if own is not None and _get(own, "kind") == "person" and _get(own, "country"):
        return str(_get(own, "country"))
    if own is not None and _get(own, "kind") == "person" and _get(own, "actor_id"):
        # the one state all the person's terms share, outside them too: a person signs for their
        # own state ("Abiy Ahmed signed it", told of a year before his term)
        state = load_kb().state_for(str(_get(own, "actor_id")))
        return str(state) if state else None
    return None


def _name_written(s: _Sentence, tok: Token) -> str:
    """A person's name as the sentence writes it: the PERSON entity the word is in, else the
    actor mention, else its phrase."""
    ent = next((e for e in doc_ents(s.doc) if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None:
        return ent.text
    a = s.actor_at(tok)
    return str(_get(a, "text")) if a is not None and _get(a, "text") else _phrase(tok)


def _signed_thing(s: _Sentence, verb: Token) -> tuple[Token, Token] | None:
    """(the word in the sentence, the noun) of what a signing verb signed: its object or passive
    subject, the noun after "of" of a container ("a set of commitments"), a pronoun's noun the
    subject of the sentence before ("The 2015 Declaration ... Abiy signed it"); only a noun of
    the ``signed`` happenings or a ``signed_things`` one."""
    rules = s.rules
    obj = _object(verb)
    if obj is None:
        return None
    if verb.lemma_.lower() in rules.signing_idioms:  # "put his name to the accord": what follows "to"
        obj = _idiom_thing(verb, obj, rules.signing_idioms[verb.lemma_.lower()])
        if obj is None:
            return None
    at, noun = obj, obj
    if noun.lemma_.lower() in rules.container_nouns:
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    if noun.pos_ == "PRON" and noun.lower_ in ("it", "this"):
        noun = _previous_subject(s) or noun
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or not (lemma in rules.signed_things
                                                 or lemma in rules.happening_nouns.get("signed", ())):
        return None
    return at, noun


def _idiom_thing(verb: Token, obj: Token, objects: frozenset[str]) -> Token | None:
    """What a signing idiom ("put his name to X", ``doers.signing_idioms``) signed: the object of
    the "to" on the verb or on its object, when its object is one of the idiom's; else None."""
    if obj.lemma_.lower() not in objects:
        return None
    return next((g for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"), None)


def _signing_verb(verb: Token, rules: Rules) -> bool:
    """A verb that says its subject signed: a ``signing_verbs`` one, or a ``signing_idioms`` one
    with its object ("put their names to")."""
    lemma = verb.lemma_.lower()
    return lemma in rules.signing_verbs or lemma in rules.signing_idioms


def _unreal(verb: Token) -> bool:
    """A signing told as to come or as a purpose ("would sign", "came to sign", "is to sign")."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "should", "may", "might", "could", "to")
               for c in verb.children)


def _signed_for(s: _Sentence, tok: Token) -> str | None:
    """The state a word's "for" names ("signed for the Philippines", "by X for Indonesia"): the
    state an actor mention of its object stands for (a state, its seat or its government); or
    the state a ``doers.signed_for_phrases`` phrase names, as the noun's possessor or after its
    "of" ("signed on India's behalf", "on behalf of the Indian side")."""
    phrases = s.rules.signed_for_phrases
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if c.lower_ == "for":
                named = [g]
            elif g.lemma_.lower() in phrases.get(c.lower_, ()):
                named = [w for d in g.children if d.dep_ == "poss" for w in [d]] + \
                    [w for d in g.children if d.dep_ == "prep" and d.lower_ == "of"
                     for o in d.children if o.dep_ == "pobj" for w in [o, *(x for x in o.children if x.dep_ == "amod")]]
            else:
                continue
            for w in named:
                if (key := _state_named_at(s, w)) is not None:
                    return key
    return None


def find_signatories(s: _Sentence) -> None:
    """Who signed a document for each side (``doers.signing_verbs``): each person of the verb's
    subject (a relative pronoun's noun: "It was X who signed"), its agent ("was signed by X and
    Y") or its "with" ("signed it with X"; on the object signed: "signed the communique with X",
    session 64), with its conjuncts and appositions, is an ``agent`` claim "who signed for <state>: <noun>" whose
    ``subject`` is the state (:func:`_person_side`) and ``persons`` the person; two sources naming
    different persons for one state disagree (:func:`chronica.claims.rules.check_agent`)."""
    rules = s.rules
    for verb in s.span:
        if verb.pos_ != "VERB" or not _signing_verb(verb, rules) \
                or any(c.dep_ == "neg" for c in verb.children) or _unreal(verb):
            continue
        thing = _signed_thing(s, verb)
        if thing is None:
            continue
        at, noun = thing
        doers_: list[Token] = []
        for c in verb.children:
            if c.dep_ == "nsubj":
                doers_.append(_antecedent(c))  # "It was X who signed", "X, who signed": X
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"):
                doers_.extend(g for g in c.children if g.dep_ == "pobj")
        if not doers_ and verb.dep_ == "conj":
            doers_ = [_antecedent(c) for c in verb.head.children if c.dep_ == "nsubj"]
        if at.dep_ == "dobj":  # "signed the communique with X": the parser hangs "with" on the thing
            doers_.extend(g for c in at.children if c.dep_ == "prep" and c.lower_ == "with"
                          for g in c.children if g.dep_ == "pobj")
        obj_lemma = noun.lemma_.lower()
        listed = [t for d in doers_ for t in _listed(d)]
        # "signed for the Philippines": the state signed for, on the verb when one person signed
        verb_for = (_signed_for(s, verb) or _signed_for(s, at)) \
            if sum(1 for t in listed if _person_of(s, t)) == 1 else None
        for tok in listed:
            person = _person_of(s, tok)
            side = (_signed_for(s, tok) or verb_for or _person_side(s, tok)) if person else None
            if person is None or side is None:
                continue
            c = s.claim("agent", f"who signed for {side}: {obj_lemma}", _name_written(s, tok), [verb, tok, at],
                        subject=[side], obj=obj_lemma, persons=[person])
            if c.date_text:
                c.value = f"{c.value}, {c.date_text}"


def _side_written_with(s: _Sentence, noun: Token) -> str | None:
    """The state written with a noun ("the Swedish delegation", "Norway's team", "the delegation
    of Sweden"): an actor mention of a state among :func:`_written_with` its words."""
    for t in _written_with(noun):
        if (key := _state_named_at(s, t)) is not None:
            return key
    own = s.actor_at(noun)  # "the British army", "Chilean forces": an armed force of a state
    if own is not None and _get(own, "kind") in s.rules.led_as_state and _get(own, "country"):
        return str(_get(own, "country"))
    return None


def _led_by_verb(s: _Sentence) -> Iterator[tuple[Token, Token, list[Token]]]:
    """(verb, led noun, leader words) of a leading verb ("X led the delegation", "the force,
    commanded by X")."""
    rules = s.rules
    for verb in s.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.leading_verbs \
                or any(c.dep_ == "neg" for c in verb.children) or _unreal(verb):
            continue
        led = _object(verb)
        if led is None or led.pos_ != "NOUN" or led.lemma_.lower() not in rules.led_things:
            continue
        leaders: list[Token] = []
        for c in verb.children:
            if c.dep_ == "nsubj":
                leaders.append(_antecedent(c))  # "it was X who led the delegation": X
            elif c.dep_ == "agent":
                leaders.extend(g for g in c.children if g.dep_ == "pobj")
        if not leaders and verb.dep_ == "conj":
            leaders = [_antecedent(c) for c in verb.head.children if c.dep_ == "nsubj"]
        yield verb, led, leaders


def _led_under(s: _Sentence) -> Iterator[tuple[Token, Token, list[Token]]]:
    """(preposition, led noun, leader words) of a led noun with a ``doers.leading_prepositions``
    phrase naming a person ("the force under General X", "Haitian troops under President Y"):
    only the persons the phrase names lead it."""
    rules = s.rules
    for noun in s.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.led_things:
            continue
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in rules.leading_prepositions:
                leaders = [g for g in c.children if g.dep_ == "pobj" and any(_person_of(s, t) for t in _listed(g))]
                if leaders:
                    yield c, noun, leaders


def find_leaders(s: _Sentence) -> None:
    """Who led a side's party (``doers.leading_verbs`` on a ``doers.led_things`` noun): each person
    of the verb's subject ("X led the Swedish delegation") or agent ("the delegation was led by X",
    "the Dutch team, headed by X"), with its conjuncts and appositions, is an ``agent`` claim "who
    led for <state>: <noun>" whose ``subject`` is the state written with the noun, else the
    person's (:func:`_person_side`), and ``persons`` the persons of that side (co-leaders are one
    claim naming them all). Two sources naming different
    persons for one state's party disagree when dated alike, as signatories do
    (:func:`chronica.claims.rules.check_agent`); co-leaders share a person."""
    rules = s.rules
    for verb, led, leaders in [*_led_by_verb(s), *_led_under(s)]:
        own_side = _side_written_with(s, led)
        obj_lemma = led.lemma_.lower()
        by_side: dict[str, list[tuple[Token, str]]] = {}
        for tok in (t for d in leaders for t in _listed(d)):
            person = _person_of(s, tok)
            side = (own_side or _person_side(s, tok)) if person else None
            if person is not None and side is not None:
                by_side.setdefault(side, []).append((tok, person))
        for side, named in by_side.items():  # co-leaders of one side: one claim naming them all
            c = s.claim("agent", f"who led for {side}: {obj_lemma}",
                        " and ".join(_name_written(s, t) for t, _ in named), [verb, *(t for t, _ in named), led],
                        subject=[side], obj=obj_lemma, persons=sorted({p for _, p in named}))
            if c.date_text:
                c.value = f"{c.value}, {c.date_text}"


def _once_object(verb: Token, objects: tuple[str, ...]) -> bool:
    """The verb's object is one of ``objects`` ("severed diplomatic ties", "broke off relations")."""
    obj = _object(verb)
    return obj is not None and obj.lemma_.lower() in objects


def _once_thing(verb: Token, cls: str, rules: Rules) -> Token | None:
    """The object of a once class's verb when it is one of the class's ``once_objects``; for a
    ``once_given_with`` class also a second object (the parser's "handed [the minister] [a
    note]") or the object of its "with" ("presented the government with a memorandum": the
    memorandum); else None."""
    objects = rules.once_objects[cls]
    obj = _object(verb)
    if obj is not None and obj.lemma_.lower() in rules.once_part_nouns:  # "its side of the border"
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
    if obj is not None and obj.lemma_.lower() in objects:
        return obj
    if cls not in rules.once_given_with:
        return None
    return next((g for c in verb.children
                 for g in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" and c.lower_ == "with" else [])
                 if (g.dep_ in ("dobj", "pobj")) and g.lemma_.lower() in objects), None)


def _with_whom(verb: Token, obj: Token) -> list[Token]:
    """The party a bilateral act is done "with" ("broke off relations with Algeria", "cut its ties
    with Rabat"): the objects of "with" on the verb or on its object, and their conjuncts."""
    out = []
    for prep in (c for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            out.extend([g, *(c for c in g.children if c.dep_ == "conj")])
    return out


def _doer_words(agent: Token) -> str:
    """A doer's phrase without a date the parser hung on it ("June 5, 1998 - Ethiopian jets":
    "Ethiopian jets")."""
    words = _phrase(agent).split()
    kept = [t for t in agent.subtree if t.text in words and t.ent_type_ not in ("DATE", "TIME")]
    while kept and (kept[0].is_punct or kept[0].like_num):
        kept = kept[1:]
    return " ".join(t.text for t in kept) or _phrase(agent)


def _hostile_act(s: _Sentence, verb: Token) -> bool:
    """A verb that does harm to another: one of the ``first_verbs`` ("fired", "opened fire"), or
    the trigger of an event of the ``opening_types`` ("invaded")."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    event = s.event_at(verb)
    return _first_verb(verb, s.rules) or (event is not None and event.type in s.rules.opening_types)


def _opening_acts(s: _Sentence) -> Iterator[tuple[Token, str]]:
    """(hostile act, hostilities noun) for each act a sentence says opened the hostilities: the
    act of a clause opened by an ``opening_marks`` word on the verb that says the hostilities began
    ("the war broke out when X opened fire", "fighting started on 26 May, when X attacked": the
    clause may hang on the date), and an act done ``unprovoked`` ("X invaded the province without
    provocation": the hostilities as a whole)."""
    rules = s.rules
    for verb in s.span:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if rules.phase_of(verb.lemma_.lower(), particles) == "start":
            subj = [c for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "csubj"]  # "Fighting ... started"
            what = _antecedent(subj[0]) if subj else None
            if what is None or what.lower_ not in rules.hostilities and what.lemma_.lower() not in rules.hostilities:
                continue
            dates = [g for c in verb.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
            for act in [c for h in [verb, *dates] for c in h.children if c.dep_ in ("advcl", "relcl")]:
                if any(m.dep_ in ("mark", "advmod") and m.lower_ in rules.opening_marks for m in act.children) \
                        and _hostile_act(s, act):
                    yield act, what.lower_ if what.lower_ in rules.hostilities else what.lemma_.lower()
        elif _unprovoked(verb, rules) and _hostile_act(s, verb):
            yield verb, "hostilities"
        elif _response(verb, rules):
            yield from ((act, "hostilities") for act in _answered(s, verb))


def _response(verb: Token, rules: Rules) -> bool:
    """The verb tells an answer to another's act: "hit the city in reply", "responded",
    "retaliated", "struck back" (``responses``)."""
    forms = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()}-{c.lower_}" for c in verb.children if c.dep_ == "prt"}
    forms |= {f"{c.lower_}-{g.lemma_.lower()}" for c in verb.children if c.dep_ == "prep"
              for g in c.children if g.dep_ == "pobj"}
    return bool(forms & rules.responses)


def _answered(s: _Sentence, response: Token) -> list[Token]:
    """The hostile acts of the sentence an answer answers: done by a doer of their own that is not
    the answerer ("responded by bombing the airport", with no subject of its own, is the answer
    itself; the parser may hang the first act under the answer: "X bomb A; Y hit B in reply")."""
    responder = _agent(response)
    mine = set(_agent_keys(s, responder)) if responder is not None else set()
    if not mine:
        return []
    out = []
    for verb in s.span:
        if verb.i == response.i or not _hostile_act(s, verb) or not any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        doer = _agent(verb)
        keys = set(_agent_keys(s, doer)) if doer is not None else set()
        if keys and not keys & mine:
            out.append(verb)
    return out


def _unprovoked(verb: Token, rules: Rules) -> bool:
    """The act is said to be unprovoked: "without provocation" on the verb, "unprovoked" on it or
    on its object."""
    forms = {f"{c.lower_}-{g.lemma_.lower()}" for c in verb.children if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj"}
    forms |= {c.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp")}
    forms |= {g.lower_ for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"}
    return bool(forms & rules.unprovoked)


def _nominal_acts(s: _Sentence) -> Iterator[tuple[Token, str, Token, Token]]:
    """(noun, class, agent, object) of a once-only act named by a noun with its doer after "of" or
    "by", in a phrase on the verb of what it was done to ("the truce was signed under the mediation
    of X", "signed the accord under the mediation of X", "ties were restored after mediation by
    X"), or with its doer as the noun's own modifier that the actor stage resolved ("through Libyan
    mediation", "under Algeria's mediation", "under UN auspices"): the ``once_nouns`` of the rules,
    the doer hung as the events stage reads a mediator (:data:`MEDIATOR_PREPS`,
    :data:`NOUN_DOER_DEPS`)."""
    for noun in s.span:
        cls = s.rules.once_noun_class(noun.lemma_.lower())
        if cls is None or noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
            continue
        agent = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in MEDIATOR_PREPS
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            agent = next((c for c in noun.children if c.dep_ in NOUN_DOER_DEPS and s.actor_at(c) is not None
                          and _get(s.actor_at(c), "kind") not in s.rules.doer_places), None)
        verb = noun.head.head
        obj = _object(verb)
        if obj is not None and f"{verb.lemma_.lower()}-{obj.lemma_.lower()}" in s.rules.occurring_verbs:
            obj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)  # "the talks took place"
        if agent is not None and obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            yield noun, cls, agent, obj


def _person_state(key: str, when: str | None) -> str:
    """A person's key as the state the person held office in at the claim's date ("Kim launched
    the war" in 1950: PRK), the key itself when no term covers that date."""
    if not key.startswith(doers.PERSON) or not when:
        return key
    state = load_kb().state_for(key[len(doers.PERSON):], when)
    return str(state) if state else key


# -- 3. participants -------------------------------------------------------------------------

def _list_head(tok: Token) -> Token:
    """The first conjunct of the list a token is in ("Britain" in "Britain, Greece and Turkey")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def find_participants(s: _Sentence) -> None:
    """The parties of a happening written as one list that does it: the verb's subject ("X, Y and
    Z signed"), its agent ("signed by X and Y") or the object of a ``complete_lists`` word ("a
    treaty between X and Y", which names every party: the claim's ``qualifier``). A list the verb
    acts on ("visited Moscow and Tbilisi", "talks with X and Y") names no parties, and places are
    none (:func:`chronica.claims.doers.doer_key`)."""
    rules = s.rules
    for e in s.events:
        groups: dict[int, dict[str, Any]] = defaultdict(dict)
        for p in e.participants:
            if p.role not in ("source", "target") or not p.actor_id or p.start is None:
                continue
            span = s.doc.char_span(p.start, p.end, alignment_mode="expand")
            key = doers.doer_key(p, rules) if span is not None else None
            if key is None:
                continue
            groups[_list_head(span.root).i].setdefault(key, (p, span.root))
        listed = max(groups.values(), key=len, default={})
        if len(listed) < 2:
            continue
        head = s.doc[_list_head(next(iter(listed.values()))[1]).i]
        complete = head.dep_ == "pobj" and head.head.lower_ in rules.complete_lists
        if not (head.dep_ in SUBJECTS or complete or (head.dep_ == "pobj" and head.head.dep_ == "agent")):
            continue
        parties = [p for p, _ in listed.values()]
        tokens = [t for _, t in listed.values()]
        trig = s.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        s.claim("participants", f"who took part: {e.summary}", ", ".join(p.name or p.text for p in parties),
                tokens + ([trig.root] if trig is not None else []), subject=sorted(listed),
                event_trigger=e.trigger_start, qualifier=head.head.lower_ if complete else None,
                persons=_party_persons(s, tokens))


def _party_persons(s: _Sentence, tokens: list[Token]) -> list[str]:
    """The persons who stand for the parties of a list, one per party ("Orlov and the Bordurian
    president, Ivan Kessel, signed": each a person, or a title in apposition to one), or none when
    a party is no person: two sources naming one state's person differently for one act disagree
    (:func:`chronica.claims.rules.check_participants`)."""
    out: list[str] = []
    for tok in tokens:
        found = {k for t in (tok, *(c for c in tok.children if c.dep_ == "appos")) if (k := _person_of(s, t))}
        if len(found) != 1:
            return []
        out.append(found.pop())
    return sorted(out) if len(set(out)) == len(out) else []


# -- 4. order ----------------------------------------------------------------------------------

def find_order(s: _Sentence) -> None:
    rules = s.rules
    for tok in s.span:
        relation = rules.order_words.get(tok.lower_)
        if relation is None or tok.dep_ not in ("mark", "prep") or tok.head.pos_ not in ("VERB", "NOUN"):
            continue
        inner = tok.head if tok.dep_ == "mark" else next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
        outer = tok.head.head if tok.dep_ == "mark" else tok.head
        if outer.dep_ in ("aux", "auxpass") and outer.head.pos_ in ("VERB", "AUX"):
            outer = outer.head  # "Only after X did Y turn ...": the clause hangs on the inverted "did"
        if inner is None or outer is None:
            continue
        ea, eb = _event_near(s, outer), _event_near(s, inner)
        if ea is not None and ea is eb:
            continue
        _order_claim(s, relation, [tok, outer, inner], ea, eb, _order_clauses(tok, outer, inner))


def _order_claim(s: _Sentence, value: str, tokens: list[Token], ea, eb, clauses: list[str],  # noqa: ANN001
                 **extra) -> None:
    """Claim the order ``value`` ("before", "after") of two clauses, citing their events (``ea``, ``eb``:
    the event mentions near each, or None); with no happening on one side, only when each clause has
    :data:`MIN_CLAUSE_WORDS` or more words to know it by its wording."""
    if (ea is None or eb is None) and not all(len(c.split()) >= MIN_CLAUSE_WORDS for c in clauses):
        return
    s.claim("order", "order", value, tokens,
            event_trigger=ea.trigger_start if ea is not None else None,
            other_trigger=eb.trigger_start if eb is not None else None, clauses=clauses, **extra)


def _already_pairs(s: _Sentence) -> Iterator[tuple[Token, Token, Token, Token]]:
    """(the order word, the main verb, the other clause's verb, "already") of a main clause that had
    already happened when the other did (``order_already_words`` on the main verb): a clause of an
    ``order_already_marks`` word on it ("the fleet was already at sea when the warning came") or "by"
    with an ``order_already_times`` noun whose clause is the other ("the port had already closed by
    the time the tanker arrived")."""
    rules = s.rules
    for tok in s.span:
        if tok.lower_ in rules.order_already_marks and tok.dep_ in ("advmod", "mark") and tok.head.dep_ == "advcl":
            inner, outer = tok.head, tok.head.head
        elif tok.lower_ == "by" and tok.dep_ == "prep":
            time = next((c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in rules.order_already_times), None)
            inner = next((c for c in time.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")),
                         None) if time is not None else None
            outer = tok.head
        else:
            continue
        if inner is None or outer.pos_ not in ("VERB", "AUX"):
            continue
        already = next((c for c in outer.children if c.dep_ == "advmod" and c.lower_ in rules.order_already_words), None)
        if already is not None:
            yield tok, outer, inner, already


def _other_clauses(verb: Token) -> set[int]:
    """The words of the clauses joined to a verb that tell other happenings: its conjoined verbs
    ("..., and the harbour stayed shut for a week"), its paratactic clauses and a clausal
    complement written before it ("The log says that ...: the fleet had already sailed")."""
    return {t.i for c in verb.children
            if (c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "ccomp" and c.i < verb.i)
            for t in c.subtree} | {c.i for c in verb.children if c.dep_ == "cc"}


def find_already_order(s: _Sentence) -> None:
    """"A had already happened when B" (:func:`_already_pairs`): A before B, clauses as
    :func:`find_order` words them (without "already" and the order words)."""
    for word, outer, inner, already in _already_pairs(s):
        ea, eb = _event_near(s, outer), _event_near(s, inner)
        if ea is not None and ea is eb:
            continue
        other = {t.i for t in (word.subtree if word.dep_ == "prep" else inner.subtree)} | _other_clauses(outer)
        main = [t for t in outer.subtree if t.i not in other and t.i != already.i and not t.is_punct]
        sub = [t for t in inner.subtree if t.i != word.i and not t.is_punct]
        _order_claim(s, "before", [word, outer, inner], ea, eb,
                     [" ".join(t.text for t in main), " ".join(t.text for t in sub)])


def find_sequences(s: _Sentence) -> None:
    """Two joined clauses told in sequence: "A, and only afterwards B", "A, and only then did B",
    "A, and only after that did B", "A first, and B ..." (``order_sequel_words`` on the second
    verb, "after" with a demonstrative pronoun on it, or ``order_first_words`` on the first): B
    after A, clauses as :func:`find_order` words them."""
    rules = s.rules
    for second in s.span:
        if second.dep_ != "conj" or second.pos_ not in ("VERB", "AUX") or second.head.pos_ not in ("VERB", "AUX"):
            continue
        first = second.head
        word = next((c for c in second.children if _sequel_word(c, rules)), None) \
            or next((c for c in first.children if c.dep_ == "advmod" and c.lower_ in rules.order_first_words), None)
        if word is None:
            continue
        ea, eb = _event_near(s, second), _event_near(s, first)
        if ea is not None and ea is eb:
            continue
        second_ids = {t.i for t in second.subtree}
        main = [t for t in second.subtree if t.i != word.i and t.dep_ != "cc" and t.i not in _word_ids(word) and not t.is_punct]
        sub = [t for t in first.subtree if t.i not in second_ids and t.i not in _word_ids(word) and t.dep_ != "cc" and not t.is_punct]
        _order_claim(s, "after", [word, second, first], ea, eb,
                     [" ".join(t.text for t in main), " ".join(t.text for t in sub)])


def find_back_order(s: _Sentence) -> None:
    """The main clause's happening placed against the previous sentence's (a TimeML TLINK across
    the sentence boundary): "Four days later, X ...", "Only afterwards did X ...", "The following
    month X ...", "Only after that refusal did X ...", "Y followed a week later" (the words are
    ``order_back_*`` in the rules). The claim's clauses are the main clause without the order
    words and the previous sentence; ``other_trigger`` and ``other_sentence_start`` its happening's
    event when it has one. A main clause that is a joined clause's second (:func:`find_sequences`)
    or an order word with a clause of its own (:func:`find_order`) is not read here."""
    if not s.earlier:
        return
    rules = s.rules
    root = next((t for t in s.span if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return
    found = _back_word(root, rules, s.span.start)
    if found is None:
        return
    word, value, skip = found
    if word.dep_ == "prep":  # "after that meeting": find_order's claim, if any, took the noun for the happening
        noun = {t.idx for t in word.subtree}
        s.claims[:] = [c for c in s.claims if not (c.kind == "order" and c.other_trigger in noun)]
    anchored = _anchor_clause(s, word, skip)
    if anchored is not None:
        prior_start, other, prior_events = anchored
        before = [t for t in other.subtree if not t.is_punct and not t.is_space]
    else:
        prior_span, prior_start, prior_events = s.earlier[-1]
        other = next((t for t in prior_span if t.dep_ == "ROOT"), None)
        if other is None or other.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            return
        before = [t for t in prior_span if not t.is_punct and not t.is_space]
    main = [t for t in root.subtree if t.i not in skip and not t.is_punct and not t.is_space
            and not (t.dep_ == "aux" and t.lemma_ == "do")]
    eb = _prior_event(other, prior_events)
    _order_claim(s, value, [word, root], _event_near(s, root), eb,
                 [" ".join(t.text for t in main), " ".join(t.text for t in before)],
                 other_sentence_start=prior_start if eb is not None else None)


def _back_word(root: Token, rules: Rules, first: int) -> tuple[Token, str, set[int]] | None:
    """The word on the main verb ``root`` (of the sentence from token ``first``) that places its
    clause against the sentence before, the value it states (``order_back_*``) and the tokens that
    say it, or None."""
    for c in root.children:
        low = c.lower_
        if c.dep_ == "advmod" and low in rules.order_back_adverbs:
            mods = [m for m in c.children if m.dep_ in ("npadvmod", "advmod")]
            if low in rules.order_back_measured and not mods:
                continue
            if low in rules.order_back_only and not (any(m.lower_ == "only" for m in c.children)
                                                     or (c.i > 0 and c.doc[c.i - 1].lower_ == "only")):
                continue
            return c, rules.order_back_adverbs[low], _with_only(c)
        if c.dep_ in ("npadvmod", "obl", "nsubj") and c.lemma_.lower() in rules.order_back_unit_nouns \
                and (c.i < root.i or c.dep_ != "nsubj"):
            unit = next((m for m in c.children if m.dep_ == "amod" and m.lower_ in rules.order_back_units), None)
            if unit is not None and any(m.dep_ == "det" and m.lower_ == "the" for m in c.children):
                return c, rules.order_back_units[unit.lower_], _with_only(c)
            later = next((m for m in c.children if m.dep_ == "advmod" and m.lower_ in rules.order_back_measured), None)
            if later is not None and any(m.dep_ == "det" and m.lower_ in rules.order_back_period_demonstratives
                                         for m in c.children):
                return c, rules.order_back_adverbs[later.lower_], _with_only(c)  # "Later that month X ..."
    for c in root.doc[first:root.i]:  # "Only after that refusal did X ...", "After that, X ..."
        value = rules.order_words.get(c.lower_)
        if value is None or c.dep_ not in ("prep", "mark") or c.i + 1 >= root.i:
            continue
        if not (c.head == root or (c.head.dep_ == "aux" and c.head.head == root)):
            continue
        nxt = c.doc[c.i + 1]
        if nxt.lower_ not in rules.order_back_demonstratives:
            continue
        last = nxt.i
        if nxt.dep_ == "det":
            noun = nxt.head
            if noun.i < nxt.i or noun.i >= root.i or not (noun.head in (c, root) or noun.head.dep_ == "aux"):
                continue
            last = noun.i
        elif nxt.pos_ != "PRON":
            continue
        return c, value, _with_only(c) | set(range(c.i, last + 1))
    if root.lemma_.lower() in rules.order_back_verbs and not any(c.dep_ in ("dobj", "pobj", "attr") for c in root.children) \
            and not any(c.dep_ == "agent" for c in root.children):
        return root, rules.order_back_verbs[root.lemma_.lower()], set()
    return None


def _with_only(word: Token) -> set[int]:
    """The order word, what hangs on it, and an "only" before it ("only afterwards")."""
    ids = {t.i for t in word.subtree}
    if word.i > 0 and word.doc[word.i - 1].lower_ == "only":
        ids.add(word.i - 1)
    return ids


#: a relative date ("Four days later") is read against the date it is counted from when that date
#: is written at most this many sentences before; else against the previous sentence
BACK_ANCHOR_SENTENCES = 4


def _anchor_clause(s: _Sentence, word: Token, skip: set[int]) -> tuple[int, Token, list[Any]] | None:
    """For an order word that is a relative date counted from a date written before ("Four days
    later", "The following month": the time tagger's ``anchor`` "narrative" and its
    ``anchor_value``), the clause that date is on, in a sentence at most
    :data:`BACK_ANCHOR_SENTENCES` before: (its sentence's start, its verb, the sentence's event
    mentions), or None."""
    lo = min(word.doc[i].idx for i in skip) if skip else word.idx
    hi = max(word.doc[i].idx + len(word.doc[i]) for i in skip) if skip else word.idx + len(word)
    relative = next((t for t in s.timexes_all if _get(t, "anchor") == "narrative" and _get(t, "anchor_value")
                     and lo <= _get(t, "start") < hi), None)
    if relative is None or not Doc.has_extension("timexes"):
        return None
    value = _get(relative, "anchor_value")
    window = s.earlier
    if not window:
        return None
    first = window[0][1]
    anchors = [t for t in (s.doc._.timexes or []) if first <= _get(t, "start") < s.start and _get(t, "value") == value]
    if not anchors:
        return None
    at = max(_get(t, "start") for t in anchors)
    verb = _verb_of(s.doc, at)
    if verb is None:
        return None
    for span, start, events in reversed(window):
        if start <= at and span.start <= verb.i < span.end:
            return start, verb, events
    return None


def _prior_event(root: Token, events: list[Any]) -> Any | None:
    """The event of the previous sentence's main clause: at its main verb or an argument of it,
    else its one event mention."""
    for tok in [root] + [c for c in root.children if c.dep_ in ("dobj", "pobj", "xcomp", "nsubj", "ccomp")]:
        for e in events:
            if e.trigger_start <= tok.idx < max(e.trigger_end, e.trigger_start + 1):
                return e
    return events[0] if len(events) == 1 else None


#: the pronouns "after" takes for the clause before it ("and only after that did B")
_BACK_PRONOUNS = frozenset({"that", "this"})


def _sequel_word(tok: Token, rules: Rules) -> bool:
    """An adverb of sequence on a verb ("afterwards", "then"), or "after that" / "after this"."""
    if tok.dep_ == "advmod" and tok.lower_ in rules.order_sequel_words:
        return True
    return tok.dep_ == "prep" and tok.lower_ == "after" and any(
        c.dep_ == "pobj" and c.lower_ in _BACK_PRONOUNS and not list(c.children) for c in tok.children)


def _word_ids(word: Token) -> set[int]:
    """The sequence word and what hangs on it ("only afterwards", "after that")."""
    return {t.i for t in word.subtree} | {c.i for c in word.head.children if c.dep_ == "advmod" and c.lower_ == "only"}


#: an order claim between happenings no event stands for needs clauses of at least this many
#: words on both sides ("troops entered Budapest"), so that they can be recognised by wording
MIN_CLAUSE_WORDS = 3


def _order_clauses(word: Token, outer: Token, inner: Token) -> list[str]:
    """The wording of the two happenings an order word links: the main clause without the
    subordinate one, and the subordinate clause or the preposition's object ("the government asked
    for help" / "troops entered the city")."""
    inner_root = word.head if word.dep_ == "mark" else inner
    inner_ids = {t.i for t in inner_root.subtree}
    # what measures or stresses the order, written before its word ("two days after", "a week
    # after", "only after", "shortly before"): of the relation, not of either happening
    measure = {t.i for h in (word, inner_root) for c in h.children
               if c.i < word.i and c.dep_ in ("npadvmod", "advmod") for t in c.subtree}
    inner_ids |= _other_clauses(outer) - {inner_root.i}
    main = [t for t in outer.subtree if t.i not in inner_ids and t.i not in measure and t.i != word.i and not t.is_punct
            and not (t.dep_ == "aux" and t.lemma_ == "do")]  # the inverted "did" of "only after X did Y"
    sub = [t for t in inner_root.subtree if t.i != word.i and t.i not in measure and not t.is_punct]
    return [" ".join(t.text for t in main), " ".join(t.text for t in sub)]


def _event_near(s: _Sentence, tok: Token) -> Any | None:
    e = s.event_at(tok)
    if e is not None:
        return e
    for child in tok.children:
        if child.dep_ in ("dobj", "pobj", "xcomp", "nsubj"):
            e = s.event_at(child)
            if e is not None:
                return e
    return None


# -- 5. scope ----------------------------------------------------------------------------------

def find_scopes(s: _Sentence) -> None:
    """How much of a whole an act covered: the scope word on the verb's object ("banned all
    trade", "occupied most of the province", "held the whole province of X"), on the verb of an
    event mention or on any verb (the events stage may not code "held"); the claim carries the
    event's trigger when there is one, and the names of the whole in ``where`` ("El Oro")."""
    rules = s.rules
    verbs = []
    for e in s.events:
        trig = s.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if trig is not None:
            verbs.append((trig.root, e))
    seen = {v.i for v, _ in verbs}
    verbs += [(t, None) for t in s.span if t.pos_ == "VERB" and t.i not in seen]
    for verb, e in verbs:
        for obj in _scoped_nouns(verb):
            word, whole = None, obj
            for c in obj.children:  # "all trade", "most trade"
                if c.dep_ in ("det", "amod", "predet") and c.lower_ in rules.scopes:
                    word = c
            if word is None and obj.lower_ in rules.scopes:  # "most of the trade", "part of it"
                of = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
                pobj = [g for c in of for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    word, whole = obj, pobj[0]
            if word is None:
                continue
            if whole.ent_type_ in SCOPE_SKIPPED_ENTS or whole.pos_ == "PRON" or whole.lemma_.lower() in SCOPE_TIME_WORDS:
                continue  # "for most of 1990", "for all time": a time; "all of them": a whole not named
            low, high = rules.scopes[word.lower_]
            clauses = [c for c in (_scope_clause(s, word, verb), masked_clause(s, [word], verb)) if c]
            s.claim("scope", f"how much of the {whole.lemma_.lower()}", word.lower_, [verb, word, whole],
                    low=low, high=high, obj=whole.lemma_.lower(), predicate=verb.lemma_.lower(),
                    event_trigger=e.trigger_start if e is not None else None,
                    where=sorted(_name_words(whole)), clauses=clauses)


#: the wholes of a scope that are times or figures, not things acted on
SCOPE_SKIPPED_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT"})
SCOPE_TIME_WORDS = frozenset({"time", "while", "day", "week", "month", "year", "decade", "century", "period"})


def _scoped_nouns(verb: Token) -> list[Token]:
    """The nouns a verb acts on or through whose scope word says how much of a whole the act
    covered: its object and passive subject ("banned all trade", "most of the crossings were
    reopened"), the subject of a verb that is no saying or believing ("all the lorries had gone",
    "most of the villages voted no"), and the object of a preposition on it ("withdrew from all of
    the committees", "backed by most of the members")."""
    lemma = verb.lemma_.lower()
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             or (c.dep_ == "nsubj" and lemma not in CLAIMING_VERBS and lemma not in load_rules().light_verbs)]
    nouns += [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    return nouns


#: the parts of a clause that say what was done to which whole: its core, without the adjuncts
#: put before the verb ("Under the accord, most of the lorries were sent back by May")
SCOPE_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "prt", "agent", "dative", "attr", "acomp",
                             "xcomp", "neg", "aux", "auxpass", "prep"})


def _scope_clause(s: _Sentence, word: Token, verb: Token) -> str | None:
    """The clause that states a scope, for comparing two scopes of one whole: the verb with its
    subject, objects and the phrases after it, the scope word ("all", "most of"), every time and
    the adjuncts before the verb left out ("Under the accord, most of the lorries were sent back
    by May": "the lorries were sent back")."""
    drop = {word.i} | {c.i for c in word.children if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "det"}
    for t in s.timexes_all:
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand")
        if span is not None:
            drop |= {x.i for x in span}
    kept = {verb.i}
    for c in verb.children:
        if (c.dep_ in SCOPE_CORE_DEPS or (c.dep_ == "advmod" and c.i > verb.i)) and not (c.dep_ == "prep" and c.i < verb.i):
            kept |= {x.i for x in c.subtree}
    words = [s.doc[i] for i in sorted(kept - drop) if s.span.start <= i < s.span.end]
    words = [t for t in words if not t.is_punct and not t.is_space
             and not (t.dep_ == "prep" and all(c.i in drop for c in t.children))]
    if sum(1 for t in words if t.pos_ in _CONTENT_POS) < MIN_MASKED_CONTENT:
        return None
    return " ".join(t.text for t in words)


# -- 6. relations ------------------------------------------------------------------------------

def _relation_word(rules: Rules, tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if _modifies_relationship(rules, tok) and rules.relation_state(tok.lower_) \
            and tok.lower_ not in rules.relation_predicate_states:
        return rules.relation_state(tok.lower_)  # "maintained cordial relations", "warm relations"
    value = rules.relation_value(lemma) or rules.relation_value(tok.lower_)
    if value:
        return value
    for child in tok.children:  # "grew closer", "drifted apart"
        combined = f"{lemma}-{child.lower_}"
        value = rules.relation_value(combined)
        if value:
            return value
    return None


def _modifies_relationship(rules: Rules, tok: Token) -> bool:
    """An adjective on a relationship noun ("cordial relations", "unusually warm relations")."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("amod", "conj") and _relationship_noun(rules, _list_head(tok).head)


def _relationship_noun(rules: Rules, tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in rules.relationship_nouns
                                              or tok.lemma_.lower() in rules.relationship_nouns)


def _verb_above(rules: Rules, tok: Token) -> Token:
    """The clause a relation noun is said in when it is the object of one of the
    ``relation_state_prepositions`` on it ("stayed in deep freeze", "sent relations back into a deep
    freeze", "treated each other as rivals"; not "a treaty of friendship", "frosty underneath the
    official friendship"), else the noun's own head."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in rules.relation_state_prepositions:
        above = tok.head.head
        if above.pos_ == "ADV" or (above.dep_ == "dobj" and above.head.pos_ in ("VERB", "AUX")):
            above = above.head  # "sent relations (back) into a deep freeze": "into" hung on "relations" or "back"
        if above.pos_ in ("VERB", "AUX"):
            return above
    return tok.head


def _pair_of(s: _Sentence, tok: Token) -> list[Any]:
    """The two actors a relation word is about: the subjects of its clause ("X and Y grew closer";
    of the verb whose object it qualifies: "X and Y enjoyed close relations"), or the objects of
    "between" / "with" below it ("relations between X and Y", "X had close ties with Y")."""
    found: dict[str, Any] = {}
    clause = tok if tok.pos_ in ("VERB", "AUX") else _verb_above(s.rules, tok) if tok.pos_ == "NOUN" else _list_head(tok).head
    owner = clause
    if tok.dep_ in ("amod", "conj") and clause.dep_ in ("dobj", "attr") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "X and Y enjoyed close relations", "X had close ties with Y"
    nodes = [_antecedent(c) for c in _subjects(s.rules, clause)]  # "Lisbon, which kept ... relations"
    for n in list(nodes):
        nodes.extend(c for c in n.subtree if c.dep_ in ("conj", "pobj"))
        nodes.extend(c for c in n.children if c.dep_ == "poss")
    for prep in [c for c in {*tok.children, *owner.children, *clause.children}
                 if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")]:
        nodes.extend(g for g in prep.subtree if g.dep_ in ("pobj", "conj"))
    for n in nodes:
        a = s.actor_at(n)
        if a is not None and actor_key(a) and _get(a, "kind") not in ACTOR_KINDS_SKIPPED:
            found.setdefault(actor_key(a), a)
    return list(found.values())


def _state_said(rules: Rules, tok: Token) -> tuple[str, Token] | None:
    """(state, the verb it is said on) when an adjective says how a relationship stood: the
    complement of "be" / "remain" / "stay" ("relations remained icy", "the relationship was
    uneasy") or of "at" on it ("relations are at their warmest")."""
    if tok.pos_ == "ADJ" and tok.tag_ == "JJS" and tok.dep_ == "amod" and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ in rules.relation_superlative_prepositions \
            and tok.head.head.head.pos_ in ("VERB", "AUX") and tok.head.head.dep_ == "prep":
        value = rules.relation_state(tok.lower_)  # "were at their lowest ebb", "fell to their lowest level"
        return (value, tok.head.head.head) if value is not None else None
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "attr", "pobj"):
        return None
    value = rules.relation_state(tok.lower_)
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "at" else tok.head
    if value is None or verb.lemma_.lower() not in COPULAS or (tok.dep_ == "pobj" and tok.head.lower_ != "at"):
        return None
    return value, verb


#: the verbs a relationship's state is said with
COPULAS = frozenset({"be", "remain", "stay", "become", "grow", "seem", "appear"})


def _about_the_pair(rules: Rules, clause: Token, s: _Sentence | None = None) -> bool:
    """The clause's subject is a relationship named by no pair ("relations", "the relationship"),
    or with one state of the document's pair ("relations with Dakar were cold": with the other
    one), or the pair itself by a noun ("the two countries", "both governments")."""
    for subj in _subjects(rules, clause):
        if subj.lower_ in rules.relationship_nouns or subj.lemma_.lower() in rules.relationship_nouns:
            return _noun_of_the_pair(rules, subj, s)
        if subj.lower_ in rules.pair_nouns and any(
                c.lower_ in ("two", "both") for c in subj.children if c.dep_ in ("nummod", "det", "predet")):
            return True
    return False


def _subjects(rules: Rules, clause: Token) -> list[Token]:
    """The clause's subjects; when it has none, a relationship noun the parse hung under a fronted
    time phrase as its object ("Over the 1930s relations warmed": "the 1930s relations",
    "During the King's years relations ... were friendly"): the noun before the verb, object of a
    preposition opening the clause, with a time word as its compound or number (a date, a figure,
    or one of ``relation_office_nouns``: "In 1931 relations ...")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if subjects or clause.pos_ not in ("VERB", "AUX"):
        return subjects
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.i < clause.i):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and _relationship_noun(rules, o)):
            if any(c.dep_ in ("compound", "nummod") and (c.ent_type_ == "DATE" or any(ch.isdigit() for ch in c.text)
                                             or c.lemma_.lower() in rules.relation_office_nouns)
                   for c in noun.children):
                return [noun]
        swallowed = _swallowed_subject(rules, prep, clause)
        if swallowed is not None:
            return [swallowed]
    return []


def _swallowed_subject(rules: Rules, prep: Token, clause: Token) -> Token | None:
    """A relationship noun the parser took into a fronted phrase as its object, deeper than the
    phrase's own object ("For the remainder of those years relations between X and Y were
    tense", "over most of the period relations worsened", "From the first test relations ... were
    strained", the phrase's object parsed as a compound of it): the phrase's last noun, whose
    words end where the subjectless clause's verb (or its adverbs and auxiliaries) begins
    (session 66)."""
    for noun in prep.subtree:
        if noun.dep_ != "pobj" or not _relationship_noun(rules, noun) or any(c.dep_ == "poss" for c in noun.children):
            continue
        if noun.head == prep and not any(c.dep_ == "compound" and c.i < noun.i for c in noun.children):
            continue  # the phrase's own object ("From the first test relations": the compound was it)
        between = [t for t in noun.doc[noun.right_edge.i + 1:clause.i]]
        if all(t.head == clause and t.dep_ in ("advmod", "aux", "auxpass", "neg") for t in between):
            return noun
    return None


def _noun_of_the_pair(rules: Rules, noun: Token, s: _Sentence | None) -> bool:
    """A relationship noun about the document's pair: named by no pair ("relations remained icy"),
    between a pair noun ("relations between the two governments"), or with one state of the pair
    (``s.pair``: "relations with Dakar were mostly cordial", in a document on Senegal and Gambia)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in ("between", "with", "among") or _pair_noun_object(rules, c):
            continue
        if c.lower_ == "with" and s is not None and _one_of_the_pair(s, c):
            continue
        return False
    return True


def _one_of_the_pair(s: _Sentence, prep: Token) -> bool:
    """The objects of ``prep`` name one state, and it is one of the document's pair."""
    keys = {state_key(a) for a in (s.actor_at(o) for o in prep.subtree if o.dep_ in ("pobj", "conj")) if a is not None}
    return len(keys) == 1 and keys <= {state_key(a) for a in s.pair}


def _trend_about_the_pair(rules: Rules, tok: Token, s: _Sentence) -> bool:
    """A relation noun about the document's pair: "a thaw between the two governments", "a brief
    thaw in relations", "unusually warm relations between the two governments", or a relationship
    noun the clause acts on ("sent relations back into a deep freeze")."""
    noun = _list_head(tok).head if tok.pos_ == "ADJ" else tok
    if _relationship_noun(rules, noun) and noun != tok:
        return _noun_of_the_pair(rules, noun, s)
    if tok.pos_ != "NOUN":
        return False
    for c in [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]:  # "brought a thaw in relations"
        if c.dep_ == "prep" and _pair_noun_object(rules, c) and c.head == tok:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and _relationship_noun(rules, o) and _noun_of_the_pair(rules, o, s) for o in c.children):
            return True
    clause = _verb_above(rules, tok)
    if clause != tok.head:
        return any(o.dep_ in ("dobj", "nsubjpass") and _relationship_noun(rules, o) and _noun_of_the_pair(rules, o, s)
                   for o in clause.children)
    return False


def _pair_noun_object(rules: Rules, prep: Token) -> bool:
    """"between the two governments", "between both capitals": the object of the preposition is the
    pair by a pair noun, not the pair's names."""
    return prep.lower_ == "between" and any(
        o.dep_ == "pobj" and (o.lower_ in rules.pair_nouns or o.lemma_.lower() in rules.pair_nouns)
        and any(c.lower_ in ("two", "both") for c in o.children if c.dep_ in ("nummod", "det", "predet"))
        for o in prep.children)


def find_relations(s: _Sentence) -> None:
    rules = s.rules
    for tok in s.span:
        if tok.pos_ not in ("VERB", "NOUN", "ADJ", "AUX"):
            continue
        clause = tok
        value = _relation_word(rules, tok)
        said = _state_said(rules, tok)
        if said is not None:
            value, clause = said
        elif value is not None and tok.dep_ in ("acomp", "attr") and tok.head.lemma_.lower() in COPULAS:
            clause = tok.head
        elif value is not None and tok.pos_ == "NOUN" and (above := _verb_above(rules, tok)) != tok.head:
            clause = above  # "relations stayed in deep freeze"
            if clause.lemma_.lower() in COPULAS and value in rules.relation_trend_states:
                value = rules.relation_trend_states[value]  # a trend's end state, held over the period
                said = (value, clause)
        if value is None or any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in rules.relation_negating_adverbs)
                                for c in (*tok.children, *clause.children)):
            continue  # "relations were not cordial", "were rarely smooth"
        pair = _pair_of(s, tok)
        if len(pair) != 2 and clause is not tok:  # "relations between X and Y were at their warmest"
            pair = _pair_of(s, clause)
        if len(pair) != 2 and s.pair and (_about_the_pair(rules, clause, s) or _trend_about_the_pair(rules, tok, s)):
            pair = s.pair  # "relations remained icy", "the two governments were close allies"
        if len(pair) != 2:
            continue
        keys = sorted({state_key(a) for a in pair})
        if len(keys) != 2:
            continue
        names = " and ".join(sorted(_get(a, "name") or _get(a, "text") for a in pair))
        c = s.claim("relation", f"relations between {names}", value, [tok, clause] if clause is not tok else [tok],
                    subject=keys)
        if tok.tag_ == "JJS" and c.date_text and any(
                _get(t, "text") == c.date_text and _get(t, "start") > tok.idx
                and _word_before(doc_text(s.doc), _get(t, "start")) in rules.relation_superlative_bases
                for t in s.timexes):  # after the superlative: not "Since 1931 relations have been at their warmest"
            # "fell to their lowest level since 1931": the date is what the state is measured
            # against, not when it held
            c.date = c.date_end = c.earliest = c.latest = c.date_text = None
            c.stated = False
            t = _narrative_date(s.doc, s.start)
            if t is not None:  # it held when the narrative stands, as a state said to persist
                c.date, c.date_end, c.earliest, c.latest = (_get(t, "value"), _get(t, "value_end"),
                                                            _get(t, "earliest"), _get(t, "latest"))
                c.date_text, c.narrative = _get(t, "text"), True
        anchor = _relation_anchor(s, clause)
        if anchor is not None:  # "relations cooled after the coup": the happening it turned after
            event, inner = anchor
            c.other_trigger = event.trigger_start if event is not None else None
            c.obj = _anchor_key(inner)
            c.clauses = [" ".join(t.text for t in inner.subtree if not t.is_punct and not (t.dep_ == "mark" and t.head == inner))]
        office = _office_period(s, clause)
        if office is not None and not _dated_on(s, c, clause):
            c.date, c.date_end = office[0][:4], None
            c.earliest, c.latest, c.date_text, c.stated, c.narrative = office[0], office[1], office[2], True, False
            if c.value in rules.relation_state_values and office[3]:
                c.qualifier = WHOLE_PERIOD  # "cordial under President X": all of X's term
            continue
        if c.earliest is None and clause.tag_ in PRESENT_TAGS and not s.timexes_all:
            _at_publication(s, c)
        persisting = said is not None and clause.lemma_.lower() in rules.relation_persisting_verbs
        if c.date_text and (_said_throughout(s, c.date_text, rules) or persisting):
            c.qualifier = WHOLE_PERIOD  # "relations remained icy throughout 2013", "have remained cool since 2022"
        _relation_period(s, c, clause, persisting)


def _relation_anchor(s: _Sentence, clause: Token) -> tuple[Any | None, Token] | None:
    """The happening a relationship's state or trend is said to follow (a TimeML TLINK AFTER from
    the relation's clause): a clause or noun opened by one of ``relation_anchor_words`` on the
    relation's clause ("relations cooled after X seized power", "grew closer following the
    treaty"), or on a time noun of a preposition on it ("for some months following the
    election the two grew closer"): (its event mention or None, the clause's verb or the noun). None when the
    anchor names no happening ("since then", "after 2010": a date is no happening)."""
    words = s.rules.relation_anchor_words
    verb = _verb_of(s.doc, clause.idx) or clause
    heads = {clause.i, verb.i}
    for tok in verb.subtree:
        if tok.lower_ not in words or tok.dep_ not in ("mark", "prep"):
            continue
        if tok.dep_ == "mark":
            inner, above = tok.head, tok.head.head
            if tok.head.dep_ != "advcl":
                continue
        else:
            inner = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
            above = tok.head
            if above.i not in heads and above.dep_ == "pobj" and above.pos_ == "NOUN" and above.head.dep_ == "prep":
                above = above.head.head  # "for (some) months following X": the time noun's clause
        if inner is None or above.i not in heads or inner.pos_ not in ("NOUN", "VERB"):
            continue
        if inner.pos_ == "NOUN" and (inner.ent_type_ in ("DATE", "TIME") or _is_time_noun(inner)):
            continue
        e = _event_near(s, inner)
        if e is not None and e.trigger_start <= clause.idx < max(e.trigger_end, e.trigger_start + 1):
            continue
        return e, inner
    return None


#: nouns of time, no happening ("in the years after", "after a decade")
_TIME_NOUNS = frozenset("year years month months week weeks day days decade decades time period century "
                        "centuries era moment".split())


def _is_time_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in _TIME_NOUNS or tok.lower_ in _TIME_NOUNS


def _anchor_key(inner: Token) -> str:
    """The words an anchor's happening is known by across sources: the noun's lemma ("the
    coup"), or the verb's lemma with its object's ("seized power": "seize power")."""
    if inner.pos_ == "NOUN":
        return inner.lemma_.lower()
    obj = next((c for c in inner.children if c.dep_ == "dobj"), None)
    return f"{inner.lemma_.lower()} {obj.lemma_.lower()}" if obj is not None else inner.lemma_.lower()


def _dated_on(s: _Sentence, c: SentenceClaim, clause: Token) -> bool:
    """The claim's date is written on its own clause ("relations were cordial in 1995"), not on
    another clause of the sentence ("..., who visited the capital in 2004")."""
    if c.earliest is None:
        return False
    return any(_get(t, "text") == c.date_text and _verb_of(s.doc, _get(t, "start")) == clause for t in s.timexes)


def _office_period(s: _Sentence, clause: Token) -> tuple[str, str, str, bool] | None:
    """The term of office a relationship's clause is said of (rules ``relation_office_*``):
    "under / during PERSON", "PERSON's presidency / years", "the PERSON years", "the presidency
    of PERSON", or a clause of taking office opened
    by "since"/"after" ("since PERSON took office": from the term's start to the publication day).
    The term is the actor dictionary's: a person's one term, or of several the one the narrative's
    date falls in. Returns (earliest, latest, the words, whether all of the term) or None."""
    rules = s.rules
    verb = _verb_of(s.doc, clause.idx) or clause  # "kept cordial relations ...": the clause of the state's word
    for a in s.actors:
        if _get(a, "kind") != "person" or not _get(a, "actor_id"):
            continue
        span = s.doc.char_span(_get(a, "start"), _get(a, "end"), alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        whole = None
        if head.dep_ == "pobj" and head.head.lower_ in rules.relation_office_prepositions \
                and _governs(verb, head.head):
            whole = True
        elif head.dep_ in ("poss", "compound") and _office_noun(head.head, rules) and _governs(verb, head.head):
            whole = True  # "in X's years", "throughout the X years"
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and _office_noun(head.head.head, rules) \
                and _governs(verb, head.head.head):
            whole = True  # "during the presidency of X"
        elif head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "advcl" and head.head.head in (clause, verb) \
                and _taking_office(head.head, rules) \
                and any(m.dep_ == "mark" and m.lower_ in rules.relation_office_openers for m in head.head.children):
            whole = False
        if whole is None:
            continue
        term = _term_of(s, str(_get(a, "actor_id")))
        if term is None:
            continue
        earliest, latest = term
        if not whole:
            dct = s.doc._.dct if Doc.has_extension("dct") else None
            if not (isinstance(dct, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", dct)) or dct < earliest:
                continue
            latest = dct
        return earliest, latest, span.text, whole
    return None


def _office_noun(tok: Token, rules: Rules) -> bool:
    return tok.lemma_.lower() in rules.relation_office_nouns or tok.lower_ in rules.relation_office_nouns


def _taking_office(verb: Token, rules: Rules) -> bool:
    """``verb`` with its particle or object says its subject took office ("took office", "came to
    power", "came in", "was elected")."""
    words = [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj", "prep")
                                     and c.i > verb.i]
    if any(c.dep_ == "auxpass" for c in verb.children):
        words = ["be", verb.lemma_.lower()]
    pobj = [g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    phrases = {" ".join(words[:2])} | {f"{words[0]} {w}" for w in words[1:]} | {f"{verb.lemma_.lower()} to {w}" for w in pobj}
    return bool(phrases & rules.relation_office_taking)


def _term_of(s: _Sentence, person_id: str) -> tuple[str, str] | None:
    """A person's term of office as the actor dictionary dates it, both ends known: the only
    one, or of several the one the narrative's date (the last date written before the
    sentence) falls in."""
    actor = load_kb().get(person_id)
    terms = [t for t in (actor.terms if actor else ()) if t.start and t.end]
    if len(terms) > 1:
        t = _narrative_date(s.doc, s.start)
        when = _get(t, "earliest") if t is not None else None
        terms = [x for x in terms if when and x.covers(when[:10])]
    if len(terms) != 1:
        return None
    return terms[0].start[:10], terms[0].end[:10]


def _relation_period(s: _Sentence, c: SentenceClaim, clause: Token, persisting: bool) -> None:
    """The period a relationship's state or trend is said of, beyond the one date it is dated by:
    - every date written on its clause ("remained frosty through 2018 and 2019": both years);
    - a date after ``relation_open_period_words`` ("warmed steadily after 2010", "in the years
      after 2011 ... remained cool") runs to the document's stated publication day;
    - a duration after ``relation_period_prepositions`` ("for about six years the two neighbours
      were warm", "for the next three years relations were cordial", "for a few years relations
      warmed") runs that long (its shortest reading) from the date the sentence wrote before it,
      else the claim's own date, else the narrative's (the last date written before the
      sentence); the state held over all of it;
    - a state said to persist with no date written ("relations stayed cold") held at the
      narrative's date, over all of it."""
    rules = s.rules
    own = [t for t in s.timexes if _get(t, "earliest") and _get(t, "latest")
           and _verb_of(s.doc, _get(t, "start")) == clause]
    if len(own) > 1 and c.earliest and any(_get(t, "text") == c.date_text for t in own):
        c.earliest = min([c.earliest] + [_get(t, "earliest") for t in own])
        c.latest = max([c.latest] + [_get(t, "latest") for t in own])
    text = doc_text(s.doc)
    if c.date_text and c.latest:
        for t in own or s.timexes:
            if _get(t, "text") == c.date_text and _word_before(text, _get(t, "start")) in rules.relation_open_period_words:
                dct = s.doc._.dct if Doc.has_extension("dct") else None
                if isinstance(dct, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", dct) and dct > c.latest:
                    c.latest = dct
                break
    for t in s.timexes_all:
        if _get(t, "type") != "DURATION" or _verb_of(s.doc, _get(t, "start")) != clause \
                or _word_before(text, _get(t, "start")) not in rules.relation_period_prepositions:
            continue
        days = duration_interval(_get(t, "value"))
        if days is None:
            return
        before = [d for d in s.timexes if _get(d, "earliest") and _get(d, "start") < _get(t, "start")]
        if before:
            start, stated = max(before, key=lambda d: _get(d, "start")), True
        elif c.earliest:
            start, stated = None, c.stated
        else:
            start, stated = _narrative_date(s.doc, s.start), False
            if start is None:
                return
        if start is not None:
            c.date, c.date_text, c.earliest = _get(start, "value"), _get(start, "text"), _get(start, "earliest")
            c.stated, c.narrative = stated, not stated
        c.latest = max(c.latest or c.earliest,
                       (date.fromisoformat(c.earliest[:10]) + timedelta(days=int(days[0]))).isoformat())
        if c.value in rules.relation_state_values:
            c.qualifier = WHOLE_PERIOD  # "for six years the two were warm": warm all six years
        return
    if not c.earliest and (persisting or (_past_tense(clause) and not c.obj)):  # after a happening: it places the claim
        t = _narrative_date(s.doc, s.start)
        if t is not None:  # "relations stayed cold and suspicious", after a paragraph on 1975
            c.date, c.date_end, c.earliest, c.latest = _get(t, "value"), _get(t, "value_end"), _get(t, "earliest"), _get(t, "latest")
            c.date_text, c.stated, c.narrative = _get(t, "text"), False, True
            if persisting:
                c.qualifier = WHOLE_PERIOD


def _past_tense(clause: Token) -> bool:
    """The clause is told in the simple past ("relations were cold", "relations cooled"): it
    stands at the narrative's time. Not a perfect ("have cooled") or a future."""
    return clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ not in ("had",) for c in clause.children)


def _word_before(text: str, offset: int) -> str:
    """The word written just before ``offset`` (lower case), or ""."""
    m = re.search(r"(\w+)\W*$", text[max(0, offset - 30):offset])
    return m.group(1).lower() if m else ""


def _narrative_date(doc: Doc, offset: int) -> Any | None:
    """The last date the document wrote in full before ``offset`` (a year, a month or a day, at
    most :data:`NARRATIVE_MAX_DAYS` long; as :func:`_narrative_times` places claims), or None."""
    found = None
    for t in (doc._.timexes or []) if Doc.has_extension("timexes") else []:
        if _get(t, "start") >= offset:
            continue
        if _get(t, "type") != "DATE" or _get(t, "anchor") not in WRITTEN_ANCHORS:
            continue
        try:
            days = (date.fromisoformat(_get(t, "latest")[:10]) - date.fromisoformat(_get(t, "earliest")[:10])).days
        except (TypeError, ValueError):
            continue
        if days <= NARRATIVE_MAX_DAYS and (found is None or _get(t, "start") > _get(found, "start")):
            found = t
    return found


def _said_throughout(s: _Sentence, date_text: str, rules: Rules) -> bool:
    """The sentence writes its date after a word that makes it the whole period
    (``relation_whole_period_words``: "throughout 2013", "all through the 1970s")."""
    text = doc_text(s.doc)[s.start:s.end].lower()
    return any(f"{w} {date_text.lower()}" in text for w in rules.relation_whole_period_words)


#: the tags of a verb in the present tense: a relationship's state said in it ("relations are at
#: their warmest") holds when the document was published
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def _at_publication(s: _Sentence, c: SentenceClaim) -> None:
    """Date a claim by the document's stated publication day (``doc._.dct``, not one inferred)."""
    dct = s.doc._.dct if Doc.has_extension("dct") else None
    if isinstance(dct, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", dct):
        c.date, c.earliest, c.latest, c.stated = dct, dct, dct, False


# -- 7. attributes of a person ---------------------------------------------------------------

def find_attributes(s: _Sentence) -> None:
    rules = s.rules
    for tok in s.span:
        if tok.lemma_.lower() in rules.person_attributes["birth_nouns"] and tok.pos_ == "NOUN":
            _native_of(s, tok)
            continue
        if tok.lemma_.lower() in rules.person_attributes["birth"] and tok.dep_ == "amod":
            _born_modifier(s, tok)  # "the Varna-born Ivan Petrov", "a Varna-born lawyer"
            continue
        if tok.lemma_.lower() in rules.person_attributes["birth"] and tok.pos_ == "VERB" \
                and (any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ in ("advcl", "acl")):
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not subj and tok.dep_ == "advcl":  # "Born in 1925 in X, Pol Pot studied ..."
                subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            elif not subj and tok.dep_ == "acl":  # "Pol Pot, born in 1925, studied ..."
                subj = [tok.head]
                if tok.head.dep_ == "appos" and tok.head.pos_ == "NOUN":
                    subj = [tok.head.head]  # "Adam Malik, a former journalist born in Medan, ..."
            # a resolved person, or a full name the knowledge base lacks ("name:<words>")
            person = _person_key(s, _named_in_apposition(_antecedent(subj[0]))) if subj else None
            if person is None:
                continue
            for place in _birth_places(s, tok):
                _birthplace_claim(s, person, tok, place)
            own = [t for t in s.timexes if _verb_of(s.doc, _get(t, "start")) == tok]
            for t in own[:1]:
                lo, hi = _ordinal(_get(t, "earliest")), _ordinal(_get(t, "latest"))
                s.claim("attribute", f"when {person[1]} was born", _get(t, "text"), [tok],
                        subject=[person[0]], low=lo, high=hi)


#: named-entity labels a place name written after "born in" is never given (spaCy's tagger often
#: takes a small town for a person or an organisation, so those are not excluded)
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                               "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "NORP"})


def _named_in_apposition(tok: Token) -> Token:
    """The name a common-noun subject is in apposition with ("Peru's new president, X, was born
    in ...": X), else the word itself."""
    if tok.pos_ == "NOUN":
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            return names[0]
    return tok


def _place_word(tok: Token) -> Token | None:
    """The place a preposition's object names: a proper name the tagger took for a place (or for
    nothing it rules out: towns are often tagged as persons), or the name inside a common noun
    ("a village in X", "a hospital near X": X)."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PLACE_LABELS:
        return tok
    if tok.ent_type_ in ("GPE", "LOC") or any(a.dep_ == "appos" and a.ent_type_ in ("GPE", "LOC") for a in tok.children):
        return tok
    if tok.pos_ == "NOUN":
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "of")):
            inner = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if inner is not None and inner.pos_ == "PROPN" and inner.ent_type_ not in _NOT_PLACE_LABELS:
                return inner
    return None


def _birth_places(s: _Sentence, verb: Token) -> list[Token]:
    """The places a birth verb names ("born in X", "born at X", "born in a village in X")."""
    preps = s.rules.person_attributes["birth_preps"]
    found = [_place_word(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    return [p for p in found if p is not None]


def _born_modifier(s: _Sentence, born: Token) -> None:
    """"the Varna-born Ivan Petrov", "Ivan Petrov, a Varna-born lawyer", "the Varna-born
    president": a birth participle that modifies a noun (``amod``), its place the proper name
    written before it (the parse hangs "Varna" on "born" as ``npadvmod`` or ``compound``). The
    person is the noun it modifies, the name that noun is in apposition with or to, or, for a
    common noun alone ("the Varna-born president"), the person the actor stage resolved it to;
    none of them, no claim."""
    places = [p for c in born.children if c.dep_ in ("npadvmod", "compound") and c.i < born.i
              and (p := _place_word(c)) is not None and p.pos_ == "PROPN"]
    if not places:
        return
    holder = born.head
    while holder.dep_ == "compound" and holder.head.i != holder.i:
        holder = holder.head  # "the Varna-born Social Democrat Ivan Petrov": on "Democrat", the name's word
    if holder.dep_ == "appos" and holder.pos_ == "NOUN" and holder.head.pos_ == "PROPN":
        holder = holder.head  # "Ivan Petrov, a Varna-born lawyer"
    person = _person_key(s, _named_in_apposition(holder))
    if person is None:
        return
    for place in places[:1]:
        _birthplace_claim(s, person, born, place)


def _native_of(s: _Sentence, noun: Token) -> None:
    """"X, a native of Y", "X was a native of Y": Y is X's birthplace."""
    if noun.dep_ == "appos":
        holder = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = _clause_subject(noun.head)
    else:
        return
    person = _person_key(s, _antecedent(holder)) if holder is not None else None
    if person is None:
        return
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            place = _place_word(g)
            if place is not None:
                _birthplace_claim(s, person, noun, place)


def _birthplace_claim(s: _Sentence, person: tuple[str, str], tok: Token, place: Token) -> None:
    """The claim "where X was born", compared by the state the place is or belongs to (``obj``;
    ``qualifier`` "state" when the place is a state itself, which holds every town in it)."""
    where = s.actor_at(place)
    state_key = actor_key(where) if where is not None else None
    first = place
    while any(c.dep_ == "compound" and c.i == first.i - 1 for c in place.children):
        first = s.doc[first.i - 1]  # "San Marcos": the whole name
    written = s.doc[first.i:place.i + 1].text
    # a place, or a name the tagger took for something else followed by its state
    # ("in Kim Lien, Vietnam", "in Sankt Andrä-Wördern, Austria")
    for part in (c for c in place.children if c.dep_ in ("appos", "npadvmod", "conj")
                 and c.ent_type_ in ("GPE", "LOC")):
        # "Rosario, Argentina": a town the knowledge base lacks, in the state after it
        state = s.actor_at(part)
        if state_key is None and state is not None and actor_key(state):
            state_key = actor_key(state)
        written = s.doc[first.i:part.i + 1].text
    is_state = where is not None and _get(where, "kind") == "state" and first.i == place.i
    # the names written with the place ("born in X in the province of Y", "a village near Y"):
    # another source's Y is the same answer told larger
    around = _birth_phrase(tok, place)
    s.claim("attribute", f"where {person[1]} was born", written, [tok, place],
            subject=[person[0]], obj=state_key, qualifier="state" if is_state else None,
            where=sorted({t.text for t in around if t.is_alpha and t.text[:1].isupper() and t.i > t.sent.start}))


def _birth_phrase(tok: Token, place: Token) -> list[Token]:
    """The words of the phrases that say where: the birth verb's (or noun's) prepositional phrases
    that hold the place, and the place's own."""
    phrases = [c for c in tok.children if c.dep_ == "prep" and place in c.subtree]
    out = [t for p in phrases for t in p.subtree]
    # "born in X in Y": the second phrase hangs on the verb too
    out += [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at")
            and c not in phrases and any(t.text[:1].isupper() for t in c.subtree) for t in c.subtree
            if not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    return out + list(place.subtree)


#: a person's years written after the name: "(1928–1998)", "(born 1918)", "(b. 1890)"
_LIFESPAN = re.compile(r"^\s*\((?:born |b\. ?)?(\d{4})(?:\s*[–—-]\s*(\d{4}))?\)")


def find_lifespans(s: _Sentence) -> None:
    """A person's years in brackets after the name, as encyclopedias write them: "Pol Pot
    (1928–1998)" claims the birth year (an ``attribute``) and the year of death (the ``date`` of
    the once-only happening "died")."""
    text = doc_text(s.doc)
    for ent in doc_ents(s.doc):
        if ent.label_ != "PERSON" or not s.span.start <= ent.start < s.span.end:
            continue
        m = _LIFESPAN.match(text[ent.end_char:ent.end_char + 20])
        person = _person_key(s, ent.root) if m else None
        if person is None:
            continue
        born, died = m.group(1), m.group(2)
        topic = f"when {person[1]} was born"
        if not any(c.kind == "attribute" and c.topic == topic for c in s.claims):  # "(born 1913)" read twice
            s.claim("attribute", topic, born, [ent.root], subject=[person[0]],
                    low=_ordinal(f"{born}-01-01"), high=_ordinal(f"{born}-12-31"))
        names = _person_id(s, ent.root) or frozenset(t.lower_ for t in ent if t.pos_ == "PROPN" and t.is_alpha)
        if died and names:
            s.claim("date", f"when {person[1]} died", died, [ent.root], date=died, earliest=f"{died}-01-01",
                    latest=f"{died}-12-31", date_text=died, stated=True, obj="died",
                    happening="died:" + " ".join(sorted(names)))


def _ordinal(day: str | None) -> float | None:
    try:
        return float(date.fromisoformat(str(day)[:10]).toordinal())
    except ValueError:
        return None


# -- 8. what an act of permission, order or refusal is about ----------------------------------

def _act_object(tok: Token, acts: frozenset[str] = frozenset()) -> Token | None:
    """What was approved, ordered or refused: the verb it governs ("ordered X to invade",
    "refused to sign", "approval to Kim to liberate ..."), else its object ("approved the plan",
    "approval for the attack"); through a governed act among ``acts`` to that act's object
    ("refused to approve the invasion": the invasion)."""
    found = _governed(tok)
    if found is not None and found.lemma_.lower() in acts and found.i != tok.i:
        # "refused to approve the invasion", "declined to authorise the strike": the act
        # refused is about the inner act's object
        found = _governed(found) or found
    return found


#: what a permission, order or refusal names as its object: a common noun or a name
#: ("approved the plan", "approved Operation Northwind", "rejected the demand")
_OBJECT_POS = ("NOUN", "PROPN")


def _governed(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            return child
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in ("xcomp", "acl", "relcl", "advcl") and t.pos_ == "VERB" and t.i > tok.i:
            return t
    for child in tok.children:
        if child.dep_ == "dobj" and child.pos_ in _OBJECT_POS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            objs = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in _OBJECT_POS]
            if objs:
                return objs[0]
    return None


def _object_words(obj: Token) -> str:
    """The wording of what an act is about: the object's phrase ("to annex the valley",
    "the court's ruling"), compared across sources by the chronicle's act check."""
    kept = [obj]
    for child in obj.children:
        if child.dep_ in _OBJECT_PHRASE_DROP or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            continue
        kept.extend(child.subtree)
    return " ".join(t.text for t in sorted(kept, key=lambda t: t.i))


#: parts of an object's phrase that say when, why or who else, not what: "to annex the
#: valley [in 1921], [ending the truce]"
_OBJECT_PHRASE_DROP = frozenset({"nsubj", "nsubjpass", "advcl", "advmod", "npadvmod", "conj", "cc", "punct", "mark"})


def find_acts(s: _Sentence) -> None:
    """The object of each permission, order or refusal: one actor approving one thing and
    refusing another is no disagreement (``act`` claims, read by the chronicle's act check)."""
    rules = s.rules
    seen: set[tuple[int, int]] = set()  # (act word, object): "refused to approve the invasion"
    for e in s.events:  # is one refusal, whether read from "approve" or from "invasion"
        trig = s.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if trig is None:
            continue
        words = {t.lemma_.lower() for t in trig} | {t.lower_ for t in trig}
        value = next((v for v, ws in rules.acts.items() if words & ws), None)
        if e.modality == "refused":
            value = "refused"  # "refused to approve the invasion" refuses; the approval is its object
        root = trig.root
        if value == "refused" and root.lemma_.lower() not in rules.acts["refused"]:
            root = next((a for a in root.ancestors if a.lemma_.lower() in rules.acts["refused"]), root)
        obj = _act_object(root, _act_words(rules))
        if obj is None and value in ("approved", "refused") and _bare(root):
            obj = _requested_before(s, _act_words(rules))
        if value is None or obj is None or (root.i, obj.i) in seen:
            continue
        seen.add((root.i, obj.i))
        keys = sorted({actor_key(a) for t in obj.subtree if (a := s.actor_at(t)) is not None and actor_key(a)})
        s.claim("act", f"what was {value}", f"{value}: {obj.lemma_.lower()}", [root, obj],
                obj=obj.lemma_.lower(), subject=keys, event_trigger=e.trigger_start,
                clauses=[_object_words(obj)])


def _bare(tok: Token) -> bool:
    """An act verb with no object of its own ("Stalin refuses.", "London declined.")."""
    return tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative")
                                          or (c.dep_ == "prep" and c.lower_ in ("to", "for", "of"))
                                          for c in tok.children)


#: event type of a request, whose object a following bare approval or refusal answers
REQUEST_TYPE = "REQUEST"


def _requested_before(s: _Sentence, acts: frozenset[str]) -> Token | None:
    """What the sentence just before asked for, when it holds a request (PLOVER REQUEST): a bare
    approval or refusal answers it ("He asked Stalin for permission to attack. Stalin refused.":
    the attack; "The king requested troops from Britain. London declined.": the troops)."""
    if s.span.start == 0:
        return None
    before = s.doc[s.span.start - 1].sent
    for e in s.doc._.events or []:
        if e.type != REQUEST_TYPE or not before.start_char <= e.trigger_start < before.end_char:
            continue
        trig = s.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if trig is not None and (obj := _request_object(trig.root, acts)) is not None:
            return obj
    return None


def _request_object(tok: Token, acts: frozenset[str]) -> Token | None:
    """What a request asks for: "for" its object (through a permission to what it permits:
    "for permission to attack"), else the act it asks ("asked X to send troops"), else its
    object ("requested troops") -- the addressee of "asked X for Y" is not it."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ in _OBJECT_POS:
                    return (_governed(g) or g) if g.lemma_.lower() in acts else g
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            return child
    if tok.lemma_.lower() != "ask":
        return next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS), None)
    return None


def _act_words(rules: Rules) -> frozenset[str]:
    """Every word of a permission, an order or a refusal."""
    return frozenset().union(*rules.acts.values())


def _age(tok: Token) -> tuple[float, Token] | None:
    """(age, the word it hangs on) for "aged 74", "at the age of 74", "the 74-year-old ..."."""
    if tok.lower_ == "aged" and tok.i + 1 < tok.sent.end and tok.nbor(1).like_num:
        return _as_number(tok.nbor(1)), tok.head
    if tok.lower_ == "age" and tok.head.lower_ == "at":
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for num in (g for g in prep.children if g.like_num):
                return _as_number(num), tok.head.head
    if tok.lower_ == "old" and tok.i >= 4 and tok.nbor(-2).lower_ == "year" and tok.nbor(-4).like_num:
        return _as_number(tok.nbor(-4)), tok.head
    if tok.lower_ == "old" and tok.i >= 2 and tok.nbor(-1).lower_ in ("years", "year") and tok.nbor(-2).like_num \
            and (tok.head.pos_ in ("PROPN", "NOUN") or _copula(tok.head)):
        return _as_number(tok.nbor(-2)), tok.head  # "X, 41 years old, ...", "He was 35 years old."
    if tok.dep_ in ("appos", "npadvmod", "amod") and tok.like_num and tok.head.pos_ == "PROPN" \
            and tok.i > tok.sent.start and _after_comma(tok) and tok.i + 1 < tok.sent.end \
            and tok.nbor(1).text == ",":
        age = _as_number(tok)  # "Yitzhak Rabin, 73, was assassinated": the age at the verb's happening
        return (age, tok.head) if MIN_AGE <= age <= MAX_AGE else None
    if tok.dep_ == "attr" and tok.like_num and tok.head.lemma_ == "be":
        # "X was 35 when he was killed", "she was 62 when she took office": the age at the
        # happening of the when-clause, whose subject is the person
        # (the parser hangs the when-clause on the verb or on the figure itself)
        when = [c for c in [*tok.head.children, *tok.children] if c.dep_ in ("advcl", "relcl")
                and c.pos_ == "VERB" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)]
        age = _as_number(tok)
        if when and MIN_AGE <= age <= MAX_AGE:
            return age, when[0]
        if not when and MIN_AGE <= age <= MAX_AGE and _copula(tok.head) \
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.head.children):
            return age, tok.head  # "He was 99.": the age at the happening the sentence before tells
    return None


#: words that may stand between the comma and an age written after a name ("X, then 42, ...")
_AGE_ADVERBS = frozenset({"then", "only", "just", "barely", "still", "already", "now"})


def _after_comma(tok: Token) -> bool:
    """The word follows a comma, perhaps over adverbs of time or degree ("X, then only 41,")."""
    i = tok.i - 1
    while i > tok.sent.start and tok.doc[i].lower_ in _AGE_ADVERBS:
        i -= 1
    return tok.doc[i].text == ","


def _copula(tok: Token) -> bool:
    """The verb "be" of a sentence that says what someone was ("He was 35 years old")."""
    return tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB")


#: a figure "X was N when ..." is an age only in this range (not "the toll was 300 when ...")
MIN_AGE, MAX_AGE = 1, 120


def _person_key(s: _Sentence, tok: Token | None) -> tuple[str, str] | None:
    """(key, name) of the person a word names: the resolved actor's id, else, for a name the
    knowledge base lacks (a PERSON entity), the name itself as written in full ("name:patrice
    lumumba"); a pronoun takes the sentence's one person."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        # "He was shot dead in 2007, aged 52" after a sentence about X: the person the actor
        # resolver gave the pronoun (the previous sentence's one person, its subject)
        person = s.actor_at(tok)
        if person is not None and _get(person, "kind") == "person" and _get(person, "actor_id"):
            return _get(person, "actor_id"), _get(person, "name") or _get(person, "text")
        if person is not None and _get(person, "kind") == "person" and _get(person, "name") \
                and len(str(_get(person, "name")).split()) >= 2:  # a name the knowledge base lacks
            name = str(_get(person, "name"))
            return "name:" + " ".join(name.lower().split()), name
        # "X was 35 when he was killed": the sentence's one named person; with none, a subject
        # pronoun's is the previous sentence's one person ("Its architect, X, did not live to see
        # it. Weeks later he died, at the age of 62")
        named = [t for t in s.span if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.pos_ != "PRON"]
        if not named and tok.dep_ in SUBJECTS and s.span.start > 0:
            named = _told_before(s, tok)
            if len({_person_key(s, t) for t in named}) != 1:
                return None
        if len(named) != 1 and len({_person_key(s, t) for t in named}) != 1:
            return None
        tok = named[0]
    person = s.actor_at(tok) if s.span.start <= tok.i < s.span.end else None
    if person is not None and _get(person, "kind") == "person" and _get(person, "actor_id"):
        return _get(person, "actor_id"), _get(person, "name") or _get(person, "text")
    if person is not None and _get(person, "kind") == "person" and len(str(_get(person, "name") or "").split()) >= 2 \
            and tok.ent_type_ == "PERSON":  # a surname the resolver gave the full name written before
        name = str(_get(person, "name"))
        return "name:" + " ".join(name.lower().split()), name
    if tok.ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc_ents(s.doc) if e.start <= tok.i < e.end), None)
    if ent is not None and len(ent) == 1:
        # a surname alone may be anyone's, but not after the one full name it ends ("John Garang
        # ... Garang was sworn in"): that person's
        full = {e.text for e in doc_ents(s.doc) if e.label_ == "PERSON" and len(e) >= 2
                and e.end <= ent.start and e[-1].text == ent.text}
        ent = s.doc.char_span(*next(((e.start_char, e.end_char) for e in doc_ents(s.doc)
                                     if e.text in full), (0, 0))) if len(full) == 1 else None
    if ent is None or len(ent) < 2:
        return None
    return "name:" + " ".join(ent.text.lower().split()), ent.text


#: how many sentences back a subject pronoun is followed to the person it stands for, over
#: sentences whose subject is the same pronoun ("X was arrested ... On DATE he was killed ... He
#: was 35.")
PRONOUN_CHAIN_SENTENCES = 3


def _told_before(s: _Sentence, pronoun: Token) -> list[Token]:
    """The names a subject pronoun may stand for: the previous sentence's persons, or, when that
    sentence names none and its subject is the same pronoun, the persons of the sentence before it
    (up to :data:`PRONOUN_CHAIN_SENTENCES`), where only its subject's name counts."""
    start = s.span.start
    for hop in range(PRONOUN_CHAIN_SENTENCES):
        if start <= 0:
            return []
        before = s.doc[start - 1].sent
        named = [t for t in before if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.pos_ != "PRON"]
        if hop:  # past a sentence of the pronoun alone: the name the pronoun carries on is the subject
            named = [t for t in named if _name_is_subject(t)] if named else named
            if not named and any(t.ent_type_ == "PERSON" for t in before):
                return []
        if named:
            return named
        if not any(t.dep_ in SUBJECTS and t.lower_ == pronoun.lower_ for t in before):
            return []
        start = before.start
    return []


def _name_is_subject(first: Token) -> bool:
    """A name (its first word given) is its clause's subject."""
    i = first.i
    while i < len(first.doc) and (i == first.i or first.doc[i].ent_iob_ == "I"):
        if first.doc[i].dep_ in SUBJECTS:
            return True
        i += 1
    return False


def _as_number(tok: Token) -> float:
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        pass
    words = [tok.lower_]  # a number in words, hyphens joining it ("sixty-eight")
    i = tok.i - 1
    while i >= tok.sent.start + 1 and tok.doc[i].text == "-" and tok.doc[i - 1].like_num:
        words.insert(0, tok.doc[i - 1].lower_)
        i -= 2
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return float("nan")


def _name_after(noun: Token) -> Token | None:
    """The person's name written right after a common noun ("the pilot Marco Bellini", "the
    airman José Quiñones"): the last word of the PERSON entity that starts there."""
    ent = next((e for e in doc_ents(noun.doc) if e.start == noun.i + 1 and e.label_ == "PERSON"), None)
    return ent[-1] if ent is not None else None


def find_ages(s: _Sentence) -> None:
    """A person's age at a happening ("died in 1953 at the age of 74")."""
    for tok in s.span:
        found = _age(tok)
        if found is None or found[0] != found[0]:
            continue
        age, anchor = found
        if anchor.pos_ == "NOUN":  # "the 26-year-old airman José Quiñones": the name written next
            # ... or the name the noun is in apposition with ("X, a 42-year-old former officer")
            # (a common noun, written in lower case: not a word of a product's name)
            anchor = _name_after(anchor) or (anchor.head if anchor.dep_ == "appos" and anchor.head.pos_ == "PROPN"
                                             and anchor.is_alpha and anchor.text.islower() else anchor)
        # the verb's subject, or the subject of the verb it is joined to ("X stepped down in 1985
        # and died in 1999, aged 77": X)
        subject = None if anchor.pos_ in ("PROPN", "NOUN") else _clause_subject(anchor)
        person_tok = anchor if anchor.pos_ in ("PROPN", "NOUN") else (
            _antecedent(subject) if subject is not None else None)
        person = _person_key(s, person_tok)
        if person is None:
            continue
        verb = anchor.head if anchor.pos_ in ("PROPN", "NOUN") else anchor
        event = s.event_at(verb)
        when = f" when {event.trigger}" if event is not None else ""
        c = s.claim("attribute", f"how old {person[1]} was{when}",
                    f"{age:g}", [tok, anchor], subject=[person[0]], low=age, high=age)
        if _copula(verb) and c.earliest is None and not s.timexes:
            # "He was 35 years old." after "On DATE he was killed": the age at the time the
            # document wrote last (as a narrative places it)
            t = _narrative_date(s.doc, s.start)
            if t is not None:
                c.date, c.earliest, c.latest = _get(t, "value"), _get(t, "earliest"), _get(t, "latest")


# -- 7b. a person's office or rank, as a source writes it beside the name ------------------------

#: the topics of office and rank claims (the person's name after the words)
OFFICE_TOPIC, RANK_TOPIC = "office of ", "rank of "
#: punctuation that ends an appositive phrase ("X, then vice-president of Iraq, agreed")
_APPOS_END = frozenset({",", ";", ":", "(", ")", ".", "—", "–", "!", "?", '"'})
#: what may follow a title inside its phrase ("president of Iraq", "minister at the time")
_TITLE_TAIL = frozenset({"of", "at", "for", "in", "to"})
#: how many words an appositive phrase around a name may have
_APPOS_MAX = 10


def _titles() -> list[tuple[str, str]]:
    """(phrase, role) of every title the actor resolver knows (``titles.tsv``), longest first."""
    kb = load_kb()
    return sorted(((p, role) for p, (kind, role) in kb.titles.items() if kind == "title" and role != "honorific"),
                  key=lambda x: -len(x[0]))


def _title_in(words: list[Token], rules: Rules, at_end: bool) -> list[tuple[str, str, list[Token]]]:
    """The titles a noun phrase gives its person: (phrase, role, tokens) of each title whose words
    are the phrase's head ("then vice-president of Iraq": vice-president; "Algeria's defence minister
    at the time": defence minister), none when a word says it is not the title then ("former")."""
    if not words or any(w.lower_.strip("-") in rules.office_not_then for w in words):
        return []
    norm = [w.lower_ for w in words]
    found: list[tuple[str, str, list[Token]]] = []
    taken: set[int] = set()
    for phrase, role in _titles():
        parts = phrase.replace("-", " - ").split()
        n = len(parts)
        for i in range(len(norm) - n + 1):
            if norm[i:i + n] != parts or taken & set(range(i, i + n)):
                continue
            rest = norm[i + n:]
            # the title ends the phrase, or what follows names its state or time ("of Iraq")
            if at_end and rest:
                continue
            if rest and rest[0] not in _TITLE_TAIL:
                continue
            if words[i + n - 1].tag_ in ("NNS", "NNPS"):
                continue  # "the foreign ministers": a title of several people
            taken |= set(range(i, i + n))
            found.append((phrase, role, words[i:i + n]))
    return found


def _strip_then(words: list[Token], rules: Rules) -> list[Token]:
    """The words without a "then" / "at the time" written before or after the title."""
    norm = [w.lower_ for w in words]
    for phrase in sorted(rules.office_then_words, key=len, reverse=True):
        parts = phrase.split()
        n = len(parts)
        if norm[:n] == parts:
            return _strip_then(words[n:], rules)
        if n and norm[-n:] == parts:
            return _strip_then(words[:-n], rules)
    return words


def _person_titles(s: _Sentence, ent: Span) -> list[tuple[str, str, list[Token]]]:
    """The titles written beside a person's name: before it ("Foreign Secretary X", "Captain X"),
    in an appositive after it ("X, then vice-president of Iraq,") or before it ("Iraq's
    president, X"; "Algeria's defence minister at the time, Colonel X")."""
    rules, doc = s.rules, s.doc
    out: list[tuple[str, str, list[Token]]] = []
    # a title run right before the name, or opening the name's entity ("Captain Kostas Iliakis")
    i = ent.start
    while i > s.span.start and ent.start - i < 4 and doc[i - 1].pos_ in ("PROPN", "NOUN") \
            and doc[i - 1].ent_type_ != "PERSON":
        i -= 1
    run = list(doc[i:ent.start])
    if run and i > s.span.start and doc[i - 1].lower_.strip("-") in rules.office_not_then:
        run = []
    found = _title_in(run, rules, at_end=True)
    if len([f for f in found if f[1] == "military"]) > 1:
        found = [f for f in found if f[1] != "military"]  # "Lieutenant Colonel": no one rank
    out += found
    # an appositive after the name
    j = ent.end
    if j < s.span.end and doc[j].text == ",":
        words = []
        k = j + 1
        while k < s.span.end and doc[k].text not in _APPOS_END and len(words) <= _APPOS_MAX:
            words.append(doc[k])
            k += 1
        if words and len(words) <= _APPOS_MAX and not any(w.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
                                                             or w.ent_type_ == "PERSON" for w in words):
            out += _title_in(_strip_then(words, rules), rules, at_end=False)
    # an appositive before the name (and before the run of titles written with it)
    j = i - 1
    if j >= s.span.start and doc[j].text == ",":
        words = []
        k = j - 1
        while k >= s.span.start and len(words) <= _APPOS_MAX:
            w = doc[k]
            if (w.is_punct and w.text not in ("-", "'s")) or w.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") \
                    or w.ent_type_ == "PERSON" or (w.pos_ == "PRON" and w.dep_ != "poss"):
                break
            words.insert(0, w)
            k -= 1
        if words and len(words) <= _APPOS_MAX:
            out += _title_in(_strip_then(words, rules), rules, at_end=False)
    return out


def find_offices(s: _Sentence) -> None:
    """A person's office or rank written beside the name (:func:`_person_titles`): an
    ``attribute`` claim "office of X" (or "rank of X" for a military title), its value the title as
    written, ``obj`` its role, ``unit`` the title; dated by the sentence (or, unstated, by the
    narrative: :func:`_narrative_times`)."""
    for ent in doc_ents(s.doc):
        if ent.label_ != "PERSON" or not s.span.start <= ent.start < s.span.end:
            continue
        person = _person_key(s, ent.root)
        if person is None:
            continue
        seen: set[tuple[str, str]] = set()
        for phrase, role, toks in _person_titles(s, ent):
            if role == "military" and phrase in s.rules.office_no_rank:
                continue
            topic = (RANK_TOPIC if role == "military" else OFFICE_TOPIC) + person[1]
            if (topic, phrase) in seen:
                continue
            seen.add((topic, phrase))
            written = s.doc[toks[0].i:toks[-1].i + 1].text
            s.claim("attribute", topic, written, [*toks, ent.root], subject=[person[0]], obj=role, unit=phrase)


# -- 9. once-only happenings and when they were -----------------------------------------------

@dataclass(frozen=True)
class Happening:
    """A once-only happening written in a sentence ("sank the General Belgrano"): its verb, its
    class (``once_happenings``), what it happened to and the name words of that."""

    verb: Token
    cls: str
    patient: Token
    names: frozenset[str]

    @property
    def key(self) -> str:
        """"sink:belgrano general": compared by :func:`chronica.claims.rules.same_happening`."""
        return f"{self.cls}:{' '.join(sorted(self.names))}"


#: what joins the words of a name to its head: "HMS Sheffield", "the Treaty of Tlatelolco",
#: "the Argentine cruiser the General Belgrano", "Flight 103"
_NAME_DEPS = frozenset({"compound", "appos", "nummod", "pobj", "nmod", "flat"})


def _name_words(tok: Token) -> frozenset[str]:
    """The words that name what a noun stands for: its proper nouns and designating numbers,
    through compounds, appositions and "of" ("the Treaty of Tlatelolco": treaty, tlatelolco)."""
    words, stack = set(), [tok]
    while stack:
        t = stack.pop()
        if t.pos_ == "PROPN" or (t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")):
            words.add(t.lower_)
        for c in t.children:
            if c.dep_ in _NAME_DEPS or (c.dep_ == "prep" and c.lower_ == "of"):
                stack.append(c)
    if not any(t.pos_ == "PROPN" for t in tok.subtree if t.lower_ in words):
        return frozenset()
    return frozenset(words)


def _named_before(s: _Sentence, noun: Token) -> frozenset[str]:
    """The name of a definite noun without one ("the cruiser"): the name written with the same
    noun in the last ``name_lookback`` sentences ("the Argentine cruiser the General Belgrano")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return frozenset()
    doc, seen = s.doc, 0
    for i in range(s.span.start - 1, -1, -1):
        tok = doc[i]
        if tok.is_sent_end:
            seen += 1
            if seen > s.rules.name_lookback:
                break
        if tok.lemma_.lower() != noun.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        # "the cruiser the General Belgrano" (the name in apposition), "the ferry Baltic Star"
        # (the noun a compound of the name)
        named = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
        if names := _name_words(named):
            return names
    return frozenset()


def _reduced_passive(verb: Token) -> bool:
    """A participle that modifies a noun as a passive clause without its subject and auxiliary
    ("the treaty signed in 1923", "the Accord, signed in Oslo on 1 June 1976, ..."): the noun is
    what it was done to. The parser tags some of them as past tenses (VBD); one with a subject or
    an object of its own is a clause of another shape."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children))


def _patient(verb: Token, cls: str, rules: Rules, times: tuple[tuple[int, int], ...] = ()) -> Token | None:
    """What a happening happened to: the object, the passive subject, the noun a reduced passive
    modifies ("the treaty signed in 1923"), or the subject of a verb of the ``unaccusative``
    classes ("the cruiser sank")."""
    phrase = {w for form in rules.once_happenings.get(cls, ()) for w in form.split("-")[1:]}
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in phrase:  # "took effect": part of the verb
            return _antecedent(c)
    if _reduced_passive(verb):  # "the Treaty of X, signed on 24 July 1923, ...": the noun it modifies
        noun = verb.head
        while noun.pos_ == "NOUN" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
            # "a breach of the Declaration of X signed in 1988": the parser may hang the participle
            # on the common noun before "of"; the named noun after it is what was signed
            named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.i < verb.i]
            if not named:
                break
            noun = named[0]
        return noun
    if cls in rules.unaccusative:
        # a name first: "the ferry Baltic Star sank" may be parsed with two subjects
        subj = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ not in ("DATE", "TIME")
                       and not any(a <= c.idx < b for a, b in times)),
                      key=lambda c: c.pos_ != "PROPN")  # a date is no patient ("Aug 8, 1988: A ceasefire ...")
        if not subj and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "the garrison resisted for a month and fell on 26 October": the first verb's subject
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return _antecedent(subj[0]) if subj else None
    return None


def _person_id(s: _Sentence, tok: Token) -> frozenset[str]:
    """A resolved person is known by the knowledge base's id, not by the words written ("Kennedy"
    is one Kennedy or another; the resolver says which)."""
    actor = s.actor_at(tok)
    if actor is not None and _get(actor, "kind") == "person" and _get(actor, "actor_id"):
        return frozenset({"id:" + str(_get(actor, "actor_id"))})
    return frozenset()


def _is_person(s: _Sentence, tok: Token) -> bool:
    """The word names one person: a resolved person, or a person's name as the parser tags it."""
    actor = s.actor_at(tok)
    if actor is not None and _get(actor, "kind") == "person":
        return True
    return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN"


def _complements(verb: Token) -> list[str]:
    """What completes a verb into a fixed phrase, as written after it: its object ("took effect":
    effect) and a preposition with its object ("came into force": into-force)."""
    out = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    out += [f"{c.lower_}-{g.lower_}" for c in verb.children if c.dep_ == "prep"
            for g in c.children if g.dep_ == "pobj"]
    return out


def find_happenings(s: _Sentence) -> None:
    """Once-only happenings to a named thing, and when a sentence dates one (``date`` claims):
    "the General Belgrano was sunk on 2 May 1982", "14 October: President X is assassinated"
    under the heading "1981". A repetition ("sank a second ship again") is no such happening."""
    rules = s.rules
    for verb in s.span:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        lemma = verb.lemma_.lower()
        cls = next((c for c in (rules.happening_class(f"{lemma}-{p}") for p in particles + _complements(verb))
                    if c), None) or rules.happening_class(lemma)
        if cls is None:
            continue
        patient = _patient(verb, cls, rules, tuple((_get(t, "start"), _get(t, "end")) for t in s.timexes_all))
        if patient is None or patient.pos_ not in ("NOUN", "PROPN"):
            continue
        if cls in rules.person_happenings and not _is_person(s, patient):
            continue  # "12 Kurds were killed" is no once-only happening; "X was killed" is
        if cls in rules.happening_patients:  # "ties were restored" / "restored relations": one thing
            if patient.lemma_.lower() not in rules.happening_patients[cls]:
                continue
            names = frozenset({rules.happening_patients[cls][0]})
        else:
            names = _person_id(s, patient) or _name_words(patient) or _named_before(s, patient)
        if not names and cls in rules.unnamed_happenings and patient.pos_ == "NOUN":
            names = frozenset({patient.lemma_.lower()})  # "the ceasefire took effect"
        by_place = not names and cls in rules.place_named_happenings and patient.pos_ == "NOUN"
        if by_place:
            names = _place_name(verb)  # "an agreement was signed in Oslo": the Oslo agreement
        offset = verb.idx - s.start
        if not names or states_repetition(doc_text(s.doc)[s.start:s.end], offset, offset + len(verb.text), rules):
            continue
        happening = Happening(verb=verb, cls=cls, patient=patient, names=names)
        s.happenings.append(happening)
        own = finest_nested([t for t in s.timexes if _verb_of(s.doc, _get(t, "start")) == verb]) or \
            (s.timexes if len(s.timexes) == 1 and not _reduced_passive(verb) else [])  # "X, signed in Y, was published in 1911"
        if len(own) != 1 or _get(own[0], "anchor") not in WRITTEN_ANCHORS:
            continue
        t = own[0]
        what = _phrase(patient)
        topic = rules.happening_topics.get(cls, "when {what} was " + cls).format(what=what)
        c = s.claim("date", topic, _get(t, "text"), [verb, patient],
                    date=_get(t, "value"), date_end=_get(t, "value_end"), earliest=_get(t, "earliest"),
                    latest=_get(t, "latest"), date_text=_get(t, "text"), stated=True, obj=cls,
                    happening=happening.key)
        # the claim keeps its wording too, so that a source telling the happening in other words
        # ("the Protocol was signed on 18 July" / "18 June: the Protocol of X signed"; "a new
        # treaty in 2000" beside a name taken from the place, a weak key) still compares
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand")
        toks = list(span) if span is not None else []
        if toks:
            c.masked, c.predicate = masked_clause(s, toks, verb), clause_predicate(s, toks, verb)


#: how a clause tells the happening a noun names (:func:`worded_happening`): as the object its
#: verb makes ("the Security Council adopted Resolution 12", "the Kelmar Award was announced")
_MADE_NOUN = frozenset({"dobj", "nsubjpass"})


def _dates_verb(date: list[Token], verb: Token) -> bool:
    """The written date is the verb's own: its words hang on the verb, directly or through a
    preposition ("concluded the accord on 14 March"), not on a noun between ("after the
    assassination of X on 16 January, his son signed the accord": the assassination's date). A
    timeline entry's date, outside the sentence (no words), dates the entry's verb."""
    if not date:
        return True
    inside = {t.i for t in date}
    root = next((t for t in date if t.head.i not in inside or t.head.i == t.i), date[0])
    tok = root.head
    while tok.i != verb.i:
        if tok.pos_ != "ADP" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def worded_happening(s: _Sentence, verb: Token) -> str | None:
    """The once-only happening a clause known by its wording tells (its key, as
    :attr:`Happening.key`): the one noun of ``happening_nouns`` with a name that is the object of
    the clause's verb (:data:`_MADE_NOUN`), the verb one that makes what the noun names
    (``making_verbs`` of the noun's class: "inked the Varna treaty", "adopted Resolution
    12"; not "violated the Varna accord"). None when there is none or more than one, or the verb
    is negated. A worded date then compares with another source's date of that happening
    whatever the wording of the two clauses (the name decides, as for "the X agreement was signed
    on ...": :func:`chronica.chronicle.claim_conflicts.same_named_worded`)."""
    rules = s.rules
    lemma = "-".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    keys = set()
    for noun in verb.children:
        if noun.dep_ not in _MADE_NOUN or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        cls = rules.happening_noun_class(noun.lemma_.lower())
        if cls is None or lemma not in rules.making_verbs.get(cls, ()):
            continue
        names = _name_words(noun)
        if names:
            keys.add(Happening(verb=noun, cls=cls, patient=noun, names=names).key)
    return next(iter(keys)) if len(keys) == 1 else None


def _place_name(verb: Token) -> frozenset[str]:
    """The name a happening without one of its own takes from where it happened: the proper
    nouns after "in" on its verb ("an agreement was signed in Oslo", "signed a ceasefire in
    Bamako": the Oslo agreement, the Bamako ceasefire)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            words = frozenset(t.lower_ for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                              for t in g.subtree if t.pos_ == "PROPN")
            if words:
                return words
    return frozenset()


def find_dated_nouns(s: _Sentence) -> None:
    """A once-only happening named by its noun and dated by "of" ("the Bamako agreement of 30
    October 1963", "the Brussels Agreement of 19 April 2013", "the Treaty of X of 1923"): the
    nouns of ``happening_nouns`` with a name, whose "of" takes a date written in the sentence,
    claim when the happening was (kind ``date``), like "the X agreement was signed on ..."."""
    rules = s.rules
    for noun in s.span:
        cls = rules.happening_noun_class(noun.lemma_.lower()) if noun.pos_ in ("NOUN", "PROPN") else None
        if cls is None:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            heads = [g.idx for g in prep.children if g.dep_ == "pobj"]  # the date is what "of" takes
            dated = [t for t in s.timexes if _get(t, "anchor") in WRITTEN_ANCHORS
                     and any(_get(t, "start") <= i < _get(t, "end") for i in heads)]
            names = _name_words(noun) - {t.lower_ for t in prep.subtree}  # not the date's month
            if len(dated) != 1 or not names:
                continue
            # not one of the sentence's happenings (:func:`_about_happening`): a figure beside "the
            # X agreement of 1976" is about what the sentence tells, seldom about the signing
            happening = Happening(verb=noun, cls=cls, patient=noun, names=frozenset(names))
            t = dated[0]
            topic = rules.happening_topics.get(cls, "when {what} was " + cls).format(what=_phrase(noun))
            s.claim("date", topic, _get(t, "text"), [noun],
                    date=_get(t, "value"), date_end=_get(t, "value_end"), earliest=_get(t, "earliest"),
                    latest=_get(t, "latest"), date_text=_get(t, "text"), stated=True, obj=cls,
                    happening=happening.key)


def _about_happening(s: _Sentence) -> None:
    """Figures of a sentence that tells one once-only happening are about it ("323 were killed"
    in a sentence about sinking the General Belgrano)."""
    keys = {h.key for h in s.happenings}
    if len(keys) != 1:
        return
    for c in s.claims:
        if c.kind == "count" and c.happening is None:
            c.happening = next(iter(keys))


# -- 9. values known by their wording ----------------------------------------------------------

#: the least content words (nouns, names, verbs, adjectives) a masked clause must keep to say
#: what its value is about ("opened" alone says nothing)
MIN_MASKED_CONTENT = 3
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_WRITTEN_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: dependencies that join another clause to a verb: left out of the verb's clause
_OTHER_CLAUSES = frozenset({"conj", "parataxis"})
#: nouns of a length of time: a figure of them is a duration (the time stage reads it), no count
#: a figure below this of a noun no measure names is a count sources dispute only as
#: :func:`_small_count` tells ("two NATO members", "three sides" describe; "five judges sat",
#: "four ports were handed back" count)
MIN_WORDED_FIGURE = 10
#: ... and no figure below this is one
MIN_SMALL_WORDED_FIGURE = 2
TIME_NOUNS = frozenset("second minute hour day week month year decade century".split())


def _clause_verb(tok: Token, span: Span) -> Token:
    """The verb whose clause states a value at ``tok``: up the heads to a verb (a timeline
    entry's date, outside any verb, takes the sentence's root), then up the verbs a clause is
    the complement of ("were allowed to fish": allowed)."""
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or not (span.start <= node.i < span.end):
        node = span.root
    while node.head.i != node.i and (node.dep_ == "xcomp" or node.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
        node = node.head  # "allowed trawlers to fish", parsed as a complement clause
    return node


def clause_predicate(s: _Sentence, value: list[Token], anchor: Token | None = None) -> str:
    """The lemma of the verb whose clause states the value (:func:`masked_clause`)."""
    return _clause_verb(anchor if anchor is not None else value[0], s.span).lemma_.lower()


def masked_clause(s: _Sentence, value: list[Token], anchor: Token | None = None) -> str | None:
    """The clause that states a value (of ``anchor``'s verb, or of the value's), with the value,
    every time expression and the clauses joined to it left out; a relative clause keeps the
    noun it tells about ("the federation ..., which entered into force"). None when what is left
    says too little (:data:`MIN_MASKED_CONTENT`)."""
    verb = _clause_verb(anchor if anchor is not None else value[0], s.span)
    drop = {t.i for t in value}
    for t in s.timexes_all:
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand")
        if span is not None:
            drop |= {x.i for x in span}
    for tok in verb.subtree:
        if tok is not verb and tok.dep_ in _OTHER_CLAUSES and tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
            drop |= {x.i for x in tok.subtree}
    kept = {t.i for t in verb.subtree if t.i not in drop}
    if verb.dep_ == "relcl":  # the noun the relative clause tells about, and its modifiers
        kept |= {t.i for t in verb.head.subtree if t.i < verb.i and t.i not in drop}
    words = [s.doc[i] for i in sorted(kept) if s.span.start <= i < s.span.end]
    # a preposition whose object was left out goes too ("on [15 September 1952]")
    words = [t for t in words if not (t.dep_ == "prep" and all(c.i in drop for c in t.children))]
    words = [t for t in words if not t.is_punct and not t.is_space]
    if sum(1 for t in words if t.pos_ in _CONTENT_POS) < MIN_MASKED_CONTENT:
        return None
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def dated_event(s: _Sentence, timex: Any, verb: Token) -> Any | None:
    """The event mention of the sentence that a written date dates: a mention the time stage
    dated by this very expression (its text and value), the one whose trigger lies in the clause
    of ``verb`` (the clause that states the date) when several are; None when none is, or when
    several are and none lies in the clause. A worded date so tied to its happening is compared
    by that happening too (:func:`chronica.chronicle.claim_conflicts.same_dated_happening`), not
    by its wording alone."""
    text, value = _get(timex, "text"), _get(timex, "value")
    dated = [e for e in s.events if e.date == value and e.date_text == text
             and e.date_source in ("sentence", None)]
    if len(dated) <= 1:
        return dated[0] if dated else None
    clause = {t.idx for t in verb.subtree}
    inside = [e for e in dated if e.trigger_start in clause]
    return inside[0] if len(inside) == 1 else None


def _covered(s: _Sentence, kind: str, start: int, end: int) -> bool:
    return any(c.kind == kind and c.start < end and start < c.end for c in s.claims)


#: the entity label of a people (nationalities, religious or political groups: spaCy's NORP)
PEOPLE_LABEL = "NORP"


def people_name(noun: Token) -> bool:
    """A proper noun that names people counted as such ("2,500 Americans", "some 350,000
    Moroccans"): a people's name, as spaCy labels it (:data:`PEOPLE_LABEL`). A figure of them is a
    count of people of that name, as "37 naval vessels" counts vessels. A plural proper noun of
    another label is no people ("the two Koreas", "three Cod Wars", "the Five Principles")."""
    return noun.pos_ == "PROPN" and noun.ent_type_ == PEOPLE_LABEL


def _counted_lemma(noun: Token) -> str:
    """The counted noun's lemma, lower case; a people's name (:func:`people_name`) in the singular
    by its letters ("Chileans" chilean, "Swiss" swiss): the parser lemmatises a proper noun one
    way as a plural and another as a singular."""
    if not people_name(noun):
        return noun.lemma_.lower()
    word = noun.lower_
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _measure_predicate(verb: Token, rules: Rules) -> bool:
    """The verb is a measure's predicate ("killed", "wounded", "fled": ``measures``): what it
    states of people is that measure's, not a figure known by its wording."""
    return any(verb.lemma_.lower() in m["predicates"] for m in rules.measures.values())


def _small_count(q: Quantity, rules: Rules) -> bool:
    """A figure below :data:`MIN_WORDED_FIGURE` counts a thing sources may count differently
    ("five judges sat", "a four-member tribunal", "handed back three ports"): at least
    :data:`MIN_SMALL_WORDED_FIGURE`, the number of its noun (the noun's ``nummod``: not "two of
    the five members", "all four of the sites", which count a part), a noun that tells a thing
    (not ``unspecific_counted``: "two people") and not the pair's own (``pair_nouns``: "the two
    countries") nor a vote's (``votes`` nouns: "failed by 5 votes" is a margin), and no pair said
    as a pair: a two with a determiner or an owner ("the two ministers", "its two neighbours") are
    the two sides the text is about."""
    noun = q.noun
    if noun is None or q.low < MIN_SMALL_WORDED_FIGURE or q.tokens[-1].head.i != noun.i or q.tokens[-1].dep_ != "nummod":
        return False
    if noun.lemma_.lower() in rules.unspecific_counted or noun.lemma_.lower() in rules.pair_nouns \
            or noun.lower_ in rules.pair_nouns or noun.lemma_.lower() in rules.votes.get("nouns", ()):
        return False  # votes are the tallies' finder's (find_votes): "failed by 5 votes" is a margin
    return not (q.high <= 2 and any(c.dep_ in ("det", "poss") for c in noun.children))


def find_worded_values(s: _Sentence) -> None:
    """Dates, figures and durations the other finders could not tie to a known thing, each with
    the clause that states it, masked (:func:`masked_clause`): two sources that state one thing
    in clauses worded alike and write different values disagree ("Iceland broke off relations
    with Britain on 19 February 1976" / "on 19.01.1976 Iceland broke off relations with Great
    Britain"; "allowed 24 trawlers to fish" / "let 30 trawlers stay"). The claims the other
    finders made get their masked clause too, so that a known figure or span and a worded one
    compare (a happening's date has its clause from :func:`find_happenings`). A worded date whose
    clause tells a named agreement, resolution or award made by its verb dates that happening
    (:func:`worded_happening`)."""
    for c in s.claims:
        if c.kind in ("count", "duration") and c.masked is None:  # a happening's date has its own test
            toks = [t for t in s.span if c.start <= t.idx < c.end]
            if toks:
                c.masked, c.predicate = masked_clause(s, toks), clause_predicate(s, toks)
    rules = s.rules
    # dates written in full (a year, a month, a day), or a timeline entry's
    for t in s.timexes:
        value = str(_get(t, "value") or "")
        if not _WRITTEN_DATE.match(value) or _get(t, "anchor") not in WRITTEN_ANCHORS:
            continue
        inside = s.start <= _get(t, "start") < s.end
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand") if inside else None
        toks = list(span) if span is not None else []
        anchor = toks[0] if toks else s.span.root
        if toks and _covered(s, "date", toks[0].idx, toks[-1].idx + len(toks[-1].text)):
            continue
        if any(c.kind == "date" and c.value == _get(t, "text") for c in s.claims):
            continue  # a happening already dated by it: its own test compares it
        # a beginning or an end dated by it ("the riots that broke out on 5 January") is also
        # the date of what its clause tells, for a source that dates the happening in other words
        # ("crowds rioted on 4 January"); two such dates are the phase test's, not this one's
        began = next((c for c in s.claims if c.kind == "phase" and c.value == _get(t, "text")), None)
        masked = masked_clause(s, toks, anchor)
        if masked is None:
            continue
        verb = _clause_verb(anchor, s.span)
        dated = dated_event(s, t, verb)
        s.claim("date", f"when: {masked}", str(_get(t, "text")), toks or [anchor], date=value,
                date_end=_get(t, "value_end"), earliest=_get(t, "earliest"), latest=_get(t, "latest"),
                date_text=_get(t, "text"), stated=True, masked=masked, by_wording=True,
                predicate=clause_predicate(s, toks, anchor),
                event_trigger=dated.trigger_start if dated is not None else None,
                happening=worded_happening(s, verb) if _dates_verb(toks, verb) else None,
                phase=began.phase if began is not None else None)
    # two dates of one clause ("signed on 30 October, ... took effect on 2 November", parsed on
    # one verb): the clause does not say which happening each dates
    worded = [c for c in s.claims if c.kind == "date" and c.by_wording]
    shared = {c.masked for c in worded if sum(1 for o in worded if o.masked == c.masked and o.value != c.value)}
    s.claims[:] = [c for c in s.claims if not (c.kind == "date" and c.by_wording and c.masked in shared)]
    # figures of a noun no measure names ("37 naval vessels took part"), or of a people's name
    # ("some 350,000 Moroccans crossed", :func:`people_name`)
    for q in quantities(s.span, rules):
        if q.length_unit is not None or q.noun is None or not (q.noun.pos_ == "NOUN" or people_name(q.noun)):
            continue
        start, end = q.tokens[0].idx, q.tokens[-1].idx + len(q.tokens[-1].text)
        if _covered(s, "count", start, end) or q.noun.lemma_.lower() in TIME_NOUNS:
            continue
        if q.noun.pos_ == "PROPN" and _measure_predicate(_clause_verb(q.tokens[0], s.span), rules):
            continue  # "hundreds of Kenyans were killed": a toll the count finder could not read
        if q.value < MIN_WORDED_FIGURE and not _small_count(q, rules):
            continue
        begin = end - len(q.text)  # the figure with its qualifier ("some 37")
        masked = masked_clause(s, [t for t in s.span if begin <= t.idx < end] or q.tokens)
        if masked is None:
            continue
        c = s.claim("count", f"figure: {_counted_lemma(q.noun)}", q.text, q.tokens, low=q.low, high=q.high,
                    qualifier=q.qualifier, unit=q.noun.text, masked=masked, by_wording=True,
                    predicate=clause_predicate(s, q.tokens))
        _anchor(s, c, _clause_verb(q.tokens[0], s.span))
    # how long an act went on, "for" a time ("allowed to fish in the outer zone for three years")
    for t in s.timexes_all:
        if _get(t, "type") != "DURATION":
            continue
        days = duration_interval(_get(t, "value"), rules)
        span = s.doc.char_span(_get(t, "start"), _get(t, "end"), alignment_mode="expand")
        if days is None or span is None or _covered(s, "duration", span[0].idx, span[-1].idx + len(span[-1].text)):
            continue
        root = span.root
        if not (root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ in ("VERB", "AUX")):
            continue
        masked = masked_clause(s, list(span))
        if masked is None:
            continue
        c = s.claim("duration", f"how long: {masked}", _get(t, "text"), list(span), low=days[0], high=days[1],
                    masked=masked, by_wording=True, predicate=clause_predicate(s, list(span)))
        _anchor(s, c, root.head.head)


FINDERS: tuple[tuple[str, Callable[[_Sentence], None]], ...] = (
    ("happening", find_happenings),
    ("dated-noun", find_dated_nouns),
    ("count", find_counts),
    ("amount", find_amounts),
    ("duration", find_durations),
    ("phase", find_phases),
    ("agent", find_agents),
    ("signatory", find_signatories),
    ("leader", find_leaders),
    ("participants", find_participants),
    ("order", find_order),
    ("sequence", find_sequences),
    ("already-order", find_already_order),
    ("back-order", find_back_order),
    ("scope", find_scopes),
    ("relation", find_relations),
    ("attribute", find_attributes),
    ("lifespan", find_lifespans),
    ("age", find_ages),
    ("office", find_offices),
    ("act", find_acts),
    ("about-happening", _about_happening),
    ("worded", find_worded_values),
)


def _sentences(doc: Doc, document_id: int, rules: Rules) -> Iterator[_Sentence]:
    actors = sorted(doc._.actors or [], key=lambda a: _get(a, "start")) if Doc.has_extension("actors") else []
    every = [t for t in (doc._.timexes or [])] if Doc.has_extension("timexes") else []
    every = [with_heading_year(doc_text(doc), t) if _get(t, "type") == "DATE" else t for t in every]
    timexes = [t for t in every if _get(t, "type") == "DATE" and _get(t, "earliest")]
    events = list(doc._.events or []) if Doc.has_extension("events") else []
    starts = [_get(a, "start") for a in actors]
    pair = document_pair(actors)
    spans = sentence_spans(doc)
    bounds = [(start, end) for _, start, end in spans]
    dated, timed = _by_sentence(timexes, bounds), _by_sentence(every, bounds)
    events_at: dict[int, list[Any]] = {}
    for e in events:
        events_at.setdefault(e.sentence_start, []).append(e)
    # the sentences just before, as many as an order claim reads back (:data:`BACK_ANCHOR_SENTENCES`)
    earlier: deque[tuple[Span, int, list[Any]]] = deque(maxlen=BACK_ANCHOR_SENTENCES)
    for idx, (span, start, end) in enumerate(spans):
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        sentence = _Sentence(
            doc=doc, span=span, idx=idx, start=start, end=end, document_id=document_id, rules=rules,
            actors=actors[lo:hi],
            timexes=dated.get(idx, []) or _entry_date(doc_text(doc), timexes, start),
            timexes_all=timed.get(idx, []),
            events=events_at.get(start, []),
            pair=pair,
            earlier=tuple(earlier),
        )
        yield sentence
        earlier.append((span, start, sentence.events))


def _by_sentence(timexes: list[Any], bounds: list[tuple[int, int]]) -> dict[int, list[Any]]:
    """The time expressions of each sentence (its index: ``start <= timex start < end``), in the
    order of ``timexes``: one look-up an expression instead of a pass over all of them a
    sentence."""
    starts = [b[0] for b in bounds]
    out: dict[int, list[Any]] = {}
    for t in timexes:
        at = _get(t, "start")
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < bounds[k][1]:
            out.setdefault(k, []).append(t)
    return out


#: the actor kinds that name a state when the document's pair is counted: the state, its capital
#: as the seat of its government, its government
PAIR_KINDS = frozenset({"state", "government_seat", "government"})
#: the second state of the pair is named at least this often
PAIR_MIN_MENTIONS = 3


def state_key(a: Any) -> str | None:
    """The state an actor stands for in a relationship: a capital or a government is its state
    ("Baghdad" / "Iraq"), anything else its own key."""
    if _get(a, "kind") in PAIR_KINDS and _get(a, "country"):
        return _get(a, "country")
    return actor_key(a)


def document_pair(actors: list[Any]) -> list[Any]:
    """The two states a document tells most of (one actor mention each, the first), when the
    second is named at least :data:`PAIR_MIN_MENTIONS` times and no third as often: what "the two
    countries" or a relationship named by no pair ("relations remained icy") is about."""
    counts: Counter = Counter()
    first: dict[str, Any] = {}
    for a in actors:
        key = state_key(a) if _get(a, "kind") in PAIR_KINDS else None
        if key:
            counts[key] += 1
            first.setdefault(key, a)
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < PAIR_MIN_MENTIONS or (len(top) == 3 and top[2][1] == top[1][1]):
        return []
    return [first[top[0][0]], first[top[1][0]]]


#: what stands between a timeline entry's date and its text ("14 October: ...", "3 May – ...")
_ENTRY_GAP = re.compile(r"^[ \t]*[:–—-]?[ \t]*$")


def _entry_date(text: str, timexes: list[Any], start: int) -> list[Any]:
    """The date a timeline entry opens with, for the entry's text written after it on the same
    line ("14 October: President X is assassinated ..."; the parser makes the date a sentence of
    its own), when the sentence has no date of its own."""
    line = text.rfind("\n", 0, start) + 1
    for t in timexes:
        begin, end = _get(t, "start"), _get(t, "end")
        if not line <= begin < start:
            continue
        if (end <= start and _ENTRY_GAP.match(text[end:start])) or end > start:
            return [t]  # before the sentence, or cut in two by the sentence splitter ("14" / "October: ...")
    return []


def extract_claims(doc: Doc, *, document_id: int = 0, rules: Rules | None = None) -> list[SentenceClaim]:
    """Every claim the document makes, sentence by sentence, finder by finder."""
    rules = rules or load_rules()
    out: list[SentenceClaim] = []
    for sentence in _sentences(doc, document_id, rules):
        for _, finder in FINDERS:
            finder(sentence)
        out.extend(sentence.claims)
    _narrative_times(doc, out)
    return out


#: the kinds of claim a narrative date places: who did a first act ("Peru maintained that
#: Ecuadorian troops had fired first", after a paragraph on 1941). Not figures: an aside ("...
#: sovereignty since 1833") would date a toll to another century; a date, a beginning, a
#: relationship's period or a person's attribute must be written
NARRATIVE_KINDS = frozenset({"agent"})
#: ... and how long hostilities lasted ("the war lasted some thirty-one months", after a paragraph
#: on 2000): which war, when a document tells several, is known by its time (an aside dating it
#: wrong only keeps two claims apart)
NARRATIVE_DURATION_OF = "hostilities"
#: a date at most this many days long places the narrative ("in 1941", "on 5 July 1941")
NARRATIVE_MAX_DAYS = 400


def _is_office(c: SentenceClaim) -> bool:
    """An office or rank claim (:func:`find_offices`): a title written beside a name is the
    person's at the time the narrative tells ("X, then Algeria's president, rushed troops west",
    after a sentence on October 1963)."""
    return c.kind == "attribute" and c.topic.startswith((OFFICE_TOPIC, RANK_TOPIC))


def _narrative_times(doc: Doc, claims: list[SentenceClaim]) -> None:
    """A claim whose sentence gives it no time takes, unstated, the last date the document wrote
    before it in full (a year, a month or a day; ``narrative`` set, ``stated`` False): "Clashes
    escalated into open war on 5 July 1941. Peru maintained that Ecuadorian troops had fired
    first" is about 1941, not 1995. Such a date only keeps apart claims years apart
    (:mod:`chronica.chronicle.claim_conflicts`)."""
    every = [t for t in (doc._.timexes or [])] if Doc.has_extension("timexes") else []
    dated = []
    for t in every:
        if _get(t, "type") != "DATE" or _get(t, "anchor") not in WRITTEN_ANCHORS:
            continue
        earliest, latest = _get(t, "earliest"), _get(t, "latest")
        try:
            days = (date.fromisoformat(latest[:10]) - date.fromisoformat(earliest[:10])).days
        except (TypeError, ValueError):
            continue
        if days <= NARRATIVE_MAX_DAYS:
            dated.append((_get(t, "start"), t))
    dated.sort(key=lambda x: x[0])
    starts = [d[0] for d in dated]
    for c in claims:
        if c.earliest or not (c.kind in NARRATIVE_KINDS or (c.kind == "duration" and c.obj in load_rules().hostilities)
                              or (c.kind == "count" and c.whole) or _is_office(c)):
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0:
            t = dated[i][1]
            c.date, c.date_end = _get(t, "value"), _get(t, "value_end")
            c.earliest, c.latest = _get(t, "earliest"), _get(t, "latest")
            c.date_text, c.stated, c.narrative = _get(t, "text"), False, True
