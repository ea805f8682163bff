"""Recompute the stored chronicle (merge, disagreements, exports) of built stores with this
checkout's code, leaving documents, mentions and claims as they are: to measure a change of the
chronicle's rules on stores measure.py built, in seconds instead of a rebuild. Works on the stores
given, in place: copy them first.

    PYTHONPATH=CHECKOUT python benchmarks/gold/rechronicle.py COPY/*.db

(PYTHONPATH: a script's own folder comes first on sys.path, so without it the installed chronica
is the one imported.)"""

from __future__ import annotations

import sys
import time

from chronica.chronicle.persist import rebuild
from chronica.store.db import Store


def main(paths: list[str]) -> None:
    started = time.perf_counter()
    for path in paths:
        store = Store(path, create=False)
        try:
            rebuild(store)
        finally:
            store.close()
    print(f"recomputed {len(paths)} chronicles in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
