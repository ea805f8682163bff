"""The chronicle persisted: computed at build time, updated incrementally, read back by commands.

Public API::

    report = update(store)        # after documents were added: merge what they touch, store it
    report = rebuild(store)       # forget the stored chronicle and compute it from every mention
    chronicle = load_chronicle(store, with_text=False)   # what the read commands show

How :func:`update` works (all in one transaction, so a killed build leaves the last chronicle):

1. *New mentions* are the stored event mentions the chronicle has not seen. When stored events
   lost mentions (``chronica annotate`` rewrote documents) the chronicle is rebuilt instead.
   First, with the corpus whole, a stateless person participant takes the state the corpus's
   other documents say that person acts for (:func:`chronica.actors.corpus.learn_person_states`);
   when that rewrites a mention the chronicle has already seen, the chronicle is rebuilt too.
2. *Near-duplicate copies*: a mention of a document flagged as a near-duplicate, in a sentence
   aligned with one of the original document's and of the same type as a mention there, is
   that mention's copy: it joins the original's entry and adds none (:func:`copies_of`).
3. *Vectors*: each new sentence text is embedded once (MiniLM) and its vector stored; nothing
   is embedded again, not by later builds nor by read commands (:class:`StoredVectors`).
4. *Blocking and links*: a new mention is compared only with mentions of its type family that
   share an actor or whose dates overlap (an index look-up in the store), and with a stated date
   also with mentions of the families its type may be weighed against whose dates overlap and
   that share an actor (or, the date a day or a month, any actor: the merge weighs types of two
   families with no actor in common there), with a date only inferred those that share an actor
   and whose dates overlap (:func:`chronica.chronicle.merge.weighed_groups`), by the dot product of
   stored vectors; pairs the merge may join are stored as links (:func:`chronica.chronicle.merge.linked`).
5. *Affected components*: the connected components of the link graph that hold new mentions
   are clustered again, each on its own, with the merge's own clustering. Every decision of that
   clustering depends only on linked mentions, so the result equals clustering the whole type
   family at once: an update equals a full rebuild (a test builds a corpus in three parts).
6. The events of those components are replaced, every event is labelled ``e1, e2, ...`` in
   chronological order, and the events' disagreements (dates, acts) are found again over all
   events, from stored vectors (their kinds compare events across the whole chronicle; this
   is not incremental).
7. The claims' disagreements are incremental (:class:`_ClaimLinks`): the links between claims
   are stored, and only those of the claims that are new or whose happenings were merged
   again in 5 are found again, each compared only with the claims of its kind that share a
   key of the kind's same-thing test or whose clauses are worded alike
   (:func:`chronica.chronicle.claim_conflicts.claim_links`); the disagreements are grouped from
   the stored links. The stored links equal those of comparing every claim with every other
   (``tests/test_chronicle_persist.py`` adds a corpus in three parts and rebuilds).
8. Each event that has no exported record (new, or a near-duplicate copy's mention joined or
   left it) gets it, as ``chronica export --format json`` writes it, from the stored rows
   (:func:`chronica.chronicle.stored.fill_exports`; and the documents' time expressions): the
   export then writes stored bytes (``tests/test_export_stored.py``).

Memory: steps 2-5 read the new mentions a batch (:data:`BATCH`) at a time, each time they are
needed, through a cache of :data:`CACHE_MENTIONS` parsed mentions, and write what they find
(keys, vectors, links, events) as they go: they hold the batch, not the build. Step 6 reads the
events a batch at a time (their members by event, their mentions by row id, no near-duplicate
copy's), and ``find_disagreements`` takes them as they come and keeps of each only what a finder
compares across the chronicle (events with a stated date, act mentions, the events the claims
are about): an event of none of these is let go with its batch. A small-batch setting gives the
very chronicle of one batch (``tests/test_chronicle_persist.py``).
"""

from __future__ import annotations

import difflib
import importlib
import json
import time
import weakref
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields

from datetime import timedelta

import numpy as np

from chronica import fastjson
from chronica.chronicle import dates
from chronica.chronicle.merge import (
    ONCE_TYPES, announced_act, blocking_keys, build_event, cluster_block, group_of, linked, mention_info,
    mention_order, sides_groups, thing_keys, weighed_groups,
)
from chronica.chronicle.claim_conflicts import SAME_THING, ClaimContext, Partners, claim_groups, is_link
from chronica.chronicle.disagreements import find_disagreements
from chronica.chronicle.embeddings import Embedder, default_embedder
from chronica.chronicle.linking import DisjointSets
from chronica.chronicle.model import Claim, ChronicleEvent, Disagreement
from chronica.claims.model import SentenceClaim
from chronica.events.model import EventMention, Participant
from chronica.store import Store
from chronica.store.chronicle import ChronicleTables, EventRow, KeyQuery, MentionRow, text_hash

