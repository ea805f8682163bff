"""What the web pages and the JSON API show, computed from one store: the timeline filtered, a
document cut into highlighted pieces, the barometer of a pair. No HTML here (templates do it)
and no SQL (the store does it).

Public API: :class:`Site` (everything one store serves), :func:`pieces`, :class:`Filters`.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from chronica.ask import Asker, answer_json, open_asker
from chronica.chronicle import Chronicle, ChronicleEvent, dates, disagreement_json, event_json
from chronica.chronicle.barometer import RESOLUTIONS, joined, spread_groups
from chronica.chronicle.barometer import resolve as resolve_actor
from chronica.chronicle.disagreements import actor_name
from chronica.export.graph import actor_graph
from chronica.search import SentenceIndex, hit_json
from chronica.store.db import Store
from chronica.store.postgres import is_url
from chronica.store.search import open_readonly
from chronica.chronicle.stored import load_chronicle

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
#: most results a page or an API call returns
MAX_LIMIT = 100


def _kb_name(actor_id: str) -> str:
    """The knowledge base's name of an id (a state only its people stand for in the events:
    "SUN" -> "Soviet Union"), or the id itself."""
    from chronica.actors.kb import load_core_kb

    actor = load_core_kb().get(actor_id)
    return actor.name if actor is not None and actor.name else actor_id


class BadRequest(ValueError):
    """A request the site refuses, with a one-line reason for the user."""


@dataclass
class Filters:
    """Timeline filters: an actor (id or part of a name), an event type, a date range."""

    actor: str = ""
    type: str = ""
    start: str = ""
    end: str = ""

    def check(self) -> None:
        for name, value in (("from", self.start), ("to", self.end)):
            if value and not DATE.fullmatch(value):
                raise BadRequest(f"'{name}' takes a date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if len(self.actor) > 200 or len(self.type) > 40:
            raise BadRequest("filter too long")


def _fits(e: ChronicleEvent, f: Filters) -> bool:
    if f.type and e.type != f.type.upper():
        return False
    if f.actor:
        key = f.actor.casefold()
        if not any(key in {(p.actor_id or "").casefold(), (p.state or "").casefold()}
                   or key in (p.name or p.text or "").casefold() for p in e.participants):
            return False
    if f.start or f.end:
        span = dates.interval(e.date, e.date_end, e.earliest, e.latest)
        lo = dates.value_interval(f.start)[0] if f.start else None
        hi = dates.value_interval(f.end)[1] if f.end else None
        if span is None or (lo and span[1] < lo) or (hi and span[0] > hi):
            return False
    return True


def pieces(text: str, sentences: list[tuple[int, int, str]], actors: list[tuple[int, int, str]],
           target: tuple[int, int] | None = None) -> list[dict]:
    """``text`` cut at every boundary of the highlighted sentences (start, end, event ids) and
    actor mentions (start, end, actor name); each piece says what covers it. ``target`` is a
    sentence asked for by a link (highlighted even without events)."""
    cuts = {0, len(text)}
    spans = [(s, e) for s, e, _ in sentences] + [(s, e) for s, e, _ in actors]
    if target:
        spans.append(target)
    for s, e in spans:
        if 0 <= s < e <= len(text):
            cuts |= {s, e}
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        sent = next((x for x in sentences if x[0] <= a and b <= x[1]), None)
        actor = next((x for x in actors if x[0] <= a and b <= x[1]), None)
        out.append({
            "text": text[a:b],
            "anchor": f"s{a}" if (sent and sent[0] == a) or (target and target[0] == a) else None,
            "events": sent[2] if sent else "",
            "target": bool(target and target[0] <= a and b <= target[1]),
            "actor": actor[2] if actor else None,
        })
    return out


class Site:
    """One store, opened read-only, with its chronicle, search index and asker loaded once.

    Requests come from several threads: each thread searches through its own read-only SQLite
    connection (the vectors, the chronicle and the claims are shared, read-only); questions and
    claims take turns only through the spaCy pipeline (:data:`chronica.ask.question.PIPELINE_LOCK`)
    and answer in parallel. The asker is ``chronica ask``'s (:func:`chronica.ask.open_asker`).
    """

    def __init__(self, db: str | Path) -> None:
        self.path = db if is_url(db) else Path(db)
        #: what the pages call the store: the file's name, or the database's (no password)
        self.name = urlsplit(db).path.lstrip("/") if is_url(db) else self.path.name
        self.store: Store = open_readonly(self.path)
        self._local = threading.local()
        self.chronicle: Chronicle = load_chronicle(self.store, with_text=False)
        # the asker ``chronica ask`` answers with (its sentence reader included), reading the
        # store through each request thread's own connection
        self.asker: Asker = open_asker(self.store, chronicle=self.chronicle, connect=self._thread_store)
        self.index: SentenceIndex = self.asker.index
        self.events = {e.id: e for e in self.chronicle.events}
        self.documents = {d.id: d for d in self.store.documents()}
        self.types = sorted({e.type for e in self.chronicle.events})
        self.titles = {d.id: d.title for d in self.documents.values()}
        self._names: dict[str, str] | None = None

    def _thread_store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_readonly(self.path)
        return store

    def close(self) -> None:
        self.store.close()

    def warm(self) -> None:
        """Load what the first search, question and claim check would load (the MiniLM model,
        the spaCy pipeline, the event index, the stored claims' context), so that no request
        waits seconds for it."""
        self.search("warm up")
        self.ask("When did it start?")
        self.check("It started in 2000.")

    # -- search, questions, claims ------------------------------------------------------------
    def _text(self, q: str) -> str:
        q = (q or "").strip()
        if not q:
            raise BadRequest("the query is empty")
        if len(q) > 500:
            raise BadRequest("the query is longer than 500 characters")
        return q

    def search(self, q: str, limit: int = 10):  # noqa: ANN201
        q = self._text(q)
        return self.index.search(q, limit=max(1, min(limit, MAX_LIMIT)))

    def ask(self, q: str):  # noqa: ANN201
        return self.asker.ask(self._text(q))

    def check(self, q: str):  # noqa: ANN201
        return self.asker.check(self._text(q))

    # -- chronicle ------------------------------------------------------------------------------
    def timeline(self, f: Filters) -> list[ChronicleEvent]:
        f.check()
        return [e for e in self.chronicle.events if _fits(e, f)]

    def barometer(self, a: str, b: str, resolution: str = ""):  # noqa: ANN201
        if not a or not b or len(a) > 200 or len(b) > 200:
            raise BadRequest("give two actors, a and b")
        if resolution and resolution not in RESOLUTIONS:
            raise BadRequest(f"'resolution' is one of {', '.join(RESOLUTIONS)}, not {resolution!r}")
        return self.chronicle.barometer(a, b, resolution or None)

    def barometer_view(self, a: str, b: str, resolution: str = "") -> dict:
        """The barometer of a pair as the page shows it: one entry per dot of the plot (periods
        that share the same events, as a coarsely dated event spreads over several, make one),
        each with its events, and the pair's events that are not plotted (undated, or not done:
        planned, refused ...). ``index`` is the dot's first period's (the plot's link)."""
        series = self.barometer(a, b, resolution)
        groups, index = [], 0
        for g in spread_groups(series.points):
            point = joined(g)
            label = g[0].period if len(g) == 1 else f"{g[0].period} – {g[-1].period}"
            groups.append({"index": index, "label": label, "point": point,
                           "events": [self.events[i] for i in dict.fromkeys(point.event_ids) if i in self.events]})
            index += len(g)
        return {"series": series, "groups": groups,
                "undated": [self.events[i] for i in series.undated_event_ids if i in self.events],
                "not_done": [self.events[i] for i in series.not_done_event_ids if i in self.events]}

    def pairs(self) -> list[tuple[str, str, int]]:
        return self.chronicle.main_pairs(12)

    def actor_names(self) -> dict[str, str]:
        """Readable names of the actors of :meth:`pairs` (ids as the pairs give them)."""
        if self._names is None:
            names: dict[str, str] = {}
            for a, b, _ in self.pairs():
                for x in (a, b):
                    if x not in names:
                        ids = resolve_actor(self.chronicle.events, x)
                        names[x] = next((p.name for e in self.chronicle.events for p in e.participants
                                         if p.actor_id in ids and p.name), None) or _kb_name(x)
            self._names = names
        return self._names

    def graph(self):  # noqa: ANN201
        return actor_graph(self.chronicle)

    def marks(self, doc_id: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """What a document's page highlights: its sentences that state events (start, end, the
        event ids) and its resolved actor mentions (start, end, the actor's name)."""
        actors = self._thread_store().actor_mentions(doc_id)
        marks: dict[tuple[int, int], list[str]] = {}
        for e in self.chronicle.events:
            for m in e.mentions:
                if m.document_id == doc_id:
                    ids = marks.setdefault((m.sentence_start, m.sentence_end), [])
                    if e.id not in ids:
                        ids.append(e.id)
        sentences = sorted((s, e, " ".join(ids)) for (s, e), ids in marks.items())
        spans = sorted((a["start"], a["end"], a["name"] or a["text"]) for a in actors if a["resolved"])
        return sentences, spans

    def document(self, doc_id: int, target: tuple[int, int] | None = None) -> dict:
        d = self.documents.get(doc_id)
        if d is None:
            raise KeyError(doc_id)
        sentences, spans = self.marks(doc_id)
        return {"doc": d, "pieces": pieces(d.text, sentences, spans, target),
                "n_events": len(sentences), "n_actors": len(spans)}

    def graph_json(self) -> dict:
        """The actor graph as the page draws it: nodes (id, name, kind, state, events) and edges
        (the pair, number of events, mean intensity, events by type, the event ids)."""
        g = self.graph()
        nodes = [{"id": n, "name": d.get("name", n), "kind": d.get("kind", ""), "state": d.get("state", ""),
                  "events": d.get("events", 0)} for n, d in sorted(g.nodes(data=True))]
        edges = [{"a": a, "b": b, "weight": d.get("weight", 1), "mean_intensity": d.get("mean_intensity", 0.0),
                  "types": {k[2:]: v for k, v in sorted(d.items()) if k.startswith("n_")},
                  "events": (d.get("events") or "").split()} for a, b, d in sorted(g.edges(data=True))]
        return {"nodes": nodes, "edges": edges}

    # -- JSON -----------------------------------------------------------------------------------
    @staticmethod
    def hits_json(hits) -> list[dict]:  # noqa: ANN001
        return [hit_json(h) for h in hits]

    @staticmethod
    def answer_json(answer) -> dict:  # noqa: ANN001
        return answer_json(answer)

    @staticmethod
    def event_json(e: ChronicleEvent) -> dict:
        return event_json(e)

    def disagreements_json(self) -> list[dict]:
        return [disagreement_json(d) for d in self.chronicle.disagreements]

    @staticmethod
    def actor_label(p) -> str:  # noqa: ANN001
        return actor_name(p)
