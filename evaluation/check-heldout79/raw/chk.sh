#!/bin/bash
# usage: chk.sh URL ; greps host+path (and query) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^(www|m)\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?(.*)$#\1#p')
  hits=$(grep -rlF -- "$hp" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout79/' | head -3)
  qh=""; [ -n "$q" ] && qh=$(grep -rlF -- "$q" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout79/' | head -3)
  if [ -n "$hits$qh" ]; then echo "USED  $hp :: $hits $qh"; else echo "free  $hp"; fi
done
