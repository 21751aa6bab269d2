#!/bin/sh
# Scoring-core micro-benchmark (JMH): the default rule set over CENTERS centers in chunks of CHUNK, on one
# thread, and, in the same JVM, the yardstick loop that applies one linear curve to the same arrays. Prints
# the median time per operation of each over RUNS forks, metric evaluations per second, and the ratio.
#
#   src/bench/core.sh                                  # builds target/benchmarks.jar (-Pbench) if missing
#   src/bench/core.sh --baseline old/benchmarks.jar    # and another build, forks alternating, with the ratio
#
# Environment: RUNS (default 5 forks), CENTERS (1000000), CHUNK (16, RecordPipeline.BATCH: what a batch run scores
# per call), JAVA (java), WORK (target/bench).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
jar=target/benchmarks.jar
baseline=""
if [ "${1:-}" = "--baseline" ]; then
  baseline=$2
fi
runs=${RUNS:-5}
centers=${CENTERS:-1000000}
chunk=${CHUNK:-16}
java=${JAVA:-java}
work=${WORK:-target/bench}
[ -f "$jar" ] || ./mvnw -q -B -Pbench -DskipTests package
mkdir -p "$work"

# One fork of both benchmarks; appends "build benchmark ms/op" lines.
run_once() {
  $java -jar "$1" ScoringCore -p centers="$centers" -p chunk="$chunk" -f 1 -wi 3 -i 5 \
    -rf csv -rff "$work/jmh.csv" >/dev/null
  awk -F, -v build="$2" 'NR > 1 { gsub(/"/, ""); sub(/.*\./, "", $1); print build, $1, $5 }' "$work/jmh.csv" >> "$work/core.txt"
}


terms=$($java -cp "$jar" dev.cca.bench.TermCount)
: > "$work/core.txt"
i=0
while [ $i -lt "$runs" ]; do
  run_once "$jar" current
  if [ -n "$baseline" ]; then
    run_once "$baseline" baseline
  fi
  i=$((i + 1))
done

printf "%-10s %-16s %12s %16s\n" build benchmark "median ms/op" "evaluations/s"
for build in current baseline; do
  grep -q "^$build " "$work/core.txt" || continue
  for b in scoringCore bareLinearLoop; do
    ms=$(awk -v b="$build" -v n="$b" '$1 == b && $2 == n {print $3}' "$work/core.txt" | median)
    printf "%-10s %-16s %12.1f %16.0f\n" "$build" "$b" "$ms" "$(echo "$terms $centers $ms" | awk '{print $1 * $2 / ($3 / 1000)}')"
  done
  core=$(awk -v b="$build" '$1 == b && $2 == "scoringCore" {print $3}' "$work/core.txt" | median)
  bare=$(awk -v b="$build" '$1 == b && $2 == "bareLinearLoop" {print $3}' "$work/core.txt" | median)
  echo "$build: scoring core / bare linear loop = $(echo "$core $bare" | awk '{printf "%.2f", $1 / $2}') (time ratio, $terms terms x $centers centers)"
done
if [ -n "$baseline" ]; then
  a=$(awk '$1 == "current" && $2 == "scoringCore" {print $3}' "$work/core.txt" | median)
  b=$(awk '$1 == "baseline" && $2 == "scoringCore" {print $3}' "$work/core.txt" | median)
  echo "scoring core, current / baseline time = $(echo "$a $b" | awk '{printf "%.2f", $1 / $2}')"
fi
