"""The cleaning yardstick: ingestion alone, scored against hand-made gold documents.

Owns reading the ``documents:`` section of gold files (the format of ``../shared/eval/CONTRACT.md``:
per file ``title``, ``published``, optional ``author``, ``body_ends`` — the last words of the
article proper —, optional ``body_keeps`` — body phrases that must survive — and ``boilerplate``, strings that must not be left in the text), finding each
gold file's corpus, loading each document with :func:`chronica.ingest.load` (no NLP: only what
cleaning and metadata decide) and the per-document and total report.

Public API: :func:`read_gold`, :func:`corpus_of`, :func:`evaluate_cleaning`,
:class:`DocumentScore`, :func:`totals`. The command ``chronica eval clean GOLD.yaml...`` prints it.

Text is compared folded (Unicode NFKC, case, white space, curly quotes and dashes), as the shared
scorer does, so normalising quotes in cleaning is no error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chronica.errors import IngestError
from chronica.gold import fold


@dataclass
class DocumentGold:
    """What one gold document says the cleaned document must be."""

    file: str
    body_ends: str
    boilerplate: list[str] = field(default_factory=list)
    #: body text that must survive (optional): traps that look like furniture but are article
    body_keeps: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    #: None: the gold says nothing about the author (the field is optional in the format)
    author: str | None = None
    has_author: bool = False


@dataclass
class DocumentScore:
    """One document measured: ``None`` in a ``*_ok`` field means the gold does not judge it."""

    file: str
    loaded: bool
    error: str | None = None
    body_intact: bool = False
    #: ``body_keeps`` strings the cleaning removed
    body_lost: list[str] = field(default_factory=list)
    boilerplate_kept: list[str] = field(default_factory=list)
    title: str | None = None
    title_ok: bool | None = None
    published: str | None = None
    published_ok: bool | None = None
    author: str | None = None
    author_ok: bool | None = None

    @property
    def clean(self) -> bool:
        """Body intact and no boilerplate string left: the shared scorer's ``documents_clean``."""
        return self.loaded and self.body_intact and not self.boilerplate_kept


def read_gold(path: str | Path) -> list[DocumentGold]:
    """The ``documents:`` section of one gold YAML file."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    out = []
    for name, g in (data.get("documents") or {}).items():
        g = g or {}
        out.append(DocumentGold(
            file=str(name), body_ends=str(g.get("body_ends") or ""),
            boilerplate=[str(b) for b in g.get("boilerplate") or []],
            body_keeps=[str(b) for b in g.get("body_keeps") or []],
            title=g.get("title"), published=str(g["published"]) if g.get("published") else None,
            author=g.get("author"), has_author="author" in g,
        ))
    return out


def corpus_of(gold_path: str | Path) -> Path | None:
    """The folder a gold file's documents are in: the sibling folder named after it
    (``dev/cyprus`` for ``dev/cyprus_gold.yaml``), else ``../corpus/NAME`` (``korea_gold_dev.yaml``
    -> ``../corpus/korea``); None when neither exists."""
    gold_path = Path(gold_path)
    name = re.sub(r"_gold.*$", "", gold_path.stem)
    for folder in (gold_path.parent / name, gold_path.parent.parent / "corpus" / name):
        if folder.is_dir():
            return folder
    return None


def _find(corpus: Path, name: str) -> Path | None:
    direct = corpus / name
    if direct.is_file():
        return direct
    return next((p for p in sorted(corpus.rglob(name)) if p.is_file()), None)


def score_document(gold: DocumentGold, path: Path | None) -> DocumentScore:
    """Load one file and measure it against its gold."""
    from chronica.ingest import load

    if path is None:
        return DocumentScore(gold.file, loaded=False, error="file not found")
    try:
        docs, _ = load(path)
    except IngestError as exc:
        return DocumentScore(gold.file, loaded=False, error=f"{exc.reason}: {exc.detail}")
    if not docs:
        return DocumentScore(gold.file, loaded=False, error="no document")
    doc = docs[0]  # a feed's first record gives the date and author; its body is every record's
    # the file's title: an export's is the name it gives its collection, else the first record's
    title = doc.collection or doc.title
    text = fold("\n\n".join(d.text for d in docs))
    score = DocumentScore(gold.file, loaded=True, title=title, published=doc.published, author=doc.author)
    score.body_lost = [k for k in gold.body_keeps if fold(k) and fold(k) not in text]
    score.body_intact = bool(gold.body_ends) and fold(gold.body_ends) in text and not score.body_lost
    score.boilerplate_kept = [b for b in gold.boilerplate if fold(b) and fold(b) in text]
    score.title_ok = fold(title) == fold(gold.title)  # a null gold title: the title must stay empty
    if gold.published is not None:
        score.published_ok = str(doc.published or "").startswith(gold.published)
    if gold.has_author:
        score.author_ok = authors_of(doc.author) == authors_of(gold.author)
    return score


#: what joins two writers' names in a byline or in a gold file: "A and B", "A, B", "A; B", "A & B"
_AUTHOR_JOIN = re.compile(r"\s*(?:;|,|&|\band\b)\s*", re.I)


def authors_of(value: str | list[str] | None) -> frozenset[str]:
    """The writers a byline names, folded, whatever joins them ("Ann Lee and Bo Park" is
    "Ann Lee, Bo Park"): the gold files write several authors with "and", commas or semicolons,
    or as a YAML list. A name with a title after its comma ("Ann Lee, Correspondent") is two parts
    and stays unequal."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v)
    return frozenset(p for p in (fold(x) for x in _AUTHOR_JOIN.split(value or "")) if p)


