"""Plain-text views of the chronicle for the terminal, drawn as rich tables."""

from __future__ import annotations

import io
import re
import textwrap
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from chronica.bulk import gc_paused
from chronica.chronicle import Chronicle, DocumentInfo
from chronica.chronicle import dates as D
from chronica.chronicle.barometer import joined, spread_groups
from chronica.chronicle.model import BarometerSeries, ChronicleEvent, EventSources

if TYPE_CHECKING:
    from chronica.chronicle.timeline_rows import TimelineEntry


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with "…" when cut: never
    in the middle of a word or a number ("collapsed in 1991", not "collapsed in 199")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    head = text[:cut] if cut > 0 else text[:limit - 1]
    return head.rstrip(" ,;:") + "…"


def _render(table: Table, width: int | None) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width or 120, color_system=None, force_terminal=False,
                      highlight=False, markup=False, emoji=False)
    console.print(table)
    return buf.getvalue()


#: from this many rows on, a table is drawn by :func:`_plain_table`, not rich: rich measures and
#: wraps every cell through its segment machinery (~0.7 ms a row: 1.8 s for the BBC store's 2,722
#: timeline entries, 20 s for 27,000), the plain drawing ~30 µs a row, in the same box
PLAIN_ROWS = 500


def _plain_table(title: str, columns: list[tuple[str, str, int | None]], rows: list[list[str]],
                 width: int | None) -> str:
    """``rows`` drawn as rich draws a table (heavy head, light body, title centred):
    ``columns`` are ``(header, justify, min_width)``, ``min_width`` None for a column that never
    wraps. Wrapping columns share the width left, in proportion to their longest cell, each at
    least its ``min_width``; a cell wraps on spaces (a longer word is cut)."""
    width = width or 120
    longest = [max([len(c[0])] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    fixed = {i: longest[i] for i, c in enumerate(columns) if c[2] is None}
    wrapping = [i for i, c in enumerate(columns) if c[2] is not None]
    room = width - sum(fixed.values()) - 3 * len(columns) - 1
    total = sum(longest[i] for i in wrapping) or 1
    widths = dict(fixed)
    for i in wrapping:
        widths[i] = max(columns[i][2], min(longest[i], room * longest[i] // total))
    ws = [widths[i] for i in range(len(columns))]

    def line(left: str, fill: str, mid: str, right: str) -> str:
        return left + mid.join(fill * (w + 2) for w in ws) + right

    def cells(values: list[list[str]], bar: str) -> list[str]:
        out = []
        for k in range(max(len(v) for v in values)):
            parts = []
            for i, v in enumerate(values):
                text = v[k] if k < len(v) else ""
                parts.append(text.rjust(ws[i]) if columns[i][1] == "right" else text.ljust(ws[i]))
            out.append(bar + " " + f" {bar} ".join(parts) + " " + bar)
        return out

    # a row whose cells all fit on one line (most do) is one format: each field padded as
    # rjust/ljust pad it (``format`` pads str by characters too)
    one_line = ("│ " + " │ ".join("{:%s%d}" % (">" if c[1] == "right" else "<", w)
                                  for c, w in zip(columns, ws)) + " │").format
    wrapping_at = [(i, ws[i]) for i in wrapping]

    table_width = sum(ws) + 3 * len(ws) + 1
    out = [title.center(table_width).rstrip(), line("┏", "━", "┳", "┓")]
    out += cells([[c[0]] for c in columns], "┃")
    out.append(line("┡", "━", "╇", "┩"))
    for r in rows:
        if all(_fits(r[i], w) for i, w in wrapping_at):
            out.append(one_line(*r))
        else:
            out += cells([[t] if columns[i][2] is None else _wrap(t, ws[i]) for i, t in enumerate(r)], "│")
    out.append(line("└", "─", "┴", "┘"))
    return "\n".join(out) + "\n"


def _fits(text: str, width: int) -> bool:
    """Whether ``textwrap.wrap`` leaves ``text`` one line as it is (see :func:`_wrap`)."""
    return len(text) <= width and text.isprintable() and not text[-1:].isspace()


#: a text :func:`_greedy` wraps as ``textwrap`` does: printable, no space at either end, words
#: one ASCII space apart (textwrap's chunks: its whitespace is ASCII's), no word another
#: whitespace that ``str.strip`` removes (textwrap would drop such a word at a line's start)
_PLAIN_WORDS = re.compile(r"(?:[^\s]+ )*[^\s]+")


def _greedy(text: str, width: int) -> list[str] | None:
    """``textwrap.wrap(text, width, break_on_hyphens=False)`` for a text of words one space
    apart none longer than ``width`` (None for another text): a word joins the line when it
    fits with its space, as textwrap's chunks do (the space is dropped at the line's end)."""
    if not (text.isprintable() and _PLAIN_WORDS.fullmatch(text)):
        return None
    words = text.split(" ")
    if max(map(len, words)) > width:
        return None
    lines, line = [], words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _wrap(text: str, width: int) -> list[str]:
    """``textwrap.wrap(text, width, break_on_hyphens=False) or [""]``, without running it on a
    cell that fits as it is (most do: textwrap's chunking was half of drawing a large timeline)
    nor on plain words (:func:`_greedy`): a line of printable characters, no longer than
    ``width``, not ending in a space."""
    if _fits(text, width):
        return [text]
    return _greedy(text, width) or textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def _doc_names(chronicle: Chronicle, documents: list[DocumentInfo] | None) -> dict[int, str]:
    docs = documents if documents is not None else chronicle.documents
    return {d.id: d.key for d in docs}


def _sources(chronicle: Chronicle, sources: dict[str, EventSources] | None) -> dict[str, EventSources]:
    if sources is not None:
        return sources
    return {e.id: EventSources(len(e.mentions), e.documents) for e in chronicle.events}


@gc_paused()  # its rows are many small lists: no collector walks over the loaded chronicle
def format_timeline(chronicle: Chronicle, documents: list[DocumentInfo] | None = None,
                    width: int | None = None, sources: dict[str, EventSources] | None = None,
                    entries: list[TimelineEntry] | None = None) -> str:
    """The merged events as a table: id, date, type, summary, sources. ``sources`` (by event
    id) stand in for the events' mentions when they were not loaded
    (:func:`chronica.chronicle.stored.event_sources`); ``entries`` for the chronicle's events
    when only the fields the table prints were read
    (:func:`chronica.chronicle.timeline_rows.timeline_entries`; ``sources`` are then needed)."""
    names = _doc_names(chronicle, documents)
    events = chronicle.events if entries is None else entries
    sources = _sources(chronicle, sources)
    none = EventSources(0, [])

    def cited(e: ChronicleEvent | TimelineEntry) -> str:
        src = sources.get(e.id, none)
        return f"{src.n_mentions} in " + ", ".join(names.get(d, f"d{d}") for d in src.documents)

    if len(events) >= PLAIN_ROWS:
        rows = [[e.id, D.reader_form(e.date, e.date_end, e.earliest, e.latest), e.type,
                 f"{e.intensity:+.0f}", e.summary, cited(e)]
                for e in events]
        return _plain_table(f"Chronicle: {len(events)} events",
                            [("id", "left", None), ("date", "left", None), ("type", "left", None),
                             ("±", "right", None), ("summary", "left", 24), ("sources", "left", 12)],
                            rows, width)
    table = Table(title=f"Chronicle: {len(events)} events", show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("±", justify="right", no_wrap=True)
    table.add_column("summary", min_width=24)  # wide enough that wrapping never splits a word
    table.add_column("sources", min_width=12)
    for e in events:
        table.add_row(Text(e.id), Text(D.reader_form(e.date, e.date_end, e.earliest, e.latest)), Text(e.type),
                      Text(f"{e.intensity:+.0f}"), Text(e.summary), Text(cited(e)))
    return _render(table, width)


def format_disagreements(chronicle: Chronicle, documents: list[DocumentInfo] | None = None,
                         width: int | None = None) -> str:
    """The disagreements grouped by kind, each with its claims side by side, each claim with its
    cited sentences, and the reason they cannot all be true."""
    names = _doc_names(chronicle, documents)
    if not chronicle.disagreements:
        return "No disagreements between sources.\n"
    out = []
    kind = None
    for d in chronicle.disagreements:
        if d.kind != kind:
            kind = d.kind
            n = sum(1 for x in chronicle.disagreements if x.kind == kind)
            out.append(f"== {kind} ({n})\n")
        table = Table(title=f"{d.id} [{d.kind}] {d.topic}", show_lines=True,
                      caption=f"why: {d.reason}" if d.reason else None)
        for c in d.claims:
            table.add_column(c.value)
        cells = []
        for c in d.claims:
            lines = [f"{names.get(m.document_id, f'd{m.document_id}')}: “{m.sentence}”" for m in c.mentions]
            cells.append(Text("\n".join(lines)))
        table.add_row(*cells)
        out.append(_render(table, width))
    return "\n".join(out)


def format_claims(claims: list, names: dict[int, str], width: int | None = None) -> str:
    """Sentence claims as a table: document, kind, topic, value (with its interval), sentence."""
    table = Table(title=f"{len(claims)} claims", show_lines=False)
    for col in ("doc", "kind", "topic", "value", "when", "sentence"):
        table.add_column(col, no_wrap=col in ("doc", "kind"), ratio=4 if col == "sentence" else
                         (2 if col in ("value", "topic") else None))
    for c in claims:
        value = c.value
        if c.kind == "count" and c.low is not None:
            high = "∞" if c.high == float("inf") else f"{c.high:,.0f}"
            value += f" [{c.low:,.0f}–{high}]"
        if c.attribution:
            value += f" (says {c.attribution})"
        table.add_row(Text(names.get(c.document_id, f"d{c.document_id}")), Text(c.kind), Text(c.topic),
                      Text(value), Text(D.display(c.date, c.date_end) if c.date else ""), Text(c.sentence))
    return _render(table, width)


def format_barometer(series: BarometerSeries, width: int | None = None) -> str:
    """A barometer series as a table with a text bar per period (periods that share one coarsely
    dated event are shown as one row)."""
    table = Table(title=f"{series.name_a or series.actor_a} – {series.name_b or series.actor_b} "
                        f"(by {series.resolution})")
    table.add_column("period", no_wrap=True)
    table.add_column("events", justify="right")
    table.add_column("estimate (90%)", no_wrap=True)
    table.add_column("conflict ← → cooperation", no_wrap=True)
    table.add_column("event ids")
    for p in (joined(g) for g in spread_groups(series.points)):
        cells = [" "] * 21
        cells[10] = "|"
        pos = 10 + round(p.estimate)
        for i in range(min(pos, 10), max(pos, 10) + 1):
            if i != 10:
                cells[i] = "+" if p.estimate > 0 else "-"
        table.add_row(Text(p.period), Text(f"{round(p.n, 2):g}"),
                      Text(f"{p.estimate:+.1f} ({p.low:+.1f}..{p.high:+.1f})"),
                      Text("".join(cells)), Text(" ".join(p.event_ids)))
    if series.not_done_event_ids:
        table.caption = (f"not scored: {len(series.not_done_event_ids)} refused, planned, possible or "
                         f"negated event(s): {' '.join(series.not_done_event_ids)}")
    return _render(table, width)
