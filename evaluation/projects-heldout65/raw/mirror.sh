#!/bin/bash
# usage: mirror.sh NAME... -> grep names in all eval docs
for n in "$@"; do echo "[$n] $(grep -rlF -- "$n" /work/main/evaluation/*/docs /work/evalsets43/*/docs /work/shared/seeds 2>/dev/null | grep -v projects-heldout65 | head -5 | tr '\n' ' ')"; done
