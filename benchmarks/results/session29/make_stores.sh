#!/bin/bash
# remake bbc.db (first 687 BBC files), bbc3.db, bbc32.db with HEAD 3ae5cc5 code
cd /tmp/s29/exp29-head
S=/tmp/s29/stores
paths="/work/shared/bulk/bbc/business $(for i in $(seq -f %03g 1 177); do echo /work/shared/bulk/bbc/entertainment/$i.txt; done)"
echo "start build $(date -u) $(uptime)"
PYTHONPATH=$PWD /usr/bin/time -v python -m chronica.cli build $paths --db $S/bbc.db --workers 2 -q > $S/build.log 2>&1
echo "build rc $? $(date -u) $(uptime)"
PYTHONPATH=$PWD /usr/bin/time -v python benchmarks/scale_store.py $S/bbc.db $S/bbc3.db --factor 3 > $S/scale3.log 2>&1
echo "scale3 rc $? $(date -u) $(uptime)"
PYTHONPATH=$PWD /usr/bin/time -v python benchmarks/scale_store.py $S/bbc.db $S/bbc32.db --factor 32 > $S/scale32.log 2>&1
echo "scale32 rc $? $(date -u) $(uptime)"
