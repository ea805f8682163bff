"""A question or a claim, parsed by the build's own pipeline into what the chronicle is asked.

Public API: :func:`parse` (text -> :class:`Question`), :data:`KINDS`.

The text runs through the same spaCy pipeline and stages as an article (``chronica_time``,
``chronica_actors``, ``chronica_events``), so a question names actors the way the knowledge base
resolves them, event types the way the ontology codes them, and times the way the time stage
normalises them:

1. the kind — ``when``, ``who``, ``what``, ``did`` — from the question word (:data:`WH_WORDS`,
   :data:`AUXILIARIES`); a sentence that is no question is a ``check`` (a claim);
2. the actors, each with the role its place in the parse gives it (subject: source; object or
   object of a preposition: target);
3. the event types: the events stage's own events when it finds some (claims, "X invaded Y in
   1950"), else the ontology triggers among the words (questions: "when did X invade Y" has no
   event for the stage — its verb is not asserted); the trigger nearest the root is the event
   asked about, and names hanging from another trigger are that one's ("did Stalin approve [the
   invasion of South Korea]": Stalin approved, whatever the target);
4. the time: the interval of the time expressions ("in the 1960s", "between 1950 and 1953").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from datetime import date
from types import SimpleNamespace

from spacy.tokens import Doc, Token

from chronica.actors.kb import load_kb
from chronica.chronicle import dates
from chronica.events._lexicon import DEAL_NOUNS, LOCATION_PREPS
from chronica.events._places import PLACE_LABELS
from chronica.events._targets import names_a_deal
from chronica.events.extract import venue_act
from chronica.events.model import SOURCE, TARGET, EventMention
from chronica.events.ontology import load_ontology
from chronica.events.recode import TRUCE_LEFT, truce_made
from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare
from chronica.time.lexicon import UNITS

#: the question word (first word) -> kind of question
WH_WORDS = {"when": "when", "who": "who", "whom": "who", "which": "who", "what": "what"}
#: a question opening with an auxiliary asks whether something happened
AUXILIARIES = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have", "had"})
KINDS = ("when", "who", "what", "did", "check")

#: the ontology's forms that name no happening in particular ("what happened", "occurred")
GENERIC_FORMS = frozenset({"HAPPEN"})
#: dependency labels that make an actor the doer (source) or the one done to (target)
SUBJECT_DEPS = frozenset({"nsubj", "agent"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "dative", "attr"})


@dataclass
class QuestionActor:
    actor_id: str | None
    name: str
    text: str
    role: str | None  # SOURCE, TARGET or None (the parse does not say)
    also: tuple[str, ...] = ()  # ids that stand for it too: the states seated at a capital
    kind: str | None = None  # the actors stage's kind ("person", "state", ...), None when unknown
    #: the one the doer acts for, not one the act is done to: "who signed the protocol [for
    #: Ecuador]", "signed [on behalf of Britain]" (:func:`acted_for`); its role is None
    acted_for: bool = False

    @property
    def person(self) -> bool:
        """A person: the only kind of name a sentence may give by its last word ("Eden" for
        "Anthony Eden"; "the Cenepa War" is not "the war")."""
        return self.kind == "person"

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(((self.actor_id,) if self.actor_id else ()) + self.also)


#: kinds of the knowledge base whose actor a source calls by its state: "the Argentine forces
#: surrendered" is "Argentina surrendered"; "signed for the Sudanese government" is stated as
#: "signed ... by Sudanese First Vice-President Ali Osman Taha" (an official of the state, whom
#: the actors stage gives the state, not the sector id "SDN/government")
FOR_THE_STATE = frozenset({"armed_force", "government"})


def _actor(actor_id: str | None, name: str, text: str, role: str | None,
           kind: str | None = None) -> QuestionActor:
    """A question's actor; a seat of government without a date ("Moscow", "Pyongyang") stands
    for every state seated there, as the knowledge base dates them; a state's armed force or
    government (:data:`FOR_THE_STATE`) for the state too."""
    also: tuple[str, ...] = ()
    if actor_id:
        known = load_kb().get(actor_id)
        if known is not None and known.kind == "government_seat":
            also = tuple(known.seat_of)
        elif known is not None and known.kind in FOR_THE_STATE and known.country:
            also = (known.country,)  # "the Argentine forces surrendered": sources say "Argentina"
    if kind is None and actor_id:
        known = load_kb().get(actor_id)
        kind = known.kind if known is not None else None
    return QuestionActor(actor_id, name, text, role, also, kind)


@dataclass
class Question:
    """What a question or claim asks, in the chronicle's terms."""

    text: str
    kind: str  # one of KINDS
    actors: list[QuestionActor] = field(default_factory=list)
    types: list[str] = field(default_factory=list)  # event types of the main trigger
    context_types: list[str] = field(default_factory=list)  # of the triggers inside its arguments
    forms: list[str] = field(default_factory=list)  # how the main trigger says it ("INVADE")
    claims: list = field(default_factory=list)  # what the claims stage found (SentenceClaim)
    span: tuple[date, date] | None = None  # the time it is about, as days
    time_text: str | None = None
    events: list[EventMention] = field(default_factory=list)  # what the events stage found
    answer_role: str | None = None  # who-questions: the role the answer fills
    doc: Doc | None = field(default=None, repr=False)  # the parse, for reading sentences
    main: int | None = None  # the token of the main trigger
    spans: list[tuple[int, int]] = field(default_factory=list)  # tokens naming actors
    places: list[str] = field(default_factory=list)  # places naming the event ("the Algiers
    # agreement"): no participant, but a sentence about it names them (case folded)
    time_tokens: list[tuple[int, int]] = field(default_factory=list)  # tokens of its times
    #: what search found for its text, kept while it is answered (one search, not one per use)
    found: dict = field(default_factory=dict, repr=False, compare=False)


