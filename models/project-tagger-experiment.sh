#!/usr/bin/env bash
# Leave-one-set-out comparison of the project rules with a trained character tagger (HanLP's
# averaged structured perceptron, src/main/java/org/govfacts/train/). See models/README.md.
#   models/project-tagger-experiment.sh [ITERATIONS]
# 1. against the rules of today, on every annotated set left out in turn;
# 2. against the rules each blind set was scored on once (rebuilt from git), which never saw it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
it="${1:-10}"
cd "$home"
mvn -B -q package -DskipTests
jar="$home/target/govfacts.jar"
java -Xmx2g -cp "$jar" org.govfacts.train.ProjectTaggerExperiment . "$it"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
props=()
# set = the commit whose rules scored it blind (evaluation/README.md, git log)
for pair in projects-heldout16=96e65ae projects-heldout17=97088c8 projects-heldout18=718747a; do
  set="${pair%%=*}"; commit="${pair#*=}"
  mkdir -p "$work/$commit"
  git archive "$commit" | tar -x -C "$work/$commit"
  (cd "$work/$commit" && mvn -B -q package -DskipTests >&2 &&
    GOVFACTS_HOME="$work/$commit" java -Xmx1g -jar target/govfacts.jar extract "$home/evaluation/$set/docs") > "$work/$set.jsonl"
  props+=("-Drules.$set=$work/$set.jsonl")
done
java -Xmx2g "${props[@]}" -cp "$jar" org.govfacts.train.ProjectTaggerExperiment . "$it" \
  projects-heldout16,projects-heldout17,projects-heldout18
