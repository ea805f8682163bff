"""Markdown: min-max RSS per 20 CPU-s window, before vs after, and the HWM reached."""
import sys
def windows(path, w=20):
    by = {}
    hwm = {}
    stage = {}
    for l in open(path):
        r = l.rstrip("\n").split("\t")
        k = int(float(r[1]) // w)
        lo, hi = by.get(k, (10**9, 0))
        by[k] = (min(lo, int(r[2])), max(hi, int(r[2])))
        hwm[k] = int(r[3])
        s = r[4] if len(r) > 4 else ""
        stage[k] = "chronicle" if "persist." in s else ("parse" if "tasks." in s or "build._" in s else stage.get(k, ""))
    return by, hwm, stage
b, bh, bs = windows(sys.argv[1]); a, ah, as_ = windows(sys.argv[2])
keys = sorted(set(b) | set(a))
print("| CPU-s of the process | before (HEAD 77a5b9e): RSS min–max, HWM | after: RSS min–max, HWM |")
print("|---|---|---|")
for k in keys:
    f = lambda d, h, s: f"{d[k][0]}–{d[k][1]}, {h[k]} ({s[k]})" if k in d else "(not reached)"
    print(f"| {k*20}–{k*20+20} | {f(b, bh, bs)} | {f(a, ah, as_)} |")
