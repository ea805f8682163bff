"""Agreements and talks told with no party named, dated or placed by their clause.

A chronicle keeps "the treaty was signed in Baghdad on 13 June 1975", "negotiations opened in
Geneva five days later", "the ceasefire took effect on 20 August" and "a treaty of 4 July 1937
placed the boundary on the bank" although no party is named in the sentence: the happening is
the agreement or the talks, and its clause says when or where. The parties are left for the
chronicle to merge in from the sources that name them.

The forms this serves are those marked ``doerless_dated`` in ``data/ontology.yaml`` (AGREE,
CONSULT). Only a noun of the form's own trigger words counts, and only as the subject of a verb
that tells something of it - not a copula ("the treaty was a mistake"), not its ending ("the
summit ended": a halt, its own coding) and not negated ("no agreement was reached") - when a calendar date hangs on that verb or on the noun phrase, or a
place on the verb.

A named agreement in the passive with no party named ("the Itamaraty Peace Declaration was signed
in Brasilia on 17 February 1995") is carried by its verb (``extract._passive_carriers``) and judged
alike: dated or placed on the verb.

Public API: :func:`dated_accord`, :func:`accord_summary`.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronica.events._lexicon import END_VERBS
from chronica.events.candidate import Trigger, place_of
from chronica.events.ontology import Ontology

#: verbs that say what the agreement or the talks were, not that they happened
DESCRIBING = frozenset({"be", "become", "remain", "seem", "appear", "have", "mean", "say", "state", "provide",
                        "require", "stipulate", "call", "include", "contain"})
#: the children of a verb whose subtree may carry the date that governs it (adjuncts, not clauses)
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod"})


def _calendar_date(tokens) -> bool:  # noqa: ANN001 - an iterable of tokens
    """A time expression with a number in it: "on 13 June 1975", "in December 1950", "13.06.1975"."""
    return any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in tokens)


def _adjunct_tokens(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ in ADJUNCT_DEPS for t in c.subtree]


def dated_accord(trig: Trigger, onto: Ontology) -> bool:
    """True when a nominal trigger of an agreement or of talks is told as a happening of its own
    clause with no party named: the subject of a verb that is no copula and not negated, dated by
    a calendar date on the verb or on the noun phrase, or placed by the verb ("talks opened in
    Geneva"). Conjoined verbs share the subject ("the ceasefire came into force on 20 August and
    was monitored by ..."): the first verb is the one judged."""
    anchor = trig.anchor
    if trig.pattern.source != "ontology" or trig.pattern.form not in onto.dated_doerless_forms:
        return False
    if trig.carries is not None and anchor.pos_ == "VERB":
        return _dated_carrier(anchor, trig.carries)
    if anchor.pos_ != "NOUN" or len(trig.pattern.words) != 1 or trig.pattern.paren_target:
        return False  # the noun alone; an approval is of something ("approval came on 3 May" needs what)
    phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
    if phrase.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = phrase.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in DESCRIBING | END_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "det" and c.lower_ == "no" for c in phrase.children):
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between") for c in verb.children):
        return False  # "the treaty was signed by Peru and Chile": its doers are told (``_passive_carriers``)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "for the talks to open in May": not told as happened
    if _told_before(phrase):
        return False  # "Russia signed a truce with Chechnya. The truce, signed on 12 May, ...": the same one
    return _calendar_date(phrase.subtree) or _calendar_date(_adjunct_tokens(verb)) or place_of(verb) is not None


def _dated_carrier(verb: Token, noun: Token) -> bool:
    """A passive light verb that carries a named agreement with no party named ("the Itamaraty
    Peace Declaration was signed in Brasilia on 17 February 1995"): told as a happening when the
    verb is not negated and a calendar date or a place hangs on it. Its reduced relative
    (:func:`dated_participle`: "the Treaty of Lausanne, signed on 24 July 1923, ...") tells the
    same, but only with its own calendar date."""
    if dated_participle(verb) and verb.head.i == noun.i:
        return not _told_before(noun)
    if noun.dep_ != "nsubjpass" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return _calendar_date(_adjunct_tokens(verb)) or place_of(verb) is not None


def dated_participle(verb: Token) -> bool:
    """Rule ``dated_participle_is_passive``: a past participle qualifying a noun with no object of
    its own ("the Ruritanian Front, founded on 10 May 1973, ...", "a treaty signed in Lima in
    1936 ...") is that noun's passive clause ("the Front was founded on 10 May 1973") when the
    participle holds a calendar date of its own: the clause that tells the time is told as a
    happening of the noun, not as a description of it ("the occupied territories", "troops
    stationed abroad" hold no date and stay descriptions). The noun must have a clause of its own:
    a sentence the parser rooted on its subject ("Southern Ruritania, mostly rural, rebelled
    against ... in 1956") has its main verb, not a participle, there."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.dep_ != "ROOT" \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "neg") for c in verb.children) \
        and _calendar_date(_adjunct_tokens(verb))


#: how many sentences back a definite noun ("the truce") looks for the one it names again
ANTECEDENT_SENTENCES = 2


def _told_before(noun: Token) -> bool:
    """A definite noun ("the truce", "this agreement") whose word - or, for an agreement, another
    word for one - the sentences just before already used: it names that one again, no new
    happening."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    others = AGREEMENT_WORDS if lemma in AGREEMENT_WORDS else frozenset()
    start = noun.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if start == 0:
            break
        prev = noun.doc[start - 1].sent
        if any(t.lemma_.lower() == lemma or (t.pos_ == "NOUN" and t.lemma_.lower() in others) for t in prev):
            return True
        start = prev.start
    return False


#: words an agreement is named again by ("Egypt signed an accord ... The agreement, dated ...")
AGREEMENT_WORDS = frozenset({"agreement", "accord", "treaty", "pact", "deal", "truce", "ceasefire", "armistice",
                             "protocol", "convention"})


def accord_summary(trig: Trigger) -> str:
    """The summary of an agreement or talks told with no party named: the noun with its
    modifiers and the clause that tells it, dates left out ("peace talks opened in Geneva",
    "full treaty was signed in Baghdad", "ceasefire took effect")."""
    anchor = trig.anchor
    phrase = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN" else anchor
    if trig.carries is not None and anchor.pos_ == "VERB":  # a named agreement its verb carries
        phrase = trig.carries
    verb = anchor if trig.carries is not None and anchor.head.i == phrase.i else phrase.head  # its participle
    words = [t for t in phrase.subtree if t.i <= phrase.i and (t.dep_ in ("compound", "amod") or t == phrase)]
    words += [t for t in verb.children if t.dep_ in ("auxpass", "aux") and t.i < verb.i] + [verb]
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("prt", "dobj", "prep", "advmod") or _calendar_date(child.subtree):
            continue
        if child.dep_ == "advmod" and child.i != verb.i + 1:
            continue
        words += [t for t in child.subtree if not t.is_punct]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))
