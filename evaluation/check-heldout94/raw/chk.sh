#!/bin/bash
# usage: chk.sh URL ; greps host+path, and the query string where there is one, in forbidden places.
# Where a URL has a query string the path alone is generic: the verdict is by the query string (and host+path+query).
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?(.*)$#\1#p')
  where="/work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation"
  if [ -n "$q" ]; then
    hits=$(grep -rlF -- "$q" $where 2>/dev/null | grep -v '^/work/evalsets46/check-heldout94/' | head -3)
    n=$(grep -rlF -- "$hp" $where 2>/dev/null | grep -v '^/work/evalsets46/check-heldout94/' | wc -l)
    if [ -n "$hits" ]; then echo "USED  $hp?$q :: $hits"; else echo "free  $hp?$q (host+path alone in $n files: generic)"; fi
  else
    hits=$(grep -rlF -- "$hp" $where 2>/dev/null | grep -v '^/work/evalsets46/check-heldout94/' | head -3)
    if [ -n "$hits" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
  fi
done
