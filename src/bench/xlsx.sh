#!/bin/sh
# Benchmark of the ranking workbook: generates seeded synthetic catalogs with `cca generate` (10,000 and 100,000
# centers as JSON Lines), then times `cca batch INPUT -o ranking.xlsx` on each, as a user runs it (cold JVM),
# RUNS times, alternating with `cca batch INPUT -o ranking.csv` on the same catalog, so that the workbook's own
# cost is the difference of two medians measured side by side. Prints median wall time and median peak resident
# memory (GNU time) of each, the workbook's size, and the load average when it started.
#
#   src/bench/xlsx.sh                          # the build in target/cca.jar
#   src/bench/xlsx.sh --baseline old/cca.jar   # and another build's workbook, alternating, with the ratio
#
# Environment: RUNS (default 3), SIZES (default "10000 100000"), JAVA (default java), JAVA_OPTS (default
# -Xmx1g), WORK (default target/bench; catalogs are generated once and kept there).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
jar=target/cca.jar
baseline=""
if [ "${1:-}" = "--baseline" ]; then
  baseline=$2
fi
runs=${RUNS:-3}
sizes=${SIZES:-"10000 100000"}
java=${JAVA:-java}
opts=${JAVA_OPTS:--Xmx1g}
work=${WORK:-target/bench}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"
echo "load: $(uptime)"

# One timed run: appends "seconds peak-kilobytes" to file $4.
run_once() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$work/time.txt" $java $opts -jar "$1" batch "$2" -o "$3" -q || [ $? -eq 3 ]
    cat "$work/time.txt" >> "$4"
  else
    start=$(date +%s.%N)
    $java $opts -jar "$1" batch "$2" -o "$3" -q || [ $? -eq 3 ]
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f 0\n", $2 - $1}' >> "$4"
  fi
}


report() {
  s=$(cut -d' ' -f1 "$2" | median)
  kb=$(cut -d' ' -f2 "$2" | median)
  printf "%-9s %-16s %10.2f %12.0f %10s\n" "$1" "$3" "$s" "$(echo "$kb" | awk '{print $1 / 1024}')" "$4"
}

printf "%-9s %-16s %10s %12s %10s\n" centers output "median s" "peak RSS MB" "size MB"
for n in $sizes; do
  input=$work/catalog-$n.jsonl
  [ -f "$input" ] || $java -jar "$jar" generate --count "$n" --seed 42 -o "$input" >/dev/null
  : > "$work/xlsx.txt"
  : > "$work/csv.txt"
  : > "$work/base.txt"
  i=0
  while [ $i -lt "$runs" ]; do
    run_once "$jar" "$input" "$work/ranking.xlsx" "$work/xlsx.txt"
    run_once "$jar" "$input" "$work/ranking.csv" "$work/csv.txt"
    if [ -n "$baseline" ]; then
      run_once "$baseline" "$input" "$work/ranking-baseline.xlsx" "$work/base.txt"
    fi
    i=$((i + 1))
  done
  size=$(wc -c < "$work/ranking.xlsx" | awk '{printf "%.1f", $1 / 1048576}')
  report "$n" "$work/xlsx.txt" "xlsx" "$size"
  report "$n" "$work/csv.txt" "csv (reference)" "-"
  if [ -n "$baseline" ]; then
    report "$n" "$work/base.txt" "xlsx (baseline)" "-"
    sa=$(cut -d' ' -f1 "$work/xlsx.txt" | median)
    sb=$(cut -d' ' -f1 "$work/base.txt" | median)
    echo "$n: current / baseline wall time = $(echo "$sa $sb" | awk '{printf "%.2f", $1 / $2}')"
  fi
done
