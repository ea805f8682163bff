"""Disagreements: claims about one thing that cannot all be right, each with its sentences.

Four kinds, each narrow on purpose (two sentences about different things are not a
disagreement, and a reader must be able to read every one reported):

``date``
    One merged event whose sources state dates that do not overlap at the claims' own
    precisions ("collapsed in 1989" / "in 1991"; "in 1991" and "in December 1991" agree, and so
    do "in 1991" and "in the 1990s"). Only dates written in the sentence count: a date inferred
    from the narrative or the publication date is not a claim.
``number``
    One merged event whose sentences give different figures for the same unit noun (troops,
    casualties, votes ...) that differ by more than rounding (:data:`NUMBER_TOLERANCE`).
``act``
    The same actor (and target, when both sentences name one), over overlapping periods, doing
    acts that exclude each other: approving, ordering, refusing (``acts`` in
    ``chronica/claims/data/claims.yaml``). The
    sentences must be close in wording (:data:`SIM_ACT`), so that two different requests in one
    year are not taken for one; a sentence without a stated date needs the very same actor (not
    merely one of the same state) and closer wording (:data:`SIM_ACT_UNDATED`).
``relations``
    Opposite trends of the same pair's relations (improving vs worsening,
    :data:`RELATION_TRENDS`) stated by different documents for nearly the same period (the
    overlap covers at least :data:`RELATIONS_MIN_OVERLAP` of the union of the two periods).
"""

from __future__ import annotations

import bisect
import calendar
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable, Iterable, Protocol

from chronica.chronicle import dates as D
from chronica.chronicle.claim_conflicts import claim_disagreements, claim_keys, same_act_object
from chronica.chronicle.embeddings import Embedder, default_embedder
from chronica.chronicle.linking import DisjointSets
from chronica.chronicle.merge import INFERRED_GAP, is_stated, participant_keys, role_keys, type_compatible
from chronica.chronicle.model import ChronicleEvent, Claim, Disagreement
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import (  # noqa: F401 - numbered_names is re-exported
    different_designations, different_occasions, load_rules, numbered_names, states_repetition,
)
from chronica.events.ontology import load_ontology
from chronica.events.model import (
    ASSERTED, NEGATED, PLANNED, POSSIBLE, REFUSED, SOURCE, TARGET, EventMention,
)

class ClaimStep(Protocol):
    """Finds the claims' disagreements from the events' index and the events it names
    (:func:`find_disagreements`); ``keys``: the (document, sentence start, trigger) the index
    must hold (:func:`chronica.chronicle.claim_conflicts.claim_keys` of the claims)."""

    keys: set[tuple[int, int, int]]

    def __call__(self, index: dict[tuple[int, int, int], str], events: list[ChronicleEvent],
                 ) -> list[tuple[str, str, list[Claim], str]]: ...


KINDS = ("date", "duration", "act", "number", "who", "order", "scope", "relations", "attribute")

NUMBER_TOLERANCE = 0.10  # relative difference still taken for rounding
SIM_ACT = 0.30
SIM_ACT_UNDATED = 0.40  # when a date is missing or inferred (short sentences score low)
SIM_ACT_BOTH_UNDATED = 0.75  # when neither claim has a date
RELATIONS_MIN_OVERLAP = 0.5

#: trends of a relationship: value, types
RELATION_TRENDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (f"relations {trend}", load_ontology().types_with_trend(trend)) for trend in ("improved", "worsened"))
_TREND_TYPES = frozenset(t for _, types in RELATION_TRENDS for t in types)

_THE = re.compile(r"\b(union|united|republic|kingdom|states|federation|emirates|netherlands|"
                  r"philippines|kremlin|vatican|empire|confederation|islands)\b", re.I)


def actor_name(p) -> str:
    name = p.name or p.text
    if p.kind in ("state", "historical_state", "organisation", "armed_force") and _THE.search(name) \
            and not name.lower().startswith("the "):
        name = "the " + name
    return name


def _main_actor(event: ChronicleEvent) -> str:
    order = (TARGET, SOURCE) if event.type in RECIPIENT_FIRST else (SOURCE, TARGET)
    for role in order:
        for p in event.participants:
            if p.role == role and p.actor_id:
                return actor_name(p)
    return actor_name(event.participants[0]) if event.participants else ""


#: the question a date disagreement answers, by type ("when {a} died"): the ontology's ``topic``
_DATE_TOPICS = {code: t.topic for code, t in load_ontology().types.items() if t.topic}
#: happenings whose recipient is their subject (the founded state, the leader installed): the
#: ontology's ``main_role: target``
RECIPIENT_FIRST = frozenset(code for code, t in load_ontology().types.items() if t.main_role == TARGET)


def _date_topic(event: ChronicleEvent) -> str:
    actor = _main_actor(event)
    if actor and event.type in _DATE_TOPICS:
        return _DATE_TOPICS[event.type].format(a=actor)
    return f"when this happened: {event.summary}"


# -- date ----------------------------------------------------------------------------------

def _repeated(m: EventMention) -> bool:
    """The mention tells a repetition ("invaded Chad again in 1983"): its date is not the first
    happening's (:func:`chronica.claims.rules.states_repetition`)."""
    offset = m.trigger_start - m.sentence_start
    return states_repetition(m.sentence, offset, offset + max(len(m.trigger or ""), 1))


#: the year of a mention's date is written (:func:`chronica.chronicle.dates.year_written`)
year_written = D.year_written


_MONTH_NAMES = re.compile(r"\b(?:%s)\b" % "|".join(
    n.lower() for n in (*calendar.month_name[1:], *calendar.month_abbr[1:])), re.I)


def counted_day(m: EventMention) -> bool:
    """The mention's day is counted in its sentence from a day the text wrote before ("two days
    later", "a week later", "the following day"): the time stage dated it to the day from words
    that write no day, month or year of their own. The source states that day as surely as one
    it writes out: within one merged happening it is that source's date."""
    text = m.date_text or ""
    return (m.precision == "day" and m.date_source in ("sentence", None) and bool(text)
            and not re.search(r"\d", text) and not _MONTH_NAMES.search(text))


