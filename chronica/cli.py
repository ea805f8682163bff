"""The ``chronica`` command line: thin commands over the Python API.

Exit status of ``chronica build``: 0 when every input became a document (or was already stored,
or a duplicate), 3 when some inputs were skipped (each listed with its reason), 1 on a fatal
error, 2 on a usage error, 128 + the signal's number (143, 130) when told to stop by SIGTERM or
SIGINT (one line; the store consistent, the same build run again completes it).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from typer._click import ClickException
from typer.core import TyperArgument, TyperGroup
from rich.text import Text

from chronica.errors import ChronicaError
from chronica.store.db import DEFAULT_DB

#: exit status of a usage error (a bad option value, an unknown actor), as click's own
EXIT_USAGE = 2


class _Commands(TyperGroup):
    """Every command runs inside one handler: an error ends it with one line on stderr and exit
    status 1 (2 for a bad value), never a traceback. ``CHRONICA_DEBUG=1`` shows the traceback of
    an unexpected error."""

    def get_command(self, ctx, cmd_name):  # noqa: ANN001, ANN201
        """The command, its arguments and options shown in plain words ("PATH", "ACTOR", "N"):
        typer would show the Python type ("<list[Path]>", "<str>", "<int range>") and a
        parameter's Python name ("{gold}")."""
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            _plain_metavar(param)
        return command

    def invoke(self, ctx):  # noqa: ANN001, ANN201
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, ClickException):
            raise
        except ChronicaError as exc:
            _fail(str(exc), EXIT_USAGE if _usage_error(exc) else 1)
        except sqlite3.Error as exc:
            _fail(f"the store failed: {exc}")
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (`| head`): nothing to say
            raise typer.Exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            _fail(f"{where}{exc.strerror or exc}")
        except MemoryError:
            _fail("out of memory")
        except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
            if os.environ.get("CHRONICA_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (CHRONICA_DEBUG=1 shows where)")


#: the word shown for a value of this Python type when a parameter names none
_TYPE_WORDS = {"int": "N", "float": "X", "str": "TEXT", "path": "PATH", "file": "FILE", "directory": "FOLDER"}


def _plain_metavar(param) -> None:  # noqa: ANN001
    """Give ``param`` a metavar in plain words when it has none: an argument its name in capitals,
    an option a word for its type; an argument shows its metavar alone (no type after it)."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return
    if param.metavar is None:
        if isinstance(param, TyperArgument):
            param.metavar = (param.name or "VALUE").upper()
        else:
            word = param.display_type(None).strip("<>").split()[0].split("[")[-1].strip("]").lower()
            param.metavar = _TYPE_WORDS.get(word, "VALUE")
    if isinstance(param, TyperArgument):
        param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
        param._usage_display_name = lambda: _usage_name(param)  # type: ignore[method-assign]


def _usage_name(param) -> str:  # noqa: ANN001
    """An argument on the usage line as the convention has it: ``PATH...`` (required, repeated),
    ``[FILE]`` (optional); typer would show ``{PATH}...`` and ``[[FILE]]``."""
    name = (param.metavar or (param.name or "VALUE").upper()).strip("[]")
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def _usage_error(exc: ChronicaError) -> bool:
    """True for a bad value or an unknown actor given by the user (exit status 2). Their classes
    live in :mod:`chronica.chronicle.query`, which is not imported for it: an exception of theirs
    can only have been raised once that module was loaded (commands import what they use)."""
    query = sys.modules.get("chronica.chronicle.query")
    return query is not None and isinstance(exc, (query.UnknownActor, query.BadValue))


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


app = typer.Typer(
    name="chronica",
    help="Build a sourced chronicle from a folder of articles: clean documents, dated events, "
    "one timeline, disagreements.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    cls=_Commands,
)
eval_app = typer.Typer(help="Evaluate a stage against gold data.", no_args_is_help=True, cls=_Commands)
app.add_typer(eval_app, name="eval", help="Evaluate a stage against gold data (TimeML for time).")

err = Console(stderr=True)
out = Console()

def _db_location(value: str | Path) -> Path | str:
    """A ``--db`` value: a file (SQLite), or a ``postgresql://`` URL kept as it is (a Path would
    fold its ``//``)."""
    from chronica.store.postgres import is_url

    return value if isinstance(value, Path) or is_url(value) else Path(value)


DbOption = Annotated[Path, typer.Option(
    "--db", help="The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DBNAME.",
    show_default=True, metavar="FILE|URL", parser=_db_location)]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("chronica")
        except PackageNotFoundError:  # pragma: no cover - run from a source tree
            from chronica import __version__ as number
        out.print(f"chronica {number}", highlight=False)
        raise typer.Exit()


#: the commands whose process lives on after what it loaded (the web app serves requests)
LONG_LIVED = frozenset({"serve"})


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print Chronica's version and exit.")] = False,
) -> None:
    """Build a sourced chronicle from a folder of articles: clean documents, dated events, one
    timeline, disagreements."""


def _write(text: str) -> None:
    """Text drawn already (a table from :mod:`chronica.report.terminal`) to stdout as it is: not
    through rich, which would measure every character again (seconds for a long timeline)."""
    out.file.write(text)
    out.file.flush()


def _store(db: Path, must_exist: bool = True):
    """The store at ``db``, checked to be a Chronica store (a missing one is an error unless
    ``must_exist`` is False); any problem ends the command with one line."""
    from chronica.store import Store

    return Store(db, create=not must_exist)