#: nouns of a time a question word may ask for ("on what date", "in which year"): the time
#: tagger's units and the two words for a point in time
TIME_NOUNS = frozenset(UNITS) | {"date", "time"}


def _kind(doc: Doc) -> str:
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words:
        return "check"
    if len(words) > 1 and words[0].pos_ == "ADP" and words[1].lower_ in WH_WORDS:
        words = words[1:]  # "On what date ...", "In which year ..."
    first = words[0].lower_
    if first in WH_WORDS and words[0].dep_ == "det" and words[0].head.lemma_.lower() in TIME_NOUNS:
        return "when"  # "what year did ...": a time asked for
    if first in WH_WORDS:
        return WH_WORDS[first]
    if first in AUXILIARIES and doc.text.rstrip().endswith("?"):
        return "did"
    if doc.text.rstrip().endswith("?"):
        return "what"
    return "check"


#: prefixes that make the name they join the target of the noun it modifies: "anti-Greek riots",
#: "anti-American protests", "anti-Japanese boycott" (the tokenizer splits them: "anti", "-", name)
AGAINST_PREFIXES = frozenset({"anti"})


def _against(token: Token) -> bool:
    """``token`` (a name's word) follows "anti-" (as one token or split in three)."""
    if token.lower_.split("-", 1)[0] in AGAINST_PREFIXES and "-" in token.text:
        return True
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in AGAINST_PREFIXES


#: the prepositions under a verb whose object is the one the doer acts for ("signed the protocol
#: [for] Ecuador"), and the nouns whose "of" names it ("[on behalf] of Britain")
ACTED_FOR_PREPS = frozenset({"for"})
BEHALF_NOUNS = frozenset({"behalf"})


def acted_for(token: Token) -> bool:
    """The name holding ``token`` names the one the clause's doer acts for: the object of "for"
    under the verb ("who signed the Rio Protocol [for Ecuador]": Ecuador's signatory, named in
    the sentence's doer phrase, "by the foreign ministers Julio Tobar Donoso of Ecuador and ...";
    the parser may hang "for" from the verb's object) or of "on behalf of" ("signed on behalf of
    Britain"); not "for" under another noun ("who was the envoy for Sudan") or an adjective."""
    seen = 0
    while token.dep_ in ("compound", "appos", "conj", "amod", "det") and token.head is not token and seen < 6:
        token, seen = token.head, seen + 1
    if token.dep_ != "pobj" or token.head is token:
        return False
    prep = token.head
    if prep.lower_ in ACTED_FOR_PREPS and prep.dep_ == "prep":
        head = prep.head  # under the verb, or under its object where the parser hangs it there
        # ("signed [the Rio Protocol] for Ecuador": the same reading)
        if head.dep_ == "dobj" and head.head is not head:
            head = head.head
        return head.pos_ in ("VERB", "AUX")
    return prep.lower_ == "of" and prep.head.lower_ in BEHALF_NOUNS


#: clauses that hang from a noun and tell which thing it is ("waters [claimed by Ruritania]",
#: "the alliance [that Borduria backed]")
DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})


def _role(token: Token) -> str | None:
    """The role of the actor whose name holds ``token``: walk up through compounds, appositions
    and coordinations to the word that attaches it to the clause. A name under a prefix of
    opposition ("anti-Greek riots", :data:`AGAINST_PREFIXES`) is the one it is done to."""
    if _against(token):
        return TARGET
    seen = 0
    owner = False  # the name owns the noun it hangs from ("[X]'s indictment")
    while token.dep_ in ("compound", "appos", "conj", "amod", "poss", "det") and token.head is not token and seen < 6:
        owner = owner or token.dep_ == "poss"
        token, seen = token.head, seen + 1
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in SUBJECT_DEPS \
            and token.head.head.pos_ == "NOUN":
        return None  # "when did [the borders of Ceuta] reopen": a part or a thing of the subject's
        # name, not one the act is done to
    if not owner and token.dep_ == "nsubj" and token.head.tag_ in ("VBN", "VBD") and any(
            c.dep_ == "auxpass" for c in token.head.children):
        return TARGET  # "when was [X] assassinated": the parser, misled by the question's order,
        # calls the passive's subject "nsubj"; its "was" is the passive's (auxpass) all the same
    if token.dep_ in SUBJECT_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.dep_ in DESCRIBING_CLAUSES and verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
            return None  # "into waters [claimed by Ruritania]", "the alliance [that Borduria backed]":
            # the doer of a clause that tells which thing is meant, not of the question's act
        return SOURCE
    if token.dep_ in OBJECT_DEPS:
        if token.dep_ == "pobj" and token.head.lower_ in ("between", "with"):
            return None
        return TARGET
    return None


def _joined(token: Token) -> set[str]:
    """Lemmas of the words joined to ``token`` directly or through one preposition (where the
    extractor looks for the second word of a two-word trigger: "send troops", "create a state")."""
    out = set()
    for child in token.children:
        out.add(child.lemma_.lower())
        if child.dep_ in ("prep", "agent", "prt"):
            out |= {g.lemma_.lower() for g in child.children}
    return out


