#!/bin/bash
# a build with nothing new, as a user runs it: whole process wall/CPU (/usr/bin/time), three times
cd /work/wt-scale25
for i in 1 2 3; do
  echo "run $i: $(uptime)"
  PYTHONPATH=$PWD /usr/bin/time -f "wall %e s  user %U s  sys %S s  maxrss %M KB" python -m chronica.cli build $(cat /tmp/scale25/rerun_paths.txt) --db /tmp/scale25/bbc.db --workers 1 2>&1 | tail -4
done