def _actor(text: str, store, strict: bool):  # noqa: ANN001, ANN202
    """The actor ``text`` names (knowledge base, then the store's resolved names), announced on
    stderr; an unknown one ends the command with exit status 2 and close matches."""
    from chronica.chronicle.query import find_actor

    query = find_actor(text, strict=strict, seen=store.resolved_names)
    err.print(f"actor: {query.describe()}", highlight=False, markup=False, soft_wrap=True)
    return query


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).",
                                                metavar="PATH")],
    db: DbOption = Path(DEFAULT_DB),
    published: Annotated[
        Optional[str], typer.Option(help="Publication date for every document (YYYY[-MM[-DD]]).",
                                    metavar="DATE")
    ] = None,
    source: Annotated[Optional[str], typer.Option(help="Outlet name for every document.",
                                                  metavar="NAME")] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Skip files larger than this many bytes (the only size limit: "
                               "longer texts are parsed in pieces).", metavar="BYTES", min=1)
    ] = 20_000_000,
    workers: Annotated[
        Optional[int],
        typer.Option(help="Worker processes reading, parsing and annotating (default: every core, "
                          "fewer for a small input).", metavar="N", min=1),
    ] = None,
    dask: Annotated[
        Optional[str],
        typer.Option(help="Run the work on a Dask cluster: a scheduler address (tcp://HOST:PORT) "
                          "or local:N (a local cluster of N processes).", metavar="SCHEDULER"),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.", metavar="N", min=1)] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    vectors: Annotated[bool, typer.Option(
        help="Embed the new sentences for search now (else at the first search).")] = True,
) -> None:
    """Read articles (.txt .md .html .htm .pdf .jsonl), clean them and store them.

    Exit status: 0 all inputs read, 3 some inputs skipped (listed with reasons), 1 fatal error,
    143/130 stopped by SIGTERM/SIGINT (run it again to finish).
    """
    from chronica.build import BuildOptions
    from chronica.build import build as run_build

    if published:
        from chronica.chronicle.query import BadValue, parse_date

        try:
            parse_date(published)
        except BadValue:
            _fail("--published takes a date as YYYY, YYYY-MM or YYYY-MM-DD", EXIT_USAGE)
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:  # before any store is created
        _fail(f"no such file or folder: {', '.join(missing)}", EXIT_USAGE)
    if dask:
        from chronica.runners import check_dask

        try:
            check_dask(dask)
        except ChronicaError as exc:
            _fail(str(exc), EXIT_USAGE)
    options = BuildOptions(
        max_bytes=max_bytes, published=published, source=source, n_process=workers,
        batch_size=batch_size, dask=dask, vectors=vectors,
    )
    from chronica.errors import Interrupted

    try:
        with _stop_on_signals():
            store = _store(db, must_exist=False)
            with store:
                store.check_writable()
                if quiet or not sys.stderr.isatty():
                    report = run_build(paths, store, options)
                else:
                    with Progress(
                        TextColumn("[bold]reading[/bold]"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), TextColumn("{task.description}"), console=err,
                        transient=True,
                    ) as progress:
                        task = progress.add_task("", total=None)

                        def on_file(path: str, total: int) -> None:
                            progress.update(task, total=total, advance=1, description=Path(path).name[-40:])

                        report = run_build(paths, store, options, on_file=on_file)
                if not quiet:
                    _print_build_summary(report, store, db)
    except Interrupted as exc:
        _fail(_stopped_message(exc), exc.exit_code)
    raise typer.Exit(report.exit_code)


#: what a build says when it was told to stop (one line, then exit status 128 + the signal)
STOPPED = ("build stopped by {signal}: {stored} new document{s} stored before it, each whole; "
           "the store is consistent: run the same build again to finish it")


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """While a build runs, SIGTERM and SIGINT (Ctrl-C) raise :class:`~chronica.errors.Interrupted`
    in this process: the transaction being written is rolled back, worker processes are stopped,
    and the build ends with one line and exit status 128 + the signal's number (143, 130). A
    second signal while it stops ends the process at once, with the same line and status: SQLite's
    journal keeps the store consistent even then."""
    import signal

    from chronica.errors import Interrupted

    told: list[int] = []

    def stop(signum: int, frame) -> None:  # noqa: ANN001, ARG001
        name = signal.Signals(signum).name
        if told:  # told again: no clean-up, the store is safe as it is on disk
            os.write(2, ("error: " + STOPPED.format(signal=name, stored="some", s="s") + "\n").encode())
            os._exit(128 + signum)
        told.append(signum)
        raise Interrupted(signum, name)

    # a signal the process was started ignoring stays ignored (`nohup`, a background job of a
    # shell script ignores SIGINT): Python itself leaves such a SIGINT alone
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)
                if signal.getsignal(sig) is not signal.SIG_IGN}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stopped_message(exc) -> str:  # noqa: ANN001
    if exc.report is None:  # before the build began (opening the store) or after it ended
        return f"build stopped by {exc.name}; the store is consistent: run the same build again to finish it"
    stored = exc.report.stored
    return STOPPED.format(signal=exc.name, stored=stored, s="" if stored == 1 else "s")


def _print_build_summary(report, store, db: Path) -> None:  # noqa: ANN001
    table = Table(title=f"chronica build → {store.path}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents stored", str(report.stored))
    table.add_row("already stored (unchanged)", str(report.unchanged))
    table.add_row("exact duplicates", str(len(report.duplicates)))
    table.add_row("near-duplicates (flagged, kept)", str(len(report.near_duplicates)))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("words", f"{report.words:,}")
    table.add_row("seconds", f"{report.seconds:.1f}")
    if report.chronicle is not None:
        c = report.chronicle
        table.add_row("timeline entries", str(c.events))
        table.add_row("mentions merged (near-duplicate copies)", f"{c.new_mentions} ({c.copies})")
        table.add_row("chronicle seconds", f"{c.seconds:.1f}")
    table.add_row("documents in store", str(store.counts()["documents"]))
    err.print(table)
    _print_list("warnings", ("path", "warning"), report.warnings, limit=None)
    if report.skipped:
        _print_list("skipped inputs", ("path", "reason", "detail"),
                    [(e.path, e.reason, e.detail) for e in report.skipped], limit=None)
    _print_list("exact duplicates", ("path", "same text as"),
                [(d.path, d.same_as) for d in report.duplicates])
    _print_list("near-duplicates", ("path", "similar to", "similarity"),
                [(n.path, n.similar_to, f"{n.similarity:.2f}") for n in report.near_duplicates])


