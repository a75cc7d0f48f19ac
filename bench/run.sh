#!/usr/bin/env bash
# The benchmarks of Vùng Xanh in one run on this machine, each figure beside a baseline measured in the same run:
# single-scan ingest against a plain 202 endpoint (wrk, same parameters, with p50/p99 and latency against load),
# batch ingest against a raw Kafka producer, alert-service's scan consumers against the rules engine, and the rules
# engine against a pass-through Kafka Streams application. Builds once, starts what it needs (an in-JVM Kafka broker,
# the packaged check-in service; MariaDB as the tests find it), prints one table and writes it with its plots into
# docs/BENCHMARKS.md. Needs wrk (Debian: apt-get install -y wrk).
#   bench/run.sh [seconds per measurement, default 20]       everything (about 15 minutes on two cores)
#   bench/run.sh ingest [seconds] [connections] [single|batch|all]   the ingest benchmark alone (profiling)
#   bench/run.sh smoke                                      seconds of each ingest path, then a replay of the same
#                                                           event ids, which must be refused (CI: keeps the harness alive)
# Every event id is new and every answer is counted by kind: a run with a DUPLICATE answer or an error is refused
# (exit status 1). VX_STORE_CHECKINS=false measures an ingest-only check-in replica.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mode=all
case "${1:-}" in
  smoke | ingest) mode=$1; shift ;;
esac
seconds=${1:-20}
results=$(pwd)/bench/target/results.tsv

# The check-in service is built with its plain 202 endpoint (-Dvx.bench.baseline=true, absent from any other build);
# that build is removed when the benchmark ends, so that nothing else (deploy/local/up.sh, the system tests) runs it.
trap 'rm -rf checkin-service/target/quarkus-app' EXIT
modules=checkin-service,bench
[ "$mode" = all ] && modules=$modules,alert-service
./mvnw -B -ntp -q package dependency:build-classpath -pl "$modules" -am -DskipTests -Dvx.bench.baseline=true \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
mkdir -p bench/target
: >"$results"

ingest() {
  java -Xmx1g -Dvx.bench.results="$results" -Dvx.service.heap="${VX_BENCH_SERVICE_HEAP:-512m}" \
    -cp "checkin-service/target/test-classes:checkin-service/target/classes:$(cat checkin-service/target/bench.classpath)" \
    vn.vungxanh.checkin.bench.IngestBench "$@"
}
report() {
  java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" vn.vungxanh.bench.BenchReport "$results" "$@"
}

case "$mode" in
  smoke)
    ingest 3 8 smoke
    report bench/target/BENCHMARKS-smoke.md "smoke"
    ;;
  ingest)
    ingest "$seconds" "${2:-64}" "${3:-all}"
    report bench/target/BENCHMARKS-ingest.md "ingest only"
    ;;
  all)
    ingest "$seconds" 64 all
    ./mvnw -B -ntp -q test -pl alert-service -am -Dvx.benchmark=true -Dvx.bench.results="$results" \
      -Dtest=ScanConsumerBenchmark,EngineThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
    report docs/BENCHMARKS.md "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), \`bench/run.sh $seconds\`."
    ;;
esac
