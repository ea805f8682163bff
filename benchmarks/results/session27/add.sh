#!/bin/bash
# usage: add.sh REPO STORE LABEL — add the 5 Korea articles to STORE (--no-vectors, 1 worker) with stage sampling
REPO=$1; DB=$2; LABEL=$3
echo "$LABEL start: $(uptime)"
cd $REPO && STAGE_TSV=/tmp/scale27/$LABEL.tsv PYTHONPATH=$PWD python /tmp/scale27/stage_rss.py build /work/shared/corpus/korea --db $DB --workers 1 --no-vectors -q
echo "$LABEL end: $(uptime)"
