"""How a sentence holds an event: asserted, negated, refused, planned, possible, hedged, reported.

A denial above the event ("denied attacking", "denied that ...", "denied reports that ...")
negates it, whatever else applies; a report noun's complement ("reports that ...") is reported.

Read from the predicate's own auxiliaries and negation, the verbs that govern it through
``xcomp`` ("refused to sign", "plans to visit", "is believed to have"), the clause above it
through ``ccomp`` under a verb of saying ("Kim said that ..."), "according to X", and hedging
adverbs anywhere on the way up - not past a semicolon or a colon: a clause before one is a main clause of its
own, whatever the parser hung it under (:func:`chronica.events._dating.semicolon_clause`), and an
"according to" in the clause after it is that clause's. When several apply the first of REFUSED, NEGATED, PLANNED,
POSSIBLE, HEDGED, REPORTED wins - but for a predicate that is itself the refusal ("refused",
"rejected"): its REJECT says refused, and another modality, when one holds, is the one it has
("Croatia is expected to refuse": planned); the attribution (who says so) is kept whatever the modality.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from chronica.events._dating import SIDE_CLAUSE_MARKS, semicolon_clause
from chronica.events.model import ASSERTED, HEDGED, NEGATED, PLANNED, POSSIBLE, REFUSED, REPORTED, TARGET

REFUSE_VERBS = frozenset({"refuse", "decline", "reject"})
#: verbs that say their complement did not happen: "failed to agree on a border", "while
#: failing to withdraw from the base", "neglected to notify" - negated, not attempted
FAIL_VERBS = frozenset({"fail", "neglect", "omit"})
#: lemmatiser slips (lemma, first letters of the form) -> lemma: "hopes" -> "hop"
LEMMA_SLIPS = {("hop", "hope"): "hope"}
DENIED = "denied"  # internal: a denial above the event, reported as NEGATED
PLAN_VERBS = frozenset(
    {"plan", "intend", "aim", "prepare", "schedule", "seek", "want", "hope", "promise", "vow",
     "pledge", "decide", "mean", "expect", "set", "due", "go", "agree", "undertake", "commit",
     "have"}  # "have until midnight to settle", "has to sell"
)
#: verbs of obligation: "has to sell" is still to come (a plan), "had to sell" was done
OBLIGATION_VERBS = frozenset({"have"})
POSSIBLE_MODALS = frozenset({"could", "may", "might", "would", "can", "should", "must", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
HEDGE_WORDS = frozenset(
    {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly",
     "probably", "presumably", "ostensibly", "rumoredly", "rumouredly"}
)
POSSIBLE_WORDS = frozenset({"possibly", "perhaps", "maybe", "likely"})
#: what opens a condition still to be met when the clause it qualifies is yet to come ("will not resume
#: talks until Osterlich frees the crew", "grain would move only when Borduria opened its ports"): the marks,
#: and the adverbs that do so after "only" ("only when", "only once")
CONDITION_MARKS = frozenset({"until", "till", "unless", "once"})
ONLY_CONDITION_ADVERBS = frozenset({"when", "once", "if"})
#: the auxiliaries of a clause yet to come, told now or reported ("will", "would")
UNREALISED_AUXILIARIES = FUTURE_MODALS | {"would", "'d"}
#: passive verbs that hedge what they govern: "is believed to", "is said to", "was reported to"
HEDGE_PASSIVES = frozenset({"believe", "say", "report", "think", "allege", "rumour", "rumor", "understand", "suspect", "claim", "expect"})
SAY_VERBS = frozenset(
    {"say", "tell", "claim", "announce", "report", "state", "declare", "insist", "allege", "assert",
     "argue", "add", "note", "write", "confirm", "reveal", "maintain", "proclaim", "admit",
     "acknowledge", "explain", "suggest", "warn", "deny", "accuse", "boast", "stress", "testify"}
)
LIKELY_WORDS = frozenset({"likely", "unlikely", "able", "possible", "ready", "willing"})
ATTEMPT_VERBS = frozenset({"try", "attempt", "threaten", "offer", "push", "strive", "struggle", "fight", "look", "work", "ask", "demand", "call",
                           "need",  # "India needed to reform labour laws": not yet done
                           "urge", "encourage", "persuade", "invite", "press"})  # "urged X to approve": not yet done
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "fear", "suppose", "assume", "imagine", "doubt"})
#: verbs that deny what they govern: "denied attacking X", "denied that X attacked", "rejected
#: claims that X attacked": the event is negated (by its attribution)
DENY_VERBS = frozenset({"deny", "refute", "rebut", "dispute", "dismiss", "reject", "disown", "contest"})
#: verbs of meaning or showing: negated, they deny what they govern ("did not mean that ...")
IMPLY_VERBS = frozenset({"mean", "show", "prove", "indicate", "imply", "signal", "suggest"})
#: nouns whose complement clause is a report or a claim: "reports that X is preparing to ..."
REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "suggestion", "rumour", "rumor", "speculation", "accusation",
     "story", "assertion", "charge", "talk", "idea", "notion", "suspicion", "news"}
)
#: modifiers of a report noun that deny its content: "the false news that X had bombed Y"
FALSE_WORDS = frozenset({"false", "fake", "untrue", "unfounded", "baseless", "groundless", "bogus", "fabricated"})
#: verbs of seeking: what an infinitive of purpose seeks is not yet had ("flew to London to
#: elicit British aid")
SEEK_VERBS = frozenset({"elicit", "seek", "obtain", "secure", "win", "get", "request", "solicit", "gain",
                        "raise", "attract", "enlist"})


def _participle(verb: Token) -> bool:
    """A bare participle modifying a noun ("talks brokered by the OAU", "reports reaching the
    capital"): no subject, auxiliary or "that" of its own, so no clause the noun reports."""
    return verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


def _subject_text(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "who", "that", "which"):
            left = min(t.i for t in child.subtree if t.dep_ not in ("relcl", "appos", "punct"))
            return verb.doc[left : child.i + 1].text
    return None


#: words that rank a doer among others who did a thing: "the first state to recognise X", "the only
#: leader to attend" (a deed done, told of the copula's subject: no purpose, no plan)
RANKING_WORDS = frozenset({"first", "second", "third", "only", "last"})
#: verbs whose attribute says what their subject is
RANKING_COPULAS = frozenset({"be", "become", "remain"})


def ranked_copula(verb: Token) -> Token | None:
    """The copula whose subject did the deed of the infinitive ``verb`` when the infinitive ranks
    that subject: "X was the first country *to recognise* Y", "X became one of the first states
    *to* ...", "X was among the first states *to* ..." (the parser may hang the infinitive on the
    noun, on "one" or on the copula); None otherwise."""
    if verb.tag_ != "VB" or verb.dep_ not in ("acl", "relcl", "advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp"):  # "was among the first states to recognise", "was the last to
        # sign": hung on the copula, after the ranked phrase ("was to sign" alone is a plan)
        if head.lemma_.lower() not in RANKING_COPULAS:
            return None
        ranked = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < verb.i
                  for p in c.children if p.dep_ == "pobj" and _ranked(p)]
        ranked += [c for c in head.children if c.dep_ == "attr" and c.i < verb.i and _ranked(c)]
        return head if ranked else None
    noun = head
    if noun.lower_ == "one":  # "one of the first states", the clause hung on "one"
        noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), noun)
    if not _ranked(noun):
        return None
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ == "one":
        cur = cur.head.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "among":
        cur = cur.head
    if cur.dep_ in ("attr", "prep") and cur.head.lemma_.lower() in RANKING_COPULAS:
        return cur.head
    return None


