#!/bin/bash
# quick prefilter: host+path (and query string) in /work/evalsets68 (other folders) and used-addresses
for u in "$@"; do
  hp=$(echo "$u" | sed -E 's#^[a-z]+://##; s#^www\.##; s#\?.*$##; s#/$##')
  q=$(echo "$u" | sed -nE 's#^[^?]*\?(.*)$#\1#p')
  k="$hp"; [ -n "$q" ] && k="$q"
  if grep -rqF -- "$k" /work/evalsets68/ --exclude-dir=check-heldout190 2>/dev/null; then echo "used $hp?$q"; else echo "FREE $hp?$q"; fi
done