def _triggers(doc: Doc) -> list[tuple[Token, str, str | None]]:
    """(token, event type, form) for every word that starts an ontology trigger whose other words
    are joined to it; verbs before nouns, in text order."""
    ontology = load_ontology()
    found: list[tuple[int, int, Token, str]] = []
    for token in doc:
        candidates = sorted({id(p): p for key in (token.lemma_.lower(), token.lower_)
                             for p in ontology.by_first.get(key, [])}.values(),
                            key=lambda p: -len(p.words))
        for pattern in candidates:  # the longest that fits wins, as in the extractor
            if pattern.pos == "v" and token.pos_ not in ("VERB", "AUX"):
                continue
            if pattern.pos == "n" and token.pos_ not in ("NOUN", "PROPN"):
                continue
            if len(pattern.words) > 1:
                joined = _joined(token)
                if not all(words & joined for words in pattern.words[1:]):
                    continue
            if getattr(pattern, "form", None) in GENERIC_FORMS:
                break  # "what happened" asks for no type
            etype = pattern.type
            if etype in TRUCE_LEFT and truce_made(token, ontology, signing=etype == "SUPPORT"):
                etype = "AGREE"  # "when was the armistice signed?": a truce made, as the chronicle codes it
            found.append((0 if token.pos_ == "VERB" else 1, token.i, token, etype,
                          getattr(pattern, "form", None)))
            break
    found.sort(key=lambda x: (x[0], x[1]))
    return [(tok, t, form) for _, _, tok, t, form in found]


#: prepositions and subordinators that place one event in time by another ("after the coup",
#: "before the war", "during the invasion", "following the ceasefire", "until the surrender")
TIME_CONNECTIVES = frozenset({"after", "before", "during", "following", "since", "until", "till", "amid"})


def _times_another(token: Token) -> bool:
    """Whether the trigger ``token`` sits in a phrase that dates another event: the object of a
    time connective (:data:`TIME_CONNECTIVES`) that hangs from a verb of the question."""
    seen = 0
    while token.head is not token and seen < 6:
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in TIME_CONNECTIVES \
                and token.head.head.pos_ in ("VERB", "AUX"):
            return True
        if token.dep_ not in ("compound", "amod", "nmod", "pobj", "pcomp", "conj"):
            return False
        token, seen = token.head, seen + 1
    return False


#: verbs that say an event ended ("when did the war end"); the event's own date is its start
ENDING_VERBS = frozenset({"end", "finish", "conclude", "cease", "stop"})


def _ended(doc: Doc) -> tuple[Token, list[Token]] | None:
    """(the ending verb, the words of its subject) when the question asks when an event ended
    ("When did the Korean War end?", "When did the civil war finish?"), else None."""
    for token in doc:  # the tagger may read a final "end" as a noun: then it is the root
        if token.lemma_.lower() in ENDING_VERBS and (token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT"):
            subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                c for c in token.children if c.dep_ == "compound" and token.pos_ == "NOUN"]
            if subject:
                return token, [t for s in subject for t in s.subtree]
    return None


#: kinds of actor that are places: named with an event noun they say where it was, not who did it
PLACE_KINDS = frozenset({"government_seat"})


def _names_event(token: Token, event_nouns: set[int]) -> bool:
    """The name at ``token`` modifies an event noun ("the Algiers agreement", "the Brasília
    peace accord", "the Camp David accords"): a compound or modifier of it, directly or through
    other modifiers."""
    seen = 0
    while token.dep_ in ("compound", "nmod", "amod") and token.head is not token and seen < 4:
        token, seen = token.head, seen + 1
        if token.i in event_nouns:
            return True
    return False


def _in_deal_name(span, kind: str | None) -> bool:  # noqa: ANN001 - a spaCy Span
    """The name ``span`` is (in) the name of an agreement, a treaty or a protocol, by the events
    stage's own test (:func:`chronica.events._targets.names_a_deal`): "the Treaty of
    [Washington]", "the [Minsk] protocol", "the Protocol of [Port of Spain]" (read at the name's
    head word, where a name of several words hangs from the deal's "of")."""
    probe = SimpleNamespace(start=span.root.i, end=span.root.i + 1, kind=kind)
    return names_a_deal(SimpleNamespace(start=span.start, end=span.end, kind=kind), span.doc) \
        or names_a_deal(probe, span.doc)


def _in_deal_title(token: Token) -> bool:
    """The proper noun ``token`` is, or is inside the "of"/"on" phrase of, a capitalised deal noun
    of the events stage's lexicon (:data:`chronica.events._lexicon.DEAL_NOUNS`): "the
    [Declaration] of [Principles]", "the UN [Convention] on the [Law] of the Sea", "the
    [Protocol] of Port of Spain" name a document, not a party."""
    seen = 0
    while seen < 5:
        if token.pos_ == "PROPN" and token.lemma_.lower() in DEAL_NOUNS:
            return True
        if token.dep_ not in ("compound", "pobj", "prep") or token.head is token:
            return False
        token, seen = token.head, seen + 1
    return False


def _venue(token: Token, kind: str | None, venues: set[int]) -> bool:
    """The name at ``token`` says where a meeting or a signing of the question happened (the
    events stage's venue rule, :func:`chronica.events._places.place_recipients`): a seat of
    government or a place after a preposition of place ("negotiated with X in [Bangkok]") whose
    verb is such an act, tells of one ("the agreement [signed] in [Stockholm]") or takes one as
    its subject or object ("the round of negotiations [held] in [Addis Ababa]")."""
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATION_PREPS:
        return False
    if kind not in PLACE_KINDS and token.ent_type_ not in PLACE_LABELS:
        return False
    verb, seen = token.head.head, 0
    while verb.dep_ == "pobj" and verb.head.dep_ == "prep" and seen < 2:  # "negotiated [with X] in ..."
        verb, seen = verb.head.head, seen + 1
    if verb.i in venues or (verb.dep_ in ("acl", "relcl") and verb.head.i in venues):
        return True  # "negotiated in ...", "the agreement [signed] in ..."
    return verb.pos_ in ("VERB", "AUX") and any(
        t.i in venues for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree)


