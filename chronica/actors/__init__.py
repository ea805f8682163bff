"""Actors: who acts in a chronicle. The knowledge base (:mod:`.kb`, data in ``data/``), the
resolution rules (:mod:`.resolve`) and the ``chronica_actors`` spaCy component (:mod:`.component`).

The resolution names are imported on first use: the knowledge base alone (``chronica
barometer``, ``events --actor``) needs no spaCy.
"""

from chronica.actors.kb import Actor, KnowledgeBase, Term, fold, load_kb

_RESOLVE = ("ActorMention", "resolve_mentions", "resolve_text")


def __getattr__(name: str):  # noqa: ANN202 - PEP 562: the spaCy side, loaded when asked for
    if name in _RESOLVE:
        from chronica.actors import resolve

        return getattr(resolve, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Actor", "ActorMention", "KnowledgeBase", "Term", "fold", "load_kb",
           "resolve_mentions", "resolve_text"]
