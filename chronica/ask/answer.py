"""Answers from the chronicle: questions (when / who / what / did) and claim checks.

Public API: :class:`Asker` (``ask(text)``, ``check(text)``), :class:`Answer`,
:class:`Citation`, :class:`Side`, :data:`NOT_FOUND`, :data:`VERDICTS`.

Every answer cites the sentences it rests on. The chronicle is asked first — its merged events
and the disagreements among their sources — and search second: when no event fits, the sentences
that state the question are read (:mod:`chronica.ask.reading`); a what-question none of them
answers is answered by the sentences search finds that state all it names (the passage is the
answer: "what did Resolution 4417 do"; a how-many question whose sources write different counts
of the thing it counts is disputed); otherwise the answer is "not in the sources" and the closest
sentences search finds are shown apart, as reading, never as an answer (no answer beats a wrong
one). Where sources disagree the answer says so and gives each side with its sentences.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from chronica.ask import parts
from chronica.ask.question import (GENERIC_FORMS, TIME_CONNECTIVES, Question, QuestionActor, catch_all, parse,
                                   parse_plain)
from chronica.ask.reading import CANDIDATES as READ_CANDIDATES
from chronica.ask.reading import (
    LIGHT_VERBS,
    asked_subject_names,
    asked_verb,
    NAMED,
    PRONOUN,
    REFUSAL,
    denied_in,
    describe,
    describing_only,
    refusing_types,
    Reader,
    act_family,
    Reading,
    _of_acted_for,
    _of_family,
    _distance,
    _predicate,
    act_code,
    _writes_date,
    act_codes,
    asks_any_act,
    content_words,
    names_and_times,
    choose_date,
    fold,
    may_hold,
    opposite_acts,
    other_step,
    question_root,
    related,
    same_act_phrases,
    strict_first,
    tells_opposite,
    unresolved_names,
    word_at,
)
from chronica.chronicle import Chronicle, ChronicleEvent, dates
from chronica.chronicle.claim_conflicts import SAME_THING, clash
from chronica.chronicle.claim_conflicts import ClaimContext
from chronica.chronicle.embeddings import Embedder, default_embedder
from chronica.chronicle.merge import JOINT, SYMMETRIC_TYPES
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import different_designations, different_occasions
from chronica.events.model import NEGATED, OTHER, PLANNED, POSSIBLE, REFUSED, SOURCE, TARGET, EventMention
from chronica.search import SearchHit, SentenceIndex, StoredFirst
from chronica.store import search as store_search

NOT_FOUND = "not in the sources"
#: verdicts: of questions (answered, disputed, not found), of claim checks (the four of the issue)
VERDICTS = ("answered", "disputed", "not found", "supported", "contradicted")
#: modalities that deny an event happened, and those that do not say it did
DENIED = frozenset({NEGATED, REFUSED})
#: the type of a refused act (``chronica.events.extract._stance``: "did not recognise", "never ratified")
REFUSAL_TYPE = "REJECT"
UNREAL = frozenset({PLANNED, POSSIBLE})
#: how many related sentences search adds under an answer, and how many events a what-answer lists
RELATED = 3
#: claim kinds that state a figure (how many, how long): only the claims layer can check them
FIGURE_KINDS = frozenset({"count", "duration"})
#: a mention dated by its own sentence (not by the narrative or the document's date): only such a
#: date can contradict a claimed one ("Eden resigned within weeks" is dated by the narrative)
STATED = "sentence"
MAX_LISTED = 12
#: how many of the sentences search ranks first for a did-question are read for a denial of its
#: act by its doer (:meth:`Asker._denied_act`)
DENIAL_CANDIDATES = READ_CANDIDATES
#: who: how many of the sentences search finds for the question are read for other sources'
#: doers of the answered act (:meth:`Asker._who_dissent`): wider than the answer's reading, as
#: the sources that tell it otherwise may word it further from the question
DISSENT_CANDIDATES = 40
#: how many sentences answer a what-question at no time (:meth:`Asker._read_acts`)
ACTS_LISTED = 2
#: how much text before an event's sentence may name what the sentence calls "the attack" (on the
#: dev subjects the antecedent is within the two sentences before: under 250 characters)
CONTEXT_BEFORE = 250


@dataclass
class Citation:
    document: int
    title: str | None
    sentence: str
    start: int
    end: int
    date: str | None = None  # the date the sentence gives the event

    @property
    def key(self) -> tuple:
        return (self.document, self.start, self.end)


@dataclass
class Side:
    """One side of a disputed answer: a value and the sentences stating it."""

    label: str
    citations: list[Citation]


@dataclass
class Answer:
    question: Question
    verdict: str  # one of VERDICTS
    text: str
    citations: list[Citation] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)  # disputed answers and claim checks: for/against
    event_ids: list[str] = field(default_factory=list)
    related: list[SearchHit] = field(default_factory=list)  # search's closest, not an answer
    values: list[str] = field(default_factory=list)  # when: the TIMEX3 values given, first first


def _cite(m: EventMention, titles: dict[int, str | None]) -> Citation:
    return Citation(m.document_id, titles.get(m.document_id), m.sentence, m.sentence_start,
                    m.sentence_end, m.date)


def _unique(citations: list[Citation]) -> list[Citation]:
    return list({c.key: c for c in citations}.values())


def _fills(p, actor: QuestionActor, exact: bool = False) -> bool:  # noqa: ANN001 - Participant
    """Whether the participant ``p`` is ``actor``: by its id or the state it belongs to, or
    with ``exact`` by the actor's own id alone."""
    if actor.actor_id:
        return p.actor_id == actor.actor_id if exact else bool(actor.ids & {p.actor_id, p.state})
    text = fold(actor.text)
    names = (fold(p.text or ""), fold(p.name or ""))
    # a surname alone names the person the sources name in full ("Eden": "Anthony Eden"), as
    # the actors stage resolves a surname inside one document; and the other way round, a
    # person the question names in full is the one a sentence calls by the surname ("when was
    # Anton Velmar killed": "[Velmar] was shot dead", named in full earlier in its source)
    return text in names or (p.kind == "person" and any(n.endswith(" " + text) for n in names)) or (
        actor.person and " " in text and text.rsplit(" ", 1)[1] in names)


def _same_parties(m: EventMention, actors: list[QuestionActor]) -> bool:
    """The event mention ``m`` is between the question's ``actors``: each of them the knowledge
    base knows, but a seat of government (where it happened: "attacked in [the capital]"), is one
    of its participants (some one of them when all are seats), and
    when the question gives them two roles (one doer, one done to) none of them stands in the
    other's role in an act whose type is not symmetric ("the assembly of [B] declared war on
    [A]" is no sentence of "[A] invaded [B]"). A
    question's coordinated subject ("when did X and Y sign") gives both the doer's role: then
    the roles are not weighed."""
    known = [a for a in actors if a.actor_id]  # a name the knowledge base does not know is no party
    if not all(any(_fills(p, a) for p in m.participants) for a in known if a.kind != "government_seat"):
        return False
    if known and not any(_fills(p, a) for p in m.participants for a in known):
        return False
    roles = {a.role for a in actors if a.role}
    if roles == {SOURCE, TARGET} and m.type not in SYMMETRIC_TYPES and JOINT not in m.checks:
        for p in m.participants:
            for a in actors:
                if a.role and _fills(p, a) and p.role in (SOURCE, TARGET) and p.role != a.role:
                    return False
    return True


def _actors_fit(participants, actors: list[QuestionActor], event_type: str, joint: bool = False) -> bool:  # noqa: ANN001
    """Every named actor takes part, in its role unless the type is symmetric, the act a joint one
    whose roles follow the order its parties are written in (``joint``: ``_targets.joint_recipient``)
    or the parse gave no role."""
    for actor in actors:
        if actor.actor_id is None and actor.role and not any(p.role == actor.role for p in participants):
            continue  # an unknown name ("the Suez Canal") counts only where the sentence has one too
        roles = {SOURCE, TARGET, OTHER}
        if actor.role and event_type not in SYMMETRIC_TYPES and not joint:
            roles = {actor.role, OTHER}
        if not any(_fills(p, actor) and p.role in roles for p in participants):
            return False
    return True


