#!/bin/bash
# usage: chk.sh URL ... ; greps host+path (and the query string) in forbidden places
# (template's check pointed at /work/evalsets67; where the address has a query string, the path is taken as generic
#  and the verdict rests on the query string; host+path hits are then only listed)
P="/work/evalsets67/ /work/shared/seeds /work/shared/corpus /work/main/evaluation"
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?(.*)$#\1#p')
  hits=$(grep -rlF -- "$hp" $P 2>/dev/null | grep -v '^/work/evalsets67/check-heldout184/' | head -3)
  if [ -n "$q" ]; then
    qh=$(grep -rlF -- "$q" $P 2>/dev/null | grep -v '^/work/evalsets67/check-heldout184/' | head -3)
    if [ -n "$(echo $qh)" ]; then echo "USED  $hp ?$q :: $qh"; else echo "free  $hp ?$q  (generic path hits: $(echo $hits | wc -w))"; fi
  elif [ -n "$(echo $hits)" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
done