def _print_list(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]],
                limit: int | None = 10) -> None:
    """A table of ``rows`` on stderr (the first ``limit`` of them); nothing when there are none."""
    if not rows:
        return
    shown = rows if limit is None else rows[:limit]
    if len(shown) < len(rows):
        title = f"{title} ({len(rows)}; first {len(shown)} shown)"
    table = Table(title=title)
    for col in columns:
        table.add_column(col)
    for row in shown:
        table.add_row(*row)
    err.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (the chronicle contract), jsonl, csv (events), documents-csv, timelinejs or graphml.", metavar="FORMAT")] = "json",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout); written whole or not at all.", metavar="FILE")] = None,
    db: DbOption = Path(DEFAULT_DB),
    min_credence: Annotated[float, typer.Option("--min-credence", help="json: leave out the events whose credence (the share of events like it judged right) is below this; they stay in the store. Default 0: every event.", metavar="C")] = 0.0,
) -> None:
    """Export the chronicle: contract JSON, JSON Lines, CSV, TimelineJS JSON or GraphML."""
    from chronica.export import FORMATS
    from chronica.export import export as run_export

    from chronica.atomic import atomic_write

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    if min_credence > 0 and fmt != "json":
        _fail("--min-credence applies to the json export only", EXIT_USAGE)
    with _store(db) as store:
        if output is None:
            run_export(store, fmt, sys.stdout, min_credence=min_credence)
        else:
            with atomic_write(output) as fh:
                run_export(store, fmt, fh, min_credence=min_credence)
            err.print(f"wrote {output}", highlight=False, markup=False)


@app.command()
def documents(db: DbOption = Path(DEFAULT_DB)) -> None:
    """List the stored documents with their metadata."""
    from chronica.chronicle.dates import reader_form

    with _store(db) as store:
        table = Table(expand=True)
        table.add_column("id", no_wrap=True)
        table.add_column("title", ratio=3, overflow="ellipsis")
        table.add_column("outlet", ratio=1, overflow="ellipsis")
        table.add_column("date", no_wrap=True)
        table.add_column("words", justify="right")
        table.add_column("file", ratio=1, overflow="ellipsis", no_wrap=True)
        for d in store.documents():
            if d.published:
                date = f"{d.published} ({d.published_source})"
            elif (bound := re.match(r"lower bound (\S+):", d.dct_reasoning or "")) is not None:
                date = f"≥{bound.group(1)} (lower bound)"
            elif d.dct:
                date = reader_form(d.dct, inferred=True)
            else:
                date = "—"
            table.add_row(f"d{d.id}", d.title or "—", d.outlet or "—", date, str(d.n_words), Path(d.path).name)
        out.print(table)


