"""tasks._analyse over batches of a long text (3 segments a batch, stages on, no MiniLM) under
tracemalloc: after each batch from the third, the allocation sites that grew most since batch 2."""
import sys, time, tracemalloc
from chronica import tasks
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
from chronica.segments import segment_bounds
n = int(sys.argv[1])
text = open("/tmp/scale27/text2.txt").read()
bounds = segment_bounds(text)
nlp = load_pipeline(STAGES)
def rss():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS")) // 1024
tracemalloc.start(3)
base = None
for b in range(n):
    texts = tuple((text[s:e], None) for s, e in bounds[3 * b:3 * b + 3])
    out = tasks._analyse(nlp, texts, True, None)
    del out
    cur, peak = tracemalloc.get_traced_memory()
    print(f"batch {b} cpu {time.process_time():.1f} rss {rss()} traced {cur>>20} MB peak {peak>>20}", flush=True)
    if b == 1:
        base = tracemalloc.take_snapshot()
    elif b > 1 and (b % 2 == 1 or b == n - 1):
        snap = tracemalloc.take_snapshot()
        for st in snap.compare_to(base, "traceback")[:8]:
            fr = " < ".join(f"{f.filename.split('site-packages/')[-1].split('chronica/')[-1]}:{f.lineno}" for f in st.traceback)
            print(f"   +{st.size_diff/1e6:6.2f} MB +{st.count_diff:7d}  {fr}", flush=True)
