#!/bin/bash
# cmp_all.sh: every after store vs the lead's base store, and the exports but for the files' folder
for d in /tmp/s29/speed29-after /tmp/s29/speed29-after2; do
  for db in $d/*.db; do s=$(basename $db .db)
    r=$(python /tmp/s29/speed29/same_store.py /tmp/s29/base/$s.db $db 2>&1 | grep -c SAME)
    j=$(diff <(sed 's|/work/[a-z0-9-]*/tests|X/tests|g' /tmp/s29/base/$s.json) <(sed 's|/work/[a-z0-9-]*/tests|X/tests|g' $d/$s.json) >/dev/null && echo same || echo DIFF)
    sc=$(cmp -s /tmp/s29/base/$s.score $d/$s.score && echo same || echo DIFF)
    ask=$( [ -f $d/$s.ask.json ] && (cmp -s /tmp/s29/base/$s.ask.json $d/$s.ask.json && echo same || echo DIFF) || echo - )
    echo "$s tables-same=$r/22 export=$j score=$sc ask=$ask"
  done
done
