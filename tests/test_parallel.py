"""The build on every core and on Dask: stage outputs are plain data, each stage's work done
once, and 1 worker, N worker processes and a Dask cluster store the same annotations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronica import runners
from chronica.build import BuildOptions, build
from chronica.cli import app
from chronica.nlp import load_pipeline
from chronica.stages import STAGES, prepare
from chronica.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "suez"


@pytest.mark.parametrize(
    "text",
    [
        "The port reopened in May 2021. This year the council has already rejected two plans to close it.",
        "Officials in Lisbon signed the accord on 4 March 2019. Last month the treaty took effect.",
        "The minister resigned after the vote. Nobody said when the new cabinet would meet.",
    ],
)
def test_stages_time_tagger_runs_once_per_document(text, monkeypatch):
    """The events stage reads the time stage's expressions and inferred date (``doc._.timexes``,
    ``doc._.inferred_dct``) instead of tagging the text again to guess the document date."""
    from chronica.time import tagger

    nlp = load_pipeline(STAGES)
    calls = []
    real = tagger._tag

    def counting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(args[0][:20])
        return real(*args, **kwargs)

    monkeypatch.setattr(tagger, "_tag", counting)
    doc = nlp(prepare(nlp, text, None))  # no publication date: the time stage infers one
    assert doc._.inferred_dct is not None
    assert len(calls) == 1


def _stored(store) -> dict:  # noqa: ANN001 - Store
    """Everything the build stored that does not depend on when it ran."""
    docs = store.documents()
    return {
        "documents": [vars(d) for d in docs],
        "parses": [store.parse_bytes(d.id) for d in docs],
        "sentences": [vars(s) for s in store.sentences()],
        "timexes": store.timexes(),
        "actors": store.actor_mentions(),
        "events": [vars(e) for e in store.event_mentions()],
        # the chronicle: which mentions merged into which event, the events, the disagreements
        "merges": sorted(tuple(r) for r in store.chronicle.membership()),
        "chronicle": [vars(e) for e in store.chronicle.events()],
        "disagreements": store.chronicle.disagreements(),
        # the sentence vectors the merge compared, computed in whichever process parsed
        "vectors": sorted(tuple(r) for r in store.conn.execute("SELECT text_hash, vector FROM sentence_vectors")),
    }


def _report(report) -> tuple:  # noqa: ANN001 - BuildReport
    return (report.stored, report.unchanged, report.timexes, report.actor_mentions,
            report.event_mentions, sorted((Path(d.path).name, Path(d.same_as).name) for d in report.duplicates),
            sorted((Path(e.path).name, e.reason) for e in report.skipped), report.exit_code)


@pytest.fixture(scope="module")
def korea_input(shared, tmp_path_factory) -> Path:
    """The Korea articles, one of them twice, and a file that cannot be read."""
    folder = tmp_path_factory.mktemp("korea")
    files = sorted((shared / "corpus" / "korea").glob("*.txt"))
    for f in files:
        shutil.copy(f, folder / f.name)
    shutil.copy(files[0], folder / "copy_of_first.txt")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture(scope="module")
def korea_one_worker(korea_input, tmp_path_factory):
    with Store(tmp_path_factory.mktemp("one") / "s.db") as store:
        report = build([korea_input], store, BuildOptions(n_process=1))
        stored = _stored(store)
        assert stored["merges"] and stored["chronicle"] and stored["vectors"]
        return _report(report), stored


@pytest.mark.slow
@pytest.mark.parametrize(
    "options",
    [BuildOptions(n_process=2, batch_size=1, files_per_task=1),
     BuildOptions(dask="local:2", batch_size=1, files_per_task=1)],
    ids=["2-processes", "dask-local-2"],
)
def test_build_workers_store_what_one_worker_stores(options, korea_input, korea_one_worker, tmp_path):
    """Two worker processes, or a Dask cluster of two, each given one document at a time (so both
    parse), store the same documents, parses, time expressions, actors and events, with the same
    ids, as one process does."""
    with Store(tmp_path / "s.db") as store:
        report = build([korea_input], store, options)
        assert _report(report) == korea_one_worker[0]
        assert report.stored == 5 and report.event_mentions > 0 and report.exit_code == 3
        assert _stored(store) == korea_one_worker[1]


@pytest.fixture
def dask_scheduler(tmp_path):
    """A Dask scheduler and one worker process with two threads, started as on a cluster's
    machines (``dask scheduler``, ``dask worker``), importing this checkout's Chronica."""
    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), os.environ.get("PYTHONPATH", "")])}
    info = tmp_path / "scheduler.json"
    common = ["--scheduler-file", str(info), "--no-dashboard"]
    scheduler = subprocess.Popen([sys.executable, "-m", "dask", "scheduler", "--port", "0", *common],
                                 cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([sys.executable, "-m", "dask", "worker", "--nworkers", "1", "--nthreads", "2",
                               "--death-timeout", "60", *common],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not info.exists():
            pytest.fail("the Dask scheduler did not start within 60 s")
        address = json.loads(info.read_text())["address"]
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.slow
def test_build_dask_scheduler_address_stores_what_one_worker_stores(dask_scheduler, korea_input,
                                                                    korea_one_worker, tmp_path):
    """``--dask tcp://HOST:PORT``: the tasks run on a separately started cluster (one worker with
    two threads, so two tasks run at once on one pipeline) and the store is the same."""
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["build", str(korea_input), "--db", str(db), "--dask", dask_scheduler,
                                      "--batch-size", "1", "-q"])
    assert result.exit_code == 3, result.output  # the unreadable file is skipped
    with Store(db) as store:
        assert _stored(store) == korea_one_worker[1]


@pytest.mark.parametrize("spec", ["nonsense", "local:0", "local:x"])
def test_cli_build_bad_dask_spec_is_one_line_error(spec, tmp_path):
    result = CliRunner().invoke(app, ["build", str(EXAMPLES), "--db", str(tmp_path / "s.db"), "--dask", spec, "-q"])
    assert result.exit_code == 2  # a usage error, before any store is created
    assert "--dask" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize(
    "total_bytes, cores, expected",
    [
        (0, 2, 1),  # nothing to read
        (48_000, 2, 1),  # the Korea articles: a second process costs more than it saves
        (runners.MIN_BYTES_PER_WORKER * 2, 2, 2),
        (5_000_000, 2, 2),  # the BBC corpus: every core
        (5_000_000, 1, 1),
        (runners.MIN_BYTES_PER_WORKER * 3, 8, 3),  # no more processes than the input pays for
    ],
)
def test_runners_auto_workers(total_bytes, cores, expected, monkeypatch):
    monkeypatch.setattr(runners, "cores", lambda: cores)
    assert runners.auto_workers(total_bytes) == expected


@pytest.mark.parametrize("runner_args", [{"workers": 1}, {"workers": 2}], ids=["inline", "2-processes"])
def test_runners_map_keeps_input_order_and_contexts(runner_args):
    """Results come back in input order with their contexts, however the tasks finish."""
    items = [(f"ctx{i}", n) for i, n in enumerate([5, 0, 3, 9, 1, 7, 2, 8, 4, 6] * 3)]
    with runners.open_runner(**runner_args) as runner:
        out = list(runner.map(_slow_square, items))
    assert out == [(ctx, n * n) for ctx, n in items]


def _slow_square(n: int) -> int:
    time.sleep(0.002 * (9 - n))  # later inputs finish first
    return n * n


@pytest.mark.parametrize("marker", ["Quokkastan", "Zembla"])
def test_tasks_analyse_failure_costs_only_its_text(marker, monkeypatch):
    """A stage raising on one text of a batch marks that text failed (the build skips its
    document with the reason); the other texts of the batch are analysed as usual."""
    from chronica import tasks
    from chronica.events import component

    real = component.extract_events

    def failing(doc, **kwargs):  # noqa: ANN001, ANN003, ANN202
        if marker in doc.text:
            raise RuntimeError(f"cannot read {marker}")
        return real(doc, **kwargs)

    monkeypatch.setattr(component, "extract_events", failing)
    texts = (("The ministers met in Paris on 3 May 2004 and signed a trade deal.", None),
             (f"Troops from {marker} attacked the border post on Monday.", "2011-06-01"),
             ("The president visited Japan in 1998.", None))
    out = tasks.analyse(tasks.AnalyseJob(texts))
    assert [a.failure is None for a in out] == [True, False, True]
    assert "chronica_events" in out[1].failure and marker in out[1].failure
    assert out[0].annotations.actors and out[2].annotations.timexes


@pytest.mark.parametrize("runner_args", [{"workers": 1}, {"workers": 2}], ids=["inline", "2-processes"])
def test_runners_map_streams_with_a_bounded_window(runner_args):
    """The input is drawn as results are taken, never more than the window ahead: a build holds
    a few batches in memory, not the corpus."""
    drawn = []

    def items():  # noqa: ANN202
        for i in range(200):
            drawn.append(i)
            yield i, i

    with runners.open_runner(**runner_args) as runner:
        window = runners.IN_FLIGHT_PER_WORKER * runner.workers if runner.workers > 1 else 1
        for taken, (context, value) in enumerate(runner.map(abs, items()), start=1):
            assert value == context
            assert len(drawn) <= taken + window
    assert len(drawn) == 200


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _sigint_handler(_: int) -> bool:
    import signal

    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_worker_processes_leave_ctrl_c_to_the_build():
    """Ctrl-C signals the terminal's whole process group: the workers ignore it, and the
    build's process (which stops them) handles it once."""
    with runners.open_runner(workers=2) as runner:
        assert [ignored for _, ignored in runner.map(_sigint_handler, [(i, i) for i in range(4)])] == [True] * 4


def test_a_runner_told_to_stop_kills_its_workers_instead_of_awaiting_their_tasks():
    """An Interrupted (SIGTERM, SIGINT) leaving the runner kills the worker processes: a build
    told to stop ends within seconds, not when the batches in flight are done (nothing of theirs
    would be stored). An ordinary error still lets them finish."""
    import signal

    from chronica.errors import Interrupted

    started = time.perf_counter()
    with pytest.raises(Interrupted):
        with runners.open_runner(workers=2) as runner:
            busy = [runner.pool.submit(_sleep, 120) for _ in range(2)]
            deadline = time.time() + 60
            while not all(f.running() for f in busy) and time.time() < deadline:
                time.sleep(0.1)
            assert all(f.running() for f in busy)
            raise Interrupted(signal.SIGTERM, "SIGTERM")
    assert time.perf_counter() - started < 90


def test_dask_local_cluster_workers_run_without_the_monitoring_machinery():
    """A ``local:N`` cluster's worker processes get :data:`runners.LOCAL_CLUSTER_CONFIG` (no
    stack profiler, slower system and memory monitors): their cost follows wall time, not work."""
    import dask

    from chronica import runners

    keys = list(runners.LOCAL_CLUSTER_CONFIG)
    with runners.open_runner(dask="local:1") as runner:
        got = dict(runner.map(dask.config.get, [(k, k) for k in keys]))
    assert got == runners.LOCAL_CLUSTER_CONFIG
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's own config untouched