def _is_event_name(resolved: bool, kind: str | None, root: Token, event_nouns: set[int]) -> bool:
    """A name the knowledge base does not resolve whose head word is itself an event noun of the
    ontology ("the Cenepa [War]", "the Mogadishu [Agreement]", "the Algiers [Accord]"): it names
    the event asked about, not one who takes part in it; a sentence about the event names it."""
    return not resolved and kind != "person" and root.i in event_nouns


def _describes_a_thing(token: Token, event_nouns: set[int]) -> bool:
    """The name is an adjective ("Eritrean") of a noun inside a phrase that describes another
    noun, no event ("the first shots [of the Eritrean armed struggle]", "the flag [of the Cypriot
    republic]"): it says what the thing is, not who takes part in the act asked about. Under an
    event noun ("the attack [on the Israeli embassy]") it stays: the one the event is done to."""
    if token.dep_ != "amod" or token.head.dep_ != "pobj":
        return False
    prep = token.head.head
    owner = prep.head
    return prep.dep_ == "prep" and owner.pos_ in ("NOUN", "PROPN") and owner.i not in event_nouns


def _quad(code: str) -> int | None:
    """The ontology's class of a type (PLOVER's quad: verbal or material, cooperation or
    conflict), None for happenings outside it."""
    kind = load_ontology().types.get(code)
    return getattr(kind, "quad", None) if kind is not None else None


#: PLOVER's quads on the cooperation side (1 verbal, 2 material cooperation; 3 and 4 conflict)
COOPERATION_QUADS = frozenset({1, 2})


def _side(code: str) -> bool | None:
    """Cooperation (True) or conflict (False) of a type, None for happenings outside the quads:
    the axis on which an act and the thing it acts on are one event ("agree [a truce]": AGREE is
    verbal and a truce, RETREAT, material, both cooperation)."""
    quad = _quad(code)
    return None if quad is None else quad in COOPERATION_QUADS


#: verbs that tell a phase of the event their subject names ("when did the war begin"): the
#: question is about that event, not about an act of its own
PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "break", "erupt", "escalate",
                         "last", "intensify", "spread"})


def _asks_another_act(doc: Doc, main: Token, triggers: set[int], kind: str | None = None) -> Token | None:
    """The root verb when the question asks about its act and the trigger ``main`` only names
    one of its participants or a clause under it: "did [the war] change the border", "which body
    found that Eritrea had broken the law by [attacking]", "who led the junta that [invaded] the
    islands" (a relative clause of its object) — a verb the ontology does not code,
    not light (:data:`chronica.ask.reading.LIGHT_VERBS` are read at the word they take), not a
    phase or the end of the event its subject names; or (not a who-question) such a verb whose
    object holds the trigger: "when did the junta [end] the agreement", "did the council [lift]
    its sanctions"."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i == main.i or root.i in triggers or root.pos_ != "VERB":
        return None
    lemma = root.lemma_.lower()
    if kind != "who" and lemma not in PHASE_VERBS | OWN_LIGHT_VERBS and any(
            main.i in {t.i for t in c.subtree} for c in root.children if c.dep_ == "dobj"):
        return root  # an act the ontology does not code done to the event ("the junta [ended]
        # the agreement", "[lifted] the embargo", "[left] the pact"): that act, not the event,
        # whose own date is its making (a who-question keeps the event, whose doer it asks
        # for, and is read at the verb when the event gives none: reading.asked_verb)
    if lemma in PHASE_VERBS | ENDING_VERBS | OWN_LIGHT_VERBS:
        return None
    if main.i in {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "ccomp")
                  for t in c.subtree}:
        return root
    # "who led [the junta that invaded the islands]": the trigger only tells which junta
    if any(main.i in {t.i for t in c.subtree} for o in root.children if o.dep_ in ("dobj", "nsubjpass")
           for c in o.children if c.dep_ == "relcl"):
        return root
    return None


#: verbs that carry no act of their own (as in :mod:`chronica.ask.reading`)
OWN_LIGHT_VERBS = frozenset({"be", "do", "get", "have", "make", "take", "become", "give", "happen", "occur"})


def catch_all(code: str) -> bool:
    """The ontology's type for a happening that fits no type (family ``other``): a question of
    that type asks for the form it names ("launch a policy": POLICY), not for the type."""
    kind = load_ontology().types.get(code)
    return kind is not None and getattr(kind, "family", None) == "other"


def _depth(token: Token) -> int:
    n = 0
    while token.head is not token and n < 50:
        token, n = token.head, n + 1
    return n


def _governor(token: Token, triggers: set[int]) -> int | None:
    """The trigger word the actor's name hangs from (walking up the parse), or None."""
    seen = 0
    while seen < 50:
        if token.i in triggers:
            return token.i
        if token.head is token:
            return None
        token, seen = token.head, seen + 1
    return None


def _time_span(doc: Doc, skip: frozenset[int] = frozenset()) -> tuple[tuple[date, date], str] | None:
    """The days the dates and times of ``doc`` cover, from the first to the last, and their text;
    those starting at a character of ``skip`` left out (:func:`_thing_dates`)."""
    spans = []
    for t in doc._.timexes or []:
        if t.type in ("DATE", "TIME") and t.start not in skip:
            span = dates.interval(t.value, None, t.earliest, t.latest)
            if span:
                spans.append((span, t.text))
    if not spans:
        return None
    return ((min(s[0][0] for s in spans), max(s[0][1] for s in spans)),
            " … ".join(s[1] for s in spans))


#: the dependency labels by which a date stands before a noun it is part of the name of ("the [9
#: April 1958] agreement", "the [1997] border treaty")
NAMING_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod", "advmod"})


#: the kinds of question whose act a date naming its deal does not date: asked when or whether
#: it was done (a what-question asks what the deal itself says, and its date finds the deal; a
#: claim is checked as it is worded)
THING_DATED_KINDS = frozenset({"when", "did"})


