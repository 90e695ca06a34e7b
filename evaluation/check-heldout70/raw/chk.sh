#!/bin/bash
# usage: chk.sh URL ; greps host+path (as given and percent-decoded) in forbidden places
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  dec=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.unquote(sys.argv[1]))' "$hp")
  hits=$( (grep -rlF -- "$hp" /work/evalsets45/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null; grep -rlF -- "$dec" /work/evalsets45/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null) | grep -v '^/work/evalsets45/check-heldout70/' | sort -u | head -3)
  if [ -n "$hits" ]; then echo "USED  $hp :: $hits"; else echo "free  $hp"; fi
done
