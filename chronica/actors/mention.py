"""The record the actors stage writes: :class:`ActorMention` (one per span of ``doc._.actors``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in a document.

    ``start``/``end`` are character offsets into ``doc.text``; ``actor_id`` is a knowledge-base id
    (or a generic agent such as ``"SUN/military"``), None when unresolved; ``kind`` is the
    actor's kind (or "person", "organisation", "place" for unresolved names; "agent" for a sector
    noun, "collective" for a pair); ``role`` is an office such as "President of Russia";
    ``country`` is the state the actor acts for at the document's date, and for a person named
    with a nationality ("the French president X", "X, the Turkish foreign minister") that
    nationality's state, whatever the knowledge base knows of X; ``via`` says how it was
    resolved: "kb", "alias", "demonym", "seat", "surname", "apposition", "title", "pronoun",
    "agent" (a sector noun with its country named beside it), "context" (a sector noun whose
    country is the only one its sentence or paragraph names), "collective", "combining_form"
    ("Franco" in "Franco-German") or "unresolved".

    ``actor_ids`` lists every actor the mention stands for. Where the words of each actor are
    apart, each is its own mention: "Franco-German talks" is "Franco" (FRA, via "combining_form")
    and "German" (DEU). Where one phrase stands for several, it is ONE mention with several ids:
    "French and German delegations" is the agent mention "delegations" with ``actor_ids`` ("FRA",
    "DEU") (the demonyms stay mentions of their own), "Russian and Georgian troops" the mention
    "Georgian troops" with ("GEO/military", "RUS/military"), and "the two countries" / "both
    sides" / "the two leaders" one mention (kind "collective") with the pair in context: the two
    most recent distinct states (people) named before it in its paragraph, else in the document,
    leaving out places ("a meeting in Madrid") and dependent territories. ``actor_id`` is the first
    of them (kept for readers that take one); a reader that wants every participant reads
    ``actor_ids``. For a single resolved actor ``actor_ids == (actor_id,)``; unresolved: ``()``.

    ``agent`` is the CAMEO sector code of a generic agent ("MIL" troops, "COP" police, "OPP"
    exiles and demonstrators, "REB" rebels, "GOV" officials) or of a state's agent
    ("SUN/military" -> "MIL"); for an agent, ``actor_id`` is its country (None when no country is
    named or in context: "demonstrators" alone). ``cameo`` is the CAMEO actor code where known
    ("IRQOPP", "USRMIL", "GBRGOV" for a prime minister in office, "IGOUNO"); several codes are
    joined by ";" in the order of ``actor_ids``.
    """

    start: int
    end: int
    text: str
    actor_id: str | None
    kind: str
    name: str
    resolved: bool
    role: str | None = None
    via: str = "unresolved"
    country: str | None = None
    label: str = ""
    actor_ids: tuple[str, ...] = ()
    agent: str | None = None
    cameo: str | None = None
