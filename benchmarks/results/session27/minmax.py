"""Min and max RSS of stage traces per window of CPU seconds: minmax.py WINDOW TSV..."""
import sys
w = float(sys.argv[1])
for path in sys.argv[2:]:
    rows = [l.rstrip("\n").split("\t") for l in open(path)]
    by = {}
    for r in rows:
        k = int(float(r[1]) // w)
        lo, hi = by.get(k, (10**9, 0))
        by[k] = (min(lo, int(r[2])), max(hi, int(r[2])))
    print(path.split("/")[-1][:9], " ".join(f"{int(k*w)}:{lo}-{hi}" for k, (lo, hi) in sorted(by.items())))
