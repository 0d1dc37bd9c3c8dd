#!/bin/bash
for u in "$@"; do d=$(echo "$u" | sed -E 's#https?://##;s#^www\.##;s#/.*##');
 j=$(grep -rilF --include='*.json' -- "$d" /work/main/bench/extract/ /work/staging/heldout36[245] 2>/dev/null | wc -l)
 r=$(grep -rilF --include='README.md' -- "$d" /work/main/bench/extract/ /work/staging/heldout36[245] 2>/dev/null | wc -l)
 o=$(grep -rilF --exclude='*-blind.md' --exclude='*first-sight*' -- "$d" /work/main/bench/extract/ /work/main/data/ /work/staging/heldout36[245] 2>/dev/null | grep -v -e README.md -e '\.json$' | wc -l)
 p=$(grep -rilF --exclude='*-blind.md' -- "$(echo "$u" | sed -E 's#https?://##;s#^www\.##;s#/$##')" /work/main/bench/extract/ /work/staging/heldout36[245] 2>/dev/null | wc -l)
 echo "$d json:$j readme:$r other:$o page:$p"; done
