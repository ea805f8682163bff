"""Where the build's work runs: in this process, in N local processes, or on a Dask cluster.

Public API: :func:`open_runner` (a context manager) gives a :class:`Runner` whose
:meth:`~Runner.map` runs one function over a stream of inputs and yields the results **in input
order**, with a bounded number of tasks in flight: the build streams (no list of all documents in
memory) and stores documents in the same order, hence with the same ids, whatever runs it.

1. :class:`InlineRunner` — in this process (one worker, or a small input);
2. :class:`ProcessRunner` — a pool of N local processes (``concurrent.futures``), each loading the
   spaCy pipeline once;
3. :class:`DaskRunner` — a Dask ``distributed`` cluster: ``local:N`` starts a ``LocalCluster``
   of N single-threaded worker processes, ``tcp://HOST:PORT`` joins a running scheduler.

Inputs are ``(context, argument)`` pairs: only the argument travels to a worker, the context
stays with the caller and comes back with the result.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Any, Protocol, TypeVar

from chronica.errors import ChronicaError

C = TypeVar("C")  # what stays with the caller
A = TypeVar("A")  # what goes to the worker
R = TypeVar("R")  # what comes back

#: tasks in flight per worker: enough that a worker never waits for the next one while the
#: writer stores the last, few enough that memory holds a few batches, not the corpus
IN_FLIGHT_PER_WORKER = 3

#: the input a worker process must have to pay for its start (importing Chronica, loading the
#: spaCy model and the knowledge base: 2-3 CPU-s, 4-5 s of wall time on a busy machine). The
#: build handles ~25 KB of text per CPU-s (BBC, all stages), so below ~0.4 MB per worker a
#: second process costs more than it saves: on the 5 Korea articles (48 KB), 1 process built
#: in 6.3 s and 2 in 13.3 s.
MIN_BYTES_PER_WORKER = 400_000


#: Dask settings of a ``local:N`` cluster, made for one batch build rather than a long-lived
#: service: the work is a few dozen long tasks whose results go to one writer, so the
#: periodic machinery meant for watching a cluster only costs CPU, and it costs it per second
#: of wall time, not per task: on a shared machine (a load of 17-19 on 2 cores) a build's wall
#: time is 7-10x its CPU time, and every monitor runs 7-10x as often per unit of work. Off or
#: slower: the statistical profiler sampling the task thread's stack every 10 ms (for the
#: dashboard, which is not started), the system monitor (psutil, every 0.5 s in the scheduler
#: and each worker) and the nanny's memory monitor (every 0.1 s; the memory limit is still
#: enforced, once a second). A cluster given by address keeps its own configuration.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


class Runner(Protocol):
    workers: int

    def map(self, fn: Callable[[A], R], items: Iterable[tuple[C, A]]) -> Iterator[tuple[C, R]]:
        """``(context, fn(argument))`` for each ``(context, argument)``, in input order."""
        ...


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def auto_workers(total_bytes: int) -> int:
    """The worker processes worth starting for ``total_bytes`` of input: every core, fewer for a
    small input (see :data:`MIN_BYTES_PER_WORKER`)."""
    return max(1, min(cores(), total_bytes // MIN_BYTES_PER_WORKER))


class InlineRunner:
    """Runs every task in this process, as the input streams in."""

    workers = 1

    def map(self, fn: Callable[[A], R], items: Iterable[tuple[C, A]]) -> Iterator[tuple[C, R]]:
        for context, argument in items:
            yield context, fn(argument)


def _ordered(submit: Callable[[A], Any], result: Callable[[Any], R], items: Iterable[tuple[C, A]],
             window: int) -> Iterator[tuple[C, R]]:
    """Submit up to ``window`` tasks ahead and yield their results in input order."""
    pending: deque[tuple[C, Any]] = deque()
    for context, argument in items:
        pending.append((context, submit(argument)))
        if len(pending) >= window:
            done_context, future = pending.popleft()
            yield done_context, result(future)
    while pending:
        done_context, future = pending.popleft()
        yield done_context, result(future)


#: seconds to wait for a killed worker process to be gone
KILL_WAIT = 5.0


class ProcessRunner:
    """A pool of ``workers`` local processes (started fresh, *spawn*: no state inherited from the
    caller, as on a cluster), each running ``initializer`` once."""

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=partial(_start_worker, initializer),
        )

    def map(self, fn: Callable[[A], R], items: Iterable[tuple[C, A]]) -> Iterator[tuple[C, R]]:
        def submit(argument: A) -> Future:
            return self.pool.submit(fn, argument)

        return _ordered(submit, Future.result, items, IN_FLIGHT_PER_WORKER * self.workers)

    def close(self, abandon: bool = False) -> None:
        """Shut the pool down; with ``abandon`` (the build was told to stop) the workers are
        killed rather than let finish the batches they hold: nothing of theirs would be stored."""
        if abandon:
            processes = list((getattr(self.pool, "_processes", None) or {}).values())
            for process in processes:
                process.kill()
            for process in processes:
                process.join(KILL_WAIT)
            # a worker killed while it was sending a result leaves half a message in the result
            # pipe, and the pool's manager thread waits for the rest for ever (shutdown joins it:
            # the build hung, told to stop). Its writers dead, closing this process's own writing
            # end gives that read an end of file: the manager sees a broken pool and exits.
            writer = getattr(getattr(self.pool, "_result_queue", None), "_writer", None)
            if writer is not None:
                writer.close()
        self.pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(initializer: Callable[[], None] | None) -> None:
    """A worker process's start: Ctrl-C in a terminal signals the whole process group, and it is
    the build's process that stops the build (and these workers), so a worker ignores SIGINT
    instead of failing its task with a KeyboardInterrupt; then ``initializer``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()


