"""Where each gold disagreement is lost: a diagnostic of the disagreement stages against gold
(the shared gold format, ``shared/eval/CONTRACT.md``).

Public API::

    rows = diagnose(store, gold)          # [PairDiagnosis], one per pair of gold claims of different value
    best = best_stages(rows)              # gold id -> the furthest stage any of its pairs reached
    table = stage_table(rows)             # {(kind, stage): count} of the best stages

For each gold disagreement, each pair of its claims with different values (in different files,
or in one file when the gold says so) is followed through the stages the chronicle takes:

``no-claim``  (a)
    one side's evidence sentence has no claim of a kind that could carry the gold's kind
    (:data:`EXPECTED`: a date is a ``date`` or ``phase`` claim or an event mention with a date
    written in its sentence; a figure a ``count``; who an ``agent``, ``participants`` or an act
    of an event ...); the detail says which kinds were extracted there instead, or that no
    stored sentence holds the evidence.
``not-same``  (b)
    both sides have claims, but no pair of them is judged about one thing; the detail names the
    check that said no (:func:`why_not_same`), with the similarity values.
``no-conflict``  (c)
    a pair is about one thing but no conflict rule fired (:func:`chronica.claims.rules.conflict`).
``lost-after``
    a pair is about one thing and conflicts, but no exported disagreement holds both sides (a
    later step dropped it: the sides, one figure of a list, one disagreement per sentences).
``found``  (d)
    one exported disagreement cites both sides' evidence (as ``score.py`` matches it).

The stages are ordered; a gold disagreement's stage is the furthest any of its pairs reached.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from chronica.chronicle import dates as D
from chronica.chronicle.claim_conflicts import (
    MAX_DATED_HAPPENING_GAP_DAYS, SOURCE, _days_apart, _keys, _one_type,
    LENGTH_TOPIC, MAX_FIGURE_RATIO, MAX_FIGURE_RATIO_CLOSE, SAME_THING, SIM_CLOSE_WORDING, SIM_PARAPHRASE,
    SIM_SAME_EVENT, SIM_SAME_THING, SIM_SAME_WORDING, VOTE_TOPICS, ClaimContext, _dates_fit, _fine, _independent, day_and_total, _placed_alike,
    _subjects_fit, clash, figure_gap, order_alignment, same_war_duration, same_war_toll,
)
from chronica.chronicle.disagreements import (
    MAX_SPLIT_GAP_YEARS, SIM_SPLIT_DATE, _actors_agree, _phase, _repeated, act_value, different_designations,
    written_years, year_confirmed, year_written,
)
from chronica.chronicle.merge import is_stated, type_compatible
from chronica.claims.model import SentenceClaim
from chronica.claims.rules import different_occasions, load_rules, same_happening
from chronica.gold import fold

#: the stages, from the earliest loss to found
STAGES = ("no-claim", "not-same", "no-conflict", "lost-after", "found")
#: the gold kinds and the claim kinds that can carry each ("event-date": an event mention with a
#: date written in its sentence; "event-act": an event mention of an exclusive act)
EXPECTED: dict[str, tuple[str, ...]] = {
    "date": ("date", "phase", "event-date"),
    "number": ("count",),
    "who": ("agent", "participants", "event-act"),
    "duration": ("duration", "phase"),
    "order": ("order",),
    "scope": ("scope",),
    "relation": ("relation",),
    "attribute": ("attribute",),
}
KIND_ORDER = ("date", "number", "who", "duration", "order", "scope", "relation", "attribute")

_DATE_VALUE = re.compile(r"^\d{4}(-\d\d){0,2}$|^\d{3}X$")
_NUMBER_VALUE = re.compile(r"\d")


def gold_kind(g: dict) -> str:
    """The gold disagreement's kind; a gold without one (the oldest dev golds) by its values: all
    dates, a date; all figures, a number; else who."""
    kind = str(g.get("kind") or "")
    if kind:
        return {"relations": "relation", "act": "who"}.get(kind, kind)
    values = [str(c.get("value")) for c in g.get("claims", [])]
    if all(_DATE_VALUE.match(v) for v in values):
        return "date"
    if all(_NUMBER_VALUE.search(v) for v in values) and not any("," in v and not v.replace(",", "").isdigit()
                                                               for v in values):
        return "number"
    return "who"


@dataclass
class Side:
    """What the chronicle holds of one gold claim: its evidence's sentences and what they claim."""

    value: str
    file: str
    evidence: str
    sentences: int = 0  # stored sentences holding the evidence
    claims: list[SentenceClaim] | None = None  # claims of the expected kinds in them
    mentions: list | None = None  # event mentions in them (EventMention, event id)
    other_kinds: tuple[str, ...] = ()  # claim kinds extracted there that are not expected


