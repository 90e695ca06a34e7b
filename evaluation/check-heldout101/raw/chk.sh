#!/bin/bash
# usage: chk.sh URL ; greps host+path in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  hits=$(grep -rlF -- "$hp" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout101/' | head -3)
  if [ -n "$hits" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
done
