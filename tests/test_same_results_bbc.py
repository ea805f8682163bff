"""The same BBC results from every way of building (issue 13: "the same Korea and BBC results
(events, merges, disagreements) from SQLite, PostgreSQL, 1 worker, N workers and Dask — a test
compares them"). Korea is compared by tests/test_parallel.py (1 worker, 2 processes, Dask) and
tests/test_store_postgres.py (SQLite, PostgreSQL); this file does the same on a sample of the
BBC corpus (``../shared/bulk/bbc``: the first $CHRONICA_BBC_SAMPLE files of each of its five
categories, 4 by default, sport/199.txt, the one Latin-1 file, and a near-duplicate copy of
business/003.txt with a number changed, whose events join its original's: BBC articles rarely tell
one another's events), built once with one worker into SQLite and compared with

* 2 worker processes and a Dask ``LocalCluster`` of 2 workers, each given one document at a time
  (so both parse): every stored row, ids included (documents, sentences, time expressions,
  actors, event mentions, merges, chronicle events, disagreements, vectors);
* PostgreSQL with 1 and with 2 workers: the export with ids replaced by content (documents,
  events with their mentions, disagreements), and every stored row as above.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from test_parallel import _report, _stored
from test_store_postgres import canonical, export, pg  # noqa: F401 - pg: the server fixture

from chronica.build import BuildOptions, build
from chronica.store import Store

pytestmark = pytest.mark.slow

#: files taken from each BBC category
SAMPLE = int(os.environ.get("CHRONICA_BBC_SAMPLE", "4"))


@pytest.fixture(scope="module")
def bbc_sample(shared, tmp_path_factory) -> Path:
    bbc = shared / "bulk" / "bbc"
    if not bbc.is_dir():
        pytest.skip("../shared/bulk/bbc is not present")
    folder = tmp_path_factory.mktemp("bbc")
    for category in sorted(p for p in bbc.iterdir() if p.is_dir()):
        files = sorted(category.glob("*.txt"))[:SAMPLE]
        if category.name == "sport" and (category / "199.txt").exists():
            files.append(category / "199.txt")  # Latin-1, not UTF-8
        (folder / category.name).mkdir()
        for f in files:
            shutil.copy(f, folder / category.name / f.name)
    first = folder / "business" / "003.txt"  # two event mentions (the first file has none)
    text = first.read_text(encoding="utf-8")
    number = re.search(r"\d+", text.split("\n", 2)[2])  # in the body, not the title
    assert number, first
    start = len(text) - len(text.split("\n", 2)[2]) + number.start()
    (folder / "copy.txt").write_text(text[:start] + str(int(number.group()) + 1) + text[start + len(number.group()):],
                                     encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bbc_one_worker(bbc_sample, tmp_path_factory):
    db = tmp_path_factory.mktemp("one") / "s.db"
    with Store(db) as store:
        report = build([bbc_sample], store, BuildOptions(n_process=1))
        stored = _stored(store)
    # a sample that exercises the chronicle: the copy's mentions join its original's events
    assert report.near_duplicates and stored["chronicle"]
    assert len(stored["merges"]) > len(stored["chronicle"])
    return _report(report), stored, export(db)


@pytest.mark.parametrize(
    "options",
    [BuildOptions(n_process=2, batch_size=1, files_per_task=1),
     BuildOptions(dask="local:2", batch_size=1, files_per_task=1)],
    ids=["2-processes", "dask-local-2"],
)
def test_bbc_workers_store_what_one_worker_stores(options, bbc_sample, bbc_one_worker, tmp_path):
    with Store(tmp_path / "s.db") as store:
        report = build([bbc_sample], store, options)
        assert _report(report) == bbc_one_worker[0]
        assert _stored(store) == bbc_one_worker[1]


@pytest.mark.parametrize("workers", [1, 2])
def test_bbc_postgres_holds_what_sqlite_holds(pg, workers, bbc_sample, bbc_one_worker, tmp_path):  # noqa: F811
    url = pg.create_database()
    with Store(url) as store:
        report = build([bbc_sample], store, BuildOptions(n_process=workers, batch_size=1, files_per_task=1))
        assert _report(report) == bbc_one_worker[0]
    assert canonical(export(url)) == canonical(bbc_one_worker[2])
    with Store(url) as store:
        assert _stored(store) == bbc_one_worker[1]
