"""The claims' rules as data (``data/claims.yaml``) and the named checks that compare claims.

Public API::

    rules = load_rules()
    figure_interval("about", 600)            # (510.0, 690.0)
    magnitude_interval("hundreds of thousands")
    conflict(a, b)                           # None, or the reason two claims cannot both be true

:data:`CHECKS` maps each claim kind to the function that compares two claims of that kind about
the same topic; each returns the reason they conflict, or None.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from chronica.claims import doers
from chronica.claims.model import SentenceClaim

RULES_PATH = Path(__file__).with_name("data") / "claims.yaml"

#: libyaml's safe loader when PyYAML was built with it (the same data, ~8× faster: this file is
#: read by every command that finds disagreements), else the pure-Python one
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Qualifier:
    name: str
    words: tuple[str, ...]
    low: float
    high: float | None
    open_low: bool = False
    open_high: bool = False


@dataclass(frozen=True)
class Rules:
    round_tolerance: float
    qualifiers: tuple[Qualifier, ...]
    magnitudes: dict[str, tuple[float, float]]
    scales: dict[str, float]
    measures: dict[str, dict[str, frozenset[str]]]
    change_prepositions: dict[str, str]
    scopes: dict[str, tuple[float, float]]
    once_predicates: dict[str, frozenset[str]]
    wholes: frozenset[str]
    first_words: frozenset[str]
    hostilities: frozenset[str]
    person_attributes: dict[str, frozenset[str]]
    relations: dict[str, frozenset[str]]
    exclusive: tuple[frozenset[str], ...]
    order_words: dict[str, str]
    acts: dict[str, frozenset[str]]
    duration_verbs: frozenset[str]
    length_units: dict[str, float]
    measure_units: dict[str, dict[str, float]]  # measure -> unit words -> factor to its first unit
    measure_setting_prepositions: frozenset[str]
    agentive: frozenset[str]
    duration_units: dict[str, float]
    duration_vague: tuple[float, float]
    phase_verbs: dict[str, frozenset[str]]
    repetition_words: tuple[str, ...] = ()
    vague_counts: dict[str, tuple[float, float]] = field(default_factory=dict)  # "several" (hundred): 2-9
    unspecific_counted: frozenset[str] = frozenset()  # "people": a counted noun that tells no thing
    once_happenings: dict[str, frozenset[str]] = field(default_factory=dict)
    unaccusative: frozenset[str] = frozenset()
    name_lookback: int = 6
    valuing_verbs: frozenset[str] = frozenset()
    lasting_nouns: frozenset[str] = frozenset()
    ending_prepositions: frozenset[str] = frozenset()  # "ended after a week": how long it lasted
    first_acts: frozenset[str] = frozenset()
    person_happenings: frozenset[str] = frozenset()
    happening_topics: dict[str, str] = field(default_factory=dict)
    repetition_window: int = 40
    doer_as_state: frozenset[str] = frozenset()  # doers: actor kinds compared as their state
    doer_places: frozenset[str] = frozenset()  # doers: actor kinds that are no doer
    complete_lists: frozenset[str] = frozenset()  # doers: words after which a list names every party
    first_verbs: frozenset[str] = frozenset()  # doers: "X fired first" says X started it
    opening_marks: frozenset[str] = frozenset()  # doers: "the war broke out when X attacked"
    unprovoked: frozenset[str] = frozenset()  # doers: "X invaded without provocation"
    opening_types: frozenset[str] = frozenset()  # doers: event types of an opening act
    responses: frozenset[str] = frozenset()  # doers: "Y hit X in reply": X's act came first
    once_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "under the mediation of X"
    once_same_things: dict[str, frozenset[str]] = field(default_factory=dict)  # a class's one yield, worded apart
    occurring_verbs: frozenset[str] = frozenset()  # "took place": the subject is what happened
    light_verbs: frozenset[str] = frozenset()  # "took power": the object says what happened
    trigger_phases: dict[str, frozenset[str]] = field(default_factory=dict)  # "arrived" / "left"
    occasion_markers: dict[str, frozenset[str]] = field(default_factory=dict)  # "first" / "second" raid
    relations_min_overlap: float = 0.5  # relation claims' periods: overlap / union at least this
    relation_states: dict[str, frozenset[str]] = field(default_factory=dict)  # adjective -> state
    once_objects: dict[str, tuple[str, ...]] = field(default_factory=dict)  # class -> its only objects
    happening_patients: dict[str, tuple[str, ...]] = field(default_factory=dict)  # class -> its only patients
    bilateral_once: frozenset[str] = frozenset()  # once-only acts one of two parties does with the other
    length_verbs: frozenset[str] = frozenset()  # "X runs for 200 km": the subject's length
    length_kin: dict[str, str] = field(default_factory=dict)  # "frontier" -> "border": one thing's nouns
    distance_prepositions: frozenset[str] = frozenset()  # "lies 12 km off the coast": a distance
    votes: dict[str, frozenset[str]] = field(default_factory=dict)  # "by 12 votes to 4": the tally's words
    bilateral_max_days: float = 366.0
    relationship_nouns: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    relation_state_values: frozenset[str] = frozenset()  # states compared by the shorter period
    relation_state_min_share: float = 0.25  # ... when it is at least this share of the longer
    relation_whole_period_words: tuple[str, ...] = ()  # "throughout 2013": the state holds all of it
    relation_persisting_verbs: frozenset[str] = frozenset()  # "remained icy": the state holds all of its period
    relation_predicate_states: frozenset[str] = frozenset()  # "were good": read as a complement, not "good relations"
    relation_negating_adverbs: frozenset[str] = frozenset()  # "were rarely smooth": no state said
    relation_period_prepositions: frozenset[str] = frozenset()  # "for six years": the period a state held
    relation_open_period_words: frozenset[str] = frozenset()  # "after 2010": a period running to publication
    relation_office_prepositions: frozenset[str] = frozenset()  # "under President X": X's term
    relation_office_nouns: frozenset[str] = frozenset()  # "X's presidency", "in X's years"
    relation_office_taking: frozenset[str] = frozenset()  # "since X took office": from the term's start
    relation_office_openers: frozenset[str] = frozenset()
    relation_anchor_words: frozenset[str] = frozenset()  # "cooled after the coup": the happening a turn followed
    relation_trend_against_state: tuple[frozenset[str], ...] = ()  # (trend, state) a held state excludes
    relation_trend_states: dict[str, str] = field(default_factory=dict)  # "stayed in deep freeze": apart -> hostile
    relation_superlative_prepositions: frozenset[str] = frozenset()  # "at their lowest ebb"
    relation_superlative_bases: frozenset[str] = frozenset()  # "lowest since 1931": no date of the state
    relation_state_prepositions: frozenset[str] = frozenset()  # "stayed in deep freeze", "treated each other as rivals"
    order_sequel_words: frozenset[str] = frozenset()  # "A, and only afterwards B": B after A
    order_first_words: frozenset[str] = frozenset()  # "A first, and B": B after A
    order_already_words: frozenset[str] = frozenset()  # "A had already ... when B": A before B
    order_already_marks: frozenset[str] = frozenset()  # ... the words of the "when" clause
    order_already_times: frozenset[str] = frozenset()  # ... and "by the time B"
    order_back_adverbs: dict[str, str] = field(default_factory=dict)  # "Four days later, X ...": X after the sentence before
    order_back_measured: frozenset[str] = frozenset()  # ... only with a measure or modifier on them
    order_back_only: frozenset[str] = frozenset()  # ... only with "only" ("only then")
    order_back_units: dict[str, str] = field(default_factory=dict)  # "The following month X ..."
    order_back_unit_nouns: frozenset[str] = frozenset()
    order_back_demonstratives: frozenset[str] = frozenset()  # "Only after that refusal did X ..."
    order_back_period_demonstratives: frozenset[str] = frozenset()  # "Later that month X ..."
    order_back_verbs: dict[str, str] = field(default_factory=dict)  # "Y followed a week later"
    happening_max_gap_days: dict[str, float] = field(default_factory=dict)  # classes that may recur
    unnamed_happenings: frozenset[str] = frozenset()  # classes whose patient is known by its noun
    happening_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> nouns dated by "of"
    making_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> verbs that make its nouns' happening
    place_named_happenings: frozenset[str] = frozenset()  # classes an unnamed patient names by its place
    point_qualifiers: frozenset[str] = frozenset()  # qualifiers of one estimate ("about 5,000")
    point_tolerance: float = 0.05  # two estimates this far apart (relative) are two figures
    bound_ratio: float = 1.4  # a bound and another figure of one thing this many times apart are two counts
    office_exclusive: tuple[frozenset[str], ...] = ()  # offices: title roles one person holds not both at once
    office_portfolios: dict[str, str] = field(default_factory=dict)  # offices: a minister's title -> its portfolio
    office_no_rank: frozenset[str] = frozenset()  # offices: military titles that name no rank
    office_not_then: frozenset[str] = frozenset()  # offices: "former", "future": not the title then
    office_then_words: tuple[str, ...] = ()  # offices: "then", "at the time" between title and name
    person_roles: frozenset[str] = frozenset()  # doers: once classes whose doer's persons are compared
    person_role_max_days: float = 31.0  # ... when the two claims are dated this close
    person_role_max_span_days: float = 366.0  # ... each to a year at most
    dated_roles: frozenset[str] = frozenset()  # doers: once classes compared only when dated alike
    apart_roles: frozenset[str] = frozenset()  # doers: once classes whose claims dated apart are two acts
    signing_verbs: frozenset[str] = frozenset()  # doers: "X signed", "was signed by X"
    signed_things: frozenset[str] = frozenset()  # doers: what is signed besides the signed happenings' nouns
    signing_idioms: dict[str, frozenset[str]] = field(default_factory=dict)  # doers: "put his name to X"
    signed_for_phrases: dict[str, frozenset[str]] = field(default_factory=dict)  # doers: "on X's behalf"
    container_nouns: frozenset[str] = frozenset()  # "a set of commitments": what follows "of"
    leading_verbs: frozenset[str] = frozenset()  # doers: "X led the delegation", "was headed by X"
    led_things: frozenset[str] = frozenset()  # doers: what a side's leader leads (delegation, force)
    leading_prepositions: frozenset[str] = frozenset()  # doers: "the force under X"
    once_given_with: frozenset[str] = frozenset()  # once classes whose thing may follow "with"
    once_part_nouns: frozenset[str] = frozenset()  # "closed its side of the border": the border
    once_content_nouns: frozenset[str] = frozenset()  # "proposed the idea of a pipeline": the pipeline
    led_as_state: frozenset[str] = frozenset()  # doers: the led noun's own kinds that name its side
    currency_symbols: dict[str, str] = field(default_factory=dict)  # amounts: "US$" -> "USD"
    currency_words: dict[str, str] = field(default_factory=dict)  # amounts: "guilder" -> "NLG"
    percent_words: tuple[str, ...] = ()  # amounts: "%", "per cent": a share
    share_wholes: dict[str, str] = field(default_factory=dict)  # amounts: "voter" -> "vote", a share's whole
    rate_words: tuple[str, ...] = ()  # amounts: "a", "per": "$36 a barrel" is a rate
    fraction_words: dict[str, float] = field(default_factory=dict)  # amounts: "third" -> 1/3, a share of a whole

    def qualifier(self, words: str) -> Qualifier | None:
        """The qualifier written as ``words`` ("more than"), lower-cased, or None."""
        words = " ".join(words.lower().split())
        return next((q for q in self.qualifiers if words in q.words), None)

    def once_class(self, lemma: str) -> str | None:
        return next((name for name, words in self.once_predicates.items() if lemma in words), None)

    def trigger_phase(self, trigger: str) -> str | None:
        """"start" / "end" when a trigger as written says a lasting happening began or ended
        ("arrived", "left"), else None."""
        words = set(trigger.lower().split())
        return next((name for name, forms in self.trigger_phases.items() if words & forms), None)

    def once_noun_class(self, lemma: str) -> str | None:
        return next((name for name, words in self.once_nouns.items() if lemma in words), None)

    def phase_of(self, lemma: str, particles: list[str]) -> str | None:
        """"start" / "end" for a phase verb ("began", "broke out"), else None."""
        forms = {lemma, *(f"{lemma}-{p}" for p in particles)}
        return next((name for name, words in self.phase_verbs.items() if forms & words), None)

    def happening_class(self, lemma: str) -> str | None:
        """The class of a once-only happening ("sink" for "scuttle"), or None."""
        return next((name for name, words in self.once_happenings.items() if lemma in words), None)

    def happening_noun_class(self, lemma: str) -> str | None:
        """The class of a once-only happening a noun names ("agreement": signed), or None."""
        return next((name for name, words in self.happening_nouns.items() if lemma in words), None)

    def relation_value(self, lemma: str) -> str | None:
        return next((name for name, words in self.relations.items() if lemma in words), None)

    def relation_state(self, word: str) -> str | None:
        """The state an adjective said of a relationship names ("icy": hostile), or None."""
        return next((name for name, words in self.relation_states.items() if word in words), None)


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> Rules:
    """The rules from ``path`` (default: the packaged ``data/claims.yaml``), cached."""
    data = yaml.load(Path(path or RULES_PATH).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    lower = lambda words: frozenset(str(w).lower() for w in words)  # noqa: E731
    doers = data.get("doers") or {}
    return Rules(
        round_tolerance=float(data["round_tolerance"]),
        qualifiers=tuple(
            Qualifier(name=q["name"], words=tuple(w.lower() for w in q["words"]), low=float(q["low"]),
                      high=None if q["high"] is None else float(q["high"]),
                      open_low=bool(q.get("open_low")), open_high=bool(q.get("open_high")))
            for q in data["qualifiers"]),
        magnitudes={k: (float(v[0]), float(v[1])) for k, v in data["magnitudes"].items()},
        scales={k: float(v) for k, v in data["scales"].items()},
        measures={name: {"nouns": lower(m.get("nouns", [])), "predicates": lower(m.get("predicates", [])),
                         "members": lower(m.get("members", []))}
                  for name, m in data["measures"].items()},
        change_prepositions=dict(data["change_prepositions"]),
        scopes={k: (float(v[0]), float(v[1])) for k, v in data["scopes"].items()},
        once_predicates={k: lower(v) for k, v in data["once_predicates"].items()},
        wholes=lower(data["wholes"]),
        first_words=lower(data["first_words"]),
        hostilities=lower(data["hostilities"]),
        person_attributes={k: lower(v) for k, v in data["person_attributes"].items()},
        relations={k: lower(v) for k, v in data["relations"].items()},
        exclusive=tuple(frozenset(g) for g in data["exclusive"]),
        order_words=dict(data["order_words"]),
        order_sequel_words=lower(data.get("order_sequel_words", [])),
        order_first_words=lower(data.get("order_first_words", [])),
        order_already_words=lower(data.get("order_already_words", [])),
        order_already_marks=lower(data.get("order_already_marks", [])),
        order_already_times=lower(data.get("order_already_times", [])),
        order_back_adverbs={str(k).lower(): str(v) for k, v in (data.get("order_back_adverbs") or {}).items()},
        order_back_measured=lower(data.get("order_back_measured", [])),
        order_back_only=lower(data.get("order_back_only", [])),
        order_back_units={str(k).lower(): str(v) for k, v in (data.get("order_back_units") or {}).items()},
        order_back_unit_nouns=lower(data.get("order_back_unit_nouns", [])),
        order_back_demonstratives=lower(data.get("order_back_demonstratives", [])),
        order_back_period_demonstratives=lower(data.get("order_back_period_demonstratives", [])),
        order_back_verbs={str(k).lower(): str(v) for k, v in (data.get("order_back_verbs") or {}).items()},
        acts={k: lower(v) for k, v in data["acts"].items()},
        duration_verbs=lower(data["duration_verbs"]),
        ending_prepositions=lower(data.get("ending_prepositions", [])),
        length_units={str(k).lower(): float(v) for k, v in data["length_units"].items()},
        measure_units={m: {str(k).lower(): float(v) for k, v in units.items()}
                       for m, units in data.get("measure_units", {}).items()},
        measure_setting_prepositions=lower(data.get("measure_setting_prepositions", [])),
        agentive=lower(data["agentive"]),
        duration_units={str(k): float(v) for k, v in data["duration_units"].items()},
        duration_vague=(float(data["duration_vague"][0]), float(data["duration_vague"][1])),
        vague_counts={str(k).lower(): (float(v[0]), float(v[1])) for k, v in data.get("vague_counts", {}).items()},
        unspecific_counted=frozenset(str(w).lower() for w in data.get("unspecific_counted", ())),
        phase_verbs={k: lower(v) for k, v in data["phase_verbs"].items()},
        repetition_words=tuple(str(w).lower() for w in data.get("repetition_words", [])),
        repetition_window=int(data.get("repetition_window", 40)),
        once_happenings={k: lower(v) for k, v in data.get("once_happenings", {}).items()},
        unaccusative=lower(data.get("unaccusative", [])),
        name_lookback=int(data.get("name_lookback", 6)),
        valuing_verbs=lower(data.get("valuing_verbs", [])),
        length_verbs=lower(data.get("length_verbs", [])),
        length_kin={str(k).lower(): str(v).lower() for k, v in (data.get("length_kin") or {}).items()},
        distance_prepositions=lower(data.get("distance_prepositions", [])),
        votes={str(k): lower(v) for k, v in (data.get("votes") or {}).items()},
        lasting_nouns=lower(data.get("lasting_nouns", [])),
        first_acts=lower(data.get("first_acts", [])),
        person_happenings=lower(data.get("person_happenings", [])),
        happening_topics={str(k): str(v) for k, v in (data.get("happening_topics") or {}).items()},
        doer_as_state=lower(doers.get("as_state", [])),
        doer_places=lower(doers.get("places", [])),
        complete_lists=lower(doers.get("complete_lists", [])),
        first_verbs=lower(doers.get("first_verbs", [])),
        opening_marks=lower(doers.get("opening_marks", [])),
        unprovoked=lower(doers.get("unprovoked", [])),
        opening_types=frozenset(str(t) for t in doers.get("opening_types", [])),
        responses=lower(doers.get("responses", [])),
        once_nouns={k: lower(v) for k, v in (data.get("once_nouns") or {}).items()},
        once_same_things={k: lower(v) for k, v in (data.get("once_same_things") or {}).items()},
        occurring_verbs=lower(data.get("occurring_verbs", [])),
        light_verbs=lower(data.get("light_verbs", [])),
        trigger_phases={k: lower(v) for k, v in (data.get("trigger_phases") or {}).items()},
        occasion_markers={k: lower(v) for k, v in (data.get("occasion_markers") or {}).items()},
        relations_min_overlap=float(data.get("relations_min_overlap", 0.5)),
        relation_states={k: lower(v) for k, v in (data.get("relation_states") or {}).items()},
        once_objects={k: tuple(str(w).lower() for w in v) for k, v in (data.get("once_objects") or {}).items()},
        happening_patients={k: tuple(str(w).lower() for w in v)
                            for k, v in (data.get("happening_patients") or {}).items()},
        bilateral_once=lower(data.get("bilateral_once", [])),
        bilateral_max_days=float(data.get("bilateral_max_days", 366)),
        relationship_nouns=lower(data.get("relationship_nouns", [])),
        pair_nouns=lower(data.get("pair_nouns", [])),
        relation_state_values=lower(data.get("relation_state_values", [])),
        relation_state_min_share=float(data.get("relation_state_min_share", 0.25)),
        relation_whole_period_words=tuple(str(w).lower() for w in data.get("relation_whole_period_words", [])),
        relation_persisting_verbs=lower(data.get("relation_persisting_verbs", [])),
        relation_predicate_states=lower(data.get("relation_predicate_states", [])),
        relation_negating_adverbs=lower(data.get("relation_negating_adverbs", [])),
        relation_period_prepositions=lower(data.get("relation_period_prepositions", [])),
        relation_open_period_words=lower(data.get("relation_open_period_words", [])),
        relation_office_prepositions=lower(data.get("relation_office_prepositions", [])),
        relation_office_nouns=lower(data.get("relation_office_nouns", [])),
        relation_office_taking=lower(data.get("relation_office_taking", [])),
        relation_office_openers=lower(data.get("relation_office_openers", [])),
        relation_anchor_words=lower(data.get("relation_anchor_words", [])),
        relation_trend_against_state=tuple(frozenset(g) for g in data.get("relation_trend_against_state", [])),
        relation_state_prepositions=lower(data.get("relation_state_prepositions", [])),
        relation_superlative_prepositions=lower(data.get("relation_superlative_prepositions", [])),
        relation_superlative_bases=lower(data.get("relation_superlative_bases", [])),
        relation_trend_states={str(k).lower(): str(v).lower() for k, v in (data.get("relation_trend_states") or {}).items()},
        happening_max_gap_days={str(k): float(v) for k, v in (data.get("happening_max_gap_days") or {}).items()},
        unnamed_happenings=lower(data.get("unnamed_happenings", [])),
        happening_nouns={k: lower(v) for k, v in (data.get("happening_nouns") or {}).items()},
        making_verbs={k: lower(v) for k, v in (data.get("making_verbs") or {}).items()},
        place_named_happenings=lower(data.get("place_named_happenings", [])),
        point_qualifiers=lower(data.get("point_qualifiers", [])),
        point_tolerance=float(data.get("point_tolerance", 0.05)),
        bound_ratio=float(data.get("bound_ratio", 1.4)),
        office_exclusive=tuple(frozenset(g) for g in (data.get("offices") or {}).get("exclusive_roles", [])),
        office_no_rank=lower((data.get("offices") or {}).get("no_rank", [])),
        office_portfolios={str(t).lower(): str(p).lower() for p, titles in
                           ((data.get("offices") or {}).get("portfolios") or {}).items() for t in titles},
        office_not_then=lower((data.get("offices") or {}).get("not_then", [])),
        office_then_words=tuple(str(w).lower() for w in (data.get("offices") or {}).get("then_words", [])),
        person_roles=lower(doers.get("person_roles", [])),
        person_role_max_days=float(doers.get("person_role_max_days", 31)),
        person_role_max_span_days=float(doers.get("person_role_max_span_days", 366)),
        dated_roles=lower(doers.get("dated_roles", [])),
        apart_roles=lower(doers.get("apart_roles", [])),
        signing_verbs=lower(doers.get("signing_verbs", [])),
        signed_things=lower(doers.get("signed_things", [])),
        signing_idioms={k.lower(): lower(v) for k, v in doers.get("signing_idioms", {}).items()},
        signed_for_phrases={k.lower(): lower(v) for k, v in doers.get("signed_for_phrases", {}).items()},
        container_nouns=lower(doers.get("container_nouns", [])),
        leading_verbs=lower(doers.get("leading_verbs", [])),
        led_things=lower(doers.get("led_things", [])),
        leading_prepositions=lower(doers.get("leading_prepositions", [])),
        once_given_with=lower(data.get("once_given_with", [])),
        once_part_nouns=lower(data.get("once_part_nouns", [])),
        once_content_nouns=lower(data.get("once_content_nouns", [])),
        led_as_state=lower(doers.get("led_as_state", [])),
        currency_symbols={str(k): str(v) for k, v in ((data.get("amounts") or {}).get("currency_symbols") or {}).items()},
        currency_words={str(k).lower(): str(v) for k, v in ((data.get("amounts") or {}).get("currency_words") or {}).items()},
        percent_words=tuple(str(w).lower() for w in (data.get("amounts") or {}).get("percent_words", [])),
        rate_words=tuple(str(w).lower() for w in (data.get("amounts") or {}).get("rate_words", [])),
        fraction_words={str(k).lower(): float(v) for k, v in ((data.get("amounts") or {}).get("fraction_words") or {}).items()},
        share_wholes={str(k).lower(): str(v).lower() for k, v in ((data.get("amounts") or {}).get("share_wholes") or {}).items()},
    )


def states_repetition(sentence: str, start: int, end: int, rules: Rules | None = None) -> bool:
    """The sentence says the happening written at ``start:end`` (offsets in ``sentence``) is a
    repetition ("Libyan troops invaded Chad again in August 1983"): a repetition word within
    ``repetition_window`` characters of it."""
    rules = rules or load_rules()
    lo, hi = max(0, start - rules.repetition_window), min(len(sentence), end + rules.repetition_window)
    window = " " + " ".join(re.findall(r"[a-z]+", sentence[lo:hi].lower())) + " "
    return any(f" {w} " in window for w in rules.repetition_words)


#: a capitalised name and a number, not a day before its month ("On 6 May", "Since 12 June")
_NUMBERED = re.compile(r"\b([A-Z][\w-]+)\s+(?:No\.?\s*)?(\d{1,3}[A-Za-z]?)\b"
                       r"(?!\.?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
_MONTHS = frozenset("january february march april may june july august september october november "
                    "december jan feb mar apr jun jul aug sep sept oct nov dec".split())


def numbered_names(text: str) -> dict[str, set[str]]:
    """Designations written as a name and a number ("Sputnik 2", "Resolution 242", "Flight 103",
    "Apollo 11"), name -> numbers; a month and its day ("October 4") is no designation."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, number in _NUMBERED.findall(text):
        if name.lower() not in _MONTHS:
            out[name.lower()].add(number.lower())
    return out


