"""``chronica eval ask GOLD.yaml``: answer accuracy and citation precision/recall of questions and
claim checks against a question gold.

The gold is a YAML list of ``{id, kind: when|who|what|did|check, text, answer, evidence: {file:
verbatim substring (or a list of them)}}``; files are named by their base name and found among
the store's documents. An answer is right when (one rule per kind, :data:`RULES`):

- the gold answer is ``not in the sources``: the verdict is "not found";
- ``when``: the gold is ``disputed`` and the answer is; or the first date given falls inside the
  gold TIMEX3 value's interval (a gold written as prose, "6 March 1975", "April 1988 (18 April
  1988)", is read by the time tagger: its first date outside brackets);
- ``who``: the answer names the gold (case-insensitive substring); a gold written as prose names
  every name it lists ("Meles Zenawi (Ethiopia) and Isaias Afwerki (Eritrea)": both), without
  bracketed notes, titles ("Foreign Minister Osman Saleh": "Osman Saleh") or words in lower case
  ("Hamid Idris Awate and his band of fighters": "Hamid Idris Awate");
- ``did``: yes / no / disputed as the answer says it (a gold "No: Ethiopia rejected it" is "no");
- ``check``: the verdict is the gold's (supported / contradicted / disputed / not found; a gold
  "disputed: A (files) or B (files)" is ``disputed``);
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
from chronica.ask.reading import fold
from chronica.chronicle import dates
from chronica.chronicle.disagreement_eval import file_name
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


def _passages(item: GoldItem, docs: dict[str, list[tuple[int, str]]]) -> list[tuple[int, int, int]]:
    """(document id, start, end) of each evidence passage found in the store's clean texts (of
    a .jsonl file, in the one of its records that holds it)."""
    out = []
    for name, subs in item.evidence.items():
        for sub in subs:
            found = [p for doc_id, text in docs.get(name, []) for p in _found(doc_id, text, sub)]
            out += found[:1]
    return out


def _found(doc_id: int, text: str, sub: str) -> list[tuple[int, int, int]]:
    """The passage ``sub`` in the document's text, as [(document id, start, end)], or []."""
    at = text.find(sub)
    if at < 0:  # cleaning may have changed white space: match on squashed text
        squashed = _squash(text)
        at2 = squashed.find(_squash(sub))
        if at2 < 0:
            return []
        at = text.find(_squash(sub).split(" ")[0], max(0, at2 - 50))
        at = at if at >= 0 else at2
    return [(doc_id, at, at + len(sub))]


#: a note in brackets after a gold answer ("Tariq Aziz (then deputy prime minister)")
BRACKETS = re.compile(r"\([^()]*\)")


def gold_date(answer: str) -> tuple | None:
    """The days a when-gold names: its TIMEX3 value, else the first date the time tagger reads in
    the prose outside brackets (then inside them)."""
    span = dates.value_interval(answer.strip())
    if span is not None:
        return span
    from chronica.time.tagger import tag

    for text in (BRACKETS.sub(" ", answer), answer):
        for t in tag(text, None):
            span = dates.value_interval(t.value) if t.type == "DATE" else None
            if span is not None:
                return span
    return None


#: a gold that says the sources disagree: "disputed", or "disputed: A (files) or B (files)"
DISPUTED_GOLD = re.compile(r"disputed\s*(?::|$)", re.IGNORECASE)


def disputed_gold(answer: str) -> bool:
    """Whether a gold answer says the sources disagree (then the right verdict is ``disputed``,
    whatever the kind of question)."""
    return bool(DISPUTED_GOLD.match(answer.strip()))


def _right_when(item: GoldItem, a: Answer) -> bool:
    if disputed_gold(item.answer):
        return a.verdict == "disputed"
    gold = gold_date(item.answer)
    first = next((v for v in a.values if dates.value_interval(v)), None)
    span = dates.value_interval(first)
    return a.verdict == "answered" and bool(gold and span and gold[0] <= span[0] and span[1] <= gold[1])


def _name(text: str) -> str:
    """Names compared without case, accents or hyphens: "Kim Jong-un" is "Kim Jong Un", and
    "Ólafur Jóhannesson" is "Olafur Johannesson" (a source may write a name without its accents)."""
    return re.sub(r"[\s\-‐]+", " ", fold(text))


#: words of a title before a name in a who-gold ("General Eloy G. Ureta", "Algerian President ...")
GOLD_TITLES = frozenset({"president", "prime", "minister", "general", "king", "queen", "premier",
                         "chancellor", "secretary", "leader", "chairman", "foreign", "deputy", "the",
                         "colonel", "admiral", "marshal", "ayatollah", "shah", "emperor", "sultan"})


def gold_names(answer: str) -> list[str]:
    """The names a who-gold lists: bracketed notes dropped, split at commas and "and", each part
    cut to its run of capitalised words after the last title word; parts with no name dropped."""
    out = []
    for part in re.split(r",|;|\band\b|\bwith\b", BRACKETS.sub(" ", answer)):
        words = part.split()
        run: list[str] = []
        for w in words:
            if w[:1].isupper() or (run and w[:1].islower() and "-" in w):  # "al-Majid"
                run = [] if w.casefold().strip(".") in GOLD_TITLES else run + [w]
            elif run:
                break
        if run:
            out.append(" ".join(run))
    return out


def _right_who(item: GoldItem, a: Answer) -> bool:
    if disputed_gold(item.answer):
        return a.verdict == "disputed"
    if a.verdict != "answered":
        return False
    if _name(item.answer) in _name(a.text):
        return True
    names = gold_names(item.answer)
    return bool(names) and all(_name(n) in _name(a.text) for n in names)


def _right_did(item: GoldItem, a: Answer) -> bool:
    if disputed_gold(item.answer):
        return a.verdict == "disputed"
    gold = item.answer.casefold()
    word = re.match(r"(yes|no)\b", gold)  # "No: Ethiopia rejected it", "yes, in 1960"
    return a.verdict == "answered" and a.text.casefold().startswith(word.group(1) if word else gold)


def _right_check(item: GoldItem, a: Answer) -> bool:
    if disputed_gold(item.answer):  # "disputed: 55 (files) or more than 40 (files)"
        return a.verdict == "disputed"
    return a.verdict == item.answer


#: one rule per kind (the ``what`` rule needs the citations: see :func:`evaluate`)
RULES: dict[str, Callable[[GoldItem, Answer], bool]] = {
    "when": _right_when, "who": _right_who, "did": _right_did, "check": _right_check,
    "what": lambda item, a: a.verdict == ("disputed" if disputed_gold(item.answer) else "answered"),
}


def evaluate(asker: Asker, store: Store, gold: list[GoldItem]) -> AskScores:
    docs: dict[str, list[tuple[int, str]]] = {}  # a gold's file name -> its documents (a .jsonl
    # file's records are documents of their own, "feed.jsonl#L3": the gold names the file)
    for d in store.documents():
        docs.setdefault(file_name(d.path), []).append((d.id, d.text))
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
