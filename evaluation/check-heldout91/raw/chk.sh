#!/bin/bash
# usage: chk.sh URL ... ; greps host+path (and the query string where given) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | grep -o '?.*' | sed 's/^?//')
  hits=$(grep -rlF -- "$hp" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout91/' | head -3)
  qh=""; [ -n "$q" ] && qh=$(grep -rlF -- "$q" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout91/' | head -3)
  if [ -n "$hits$qh" ]; then echo "USED  $hp $q :: $hits $qh"; else echo "free  $hp $q"; fi
done