def different_designations(a: str, b: str) -> bool:
    """The two sentences name different members of one numbered series ("Sputnik 1" /
    "Sputnik 2"): they are about different things, whatever else they share."""
    na, nb = numbered_names(a), numbered_names(b)
    return any(na[k] and nb[k] and not na[k] & nb[k] for k in set(na) & set(nb))


def different_occasions(a: str, b: str, rules: Rules | None = None) -> bool:
    """Two sentences tell different happenings of one kind: for some group of
    ``occasion_markers`` both write markers and none in common ("the first raid" / "the second
    raid"; "in the north" / "in the south")."""
    rules = rules or load_rules()
    wa, wb = set(re.findall(r"[a-z-]+", a.lower())), set(re.findall(r"[a-z-]+", b.lower()))
    for markers in rules.occasion_markers.values():
        ma, mb = wa & markers, wb & markers
        if ma and mb and not ma & mb:
            return True
    return False


def same_happening(a: str | None, b: str | None) -> bool | None:
    """Whether two happening keys ("sunk:belgrano general") name one happening: the same class
    and one set of name words within the other, where the smaller names with two words at least
    ("Anwar Sadat" within "President Anwar Sadat"; "Kennedy" alone may be either Kennedy, so it
    matches only "Kennedy"); a resolved person is named by the id ("died:id:phx:pol_pot"). None
    when either is unknown."""
    if not a or not b:
        return None
    ca, _, na = a.partition(":")
    cb, _, nb = b.partition(":")
    wa, wb = set(na.split()), set(nb.split())
    if ca != cb or not wa or not wb:
        return False
    if _names_within(wa, wb) and _names_within(wb, wa):
        return True
    return min(len(wa), len(wb)) >= 2 and (_names_within(wa, wb) or _names_within(wb, wa))


