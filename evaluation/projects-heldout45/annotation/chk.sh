#!/bin/bash
# usage: chk.sh URL ... ; greps host+path against used lists
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##; s#:443##')
  h=$(grep -rFl -- "$k" /work/evalsets36/used-addresses.txt /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | head -3)
  echo "$u -> ${h:-FREE}"
done