def _thing_dates(doc: Doc, question: Question) -> frozenset[int]:
    """The start characters of the time expressions that name the deal the asked act is done to,
    not the act: a date before a deal's noun (the events stage's
    :data:`~chronica.events._lexicon.DEAL_NOUNS`) that the ontology codes as no event of the asked
    type ("when did Ardenia [abrogate] the 4 May 1962 [agreement]": the agreement's date; an
    abrogation is no agreement), so the act may lie at any time after. A date before a deal noun
    of the asked type dates the act ("who [signed] the 1962 [agreement]": the signing made it),
    and one before an event's noun dates the event taken part in ("the 1962 invasion"). Only a
    deal the act is done to (its object: :data:`OBJECT_DEPS`), in a question of
    :data:`THING_DATED_KINDS`."""
    if not question.types or question.main is None or question.kind not in THING_DATED_KINDS:
        return frozenset()
    nouns = {}
    for tok, kind, _ in _triggers(doc):
        if tok.pos_ in ("NOUN", "PROPN"):
            nouns.setdefault(tok.i, set()).add(kind)
    deals = {tok.i for tok in doc if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in DEAL_NOUNS}
    out = set()
    for t in doc._.timexes or []:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        # the word by which the expression hangs from the rest ("the 9 April [1958]": its article
        # aside)
        token = next((w for w in span if w.dep_ != "det" and not span.start <= w.head.i < span.end), span.root)
        seen = 0
        while token.dep_ in NAMING_DEPS and token.head.i > token.i and token.head.i not in deals and seen < 3:
            token, seen = token.head, seen + 1
        head = token.head
        if token.dep_ in NAMING_DEPS and head.i > token.i and head.i in deals and head.i != question.main \
                and head.dep_ in OBJECT_DEPS and not nouns.get(head.i, set()) & set(question.types) \
                and not _times_another(head):
            out.add(t.start)
    return frozenset(out)


#: how the actors stage resolves a sector noun by the one state its sentence or paragraph names
#: (:class:`chronica.actors.mention.ActorMention`'s ``via``)
CONTEXT_VIA = "context"


def guessed_from_context(mention) -> bool:  # noqa: ANN001 - an ActorMention
    """A sector noun ("official", "government", "forces", "refugees") the actors stage gave the
    country of the one state its sentence names: in an article the paragraph around it says whose
    it is; in a question of one sentence that state is another participant or a place ("which
    NATO [official] visited Reykjavík": not Iceland's; "the Taliban [government]": not
    Pakistan's; "a foreign [head of state] travelled to Port-au-Prince": not Haiti's). The
    question names no one by it (a noun with its own country, "Iraqi troops", "the president of
    Uganda", stays: ``via`` "agent" or "demonym")."""
    return getattr(mention, "kind", None) == "agent" and getattr(mention, "via", None) == CONTEXT_VIA


def asked_phrase(doc: Doc) -> range:
    """The tokens of the noun phrase a question opens with after "which"/"what" ("which [Dominican
    president] signed", "which [Security Council member] voted"): the words up to and with the
    first that modifies nothing after it (the noun asked for); an empty range when the question
    opens otherwise ("what year": the noun alone; "who", "when": none). Read by position, not by
    the parse, which often hangs the question word elsewhere."""
    words = [t for t in doc if not t.is_space]
    if len(words) > 1 and words[0].pos_ == "ADP":
        words = words[1:]  # "In which year ..."
    if len(words) < 2 or words[0].lower_ not in WH_DETERMINERS:
        return range(0)
    start = words[0].i + 1
    for t in doc[start:]:
        if t.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT") or (t.pos_ == "PUNCT" and t.text != "-"):
            return range(0)
        if t.pos_ == "NOUN" and not (t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i):
            return range(start, t.i + 1)
    return range(0)


def undergoes(wh: Token) -> bool:
    """The question word (or the noun asked for) is the one the question's act is done to: the
    passive subject ("who was [killed]", "which commander was [killed]"), or the noun a "who was"
    asks about that a passive participle modifies ("who was the pilot [killed] in the collision")."""
    if wh.dep_ == "nsubjpass":
        return True
    if wh.dep_ == "attr" and wh.head.lemma_ == "be":
        nouns = [c for c in wh.head.children if c.dep_ in ("attr", "nsubj") and c.i != wh.i and c.pos_ == "NOUN"]
        return any(c.dep_ == "acl" and c.tag_ == "VBN" for n in nouns for c in n.children)
    return False


def describes_the_asked(span) -> bool:  # noqa: ANN001 - a spaCy Span
    """The name ``span`` lies in the phrase the question word determines (:func:`asked_phrase`):
    "which [Dominican] president signed ...", "which [Security Council] member voted ...", "which
    [Afghan] ruler agreed ...": it tells what the answer is, it is no other participant a
    sentence must name beside it (the sentence names the answer: "President X signed", not the
    state)."""
    phrase = asked_phrase(span.doc)
    return bool(phrase) and span.start in phrase and span.end - 1 in phrase


#: question words that determine a noun ("which president", "what body")
WH_DETERMINERS = frozenset({"which", "what"})


#: a number that names a document with the word before it ("Resolution 1907", "Law 169-14",
#: "Article 10", "ruling TC 168-13"): digits, maybe joined by a hyphen, slash or point
DOCUMENT_NUMBER = re.compile(r"[ \u00a0]+(\d+(?:[-/.]\d+)*)\b")


