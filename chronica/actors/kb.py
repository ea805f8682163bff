"""The actors knowledge base: states, historical states, organisations, agents and people.

This module owns loading the data files in ``chronica/actors/data/`` (plus ISO 3166 names from
pycountry) into one cached :class:`KnowledgeBase`, the folding that makes name variants meet
("Kim Il Sung" == "Kim Il-sung" == "Kim Il-Sung"), and the date logic: which state an agent
acts for at an event's date (:meth:`KnowledgeBase.state_for`), successors of states that ended,
and who led a country on a day (:meth:`KnowledgeBase.leaders_of`).

Dates are ISO strings ("1991-12-26", "1991-12" or "1991"); a partial date counts as its first
day. A state's ``end`` is the first day it no longer existed; a term's ``end`` is its last day
in office (a leader leaving office on a day still acted that day).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import json
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable

import pycountry

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Actor kinds. Agents (everything with a ``country``) act for a state.
STATE_KINDS = frozenset({"state", "historical_state"})
AGENT_KINDS = frozenset({"armed_force", "agency", "government", "party", "armed_group"})

#: CAMEO codes of intergovernmental organisations -> the KB's ids (CAMEO codebook, IGO codes)
IGO_CODES = {"UNO": "UN", "NAT": "NATO", "EUR": "EU", "WTO": "WTO", "IMF": "IMF", "WBK": "WB",
             "ARL": "ARL", "ASN": "ASEAN", "OAS": "OAS", "AFU": "AU", "GCC": "GCC"}

#: Which role wins when a person held several offices on one day.
ROLE_ORDER = ("head_of_state", "head_of_government", "party_leader", "head_of_organisation", "minister")


@dataclass(frozen=True)
class Term:
    """One office held by a person: ``country`` (a state or organisation id), ``role``, ``title``."""

    country: str
    role: str
    title: str
    start: str | None
    end: str | None

    def covers(self, date: str | None) -> bool:
        """True when ``date`` falls within the term (both ends inclusive)."""
        if date is None:
            return self.end is None
        d = _pad(date)
        return (self.start is None or _pad(self.start) <= d) and (self.end is None or d <= _pad(self.end))

    def overlaps(self, earliest: str | None, latest: str | None) -> bool:
        """True when the term shares a day with the interval ``earliest``..``latest`` (ISO days,
        both ends inclusive; None: open), as a TIMEX3 interval overlaps an office."""
        return (self.end is None or earliest is None or _pad(earliest) <= _pad(self.end)) and \
            (self.start is None or latest is None or _pad(self.start) <= _pad(latest))


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO actor code valid over a span of dates (both ends inclusive, None: open), as the
    Phoenix dictionaries give it: ``CameoCode("GBRGOV", "1979-05-04", "1990-11-28")``."""

    code: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str | None) -> bool:
        """True when ``date`` falls within the code's span (an undated code covers every date)."""
        if date is None:
            return self.start is None and self.end is None or self.end is None
        d = _pad(date)
        return (self.start is None or _pad(self.start) <= d) and (self.end is None or d <= _pad(self.end))


@dataclass(frozen=True)
class Sector:
    """A CAMEO role code ("GOV", "MIL", "REB"): its label, whether it acts for its state, and the
    actor kind of a generic agent of that sector (data: ``cameo_sectors.tsv``)."""

    code: str
    label: str
    state: bool
    kind: str


@dataclass(frozen=True)
class Actor:
    """One actor. ``country`` is the state an agent or seat belongs to (None for states and orgs)."""

    id: str
    name: str
    kind: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    successors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    seat_of: tuple[str, ...] = ()
    surname: str | None = None
    renamed: bool = False
    part_of: str | None = None
    ruling: bool = False
    #: the CAMEO code of a state, organisation or group ("AFG", "IGOUNO", "FRAREB")
    cameo: str | None = None
    #: dated CAMEO codes of a person (from the Phoenix dictionaries)
    codes: tuple[CameoCode, ...] = ()

    @property
    def successor(self) -> str | None:
        """The first successor, or None."""
        return self.successors[0] if self.successors else None

    def alive(self, date: str | None) -> bool:
        """True when the actor existed on ``date`` (start inclusive, end exclusive); None is always."""
        if date is None:
            return True
        d = _pad(date)
        return (self.start is None or _pad(self.start) <= d) and (self.end is None or d < _pad(self.end))


@dataclass(frozen=True)
class AliasForm:
    """One surface form the matcher looks for: its text, the actors it names, and what it is."""

    text: str
    actor_ids: tuple[str, ...]
    form: str  # name | alias | demonym | capital | building | surname


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015-"), " ")
_QUOTES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("`"): "'"}


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("Erdoğan" -> "Erdogan")."""
    if text.isascii():
        return text  # nothing to strip (the common case: 30,000 names at load)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The lookup key of a name: accents, hyphens, a leading "the" and case folded away.

    Short all-capital acronyms keep their case so that "US" and "us" stay apart.
    """
    s = strip_accents(text).translate(_QUOTES).translate(_DASHES)
    s = re.sub(r"\s+", " ", s)
    while True:  # peel "the", a possessive and stray punctuation until nothing changes
        t = re.sub(r"^(?i:the )+", "", s.strip(" ,;:"))
        t = re.sub(r"('s)+$", "", t).strip(" ,;:")
        if t == s:
            break
        s = t
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return s.replace(" ", "")
    return s.lower()


def _key(alias: str) -> str:
    """The index key of an alias: its fold, except that an alias written with "the" ("the
    States", "the Reich") keeps it, since the bare word would name too much."""
    if alias[:4].lower() == "the ":
        return "the " + fold(alias)
    return fold(alias)


