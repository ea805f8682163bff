"""``chronica eval ask GOLD.yaml``: answer accuracy and citation precision/recall of questions and
claim checks against a question gold.

The gold is a YAML list of ``{id, kind: when|who|what|did|check, text, answer, evidence: {file:
verbatim substring (or a list of them)}}``; files are named by their base name and found among
the store's documents. An answer is right when (one rule per kind, :data:`RULES`):

- the gold answer is ``not in the sources``: the verdict is "not found";
- ``when``: the gold is ``disputed`` and the answer is; or the first date given falls inside the
  gold TIMEX3 value's interval;
- ``who``: the answer names the gold (case-insensitive substring);
- ``did``: yes / no / disputed as the answer says it;
- ``check``: the verdict is the gold's (supported / contradicted / disputed / not found);
- ``what``: some cited sentence is gold evidence.

A citation is right when its sentence overlaps a gold evidence passage of the same question.
Precision counts every citation of every answer; recall counts the evidence passages cited.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronica.ask.answer import NOT_FOUND, Answer, Asker
from chronica.chronicle import dates
from chronica.errors import ChronicaError
from chronica.store.db import Store

KINDS = ("when", "who", "what", "did", "check")


@dataclass
class GoldItem:
    id: str
    kind: str
    text: str
    answer: str
    evidence: dict[str, list[str]]


@dataclass
class ItemResult:
    item: GoldItem
    answer: Answer
    correct: bool
    cited: int
    cited_right: int
    evidence: int
    evidence_found: int


@dataclass
class AskScores:
    results: list[ItemResult] = field(default_factory=list)

    def accuracy(self, kind: str | None = None) -> tuple[int, int]:
        rs = [r for r in self.results if kind is None or r.item.kind == kind]
        return sum(r.correct for r in rs), len(rs)

    @property
    def citation_precision(self) -> tuple[int, int]:
        return sum(r.cited_right for r in self.results), sum(r.cited for r in self.results)

    @property
    def citation_recall(self) -> tuple[int, int]:
        return sum(r.evidence_found for r in self.results), sum(r.evidence for r in self.results)


def load_gold(path: Path) -> list[GoldItem]:
    """Read a question gold; a malformed one raises :class:`ChronicaError` with the reason."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ChronicaError(f"cannot read the gold {path}: {exc}") from exc
    if not isinstance(data, list):
        raise ChronicaError(f"{path}: a question gold is a list of {{id, kind, text, answer, evidence}}")
    items = []
    for n, row in enumerate(data, start=1):
        if not isinstance(row, dict) or not {"id", "kind", "text", "answer"} <= set(row):
            raise ChronicaError(f"{path}: entry {n} lacks one of id, kind, text, answer")
        if row["kind"] not in KINDS:
            raise ChronicaError(f"{path}: entry {row['id']}: kind must be one of {', '.join(KINDS)}")
        evidence = {str(f): ([v] if isinstance(v, str) else list(v or []))
                    for f, v in (row.get("evidence") or {}).items()}
        items.append(GoldItem(str(row["id"]), row["kind"], str(row["text"]), str(row["answer"]), evidence))
    return items


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _passages(item: GoldItem, docs: dict[str, tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(document id, start, end) of each evidence passage found in the store's clean texts."""
    out = []
    for name, subs in item.evidence.items():
        if name not in docs:
            continue
        doc_id, text = docs[name]
        for sub in subs:
            at = text.find(sub)
            if at < 0:  # cleaning may have changed white space: match on squashed text
                squashed = _squash(text)
                at2 = squashed.find(_squash(sub))
                if at2 < 0:
                    continue
                at = text.find(_squash(sub).split(" ")[0], max(0, at2 - 50))
                at = at if at >= 0 else at2
            out.append((doc_id, at, at + len(sub)))
    return out


def _right_when(item: GoldItem, a: Answer) -> bool:
    if item.answer == "disputed":
        return a.verdict == "disputed"
    gold = dates.value_interval(item.answer)
    first = next((v for v in a.values if dates.value_interval(v)), None)
    span = dates.value_interval(first)
    return a.verdict == "answered" and bool(gold and span and gold[0] <= span[0] and span[1] <= gold[1])


def _name(text: str) -> str:
    """Names compared without case or hyphens: "Kim Jong-un" is "Kim Jong Un"."""
    return re.sub(r"[\s\-‐]+", " ", text.casefold())


def _right_who(item: GoldItem, a: Answer) -> bool:
    return a.verdict == "answered" and _name(item.answer) in _name(a.text)


def _right_did(item: GoldItem, a: Answer) -> bool:
    if item.answer == "disputed":
        return a.verdict == "disputed"
    return a.verdict == "answered" and a.text.casefold().startswith(item.answer.casefold())


def _right_check(item: GoldItem, a: Answer) -> bool:
    return a.verdict == item.answer


#: one rule per kind (the ``what`` rule needs the citations: see :func:`evaluate`)
RULES: dict[str, Callable[[GoldItem, Answer], bool]] = {
    "when": _right_when, "who": _right_who, "did": _right_did, "check": _right_check,
    "what": lambda item, a: a.verdict == "answered",
}


def evaluate(asker: Asker, store: Store, gold: list[GoldItem]) -> AskScores:
    docs = {Path(d.path).name: (d.id, d.text) for d in store.documents()}
    scores = AskScores()
    for item in gold:
        answer = asker.check(item.text) if item.kind == "check" else asker.ask(item.text)
        passages = _passages(item, docs)
        hit = lambda c, p: c.document == p[0] and c.start < p[2] and p[1] < c.end  # noqa: E731
        cited_right = sum(any(hit(c, p) for p in passages) for c in answer.citations)
        found = sum(any(hit(c, p) for c in answer.citations) for p in passages)
        if item.answer == NOT_FOUND:
            correct = answer.verdict == "not found"
        else:
            correct = RULES[item.kind](item, answer)
            if item.kind == "what":
                correct = correct and cited_right > 0
        scores.results.append(ItemResult(item, answer, correct, len(answer.citations), cited_right,
                                         len(passages), found))
    return scores


def summary(scores: AskScores) -> dict:
    """The figures as a dict (for ``--json`` and the tests)."""
    ratio = lambda x: round(x[0] / x[1], 3) if x[1] else None  # noqa: E731
    return {
        "accuracy": ratio(scores.accuracy()), "answered_right": scores.accuracy()[0],
        "questions": scores.accuracy()[1],
        "by_kind": {k: list(scores.accuracy(k)) for k in KINDS if scores.accuracy(k)[1]},
        "citation_precision": ratio(scores.citation_precision),
        "citation_recall": ratio(scores.citation_recall),
        "verdicts": dict(Counter(r.answer.verdict for r in scores.results)),
    }
