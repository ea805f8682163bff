"""Inline SVG charts for the report: the barometer and the actor graph.

Every piece of text placed in the SVG goes through :func:`html.escape`; the functions return
markup ready to be inlined (the caller wraps it in :class:`markupsafe.Markup`).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from html import escape

import networkx as nx

from chronica.chronicle.barometer import joined, spread_groups
from chronica.chronicle.model import BarometerPoint, BarometerSeries, ChronicleEvent

COOP = "#1b7f4b"  # cooperation
CONFLICT = "#b3261e"  # conflict
NEUTRAL = "#6b6b6b"


def _colour(value: float) -> str:
    if value > 0.5:
        return COOP
    if value < -0.5:
        return CONFLICT
    return NEUTRAL


def _t(d: str) -> float:
    x = date.fromisoformat(d)
    return x.year + (x.timetuple().tm_yday - 1) / 366


def barometer_svg(series: BarometerSeries, events: dict[str, ChronicleEvent],
                  width: int = 760, height: int = 260,
                  point_href: Callable[[int, BarometerPoint], str] | None = None) -> str:
    """A line through the period estimates, a shaded 90% band, one dot per period (green for
    cooperation, red for conflict, area by number of events), each dot linking to its first event
    among ``events`` (the events on the page), or where ``point_href(i, point)`` says (the web
    app: the list of the point's events). A dot drawn for several periods that share their
    events (a coarse date) links where its first period's does."""
    pad_l, pad_r, pad_t, pad_b = 44, 16, 14, 30
    pts = series.points
    if not pts:
        return ('<svg class="barometer" width="%d" height="60" role="img" viewBox="0 0 %d 60">'
                '<text x="10" y="35">no dated events for this pair</text></svg>' % (width, width))
    # consecutive periods that share exactly the same events are drawn as one segment
    groups = spread_groups(pts)
    lo_t, hi_t = _t(pts[0].start), _t(pts[-1].end)
    if hi_t - lo_t < 1e-6:
        hi_t = lo_t + 1
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b

    def x(t: float) -> float:
        return pad_l + (t - lo_t) / (hi_t - lo_t) * plot_w

    def y(v: float) -> float:
        return pad_t + (10 - v) / 20 * plot_h

    out = [f'<svg class="barometer" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="{escape(_pair_label(series))}">']
    # background halves and axes
    out.append(f'<rect x="{pad_l}" y="{pad_t}" width="{plot_w}" height="{plot_h / 2:.1f}" '
               f'fill="{COOP}" opacity="0.05"/>')
    out.append(f'<rect x="{pad_l}" y="{y(0):.1f}" width="{plot_w}" height="{plot_h / 2:.1f}" '
               f'fill="{CONFLICT}" opacity="0.05"/>')
    for v in (10, 5, 0, -5, -10):
        out.append(f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                   f'stroke="#999" stroke-width="{1 if v == 0 else 0.3}"/>')
        out.append(f'<text x="{pad_l - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">'
                   f'{v:+d}</text>' if v else
                   f'<text x="{pad_l - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">0</text>')
    out.append(f'<text x="{pad_l + 4}" y="{pad_t + 11}" class="axis-note" fill="{COOP}">cooperation</text>')
    out.append(f'<text x="{pad_l + 4}" y="{height - pad_b - 4}" class="axis-note" '
               f'fill="{CONFLICT}">conflict</text>')
    for t, label in time_ticks(lo_t, hi_t):
        out.append(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{height - pad_b}" y2="{height - pad_b + 4}" '
                   f'stroke="#999" stroke-width="0.5"/>'
                   f'<text x="{x(t):.1f}" y="{height - 10}" text-anchor="middle" class="tick">{label}</text>')
    mids = [(_t(g[0].start) + _t(g[-1].end)) / 2 for g in groups]
    reps = [joined(g) for g in groups]
    if len(groups) > 1:  # the uncertainty band and the line through the estimates
        upper = " ".join(f"{x(m):.1f},{y(p.high):.1f}" for m, p in zip(mids, reps))
        lower = " ".join(f"{x(m):.1f},{y(p.low):.1f}" for m, p in reversed(list(zip(mids, reps))))
        out.append(f'<polygon points="{upper} {lower}" fill="#4a6fa5" opacity="0.15"/>')
        line = " ".join(f"{x(m):.1f},{y(p.estimate):.1f}" for m, p in zip(mids, reps))
        out.append(f'<polyline points="{line}" fill="none" stroke="#4a6fa5" stroke-width="1.5"/>')
    first_index = {id(pt): i for i, pt in enumerate(pts)}
    for g, m, p in zip(groups, mids, reps):
        colour = _colour(p.estimate)
        if len(g) > 1:  # a coarse date: a bar over the periods it covers
            x0, x1 = x(_t(g[0].start)), x(_t(g[-1].end))
            out.append(f'<rect x="{x0:.1f}" y="{y(p.high):.1f}" width="{x1 - x0:.1f}" '
                       f'height="{y(p.low) - y(p.high):.1f}" fill="{colour}" opacity="0.10"/>')
            out.append(f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y(p.estimate):.1f}" '
                       f'y2="{y(p.estimate):.1f}" stroke="{colour}" stroke-width="3" opacity="0.7"/>')
        else:
            out.append(f'<line x1="{x(m):.1f}" x2="{x(m):.1f}" y1="{y(p.low):.1f}" y2="{y(p.high):.1f}" '
                       f'stroke="{colour}" stroke-width="1" opacity="0.6"/>')
        n = p.n
        r = 3 + min(6.0, 2 * n ** 0.5)
        tip = [f"{p.period}: {p.estimate:+.1f} (90% {p.low:+.1f} to {p.high:+.1f}), {n:g} event(s)"]
        tip += [f"{eid}: {events[eid].summary}" for eid in p.event_ids if eid in events]
        if point_href is not None:
            href = point_href(first_index[id(g[0])], g[0])
        else:
            target = next((eid for eid in p.event_ids if eid in events), None)  # an event on the page
            href = "#" + target if target else None
        dot = (f'<circle cx="{x(m):.1f}" cy="{y(p.estimate):.1f}" r="{r:.1f}" fill="{colour}">'
               f'<title>{escape(chr(10).join(tip))}</title></circle>')
        out.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
    out.append("</svg>")
    return "".join(out)