_SEPT = re.compile(r"\bsept\b", re.I)  # the abbreviation calendar.month_abbr does not write


def month_written(m: EventMention) -> bool:
    """The mention's date writes a month, to the month or the day ("on 8 February", "Sept. 15",
    "on the 14th of June"), whatever it says of the year."""
    return m.precision in ("day", "month") and bool(m.date_text) \
        and bool(_MONTH_NAMES.search(m.date_text) or _SEPT.search(m.date_text))


def written_years(event: ChronicleEvent) -> frozenset[str]:
    """The years the event's mentions write (:func:`year_written`, a date written in the sentence)."""
    return frozenset(m.date[:4] for m in event.mentions
                     if m.date and m.date[:4].isdigit() and is_stated(m) and year_written(m))


def year_confirmed(m: EventMention, years: frozenset[str]) -> bool:
    """A day or a month the sentence writes without its year ("paid a visit to Khartoum on 8
    February") in a merged happening whose other sources write that very year ("made his first visit to
    Khartoum on Feb. 9, 2010"): the year the time stage took from the narrative is the one the
    happening's sources write, so the day and the month the sentence writes are that source's
    date, to be compared with theirs (:func:`year_written` keeps a year the narrative guessed out
    of a date disagreement: two guesses are no two sources' dates, nor is one guess set against a
    written year)."""
    return bool(years) and is_stated(m) and month_written(m) and not year_written(m) \
        and m.date[:4] in years


def date_claims(event: ChronicleEvent) -> list[Claim]:
    """Groups of the event's stated dates that cannot all be right (empty when they agree); a
    day counted from a written one (:func:`counted_day`) is stated too, and so is a day or a
    month written without its year in the year the event's other sources write
    (:func:`year_confirmed`)."""
    year = D.precision_rank("year")
    years = written_years(event)
    stated, confirmed = [], []
    for m in event.mentions:
        span = D.mention_interval(m)
        if not span or D.precision_rank(m.precision, m.date) > year or _repeated(m):
            continue
        if (is_stated(m) and year_written(m)) or counted_day(m):
            stated.append((m, span))
        elif year_confirmed(m, years):
            confirmed.append((m, span))
    if confirmed and all(span[0].year == span[1].year == confirmed[0][1][0].year for _, span in stated + confirmed):
        stated += confirmed  # ... only when all the event's dates lie in that one year: its day and month are compared
    if len(stated) < 2:
        return []
    for phase in sorted({_phase(m) for m, _ in stated}, key=str):  # an arrival's dates, a departure's
        claims = _date_groups([ms for ms in stated if _phase(ms[0]) == phase], event)
        if claims:
            return claims
    return []


def _phase(m: EventMention) -> str | None:
    """"start" / "end" when the mention's trigger tells the start or the end of what it is about
    ("arrived" / "left" of one visit: :meth:`chronica.claims.rules.Rules.trigger_phase`)."""
    return load_rules().trigger_phase(m.trigger or "")


def _date_groups(stated: list[tuple[EventMention, tuple]], event: ChronicleEvent) -> list[Claim]:
    """The groups of mutually overlapping dates among ``stated`` (one phase of the event), when
    there are two or more; else nothing."""
    if len(stated) < 2:
        return []
    # a date that overlaps every other ("in 2010" beside "8 February" and "Feb. 9, 2010") agrees
    # with each: it does not make the others agree with each other
    every = [ms for ms in stated if all(D.overlaps(ms[1], o[1]) for o in stated if o is not ms)]
    if len(stated) - len(every) >= 2:
        stated = [ms for ms in stated if not any(ms is e for e in every)]
    stated.sort(key=lambda ms: (ms[1][0], ms[1][1]))
    groups: list[list] = []
    hi = None
    for m, span in stated:  # connected components of the overlap graph, swept by start
        if groups and hi is not None and span[0] <= hi:
            groups[-1].append((m, span))
            hi = max(hi, span[1])
        else:
            groups.append([(m, span)])
            hi = span[1]
    if len(groups) < 2:
        return []
    if any(_reciprocal([m for m, _ in g], [m for m, _ in h]) for x, g in enumerate(groups) for h in groups[x + 1:]):
        return []
    claims = []
    for g in groups:
        coarsest = max(g, key=lambda ms: (D.span_days(ms[1]), -ms[1][0].toordinal()))[0]
        value = coarsest.date if not coarsest.date_end else f"{coarsest.date}/{coarsest.date_end}"
        claims.append(Claim(value=value, mentions=[m for m, _ in g], event_ids=[event.id]))
    return claims


def _reciprocal(a: list[EventMention], b: list[EventMention]) -> bool:
    """Two groups of one merged event's mentions tell acts in opposite directions: each names
    doers and recipients, no doer in common, and each one's doers are the other's recipients
    ("Aldoria recalled its ambassador from Borvia on 3 May" / "Borvia recalled its ambassador from
    Aldoria on 9 May"). A tit-for-tat is two acts on two days, not one act dated twice: their
    dates are no disagreement."""
    def keys(ms: list[EventMention], role: str) -> set[str]:
        return {k for m in ms for k in role_keys(m, role)}
    sa, sb, ta, tb = keys(a, SOURCE), keys(b, SOURCE), keys(a, TARGET), keys(b, TARGET)
    return bool(sa and sb and ta and tb) and not sa & sb and bool(sa & tb) and bool(sb & ta)


# -- date of one happening the merge kept apart -------------------------------------------------

