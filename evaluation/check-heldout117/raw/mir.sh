#!/bin/bash
# usage: mir.sh FIGURE ... ; greps a distinctive figure string against main/evaluation and evalsets50 (mirror check)
for f in "$@"; do
  hits=$(grep -rlF -- "$f" /work/main/evaluation /work/evalsets50 2>/dev/null | grep -v '^/work/evalsets50/check-heldout117/' | head -3 | tr '\n' ' ')
  if [ -n "$hits" ]; then echo "HIT   $f :: $hits"; else echo "none  $f"; fi
done
