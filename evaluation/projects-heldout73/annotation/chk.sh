#!/bin/bash
# usage: chk.sh URL [distinctive-part]
u="$1"; hp=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##')
for pat in "$hp" "$2"; do
  [ -z "$pat" ] && continue
  echo "== $pat"
  grep -rlF -- "$pat" /work/evalsets46/ /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v projects-heldout73 | head
done