#: the merge module itself (the package's ``merge`` attribute is its function): its constants are
#: read when used, so a calibration that sets them is followed
_merge = importlib.import_module("chronica.chronicle.merge")
#: how deep a chain of near-duplicates (a copy of a copy) is followed to its original
MAX_COPY_CHAIN = 50
#: sentence vectors kept in memory between calls (1.5 KB each); the others are read from the
#: store again when needed (a long document's mentions would otherwise hold all of theirs)
CACHE_TEXTS = 20_000
#: sentences embedded per call when the new mentions' vectors are first stored
EMBED_BATCH = 2_048
#: new mentions read, registered and linked per batch, and mentions clustered per batch of
#: components: the chronicle step's memory follows this, not the size of the build
BATCH = 2_000
#: parsed mentions (with their merge infos) kept between batches
CACHE_MENTIONS = 5_000
#: sentence vectors kept in memory while the disagreements are found (what they compare they
#: keep themselves)
DISAGREEMENT_CACHE_TEXTS = 2_000
#: a new mention's candidates read and compared per chunk
CANDIDATE_CHUNK = 20_000
#: claims of one kind read (and their clauses' vectors compared) per chunk when the links of
#: new claims are found: the claims' step holds a chunk of a kind, not the kind
CLAIM_CHUNK = 2_000


@dataclass
class UpdateReport:
    """What one :func:`update` did."""

    new_mentions: int = 0
    copies: int = 0  # mentions of near-duplicate copies joined to the original's entries
    compared: int = 0  # candidate pairs blocking gave to compare (each pair once)
    apart: int = 0  # ... of them, pairs of one document set apart by their dates unread (_Apart)
    links: int = 0  # new links between mentions
    reclustered: int = 0  # mentions clustered again (those of the affected components)
    events: int = 0  # events in the chronicle afterwards
    disagreements: int = 0
    relinked: int = 0  # claims whose links were found again (new, or their happenings merged again)
    embedded: int = 0  # sentences embedded by the model (the others' vectors were stored)
    rebuilt: bool = False  # stored events had lost mentions: everything was recomputed
    seconds: float = 0.0