@app.command()
def annotate(
    db: DbOption = Path(DEFAULT_DB),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run the time, actor and event stages again over the stored parses (no re-parsing)."""
    from chronica.stages import reannotate

    with _store(db) as store:
        if quiet or not sys.stderr.isatty():
            n = reannotate(store)
        else:
            with Progress(TextColumn("[bold]annotating[/bold]"), BarColumn(), MofNCompleteColumn(),
                          console=err, transient=True) as progress:
                task = progress.add_task("", total=None)
                n = reannotate(store, on_document=lambda p, total: progress.update(task, total=total, advance=1))
        err.print(f"annotated {n} documents")


@app.command("time")
def time_command(
    file: Annotated[Optional[Path], typer.Argument(help="An article to tag (default: every stored document).", metavar="[FILE]")] = None,
    dct: Annotated[Optional[str], typer.Option(help="Reference date for FILE (default: its published date, else inferred).", metavar="DATE")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """List time expressions (TIMEX3: type, value, interval, anchor) of a file or of the store."""
    table = Table()
    for col in ("doc", "text", "type", "value", "mod", "earliest", "latest", "anchor"):
        table.add_column(col)
    if file is not None:
        from chronica.errors import IngestError
        from chronica.ingest import load
        from chronica.time import tag_and_date

        if dct:
            from chronica.chronicle.query import parse_date

            parse_date(dct)
        try:
            docs, _ = load(file)
        except IngestError as exc:
            _fail(str(exc))
        for n, doc in enumerate(docs):
            timexes, guess = tag_and_date(doc.text, dct or doc.published)
            if guess is not None:
                err.print(f"{doc.path}: inferred document date {guess.value} ({guess.reasoning})")
            for t in timexes:
                table.add_row(str(n), t.text, t.type, t.value, t.mod or "", t.earliest or "",
                              t.latest or "", t.anchor or "")
    else:
        with _store(db) as store:
            for t in store.timexes():
                table.add_row(f"d{t['document_id']}", t["text"], t["type"], t["value"] or "",
                              t["mod"] or "", t["earliest"] or "", t["latest"] or "", t["anchor"] or "")
    out.print(table)


@app.command()
def actors(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Resolved actors with their mention counts, then the names left unresolved (a sector noun
    with no country, "demonstrators", is no unresolved name)."""
    from chronica.report.terminal import shorten

    with _store(db) as store:
        rows = store.actor_counts()
        table = Table(title="resolved actors")
        for col in ("id", "name", "kind", "mentions", "documents", "written as"):
            table.add_column(col)
        for r in rows:
            table.add_row(r["actor_id"], r["name"] or "", r["kind"] or "", str(r["n"]), str(r["docs"]),
                          shorten(",".join(r["forms"]), 80))
        out.print(table)
        rows = store.unresolved_names(50)
        table = Table(title="unresolved names (top 50)")
        for col in ("name", "mentions", "documents"):
            table.add_column(col)
        for r in rows:
            table.add_row(r["text"], str(r["n"]), str(r["docs"]))
        out.print(table)


def _type_help() -> str:
    """The ``--type`` help, from the ontology alone (not :mod:`chronica.chronicle.query`, which
    loads spaCy: this runs whenever the command line is imported)."""
    from chronica.events.ontology import load_ontology

    return "Only this event type, one of: " + ", ".join(load_ontology().types) + "."


StrictOption = Annotated[bool, typer.Option(
    "--strict", help="An actor is only itself, not also the states it succeeded "
                     "(without it, Russia includes the Soviet Union).")]


@app.command()
def events(
    actor: Annotated[Optional[str], typer.Option(help="Only events with this actor: an id (RUS) or a name as you would write it (Russia, USSR, Moscow, Josef Stalin).", metavar="ACTOR")] = None,
    between: Annotated[Optional[tuple[str, str]], typer.Option(help="Only events dated between two dates (YYYY[-MM[-DD]]).", metavar="FROM TO")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help=_type_help(), metavar="TYPE")] = None,
    strict: StrictOption = False,
    explain: Annotated[Optional[str], typer.Option(
        help="Show how the timeline's event ID (e.g. e6) was found: trigger, coding, actors, date, "
             "the named checks it passed and the candidates vetoed in its sentences.", metavar="ID")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Event mentions as a table: date, type, who, what, whom, modality, the sentence."""
    if explain:
        _explain_event(explain, db)
        return
    from chronica.chronicle.query import check_type, filter_events, parse_date
    from chronica.report.terminal import shorten

    type_ = check_type(type_) if type_ else None
    if between:
        between = (parse_date(between[0]), parse_date(between[1]))
    with _store(db) as store:
        query = _actor(actor, store, strict) if actor else None
        table = Table(expand=True)
        table.add_column("doc", no_wrap=True)
        table.add_column("date", no_wrap=True)
        table.add_column("type", no_wrap=True)
        table.add_column("int.", justify="right", no_wrap=True)
        table.add_column("summary", ratio=2, min_width=16, overflow="fold")  # a word is never cut
        table.add_column("modality", no_wrap=True)
        table.add_column("sentence", ratio=3, min_width=20, overflow="fold")  # cut by shorten() at a word
        for ev in filter_events(store.event_mentions(), query, between, type_):
            table.add_row(f"d{ev.document_id}", ev.date or "—", ev.type, f"{ev.intensity:+.0f}",
                          ev.summary, ev.modality, shorten(ev.sentence, 160))
        out.print(table)


def _explain_event(event_id: str, db: Path) -> None:
    from chronica.events.explain import explain
    from chronica.nlp import load_pipeline
    from chronica.chronicle.stored import load_chronicle

    with _store(db) as store:
        event = load_chronicle(store).event(event_id)
    if event is None:
        raise ChronicaError(f"no event {event_id!r} in the timeline (see `chronica timeline`)")
    out.print(f"{event.id}  {event.date or 'undated'}  {event.type}  {event.summary}")
    nlp = load_pipeline(("chronica_time", "chronica_actors"))
    for item in explain(event.mentions, nlp):
        for line in item.lines():
            out.print(line, markup=False, highlight=False)


@app.command()
def timeline(db: DbOption = Path(DEFAULT_DB)) -> None:
    """The merged timeline: one entry per happening, with how many sentences and documents state it."""
    from chronica.report.terminal import format_timeline
    from chronica.chronicle import Chronicle
    from chronica.chronicle.stored import documents_info, event_sources
    from chronica.chronicle.timeline_rows import timeline_entries

    with _store(db) as store:
        # the events' fields the table prints, their sources and the documents' names: no
        # participant, mention or disagreement read
        entries = timeline_entries(store)
        sources = event_sources(store)
        documents = documents_info(store)
    _write(format_timeline(Chronicle(events=[], disagreements=[], documents=documents), width=out.width,
                           sources=sources, entries=entries))


@app.command()
def disagreements(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Where sources cannot all be right: each disagreement with its claims side by side."""
    from chronica.report.terminal import format_disagreements
    from chronica.chronicle.stored import load_disagreements

    with _store(db) as store:
        chronicle = load_disagreements(store)
    _write(format_disagreements(chronicle, width=out.width))


@app.command()
def barometer(
    actor_a: Annotated[str, typer.Argument(help="An actor: an id (RUS) or a name as you would write it (Russia, USSR, Moscow).", metavar="ACTOR")],
    actor_b: Annotated[str, typer.Argument(help="The other actor.", metavar="OTHER")],
    resolution: Annotated[Optional[str], typer.Option(help="month, year, decade or century (default: fits the span).", metavar="RESOLUTION")] = None,
    strict: StrictOption = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Cooperation vs conflict between two actors over time, from the merged events."""
    from chronica.report.terminal import format_barometer
    from chronica.chronicle.stored import load_chronicle

    if resolution not in (None, "month", "year", "decade", "century"):
        _fail("--resolution takes month, year, decade or century", EXIT_USAGE)
    with _store(db) as store:
        query_a, query_b = _actor(actor_a, store, strict), _actor(actor_b, store, strict)
        chronicle = load_chronicle(store, mentions=False)
    series = chronicle.barometer(set(query_a.ids), set(query_b.ids), resolution)
    series.name_a, series.name_b = query_a.name, query_b.name
    if not series.points:
        err.print(f"no dated events between {query_a.name} and {query_b.name}", highlight=False)
        raise typer.Exit(1)
    _write(format_barometer(series, width=out.width))


@app.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write (whole or not at all).", metavar="FILE")] = Path("report.html"),
    title: Annotated[str, typer.Option(help="The report's title.", metavar="TEXT")] = "Chronicle",
    full: Annotated[bool, typer.Option("--full", help="Every event and every document's text, however large the store (default: a large store's report is a summary).")] = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write one self-contained HTML report (works offline): timeline, disagreements, barometer,
    actor graph, and each document with its event sentences highlighted. A large store's report
    is a summary (the best-attested 500 events, 100 disagreements, the 200 documents they cite
    most) that says how to get the rest; --full writes everything."""
    from chronica.report.html import ReportLimits, plan_report, render_report
    from chronica.chronicle.stored import load_chronicle

    from chronica.atomic import atomic_write

    limits = None if full else ReportLimits()
    with _store(db) as store:
        chronicle = load_chronicle(store)
        shown = plan_report(chronicle, chronicle.documents, limits).documents
        texts = store.document_texts(shown)  # only the texts the report shows
    for document in chronicle.documents:
        document.text = texts.get(document.id)
    html = render_report(chronicle, title=title, limits=limits)
    with atomic_write(output) as fh:
        fh.write(html)
    err.print(f"wrote {output}", highlight=False, markup=False)


@eval_app.command("timex")
def eval_timex(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of TimeML (.tml) files, TempEval-3 format.", metavar="GOLD_DIR")],
    limit: Annotated[Optional[int], typer.Option(help="Only the first N files.", metavar="N", min=1)] = None,
    baselines: Annotated[bool, typer.Option(help="Also score dateparser and timexy in the same run.")] = True,
) -> None:
    """TempEval-3 measures (span P/R/F1 strict and relaxed, type accuracy, value F1) for Chronica's
    time tagger, and for dateparser and timexy as baselines, on TimeML gold."""
    from chronica.time.evaluate import evaluate, print_report

    if not gold_dir.is_dir():
        err.print(f"[red]error:[/red] {gold_dir} is not a folder")
        raise typer.Exit(2)
    systems = ("chronica", "dateparser", "timexy") if baselines else ("chronica",)
    print_report(evaluate(gold_dir, systems=systems, limit=limit))


@eval_app.command("events")
def eval_events(
    gold: Annotated[list[Path], typer.Argument(help="Gold files in the format of ../shared/eval/*gold*.yaml.")],
    export_json: Annotated[Optional[Path], typer.Option(
        "--export", help="Score this chronicle JSON export instead of building (one gold file).")] = None,
    corpus: Annotated[Optional[Path], typer.Option(
        help="The articles the gold annotates (default: found beside the gold file).")] = None,
    split: Annotated[Optional[str], typer.Option(
        help="Score only the gold items of this split (dev or test).")] = None,
) -> None:
    """Found, dated, merged, type and actor agreement of the events, and the misses, per gold
    file; builds each gold's corpus into a temporary store unless --export is given."""
    import json
    import tempfile

    from chronica.build import BuildOptions
    from chronica.build import build as run_build
    from chronica.events.evaluate import corpus_of, load_gold, score
    from chronica.export.formats import chronicle_dict
    from chronica.store import Store

    if export_json is not None and len(gold) != 1:
        raise ChronicaError("--export scores one gold file at a time")
    for path in gold:
        try:
            data = load_gold(path)
        except (OSError, ValueError) as exc:
            raise ChronicaError(f"cannot read the gold {path}: {exc}") from exc
        if export_json is not None:
            export = json.loads(export_json.read_text(encoding="utf-8"))
        else:
            folder = corpus or corpus_of(path)
            if folder is None:
                raise ChronicaError(f"no corpus found for {path}: give it with --corpus")
            with tempfile.TemporaryDirectory() as tmp:
                with Store(Path(tmp) / "eval.db") as store:
                    run_build([folder], store, BuildOptions())
                    export = chronicle_dict(store)
        for line in score(export, data, name=path.name, split=split).lines():
            out.print(line, markup=False, highlight=False)


@eval_app.command("clean")
def eval_clean(
    gold: Annotated[list[Path], typer.Argument(help="Gold YAML files with a `documents:` section.")],
    corpus: Annotated[
        Optional[Path], typer.Option(help="The folder of the documents (default: beside each gold file).")
    ] = None,
) -> None:
    """The cleaning yardstick: per document and in total, body intact, boilerplate kept (which
    strings), title, date and author right, after ingestion alone."""
    from chronica.ingest.evaluate import evaluate_cleaning, print_report

    for g in gold:
        if not g.is_file():
            err.print(f"[red]error:[/red] {g} is not a file")
            raise typer.Exit(2)
    try:
        results = evaluate_cleaning(gold, corpus)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except (ValueError, AttributeError) as exc:  # a gold file that is not the expected YAML
        err.print(f"[red]error:[/red] not a gold file with a `documents:` section ({exc})")
        raise typer.Exit(2) from None
    print_report(results)


# -- search, questions, claim checks, the web app (issue 14) ----------------------------------

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _open_store(db: Path):  # noqa: ANN202
    """The store at ``db`` for search, ask, check and eval ask; a bad file is one line, exit 1."""
    try:
        return _store(db)
    except ChronicaError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1)


def _print_json(data) -> None:  # noqa: ANN001
    import json

    out.print_json(json.dumps(data, ensure_ascii=False))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for (any language of the sources).", metavar="QUERY")],
    limit: Annotated[int, typer.Option(min=1, max=200, help="How many sentences to show.", metavar="N")] = 10,
    as_json: JsonOption = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Hybrid search over the stored sentences (full-text BM25 + MiniLM vectors, fused by rank):
    each sentence with its document, date and the events it states."""
    from chronica.search import SentenceIndex, hit_json, index_sentences
    from chronica.chronicle.dates import compact

    if not query.strip():
        err.print("[red]error:[/red] the query is empty")
        raise typer.Exit(2)
    with _open_store(db) as store:
        index_sentences(store)  # a store built before search existed gets its vectors once
        hits = SentenceIndex(store).search(query, limit=limit)
    if as_json:
        _print_json([hit_json(h) for h in hits])
        return
    if not hits:
        err.print(f"no sentence matches {query!r}")
        raise typer.Exit(1)
    table = Table(expand=True, title=f"search: {query}")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("doc", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("sentence", ratio=4)
    table.add_column("events and claims", ratio=2)
    for n, h in enumerate(hits, start=1):
        s = h.sentence
        date = (s.date or "—") + (" (inferred)" if s.date_inferred else "")
        events = "; ".join([f"{e.type} {e.summary}" + (f" ({compact(e.date)})" if e.date else "") for e in h.events]
                           + [f"{c.topic}: {c.value}" for c in h.claims])
        table.add_row(str(n), f"d{s.document_id}", date, Text(s.text), Text(events))
    out.print(table)


def _print_answer(answer) -> None:  # noqa: ANN001 - chronica.ask.Answer
    colour = {"answered": "green", "supported": "green", "disputed": "yellow",
              "contradicted": "red"}.get(answer.verdict, "dim")
    out.print(Text(f"{answer.verdict}: ", style=f"bold {colour}") + Text(answer.text))
    from chronica.chronicle.dates import compact

    label = lambda c: f"d{c.document}" + (f" ({compact(c.date)})" if c.date else "")  # noqa: E731
    if answer.sides and any(side.citations for side in answer.sides):
        table = Table(expand=True)
        for side in answer.sides:
            table.add_column(side.label, ratio=1)
        cells = [Text("\n\n".join(f"{label(c)}: “{c.sentence}”" for c in side.citations) or "—")
                 for side in answer.sides]
        table.add_row(*cells)
        out.print(table)
    elif answer.citations:
        for c in answer.citations:
            out.print(Text(f"  {label(c)}: “{c.sentence}”"))
    if answer.related:
        out.print(Text("closest sentences (not an answer):", style="dim"))
        for h in answer.related:
            out.print(Text(f"  d{h.sentence.document_id}: “{h.sentence.text}”", style="dim"))


def _answer(text: str, db: Path, as_json: bool, checking: bool) -> None:
    from chronica.ask import answer_json, open_asker
    from chronica.search import index_sentences

    if not text.strip():
        err.print("[red]error:[/red] the question is empty")
        raise typer.Exit(2)
    with _open_store(db) as store:
        index_sentences(store)
        asker = open_asker(store)
        answer = asker.check(text) if checking else asker.ask(text)
    if as_json:
        _print_json(answer_json(answer))
    else:
        _print_answer(answer)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question: when / who / what / did ...?", metavar="QUESTION")],
    as_json: JsonOption = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Answer a question from the chronicle (events, disagreements), citing the sentences; where
    sources disagree, both sides; otherwise "not in the sources". A statement is checked as a claim."""
    _answer(question, db, as_json, checking=False)


@app.command()
def check(
    claim: Annotated[str, typer.Argument(help="A claim, e.g. \"Nasser died in 1970.\"", metavar="CLAIM")],
    as_json: JsonOption = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Check a claim against every source: supported, contradicted, disputed (sources on both
    sides) or not found, with the sentences for and against."""
    _answer(claim, db, as_json, checking=True)


@eval_app.command("ask")
def eval_ask(
    gold: Annotated[Path, typer.Argument(help="A question gold (YAML list of {id, kind, text, answer, evidence}).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show every question with its answer.")] = False,
    as_json: JsonOption = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Answer accuracy and citation precision/recall of `ask` and `check` on a question gold."""
    from chronica.ask import open_asker
    from chronica.ask.evaluate import evaluate, load_gold, summary
    from chronica.search import index_sentences

    try:
        items = load_gold(gold)
    except ChronicaError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2)
    with _open_store(db) as store:
        index_sentences(store)
        scores = evaluate(open_asker(store), store, items)
    figures = summary(scores)
    if as_json:
        _print_json(figures)
        return
    if verbose:
        table = Table(expand=True)
        for col in ("id", "kind", "question", "gold", "verdict", "answer", "cites ok"):
            table.add_column(col)
        for r in scores.results:
            table.add_row(r.item.id, r.item.kind, Text(r.item.text), Text(r.item.answer),
                          r.answer.verdict, Text(r.answer.text[:80]),
                          f"{'✓' if r.correct else '✗'} {r.cited_right}/{r.cited}")
        out.print(table)
    p, n = scores.accuracy()
    cp, cn = scores.citation_precision
    rp, rn = scores.citation_recall
    out.print(f"answer accuracy {p}/{n} = {p / n:.2f}" if n else "no questions")
    for kind, (a, b) in figures["by_kind"].items():
        out.print(f"  {kind:6} {a}/{b}")
    out.print(f"citation precision {cp}/{cn}" + (f" = {cp / cn:.2f}" if cn else ""))
    out.print(f"citation recall {rp}/{rn}" + (f" = {rp / rn:.2f}" if rn else ""))


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Interface to listen on (default: this machine only).", metavar="HOST")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.", metavar="PORT")] = 8000,
    threads: Annotated[int, typer.Option(min=0, max=256, help="Requests each worker handles at once "
                                         "(0: the cores divided among the workers).", metavar="N")] = 0,
    workers: Annotated[int, typer.Option(min=0, max=64, help="Worker processes, each with the store loaded "
                                         "(0: one per core).", metavar="N")] = 0,
) -> None:
    """Serve the chronicle in a browser, read-only: search / ask / check, the timeline with
    filters, disagreements, barometer, actor graph, documents; a JSON API (described at /docs)."""
    import os

    import uvicorn

    from chronica.store.search import open_readonly
    from chronica.web import create_app
    from chronica.web.app import (
        DB_VARIABLE, HTTP_PROTOCOL, THREADS_VARIABLE, WORKER_HEALTHCHECK_SECONDS, request_threads,
    )

    if isinstance(db, Path) and not db.exists():
        err.print(f"[red]error:[/red] no store at {db}; run `chronica build PATH --db {db}` first")
        raise typer.Exit(1)
    with _open_store(db) as store:  # bring an older store up to date (and index it) before read-only use
        from chronica.search import index_sentences

        index_sentences(store)
    # the work of a request is CPU-bound Python (the question's parse, the answer): one process
    # runs it on one core at a time, so the cores are used by processes, each with the store
    # loaded (uvicorn starts them afresh and shares the listening socket among them)
    cores = request_threads()
    workers = workers or cores
    threads = threads or max(1, cores // workers)
    try:
        if workers == 1:
            web_app = create_app(db, threads=threads, warm=True)
        else:  # each worker loads the store itself; here it is only checked to open
            open_readonly(db).close()
    except ChronicaError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/yellow] serving on {host}: anyone who can reach it can read the store")
    err.print(f"serving {getattr(store, 'path', db)} read-only at http://{host}:{port}/ "
              f"({workers} worker{'s' if workers > 1 else ''} × {threads} thread{'s' if threads > 1 else ''}; "
              "Ctrl-C stops)")
    if workers == 1:
        uvicorn.run(web_app, host=host, port=port, log_level="warning", http=HTTP_PROTOCOL)
        return
    os.environ[DB_VARIABLE] = str(db.resolve()) if isinstance(db, Path) else str(db)
    os.environ[THREADS_VARIABLE] = str(threads)
    uvicorn.run("chronica.web.app:app_from_environment", factory=True, workers=workers, host=host,
                port=port, log_level="warning", http=HTTP_PROTOCOL,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)