def _ranked(noun: Token) -> bool:
    """A noun ranked by a ranking word ("the first *state*"), or the ranking word standing alone for
    the ranked ones ("was *among the first* to recognise it", "were *the first* to reach the port":
    the parser heads the phrase on the adjective, the infinitive hung on it or on the copula)."""
    if noun.lower_ in RANKING_WORDS and noun.pos_ == "ADJ" and noun.dep_ in ("pobj", "attr"):
        return True
    return any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in noun.children)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or a for-to clause: "(in order) to help", "a leader to help"."""
    return verb.dep_ in ("advcl", "acl", "relcl", "ccomp") and verb.pos_ not in ("NOUN", "PROPN") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ) and ranked_copula(verb) is None  # "asking for troops to be pulled out": VBN under "to be"


def misattached_conj(verb: Token) -> Token | None:
    """The verb a finite verb really continues when the parser coordinated it with an
    infinitive in a reported clause: "Blair said Labour would set out plans and attacked the
    Tory plans", "Davis said it was not possible to overstate it and urged ..." - "attacked" and
    "urged" go with "said". None when the coordination is sound."""
    head = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "aux" and (c.lower_ in POSSIBLE_MODALS | FUTURE_MODALS or c.lower_ == "to")
                    for c in head.children)):
        return None
    cur = head
    while cur.head.i != cur.i and cur.dep_ in ("xcomp", "acomp", "conj", "advcl", "ccomp"):
        if cur.dep_ == "ccomp" and cur.head.pos_ in ("VERB", "AUX"):
            return cur.head
        cur = cur.head
    return None


#: determiners of a subject that say no one did it: "neither government called up its reserves",
#: "no government recognised the regime"
NO_DOER_DETERMINERS = frozenset({"neither", "no"})


def _no_doer(verb: Token) -> bool:
    """Rule ``no_doer``: the verb's subject is determined by "neither" or "no" ("neither
    government has accused the other", "no state recognised it"): the act did not happen."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.dep_ == "det" and g.lower_ in NO_DOER_DETERMINERS for g in c.children) for c in verb.children)


