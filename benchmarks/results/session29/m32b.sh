#!/bin/bash
E=/tmp/s29/e29
T='%e wall  %U user  %S sys  %M KB'
rm -f $E/b32_new.db $E/b32_new.db-*; cp $E/b32_old.db $E/b32_new.db
cd /work/wt-exp29
echo "branch: build with nothing new migrates and fills the records $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch build -q --workers 1 --db $E/b32_new.db /work/shared/bulk/bbc/business/001.txt
for i in 1 2 3; do
cd /work/wt-exp29
echo "branch export $i $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_new.db -o $E/b32_fast.json
cmp $E/b32_fast.json $E/b32_head.json && echo "SAME fast $i"
if [ $i -lt 3 ]; then cd /tmp/s29/exp29-head
echo "HEAD export $((i+3)) $(uptime)"; /usr/bin/time -f "$T" /tmp/s29/ch export --format json --db $E/b32_old.db -o $E/b32_head2.json; fi
done