def evaluate_cleaning(gold_files: list[str | Path], corpus: str | Path | None = None) -> dict[str, list[DocumentScore]]:
    """Each gold file's documents, loaded from its corpus (``corpus`` when given) and measured.

    Raises :class:`FileNotFoundError` when a gold file's corpus cannot be found."""
    out: dict[str, list[DocumentScore]] = {}
    for gold_path in gold_files:
        folder = Path(corpus) if corpus else corpus_of(gold_path)
        if folder is None or not folder.is_dir():
            raise FileNotFoundError(f"no corpus folder for {gold_path} (give it with --corpus)")
        out[str(gold_path)] = [score_document(g, _find(folder, g.file)) for g in read_gold(gold_path)]
    return out


def totals(scores: list[DocumentScore]) -> dict[str, tuple[int, int]]:
    """(right, judged) per measure over ``scores``."""

    def count(attr: str) -> tuple[int, int]:
        judged = [getattr(s, attr) for s in scores if getattr(s, attr) is not None]
        return sum(bool(v) for v in judged), len(judged)

    return {
        "documents_clean": (sum(s.clean for s in scores), len(scores)),
        "bodies_intact": (sum(s.body_intact for s in scores), len(scores)),
        "boilerplate_free": (sum(s.loaded and not s.boilerplate_kept for s in scores), len(scores)),
        "titles": count("title_ok"),
        "dates": count("published_ok"),
        "authors": count("author_ok"),
    }


def _mark(ok: bool | None) -> str:
    return "—" if ok is None else ("ok" if ok else "NO")


def print_report(results: dict[str, list[DocumentScore]], console=None) -> None:  # noqa: ANN001
    """One table per gold file (a row per document), then the totals over all files."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(width=200)
    everything: list[DocumentScore] = []
    for gold_path, scores in results.items():
        everything.extend(scores)
        table = Table(title=f"cleaning: {gold_path}")
        for col in ("document", "body", "boilerplate kept", "title", "date", "author"):
            table.add_column(col, overflow="fold")
        for s in scores:
            if not s.loaded:
                table.add_row(s.file, f"NOT LOADED ({s.error})", "", "", "", "")
                continue
            table.add_row(
                s.file, _mark(s.body_intact) + (f" (lost: {'; '.join(s.body_lost)})" if s.body_lost else ""), "; ".join(s.boilerplate_kept) or "—",
                f"{_mark(s.title_ok)} {s.title or '(empty)'}", f"{_mark(s.published_ok)} {s.published or ''}".strip(),
                f"{_mark(s.author_ok)} {s.author or ''}".strip(),
            )
        console.print(table)
    for name, (right, judged) in totals(everything).items():
        console.print(f"{name}: {right}/{judged}")