def _pair_label(series: BarometerSeries) -> str:
    return f"{series.name_a or series.actor_a} and {series.name_b or series.actor_b}"


#: steps of a time axis, in months, finest first: the first that gives at most MAX_TICKS ticks
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000)
MAX_TICKS = 10


def time_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Labelled ticks of a time axis from ``lo`` to ``hi`` (fractional years): months ("Jun
    1950") on a span of a few years or less, years beyond; never fewer than two (the ends are
    labelled when no round date falls inside)."""
    first_month = int(lo * 12 + 0.999)
    last_month = int(hi * 12)
    span = max(1, last_month - first_month)
    step = next((s for s in _MONTH_STEPS if span / s <= MAX_TICKS), _MONTH_STEPS[-1])
    start = -(-first_month // step) * step
    ticks = [(m / 12, _month_label(m, step)) for m in range(start, last_month + 1, step)]
    if len(ticks) < 2:
        ticks = [(lo, _month_label(int(lo * 12), 1)), (hi, _month_label(max(int(hi * 12) - 1, 0), 1))]
    return ticks


def _month_label(month_index: int, step: int) -> str:
    year, month = divmod(month_index, 12)
    if step >= 12:
        return str(year)
    return f"{calendar.month_abbr[month + 1]} {year}"


def _drawn(g: nx.Graph, max_nodes: int) -> nx.Graph:
    """The part of the actor graph that is drawn: actors that share an event with another, the
    ``max_nodes`` busiest of them, and of those the largest connected group (smaller groups
    would only be flung apart by the layout)."""
    g = g.subgraph([n for n in g if g.degree(n) > 0]).copy()
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g, key=lambda n: (-g.nodes[n].get("events", 0), n))[:max_nodes]
        g = g.subgraph(keep).copy()
        g = g.subgraph([n for n in g if g.degree(n) > 0]).copy()
    if g.number_of_nodes():
        main = max(nx.connected_components(g), key=lambda c: (len(c), sorted(c)))
        g = g.subgraph(main).copy()
    return g


def graph_note(g: nx.Graph, max_nodes: int = 30) -> str | None:
    """What the drawing leaves out, in a sentence, or None when it shows every actor that
    shares an event with another."""
    linked = sum(1 for n in g if g.degree(n) > 0)
    shown = _drawn(g, max_nodes).number_of_nodes()
    if shown >= linked:
        return None
    return (f"The graph shows {shown} of the {linked} actors that share an event with another: "
            f"the largest connected group among the {min(max_nodes, linked)} with the most events.")


def graph_svg(g: nx.Graph, width: int = 760, height: int = 520, seed: int = 7,
              max_nodes: int = 30, node_href: Callable[[str], str] | None = None) -> str:
    """The actor graph with a fixed-seed spring layout: node area by events, edge width by the
    number of events, edge colour by mean intensity. Only :func:`_drawn` is drawn; see
    :func:`graph_note` for what is left out. With ``node_href``, each node links where
    ``node_href(actor id)`` says (the web app: the actor's timeline)."""
    g = _drawn(g, max_nodes)
    if g.number_of_nodes() == 0:
        return (f'<svg class="graph" viewBox="0 0 {width} 60"><text x="10" y="35">no two actors '
                f'share an event</text></svg>')
    pos = nx.spring_layout(g, seed=seed, weight=None, k=2.2 / max(1, g.number_of_nodes()) ** 0.5,
                           iterations=300)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 60

    def sx(v: float) -> float:
        return 2 * pad + (v - min(xs)) / ((max(xs) - min(xs)) or 1) * (width - 4 * pad)

    def sy(v: float) -> float:
        return pad / 2 + (v - min(ys)) / ((max(ys) - min(ys)) or 1) * (height - pad)

    out = [f'<svg class="graph" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="actor graph">']
    max_w = max((d.get("weight", 1) for _, _, d in g.edges(data=True)), default=1)
    for a, b, d in sorted(g.edges(data=True), key=lambda e: e[2].get("weight", 1)):
        w = d.get("weight", 1)
        mi = d.get("mean_intensity", 0.0)
        types = ", ".join(f"{k[2:]} {v}" for k, v in sorted(d.items()) if k.startswith("n_"))
        tip = (f"{g.nodes[a].get('name', a)} – {g.nodes[b].get('name', b)}: {w} event(s), "
               f"mean intensity {mi:+.1f} ({types})")
        out.append(f'<line x1="{sx(pos[a][0]):.1f}" y1="{sy(pos[a][1]):.1f}" x2="{sx(pos[b][0]):.1f}" '
                   f'y2="{sy(pos[b][1]):.1f}" stroke="{_colour(mi)}" stroke-opacity="0.55" '
                   f'stroke-width="{1 + 5 * w / max_w:.1f}"><title>{escape(tip)}</title></line>')
    max_n = max((d.get("events", 1) for _, d in g.nodes(data=True)), default=1)
    for n, d in sorted(g.nodes(data=True), key=lambda nd: nd[0]):
        r = 5 + 12 * (d.get("events", 1) / max_n) ** 0.5
        name = d.get("name", n)
        fill = "#4a6fa5" if d.get("kind") in ("state", "historical_state") else "#c28f2c"
        node = (f'<g class="node"><circle cx="{sx(pos[n][0]):.1f}" cy="{sy(pos[n][1]):.1f}" r="{r:.1f}" '
                f'fill="{fill}" stroke="#fff" stroke-width="1.5"><title>{escape(str(name))}: '
                f'{d.get("events", 0)} event(s)</title></circle>'
                f'<text x="{sx(pos[n][0]):.1f}" y="{sy(pos[n][1]) - r - 3:.1f}" text-anchor="middle" '
                f'class="node-label">{escape(str(name))}</text></g>')
        out.append(f'<a href="{escape(node_href(str(n)))}">{node}</a>' if node_href else node)
    out.append("</svg>")
    return "".join(out)
