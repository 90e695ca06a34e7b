#!/bin/bash
# usage: chk.sh url ; greps host+path against used lists
for u in "$@"; do
 hp=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##; s#^m\.##')
 h=$(echo "$hp" | cut -d/ -f1); p=$(echo "$hp" | cut -d/ -f2-)
 r1=$(grep -F -- "$p" /work/evalsets41/used-addresses.txt | grep -F -- "$h" | head -2)
 r2=$(grep -rlF -- "$p" /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | head -3)
 echo "$u => used:[$r1] files:[$r2]"
done
