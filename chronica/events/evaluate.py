"""Event extraction measured against hand-made gold: ``chronica eval events GOLD.yaml...``.

Reads gold in the format of ``../shared/eval/*gold*.yaml`` (see ``../shared/eval/CONTRACT.md``):
events with ``evidence`` (file -> a verbatim snippet), ``date`` (``YYYY[-MM[-DD]]``, ``196X``,
``18XX``, or ``[from, to]`` years), ``actors`` (ids or names) and, optionally, ``type``. Scores a
chronicle export (the JSON of ``chronica export --format json``):

- *found*: an exported event cites a sentence containing the evidence (case, white space, curly
  quotes and dashes folded) in that file;
- *dated*: one such event's date agrees with the gold date at the gold's precision;
- *merged*: one exported event cites two or more of the gold's files (of gold events with
  evidence in two or more files);
- *type*: of found gold events that carry a ``type``, one citing event has it;
- *actors*: of found gold events, one citing event names one of its actors (by id, name or the
  state it acts for), and one names all of them;
- event-coding gold (a sentence per item with ``type``, ``source`` and ``target`` as country or
  organisation codes, ``type: NONE`` for a sentence that states no event): *type* compares with
  the exported PLOVER type as well as Chronica's own; *source* / *target*: of found items that
  name one, a citing event of the gold's type (else any citing event) has that actor in that
  role (by id or the state it acts for); a NONE item is *kept clear* when no coded event (other
  than OTHER) cites it. ``split`` limits the score to the items of one split (dev / test).

Public API: :func:`score`, :class:`EventScores`, :func:`load_gold`, :func:`corpus_of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chronica.gold import fold


def load_gold(path: str | Path) -> dict[str, Any]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ValueError(f"{path}: not an events gold file (no 'events' list)")
    return data


def date_agrees(gold: Any, value: str | None) -> bool:
    """The exported ``value`` agrees with the gold date at the gold's precision."""
    if value is None or gold is None:
        return False
    if isinstance(gold, list):
        years = [int(str(g)[:4]) for g in gold]
        return value[:4].isdigit() and min(years) <= int(value[:4]) <= max(years)
    gold = str(gold)
    if len(value) < len(gold.rstrip("X")) and not value.isdigit():
        return False
    if len(value.split("-")[0]) < len(gold.split("-")[0].rstrip("X")):
        return False  # a decade given for a year
    return all(g == "X" or (i < len(value) and value[i] == g) for i, g in enumerate(gold)) \
        and len(value) >= len(gold.rstrip("X"))


@dataclass
class Miss:
    gold_id: str
    what: str
    reason: str


@dataclass
class EventScores:
    name: str
    events: int = 0
    found: int = 0
    dated: int = 0
    undated: int = 0  # gold items whose text gives no date (event-coding sentences)
    merge_candidates: int = 0
    merged: int = 0
    typed: int = 0
    type_right: int = 0
    with_actors: int = 0  # found gold events that name actors
    actors_any: int = 0
    actors_all: int = 0
    exported: int = 0
    with_source: int = 0
    source_right: int = 0
    with_target: int = 0
    target_right: int = 0
    no_event: int = 0  # gold items that state no event (type NONE)
    no_event_clear: int = 0  # ... that no coded event cites
    misses: list[Miss] = field(default_factory=list)

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b}" + (f" ({100 * a / b:.0f} %)" if b else "")
        out = [
            f"== {self.name}",
            f"found           {pct(self.found, self.events)}",
            f"dated           {pct(self.dated, self.events - self.undated)}",
            f"merged          {pct(self.merged, self.merge_candidates)}",
            f"type            {pct(self.type_right, self.typed)} of found" if self.typed else "type            n/a (the gold gives no types)",
            f"actors (any)    {pct(self.actors_any, self.with_actors)}",
            f"actors (all)    {pct(self.actors_all, self.with_actors)}",
            f"events exported {self.exported}",
        ]
        if self.with_source or self.with_target:
            out[-1:-1] = [f"source          {pct(self.source_right, self.with_source)}",
                          f"target          {pct(self.target_right, self.with_target)}"]
        if self.no_event:
            out.insert(-1, f"no event, kept clear {pct(self.no_event_clear, self.no_event)}")
        if self.misses:
            out.append("misses:")
            out.extend(f"  {m.gold_id}: {m.reason}  ({m.what})" for m in self.misses)
        return out


