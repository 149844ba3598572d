#!/usr/bin/env bash
# Times javac with the Joinery processor against javac -proc:none on generated chains of records.
#
#   benchmarks/scripts/processor-bench.sh [--records 100,500,1000] [--reps 3]
#                                         [--modes none,joinery,generated,only]
#                                         [--javac-option -J-XX:StartFlightRecording=...]
#
# Builds the processor and the runtime (package, never install), then runs ProcessorBench.java,
# which compiles each input in fresh javac processes and prints a Markdown table of medians.
# Inputs and javac logs go to benchmarks/target/processor-bench/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
# One reactor run builds both modules and writes each one's dependency class path.
mvn -B -q -pl processor -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=runtime
jar_of() { ls "$root/$1"/target/*.jar | grep -v -e '-tests.jar' -e '-sources.jar' | head -1; }
user_cp="$(jar_of runtime):$(cat runtime/target/bench-classpath.txt)"
processor_cp="$(jar_of processor):$(cat processor/target/bench-classpath.txt)"
exec java "$root/benchmarks/processor/ProcessorBench.java" \
  --classpath "$user_cp" --processorpath "$processor_cp" \
  --work "$root/benchmarks/target/processor-bench" "$@"
