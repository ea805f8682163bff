"""Finish a build stopped part-way: the chronicle step and search's vectors, as build() does (7, 8)."""
import json, resource, sys, time
from chronica.chronicle import persist
from chronica.search import index_sentences
from chronica.store import Store
db = sys.argv[1]
t0, c0 = time.perf_counter(), time.process_time()
with Store(db) as store:
    report = persist.update(store)
    c1 = time.process_time()
    index_sentences(store)
    counts = store.counts()
print(json.dumps({"chronicle_cpu": c1 - c0, "vectors_cpu": time.process_time() - c1, "wall": time.perf_counter() - t0,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "counts": counts, "chronicle": str(report)}))