class Asker:
    """Answers questions and checks claims against one chronicle (and its store's search)."""

    def __init__(self, chronicle: Chronicle, index: SentenceIndex | None = None,
                 claims: list[SentenceClaim] | None = None, embedder: Embedder | None = None,
                 reader: Reader | None = None) -> None:
        self.chronicle = chronicle
        self.index = index
        self.reader = reader  # answers read from the sentences when no event fits
        self.claims = list(claims or [])  # the store's sentence claims (chronica.claims)
        self._embedder = embedder
        self._context: ClaimContext | None = None  # the stored claims' links and vectors, made once
        self._context_lock = threading.Lock()
        self._index: tuple[dict[str, set[int]], dict[str, set[int]]] | None = None  # _event_index
        self.titles = {d.id: d.label for d in chronicle.documents}
        self._texts: dict[int, str] = {}  # document texts read for :meth:`_context_of`
        self._disputes = {}
        #: the disagreements one of whose sides a sentence states, by the sentence's key (a
        #: disagreement of the claims layer has no event: its sides are sentences)
        self._disputed_at: dict[tuple, list] = {}
        self._last_persons: dict[str, bool] = {}  # who: the names the last reading of sentences took as persons
        for d in chronicle.disagreements:
            for event_id in d.event_ids:
                self._disputes.setdefault(event_id, []).append(d)
            for c in d.claims:
                for m in c.mentions:
                    key = (m.document_id, m.sentence_start, m.sentence_end)
                    if d not in self._disputed_at.get(key, []):
                        self._disputed_at.setdefault(key, []).append(d)

    # -- finding the events a question is about ---------------------------------------------
    def events_for(self, q: Question, *, use_time: bool = True, named: bool = True) -> list[ChronicleEvent]:
        """The chronicle's events of the question's type between its actors (one sentence must
        name them all) at its time; of those, the ones stated in the question's own form ("invade"
        rather than any assault) when there are any."""
        out = []
        # a question whose only names are none the actors stage kept ("who assassinated
        # [Gamsakhurdia]"): an event's sentence must name them (with actors, their sentences
        # may say "the attack" for what the question names)
        loose = unresolved_names(q) if not q.actors else []
        if named:  # an actor the knowledge base does not know is known by its name (a person by
            # its last word: "Eden"; "the Cenepa War" not by "war")
            loose += [(a.text.split()[-1] if a.person else a.text).casefold()
                      for a in q.actors if a.actor_id is None and a.text.split()]
        loose += q.places  # "the Algiers agreement": a sentence about it says where
        # the tests cheapest first (each only drops events: the order does not change which stay);
        # the names in the text around a sentence last, the texts read for them only then
        for e in self._candidates(q):
            if q.types and e.type not in q.types and not any(m.type in q.types for m in e.mentions):
                continue  # of the asked type, or one of its sentences says it is
            if not any(_actors_fit(m.participants, q.actors, m.type, JOINT in m.checks) for m in e.mentions):
                continue  # one sentence must name them all, not the merge of several
            if use_time and q.span is not None and not dates.overlaps(
                    dates.interval(e.date, e.date_end, e.earliest, e.latest), q.span):
                continue
            if loose and not any(all(word_at(fold(self._context_of(m)), fold(n)) >= 0 for n in loose)
                                 for m in e.mentions):
                continue  # "who assassinated [Gamsakhurdia]": a sentence that names him
            out.append(e)
        code = act_code(q.doc[q.main].lemma_, q.forms) if q.doc is not None and q.main is not None else None
        if code is not None:  # an act the ontology codes apart from its form ("mediate": not any
            # meeting of the parties): a sentence must state that act
            out = [e for e in out if any(m.cameo == code for m in e.mentions)]
        own = _predicate(q.doc, q.main) if q.doc is not None else None
        if own is not None and own.is_alpha and opposite_acts(own.lemma_):
            # "when did the borders reopen": not an event told only by their closing
            out = [e for e in out if not all(tells_opposite(own.lemma_, m.trigger.split()) for m in e.mentions)]
        if own is not None and own.is_alpha:
            # "when was the accord ratified": not an event told only by its signing, nor "when
            # was it signed" one told only by its ratification (steps of one coded act: :func:`other_step`)
            out = [e for e in out if not all(other_step(own.lemma_, _WORD.findall(m.trigger or "")) for m in e.mentions)]
        out = self._same_parts(out, q)
        same_form = [e for e in out if q.forms and any(getattr(m, "form", None) in q.forms for m in e.mentions)]
        if q.types and all(catch_all(t) for t in q.types):
            return _same_word(same_form, q)  # a happening of no type is known by its form alone
        return _same_word(same_form if q.forms else out, q)

    def _same_parts(self, events: list[ChronicleEvent], q: Question) -> list[ChronicleEvent]:
        """Of ``events``, those one of whose sentences gives no other figure of a unit the
        question gives ("200 nautical miles" is not "12 nautical miles"), and of those the ones
        whose sentences name most of the thing the question's act is done to ("signed [a peace
        agreement]", not "signed a ceasefire") when some do (:mod:`chronica.ask.parts`)."""
        if q.doc is None or not events:
            return events
        skip = names_and_times(q)
        asked = parts.figures(q.doc, {i for s in q.time_tokens for i in range(s[0], s[1])})
        if asked:
            sentences = list(dict.fromkeys(m.sentence for e in events for m in e.mentions))
            parsed = dict(zip(sentences, parse_plain(sentences)))
            events = [e for e in events if any(not parts.figures_clash(asked, parts.figures(parsed[m.sentence]))
                                               for m in e.mentions)]
        thing = parts.object_words(q.doc[q.main] if q.main is not None else None, skip)
        if not thing or len(events) < 2:
            return events
        scores = [max(parts.object_score(thing, [w.lower() for w in _WORD.findall(m.sentence)], related)
                      for m in e.mentions) for e in events]
        best = max(scores)
        return [e for e, s in zip(events, scores) if s == best] if best else events

    def _context_of(self, m: EventMention) -> str:
        """The sentence of ``m`` with the text just before it (where "the attack" it says was
        named), case folded."""
        text = self._texts.get(m.document_id)
        if text is None and self.index is not None:
            text = self._store().document_texts([m.document_id]).get(m.document_id, "")
            with self._context_lock:
                self._texts[m.document_id] = text
        start = max(0, m.sentence_start - CONTEXT_BEFORE)
        return (text[start:m.sentence_end] if text else m.sentence).casefold()

    def _candidates(self, q: Question) -> list[ChronicleEvent]:
        """The events :meth:`events_for` needs to look at, in chronicle order: those of the
        question's types in which some sentence names each actor the question resolved (by its id
        or the state it stands for) — every event the checks can keep, found through an index
        instead of a scan of the chronicle (on a 27,000-event chronicle the scan was most of an
        answer's time). Actors known only by their words are left to the checks."""
        by_type, by_actor = self._event_index()
        rows: set[int] | None = None
        if q.types:
            rows = set().union(*(by_type.get(t, ()) for t in q.types))
        for actor in q.actors:
            if actor.actor_id:
                named = set().union(*(by_actor.get(i, ()) for i in actor.ids))
                rows = named if rows is None else rows & named
        if rows is None:
            return self.chronicle.events
        return [self.chronicle.events[i] for i in sorted(rows)]

    def _event_index(self) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        """(event type -> positions of its events, actor or state id -> positions of the events
        one of whose sentences names it), built at the first question."""
        with self._context_lock:
            if self._index is None:
                by_type: dict[str, set[int]] = {}
                by_actor: dict[str, set[int]] = {}
                for i, e in enumerate(self.chronicle.events):
                    by_type.setdefault(e.type, set()).add(i)
                    for m in e.mentions:  # a merged event is of each type its sentences give
                        by_type.setdefault(m.type, set()).add(i)
                    for m in e.mentions:
                        for p in m.participants:
                            for key in (p.actor_id, p.state):
                                if key:
                                    by_actor.setdefault(key, set()).add(i)
                self._index = (by_type, by_actor)
            return self._index

    def _hits(self, q: Question, limit: int) -> list[SearchHit]:
        """The first ``limit`` sentences search finds for the question's text: searched once
        per question, for the most any use asks (the reader's candidates, the related sentences
        under a not-found answer), and cut for each (the first k of a search for more are the
        search for k: one ranking, cut)."""
        if self.index is None:
            return []
        most = max(RELATED, READ_CANDIDATES, limit)
        hits, searched = q.found.get(q.text, (None, 0))
        if hits is None or searched < most:
            hits = self.index.search(q.text, limit=most)
            q.found[q.text] = (hits, most)
        return hits[:limit]

    def _related(self, q: Question) -> list[SearchHit]:
        return self._hits(q, RELATED)

    def _not_found(self, q: Question, why: str = "") -> Answer:
        return Answer(q, "not found", NOT_FOUND + (f" ({why})" if why else ""), related=self._related(q))

    # -- questions ----------------------------------------------------------------------------
    def ask(self, text: str) -> Answer:
        """Answer a when / who / what / did question (a statement is checked as a claim)."""
        q = parse(text)
        if q.kind == "check":
            return self.check_parsed(q)
        # 0. a disagreement the build stored about who did the question's act: both sides
        if q.kind == "who":
            disputed = self._who_disputed(q)
            if disputed is not None:
                return disputed
        # 1. the chronicle's events
        if not q.types and q.kind != "what":
            answer = self._not_found(q, "no event the chronicle codes is named")
        elif not q.actors and q.kind != "who" and not q.span:
            answer = self._not_found(q, "no actor the chronicle knows is named")
        else:
            answer = ANSWERERS[q.kind](self, q)
            if not answer.citations and answer.verdict != "not found":  # every answer cites
                answer = self._not_found(q, "no sentence states it as a fact")
        # 2. the sentences that state it (did-questions read them in check_parsed)
        if answer.verdict == "not found" and q.kind in READERS:
            answer = READERS[q.kind](self, q) or answer
        if answer.verdict == "not found" and q.kind == "what":
            answer = self._read_passages(q) or answer  # the sentences that state all it names
        elif answer.verdict == "answered" and q.kind == "what" and q.span is not None:
            answer = self._with_read(q, answer)
        if answer.verdict == "answered" and q.kind == "what":
            # a how-many question the events answered: the sentences that state it may write
            # different figures of what it counts (:meth:`_figure_sides`)
            answer = self._figures_disputed(q) or answer
        if q.kind == "what" and answer.verdict != "disputed":
            # a figure the build found its sources write differently (a stored disagreement
            # of a figure) in the sentences that state the question
            answer = self._stored_figures(q, answer) or answer
        # 3. a disagreement the store found about what the answer's sentences state
        disputed = self._attach_dispute(q, answer)
        if disputed is None and q.kind == "who":
            # 4. other sources naming another person as the doer of the same act
            disputed = self._who_dissent(q, answer)
        if disputed is None and q.kind == "when":
            # 4. another source telling the same act in other words at another day
            disputed = self._paraphrase_dissent(q, answer)
        if disputed is None and q.kind == "when":
            # 5. another source's date claim of the same act done to the same thing
            disputed = self._claim_dissent(q, answer)
        if disputed is None and q.kind == "when":
            # 6. a date disagreement the build stored about the answer's sentences, worded
            # otherwise than the question
            disputed = self._attach_dispute(q, answer, worded=True)
        if disputed is None and q.kind == "did" and answer.verdict == "not found":
            # 7. a source that tells the asked doer did not do the asked act ("X never paid
            # it", "X refused to sign it") where the reader's stricter test found nothing
            answer = self._denied_act(q) or answer
        return disputed or answer

    def _claim_dissent(self, q: Question, answer: Answer) -> Answer | None:
        """A when-answer given to the day or the month as disputed by the stored date claims
        (:mod:`chronica.claims`) of other sources: a claim whose clause's predicate states the
        question's act (:func:`same_act_lemmas`: "landed" for "land", "normalised" for
        "normalise"), whose sentence names the thing the question's act is done to and each of
        its actors (their words, or the state's), whose date is written in it to the day or the
        month (:data:`PARAPHRASE_PRECISION_DAYS`), fits not the answer's and lies at most
        :data:`PARAPHRASE_DAYS` from it, and that tells no other member of a numbered series or
        another occasion than the answer's sentences (the chronicle's own tests for one
        happening dated twice: :func:`chronica.claims.rules.different_designations`,
        :func:`~chronica.claims.rules.different_occasions`); a source with such a claim whose
        date fits the answer's agrees. None when no such claim is found."""
        if answer.verdict != "answered" or not answer.values or q.doc is None or not self.claims:
            return None
        span = dates.value_interval(answer.values[0])
        if span is None or dates.span_days(span) > PARAPHRASE_PRECISION_DAYS:
            return None
        predicate = _predicate(q.doc, q.main)
        if predicate is None or not predicate.is_alpha or predicate.lemma_.lower() in LIGHT_VERBS:
            return None
        lemma = predicate.lemma_.lower()
        agree = [c for c in answer.citations if c.date is not None and dates.value_interval(c.date) is not None
                 and dates.overlaps(dates.value_interval(c.date), span)]
        if not agree:
            return None
        named = self._names_asked(q, predicate)
        if named is None:
            return None  # nothing the act is done to: too little to know the claim's act is the asked one
        # the other verbs the ontology codes the act with, done to the same class of thing
        # ("reached" an accord for "signed" it: :func:`chronica.ask.reading.same_act_phrases`)
        kin = {w for words, _ in same_act_phrases(predicate) for w in words}
        pairs = self.reader._pairs({c.document_id for c in self.claims}) if self.reader is not None else {}
        gap = lambda s: max(0, (s[0] - span[1]).days, (span[0] - s[1]).days)  # noqa: E731 - days between
        docs = {c.document for c in agree}
        other: dict[str, list[Citation]] = {}
        for c in self.claims:
            if c.kind != "date" or not c.stated or c.narrative or not c.predicate or not c.earliest or not c.latest:
                continue
            if not same_act_lemmas(lemma, c.predicate.lower()) and c.predicate.lower() not in kin:
                continue
            if not named(c.sentence, pairs.get(c.document_id, frozenset())):
                continue
            s = dates.interval(c.date, c.date_end, c.earliest, c.latest)
            if s is None or dates.span_days(s) > PARAPHRASE_PRECISION_DAYS:
                continue
            if dates.overlaps(s, span):
                docs.add(c.document_id)
                continue
            if gap(s) > PARAPHRASE_DAYS or any(different_designations(a.sentence, c.sentence)
                                               or different_occasions(a.sentence, c.sentence) for a in agree):
                continue
            other.setdefault(c.date or c.value, []).append(_claim_cite(c, self.titles))
        other = {v: [c for c in cs if c.document not in docs] for v, cs in other.items()}
        other = {v: _unique(cs) for v, cs in other.items() if cs}
        if not other:
            return None
        return _disputed(q, [(answer.values[0], _unique(agree))] + list(other.items()), answer.event_ids[:1])

    def _names_asked(self, q: Question, predicate) -> Callable[[str, frozenset[str]], bool] | None:  # noqa: ANN001
        """A test of whether a sentence names what the question's act is done to and who does
        it: the thing's words (:func:`chronica.ask.parts.object_words`: "its [judgment]"), the
        names no actor of the question stands for and its places, each of its actors (its words,
        its name, or the state's when the sentence's source is about it: ``pair``, the actor ids
        of the source's pair); None when the question names no thing, name or place (too little
        to know a sentence tells the asked act)."""
        times = {i for t in q.time_tokens for i in range(t[0], t[1])}
        thing = parts.object_words(predicate, times)
        words = [fold(n) for n in unresolved_names(q) + q.places]  # names no actor stands for
        if not thing and not words:
            return None
        actors = [a for a in q.actors if a.text]
        names = [[fold(a.text)] + ([fold(a.name)] if a.name else []) for a in actors]

        def test(sentence: str, pair: frozenset[str]) -> bool:
            told = fold(sentence)
            return not ((thing and parts.object_score(thing, [w.lower() for w in _WORD.findall(sentence)], related)
                         < len(thing)) or any(word_at(told, w) < 0 for w in words) or not all(
                any(word_at(told, n) >= 0 for n in ns) or (a.actor_id and a.ids & pair)
                for a, ns in zip(actors, names)))
        return test

    def _paraphrase_dissent(self, q: Question, answer: Answer) -> Answer | None:
        """A when-answer given to the day as disputed when another source tells the same act in
        other words at another date: a sentence near one of the answer's by its MiniLM vector
        either (a) is close (:data:`PARAPHRASE_COSINE`) and holds a word of the family of the
        question's predicate (:func:`may_hold`: "the truce was signed on 15 August 1949"
        against "signed at Zenda on 14 August 1949") whose date it writes
        (:func:`date_of_act`), or (b) is less close (:data:`NEIGHBOUR_COSINE`) but the build
        coded in it an event of the question's (or the answer's events') type between the
        question's parties (:func:`_same_parties`: "gunmen fired on the envoy's car on 3 May"
        against "tried to kill the envoy on 4 May") and it writes that one date only, or (c) is
        close enough (:data:`WORDED_COSINE`), names what the question's act is done to and who
        does it (:meth:`_names_asked`), tells no other member of a series or another occasion
        than the answer's sentences, in which the build coded no act of another type only
        ("seized the port" tells no leaving of it), and writes that one date only (test (c)
        also reads the sentences close to the question itself, which the answer's may not
        reach), or (d) is close (:data:`BOTH_COSINE`) both to one of the answer's sentences and
        to the question, names each of its actors (:func:`_names_actors`), the build coded in it
        no act of another type only, and it writes that
        one date only, to the day, and not at a word of the question's predicate's family that
        the date does not date ("made their debut on 12 May, days after the limit [came] into
        force"); the date is
        written to the day or the month (:data:`PARAPHRASE_PRECISION_DAYS`), fits not the
        answer's and lies at most :data:`PARAPHRASE_DAYS` from it; and its document has no close
        sentence (either test's cosine) writing a day that fits the answer's. The build keeps two
        such sentences apart when their words differ (two events, no date disagreement), and the
        reader does not read a sentence whose wording strays from the question's ("which began
        on March 23", "blew it up"); None when no such sentence is found."""
        if answer.verdict != "answered" or not answer.values or self.index is None or q.doc is None:
            return None
        span = dates.value_interval(answer.values[0])
        if span is None or dates.span_days(span) > DISSENT_PRECISION_DAYS:
            return None
        predicate = _predicate(q.doc, q.main)
        if predicate is None or not predicate.is_alpha:
            return None
        agree = [c for c in answer.citations if c.date is not None and dates.value_interval(c.date) is not None
                 and dates.overlaps(dates.value_interval(c.date), span)]
        if not agree:
            return None
        near = self.index.similar([c.sentence for c in agree[:PARAPHRASE_SEEDS]], PARAPHRASE_NEIGHBOURS,
                                  min(PARAPHRASE_COSINE, NEIGHBOUR_COSINE))
        # the sentences close to the question itself: read by test (c) only (below)
        asked = self.index.similar([q.text], PARAPHRASE_NEIGHBOURS, WORDED_COSINE)
        by_question = set(asked) - set(near)
        store = self._store()
        found = store_search.sentence_hits(store, list(near) + sorted(by_question))
        holds = {i for i, r in found.items() if i not in by_question and near[i] >= PARAPHRASE_COSINE
                 and may_hold(r.text, predicate.lemma_)}
        types = {t for t in q.types if not catch_all(t)} | {
            e.type for e in self.chronicle.events if e.id in set(answer.event_ids) and not catch_all(e.type)}
        coded = store_search.events_at(store, [(r.document_id, r.idx) for r in found.values()])
        # an answer read from the sentences has no event of its own: the types the build coded
        # in its cited sentences at a word of the question's predicate's family, between the
        # question's parties, are the act's type ("captured Goma": the type of "captured")
        cited = {(c.document, c.start) for c in agree}
        own = {m.type for r in found.values() if (r.document_id, r.start) in cited
               for m in coded.get((r.document_id, r.idx), []) if not catch_all(m.type)
               and may_hold(m.trigger or "", predicate.lemma_) and _same_parties(m, q.actors)} - types
        typed: set[int] = set()
        by_own: set[int] = set()  # found only by a type of the answer's own sentences: held to
        # the stricter test below (one time, dating no other happening)
        if types or own:
            typed = {i for i, r in found.items() if i not in by_question and any(
                m.type in types | own and _same_parties(m, q.actors) for m in coded.get((r.document_id, r.idx), []))}
            by_own = {i for i in typed if not any(
                m.type in types and _same_parties(m, q.actors) for m in coded.get((found[i].document_id, found[i].idx), []))}
        # (c) a close sentence in other words that names what the act is done to and who does it
        # (:meth:`_names_asked`): "the troops rode into the town" for "entered the town"; held to
        # the stricter test below (one time, dating no other happening)
        named = self._names_asked(q, predicate)
        pairs = self.reader._pairs({r.document_id for r in found.values()}) if self.reader is not None else {}
        other_act = lambda r: any(  # noqa: E731 - the build coded in it another act only
            not catch_all(m.type) for m in coded.get((r.document_id, r.idx), [])) and not any(
            m.type in types | own for m in coded.get((r.document_id, r.idx), []))
        worded = {i for i, r in found.items() if i not in typed and named is not None
                  and max(near.get(i, 0.0), asked.get(i, 0.0)) >= WORDED_COSINE and not other_act(r)
                  and named(r.text, pairs.get(r.document_id, frozenset()))}
        # (d) a sentence close both to the answer's sentences and to the question itself, in
        # which the build coded no other act only: the same happening told in other words
        # ("took the oath" for "was sworn in"); held to the stricter test below
        # and names each of the question's actors ("Villa Rica" is not "Villa Seca")
        both = {i for i, r in found.items() if i not in typed and i not in worded
                and min(near.get(i, 0.0), asked.get(i, 0.0)) >= BOTH_COSINE and not other_act(r)
                and _names_actors(q, r.text, pairs.get(r.document_id, frozenset()))}
        worded |= both
        typed |= worded
        by_own |= worded
        rows = [found[i] for i in holds | typed]
        marks = store_search.marks_at(store, list(found.values()))
        docs = {c.document for c in agree}
        for row in found.values():  # a source with a close sentence whose day fits the answer's agrees
            written = [dates.value_interval(t["value"]) for t in marks[(row.document_id, row.idx)].timexes
                       if t.get("type") == "DATE" and _writes_date(t) and t.get("value")]
            if any(w is not None and dates.span_days(w) <= DISSENT_PRECISION_DAYS and dates.overlaps(w, span)
                   for w in written):
                docs.add(row.document_id)
        gap = lambda s: max(0, (s[0] - span[1]).days, (span[0] - s[1]).days)  # noqa: E731 - days between
        other: dict[str, list[Citation]] = {}
        for row in sorted(rows, key=lambda r: (r.document_id, r.start)):
            days = [(t["value"], dates.value_interval(t["value"]), t["start"])
                    for t in marks[(row.document_id, row.idx)].timexes
                    if t.get("type") == "DATE" and _writes_date(t) and t.get("value")]
            days = [(v, s, at) for v, s, at in days if s is not None and dates.span_days(s) <= PARAPHRASE_PRECISION_DAYS]
            if any(dates.overlaps(s, span) for _, s, _ in days):
                docs.add(row.document_id)  # its source agrees with the answer
                continue
            close = []
            if row.rowid in holds:  # (a): the date of the word of the predicate's family
                close = [(v, s) for v, s, start in days if gap(s) <= PARAPHRASE_DAYS
                         and date_of_act(row.text, start - row.start, predicate.lemma_)]
            # (b), (c): the sentence's one time, dating no other happening; also a sentence of (a)
            # whose word of the family is not what its date dates ("Togo moved first to recognise
            # it, and Ghana followed on 5 March": the date is of "followed"), when that date is
            # the only time it gives ("ACCRA, Jun 10 - ... recognised it late on Friday": the
            # dateline's day is not the act's)
            if len(close) != 1 and row.rowid in typed and not (
                    row.rowid in worded and any(different_designations(c.sentence, row.text)
                                                or different_occasions(c.sentence, row.text) for c in agree)):
                times = [t for t in marks[(row.document_id, row.idx)].timexes if t.get("type") in ("DATE", "TIME")
                         and (w := dates.value_interval(t.get("value") or "")) is not None
                         and dates.span_days(w) <= PARAPHRASE_PRECISION_DAYS]  # a year beside it dates no other day
                close = [(v, s) for v, s, start in days if gap(s) <= PARAPHRASE_DAYS
                         and not (row.rowid in by_own and dates_another(row.text, start - row.start))
                         and not (row.rowid in both and (dates.span_days(s) > DISSENT_PRECISION_DAYS or (
                             may_hold(row.text, predicate.lemma_)
                             and not date_of_act(row.text, start - row.start, predicate.lemma_))))]
                close = close if len(days) == 1 and (
                    (row.rowid not in by_own and row.rowid not in holds) or len(times) == 1) else []
            if len(close) == 1:
                value = close[0][0]
                other.setdefault(value, []).append(
                    Citation(row.document_id, self.titles.get(row.document_id), row.text, row.start, row.end, value))
        other = {v: [c for c in cs if c.document not in docs] for v, cs in other.items()}
        other = {v: cs for v, cs in other.items() if cs}
        if not other:
            return None
        return _disputed(q, [(answer.values[0], _unique(agree))] + [(v, _unique(cs)) for v, cs in other.items()],
                         answer.event_ids[:1])

    def _attach_dispute(self, q: Question, answer: Answer, worded: bool = False) -> Answer | None:
        """The answer as disputed when one of its sentences states a side of a disagreement the
        build found (:data:`DISPUTE_KINDS` of the question's kind) about the question's act (the
        disagreement's topic holds a word of its predicate's family) whose side agrees with the
        answer (its date overlaps the answer's first one; its value names one of the answer's
        names): "restored relations on 16 May 1988" against "in June 1988" (date claims of two
        sources); else None."""
        kinds = DISPUTE_KINDS.get(q.kind)
        if answer.verdict != "answered" or not kinds or q.doc is None:
            return None
        predicate = _predicate(q.doc, q.main)
        if predicate is None or not predicate.is_alpha:
            return None
        first = dates.value_interval(answer.values[0]) if answer.values else None
        thing = None  # the question's content words, read once (:func:`_sides_name_thing`)
        for c in answer.citations:
            for d in self._disputed_at.get(c.key, []):
                if d.kind not in kinds or len(d.claims) < 2:
                    continue
                if not may_hold(d.topic, predicate.lemma_):
                    # with ``worded`` (when nothing else disputes the answer), the build's
                    # disagreement may word the act otherwise ("relations go back to 10 June" for
                    # "established relations"): it is the answer's when the side that holds the
                    # answer's sentence dates that sentence as the answer does, every side names
                    # what the question asks about (:func:`_sides_name_thing`) and not every side
                    # is coarser (:func:`_coarser_side`)
                    if not worded or d.kind != "date" or first is None:
                        continue
                    thing = thing if thing is not None else asked_content(q, predicate)
                    if not _dates_cited(d, c, first) or not _sides_name_thing(d, thing) \
                            or _coarser_side(d, first):
                        continue
                if d.kind == "date":
                    agrees = first is not None and any(
                        dates.overlaps(first, dates.mention_interval(m)) for side in d.claims for m in side.mentions)
                else:
                    named = fold(answer.text.split(DESCRIBED)[0])  # the names, not how they are described
                    agrees = any(word_at(named, fold(side.value.split(",")[0].strip())) >= 0 for side in d.claims)
                if not agrees or (d.kind == "date" and sum(
                        any(_dates_the_act(m.sentence, predicate.lemma_) for m in side.mentions)
                        for side in d.claims) < 2):
                    continue  # each side must date the act itself: "made their debut on 12
                    # September, two weeks [after the limit came into force]" dates no coming
                sides = [(side.value, _unique([_mention_cite(m, self.titles) for m in side.mentions]))
                         for side in d.claims]
                if d.kind == "date":
                    return _disputed(q, sides, list(d.event_ids))
                out = [Side(side_names(side), cs) for side, (_, cs) in zip(d.claims, sides)]
                text = "the sources disagree: " + " / ".join(
                    f"{s.label} ({', '.join(dict.fromkeys(f'd{x.document}' for x in s.citations))})" for s in out)
                return Answer(q, "disputed", text, _unique([x for s in out for x in s.citations]), out,
                              list(d.event_ids))
        return None

    def _who_disputed(self, q: Question) -> Answer | None:
        """A who-question answered from a stored "who" disagreement about its act, before any
        event: the disagreement's topic ("who signed for ETH: declaration") holds a word of the
        family of the question's predicate ("signed"), the question names the thing the act is
        done to ("the 2015 Declaration of Principles"), names the state the doers act for when
        the topic has one and it names states ("on behalf of Ethiopia"), and a side's sentence is
        dated at the question's time when it has one; the answer gives each side's names with its
        sources and sentences, one name list per side (no merged list); None when no stored
        disagreement is about the question."""
        if q.doc is None or not self.chronicle.disagreements:
            return None
        # the act asked: the predicate, and the verb of the question's parse when the predicate is
        # a noun ("who convened the [talks]": a disagreement on who convened them)
        acts = [t for t in (_predicate(q.doc, q.main), next((t for t in q.doc if t.dep_ == "ROOT"), None))
                if t is not None and t.is_alpha]
        if not acts:
            return None
        asked_states = {i for a in q.actors for i in a.ids if STATE_ID.fullmatch(i)}
        for d in self.chronicle.disagreements:
            topic = WHO_TOPIC.match(d.topic) if d.kind == "who" and len(d.claims) >= 2 else None
            if topic is None:
                continue
            act, state, thing = topic.group("act"), topic.group("state"), topic.group("thing")
            done = next((t for t in acts if may_hold(act, t.lemma_) or _once_topic(t.lemma_) == act), None)
            if done is None:
                continue  # another act ("who closed the border" is not "who signed")
            lemmas = [t.lemma_.lower() for t in q.doc if t.is_alpha and t.i != done.i]
            if not any(related(w, x) for w in _WORD.findall(thing.lower()) for x in lemmas):
                continue  # another thing of the act ("signed the declaration", not "the treaty")
            if state and asked_states and state not in asked_states:
                continue  # the doers for another state than the one asked about
            if q.span is not None and not any(dates.overlaps(dates.mention_interval(m), q.span)
                                              for side in d.claims for m in side.mentions):
                continue  # the act at another time
            sides = [Side(side_names(side), _unique([_mention_cite(m, self.titles) for m in side.mentions]))
                     for side in d.claims]
            text = "the sources disagree: " + " / ".join(
                f"{s.label} ({', '.join(dict.fromkeys(f'd{x.document}' for x in s.citations))})" for s in sides)
            return Answer(q, "disputed", text, _unique([x for s in sides for x in s.citations]), sides,
                          list(d.event_ids))
        return None

    def _who_dissent(self, q: Question, answer: Answer) -> Answer | None:
        """A who-answer as disputed when other sources name another person in the asked role of
        the same act: the sentences that state the question (its predicate or its verb's family,
        its thing, at its time: :meth:`_who_readings`) read at that predicate as for the answer,
        each giving one person; a person no sentence of the answer's sources names and whose
        name is not one of the answer's written another way (:func:`_fuller_names`) is a side,
        with its sentences. Only persons on both sides: a state, a body or an office is how a
        source may tell the same person's act ("Ghana", "the president")."""
        if answer.verdict != "answered" or not answer.citations:
            return None
        given = [n.strip() for n in answer.text.split(DESCRIBED)[0].split(" (read in ")[0].split(", ") if n.strip()]
        persons = self._answer_persons(answer, given)
        if not persons:
            return None
        wide = DISSENT_CANDIDATES
        readings = self._who_readings(q, wide, undated=True)
        verb = asked_verb(q) if not readings else None
        asked = replace(q, main=verb.i) if verb is not None else q
        if verb is not None:
            readings = self._who_readings(asked, wide, undated=True)
        # the other sources' sentences the store links to the answer's (one merged event's
        # mentions, claims of one act), which search may not rank: read the same way
        # (an event's answer cites every source of the event: only those naming one of its
        # persons are its sources; the others' sentences are read for who they name)
        naming = {c.document for c in answer.citations
                  if any(word_at(fold(c.sentence), fold(p.split()[-1])) >= 0 for p in persons if p.split())}
        seen = {r.sentence.rowid for r in readings}
        readings += [r for r in self._who_readings(asked, hits=self._linked_hits(answer, naming), undated=True)
                     if r.sentence.rowid not in seen]
        readings = [r for r in readings if not r.refused]
        if not readings:
            return None
        # the sources of an answer from the chronicle's events; an answer read from sentences
        # cites every sentence giving one of its names (a pair's one): its sources are those
        # naming all of them, as found among the readings
        docs = naming if answer.event_ids else set()
        others = _other_doers(persons, docs, readings)
        if not others:
            return None
        label = ", ".join(given[:MAX_LISTED])
        theirs = {r.sentence.document_id for rs in others.values() for r in rs}
        mine = [c for c in answer.citations if c.document not in theirs] or answer.citations
        return _disputed(q, [(label, mine)] + [
            (n, _unique([_read_cite(r, self.titles) for r in rs])) for n, rs in others.items()], answer.event_ids)

    def _answer_persons(self, answer: Answer, given: list[str]) -> list[str]:
        """The persons among a who-answer's names: those its events code as persons, or (an
        answer read from sentences) a name the reader took as a person."""
        ids = set(answer.event_ids)
        persons = {p.name or p.text for e in self.chronicle.events if e.id in ids
                   for p in e.participants if p.kind == "person"}
        if not ids:
            persons = {n for n in given if self._last_persons.get(n)}
        return [n for n in given if n in persons]

    def _readings(self, q: Question) -> list[Reading]:
        return self.reader.read(q, self._hits(q, READ_CANDIDATES)) if self.reader is not None else []

    def _read_when(self, q: Question) -> Answer | None:
        """A date read from the sentences that state the question (the one most of them agree
        with, the most precise of those), when no dated event fits."""
        readings = [r for r in self._readings(q) if not r.negated and not r.unreal and (
            q.span is None or r.date_span is None or dates.overlaps(r.date_span, q.span))]
        if not any(r.date_span for r in readings) and self.reader is not None:
            # no sentence with the question's word: those holding nearly all its other words
            readings = [r for r in self.reader.read(q, self._hits(q, READ_CANDIDATES), by_content=True)
                        if not r.negated and not r.unreal and (
                q.span is None or r.date_span is None or dates.overlaps(r.date_span, q.span))]
        dated = [r for r in readings if r.date_span is not None]
        # the date is chosen among the sentences naming the asked thing; every sentence whose
        # date fits it is cited, and every dated one may dispute it (below: the sources that
        # word the thing otherwise)
        named = strict_first(self._naming_thing(q, dated))
        chosen = choose_date(named)
        if chosen is None:
            return None
        value = chosen[0]
        span = dates.value_interval(value)
        agree = [r for r in strict_first(dated) if span is not None and (
            (span[0] <= r.date_span[0] and r.date_span[1] <= span[1])
            or (r.date_span[0] <= span[0] and span[1] <= r.date_span[1]))] or chosen[1]
        # the date most sentences agree with may be coarser than the days some of them write
        # ("February 2008": "17 February" and "18 February" both fit it): the day most of those
        # agree with is the answer, and the other days the sources write dispute it
        span = dates.value_interval(value)
        days = [r for r in agree if r.date_stated and r.date_span is not None and any(r is x for x in named)
                and dates.span_days(r.date_span) <= DISSENT_PRECISION_DAYS]
        finer = choose_date(days) if span is not None and dates.span_days(span) > DISSENT_PRECISION_DAYS else None
        if finer is not None:
            value = finer[0]
            agree = [r for r in agree if dates.overlaps(r.date_span, dates.value_interval(value))]
        cites = _unique([_read_cite(r, self.titles) for r in agree])
        # the sources that dispute it: a sentence short of the strict test (an actor left to its
        # document's pair) still tells its source's day, when the reader kept it as close to
        # the question (:data:`chronica.ask.reading.LOOSE_SIMILARITY`)
        dissent = _dissent([(r.date, r.date_span, r.date_stated, _read_cite(r, self.titles)) for r in dated],
                           value, dates.value_interval(value))
        if dissent is not None:
            return _disputed(q, dissent)
        return Answer(q, "answered", f"{dates.display(value, None)} (read in {_count(cites)})", cites,
                      values=[value])

    def _naming_thing(self, q: Question, readings: list[Reading]) -> list[Reading]:
        """Of the sentences read for a question, those that name most of the thing its act is
        done to (:func:`chronica.ask.parts.object_words`: "signed [the fisheries] [agreement]",
        not a ceasefire another sentence tells signed) when some name any of it: the test
        :meth:`_same_parts` puts to the chronicle's events, put to each retrieved sentence's own
        words (a date read in a sentence about another thing is no date of the asked one)."""
        if q.doc is None or q.main is None or len(readings) < 2:
            return readings
        thing = parts.object_words(q.doc[q.main], names_and_times(q))
        if not thing:
            return readings
        scores = [parts.object_score(thing, [w.lower() for w in _WORD.findall(r.sentence.text)], related)
                  for r in readings]
        best = max(scores)
        return [r for r, s in zip(readings, scores) if s == best] if best else readings

    def _read_who(self, q: Question) -> Answer | None:
        """The names in the asked role of the sentences that state the question; when none
        gives one at the question's trigger, at the verb the question word is the doer of
        (:func:`~chronica.ask.reading.asked_verb`: "who [led] the August 2008 coup" is answered
        by "the coup [led] by X", where the trigger "coup" has no doer of its own)."""
        readings = self._who_readings(q)
        verb = asked_verb(q) if not readings else None
        if verb is not None:
            readings = self._who_readings(replace(q, main=verb.i))
        if not readings:
            return None
        return self._who_answer(q, readings)

    def _linked_hits(self, answer: Answer, docs: set[int]) -> list[SearchHit]:
        """The sentences of other sources the store links to an answer's: the mentions of its
        events (one happening, however many sources report it) and the sentences of the agent
        claims of its sentences' topics ("who signed for ZAF: deal"), in documents other than
        ``docs`` (the answer's sources)."""
        if self.index is None or not answer.citations:
            return []
        cited = {(c.document, c.start) for c in answer.citations}
        ids = set(answer.event_ids)
        keys = {(m.document_id, m.sentence_idx) for e in self.chronicle.events if e.id in ids
                for m in e.mentions if m.document_id not in docs}
        topics = {c.topic for c in self.claims if c.kind == "agent" and (c.document_id, c.sentence_start) in cited}
        keys |= {(c.document_id, c.sentence_idx) for c in self.claims
                 if c.kind == "agent" and c.topic in topics and c.document_id not in docs}
        return self.index.at(sorted(keys)) if keys else []

    def _who_readings(self, q: Question, limit: int = READ_CANDIDATES,
                      hits: list[SearchHit] | None = None, undated: bool = False) -> list[Reading]:
        """The readings of the sentences that state a who-question that name someone in its role,
        dated at its time when it has one; of those, the ones dated at all when some are (an
        answer rests on the sentences that date the act where it was asked) unless ``undated``
        (a dissent: another source telling the act without its date, the year written in the
        sentence before, is still that source's word on who did it)."""
        if hits is None:
            hits = self._hits(q, limit)
        elif not hits:
            return []
        read = self.reader.read(q, hits) if self.reader is not None else []
        readings = [r for r in read if not r.negated and not r.unreal and r.names and (
            q.span is None or r.date_span is None or dates.overlaps(r.date_span, q.span))]
        if q.span is not None and not undated and any(r.date_span is not None for r in readings):
            readings = [r for r in readings if r.date_span is not None]  # dated where it was asked
        readings = strict_first(readings)
        return [r for r in readings if not r.by_modifier] or readings  # a clause's doer first

    def _who_answer(self, q: Question, readings: list[Reading]) -> Answer | None:
        readings = _fuller_names(readings)
        self._last_persons = {n: True for r in readings for n in r.names
                              if any(_name_words(p) and _name_words(p) <= _name_words(n) for p in r.persons)}
        votes: dict[str, int] = {}
        for r in readings:
            for name in r.names:
                votes[name] = votes.get(name, 0) + 1
        top = max(votes.values())  # the names most sentences give
        names = [n for n in votes if votes[n] == top]
        readings = [r for r in readings if set(r.names) & set(names)]
        sides = _name_sides(names, readings)
        if sides is not None:
            return _disputed(q, [(n, _unique([_read_cite(r, self.titles) for r in rs])) for n, rs in sides])
        cites = _unique([_read_cite(r, self.titles) for r in readings])
        return Answer(q, "answered", ", ".join(names[:MAX_LISTED]) + f" (read in {_count(cites)})"
                      + _described(names[:MAX_LISTED], set(self._last_persons), cites), cites)

    def _read_what(self, q: Question) -> Answer | None:
        """What the sentences naming the question's actors say at its time (a what-question
        needs a time: "what happened between X and Y" alone is the whole chronicle)."""
        any_act = q.doc is not None and not q.types and asks_any_act(question_root(q))
        if q.span is None:
            return self._read_acts(q) if any_act else None
        readings = strict_first([r for r in self._readings(q) if r.date_span is not None
                                 and dates.overlaps(r.date_span, q.span)])
        if not readings:
            return None
        readings.sort(key=lambda r: dates.sort_key(r.date, None))
        cites = _unique([_read_cite(r, self.titles) for r in readings[:MAX_LISTED]])
        lines = [f"{dates.display(r.date, None)}: {r.sentence.text}" for r in readings[:MAX_LISTED]]
        return Answer(q, "answered", "; ".join(lines), cites)

    def _with_read(self, q: Question, answer: Answer) -> Answer:
        """A what-answer of the chronicle's events at the question's time, with the sentences that
        state the question best at that time (:data:`ACTS_LISTED` of them, by the reader's score;
        dated inside the question's time: "2000" is no date of "June 2000")
        cited as well: an event's summary ("Egypt signs") says less than the sentence that states
        the question ("Greece and Egypt signed an agreement on maritime zones")."""
        readings = strict_first([r for r in self._readings(q) if not r.negated and r.date_span is not None
                                 and q.span[0] <= r.date_span[0] and r.date_span[1] <= q.span[1]])
        keys = {c.key for c in answer.citations}
        extra = [c for c in _unique([_read_cite(r, self.titles) for r in readings[:ACTS_LISTED]]) if c.key not in keys]
        if not extra:
            return answer
        lines = [f"{dates.display(c.date, None)}: {c.sentence}" for c in extra]
        return replace(answer, text=answer.text + "; read: " + "; ".join(lines), citations=extra + answer.citations)

    def _read_acts(self, q: Question) -> Answer | None:
        """A what-question at no time ("what did Sudan do after the attack on Omdurman"): the
        best-ranked sentences that state it (its content words) in which the build coded a dated
        event of one of its actors (:data:`ACTS_LISTED` of them)."""
        if not q.actors:
            return None
        readings = strict_first([r for r in self._readings(q) if r.acted and not r.negated])
        if not readings:
            return None
        readings = readings[:ACTS_LISTED]
        cites = _unique([_read_cite(r, self.titles) for r in readings])
        lines = [f"{dates.display(r.date, None) if r.date else 'undated'}: {r.sentence.text}" for r in readings]
        return Answer(q, "answered", "; ".join(lines), cites)

    def _read_passages(self, q: Question) -> Answer | None:
        """A what-question no event and no reading answers ("what did Resolution 4417 do", "how
        many died in the crash"): the first sentences search finds for it that state all it names
        (:meth:`Reader.passages`; :data:`ACTS_LISTED` of them), each the answer as its source
        writes it; None when none does."""
        if self.reader is None:
            return None
        found = self.reader.passages(q, self._hits(q, READ_CANDIDATES))
        sides = self._figure_sides(q, found)
        if sides is not None:
            return _disputed(q, sides)
        found = found[:ACTS_LISTED]
        if not found:
            return None
        cites = _unique([Citation(r.document_id, self.titles.get(r.document_id), r.text, r.start, r.end, v)
                         for r, v in found])
        lines = [f"{dates.display(v, None) if v else 'undated'}: {r.text}" for r, v in found]
        return Answer(q, "answered", "; ".join(lines), cites)

    def _figures_against(self, q: Question, claimed: "_ClaimParts", pro: list[Citation]) -> list[Citation]:
        """The sentences against a claim that gives a figure and has sentences for it, in other
        sources than the ones for it, giving only another figure of a unit the claim gives one
        of (:meth:`_ClaimParts.figures_clash`: "nearly 30,000 people" against "some 20,000
        people"): of those search finds for it, the ones that state all it names
        (:meth:`Reader.passages`, as a how-many question's are read) and the ones that state the
        claim's act done to its thing (:meth:`_ClaimParts.states_act`,
        :meth:`~_ClaimParts.names_thing`), at a date they write that fits the claim's time (or,
        when it gives none, naming each of its actors: :meth:`Reader._named`); [] when none does."""
        if self.reader is None or self.index is None:
            return []
        docs = {c.document for c in pro}
        hits = self._hits(q, READ_CANDIDATES)
        out = [Citation(r.document_id, self.titles.get(r.document_id), r.text, r.start, r.end, v)
               for r, v in self.reader.passages(q, hits) if r.document_id not in docs and claimed.figures_clash(r.text)]
        rows = [h.sentence for h in hits if h.sentence.document_id not in docs]
        rows = [r for r in rows if claimed.figures_clash(r.text) and claimed.states_act(r.text)
                and claimed.names_thing(r.text)]
        if not rows:
            return _unique(out)
        marks = store_search.marks_at(self.index.connection(), rows)
        for r in rows:
            m = marks[(r.document_id, r.idx)]
            if q.span is not None:
                written = [dates.interval(t["value"], t.get("value_end"), t.get("earliest"), t.get("latest"))
                           for t in m.timexes if t.get("type") == "DATE" and t.get("value")]
                if not any(w is not None and dates.overlaps(w, q.span) for w in written):
                    continue
            elif not q.actors or not all(self.reader._named(a, r, m) for a in q.actors):
                continue
            out.append(Citation(r.document_id, self.titles.get(r.document_id), r.text, r.start, r.end, None))
        return _unique(out)

    def _stored_against(self, pro: list[Citation]) -> list[Citation]:
        """The sentences against a claim of a figure (a count, a duration) that the sentences
        ``pro`` support: those of the other sides of a figure disagreement the build stored
        (:data:`FIGURE_DISPUTES`) one of whose sides holds a sentence for it, in documents none
        of the sentences for it is in ("lasted 44 days" / "seven weeks"); [] when none is stored."""
        keys = {(c.document, c.start) for c in pro}
        docs = {c.document for c in pro}
        out: list[Citation] = []
        for d in self.chronicle.disagreements:
            if d.kind not in FIGURE_DISPUTES or len(d.claims) < 2:
                continue
            sides = [{(m.document_id, m.sentence_start) for m in c.mentions} for c in d.claims]
            mine = [i for i, k in enumerate(sides) if k & keys]
            if len(mine) != 1:
                continue  # no side for the claim, or its sentences on two sides
            out += [_mention_cite(m, self.titles) for i, c in enumerate(d.claims) if i != mine[0]
                    for m in c.mentions if m.document_id not in docs]
        return _unique(out)

    def _stored_figures(self, q: Question, answer: Answer) -> Answer | None:
        """A what-question as disputed when a figure disagreement the build stored
        (:data:`FIGURE_DISPUTES`: "how many troops", "how much money (USD)", "what share", "how
        long") is about what it asks: one side's sentence states all the question names (a
        passage of it: :meth:`Reader.passages`, or a sentence of its answer) and sentences of at
        least two sides are among those search finds for it (:data:`DISSENT_CANDIDATES`); of
        several, the one whose sentences search ranks first. Each side with its value as its
        source writes it and its sentences; None when no such disagreement is stored."""
        if q.doc is None or self.reader is None or not self.chronicle.disagreements:
            return None
        how, noun = asked_figure(q.doc)
        if not how and noun is None:
            return None  # "what ship did the raid sink": no figure asked
        hits = self._hits(q, DISSENT_CANDIDATES)
        ranked: dict[tuple, int] = {}
        for i, h in enumerate(hits):
            ranked.setdefault((h.sentence.document_id, h.sentence.start), i)
        stating = {(r.document_id, r.start) for r, _ in self.reader.passages(q, hits)}
        stating |= {(c.document, c.start) for c in answer.citations}
        told = {doc for doc, _ in stating}  # the sources with a sentence that states the question
        best = None
        # a "what" noun names the measure; a sum only when no dispute of the noun's measure is found
        for d, money in ((d, money) for money in (False, True) for d in self.chronicle.disagreements):
            if best is not None and money:
                break
            if d.kind not in FIGURE_DISPUTES or len(d.claims) < 2 or (money and how):
                continue
            if not how and not _names_measure(noun, d.topic, money):
                continue  # "what share": a dispute of a share (or of a sum: "what compensation")
            if not _asks_measure(q.doc, d.topic):
                continue  # "how many were taken prisoner": not a dispute of how many died
            keys = [{(m.document_id, m.sentence_start) for m in c.mentions} for c in d.claims]
            if not any(k & stating for k in keys) or sum(any(
                    x in ranked and (x in stating or x[0] not in told) for x in k) for k in keys) < 2:
                continue  # two sides among what search finds, each in a sentence that states the
                # question or of a source that states it nowhere else (a source that tells the
                # attack asked about in one sentence tells another one in its other sentence)
            rank = min(ranked[x] for k in keys for x in k if x in ranked)
            if best is None or rank < best[0]:
                best = (rank, d)
        if best is None:
            return None
        d = best[1]
        sides = [Side(c.value, _unique([_mention_cite(m, self.titles) for m in c.mentions])) for c in d.claims]
        text = "the sources disagree: " + " / ".join(
            f"{s.label} ({', '.join(dict.fromkeys(f'd{x.document}' for x in s.citations))})" for s in sides)
        return Answer(q, "disputed", text, _unique([x for s in sides for x in s.citations]), sides,
                      list(d.event_ids))

    def _figures_disputed(self, q: Question) -> Answer | None:
        """A how-many what-question answered from the chronicle's events or the sentences read
        at its time as disputed when the sentences search finds for it that state all it names
        (:meth:`Reader.passages`) write different figures of the thing it counts in different
        sources (:meth:`_figure_sides`: the test :meth:`_read_passages` applies when no event
        answers); None otherwise (not a how-many question, or its sources agree)."""
        if self.reader is None or q.doc is None or counted(q.doc) is None:
            return None
        sides = self._figure_sides(q, self.reader.passages(q, self._hits(q, READ_CANDIDATES)))
        return _disputed(q, sides) if sides is not None else None

    def _figure_sides(self, q: Question, found: list) -> list[tuple[str, list[Citation]]] | None:  # noqa: ANN001
        """The sides of a how-many question's passages (``found``: (sentence, date)) when
        sources write different figures of the thing it counts (:func:`counted`: "how many
        Osterlich [envoys]": "expelled four envoys" / "five Osterlich envoys"), each figure
        with its sentences, the one most sources write first; None when they agree or a source
        writes two figures of it (its own sentences would stand on both sides)."""
        unit = counted(q.doc) if q.doc is not None else None
        if unit is None or not found:
            return None
        asked = {v for v, u in parts.figures(q.doc) if u == unit}  # "how many of the [80] seats"
        parsed = parse_plain([r.text for r, _ in found])
        values: dict[float, list[Citation]] = {}
        by_doc: dict[int, set[float]] = {}
        for (row, date), doc in zip(found, parsed):
            for value in {v for v, u in parts.figures(doc) if related(u, unit) and v not in asked}:
                values.setdefault(value, []).append(Citation(row.document_id, self.titles.get(row.document_id),
                                                             row.text, row.start, row.end, date))
                by_doc.setdefault(row.document_id, set()).add(value)
        if len(values) < 2 or any(len(vs) > 1 for vs in by_doc.values()):
            return None
        ranked = sorted(values.items(), key=lambda kv: -len({c.document for c in kv[1]}))
        return [(f"{v:g} {unit}", _unique(cs)) for v, cs in ranked]

    def _read_sides(self, q: Question) -> tuple[list[Citation], list[Citation], set[tuple]]:
        """For and against a claim, read from the sentences that state its act: for when one
        says it happened at a time that fits the claim's, against when one denies it or dates
        it where the claim cannot be; and the keys of the sentences read as denying it (the act's
        word negated where the claim's actors stand in its roles: :func:`settle_both`)."""
        pro: list[Citation] = []
        con: list[Citation] = []
        denied: set[tuple] = set()
        denial = bool(q.events) and all(e.modality in DENIED for e in q.events)
        claimed = _ClaimParts(q)
        weighed: list[tuple[Reading, bool]] = []  # (reading, whether it is for the claim)
        for r in self._readings(q):
            if r.unreal:
                continue  # a plan or a possibility: no word on whether it happened
            if not claimed.names_thing(r.sentence.text) and not (
                    r.anaphoric and self.reader is not None and claimed.names_thing(self.reader.before(r.sentence))):
                continue  # another thing of the act (the reader holds the act's word already); "Ghana
                # never signed [it]" names it by the pronoun, the sentences before by its name
            if r.negated:
                if q.span is None or r.date_span is None or dates.overlaps(r.date_span, q.span):
                    weighed.append((r, denial))
                continue
            if q.span is None or (r.date_span is not None and dates.overlaps(r.date_span, q.span)):
                weighed.append((r, not denial))
            elif r.date_span is not None and r.date_stated and claimed.names_all(r.sentence.text):
                # "resigned within weeks" says no date; "signed the Treaty of Lausanne" is no
                # date of "signed a defence pact"
                weighed.append((r, denial))
        kept = {id(r) for r in strict_first([r for r, _ in weighed])}
        for r, for_it in weighed:
            if id(r) in kept:
                cite = _read_cite(r, self.titles)
                (pro if for_it else con).append(cite)
                if r.negated:
                    denied.add(cite.key)
        return pro, con, denied

    def _denied_act(self, q: Question) -> Answer | None:
        """A did-question's "no" from the sentences search ranks first for it
        (:data:`DENIAL_CANDIDATES`): one where the question's predicate (a word of its family, or
        a word refusing it: "rejected" for "accept") is told as not done (negated or refused, as
        the events stage reads modality) with the question's doer as its subject (or the subject
        of the verb it hangs from: "Norland [refused] to sign"), done to the question's thing or to
        a pronoun or "anything" (:func:`denied_in`), and at no date outside the question's. The
        reader requires every name of the question in the sentence; a denial often names only the
        doer ("Norland never paid a single franc of it"). None when no such sentence is there, or
        one of those sentences tells the act done by the doer (then it is no clear no)."""
        doc = q.doc
        predicate = _predicate(doc, q.main) if doc is not None else None
        if self.reader is None or predicate is None or predicate.lemma_.lower() in LIGHT_VERBS or predicate.pos_ != "VERB":
            return None
        doers = [a for a in q.actors if a.role == SOURCE]
        written = [] if doers else asked_subject_names(predicate)
        if not doers and not written:
            return None
        refusing = refusing_types(predicate)
        claimed = _ClaimParts(q)
        content = [w for w in content_words(doc, names_and_times(q)) if w != predicate.lemma_.lower()]
        names = describing_only(q, unresolved_names(q) + q.places)
        hits = self._hits(q, DENIAL_CANDIDATES)  # the question's one search, cut
        if not hits:
            return None
        rows = [h.sentence for h in hits]
        marks = store_search.marks_at(self._store(), rows)
        others = [a for a in q.actors if a.role != SOURCE and a.ids]  # (a name the knowledge base does
        # not know may be what a pronoun or "the request" stands for)
        pairs = self.reader._pairs({r.document_id for r in rows}) if others else {}
        against: list[Citation] = []
        done = False
        for row, sent in zip(rows, parse_plain([r.text for r in rows])):
            m = marks[(row.document_id, row.idx)]
            before = self.reader.before(row)
            if not all(self.reader._named(a, row, m) or (a.ids & pairs.get(row.document_id, frozenset())) or any(
                    word_at(fold(before), fold(w)) >= 0 for w in (a.name, a.text) if w) for a in others):
                continue  # the one done to (a state, a known person) neither named nor the document's pair
            places = [(s - row.start, e - row.start) for a in doers for s, e in self.reader._named(a, row, m)]
            told = denied_in(sent, predicate.lemma_, refusing, places, written)
            if told is None:
                continue
            if told[1] == PRONOUN:
                # "Norland never signed [it]": what the pronoun stands for, named before it, is
                # the question's thing with every name the question gives it
                if not (claimed.names_thing(before + " " + row.text) and all(
                        word_at(fold(before + " " + row.text), fold(n)) >= 0 for n in names)):
                    continue
            elif told[1] == NAMED and not claimed.names_thing(row.text):
                continue
            elif told[1] == REFUSAL and not (claimed.thing and claimed.names_thing(row.text)):
                continue
            if q.span is not None and not _dates_fit(row.text, q.span):
                continue
            if told[0]:
                against.append(_read_cite_row(row, self.titles))
            elif not content or 2 * sum(any(related(c, w) for w in _WORD.findall(row.text.lower()))
                                        for c in content) >= len(content):
                done = True  # the act told done to what the question asks of (most of its words)
        if not against or done:
            return None
        against = _unique(against)
        return Answer(q, "answered", f"no (0 sentences for, {len(against)} against)", against,
                      [Side("for", []), Side("against", against)])

    def _when(self, q: Question) -> Answer:
        events = [e for e in self.events_for(q) if e.date and e.modality not in DENIED | UNREAL]
        if not events:
            return self._not_found(q)
        for e in events:  # a date the sources disagree on: both sides
            for d in self._disputes.get(e.id, []):
                if d.kind == "date":
                    sides = [Side(c.value, _unique([_cite(m, self.titles) for m in c.mentions]))
                             for c in d.claims]
                    text = "the sources disagree: " + " / ".join(
                        f"{s.label} ({', '.join(dict.fromkeys(f'd{c.document}' for c in s.citations))})"
                        for s in sides)
                    return Answer(q, "disputed", text, [c for s in sides for c in s.citations], sides,
                                  [e.id])
        events.sort(key=lambda e: dates.sort_key(e.date, e.earliest))
        events = _agreed_first(events)
        first = events[0]  # the sources of the date given first each say when: do they agree?
        dissent = _dissent([(m.date, dates.mention_interval(m), m.date_source == STATED, _cite(m, self.titles))
                            for m in first.mentions if m.modality not in DENIED | UNREAL
                            and _actors_fit(m.participants, q.actors, m.type, JOINT in m.checks)],
                           first.date, dates.interval(first.date, first.date_end, first.earliest, first.latest))
        if dissent is not None:
            return _disputed(q, dissent, [first.id])
        text = "; ".join(f"{dates.display(e.date, e.date_end)} ({e.summary})" for e in events[:MAX_LISTED])
        return Answer(q, "answered", text, self._citations(events, q, real=True),
                      event_ids=[e.id for e in events], values=[e.date for e in events])

    def _who(self, q: Question) -> Answer:
        events = [e for e in self.events_for(q) if e.modality not in DENIED | UNREAL]
        names: dict[str, list[ChronicleEvent]] = {}
        acted_for = [a for a in q.actors if a.acted_for]
        for e in events:
            joint = any(JOINT in m.checks for m in e.mentions)  # a joint act: its parties are its doers
            for p in e.participants:
                if q.answer_role and p.role != q.answer_role and not (joint and p.role in (SOURCE, TARGET)):
                    continue
                if any(_fills(p, a, exact=True) for a in q.actors):
                    continue  # the asked-about actor itself (not others of its state: "who ordered
                    # the Russian forces to halt" is answered by Russia's president)
                if acted_for and not _of_acted_for(p.actor_id, p.state, acted_for):
                    continue  # "who signed for Ecuador": Ecuador's signatory, not Peru
                names.setdefault(p.name or p.text, []).append(e)
        if not names:
            return self._not_found(q)
        used = list({e.id: e for es in names.values() for e in es}.values())
        for e in sorted(used, key=lambda e: -len(e.mentions)):  # one happening its sources tell
            # with different persons in the asked role: each side with its sentences
            # (every source of the merged happening, those that name the asked actors otherwise too)
            sides = doer_sides(q, [m for m in e.mentions if m.modality not in DENIED | UNREAL])
            if sides is not None:
                return _disputed(q, [(" and ".join(n), _unique([_cite(m, self.titles) for m in ms]))
                                     for n, ms in sides], [e.id])
        cites = self._citations(used, q, real=True)
        persons = {n for n, es in names.items() for e in es for p in e.participants
                   if (p.name or p.text) == n and p.kind == "person"}
        return Answer(q, "answered", ", ".join(names) + _described(list(names), persons, cites), cites,
                      event_ids=[e.id for e in used])

    def _what(self, q: Question) -> Answer:
        predicate = _predicate(q.doc, q.main) if q.doc is not None else None
        if not q.types and (q.span is None or not q.actors) and predicate is not None and predicate.pos_ == "VERB":
            # "what discovery did Ecuador cite": an act the chronicle does not code, not every
            # event of Ecuador ever (at a time asked, "what did the council decide on 14
            # November", the events of that time are the answer; not those of any party when
            # the question names none: "what did [the 2010 framework agreement] put in place")
            return self._not_found(q, "no event the chronicle codes is named")
        if not q.types and q.span is None and q.doc is not None and asks_any_act(question_root(q)):
            # "what did Sudan do after the attack": not every event of Sudan ever; the sentences
            # that state it are read (:meth:`_read_acts`)
            return self._not_found(q, "no event the chronicle codes is named")
        events = self.events_for(q)
        if not events:
            return self._not_found(q)
        events.sort(key=lambda e: dates.sort_key(e.date, e.earliest))
        lines = [f"{dates.display(e.date, e.date_end)}: {e.summary}"
                 + (f" [{e.modality}]" if e.modality != "asserted" else "") for e in events[:MAX_LISTED]]
        more = f" (and {len(events) - MAX_LISTED} more)" if len(events) > MAX_LISTED else ""
        return Answer(q, "answered", "; ".join(lines) + more, self._citations(events[:MAX_LISTED], q),
                      event_ids=[e.id for e in events[:MAX_LISTED]])

    def _did(self, q: Question) -> Answer:
        answer = self.check_parsed(q)
        words = {"supported": "yes", "contradicted": "no", "disputed": "the sources disagree"}
        if answer.verdict == "not found":
            return answer
        verdict = "disputed" if answer.verdict == "disputed" else "answered"
        answer.verdict, answer.text = verdict, f"{words[answer.verdict]} ({answer.text})"
        return answer

    def _citations(self, events: list[ChronicleEvent], q: Question | None = None,
                   real: bool = False) -> list[Citation]:
        """The sentences of ``events`` that name the question's actors (a merged event also
        cites sentences naming fewer of them); with ``real``, only those saying it happened."""
        out = []
        for e in events:
            fit = [m for m in e.mentions if (q is None or _actors_fit(m.participants, q.actors, m.type, JOINT in m.checks))
                   and not (real and m.modality in DENIED | UNREAL)]
            out += [_cite(m, self.titles) for m in fit]
        return _unique(out)

    # -- claims ---------------------------------------------------------------------------------
    def _claim_sides(self, q: Question) -> tuple[list[Citation], list[Citation]]:
        """Sentences for and against what the claims stage found in ``q``: a stored claim about
        the same thing (the chronicle's own test per kind, :data:`SAME_THING`) is against when
        the two cannot both be true (:func:`clash`, the claims' rules), for otherwise."""
        if not q.claims or not self.claims:
            return [], []
        embedder = self._embedder or default_embedder()
        context = self._claim_context(embedder).with_claims(q.claims, embedder)
        matched: list[list[tuple[Citation, bool]]] = []
        kept = []  # the asked claims placed at a stored one's time (alive while their ids are used)
        for asked in q.claims:
            same = SAME_THING.get(asked.kind)
            if same is None:
                continue
            matched.append([])
            for stored in self.claims:
                if stored.kind != asked.kind:
                    continue
                placed = _placed_at(asked, stored)
                if placed is not asked:
                    kept.append(placed)
                    context.alias(placed, asked)
                if not same(placed, stored, context) or not one_act(asked, stored):
                    continue
                matched[-1].append((_claim_cite(stored, self.titles),
                                    not clash(asked.kind, placed, stored, context)))
        return sentence_sides(matched)

    def _date_sides(self, events: list[ChronicleEvent], pro: list[Citation],
                    span: tuple) -> list[tuple[bool, list[Citation]]]:
        """The sides of each date disagreement about an event the claim is checked on (one of
        whose sentences is for it): (whether its date fits the claim's, its sentences)."""
        keys = {c.key for c in pro}
        out = []
        for e in events:
            if not any((m.document_id, m.sentence_start, m.sentence_end) in keys for m in e.mentions):
                continue
            for d in self._disputes.get(e.id, []):
                if d.kind != "date":
                    continue
                for claim in d.claims:
                    span = dates.value_interval(claim.value)
                    if span is None:
                        continue
                    out.append((dates.overlaps(span, span), [_cite(m, self.titles) for m in claim.mentions]))
        return out

    def _claim_context(self, embedder: Embedder) -> ClaimContext:
        """The stored claims' context (their events, their sentence vectors): built at the first
        claim asked about, then shared by every question (a scan of the chronicle and of every
        claim's vector per question was most of a claim check's time on a large store)."""
        with self._context_lock:
            if self._context is None:
                if self.index is not None:  # the claims' sentences have their vectors stored
                    embedder = StoredFirst(self._store(), embedder)
                self._context = ClaimContext(self.claims, self.chronicle.events, embedder)
            return self._context

    def _store(self):  # noqa: ANN202 - Store
        """The calling thread's connection to the store of the index."""
        return self.index.connection()

    def check(self, text: str) -> Answer:
        """Check a claim: supported, contradicted, disputed (sources on both sides) or not found."""
        return self.check_parsed(parse(text))

    def check_parsed(self, q: Question) -> Answer:
        """1. the events of the claim's type between the claim's actors, at any date;
        2. each of their sentences is *for* when it states the event at a date that fits the
           claim's (or the claim gives none), *against* when it denies it (negated, refused) or
           itself gives the same act (the ontology's form) a date where the claim cannot be;
        3. the verdict: for and against -> disputed, only for -> supported, only against ->
           contradicted, none -> not found.

        Before 1., what the claims stage reads in the claim (a figure, a duration, who started
        something) is set against the store's claims of the same thing: see :meth:`_claim_sides`.
        """
        pro, con = self._claim_sides(q)  # figures, durations, who did it: the claims layer
        figures = any(c.kind in FIGURE_KINDS for c in q.claims)
        if (not q.actors or figures) and not (pro or con):
            why = "no source gives a figure for the same thing" if figures else \
                "the claim names no event and actor the chronicle codes"
            return self._not_found(q, why)
        # 1. (a figure is checked by the claims alone: "3,000 Egyptians died" is no one's death)
        # (every sentence on the event weighs, those that call the actors otherwise too)
        events = self.events_for(q, use_time=False, named=False) if q.types and q.actors and not figures else []
        # the claim's act refused ("Norland did not recognise the tribunal", "the pact was never ratified by
        # Suderland") is coded as the refusal, REJECT, told refused: its refused sentences deny the act
        # as a negated one does (a sentence must still state the claim's act, below)
        refusals: set[str] = set()
        if q.types and q.actors and not figures and REFUSAL_TYPE not in q.types:
            held = {e.id for e in events}
            refused = [e for e in self._candidates(replace(q, types=[REFUSAL_TYPE]))
                       if e.id not in held and any(m.modality == REFUSED for m in e.mentions)]
            refusals = {e.id for e in refused}
            events = events + refused
        # 2.
        # a claim that something did not happen ("Stalin refused ...") is for what denies it
        denial = bool(q.events) and all(e.modality in DENIED for e in q.events)
        # the act a dated sentence must state to date it otherwise: the claim's own forms, without
        # the ontology's "something happened" when a form of its own is there too
        acts = [f for f in q.forms if f not in GENERIC_FORMS] or q.forms
        claimed = _ClaimParts(q)
        for e in events:
            for m in e.mentions:
                if m.modality in UNREAL or (e.id in refusals and m.modality != REFUSED):
                    continue
                if not _actors_fit(m.participants, q.actors, m.type, JOINT in m.checks):
                    continue
                if not claimed.states_act(m.sentence, m.cameo):
                    continue  # another act of the same type: "signed [the accord]" is no word on
                    # "approved the accord", "agreed at the NATO summit" none on "joined NATO"
                if not claimed.names_thing(m.sentence):
                    continue  # another thing of the same act: "signed [a ceasefire]" is no word on
                    # "signed a peace treaty"
                if claimed.figures_clash(m.sentence):  # "five founding members" against "six"
                    con.append(_cite(m, self.titles))
                    continue
                if m.modality in DENIED or denial:
                    (pro if (m.modality in DENIED) == denial else con).append(_cite(m, self.titles))
                    continue
                span = dates.mention_interval(m)
                if q.span is None or dates.overlaps(span, q.span):
                    pro.append(_cite(m, self.titles))
                elif span is not None and m.date_source == STATED and (
                        not acts or getattr(m, "form", None) in acts) and claimed.same_act(m):
                    # a date the sentence itself gives to the same act ("invaded", not any attack)
                    # done to the same thing ("the fisheries agreement" is not "the Geneva
                    # Agreement")
                    con.append(_cite(m, self.titles))
        pro, con = _unique(pro), _unique(con)
        if q.span is not None and pro and not con:  # the date of an event the sources disagree on
            keys = {c.key for c in pro}
            for fits, cites in self._date_sides(events, pro, q.span):
                con.extend(c for c in cites if not fits and c.key not in keys)
            con = _unique(con)
        both = {c.key for c in pro} & {c.key for c in con}  # read both ways: it decides nothing
        pro, con = [c for c in pro if c.key not in both], [c for c in con if c.key not in both]
        # 3. (no event fits: the sentences that state the claim's act, read)
        if not figures and not (pro and con):
            rpro, rcon, denied = self._read_sides(q)
            pro, con = settle_both(_unique(pro + rpro), _unique(con + rcon), denied, denial)
        # a sentence for the claim's act that gives another figure of its unit is against it
        # ("five founding members" against "six"), whichever layer found it
        moved = [c for c in pro if claimed.figures_clash(c.sentence)]
        if moved:
            pro, con = [c for c in pro if c not in moved], _unique(con + moved)
        if pro and not con and claimed.figures:
            con = self._figures_against(q, claimed, pro)
        if pro and not con and figures:
            con = self._stored_against(pro)
        if not pro and not con:
            return self._not_found(q)
        verdict = "disputed" if pro and con else "supported" if pro else "contradicted"
        counts = f"{len(pro)} sentence{'s' * (len(pro) != 1)} for, {len(con)} against"
        sides = [Side("for", pro), Side("against", con)]
        return Answer(q, verdict, counts, pro + con, sides, [e.id for e in events])


