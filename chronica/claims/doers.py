"""Who a claim names as the doer of an act, and when two sources' doers can be told apart.

Public API::

    key = doer_key(actor_mention, rules)        # "USA", "person:kim_il_sung", "name:...", "desc:..."
    different_doers(["USA"], ["person:ronald_reagan"])  # False: nothing tells them apart
    compatible_reason(["USA"], ["FRA"])          # None: they are different doers

A doer is kept as one key per actor (:func:`doer_key`): the state it acts for when the actor stage
knows one and its kind acts for a state (the ``doers.as_state`` kinds of ``data/claims.yaml``: a
person in office, a capital, a government, an army), else its own id; a person whose state is not
known is ``person:<id>``; an unresolved proper name ``name:<words>``; a description naming no
actor ("an English sailor") ``desc:<words>``.

:data:`COMPATIBLE` is the case table of why two doers of one role may both be right; two claims
disagree on who did it only when no entry applies to any pair of their doers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the rules' checks read this module: only the type is needed here
    from chronica.claims.rules import Rules

PERSON, NAME, DESCRIPTION = "person:", "name:", "desc:"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def doer_key(actor: Any, rules: Rules) -> str | None:
    """The key a doer is compared by: its state for the kinds that act for one ("Chinese troops",
    "the Kremlin", "Reagan" in office: the state), a state or organisation its own id, a person
    with no state ``person:<id>``; None for a place (where it happened is no doer) or an actor
    with no id."""
    kind = _get(actor, "kind")
    if kind in rules.doer_places:
        return None
    actor_id = _get(actor, "actor_id")
    country = _get(actor, "country") or _get(actor, "state")  # an actor mention / an event participant
    if kind in rules.doer_as_state and country:
        return str(country)
    if kind == "person" and actor_id:
        return PERSON + str(actor_id)
    return str(actor_id or country) if (actor_id or country) else None


def _kind(key: str) -> str:
    for prefix in (PERSON, NAME, DESCRIPTION):
        if key.startswith(prefix):
            return prefix
    return "actor"


# -- why two doers may both be right (the case table) ------------------------------------------

def same_doer(a: str, b: str) -> bool:
    """One doer named twice ("China" / "Chinese troops", both keyed CHN)."""
    return a == b


def unresolved_name(a: str, b: str) -> bool:
    """A proper name nobody resolved may be anyone's envoy, leader or agent ("Cardinal Samoré
    mediated" / "the Vatican mediated"): nothing says it is not the other doer."""
    return NAME in (_kind(a), _kind(b))


def person_without_state(a: str, b: str) -> bool:
    """A known person whose state at that date is unknown, against a state or organisation: the
    person may have acted for it ("Kim launched the war" before his term is on record)."""
    ka, kb = _kind(a), _kind(b)
    return (ka == PERSON) != (kb == PERSON) and {ka, kb} <= {PERSON, "actor"}


COMPATIBLE: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("same doer", same_doer),
    ("unresolved name", unresolved_name),
    ("person without a known state", person_without_state),
)


def compatible_reason(a: list[str], b: list[str]) -> str | None:
    """The name of the :data:`COMPATIBLE` entry that lets two claims' doers both be right (any
    pair of their keys), or None when they name different doers."""
    for x in a:
        for y in b:
            for name, check in COMPATIBLE:
                if check(x, y):
                    return name
    return None


def different_doers(a: list[str], b: list[str]) -> bool:
    """Both claims name doers and nothing lets them be one."""
    return bool(a) and bool(b) and compatible_reason(a, b) is None


def lists_conflict(a: list[str], a_complete: bool, b: list[str], b_complete: bool) -> bool:
    """Two lists of the parties to one happening cannot both be right: at least one names every
    party (``complete``) and each names a party the other does not. One source naming fewer
    parties than another is no contradiction; parties that may stand for another (an unresolved
    name, a person whose state is unknown) are left out of both."""
    known_a = frozenset(k for k in a if _kind(k) not in (NAME, PERSON))
    known_b = frozenset(k for k in b if _kind(k) not in (NAME, PERSON))
    if len(known_a) < 2 or len(known_b) < 2 or not (a_complete or b_complete):
        return False
    return not (known_a <= known_b or known_b <= known_a)


def person_words(key: str) -> set[str]:
    """The name words of a person key ("id:paul_kagame", "name:catherine ashton"), lower-case."""
    return set(key.partition(":")[2].replace("_", " ").replace("-", " ").split())


def one_person(a: str, b: str, within: Callable[[set[str], set[str]], bool]) -> bool:
    """Two person keys may name one person: equal, or one's name words all within the other's
    (``within`` compares words as spelt: "name:sisi" / "id:abdel_fattah_el_sisi")."""
    if a == b:
        return True
    wa, wb = person_words(a), person_words(b)
    return bool(wa and wb) and (within(wa, wb) or within(wb, wa))


def different_persons(a: list[str], b: list[str], within: Callable[[set[str], set[str]], bool]) -> bool:
    """Both claims name persons and no person of one may be a person of the other: "mediated by
    Catherine Ashton" / "Federica Mogherini brokered it"; "Kagame and Tshisekedi" / "Tshisekedi"
    share one."""
    return bool(a) and bool(b) and not any(one_person(x, y, within) for x in a for y in b)


__all__ = ["COMPATIBLE", "compatible_reason", "different_doers", "different_persons", "doer_key", "lists_conflict",
           "one_person"]
