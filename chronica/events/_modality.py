"""How a sentence holds an event: asserted, negated, refused, planned, possible, hedged, reported.

Read from the predicate's own auxiliaries and negation, the verbs that govern it through
``xcomp`` ("refused to sign", "plans to visit", "is believed to have"), the clause above it
through ``ccomp`` under a verb of saying ("Kim said that ..."), "according to X", and hedging
adverbs anywhere on the way up. When several apply the first of REFUSED, NEGATED, PLANNED,
POSSIBLE, HEDGED, REPORTED wins; the attribution (who says so) is kept whatever the modality.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from chronica.events.model import ASSERTED, HEDGED, NEGATED, PLANNED, POSSIBLE, REFUSED, REPORTED

REFUSE_VERBS = frozenset({"refuse", "decline", "reject"})
PLAN_VERBS = frozenset(
    {"plan", "intend", "aim", "prepare", "schedule", "seek", "want", "hope", "promise", "vow",
     "pledge", "decide", "mean", "expect", "set", "due", "go", "agree", "undertake", "commit"}
)
POSSIBLE_MODALS = frozenset({"could", "may", "might", "would", "can", "should", "must", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
HEDGE_WORDS = frozenset(
    {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly",
     "probably", "presumably", "ostensibly", "rumoredly", "rumouredly"}
)
POSSIBLE_WORDS = frozenset({"possibly", "perhaps", "maybe", "likely"})
#: passive verbs that hedge what they govern: "is believed to", "is said to", "was reported to"
HEDGE_PASSIVES = frozenset({"believe", "say", "report", "think", "allege", "rumour", "rumor", "understand", "suspect", "claim", "expect"})
SAY_VERBS = frozenset(
    {"say", "tell", "claim", "announce", "report", "state", "declare", "insist", "allege", "assert",
     "argue", "add", "note", "write", "confirm", "reveal", "maintain", "proclaim", "admit",
     "acknowledge", "explain", "suggest", "warn", "deny", "accuse", "boast", "stress", "testify"}
)
LIKELY_WORDS = frozenset({"likely", "unlikely", "able", "possible", "ready", "willing"})
ATTEMPT_VERBS = frozenset({"try", "attempt", "threaten", "offer", "push", "strive", "struggle", "fight", "look", "work", "ask", "demand", "call"})
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "fear", "suppose", "assume", "imagine", "doubt"})


def _subject_text(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "who", "that", "which"):
            left = min(t.i for t in child.subtree if t.dep_ not in ("relcl", "appos", "punct"))
            return verb.doc[left : child.i + 1].text
    return None


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or a for-to clause: "(in order) to help", "a leader to help"."""
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "acl", "relcl", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def modality(pred: Token, sent: Span) -> tuple[str, str | None]:
    """(modality, attribution) for the event whose predicate is ``pred`` (a verb, or the light
    verb / copula carrying a nominal trigger; a bare noun gets only its own determiners)."""
    found: set[str] = set()
    attribution: str | None = None
    if pred.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in ("no", "never") for c in pred.children):
            found.add(NEGATED)
        chain = []
    else:
        chain = [pred]
        cur = pred
        while cur.dep_ in ("xcomp", "conj", "acomp") and cur.head.i != cur.i:
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                break
            cur = cur.head
            chain.append(cur)
    for i, verb in enumerate(chain):
        for child in verb.children:
            low = child.lower_
            if child.dep_ == "neg" or low in ("never",) and child.dep_ in ("neg", "advmod"):
                if i == 0 or chain[i - 1].dep_ == "xcomp":
                    found.add(NEGATED)
            elif child.dep_ in ("aux", "auxpass"):
                if low in FUTURE_MODALS or child.lemma_ in FUTURE_MODALS:
                    found.add(PLANNED)
                elif low in POSSIBLE_MODALS:
                    found.add(POSSIBLE)
            elif child.dep_ == "advmod":
                if low in HEDGE_WORDS:
                    found.add(HEDGED)
                elif low in POSSIBLE_WORDS:
                    found.add(POSSIBLE)
            elif child.dep_ == "mark" and low in ("if", "unless", "whether"):
                found.add(POSSIBLE)
        if i > 0 and chain[i - 1].dep_ == "xcomp":
            lemma = verb.lemma_.lower()
            if lemma in REFUSE_VERBS:
                found.add(REFUSED)
            elif lemma in PLAN_VERBS or (lemma == "be" and chain[i - 1].tag_ == "VB"):
                found.add(PLANNED)
            elif lemma in HEDGE_PASSIVES and any(c.dep_ == "auxpass" for c in verb.children):
                found.add(HEDGED)
            elif lemma in ATTEMPT_VERBS or lemma in LIKELY_WORDS:
                found.add(POSSIBLE)
    if pred.lemma_.lower() in REFUSE_VERBS and pred.pos_ == "VERB":
        found.add(REFUSED)
    if chain and (pred.dep_ in ("csubj", "csubjpass") or (pred.tag_ == "VBG" and pred.dep_ == "nsubj")):
        head = pred.head  # "attacking X would bring retaliation": the head's modals count
        if any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in head.children):
            found.add(POSSIBLE)
    if any(c.lower_ == "no" and c.dep_ == "det" for c in pred.children) and pred.pos_ == "NOUN":
        found.add(NEGATED)
    if any(_purpose(v) for v in (chain or [pred])):
        found.add(PLANNED)  # a purpose: "found a leader to help the cause"
    if pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.lower_ == "without":
        found.add(NEGATED)  # "without breaking with Moscow"
    left = min([pred.i] + [c.i for c in pred.children if c.dep_ in ("aux", "auxpass")])
    before = " ".join(t.lower_ for t in pred.doc[max(left - 3, 0) : left])
    if "rather than" in before or "instead of" in before:
        found.add(NEGATED)  # "allowed to resign rather than be sacked"

    # the clause above: reported speech, belief, conditions
    top = chain[-1] if chain else pred
    cur = top
    while cur.head.i != cur.i:
        dep, head = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis") and head.lemma_.lower() in SAY_VERBS | BELIEF_VERBS:
            found.add(REPORTED if head.lemma_.lower() in SAY_VERBS else HEDGED)
            attribution = attribution or _subject_text(head)
            break
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            found.add(POSSIBLE)
        if any(c.dep_ == "advmod" and c.lower_ in HEDGE_WORDS for c in head.children):
            found.add(HEDGED)
        cur = head
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            found.add(REPORTED)
            pobj = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if pobj and attribution is None:
                left = min(t.i for t in pobj[0].subtree)
                attribution = tok.doc[left : pobj[0].i + 1].text
    for value in (REFUSED, NEGATED, PLANNED, POSSIBLE, HEDGED, REPORTED):
        if value in found:
            return value, attribution
    return ASSERTED, attribution