def name_key(alias: str) -> str:
    """The index key of a name (public for the Phoenix conversion, which stores them)."""
    return _key(alias)


def _pad(date: str) -> str:
    """A partial ISO date padded to its first day, for comparisons."""
    date = str(date)
    if len(date) == 4:
        return date + "-01-01"
    if len(date) == 7:
        return date + "-01"
    return date[:10]


def display_name(text: str) -> str:
    """A Phoenix name (written in capitals) as running text writes it: "KIM IL SUNG" ->
    "Kim Il Sung"; acronyms ("UNHCR", "U.N.") and mixed-case names stay as they are."""
    if not text.isupper() or _looks_acronym(text):
        return text
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in text.split())


def _looks_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return " " not in text and (len(letters) <= 5 or "." in text)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


class KnowledgeBase:
    """All actors, indexed by id and by folded name. Build with :func:`load_kb` (cached)."""

    def __init__(self, data_dir: Path = DATA_DIR, *, phoenix: bool = True) -> None:
        """Load the KB from ``data_dir``; without ``phoenix``, only its own data (no Phoenix
        dictionaries: 1,400 actors in ~20 ms instead of 28,000 in ~0.5 s; see :func:`load_core_kb`)."""
        self.actors: dict[str, Actor] = {}
        self._index: dict[str, list[str]] = {}
        self.forms: list[AliasForm] = []
        self.titles: dict[str, tuple[str, str]] = {}
        self.honorifics: frozenset[str] = frozenset()
        #: Phoenix officials by the short names running text uses (:meth:`_short_person_names`)
        self.short_names: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self._seats: dict[str, list[str]] = {}
        self._seat_names: dict[str, str] = {}
        #: folded name of a city -> international bodies seated there (``seats`` in
        #: organisations.json: the ICJ and the ICC in The Hague)
        self._hosts: dict[str, list[str]] = {}
        self._holders: dict[str, list[Actor]] = {}  # country -> people who held office there
        #: (state id, folded name) -> states that name denotes while they exist ("Russia" -> SUN)
        self._period: dict[tuple[str, str], list[str]] = {}
        #: CAMEO sector codes, and the Phoenix country codes of the KB's states (both ways)
        self.sectors: dict[str, Sector] = {}
        self._cameo_to_kb: dict[str, str] = {}
        #: generic agent nouns (Phoenix.agents): phrase in lower case -> code ("~MIL", "IGO~")
        self.agent_nouns: dict[str, str] = {}
        self.agent_heads: frozenset[str] = frozenset()
        self.agent_max_words = 0
        #: last word of an agent phrase -> the phrase lengths ending in it, longest first
        self.agent_lengths: dict[str, tuple[int, ...]] = {}
        #: "the two countries" -> "state"; "Franco" -> FRA; nouns of a relation between two parties
        self.collectives: dict[str, str] = {}
        self.combining_forms: dict[str, str] = {}
        self.relation_nouns: frozenset[str] = frozenset()
        #: words that make a demonym name an ethnic group living somewhere ("the Hungarian
        #: minority", "ethnic Greeks", "Slovaks living in Hungary"): word -> head | modifier | reside
        self.group_words: dict[str, str] = {}
        self._load(data_dir, phoenix=phoenix)

    # ------------------------------------------------------------------ loading
    def _add(self, actor: Actor) -> None:
        self.actors[actor.id] = actor

    def _name(self, text: str, actor_id: str, form: str) -> None:
        if not text:
            return
        self.forms.append(AliasForm(text, (actor_id,), form))
        ids = self._index.setdefault(_key(text), [])
        if actor_id not in ids:
            ids.append(actor_id)

    def _seat(self, text: str, state: str, form: str) -> None:
        key = fold(text)
        self._seats.setdefault(key, [])
        self._seat_names.setdefault(key, text)
        if state not in self._seats[key]:
            self._seats[key].append(state)
        self.forms.append(AliasForm(text, ("seat:" + key,), form))

    def _load(self, data_dir: Path, *, phoenix: bool = True) -> None:
        hist = json.loads((data_dir / "historical_states.json").read_text(encoding="utf-8"))
        starts = {k: v for k, v in hist["modern_state_starts"].items() if not k.startswith("_")}
        self.sources["historical_states.json"] = hist["_source"]
        self._load_countries(data_dir / "countries.tsv", starts)
        for row in hist["states"]:
            actor = Actor(
                id=row["id"], name=row["name"], kind="historical_state", start=row.get("start"),
                end=row.get("end"), successors=tuple(row.get("successors", ())),
                aliases=tuple(row.get("aliases", ())), demonyms=tuple(row.get("demonyms", ())),
                renamed=bool(row.get("renamed", False)),
            )
            self._add(actor)
            for text in (actor.name, *actor.aliases):
                self._name(text, actor.id, "alias")
            for text in actor.demonyms:
                self._name(text, actor.id, "demonym")
            for text in row.get("capitals", ()):
                self._seat(text, actor.id, "capital")
            for text in row.get("buildings", ()):
                self._seat(text, actor.id, "building")
            for other, names in row.get("period_aliases", {}).items():
                for text in names:
                    self._period.setdefault((other, fold(text)), []).append(actor.id)
        self._load_json_actors(data_dir / "organisations.json", "organisations", "organisation")
        self._load_json_actors(data_dir / "agents.json", "agents", "agency")
        self._load_people(data_dir / "leaders.json")
        self._load_titles(data_dir / "titles.tsv")
        self._build_seats()
        self._load_sectors(data_dir / "cameo_sectors.tsv")
        self._load_collectives(data_dir)
        if phoenix and (data_dir / "phoenix").is_dir():
            self._load_phoenix(data_dir / "phoenix")

    def _load_countries(self, path: Path, starts: dict[str, str]) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.sources[path.name] = lines[0].removeprefix("# _source:").strip()
        rows = csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t")
        extra = {r["iso3"]: r for r in rows}
        known = {c.alpha_3 for c in pycountry.countries}
        # a state pycountry lacks, filed under a user-assigned code (Kosovo, XKX): its own row only
        unlisted = [SimpleNamespace(alpha_3=code, name=row["name"]) for code, row in extra.items() if code not in known]
        for country in (*pycountry.countries, *unlisted):
            code = country.alpha_3
            row = extra.get(code, {})
            official = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
            display = row.get("name") or getattr(country, "common_name", None) or country.name
            actor = Actor(
                id=code, name=display, kind="state", start=starts.get(code),
                aliases=tuple(dict.fromkeys(x for x in (*official, *_split(row.get("aliases", ""))) if x)),
                demonyms=_split(row.get("demonyms", "")),
            )
            self._add(actor)
            for text in (display, *actor.aliases):
                self._name(text, code, "alias")
            for text in actor.demonyms:
                self._name(text, code, "demonym")
            for text in _split(row.get("capitals", "")):
                self._seat(text, code, "capital")
            for text in _split(row.get("buildings", "")):
                self._seat(text, code, "building")

    def _load_json_actors(self, path: Path, key: str, default_kind: str) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.sources[path.name] = data["_source"]
        for row in data[key]:
            actor = Actor(
                id=row["id"], name=row["name"], kind=row.get("kind", default_kind),
                country=row.get("country"), start=row.get("start"), end=row.get("end"),
                successors=tuple(row.get("successors", ())), aliases=tuple(row.get("aliases", ())),
                part_of=row.get("part_of") or row.get("organisation"),
                ruling=bool(row.get("ruling", False)), cameo=row.get("cameo"),
            )
            self._add(actor)
            for text in (actor.name, *actor.aliases):
                self._name(text, actor.id, "alias")
            for text in row.get("seats", ()):
                self._hosts.setdefault(fold(text), []).append(actor.id)

    def _load_people(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.sources[path.name] = data["_source"]
        for row in data["persons"]:
            terms = tuple(Term(*t) for t in row.get("terms", ()))
            countries = {t.country for t in terms} | ({row["country"]} if row.get("country") else set())
            actor = Actor(
                id=row["id"], name=row["name"], kind="person",
                country=row.get("country") or (countries.pop() if len(countries) == 1 else None),
                aliases=tuple(row.get("aliases", ())), terms=terms,
                surname=row.get("surname") or row["name"].split()[-1],
            )
            self._add(actor)
            for text in (actor.name, *actor.aliases):
                self._name(text, actor.id, "name")
            for c in dict.fromkeys(t.country for t in terms):
                self._holders.setdefault(c, []).append(actor)

    def _load_titles(self, path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.sources[path.name] = lines[0].removeprefix("# _source:").strip()
        for row in csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"):
            if row["kind"] == "honorific":
                self.honorifics |= {row["phrase"]}
            else:
                self.titles[row["phrase"]] = (row["kind"], row["role"])

    def _build_seats(self) -> None:
        for key, states in self._seats.items():
            ordered = tuple(sorted(states, key=lambda s: _pad(self.actors[s].start or "0000")))
            actor = Actor(id="seat:" + key, name=self._seat_names[key], kind="government_seat",
                          seat_of=ordered, country=ordered[-1])
            self._add(actor)
            ids = self._index.setdefault(key, [])
            if actor.id not in ids:
                ids.append(actor.id)

    def _load_collectives(self, data_dir: Path) -> None:
        for name, key, value, target in (("collectives.tsv", "noun", "of", self.collectives),
                                         ("combining_forms.tsv", "form", "id", self.combining_forms),
                                         ("ethnic_groups.tsv", "word", "kind", self.group_words)):
            lines = (data_dir / name).read_text(encoding="utf-8").splitlines()
            self.sources[name] = lines[0].removeprefix("# _source:").strip()
            for row in csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"):
                target[row[key]] = row[value]
        lines = (data_dir / "relation_nouns.txt").read_text(encoding="utf-8").splitlines()
        self.sources["relation_nouns.txt"] = lines[0].removeprefix("# _source:").strip()
        self.relation_nouns = frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))

    def _load_sectors(self, path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.sources[path.name] = lines[0].removeprefix("# _source:").strip()
        for row in csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"):
            self.sectors[row["code"]] = Sector(row["code"], row["label"], row["state"] == "yes", row["kind"])

    # ------------------------------------------------------------------ Phoenix dictionaries
    def _load_phoenix(self, folder: Path) -> None:
        """Merge the converted Phoenix dictionaries (``scripts/convert_phoenix_actors.py``).

        1. states: their CAMEO code, and the spellings and long forms Phoenix knows as names;
        2. institutions, international bodies and armed non-state groups, with their CAMEO code;
        3. people, with their dated CAMEO codes turned into terms (country and sector), also by
           the short names running text uses (:meth:`_short_person_names`);
        4. the generic agent nouns.
        The KB's own ids and names win: a Phoenix record whose name the KB already has adds its
        codes to that actor, and a Phoenix name never takes over a name the KB gives another
        actor. Phoenix names go into the name index only (resolved when spaCy names them), not
        into the phrase matcher, so that 20,000 people cost no matching time.
        """
        own = {k: tuple(v) for k, v in self._index.items()}
        countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        international = json.loads((folder / "international.json").read_text(encoding="utf-8"))
        nonstate = json.loads((folder / "nonstate.json").read_text(encoding="utf-8"))
        self.sources["phoenix"] = countries["_source"]
        # 1.
        for cameo, kb_id in countries["cameo_to_kb"].items():
            if kb_id in self.actors:
                self._cameo_to_kb[cameo] = kb_id
                self.actors[kb_id] = replace(self.actors[kb_id], cameo=cameo)
        for row in countries["states"]:
            actor = self.actors.get(row["id"])
            if actor is None or actor.kind not in STATE_KINDS:
                continue
            if actor.cameo is None:
                self.actors[actor.id] = replace(actor, cameo=row["cameo"])
            self._cameo_to_kb.setdefault(row["cameo"], actor.id)
            for alias in row["aliases"]:
                self._phoenix_name(alias, actor.id, own)
        for row in countries["territories"]:
            actor = self.actors.get(row["id"])
            if actor is not None and actor.kind in STATE_KINDS and row["of"] in self.actors:
                self.actors[actor.id] = replace(actor, cameo=row["cameo"], part_of=row["of"])
        for sid, actor in list(self.actors.items()):
            if actor.kind in STATE_KINDS and actor.cameo is None:
                self.actors[sid] = replace(actor, cameo=sid)
                self._cameo_to_kb.setdefault(sid, sid)
        # 2.
        for row in (*countries["institutions"], *international["organisations"], *nonstate["organisations"]):
            self._phoenix_body(row, own)
        # 3.
        phoenix_people = set()
        for row in (*countries["persons"], *international["persons"]):
            aid = self._phoenix_person(row, own)
            if aid is not None:
                phoenix_people.add(aid)
        self._short_person_names(phoenix_people, own)
        # 4.
        lines = (folder / "agents.tsv").read_text(encoding="utf-8").splitlines()
        for row in csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"):
            self.agent_nouns.setdefault(row["phrase"], row["code"])
        self._load_extra_agents(folder.parent / "agents_extra.tsv")
        self.agent_heads = frozenset(p.split()[-1] for p in self.agent_nouns)
        lengths: dict[str, set[int]] = {}
        for p in self.agent_nouns:
            lengths.setdefault(p.split()[-1], set()).add(len(p.split()))
        self.agent_lengths = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
        self.agent_max_words = max((len(p.split()) for p in self.agent_nouns), default=0)

    def _load_extra_agents(self, path: Path) -> None:
        """Chronica's own agent nouns (``agents_extra.tsv``) and the force and government nouns of
        ``titles.tsv`` ("troops", "authorities"), where Phoenix.agents lacks them."""
        lines = path.read_text(encoding="utf-8").splitlines()
        self.sources[path.name] = lines[0].removeprefix("# _source:").strip()
        for row in csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"):
            self.agent_nouns.setdefault(row["phrase"], row["code"])
        for phrase, (kind, _role) in self.titles.items():
            if kind in ("force", "government"):
                self.agent_nouns.setdefault(phrase, "~MIL" if kind == "force" else "~GOV")

    def _phoenix_name(self, text: str, actor_id: str, own: dict[str, tuple[str, ...]],
                      key: str | None = None) -> bool:
        """Index a Phoenix name for ``actor_id`` unless the KB's own data gives it to another."""
        key = key or _key(display_name(text))
        if key in own and actor_id not in own[key]:
            return False
        ids = self._index.setdefault(key, [])
        if actor_id not in ids:
            ids.append(actor_id)
        return True

    def _owner(self, keys: Iterable[str], own: dict[str, tuple[str, ...]], person: bool) -> Actor | None:
        for key in keys:
            for aid in own.get(key, ()):
                actor = self.actors.get(aid)
                if actor is not None and (actor.kind == "person") == person and actor.kind not in STATE_KINDS:
                    return actor
        return None

    def _new_id(self, key: str) -> str:
        """A new id from a folded name: "phx:kim_il_sung" (a number added when taken)."""
        base = "phx:" + re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")
        aid, n = base, 1
        while aid in self.actors:
            n += 1
            aid = f"{base}_{n}"
        return aid

    def split_code(self, code: str) -> tuple[str | None, str | None]:
        """A CAMEO code as (KB id of its country or organisation, first sector):
        "AFGGOVBUS" -> ("AFG", "GOV"), "IGOUNO" -> ("UN", None), "REB" -> (None, "REB")."""
        head, rest = code[:3], code[3:]
        if head in ("IGO", "IMG", "NGO"):
            org = IGO_CODES.get(rest[:3]) if head == "IGO" else None
            return org, head
        country = self._cameo_to_kb.get(head)
        if country is None:
            return None, head if head in self.sectors else None
        return country, rest[:3] if rest[:3] in self.sectors else None

    def _phoenix_body(self, row: dict, own: dict[str, tuple[str, ...]]) -> None:
        names = (row["name"], *row["aliases"])
        keys = row.get("keys") or [_key(display_name(n)) for n in names]
        code = row["codes"][0][0]
        existing = self._owner(keys, own, person=False)
        if existing is not None:
            # the KB's own code wins, and a Phoenix code of another country (a namesake group
            # elsewhere) is not taken for an actor the KB places in a country
            if existing.cameo is None and existing.country in (None, self.split_code(code)[0]):
                self.actors[existing.id] = replace(existing, cameo=code)
            for text, key in zip(names, keys):
                self._phoenix_name(text, existing.id, own, key)
            return
        country, sector = self.split_code(code)
        info = self.sectors.get(sector or "")
        kind = info.kind if info else "organisation"
        if country and self.actors[country].kind == "organisation":
            kind, country = "organisation", None  # a body of an international organisation
        aid = self._new_id(keys[0])
        self._add(Actor(id=aid, name=display_name(row["name"]), kind=kind,
                        country=country if info and info.state else None,
                        aliases=tuple(display_name(a) for a in row["aliases"]), cameo=code))
        for text, key in zip(names, keys):
            self._phoenix_name(text, aid, own, key)

    def _phoenix_person(self, row: dict, own: dict[str, tuple[str, ...]]) -> str | None:
        pairs = [(n, k) for n, k in zip((row["name"], *row["aliases"]),
                                        row.get("keys") or [_key(display_name(n)) for n in (row["name"], *row["aliases"])])
                 if len(n.split()) > 1]
        if not pairs:
            return  # one word ("JOSIPOVIC") would take every surname of that spelling
        codes = tuple(CameoCode(c, s, e) for c, s, e in row["codes"])
        names = [n for n, _ in pairs]
        display = [display_name(n) for n in names]
        keys = [k for _, k in pairs]
        existing = self._owner(keys, own, person=True)
        if existing is not None:
            self.actors[existing.id] = replace(existing, codes=existing.codes + codes)
            return None
        homes = {self.split_code(c.code)[0] for c in codes} - {None}
        same = self._same_phoenix_person(keys[0], homes, codes)
        if same is not None:
            # rule ``one_phoenix_person_per_name``: the dictionaries list one person in two records
            # (a country's file and the international one, or twice in one file); one actor, or the
            # name would be ambiguous and resolve to no one
            self.actors[same.id] = replace(same, codes=same.codes + tuple(c for c in codes if c not in same.codes))
            for text, key in zip(names, keys):
                self._phoenix_name(text, same.id, own, key)
            return None
        aid = self._new_id(keys[0])
        # the dated codes stay codes, not terms: terms are offices with titles (leaders_of)
        actor = Actor(id=aid, name=display[0], kind="person", country=homes.pop() if len(homes) == 1 else None,
                      aliases=tuple(display[1:]), surname=display[0].split()[-1], codes=codes)
        self._add(actor)
        for text, key in zip(names, keys):
            self._phoenix_name(text, aid, own, key)
        return aid

    def _same_phoenix_person(self, key: str, homes: set[str], codes: tuple[CameoCode, ...]) -> Actor | None:
        """The Phoenix person already read under the name ``key`` that a new record of that name
        is: one whose codes place them in a country or organisation of the new record's (or, with no
        country in either, the same codes). Namesakes of different countries stay apart."""
        found = []
        for aid in self._index.get(key, ()):
            actor = self.actors.get(aid)
            if actor is None or actor.kind != "person" or not aid.startswith("phx:"):
                continue
            theirs = {self.split_code(c.code)[0] for c in actor.codes} - {None}
            if (homes & theirs) or (not homes and not theirs and set(codes) == set(actor.codes)):
                found.append(actor)
        return found[0] if len(found) == 1 else None

    def _short_person_names(self, people: Iterable[str], own: dict[str, tuple[str, ...]]) -> None:
        """Rule ``phoenix_short_names``: a person of the Phoenix dictionary is also named as running
        text names them - without an honorific ("SIR_JOHN_ROE": "John Roe") and, for a name of three
        words or more, by its first and last word, the middle names and initials left out
        ("JOHN_Q_ROE", "MARIA_ELENA_ROE": "John Roe", "Maria Roe"). Only for an official (a
        person with a dated code of a sector that acts for its state: a head of government, a
        minister, an officer), and only a short name no actor has already and that exactly one
        such person would take (a given name with any later word of a longer name: "Teodoro
        Obiang" is the first and second words of one official's name and the first and last of
        another's, so neither takes it). The short names are kept apart (``short_names``), out of the
        name index: many a common name is some official's short name, so the resolver takes one
        only in a document that names the official's state."""
        honorifics = {h.rstrip(".").lower() for h in self.honorifics}
        official = {code for code, sector in self.sectors.items() if sector.state}
        short: dict[str, set[str]] = {}
        for aid in people:
            actor = self.actors.get(aid)
            if actor is None or not any(c.code[3:6] in official for c in actor.codes):
                continue  # only an official: a country's code, then a sector that acts for its state
            for name in (actor.name, *actor.aliases):
                words = fold(name).split()
                plain = list(words)
                while len(plain) > 2 and plain[0].rstrip(".") in honorifics:
                    plain = plain[1:]
                forms = {" ".join(plain)} if len(plain) < len(words) else set()
                if len(plain) >= 3:  # the given name and one later word: which one, naming customs differ
                    forms |= {f"{plain[0]} {w}" for w in plain[1:]}
                for form in forms:
                    short.setdefault(form, set()).add(aid)
        self.short_names = {form: next(iter(ids)) for form, ids in short.items()
                            if len(ids) == 1 and form not in self._index}

    # ------------------------------------------------------------------ queries
    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id (generic agents such as ``"SUN/military"`` are made on demand)."""
        actor = self.actors.get(actor_id)
        if actor is None and "/" in actor_id:
            state, _, what = actor_id.partition("/")
            if state in self.actors:
                return self.generic_agent(state, what)
        return actor

    def hosted_at(self, seat_id: str | None, date: str | None = None) -> list[Actor]:
        """The international bodies seated in the city of ``seat_id`` ("seat:hague": the
        International Court of Justice, the International Criminal Court), those that existed at
        ``date`` when it is given."""
        if not seat_id or not seat_id.startswith("seat:"):
            return []
        found = [self.actors[i] for i in self._hosts.get(seat_id.removeprefix("seat:"), ())]
        return [a for a in found if a.alive(date)] if date else found

    def hosts(self, seat_id: str | None, sector: str) -> bool:
        """True when an international body of CAMEO ``sector`` ("JUD") sits in the city of
        ``seat_id`` ("seat:hague": the ICJ, IGOUNOJUDICJ): "the judges in The Hague", "the Hague
        court" are such a body's, not the Netherlands'."""
        return bool(sector) and any(sector in cameo_parts(a.cameo or "") for a in self.hosted_at(seat_id))

    def knows(self, text: str) -> bool:
        """True when every key :meth:`lookup` reads for ``text`` names actors. On the KB without
        the Phoenix dictionaries (:func:`load_core_kb`) :meth:`lookup` then finds what the whole
        KB finds: Phoenix never adds an actor to a name the KB's own data gives."""
        return all(key in self._index for key in (fold(text), _key(text)))

    def lookup(self, text: str, date: str | None = None) -> list[Actor]:
        """Actors named ``text`` (folded). With ``date``, only those that existed then, if any did."""
        keys = dict.fromkeys((fold(text), _key(text)))
        found = [self.actors[i] for i in dict.fromkeys(i for k in keys for i in self._index.get(k, ()))]
        if date is not None and len(found) > 1:
            alive = [a for a in found if a.alive(date)]
            return alive or found
        return found

    def as_of(self, actor_id: str | None, text: str, date: str | None) -> str | None:
        """The actor a mention resolved to ``actor_id`` by the words ``text`` stands for at
        ``date``, when a period alias makes it another state (data: ``period_aliases`` in
        historical_states.json): "Russia" (RUS) in 1950 is the Soviet Union (SUN), "Russian forces"
        (RUS/military) then are SUN/military. None when nothing changes.
        """
        if not actor_id or not date or not self._period:
            return None
        base, sep, what = actor_id.partition("/")
        words = [w.removesuffix("'s") for w in fold(text).split()]
        for n in range(min(len(words), 3), 0, -1):
            states = self._period.get((base, " ".join(words[:n])))
            if states is None:
                continue
            if sep and n == len(words):
                return None
            if not sep and n != len(words):
                continue  # "Russian Federation": a name of the later state itself
            alive = [s for s in states if self.actors[s].alive(date)]
            if len(alive) == 1:
                return alive[0] + sep + what
        return None

    def successor(self, actor_id: str) -> str | None:
        """The (first) successor of a historical state or dissolved body, or None."""
        actor = self.get(actor_id)
        return actor.successor if actor else None

    def generic_agent(self, state: str, what: str) -> Actor:
        """The generic agent of ``state``: ``what`` is "military" or "government"."""
        base = self.actors[state]
        kind = "armed_force" if what == "military" else "government"
        label = "armed forces" if what == "military" else "government"
        aid = f"{state}/{what}"
        actor = self.actors.get(aid)
        if actor is None:
            actor = Actor(id=aid, name=f"{base.name} {label}", kind=kind, country=state)
            self.actors[aid] = actor
        return actor

    def state_for(self, actor_id: str, date: str | None = None) -> str | None:
        """The state ``actor_id`` acts for at ``date`` (the event's date), or None.

        A state acts for itself (a renamed one, after its end, for its successor); a capital or
        government building for the state seated there at that date; an agent for its country
        while it exists (before that country began, for the one predecessor state alive then:
        the GRU in 1960 acts for SUN); a person during a term of office, and before their first one for the one
        country all their terms share (``_rising``; without a date: that country). Organisations are not states, and a party acts for its state only
        when it is a party-state's ruling party: otherwise None.
        """
        actor = self.get(actor_id)
        if actor is None:
            return None
        if actor.kind == "state":
            return actor.id
        if actor.kind == "historical_state":
            if actor.renamed and date is not None and not actor.alive(date) and actor.end \
                    and _pad(date) >= _pad(actor.end) and actor.successor:
                return self.state_for(actor.successor, date)
            return actor.id
        if actor.kind == "government_seat":
            return self._seat_state(actor, date)
        if actor.kind == "person":
            term = self.term_at(actor.id, date) if date is not None else None
            if term is not None:
                return term.country if self._is_state(term.country) else None
            code = self.code_at(actor.id, date) if date is not None else None
            if code is not None:
                country, sector = self.split_code(code.code)
                info = self.sectors.get(sector or "")
                return country if country and self._is_state(country) and info and info.state else None
            if date is not None and (actor.terms or actor.codes):
                return self._rising(actor, date)
            if date is None or not actor.terms:
                return actor.country if actor.country and self._is_state(actor.country) else None
            return None
        if actor.kind == "party" and not actor.ruling:
            return None
        if actor.country:
            if date is not None and not actor.alive(date):
                return None
            state = self.state_for(actor.country, date)
            if date is not None and state and not self.actors[state].alive(date):
                # an agent that outlived its first state ("GRU" in 1960): the predecessor then
                alive = [p for p in self.predecessors(state) if self.actors[p].alive(date)]
                if len(alive) == 1:
                    return alive[0]
            return state
        return None

    def state_during(self, actor_id: str, earliest: str | None, latest: str | None) -> str | None:
        """Rule ``office_within_the_period``: the state a person acts for during a period a date of
        year or month precision spans (``earliest``..``latest``), when :meth:`state_for` its first
        day says none: the one state whose office (a term, or a dated Phoenix code of a sector that
        acts for the state) shares a day with the period ("in 1981 Roe signed" of a president sworn
        in on 20 January 1981). None for no person, a day's date, or offices of several states."""
        actor = self.get(actor_id)
        if actor is None or actor.kind != "person" or not earliest or not latest or _pad(earliest) == _pad(latest):
            return None
        states = {t.country for t in actor.terms if t.overlaps(earliest, latest)}
        for c in actor.codes:
            country, sector = self.split_code(c.code)
            info = self.sectors.get(sector or "")
            if (c.start or c.end) and info and info.state and \
                    Term(country or "", "", "", c.start, c.end).overlaps(earliest, latest):
                states.add(country)
        states = {s for s in states if s and self._is_state(s)}
        return states.pop() if len(states) == 1 else None

    def _rising(self, person: Actor, date: str) -> str | None:
        """The state a person acts for at ``date`` before the first office or code the KB dates
        (a colonel, envoy or minister before his presidency): the one state all their terms and
        codes share, while it exists. Between terms and after the last one (a deposed or former
        leader, the dead), or with several states, None."""
        home = person.country
        if not home or not self._is_state(home) or not self.actors[home].alive(date):
            return None
        starts = [t.start for t in person.terms] + [c.start for c in person.codes if c.start or c.end]
        if not starts or any(s is None for s in starts) or _pad(date) >= min(_pad(s) for s in starts):
            return None
        return home

    def _is_state(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.kind in STATE_KINDS

    def _seat_state(self, seat: Actor, date: str | None) -> str | None:
        states = [self.actors[s] for s in seat.seat_of]
        if date is None:
            current = [s for s in states if s.end is None]
            return (current or states)[-1].id
        valid = [s for s in states if s.alive(date)]
        if valid:
            return valid[-1].id
        d = _pad(date)
        ended = [s for s in states if s.end and _pad(s.end) <= d and s.successor]
        # after the last state seated there ended ("Petrograd" in 1930): its successor
        return self.state_for(ended[-1].successor, date) if ended else None

    def term_at(self, person_id: str, date: str | None) -> Term | None:
        """The most senior term ``person_id`` held at ``date`` (None: the current one), or None."""
        actor = self.get(person_id)
        if actor is None:
            return None
        terms = [t for t in actor.terms if t.covers(date)]
        if not terms:
            return None
        return min(terms, key=lambda t: ROLE_ORDER.index(t.role) if t.role in ROLE_ORDER else 99)

    def code_at(self, person_id: str, date: str | None) -> CameoCode | None:
        """The Phoenix code of ``person_id`` at ``date``: a dated code covering it (one of a
        sector that acts for the state first), else the undated default code, else None."""
        actor = self.get(person_id)
        if actor is None or not actor.codes:
            return None
        dated = [c for c in actor.codes if (c.start or c.end) and c.covers(date)] if date else []
        if dated:
            def acting(c: CameoCode) -> bool:
                info = self.sectors.get(self.split_code(c.code)[1] or "")
                return bool(info and info.state)
            return sorted(dated, key=lambda c: not acting(c))[0]
        undated = [c for c in actor.codes if not c.start and not c.end]
        return undated[0] if undated else None

    def role_at(self, person_id: str, date: str | None) -> str | None:
        """A readable role at ``date``: the KB's office ("President of Russia"), else the sector of
        the Phoenix code ("Afghanistan government", "Egypt elite"), else None."""
        term = self.term_at(person_id, date) if date else None
        if term is not None:
            return self.role_title(term)
        code = self.code_at(person_id, date) if date else None
        if code is None:
            return None
        country, sector = self.split_code(code.code)
        label = self.sectors[sector].label if sector in self.sectors else None
        place = self.actors[country].name if country in self.actors else None
        return " ".join(x for x in (place, label) if x) or None

    def cameo_of(self, actor_id: str | None, date: str | None = None) -> str | None:
        """The CAMEO actor code of ``actor_id`` at ``date``: a state's country code ("USR" for the
        Soviet Union), a generic agent's country code and sector ("USRMIL"), a person's dated
        Phoenix code covering the date ("GBRGOV"; a KB office without one gives the country's code
        and GOV), an organisation's or group's own code. None when unknown.
        """
        actor = self.get(actor_id) if actor_id else None
        if actor is None:
            return None
        if actor.kind in STATE_KINDS:
            return actor.cameo or actor.id
        if "/" in actor.id:
            state, _, what = actor.id.partition("/")
            base = self.cameo_of(state, date)
            return base and base + ("MIL" if what == "military" else "GOV")
        if actor.kind == "person":
            term = self.term_at(actor.id, date) if date else None
            if term is not None and self._is_state(term.country):
                return (self.cameo_of(term.country, date) or "") + "GOV"
            if term is not None:
                org = self.actors.get(term.country)
                return org.cameo if org is not None else None
            code = self.code_at(actor.id, date)
            return code.code if code is not None else None
        if actor.kind == "government_seat":
            state = self._seat_state(actor, date)
            return state and (self.cameo_of(state, date) or "") + "GOV"
        if actor.cameo:
            return actor.cameo
        if actor.country and self._is_state(actor.country):
            sector = {"armed_force": "MIL", "agency": "SPY" if "intelligence" in actor.name.lower() else "GOV"}
            return (self.cameo_of(actor.country, date) or "") + sector.get(actor.kind, "GOV")
        return None

    def leaders_of(self, country: str, date: str | None = None) -> list[tuple[Actor, Term]]:
        """Who held office for ``country`` at ``date`` (None: now), most senior role first."""
        return self._holding(country, lambda term: term.covers(date))

    def leaders_during(self, country: str, earliest: str | None, latest: str | None) -> list[tuple[Actor, Term]]:
        """Who held office for ``country`` at some day of ``earliest``..``latest`` (a TIMEX3
        interval), most senior role first: more than one holder of a role when it changed hands."""
        return self._holding(country, lambda term: term.overlaps(earliest, latest))

    def _holding(self, country: str, held: Callable[[Term], bool]) -> list[tuple[Actor, Term]]:
        """The terms of office for ``country`` that ``held`` accepts, with their holders, most
        senior role first."""
        out = [(a, t) for a in self._holders.get(country, ()) for t in a.terms if t.country == country and held(t)]
        out.sort(key=lambda p: ROLE_ORDER.index(p[1].role) if p[1].role in ROLE_ORDER else 99)
        return out

    def in_office(self, person_id: str, earliest: str | None, latest: str | None) -> bool | None:
        """Whether ``person_id`` held an office of the knowledge base at some day of the interval
        ``earliest``..``latest``; None when the KB knows no office of theirs (a person from the
        Phoenix dictionaries, whose dated codes are no terms): nothing to say either way."""
        actor = self.actors.get(person_id)
        if actor is None or not actor.terms:
            return None
        return any(t.overlaps(earliest, latest) for t in actor.terms)

    def role_title(self, term: Term) -> str:
        """A readable role: "President of Russia", "Secretary-General of United Nations"."""
        place = self.actors.get(term.country)
        return f"{term.title} of {place.name}" if place else term.title

    def predecessors(self, state: str) -> list[str]:
        """States whose successors include ``state``, transitively (oldest last)."""
        out: list[str] = []
        todo = [state]
        while todo:
            cur = todo.pop()
            for a in self.actors.values():
                if a.kind in STATE_KINDS | {"organisation"} and cur in a.successors and a.id not in out:
                    out.append(a.id)
                    todo.append(a.id)
        return out

    def counts(self) -> dict[str, int]:
        """How many actors of each kind, aliases and terms the KB holds."""
        kinds: dict[str, int] = {}
        for a in self.actors.values():
            if "/" not in a.id:
                kinds[a.kind] = kinds.get(a.kind, 0) + 1
        kinds["alias_forms"] = len(self.forms)
        kinds["terms"] = sum(len(a.terms) for a in self.actors.values())
        return kinds

    def iter_forms(self) -> Iterable[AliasForm]:
        """Every surface form, for building a matcher."""
        return iter(self.forms)


def cameo_parts(code: str) -> tuple[str, ...]:
    """The three-letter parts of a CAMEO actor code ("IGOUNOJUDICJ" -> IGO, UNO, JUD, ICJ)."""
    return tuple(code[k:k + 3] for k in range(0, len(code), 3))


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base, loaded once per process: from the user's cache when a build of the
    same dictionaries by the same code is there (:func:`cached_kb`), else built and cached."""
    return cached_kb()


#: where the built KB is cached (else ``$XDG_CACHE_HOME/chronica`` or ``~/.cache/chronica``);
#: "off" (or "0", "none") builds it at every start
CACHE_SETTING = "CHRONICA_CACHE_DIR"


def cache_dir() -> Path | None:
    """The user's cache directory of Chronica, or None when caching is turned off."""
    value = os.environ.get(CACHE_SETTING)
    if value is not None:
        value = value.strip()
        return None if value.lower() in ("", "off", "0", "none") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chronica"


def kb_cache_key(data_dir: Path = DATA_DIR, phoenix: bool = True) -> str:
    """The content hash the cached KB is filed under: every file of ``data_dir`` (path and
    bytes), this module's source (the code that builds the KB and the classes it holds), the
    pycountry release (the states' names) and Python's (the pickle)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(data_dir)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(Path(__file__).read_bytes())
    version = getattr(pycountry, "__version__", None) or _dist_version("pycountry")
    digest.update(f"|pycountry {version}|python {sys.version_info[:3]}|phoenix {phoenix}".encode())
    return digest.hexdigest()[:32]


def _dist_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - only part of a cache key
        return "?"


def cached_kb(data_dir: Path = DATA_DIR, phoenix: bool = True) -> KnowledgeBase:
    """The KB of ``data_dir``, read from the user's cache dir when it was built there before
    from the same content by the same code (:func:`kb_cache_key`), else built and written there.

    Building it reads ~28,000 actors of the dictionaries (~0.6-0.8 s CPU at every start of a
    build, an ask or a server); reading the cached pickle takes ~0.15 s. The file is written
    to a temporary name and renamed into place (atomic: two processes starting together each
    write a whole file and the last rename wins; a reader sees a whole file or none). A cache
    that cannot be read (damaged, another Python) is rebuilt, one that cannot be written is
    skipped: the cache never changes the KB, only the time to have it. The pickle is read from
    the user's own cache directory, as any user-level cache is."""
    folder = cache_dir()
    if folder is None:
        return KnowledgeBase(data_dir, phoenix=phoenix)
    try:
        path = folder / f"actors-kb-{kb_cache_key(data_dir, phoenix)}.pickle"
    except OSError:
        return KnowledgeBase(data_dir, phoenix=phoenix)
    try:
        data = path.read_bytes()
    except OSError:
        data = None
    if data is not None:
        enabled = gc.isenabled()
        gc.disable()  # ~28,000 objects made at once: the collector's passes would double the time
        try:
            kb = pickle.loads(data)
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file: built again
            pass
        finally:
            if enabled:
                gc.enable()
    kb = KnowledgeBase(data_dir, phoenix=phoenix)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                pickle.dump(kb, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError):
        pass  # a read-only or full cache dir: the KB is built at every start, as without one
    return kb


@lru_cache(maxsize=1)
def load_core_kb() -> KnowledgeBase:
    """The knowledge base without the Phoenix dictionaries, loaded once per process: its own
    states, historical states, organisations, leaders and seats of government, enough to take
    an id or a name it knows (:meth:`KnowledgeBase.knows`) as the whole KB takes it, at a
    twentieth of the cost (``chronica barometer`` looks up two names)."""
    return KnowledgeBase(phoenix=False)
