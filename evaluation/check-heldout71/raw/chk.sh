#!/bin/bash
# usage: chk.sh URL ; greps host+path (and query string) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | grep -oE '\?.*$' | sed 's/^?//')
  hits=$(grep -rlF -- "$hp" /work/evalsets45/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets45/check-heldout71/' | head -3)
  if [ -n "$q" ]; then qh=$(grep -rlF -- "$q" /work/evalsets45/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets45/check-heldout71/' | head -2); [ -n "$qh" ] && hits="$hits q:$qh"; fi
  if [ -n "$hits" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
done
