#!/bin/sh
# Benchmark of `cca batch --robustness N`: generates seeded synthetic catalogs with `cca generate` (kept in WORK),
# then runs `cca batch CATALOG --robustness N -o out.json -v` RUNS times per case, cold JVM included, and prints
# the medians of the analysis alone (after parsing: the "re-scored" line of -v), of the whole command, of the
# process's CPU time, and of its peak resident memory (GNU time). `uptime`'s load is printed before and after:
# on a shared machine, read the numbers with it.
#
#   src/bench/robustness.sh                          # the build in target/cca.jar
#   src/bench/robustness.sh --baseline old/cca.jar   # and another build, alternating runs, with the ratio
#
# Environment: RUNS (default 3), CASES (default "1k 100k"), VARIATIONS (default 1000), JAVA (default java),
# JAVA_OPTS (default -Xmx2g), WORK (default target/bench).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
jar=target/cca.jar
baseline=""
if [ "${1:-}" = "--baseline" ]; then
  baseline=$2
fi
runs=${RUNS:-3}
cases=${CASES:-"1k 100k"}
variations=${VARIATIONS:-1000}
java=${JAVA:-java}
opts=${JAVA_OPTS:--Xmx2g}
work=${WORK:-target/bench}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"

count_of() {
  case $1 in 1k) echo 1000 ;; 10k) echo 10000 ;; 100k) echo 100000 ;; 1m) echo 1000000 ;; *) echo "unknown case $1" >&2; exit 2 ;; esac
}

input_of() {
  f=$work/catalog-$1.jsonl
  [ -f "$f" ] || $java -jar "$jar" generate --count "$(count_of "$1")" --seed 42 -o "$f" >/dev/null
  echo "$f"
}

# One run: prints "analysis-seconds wall-seconds cpu-seconds peak-kilobytes".
run_once() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" $java $opts -jar "$1" batch "$2" --robustness "$variations" \
    -o "$work/robust.json" -v -q 2> "$work/err.txt"
  a=$(sed -n 's/^re-scored .* times in \([0-9.]*\) s$/\1/p' "$work/err.txt")
  awk -v a="$a" '{printf "%s %s %.2f %s\n", a, $1, $2 + $3, $4}' "$work/time.txt"
}


echo "load before: $(uptime)"
printf "%-6s %-9s %12s %12s %10s %12s\n" case build "analysis s" "command s" "cpu s" "peak RSS MB"
for c in $cases; do
  input=$(input_of "$c")
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
    printf "%-6s %-9s %12.2f %12.2f %10.2f %12.0f\n" "$c" "$name" "$(cut -d' ' -f1 "$work/$build.txt" | median)" \
      "$(cut -d' ' -f2 "$work/$build.txt" | median)" "$(cut -d' ' -f3 "$work/$build.txt" | median)" \
      "$(cut -d' ' -f4 "$work/$build.txt" | median | awk '{print $1 / 1024}')"
  done
  if [ -n "$baseline" ]; then
    sa=$(cut -d' ' -f1 "$work/a.txt" | median)
    sb=$(cut -d' ' -f1 "$work/b.txt" | median)
    echo "$c: analysis time current / baseline = $(echo "$sa $sb" | awk '{printf "%.2f", $1 / $2}')"
  fi
done
echo "load after: $(uptime)"
