#!/bin/bash
# usage: chk.sh URL ... ; greps host+path (and query string) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?##p')
  hits=$(grep -rlF -- "$hp" /work/evalsets42/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets42/check-heldout62/' | head -3)
  qh=""; [ -n "$q" ] && qh=$(grep -rlF -- "$q" /work/evalsets42/ /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets42/check-heldout62/' | head -2)
  if [ -n "$hits$qh" ]; then echo "USED  $hp :: $hits $qh"; else echo "free  $hp"; fi
done
