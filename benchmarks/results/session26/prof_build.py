"""CPU profile of a 30-file BBC build (--no-vectors, 1 worker), files as build_parallel.py picks them."""
import cProfile, pstats, sys, time, tempfile
from pathlib import Path
from chronica.build import BuildOptions, build
from chronica.store import Store
from chronica.ingest import discover
from chronica.errors import IngestError
files = sorted(p for p in discover(["/work/shared/bulk/bbc"]) if not isinstance(p, IngestError))
step = len(files) / 30
files = [files[int(i * step)] for i in range(30)]
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
load_pipeline(STAGES)
pr = cProfile.Profile(time.process_time)
with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
    t = time.process_time()
    pr.enable(); build(files, store, BuildOptions(vectors=False, n_process=1)); pr.disable()
    print("cpu", time.process_time() - t)
pr.dump_stats("/tmp/scale26/build30.prof")
