"""The stored chronicle read back: what the read commands (timeline, disagreements, barometer,
export, report, the web app) show, from the tables :mod:`chronica.chronicle.persist` writes.

Public API::

    chronicle = load_chronicle(store, with_text=False, mentions=True)
    chronicle = load_disagreements(store)      # the disagreements and the mentions they cite
    for event in iter_events(store): ...       # every event with its mentions, one at a time
    for record in iter_event_records(store, known): ...   # the export's event records
    records = stored_event_records(store)  # ... as stored by the build (None: compute them)
    fill_exports(store)                        # (the chronicle step) store what is missing
    sources = event_sources(store)             # {"e1": EventSources(n, documents), ...}
    documents = documents_info(store)

This module imports neither numpy nor the merge: a read command loads only what reading needs.
A store holding mentions its chronicle has not seen is brought up to date first
(:func:`chronica.chronicle.persist.update`, imported then).

:func:`iter_event_records` gives the contract JSON of each event
(:func:`chronica.chronicle.event_json`) from the stored rows without building the mentions: each
member is read as the handful of fields an exported event shows (:class:`MentionFields`), not
as an :class:`~chronica.events.model.EventMention` with its participants and checks. It runs
the same ``event_json`` over them, so its records are those of :func:`iter_events`'s events
(``tests/test_export_stored.py`` compares the two exports byte for byte).
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chronica import fastjson
from chronica.bulk import gc_paused
from chronica.chronicle import Chronicle, event_json, events_json
from chronica.chronicle.model import (
    Claim, ChronicleEvent, Disagreement, DocumentInfo, EventSources, mention_order,
)
from chronica.claims.model import SentenceClaim
from chronica.events.model import EventMention, Participant
from chronica.store import Store
from chronica.store.chronicle import EventRow
from chronica.store.db import event_mention, record_instance

#: the field names of the records read back as instances (see ``record_instance``)
_PARTICIPANT_NAMES = frozenset(Participant.__dataclass_fields__)
_EVENT_NAMES = frozenset(ChronicleEvent.__dataclass_fields__)


class MentionFields:
    """What an exported event shows of one of its mentions (its order, its citation, its
    coding): the fields of an :class:`EventMention` that :func:`chronica.chronicle.event_json`
    and the tier read, and nothing else."""

    __slots__ = ("document_id", "sentence_idx", "sentence_start", "sentence_end", "type",
                 "sentence", "trigger_start", "trigger_end", "cameo", "mode", "context")

    def __init__(self, row: tuple) -> None:
        (self.document_id, self.sentence_idx, self.sentence_start, self.sentence_end, self.type,
         record) = row
        data = fastjson.loads(record)
        self.sentence = data["sentence"]
        self.trigger_start, self.trigger_end = data["trigger_start"], data["trigger_end"]
        self.cameo, self.mode, self.context = data.get("cameo"), data.get("mode"), data.get("context")


def documents_info(store: Store, *, with_text: bool = False) -> list[DocumentInfo]:
    if not with_text:  # the documents' names only: their texts are not read
        return [DocumentInfo(id=i, path=path, title=title, published=published)
                for i, path, title, published in store.document_headers()]
    return [
        DocumentInfo(id=d.id, path=d.path, title=d.title, published=d.published,
                     text=d.text if with_text else None)
        for d in store.documents()
    ]


def _read(store: Store, *, originals_only: bool = False, mentions: bool = True
          ) -> tuple[Chronicle, dict[int, int], dict[int, EventMention]]:
    """The stored events with their mentions (near-duplicate copies' too, unless
    ``originals_only``; none when not ``mentions``), a map from each mention object's ``id()``
    to its row id, and the mentions by row id."""
    tables = store.chronicle
    members: dict[int, list[int]] = defaultdict(list)
    by_id: dict[int, EventMention] = {}
    if mentions:
        for mid, eid, alias_of in tables.membership():
            if not (originals_only and alias_of is not None):
                members[eid].append(mid)
        by_id = store.event_mentions_by_id()
    events = [_event(row, [by_id[i] for i in members[row.id]]) for row in tables.events()]
    id_of = {id(m): mid for mid, m in by_id.items()}
    return Chronicle(events=events, disagreements=[]), id_of, by_id


def _event(row: EventRow, mentions: list[EventMention]) -> ChronicleEvent:
    """The event of a stored row with its ``mentions`` (in document order)."""
    data = fastjson.loads(row.record)
    data["participants"] = [record_instance(Participant, _PARTICIPANT_NAMES, p) for p in data["participants"]]
    data["id"] = row.label or ""
    data["mentions"] = sorted(mentions, key=mention_order)
    return record_instance(ChronicleEvent, _EVENT_NAMES, data)


def iter_events(store: Store) -> Iterator[ChronicleEvent]:
    """The stored events as :func:`load_chronicle` gives them (chronological, each with every
    mention, near-duplicate copies' too), read one at a time from one query: what the export
    writes, without the whole chronicle in memory."""
    _up_to_date(store)
    for row, members in store.chronicle.iter_events_with_members():
        yield _event(row, [event_mention(record) for _, record in members])


def event_sources(store: Store) -> dict[str, EventSources]:
    """Each stored event's :class:`EventSources` by its id (``e1`` ...), from one query: what
    ``chronica timeline`` shows without reading any mention's record."""
    counts: dict[str, int] = defaultdict(int)
    docs: dict[str, set[int]] = defaultdict(set)
    with gc_paused():
        for label, document_id in store.chronicle.event_documents():
            counts[label] += 1
            docs[label].add(document_id)
        return {label: EventSources(n, sorted(docs[label])) for label, n in counts.items()}


def _disagreement(data: dict, by_id: dict[int, EventMention]) -> Disagreement:
    claims = [Claim(**{**c, "mentions": [by_id[m["mention"]] if "mention" in m
                                         else SentenceClaim.from_dict(m["claim"])
                                         for m in c["mentions"]]}) for c in data["claims"]]
    return Disagreement(**{**data, "claims": claims})


def _cited(records: list[dict]) -> list[int]:
    """The event mentions (row ids) the disagreement ``records`` cite."""
    return sorted({m["mention"] for d in records for c in d["claims"] for m in c["mentions"]
                   if "mention" in m})


def _up_to_date(store: Store) -> None:
    """Bring the stored chronicle up to date when the store holds mentions it has not seen
    (written by an older Chronica, or a build stopped before its chronicle step)."""
    tables = store.chronicle
    if tables.new_mention_ids() or tables.is_damaged():
        from chronica.chronicle.persist import update  # the merge: only when there is work

        update(store)


def load_disagreements(store: Store) -> Chronicle:
    """The stored disagreements (and the documents' names), with only the event mentions they
    cite: what ``chronica disagreements`` shows, without reading every event."""
    _up_to_date(store)
    with gc_paused():
        records = [fastjson.loads(r) for r in store.chronicle.disagreements()]
        by_id = store.event_mentions_by_id(_cited(records))
        return Chronicle(events=[], disagreements=[_disagreement(d, by_id) for d in records],
                         documents=documents_info(store))


def load_chronicle(store: Store, *, with_text: bool = False, mentions: bool = True) -> Chronicle:
    """The chronicle as stored: events (ids ``e1, e2, ...``, chronological, with every sentence
    that states them) and disagreements. A store that holds mentions the chronicle has not seen
    (written by an older Chronica, or a build stopped before its chronicle step) is brought up
    to date first.

    :param with_text: the documents with their clean text (the HTML report shows them).
    :param mentions: False: the events without their mentions (``event.mentions`` is empty;
        :func:`event_sources` tells how many and where), the disagreements with the mentions
        they cite: what the timeline and the barometer need, without reading every mention.
    """
    _up_to_date(store)
    with gc_paused():
        chronicle, _, by_id = _read(store, mentions=mentions)
        records = [fastjson.loads(r) for r in store.chronicle.disagreements()]
        if not mentions:
            by_id = store.event_mentions_by_id(_cited(records))
        chronicle.disagreements = [_disagreement(d, by_id) for d in records]
        chronicle.documents = documents_info(store, with_text=with_text)
    return chronicle


# -- each event's exported record, stored (migration 13) --------------------------------------

# EXPORT_SOURCES, export_fingerprint: chronica.store.exports (read by a build with nothing new,
# which must not import the chronicle)
from chronica.store.exports import EXPORT_SOURCES, export_fingerprint, exports_current  # noqa: E402,F401


def _id_prefix(label: str) -> bytes:
    """The bytes an exported event's record opens with, up to its id's comma."""
    return b'{\n  "id": ' + fastjson.orjson.dumps(label) + b","


def _placed_id(label: str) -> bytes:
    """:func:`_id_prefix` as the export places it (:func:`chronica.fastjson.placed`)."""
    return b"{" + fastjson.PLACED + b'  "id": ' + fastjson.orjson.dumps(label) + b","


def fill_exports(store: Store) -> int:
    """Store the exported record of every event that has none (new, or its members changed; all
    of them when they were made by other code: :func:`export_fingerprint`), made from the stored
    rows by the export's own code (:func:`iter_event_records`), without its id (labels change
    when events are added), placed as the export writes it (:func:`chronica.fastjson.placed`);
    and the documents' time expressions likewise
    (:meth:`chronica.store.Store.fill_timex_exports`). Inside the caller's transaction.
    Returns how many events' records were made."""
    tables, version = store.chronicle, export_fingerprint()
    store.fill_timex_exports()
    if version is None:
        return 0
    if store.export_version("events") != version:
        tables.forget_exports()
    made, rows = 0, []
    with gc_paused():
        for row, members in tables.iter_events_with_member_fields(unexported=True):
            record = event_json(_event(row, [MentionFields(m) for m in members]))
            data, prefix = fastjson.dumps_indented(record), _id_prefix(record["id"])
            if not data.startswith(prefix):
                raise RuntimeError(f"an exported event opens with {data[:40]!r}, not its id")
            rows.append((row.id, fastjson.placed(data[len(prefix):])))
            if len(rows) >= 2_000:
                tables.set_exports(rows)
                made, rows = made + len(rows), []
    tables.set_exports(rows)
    store.set_export_version("events", version)
    return made + len(rows)


def stored_event_records(store: Store) -> Iterator[fastjson.Raw] | None:
    """The export's events as their stored records (:func:`fill_exports`) with their ids, in
    order: what :func:`iter_event_records` gives, encoded, with nothing computed; None when a
    record is missing or was made by other code (the caller computes them).

    A stored record cites every mention of its event; the export cites only the documents it
    carries, which are all the stored documents: a mention cannot outlive its document (the
    rows cascade), and an event that lost a mention is found damaged and made again before the
    export reads (:func:`_up_to_date`), so the two are the same."""
    if store.export_version("events") != export_fingerprint() or export_fingerprint() is None \
            or store.chronicle.exports_missing():
        return None

    def records() -> Iterator[fastjson.Raw]:
        for label, data in store.chronicle.iter_exports():
            yield fastjson.Raw(_placed_id(label or ""), data)

    return records()


def iter_event_records(store: Store, known: set[int]) -> Iterator[dict[str, Any]]:
    """The contract JSON of every stored event (:func:`chronica.chronicle.events_json` of
    :func:`iter_events`), chronological, citing only the documents ``known`` (all when empty),
    read from the rows one event at a time: each member as :class:`MentionFields`."""
    _up_to_date(store)

    def events() -> Iterator[ChronicleEvent]:
        for row, members in store.chronicle.iter_events_with_member_fields():
            yield _event(row, [MentionFields(m) for m in members])

    yield from events_json(events(), known)
