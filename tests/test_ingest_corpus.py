"""load() on the shared corpora: the Korea dev articles are clean by the gold's yardstick, and BBC
texts (no boilerplate) keep their whole body."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from chronica.ingest import discover, load


def _fold(text: str) -> str:
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).lower().split())


@pytest.fixture(scope="module")
def korea_gold(shared: Path) -> dict:
    return yaml.safe_load((shared / "eval" / "korea_gold_dev.yaml").read_text(encoding="utf-8"))["documents"]


def test_korea_documents_are_clean(shared: Path, korea_gold: dict) -> None:
    for name, gold in korea_gold.items():
        (doc,), errors = load(shared / "corpus" / "korea" / name)
        assert errors == []
        text = _fold(doc.text)
        assert _fold(gold["body_ends"]) in text, name
        for junk in gold["boilerplate"]:
            assert _fold(junk) not in text, (name, junk)
        assert doc.title == gold["title"], name
        assert doc.published == (str(gold["published"]) if gold["published"] else None), name
        assert all(doc.text[c : c + n] == doc.raw[r : r + n] for c, r, n in doc.spans)


def test_korea_no_body_paragraph_lost(shared: Path) -> None:
    """Every removed unit of the Korea files is short or is one of the known kinds of furniture."""
    for path in sorted((shared / "corpus" / "korea").glob("*.txt")):
        (doc,), _ = load(path)
        for kind, text in doc.removed:
            assert kind != "tail" or len(text.split()) < 40, (path.name, kind, text)


def test_bbc_sample_keeps_body_and_titles(shared: Path) -> None:
    files = [p for p in discover([shared / "bulk" / "bbc"]) if isinstance(p, Path)]
    assert len(files) == 2225
    kept = total = 0
    for path in files[::15]:
        (doc,), errors = load(path)
        first, _, body = doc.raw.partition("\n")
        assert doc.title == " ".join(first.split())
        words = re.findall(r"\w+", body)
        have = set(re.findall(r"\w+", doc.text))
        kept += sum(w in have for w in words)
        total += len(words)
    assert kept / total >= 0.99
