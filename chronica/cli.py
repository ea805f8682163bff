"""The ``chronica`` command line: thin commands over the Python API.

Exit status of ``chronica build``: 0 when every input became a document (or was already stored,
or a duplicate), 3 when some inputs were skipped (each listed with its reason), 1 on a fatal
error, 2 on a usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from chronica.errors import ChronicaError
from chronica.store.db import DEFAULT_DB

app = typer.Typer(
    name="chronica",
    help="Build a sourced chronicle from a folder of articles: clean documents, dated events, "
    "one timeline, disagreements.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Evaluate a stage against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval", help="Evaluate a stage against gold data (TimeML for time).")

err = Console(stderr=True)
out = Console()

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store.", show_default=True)]


def _store(db: Path, must_exist: bool = True):
    from chronica.store import Store

    if must_exist and not db.exists():
        err.print(f"[red]error:[/red] no store at {db}; run `chronica build PATH --db {db}` first")
        raise typer.Exit(1)
    return Store(db)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).")],
    db: DbOption = Path(DEFAULT_DB),
    published: Annotated[
        Optional[str], typer.Option(help="Publication date for every document (YYYY[-MM[-DD]]).")
    ] = None,
    source: Annotated[Optional[str], typer.Option(help="Outlet name for every document.")] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Skip files larger than this many bytes.")
    ] = 20_000_000,
    workers: Annotated[int, typer.Option(help="spaCy worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Read articles (.txt .md .html .htm .pdf .jsonl), clean them and store them.

    Exit status: 0 all inputs read, 3 some inputs skipped (listed with reasons), 1 fatal error.
    """
    import re

    from chronica.build import BuildOptions
    from chronica.build import build as run_build

    if published and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
        err.print("[red]error:[/red] --published takes YYYY, YYYY-MM or YYYY-MM-DD")
        raise typer.Exit(2)
    options = BuildOptions(
        max_bytes=max_bytes, published=published, source=source, n_process=workers,
        batch_size=batch_size,
    )
    try:
        store = _store(db, must_exist=False)
    except ChronicaError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1)
    with store:
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
    raise typer.Exit(report.exit_code)


def _print_build_summary(report, store, db: Path) -> None:  # noqa: ANN001
    table = Table(title=f"chronica build → {db}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents stored", str(report.stored))
    table.add_row("already stored (unchanged)", str(report.unchanged))
    table.add_row("exact duplicates", str(len(report.duplicates)))
    table.add_row("near-duplicates (flagged, kept)", str(len(report.near_duplicates)))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("words", f"{report.words:,}")
    table.add_row("seconds", f"{report.seconds:.1f}")
    table.add_row("documents in store", str(store.counts()["documents"]))
    err.print(table)
    if report.skipped:
        skipped = Table(title="skipped inputs")
        skipped.add_column("path")
        skipped.add_column("reason")
        skipped.add_column("detail")
        for e in report.skipped:
            skipped.add_row(e.path, e.reason, e.detail)
        err.print(skipped)
    if report.duplicates:
        shown = report.duplicates[:10]
        dup = Table(title=f"exact duplicates ({len(report.duplicates)}; first {len(shown)} shown)")
        dup.add_column("path")
        dup.add_column("same text as")
        for d in shown:
            dup.add_row(d.path, d.same_as)
        err.print(dup)
    if report.near_duplicates:
        shown_n = report.near_duplicates[:10]
        near = Table(title=f"near-duplicates ({len(report.near_duplicates)}; first {len(shown_n)} shown)")
        near.add_column("path")
        near.add_column("similar to")
        near.add_column("similarity", justify="right")
        for n in shown_n:
            near.add_row(n.path, n.similar_to, f"{n.similarity:.2f}")
        err.print(near)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (the chronicle contract), jsonl or csv.")] = "json",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Export the store: the chronicle JSON, JSON Lines or CSV."""
    from chronica.export import FORMATS
    from chronica.export import export as run_export

    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with _store(db) as store:
        if output is None:
            run_export(store, fmt, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                run_export(store, fmt, fh)
            err.print(f"wrote {output}")


@app.command()
def documents(db: DbOption = Path(DEFAULT_DB)) -> None:
    """List the stored documents with their metadata."""
    with _store(db) as store:
        table = Table()
        for col in ("id", "title", "outlet", "published", "words", "sentences", "path"):
            table.add_column(col)
        for d in store.documents():
            pub = (d.published or "—") + (f" ({d.published_source})" if d.published_source else "")
            table.add_row(
                f"d{d.id}", d.title or "—", d.outlet or "—", pub, str(d.n_words),
                str(d.n_sentences), d.path,
            )
        out.print(table)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
