#!/usr/bin/env bash
# Profiles benchmarks with JFR and summarises each recording.
#
#   benchmarks/scripts/profile.sh [JMH options and benchmark regex…]
#   e.g. benchmarks/scripts/profile.sh 'PublishedPage' -p db=H2
#
# Samples Java stacks every 2 ms (JFR's "profile" settings otherwise) with Jdbi's own JFR event
# disabled: Jdbi records one event per statement while JFR runs, a cost of the profiler that a
# normal run does not pay. Recordings go to benchmarks/target/jfr/<benchmark>/profile.jfr; each
# is summarised by jfr-top.py (layers, hottest methods).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../target"
jar="$target/benchmarks.jar"
out="$target/jfr"
jfc="$target/bench-profile.jfc"
[[ -f "$jar" ]] || { echo "build first: mvn -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
mkdir -p "$out"
jfr configure --input profile --output "$jfc" jdk.ExecutionSample#period=2ms >/dev/null
python3 - "$jfc" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
i = s.rindex("</configuration>")
s = s[:i] + '  <event name="jdbi.statement">\n    <setting name="enabled">false</setting>\n  </event>\n' + s[i:]
open(p, "w").write(s)
PY
# One fork, 3 + 5 iterations of 2 s, unless the arguments say otherwise (JMH refuses repeats).
defaults=()
for option in "-f 1" "-wi 3" "-i 5" "-w 2s" "-r 2s"; do
  [[ " $* " == *" ${option% *} "* ]] || defaults+=($option)
done
java -jar "$jar" "${defaults[@]}" -prof "jfr:dir=$out;configName=$jfc" -prof gc "$@"
for recording in "$out"/*/profile.jfr; do
  echo
  echo "=== $(basename "$(dirname "$recording")")"
  python3 "$here/jfr-top.py" "$recording" --layers --top 15 | sed '/-- total/,$d'
done