#: two timeline entries are one happening told with two dates when their sentences are worded at
#: least this close (MiniLM cosine): the merge keeps apart mentions whose stated dates conflict,
#: so a date disagreement between sources is found here, among the entries it left apart
#: ("launched Sputnik on 4 October 1957" / "October 1958: ... launches Sputnik"; case corpus
#: tests/fixtures/disagreements/cases.yaml). Repeated happenings (two raids on one town) are told
#: apart by :func:`_tells_both`.
SIM_SPLIT_DATE = 0.75
#: ... and when the dates are at most this many years apart (a day, a month or a year written
#: wrong; happenings decades apart that are worded alike are different ones)
MAX_SPLIT_GAP_YEARS = 3.0

#: One act told by its parties: two entries whose dated sentences say the same act -- the same form
#: of the ontology and the same CAMEO code (the dictionaries' verb or its nominalisation: "signed a
#: treaty" / "the treaty"; "visited" / "paid a visit"; "surrendered" / "surrendering") -- between the
#: same parties (either way round for a symmetric form: an agreement of A with B is B's with A),
#: with dates within :data:`SAME_ACT_MAX_GAP_YEARS` of each other, are one happening told with two
#: dates when their sentences are worded at least :data:`SIM_SAME_ACT_DATE` alike: the shared act
#: and parties stand for the wording the looser similarity leaves out. Forms that tell no act of
#: their own (:data:`SAME_ACT_GENERIC_FORMS`) and a mention without a CAMEO code do not count.
SIM_SAME_ACT_DATE = 0.50
SAME_ACT_MAX_GAP_YEARS = 1.0
#: ... but two dates both written to the day are one act's only when a day or a month was slipped:
#: at most this many days apart, or the same day of another month within the window
SAME_ACT_MAX_DAY_GAP_DAYS = 31
SAME_ACT_GENERIC_FORMS = frozenset({"HAPPEN"})
_SYMMETRIC_FORMS = load_ontology().symmetric_forms


def cameo_act(code: str | None) -> bool:
    """A CAMEO code that names an act, not only its family: a cue category's root ("040" consult,
    "190" use conventional military force, "180" unconventional violence) covers every act of
    the family, and two acts of one family a year apart are as often two acts as one."""
    return bool(code) and code.isdigit() and len(code) >= 3 and not (len(code) == 3 and code.endswith("0"))


def _acts(stated: list[tuple[EventMention, tuple]]) -> frozenset:
    """The (form, CAMEO code) of the acts the dated mentions say (:data:`SIM_SAME_ACT_DATE`)."""
    return frozenset((m.form, m.cameo) for m, _ in stated
                     if m.form and cameo_act(m.cameo) and m.form not in SAME_ACT_GENERIC_FORMS)


def _parties_agree(source_a: frozenset, target_a: frozenset, every_a: frozenset,
                   source_b: frozenset, target_b: frozenset, every_b: frozenset, symmetric: bool) -> bool:
    """:func:`_actors_agree` of two entries' actor keys by role, or, for a symmetric act, of the
    one's doers with the other's recipients and its recipients with the other's doers."""
    def fit(sa: frozenset, ta: frozenset, sb: frozenset, tb: frozenset) -> bool:
        return not any(ka and kb and not ka & kb for ka, kb in ((sa, sb), (ta, tb)))
    if not every_a & every_b:
        return False
    return fit(source_a, target_a, source_b, target_b) or (symmetric and fit(source_a, target_a, target_b, source_b))


def _doer_names(e: ChronicleEvent) -> frozenset[str]:
    """The words of the names of the persons the entry tells as doers ("Aslan Abashidze" ->
    {"aslan", "abashidze"}): two entries whose doers are named persons with no word in common are
    two persons' acts, whatever state both act for."""
    return frozenset(w.lower() for p in e.participants if p.role == SOURCE and p.kind == "person"
                     for w in re.findall(r"[A-Z][\w'’-]+", p.name or p.text or ""))


def same_act_close(acts_a: frozenset, acts_b: frozenset, span_a: tuple, span_b: tuple) -> frozenset:
    """The acts two entries share when their dates lie within :data:`SAME_ACT_MAX_GAP_YEARS`
    (empty otherwise): the pair is then judged at :data:`SIM_SAME_ACT_DATE`."""
    if D.gap_years(span_a, span_b) > SAME_ACT_MAX_GAP_YEARS:
        return frozenset()
    if D.span_days(span_a) == 1 and D.span_days(span_b) == 1:
        a, b = span_a[0], span_b[0]
        if abs((a - b).days) > SAME_ACT_MAX_DAY_GAP_DAYS and a.day != b.day:
            return frozenset()
    return acts_a & acts_b


def _stated_fine(event: ChronicleEvent) -> list[tuple[EventMention, tuple]]:
    """The event's mentions with a date written in the sentence, at year precision or finer, or a
    day counted from a written one (:func:`counted_day`)."""
    year = D.precision_rank("year")
    return [(m, span) for m in event.mentions if ((is_stated(m) and year_written(m)) or counted_day(m))
            and (span := D.mention_interval(m))
            and D.precision_rank(m.precision, m.date) <= year and not _repeated(m)]


def _actors_agree(a: ChronicleEvent, b: ChronicleEvent) -> bool:
    """The same doer when both name one, the same recipient when both name one, and at least one
    resolved actor in common."""
    def keys(e: ChronicleEvent, role: str | None) -> set[str]:
        return {k for p in e.participants if p.actor_id and (role is None or p.role == role)
                for k in participant_keys(p)}
    for role in (SOURCE, TARGET):
        ka, kb = keys(a, role), keys(b, role)
        if ka and kb and not ka & kb:
            return False
    return bool(keys(a, None) & keys(b, None))


def _tells_both(events: list[ChronicleEvent], a: ChronicleEvent, b_span: tuple, sim, b: ChronicleEvent) -> bool:
    """A document of ``a`` also tells a happening like ``b`` at ``b``'s date: then the two dates
    are two happenings (a raid repeated), not one dated twice."""
    docs = set(a.documents)
    for other in events:
        if other is a or other is b or not docs & set(other.documents):
            continue
        spans = [span for _, span in _stated_fine(other)]  # none: it tells nothing at a date
        if any(D.overlaps(span, b_span) for span in spans) and sim(other, b) >= SIM_SPLIT_DATE:
            return True
    return False