class _ClaimParts:
    """The parts of a claim a sentence about its event is compared on beyond actors, type and
    date (:mod:`chronica.ask.parts`): the figures it gives and the thing its act is done to."""

    def __init__(self, q: Question) -> None:
        doc = q.doc
        times = {i for s in q.time_tokens for i in range(s[0], s[1])}
        names = {i for s in q.spans for i in range(s[0], s[1])}
        main = doc[q.main] if doc is not None and q.main is not None else None
        self.figures = parts.figures(doc, times) if doc is not None else []
        self.thing = parts.object_words(main, times | names)
        predicate = _predicate(doc, q.main) if doc is not None else None
        self.act = predicate.lemma_ if predicate is not None and predicate.is_alpha else None
        self.codes = act_codes(self.act, q.types) if self.act is not None else frozenset()

    def states_act(self, sentence: str, cameo: str | None = None) -> bool:
        """The sentence holds a word of the claim's predicate's family, or of the same act
        ("invaded"/"invasion", "mediated"/"brokered"), as written (:func:`may_hold`) or by its
        lemma in the sentence's parse ("died": "die"), or its event (CAMEO code ``cameo``) is
        the act the ontology codes the claim's predicate as ("severed" for "broke off
        relations": 161), as the reader requires of the sentences it reads: an event of the
        claim's type stated by another verb ("signed", 057, for "approved", 051; "agreed at
        the NATO summit" for "joined NATO") is another act."""
        if self.act is not None and other_step(self.act, _WORD.findall(sentence)):
            return False  # "signed the accord" is no word on "ratified the accord" (one code, 057)
        if self.act is None or (cameo is not None and cameo in self.codes) or may_hold(sentence, self.act):
            return True
        return any(t.is_alpha and _of_family(self.act, t) for t in parse_plain([sentence])[0])

    def _score(self, sentence: str) -> int:
        return parts.object_score(self.thing, [w.lower() for w in _WORD.findall(sentence)], related)

    def names_thing(self, sentence: str) -> bool:
        """The sentence names the thing the claim's act is done to (its head noun), or the claim
        names none."""
        return not self.thing or self._score(sentence) > 0

    def figures_clash(self, sentence: str) -> bool:
        """The sentence gives another figure of a unit the claim gives a figure of."""
        return bool(self.figures) and parts.figures_clash(self.figures, parts.figures(parse_plain([sentence])[0]))

    def names_all(self, sentence: str) -> bool:
        """The sentence names all of the claim's thing ("the fisheries agreement"), or the claim
        names none."""
        return not self.thing or self._score(sentence) == len(self.thing)

    def same_act(self, m: EventMention) -> bool:
        """The sentence states the claim's act done to all of the claim's thing ("the fisheries
        agreement", not the Geneva one): only such a sentence's date can be against the claim's."""
        return self.names_all(m.sentence)


