"""The stages after parsing inside the build: annotations stored with each document, inferred
document dates with their reasoning, and `annotate` re-running them without re-parsing."""

from __future__ import annotations

from pathlib import Path

from chronica.build import build
from chronica.stages import reannotate
from chronica.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "suez"


def _counts(store: Store) -> tuple[int, int, int]:
    one = lambda t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: E731
    return one("timexes"), one("actor_mentions"), one("event_mentions")


def test_build_stores_time_actor_and_event_annotations(tmp_path):
    with Store(tmp_path / "s.db") as store:
        report = build([EXAMPLES], store)
        timexes, actors, events = _counts(store)
        assert (timexes, actors, events) == (report.timexes, report.actor_mentions, report.event_mentions)
        assert timexes > 10 and actors > 10 and events > 0
        values = {t["value"] for t in store.timexes()}
        assert "1956-07-26" in values  # "26 July 1956" / "July 26" in the articles
        for t in store.timexes():
            assert t["sentence_idx"] is not None
        ids = {m["actor_id"] for m in store.actor_mentions() if m["resolved"]}
        assert {"EGY", "GBR", "FRA", "ISR"} <= ids


def test_published_date_is_the_reference_date_and_others_are_inferred_with_reasons(tmp_path):
    with Store(tmp_path / "s.db") as store:
        build([EXAMPLES], store)
        docs = {Path(d.path).name: d for d in store.documents()}
        wire = docs["wire_1956-11-07.txt"]
        assert wire.dct == "1956-11-07" and not wire.dct_inferred
        for name in ("oped.md", "textbook_chapter.txt"):
            d = docs[name]
            assert d.published is None and d.dct_inferred
            assert d.dct_reasoning


def test_annotate_reruns_stages_on_stored_parses_idempotently(tmp_path):
    with Store(tmp_path / "s.db") as store:
        build([EXAMPLES], store)
        before = _counts(store)
        events_before = [(e.type, e.sentence_idx, e.date) for e in store.event_mentions()]
        assert reannotate(store) == 4
        assert _counts(store) == before
        assert [(e.type, e.sentence_idx, e.date) for e in store.event_mentions()] == events_before
