#!/bin/bash
# usage: mir.sh STRING ... ; greps a distinctive figure string in other sets (mirror check)
for s in "$@"; do
  hits=$(grep -rlF -- "$s" /work/main/evaluation /work/evalsets51 /work/shared/seeds /work/shared/corpus 2>/dev/null | grep -v '^/work/evalsets51/check-heldout121/' | head -3)
  if [ -n "$hits" ]; then echo "HIT   $s :: $(echo $hits)"; else echo "clean $s"; fi
done