@dataclass
class _SplitIndex:
    """The entries of :func:`split_date_disagreements` by the start of their stated dates, so
    that the pairs within :data:`MAX_SPLIT_GAP_YEARS` are looked up by bisection: without it
    the pass is quadratic in the entries (a long book on one subject has hundreds of thousands)."""

    spans: list[tuple]
    order: list[int]  # entry indices by the start of their span
    starts: list  # the starts, in that order
    gap: timedelta  # MAX_SPLIT_GAP_YEARS, rounded up, plus a day
    reach: timedelta  # the gap plus the widest span: how far before an entry another may start
    # in that order: the document of an entry told by one document only (else None), and where
    # the run of entries of that one document ends: a long document's entries are skipped a
    # run at a time by an entry of that document (a pair needs two sources)
    single: list = field(default_factory=list)
    run_end: list = field(default_factory=list)

    @classmethod
    def of(cls, dated: list[tuple[ChronicleEvent, list]], docs: list[frozenset] | None = None) -> "_SplitIndex":
        spans = [(min(s[0] for _, s in sa), max(s[1] for _, s in sa)) for _, sa in dated]
        order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        gap = timedelta(days=math.ceil(MAX_SPLIT_GAP_YEARS * 365.25) + 1)
        widest = max((b - a for a, b in spans), default=timedelta(0))
        single = [next(iter(docs[k])) if docs is not None and len(docs[k]) == 1 else None for k in order]
        run_end = [0] * len(order)
        for p in range(len(order) - 1, -1, -1):
            same = p + 1 < len(order) and single[p] is not None and single[p + 1] == single[p]
            run_end[p] = run_end[p + 1] if same else p + 1
        return cls(spans, order, [spans[k][0] for k in order], gap, gap + widest, single, run_end)

    def within_gap(self, i: int, docs: frozenset = frozenset()) -> list[int]:
        """Indices after ``i`` of the entries whose spans may lie within the gap of entry
        ``i``'s, but for runs of entries told by one of ``docs`` alone (no pair with entry
        ``i``): a superset of the pairs the exact test keeps, ascending, so the pairs are
        judged in the order of the loop over every pair."""
        lo = bisect.bisect_left(self.starts, _shifted(self.spans[i][0], -self.reach))
        hi = bisect.bisect_right(self.starts, _shifted(self.spans[i][1], self.gap))
        if not docs or not self.single:
            return sorted(j for j in self.order[lo:hi] if j > i)
        out, p = [], lo
        while p < hi:
            if self.single[p] is not None and self.single[p] in docs:
                p = self.run_end[p]
                continue
            if self.order[p] > i:
                out.append(self.order[p])
            p += 1
        return sorted(out)


def _shifted(day: date, delta: timedelta) -> date:
    try:
        return day + delta
    except OverflowError:
        return date.max if delta > timedelta(0) else date.min


@dataclass(slots=True)
class _Dated:
    """What the split-date pass compares of an event with a stated date before it reads the
    event again: its position in the events, its types, documents, actors and stated dates
    (one is kept for each such event of the chronicle: held compactly, its sets and dates shared
    with the equal ones of the others through ``memo``)."""

    n: int  # position among the events given
    asserted: bool
    type: str
    docs: frozenset
    spans: tuple  # the stated dates' intervals (:func:`_stated_fine`)
    span: tuple  # from the first to the last of them
    phases: frozenset
    source: frozenset  # actor keys by role (:func:`_actors_agree`)
    target: frozenset
    every: frozenset
    acts: frozenset = frozenset()  # (form, CAMEO code) of the stated mentions (_acts)
    doers: frozenset = frozenset()  # the words of its named persons' names (_doer_names)

    @classmethod
    def of(cls, n: int, e: ChronicleEvent, stated: list, memo: dict | None = None) -> "_Dated":
        one = (lambda x: memo.setdefault(x, x)) if memo is not None else (lambda x: x)

        def keys(role: str | None) -> frozenset:
            return one(frozenset(k for p in e.participants if p.actor_id and (role is None or p.role == role)
                                 for k in participant_keys(p)))
        spans = one(tuple(one(span) for _, span in stated))
        return cls(n, e.modality == ASSERTED, one(e.type), one(frozenset(e.documents)), spans,
                   one((min(s[0] for s in spans), max(s[1] for s in spans))),
                   one(frozenset(_phase(m) for m, _ in stated)), keys(SOURCE), keys(TARGET), keys(None),
                   one(_acts(stated)), one(_doer_names(e)))

    def agrees(self, other: "_Dated") -> bool:
        """:func:`_actors_agree` of the two events."""
        for ka, kb in ((self.source, other.source), (self.target, other.target)):
            if ka and kb and not ka & kb:
                return False
        return bool(self.every & other.every)

    def same_act(self, other: "_Dated") -> bool:
        """One act of the same parties within the window (:data:`SIM_SAME_ACT_DATE`)."""
        shared = same_act_close(self.acts, other.acts, self.span, other.span)
        if not shared or (self.doers and other.doers and not self.doers & other.doers):
            return False
        symmetric = any(form in _SYMMETRIC_FORMS for form, _ in shared)
        return _parties_agree(self.source, self.target, self.every,
                              other.source, other.target, other.every, symmetric)


def split_date_disagreements(events: list[ChronicleEvent], embedder: Embedder) -> list[tuple[str, list[Claim]]]:
    """Pairs of timeline entries that are one happening told by different sources with dates
    that cannot both be right: compatible types, the same actors, close wording, no source
    telling both, dates apart by at most :data:`MAX_SPLIT_GAP_YEARS`. Each entry joins one pair."""
    events = list(events)
    dated = [_Dated.of(n, e, stated) for n, e in enumerate(events) if (stated := _stated_fine(e))]
    return _split_dates(dated, lambda: events, embedder)