def modality(pred: Token, sent: Span) -> tuple[str, str | None]:
    """(modality, attribution) for the event whose predicate is ``pred`` (a verb, or the light
    verb / copula carrying a nominal trigger; a bare noun gets only its own determiners)."""
    found: set[str] = set()
    attribution: str | None = None
    if pred.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in ("no", "never") for c in pred.children):
            found.add(NEGATED)
        if pred.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in pred.children) \
                and any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in pred.head.children):
            found.add(POSSIBLE)  # "EU cooperation would help ...": a hypothetical
        if pred.dep_ in ("nsubj", "nsubjpass") and pred.head.lemma_.lower() in ("expect", "due", "set", "schedule") \
                and any(c.dep_ == "xcomp" for c in pred.head.children):
            found.add(PLANNED)  # "protests against the WEF are expected to be muted"
        if pred.dep_ == "dobj" and _purpose(pred.head) and pred.head.lemma_.lower() in SEEK_VERBS:
            found.add(PLANNED)  # "flew to London to elicit British aid": sought, not given
        chain = []
    else:
        chain = [pred]
        cur = pred
        while cur.dep_ in ("xcomp", "conj", "acomp") and cur.head.i != cur.i:
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                break
            real = misattached_conj(cur)
            if real is not None:
                cur = real  # the clause it really continues
                chain.append(cur)
                continue
            cur = cur.head
            chain.append(cur)
    for i, verb in enumerate(chain):
        if (i == 0 or chain[i - 1].dep_ == "xcomp") and _no_doer(verb):
            found.add(NEGATED)
        for child in verb.children:
            low = child.lower_
            if child.dep_ == "neg" or low in ("never",) and child.dep_ in ("neg", "advmod"):
                if child.dep_ == "neg" and _not_merely(child, verb):
                    continue  # "did not merely support", "did not just condemn": it did, and more
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
            lemma = LEMMA_SLIPS.get((verb.lemma_.lower(), verb.lower_[:4]), verb.lemma_.lower())
            if lemma in DENY_VERBS - REFUSE_VERBS:
                found.add(DENIED)
            elif lemma in REFUSE_VERBS:
                found.add(REFUSED)
            elif lemma in FAIL_VERBS:
                found.add(NEGATED)
            elif lemma in OBLIGATION_VERBS and verb.tag_ == "VBD":
                pass  # "Britain had to withdraw": an obligation told in the past was met, no plan
            elif lemma in PLAN_VERBS or (lemma == "be" and chain[i - 1].tag_ == "VB"
                                         and ranked_copula(chain[i - 1]) is None):
                found.add(PLANNED)
            elif lemma in HEDGE_PASSIVES and any(c.dep_ == "auxpass" for c in verb.children):
                found.add(HEDGED)
            elif lemma in ATTEMPT_VERBS or lemma in LIKELY_WORDS:
                found.add(POSSIBLE)
    own_refusal = False  # the predicate is the refusal itself ("Croatia is expected to refuse")
    if pred.lemma_.lower() in REFUSE_VERBS and pred.pos_ == "VERB" and (
            pred.lemma_.lower() != "decline" or any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in pred.children)):
        own_refusal = REFUSED not in found
        found.add(REFUSED)  # "declined to comment", "declined the offer"; a figure that declined fell
    if pred.lemma_.lower() in ("expect", "schedule") and pred.pos_ == "VERB" and any(
            c.dep_ == "auxpass" for c in pred.children) and any(c.dep_ == "xcomp" for c in pred.children):
        found.add(PLANNED)  # the nominal event carried by "... are expected to be muted"
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
    side: Token | None = None  # the event's clause, when it is a main clause before a semicolon
    inside_relative = False  # "the false news that X bombed the house where Y was born": the birth is no news
    while cur.head.i != cur.i:
        dep, head = cur.dep_, cur.head
        if semicolon_clause(cur, SIDE_CLAUSE_MARKS):
            # "Algeria broke off relations; its minister accused Rabat of ...", "X asked Cairo for
            # help; officers were reportedly captured": the parser hung the clause before the
            # semicolon under the one after it; what that clause says, reports or hedges is its own
            side = cur
            break
        if dep == "ccomp" and head.lemma_.lower() in IMPLY_VERBS and any(c.dep_ == "neg" for c in head.children):
            found.add(DENIED)  # "the withdrawal did not mean that Libya had cut its ties"
            break
        if dep in ("ccomp", "parataxis") and head.lemma_.lower() in DENY_VERBS:
            found.add(DENIED)  # "Moscow denied that its troops had crossed the border"
            attribution = attribution or _subject_text(head)
            break
        if dep in ("ccomp", "parataxis") and head.lemma_.lower() in SAY_VERBS | BELIEF_VERBS:
            found.add(REPORTED if head.lemma_.lower() in SAY_VERBS else HEDGED)
            attribution = attribution or _subject_text(head)
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in head.children):
                found.add(POSSIBLE)  # "they're wrong if they are saying X is ousting Y"
            break
        if (dep in ("ccomp", "appos") or (dep == "acl" and not _participle(cur)) or (dep == "relcl" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in cur.children))) \
                and head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS:
            found.add(REPORTED)  # "reports that X is preparing to ..."
            if any(c.lower_ in FALSE_WORDS for c in head.children) and not inside_relative:
                found.add(DENIED)  # "the false news that Greeks had bombed the consulate"
            verb = head.head
            if head.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in DENY_VERBS:
                found.add(DENIED)  # "has denied reports that ...": a denied report
                attribution = attribution or _subject_text(verb)
            break
        if dep == "relcl":
            inside_relative = True
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            found.add(POSSIBLE)
        elif dep == "advcl" and _unmet_condition(cur, head):
            found.add(POSSIBLE)  # "would not sign the treaty until Borduria pulled back": no pullback told
        if any(c.dep_ == "advmod" and c.lower_ in HEDGE_WORDS for c in head.children):
            found.add(HEDGED)
        cur = head
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            if side is not None and not side.left_edge.i <= tok.i <= side.right_edge.i:
                continue  # "... clashed at Amgala; 100 soldiers were captured, according to X": the other clause's source
            found.add(REPORTED)
            pobj = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if pobj and attribution is None:
                left = min(t.i for t in pobj[0].subtree)
                attribution = tok.doc[left : pobj[0].i + 1].text
    if DENIED in found:
        return NEGATED, attribution  # a denial negates whatever else the clause says
    if own_refusal and len(found) > 1:
        found.discard(REFUSED)  # a refusal expected, reported or denied is held as that: its type says refused
    for value in (REFUSED, NEGATED, PLANNED, POSSIBLE, HEDGED, REPORTED):
        if value in found:
            return value, attribution
    return ASSERTED, attribution


