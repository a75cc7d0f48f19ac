#!/usr/bin/env bash
# Ingest benchmark of checkin-service: POST /api/v1/checkins against a plain 202 endpoint, and batch ingest against
# a raw Kafka producer, measured in one run. Needs wrk (Debian: apt-get install -y wrk) and a MariaDB (as the tests).
#   checkin-service/bench/run.sh [seconds per measurement, default 20] [connections, default 64] [single|batch|all|smoke]
# Every event id is new and every answer is counted by kind: a run with a DUPLICATE answer or an error is refused
# (exit status 1). VX_BENCH_RESULTS names a file that receives the figures (bench/run.sh makes the table from it).
# VX_STORE_CHECKINS=false measures an ingest-only replica; VX_BENCH_SERVICE_HEAP sets the service's heap (512m).
# The service is built with its plain 202 endpoint (-Dvx.bench.baseline=true, absent from any other build); that
# build is removed when the benchmark ends, so that nothing else (deploy/local/up.sh, the system tests) runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cp_file=$(pwd)/checkin-service/target/bench.classpath
trap 'rm -rf checkin-service/target/quarkus-app' EXIT
./mvnw -B -q package dependency:build-classpath -pl checkin-service -am -DskipTests -Dvx.bench.baseline=true \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java -Xmx1g -Dvx.bench.results="${VX_BENCH_RESULTS:-}" -Dvx.service.heap="${VX_BENCH_SERVICE_HEAP:-512m}" -cp "checkin-service/target/test-classes:checkin-service/target/classes:$(cat "$cp_file")" \
  vn.vungxanh.checkin.bench.IngestBench "$@"
