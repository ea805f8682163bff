"""Actors and filters as users type them, for the commands that take them.

Public API: :func:`resolve_actor` (a name as typed -> :class:`ActorQuery`, or
:class:`UnknownActor` with close matches), :func:`event_types` (the ontology's types, for
``--type``) and :func:`parse_date` (a ``YYYY[-MM[-DD]]`` bound, checked).

An actor is found, in order, by (1) its knowledge-base id ("RUS", "SUN"), (2) any name the
knowledge base knows — names, aliases, demonyms, capitals and seats of government ("Moscow",
"the Kremlin"), historical names, people ("Josef Stalin") — and (3) a name the store saw and
resolved ("chronica actors" lists them). A capital stands for the state seated there today.
A state then stands for its whole successor chain — "Russia" is also the Soviet Union and the
Russian Empire before it, the states whose first successor it is — unless ``strict``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from chronica.actors.kb import KnowledgeBase, fold
from chronica.errors import ChronicaError

#: the most close matches an "unknown actor" message suggests
SUGGESTIONS = 5
#: how alike a name must be to be suggested (difflib ratio): "Rusia" -> "Russia", not "Asia"
SUGGEST_CUTOFF = 0.75


class UnknownActor(ChronicaError):
    """A name that neither the knowledge base nor the store knows; ``suggestions`` are close."""

    def __init__(self, text: str, suggestions: list[str]) -> None:
        self.text, self.suggestions = text, suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"unknown actor {text!r}{hint}")


class BadValue(ChronicaError):
    """An option value that is not one of the allowed ones (a type, a date)."""


@dataclass(frozen=True)
class ActorQuery:
    """The actor a typed name was taken as: ``ids`` are every id an event participant may carry
    to count as this actor (its predecessors too, unless strict)."""

    text: str
    actor_id: str
    name: str
    via: str  # "id" | "name" | "capital" | "store"
    ids: frozenset[str]
    predecessors: tuple[str, ...] = ()  # names of the earlier states included

    def describe(self) -> str:
        """One line for the user: which actor was taken, and what it includes."""
        how = {"id": "id", "name": "name", "capital": "seat of government", "store": "name seen in the store"}[self.via]
        line = f"{self.text!r} → {self.name} ({self.actor_id}), by {how}"
        if self.predecessors:
            line += f"; with its predecessor{'s' if len(self.predecessors) > 1 else ''} " \
                    f"{', '.join(self.predecessors)} (--strict: without)"
        return line


def resolve_actor(text: str, kb: KnowledgeBase, *, strict: bool = False,
                  seen: Iterable[tuple[str, str, str]] = ()) -> ActorQuery:
    """The actor ``text`` names.

    :param text: as the user typed it ("USSR", "Moscow", "dprk", "Josef Stalin", "RUS").
    :param kb: the knowledge base.
    :param strict: only the actor itself, not the states it succeeded.
    :param seen: ``(actor_id, name, text)`` of resolved mentions in the store, for names the
        knowledge base does not hold.
    :raises UnknownActor: nothing matches; close matches are suggested.
    """
    wanted = text.strip()
    seen = list(seen)
    # 1. an id
    actor = kb.get(wanted) or kb.get(wanted.upper())
    via = "id"
    # 2. a name the knowledge base knows
    if actor is None:
        found = kb.lookup(wanted) or kb.lookup(re.sub(r"^the\s+", "", wanted, flags=re.I))
        if found:
            actor, via = _preferred(found), "name"
    if actor is not None and actor.kind == "government_seat":
        state = kb.state_for(actor.id)
        if state and kb.get(state):
            actor, via = kb.get(state), "capital"
    # 3. a name seen in the store
    if actor is None:
        key = fold(wanted)
        ids = [aid for aid, _, written in seen if aid and fold(written) == key]
        ids = ids or [aid for aid, name, _ in seen if aid and name and fold(name) == key]
        if ids:
            best = max(set(ids), key=ids.count)
            actor = kb.get(best)
            if actor is None:
                names = [name for aid, name, _ in seen if aid == best and name]
                return ActorQuery(text, best, names[0] if names else best, "store", frozenset({best}))
            via = "store"
    if actor is None:
        raise UnknownActor(text, _suggest(wanted, kb, seen))
    chain = () if strict else _predecessors(kb, actor.id)
    return ActorQuery(text, actor.id, actor.name, via, frozenset({actor.id, *chain}),
                      tuple(kb.get(p).name for p in chain))


def find_actor(text: str, *, strict: bool = False,
               seen: Callable[[], Iterable[tuple[str, str, str]]] = tuple) -> ActorQuery:
    """:func:`resolve_actor` with the knowledge base read only as far as ``text`` needs: an id
    or a name the KB's own data knows is taken from it (:func:`~chronica.actors.kb.load_core_kb`,
    ~20 ms), anything else from the whole KB with the Phoenix dictionaries (~0.5 s) and the
    names ``seen()`` in the store. Both give the same answer: Phoenix adds no actor to an id
    or to a name the KB's own data gives, and changes no state, predecessor or seat."""
    from chronica.actors.kb import load_core_kb, load_kb

    core, wanted = load_core_kb(), text.strip()
    if core.get(wanted) or core.get(wanted.upper()) or core.knows(wanted):
        return resolve_actor(text, core, strict=strict)
    return resolve_actor(text, load_kb(), strict=strict, seen=seen())


