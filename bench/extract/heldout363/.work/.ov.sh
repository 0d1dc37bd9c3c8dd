#!/bin/bash
# usage: ov.sh term...   prints hit files per term
for t in "$@"; do
  hits=$(grep -ril --exclude='*-blind.md' --exclude='*first-sight*' --include='README.md' --include='*.json' --include='*.txt' --include='*.csv' -F -- "$t" /work/main/bench/extract/ /work/main/data/ /work/staging/heldout362 /work/staging/heldout364 /work/staging/heldout365 2>/dev/null | grep -v '^/work/main/bench/extract/[^/]*\.' )
  hd=$(grep -ril --exclude='*-blind.md' --exclude='*first-sight*' -F -- "$t" /work/main/data/ 2>/dev/null)
  n=$(echo -n "$hits" | grep -c .)
  echo "== $t : $n"; echo "$hits" | head -8; [ -n "$hd" ] && echo "DATA: $hd" | head -3
done
