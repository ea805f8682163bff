"""The disagreements of a chronicle read as a stream: the same as over every event held, and the
memory of the events that take part in no comparison across the chronicle is let go.

- the split-date pass chooses its pairs on compact records and reads again only the events it
  compares: on random chronicles it finds what the pass over every event held finds (the
  reference below is that pass as it was written before the records);
- ``find_disagreements`` given a function that reads the events anew (fresh objects each time,
  as the store gives them) finds the same as given the list;
- the traced peak of ``find_disagreements`` over a stream of events that no finder keeps does
  not grow with the number of events.
"""

from __future__ import annotations

import copy
import gc
import hashlib
import random
import tracemalloc

import numpy as np
import pytest

from chronica.chronicle import dates as D
from chronica.chronicle.disagreements import (
    MAX_SPLIT_GAP_YEARS, SIM_SPLIT_DATE, _date_topic, _phase, _SplitIndex, _stated_fine, _tells_both,
    _actors_agree, different_designations, different_occasions, find_disagreements,
    split_date_disagreements,
)
from chronica.chronicle.merge import type_compatible
from chronica.chronicle.model import ChronicleEvent, Claim
from chronica.events.model import ASSERTED, NEGATED, SOURCE, TARGET, EventMention, Participant


def reference_split_dates(events, embedder):  # noqa: ANN001, ANN201 - the pass over every event held
    dated = [(e, stated) for e in events if e.modality == ASSERTED and (stated := _stated_fine(e))]
    if len(dated) < 2:
        return []
    sentences = sorted({m.sentence for e, _ in dated for m in e.mentions})
    row = {t: i for i, t in enumerate(sentences)}
    vectors = embedder.embed(sentences)

    def sim(a, b):  # noqa: ANN001, ANN202
        va = vectors[[row[m.sentence] for m in a.mentions if m.sentence in row]]
        vb = vectors[[row[m.sentence] for m in b.mentions if m.sentence in row]]
        return float((va @ vb.T).max()) if len(va) and len(vb) else 0.0

    candidates = []
    docs, index = [set(e.documents) for e, _ in dated], _SplitIndex.of(dated)
    for i, (ea, sa) in enumerate(dated):
        for j in index.within_gap(i):
            eb, sb = dated[j]
            if docs[i] & docs[j] or not type_compatible(ea.type, eb.type):
                continue
            if not _actors_agree(ea, eb) or {_phase(m) for m, _ in sa} != {_phase(m) for m, _ in sb}:
                continue
            span_a = (min(s[0] for _, s in sa), max(s[1] for _, s in sa))
            span_b = (min(s[0] for _, s in sb), max(s[1] for _, s in sb))
            if D.overlaps(span_a, span_b) or D.gap_years(span_a, span_b) > MAX_SPLIT_GAP_YEARS:
                continue
            score = sim(ea, eb)
            if score < SIM_SPLIT_DATE or any(different_designations(ma.sentence, mb.sentence)
                                             or different_occasions(ma.sentence, mb.sentence)
                                             for ma in ea.mentions for mb in eb.mentions):
                continue
            if _tells_both(events, ea, span_b, sim, eb) or _tells_both(events, eb, span_a, sim, ea):
                continue
            candidates.append((score, ea, sa, eb, sb))
    out, used = [], set()
    for _, ea, sa, eb, sb in sorted(candidates, key=lambda c: -c[0]):
        if ea.id in used or eb.id in used:
            continue
        used |= {ea.id, eb.id}
        claims = []
        for e, stated in ((ea, sa), (eb, sb)):
            m = max(stated, key=lambda ms: D.span_days(ms[1]))[0]
            value = m.date if not m.date_end else f"{m.date}/{m.date_end}"
            claims.append(Claim(value=value, mentions=[x for x, _ in stated], event_ids=[e.id]))
        out.append((_date_topic(ea), claims))
    return out


class WordingEmbedder:
    """A sentence's vector from its wording without its date: sentences of one template are
    worded alike (cosine near 1), of two templates apart."""

    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for t in texts:
            template = t.split(" on ")[0].split(" in ")[0]
            seed = int(hashlib.sha1(template.encode()).hexdigest()[:8], 16)
            v = np.random.default_rng(seed).normal(size=16)
            v += np.random.default_rng(len(t)).normal(size=16) * 0.05  # the date changes it a little
            out.append(v / np.linalg.norm(v))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), 16)


ACTORS = [("ALD", "Aldoria"), ("BOR", "Borvia"), ("CAL", "Calvania")]
# our own sentences: (wording, type, trigger)
TEMPLATES = [
    ("{a} sent envoys to {b}", "CONSULT", "sent"),
    ("{a} signed a border treaty with {b}", "AGREE", "signed"),
    ("{a} closed its embassy in {b}", "REDUCE_RELATIONS", "closed"),
    ("The army of {a} crossed into {b}", "FIGHT", "crossed"),
]