def _preferred(found):  # noqa: ANN001, ANN202 - list[Actor] -> Actor
    order = ("state", "historical_state", "organisation", "person")
    return min(found, key=lambda a: order.index(a.kind) if a.kind in order else len(order))


def _predecessors(kb: KnowledgeBase, actor_id: str) -> tuple[str, ...]:
    """The states whose first successor is ``actor_id``, then theirs, nearest first."""
    out: list[str] = []
    current = actor_id
    while True:
        earlier = [a.id for a in kb.actors.values()
                   if a.successor == current and a.kind == "historical_state" and a.id not in out]
        if len(earlier) != 1:
            return tuple(out)
        out.append(earlier[0])
        current = earlier[0]


def _suggest(text: str, kb: KnowledgeBase, seen: list[tuple[str, str, str]]) -> list[str]:
    names = {f.text for f in kb.iter_forms() if not f.actor_ids[0].startswith("seat:")}
    names |= {a.name for a in kb.actors.values() if "/" not in a.id}
    names |= {written for _, _, written in seen if written}
    by_fold = {}
    for n in sorted(names):
        by_fold.setdefault(fold(n), n)
    close = difflib.get_close_matches(fold(text), list(by_fold), n=SUGGESTIONS, cutoff=SUGGEST_CUTOFF)
    return [by_fold[c] for c in close]


def event_types() -> list[str]:
    """The event types of the ontology, in its order (``--type`` takes one of them)."""
    from chronica.events.ontology import load_ontology

    return list(load_ontology().types)


def check_type(value: str) -> str:
    """``value`` as an ontology type (any case), or :class:`BadValue` listing the types."""
    types = event_types()
    for t in types:
        if t.casefold() == value.strip().casefold():
            return t
    raise BadValue(f"unknown event type {value!r}; the types are {', '.join(types)}")


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_date(value: str) -> str:
    """``value`` when it is a real date as YYYY, YYYY-MM or YYYY-MM-DD, else :class:`BadValue`."""
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        raise BadValue(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value.strip()


def filter_events(mentions, actor: ActorQuery | None = None,  # noqa: ANN001, ANN201
                  between: tuple[str, str] | None = None, type_: str | None = None):
    """The event mentions with ``actor`` (any of its ids, as participant or as the state a
    participant acts for), overlapping the dates ``between`` (inclusive, at their precision),
    of type ``type_``; each filter applies only when given."""
    from chronica.chronicle.merge import participant_keys

    lo = hi = None
    if between:
        lo, hi = between[0], between[1] + "\uffff"
    for ev in mentions:
        if type_ and ev.type != type_:
            continue
        if actor is not None and not any(participant_keys(p) & actor.ids for p in ev.participants):
            continue
        if between and not (ev.latest and ev.earliest and ev.latest >= lo and ev.earliest <= hi):
            continue
        yield ev