@app.command()
def claims(
    about: Annotated[Optional[str], typer.Option(help="Only claims whose topic, value or actor ids hold these words.", metavar="WORDS")] = None,
    kind: Annotated[Optional[str], typer.Option(help="Only one kind: count, duration, phase (when something began or ended), agent, participants, order, scope, relation, attribute, date (of a once-only happening).", metavar="KIND")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """What each sentence asserts: figures, who did a once-only act, parties, order, scope,
    relations, a person's attributes — each with the sentence it cites."""
    from chronica.claims.model import KINDS
    from chronica.report.terminal import format_claims

    if kind is not None and kind not in KINDS:
        err.print(f"[red]error:[/red] --kind takes one of {', '.join(KINDS)}")
        raise typer.Exit(2)
    with _store(db) as store:
        found = store.claims(kind=kind, about=about)
        names = {d.id: f"d{d.id}" for d in store.documents()}
    if not found:
        err.print("no claims" + (f" about {about}" if about else ""))
        raise typer.Exit(1)
    out.print(format_claims(found, names, width=out.width), end="", highlight=False, markup=False)


@eval_app.command("merges")
def eval_merges(
    pairs: Annotated[list[Path], typer.Argument(help="EXPORT.json GOLD.yaml pairs: a chronicle JSON export and the gold it is scored on.")],
    misses: Annotated[bool, typer.Option("--misses", help="Also list the gold pairs found in two files but left in two events.")] = False,
    why: Annotated[Optional[Path], typer.Option("--why", help="With --misses and one EXPORT GOLD pair: the store the export was written from; each miss says which merge check kept it apart.")] = None,
) -> None:
    """Merge precision and recall (pairwise and B³) of chronicle exports against gold events: a
    gold event told by several files should be one exported event, and nothing else should be."""
    import json

    import yaml

    from chronica.chronicle.merge_eval import merge_scores, missed_merges

    if len(pairs) % 2:
        err.print("[red]error:[/red] give EXPORT.json GOLD.yaml pairs")
        raise typer.Exit(2)
    for path in pairs:
        if not path.is_file():
            err.print(f"[red]error:[/red] {path} is not a file")
            raise typer.Exit(2)
    if why is not None and (len(pairs) != 2 or not misses or not why.is_file()):
        err.print("[red]error:[/red] --why needs --misses, one EXPORT GOLD pair and an existing store")
        raise typer.Exit(2)
    for export_path, gold_path in zip(pairs[::2], pairs[1::2]):
        try:
            export_data = json.loads(export_path.read_text(encoding="utf-8"))
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        except (ValueError, yaml.YAMLError) as exc:
            err.print(f"[red]error:[/red] cannot read {export_path} / {gold_path}: {str(exc).splitlines()[0]}")
            raise typer.Exit(2) from None
        row = merge_scores(export_data, gold).as_row()
        out.print(f"{gold_path.name}: " + "  ".join(f"{k} {v}" for k, v in row.items()), highlight=False,
                  soft_wrap=True)
        if misses:
            summary = {str(e.get("id")): f"{e.get('type')} {e.get('date')} {e.get('summary', '')!r}"
                       for e in export_data.get("events", [])}
            found = missed_merges(export_data, gold)
            reasons = _merge_miss_reasons(why, found, gold) if why is not None else [None] * len(found)
            for miss, reason in zip(found, reasons):
                out.print(f"  missed {miss.gold_id}: {miss.file_a} -> {miss.event_a} {summary.get(miss.event_a, '')}"
                          f" | {miss.file_b} -> {miss.event_b} {summary.get(miss.event_b, '')}"
                          + (f"\n    why: {reason}" if reason else ""),
                          highlight=False, markup=False, soft_wrap=True)


def _merge_miss_reasons(db: Path, misses: list, gold: dict) -> list[str]:
    """Why each missed merge was kept apart, from the chronicle stored in ``db`` (a .jsonl record
    by its file's name, as the export and the gold name it)."""
    from chronica.chronicle.disagreement_eval import file_name
    from chronica.chronicle.embeddings import default_embedder
    from chronica.chronicle.merge_eval import explain_misses
    from chronica.chronicle.stored import load_chronicle
    from chronica.store import Store

    with Store(db, create=False) as store:
        chronicle = load_chronicle(store)
        files = {d.id: file_name(d.path) for d in store.documents()}
    return explain_misses(misses, chronicle.events, files, gold, default_embedder())


@eval_app.command("merge-diagnosis")
def eval_merge_diagnosis(
    pairs: Annotated[list[Path], typer.Argument(help="STORE.db GOLD.yaml pairs: a built store and the gold it is scored on.")],
    details: Annotated[bool, typer.Option("--details", help="Also one line per gold event not merged, and per false merge.")] = False,
) -> None:
    """Why each gold event told by several files is or is not one event: merged, a side missing
    (no exported event cites a file's evidence), or apart (with the merge check that kept the two
    sides apart); and the false merges (two gold events in one exported event). Totals over all
    pairs last."""
    from collections import Counter

    import yaml

    from chronica.chronicle.disagreement_eval import file_name
    from chronica.chronicle.embeddings import default_embedder
    from chronica.chronicle.merge_eval import (
        APART, MERGED, MISSING, diagnose, explain_misses, false_merges, merge_scores, reason_kind,
    )
    from chronica.chronicle.stored import load_chronicle
    from chronica.export.formats import chronicle_dict
    from chronica.store import Store

    if len(pairs) % 2:
        err.print("[red]error:[/red] give STORE.db GOLD.yaml pairs")
        raise typer.Exit(2)
    for path in pairs:
        if not path.is_file():
            err.print(f"[red]error:[/red] {path} is not a file")
            raise typer.Exit(2)
    embedder = default_embedder()
    total: Counter = Counter()
    kinds: Counter = Counter()
    all_pairs: Counter = Counter()
    for db, gold_path in zip(pairs[::2], pairs[1::2]):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        with Store(db, create=False) as store:
            chronicle = load_chronicle(store)
            export_data = chronicle_dict(store, chronicle)
            # a .jsonl record by its file's name, as the export and the gold name it
            files = {d.id: file_name(d.path) for d in store.documents()}

        def why(miss, chronicle=chronicle, files=files, gold=gold):  # noqa: ANN001, ANN202
            return explain_misses([miss], chronicle.events, files, gold, embedder)[0]

        found = diagnose(export_data, gold, why)
        wrong = false_merges(export_data, gold)
        scores = merge_scores(export_data, gold)
        outcome = Counter(d.outcome for d in found)
        apart_kinds = Counter(reason_kind(r) for d in found if d.outcome == APART for _, _, r in d.apart[:1])
        pair_kinds = Counter(reason_kind(r) for d in found for _, _, r in d.apart)
        all_pairs.update(pair_kinds)
        kinds.update(apart_kinds)
        pairs_pred = round(scores.pairwise_precision, 3)
        total.update({"multi": len(found), **outcome, "false": len(wrong), "tp": scores.pairs_right,
                      "one_file": sum(w.one_file_tells_both for w in wrong),
                      "found_pairs": scores.found_pairs,
                      "pred": scores.pairs_predicted, "gold": scores.pairs_gold})
        out.print(f"{gold_path.name}: merged {outcome[MERGED]}/{len(found)}  side missing {outcome[MISSING]}"
                  f"  apart {outcome[APART]} ({', '.join(f'{k} {n}' for k, n in apart_kinds.most_common())})"
                  f"  pair P {pairs_pred} R {round(scores.pairwise_recall, 3)}  false merges {len(wrong)}"
                  f" ({sum(w.one_file_tells_both for w in wrong)} where one file tells both)"
                  f"  found pairs apart {sum(pair_kinds.values())}/{scores.found_pairs}"
                  f" ({', '.join(f'{k} {n}' for k, n in pair_kinds.most_common())})",
                  highlight=False, markup=False, soft_wrap=True)
        if details:
            for d in found:
                if d.outcome == MISSING:
                    out.print(f"  {d.gold_id}: side missing: {', '.join(d.missing)} (of {len(d.files)})",
                              highlight=False, markup=False, soft_wrap=True)
                for fa, fb, reason in d.apart:
                    out.print(f"  {d.gold_id}: {'merged, but' if d.outcome == MERGED else ''} apart {fa} / {fb}:"
                              f" {reason}", highlight=False, markup=False, soft_wrap=True)
            for w in wrong:
                out.print(f"  false merge {w.event}: {w.gold_a} @ {w.file_a} + {w.gold_b} @ {w.file_b}"
                          + (" (one file tells both)" if w.one_file_tells_both else ""),
                          highlight=False, markup=False, soft_wrap=True)
    if len(pairs) > 2:
        out.print(f"all: merged {total[MERGED]}/{total['multi']}  side missing {total[MISSING]}  apart {total[APART]}"
                  f" ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})"
                  f"  pair P {total['tp'] / max(1, total['pred']):.3f} ({total['tp']}/{total['pred']})"
                  f" R {total['tp'] / max(1, total['gold']):.3f} ({total['tp']}/{total['gold']})"
                  f"  false merges {total['false']} ({total['one_file']} where one file tells both)  found pairs apart"
                  f" ({', '.join(f'{k} {n}' for k, n in all_pairs.most_common())})",
                  highlight=False, markup=False, soft_wrap=True)


@eval_app.command("disagreements")
def eval_disagreements(
    pairs: Annotated[list[Path], typer.Argument(help="STORE.db GOLD.yaml pairs: a built store and the gold it is scored on.")],
    pairs_too: Annotated[bool, typer.Option("--pairs", help="Also list every pair of gold claims with its stage and why.")] = False,
) -> None:
    """Where each gold disagreement is lost: no claim extracted, claims not judged about one
    thing (and which check said no), no conflict rule fired, lost after, or found; a table by
    kind and stage over all the pairs given."""
    from collections import Counter

    import yaml

    from chronica.chronicle.disagreement_eval import best_stages, diagnose, format_table, stage_table

    if len(pairs) % 2 or not pairs:
        err.print("[red]error:[/red] give STORE.db GOLD.yaml pairs")
        raise typer.Exit(2)
    for path in pairs:
        if not path.is_file():
            err.print(f"[red]error:[/red] {path} is not a file")
            raise typer.Exit(2)
    total: Counter = Counter()
    for db, gold_path in zip(pairs[::2], pairs[1::2]):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        with _store(db) as store:
            rows = diagnose(store, gold)
        total += stage_table(rows)
        best = best_stages(rows)
        out.print(f"== {gold_path.name} ({db})", highlight=False, markup=False)
        for r in (rows if pairs_too else best.values()):
            out.print("  " + r.line(), highlight=False, markup=False, soft_wrap=True)
    out.print(format_table(total), highlight=False, markup=False)


@eval_app.command("event-dates")
def eval_event_dates(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of TimeML (.tml) files with TLINKs (TimeBank, AQUAINT).")],
    limit: Annotated[Optional[int], typer.Option(help="Only the first N files.")] = None,
    examples: Annotated[int, typer.Option(help="Show this many misdated events.")] = 0,
) -> None:
    """How often an event TimeML puts inside a DATE is given that date, and the share of TimeML
    events with a participant that become candidates and events."""
    from chronica.events.timeml import evaluate
    from chronica.nlp import load_pipeline

    if not gold_dir.is_dir():
        raise ChronicaError(f"{gold_dir} is not a folder")
    scores = evaluate(gold_dir, load_pipeline(("chronica_time", "chronica_actors")), limit=limit,
                      examples=examples)
    for line in scores.lines() + scores.misdated:
        out.print(line, markup=False, highlight=False)


def main(argv: list[str] | None = None) -> None:
    """The ``chronica`` command: one command a process, so what it loads stays to its end
    (:func:`chronica.bulk.keep_loaded`), except for a long-lived one (``serve``). Only here, not in
    the app's callback: a library user or a test that invokes the app in its own process keeps
    its collector whole."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    command = next((a for a in args if not a.startswith("-")), None)
    if command is not None and command not in LONG_LIVED:
        from chronica.bulk import keep_loaded

        keep_loaded()
    app(args=args)


if __name__ == "__main__":  # pragma: no cover
    main()