class StoredVectors:
    """An embedder over the store's ``sentence_vectors``: a sentence's vector is read from the
    store, or computed by ``model`` once and written there (inside the caller's transaction)."""

    def __init__(self, tables: ChronicleTables, model: Embedder | None = None,
                 limit: int | None = None) -> None:
        self.tables = tables
        self.limit = limit  # texts kept in memory (None: CACHE_TEXTS)
        self.model = model
        self.cache: dict[str, np.ndarray] = {}
        self.embedded = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        found = {t: self.cache[t] for t in dict.fromkeys(texts) if t in self.cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            by_hash = {text_hash(t): t for t in missing}
            for h, blob in self.tables.vectors(by_hash).items():
                found[by_hash[h]] = np.frombuffer(blob, dtype=np.float32)
            todo = [t for t in missing if t not in found]
            if todo:
                self.model = self.model or default_embedder()
                computed = self.model.embed(todo).astype(np.float32)
                self.tables.add_vectors((text_hash(t), v.tobytes()) for t, v in zip(todo, computed))
                found.update(zip(todo, computed))
                self.embedded += len(todo)
            for t in missing:  # kept for the next calls, up to CACHE_TEXTS (the oldest go first)
                self.cache[t] = found[t]
            limit = CACHE_TEXTS if self.limit is None else self.limit
            while len(self.cache) > limit:
                del self.cache[next(iter(self.cache))]
        if not texts:
            return np.zeros((0, 384), np.float32)
        return np.stack([found[t] for t in texts])

    def store_all(self, texts: list[str]) -> None:
        """Make sure every text of ``texts`` has its vector stored, a batch at a time (nothing
        is returned: a long document's vectors are never all in memory)."""
        for i in range(0, len(texts), EMBED_BATCH):
            # shortest first: the model pads a batch to its longest sentence
            self.embed(sorted(dict.fromkeys(texts[i:i + EMBED_BATCH]), key=len))


# -- 2. near-duplicate copies -------------------------------------------------------------------

def aligned_sentences(copy: list[str], original: list[str]) -> dict[int, int]:
    """Sentence index in the copy -> index of the same sentence in the original: equal runs, and
    runs replaced one for one (a sentence with a word changed)."""
    pairs: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, copy, original, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs.update(zip(range(i1, i2), range(j1, j2)))
    return pairs


def _original_document(tables: ChronicleTables, document_id: int) -> int | None:
    """The first document of a chain of near-duplicates (None when ``document_id`` is none)."""
    current, seen = document_id, {document_id}
    for _ in range(MAX_COPY_CHAIN):
        parent = tables.near_duplicate_of(current)
        if parent is None or parent in seen:
            break
        current = parent
        seen.add(current)
    return current if current != document_id else None


def align_new_documents(store: Store) -> int:
    """Align each near-duplicate document the chronicle has not seen with its original, once
    (:func:`aligned_sentences`); returns the number of documents it had not seen."""
    tables = store.chronicle
    new = tables.new_document_ids()
    aligned = 0
    for doc in new:
        original = _original_document(tables, doc)
        if original is None:
            continue
        pairs = aligned_sentences([s.text for s in store.sentences(doc)],
                                  [s.text for s in store.sentences(original)])
        tables.add_copy_sentences(doc, original, pairs)
    tables.mark_documents(new)
    return len(new)


def repeated_sentence_keys(store: Store) -> set[tuple[int, int]]:
    """(document, sentence index) of every sentence of a near-duplicate copy that repeats its
    aligned original sentence word for word: the claims of such a sentence are its original's and
    the claims' step (:class:`_ClaimLinks`) leaves them out. A sentence replaced one for one (a
    word changed: :func:`aligned_sentences`) repeats its original's events, not always its claims
    ("$901m" for "$900m", "India mediated" for "Norway mediated"): its claims are read, in every
    store alike (the set is built from the sentences' texts, never from a store's row type)."""
    tables = store.chronicle
    out: set[tuple[int, int]] = set()
    texts: dict[int, dict[int, str]] = {}

    def text_of(doc: int) -> dict[int, str]:
        if doc not in texts:
            texts[doc] = {s.idx: s.text for s in store.sentences(doc)}
        return texts[doc]

    for doc in sorted({d for d, _ in tables.copied_sentence_keys()}):
        for idx, (original, original_idx) in sorted(tables.copy_sentences(doc).items()):
            own = text_of(doc).get(idx)
            if own is not None and own == text_of(original).get(original_idx):
                out.add((doc, idx))
    return out


def copies_of(store: Store, mentions: dict[int, EventMention]) -> dict[int, int]:
    """Mention id -> the id of the original's mention it repeats, for the mentions of
    near-duplicate documents. A copy's mention repeats the original's when their sentences are
    aligned (:func:`align_new_documents`) and they have the same type (the same trigger first)."""
    tables = store.chronicle
    by_doc: dict[int, list[int]] = defaultdict(list)
    for mid, m in mentions.items():
        by_doc[m.document_id].append(mid)
    out: dict[int, int] = {}
    for doc, ids in sorted(by_doc.items()):
        pairs = tables.copy_sentences(doc)
        if not pairs:
            continue
        original = next(iter(pairs.values()))[0]
        theirs = store.event_mentions_by_id(tables.mention_ids_of_document(original))
        at: dict[int, list[int]] = defaultdict(list)
        for oid in sorted(theirs):
            at[theirs[oid].sentence_idx].append(oid)
        used: set[int] = set()
        for mid in sorted(ids, key=lambda i: mention_order(mentions[i])):
            m = mentions[mid]
            if m.sentence_idx not in pairs:
                continue
            same = [o for o in at[pairs[m.sentence_idx][1]] if o not in used and theirs[o].type == m.type]
            same.sort(key=lambda o: theirs[o].trigger != m.trigger)
            if same:
                out[mid] = same[0]
                used.add(same[0])
    return out


# -- update ---------------------------------------------------------------------------------

def update(store: Store, embedder: Embedder | None = None) -> UpdateReport:
    """Bring the stored chronicle up to date with the stored event mentions (see the module)."""
    started = time.perf_counter()
    with store.transaction():
        report = UpdateReport()
        if store.chronicle.is_damaged():  # 1.
            store.chronicle.clear()
            report.rebuilt = True
        if _persons_learned(store) and not report.rebuilt:  # 1.
            store.chronicle.clear()
            report.rebuilt = True
        _update(store, StoredVectors(store.chronicle, embedder), report)
        fill_exports(store)  # 8.
    report.seconds = time.perf_counter() - started
    return report


def rebuild(store: Store, embedder: Embedder | None = None) -> UpdateReport:
    """Forget the stored chronicle (not the vectors) and compute it from every mention."""
    started = time.perf_counter()
    with store.transaction():
        store.chronicle.clear()
        report = UpdateReport(rebuilt=True)
        _persons_learned(store)
        _update(store, StoredVectors(store.chronicle, embedder), report)
        fill_exports(store)
    report.seconds = time.perf_counter() - started
    return report


def _persons_learned(store: Store) -> bool:
    """Step 1's corpus pass (:func:`chronica.actors.corpus.learn_person_states`): stateless person
    participants take the state the whole corpus says their person acts for. True when a mention
    the chronicle has already seen was rewritten (the chronicle is then computed again, so that an
    update equals a rebuild)."""
    from chronica.actors.corpus import learn_person_states

    changed = learn_person_states(store)
    if not changed:
        return False
    new = set(store.chronicle.new_mention_ids())
    return any(mid not in new for mid in changed)


def key_query(info) -> KeyQuery:  # noqa: ANN001 - merge._Info
    """Which of the mentions sharing an actor with this one can be linked to it although their
    dates do not overlap (those whose dates overlap are looked up by date). From the merge's
    rules (:func:`chronica.chronicle.merge.linked`), for a pair whose dates do not overlap or
    with a date missing on one side or both:

    1. every branch of ``pair_score`` that lets such a pair by needs the same type: one date
       inferred and off by little, or no date on either side, need ``_agree`` (the same type);
       two stated dates that conflict pass ``hard_conflict`` only for the same once-only type;
       a date missing on one side is no first-pass candidate at all. The second-pass link (an
       undated mention and a dated rival) needs ``_agree(family=True)``: a type of the same
       merge family, so the look-up reads the whole family (the key table is by family);
    2. two dates written in their sentences that do not overlap are a hard conflict, unless
       both mentions are of the same once-only type (:data:`ONCE_TYPES`).

    So a look-up by actor keeps the mentions of the family and, for a mention whose date is
    stated and whose type is not once-only, only those whose date is not stated. The rule is
    symmetric (a pair is found from either side), and
    ``tests/test_chronicle_blocking.py`` checks on real corpora that every linked pair is found."""
    return KeyQuery(type=None, unstated_only=info.stated and info.m.type not in ONCE_TYPES)


def weighed_candidates(tables: ChronicleTables, info, grp: str, keys) -> set[int]:  # noqa: ANN001 - merge._Info
    """The mentions of the other families a mention's types may be weighed against
    (:func:`chronica.chronicle.merge.weighed_groups`) that it can be linked to: types of two
    families are weighed only with an actor in common, or none on one side, and stated dates that
    overlap; at the day or month, actors that share nothing too (merge._other_actors_weighed); a
    date inferred, with an actor in common (merge._inferred_weighed); an undated mention and a
    dated one, with an actor in common (merge._undated_weighed)."""
    keys = list(keys)
    earliest, latest = _interval_iso(info)
    any_actors = info.rank <= dates.precision_rank("month")
    found: set[int] = set()
    for other in weighed_groups(grp):
        if info.stated:
            near_ids = tables.candidates(other, [], earliest, latest)
            if keys and not any_actors:
                near_ids = tables.sharing_keys(near_ids, keys) | tables.without_keys(near_ids)
            found |= near_ids
        elif info.interval is not None and keys:
            found |= tables.sharing_keys(tables.candidates(other, [], earliest, latest), keys)
        if keys:  # the undated side of a pair: every mention of the actors; the dated side: the undated
            found |= tables.candidates(other, keys, None, None, KeyQuery(unstated_only=info.interval is not None))
    if info.stated and keys and info.rank <= dates.precision_rank("day"):
        # acts across the cooperation / conflict line written to one day (merge._sides_same_day)
        for other in sides_groups(grp):
            found |= tables.sharing_keys(tables.candidates(other, [], earliest, latest), keys)
    return found


def thing_candidates(tables: ChronicleTables, info, grp: str) -> set[int]:  # noqa: ANN001 - merge._Info
    """The mentions of its own type that name a thing of its sentence (:func:`merge.thing_keys`)
    and may be linked to it although they share no actor (merge._undated_thing: one side
    undated): for an undated mention all of them, for a dated one those whose date is not
    written (the undated among them); for a written date, also those of its family that name one
    of its things with dates up to :data:`chronica.chronicle.merge.NAMED_SLIP_DAYS` away
    (merge._near_named: a named happening's date slipped by up to a year)."""
    keys = thing_keys(info)
    if not keys:
        return set()
    found = tables.candidates(grp, keys, None, None, KeyQuery(type=info.m.type, unstated_only=info.interval is not None))
    if info.stated and info.rank <= dates.precision_rank("year") and _merge.NAMED_SLIP_DAYS > _merge.NEAR_DATE_DAYS:
        # a named happening's written dates a slip apart (merge._near_named): of its family, within
        # NAMED_SLIP_DAYS each side, naming one of its things
        pad = timedelta(days=_merge.NAMED_SLIP_DAYS)
        span = info.interval
        found |= tables.sharing_keys(tables.candidates(grp, [], (span[0] - pad).isoformat(), (span[1] + pad).isoformat()),
                                     keys)
    return found


def lookup_window(info) -> tuple[str | None, str | None]:  # noqa: ANN001 - merge._Info
    """The dates a mention's partners are looked up by: its interval, widened by
    :data:`chronica.chronicle.merge.NEAR_DATE_DAYS` each side (near dates of one happening may be
    linked, :func:`chronica.chronicle.merge._near_dates`); every dated mention's alike, so that a
    pair is found from both sides or from neither."""
    span = info.interval
    if span is None:
        return None, None
    pad = timedelta(days=_merge.NEAR_DATE_DAYS)
    return (span[0] - pad).isoformat(), (span[1] + pad).isoformat()


def _interval_iso(info) -> tuple[str | None, str | None]:  # noqa: ANN001 - merge._Info
    span = info.interval
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)


