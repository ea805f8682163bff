"""Who and what the chronicle matches as one, without the merge's machinery: the ids an actor
is matched by and the types whose two sides are interchangeable.

:mod:`chronica.chronicle.merge` uses them and re-exports them; the read side (the barometer, the
terminal's tables) imports them from here, so a read command does not load the merge's numpy,
knowledge base and claim rules.

Public API: :func:`participant_keys`, :data:`STATE_TYPES`, :data:`SYMMETRIC_TYPES`.
"""

from __future__ import annotations

from chronica.events.model import Participant
from chronica.events.ontology import load_ontology

_ONTOLOGY = load_ontology()
#: events of one actor's or state's life (not interactions): their roles are compared as one set,
#: since "X installed Y as leader" and "Y became leader" give Y different roles
STATE_TYPES = _ONTOLOGY.state_types
#: types whose source and target are interchangeable ("A and B signed" = "B signed with A");
#: a mention's form may say more (a FIGHT is a symmetric ASSAULT, see :func:`chronica.chronicle.merge.symmetric`)
SYMMETRIC_TYPES = _ONTOLOGY.symmetric_types | STATE_TYPES


def participant_keys(p: Participant) -> set[str]:
    """The ids an actor is matched by: its own id and the state it acts for."""
    keys = set()
    if p.actor_id:
        keys.add(str(p.actor_id))
    if p.state:
        keys.add(str(p.state))
    return keys


__all__ = ["STATE_TYPES", "SYMMETRIC_TYPES", "participant_keys"]