@dataclass
class PairDiagnosis:
    gold_id: str
    kind: str
    a: Side
    b: Side
    stage: str
    detail: str = ""

    def line(self) -> str:
        return (f"{self.gold_id} [{self.kind}] {self.a.value!r} ({self.a.file}) / {self.b.value!r} ({self.b.file}): "
                f"{self.stage}" + (f" - {self.detail}" if self.detail else ""))


# -- why two claims are not about one thing ------------------------------------------------------

def _sim(ctx: ClaimContext, a: SentenceClaim, b: SentenceClaim) -> float:
    return ctx.similarity(a, b)


def _why_count(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    sim = _sim(ctx, a, b)
    if a.topic != b.topic:
        return f"measure {a.topic!r} / {b.topic!r}"
    if a.phase != b.phase:
        return f"phase {a.phase} / {b.phase}"
    if not _subjects_fit(a, b):
        return f"people {a.subject} / {b.subject}"
    if not _dates_fit(a, b, loose=True):
        return f"times {a.earliest}..{a.latest} / {b.earliest}..{b.latest}"
    if a.obj and b.obj and a.obj != b.obj:
        return f"place {a.obj} / {b.obj}"
    if a.topic == LENGTH_TOPIC:
        return None if SAME_THING["count"](a, b, ctx) else f"length: unit or states differ, gap {figure_gap(a, b):.1f}"
    if a.topic in VOTE_TOPICS:
        if a.modifiers != b.modifiers:
            return f"vote: one finding affirmed, the other denied ({a.modifiers} / {b.modifiers})"
        if a.earliest and b.earliest:
            return f"vote: days {a.earliest[:10]}..{a.latest[:10]} / {b.earliest[:10]}..{b.latest[:10]} apart"
        return f"vote: undated, wording {sim:.2f} < {SIM_SAME_THING}"
    if ctx.subject_taken(a, b) or ctx.subject_taken(b, a):
        return "people taken by another figure of the sentence"
    if same_war_toll(a, b):
        return None
    if different_occasions(a.sentence, b.sentence):
        return "different occasions (ordinal words)"
    happening = same_happening(a.happening, b.happening)
    if happening is not None:
        if not happening:
            return f"happenings {a.happening} / {b.happening}"
        gap = figure_gap(a, b)
        return None if gap <= MAX_FIGURE_RATIO_CLOSE else f"figure gap {gap:.1f} > {MAX_FIGURE_RATIO_CLOSE}"
    same_event = ctx.event_of(a) is not None and ctx.event_of(a) == ctx.event_of(b)
    if (a.happening is None) != (b.happening is None) and not same_event:
        return f"one a named happening's figure ({a.happening or b.happening}), the other not"
    if day_and_total(a, b) and not same_event:
        return f"one dated to a day or month, the other not ({a.date} / {b.date})"
    if not ctx.same_occasion(a, b):
        return f"wording {sim:.2f} < {SIM_SAME_THING} (events {ctx.event_of(a)} / {ctx.event_of(b)})"
    if sim >= SIM_PARAPHRASE:
        return None
    if same_event or sim >= SIM_CLOSE_WORDING:
        gap = figure_gap(a, b)
        return None if gap <= MAX_FIGURE_RATIO_CLOSE else f"figure gap {gap:.1f} > {MAX_FIGURE_RATIO_CLOSE} (wording {sim:.2f})"
    lo = max(min(a.low or 0, a.high or 0), 1e-9)
    hi = max(min(b.low or 0, b.high or 0), 1e-9)
    ratio = max(lo, hi) / min(lo, hi)
    return None if ratio <= MAX_FIGURE_RATIO else f"figure ratio {ratio:.1f} > {MAX_FIGURE_RATIO} (wording {sim:.2f})"


def _why_duration(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING["duration"](a, b, ctx):
        return None
    sim = _sim(ctx, a, b)
    if a.obj != b.obj:
        war = "" if not same_war_duration.__doc__ else f"; same war: {same_war_duration(a, b)}"
        return f"what lasted {a.obj!r} / {b.obj!r}{war}"
    if not _placed_alike(a, b):
        return f"placed {a.where} / {b.where}"
    if not _dates_fit(a, b, loose=True):
        return f"times {a.earliest}..{a.latest} / {b.earliest}..{b.latest}"
    if different_occasions(a.sentence, b.sentence):
        return "different occasions (ordinal words)"
    return f"wording {sim:.2f} < {SIM_SAME_THING} (events {ctx.event_of(a)} / {ctx.event_of(b)})"


def _why_phase(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING["phase"](a, b, ctx):
        return None
    if a.phase != b.phase or a.obj != b.obj:
        return f"phase/what {a.phase} {a.obj!r} / {b.phase} {b.obj!r}"
    if not _placed_alike(a, b):
        return f"placed {a.where} / {b.where}"
    if different_occasions(a.sentence, b.sentence):
        return "different occasions (ordinal words)"
    if _fine(a) and _fine(b):
        return f"both fine dates far apart ({a.date} / {b.date})"
    return f"wording {_sim(ctx, a, b):.2f} < {SIM_SAME_THING}"


def _why_agent(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING["agent"](a, b, ctx):
        return None
    rules = load_rules()
    if a.topic.split(":")[0] != b.topic.split(":")[0]:
        return f"act {a.topic!r} / {b.topic!r}"
    if different_occasions(a.sentence, b.sentence):
        return "different occasions (ordinal words)"
    if a.obj != b.obj:
        return f"object {a.obj!r} / {b.obj!r}"
    if a.obj in rules.hostilities and not _dates_fit(a, b, loose=True):
        return f"times {a.earliest}..{a.latest} / {b.earliest}..{b.latest}"
    return f"undated hostilities, wording {_sim(ctx, a, b):.2f} < {SIM_SAME_THING}"


def _why_date(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING["date"](a, b, ctx):
        return None
    if not same_happening(a.happening, b.happening):
        return f"happenings {a.happening} / {b.happening}"
    return "happening's dates too far apart"


def _why_event(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING[a.kind](a, b, ctx):
        return None
    if a.obj != b.obj:
        return f"object {a.obj!r} / {b.obj!r}"
    return f"events {ctx.event_of(a)} / {ctx.event_of(b)} not alike (wording {_sim(ctx, a, b):.2f})"


def _why_order(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if order_alignment(a, b, ctx) != 0:
        return None
    sims = ""
    if len(a.clauses) == 2 and len(b.clauses) == 2:
        sims = " clause sims " + ", ".join(f"{ctx.clause_similarity(x, y):.2f}" for x in a.clauses for y in b.clauses)
    return f"pairs {ctx.event_pair(a)} / {ctx.event_pair(b)}{sims}"


def _why_generic(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    if SAME_THING[a.kind](a, b, ctx):
        return None
    return f"topics {a.topic!r} / {b.topic!r}, subjects {a.subject} / {b.subject}"


WHY_NOT: dict[str, Any] = {
    "count": _why_count, "duration": _why_duration, "phase": _why_phase, "agent": _why_agent,
    "date": _why_date, "participants": _why_event, "scope": _why_event, "order": _why_order,
}


def why_not_same(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str | None:
    """None when the same-thing test of the claims' kind says they are about one thing, else the
    check that said no, with its values (the checks of :data:`chronica.chronicle.claim_conflicts.SAME_THING`
    in the order they are made)."""
    if a.kind != b.kind:
        return f"kinds {a.kind} / {b.kind}"
    if a.document_id == b.document_id and a.sentence_start == b.sentence_start:
        return "one sentence"
    if not _independent(a, b):
        return "one source (no different parties said to claim them)"
    if a.kind in SAME_THING and SAME_THING[a.kind](a, b, ctx):
        return None
    worded = ""
    if a.masked and b.masked:
        worded = f"; masked wording {ctx.clause_similarity(a.masked, b.masked):.2f} (< {SIM_SAME_WORDING}, or times, figures or nouns apart)"
    anchor = _why_not_dated_happening(a, b, ctx) if a.kind == "date" else ""
    if a.kind in ("count", "duration"):  # same_measured_happening: the events they measure
        anchor = f"; measured events {ctx.event_of(a) or '-'} / {ctx.event_of(b) or '-'}"
    if a.by_wording or b.by_wording:
        return "known by wording only" + (worded or f": no masked clause on {'both' if not (a.masked or b.masked) else 'one'}") \
            + anchor
    return (WHY_NOT.get(a.kind, _why_generic)(a, b, ctx) or "same-thing test said no") + worded + anchor


def _why_not_dated_happening(a: SentenceClaim, b: SentenceClaim, ctx: ClaimContext) -> str:
    """Why two dates are not one happening's by the events they date
    (:func:`chronica.chronicle.claim_conflicts.same_dated_happening`), as "; events ..."."""
    ea, eb = ctx.event_of(a), ctx.event_of(b)
    if ea is None or eb is None:
        return f"; dated events {ea or '-'} / {eb or '-'}"
    xa, xb = ctx.events.get(ea), ctx.events.get(eb)
    why = []
    if xa is not None and xb is not None and not _one_type(xa.type, xb.type):
        why.append(f"types {xa.type} / {xb.type}")
    if xa is not None and xb is not None and not _keys(xa, SOURCE) & _keys(xb, SOURCE):
        why.append("no doer in common")
    if not (_fine(a) and _fine(b)):
        why.append("a date not to the day or month")
    elif _days_apart(a, b) > MAX_DATED_HAPPENING_GAP_DAYS:
        why.append(f"{_days_apart(a, b):.0f} days apart")
    if ctx.similarity(a, b) < SIM_SAME_THING:
        why.append(f"sentences {ctx.similarity(a, b):.2f}")
    return f"; dated events {ea} / {eb}" + (f": {', '.join(why)}" if why else "")


# -- dates of events ---------------------------------------------------------------------------

def _stated_date(m, e=None) -> bool:  # noqa: ANN001 - an EventMention, its ChronicleEvent
    """The mention's date takes part in a date disagreement (:func:`chronica.chronicle.disagreements.date_claims`)."""
    return not _why_not_stated(m, e)


def _why_not_stated(m, e=None) -> str:  # noqa: ANN001 - an EventMention, its ChronicleEvent
    """Why the mention's date takes no part in a date disagreement ("" when it does)."""
    if not m.date or not D.mention_interval(m):
        return "undated"
    if not is_stated(m):
        return f"date from the {m.date_source}"
    if not year_written(m) and not (e is not None and year_confirmed(m, written_years(e))):
        return "year not written"
    if D.precision_rank(m.precision, m.date) > D.precision_rank("year"):
        return f"precision {m.precision}"
    if _repeated(m):
        return "a repetition"
    return ""


def why_event_dates(ma, ea, mb, eb, sim: float) -> tuple[str, str]:  # noqa: ANN001
    """(stage, detail) of two event mentions with stated dates as the date passes see them: one
    event (its dates compared), or two events the split-date pass pairs or not."""
    ia, ib = D.mention_interval(ma), D.mention_interval(mb)
    if ea.id == eb.id:
        if D.overlaps(ia, ib):
            return "no-conflict", f"one event {ea.id}, dates {ma.date} / {mb.date} overlap"
        if _phase(ma) != _phase(mb):
            return "not-same", f"one event {ea.id}, phases {_phase(ma)} / {_phase(mb)}"
        return "lost-after", f"one event {ea.id}, dates {ma.date} / {mb.date}"
    if D.overlaps(ia, ib):
        return "no-conflict", f"events {ea.id} / {eb.id}, dates {ma.date} / {mb.date} overlap"
    why = []
    if set(ea.documents) & set(eb.documents):
        why.append("a document tells both")
    if not type_compatible(ea.type, eb.type):
        why.append(f"types {ea.type} / {eb.type}")
    if not _actors_agree(ea, eb):
        why.append("actors " + "/".join(",".join(sorted({str(p.actor_id) for p in e.participants if p.actor_id})) or "-"
                                        for e in (ea, eb)))
    if _phase(ma) != _phase(mb):
        why.append(f"phases {_phase(ma)} / {_phase(mb)}")
    if D.gap_years(ia, ib) > MAX_SPLIT_GAP_YEARS:
        why.append(f"{D.gap_years(ia, ib):.1f} years apart")
    if sim < SIM_SPLIT_DATE:
        why.append(f"wording {sim:.2f} < {SIM_SPLIT_DATE}")
    if different_designations(ma.sentence, mb.sentence) or different_occasions(ma.sentence, mb.sentence):
        why.append("different designations or occasions")
    if why:
        return "not-same", f"events {ea.id} ({ea.type}) / {eb.id} ({eb.type}): " + "; ".join(why)
    return "lost-after", f"events {ea.id} / {eb.id} pair by the split-date test (another pair took one, or a source tells both)"


# -- the diagnosis ------------------------------------------------------------------------------

@dataclass
class _Chronicle:
    """What the diagnosis reads of a built store."""

    files: dict[int, str]  # document id -> file name
    texts: dict[int, str]
    claims: list[SentenceClaim]
    events: list
    disagreements: list
    ctx: ClaimContext
    embedder: Any


#: the store's key of a .jsonl record ("…/feed.jsonl#L3"): the gold names the file
_RECORD = re.compile(r"#L\d+$")


def file_name(path: str) -> str:
    """The file name a gold cites a document by: a .jsonl record's is its file's ("feed.jsonl",
    not "feed.jsonl#L3"), as the export's ``path`` writes it."""
    return os.path.basename(_RECORD.sub("", path))


def load(store, embedder=None) -> _Chronicle:  # noqa: ANN001 - a Store, an Embedder
    from chronica.chronicle.embeddings import default_embedder
    from chronica.chronicle.persist import load_chronicle

    embedder = embedder or default_embedder()
    chronicle = load_chronicle(store)
    docs = store.documents()
    claims = store.claims()
    return _Chronicle({d.id: file_name(d.path) for d in docs}, {d.id: d.text or "" for d in docs},
                      claims, chronicle.events, chronicle.disagreements,
                      ClaimContext(claims, chronicle.events, embedder), embedder)


def _side(ch: _Chronicle, kind: str, value: str, file: str, evidence: str) -> Side:
    ev = fold(evidence)
    docs = {i for i, f in ch.files.items() if f == file}
    expected = EXPECTED.get(kind, ())
    here = [c for c in ch.claims if c.document_id in docs and ev in fold(c.sentence)]
    mentions = [(m, e) for e in ch.events for m in e.mentions if m.document_id in docs and ev in fold(m.sentence)]
    sentences = {(c.document_id, c.sentence_start) for c in here} | {(m.document_id, m.sentence_start) for m, _ in mentions}
    side = Side(value, file, evidence, len(sentences))
    side.claims = [c for c in here if c.kind in expected]
    side.mentions = []
    if "event-date" in expected:
        side.mentions = [(m, e) for m, e in mentions if _stated_date(m, e)]
    elif "event-act" in expected:
        side.mentions = [(m, e) for m, e in mentions if act_value(m)]
    side.other_kinds = tuple(sorted({c.kind for c in here if c.kind not in expected}))
    if not sentences:
        side.sentences = -1 if any(ev in fold(ch.texts[d]) for d in docs) else -2
    elif not side.mentions and mentions and ("event-date" in expected):
        side.other_kinds += tuple(sorted({f"event {e.type} {m.date or 'undated'} ({_why_not_stated(m, e)})"
                                          for m, e in mentions}))
    return side


def _cites(d, side: Side, files: dict[int, str]) -> bool:  # noqa: ANN001 - a Disagreement
    ev = fold(side.evidence)
    return any(files.get(m.document_id) == side.file and ev in fold(m.sentence) for c in d.claims for m in c.mentions)


def _no_claim_detail(side: Side) -> str:
    if side.sentences == -2:
        return f"{side.file}: evidence not in the clean text"
    if side.sentences == -1:
        return f"{side.file}: no claim or event in the evidence's sentence"
    return f"{side.file}: extracted {', '.join(side.other_kinds) or 'nothing else'}"


def diagnose_pair(ch: _Chronicle, gold_id: str, kind: str, a: Side, b: Side) -> PairDiagnosis:
    if any(_cites(d, a, ch.files) and _cites(d, b, ch.files) for d in ch.disagreements):
        return PairDiagnosis(gold_id, kind, a, b, "found")
    empty = [s for s in (a, b) if not s.claims and not s.mentions]
    if empty:
        return PairDiagnosis(gold_id, kind, a, b, "no-claim", "; ".join(_no_claim_detail(s) for s in empty))
    results: list[tuple[int, str]] = []
    for x in a.claims:
        for y in b.claims:
            why = why_not_same(x, y, ch.ctx)
            if why is not None:
                results.append((STAGES.index("not-same"), f"{x.kind} {x.value!r} / {y.value!r}: {why}"))
            elif clash(x.kind, x, y, ch.ctx) is None:
                results.append((STAGES.index("no-conflict"), f"{x.kind} {x.value!r} / {y.value!r} judged compatible"))
            else:
                results.append((STAGES.index("lost-after"), f"{x.kind} {x.value!r} / {y.value!r} conflict, not exported"))
    if a.mentions and b.mentions:
        sentences = sorted({m.sentence for m, _ in a.mentions + b.mentions})
        row = {t: i for i, t in enumerate(sentences)}
        vec = ch.embedder.embed(sentences)
        for ma, ea in a.mentions:
            for mb, eb in b.mentions:
                sim = float(vec[row[ma.sentence]] @ vec[row[mb.sentence]])
                if "event-act" in EXPECTED.get(kind, ()):
                    stage, why = _act_stage(ma, ea, mb, eb, sim)
                else:
                    stage, why = why_event_dates(ma, ea, mb, eb, sim)
                results.append((STAGES.index(stage), why))
    if not results:
        kinds = "/".join(sorted({c.kind for c in a.claims} | {"event" for _ in a.mentions[:1]})) + " vs " + \
            "/".join(sorted({c.kind for c in b.claims} | {"event" for _ in b.mentions[:1]}))
        return PairDiagnosis(gold_id, kind, a, b, "not-same", f"claims of different kinds: {kinds}")
    best = max(r[0] for r in results)
    details = [r[1] for r in results if r[0] == best]
    return PairDiagnosis(gold_id, kind, a, b, STAGES[best], " | ".join(dict.fromkeys(details))[:400])


def _act_stage(ma, ea, mb, eb, sim: float) -> tuple[str, str]:  # noqa: ANN001
    va, vb = act_value(ma), act_value(mb)
    if va == vb:
        return "no-conflict", f"acts {va} / {vb}"
    return "not-same", f"acts {va} / {vb} not on one occasion or object (wording {sim:.2f})"


def diagnose(store, gold: dict, embedder=None) -> list[PairDiagnosis]:  # noqa: ANN001
    """One :class:`PairDiagnosis` per pair of claims of each gold disagreement with different
    values (the pairs ``score.py`` could count)."""
    ch = load(store, embedder)
    out = []
    for g in gold.get("disagreements", []):
        kind = gold_kind(g)
        sides = [_side(ch, kind, str(c["value"]), f, c["evidence"]) for c in g.get("claims", []) for f in c["files"]]
        for a, b in combinations(sides, 2):
            if a.value != b.value:
                out.append(diagnose_pair(ch, str(g["id"]), kind, a, b))
    return out


def best_stages(rows: list[PairDiagnosis]) -> dict[str, PairDiagnosis]:
    """Gold id -> its pair that reached the furthest stage."""
    best: dict[str, PairDiagnosis] = {}
    for r in rows:
        if r.gold_id not in best or STAGES.index(r.stage) > STAGES.index(best[r.gold_id].stage):
            best[r.gold_id] = r
    return best


def stage_table(rows: list[PairDiagnosis]) -> Counter:
    """(kind, stage) -> how many gold disagreements end there (their best pair)."""
    return Counter((r.kind, r.stage) for r in best_stages(rows).values())


def format_table(table: Counter) -> str:
    """Kinds down, stages across, with totals."""
    kinds = [k for k in KIND_ORDER if any(kk == k for kk, _ in table)] + \
        sorted({k for k, _ in table} - set(KIND_ORDER))
    head = f"{'kind':<10}" + "".join(f"{s:>12}" for s in STAGES) + f"{'total':>8}"
    lines = [head]
    for k in kinds:
        row = [table.get((k, s), 0) for s in STAGES]
        lines.append(f"{k:<10}" + "".join(f"{n:>12}" for n in row) + f"{sum(row):>8}")
    totals = [sum(table.get((k, s), 0) for k in kinds) for s in STAGES]
    lines.append(f"{'all':<10}" + "".join(f"{n:>12}" for n in totals) + f"{sum(totals):>8}")
    return "\n".join(lines)


def by_detail(rows: list[PairDiagnosis]) -> dict[str, list[PairDiagnosis]]:
    """Best pairs grouped by stage (for listing)."""
    out: dict[str, list[PairDiagnosis]] = defaultdict(list)
    for r in best_stages(rows).values():
        out[r.stage].append(r)
    return out


__all__ = ["EXPECTED", "STAGES", "PairDiagnosis", "Side", "best_stages", "by_detail", "diagnose", "format_table",
           "gold_kind", "stage_table", "why_event_dates", "why_not_same"]