def _actor_keys(event: dict) -> set[str]:
    keys: set[str] = set()
    for a in event.get("actors", []):
        for k in (a.get("id"), a.get("name"), a.get("state")):
            if k:
                keys.add(fold(str(k)))
    return keys


def _has_actor(event: dict, role: str, codes: str | list[str]) -> bool:
    """The event has the actor coded ``codes`` (any of them, for a joint actor) in ``role``."""
    wanted = {fold(str(c)) for c in (codes if isinstance(codes, list) else [codes])}
    return any(a.get("role") == role and wanted & {fold(str(a.get(k))) for k in ("id", "state") if a.get(k)}
               for a in event.get("actors", []))


def _type_of(event: dict) -> set[str]:
    """Chronica's type and the PLOVER type of an exported event (``plover`` is its PLOVER coding)."""
    plover = event.get("plover")
    if isinstance(plover, dict):
        plover = plover.get("type")
    return {t for t in (event.get("type"), plover) if t}


def score(export: dict[str, Any], gold: dict[str, Any], name: str = "gold",
          split: str | None = None) -> EventScores:
    """Score an export against one gold file (its items of ``split`` only, when given)."""
    docs = {d["id"]: Path(d.get("path") or "").name for d in export.get("documents", [])}
    events = export.get("events", [])
    # (file name, folded sentence) -> exported events citing it
    cites: list[tuple[dict, list[tuple[str, str]]]] = [
        (e, [(docs.get(m["document"], ""), fold(m.get("sentence", ""))) for m in e.get("mentions", [])])
        for e in events]
    result = EventScores(name=name, exported=len(events))
    for g in gold["events"]:
        if split is not None and g.get("split") != split:
            continue
        evidence = {Path(f).name: fold(text) for f, text in (g.get("evidence") or {}).items()}
        citing = [e for e, ms in cites if any(f == file and snippet in s
                                               for file, snippet in evidence.items() for f, s in ms)]
        what = g.get("what", "")
        if g.get("type") == "NONE":
            result.no_event += 1
            coded = [e for e in citing if e.get("type") != "OTHER"]
            result.no_event_clear += not coded
            if coded:
                result.misses.append(Miss(g["id"], what, f"no event, but got {sorted(_type_of(coded[0]))}"))
            continue
        result.events += 1
        result.undated += g.get("date") is None
        if len(evidence) >= 2:
            result.merge_candidates += 1
            if any(len({f for f, s in ms for file, snippet in evidence.items() if f == file and snippet in s}) >= 2
                   for _, ms in cites):
                result.merged += 1
        if not citing:
            result.misses.append(Miss(g["id"], what, "no event cites its evidence"))
            continue
        result.found += 1
        if g.get("date") is None:
            pass  # the text gives no date: nothing to get right
        elif any(date_agrees(g.get("date"), e.get("date")) for e in citing):
            result.dated += 1
        else:
            result.misses.append(Miss(g["id"], what, f"date {g.get('date')} but got "
                                      f"{sorted({str(e.get('date')) for e in citing})}"))
        if g.get("type"):
            result.typed += 1
            right = [e for e in citing if g["type"] in _type_of(e)]
            result.type_right += bool(right)
            if not right:
                result.misses.append(Miss(g["id"], what, f"type {g['type']} but got "
                                          f"{sorted({t for e in citing for t in _type_of(e)})}"))
        for role, have, got in (("source", "with_source", "source_right"), ("target", "with_target", "target_right")):
            if g.get(role):
                setattr(result, have, getattr(result, have) + 1)
                pool = [e for e in citing if g.get("type") in _type_of(e)] or citing
                setattr(result, got, getattr(result, got) + any(_has_actor(e, role, g[role]) for e in pool))
        wanted = {fold(str(a)) for a in g.get("actors") or []}
        if wanted:
            result.with_actors += 1
            result.actors_any += any(_actor_keys(e) & wanted for e in citing)
            result.actors_all += any(wanted <= _actor_keys(e) for e in citing)
    return result


def corpus_of(gold_path: str | Path) -> Path | None:
    """The folder of articles a gold file annotates: beside it, named as the gold without its
    ``_gold``/``_dev`` suffixes (``dev/cyprus_gold.yaml`` -> ``dev/cyprus``), or in
    ``../corpus/`` (``korea_gold_dev.yaml`` -> ``../corpus/korea``)."""
    gold_path = Path(gold_path)
    name = re.sub(r"(_gold|_dev)+$", "", gold_path.stem)
    for candidate in (gold_path.parent / name, gold_path.parent.parent / "corpus" / name):
        if candidate.is_dir():
            return candidate
    return None
