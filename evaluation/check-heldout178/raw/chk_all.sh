#!/bin/bash
# final check: addresses (chk.sh), bare ids / decoded paths, and one figure string per doc
cd "$(dirname "$0")/.."
echo "# address check, $(date -u '+%H:%M UTC %Y-%m-%d') (machine clock); /work/evalsets65 holds: $(ls /work/evalsets65 | tr '\n' ' ')"
raw/chk.sh $(cat annotation/used-addresses.txt)
echo "# decoded newton path and bare ids"
for s in "2018年茂名市政府工作報告/60106081" "60106081" "9c22b9a081bfb0ee" "content_16941" "cbaf0a8ffd103fcad050e4be0efd3ec7" "1045617288" "content_24561313" "t275371" "693786" "880575" "1084177" "ctwant.com/article/359033" "n1304659" "19gd/27672" "200807/36801" "jizhezaixian_1022/227915" "xj2020/66630" "12557/1.htm"; do
  h=$(grep -rlF -- "$s" /work/evalsets65 /work/shared/seeds /work/shared/corpus /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets65/check-heldout178/' | head -3 | tr '\n' ' '); echo "$s :: ${h:-none}"; done
echo "# one figure string per doc"
for s in '345.94亿元' '1961.29亿元' '69.00億元' '1662.38億元' '51.95亿元' '66.12亿元' '2924.21億元' '15016.91亿元' '十八亿一千万元' '75.39亿元' '2515.29亿元' '396.4亿元' '13,822億元' '百分之四點(diǎn)五至五點(diǎn)五' '兩千一百九十三萬' '2,024.45億元' '2242.66亿美元'; do
  h=$(grep -rlF -- "$s" /work/evalsets65 /work/main/evaluation 2>/dev/null | grep -v '^/work/evalsets65/check-heldout178/' | head -3 | tr '\n' ' '); echo "$s :: ${h:-none}"; done
