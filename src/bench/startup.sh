#!/bin/sh
# Start-up benchmark of the short commands a CI gate runs on every push, whole process and cold JVM included:
#
#   assess:   cca assess samples/wuhan-aicc.yaml -o result.json
#   validate: cca validate of 1,000 generated profiles (a tree of YAML files)
#
# Each is run through bin/cca (its JVM flags: the class-data archive target/cca.jsa and C1 only) and through
# plain `java -jar target/cca.jar`, alternating the two (A B A B ...), RUNS times each; prints the median wall
# and CPU (user + system) seconds of each and the ratio of the medians, and the machine's load before and after.
#
#   src/bench/startup.sh                 # RUNS=7 by default
#   RUNS=11 src/bench/startup.sh
#
# Environment: RUNS, JAVA (default java), WORK (default target/bench; the 1,000 profiles are generated once).
set -eu
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
runs=${RUNS:-7}
java=${JAVA:-java}
work=${WORK:-target/bench}
jar=target/cca.jar
[ -f "$jar" ] && [ -f target/cca.jsa ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"
tree=$work/profiles-1k
[ -d "$tree" ] || $java -jar "$jar" generate --count 1000 --seed 7 --format yaml-tree -o "$tree" >/dev/null

# One timed run of a command: prints "wall cpu".
# Wall and CPU (user + system) seconds of one run: to the millisecond with python3 (wait4), else GNU time's
# hundredths (a target of 0.25 s needs the finer clock).
timed() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, _, r = os.wait4(p.pid, 0)
print("%.3f %.3f" % (time.perf_counter() - t, r.ru_utime + r.ru_stime))' "$@"
  else
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time.txt"
  fi
}


bench() {
  name=$1
  shift
  : >"$work/a.txt"
  : >"$work/b.txt"
  i=0
  while [ $i -lt "$runs" ]; do
    timed env JAVA="$java" bin/cca "$@" >>"$work/a.txt"
    timed "$java" -jar "$jar" "$@" >>"$work/b.txt"
    i=$((i + 1))
  done
  aw=$(cut -d' ' -f1 "$work/a.txt" | median); ac=$(cut -d' ' -f2 "$work/a.txt" | median)
  bw=$(cut -d' ' -f1 "$work/b.txt" | median); bc=$(cut -d' ' -f2 "$work/b.txt" | median)
  printf '%-9s bin/cca   median wall %6.3f s  cpu %6.3f s\n' "$name" "$aw" "$ac"
  printf '%-9s java -jar median wall %6.3f s  cpu %6.3f s   (bin/cca/java -jar: wall %.2f, cpu %.2f)\n' "$name" "$bw" "$bc" \
    "$(echo "$aw $bw" | awk '{print $1 / $2}')" "$(echo "$ac $bc" | awk '{print $1 / $2}')"
}

echo "load before: $(uptime | sed 's/.*load average: //')   runs: $runs   $($java -version 2>&1 | head -1)"
bench assess assess samples/wuhan-aicc.yaml -o "$work/result.json"   # the summary printed, as a user runs it
bench validate validate "$tree" -q
bare=$(i=0; while [ $i -lt "$runs" ]; do timed "$java" -Xshare:auto -version; i=$((i + 1)); done | cut -d' ' -f1 | median)
echo "bare JVM (java -version) median wall $bare s"
echo "load after:  $(uptime | sed 's/.*load average: //')"
