#!/bin/bash
# usage: chk.sh URL ... ; greps host+path (and the query string) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?(.*)$#\1#p')
  hits=$(grep -rlF -- "$hp" /work/evalsets68/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets68/check-heldout189/' | head -3)
  if [ -n "$q" ]; then qh=$(grep -rlF -- "$q" /work/evalsets68/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets68/check-heldout189/' | head -3); hits="$hits $qh"; fi
  if [ -n "$(echo $hits)" ]; then echo "USED  $hp ?$q :: $hits"; else echo "free  $hp ?$q"; fi
done
