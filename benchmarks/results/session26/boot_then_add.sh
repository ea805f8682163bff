#!/bin/bash
# usage: boot_then_add.sh REPO SRC LABEL: find the claim links of a copy of SRC once (a store of
# schema < 12 has none: bootstrap.py), then add Korea to it (rss_add.sh)
REPO=$1; SRC=$2; LABEL=$3; HERE=$(dirname $(readlink -f $0))
cp $SRC /tmp/scale26/boot_$LABEL.db
echo "boot $LABEL start: $(uptime)"
cd $REPO && PYTHONPATH=$PWD /usr/bin/time -f "wall %e s  cpu %U+%S s  peak RSS %M KB" python $HERE/bootstrap.py /tmp/scale26/boot_$LABEL.db 2>&1 | tail -3
echo "boot $LABEL end: $(uptime)"
$HERE/rss_add.sh $REPO /tmp/scale26/boot_$LABEL.db after_$LABEL
