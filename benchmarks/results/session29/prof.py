"""CPU profile of an N-file BBC build (1 worker), files picked evenly; argv: N vectors(0/1) out.prof"""
import cProfile, sys, time, tempfile
from pathlib import Path
from chronica.build import BuildOptions, build
from chronica.store import Store
from chronica.ingest import discover
from chronica.errors import IngestError
N = int(sys.argv[1]); vec = sys.argv[2] == "1"; out = sys.argv[3]
files = sorted(p for p in discover(["/work/shared/bulk/bbc"]) if not isinstance(p, IngestError))
step = len(files) / N
files = [files[int(i * step)] for i in range(N)]
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
load_pipeline(STAGES)
pr = cProfile.Profile(time.process_time)
with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
    t = time.process_time()
    pr.enable(); build(files, store, BuildOptions(vectors=vec, n_process=1)); pr.disable()
    print("cpu", time.process_time() - t)
pr.dump_stats(out)
