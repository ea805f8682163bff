"""The HTML report: one self-contained file (inline CSS and SVG, no script, no external resource).

Article text is untrusted: everything from the documents and the chronicle goes through Jinja2
autoescaping (the SVG charts escape their own text), and a Content-Security-Policy meta tag
forbids scripts, so a ``<script>`` or an ``onerror=`` in an article is shown as text and never
runs.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2
from markupsafe import Markup

from chronica.chronicle import Chronicle, DocumentInfo
from chronica.chronicle import dates as D
from chronica.chronicle.disagreements import actor_name
from chronica.events.model import SOURCE, TARGET, EventMention
from chronica.export.graph import actor_graph
from chronica.report.svg import COOP, CONFLICT, NEUTRAL, barometer_svg, graph_note, graph_svg


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
               context: bool = False) -> list[dict]:
    seen, out = set(), []
    for m in mentions:
        key = (m.document_id, m.sentence_start)
        if key in seen:
            continue
        seen.add(key)
        out.append({"sentence": m.sentence, "doc": _doc_label(docs, m.document_id),
                    "anchor": _anchor(m), "date_text": m.date_text,
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
                    "title": "events " + ", ".join(events)})
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
                  n_pairs: int = 3) -> str:
    """The report as one HTML string.

    ``documents`` carry their clean ``text`` (a document without text is listed without it);
    ``mentions`` are the sentences to highlight in the documents (default: every mention of
    every event). ``n_pairs`` barometers are drawn, for the pairs with the most events.
    """
    documents = documents if documents is not None else chronicle.documents
    docs = {d.id: d for d in documents}
    event_of: dict[int, str] = {}
    for e in chronicle.events:
        for m in e.mentions:
            event_of[id(m)] = e.id
    dis_of: dict[str, list[str]] = {}
    for d in chronicle.disagreements:
        for eid in d.event_ids:
            dis_of.setdefault(eid, []).append(d.id)

    events = []
    for e in chronicle.events:
        actors = []
        for role in (SOURCE, TARGET):
            names = [actor_name(p) for p in e.participants if p.role == role]
            if names:
                actors.append(f"{role}: {', '.join(names)}")
        events.append({
            "id": e.id, "when": D.reader_form(e.date, e.date_end, e.earliest, e.latest), "type": e.type.replace("_", " "),
            "summary": e.summary, "intensity": e.intensity, "confidence": e.confidence,
            "modality": e.modality, "n_docs": len(e.documents), "colour": _colour(e.intensity),
            "actors": " · ".join(actors), "citations": _citations(e.mentions, docs),
            "disagreements": dis_of.get(e.id, []), "open": len(e.documents) > 1,
        })

    disagreements = [{
        "id": d.id, "kind": d.kind, "topic": d.topic, "event_ids": d.event_ids, "reason": d.reason,
        "claims": [{"value": _claim_value(d.kind, c.value),
                    "citations": _citations(c.mentions, docs, context=True)} for c in d.claims],
    } for d in chronicle.disagreements]

    by_id = {e.id: e for e in chronicle.events}
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
    for m in (mentions if mentions is not None else [m for e in chronicle.events for m in e.mentions]):
        spans = marks_by_doc.setdefault(m.document_id, {})
        ids = spans.setdefault((m.sentence_start, m.sentence_end), [])
        eid = event_of.get(id(m))
        if eid and eid not in ids:
            ids.append(eid)
    docs_view = []
    for d in sorted(documents, key=lambda d: d.id):
        spans = marks_by_doc.get(d.id, {})
        marks = [(s, e, ids, f"m{d.id}-{s}") for (s, e), ids in spans.items()]
        docs_view.append({
            "id": d.id, "key": d.key, "label": d.label, "path": d.path, "published": d.published,
            "n_marks": len(marks), "segments": _segments(d.text or "", marks),
        })

    graph = actor_graph(chronicle)
    return _template().render(
        title=title, events=events, disagreements=disagreements, barometers=barometers,
        graph=Markup(graph_svg(graph)), graph_note=graph_note(graph), docs=docs_view,
        documents=documents,
        n_mentions=sum(len({(m.document_id, m.sentence_start) for m in e.mentions})
                       for e in chronicle.events),
    )
