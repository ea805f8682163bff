"""Blocking of the chronicle step (issue 12): which pairs of mentions are compared.

1. On real corpora (Korea dev + the Suez example), every pair the merge links
   (:func:`chronica.chronicle.merge.linked`, judged on all pairs of a type family, unblocked) is
   found by the look-ups from both sides: the blocked chronicle equals the unblocked one.
2. On a generated single-subject text (one actor in every sentence, dates written in the
   sentences), the candidate pairs grow far slower than the square of the mentions, and the
   chronicle added in three parts equals the one computed at once.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from pathlib import Path

import pytest

from chronica.build import build
from chronica.chronicle import embeddings
from chronica.chronicle.merge import (
    blocking_keys,
    group_of,
    linked,
    mention_info,
    mention_order,
)
from chronica.chronicle.merge import _block_of
from chronica.chronicle.persist import (
    StoredVectors, key_groups, key_query, lookup_window, rebuild, update, weighed_candidates,
)
from chronica.events.model import SOURCE, TARGET, EventMention, Participant
from chronica.ingest.document import Document
from chronica.store import Store
from chronica.store.chronicle import KeyQuery, width_class
from chronica.store.db import Annotations

REPO = Path(__file__).resolve().parents[1]
SUEZ = REPO / "examples" / "suez"


class WordCounts:
    """The embeddings module's bag-of-words vectors: fast, and enough to count pairs."""

    def embed(self, texts: list[str]):
        return embeddings._bow(texts)


# -- 1. every linked pair is found, on real text -------------------------------------------------

@pytest.fixture(scope="module")
def real_store(tmp_path_factory, shared: Path) -> Store:
    folder = tmp_path_factory.mktemp("blocking")
    store = Store(folder / "real.db")
    build([SUEZ, shared / "corpus" / "korea"], store)
    yield store
    store.close()


def _all_linked(store: Store) -> tuple[set[tuple[int, int]], int]:
    """Every linked pair of stored original mentions, judged on all pairs of each family, and
    the number of pairs judged."""
    tables = store.chronicle
    originals = [mid for mid, _, alias in tables.membership() if alias is None]
    mentions = store.event_mentions_by_id(originals)
    infos = {mid: mention_info(m) for mid, m in mentions.items()}
    vectors = StoredVectors(tables)
    by_group: dict[str, list[int]] = defaultdict(list)
    for mid, m in mentions.items():
        for g in key_groups(m):  # its family, and that of the act a planned AGREE announces
            by_group[g].append(mid)
        by_group["block:" + _block_of(m.type)].append(mid)  # families whose types may be weighed
    pairs, judged = set(), 0
    for ids in by_group.values():
        vecs = vectors.embed([mentions[i].sentence for i in ids])
        sims = vecs @ vecs.T
        for x, y in itertools.combinations(range(len(ids)), 2):
            judged += 1
            a, b = sorted((ids[x], ids[y]), key=lambda i: mention_order(mentions[i]))
            if linked(infos[a], infos[b], float(sims[x, y])):
                pairs.add((min(a, b), max(a, b)))
    return pairs, judged


def _found(store: Store, blocked: bool, weighed: bool = True) -> dict[int, set[int]]:
    tables = store.chronicle
    originals = [mid for mid, _, alias in tables.membership() if alias is None]
    mentions = store.event_mentions_by_id(originals)
    out = {}
    for mid, m in mentions.items():
        info = mention_info(m)
        earliest, latest = lookup_window(info)  # as the build looks a mention's partners up
        by_key = key_query(info) if blocked else KeyQuery()
        out[mid] = tables.candidates(group_of(m.type), blocking_keys(info), earliest, latest, by_key) - {mid}
        for other in key_groups(m)[1:]:  # the act a planned AGREE announces, by its actors (as the build)
            out[mid] |= tables.candidates(other, blocking_keys(info), None, None, by_key) - {mid}
        if blocked and weighed:  # the other families its types may be weighed against (as the build)
            out[mid] |= weighed_candidates(tables, info, group_of(m.type), blocking_keys(info)) - {mid}
    return out


