#!/bin/sh
# `cca batch` beside the reference script of the batch targets (peer_numpy.py in the shared bench folder: orjson or
# libyaml, numpy-vectorised curves, grades, ranks, one CSV), on the same bytes, in the same run, turn about
# (cca, script, cca, script ...), RUNS rounds. Prints the medians of wall time, CPU seconds (user + system) and peak RSS
# (GNU time), and the ratios the targets are stated in: cca's CPU seconds over the script's, the script's wall over
# cca's. cca runs as a user runs it: bin/cca (its JVM flags, no JAVA_OPTS), writing CSV + JSON.
#
#   src/bench/peer.sh                 # CASES="jsonl-100k jsonl-100k-cca yaml-10k jsonl-1m"
#   CASES=yaml-10k RUNS=5 src/bench/peer.sh
#
# Cases: jsonl-100k and yaml-10k are catalogs of the shared generator (gen_catalog.py, seed 3: 100,000 JSON Lines
# records; 10,000 YAML files in a folder); jsonl-100k-cca is `cca generate --count 100000 --seed 42`; jsonl-1m is
# 1,000,000 records of the shared generator, cca alone (its target is centers/s and RSS, not a ratio).
# Environment: RUNS (default 3), CASES, SHARED (the shared bench folder; default: ../shared/bench of the repository,
# or of a folder above it), PYTHON (default python3), WORK (default target/bench; catalogs are kept there).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
runs=${RUNS:-3}
cases=${CASES:-"jsonl-100k jsonl-100k-cca yaml-10k jsonl-1m"}
python=${PYTHON:-python3}
work=${WORK:-target/bench}
shared=${SHARED:-}
if [ -z "$shared" ]; then
  d=$(pwd)
  while [ "$d" != / ]; do
    if [ -f "$d/../shared/bench/peer_numpy.py" ]; then shared=$(cd "$d/../shared/bench" && pwd); break; fi
    d=$(dirname "$d")
  done
fi
[ -n "$shared" ] && [ -f "$shared/peer_numpy.py" ] || { echo "peer.sh: no peer_numpy.py; set SHARED" >&2; exit 2; }
[ -f target/cca.jar ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"

input_of() {
  case $1 in
    jsonl-100k) f=$work/peer-100k.jsonl; [ -f "$f" ] || $python "$shared/gen_catalog.py" 100000 "$f" --format jsonl --seed 3 >/dev/null ;;
    jsonl-100k-cca) f=$work/cca-100k.jsonl; [ -f "$f" ] || bin/cca generate --count 100000 --seed 42 -o "$f" >/dev/null ;;
    yaml-10k) f=$work/peer-10k; [ -d "$f" ] || $python "$shared/gen_catalog.py" 10000 "$f" --format yaml-dir --seed 3 >/dev/null ;;
    jsonl-1m) f=$work/peer-1m.jsonl; [ -f "$f" ] || $python "$shared/gen_catalog.py" 1000000 "$f" --format jsonl --seed 3 >/dev/null ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
  echo "$f"
}

count_of() {
  case $1 in *-1m) echo 1000000 ;; *-10k) echo 10000 ;; *) echo 100000 ;; esac
}


# Median wall, CPU and RSS (MB) of a file of "wall user sys KB" lines.
medians() {
  echo "$(awk '{print $1}' "$1" | median) $(awk '{print $2 + $3}' "$1" | median) $(awk '{print $4 / 1024}' "$1" | median)"
}

printf "%-15s %-6s %8s %8s %8s %11s\n" case tool "wall s" "CPU s" "RSS MB" "centers/s"
for c in $cases; do
  input=$(input_of "$c")
  n=$(count_of "$c")
  : > "$work/cca.txt"
  : > "$work/peer.txt"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t.txt" bin/cca batch "$input" -o "$work/cca.csv" -o "$work/cca.json" -q || true
    cat "$work/t.txt" >> "$work/cca.txt"
    if [ "$c" != jsonl-1m ] && [ "$c" != jsonl-100k-cca ]; then
      /usr/bin/time -f "%e %U %S %M" -o "$work/t.txt" $python "$shared/peer_numpy.py" "$input" "$work/peer.csv" >/dev/null
      cat "$work/t.txt" >> "$work/peer.txt"
    fi
    i=$((i + 1))
  done
  set -- $(medians "$work/cca.txt")
  cw=$1; cc=$2; cm=$3
  printf "%-15s %-6s %8.2f %8.2f %8.0f %11.0f\n" "$c" cca "$cw" "$cc" "$cm" "$(echo "$n $cw" | awk '{print $1 / $2}')"
  if [ -s "$work/peer.txt" ]; then
    set -- $(medians "$work/peer.txt")
    printf "%-15s %-6s %8.2f %8.2f %8.0f %11.0f\n" "$c" script "$1" "$2" "$3" "$(echo "$n $1" | awk '{print $1 / $2}')"
    printf "%-15s cca CPU / script CPU = %.2f   script wall / cca wall = %.2f\n" "$c" \
      "$(echo "$cc $2" | awk '{print $1 / $2}')" "$(echo "$1 $cw" | awk '{print $1 / $2}')"
  fi
done
