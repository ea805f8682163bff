#!/bin/bash
# peak RSS of a build adding the same 5 new documents (Korea) to a store of 675, 2,025 and 21,600
# documents (bbc.db and its synthetic x3 and x32 copies), without search's vectors (which on the
# x32 store would build the HNSW graph, minutes of one core, measured apart)
cd /work/wt-scale25
for s in bbc bbc3 bbc32; do
  cp /tmp/scale25/$s.db /tmp/scale25/rss_$s.db
  echo "$s: $(uptime)"
  PYTHONPATH=$PWD /usr/bin/time -f "wall %e s  cpu %U+%S s  peak RSS %M KB" python -m chronica.cli build /work/shared/corpus/korea --db /tmp/scale25/rss_$s.db --workers 1 --no-vectors -q 2>&1 | tail -2
  rm -f /tmp/scale25/rss_$s.db /tmp/scale25/rss_$s.db-wal /tmp/scale25/rss_$s.db-shm
done
