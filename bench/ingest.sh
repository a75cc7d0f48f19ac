#!/usr/bin/env bash
# Ingest benchmark: requests/s of POST /api/v1/checkins against a plain Quarkus endpoint that answers 202 to the
# same JSON, and events/s of batch ingest against the raw Kafka producer rate (300-byte records, acks=all), all
# measured in this run on this machine; prints the ratios.
#   bench/ingest.sh [seconds per measurement, default 20]
# Needs wrk (Debian package wrk); starts the local stack without the simulator if it does not run.
set -euo pipefail
source "$(dirname "$0")/../deploy/local/lib.sh"
SECONDS_EACH=${1:-20}
CONNECTIONS=64
command -v wrk >/dev/null || die "wrk is required (apt-get install wrk)"
cd "$ROOT"

running checkin-service || VX_SIM=off deploy/local/up.sh >/dev/null
if [ ! -f bench/baseline/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q -ntp -Pbench package -pl bench/baseline -am -DskipTests
fi
VX_HTTP_PORT=8089 java -Xmx384m -jar bench/baseline/target/quarkus-app/quarkus-run.jar > "$LOGS/bench-baseline.log" 2>&1 &
BASELINE_PID=$!
trap 'kill $BASELINE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do port_open 8089 && break; sleep 0.5; done

# A venue and a device to post as (registered through the admin API).
source "$STATE/tokens.env"
VENUE=$(curl -fsS -X POST localhost:8081/api/v1/venues -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Chợ đo tải","type":"MARKET","wardCode":"00118","address":"1 phố Ngọc Thụy","capacity":500,"openingHours":[{"days":"MON-SUN","opens":"00:00","closes":"00:00"}]}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
DEVICE_TOKEN=$(curl -fsS -X POST "localhost:8081/api/v1/venues/$VENUE/devices" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{}' | sed -E 's/.*"token":"([^"]+)".*/\1/')

measure() { # url script [header] -> prints requests/s
  local out
  out=$(wrk -t2 -c$CONNECTIONS -d"${SECONDS_EACH}s" -s "bench/$2" ${3:+-H "$3"} "$1")
  echo "$out" >> "$LOGS/bench.log"
  echo "$out" | awk '/Requests\/sec/ {print $2}'
}
say "warming up"
wrk -t2 -c$CONNECTIONS -d5s -s bench/checkin.lua http://127.0.0.1:8089 >/dev/null
wrk -t2 -c$CONNECTIONS -d5s -s bench/checkin.lua -H "Authorization: Bearer $DEVICE_TOKEN" http://127.0.0.1:8081 >/dev/null

BASE=$(measure http://127.0.0.1:8089 checkin.lua)
SINGLE=$(measure http://127.0.0.1:8081 checkin.lua "Authorization: Bearer $DEVICE_TOKEN")
BATCH_REQ=$(measure http://127.0.0.1:8081 batch.lua "Authorization: Bearer $DEVICE_TOKEN")
BATCH=$(awk -v r="$BATCH_REQ" 'BEGIN {printf "%.0f", r * 500}')
RAW=$(java -cp "$STATE/kafka/libs/*" org.apache.kafka.tools.ProducerPerformance --topic bench-raw \
  --num-records 3000000 --record-size 300 --throughput -1 \
  --producer-props bootstrap.servers=127.0.0.1:$KAFKA_PORT acks=all 2>/dev/null | tail -1 | sed -E 's/.* ([0-9.]+) records\/sec.*/\1/')

printf '\n%-44s %12s\n' "measurement ($SECONDS_EACH s, $CONNECTIONS connections)" "per second"
printf '%-44s %12.0f\n' "plain Quarkus 202 endpoint (baseline)" "$BASE"
printf '%-44s %12.0f   ratio %.2f\n' "POST /api/v1/checkins (Kafka ack)" "$SINGLE" "$(awk -v a="$SINGLE" -v b="$BASE" 'BEGIN {print a/b}')"
printf '%-44s %12.0f\n' "raw Kafka producer, 300 B, acks=all" "$RAW"
printf '%-44s %12.0f   ratio %.2f\n' "POST /api/v1/checkins/batch (events)" "$BATCH" "$(awk -v a="$BATCH" -v b="$RAW" 'BEGIN {print a/b}')"