class _Mentions:
    """Event mentions read from the store with their merge infos, the last
    :data:`CACHE_MENTIONS` kept (a batch's candidates are often the next batch's): memory
    follows the batch, not the build."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: OrderedDict[int, tuple[EventMention, object]] = OrderedDict()

    def get(self, ids) -> dict[int, tuple[EventMention, object]]:  # noqa: ANN001 - ids: iterable of ints
        """(mention, info) by id for ``ids``: those of the cache, the others read (and kept)."""
        ids = [int(i) for i in ids]
        out = {i: self.cache[i] for i in ids if i in self.cache}
        missing = [i for i in ids if i not in out]
        if missing:
            for i, m in self.store.event_mentions_by_id(missing).items():
                out[i] = self.cache[i] = (m, mention_info(m))
            while len(self.cache) > CACHE_MENTIONS:
                self.cache.popitem(last=False)
        return out

    def clear(self) -> None:
        self.cache.clear()


def _batches(ids, size: int):  # noqa: ANN001, ANN202 - a sequence of ids: its slices of ``size``
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _copies(store: Store, new_ids: np.ndarray) -> dict[int, int]:
    """:func:`copies_of` for the new mentions, one near-duplicate document at a time (the only
    documents with copies; the others' mentions are not read here)."""
    copies: dict[int, int] = {}
    for doc in store.chronicle.copy_documents_with_new_mentions():
        ids = np.asarray(store.chronicle.mention_ids_of_document(doc), dtype=np.int64)
        ids = ids[np.isin(ids, new_ids)]
        if len(ids):
            copies.update(copies_of(store, store.event_mentions_by_id(ids.tolist())))
    return copies


def _update(store: Store, vectors: StoredVectors, report: UpdateReport) -> None:
    tables = store.chronicle
    new_documents = align_new_documents(store)  # 2.
    new_ids = np.asarray(tables.new_mention_ids(), dtype=np.int64)  # ascending
    report.new_mentions = len(new_ids)
    if not len(new_ids) and not new_documents and not report.rebuilt \
            and not tables.has_unseen_claims():  # nothing new: it stands
        report.events = tables.count_events()
        return
    # the new mentions are read a batch at a time, each time they are needed: never all at once
    mentions = _Mentions(store)
    copies = _copies(store, new_ids)  # 2.
    report.copies = len(copies)
    pending: list[str] = []  # sentences to embed, stored a full EMBED_BATCH at a time (3.)
    apart = _Apart(new_ids)
    for batch in _batches(new_ids, BATCH):
        got = mentions.get(batch)
        rows, keys = [], []
        for mid in batch.tolist():
            m, info = got[mid]
            apart.note(mid, m, info)
            grp = group_of(m.type)
            rows.append(MentionRow(mid, grp, *_interval_iso(info), alias_of=copies.get(mid),
                                   type=m.type, stated=info.stated))
            if mid not in copies:
                keys += [(g, k, mid) for g in key_groups(m) for k in blocking_keys(info)]
                keys += [(grp, k, mid) for k in thing_keys(info)]  # (:func:`thing_candidates`)
                pending.append(m.sentence)
        tables.add_mentions(rows, keys)
        while len(pending) >= EMBED_BATCH:
            vectors.store_all(pending[:EMBED_BATCH])
            del pending[:EMBED_BATCH]
    vectors.store_all(pending)
    originals = new_ids[~np.isin(new_ids, np.fromiter(copies, dtype=np.int64, count=len(copies)))]
    del pending, copies

    # 4. links of each new mention, found by blocking, judged on stored vectors; a new mention
    # is not compared again with the new mentions before it (each pair once)
    for batch in _batches(originals, BATCH):
        got = mentions.get(batch)
        links: list[tuple[int, int]] = []
        for mid in batch.tolist():
            m, info = got[mid]
            keys = blocking_keys(info)
            grp = group_of(m.type)
            near, far = lookup_window(info)
            found = tables.candidates(grp, keys, near, far, key_query(info))
            for other in key_groups(m)[1:]:  # the act an AGREE announces, by its actors
                found |= tables.candidates(other, keys, None, None, key_query(info))
            found |= weighed_candidates(tables, info, grp, keys)
            found |= thing_candidates(tables, info, grp)
            found.discard(mid)
            found = np.asarray(sorted(found), dtype=np.int64)
            found = found[~((found < mid) & _member(found, originals))]
            report.compared += len(found)
            kept = apart.kept(mid, found)
            report.apart += len(found) - len(kept)
            found = kept
            if not len(found):
                continue
            own = vectors.embed([m.sentence])[0]
            for chunk in _batches(found.tolist(), CANDIDATE_CHUNK):
                theirs = mentions.get(chunk)
                sims = vectors.embed([theirs[c][0].sentence for c in chunk]) @ own
                for c, sim in zip(chunk, sims):
                    a, b = sorted(((m, info), theirs[c]), key=lambda x: mention_order(x[0]))
                    if linked(a[1], b[1], float(sim)):
                        links.append((mid, c))
        tables.add_links(links)
        report.links += len(links)

    # 5. the connected components that hold new mentions, each clustered again
    affected, frontier = set(originals.tolist()), set(originals.tolist())
    while frontier:
        frontier = tables.neighbours(frontier) - affected
        affected |= frontier
    report.reclustered = len(affected)
    del frontier
    mentions.clear()

    changed: set[tuple[int, int, int]] = set()  # (document, sentence, trigger) merged again

    def clustered():  # noqa: ANN202 - the new events, a batch of components at a time
        for group in _component_batches(affected, tables):
            got = store.event_mentions_by_id([i for c in group for i in c])
            changed.update((m.document_id, m.sentence_start, m.trigger_start) for m in got.values())
            for component in group:
                ordered = sorted(component, key=lambda i: mention_order(got[i]))
                block = cluster_block([mention_info(got[i]) for i in ordered],
                                      vectors.embed([got[i].sentence for i in ordered]))
                for members in block:
                    ids = sorted((ordered[k] for k in members), key=lambda i: mention_order(got[i]))
                    event = build_event("", [got[i] for i in ids], vectors)
                    yield _sort_key(event), _event_record(event), ids

    tables.replace_events(tables.events_of(affected), clustered())  # 6.
    tables.relabel(_chronological(tables.event_sort_keys()))
    # what the merge held is stored now: let it go before every event is read back (the
    # vectors the disagreements need are read from the store again, through a small cache:
    # find_disagreements keeps what it embeds)
    del affected
    vectors.cache.clear()
    few = StoredVectors(tables, vectors.model, limit=DISAGREEMENT_CACHE_TEXTS)
    # a copy's claims in a sentence that repeats its original's word for word repeat the
    # original's; the claims' links are found again only for the claims that are new or whose
    # happenings were merged again (7.)
    links = _ClaimLinks(store, few, repeated_sentence_keys(store), changed)
    del changed
    report.relinked = len(links.dirty)
    rows = _RowIds()
    # the events are read a batch at a time as the disagreements take them (and again, for the
    # few pairs the split-date pass compares): what they keep of each is theirs
    # (find_disagreements), the rest is let go
    found = find_disagreements(lambda: _events_for_disagreements(store, rows), few, links.acts,
                               claim_step=links)
    id_of = rows.of(found)
    del rows, links
    tables.replace_disagreements(json.dumps(_disagreement_record(d, id_of), ensure_ascii=False)
                                 for d in found)
    report.events, report.disagreements = tables.count_events(), len(found)
    report.embedded = vectors.embedded + few.embedded


class _ClaimLinks:
    """The claims' part of the disagreements (7.), incremental: the links between claims
    (:func:`chronica.chronicle.claim_conflicts.is_link`) are stored; an update forgets and finds
    again only those of the *dirty* claims: claims not seen before, and claims about a happening
    (their trigger or, for an order, the other one) whose mention was merged again. A link
    depends only on its two claims, the claims of their own sentences and documents (unchanged
    unless new) and the merged events of their triggers (unchanged unless merged again), so the
    stored links equal those every claim compared with every other would give. The
    disagreements are then grouped from the stored links, reading only the claims they link
    (:func:`chronica.chronicle.claim_conflicts.claim_groups`). The dirty claims are compared
    kind by kind with the claims of their kind (their keys and clauses; :func:`claim_links`),
    one kind's claims held at a time; the clauses' vectors are stored with the sentences'.

    Created before the events are read (its ``keys`` say which triggers the events' index must
    hold), called by :func:`find_disagreements` with that index."""

    def __init__(self, store: Store, vectors: StoredVectors, copied: set[tuple[int, int]],
                 changed: set[tuple[int, int, int]]) -> None:
        self.store, self.vectors = store, vectors
        self.keys: set[tuple[int, int, int]] = set()
        self.acts: list[SentenceClaim] = []  # what the act finder reads
        self.kind_of: dict[int, str] = {}  # claim id -> kind, in text order (no claims of ``copied``:
        # a copy's sentences that repeat their original's, :func:`repeated_sentence_keys`)
        self.doc_of: dict[int, int] = {}  # claim id -> its document (the same claims)
        self.dirty: set[int] = set()
        seen = store.chronicle.seen_claims()
        self.every: list[int] = []  # every claim read (a copy's too): seen after this update
        for cid, kind, doc, sidx, record in store.chronicle.claim_heads():
            self.every.append(cid)
            if (doc, sidx) in copied:
                continue
            if kind == "act":
                self.acts.append(SentenceClaim.from_dict(fastjson.loads(record)))
            if kind not in SAME_THING:
                continue
            data = fastjson.loads(record)
            other_start = data.get("other_sentence_start")
            keys = [(doc, start, t) for start, t in (
                (data["sentence_start"], data.get("event_trigger")),
                (data["sentence_start"] if other_start is None else other_start, data.get("other_trigger")))
                if t is not None]
            self.keys.update(keys)
            self.kind_of[cid] = kind
            self.doc_of[cid] = doc
            if cid not in seen or any(k in changed for k in keys):
                self.dirty.add(cid)
        self.vanished = seen - set(self.every)  # claims of documents no longer stored

    def _chunks_of(self, ids: list[int]) -> Iterator[tuple[range, list[SentenceClaim]]]:
        """The claims ``ids`` read :data:`CLAIM_CHUNK` at a time: (their positions, the claims)."""
        for start in range(0, len(ids), CLAIM_CHUNK):
            yield range(start, min(start + CLAIM_CHUNK, len(ids))), self._claims(ids[start:start + CLAIM_CHUNK])

    def links_of(self, kind: str, ids: list[int], dirty: set[int], index: dict[tuple[int, int, int], str],
                 events: list[ChronicleEvent]) -> list[tuple[int, int]]:
        """The links (claim ids, first in text order) of the claims at the positions ``dirty`` of
        ``ids`` (the claims of ``kind`` in text order): what
        :func:`chronica.chronicle.claim_conflicts.claim_links` gives over every claim of the
        kind with those rows, without holding them. The candidate partners of the dirty claims
        (:class:`chronica.chronicle.claim_conflicts.Partners`: a shared key, masked or order
        clauses that may be worded alike) are found over the kind's claims read a chunk at a
        time, their clauses' vectors too; the pairs are then tested on the claims of the
        documents of the claims they join (what a test reads of the others: the claims of a
        claim's sentence and of its document), in text order."""
        rows = sorted(dirty)
        keys_ctx = ClaimContext([], events, self.vectors, index=index, clauses=self.vectors)  # keys read the index
        asked = Partners(kind, [], [], keys_ctx, self.vectors)
        for start in range(0, len(rows), CLAIM_CHUNK):  # the asked too, a chunk at a time
            chunk = rows[start:start + CLAIM_CHUNK]
            asked.ask(chunk, self._claims([ids[i] for i in chunk]))
        for positions, chunk in self._chunks_of(ids):
            asked.add(positions, chunk)
        pairs = asked.pairs()
        del asked
        documents = {self.doc_of[ids[i]] for pair in pairs for i in pair}
        kept = [i for i, cid in enumerate(ids) if self.doc_of[cid] in documents]
        items = self._claims([ids[i] for i in kept])
        at = {i: n for n, i in enumerate(kept)}
        ctx = ClaimContext(items, events, self.vectors, index=index, clauses=self.vectors)
        return [(ids[i], ids[j]) for i, j in pairs if is_link(kind, items[at[i]], items[at[j]], ctx)]

    def _claims(self, ids: list[int]) -> list[SentenceClaim]:
        records = self.store.chronicle.claim_records(ids)
        return [SentenceClaim.from_dict(fastjson.loads(records[i])) for i in ids]

    def __call__(self, index: dict[tuple[int, int, int], str], events: list[ChronicleEvent],
                 ) -> list[tuple[str, str, list[Claim], str]]:
        tables = self.store.chronicle
        tables.forget_claims(self.dirty | self.vanished)
        by_kind: dict[str, list[int]] = defaultdict(list)
        for cid, kind in self.kind_of.items():
            by_kind[kind].append(cid)
        for kind in SAME_THING:  # the dirty claims' links, a chunk of one kind's claims at a time
            ids = by_kind.get(kind, [])
            dirty = {i for i, cid in enumerate(ids) if cid in self.dirty}
            if dirty:
                tables.add_claim_links((kind, a, b) for a, b in self.links_of(kind, ids, dirty, index, events))
        tables.mark_claims(self.every)
        stored = tables.claim_links()
        position = {cid: n for n, cid in enumerate(self.kind_of)}
        linked = sorted({c for _, a, b in stored for c in (a, b)}, key=position.__getitem__)
        claims = dict(zip(linked, self._claims(linked)))
        ctx = ClaimContext(list(claims.values()), events, self.vectors, index=index, clauses=self.vectors)
        out = []
        for kind in SAME_THING:  # as claim_disagreements groups them
            ids = [c for c in linked if self.kind_of[c] == kind]
            if ids:
                at = {cid: i for i, cid in enumerate(ids)}
                pairs = [(at[a], at[b]) for k, a, b in stored if k == kind]
                out.extend(claim_groups(kind, [claims[c] for c in ids], pairs, ctx))
        return out


class _RowIds:
    """The row id of each event mention read for the disagreements and still alive (a weak
    reference each: a mention let go is forgotten, and an ``id()`` used again is not mistaken
    for it)."""

    def __init__(self) -> None:
        self.rows: dict[int, tuple[weakref.ref, int]] = {}
        self.limit = 2 * BATCH

    def add(self, m: EventMention, mid: int) -> None:
        self.rows[id(m)] = (weakref.ref(m), mid)
        if len(self.rows) > self.limit:  # forget the mentions let go since
            self.rows = {k: v for k, v in self.rows.items() if v[0]() is not None}
            self.limit = max(2 * BATCH, 2 * len(self.rows))

    def of(self, found: list[Disagreement]) -> dict[int, int]:
        """``id()`` of each event mention the disagreements ``found`` cite -> its row id (what
        :func:`_disagreement_record` writes)."""
        out = {}
        for d in found:
            for c in d.claims:
                for m in c.mentions:
                    ref = self.rows.get(id(m))
                    if ref is not None and ref[0]() is m:
                        out[id(m)] = ref[1]
        return out


class _Strings:
    """One object for each distinct string, float and int (and each distinct participant's
    strings) of the records read for the disagreements: a sentence stated by several mentions,
    a type, a date, an actor's name, an intensity are held once, not once per record."""

    def __init__(self) -> None:
        self.memo: dict = {}

    def one(self, value):  # noqa: ANN001, ANN201 - a value of a record
        kind = type(value)
        if kind is str or kind is float or kind is int:  # by type too: 1 == 1.0 == True
            return self.memo.setdefault((kind, value), value)
        return value

    def participants(self, ps: list[Participant]) -> list[Participant]:
        for p in ps:
            for f in _PARTICIPANT_FIELDS:
                setattr(p, f, self.one(getattr(p, f)))
        return ps

    def mention(self, m: EventMention) -> EventMention:
        for f in _MENTION_FIELDS:
            setattr(m, f, self.one(getattr(m, f)))
        m.context = [self.one(c) for c in m.context]
        m.checks = [self.one(c) for c in m.checks]
        self.participants(m.participants)
        return m


_PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant))
_MENTION_FIELDS = tuple(f.name for f in fields(EventMention) if f.name not in ("participants", "context", "checks"))


