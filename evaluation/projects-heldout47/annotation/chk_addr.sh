#!/bin/bash
# usage: chk_addr.sh URL ; greps host+path in used lists, seeds, corpus, evaluation
u="$1"; k=$(echo "$u" | sed -E 's#^https?://##; s#/$##')
grep -rlF -- "$k" /work/evalsets37/used-addresses.txt /work/shared/seeds /work/shared/corpus /work/main/evaluation /work/evalsets37 2>/dev/null | grep -v projects-heldout47 | head -3
echo "checked $k"
