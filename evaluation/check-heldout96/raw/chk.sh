#!/bin/bash
# usage: chk.sh URL ... ; greps host+path (and query) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | grep -o '?.*' | sed 's#^?##')
  hits=$(grep -rlF -- "$hp" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout96/' | head -3)
  qh=""
  if [ -n "$q" ]; then qh=$(grep -rlF -- "$q" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout96/' | head -3); fi
  if [ -n "$hits$qh" ]; then echo "USED  $hp ?$q :: $hits $qh"; else echo "free  $hp ?$q"; fi
done