def _unmet_condition(clause: Token, head: Token) -> bool:
    """``clause`` is a condition of ``head`` still to be met: opened by a mark of :data:`CONDITION_MARKS`
    ("until", "unless", "once") or by "only when" / "only once", under a clause yet to come - one with
    "will" or "would" ("Ruritania will not resume talks until a truce is agreed", "grain would
    move only when Borduria opened its ports"). Under a clause told as done ("the fighting went on
    until the armies agreed a ceasefire", "only after X resigned did Y act") it happened."""
    if not any(c.dep_ == "aux" and c.lower_ in UNREALISED_AUXILIARIES for c in head.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return True
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ONLY_CONDITION_ADVERBS
               and any(o.lower_ == "only" for o in (*c.children, *clause.children)) for c in clause.children)


#: stances whose content, not yet done, is no event of its own: a threat's, and a demand's of
#: someone named ("urged Pakistan to withdraw its troops", "demanded that Iraq withdraw": PLOVER
#: codes the REQUEST, of the one asked; the withdrawal asked for is no retreat, and its roles,
#: inherited from the asking verb, were the asker's)
CONTENT_STANCES = frozenset({"THREATEN", "REQUEST"})
#: stances whose content is an act asked of someone: told in the bare verb ("demanded that Iraq
#: withdraw", "urged Argentina to withdraw") it is requested, not done
REQUEST_STANCES = frozenset({"REQUEST"})
#: verbs of agreeing, whose cooperative content is the agreement's own ("agreed to cooperate");
#: not intending or planning ("plans to visit" stays a planned visit)
AGREEMENT_VERBS = frozenset({"agree", "pledge", "promise", "vow", "undertake", "consent", "commit"})
#: the fields of an event's date
DATE_FIELDS = ("date", "date_end", "precision", "earliest", "latest", "date_text", "date_source")
#: how a content not yet done is held
UNDONE = frozenset({POSSIBLE, PLANNED})