def _same_word(events: list[ChronicleEvent], q: Question) -> list[ChronicleEvent]:
    """Of ``events``, those a sentence states with the question's own word or one of its family
    (:func:`chronica.ask.reading.related`: "agreement" for "the peace agreement", not the
    "ceasefire" of the same type and form) when there are any, else all of them."""
    if q.doc is None or q.main is None or len(events) < 2:
        return events
    lemma = q.doc[q.main].lemma_.lower()
    if not lemma.isalpha():
        return events
    same = [e for e in events if any(related(lemma, w) for m in e.mentions
                                     for w in _WORD.findall(m.trigger or "") if m.modality not in DENIED)]
    return same or events


_WORD = re.compile(r"[^\W\d_]+")


def _agreed_first(events: list[ChronicleEvent]) -> list[ChronicleEvent]:
    """``events`` (in date order) with first those whose dates agree with the date most of them
    agree with, the most precise of those first (:func:`chronica.ask.reading.choose_date`'s
    rule): "7 August 2008" before "August 2008" and before an unrelated "May 2005"."""
    readings = [Reading(sentence=None, negated=False, date=e.date,  # type: ignore[arg-type]
                        date_span=dates.interval(e.date, e.date_end, e.earliest, e.latest))
                for e in events]
    chosen = choose_date(readings)
    if chosen is None:
        return events
    agree = {id(r) for r in chosen[1]}
    first = [e for e, r in zip(events, readings) if id(r) in agree]
    best = [e for e in first if e.date == chosen[0]]
    return best + [e for e in first if e not in best] + [e for e in events if e not in first]


