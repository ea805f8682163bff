"""A pool of worker processes told to stop mid-batch shuts down (the build told to stop with
``--workers 2`` hung in ``ProcessRunner.close``: a worker killed while sending its result left half a
message in the result pipe, and the pool's manager thread waited for the rest for ever)."""

from __future__ import annotations

import threading
import time

import pytest

from chronica.runners import ProcessRunner


@pytest.mark.parametrize("after", [0.0, 0.3, 0.8])
def test_a_pool_told_to_stop_while_results_travel_shuts_down(after):
    runner = ProcessRunner(2)
    # results of 300 MB each: the workers are still sending them when they are killed
    futures = [runner.pool.submit(bytes, 300_000_000) for _ in range(4)]
    deadline = time.monotonic() + 60
    while not futures[0].running() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(after)
    closing = threading.Thread(target=runner.close, kwargs={"abandon": True}, daemon=True)
    closing.start()
    closing.join(30)
    assert not closing.is_alive(), "the pool did not shut down within 30 s of being told to stop"