def _participant(role: str, key: str, name: str) -> Participant:
    return Participant(role=role, text=name, actor_id=key, name=name, kind="state", state=key)


def random_events(rng: random.Random, n: int) -> list[ChronicleEvent]:
    return list(iter_random_events(rng, n))


def iter_random_events(rng: random.Random, n: int):  # noqa: ANN201 - the events one at a time
    for e in range(n):
        (ka, na), (kb, nb) = rng.sample(ACTORS, 2)
        wording, type_, trigger = rng.choice(TEMPLATES)
        parts = [_participant(SOURCE, ka, na), _participant(TARGET, kb, nb)]
        mentions = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            year, month, day = rng.randint(1950, 1956), rng.randint(1, 12), rng.randint(1, 28)
            dated = rng.random() < 0.85
            date = f"{year}-{month:02d}-{day:02d}" if dated else None
            text = wording.format(a=na, b=nb) + (f" on {day} {month} {year}." if dated else ".")
            span = D.value_interval(date) if date else None
            start = rng.randint(0, 40) * 300
            mentions.append(EventMention(
                document_id=rng.randint(1, 8), sentence_idx=start // 300, sentence=text, sentence_start=start,
                sentence_end=start + len(text), type=type_, intensity=0.0, trigger=trigger,
                trigger_start=start + 5, trigger_end=start + 5 + len(trigger), participants=[_participant(p.role, p.actor_id, p.name) for p in parts],
                date=date, precision=D.value_precision(date) if date else None,
                earliest=span[0].isoformat() if span else None, latest=span[1].isoformat() if span else None,
                date_source="sentence" if date else None, date_text=str(year) if date else None,
                modality=ASSERTED, summary=f"{ka} {trigger} {kb}", confidence=0.9))
        first = mentions[0]
        yield ChronicleEvent(
            id=f"e{e + 1}", type=type_, date=first.date, date_end=None, precision=first.precision,
            earliest=first.earliest, latest=first.latest, participants=parts, summary=first.summary,
            intensity=0.0, modality=ASSERTED if rng.random() < 0.9 else NEGATED, confidence=0.9,
            mentions=mentions)


def _canonical(found) -> list:  # noqa: ANN001
    def key(m) -> tuple:  # noqa: ANN001
        return (m.document_id, m.sentence_start, m.trigger_start, m.sentence)
    return [(topic, [(c.value, [key(m) for m in c.mentions], c.event_ids) for c in claims])
            for topic, claims in found]


@pytest.mark.parametrize("seed", range(12))
def test_split_dates_from_records_equal_the_pass_over_every_event(seed: int) -> None:
    events = random_events(random.Random(seed), 60)
    embedder = WordingEmbedder()
    assert _canonical(split_date_disagreements(events, embedder)) == \
        _canonical(reference_split_dates(events, embedder))


def test_split_dates_random_chronicles_do_find_pairs() -> None:
    """The case table above is not vacuous: its chronicles hold split dates."""
    found = sum(len(reference_split_dates(random_events(random.Random(s), 60), WordingEmbedder()))
                for s in range(12))
    assert found >= 6


def _disagreements(found) -> list:  # noqa: ANN001
    return [(d.id, d.kind, d.topic, d.event_ids, d.reason,
             [(c.value, c.event_ids, [(m.document_id, m.sentence_start, m.trigger_start) for m in c.mentions])
              for c in d.claims]) for d in found]


@pytest.mark.parametrize("seed", range(4))
def test_find_disagreements_over_events_read_anew_equal_over_the_list(seed: int) -> None:
    events = random_events(random.Random(100 + seed), 80)
    reads = []

    def again():  # noqa: ANN202 - fresh objects each time, as the store gives them
        reads.append(1)
        return (copy.deepcopy(e) for e in events)

    held = find_disagreements(events, WordingEmbedder(), claims=[])
    streamed = find_disagreements(again, WordingEmbedder(), claims=[])
    assert _disagreements(streamed) == _disagreements(held)
    assert held and len(reads) >= 1


def _undated(n: int):  # noqa: ANN202 - events no finder keeps: no date, no act, no claim
    rng = random.Random(5)
    for e in iter_random_events(rng, n):
        for m in e.mentions:
            m.date = m.earliest = m.latest = m.precision = m.date_source = m.date_text = None
        e.date = e.earliest = e.latest = None
        yield e


def _peak(n: int) -> int:
    gc.collect()
    tracemalloc.start()
    find_disagreements(lambda: _undated(n), WordingEmbedder(), claims=[])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_find_disagreements_holds_no_event_it_does_not_compare() -> None:
    _peak(1500)  # the bounded caches of the rules filled first
    small, large = _peak(1500), _peak(6000)
    assert large < 1.25 * small, (small, large)
