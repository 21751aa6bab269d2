#!/bin/sh
# JVM flags for `cca batch`, measured side by side: each flag set runs the same catalog in turn (A B C ... A B C ...),
# RUNS rounds, and the medians of wall time, CPU seconds (user + system) and peak RSS are printed with the ratio of
# each to the first set (the JVM's defaults). Whole processes, as `java FLAGS -jar target/cca.jar batch IN -o CSV -o JSON`.
#
#   src/bench/flags.sh CATALOG [NAME=FLAGS ...]
#
# Without flag sets it measures the ones bin/cca chooses between (see the comment there).
# Environment: RUNS (default 3), JAR (default target/cca.jar), JAVA (default java), WORK (default target/bench).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
input=$1
shift
runs=${RUNS:-3}
jar=${JAR:-target/cca.jar}
java=${JAVA:-java}
work=${WORK:-target/bench}
mkdir -p "$work"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
if [ $# -eq 0 ]; then
  jsa="$work/batch.jsa"
  # A class-data archive of a batch run's classes, made once by a small run with the same flags.
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    $java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" generate --count 200 --seed 1 \
      -o "$work/cds.jsonl" >/dev/null 2>&1
    $java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" batch "$work/cds.jsonl" \
      -o "$work/cds.csv" -o "$work/cds.json" -q >/dev/null 2>&1 || true
  fi
  set -- "default=" "serial=-XX:+UseSerialGC" "parallel=-XX:+UseParallelGC" \
    "c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
    "c1-serial-cds=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=$jsa -Xlog:cds=off" \
    "serial-1c2=-XX:+UseSerialGC -XX:CICompilerCount=2" \
    "serial-inline=-XX:+UseSerialGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000" \
    "serial-inline-heap=-XX:+UseSerialGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
fi
i=0
for set in "$@"; do : > "$work/flags.$i"; i=$((i + 1)); done
r=0
while [ $r -lt "$runs" ]; do
  i=0
  for set in "$@"; do
    flags=${set#*=}
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" $java $flags -jar "$jar" batch "$input" -o "$work/f.csv" -o "$work/f.json" -q
    cat "$work/time.txt" >> "$work/flags.$i"
    i=$((i + 1))
  done
  r=$((r + 1))
done
printf "%-16s %8s %8s %9s %8s %8s %8s  %s\n" flags "wall s" "CPU s" "RSS MB" "wall x" "CPU x" "RSS x" "JVM options"
i=0
for set in "$@"; do
  w=$(awk '{print $1}' "$work/flags.$i" | median)
  c=$(awk '{print $2 + $3}' "$work/flags.$i" | median)
  m=$(awk '{print $4 / 1024}' "$work/flags.$i" | median)
  if [ $i -eq 0 ]; then w0=$w; c0=$c; m0=$m; fi
  printf "%-16s %8.2f %8.2f %9.0f %8.2f %8.2f %8.2f  %s\n" "${set%%=*}" "$w" "$c" "$m" \
    "$(echo "$w $w0" | awk '{print $1 / $2}')" "$(echo "$c $c0" | awk '{print $1 / $2}')" "$(echo "$m $m0" | awk '{print $1 / $2}')" \
    "${set#*=}"
  i=$((i + 1))
done