def person_name_words(key: str) -> set[str]:
    """The name words of a person's key: "name:isaias afwerki" and "phx:isaias_afewerki" both
    {isaias, afwerki/afewerki}; a key with no prefix (a state's code) has none."""
    prefix, sep, rest = key.partition(":")
    if not sep:
        return set()
    return set(rest.replace("_", " ").split())


def same_person_name(a: str, b: str) -> bool:
    """Two person keys name one person: equal, or names of at least two words each where one's
    words are all within the other's, spelt alike (:func:`same_name_word`): "name:josé quiñones"
    / "name:josé quiñones gonzales", "name:isaias afwerki" / "phx:isaias_afewerki". One shared
    word ("Kennedy") is not enough."""
    if a == b:
        return True
    wa, wb = person_name_words(a), person_name_words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    return _names_within(wa, wb) or _names_within(wb, wa)


#: name words at least this long may differ by one letter and still be one name, as sources
#: transliterate it ("Khorramshahr" / "Khoramshahr", "Afwerki" / "Afewerki")
SPELLING_MIN_LENGTH = 6


def fold_name(word: str) -> str:
    """A name word without its accents, as :func:`same_name_word` compares them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def same_name_word(a: str, b: str) -> bool:
    """One name word spelt two ways: equal without accents ("Badmé" / "Badme"), or, both at least
    :data:`SPELLING_MIN_LENGTH` letters long and with the same first letter, one letter
    inserted, dropped or changed ("Khorramshahr" / "Khoramshahr"). Words that are digits must be
    equal ("Flight 103" / "Flight 104")."""
    a, b = fold_name(a), fold_name(b)
    if a == b:
        return True
    if any(ch.isdigit() for ch in a + b) or min(len(a), len(b)) < SPELLING_MIN_LENGTH or a[0] != b[0]:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _names_within(small: set[str], big: set[str]) -> bool:
    return all(any(same_name_word(w, v) for v in big) for w in small)


# -- numbers -------------------------------------------------------------------------------

def is_round(value: float, scaled: bool) -> bool:
    """A figure written round (a multiple of 100, or with a scale word: "2 million")."""
    return scaled or (value >= 100 and value % 100 == 0)


def figure_interval(qualifier: str | None, value: float, *, scaled: bool = False,
                    rules: Rules | None = None) -> tuple[float, float]:
    """The interval a figure denotes with its qualifier ("more than 500" -> (500+, inf)).

    An unqualified figure is exact unless it is round (:func:`is_round`), then it has the
    rules' ``round_tolerance`` either side. Open ends are nudged by a hair so that "more than
    500" does not include 500.
    """
    rules = rules or load_rules()
    q = rules.qualifier(qualifier) if qualifier else None
    if q is None:
        if is_round(value, scaled):
            return value * (1 - rules.round_tolerance), value * (1 + rules.round_tolerance)
        return value, value
    low = value * q.low
    high = math.inf if q.high is None else value * q.high
    if q.open_low:
        low = math.nextafter(low, math.inf)
    if q.open_high:
        high = math.nextafter(high, -math.inf)
    return low, high


_DURATION = re.compile(r"^P(\d+(?:\.\d+)?|X)(DE|[DWMY])$")
#: a duration of the clock ("38 minutes" PT38M, "nine hours" PT9H): its units, in days
_CLOCK_DURATION = re.compile(r"^PT(\d+(?:\.\d+)?|X)([HMS])$")
CLOCK_UNITS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


#: a duration of several units ("six and a half years" P6Y6M, "four and a half months" P4M15D)
_COMPOUND_DURATION = re.compile(r"^P(?=\d+[YMWD]\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def duration_interval(value: str | None, rules: Rules | None = None) -> tuple[float, float] | None:
    """The days a TIMEX3 duration denotes: "P3W" 17.5-24.5 (half a unit either side), "PXM"
    (several months) 2-9 months, "PT38M" 37.5-38.5 minutes, "P6Y6M" (six and a half years)
    6.25-6.75 years (:func:`compound_interval`); None for what is no such duration."""
    rules = rules or load_rules()
    compound = _COMPOUND_DURATION.match(value or "")
    if compound:
        return compound_interval(compound, rules)
    m = _DURATION.match(value or "")
    clock = _CLOCK_DURATION.match(value or "") if not m else None
    if not m and not clock:
        return None
    if clock:
        m, unit = clock, CLOCK_UNITS[clock.group(2)]
    else:
        unit = rules.duration_units[m.group(2)]
    if m.group(1) == "X":
        return rules.duration_vague[0] * unit, rules.duration_vague[1] * unit
    n = float(m.group(1))
    return (n - 0.5) * unit, (n + 0.5) * unit


def compound_interval(m: re.Match[str], rules: Rules) -> tuple[float, float]:
    """The days of a duration written in two units or more (TIMEX3 "P6Y6M" for "six and a half
    years", "P4M15D" for "four and a half months", "P5Y6M" for "5 1/2 years"): such a value is
    written to a part of its largest unit (a half), so it is read a quarter of that unit either
    side (6.25-6.75 years), as a count of one unit is read half a unit either side."""
    units = [rules.duration_units[u] for u in "YMWD"]
    counts = [float(g) if g else 0.0 for g in m.groups()]
    total = sum(n * u for n, u in zip(counts, units))
    largest = next(u for n, u in zip(counts, units) if n)
    return total - largest / 4, total + largest / 4


def magnitude_interval(words: str, rules: Rules | None = None) -> tuple[float, float] | None:
    """"hundreds of thousands" -> (200000, 950000); None when the words are no magnitude."""
    rules = rules or load_rules()
    return rules.magnitudes.get(" ".join(words.lower().split()))


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# -- the checks ----------------------------------------------------------------------------

def _span(c: SentenceClaim) -> tuple[date, date] | None:
    if not c.earliest or not c.latest:
        return None
    try:
        return date.fromisoformat(c.earliest[:10]), date.fromisoformat(c.latest[:10])
    except ValueError:
        return None


def _days_overlap(a: SentenceClaim, b: SentenceClaim) -> bool | None:
    """True/False when both claims are dated, None when one is not."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return None
    return sa[0] <= sb[1] and sb[0] <= sa[1]


#: a time the sentence does not write (carried from the narrative, another clause or the event)
#: places a claim only roughly: it tells two happenings apart only when this many days apart
NARRATIVE_SLACK_DAYS = 1096


#: ... and who did a first act: one war's first shots told against a paragraph's date a year on
#: are one war's; a first act two years from another is another's
NARRATIVE_SLACK_AGENT_DAYS = 366


def _apart(a: SentenceClaim, b: SentenceClaim, slack: int = NARRATIVE_SLACK_AGENT_DAYS) -> bool:
    """Two claims' times exclude one happening: stated dates that do not overlap, or, when a
    date is not written in the sentence, dates more than ``slack`` days apart."""
    if a.stated and b.stated:
        return _days_overlap(a, b) is False
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return False
    return max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days) > slack


