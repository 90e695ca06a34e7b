#!/usr/bin/env bash
# Leave-one-set-out comparison of the project rules with a trained character tagger (HanLP's
# averaged structured perceptron, src/main/java/org/govfacts/train/). See models/README.md.
#   models/project-tagger-experiment.sh [ITERATIONS, default 20 as the shipped model]
# against the rules each blind set was scored on once (rebuilt from git), which never saw it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
it="${1:-20}"
cd "$home"
mvn -B -q package -DskipTests
jar="$home/target/govfacts.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
props=()
# set = the commit whose rules scored it blind (evaluation/README.md, git log)
for pair in projects-heldout67=563bf98 projects-heldout69=ee04f39 projects-heldout74=5129167 projects-heldout78=95e5631 \
    projects-heldout81=47cdb91 projects-heldout83=47cdb91 projects-heldout85=26f7a79 projects-heldout87=26f7a79 \
    projects-heldout89=ac5b956 projects-heldout91=ac5b956 \
    projects-heldout93=64ad6f5 projects-heldout95=64ad6f5 projects-heldout97=90e5394 projects-heldout99=90e5394 \
    projects-heldout101=f099b78 projects-heldout103=f099b78 projects-heldout105=27747c3 projects-heldout107=27747c3 \
    projects-heldout109=95272b6 projects-heldout111=95272b6 projects-heldout113=8e620b6 projects-heldout115=8e620b6 projects-heldout117=6bab459 projects-heldout119=6bab459 projects-heldout121=553cc9b projects-heldout123=553cc9b \
    projects-heldout125=dab59da projects-heldout127=dab59da projects-heldout129=a78465d projects-heldout131=a78465d \
    projects-heldout133=a5dfabb projects-heldout135=a5dfabb projects-heldout137=f572ca1 projects-heldout139=f572ca1 \
    projects-heldout141=9ad9ae0 projects-heldout143=9ad9ae0 projects-heldout145=8afcddf projects-heldout147=8afcddf \
    projects-heldout149=a2ae96a projects-heldout151=a2ae96a projects-heldout153=d8d188d projects-heldout155=d8d188d \
    projects-heldout157=3311f62 projects-heldout159=3311f62 projects-heldout161=da68012 projects-heldout163=da68012 \
    projects-heldout165=a32bef0 projects-heldout167=a32bef0 projects-heldout169=fe9ee7f projects-heldout171=fe9ee7f \
    projects-heldout173=c49733a projects-heldout175=c49733a projects-heldout177=71d4690 projects-heldout179=71d4690 \
    projects-heldout181=08ecf19 projects-heldout183=08ecf19 projects-heldout185=70ac4eb projects-heldout187=70ac4eb \
    projects-heldout189=dc73fc5 projects-heldout191=dc73fc5; do
  set="${pair%%=*}"; commit="${pair#*=}"
  if [ ! -d "$work/$commit" ]; then
    mkdir -p "$work/$commit"
    git archive "$commit" | tar -x -C "$work/$commit"
    (cd "$work/$commit" && mvn -B -q package -DskipTests >&2)
  fi
  (cd "$work/$commit" &&
    GOVFACTS_HOME="$work/$commit" java -Xmx1g -jar target/govfacts.jar extract "$home/evaluation/$set/docs") > "$work/$set.jsonl"
  props+=("-Drules.$set=$work/$set.jsonl")
done
java -Xmx3g "${props[@]}" -cp "$jar" org.govfacts.train.ProjectTaggerExperiment . "$it" \
  projects-heldout67,projects-heldout69,projects-heldout74,projects-heldout78,projects-heldout81,projects-heldout83,projects-heldout85,projects-heldout87