def test_chronicle_blocking_finds_every_pair_the_merge_links(real_store: Store) -> None:
    linked_pairs, judged = _all_linked(real_store)
    found = _found(real_store, blocked=True)
    missed = [(a, b) for a, b in linked_pairs if b not in found[a] or a not in found[b]]
    assert linked_pairs and not missed
    # the look-ups of a family are symmetric: a pair is found from both sides or from neither (those
    # of the weighed families are narrowed by what each side needs: a linked pair is found from
    # both, as checked above)
    family = _found(real_store, blocked=True, weighed=False)
    assert all(a in family[b] for a in family for b in family[a])
    # and the stored links are exactly the linked pairs
    stored = {tuple(r) for r in real_store.chronicle.links_among(found)}
    assert stored == linked_pairs
    blocked = sum(len(v) for v in family.values()) // 2  # of a family, against all of a family
    unblocked = sum(len(v) for v in _found(real_store, blocked=False).values()) // 2
    assert blocked <= unblocked < judged


# -- 2. a long text on one subject ---------------------------------------------------------------

ACTORS = [("FRA", "France"), ("DEU", "Germany"), ("JPN", "Japan"), ("BRA", "Brazil"),
          ("EGY", "Egypt"), ("IND", "India"), ("POL", "Poland"), ("KEN", "Kenya")]
SUBJECT = ("TUR", "Turkey")  # in every sentence: a corpus on one subject
ACTS = [("AGREE", "signed an accord with"), ("CONSULT", "held talks with"),
        ("SANCTION", "imposed sanctions on"), ("AID", "sent aid to"), ("ACCUSE", "accused"),
        ("THREATEN", "threatened")]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _sentence(rng: random.Random, retold: list[tuple], mixed: bool) -> tuple[str, EventMention]:
    """A sentence stating one event on a day; when ``mixed``, some retell an earlier event (its
    day, actors and type in other words), some give only the year, some no date at all."""
    other = rng.choice(ACTORS)
    source, target = (SUBJECT, other) if rng.random() < 0.5 else (other, SUBJECT)
    act = rng.choice(ACTS)
    day, month, year = rng.randint(1, 28), rng.randrange(6), rng.randint(1900, 2020)
    roll = rng.random() if mixed else 1.0
    if roll < 0.2 and retold:  # the same event told again
        source, target, act, day, month, year = rng.choice(retold)
    retold.append((source, target, act, day, month, year))
    code, verb = act
    when = f"{day} {MONTHS[month]} {year}"
    iso = f"{year}-{2 * month + 1:02d}-{day:02d}"
    text = f"On {when}, {source[1]} {verb} {target[1]}."
    dating = {"date": iso, "precision": "day", "earliest": iso, "latest": iso, "date_text": when,
              "date_source": "sentence"}
    if 0.2 <= roll < 0.3:  # the year only
        text = f"In {year}, {source[1]} {verb} {target[1]} again."
        dating = {"date": str(year), "precision": "year", "earliest": f"{year}-01-01",
                  "latest": f"{year}-12-31", "date_text": str(year), "date_source": "sentence"}
    elif 0.3 <= roll < 0.4:  # no date
        text = f"Afterwards {source[1]} {verb} {target[1]}."
        dating = {}
    mention = EventMention(
        document_id=0, sentence_idx=0, sentence=text, sentence_start=0, sentence_end=len(text),
        type=code, intensity=0.0, trigger=verb.split()[0], trigger_start=0, trigger_end=0,
        participants=[Participant(SOURCE, source[1], source[0], source[1], "state", source[0]),
                      Participant(TARGET, target[1], target[0], target[1], "state", target[0])],
        summary=text, **dating,
    )
    return text, mention