def check_numbers(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Counts, scopes and durations: intervals that do not overlap."""
    if None in (a.low, a.high, b.low, b.high):
        return None
    if intervals_overlap((a.low, a.high), (b.low, b.high)):
        return None
    return f"{a.value} and {b.value} cannot both be right: the figures do not overlap even with their qualifiers"


def check_duration(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """How long one thing lasted: intervals that do not overlap, where two intervals that only
    touch do not overlap. A count of a unit is read half a unit either side ("three years"
    2.5-3.5 years: :func:`duration_interval`), so two counts next to each other ("three years" /
    "four years", "one month" / "two months") meet at one point: each source rounds to its own
    count, and they disagree."""
    if None in (a.low, a.high, b.low, b.high):
        return None
    if a.low < b.high and b.low < a.high:
        return None
    return f"{a.value} and {b.value} cannot both be right: the figures do not overlap even with their qualifiers"


def point_estimate(c: SentenceClaim, rules: Rules | None = None) -> float | None:
    """The one figure a count states as its estimate, written with a qualifier of
    ``point_qualifiers`` ("about 5,000", "some 5,000", "an estimated 5,000"); None for a bare
    figure (its rounding decides), a bound ("more than 5,000"), a range, or a magnitude without a
    figure ("thousands")."""
    rules = rules or load_rules()
    if c.low is None or c.high is None or math.isinf(c.high):
        return None
    if c.qualifier is None or c.qualifier.lower() not in rules.point_qualifiers:
        return None  # a bare figure is judged by its rounding ("30,000" / "32,000"), not as an estimate
    words = " ".join(c.value.lower().split())
    if magnitude_interval(words, rules) is not None or re.search(r"\b(?:between|to|and)\b|[–—-]\s*\d", words):
        return None
    return (c.low + c.high) / 2


def bare_figure(c: SentenceClaim, rules: Rules | None = None) -> float | None:
    """The figure a count writes with no qualifier ("4,200", "12 million"), as one figure; None for
    a qualified figure, a range or a magnitude without a figure ("thousands"). Against an estimate
    (:func:`point_estimate`) it is one figure too: "4,200" / "about 3,800" are two figures, though
    "about"'s interval reaches the other (``point_qualifiers`` in ``claims.yaml``)."""
    rules = rules or load_rules()
    if c.qualifier is not None or c.low is None or c.high is None or math.isinf(c.high):
        return None
    words = " ".join(c.value.lower().split())
    if not re.search(r"\d", words) or magnitude_interval(words, rules) is not None \
            or re.search(r"\b(?:between|to|and)\b|[–—-]\s*\d", words):
        return None
    return (c.low + c.high) / 2


def check_count(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Counts: intervals that do not overlap (:func:`check_numbers`); or two estimates of one
    thing, each one figure ("some 70,000" / "an estimated 75,000"), that differ by more than
    ``point_tolerance``: a source that writes "about 13,000" and one that writes "some 15,000"
    give two figures, though either may be near the truth ("more than 500" / "about 600" still
    agree: a bound is no estimate)."""
    found = check_numbers(a, b)
    if found:
        return found
    rules = load_rules()
    pa, pb = point_estimate(a, rules), point_estimate(b, rules)
    if (pa is None) != (pb is None):  # an estimate against a bare figure: the figure as written
        pa, pb = (pa if pa is not None else bare_figure(a, rules)), (pb if pb is not None else bare_figure(b, rules))
    if pa is None or pb is None or min(pa, pb) <= 0:
        return _bound_apart(a, b, rules)
    if max(pa, pb) / min(pa, pb) - 1 <= rules.point_tolerance + 1e-9:
        return None
    return f"{a.value} and {b.value} cannot both be right: two different estimates of one figure"


def _bound_apart(a: SentenceClaim, b: SentenceClaim, rules: Rules) -> str | None:
    """A bound ("at least 20", "more than 400", "as many as 70 per cent") against another figure of
    one thing written at least ``bound_ratio`` times apart from it ("at least 20" / "at least 32",
    "more than 400" / "about 1,000", "at least 9" / "22"): the two sources' counts, though the
    bound's open end reaches the other. A source that knew of twice its bound would have written
    that; near figures ("more than 500" / "about 600") still agree (``bound_ratio`` in ``claims.yaml``)."""
    if not (_is_bound(a, rules) or _is_bound(b, rules)):
        return None
    fa, fb = written_figure(a, rules), written_figure(b, rules)
    if fa is None or fb is None or min(fa, fb) <= 0 or max(fa, fb) / min(fa, fb) < rules.bound_ratio:
        return None
    return f"{a.value} and {b.value}: two sources' figures of one thing, far apart for a bound to hold both"


def _is_bound(c: SentenceClaim, rules: Rules) -> bool:
    """A figure written as a bound: a qualifier open on one side ("more than", "at least") or
    reaching from below up to the figure ("fewer than", "as many as")."""
    q = rules.qualifier(c.qualifier) if c.qualifier else None
    return q is not None and (q.high is None or (q.high == 1.0 and q.low <= 0.5))


def written_figure(c: SentenceClaim, rules: Rules | None = None) -> float | None:
    """The one figure a count writes, whatever its qualifier: the bound's figure ("more than 400":
    400, "as many as 70": 70), an estimate's or a bare figure's middle; None for a range or a
    magnitude without a figure ("thousands")."""
    rules = rules or load_rules()
    if c.low is None or c.high is None:
        return None
    words = " ".join(c.value.lower().split())
    if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|a)\b", words) \
            or magnitude_interval(words, rules) is not None or re.search(r"\b(?:between|to|and)\b|[–—-]\s*\d", words):
        return None
    q = rules.qualifier(c.qualifier) if c.qualifier else None
    if q is not None and q.high is None:
        return c.low
    if q is not None and q.high == 1.0:
        return c.high
    if math.isinf(c.high):
        return None
    return (c.low + c.high) / 2


def check_date(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Dates at their precision: intervals of days that do not overlap."""
    if _days_overlap(a, b) is False and a.stated and b.stated:
        return f"{a.value} and {b.value} do not overlap at the precision each is written"
    return None


def check_agent(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """A once-only act done by different agents (who started the war, who discovered it): doers
    that :func:`chronica.claims.doers.different_doers` tells apart (a leader and his own state, an
    army and its state, an unresolved name and anyone are one doer as far as anyone can tell)."""
    if not doers.different_doers(a.subject, b.subject):
        return _different_persons(a, b)
    if _role_class(a) in load_rules().dated_roles and not _dated_alike(a, b):
        return None  # "talks convened by X" in 2010 and by Y in 2023: two rounds
    if _role_class(a) in load_rules().apart_roles and a.stated and b.stated and _apart(a, b):
        return None  # a plan proposed by X in 1990 and by Y in 2005: two proposals (a date the
        # sentence does not write, the narrative's, does not date when the plan came up)
    if _role_class(a) in load_rules().once_same_things and _apart(a, b):
        return None  # an accord brokered by X in 2007 and one by Y in 2009: two brokerings
    if a.obj in load_rules().hostilities and _apart(a, b):
        return None  # two attacks years apart are two happenings, not one told twice
    return f"only one can have done it first: {a.value} / {b.value}"


def _different_persons(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """An act one person does for a side (``persons`` set: who brokered it, who signed it for a
    state), told of different persons (:func:`chronica.claims.doers.different_persons`) by two
    claims dated within ``person_role_max_days`` of each other, each to a year at most
    (``person_role_max_span_days``): one of them names the wrong
    person, though both name the same state ("the EU's Catherine Ashton" / "Federica
    Mogherini"). Undated, the two may be two acts of one kind years apart."""
    if not doers.different_persons(a.persons, b.persons, _names_within) or not _dated_alike(a, b):
        return None
    return f"one person did it: {a.value} / {b.value}"


def _dated_alike(a: SentenceClaim, b: SentenceClaim) -> bool:
    """Two claims dated within ``person_role_max_days`` of each other, each to a year at most
    (``person_role_max_span_days``: a claim dated "1993 to 2024" is about no one act)."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    try:
        sa = (date.fromisoformat(a.earliest[:10]), date.fromisoformat(a.latest[:10]))
        sb = (date.fromisoformat(b.earliest[:10]), date.fromisoformat(b.latest[:10]))
    except ValueError:
        return False
    rules = load_rules()
    if max((sa[1] - sa[0]).days, (sb[1] - sb[0]).days) > rules.person_role_max_span_days:
        return False
    return max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days) <= rules.person_role_max_days


def same_role_thing(a: SentenceClaim, b: SentenceClaim) -> bool:
    """Two agent claims of one once class about things worded apart that are one yield of that
    class (``once_same_things``: "the talks mediated by X" / "the agreement brokered by Y", "an
    accord" / "a deal"), dated alike (:func:`_dated_alike`): one act told in two words. Undated,
    or dated apart, they may be two acts of the class; a date its sentence does not write (the
    narrative's) places the act only when it is narrow (within ``person_role_max_days``): a year
    the document last wrote may be years from a later "compromise" the sentence tells."""
    cls = _role_class(a)
    things = load_rules().once_same_things.get(cls or "")
    if not (things and cls == _role_class(b) and a.obj in things and b.obj in things and _dated_alike(a, b)):
        return False
    return all(c.stated or _narrow(c) for c in (a, b))


def _narrow(c: SentenceClaim) -> bool:
    """The claim's date spans at most ``person_role_max_days`` (a day, a month)."""
    try:
        days = (date.fromisoformat(c.latest[:10]) - date.fromisoformat(c.earliest[:10])).days
    except (TypeError, ValueError):
        return False
    return days <= load_rules().person_role_max_days


#: the once classes as the agent claims' topics name them ("who convened: talk" -> convene)
_TOPIC_CLASSES = {"convened": "convene", "brokered": "broker", "delivered": "deliver", "proposed": "propose"}


def _role_class(c: SentenceClaim) -> str | None:
    """The once class of an agent claim, read from its topic ("who convened: talk")."""
    verb = c.topic.partition(":")[0].removeprefix("who ").strip().partition(" for ")[0]  # "who led for EST"
    return _TOPIC_CLASSES.get(verb, verb)


def check_participants(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Two lists of the parties to one happening that cannot both be right
    (:func:`chronica.claims.doers.lists_conflict`: one names every party, "between X and Y", and
    each names a party the other does not; fewer parties is no contradiction)."""
    complete = load_rules().complete_lists  # a list's qualifier is the word before it ("between")
    if not doers.lists_conflict(a.subject, a.qualifier in complete, b.subject, b.qualifier in complete):
        return _party_persons_conflict(a, b)
    return f"the parties are listed as {a.value} in one source and {b.value} in another"


def _party_persons_conflict(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Two lists of the same parties (states), each party named by one person (``persons``: "X and
    Y signed", X for one state, Y for the other), one person in common and each naming a person the
    other does not: one party stood for by two persons ("Orlov and Kessel signed" / "Kessel and
    Marek signed"). Lists of parties that are no persons, or of other states, are
    :func:`chronica.claims.doers.lists_conflict`'s."""
    pa, pb = a.persons, b.persons
    if len(pa) < 2 or len(pa) != len(a.subject) or len(pb) != len(b.subject) or set(a.subject) != set(b.subject):
        return None
    common = [(x, y) for x in pa for y in pb if doers.one_person(x, y, _names_within)]
    if not common or len(common) >= len(pa):
        return None
    if not (doers.different_persons([x for x in pa if not any(x == c[0] for c in common)],
                                    [y for y in pb if not any(y == c[1] for c in common)], _names_within)):
        return None
    return f"one party stood for by different persons: {a.value} / {b.value}"


def check_order(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """The same two happenings in opposite order."""
    if a.value != b.value:
        return f"one source puts it {a.value}, another {b.value} the other happening"
    return None


#: the qualifier of a relationship's state said to hold over the whole of its period
WHOLE_PERIOD = "throughout"


def check_relation(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Exclusive states of one relationship over overlapping periods."""
    rules = load_rules()
    if a.value != b.value and any({a.value, b.value} == g for g in rules.relation_trend_against_state):
        return _trend_against_held_state(a, b, rules)
    if a.value == b.value or not any({a.value, b.value} <= g for g in rules.exclusive):
        return None
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or _days_overlap(a, b) is not True:
        return None
    overlap = (min(sa[1], sb[1]) - max(sa[0], sb[0])).days + 1
    union = (max(sa[1], sb[1]) - min(sa[0], sb[0])).days + 1
    if {a.value, b.value} <= rules.relation_state_values:
        # a state over a period holds over the parts of it: the shorter period is the measure, when
        # it is no small part of the longer or the longer's state is said to hold throughout it
        shorter, longer = sorted(((sa[1] - sa[0]).days + 1, (sb[1] - sb[0]).days + 1))
        whole = (a if (sa[1] - sa[0]) >= (sb[1] - sb[0]) else b).qualifier == WHOLE_PERIOD
        if whole or shorter / longer >= rules.relation_state_min_share:
            union = shorter
    if overlap / union < rules.relations_min_overlap:
        return None  # "improved in the 1970s" / "soured in 1979": relations turn within a decade
    return f"relations cannot be both {a.value} and {b.value} over the same period"


def _trend_against_held_state(a: SentenceClaim, b: SentenceClaim, rules: Rules) -> str | None:
    """A trend ("warmed") and the state it departs from ("remained frosty") of one relationship: they
    conflict only when the state is said to hold over all of its period (``qualifier``
    "throughout": "remained frosty through 2018 and 2019", "icy throughout 2013") and the two
    periods overlap by at least ``relations_min_overlap`` of the shorter ("warmed in 2019"). A state
    said at one time ("relations were cool in 2018") may have turned within the period."""
    state = a if a.value in rules.relation_state_values else b
    if state.qualifier != WHOLE_PERIOD:
        return None
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or _days_overlap(a, b) is not True:
        return None
    overlap = (min(sa[1], sb[1]) - max(sa[0], sb[0])).days + 1
    shorter = min((sa[1] - sa[0]).days, (sb[1] - sb[0]).days) + 1
    if overlap / shorter < rules.relations_min_overlap:
        return None
    trend = b if state is a else a
    return f"relations cannot have turned {trend.value} while they stayed {state.value} over the same period"


def check_attribute(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """A person's birth date or age as intervals that do not overlap, or a birthplace in
    another state, or another place of one state that is not written in the other's sentence (a
    town and its province are no disagreement: :func:`_other_places`); an office or rank
    (:func:`check_office`)."""
    if a.topic.startswith(("office of ", "rank of ")):
        return check_office(a, b)
    if None not in (a.low, a.high, b.low, b.high):
        if intervals_overlap((a.low, a.high), (b.low, b.high)):
            return None
        return f"{a.topic}: {a.value} / {b.value}"
    if a.obj and b.obj and a.obj != b.obj:
        return f"{a.topic}: {a.value} / {b.value} (different countries)"
    if a.topic.startswith("where ") and a.topic.endswith(" was born") and _other_places(a, b):
        return f"{a.topic}: {a.value} / {b.value} (different places)"
    return None


def _place_words(c: SentenceClaim) -> set[str]:
    return {fold_name(w).lower() for w in re.findall(r"\w+", c.value) if w[:1].isupper()}


def _other_places(a: SentenceClaim, b: SentenceClaim) -> bool:
    """Two birthplaces in one state (or of no known state) that are two places: neither is a state
    itself (``qualifier`` "state": a state holds its towns), their names share no word, and neither
    name is written with the other place (``where``, the names of the phrase that says where: "born
    in X in the province of Y" / "born in Y": the town and its province)."""
    if "state" in (a.qualifier, b.qualifier):
        return False
    wa, wb = _place_words(a), _place_words(b)
    if not wa or not wb or wa & wb or any(same_name_word(x, y) for x in wa for y in wb):
        return False
    sa = {fold_name(w).lower() for x in a.where for w in re.findall(r"\w+", x)}
    sb = {fold_name(w).lower() for x in b.where for w in re.findall(r"\w+", x)}
    return not (wa <= sb or wb <= sa)


def check_office(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """Two titles one person cannot hold at one time: offices whose roles are an exclusive pair of
    ``offices.exclusive_roles`` ("president" / "vice-president", "president" / "defence
    minister", "president" / "prime minister"), two ministers' titles of different portfolios
    (``offices.portfolios``: "foreign minister" / "justice minister"; "foreign secretary" /
    "secretary of state" are one portfolio; a bare "minister" names none), or two different ranks ("Captain" / "Lieutenant"; one a part of the other,
    "Lieutenant" / "Flight Lieutenant", is one rank)."""
    rules = load_rules()
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return None
    if a.topic.startswith("rank of "):
        if a.unit in b.unit.split() or b.unit in a.unit.split():
            return None
        return f"{a.topic}: {a.value} / {b.value} (two ranks at one time)"
    if any({a.obj, b.obj} == g for g in rules.office_exclusive):
        return f"{a.topic}: {a.value} / {b.value} (two offices one person does not hold at once)"
    pa, pb = rules.office_portfolios.get(a.unit.lower()), rules.office_portfolios.get(b.unit.lower())
    if pa and pb and pa != pb:
        return f"{a.topic}: {a.value} / {b.value} (two ministries' portfolios at one time)"
    return None


def check_phase(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """When one thing began (or ended): day intervals that do not overlap at the precision each
    source writes ("in the 1950s" / "in 1960"; "in 1962" and "in October 1962" agree)."""
    if None in (a.low, a.high, b.low, b.high) or intervals_overlap((a.low, a.high), (b.low, b.high)):
        return None
    return f"{a.value} and {b.value} do not overlap at the precision each is written"


CHECKS: dict[str, Callable[[SentenceClaim, SentenceClaim], str | None]] = {
    "phase": check_phase,
    "count": check_count,
    "scope": check_numbers,
    "duration": check_duration,
    "date": check_date,
    "agent": check_agent,
    "participants": check_participants,
    "order": check_order,
    "relation": check_relation,
    "attribute": check_attribute,
}


def conflict(a: SentenceClaim, b: SentenceClaim) -> str | None:
    """The reason two claims of one kind about one topic cannot both be true, or None."""
    if a.kind != b.kind:
        return None
    return CHECKS[a.kind](a, b)