def numbered_name(doc: Doc, start: int, end: int) -> str | None:
    """The name at ``doc.text[start:end]`` with the number right after it, case folded, when a
    number follows it ("Resolution 1907", "Law 169-14", "TC 168-13"): the name of a numbered
    document, which takes no part in an event; a sentence about it writes it so (the words
    and the number). None when no number follows, or the time stage reads the number as a time
    ("Moscow 1991")."""
    match = DOCUMENT_NUMBER.match(doc.text, end)
    if match is None or any(t.start < match.end(1) and match.start(1) < t.end for t in doc._.timexes or []):
        return None
    return f"{doc.text[start:end]} {match.group(1)}".casefold()


#: one question at a time through the shared pipeline (its components keep per-call state); the
#: answering after the parse runs in parallel
PIPELINE_LOCK = threading.Lock()


def _annotate(text: str) -> Doc:
    """``text`` through the build's pipeline. When it names a time, Chronica's stages run a second
    time with that time as the reference date, so that names resolve as of the time asked about
    ("Russia" in 1960: the USSR); the statistical components (tagger, parser, entities), which do
    not read the reference date, run once and their Doc is copied for the second pass."""
    with PIPELINE_LOCK:
        return _annotate_locked(text)


def _annotate_locked(text: str) -> Doc:
    nlp = load_pipeline(STAGES)
    split = next((i for i, (name, _) in enumerate(nlp.pipeline) if name in STAGES), len(nlp.pipeline))
    parsed = prepare(nlp, text, None)
    for _, component in nlp.pipeline[:split]:
        parsed = component(parsed)
    _deal_lemmas(parsed)
    doc = _stages(nlp, parsed.copy(), split)
    first = _time_span(doc)
    if first is None:
        return doc
    again = parsed.copy()
    if Doc.has_extension("dct"):
        again._.dct = first[0][0].isoformat()
    return _stages(nlp, again, split)


def _deal_lemmas(doc: Doc) -> None:
    """The lemma of a deal's name in the plural: the lemmatizer leaves a proper noun as written,
    so "the Kestrel [Accords]", "the Alder Bay [Agreements]" keep their plural, which no deal noun of
    the events stage's lexicon (:data:`~chronica.events._lexicon.DEAL_NOUNS`) matches, and the
    name is taken for a party and "signed" for no act; their singular is the lemma ("Accord"),
    as the singular name ("the Kestrel Accord") has it."""
    for token in doc:
        low = token.lower_
        if token.pos_ == "PROPN" and low.endswith("s") and low[:-1] in DEAL_NOUNS \
                and token.lemma_.lower() not in DEAL_NOUNS:
            token.lemma_ = token.text[:-1]


def _stages(nlp, doc: Doc, split: int) -> Doc:  # nlp: a spaCy Language
    for _, component in nlp.pipeline[split:]:
        doc = component(doc)
    return doc


_IRREGULAR: dict[str, tuple[str, ...]] | None = None
#: stored sentences parsed for reading, by text (the oldest forgotten first): a sentence that
#: answers one question is often read for the next
PARSES_KEPT = 2048
_PARSED: dict[str, Doc] = {}