def _events_for_disagreements(store: Store, rows: _RowIds):  # noqa: ANN201 - an iterator of events
    """The stored events in order with the mentions of original documents (what :func:`_read`
    gives with ``originals_only``), read a batch of events at a time, held compactly
    (:class:`_Strings`, one per batch) and yielded; the row id of each mention is noted in
    ``rows``. No near-duplicate copy's mention is read, and no more than a batch is held here."""
    tables = store.chronicle
    batch: list[EventRow] = []
    size = 0

    def read(batch: list[EventRow]):  # noqa: ANN202
        strings = _Strings()
        members: dict[int, list[int]] = defaultdict(list)
        for mid, eid in tables.members_of([row.id for row in batch]):
            members[eid].append(mid)
        got = store.event_mentions_by_id([mid for row in batch for mid in members[row.id]])
        for row in batch:
            data = fastjson.loads(row.record)
            data["participants"] = strings.participants([Participant(**p) for p in data["participants"]])
            data = {k: strings.one(v) for k, v in data.items()}
            pairs = [(mid, strings.mention(got.pop(mid))) for mid in members.pop(row.id, [])]
            pairs.sort(key=lambda p: mention_order(p[1]))  # stable: in the order of _read
            for mid, m in pairs:
                rows.add(m, mid)
            yield ChronicleEvent(id=strings.one(row.label or ""), mentions=[m for _, m in pairs], **data)

    for row in tables.iter_events():
        batch.append(row)
        size += max(row.n_mentions, 1)
        if size >= BATCH:
            yield from read(batch)
            batch, size = [], 0
    yield from read(batch)


