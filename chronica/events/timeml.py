"""Event dating and event recall measured on TimeML gold (TimeBank / AQUAINT, TBAQ-cleaned).

``chronica eval event-dates DIR`` reads every ``.tml`` file under DIR (the text, its EVENTs,
TIMEX3s, MAKEINSTANCEs and TLINKs), runs Chronica's time, actor and event stages on the text with
the file's creation date, and reports:

1. **dating** - of the gold TLINKs that put an event inside an in-text DATE expression
   (relType IS_INCLUDED / INCLUDES / DURING / SIMULTANEOUS / IDENTITY / BEGINS / ENDS and their
   inverses), whose event Chronica also finds (an event whose trigger overlaps the gold event's
   word): the share given that date, at the expression's precision (its value is a prefix of
   Chronica's date, or equal);
2. **DCT dating** - the same for events linked to the document creation time (the news of the
   day: Chronica dates those from the publication date);
3. **candidates** - of the gold EVENTs (verbs and nouns) with a participant (a dependent of the
   event word that an actor mention covers: subject, object, agent, possessor, a phrase's object),
   the share a trigger of the ontology or the dictionary matches (a candidate), and the share
   that become an event.

Public API: :func:`read_tml_events`, :func:`evaluate`, :class:`TimeMLScores`.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from chronica.events._actors import MentionIndex, mentions_from
from chronica.events._happenings import happening_mentions
from chronica.events.extract import extract_events, find_triggers
from chronica.events.ontology import load_ontology
from chronica.time import value_interval

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)

#: TLINK relations that put an event inside (or at) a time expression
INSIDE = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY",
                    "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"})
#: dependents of an event word that name its participants
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "poss", "dative", "pobj", "prep", "compound", "amod"})


@dataclass
class TimeMLDoc:
    name: str
    dct: str | None
    text: str
    events: dict[str, tuple[int, int]]  # eid -> offsets in text
    timexes: dict[str, tuple[int, int, str, str]]  # tid -> (start, end, type, value)
    instances: dict[str, str]  # eiid -> eid
    links: list[tuple[str, str]]  # (eid, tid) of an event inside a time
    dct_tid: str | None = None
    classes: dict[str, str] = field(default_factory=dict)  # eid -> TimeML class (OCCURRENCE, I_STATE, ...)
    pos: dict[str, str] = field(default_factory=dict)  # eid -> part of speech its MAKEINSTANCE gives (VERB, NOUN, ...)


def read_tml_events(path: str | Path) -> TimeMLDoc:
    """One TimeML file: the text with tags stripped and the annotations with their offsets."""
    raw = Path(path).read_text(encoding="utf-8")
    m = _DCT.search(raw)
    dct_attrs = dict(_ATTR.findall(m.group(1))) if m else {}
    body = _TEXT.search(raw)
    source = body.group(1) if body else ""
    out: list[str] = []
    length, pos = 0, 0
    events: dict[str, tuple[int, int]] = {}
    classes: dict[str, str] = {}
    timexes: dict[str, tuple[int, int, str, str]] = {}
    opened: dict[str, tuple[dict, int]] = {}
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs = tag.group(1), tag.group(2), dict(_ATTR.findall(tag.group(3)))
        if name not in ("EVENT", "TIMEX3"):
            continue
        if not closing:
            opened[name] = (attrs, length)
        elif name in opened:
            a, start = opened.pop(name)
            if name == "EVENT":
                events[a.get("eid", "")] = (start, length)
                classes[a.get("eid", "")] = a.get("class", "")
            else:
                timexes[a.get("tid", "")] = (start, length, a.get("type", ""), a.get("value", ""))
    out.append(html.unescape(source[pos:]))
    made = [dict(_ATTR.findall(t)) for t in re.findall(r"<MAKEINSTANCE([^>]*)>", raw)]
    instances = {a["eiid"]: a["eventID"] for a in made if "eiid" in a and "eventID" in a}
    pos = {a.get("eventID", ""): a.get("pos", "") for a in made}
    dct_tid = dct_attrs.get("tid")
    if dct_tid:
        timexes.setdefault(dct_tid, (-1, -1, dct_attrs.get("type", "DATE"), dct_attrs.get("value", "")))
    links = []
    for t in re.findall(r"<TLINK([^>]*)>", raw):
        a = dict(_ATTR.findall(t))
        if a.get("relType") not in INSIDE:
            continue
        ei = a.get("eventInstanceID") or a.get("relatedToEventInstance")
        tid = a.get("relatedToTime") or a.get("timeID")
        if ei and tid and ei in instances and not (a.get("eventInstanceID") and a.get("relatedToEventInstance")):
            links.append((instances[ei], tid))
    return TimeMLDoc(Path(path).name, dct_attrs.get("value"), "".join(out), events, timexes, instances,
                     links, dct_tid, classes, pos)


def _date_right(value: str | None, gold: str, earliest: str | None = None, latest: str | None = None) -> bool:
    """Chronica's date agrees with the gold value at the gold's precision: "1998-10" takes
    "1998-10-25"; "196X" any date of the 1960s; a season or quarter ("1998-SU") its year; a gold
    week ("1998-W42") the event whose days (``earliest`` to ``latest``: the contract writes a
    week as its month) lie inside it."""
    if value and gold and "-W" in gold and earliest and latest:
        week = value_interval(gold)
        if week and week[0] <= earliest and latest <= week[1]:
            return True
    m = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{2,3}X*)", gold or "")
    if not value or not m:
        return False
    if value.startswith(m.group(1).rstrip("X")):
        return True
    # a week ("1998-W42") agrees with a month or year ("1998-10") it lies in, at the gold's precision
    week, outer = value_interval(value) if "-W" in value else None, value_interval(m.group(1))
    return bool(week and outer and outer[0] <= week[0] and week[1] <= outer[1])


@dataclass
class TimeMLScores:
    files: int = 0
    linked: int = 0  # gold event-in-DATE links (in text)
    linked_found: int = 0  # ... whose event Chronica finds
    linked_dated: int = 0  # ... and dates right
    dct_linked: int = 0
    dct_found: int = 0
    dct_dated: int = 0
    with_participant: int = 0
    candidates: int = 0
    events: int = 0
    misdated: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} ({100 * a / b:.1f} %)" if b else f"{a}/0"
        return [
            f"TimeML files                                   {self.files}",
            f"event inside an in-text DATE, event found      {pct(self.linked_found, self.linked)}",
            f"  ... given that date                          {pct(self.linked_dated, self.linked_found)}",
            f"event inside the document's date, found        {pct(self.dct_found, self.dct_linked)}",
            f"  ... given that date                          {pct(self.dct_dated, self.dct_found)}",
            f"TimeML events with a participant               {self.with_participant}",
            f"  ... that become candidates (a trigger)       {pct(self.candidates, self.with_participant)}",
            f"  ... that become events                       {pct(self.events, self.with_participant)}",
        ]


def _files(folder: str | Path, limit: int | None) -> list[Path]:
    files, seen = [], set()
    for f in sorted(Path(folder).rglob("*.tml")):
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        if digest not in seen:  # TBAQ-cleaned ships a copy of one file in testpipeline/
            seen.add(digest)
            files.append(f)
    return files[:limit] if limit else files


def evaluate(folder: str | Path, nlp, limit: int | None = None, examples: int = 0) -> TimeMLScores:  # noqa: ANN001
    """Score the event stage on the TimeML files under ``folder`` with ``nlp`` (a pipeline with
    the time and actor stages, whose ``doc._.dct`` is set from each file's creation date)."""
    onto = load_ontology()
    scores = TimeMLScores()
    for path in _files(folder, limit):
        gold = read_tml_events(path)
        scores.files += 1
        doc = nlp.make_doc(gold.text)
        doc._.dct = gold.dct
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        events = extract_events(doc)

        def found(eid: str) -> list:
            s, e = gold.events[eid]
            return [ev for ev in events if ev.trigger_start < e and s < ev.trigger_end]

        for eid, tid in gold.links:
            if eid not in gold.events or tid not in gold.timexes:
                continue
            start, _, ttype, value = gold.timexes[tid]
            if ttype != "DATE":
                continue
            is_dct = tid == gold.dct_tid or start < 0
            hits = found(eid)
            if is_dct:
                scores.dct_linked += 1
                scores.dct_found += bool(hits)
                scores.dct_dated += any(_date_right(h.date, value, h.earliest, h.latest) for h in hits)
                continue
            scores.linked += 1
            if hits:
                scores.linked_found += 1
                if any(_date_right(h.date, value, h.earliest, h.latest) for h in hits):
                    scores.linked_dated += 1
                elif len(scores.misdated) < examples:
                    s, e = gold.events[eid]
                    scores.misdated.append(f"{gold.name}: {gold.text[s:e]!r} gold {value} got {[h.date for h in hits]}")
        # candidates among events with a participant
        actors = mentions_from(doc, None)
        taken = {i for m in actors for i in range(m.start, m.end)}
        index = MentionIndex(doc, actors + happening_mentions(doc, taken))
        triggers = {t.anchor.i for sent in doc.sents for t in find_triggers(sent, onto, index)}
        triggers |= {i for sent in doc.sents for t in find_triggers(sent, onto, index) for i in (x.i for x in t.tokens)}
        for s, e in gold.events.values():
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok = span.root
            if not any(index.at(t) is not None for c in tok.children if c.dep_ in PARTICIPANT_DEPS
                       for t in [c, *c.children]):
                continue
            scores.with_participant += 1
            scores.candidates += tok.i in triggers
            scores.events += any(ev.trigger_start < e and s < ev.trigger_end for ev in events)
    return scores
