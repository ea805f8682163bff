"""A question-answering store over a few texts of a test's own: the texts written to a corpus
folder, built, their sentences indexed for search, and the asker opened on the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chronica.ask import open_asker
from chronica.search import index_sentences
from chronica.store import Store


@contextmanager
def asker_over(root: Path, texts: dict[str, str]) -> Iterator[object]:
    from chronica.build import build

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    path = root / "store.db"
    with Store(path) as store:
        build([corpus], store)
    store = Store(path)
    try:
        index_sentences(store)
        yield open_asker(store)
    finally:
        store.close()