def _split_dates(stated: list[_Dated], again, embedder: Embedder) -> list[tuple[str, list[Claim]]]:  # noqa: ANN001
    """:func:`split_date_disagreements` from the records of the events with a stated date
    (``stated``, in the events' order): the pairs are chosen on them, and only the events of
    those pairs (and those that may tell both of a pair) are read again from ``again()`` (the
    events, once more in the same order) to compare their sentences."""
    dated = [d for d in stated if d.asserted]
    if len(dated) < 2:
        return []
    pairs = []  # (i, j) in dated, in the order of the loop over every pair
    index = _SplitIndex.of([(None, [(None, span) for span in d.spans]) for d in dated], [d.docs for d in dated])
    for i, a in enumerate(dated):
        for j in index.within_gap(i, a.docs):
            b = dated[j]
            if a.docs & b.docs or not type_compatible(a.type, b.type):
                continue
            same_act = a.same_act(b)
            if not (same_act or a.agrees(b)) or a.phases != b.phases:
                continue  # other doers, or the arrival and the departure of one visit
            if D.overlaps(a.span, b.span) or D.gap_years(a.span, b.span) > MAX_SPLIT_GAP_YEARS:
                continue
            pairs.append((i, j, same_act))
    if not pairs:
        return []
    # the events each pair reads: its two, and those that may tell both (a document in common
    # with one, a stated date overlapping the other's: see _tells_both)
    by_doc: dict[int, list[_Dated]] = defaultdict(list)
    for d in stated:
        for doc in d.docs:
            by_doc[doc].append(d)
    wanted: set[int] = set()
    for i, j, _ in pairs:
        for a, b in ((dated[i], dated[j]), (dated[j], dated[i])):
            wanted |= {a.n, b.n}
            wanted |= {o.n for doc in a.docs for o in by_doc[doc]
                       if any(D.overlaps(span, b.span) for span in o.spans)}
    del by_doc
    read = {n: e for n, e in enumerate(again()) if n in wanted}
    events = [read[n] for n in sorted(read)]  # in their order
    # a sentence is compared when a dated event states it (the vectors of the original pass)
    dated_n = {d.n for d in dated}
    sentences = {m.sentence for n, e in read.items() if n in dated_n for m in e.mentions}
    others = {m.sentence for n, e in read.items() if n not in dated_n for m in e.mentions} - sentences
    if others:  # stated by an event read only to tell both: is it a dated event's sentence too?
        sentences |= {m.sentence for n, e in enumerate(again()) if n in dated_n
                      for m in e.mentions if m.sentence in others}
    sentences = sorted(sentences)
    row = {t: i for i, t in enumerate(sentences)}
    vectors = embedder.embed(sentences)

    def sim(a: ChronicleEvent, b: ChronicleEvent) -> float:
        va = vectors[[row[m.sentence] for m in a.mentions if m.sentence in row]]
        vb = vectors[[row[m.sentence] for m in b.mentions if m.sentence in row]]
        return float((va @ vb.T).max()) if len(va) and len(vb) else 0.0

    candidates = []
    for i, j, same_act in pairs:
        ea, eb = read[dated[i].n], read[dated[j].n]
        sa, sb = _stated_fine(ea), _stated_fine(eb)
        span_a, span_b = dated[i].span, dated[j].span
        score = sim(ea, eb)
        if score < (SIM_SAME_ACT_DATE if same_act else SIM_SPLIT_DATE) or any(different_designations(ma.sentence, mb.sentence)
                                         or different_occasions(ma.sentence, mb.sentence)
                                         for ma in ea.mentions for mb in eb.mentions):
            continue
        if _tells_both(events, ea, span_b, sim, eb) or _tells_both(events, eb, span_a, sim, ea):
            continue
        candidates.append((score, ea, sa, eb, sb))
    out, used = [], set()
    for _, ea, sa, eb, sb in sorted(candidates, key=lambda c: -c[0]):
        if ea.id in used or eb.id in used:
            continue
        used |= {ea.id, eb.id}
        claims = []
        for e, stated_e in ((ea, sa), (eb, sb)):
            m = max(stated_e, key=lambda ms: D.span_days(ms[1]))[0]
            value = m.date if not m.date_end else f"{m.date}/{m.date_end}"
            claims.append(Claim(value=value, mentions=[x for x, _ in stated_e], event_ids=[e.id]))
        out.append((_date_topic(ea), claims))
    return out


# -- number --------------------------------------------------------------------------------

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9, "k": 1e3}
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|bn|m|k)\b)?"
    r"(?:\s+(?:of\s+)?(?:[A-Za-z-]+\s+){0,2}?)?\s*(%|percent\b|per cent\b|[a-z][a-z-]+)?",
)
#: nouns that count things a source may get wrong
_UNITS = frozenset("""troops soldiers men people persons civilians casualties dead deaths killed
wounded injured refugees prisoners captives hostages victims fighters volunteers advisers advisors
workers students votes voters seats tanks aircraft planes jets missiles rockets shells warships
ships divisions brigades battalions dollars tonnes tons barrels rounds members delegates
protesters demonstrators migrants""".split())
_TIME_UNITS = frozenset("years year months month days day weeks week hours decades centuries".split())


def numbers(sentence: str) -> list[tuple[str, float, str]]:
    """(unit, value, as written) for each figure of a countable unit in the sentence."""
    out = []
    for m in _NUMBER.finditer(sentence):
        raw, scale, unit = m.group(1), m.group(2), (m.group(3) or "").lower()
        value = float(raw.replace(",", ""))
        if scale:
            value *= _SCALE[scale.lower()]
        written = m.group(0).strip()
        if unit in ("%", "percent", "per cent"):
            unit = "%"
        elif unit not in _UNITS:
            # the unit may follow one or two adjectives ("40,000 Chinese troops")
            window = sentence[m.end(1):m.end(1) + 40]
            tail = re.findall(r"[a-z-]+", window.lower())[:4]
            unit = next((w for w in tail if w in _UNITS), "")
            if not unit or any(w in _TIME_UNITS for w in tail[:tail.index(unit)]):
                continue
            written = sentence[m.start(1):m.end(1) + window.lower().index(unit) + len(unit)]
        if not scale and "," not in raw and "." not in raw and 1000 <= value <= 2100 and unit != "%":
            continue  # a year, not a count
        out.append((unit, value, written))
    return out


