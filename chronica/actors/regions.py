"""A gazetteer of first-level regions: the provinces, states and regions of a state, by name.

The knowledge base knows states, their seats of government and their organs, but not their
provinces: "troops pulled out of Kagera" names a region of Tanzania that no actor answers to.
ISO 3166-2, as pycountry ships it (a dependency already: the states' names come from it), lists
every state's subdivisions; the first-level ones (those with no parent) are the regions a story
of two states names ("El Oro", "Khuzestan", "Kalimantan").

A name is kept only when it is one state's: a name two states' regions share ("Punjab") or that
the knowledge base resolves to an actor of its own ("Georgia", a US state and a country) names
no region here. The state is today's: the gazetteer knows no former borders, so its callers
check the state against the states the document itself is about.

Public API: :func:`region_state`.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from chronica.actors.kb import fold


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Folded name -> ISO alpha-3 code of the state, for every first-level subdivision whose
    name is one state's only."""
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        for name in {sub.name, *(n.strip() for n in sub.name.split("/"))}:
            key = fold(name)
            if key:
                seen.setdefault(key, set()).add(country.alpha_3)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def region_state(name: str, kb=None) -> str | None:  # noqa: ANN001 - a KnowledgeBase
    """The state ``name`` is a first-level region of ("El Oro" -> "ECU"), or None: for a name no
    region has, one two states' regions share, or one the knowledge base ``kb`` resolves to an
    actor of its own."""
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    key = fold(text)
    state = _regions().get(key) if key else None
    if state is None or (kb is not None and kb.lookup(text)):
        return None
    return state