def key_groups(m: EventMention) -> list[str]:
    """The type families a mention's actor keys are filed under: its own, and that of the act a
    planned AGREE announces (:func:`chronica.chronicle.merge.announced_act`: "will visit", filed
    under CONSULT's family too), so that the visit made finds the announcement by its actors and
    the announcement the visit."""
    own = group_of(m.type)
    act = announced_act(m)
    return [own] if act is None or group_of(act) == own else [own, group_of(act)]


class _Apart:
    """What the merge needs to set a pair of new mentions apart without reading them: for each
    new mention (by its position among the ascending ``ids``) its document, whether its date is
    written in the sentence, its date interval (ordinal days) and whether its type is once-only.
    Two mentions of one document whose written dates do not overlap, neither of a once-only
    type, are never linked (:func:`chronica.chronicle.merge.linked`: the check ``dates`` of
    ``HARD_CONFLICTS`` holds whatever their wording, near dates being weighed only between two
    documents): a long document's many mentions of one actor within the lookup window are such
    pairs, and are dropped before their records and vectors are read. A few bytes a mention."""

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = ids
        n = len(ids)
        self.doc = np.zeros(n, dtype=np.int64)
        self.stated = np.zeros(n, dtype=bool)  # written, not once-only, with an interval
        self.lo = np.zeros(n, dtype=np.int64)
        self.hi = np.zeros(n, dtype=np.int64)

    def _at(self, mid: int) -> int:
        return int(np.searchsorted(self.ids, mid))

    def note(self, mid: int, m: EventMention, info) -> None:  # noqa: ANN001 - merge._Info
        k = self._at(mid)
        self.doc[k] = m.document_id
        if info.stated and info.interval is not None and m.type not in ONCE_TYPES:
            self.stated[k] = True
            self.lo[k], self.hi[k] = info.interval[0].toordinal(), info.interval[1].toordinal()

    def kept(self, mid: int, found: np.ndarray) -> np.ndarray:
        """``found`` (candidates of the new mention ``mid``) without those set apart from it."""
        k = self._at(mid)
        if not len(found) or not self.stated[k]:
            return found
        at = np.searchsorted(self.ids, found).clip(max=len(self.ids) - 1)
        known = self.ids[at] == found  # a mention of an earlier build is kept: nothing noted
        apart = known & self.stated[at] & (self.doc[at] == self.doc[k]) \
            & ((self.hi[at] < self.lo[k]) | (self.lo[at] > self.hi[k]))
        return found[~apart]


