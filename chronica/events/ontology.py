"""The event ontology: PLOVER's event types, the chronicle's happenings and OTHER, the forms the
text uses to say them, and the trigger patterns of those forms.

The data lives in ``data/ontology.yaml`` (documented there); this module loads it once, checks it,
and derives every set the rest of Chronica needs from the properties written there:

- :class:`EventType`: a PLOVER type (or happening, or OTHER) with its score, modes and their
  scores, quad class, ``needs_recipient``, ``alone``, ``symmetric``, ``once``, ``state``, ``merge_family``,
  ``barometer``, ``trend`` and ``topic``;
- :class:`Form`: a trigger class of the extractor (INVADE, FIGHT, VISIT, ...) coded into a type,
  a PLOVER mode and context and a CAMEO code;
- :class:`Coding`: what an event record carries (type, mode, context, cameo, score);
- :class:`Pattern`: one trigger, compiled from a form's trigger group.

Public API: :func:`load_ontology`, :func:`coding_of`, :func:`is_symmetric`, and the derived sets
(:attr:`Ontology.state_types`, ``once_types``, ``symmetric_types``, ``barometer_types``,
``merge_families``, ``plover_types``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

ONTOLOGY_PATH = Path(__file__).with_name("data") / "ontology.yaml"
#: libyaml's safe loader when PyYAML was built with it (the same data, ~8× faster: this file is
#: read on every command that touches events), else the pure-Python one
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: the 16 PLOVER event types (PLOVER manual, draft 0.8): the ontology must code each of them
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: the family of a dated happening that fits no type
OTHER_TYPE = "OTHER"



class OntologyError(ValueError):
    """The ontology file is inconsistent (a form coded into an unknown type or mode, ...)."""


@dataclass(frozen=True)
class EventType:
    """What an event is: a PLOVER type, a chronicle happening or OTHER, with its properties."""

    code: str
    family: str  # plover | happening | other
    score: float  # PLOVER's cooperation (+) / conflict (-) score of the type, -10..+10
    description: str
    quad: int | None = None  # PLOVER's quad class (1 verbal coop., 2 material coop., 3, 4)
    modes: dict[str, float] = field(default_factory=dict)  # mode -> its own score
    needs_recipient: bool = False
    addressed: bool = False  # an act said to someone: a phrase pattern naming its object still needs them
    alone: bool = False  # whole with one doer and no recipient (a surrender, a deployment): see the ontology file
    symmetric: bool = False
    once: bool = False
    state: bool = False
    merge_family: str | None = None
    barometer: bool = True
    trend: str | None = None
    topic: str | None = None
    main_role: str = "source"  # whose event it is: "target" when the recipient is its subject
    form: str | None = None  # the form a dictionary verb coded into this type takes
    #: when no recipient is named, the country where it happens is the recipient (PLOVER codes a
    #: curfew or an arrest as done to the country's own people): the modes it holds for (a
    #: tuple), "doer" (only when the doer is a group, not a state: farmers marching, not a
    #: state's verbal protest) or "victim" (only for an unnamed victim: "militants ambushed a convoy")
    domestic_recipient: str | tuple[str, ...] | None = None
    #: with no recipient named at all, an act by one of a document's two main states is done to the
    #: other (``chronica.events._targets.pair_recipient``)
    pair_recipient: bool | tuple[str, ...] = False  # True, or the modes it holds for
    #: with no recipient named, an act by one of a document's two main states on a territory (its
    #: object, or where it moves into, onto or towards: a town, an island, the border) is done to the
    #: other (``chronica.events._targets.territory_recipient``): True, or the modes it holds for
    territory_recipient: bool | tuple[str, ...] = False
    #: the CAMEO code (03x, "express intent to ...") of this act told as intended: PLOVER codes
    #: CONSULT, SUPPORT, COOPERATE and AID in the future as AGREE; None: the type keeps its own
    intent: str | None = None
    #: (type, CAMEO code) of this act told as intended by its own doer when PLOVER keeps it out of
    #: AGREE: a retreat agreed, offered or announced is CONCEDE (manual, CONCEDE); None: no such rule
    intended: tuple[str, str] | None = None
    #: a happening's modes PLOVER codes as an act of its own (mode -> PLOVER type): a resignation
    #: leaves office and is PLOVER's RETREAT resign, power seized in a coup is COERCE (with no mode:
    #: COERCE has none of a coup); the export gives that coding
    plover_modes: dict[str, str] = field(default_factory=dict)

    def score_of(self, mode: str | None) -> float:
        return self.modes.get(mode, self.score) if mode else self.score


@dataclass(frozen=True)
class Form:
    """How the text says an event: the extractor's trigger class, coded into a type."""

    code: str
    type: str
    label: str
    description: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    of_role: str = "target"  # the role of the object of "of" after a nominal trigger
    symmetric: bool | None = None  # None: the type's
    state: bool | None = None  # None: the type's
    doerless: bool = False  # may be told as a happening with no doer named ("a coup in Athens")
    doerless_dated: bool = False  # its noun may be told with no party named when dated ("talks opened on 25 May")


