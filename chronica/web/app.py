"""The web app: pages (Jinja2, no scripts) and a JSON API over one store, read-only.

Public API: :func:`create_app` (a FastAPI application for one store). ``chronica serve`` runs
it with uvicorn, bound to 127.0.0.1 unless ``--host`` says otherwise.

Safety, in order: the store is opened with SQLite's ``mode=ro`` and ``query_only`` (no request
can write it); every route is GET (HEAD) only; documents are addressed by their integer id, and
static files come from the package's own folder (no request names a file); every text is
escaped by Jinja2's autoescaping; a Content-Security-Policy allows no script at all, and styles,
images and forms only from the app itself.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import anyio.to_thread
import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from starlette.datastructures import MutableHeaders
from uvicorn.protocols.http.h11_impl import H11Protocol

from chronica.chronicle import dates
from chronica.chronicle.barometer import RESOLUTIONS
from chronica.fastjson import dumps_compact
from chronica.report.svg import barometer_svg, graph_svg
from chronica.web.views import BadRequest, Filters, Site

HERE = Path(__file__).parent
#: no scripts; styles, images, forms and links only from the app itself
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MODES = ("search", "ask", "check")

Q = Annotated[str, Query(max_length=500, description="The query, question or claim.")]


class ReadOnlyHeaders:
    """ASGI middleware: refuses every method but GET and HEAD (405), answers HEAD as GET without
    the body (FastAPI's routes take GET only), and adds the security
    headers and a W3C ``Server-Timing: app;dur=MS`` header (the time spent in the app, waiting
    for a thread included) to every response. Plain ASGI, not Starlette's ``BaseHTTPMiddleware``
    (which runs each request through a task group and memory streams of its own)."""

    def __init__(self, app) -> None:  # noqa: ANN001 - an ASGI application
        self.app = app

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message) -> None:  # noqa: ANN001
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers[key] = value
                headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
            await send(message)

        if scope["method"] not in ("GET", "HEAD"):
            refused = JSONResponse({"detail": "read-only: only GET requests"}, status_code=405,
                                   headers={"Allow": "GET, HEAD"})
            await refused(scope, receive, send_with_headers)
            return
        if scope["method"] == "HEAD":  # FastAPI's routes answer GET only: a GET without its body
            async def send_head(message) -> None:  # noqa: ANN001
                if message["type"] == "http.response.body":
                    if message.get("more_body", False):
                        return
                    message = {"type": "http.response.body", "body": b"", "more_body": False}
                await send_with_headers(message)

            await self.app({**scope, "method": "GET"}, receive, send_head)
            return
        await self.app(scope, receive, send_with_headers)


class NoDelayProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol (h11) with Nagle's algorithm off on every connection.

    With ``--workers N`` uvicorn's processes listen on a socket it makes with protocol number 0,
    and asyncio turns Nagle off only on connections of sockets whose protocol is TCP's: a
    response's body then waited for the client's delayed acknowledgement of its headers, some
    40 ms a request (measured at one client with two workers: search p50 3 ms in the app, 56 ms
    at the client)."""

    def connection_made(self, transport) -> None:  # noqa: ANN001 - asyncio.Transport
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


#: how ``chronica serve`` names the protocol to uvicorn (its worker processes import it)
HTTP_PROTOCOL = "chronica.web.app:NoDelayProtocol"
#: seconds a worker process of ``chronica serve --workers N`` may take to answer uvicorn's
#: health check before it is killed as hung and started again (uvicorn's default: 5). A worker
#: answers from a thread of its own, which must get Python's lock and a core: while it loads a
#: large store (the 10× store: its vectors, the chronicle, the parser) on a busy machine (load
#: 20-30 on 2 cores: a process gets a tenth of a core) that took longer than 5 s, so each worker
#: was killed while it loaded, started again, and the server never answered (measured on the
#: 10× store: workers restarted every 10-25 s for 3 minutes). A request's work holds the lock
#: the same way, so a busy worker was also killed between requests.
WORKER_HEALTHCHECK_SECONDS = 300


class FastJSON(Response):
    """A JSON response encoded by orjson (:func:`chronica.fastjson.dumps_compact`). The API's
    routes return it themselves, so that FastAPI does not validate their (large, plain) dicts
    against the route's declared type before encoding them; the declared type still documents
    the route in the OpenAPI schema."""

    media_type = "application/json"

    def render(self, content) -> bytes:  # noqa: ANN001
        return dumps_compact(content)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
    env.filters["when"] = lambda e: dates.display(e.date, e.date_end)
    env.filters["cited"] = dates.compact  # a citation's date: "1950-06", "1960s"
    return env


def request_threads() -> int:
    """How many requests run at once: the cores this process may use. The work of a request is
    CPU-bound (the query's MiniLM vector, the vector scan, the spaCy parse of a question); more
    threads than cores only take turns on them and on Python's lock, each request slower."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def create_app(db: str | Path, threads: int | None = None, warm: bool = False) -> FastAPI:
    """The app for the store at ``db`` (opened read-only; its chronicle, search index and claims
    are loaded once). Requests run in a pool of ``threads`` threads (default: the cores). With
    ``warm``, the embedder, the parser and the claims' context are loaded before the first
    request (:meth:`Site.warm`), not by it."""
    site = Site(db)
    if warm:
        site.warm()
    env = _environment()
    threads = threads or request_threads()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # FastAPI runs each (sync) route in anyio's worker threads: as many as the cores
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(title="Chronica", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Search, questions and claim checks over a sourced chronicle (read-only).")
    app.state.site = site
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_middleware(ReadOnlyHeaders)

    def page(name: str, status: int = 200, **context) -> HTMLResponse:  # noqa: ANN003
        html = env.get_template(name).render(store=site.name, **context)
        return HTMLResponse(html, status_code=status)

    def bad(exc: BadRequest, template: str = "error.html", **context) -> HTMLResponse:  # noqa: ANN003
        return page(template, 400, error=str(exc), **context)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        """A parameter out of range: JSON for the API (FastAPI's 422), a page for a page."""
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, exc)
        reasons = "; ".join(f"'{e['loc'][-1]}': {e['msg']}" for e in exc.errors())
        return page("error.html", 422, error=f"bad request: {reasons}")

    # -- pages -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(q: Q = "", mode: str = "search", limit: Annotated[int, Query(ge=1, le=100)] = 10):
        mode = mode if mode in MODES else "search"
        context = {"q": q, "mode": mode, "modes": MODES, "hits": None, "answer": None}
        if not q.strip():
            return page("home.html", **context, n_docs=len(site.documents),
                        n_events=len(site.chronicle.events), n_dis=len(site.chronicle.disagreements))
        try:
            if mode == "search":
                context["hits"] = site.search(q, limit)
            else:
                context["answer"] = site.ask(q) if mode == "ask" else site.check(q)
        except BadRequest as exc:
            return bad(exc, "home.html", **context, n_docs=0, n_events=0, n_dis=0)
        return page("results.html", **context)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(actor: str = "", type: str = "", start: Annotated[str, Query(alias="from")] = "",
                      end: Annotated[str, Query(alias="to")] = ""):
        f = Filters(actor.strip(), type.strip(), start.strip(), end.strip())
        context = {"f": f, "types": site.types, "total": len(site.chronicle.events), "titles": site.titles}
        try:
            events = site.timeline(f)
        except BadRequest as exc:  # the form again, with the reason
            return bad(exc, "timeline.html", events=[], **context)
        return page("timeline.html", events=events, **context)

    @app.get("/disagreements", response_class=HTMLResponse, include_in_schema=False)
    def disagreements_page():
        return page("disagreements.html", disagreements=site.chronicle.disagreements, titles=site.titles)

    @app.get("/barometer", response_class=HTMLResponse, include_in_schema=False)
    def barometer_page(a: str = "", b: str = "", resolution: str = ""):
        pairs = site.pairs()
        a, b, resolution = a.strip(), b.strip(), resolution.strip()
        if not a and not b and pairs:
            a, b = pairs[0][0], pairs[0][1]
        context = {"a": a, "b": b, "resolution": resolution, "resolutions": RESOLUTIONS, "pairs": pairs,
                   "names": site.actor_names(), "series": None, "svg": None}
        if a or b:
            try:
                view = site.barometer_view(a, b, resolution)
            except BadRequest as exc:
                return bad(exc, "barometer.html", **context)
            # each dot links to its entry in the list below the plot: the events of that period
            svg = barometer_svg(view["series"], site.events, point_href=lambda i, _p: f"#p{i}")
            context.update(view, svg=Markup(svg))
        return page("barometer.html", **context)

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page():
        # each actor links to its timeline
        svg = graph_svg(site.graph(), node_href=lambda n: "/timeline?actor=" + quote(n))
        return page("graph.html", svg=Markup(svg), pairs=site.pairs(), names=site.actor_names())

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page():
        return page("documents.html", documents=list(site.documents.values()))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: int, s: Annotated[int | None, Query(ge=0)] = None,
                      e: Annotated[int | None, Query(ge=0)] = None):
        try:
            view = site.document(doc_id, (s, e) if s is not None and e is not None and e > s else None)
        except KeyError:
            return page("error.html", 404, error=f"no document d{doc_id} in this store")
        return page("document.html", **view)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs():
        spec = app.openapi()
        return page("docs.html", spec=spec, paths=spec.get("paths", {}))

    # -- JSON API -------------------------------------------------------------------------------
    def _json(call):  # noqa: ANN001, ANN202
        try:
            return call()
        except BadRequest as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc

    @app.get("/api/search", tags=["search"], summary="Hybrid search over the sentences",
             response_model=list[dict])
    def api_search(q: Q, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
        return FastJSON(_json(lambda: site.hits_json(site.search(q, limit))))

    @app.get("/api/ask", tags=["questions"], summary="Answer a when / who / what / did question",
             response_model=dict)
    def api_ask(q: Q) -> Response:
        return FastJSON(_json(lambda: site.answer_json(site.ask(q))))

    @app.get("/api/check", tags=["questions"], summary="Check a claim: supported / contradicted / disputed / not found",
             response_model=dict)
    def api_check(q: Q) -> Response:
        return FastJSON(_json(lambda: site.answer_json(site.check(q))))

    @app.get("/api/timeline", tags=["chronicle"], summary="The merged timeline, filtered")
    def api_timeline(actor: str = "", type: str = "", start: Annotated[str, Query(alias="from")] = "",
                     end: Annotated[str, Query(alias="to")] = "") -> list[dict]:
        f = Filters(actor.strip(), type.strip(), start.strip(), end.strip())
        return _json(lambda: [site.event_json(e) for e in site.timeline(f)])

    @app.get("/api/disagreements", tags=["chronicle"], summary="Where the sources disagree")
    def api_disagreements() -> list[dict]:
        return site.disagreements_json()

    @app.get("/api/barometer", tags=["chronicle"], summary="Cooperation and conflict of a pair over time")
    def api_barometer(a: str, b: str, resolution: str = "") -> dict:
        series = _json(lambda: site.barometer(a, b, resolution))
        return {"a": series.actor_a, "b": series.actor_b, "resolution": series.resolution,
                "points": [{"period": p.period, "start": p.start, "end": p.end, "n": p.n,
                            "mean": p.mean, "estimate": p.estimate, "low": p.low, "high": p.high,
                            "events": p.event_ids} for p in series.points],
                "undated": series.undated_event_ids, "not_done": series.not_done_event_ids}

    @app.get("/api/graph", tags=["chronicle"], summary="The actor graph: actors sharing events")
    def api_graph() -> dict:
        return site.graph_json()

    @app.get("/api/documents", tags=["documents"], summary="The stored documents")
    def api_documents() -> list[dict]:
        return [{"id": f"d{d.id}", "title": d.title, "path": Path(d.path).name, "published": d.published,
                 "date": d.published or d.dct, "words": d.n_words} for d in site.documents.values()]

    @app.get("/api/documents/{doc_id}", tags=["documents"],
             summary="One document's clean text, its event sentences and actor mentions (offsets in the text)")
    def api_document(doc_id: int) -> dict:
        d = site.documents.get(doc_id)
        if d is None:
            raise HTTPException(status_code=404, detail=f"no document d{doc_id}")
        sentences, actors = site.marks(doc_id)
        return {"id": f"d{d.id}", "title": d.title, "path": Path(d.path).name,
                "published": d.published, "text": d.text,
                "event_sentences": [{"start": s, "end": e, "events": ids.split()} for s, e, ids in sentences],
                "actor_mentions": [{"start": s, "end": e, "actor": name} for s, e, name in actors]}

    return app


#: how ``chronica serve --workers N`` tells each worker process which store to serve, and with
#: how many threads (uvicorn starts the workers afresh and makes each one's app by
#: :func:`app_from_environment`)
DB_VARIABLE = "CHRONICA_SERVE_DB"
THREADS_VARIABLE = "CHRONICA_SERVE_THREADS"


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``chronica serve --workers N`` (a uvicorn factory): the
    store named by :data:`DB_VARIABLE`, :data:`THREADS_VARIABLE` threads, warmed."""
    threads = int(os.environ.get(THREADS_VARIABLE) or 0)
    return create_app(os.environ[DB_VARIABLE], threads=threads or None, warm=True)