def irregular_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas the pipeline's lemmatizer gives an irregular form ("sank": "sink"), from its
    exception tables; () for a regular word."""
    global _IRREGULAR
    if _IRREGULAR is None:
        table = load_pipeline(STAGES).get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        out: dict[str, tuple[str, ...]] = {}
        for forms in table.values():
            for form, lemmas in forms.items():
                out[form] = tuple(dict.fromkeys(out.get(form, ()) + tuple(lemmas)))
        _IRREGULAR = out
    return _IRREGULAR.get(word.lower(), ())


def parse_plain(texts: list[str]) -> list[Doc]:
    """``texts`` through the pipeline's statistical components only (tokens, tags, parse,
    entities): what reading a stored sentence again needs."""
    with PIPELINE_LOCK:
        todo = [t for t in dict.fromkeys(texts) if t not in _PARSED]
        if todo:
            nlp = load_pipeline(STAGES)
            split = next((i for i, (name, _) in enumerate(nlp.pipeline) if name in STAGES), len(nlp.pipeline))
            docs = [prepare(nlp, text, None) for text in todo]
            for _, component in nlp.pipeline[:split]:  # in batches: one matrix product for all
                docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
            for text, doc in zip(todo, docs):
                if len(_PARSED) >= PARSES_KEPT:
                    _PARSED.pop(next(iter(_PARSED)))
                _PARSED[text] = doc
        return [_PARSED[t] for t in texts]


#: the forms of "do" that carry a question's tense before its subject ("When [did] flights resume?")
DO_FORMS = frozenset({"did", "does", "do"})


def do_support(doc: Doc) -> int | None:
    """The index of the "did" of a question whose parse took it for its main verb: the root is a
    form of "do" with no auxiliary of its own ("What did Sudan [do]" has one: "do" is its act),
    standing first or right after the question word's phrase ("When [did] flights between
    Ethiopia and Eritrea resume?", "What device [did] the patrol vessels use", "[Did] the land
    border reopen"), with at least two words after it: the question's act is then another word,
    which the parser hung under "did" as a noun or a clause (:func:`parse` reads the question
    again without it). None when the parse has the question's verb as its root."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lower_ not in DO_FORMS or root.lemma_.lower() != "do" \
            or any(c.dep_ == "aux" for c in root.children):
        return None
    before = [t for t in doc[:root.i] if not t.is_punct]
    if before:  # the question word's phrase: "When", "On what date", "Which Rwandan ambassador"
        words = before[1:] if before[0].pos_ == "ADP" and len(before) > 1 else before
        if words[0].lower_ not in WH_WORDS or any(
                t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") for t in words[1:]):
            return None
    after = [t for t in doc[root.i + 1:] if not t.is_punct]
    if len(after) < 2 or after[0].pos_ == "PRON" and after[0].dep_ in ("dobj", "attr"):
        return None  # "Who did it?": "did" is the act
    return root.i


def _without_do(doc: Doc, at: int) -> str:
    """The text of ``doc`` without its token ``at`` ("When flights resume?"; a question that
    opened with it opens with the next word in capitals)."""
    token = doc[at]
    rest = doc.text[token.idx + len(token.text):].lstrip()
    head = doc.text[:token.idx]
    if not head.strip():
        return rest[:1].upper() + rest[1:]
    return head + rest


def _span_of(doc: Doc, text: str):  # noqa: ANN202 - a spaCy Span or None
    """The span of the first whole-word occurrence of ``text`` in ``doc``, else None."""
    at = doc.text.find(text) if text else -1
    while at >= 0:
        span = doc.char_span(at, at + len(text), alignment_mode="expand")
        if span is not None and span.start_char == at:
            return span
        at = doc.text.find(text, at + 1)
    return None


#: words that may stand inside a name between its capitalised words ("the Charter [of the] Kessa
#: Coast", "the Law [and] Order Council", "Varno[–]Lirak")
NAME_JOINERS = frozenset({"DET", "CCONJ"})
NAME_PUNCT = frozenset({"-", "–", "—", "‐", "/"})


def _written_name(doc: Doc, words: list[Token]) -> str | None:
    """A name as the question writes it, from its first capitalised word to its last ("Charter
    of the Kessa Coast", not "Charter Kessa Coast"; "Trans-Varno Highway", not "Trans - Varno
    Highway"), when every word between is one of the name (another capitalised word, one an
    actor already names) or joins it (:data:`NAME_JOINERS`, "of", a hyphen or a slash); None
    when the name is one word, or when a word between joins no name ("the Prize [with] Bishop
    Roe" is two names)."""
    if len(words) < 2:
        return None
    span = doc[words[0].i:words[-1].i + 1]
    for t in span:
        if t.pos_ == "PROPN" or t.pos_ in NAME_JOINERS or t.text in NAME_PUNCT or (
                t.pos_ == "ADP" and t.lower_ == "of"):
            continue
        return None
    return span.text


def parse(text: str) -> Question:
    """Parse a question or a claim (see the module docstring for the steps)."""
    doc = _annotate(text.strip())
    kind = _kind(doc)
    at = do_support(doc) if kind != "check" else None
    if at is not None:  # the parser took the tense's "did" for the act: the question is read
        # without it, where the act is the root ("flights between Ethiopia and Eritrea resume")
        plain = _annotate(_without_do(doc, at))
        root = next((t for t in plain if t.dep_ == "ROOT"), None)
        if root is not None and root.lemma_.lower() != "do" and root.pos_ in ("VERB", "NOUN", "ADJ") \
                and root.tag_ != "NNS":
            doc = plain  # (not when the new root is a plural noun, the subject's: "[flights]
            # between Kenya and Somalia resume": an act is told in the singular, "crash", "resume")
    # 1.
    question = Question(text=text.strip(), kind=kind, doc=doc)
    # 2.
    mentions = list(doc._.actors or [])
    # a name inside a longer mention describes it ("the [Soviet] premier"): the longer one stays
    mentions = [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
                                               and (o.end - o.start) > (m.end - m.start) for o in mentions)]
    seen: set[tuple] = set()
    named: list[tuple[int, int] | None] = []  # where each actor is named, for step 3
    event_nouns = {tok.i for tok, _, _ in _triggers(doc) if tok.pos_ in ("NOUN", "PROPN")}
    venues = {tok.i for tok, _, form in _triggers(doc) if form and venue_act(load_ontology(), form)}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        role = _role(span.root) if span is not None else None
        key = (m.actor_id or m.text.casefold(), role)
        if key in seen or m.text.lower() in WH_WORDS or (
                not m.resolved and m.kind not in ("person", "organisation")):
            continue
        if guessed_from_context(m):
            continue  # "which NATO [official] visited Reykjavík": no one the question names
        if span is not None and describes_the_asked(span):
            continue  # "which [Dominican] president signed": the one asked for, described
        numbered = None if m.resolved else numbered_name(doc, m.start, m.end)
        if numbered is not None:
            question.places.append(numbered)  # "[Resolution] 1907": a document, no party
            continue
        if span is not None and _times_another(span.root):
            continue  # "before [the Cenepa War]" dates the event; it takes no part in it
        if span is not None and _describes_a_thing(span.root, event_nouns):
            continue  # "the first shots of [the Eritrean armed struggle]": a thing's description
        if span is not None and m.kind in PLACE_KINDS and _names_event(span.root, event_nouns):
            question.places.append(m.text.casefold())  # "the [Algiers] agreement": where, not who
            continue
        if span is not None and (_in_deal_name(span, m.kind) or _venue(span.root, m.kind, venues)):
            # "the Treaty of [Washington]", "signed in [Stockholm]": the build's own tests say
            # such a name is the deal's or where it was made, no party to it
            question.places.append(m.text.casefold())
            continue
        if span is not None and _is_event_name(m.resolved, m.kind, span.root, event_nouns):
            question.places.append(m.text.casefold())  # "the [Cenepa War]": the event, no party
            continue
        seen.add(key)
        question.actors.append(_actor(m.actor_id if m.resolved else None, m.name or m.text,
                                      m.text, role, m.kind))
        named.append((m.start, m.end))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    covered |= {i for t in doc._.timexes or [] for i in range(t.start, t.end)}
    for token in doc:  # a proper noun the entity recogniser missed ("Eden resigned")
        if token.pos_ == "PROPN" and token.idx not in covered and _role(token) is not None \
                and token.dep_ != "compound" and not _times_another(token):
            words = [t for t in token.subtree if t.pos_ == "PROPN" and t.idx not in covered]
            text = _written_name(doc, words) or " ".join(t.text for t in words) or token.text
            if _is_event_name(False, None, token, event_nouns):
                question.places.append(text.casefold())  # "the Mogadishu [Agreement]"
                continue
            if _in_deal_title(token) or describes_the_asked(doc[token.i:token.i + 1]):
                continue  # "the [Declaration] of [Principles]": a deal's name, no party to it
            numbered = numbered_name(doc, token.idx, token.idx + len(token.text))
            if numbered is not None:
                question.places.append(numbered)  # "[Law] 169-14": a document, no party
                continue
            person = "person" if all(t.ent_type_ == "PERSON" for t in words or [token]) else None
            question.actors.append(_actor(None, text, text, _role(token), person))
            named.append((token.idx, token.idx + len(token.text)))
    # 3.
    triggers = _triggers(doc)
    # an event that only dates the one asked about is none of it ("who was made president
    # [after the coup]")
    timing = [x for x in triggers if _times_another(x[0])]
    triggers = [x for x in triggers if not _times_another(x[0])]
    # "when did [the war] end": the end of an event, not the event (whose date is its start)
    ending = _ended(doc)
    if ending is not None:
        timing += [x for x in triggers if x[0].i in {t.i for t in ending[1]}]
        triggers = [x for x in triggers if x[0].i not in {t.i for t in ending[1]}]
    if triggers:  # the main event: the trigger nearest the root; names inside another one
        # go with it as its context ("approve [the invasion of South Korea]")
        main = min(triggers, key=lambda x: (_depth(x[0]), x[0].pos_ != "VERB"))[0]
        other = _asks_another_act(doc, main, {tok.i for tok, _, _ in triggers}, kind)
        if other is not None:  # "did [the war] change the border": an act the chronicle does
            # not code; the war is its context, the sentences are read at "change"
            timing += triggers
            triggers = []
            question.main = other.i
    if triggers:
        main_types = {t for tok, t, _ in triggers if tok.i == main.i}
        # a trigger of the main type under it is the same event ("sign [a treaty] with Egypt"),
        # and so is one on the main type's side of the quads ("agree [the accord between Iran
        # and Iraq]", "agree [a truce between …]"; not "approve [the invasion of South Korea]")
        sides = {_side(t) for t in main_types} - {None}
        inner = {tok.i for tok, t, _ in triggers if tok.i != main.i and t not in main_types
                 and _side(t) not in sides}
        kept = []
        for a, m in zip(question.actors, named):
            span = doc.char_span(m[0], m[1], alignment_mode="expand") if m else None
            if span is None or _governor(span.root, inner | {main.i}) in (None, main.i):
                kept.append(a)
        question.actors = kept
        question.types = list(dict.fromkeys(t for tok, t, _ in triggers if tok.i == main.i))
        question.forms = [f for f in dict.fromkeys(f for tok, _, f in triggers if tok.i == main.i) if f]
        question.context_types = list(dict.fromkeys(t for tok, t, _ in triggers if tok.i not in (main.i,)))
        question.main = main.i
    question.context_types = list(dict.fromkeys(question.context_types + [t for _, t, _ in timing]))
    if ending is not None and question.main is None:
        question.main = ending[0].i  # read at "end"
    question.events = [e for e in doc._.events or []]
    question.claims = list(getattr(doc._, "claims", None) or []) if Doc.has_extension("claims") else []
    typed = [e for e in question.events if not catch_all(e.type)]
    if typed:  # a claim the events stage reads: its participants are the actors
        question.actors = list({(p.actor_id or p.text.casefold(), p.role): _actor(
            p.actor_id, p.name or p.text, p.text, p.role if p.role in (SOURCE, TARGET) else None,
            getattr(p, "kind", None))
            for e in typed for p in e.participants if (p.text or "").casefold() not in question.places}.values())
    # the stage's typed events, then the triggers', then a happening of no type (by its form)
    question.types = list(dict.fromkeys([e.type for e in typed] + question.types
                                        + [e.type for e in question.events]))
    question.forms = list(dict.fromkeys([e.form for e in question.events if getattr(e, "form", None)]
                                        + question.forms))
    for start, end in [(m.start, m.end) for m in mentions] + [n for n in named if n]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            question.spans.append((span.start, span.end))
    for t in doc._.timexes or []:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            question.time_tokens.append((span.start, span.end))
    # the one the doer acts for has no role of the act ("signed for Ecuador": Ecuador's signatory
    # is the doer; the events stage reads the object of "for" as the act's target)
    for n, a in enumerate(question.actors):
        span = _span_of(doc, a.text)
        if span is not None and acted_for(span.root):
            question.actors[n] = replace(a, role=None, acted_for=True)
    # 4.
    spans = _time_span(doc, _thing_dates(doc, question))
    if spans:
        question.span = spans[0]
        question.time_text = spans[1]
    if question.kind == "who":  # the role no named actor fills, else the question word's
        roles = {a.role for a in question.actors}
        wh = next((t for t in doc if t.lower_ in WH_WORDS), None)
        phrase = asked_phrase(doc)
        if phrase:  # "which [Dominican president] signed": the noun asked for holds the role
            wh = doc[phrase[-1]]
        if wh is not None and undergoes(wh):  # "who was [assassinated] in Amman": the one it
            # was done to, whatever role the events stage gave a named place or thing
            question.answer_role = TARGET
        elif SOURCE in roles:
            question.answer_role = TARGET
        elif TARGET in roles:
            question.answer_role = SOURCE
        elif wh is not None and wh.dep_ in SUBJECT_DEPS:
            question.answer_role = SOURCE
        elif wh is not None and wh.dep_ in OBJECT_DEPS:
            question.answer_role = TARGET
    return question
