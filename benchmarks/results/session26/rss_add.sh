#!/bin/bash
# usage: rss_add.sh REPO STORE LABEL: copy STORE to /tmp/scale26/add_LABEL.db and add the 5 Korea
# articles to it (--no-vectors, 1 worker), with /usr/bin/time's CPU and peak RSS and the load
REPO=$1; SRC=$2; LABEL=$3
cp $SRC /tmp/scale26/add_$LABEL.db
echo "$LABEL start: $(uptime)"
cd $REPO && PYTHONPATH=$PWD /usr/bin/time -f "wall %e s  cpu %U+%S s  peak RSS %M KB" python -m chronica.cli build /work/shared/corpus/korea --db /tmp/scale26/add_$LABEL.db --workers 1 --no-vectors -q 2>&1 | tail -3
echo "$LABEL end: $(uptime)"