def _member(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """For each of ``values``: is it one of ``sorted_ids`` (ascending)?"""
    if not len(sorted_ids):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_ids, values).clip(max=len(sorted_ids) - 1)
    return sorted_ids[at] == values


def _components(ids: set[int], tables: ChronicleTables) -> list[list[int]]:
    """The connected components of the link graph over ``ids`` (a union of whole components),
    by their smallest member, each in ascending order."""
    order = sorted(ids)
    position = {i: k for k, i in enumerate(order)}
    sets = DisjointSets(len(order))
    for chunk in _batches(order, BATCH):  # the links read a batch of first ends at a time
        for a, b in tables.links_among(chunk):
            sets.union(position[a], position[b])
    del position
    return [[order[k] for k in group] for group in sets.groups()]


def _component_batches(ids: set[int], tables: ChronicleTables):  # noqa: ANN202
    """:func:`_components` in order, grouped so that a group holds about :data:`BATCH` mentions
    (a larger component alone)."""
    group: list[list[int]] = []
    size = 0
    for component in _components(ids, tables):
        if group and size + len(component) > BATCH:
            yield group
            group, size = [], 0
        group.append(component)
        size += len(component)
    if group:
        yield group


def _sort_key(event: ChronicleEvent) -> str:
    return json.dumps({"date": event.date, "earliest": event.earliest,
                       "first": list(mention_order(event.mentions[0]))})


