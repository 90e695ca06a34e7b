#!/bin/bash
# usage: fig.sh STRING ... ; greps a distinctive figure string in the evaluation sets (mirror check)
for s in "$@"; do
  h=$(grep -rlF -- "$s" /work/main/evaluation /work/evalsets53 2>/dev/null | grep -v '^/work/evalsets53/check-heldout131/' | head -4 | tr '\n' ' ')
  echo "$s :: ${h:-none}"
done
