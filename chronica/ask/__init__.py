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

from collections.abc import Callable

from chronica.ask.answer import NOT_FOUND, Answer, Asker, Citation, Side, answer_json
from chronica.ask.question import Question, parse
from chronica.ask.reading import Reader
from chronica.search import SentenceIndex
from chronica.store.db import Store
from chronica.chronicle import Chronicle
from chronica.chronicle.stored import load_chronicle


def open_asker(store: Store, *, chronicle: Chronicle | None = None,
               connect: Callable[[], Store] | None = None) -> Asker:
    """An :class:`Asker` over the store's chronicle, its sentence index, its claims and a
    :class:`Reader` of its sentences: what ``chronica ask``, ``chronica eval ask`` and the web app
    answer with (one function, so that they give the same answers). ``chronicle``: the store's
    chronicle when the caller has loaded it already; ``connect``: the calling thread's own
    connection to the same store (a server's request threads; default ``store``)."""
    index = SentenceIndex(store, connect=connect)
    return Asker(chronicle if chronicle is not None else load_chronicle(store), index,
                 claims=store.claims(), reader=Reader(store, index))


__all__ = ["Answer", "Asker", "Citation", "NOT_FOUND", "Question", "Side", "answer_json",
           "open_asker", "parse"]
