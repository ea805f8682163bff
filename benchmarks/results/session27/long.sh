#!/bin/bash
# usage: long.sh REPO MB LABEL — build /tmp/scale27/textMB.txt fresh (--no-vectors, 1 worker) with stage sampling
REPO=$1; MB=$2; LABEL=$3
rm -f /tmp/scale27/$LABEL.db*
echo "$LABEL start: $(uptime)"
cd $REPO && STAGE_TSV=/tmp/scale27/$LABEL.tsv PYTHONPATH=$PWD python /tmp/scale27/stage_rss.py build /tmp/scale27/text$MB.txt --db /tmp/scale27/$LABEL.db --workers 1 --no-vectors --max-bytes 200000000
echo "$LABEL end: $(uptime)"