def _chronological(rows: list[tuple[int, str]]) -> list[int]:
    """Event ids in the order :func:`merge.merge` gives: by date (undated last), then by first
    mention."""
    def key(row: tuple[int, str]) -> tuple:
        data = json.loads(row[1])
        return (dates.sort_key(data["date"], data["earliest"]), tuple(data["first"]), row[0])
    return [eid for eid, _ in sorted(rows, key=key)]


def _event_record(event: ChronicleEvent) -> str:
    data = {f.name: getattr(event, f.name) for f in fields(event) if f.name not in ("id", "mentions")}
    data["participants"] = [asdict(p) for p in event.participants]
    return json.dumps(data, ensure_ascii=False)


def _disagreement_record(d: Disagreement, id_of: dict[int, int]) -> dict:
    data = {f.name: getattr(d, f.name) for f in fields(d) if f.name != "claims"}
    data["claims"] = [
        {**{f.name: getattr(c, f.name) for f in fields(c) if f.name != "mentions"},
         "mentions": [{"mention": id_of[id(m)]} if id(m) in id_of else {"claim": m.to_dict()}
                      for m in c.mentions]}
        for c in d.claims
    ]
    return data


# the reading side lives in chronica.chronicle.stored (no numpy, no merge); its names stay here
from chronica.chronicle.stored import (  # noqa: E402
    _cited, _disagreement, _event, _read, _up_to_date, documents_info, event_sources, fill_exports,
    iter_events, load_chronicle, load_disagreements,
)
