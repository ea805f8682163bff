"""Evaluation of time taggers against TimeML gold (TempEval-3 measures).

Owns: reading TimeML ``.tml`` files (DCT, raw TEXT with character offsets, gold TIMEX3), the
three systems compared (chronica, the dateparser baseline, the timexy spaCy component), the
scoring (strict and relaxed span P/R/F1, type accuracy and F1, value accuracy and F1) and the
report. Run it as ``python -m chronica.time.evaluate GOLD_DIR [--limit N] [--errors N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass
class Span:
    """A time expression as scored: offsets into the raw text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class GoldDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[Span]


def read_tml(path: str | Path) -> GoldDoc:
    """Parse one TimeML file: DCT value, TEXT with all tags stripped, gold TIMEX3 spans."""
    raw = Path(path).read_text(encoding="utf-8")
    dct = None
    m = _DCT.search(raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(1)))
        dct = attrs.get("value")
    body = _TEXT.search(raw)
    source = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    gold: list[Span] = []
    open_attrs: dict | None = None
    open_start = 0
    pos = 0
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_attrs, open_start = dict(_ATTR.findall(tag.group(3))), length
        elif open_attrs is not None:
            gold.append(Span(open_start, length, open_attrs.get("type", ""), open_attrs.get("value", "")))
            open_attrs = None
    out.append(html.unescape(source[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return GoldDoc(Path(path).name, dct, text, gold)


def load_gold(gold_dir: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Every ``.tml`` file under ``gold_dir``, read once: a byte-identical copy of a file already
    read (TBAQ-cleaned ships one in ``testpipeline/``) is not scored twice."""
    files, seen = [], set()
    for f in sorted(Path(gold_dir).rglob("*.tml")):
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            files.append(f)
    if limit:
        files = files[:limit]
    return [read_tml(f) for f in files]


# ------------------------------------------------------------------ systems


def run_chronica(doc: GoldDoc) -> list[Span]:
    """Chronica's tagger; ranges are scored as their two ends, as TimeML annotates them."""
    from chronica.time.tagger import tag

    spans: list[Span] = []
    for tx in tag(doc.text, doc.dct):
        for part in tx.parts or [tx]:
            spans.append(Span(part.start, part.end, part.type, part.value, part.text))
    return spans


def _dateparser_value(matched: str, when: datetime) -> tuple[str, str]:
    low = matched.lower()
    if re.search(r"\d:\d\d|\b(?:a\.?m|p\.?m)\b", low):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", low) or re.search(r"\byears?\b", low):
        return "DATE", f"{when.year:04d}"
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", low)) or re.search(
        r"day|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|now", low)
    if has_day or "week" in low:
        return "DATE", when.strftime("%Y-%m-%d")
    return "DATE", when.strftime("%Y-%m")


def run_dateparser(doc: GoldDoc) -> list[Span]:
    """dateparser.search.search_dates with RELATIVE_BASE = DCT; matches mapped back to offsets."""
    from dateparser.search import search_dates

    base = None
    if doc.dct:
        try:
            base = datetime.fromisoformat(doc.dct[:10])
        except ValueError:
            base = None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(doc.text, languages=["en"], settings=settings) or []
    spans: list[Span] = []
    cursor = 0
    for matched, when in found:
        idx = doc.text.find(matched, cursor)
        if idx < 0:
            idx = doc.text.find(matched)
            if idx < 0:
                continue
        else:
            cursor = idx + len(matched)
        typ, value = _dateparser_value(matched, when)
        spans.append(Span(idx, idx + len(matched), typ, value, matched))
    return spans


_TIMEXY_NLP = None
_KB = re.compile(r'type="(\w+)"\s+value="([^"]*)"')


def run_timexy(doc: GoldDoc) -> list[Span]:
    """timexy as a spaCy component before NER (label timex3, TIMEX3 kb ids)."""
    global _TIMEXY_NLP
    if _TIMEXY_NLP is None:
        import spacy
        import timexy  # noqa: F401  (registers the factory)

        from chronica.nlp import MODEL_PACKAGE

        nlp = spacy.load(MODEL_PACKAGE)
        nlp.add_pipe("timexy", config={"label": "timex3", "kb_id_type": "timex3", "overwrite": False}, before="ner")
        _TIMEXY_NLP = nlp
    parsed = _TIMEXY_NLP(doc.text)
    spans: list[Span] = []
    for ent in parsed.ents:
        if ent.label_ != "timex3":
            continue
        m = _KB.search(ent.kb_id_)
        if not m:
            continue
        typ, value = m.group(1), m.group(2)
        value = re.sub(r"T00:00:00$", "", value)
        spans.append(Span(ent.start_char, ent.end_char, typ, value, ent.text))
    return spans


SYSTEMS: dict[str, Callable[[GoldDoc], list[Span]]] = {
    "chronica": run_chronica,
    "dateparser": run_dateparser,
    "timexy": run_timexy,
}
#: the package each baseline needs; a baseline whose package is not installed is skipped
BASELINE_PACKAGES: dict[str, str] = {"dateparser": "dateparser", "timexy": "timexy"}


def missing_package(system: str) -> str | None:
    """The package ``system`` needs that is not installed, or None."""
    import importlib.util

    package = BASELINE_PACKAGES.get(system)
    if package is None:
        return None
    return None if importlib.util.find_spec(package) is not None else package


# ------------------------------------------------------------------ scoring


def _prf(correct: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _norm_value(v: str) -> str:
    return v.strip().upper()


def _align(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one relaxed alignment: each gold with the unused system span overlapping it most."""
    pairs: list[tuple[Span, Span]] = []
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


class _Tally:
    def __init__(self) -> None:
        self.n_gold = self.n_sys = self.strict = self.relaxed = self.type_ok = self.value_ok = 0
        self.errors: list[dict] = []

    def add(self, doc: GoldDoc, system: list[Span], keep_errors: bool) -> None:
        gold = doc.timexes
        self.n_gold += len(gold)
        self.n_sys += len(system)
        pairs = _align(gold, system)
        self.relaxed += len(pairs)
        matched_sys = {id(s) for _, s in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        for g, s in pairs:
            self.strict += (g.start, g.end) == (s.start, s.end)
            self.type_ok += g.type == s.type
            ok = _norm_value(g.value) == _norm_value(s.value)
            self.value_ok += ok
            if keep_errors and not ok:
                self.errors.append({"doc": doc.name, "kind": "value", "gold": f"{g.text!r} {g.type} {g.value}",
                                    "system": f"{s.text!r} {s.type} {s.value}", "dct": doc.dct})
        if keep_errors:
            for g in gold:
                if id(g) not in matched_gold:
                    self.errors.append({"doc": doc.name, "kind": "missed", "gold": f"{g.text!r} {g.type} {g.value}",
                                        "context": _context(doc.text, g), "dct": doc.dct})
            for s in system:
                if id(s) not in matched_sys:
                    self.errors.append({"doc": doc.name, "kind": "spurious", "system": f"{s.text!r} {s.type} {s.value}",
                                        "context": _context(doc.text, s), "dct": doc.dct})

    def measures(self) -> dict[str, float | int]:
        sp, sr, sf = _prf(self.strict, self.n_sys, self.n_gold)
        rp, rr, rf = _prf(self.relaxed, self.n_sys, self.n_gold)
        tp, tr, tf = _prf(self.type_ok, self.n_sys, self.n_gold)
        vp, vr, vf = _prf(self.value_ok, self.n_sys, self.n_gold)
        matched = self.relaxed or 1
        return {
            "gold": self.n_gold, "system": self.n_sys,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_accuracy": self.type_ok / matched, "type_f1": tf,
            "value_accuracy": self.value_ok / matched, "value_p": vp, "value_r": vr, "value_f1": vf,
        }


def _context(text: str, span: Span) -> str:
    return text[max(0, span.start - 50):span.start].replace("\n", " ") + "[" + text[span.start:span.end] + "]" + text[span.end:span.end + 40].replace("\n", " ")


def _words(docs: Iterable[GoldDoc]) -> int:
    return sum(len(d.text.split()) for d in docs)


def evaluate(gold_dir: str | Path, systems: Iterable[str] = ("chronica", "dateparser", "timexy"),
             limit: int | None = None, keep_errors: bool = True) -> dict:
    """Score each system on every ``.tml`` file under ``gold_dir`` (first ``limit`` files).

    Returns ``{system: {measure: number, "seconds": s, "words_per_second": w, "errors": [...]}}``
    plus ``"_docs"``, ``"_words"`` and ``"_skipped"`` (a baseline whose package is not installed,
    with the reason: ``{"timexy": "package timexy is not installed"}``).
    """
    docs = load_gold(gold_dir, limit)
    words = _words(docs)
    results: dict = {"_docs": len(docs), "_words": words, "_skipped": {}}
    for name in systems:
        package = missing_package(name)
        if package is not None:
            results["_skipped"][name] = f"package {package} is not installed (pip install {package})"
            continue
        run = SYSTEMS[name]
        tally = _Tally()
        t0 = time.perf_counter()
        outputs = [run(doc) for doc in docs]
        seconds = time.perf_counter() - t0
        for doc, out in zip(docs, outputs):
            tally.add(doc, out, keep_errors)
        row = tally.measures()
        row["seconds"] = seconds
        row["words_per_second"] = words / seconds if seconds else 0.0
        row["errors"] = tally.errors
        results[name] = row
    return results


_COLUMNS = [
    ("gold", "gold"), ("system", "sys"), ("strict_p", "strict P"), ("strict_r", "strict R"),
    ("strict_f1", "strict F1"), ("relaxed_p", "relaxed P"), ("relaxed_r", "relaxed R"),
    ("relaxed_f1", "relaxed F1"), ("type_accuracy", "type acc"), ("type_f1", "type F1"),
    ("value_accuracy", "value acc"), ("value_p", "value P"), ("value_r", "value R"),
    ("value_f1", "value F1"), ("words_per_second", "words/s"),
]


def print_report(results: dict, errors: int = 0) -> None:
    """Print the results of :func:`evaluate` as a rich table (and up to ``errors`` errors per kind)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=200)
    table = Table(title=f"TIMEX3 evaluation: {results.get('_docs', 0)} documents, {results.get('_words', 0)} words")
    table.add_column("system")
    for _, label in _COLUMNS:
        table.add_column(label, justify="right")
    for name, row in results.items():
        if name.startswith("_"):
            continue
        cells = []
        for key, _ in _COLUMNS:
            v = row[key]
            cells.append(f"{v:,.0f}" if key == "words_per_second" else str(v) if isinstance(v, int) else f"{v:.3f}")
        table.add_row(name, *cells)
    console.print(table)
    for name, reason in results.get("_skipped", {}).items():
        console.print(f"{name}: skipped, {reason}", markup=False, highlight=False)
    if errors:
        for name, row in results.items():
            if name.startswith("_"):
                continue
            for kind in ("missed", "spurious", "value"):
                shown = [e for e in row["errors"] if e["kind"] == kind][:errors]
                if not shown:
                    continue
                console.print(f"[bold]{name}: {kind} ({sum(e['kind'] == kind for e in row['errors'])})[/bold]")
                for e in shown:
                    console.print("  " + " | ".join(f"{k}={v}" for k, v in e.items() if k != "kind"), markup=False, highlight=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--systems", default="chronica,dateparser,timexy")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    args = parser.parse_args(argv)
    results = evaluate(args.gold_dir, tuple(s for s in args.systems.split(",") if s), args.limit)
    print_report(results, args.errors)


if __name__ == "__main__":
    main()
