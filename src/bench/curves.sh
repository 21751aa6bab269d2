#!/bin/sh
# Curve micro-benchmark (JMH, CurveBenchmark): every metric term of the default rule set scores and accumulates
# one column per call, in chunks of 16 (what batch scores per call) and 4,096 rows, on one thread. With
# --baseline, forks of the two builds alternate and the medians are printed side by side with their ratio.
#
#   src/bench/curves.sh                                  # builds target/benchmarks.jar (-Pbench) if missing
#   src/bench/curves.sh --baseline old/benchmarks.jar    # the baseline jar must hold CurveBenchmark too
#
# Environment: RUNS (default 5 forks per build), JAR (target/benchmarks.jar), JAVA (java), WORK (target/bench).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
jar=${JAR:-target/benchmarks.jar}
baseline=""
if [ "${1:-}" = "--baseline" ]; then
  baseline=$2
fi
runs=${RUNS:-5}
java=${JAVA:-java}
work=${WORK:-target/bench}
[ -f "$jar" ] || ./mvnw -q -B -Pbench -DskipTests package
mkdir -p "$work"

# One fork; appends "build benchmark chunk us/op" lines.
run_once() {
  $java -jar "$1" CurveBenchmark -f 1 -wi 3 -i 5 -rf csv -rff "$work/curves.csv" >/dev/null
  awk -F, -v build="$2" 'NR > 1 { gsub(/["\r]/, ""); sub(/.*\./, "", $1); print build, $1, $8, $5 }' "$work/curves.csv" \
    >> "$work/curves.txt"
}


: > "$work/curves.txt"
i=0
while [ $i -lt "$runs" ]; do
  run_once "$jar" current
  if [ -n "$baseline" ]; then
    run_once "$baseline" baseline
  fi
  i=$((i + 1))
done

printf "%-12s %6s %16s %16s %8s\n" benchmark chunk "current us/op" "baseline us/op" ratio
for b in accumulate evalInto; do
  for chunk in 16 4096; do
    cur=$(awk -v n="$b" -v c="$chunk" '$1 == "current" && $2 == n && $3 == c {print $4}' "$work/curves.txt" | median)
    base="-"
    ratio="-"
    if [ -n "$baseline" ]; then
      base=$(awk -v n="$b" -v c="$chunk" '$1 == "baseline" && $2 == n && $3 == c {print $4}' "$work/curves.txt" | median)
      ratio=$(echo "$cur $base" | awk '{printf "%.3f", $1 / $2}')
    fi
    printf "%-12s %6s %16s %16s %8s\n" "$b" "$chunk" "$cur" "$base" "$ratio"
  done
done
