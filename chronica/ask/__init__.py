"""Questions and claim checks over a built chronicle.

Public API::

    asker = open_asker(store)            # the chronicle of the store + its sentence index
    asker.ask("When did Nasser die?")    # Answer: verdict, text, citations, sides
    asker.check("Nasser died in 1970.")  # Answer: supported / contradicted / disputed / not found
    answer_json(answer)

Modules: :mod:`~chronica.ask.question` (parsing with the build's pipeline),
:mod:`~chronica.ask.answer` (answering from the chronicle, then search),
:mod:`~chronica.ask.evaluate` (``chronica eval ask``).
"""

from __future__ import annotations

from chronica.ask.answer import NOT_FOUND, Answer, Asker, Citation, Side, answer_json
from chronica.ask.question import Question, parse
from chronica.ask.reading import Reader
from chronica.search import SentenceIndex
from chronica.store.db import Store
from chronica.chronicle.persist import load_chronicle


def open_asker(store: Store) -> Asker:
    """An :class:`Asker` over the store's chronicle and its sentence index."""
    index = SentenceIndex(store)
    return Asker(load_chronicle(store), index, claims=store.claims(), reader=Reader(store, index))


__all__ = ["Answer", "Asker", "Citation", "NOT_FOUND", "Question", "Side", "answer_json",
           "open_asker", "parse"]