#: two dates of one happening stated by different sources are a disagreement when they do not
#: overlap and lie at most this many days apart (farther apart, the sentences more likely tell
#: two happenings: a break of relations in 1976 and another in 2021)
DISSENT_DAYS = 366
#: a when-answer's paraphrase in another source (:meth:`Asker._paraphrase_dissent`): the MiniLM
#: cosine to one of the answer's sentences (on the dev subjects the sentences telling one act in
#: other words are 0.70-0.75 close; of unrelated acts of the same actors, 0.60-0.68 mostly), the
#: answer's sentences it starts from, the nearest sentences searched for each, and how many days
#: may lie between the other date and the answer's (the sources' days of one act lie one or two
#: days apart, or a month: "2 March" / "28 March", "5 May" / "5 June"; on the dev subjects
#: a date further off a close sentence gives is another happening: a second recall, a raid months
#: before; a week, the bound before, left out such pairs in five dev subjects)
PARAPHRASE_COSINE = 0.68
PARAPHRASE_SEEDS = 4
PARAPHRASE_NEIGHBOURS = 15
PARAPHRASE_DAYS = 31
#: ... how precisely the other source must write its date: to the day or to the month ("signed in
#: March" against "on 30 April"; a year or a season dates too little to say it differs)
PARAPHRASE_PRECISION_DAYS = 31
#: the days of the longest year (a leap year's)
YEAR_DAYS = 366
#: the MiniLM cosine at which a sentence of another source that does not hold the question's word
#: may still tell the same happening, when the build coded in it an event of the question's type
#: between its parties (:func:`_same_parties`: "gunmen fired on the envoy's car" for "tried to
#: kill the envoy"; on the dev subjects such sentences are 0.56-0.66 close to the answer's)
NEIGHBOUR_COSINE = 0.55
#: the MiniLM cosine at which a sentence of another source that neither holds the question's word
#: nor codes its type may tell the same happening, when it names what the question's act is done
#: to and who does it (:meth:`Asker._names_asked`: "brought its complaint before the tribunal"
#: for "filed it at the tribunal"; "rode into the town" for "entered the town"; on the dev
#: subjects, reading the answer's neighbours only, 0.55 (the bound of test (b)) turned seven
#: one-sided answers disputed and no right one wrong, 0.60 six, 0.68 five)
WORDED_COSINE = 0.55
#: ... and both are written to the day: two sources giving two days for one happening; a month
#: or a year read near the question's word may date another phase of it ("the canal stayed
#: blocked until March 1957" / "reopened in April 1957")
DISSENT_PRECISION_DAYS = 1
#: the MiniLM cosine at which a sentence of another source close both to a when-answer's
#: sentences and to the question tells the same happening even when it names nothing the
#: question's act is done to ("took his oath on 20 May" for "when was he sworn in": test (d) of
#: :meth:`Asker._paraphrase_dissent`; on the dev subjects 0.60 and 0.55 turned four one-sided
#: answers disputed and no right one wrong, 0.65 two; without the test that the sentence names
#: the question's actors, 0.55 turned two right answers wrong: another town, another act)
BOTH_COSINE = 0.6