@dataclass(frozen=True)
class Coding:
    """The coding an event record carries: PLOVER type, mode, context, CAMEO code and score."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    score: float


@dataclass(frozen=True)
class Pattern:
    """One trigger: a sequence of word sets (lemmas). The first word is matched on a token; the
    others on tokens joined to it in the parse (see ``extract._match``)."""

    words: tuple[frozenset[str], ...]
    form: str
    summary: str
    coding: Coding
    subtype: str | None = None
    paren_target: bool = False
    pos: str | None = None  # "v" / "n": the first word must be a verb / a noun
    source: str = "ontology"  # where the trigger comes from: "ontology" or "petrarch2"
    #: the step of a many-step act the group tells, when the group names one (``act`` in the
    #: ontology file: "initial", "ratify" of an accord); the extractor does not read it, the
    #: questions do (:func:`chronica.ask.reading.other_step`)
    act: str | None = None

    @property
    def type(self) -> str:
        """The event type this trigger codes (the form's or the group's own)."""
        return self.coding.type


@dataclass
class Ontology:
    types: dict[str, EventType]
    forms: dict[str, Form]
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

    # -- sets derived from the properties of the types (never declared again elsewhere) -------
    def _types_where(self, prop: str) -> frozenset[str]:
        return frozenset(code for code, t in self.types.items() if getattr(t, prop))

    @cached_property  # asked once per event by the export: computed once (the types never change)
    def plover_types(self) -> frozenset[str]:
        return frozenset(c for c, t in self.types.items() if t.family == "plover")

    @property
    def intent_types(self) -> frozenset[str]:
        """Types whose act, told as intended, PLOVER codes AGREE (the ``intent`` property)."""
        return self._types_where("intent")

    @property
    def state_types(self) -> frozenset[str]:
        return self._types_where("state")

    @property
    def once_types(self) -> frozenset[str]:
        return self._types_where("once")

    @property
    def symmetric_types(self) -> frozenset[str]:
        return self._types_where("symmetric")

    @property
    def barometer_types(self) -> frozenset[str]:
        return self._types_where("barometer")

    @property
    def merge_families(self) -> tuple[frozenset[str], ...]:
        """Groups of types that may name one happening (families of more than one type)."""
        groups: dict[str, set[str]] = {}
        for code, t in self.types.items():
            if t.merge_family:
                groups.setdefault(t.merge_family, set()).add(code)
        return tuple(frozenset(g) for g in groups.values() if len(g) > 1)

    def types_with_trend(self, trend: str) -> frozenset[str]:
        return frozenset(c for c, t in self.types.items() if t.trend == trend)

    # -- forms --------------------------------------------------------------------------------
    @property
    def state_forms(self) -> frozenset[str]:
        """Forms stating a change of one actor's own condition (their type's ``state``, or the
        form's own: a surrender is RETREAT, but told of its one actor)."""
        return frozenset(c for c, f in self.forms.items()
                         if (f.state if f.state is not None else self.types[f.type].state))

    @property
    def doerless_forms(self) -> frozenset[str]:
        """Forms a text may tell as a happening with no doer named ("fighting in Tbilisi")."""
        return frozenset(code for code, f in self.forms.items() if f.doerless)

    @property
    def dated_doerless_forms(self) -> frozenset[str]:
        """Forms whose noun a text may tell with no party named when its clause dates or places
        it ("the treaty was signed on 13 June 1975", "negotiations opened in Geneva")."""
        return frozenset(code for code, f in self.forms.items() if f.doerless_dated)

    @property
    def symmetric_forms(self) -> frozenset[str]:
        return frozenset(c for c, f in self.forms.items() if self.form_symmetric(c))

    def form_symmetric(self, form: str) -> bool:
        f = self.forms[form]
        return f.symmetric if f.symmetric is not None else self.types[f.type].symmetric

    def form_intensity(self, form: str) -> float:
        f = self.forms[form]
        return self.types[f.type].score_of(f.mode)

    def form_coding(self, form: str) -> Coding:
        f = self.forms[form]
        return Coding(f.type, f.mode, f.context, f.cameo, self.types[f.type].score_of(f.mode))

    def intensity(self, code: str) -> float:
        """The score of a type (or of a form, by its coding)."""
        if code in self.types:
            return self.types[code].score
        return self.form_intensity(code)


