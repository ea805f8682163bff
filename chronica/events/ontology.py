"""The event ontology: types, their intensity on the fixed -10..+10 scale, and trigger patterns.

The data lives in ``data/ontology.yaml`` (documented there); this module loads it once and
compiles the trigger words into :class:`Pattern` objects the extractor matches over a parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ONTOLOGY_PATH = Path(__file__).with_name("data") / "ontology.yaml"

#: types that state a change of an actor's own condition, not an interaction between two actors:
#: without an agent, their one participant is the source ("Rhee was elected" -> Rhee takes office).
STATE_TYPES = frozenset(
    {"TAKE_OFFICE", "LEAVE_OFFICE", "DIE", "FOUND_STATE", "COLLAPSE", "SURRENDER", "POLICY"}
)


@dataclass(frozen=True)
class EventType:
    code: str
    label: str
    intensity: float
    description: str
    parent: str | None = None
    of_role: str = "target"  # the role of the object of "of" after a nominal trigger


@dataclass(frozen=True)
class Pattern:
    """One trigger: a sequence of word sets (lemmas). The first word is matched on a token; the
    others on tokens joined to it in the parse (see ``extract._match``)."""

    words: tuple[frozenset[str], ...]
    type: str
    summary: str
    subtype: str | None = None
    intensity: float | None = None
    paren_target: bool = False
    pos: str | None = None  # "v" / "n": the first word must be a verb / a noun


@dataclass
class Ontology:
    types: dict[str, EventType]
    patterns: list[Pattern]
    classes: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    by_first: dict[str, list[Pattern]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pattern in self.patterns:
            for word in pattern.words[0]:
                self.by_first.setdefault(word, []).append(pattern)
        for candidates in self.by_first.values():  # longest first, then file order
            candidates.sort(key=lambda p: -len(p.words))

    def intensity(self, code: str) -> float:
        return self.types[code].intensity


def _word_set(word: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("{") and word.endswith("}"):
        return classes[word[1:-1]]
    return frozenset({word.lower()})


@lru_cache(maxsize=2)
def load_ontology(path: str | None = None) -> Ontology:
    """The ontology from ``path`` (default: the packaged ``data/ontology.yaml``), cached."""
    data = yaml.safe_load(Path(path or ONTOLOGY_PATH).read_text(encoding="utf-8"))
    classes = {
        name: frozenset(w.lower() for w in words) for name, words in data.get("classes", {}).items()
    }
    types: dict[str, EventType] = {}
    patterns: list[Pattern] = []
    for entry in data["types"]:
        code = entry["code"]
        types[code] = EventType(
            code=code,
            label=entry["label"],
            intensity=float(entry["intensity"]),
            description=entry["description"],
            parent=entry.get("parent"),
            of_role=entry.get("of", "target"),
        )
        for group in entry["triggers"]:
            for raw in group["words"]:
                text, _, pos = raw.partition("/")
                words = tuple(_word_set(w, classes) for w in text.split())
                patterns.append(
                    Pattern(
                        words=words,
                        type=code,
                        summary=group.get("summary", entry["label"]),
                        subtype=group.get("subtype"),
                        intensity=group.get("intensity"),
                        paren_target=bool(group.get("paren_target", False)),
                        pos=pos or None,
                    )
                )
    return Ontology(
        types=types,
        patterns=patterns,
        classes=classes,
        light_verbs=frozenset(data.get("light_verbs", [])),
    )
