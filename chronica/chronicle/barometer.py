"""The relationship barometer: a cooperation (+) / conflict (-) series for a pair of actors.

Built from the merged events (one happening counts once, however many sources tell it) that
involve both actors, in either role (pairs are undirected). An actor is matched by its id, by
the state it acts for (a leader in office counts for his state) or by its name.

Periods. The resolution fits the span of the pair's events: months up to 3 years, years up to
150 years, decades up to 1,000 years, centuries beyond. An event dated more coarsely than the
resolution ("the 1960s" in a yearly series) is spread over the periods its interval covers,
each getting the share of the interval that falls in it: no precision is invented.
Events stated only as planned, possible, refused or negated do not count: the barometer scores
what was done (:data:`NOT_DONE`, :func:`done`: a refusal itself, a REJECT, was done), and each
series says how many such events it left out.
Happenings of one actor's life and OTHER do not count either (the ontology's ``barometer: false``).

Counterparts. Two actors are scored against each other only when they face each other in the
act: one is the source and the other the target (or another participant). Co-participants on
one side — two allies attacking a third together, two donors giving aid — are not scored
against each other; on a symmetric act with no other side ("A and B signed an agreement", "A and
B fought") the co-participants are each other's counterparts.

Uncertainty. Each period's value is a Bayesian shrinkage estimate of the pair's mean intensity:
a normal prior centred on 0 (neutral) with standard deviation :data:`PRIOR_SD`, and each event
an observation with standard deviation :data:`EVENT_SD` (the spread of intensities within one
period of a relationship). With n (fractional) events of mean x, the posterior is

    precision = 1/PRIOR_SD**2 + n/EVENT_SD**2
    estimate  = (n * x / EVENT_SD**2) / precision
    interval  = estimate -/+ 1.645 / sqrt(precision)       (90% credible interval)

so one event gives a wide band pulled towards neutral, and many agreeing events a narrow band
near their mean. ``mean`` keeps the raw weighted mean.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

from chronica.chronicle import dates as D
from chronica.chronicle.keys import SYMMETRIC_TYPES, participant_keys
from chronica.chronicle.model import BarometerPoint, BarometerSeries, ChronicleEvent
from chronica.events.model import NEGATED, OTHER, PLANNED, POSSIBLE, REFUSED
from chronica.events.ontology import load_ontology

PRIOR_SD = 5.0
EVENT_SD = 4.0
Z90 = 1.645
RESOLUTIONS = ("month", "year", "decade", "century")
#: modalities of acts that were not done: not scored
NOT_DONE = (PLANNED, POSSIBLE, NEGATED, REFUSED)
_SKIP_MODALITIES = NOT_DONE


def done(e: ChronicleEvent) -> bool:
    """Whether the event was done and scores: not only planned, possible, negated or refused. A
    REJECT is the refusal itself ("Peru refused the offer": its modality stays ``refused``, see
    :mod:`chronica.events.extract`): the refusal was done, and it scores as a REJECT."""
    return e.modality not in NOT_DONE or (e.modality == REFUSED and e.type == "REJECT")
#: types that count on the barometer (the ontology's ``barometer``: interactions, not a death, a
#: founding or an OTHER happening, which have no place on a cooperation/conflict scale)
BAROMETER_TYPES = load_ontology().barometer_types


def shrink(n: float, mean: float) -> tuple[float, float, float]:
    """(estimate, low, high): the posterior mean and 90% interval for n events of mean ``mean``."""
    precision = 1 / PRIOR_SD ** 2 + n / EVENT_SD ** 2
    estimate = (n * mean / EVENT_SD ** 2) / precision
    half = Z90 / math.sqrt(precision)
    return estimate, max(-10.0, estimate - half), min(10.0, estimate + half)


def choose_resolution(spans: list[tuple[date, date]]) -> str:
    if not spans:
        return "year"
    years = (max(s[1] for s in spans) - min(s[0] for s in spans)).days / 365.25
    if years <= 3:
        return "month"
    if years <= 150:
        return "year"
    if years <= 1000:
        return "decade"
    return "century"


def _period(d: date, resolution: str) -> tuple[date, date, str]:
    if resolution == "month":
        start = date(d.year, d.month, 1)
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return start, date.fromordinal(nxt.toordinal() - 1), f"{d.year}-{d.month:02d}"
    if resolution == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), str(d.year)
    size = 10 if resolution == "decade" else 100
    y0 = d.year - d.year % size
    label = f"{y0}s" if resolution == "decade" else f"{y0}–{y0 + 99}"
    return date(max(y0, 1), 1, 1), date(y0 + size - 1, 12, 31), label


def _periods(span: tuple[date, date], resolution: str) -> list[tuple[date, date, str, float]]:
    """The periods a span covers, each with the share of the span inside it."""
    out = []
    d = span[0]
    total = D.span_days(span)
    while d <= span[1]:
        start, end, label = _period(d, resolution)
        share = D.overlap_days((start, end), span) / total
        out.append((start, end, label, share))
        d = date.fromordinal(end.toordinal() + 1)
    return out


def resolve(events: list[ChronicleEvent], actor: Iterable[str] | str) -> set[str]:
    """The ids an actor given by id, state or name stands for ("Aldoria" -> {"ALD"})."""
    names = {actor} if isinstance(actor, str) else set(actor)
    lowered = {n.lower() for n in names}
    ids = set(names)
    for e in events:
        for p in e.participants:
            if p.actor_id and ((p.name and p.name.lower() in lowered) or p.text.lower() in lowered):
                ids.add(p.actor_id)
    return ids


def matches(participant, ids: set[str]) -> bool:
    """True when the participant is one of ``ids`` or acts for one of them."""
    return bool(participant_keys(participant) & ids)


def counterparts(event: ChronicleEvent, a, b) -> bool:  # noqa: ANN001 - Participants
    """True when participants ``a`` and ``b`` of ``event`` face each other in it (see the module
    docstring): different roles, or one side of a symmetric act that has no other side."""
    if a.role != b.role:
        return True
    if event.type not in SYMMETRIC_TYPES:
        return False
    return all(p.role == a.role for p in event.participants if p.actor_id)


def pair_events(events: list[ChronicleEvent], actor_a, actor_b) -> list[ChronicleEvent]:
    """Events in which a participant that is ``actor_a`` faces another that is ``actor_b``."""
    ids_a, ids_b = resolve(events, actor_a), resolve(events, actor_b)
    out = []
    for e in events:
        parts = [p for p in e.participants if p.role != OTHER or p.actor_id]
        in_a = [i for i, p in enumerate(parts) if matches(p, ids_a)]
        in_b = [i for i, p in enumerate(parts) if matches(p, ids_b)]
        if any(i != j and counterparts(e, parts[i], parts[j]) for i in in_a for j in in_b):
            out.append(e)
    return out


def barometer(events: list[ChronicleEvent], actor_a, actor_b,
              resolution: str | None = None) -> BarometerSeries:
    paired = [e for e in pair_events(events, actor_a, actor_b) if e.type in BAROMETER_TYPES]
    chosen = [e for e in paired if done(e)]
    spans = {e.id: D.interval(e.date, e.date_end, e.earliest, e.latest) for e in chosen}
    dated = [e for e in chosen if spans[e.id]]
    if resolution is None:
        resolution = choose_resolution([spans[e.id] for e in dated])
    if resolution not in RESOLUTIONS:
        raise ValueError(f"resolution must be one of {', '.join(RESOLUTIONS)}")
    bins: dict[date, dict] = {}
    for e in dated:
        for start, end, label, share in _periods(spans[e.id], resolution):
            b = bins.setdefault(start, {"end": end, "label": label, "w": 0.0, "sum": 0.0, "ids": []})
            b["w"] += share
            b["sum"] += share * e.intensity
            b["ids"].append(e.id)
    points = []
    for start in sorted(bins):
        b = bins[start]
        n, mean = b["w"], b["sum"] / b["w"]
        estimate, low, high = shrink(n, mean)
        points.append(BarometerPoint(
            period=b["label"], start=start.isoformat(), end=b["end"].isoformat(), n=round(n, 3),
            mean=round(mean, 3), estimate=round(estimate, 3), low=round(low, 3), high=round(high, 3),
            event_ids=b["ids"]))
    return BarometerSeries(
        actor_a=_label(actor_a), actor_b=_label(actor_b), resolution=resolution, points=points,
        undated_event_ids=[e.id for e in chosen if not spans[e.id]],
        name_a=_name(chosen, actor_a), name_b=_name(chosen, actor_b),
        not_done_event_ids=[e.id for e in paired if not done(e)])


def _label(actor) -> str:
    return actor if isinstance(actor, str) else "+".join(sorted(actor))


def _name(events: list[ChronicleEvent], actor) -> str | None:
    ids = resolve(events, actor)
    for e in events:
        for p in e.participants:
            if p.actor_id in ids and p.name:
                return p.name
    return None


def main_pairs(events: list[ChronicleEvent], limit: int = 3) -> list[tuple[str, str, int]]:
    """The pairs of states (or actors) with the most events: (a, b, count), a < b."""
    counts: dict[tuple[str, str], int] = {}
    for e in events:
        if not done(e):
            continue
        parts = [p for p in e.participants if (p.state or p.actor_id) and (p.role != OTHER or p.actor_id)]
        pairs = set()
        for pa in parts:
            for pb in parts:
                a, b = pa.state or pa.actor_id, pb.state or pb.actor_id
                if a < b and counterparts(e, pa, pb):
                    pairs.add((a, b))
        for pair in pairs:
            counts[pair] = counts.get(pair, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(a, b, n) for (a, b), n in ranked[:limit]]


def spread_groups(points: list[BarometerPoint]) -> list[list[BarometerPoint]]:
    """Consecutive periods that hold exactly the same events (one event dated more coarsely than
    the resolution, spread over the periods it covers), grouped for display."""
    groups: list[list[BarometerPoint]] = []
    for p in points:
        last = groups[-1][-1] if groups else None
        if last and last.event_ids == p.event_ids and \
                date.fromisoformat(last.end).toordinal() + 1 == date.fromisoformat(p.start).toordinal():
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def joined(group: list[BarometerPoint]) -> BarometerPoint:
    """One point for a group of :func:`spread_groups`: the estimate of the summed weight (an event
    spread over ten years counts once there, not ten times a tenth)."""
    if len(group) == 1:
        return group[0]
    n = sum(p.n for p in group)
    mean = sum(p.n * p.mean for p in group) / n
    estimate, low, high = shrink(n, mean)
    return BarometerPoint(period=f"{group[0].period}–{group[-1].period}", start=group[0].start,
                          end=group[-1].end, n=round(n, 3), mean=round(mean, 3),
                          estimate=round(estimate, 3), low=round(low, 3), high=round(high, 3),
                          event_ids=group[0].event_ids)