def coding_of(form: str, pattern: Pattern | None = None, ontology: Ontology | None = None) -> Coding:
    """The coding of an event told in ``form``: the matched trigger group's own coding when the
    extractor kept the pattern's form, else the form's."""
    if pattern is not None and pattern.form == form:
        return pattern.coding
    return (ontology or load_ontology()).form_coding(form)


def is_symmetric(event_type: str, form: str | None = None) -> bool:
    """True when the actor and recipient of an event are interchangeable: the form's property
    when the form is known ("A and B fought": a FIGHT, coded ASSAULT), else the type's."""
    onto = load_ontology()
    if form and form in onto.forms:
        return onto.form_symmetric(form)
    t = onto.types.get(event_type)
    return bool(t and t.symmetric)


def _word_set(word: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("{") and word.endswith("}"):
        return classes[word[1:-1]]
    return frozenset({word.lower()})


def _event_type(entry: dict) -> EventType:
    return EventType(
        code=entry["code"], family=entry["family"], score=float(entry["score"]),
        description=entry["description"], quad=entry.get("quad"),
        modes={m: float(s) for m, s in (entry.get("modes") or {}).items()},
        needs_recipient=bool(entry.get("needs_recipient", False)),
        addressed=bool(entry.get("addressed", False)), alone=bool(entry.get("alone", False)),
        symmetric=bool(entry.get("symmetric", False)), once=bool(entry.get("once", False)),
        state=bool(entry.get("state", False)), merge_family=entry.get("merge_family"),
        barometer=bool(entry.get("barometer", True)), trend=entry.get("trend"),
        topic=entry.get("topic"), main_role=entry.get("main_role", "source"), form=entry.get("form"),
        domestic_recipient=(tuple(entry["domestic_recipient"]) if isinstance(entry.get("domestic_recipient"), list)
                            else entry.get("domestic_recipient")),
        pair_recipient=(tuple(entry["pair_recipient"]) if isinstance(entry.get("pair_recipient"), list)
                        else bool(entry.get("pair_recipient", False))),
        territory_recipient=(tuple(entry["territory_recipient"]) if isinstance(entry.get("territory_recipient"), list)
                             else bool(entry.get("territory_recipient", False))),
        intent=(str(entry["intent"]) if entry.get("intent") else None),
        intended=((str(entry["intended"]["type"]), str(entry["intended"]["cameo"])) if entry.get("intended") else None),
        plover_modes=dict(entry.get("plover_modes") or {}),
    )


def _check_coding(where: str, types: dict[str, EventType], etype: str, mode: str | None) -> None:
    if etype not in types:
        raise OntologyError(f"{where}: unknown type {etype!r}")
    if mode is not None and mode not in types[etype].modes:
        raise OntologyError(f"{where}: {etype} has no mode {mode!r}")


@lru_cache(maxsize=2)
def load_ontology(path: str | None = None) -> Ontology:
    """The ontology from ``path`` (default: the packaged ``data/ontology.yaml``), cached.

    :param path: another ontology file of the same format (tests)
    :raises OntologyError: a form or trigger group coded into an unknown type or mode
    """
    data = yaml.load(Path(path or ONTOLOGY_PATH).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    classes = {
        name: frozenset(w.lower() for w in words) for name, words in data.get("classes", {}).items()
    }
    types = {entry["code"]: _event_type(entry) for entry in data["types"]}
    for t in types.values():
        # a happening's mode PLOVER codes as an act of a PLOVER type: that type's own mode (a resignation, RETREAT
        # resign), or an act no PLOVER type has a mode for (a coup, COERCE: the export gives the type, no mode)
        plover_modes = {m for u in types.values() if u.family == "plover" for m in u.modes}
        for mode, ptype in t.plover_modes.items():
            _check_coding(f"type {t.code} plover_modes", types, ptype, mode if mode in plover_modes else None)
            if mode not in t.modes or types[ptype].family != "plover":
                raise OntologyError(f"type {t.code}: plover_modes {mode!r} is no mode of it or {ptype} no PLOVER type")
    missing = set(PLOVER_TYPES) - set(types)
    if missing:
        raise OntologyError(f"PLOVER types not coded: {', '.join(sorted(missing))}")
    forms: dict[str, Form] = {}
    patterns: list[Pattern] = []
    for entry in data["forms"]:
        code = entry["code"]
        _check_coding(f"form {code}", types, entry["type"], entry.get("mode"))
        form = Form(
            code=code, type=entry["type"], label=entry["label"], description=entry["description"],
            mode=entry.get("mode"), context=tuple(entry.get("context") or ()), cameo=entry.get("cameo"),
            of_role=entry.get("of", "target"), symmetric=entry.get("symmetric"), state=entry.get("state"),
            doerless=bool(entry.get("doerless", False)), doerless_dated=bool(entry.get("doerless_dated", False)),
        )
        forms[code] = form
        for group in entry["triggers"]:
            etype = group.get("type", form.type)
            mode = group.get("mode", form.mode if etype == form.type else None)
            _check_coding(f"form {code} group {group['words'][:2]}", types, etype, mode)
            coding = Coding(
                type=etype, mode=mode,
                context=tuple(group.get("context", form.context)),
                cameo=group.get("cameo", form.cameo),
                score=types[etype].score_of(mode),
            )
            for raw in group["words"]:
                text, _, pos = raw.partition("/")
                words = tuple(_word_set(w, classes) for w in text.split())
                patterns.append(
                    Pattern(
                        words=words,
                        form=code,
                        summary=group.get("summary", form.label),
                        coding=coding,
                        subtype=group.get("subtype"),
                        paren_target=bool(group.get("paren_target", False)),
                        pos=pos or None,
                        act=group.get("act"),
                    )
                )
    for t in types.values():
        if t.intended is not None and t.intended[0] not in types:
            raise OntologyError(f"type {t.code}: intended type {t.intended[0]!r} is unknown")
        if t.form is not None and (t.form not in forms or forms[t.form].type != t.code):
            raise OntologyError(f"type {t.code}: form {t.form!r} is not one of its forms")
    return Ontology(
        types=types,
        forms=forms,
        patterns=patterns,
        classes=classes,
        light_verbs=frozenset(data.get("light_verbs", [])),
    )


THREAT_CONTENTS_PATH = Path(__file__).with_name("data") / "threat_contents.tsv"


@lru_cache(maxsize=1)
def _threat_rows() -> tuple[tuple[str, str, str, str], ...]:
    import csv

    lines = [ln for ln in THREAT_CONTENTS_PATH.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return tuple((r["type"], "" if r["cameo"] == "-" else r["cameo"], r["mode"], r["threat_cameo"])
                 for r in csv.DictReader(lines, delimiter="\t"))


def threat_of(etype: str, cameo: str | None) -> tuple[str, str] | None:
    """(THREATEN mode, CAMEO code) of a threat to do an act of ``etype`` coded ``cameo``
    (``data/threat_contents.tsv``: PLOVER's THREATEN mode is the content of the threat), the row
    of the longest CAMEO start that fits; None when the act is no threat's content there."""
    rows = [r for r in _threat_rows() if r[0] == etype and (cameo or "").startswith(r[1])]
    if not rows:
        return None
    _, _, mode, code = max(rows, key=lambda r: len(r[1]))
    return mode, code