def _same_figure(a: float, b: float) -> bool:
    return abs(a - b) <= NUMBER_TOLERANCE * max(abs(a), abs(b))


def number_disagreements(event: ChronicleEvent) -> list[tuple[str, list[Claim]]]:
    by_unit: dict[str, list[tuple[float, EventMention]]] = defaultdict(list)
    for m in event.mentions:
        for unit, value, _ in numbers(m.sentence):
            by_unit[unit].append((value, m))
    out = []
    for unit, figures in sorted(by_unit.items()):
        claims: list[tuple[float, list[EventMention]]] = []
        for value, m in figures:
            for c in claims:
                if _same_figure(c[0], value):
                    if m not in c[1]:
                        c[1].append(m)
                    break
            else:
                claims.append((value, [m]))
        if len(claims) < 2:
            continue
        # two figures from different documents (one sentence or article may count two things)
        docs = [{m.document_id for m in ms} for _, ms in claims]
        if not any(not (docs[i] & docs[j]) for i in range(len(docs)) for j in range(i + 1, len(docs))):
            continue
        out.append((unit, [Claim(value=_format_number(v) + " " + unit if unit != "%" else
                                 _format_number(v) + "%", mentions=ms, event_ids=[event.id])
                           for v, ms in sorted(claims)]))
    return out


def _format_number(v: float) -> str:
    if v >= 1e6 and v % 1e5 == 0:
        return f"{v / 1e6:g} million"
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


# -- act -----------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z-]+")


def act_value(m: EventMention) -> str | None:
    """The act a mention states, as one of the exclusive ``acts`` of the claims rules (None
    for acts only planned, possible or asked about: they claim nothing happened)."""
    if m.modality in (PLANNED, POSSIBLE):
        return None
    if m.modality == REFUSED:
        return "refused"
    words = set(_WORD.findall((m.trigger or "").lower()))
    words |= {w[:-1] for w in words if w.endswith("s")} | {w[:-2] for w in words if w.endswith("ed")}
    words |= {w[:-1] for w in words if w.endswith("d")}
    for value, triggers in load_rules().acts.items():
        if words & triggers:
            if m.modality == NEGATED and value in _NEGATED_ACTS:
                return _NEGATED_ACTS[value]
            return value
    return None


_NEGATED_ACTS = {"approved": "did not approve", "ordered": "did not order"}


def _period_label(spans: list[tuple]) -> str:
    years = sorted({s[0].year for s in spans} | {s[1].year for s in spans})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


#: the act similarities are computed a block of rows at a time: at least this many rows, and as
#: many as fit in this many cells (an n x n matrix of a long chronicle's acts would not fit)
ACT_SIM_ROWS = 64
ACT_SIM_CELLS = 4_000_000


