#!/bin/bash
# usage: chk.sh URL  -> greps host+path and distinctive path part
u="$1"; hp="${u#*://}"; hp="${hp#www.}"; tail="${hp#*/}"
for pat in "$hp" "$tail"; do
  [ ${#pat} -lt 6 ] && continue
  n=$(grep -rlF -- "$pat" /work/evalsets43 /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v projects-heldout65/raw | head -3)
  echo "[$pat] -> ${n:-none}"
done
