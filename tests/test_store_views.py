"""The store read as a plain SQLite database: the views documented in the README ("The store in
SQL") exist, open read-only, and say what the commands say (the timeline, its sources, the
disagreements with their sentences, the documents)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from chronica.export.formats import chronicle_dict
from chronica.store import Store

VIEWS = ["timeline", "timeline_sources", "timeline_actors", "disagreement_list",
         "disagreement_claims", "document_list"]


@pytest.fixture(scope="module")
def ro(suez_db):
    conn = sqlite3.connect(f"{suez_db.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def exported(suez_db):
    with Store(suez_db) as store:
        return chronicle_dict(store)


@pytest.mark.parametrize("view", VIEWS)
def test_store_view_exists_and_has_rows_on_the_example(ro, view):
    kinds = dict(ro.execute("SELECT name, type FROM sqlite_master").fetchall())
    assert kinds.get(view) == "view"
    assert ro.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0


def test_store_view_timeline_matches_the_export(ro, exported):
    rows = ro.execute("SELECT event, date, type, summary FROM timeline ORDER BY position").fetchall()
    events = exported["events"]
    assert [(r["event"], r["date"], r["type"], r["summary"]) for r in rows] == \
        [(e["id"], e["date"], e.get("happening") or e["type"], e["summary"]) for e in events]


def test_store_view_timeline_sources_cites_the_export_sentences(ro, exported):
    cited = {}
    for r in ro.execute("SELECT event, sentence FROM timeline_sources"):
        cited.setdefault(r["event"], set()).add(r["sentence"])
    for e in exported["events"]:
        assert {m["sentence"] for m in e["mentions"]} <= cited[e["id"]]


def test_store_view_disagreement_claims_hold_both_values_with_their_sentences(ro, exported):
    assert exported["disagreements"], "the example has a date disagreement"
    for d in exported["disagreements"]:
        rows = ro.execute("SELECT value, sentence FROM disagreement_claims WHERE disagreement = ?",
                          (d["id"],)).fetchall()
        assert {r["value"] for r in rows} == {c["value"] for c in d["claims"]}
        assert {r["sentence"] for r in rows} == {m["sentence"] for c in d["claims"] for m in c["mentions"]}


def test_store_view_document_list_matches_the_export(ro, exported):
    rows = ro.execute("SELECT title, published FROM document_list ORDER BY id").fetchall()
    assert [(r["title"], r["published"]) for r in rows] == \
        [(d["title"], d["published"]) for d in exported["documents"]]


def test_store_view_timeline_actors_are_the_event_participants(ro, exported):
    pairs = {(r["event"], r["actor_id"]) for r in ro.execute("SELECT event, actor_id FROM timeline_actors")}
    for e in exported["events"]:
        for a in e["actors"]:
            if a.get("id"):
                assert (e["id"], a["id"]) in pairs, json.dumps(e)[:200]
