#!/bin/bash
# before/after export on the 10x store (copies), alternating HEAD / branch
E=/tmp/s29/e29
T='%e wall  %U user  %S sys  %M KB'
cp $E/b32_old.db $E/b32_new.db
cd /tmp/s29/exp29-head
echo "HEAD export 1 $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_old.db -o $E/b32_head.json
cd /work/wt-exp29
echo "branch, migrated, not filled (computed path) $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_new.db -o $E/b32_mig.json
cmp $E/b32_mig.json $E/b32_head.json && echo "SAME mig"
echo "branch: build with nothing new fills the records $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch build -q --workers 1 --db $E/b32_new.db /work/shared/bulk/bbc/business/001.txt
for i in 1 2; do
cd /work/wt-exp29
echo "branch export $i $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_new.db -o $E/b32_fast.json
cmp $E/b32_fast.json $E/b32_head.json && echo "SAME fast $i"
cd /tmp/s29/exp29-head
echo "HEAD export $((i+1)) $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_old.db -o $E/b32_head2.json
done
cd /work/wt-exp29
echo "branch export 3 $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_new.db -o $E/b32_fast.json
cmp $E/b32_fast.json $E/b32_head.json && echo "SAME fast 3"
ls -la $E/b32_*
