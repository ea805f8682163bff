import sys
from collections import OrderedDict
depth = int(sys.argv[2]) if len(sys.argv) > 2 else 7
rows = OrderedDict()
prev = None
for line in open(sys.argv[1]):
    p = line.rstrip("\n").split("\t")
    if len(p) < 5: continue
    t, cpu, rss, hwm, stage = float(p[0]), float(p[1]), int(p[2]), int(p[3]), p[4]
    key = ">".join(stage.split(">")[2:2+depth])
    if key != prev:
        rows[(len(rows), key)] = [cpu, cpu, rss, rss, hwm]
        prev = key
    r = rows[next(reversed(rows))]
    r[1] = cpu; r[3] = max(r[3], rss); r[4] = hwm
# merge consecutive tiny
for (i, k), (c0, c1, r0, rmax, h) in rows.items():
    if c1 - c0 >= float(sys.argv[3] if len(sys.argv) > 3 else 0.5) or rmax > r0 + 20:
        print(f"cpu {c0:6.1f}-{c1:6.1f}  rss {r0:5d}->{rmax:5d}  hwm {h:5d}  {k[:180]}")
