"""Parse batches of a text as a build's task does (3 segments of <= 20,000 chars a batch, stages
on, no MiniLM) in one process; print CPU, RSS and the vocab's size after each batch.
argv: zone|plain N [TEXT]"""
import sys, time
from chronica import tasks
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
from chronica.segments import segment_bounds
mode, n = sys.argv[1], int(sys.argv[2])
text = open(sys.argv[3] if len(sys.argv) > 3 else "/tmp/scale27/text2.txt").read()
bounds = segment_bounds(text)
nlp = load_pipeline(STAGES)
def rss():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS")) // 1024
print(f"{mode} loaded rss {rss()} vocab {len(nlp.vocab)} strings {len(nlp.vocab.strings)}", flush=True)
for b in range(n):
    texts = tuple((text[s:e], None) for s, e in bounds[3 * b:3 * b + 3])
    if mode == "zone":
        with nlp.memory_zone():
            out = tasks._analyse(nlp, texts, True, None)
    else:
        out = tasks._analyse(nlp, texts, True, None)
    del out
    print(f"{mode} batch {b} cpu {time.process_time():.1f} rss {rss()} vocab {len(nlp.vocab)} strings {len(nlp.vocab.strings)}", flush=True)
