"""The JSON export written from the stored rows (``chronica.chronicle.stored.iter_event_records``:
each mention read as the fields an event's record shows) is byte for byte the export written
from whole events (``iter_events``: every mention an ``EventMention`` with its participants), on
Korea and on a dev subject (Georgia); and the export and timeline commands do not load the
merge's machinery (numpy, the knowledge base, the claim rules), which reading does not need."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronica import fastjson

REPO = Path(__file__).resolve().parents[1]


def _built(tmp_path_factory, folder: Path, name: str) -> Path:
    from chronica.build import build
    from chronica.store import Store

    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    path = tmp_path_factory.mktemp(name) / f"{name}.db"
    with Store(path) as store:
        assert build([folder], store).stored > 0
    return path


@pytest.fixture(scope="module", params=["korea", "georgia"])
def subject_db(request, tmp_path_factory, shared) -> Path:
    folder = {"korea": shared / "corpus" / "korea", "georgia": shared / "eval" / "dev" / "georgia"}
    return _built(tmp_path_factory, folder[request.param], request.param)


def _export_from_whole_events(store) -> bytes:  # noqa: ANN001 - a Store
    """The export as it was written before the stored-rows path: events built whole
    (``iter_events``) and turned into records by ``events_json``."""
    from chronica.chronicle import disagreement_json, events_json
    from chronica.chronicle.stored import iter_events, load_disagreements
    from chronica.export.formats import iter_documents

    disagreements = load_disagreements(store)
    known = {d.id for d in disagreements.documents}
    buf = io.BytesIO()
    out = io.TextIOWrapper(buf, encoding="utf-8")
    fastjson.write_streamed(out, {
        "documents": iter_documents(store),
        "events": events_json(iter_events(store), known),
        "disagreements": [disagreement_json(d) for d in disagreements.disagreements],
    })
    out.flush()
    return buf.getvalue()


def test_the_export_from_stored_rows_is_byte_for_byte_the_export_from_whole_events(subject_db):
    from chronica.export import export
    from chronica.store import Store

    with Store(subject_db) as store:
        before = _export_from_whole_events(store)
        buf = io.StringIO()
        export(store, "json", buf)
    after = buf.getvalue().encode("utf-8")
    assert after == before
    data = json.loads(after)
    assert data["events"] and any(e["mentions"] for e in data["events"])
    # the fields read from the record (not the mention's columns) are there to compare
    assert any(e["cameo"] for e in data["events"]) and any(e["plover"] for e in data["events"])
    assert all(m["sentence"] and m["trigger_end"] > m["trigger_start"]
               for e in data["events"] for m in e["mentions"])


def test_a_mention_read_as_fields_orders_and_cites_as_the_whole_mention(subject_db):
    from chronica.chronicle.model import mention_order
    from chronica.chronicle.stored import MentionFields
    from chronica.store import Store
    from chronica.store.db import event_mention

    with Store(subject_db) as store:
        rows = store.conn.execute(
            "SELECT document_id, sentence_idx, sentence_start, sentence_end, type, record"
            " FROM event_mentions").fetchall()
    assert rows
    for row in rows:
        light, whole = MentionFields(tuple(row)), event_mention(row[-1])
        assert mention_order(light) == mention_order(whole)
        for name in MentionFields.__slots__:
            assert getattr(light, name) == getattr(whole, name), name


#: what the export and the timeline must not load: the merge and what only it needs
NOT_ON_THE_READ_PATH = ("numpy", "chronica.chronicle.merge", "chronica.chronicle.persist",
                        "chronica.chronicle.disagreements", "chronica.chronicle.embeddings",
                        "chronica.actors.kb", "chronica.claims.rules")


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["timeline"],
                                     ["disagreements"]])
def test_a_read_command_on_an_up_to_date_store_loads_no_merge(command, suez_db, tmp_path):
    code = ("import sys, json, runpy\n"
            f"sys.argv = ['chronica', *{command!r}, '--db', {str(suez_db)!r}]\n"
            "try:\n    runpy.run_module('chronica.cli', run_name='__main__')\n"
            "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "finally:\n    sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          check=False, env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = set(json.loads(proc.stderr.rsplit("MODULES ", 1)[1]))
    assert "chronica.chronicle.stored" in loaded  # the command read the store
    assert not loaded & set(NOT_ON_THE_READ_PATH), sorted(loaded & set(NOT_ON_THE_READ_PATH))


@pytest.mark.parametrize("package", ["chronica.chronicle", "chronica.claims"])
def test_the_lazy_chronicle_and_claims_packages_still_give_every_public_name(package):
    code = (f"import {package} as p; [getattr(p, n) for n in p.__all__]; "
            "import sys; sys.exit(0 if not hasattr(p, 'no_such_name') else 1)")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_a_claim_record_read_fast_is_the_claim_its_init_makes():
    """``SentenceClaim.from_dict`` skips ``__init__`` for a record of known fields; a record of an
    older version (a field missing) gets the field's default, a fresh list of its own; a record
    with an unknown key goes through ``__init__`` without it."""
    import dataclasses

    from chronica.claims.model import SentenceClaim

    full = dataclasses.asdict(SentenceClaim(document_id=3, sentence_idx=1, sentence="500 were killed.",
                                            sentence_start=0, sentence_end=16, kind="number",
                                            topic="killed", value="500", start=0, end=3,
                                            subject=["A"], partner=["B"]))
    old = {k: v for k, v in full.items() if k != "partner"}
    newer = {**full, "a_later_field": 1}
    for record in (full, old, newer):
        fast = SentenceClaim.from_dict(dict(record))
        slow = SentenceClaim(**{k: v for k, v in record.items() if k in SentenceClaim.__dataclass_fields__})
        assert fast == slow and dataclasses.asdict(fast) == dataclasses.asdict(slow)
        assert not hasattr(fast, "a_later_field")
    a, b = SentenceClaim.from_dict(dict(old)), SentenceClaim.from_dict(dict(old))
    a.partner.append("X")
    assert a.partner == ["X"] and b.partner == []