def _dissent(stated: list[tuple[str | None, tuple | None, bool, Citation]], value: str | None,
             span: tuple | None) -> list[tuple[str, list[Citation]]] | None:
    """The sides when the sources of one answer write dates for it that cannot all be right:
    of ``stated`` ((value, days, written by the sentence itself, citation) per sentence), those
    written by their sentence that do not overlap the answer's date ``value`` (days ``span``),
    from documents none of whose sentences give a date that fits it, at most
    :data:`DISSENT_DAYS` away, both written to the day (:data:`DISSENT_PRECISION_DAYS`):
    "19 February 1976" / "19.01.1976" ("1976" fits either) — each
    value with its sentences, the answer's side first; None when the sources agree."""
    if value is None or span is None or dates.span_days(span) > DISSENT_PRECISION_DAYS:
        return None
    written = [(v, s, c) for v, s, own, c in stated if own and v and s is not None]
    agree = [c for v, s, c in written if dates.overlaps(s, span)]
    if not agree:
        return None  # the answer's own date is written by no sentence: nothing to weigh it by
    docs = {c.document for c in agree}
    other: dict[str, list[Citation]] = {}
    for v, s, c in written:
        if c.document in docs or dates.overlaps(s, span) or dates.span_days(s) > DISSENT_PRECISION_DAYS \
                or dates.gap_years(s, span) * 365.25 > DISSENT_DAYS:
            continue
        other.setdefault(v, []).append(c)
    if not other:
        return None
    return [(value, _unique(agree))] + [(v, _unique(cs)) for v, cs in other.items()]


