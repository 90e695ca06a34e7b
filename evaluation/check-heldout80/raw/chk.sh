#!/bin/bash
# usage: chk.sh URL ; greps host+path (and query string) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | grep -oE '\?.*$' | sed 's/^?//')
  hits=$(grep -rlF -- "$hp" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout80/' | head -3)
  if [ -n "$q" ] && [ -z "$hits" ]; then hits=$(grep -rlF -- "$q" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets46/check-heldout80/' | head -3); fi
  if [ -n "$hits" ]; then echo "USED  $hp $q :: $hits"; else echo "free  $hp $q"; fi
done
