#!/bin/bash
# usage: chk.sh URL... ; greps host+path, and host+path+query (for generic paths), in the forbidden places
for u in "$@"; do
  hq=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#/$##')
  hp=$(echo "$hq" | sed -E 's#\?.*$##')
  where="/work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation"
  hits=$(grep -rlF -- "$hp" $where 2>/dev/null | grep -v '^/work/evalsets46/check-heldout103/' | head -3 | tr '\n' ' ')
  if [ "$hq" != "$hp" ]; then
    q=$(echo "$hq" | sed -E 's#^[^?]*\?##')
    qh=$(grep -rlF -- "$q" $where 2>/dev/null | grep -v '^/work/evalsets46/check-heldout103/' | xargs -r grep -lF -- "$hp" 2>/dev/null | head -3 | tr '\n' ' ')
    if [ -n "$qh" ]; then echo "USED  $hq :: $qh"; elif [ -n "$hits" ]; then echo "free  $hq   (path generic, used with other queries: $hits)"; else echo "free  $hq"; fi
  else
    if [ -n "$hits" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
  fi
done