def asked_content(q: Question, predicate) -> list[str]:  # noqa: ANN001 - a spaCy Token
    """The question's content words (lemmas) but its predicate's: no stop word, name or time
    (what the question asks about: "the [Kessa] [port]", "[diplomatic] [relations]")."""
    return [w for w in content_words(q.doc, names_and_times(q)) if not related(w, predicate.lemma_)]


def _dates_cited(d, cited: Citation, first: tuple) -> bool:  # noqa: ANN001 - a Disagreement
    """Whether a side of the date disagreement ``d`` holds the answer's sentence ``cited`` with a
    date that overlaps the answer's (days ``first``): the build read in that very sentence the
    date the answer gives."""
    return any((m.document_id, m.sentence_start, m.sentence_end) == cited.key
               and (span := dates.mention_interval(m)) is not None and dates.overlaps(span, first)
               for side in d.claims for m in side.mentions)


def _coarser_side(d, first: tuple) -> bool:  # noqa: ANN001 - a Disagreement
    """Whether a side of the date disagreement ``d`` dates it only more coarsely than the
    answer's date (days ``first``) and than a month: "in 2003" against "13 April 2002" may tell a
    later step of the matter, not another day of the answer's act."""
    days = dates.span_days(first)  # a year (leap or not) answered is disputed by another year
    most = PARAPHRASE_PRECISION_DAYS if days <= PARAPHRASE_PRECISION_DAYS else max(days, YEAR_DAYS)
    return any(all((span := dates.mention_interval(m)) is None or dates.span_days(span) > most
                   for m in side.mentions) for side in d.claims)


def _sides_name_thing(d, thing: list[str]) -> bool:  # noqa: ANN001 - a Disagreement
    """Whether each side of the disagreement ``d`` has a sentence holding a content word of the
    question (:func:`asked_content`, by word family: :func:`related`): both sides tell of what
    the question asks about, not of another act their sentences state ("a tariff on garlic" is
    no "strategic partnership")."""
    if not thing:
        return False
    return all(any(any(related(w, x) for w in thing for x in _WORD.findall(m.sentence.lower()))
                   for m in side.mentions) for side in d.claims)


def _names_actors(q: Question, sentence: str, pair: frozenset[str]) -> bool:
    """Whether ``sentence`` names each actor of the question: its words (a person's last word:
    "Eden"), its name, or the state's when the sentence's source is about it (``pair``, the
    actor ids of the source's pair)."""
    told = fold(sentence)
    return all(word_at(told, fold(a.text.split()[-1] if a.person else a.text)) >= 0
               or (a.name and word_at(told, fold(a.name)) >= 0)
               or bool(a.actor_id and a.ids & pair) for a in q.actors if a.text.split())


#: what parts a who-answer's names from the descriptions its sentences give of its persons
DESCRIBED = " — "


def _described(names: list[str], persons: set[str], cites: list[Citation]) -> str:
    """The descriptions the cited sentences give of the persons among a who-answer's ``names``
    (:func:`~chronica.ask.reading.describe`: the title before the name, the phrase in apposition
    to it: "Ona Brask, then president of the republic"), each from the first sentence that
    writes the name and describes it, after :data:`DESCRIBED`; "" when none is described."""
    out: list[str] = []
    for name in names:
        if name not in persons:
            continue
        for c in cites:
            if word_at(fold(c.sentence), fold(name)) < 0:
                continue
            told = describe(c.sentence, name)
            if told is not None:
                out.append(told)
                break
    return DESCRIBED + "; ".join(dict.fromkeys(out)) if out else ""


def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", fold(re.sub(r"\([^()]*\)", " ", name)).lower()))


def _fuller_names(readings: list[Reading]) -> list[Reading]:
    """The readings with each name written as the fullest form the readings give of it: a name
    whose words are all in a longer one's is that one ("Thomas Mensah", "Mensah": "Thomas A.
    Mensah"; "Mensah" and "Mensah (Ghana)": the one with its note), so that two sources writing
    one person two ways are no two sides; a name whose words several longer ones hold is kept
    as it is."""
    names = list(dict.fromkeys(n for r in readings for n in r.names))
    words = {n: _name_words(n) for n in names}
    fuller: dict[str, str] = {}
    for n in names:
        holding = [m for m in names if words[n] and words[n] <= words[m]]
        tops = [m for m in holding if not any(words[m] < words[x] for x in holding)]
        if len({words[m] for m in tops}) == 1:  # one fullest name (with its note, when one has it)
            fuller[n] = max(tops, key=len)
    for r in readings:
        r.names = list(dict.fromkeys(fuller.get(n, n) for n in r.names))
    return readings


def _same_person(words: frozenset[str], other: frozenset[str]) -> bool:
    """Two names of one person: the words of one hold the other's, or they share two
    ("Tun Abdul Razak", "Abdul Razak Hussein" -- not "Tunku Abdul Rahman", one word shared)."""
    return bool(words) and bool(other) and (words <= other or other <= words or len(words & other) >= 2)


def _asked_persons(q: Question, m: EventMention, states: dict[str, str],
                   persons: list[frozenset[str]]) -> list[str]:
    """The persons one sentence (an event's mention) names in the role a who-question asks for:
    its participants of that role that are named (a capitalised name or one the knowledge base
    resolved, not "the foreign minister") and that the actors stage took for persons here or in
    another sentence of the event (``persons``: their words; "Lord Halden" unknown here, "Halden"
    a person there), not the question's own actors, and of the state the doer acts for when the
    question names one ("who signed for Norway"; ``states``: the state each name is given in any
    sentence of the event)."""
    acted_for = [a for a in q.actors if a.acted_for]
    out = []
    for p in m.participants:
        name = p.name or p.text or ""
        if (q.answer_role and p.role != q.answer_role and not (JOINT in m.checks and p.role in (SOURCE, TARGET))) \
                or not name or not (p.actor_id or name[:1].isupper()):
            continue
        if p.kind != "person" and not (p.kind is None and any(_same_person(_name_words(name), w) for w in persons)):
            continue
        if any(_fills(p, a, exact=True) for a in q.actors):
            continue
        if acted_for and not _of_acted_for(p.actor_id, p.state or states.get(name), acted_for):
            continue
        out.append(name)
    return out


def doer_sides(q: Question, mentions: list[EventMention]) -> list[tuple[list[str], list[EventMention]]] | None:
    """The sides of one happening whose sources name different persons in a who-question's role
    (:func:`_asked_persons`): each source's persons, one person written two ways being one
    (:func:`_same_person`: "J. K. Ruiz", "J.K."); a source whose persons are all among
    another's tells no other side ("Ruiz signed" beside "Ruiz and Berg signed"). Two
    or more sets of persons none of which holds another ("A and B signed" in some sources, "A and
    C signed" in another) are the sides, each with its sentences (those of the sources that name
    part of it too); None when the sources agree or name no person."""
    states = {p.name or p.text: p.state for m in mentions for p in m.participants if p.state}
    persons = [_name_words(p.name or p.text or "") for m in mentions for p in m.participants if p.kind == "person"]
    by_doc: dict[int, list[frozenset[str]]] = {}
    names: dict[frozenset[str], str] = {}  # a person's words -> the fullest way a source writes them
    for m in mentions:
        for n in _asked_persons(q, m, states, [w for w in persons if w]):
            w = _name_words(n)
            if not w:
                continue
            key = next((k for k in names if _same_person(k, w)), None)
            if key is None:
                names[w] = n
            elif len(n) > len(names[key]):
                names[key] = n
            key = key if key is not None else w
            if key not in by_doc.setdefault(m.document_id, []):
                by_doc[m.document_id].append(key)
    sets = {d: frozenset(ks) for d, ks in by_doc.items() if ks}
    distinct = set(sets.values())
    tops = [s for s in distinct if not any(s < o for o in distinct)]
    if len(tops) < 2:
        return None
    # persons of two different states, each side's own, are the two parties' doers (one source
    # naming one party's signatory, another the other's), no two tellings of one role
    state_of = {k: states.get(names[k]) for k in names}
    for i, a in enumerate(tops):
        for b in tops[i + 1:]:
            sa, sb = [state_of[k] for k in a - b], [state_of[k] for k in b - a]
            if all(sa) and all(sb) and not set(sa) & set(sb):
                return None
    out = []
    # the side more sources give first (of as many, the one of the first document)
    for top in sorted(tops, key=lambda s: (-sum(1 for d in sets if sets[d] == s), min(d for d in sets if sets[d] == s))):
        docs = {d for d, s in sets.items() if s <= top and sum(s <= t for t in tops) == 1}
        persons = [names[k] for k in by_doc[next(d for d in sets if sets[d] == top)]]
        out.append((persons, [m for m in mentions if m.document_id in docs]))
    return out


def _other_doers(given: list[str], docs: set[int], readings: list[Reading]) -> dict[str, list[Reading]] | None:
    """The other persons the sentences that state a who-question name in its role, each with its
    sentences, when they are of sources other than the answer's: ``given`` the answer's persons,
    ``docs`` its sources (with every source of a sentence naming all of them). A sentence counts
    when it names one person in the role, not the answer's (none: a state or a body, which may
    be how a source tells the same person's act), or, the answer naming several (two
    signatories, two mediators), as many with one of them another ("Karl Berg and Ola Nilsen"
    against "Karl Berg and Per Dahl": that pair is a side). A name is the answer's person written
    another way by :func:`_same_person`. None when there is no other, or one source names two
    other sides."""
    if not readings or not given:
        return None
    probe = Reading(readings[0].sentence, False, names=list(given))
    _fuller_names([probe, *readings])
    answered = [_name_words(n) for n in dict.fromkeys(probe.names)]
    docs = set(docs)
    named: list[tuple[Reading, list[str], list[str]]] = []
    for r in readings:
        persons = [_name_words(p) for p in r.persons if _name_words(p)]
        own = [n for n in r.names if any(p <= _name_words(n) for p in persons)]
        new = [n for n in own if not any(_same_person(_name_words(n), w) for w in answered)]
        if own and not new and len(own) >= len(answered):
            docs.add(r.sentence.document_id)  # a source naming the answer's persons
        named.append((r, own, new))
    others: dict[str, list[Reading]] = {}
    for r, own, new in named:
        if len(new) != 1 or r.sentence.document_id in docs:
            continue  # no other person, two of them, or a source of the answer's
        if len(own) == 1:
            label = own[0]
        elif len(answered) >= 2 and len(own) == len(answered):
            label = ", ".join(own)  # one of the answer's several told as another
        else:
            continue
        others.setdefault(label, []).append(r)
    side_docs = [{r.sentence.document_id for r in rs} for rs in others.values()]
    if not others or any(a & b for i, a in enumerate(side_docs) for b in side_docs[i + 1:]):
        return None
    return others


def _name_sides(names: list[str], readings: list[Reading]) -> list[tuple[str, list[Reading]]] | None:
    """The sides when the sentences that state a who-question give different names in its role,
    as many sentences each, and no sentence and no source gives two of them ("Prime Minister Laar
    signed the agreement" in one source, "President Meri signed it" in another): one role, filled
    otherwise by each source -- each name with its sentences; None when one sentence or one source
    names several (two signatories, a leader and his state: "Libya's Gaddafi brokered")."""
    if len(names) < 2:
        return None
    by_name = {n: [r for r in readings if n in r.names] for n in names}
    if any(len(set(r.names) & set(names)) > 1 for r in readings):
        return None
    docs = [{r.sentence.document_id for r in rs} for rs in by_name.values()]
    if any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
        return None
    return list(by_name.items())


def _disputed(q: Question, sides: list[tuple[str, list[Citation]]], event_ids: list[str] | None = None) -> Answer:
    """A when-answer whose sources disagree: each date with its sentences."""
    # a TIMEX3 value as a reader writes it; a claim's value as its source wrote it ("16 May 1988")
    out = [Side(dates.display(v, None) if dates.value_interval(v) else v, cs) for v, cs in sides]
    text = "the sources disagree: " + " / ".join(
        f"{s.label} ({', '.join(dict.fromkeys(f'd{c.document}' for c in s.citations))})" for s in out)
    return Answer(q, "disputed", text, _unique([c for s in out for c in s.citations]), out, event_ids or [],
                  values=[v for v, _ in sides])


def one_act(asked: SentenceClaim, stored: SentenceClaim) -> bool:
    """A stored date is a date of the asked claim's act only when its clause states that act: the
    same predicate or one of its family or of the same act (:func:`chronica.ask.reading.related`,
    :func:`~chronica.ask.reading.act_family`: "signed"/"signature", "mediated"/"brokered") or
    a verb the ontology codes as the same CAMEO act ("recalled"/"withdrew" its ambassador: 161),
    whatever the claims stage made of the two clauses' wording ("addressed the parliament in
    April 1959" is no date of "crossed into India on 31 March", nor "addressed the assembly" one
    of "the visit opened"). Claims of other kinds, or without a predicate, are matched as the
    claims layer matches them."""
    if asked.kind != "date" or stored.kind != "date" or not asked.predicate or not stored.predicate:
        return True
    a, b = asked.predicate.lower(), stored.predicate.lower()
    if a in LIGHT_VERBS or b in LIGHT_VERBS:
        return True  # "ASEAN had six founding members", "were among the five founders": no act
    return same_act_lemmas(a, b)


def same_act_lemmas(a: str, b: str) -> bool:
    """Two predicates' lemmas state one act: of one family or of the same act
    (:func:`chronica.ask.reading.related`, :func:`~chronica.ask.reading.act_family`) or coded as
    the same CAMEO act by the ontology, and not two steps of one coded act ("ratified" and
    "signed": :func:`~chronica.ask.reading.other_step`)."""
    if other_step(a, [b]) or other_step(b, [a]):
        return False  # "ratified" and "signed" an accord: one CAMEO code (057), two steps of it
    return any(related(x, b) for x in act_family(a)) or any(related(x, a) for x in act_family(b)) \
        or bool(_cameo_codes(a) & _cameo_codes(b))


