"""The HTML report: one self-contained file (inline CSS and SVG, no script, no external resource).

Article text is untrusted: everything from the documents and the chronicle goes through Jinja2
autoescaping (the SVG charts escape their own text), and a Content-Security-Policy meta tag
forbids scripts, so a ``<script>`` or an ``onerror=`` in an article is shown as text and never
runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jinja2
from markupsafe import Markup

from chronica.chronicle import Chronicle, ChronicleEvent, Disagreement, DocumentInfo
from chronica.chronicle import dates as D
from chronica.chronicle.disagreements import actor_name
from chronica.events.model import SOURCE, TARGET, EventMention
from chronica.export.graph import actor_graph
from chronica.report.svg import COOP, CONFLICT, NEUTRAL, barometer_svg, graph_note, graph_svg


@dataclass(frozen=True)
class ReportLimits:
    """How much of a large chronicle one report shows (``chronica report``; ``--full`` shows all).

    A report of every event with every document's text grows with the store: 7.6 MB on the BBC
    store (2,825 events, 2,127 documents), 90 MB on the 10× synthetic one, more than a browser
    opens comfortably and more than anyone reads. Beyond these numbers the report is a summary
    of a bounded size (:func:`plan_report`): the events told by the most sources, the first
    disagreements, the documents they cite, each section saying how many it leaves out and
    where to get them (the export, the terminal commands, the web app, ``--full``)."""

    events: int = 500
    disagreements: int = 100
    documents: int = 200


@dataclass
class ReportPlan:
    """What a report shows: ``events`` (in the chronicle's order), ``disagreements``, the ids of
    the ``documents`` shown with their text; ``totals`` of the whole chronicle; ``summary``
    when something is left out."""

    events: list[ChronicleEvent]
    disagreements: list[Disagreement]
    documents: set[int]
    totals: dict[str, int]
    summary: bool


def _attestation(e: ChronicleEvent) -> tuple:
    """How well an event is told, best first: by more documents, more sentences, more confidence."""
    return (-len(e.documents), -len({(m.document_id, m.sentence_start) for m in e.mentions}),
            -e.confidence)


def plan_report(chronicle: Chronicle, documents: list[DocumentInfo],
                limits: ReportLimits | None = None) -> ReportPlan:
    """Everything (``limits`` None, or a chronicle within them), else a summary:

    1. the first ``limits.disagreements`` disagreements;
    2. their events, then the events told by the most documents (then sentences, confidence,
       the chronicle's order), ``limits.events`` in all, shown in the chronicle's order;
    3. the documents cited by those events and disagreements, the most cited first,
       ``limits.documents`` of them, shown with their text (a citation of another document
       names it without a link)."""
    totals = {"events": len(chronicle.events), "disagreements": len(chronicle.disagreements),
              "documents": len(documents)}
    if limits is None or (totals["events"] <= limits.events and totals["documents"] <= limits.documents
                          and totals["disagreements"] <= limits.disagreements):
        return ReportPlan(list(chronicle.events), list(chronicle.disagreements),
                          {d.id for d in documents}, totals, summary=False)
    # 1.
    disagreements = chronicle.disagreements[:limits.disagreements]
    # 2.
    position = {e.id: i for i, e in enumerate(chronicle.events)}
    wanted = [eid for d in disagreements for eid in d.event_ids if eid in position]
    ranked = sorted(chronicle.events, key=lambda e: (*_attestation(e), position[e.id]))
    chosen = list(dict.fromkeys([*wanted, *(e.id for e in ranked)]))[:limits.events]
    events = [chronicle.events[i] for i in sorted(position[eid] for eid in chosen)]
    # 3.
    cited: dict[int, int] = {}
    for m in [m for e in events for m in e.mentions] + \
             [m for d in disagreements for c in d.claims for m in c.mentions]:
        cited[m.document_id] = cited.get(m.document_id, 0) + 1
    known = {d.id for d in documents}
    shown = sorted((doc for doc in cited if doc in known), key=lambda doc: (-cited[doc], doc))
    return ReportPlan(events, disagreements, set(shown[:limits.documents]), totals, summary=True)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("chronica.report", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template("report.html")


def _anchor(m: EventMention) -> str:
    return f"m{m.document_id}-{m.sentence_start}"


def _colour(intensity: float) -> str:
    return COOP if intensity > 0.5 else CONFLICT if intensity < -0.5 else NEUTRAL


def _doc_label(docs: dict[int, DocumentInfo], doc_id: int) -> str:
    d = docs.get(doc_id)
    return d.label if d else f"d{doc_id}"


def _before(doc: DocumentInfo | None, m: EventMention, limit: int = 220) -> str:
    """The sentence before a cited one (so that "X refuses." can be read in its context)."""
    if not doc or not doc.text or m.sentence_start <= 0:
        return ""
    text = doc.text[max(0, m.sentence_start - limit):m.sentence_start].rstrip()
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind(".\n", 0, len(text) - 1),
              text.rfind("\n\n", 0, len(text) - 1))
    if cut >= 0:
        return text[cut + 1:].strip()
    rest = text.split(" ", 1)[-1].strip() if " " in text else ""
    return "… " + rest if rest else ""


def _citations(mentions: list[EventMention], docs: dict[int, DocumentInfo],
               context: bool = False, linked: set[int] | None = None) -> list[dict]:
    """One citation per sentence; its ``anchor`` (None when its document is not shown:
    ``linked``, all when None) leads to the sentence in the document's text."""
    seen, out = set(), []
    for m in mentions:
        key = (m.document_id, m.sentence_start)
        if key in seen:
            continue
        seen.add(key)
        out.append({"sentence": m.sentence, "doc": _doc_label(docs, m.document_id),
                    "anchor": _anchor(m) if linked is None or m.document_id in linked else None,
                    "date_text": m.date_text,
                    "before": _before(docs.get(m.document_id), m) if context else ""})
    return out


def _segments(text: str, marks: list[tuple[int, int, list[str], str]]) -> list[dict]:
    """The document text cut into plain and highlighted pieces (overlaps skipped)."""
    out, pos = [], 0
    for start, end, events, anchor in sorted(marks):
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append({"mark": False, "text": text[pos:start]})
        out.append({"mark": True, "text": text[start:end], "events": events, "anchor": anchor,
                    "title": "events " + ", ".join(events) if events else "a sentence a disagreement cites"})
        pos = end
    if pos < len(text):
        out.append({"mark": False, "text": text[pos:]})
    return out


def _claim_value(kind: str, value: str) -> str:
    """A claimed date as people read it ("1960s", not "196"); other claims as they are."""
    if kind == "date" and D.value_parts(value):
        return D.display(value)
    return value


def render_report(chronicle: Chronicle, documents: list[DocumentInfo] | None = None,
                  mentions: list[EventMention] | None = None, title: str = "Chronicle",
                  n_pairs: int = 3, limits: ReportLimits | None = None) -> str:
    """The report as one HTML string.

    ``documents`` carry their clean ``text`` (a document without text is listed without it);
    ``mentions`` are the sentences to highlight in the documents (default: every mention of
    every event). ``n_pairs`` barometers are drawn, for the pairs with the most events.
    ``limits``: a chronicle beyond them is summarised (:func:`plan_report`); None shows all.
    """
    documents = documents if documents is not None else chronicle.documents
    docs = {d.id: d for d in documents}
    plan = plan_report(chronicle, documents, limits)
    linked = None if not plan.summary else plan.documents
    shown = {e.id for e in plan.events}
    event_of: dict[int, str] = {}
    for e in chronicle.events:
        for m in e.mentions:
            event_of[id(m)] = e.id
    dis_of: dict[str, list[str]] = {}
    for d in plan.disagreements:
        for eid in d.event_ids:
            dis_of.setdefault(eid, []).append(d.id)

    events = []
    for e in plan.events:
        actors = []
        for role in (SOURCE, TARGET):
            names = [actor_name(p) for p in e.participants if p.role == role]
            if names:
                actors.append(f"{role}: {', '.join(names)}")
        events.append({
            "id": e.id, "when": D.reader_form(e.date, e.date_end, e.earliest, e.latest), "type": e.type.replace("_", " "),
            "summary": e.summary, "intensity": e.intensity, "confidence": e.confidence,
            "modality": e.modality, "n_docs": len(e.documents), "colour": _colour(e.intensity),
            "actors": " · ".join(actors), "citations": _citations(e.mentions, docs, linked=linked),
            "disagreements": dis_of.get(e.id, []), "open": len(e.documents) > 1,
        })

    disagreements = [{
        "id": d.id, "kind": d.kind, "topic": d.topic, "event_ids": d.event_ids, "reason": d.reason,
        "claims": [{"value": _claim_value(d.kind, c.value),
                    "citations": _citations(c.mentions, docs, context=True, linked=linked)}
                   for c in d.claims],
    } for d in plan.disagreements]

    by_id = {e.id: e for e in plan.events}
    barometers = []
    for a, b, _ in chronicle.main_pairs(n_pairs):
        series = chronicle.barometer(a, b)
        if not series.points:
            continue
        barometers.append({
            "label": f"{series.name_a or a} – {series.name_b or b}",
            "resolution": series.resolution, "n_events": len(series.event_ids),
            "points": series.points, "svg": Markup(barometer_svg(series, by_id)),
        })

    marks_by_doc: dict[int, dict[tuple[int, int], list[str]]] = {}
    highlighted = mentions if mentions is not None else [m for e in chronicle.events for m in e.mentions]
    for m in highlighted:
        if m.document_id not in plan.documents:
            continue
        spans = marks_by_doc.setdefault(m.document_id, {})
        ids = spans.setdefault((m.sentence_start, m.sentence_end), [])
        eid = event_of.get(id(m))
        if eid and eid not in ids:
            ids.append(eid)
    cited: set[tuple[int, int]] = set()  # sentences a shown disagreement cites: their links must land
    for d in plan.disagreements:
        for c in d.claims:
            for m in c.mentions:
                if m.document_id in plan.documents:
                    marks_by_doc.setdefault(m.document_id, {}).setdefault((m.sentence_start, m.sentence_end), [])
                    cited.add((m.document_id, m.sentence_start))
    docs_view = []
    for d in sorted((d for d in documents if d.id in plan.documents), key=lambda d: d.id):
        spans = marks_by_doc.get(d.id, {})
        marks = [(s, e, [i for i in ids if i in shown], f"m{d.id}-{s}") for (s, e), ids in spans.items()]
        if plan.summary:  # a sentence of events the summary leaves out is not marked, unless a claim cites it
            marks = [mark for mark in marks if mark[2] or (d.id, mark[0]) in cited]
        docs_view.append({
            "id": d.id, "key": d.key, "label": d.label, "path": d.path, "published": d.published,
            "n_marks": sum(1 for mark in marks if mark[2]), "segments": _segments(d.text or "", marks),
        })

    graph = actor_graph(chronicle)
    return _template().render(
        title=title, events=events, disagreements=disagreements, barometers=barometers,
        graph=Markup(graph_svg(graph)), graph_note=graph_note(graph), docs=docs_view,
        documents=documents, summary=plan.summary, totals=plan.totals, shown=shown,
        n_mentions=sum(len({(m.document_id, m.sentence_start) for m in e.mentions})
                       for e in chronicle.events),
    )
