#!/bin/sh
# End-to-end benchmark of `cca batch`: generates seeded synthetic catalogs with `cca generate`, then times
# `cca batch INPUT -o out.csv -o out.json` on each, RUNS times, and prints the median wall time, centers/s and
# the median peak resident memory (from GNU time).
#
#   src/bench/e2e.sh                          # the build in target/cca.jar
#   src/bench/e2e.sh --baseline old/cca.jar   # and another build, alternating runs, with the ratio
#
# Environment: RUNS (default 3), CASES (default "jsonl-100k yaml-100k jsonl-1m"), JAVA (default java),
# JAVA_OPTS (default -Xmx1g), WORK (default target/bench; catalogs are generated once and kept there).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
jar=target/cca.jar
baseline=""
if [ "${1:-}" = "--baseline" ]; then
  baseline=$2
fi
runs=${RUNS:-3}
cases=${CASES:-"jsonl-100k yaml-100k jsonl-1m"}
java=${JAVA:-java}
opts=${JAVA_OPTS:--Xmx1g}
work=${WORK:-target/bench}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"

input_of() {
  case $1 in
    jsonl-100k) f=$work/catalog-100k.jsonl; [ -f "$f" ] || $java -jar "$jar" generate --count 100000 --seed 42 -o "$f" >/dev/null ;;
    jsonl-1m) f=$work/catalog-1m.jsonl; [ -f "$f" ] || $java -jar "$jar" generate --count 1000000 --seed 42 -o "$f" >/dev/null ;;
    yaml-100k) f=$work/tree-100k; [ -d "$f" ] || $java -jar "$jar" generate --count 100000 --seed 42 --format yaml-tree -o "$f" >/dev/null ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
  echo "$f"
}

count_of() {
  case $1 in *-1m) echo 1000000 ;; *) echo 100000 ;; esac
}

# One timed run: prints "seconds peak-kilobytes".
run_once() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$work/time.txt" $java $opts -jar "$1" batch "$2" -o "$work/out.csv" -o "$work/out.json" -q
    cat "$work/time.txt"
  else
    start=$(date +%s.%N)
    $java $opts -jar "$1" batch "$2" -o "$work/out.csv" -o "$work/out.json" -q
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f 0\n", $2 - $1}'
  fi
}


printf "%-12s %-10s %10s %12s %12s\n" case build "median s" "centers/s" "peak RSS MB"
for c in $cases; do
  input=$(input_of "$c")
  n=$(count_of "$c")
  : > "$work/a.txt"
  : > "$work/b.txt"
  i=0
  while [ $i -lt "$runs" ]; do
    run_once "$jar" "$input" >> "$work/a.txt"
    if [ -n "$baseline" ]; then
      run_once "$baseline" "$input" >> "$work/b.txt"
    fi
    i=$((i + 1))
  done
  for build in a b; do
    [ -s "$work/$build.txt" ] || continue
    name=current
    [ "$build" = b ] && name=baseline
    s=$(cut -d' ' -f1 "$work/$build.txt" | median)
    kb=$(cut -d' ' -f2 "$work/$build.txt" | median)
    printf "%-12s %-10s %10.2f %12.0f %12.0f\n" "$c" "$name" "$s" "$(echo "$n $s" | awk '{print $1 / $2}')" "$(echo "$kb" | awk '{print $1 / 1024}')"
  done
  if [ -n "$baseline" ]; then
    sa=$(cut -d' ' -f1 "$work/a.txt" | median)
    sb=$(cut -d' ' -f1 "$work/b.txt" | median)
    echo "$c: current / baseline wall time = $(echo "$sa $sb" | awk '{printf "%.2f", $1 / $2}')"
  fi
done