def _cameo_codes(lemma: str) -> frozenset[str]:
    """The CAMEO codes the ontology gives the triggers that start with ``lemma``, of any type
    ("recall" and "withdraw" [an ambassador]: 161)."""
    from chronica.events.ontology import load_ontology

    return frozenset(p.coding.cameo for p in load_ontology().by_first.get(lemma, []) if p.coding.cameo)


def settle_both(pro: list[Citation], con: list[Citation], denied: set[tuple],
                denial: bool) -> tuple[list[Citation], list[Citation]]:
    """For and against once the read sentences are added to the events': a sentence on both
    sides ("Turkey did not sign the convention": an event of signing coded for it, the act's
    word read negated) is on the side its denial is on when the reader read the act's word
    negated in it with the claim's actors in its roles (``denied``: what the sentence says of
    the asked act, where the event may be another act of the sentence: "the agreement was
    signed by Britain ...; Brunei did not sign"), and on neither otherwise (read both ways,
    it decides nothing). ``denial``: the claim itself says the act did not happen."""
    both = {c.key for c in pro} & {c.key for c in con}
    if not both:
        return pro, con
    keep_pro = {k for k in both if k in denied and denial}
    keep_con = {k for k in both if k in denied and not denial}
    return ([c for c in pro if c.key not in both or c.key in keep_pro],
            [c for c in con if c.key not in both or c.key in keep_con])


def sentence_sides(matched: list[list[tuple[Citation, bool]]]) -> tuple[list[Citation], list[Citation]]:
    """For and against a claim, by sentence, from its parts' matches (per part of the claim, each
    stored claim about the same thing: its sentence and whether it fits). A sentence is for a
    part when one of its claims fits it, whatever other figure of the same measure it also gives
    ("fell from 116,108 to 49,081": each end is one figure, and only one is the part's); a
    sentence against some part (none of its claims fits it) is against the claim."""
    seen: dict[tuple, Citation] = {}
    against: set[tuple] = set()
    for part in matched:
        fits: dict[tuple, bool] = {}
        for cite, ok in part:
            fits[cite.key] = fits.get(cite.key, False) or ok
            seen.setdefault(cite.key, cite)
        against |= {key for key, ok in fits.items() if not ok}
    return [c for k, c in seen.items() if k not in against], [c for k, c in seen.items() if k in against]


def _placed_at(asked: SentenceClaim, stored: SentenceClaim) -> SentenceClaim:
    """``asked`` (a claim of a question) at ``stored``'s time when it names a time that holds
    it, or none, and ``stored``'s is finer: the question's time only says which happening it means
    ("killed in the 1994 hotel attack", "the chemical attack on Halabja" — no date), a source's
    sentence writes the day; as written otherwise (a date the source's sentence does not write,
    its event's or the narrative's, does not place a figure on one day: "1,650 soldiers were
    killed in the fighting" is no toll of the day the fighting is dated)."""
    if not (stored.earliest and stored.latest and stored.stated) or stored.narrative:
        return asked
    if asked.earliest and asked.latest:
        if not (asked.earliest[:10] <= stored.earliest[:10] and stored.latest[:10] <= asked.latest[:10]):
            return asked
        if (asked.earliest[:10], asked.latest[:10]) == (stored.earliest[:10], stored.latest[:10]):
            return asked
    return replace(asked, earliest=stored.earliest, latest=stored.latest, stated=stored.stated,
                   narrative=False)


def _in_time_clause(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """``token`` stands in a phrase or clause that places something else in time by it ("two
    weeks [after the limit came into force]", "[before the war]": a time connective of
    :data:`chronica.ask.question.TIME_CONNECTIVES`)."""
    seen = 0
    while token.head is not token and seen < 8:
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in TIME_CONNECTIVES:
            return True
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CONNECTIVES for c in token.children):
            return True
        token, seen = token.head, seen + 1
    return False


def dates_another(sentence: str, at: int) -> bool:
    """The time expression starting at character ``at`` of ``sentence`` stands in a phrase that
    places the sentence's act by another happening (:func:`_in_time_clause`: "[after the floods of
    6 May], the army sent ..."): it dates that happening, not the act."""
    doc = parse_plain([sentence])[0]
    date = next((t for t in doc if t.idx <= at < t.idx + max(len(t.text), 1)), None)
    return date is not None and _in_time_clause(date)


def date_of_act(sentence: str, at: int, lemma: str) -> bool:
    """The time expression starting at character ``at`` of ``sentence`` dates a word of
    ``lemma``'s family there: in the parse it lies as few links from one of them as from any
    other verb, and that word stands in no phrase that dates something else by it
    (:func:`_in_time_clause`): "the armistice was signed on 28 July 1953" dates "sign"; "on
    13.07.2011 South Sudan joined the UN, the day after independence" does not date
    "independent", nor "On 6 August Greece and Egypt signed [...], and four days later Turkey
    sent" "send"."""
    doc = parse_plain([sentence])[0]
    date = next((t for t in doc if t.idx <= at < t.idx + max(len(t.text), 1)), None)
    if date is None:
        return False
    family = [t for t in doc if t.is_alpha and _of_family(lemma, t)
              and (not _in_time_clause(t) or date in t.subtree)]  # "after the bombing, [which
    # began on 23 March]": the date is the clause's own
    if not family:
        return False
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" and t not in family]
    best = min(_distance(date, t) for t in family)
    return best < 99 and all(best <= _distance(date, v) for v in verbs)


def _dates_the_act(sentence: str, lemma: str) -> bool:
    """The sentence may date the act of ``lemma``: not every word of its family there stands in
    a phrase that only dates something else by it (:func:`_in_time_clause`); a sentence that
    states the act in other words ("cut ties" for "broke off relations") is taken as the
    disagreement's claims read it."""
    family = [t for t in parse_plain([sentence])[0] if t.is_alpha and _of_family(lemma, t)]
    return not family or any(not _in_time_clause(t) for t in family)


#: the kinds of a stored disagreement that dispute a figure (:meth:`Asker._stored_figures`)
FIGURE_DISPUTES = frozenset({"number", "duration", "attribute"})
#: the kinds of the build's disagreements that dispute an answer to each kind of question
DISPUTE_KINDS = {"when": frozenset({"date"}), "who": frozenset({"who"})}
#: the topic of a stored "who" disagreement (:mod:`chronica.claims`): "who signed for ETH:
#: declaration" -- the act, the state its doers act for (when one), the thing it is done to
STATE_ID = re.compile(r"[A-Z]{3}")  # a state's id in the knowledge base ("ETH")
WHO_TOPIC = re.compile(r"who (?P<act>.+?)(?: for (?P<state>[A-Z][A-Z0-9/_]*))?: (?P<thing>.+)$")


def side_names(side) -> str:  # noqa: ANN001 - a Disagreement's Claim
    """The names one side of a "who" disagreement gives, as an answer shows them: the persons its
    claims resolved (``id:`` the knowledge base's name; ``name:`` the words as its sentence writes
    them: "the Russian jurist Friedrich Martens" is Friedrich Martens, not "the Russian jurist"),
    else its value without the date ("Rabat, 1976": Rabat)."""
    from chronica.actors.kb import load_kb

    names: list[str] = []
    for m in side.mentions:
        for key in getattr(m, "persons", None) or []:
            kind, _, rest = key.partition(":")
            if kind == "id":
                known = load_kb().get(rest)
                name = known.name if known is not None else None
            else:
                low = m.sentence.lower()  # the key is the words in lower case
                at = low.find(rest) if len(low) == len(m.sentence) else -1
                name = m.sentence[at:at + len(rest)] if at >= 0 else rest.title()
            if name and name not in names:
                names.append(name)
    if names:
        return " and ".join(names)
    return re.sub(r"\s+'s\b", "'s", side.value.split(",")[0].strip())


def _once_topic(lemma: str) -> str | None:
    """How the claims layer names the act ``lemma`` states in the topic of a "who" claim, when it
    is of a once-only class (:data:`chronica.claims.extract.ONCE_TOPICS`, the classes of
    ``once_predicates`` in the claims' rules): "presided" and "chaired" are "convened"."""
    from chronica.claims.extract import ONCE_TOPICS
    from chronica.claims.rules import load_rules

    cls = load_rules().once_class(lemma.lower())
    return ONCE_TOPICS.get(cls, cls) if cls else None


#: the words that ask for a count ("[how many] soldiers")
COUNT_WORDS = ("how", "many")


def asked_figure(doc) -> tuple[bool, "Token | None"]:  # noqa: ANN001 - a spaCy Doc
    """What a question asks a figure by: (True, None) for "how" before the adjective or adverb
    it measures ("how many", "how much", "how large a loan", "how long"); (False, noun) for the
    noun a "what" determines or names ("what [share] of voters", "what was the [vote]"), which a
    figure answers only when it is the figure's measure (:func:`_names_measure`); (False, None)
    otherwise."""
    for t in doc:
        if t.lower_ == "how" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("ADJ", "ADV") \
                and doc[t.i + 1].lower_ not in ("often", "else"):
            return True, None
        if t.lower_ in ("what", "which"):
            if t.dep_ == "det" and t.head.pos_ == "NOUN":
                return False, t.head
            if t.dep_ in ("attr", "nsubj") and t.head.lemma_ == "be":  # "what was the vote"
                other = [c for c in t.head.children if c.dep_ in ("attr", "nsubj") and c.i != t.i and c.pos_ == "NOUN"]
                return False, (other[0] if other else None)
            return False, None
    return False, None


def _names_measure(noun, topic: str, money: bool = False) -> bool:  # noqa: ANN001 - a spaCy Token
    """Whether a stored figure disagreement's ``topic`` ("what share: ...", "how many votes
    for: votes", "how much money (USD): ...") is of the measure a what-question's ``noun`` asks:
    the noun's word is one of the topic's before its colon ("what [share]", "the [vote]"), or
    with ``money`` the topic is a sum of money (what a "what sum", "what compensation" asks is
    paid in it)."""
    from chronica.claims.model import MONEY_TOPIC, SHARE_TOPIC

    words = _WORD.findall(topic.split(":")[0].casefold())
    if money:  # a sum: not what a noun of a share asks ("what share": never a sum)
        return MONEY_TOPIC in words and not related(noun.lemma_.lower(), SHARE_TOPIC)
    return any(related(noun.lemma_.lower(), w) for w in words)


def _asks_measure(doc, topic: str) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Whether a question asks the measure of a stored figure disagreement's ``topic`` when
    the topic names one of the claims layer's measures ("how many [captured]: Yemeni
    soldiers"): the question holds one of that measure's nouns or predicates
    (:data:`chronica.claims.rules` ``measures``: "taken [prisoner]", "were [killed]"); a topic
    of no such measure ("what share", "how many figure: seat") asks nothing more."""
    from chronica.claims.rules import load_rules

    measures = load_rules().measures
    head = [w for w in _WORD.findall(topic.split(":")[0].casefold()) if w in measures]
    if not head:
        return True
    held = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    # a phrase of the measure ("take-prisoner", "lose-life") is held when all its words are
    return any(set(w.split("-")) <= held for kind in ("nouns", "predicates") for w in measures[head[0]][kind])


def counted(doc) -> str | None:  # noqa: ANN001 - a spaCy Doc
    """The lemma of the noun a how-many question counts ("How many Italian [soldiers] were
    killed", "How many [people] died"), else None."""
    words = [t for t in doc if not t.is_punct]
    for a, b in zip(words, words[1:]):
        if (a.lower_, b.lower_) == COUNT_WORDS:
            nouns = [t for t in doc[b.i + 1:b.i + 4] if t.pos_ == "NOUN"]
            return nouns[0].lemma_.lower() if nouns else None
    return None


def _read_cite_row(row, titles: dict[int, str | None]) -> Citation:  # noqa: ANN001 - a SentenceRow
    return Citation(row.document_id, titles.get(row.document_id), row.text, row.start, row.end)


def _dates_fit(text: str, span: tuple) -> bool:
    """No date the time tagger reads in ``text`` (unanchored) falls outside ``span``."""
    from chronica.time.tagger import tag

    for t in tag(text, None):
        got = dates.value_interval(t.value) if t.type == "DATE" else None
        if got is not None and not dates.overlaps(got, span):
            return False
    return True


def _mention_cite(m, titles: dict[int, str | None]) -> Citation:  # noqa: ANN001 - EventMention or SentenceClaim
    """The sentence of one side of a disagreement: an event's mention or a stored claim."""
    if isinstance(m, SentenceClaim):
        return _claim_cite(m, titles)
    return _cite(m, titles)


def _read_cite(r: Reading, titles: dict[int, str | None]) -> Citation:
    s = r.sentence
    return Citation(s.document_id, titles.get(s.document_id), s.text, s.start, s.end, r.date)


def _count(cites: list[Citation]) -> str:
    docs = len({c.document for c in cites})
    return f"{len(cites)} sentence{'s' * (len(cites) != 1)} of {docs} source{'s' * (docs != 1)}"


def _claim_cite(c: SentenceClaim, titles: dict[int, str | None]) -> Citation:
    return Citation(c.document_id, titles.get(c.document_id), c.sentence, c.sentence_start,
                    c.sentence_end, c.value)


#: one answering function per kind of question
ANSWERERS: dict[str, Callable[[Asker, Question], Answer]] = {
    "when": Asker._when, "who": Asker._who, "what": Asker._what, "did": Asker._did,
    "check": Asker.check_parsed,
}


#: kinds of question the sentences are read for when no event fits
READERS: dict[str, Callable[[Asker, Question], Answer | None]] = {
    "when": Asker._read_when, "who": Asker._read_who, "what": Asker._read_what,
    "did": lambda asker, q: asker._did(q) if q.actors else None,  # check_parsed reads too
}


def answer_json(a: Answer) -> dict:
    """An answer as the JSON API and ``--json`` give it."""
    cite = lambda c: {"document": f"d{c.document}", "title": c.title, "sentence": c.sentence,  # noqa: E731
                      "start": c.start, "end": c.end, "date": c.date}
    return {
        "question": a.question.text, "kind": a.question.kind, "verdict": a.verdict, "answer": a.text,
        "parsed": {"actors": [{"id": x.actor_id, "name": x.name, "role": x.role} for x in a.question.actors],
                   "types": a.question.types, "time": a.question.time_text},
        "citations": [cite(c) for c in a.citations],
        "sides": [{"label": s.label, "citations": [cite(c) for c in s.citations]} for s in a.sides],
        "events": a.event_ids,
        "related": [{"document": f"d{h.sentence.document_id}", "sentence": h.sentence.text}
                    for h in a.related],
    }