def _add_text(store: Store, n: int, seed: int, mixed: bool = False) -> None:
    """One document of ``n`` generated sentences, each stating one event (see :func:`_sentence`)."""
    rng = random.Random(seed)
    parts, events, bounds, at, retold = [], [], [], 0, []
    for idx in range(n):
        text, mention = _sentence(rng, retold, mixed)
        mention.sentence_idx, mention.sentence_start, mention.sentence_end = idx, at, at + len(text)
        bounds.append((at, at + len(text)))
        parts.append(text)
        events.append(mention)
        at += len(text) + 1
    body = " ".join(parts)
    doc = Document(path=f"part{seed}.txt", format="txt", raw=body, text=body,
                   spans=[(0, 0, len(body))], title=f"part {seed}")
    store.add_document(doc, path_key=f"/generated/part{seed}.txt", sentences=bounds, parse=None,
                       minhash=None, near_duplicate=None, run_id=None,
                       annotations=Annotations(events=events))


def _links(store: Store) -> set[tuple[int, int]]:
    return {tuple(r) for r in store.chronicle.links_among(
        [mid for mid, _, alias in store.chronicle.membership() if alias is None])}


def _events(store: Store) -> list[tuple[int, ...]]:
    return sorted(tuple(sorted(m for m, e, _ in store.chronicle.membership() if e == eid))
                  for eid in {e for _, e, _ in store.chronicle.membership()})


@pytest.mark.parametrize("small, factor", [(300, 4)])
def test_chronicle_blocking_pairs_grow_subquadratically(tmp_path: Path, small: int, factor: int) -> None:
    compared = {}
    for n in (small, small * factor):
        with Store(tmp_path / f"{n}.db") as store:
            _add_text(store, n, seed=n)
            report = update(store, WordCounts())
            assert report.new_mentions == n and report.events > 0
            compared[n] = report.compared
    # all pairs (n ** 2 / 2: 720k at 1,200) would be compared without blocking, and so would the
    # pairs sharing the subject and a family; with it, a mention whose date is stated is compared
    # with about no other (same-day mentions of weighed families are real candidates, and few):
    # fewer pairs than mentions at every size
    assert all(pairs <= n for n, pairs in compared.items()), compared


def test_chronicle_blocking_incremental_equals_full_rebuild(tmp_path: Path) -> None:
    with Store(tmp_path / "parts.db") as parts, Store(tmp_path / "full.db") as full:
        for seed in (1, 2, 3):
            _add_text(parts, 200, seed, mixed=True)
            update(parts, WordCounts())
            _add_text(full, 200, seed, mixed=True)
        rebuild(full, WordCounts())
        assert _links(parts) == _links(full) and _links(full)
        assert _events(parts) == _events(full)


@pytest.mark.parametrize("earliest, latest, width", [
    ("1950-06-25", "1950-06-25", 0),  # a day
    ("1950-06-01", "1950-06-30", 5),  # a month: 29 days < 2 ** 5
    ("1950-01-01", "1950-12-31", 9),  # a year: 364 days < 2 ** 9
    ("1960-01-01", "1969-12-31", 12),  # a decade
])
def test_chronicle_blocking_width_class(earliest: str, latest: str, width: int) -> None:
    assert width_class(earliest, latest) == width


# -- 3. the split-date pass of the disagreements looks up pairs by date ---------------------------

def test_chronicle_blocking_split_date_index_keeps_every_pair_within_the_gap() -> None:
    from datetime import date, timedelta

    from chronica.chronicle import dates
    from chronica.chronicle.disagreements import MAX_SPLIT_GAP_YEARS, _SplitIndex

    rng = random.Random(7)
    spans = []
    for _ in range(400):
        start = date(1, 1, 1) + timedelta(days=rng.choice([0, rng.randrange(3_600_000)]))
        spans.append((start, start + timedelta(days=rng.choice([0, 30, 364, 2000]))))
    spans += [(date(1950, 1, 1), date(1950, 12, 31)), (date(1953, 12, 31), date(1953, 12, 31)),
              (date(9999, 1, 1), date(9999, 12, 31))]
    dated = [(None, [(None, span)]) for span in spans]
    index = _SplitIndex.of(dated)
    for i, a in enumerate(spans):
        found = index.within_gap(i)
        assert found == sorted(found)
        wanted = {j for j in range(i + 1, len(spans))
                  if not dates.overlaps(a, spans[j]) and dates.gap_years(a, spans[j]) <= MAX_SPLIT_GAP_YEARS}
        assert wanted <= set(found)