def act_disagreements(events: list[ChronicleEvent], embedder: Embedder,
                      claims: list[SentenceClaim] | None = None, *, blocked: bool = True,
                      ) -> list[tuple[str, list[Claim]]]:
    """Exclusive acts by one actor on one occasion. ``claims`` (the ``act`` claims of the claims
    stage) tell what each act was about: an actor approving one thing and refusing another is
    no disagreement.

    Two acts are joined only when they are of one event or share a doer (:func:`_same_occasion`
    needs one), so with ``blocked`` only such pairs are tested (every pair was: the acts of a
    21,600-document store made tens of millions); ``blocked=False`` tests every pair (the
    reference a test compares with)."""
    objects = {(c.document_id, c.sentence_start, c.event_trigger): c for c in claims or []
               if c.kind == "act"}
    items = []  # (mention, value, event)
    for e in events:
        for m in e.mentions:
            v = act_value(m)
            if v:
                items.append((m, v, e))
    if len(items) < 2:
        return []
    vec = embedder.embed([m.sentence for m, _, _ in items])
    rows = max(ACT_SIM_ROWS, ACT_SIM_CELLS // len(items))  # the similarities a block of rows at a time
    sims = None
    sets = DisjointSets(len(items))
    linked = False
    buckets: dict = defaultdict(list)  # one event, or a doer: the pairs that may be joined
    keys = []
    for i, (mi, _, ei) in enumerate(items):
        keys.append([("event", id(ei)), *(("doer", k) for k in role_keys(mi, SOURCE))])
        for k in keys[-1]:
            buckets[k].append(i)
    for i, (mi, vi, ei) in enumerate(items):
        if i % rows == 0:  # rows of the whole product (the same values as computing it at once)
            sims = vec[i:i + rows] @ vec.T
        partners = range(i + 1, len(items)) if not blocked else \
            sorted({j for k in keys[i] for j in buckets[k][bisect.bisect_right(buckets[k], i):]})
        for j in partners:
            mj, vj, ej = items[j]
            same_event = ei is ej and vi == vj
            if not same_event and not (vi != vj and _same_occasion(mi, mj, float(sims[i % rows, j]))
                                       and (claims is None or _same_object(objects, mi, mj))):
                continue
            if sets.union(i, j):
                linked = linked or vi != vj
    if not linked:
        return []
    out = []
    for members in sets.groups():
        values = {items[k][1] for k in members}
        if len(values) < 2:
            continue
        by_value: dict[str, list[int]] = defaultdict(list)
        for k in members:
            by_value[items[k][1]].append(k)
        claims = [Claim(value=v, mentions=[items[k][0] for k in ks],
                        event_ids=sorted({items[k][2].id for k in ks}, key=_id_order))
                  for v, ks in by_value.items()]
        claims.sort(key=lambda c: _mention_key(c.mentions[0]))
        first = items[members[0]]
        src = next((p for p in first[0].participants if p.role == SOURCE), None)
        tgt = next((p for k in members for p in items[k][0].participants if p.role == TARGET), None)
        spans = [s for k in members if is_stated(items[k][0]) and (s := D.mention_interval(items[k][0]))] \
            or [s for k in members if (s := D.mention_interval(items[k][0]))]
        topic = f"what {actor_name(src) if src else 'the actor'} did"
        if tgt:
            topic += f" about {actor_name(tgt)}"
        period = _period_label(spans)
        if period:
            topic += f" ({period})"
        topic += ": " + " / ".join(c.value for c in claims)
        out.append((topic, claims))
    return out


def _same_object(objects: dict, a: EventMention, b: EventMention) -> bool:
    """The two acts are about one thing (:func:`chronica.chronicle.claim_conflicts.same_act_object`:
    the same object, strictly; an act whose object is unknown conflicts with none)."""
    return same_act_object(objects.get((a.document_id, a.sentence_start, a.trigger_start)),
                           objects.get((b.document_id, b.sentence_start, b.trigger_start)))


def _same_occasion(a: EventMention, b: EventMention, sim: float) -> bool:
    """Two act mentions about the same occasion: same actor, overlapping period, close wording,
    told by different documents (a disagreement is between sources)."""
    if a.document_id == b.document_id:
        return False
    sa, sb = role_keys(a, SOURCE), role_keys(b, SOURCE)
    if not (sa and sb and sa & sb):
        return False
    ta, tb = role_keys(a, TARGET), role_keys(b, TARGET)
    if ta and tb and not (ta & tb):
        return False
    ia, ib = D.mention_interval(a), D.mention_interval(b)
    if ia and ib and not D.overlaps(ia, ib):
        # stated dates that differ are different occasions; an inferred one may be a near miss
        if (is_stated(a) and is_stated(b)) or D.gap_years(ia, ib) > INFERRED_GAP:
            return False
        return sim >= SIM_ACT_UNDATED and sa == sb
    if ia is None and ib is None:  # nothing places either claim in time: the same words about
        return sim >= SIM_ACT_BOTH_UNDATED and sa == sb and bool(ta & tb)  # the same pair only
    if ia is None or ib is None:  # no date to compare: the very same actor, and closer wording
        return sim >= SIM_ACT_UNDATED and sa == sb
    return sim >= SIM_ACT


# -- relations -----------------------------------------------------------------------------

def _pair(event: ChronicleEvent) -> frozenset[str] | None:
    keys = [frozenset(participant_keys(p)) for p in event.participants if p.actor_id
            and p.role in (SOURCE, TARGET)]
    keys = [k for k in keys if k]
    if len(keys) != 2 or keys[0] & keys[1]:
        return None
    return frozenset(keys)


def relations_disagreements(events: list[ChronicleEvent]) -> list[tuple[str, list[Claim]]]:
    trend_of = {t: v for v, ts in RELATION_TRENDS for t in ts}
    cands = []
    for e in events:
        if e.type not in trend_of or e.modality != ASSERTED:
            continue
        pair = _pair(e)
        stated = [m for m in e.mentions if is_stated(m) and D.mention_interval(m)]
        span = D.interval(e.date, e.date_end, e.earliest, e.latest)
        if pair and stated and span:
            cands.append((e, pair, span, trend_of[e.type]))
    out = []
    used: set[str] = set()
    for i, (ea, pa, sa, va) in enumerate(cands):
        for eb, pb, sb, vb in cands[i + 1:]:
            if va == vb or ea.id in used or eb.id in used:
                continue
            if not _same_pair(pa, pb) or not D.overlaps(sa, sb):
                continue
            union = (max(sa[1], sb[1]) - min(sa[0], sb[0])).days + 1
            if D.overlap_days(sa, sb) / union < RELATIONS_MIN_OVERLAP:
                continue
            if set(ea.documents) == set(eb.documents):
                continue
            used |= {ea.id, eb.id}
            names = [actor_name(p) for p in ea.participants if p.actor_id][:2]
            topic = (f"how relations between {names[0]} and {names[1]} went "
                     f"({D.display(ea.date, ea.date_end)})")
            claims = [Claim(value=va, mentions=list(ea.mentions), event_ids=[ea.id]),
                      Claim(value=vb, mentions=list(eb.mentions), event_ids=[eb.id])]
            out.append((topic, claims))
    return out


def _same_pair(a: frozenset, b: frozenset) -> bool:
    a1, a2 = list(a)
    b1, b2 = list(b)
    return bool((a1 & b1 and a2 & b2) or (a1 & b2 and a2 & b1))


# -- all -----------------------------------------------------------------------------------

_DATE_REASON = "the dates do not overlap at the precision each source writes them"
_ACT_REASON = "the same actor cannot have approved, ordered and refused one act at one time"
_NUMBER_REASON = "the figures differ by more than rounding"
_RELATIONS_REASON = "relations cannot both improve and worsen over the same period"


def _mention_key(m: EventMention) -> tuple:
    return (m.document_id, m.sentence_start, m.sentence_idx)


def _id_order(event_id: str) -> tuple:
    digits = re.sub(r"\D", "", event_id)
    return (int(digits) if digits else 0, event_id)


#: when two disagreements of kinds that can say the same thing cite the same sentences (one's
#: within the other's), one stays: a person's birth year read as an ``attribute`` claim is also the
#: date of a merged "born" event ("born in 1925" / "born in the year 1928"); a death date found both
#: by the merge and by the claims of a once-only happening is one disagreement. The more specific
#: kind stays (earlier in :data:`SPECIFICITY`), else the one citing more sentences, else the first.
SPECIFICITY = ("attribute", "date")
#: pairs of kinds that can be one disagreement told twice; a date and a figure of one pair of
#: sentences are two disagreements
SAME_STATEMENT_KINDS = frozenset({frozenset({"attribute", "date"})})


def _sentences_of(d: Disagreement) -> frozenset:
    return frozenset((m.document_id, m.sentence_start) for c in d.claims for m in c.mentions)


def _restates(kind_a: str, kind_b: str) -> bool:
    return kind_a == kind_b or frozenset({kind_a, kind_b}) in SAME_STATEMENT_KINDS


def one_per_sentences(found: list[Disagreement]) -> list[Disagreement]:
    """Drop a disagreement that restates a kept one: a kind that can say the same
    (:data:`SAME_STATEMENT_KINDS`), its sentences within the kept one's."""
    rank = {k: i for i, k in enumerate(SPECIFICITY)}
    order = sorted(range(len(found)), key=lambda i: (rank.get(found[i].kind, len(rank)),
                                                      -len(_sentences_of(found[i])), i))
    kept: list[int] = []
    for i in order:
        d = found[i]
        if not any(_restates(d.kind, found[k].kind) and _sentences_of(d) <= _sentences_of(found[k]) for k in kept):
            kept.append(i)
    return [found[i] for i in sorted(kept)]


@dataclass
class _Kept:
    """What :func:`find_disagreements` keeps of the events as they pass, each finder's share:
    the rest of an event (most of a long chronicle: undated, or of no act, no trend, no claim's
    happening) is let go once its own disagreements (dates, figures) are found."""

    dates: list = field(default_factory=list)  # (kind, topic, sides, reason) of single events
    numbers: list = field(default_factory=list)  # ... their figures (without the claims stage)
    stated: list = field(default_factory=list)  # records of the events with a stated date (_Dated)
    acts: list = field(default_factory=list)  # copies of events with their act mentions only
    trends: list = field(default_factory=list)  # events of a relationship's trend (relations)
    claimed: dict = field(default_factory=dict)  # id -> event without mentions (claims cite it)
    index: dict = field(default_factory=dict)  # (document, sentence, trigger) -> event id
    memo: dict = field(default_factory=dict)  # the equal parts of the stated records, held once

    def add(self, n: int, e: ChronicleEvent, claims: list[SentenceClaim] | None, wanted: set | None) -> None:
        sides = date_claims(e)
        if sides:
            self.dates.append(("date", _date_topic(e), sides, _DATE_REASON))
        if claims is None:
            for unit, sides in number_disagreements(e):
                self.numbers.append(("number", f"how many {unit}: {e.summary}", sides, _NUMBER_REASON))
            if e.type in _TREND_TYPES and e.modality == ASSERTED:
                self.trends.append(e)
        stated = _stated_fine(e)
        if stated:
            self.stated.append(_Dated.of(n, e, stated, self.memo))
        acts = [m for m in e.mentions if act_value(m)]
        if acts:
            self.acts.append(replace(e, mentions=acts))
        if wanted is not None:
            for m in e.mentions:
                key = (m.document_id, m.sentence_start, m.trigger_start)
                if key in wanted:
                    self.index[key] = e.id
                    if e.id not in self.claimed:
                        self.claimed[e.id] = replace(e, mentions=[])


def find_disagreements(events: list[ChronicleEvent] | Callable[[], Iterable[ChronicleEvent]],
                       embedder: Embedder | None = None,
                       claims: list[SentenceClaim] | None = None,
                       claim_step: ClaimStep | None = None) -> list[Disagreement]:
    """Every disagreement among merged events and among the sentence ``claims`` (when the claims
    stage ran, its figures and relationship statements replace what the event sentences alone
    give), ordered by kind then by first citation.

    ``events`` (in the chronicle's order), or a function giving them anew each time it is
    called, are read as they come: each is kept only as far as a finder needs it
    (:class:`_Kept`), and the events of the pairs the split-date pass compares are read again
    (:func:`_split_dates`), so a stored chronicle can be given a batch at a time
    (:mod:`chronica.chronicle.persist`) without ever being held whole.

    ``claim_step``: what finds the claims' disagreements instead of
    :func:`chronica.chronicle.claim_conflicts.claim_disagreements` over ``claims`` (a store's
    chronicle keeps their links and finds only the new ones); ``claims`` then need hold only
    the ``act`` claims (what the act finder reads)."""
    embedder = embedder or default_embedder()
    again = events if callable(events) else (lambda: events)
    if claim_step is not None:
        claims = claims or []
    wanted = claim_step.keys if claim_step is not None else (None if claims is None else claim_keys(claims))
    kept = _Kept()
    for n, e in enumerate(again()):
        kept.add(n, e, claims, wanted)
    found: list[tuple[str, str, list[Claim], str]] = list(kept.dates)
    # an event without a stated date takes no part in a split date (see _tells_both)
    for topic, sides in _split_dates(kept.stated, again, embedder):
        found.append(("date", topic, sides, _DATE_REASON))
    for topic, sides in act_disagreements(kept.acts, embedder, claims):
        found.append(("act", topic, sides, _ACT_REASON))
    if claims is None:
        found.extend(kept.numbers)
    elif claim_step is not None:
        found.extend(claim_step(kept.index, list(kept.claimed.values())))
    else:
        found.extend(claim_disagreements(claims, list(kept.claimed.values()), embedder, index=kept.index))
    if claims is None:  # the claims stage reads relationship statements, not single events
        for topic, sides in relations_disagreements(kept.trends):
            found.append(("relations", topic, sides, _RELATIONS_REASON))
    del kept
    out = []
    for kind, topic, sides, reason in found:
        for c in sides:
            c.mentions.sort(key=_mention_key)
        ids = sorted({i for c in sides for i in c.event_ids}, key=_id_order)
        out.append(Disagreement(id="", kind=kind, topic=topic, claims=sides, event_ids=ids,
                                reason=reason))
    out = one_per_sentences(out)
    out.sort(key=lambda d: (KINDS.index(d.kind), _id_order(d.event_ids[0]) if d.event_ids else (0, ""),
                            _mention_key(d.claims[0].mentions[0])))
    for i, d in enumerate(out, 1):
        d.id = f"x{i}"
    return out