#: adverbs that make "not" restrictive: "not merely", "not just", "not simply" say more was done
RESTRICTIVE_ADVERBS = frozenset({"merely", "just", "simply", "only", "solely"})


def _not_merely(neg: Token, verb: Token) -> bool:
    """The negation is "not merely/just/simply X" (the adverb right after "not", on the verb or
    on "not"): X was done, and more."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in RESTRICTIVE_ADVERBS and nxt.head.i in (verb.i, neg.i)


def _specific(pred: Token) -> bool:
    """A content that names a counted or priced thing is a specific act agreed, kept as itself
    ("agreed to purchase 40 fighter jets from France"), not a general intent ("agreed to cooperate
    on trade")."""
    return any(t.like_num or t.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
               for c in pred.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)


def stance_contents(coded: list) -> list:
    """Drop the event told only as the content of a coded stance above it: "Kenya threatened
    to pull out of talks" is a threat, no withdrawal; "urged Pakistan to withdraw" a demand of
    Pakistan, no withdrawal (kept, possible, when the demand took its recipient from it);
    "offered to mediate" one offer, not an offer and a mediation. A content told as done ("ordered X to invade Y, and X invaded") stays.
    An agreement to cooperate is one event, the agreement, told by its content ("agreed to
    cooperate with Peru on fishing", "agreed to restore relations"): PLOVER codes a cooperative
    act told as intended (the ontology's ``intent`` types) as AGREE, with CAMEO's "intent" code;
    the content keeps its form and parties, the agreeing verb its trigger, modality and date. A
    content coordinated with another ("agreed not to X but to cooperate") hangs on the stance
    through its first conjunct; a specific content ("agreed to buy 40 jets") stays itself. ``coded`` holds
    (trigger, event or None)."""
    from chronica.events.ontology import load_ontology

    onto = load_ontology()
    stances = {t.anchor.i: (t, e) for t, e in coded if e is not None and t.anchor.pos_ == "VERB"}
    dropped: set[int] = set()
    for t, e in coded:
        anchor = t.carrier if t.carrier is not None else t.anchor
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.pos_ in ("VERB", "AUX") \
                and anchor.head.i not in stances:
            anchor = anchor.head
        held = stances.get(anchor.head.i) if e is not None and anchor.dep_ in ("xcomp", "ccomp") else None
        if held is None or held[1] is e:
            continue
        stance_trig, stance = held
        if stance.type == e.type == "THREATEN" and e.mode and not stance.mode:
            # "threatened to occupy the islands": the content, coded as the threat of its act
            # (extract._stance), gives the threat its mode and CAMEO code; one threat, the verb's
            stance.mode, stance.cameo, stance.intensity = e.mode, e.cameo, e.intensity
            if not stance.actors(TARGET):
                stance.participants.extend(p for p in e.actors(TARGET))
            stance.checks.append(stance_contents.__name__)
            dropped.add(id(e))
            continue
        if stance.type in REQUEST_STANCES and e.modality == ASSERTED and anchor.tag_ == "VB" and not any(
                c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS | FUTURE_MODALS for c in anchor.children):
            e.modality = POSSIBLE  # "demanded that Iraq withdraw": asked for, not done (the
            # subjunctive's bare verb, as "urged Argentina to withdraw" is)
            e.checks.append(stance_contents.__name__)
        if (stance.type in CONTENT_STANCES and e.modality in UNDONE and e.type not in CONTENT_STANCES
                and (stance.type not in REQUEST_STANCES or _asked_to_do(stance))) \
                or (stance.type == e.type == "AGREE"):
            stance.checks.append(stance_contents.__name__)
            dropped.add(id(e))
        elif stance_trig.anchor.lemma_.lower() in AGREEMENT_VERBS | OFFER_VERBS and e.type in onto.types \
                and onto.types[e.type].intended is not None and e.modality in UNDONE \
                and (stance.type == "AGREE" or (stance.type, stance.cameo) == onto.types[e.type].intended):
            # "both sides agreed to withdraw their forces", "offered to withdraw": a retreat agreed
            # or offered is one concession (PLOVER, CONCEDE), told by the agreeing verb - whether
            # the verb was coded AGREE or, by the dictionary's own 0356 pattern, already CONCEDE
            as_intended(e, onto)
            e.context = []
            e.modality, e.attribution = stance.modality, stance.attribution
            _told_by(e, stance)
            e.checks.append(stance_contents.__name__)
            dropped.add(id(stance))
        elif stance.type == "AGREE" and stance_trig.anchor.lemma_.lower() in AGREEMENT_VERBS \
                and e.type in onto.intent_types and e.modality in UNDONE and not _specific(t.anchor):
            agree = onto.types["AGREE"]
            e.cameo, e.type, e.mode = onto.types[e.type].intent, "AGREE", None
            e.intensity, e.context = float(agree.score), list(stance.context)
            e.modality, e.attribution = stance.modality, stance.attribution
            known = {(p.role, p.actor_id or p.text) for p in e.participants}
            e.participants[:0] = [p for p in stance.actors() if (p.role, p.actor_id or p.text) not in known]
            e.summary = stance.summary
            e.trigger, e.trigger_start, e.trigger_end = stance.trigger, stance.trigger_start, stance.trigger_end
            if stance.date is not None:  # the agreement's date is the agreeing verb's
                for name in DATE_FIELDS:
                    setattr(e, name, getattr(stance, name))
            e.checks.append(stance_contents.__name__)
            dropped.add(id(stance))
    return [(t, e) for t, e in coded if id(e) not in dropped]


def _asked_to_do(stance) -> bool:  # noqa: ANN001 - an EventMention
    """The demand names the one asked itself ("urged Pakistan to withdraw"): the REQUEST carries
    the dyad. A recipient it took from the act asked for ("calling on volunteers to crush
    Malaysia": the hidden_recipient check) leaves the dyad to that act, which stays (possible)."""
    return bool(stance.actors(TARGET)) and "hidden_recipient" not in stance.checks


#: verbs of offering: a retreat offered is a concession, as one agreed to ("offered to withdraw")
OFFER_VERBS = frozenset({"offer", "propose", "volunteer"})


def as_intended(event, onto) -> None:  # noqa: ANN001 - an EventMention, the Ontology
    """Code an act told as intended by its own doer as its type's ``intended`` type (the
    ontology: a retreat agreed, offered or announced is CONCEDE, CAMEO 0356), its form kept."""
    etype, cameo = onto.types[event.type].intended
    event.type, event.cameo, event.mode = etype, cameo, None
    event.intensity = float(onto.types[etype].score)


def _told_by(event, stance) -> None:  # noqa: ANN001 - two EventMentions
    """The content takes the stance's parties it lacks, its summary, trigger and date."""
    known = {(p.role, p.actor_id or p.text) for p in event.participants}
    event.participants[:0] = [p for p in stance.actors() if (p.role, p.actor_id or p.text) not in known]
    event.summary = stance.summary
    event.trigger, event.trigger_start, event.trigger_end = stance.trigger, stance.trigger_start, stance.trigger_end
    if stance.date is not None:
        for name in DATE_FIELDS:
            setattr(event, name, getattr(stance, name))
