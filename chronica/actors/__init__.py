"""Actors: who acts in a chronicle. The knowledge base (:mod:`.kb`, data in ``data/``), the
resolution rules (:mod:`.resolve`) and the ``chronica_actors`` spaCy component (:mod:`.component`).
"""

from chronica.actors.kb import Actor, KnowledgeBase, Term, fold, load_kb
from chronica.actors.resolve import ActorMention, resolve_mentions, resolve_text

__all__ = ["Actor", "ActorMention", "KnowledgeBase", "Term", "fold", "load_kb",
           "resolve_mentions", "resolve_text"]
