#!/bin/bash
# read commands before (HEAD 3ae5cc5 on the schema-12 stores) / after (exp29 on the upgraded ones), alternating
cd /work/wt-exp29
for round in 1 2; do
echo "== HEAD round $round $(uptime)"
PYTHONPATH=/tmp/s29/exp29-head python benchmarks/read_speed.py /tmp/s29/stores/schema12/bbc32.db --repo /tmp/s29/exp29-head --commands timeline,disagreements,barometer,export --repeat 1 --pair EU,USA
echo "== branch round $round $(uptime)"
python benchmarks/read_speed.py /tmp/s29/stores/bbc32.db --commands timeline,disagreements,barometer,export --repeat 1 --pair EU,USA
done
echo "== done $(uptime)"