def check_dask(spec: str) -> int | None:
    """The number of workers of a ``local:N`` spec, None for a scheduler address; a
    :class:`ChronicaError` for anything else."""
    if spec.startswith("local:"):
        n = spec.partition(":")[2]
        if not n.isdigit() or int(n) < 1:
            raise ChronicaError(f"--dask local:N takes a number of workers of at least 1, not {spec!r}")
        return int(n)
    if "://" not in spec:
        raise ChronicaError(f"--dask takes local:N or a scheduler address (tcp://HOST:PORT), not {spec!r}")
    return None


class DaskRunner:
    """Tasks on a Dask ``distributed`` cluster; results come back to this process (the writer)."""

    def __init__(self, spec: str, initializer: Callable[[], None] | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency
            raise ChronicaError("Dask is not installed: pip install 'dask[distributed]'") from exc
        import dask

        self.cluster = None
        local = check_dask(spec)
        if local:
            # the cluster's nannies hand this configuration to the worker processes they start
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self.cluster = LocalCluster(n_workers=local, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=50)
            address: Any = self.cluster
        else:
            address = spec
        try:
            self.client = Client(address, timeout="20s")
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise ChronicaError(f"cannot reach the Dask scheduler at {spec}: {exc}") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        # ``initializer`` is not run through ``client.run``: that would load the pipeline inside
        # the worker's event loop (blocking its heartbeats); the first task loads it instead

    def map(self, fn: Callable[[A], R], items: Iterable[tuple[C, A]]) -> Iterator[tuple[C, R]]:
        def submit(argument: A) -> Any:
            return self.client.submit(fn, argument, pure=False)

        return _ordered(submit, lambda future: future.result(), items, IN_FLIGHT_PER_WORKER * self.workers)

    def close(self, abandon: bool = False) -> None:  # noqa: ARG002 - the cluster drops what it runs
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def open_runner(workers: int = 1, dask: str | None = None,
                initializer: Callable[[], None] | None = None) -> Iterator[Runner]:
    """The runner for ``dask`` (a scheduler address or ``local:N``) when given, else for
    ``workers`` local processes (1: this process). Closed on exit."""
    if dask:
        runner: Any = DaskRunner(dask, initializer)
    elif workers > 1:
        runner = ProcessRunner(workers, initializer)
    else:
        yield InlineRunner()
        return
    try:
        yield runner
    except BaseException as exc:
        # told to stop (an Interrupted, not an Exception): the tasks in flight are dropped
        runner.close(abandon=not isinstance(exc, Exception))
        raise
    runner.close()
