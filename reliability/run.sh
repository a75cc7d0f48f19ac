#!/usr/bin/env bash
# The fault suite: starts a private local stack (own ports, own MariaDB, no simulator), and for each scenario
# registers a few places in a ward of their own, drives scans with retrying clients, injects the fault, and checks that
# every acknowledged scan was stored once, counted once, alerted as expected and never dead-lettered.
#   reliability/run.sh [scenario ...] [--events=N]
# Scenarios: broker checkin checkpoint alert checkin-restart checkpoint-restart alert-restart alert-state mariadb (all
# of them when none is named), and smoke (the MariaDB outage with a few hundred scans, for CI). Prints a verdict
# table; exits non-zero on any FAIL.
# Environment: RELIABILITY_KAFKA_PORT (19092; the controller listens on the next port), RELIABILITY_HTTP_PORT
# (18081; the services take it and the next two), RELIABILITY_DB_PORT (3317), RELIABILITY_DB_DOWN (30 s),
# RELIABILITY_BROKER_DOWN (10 s), RELIABILITY_CLIENTS (6). See reliability/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

http=${RELIABILITY_HTTP_PORT:-18081}
export VX_KAFKA_PORT=${RELIABILITY_KAFKA_PORT:-19092}
export VX_KAFKA_CONTROLLER_PORT=$((VX_KAFKA_PORT + 1))
export VX_CHECKIN_PORT=$http VX_CHECKPOINT_PORT=$((http + 1)) VX_ALERT_PORT=$((http + 2))
export VX_PRIVATE_DB=always VX_PRIVATE_DB_PORT=${RELIABILITY_DB_PORT:-3317}
export VX_LOCAL_STATE=$HERE/target/stack
export VX_ALERT_STATE_DIR=$VX_LOCAL_STATE/alert-streams
export VX_SIM=off VX_DEMO=day # no simulator; the rule thresholds of PRODUCT.md
PIDS=$VX_LOCAL_STATE/pids
OUT=$HERE/target/run
JAR=$HERE/target/reliability.jar

say() { printf '\033[1m[reliability]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[reliability] %s\033[0m\n' "$*" >&2; exit 1; }

# up: (re)starts whatever of the stack is not running and waits until the services are ready; a restart overwrites
# the logs of what it starts, so they are kept first under $OUT/logs-<n>
up() {
  if [ -d "$VX_LOCAL_STATE/logs" ]; then
    local n=1; while [ -d "$OUT/logs-$n" ]; do n=$((n + 1)); done
    cp -r "$VX_LOCAL_STATE/logs" "$OUT/logs-$n"
  fi
  "$ROOT/deploy/local/up.sh" >> "$OUT/stack.log" 2>&1 || { tail -n 20 "$OUT/stack.log" >&2; die "the stack did not start; see $OUT/stack.log and $VX_LOCAL_STATE/logs"; }
}
pid_of() { cat "$PIDS/$1" 2>/dev/null || die "no pid recorded for $1"; }
await_exit() { for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done; die "pid $1 did not exit"; }
kill9() { local pid; pid=$(pid_of "$1"); kill -9 "$pid"; await_exit "$pid"; say "killed $1 (pid $pid) with SIGKILL"; }
stamp() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(stamp)" 'BEGIN { printf "%.1f", b - a }'; }

# --inject=FAULT: called by the driver while its clients post scans; the environment above is inherited
inject() {
  local t0 t1 pid
  t0=$(stamp)
  case $1 in
    broker)
      kill9 kafka
      sleep "${RELIABILITY_BROKER_DOWN:-10}"
      up ;;
    checkin|checkpoint|alert)
      kill9 "$1-service"
      up ;;
    checkin-restart|checkpoint-restart|alert-restart)
      pid=$(pid_of "${1%-restart}-service"); kill "$pid"; await_exit "$pid"
      say "${1%-restart}-service (pid $pid) stopped on SIGTERM after $(elapsed "$t0") s"
      up ;;
    alert-state)
      kill9 alert-service
      rm -rf "$VX_ALERT_STATE_DIR"
      say "deleted alert-service's state directory"
      up ;;
    mariadb)
      pid=$(pid_of mariadb); kill "$pid"; await_exit "$pid"
      say "MariaDB shut down (pid $pid)"
      sleep "${RELIABILITY_DB_DOWN:-30}"
      up
      say "MariaDB was down for $(elapsed "$t0") s" ;;
    *) die "no fault '$1'" ;;
  esac
  say "fault $1: the stack was ready again after $(elapsed "$t0") s"
}
if [[ ${1:-} == --inject=* ]]; then
  inject "${1#--inject=}"
  exit 0
fi

describe() {
  case $1 in
    broker) echo "Kafka broker SIGKILL, restarted after ${RELIABILITY_BROKER_DOWN:-10} s" ;;
    checkin|checkpoint|alert) echo "$1-service SIGKILL, restarted" ;;
    *-restart) echo "${1%-restart}-service SIGTERM, restarted" ;;
    alert-state) echo "alert-service SIGKILL, state dir deleted, restarted" ;;
    mariadb) echo "MariaDB shut down for ${RELIABILITY_DB_DOWN:-30} s, restarted" ;;
  esac
}

ALL=(broker checkin checkpoint alert checkin-restart checkpoint-restart alert-restart alert-state mariadb)
scenarios=()
events=600
for arg in "$@"; do
  case $arg in
    --events=*) events=${arg#--events=} ;;
    smoke) scenarios+=(mariadb); smoke=true ;;
    broker|checkin|checkpoint|alert|checkin-restart|checkpoint-restart|alert-restart|alert-state|mariadb)
      scenarios+=("$arg") ;;
    -h|--help) sed -n '2,/^set /p' "$0" | sed '$d'; exit 0 ;;
    *) die "unknown argument '$arg' (scenarios: ${ALL[*]} smoke; option --events=N)" ;;
  esac
done
[ ${#scenarios[@]} -gt 0 ] || scenarios=("${ALL[@]}")
if [ "${smoke:-false}" = true ] && [[ " $* " != *" --events="* ]]; then events=300; fi
[[ $events =~ ^[0-9]+$ ]] && [ "$events" -ge 30 ] || die "--events must be a number, at least 30"

command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || die "mariadbd is needed (Debian package mariadb-server)"

driver_pid=""
cleanup() {
  local rc=$?
  [ -n "$driver_pid" ] && kill "$driver_pid" 2>/dev/null || true
  "$ROOT/deploy/local/down.sh" >> "$OUT/stack.log" 2>&1 || true
  # whatever down.sh could not stop (it stops by recorded pid)
  for f in "$PIDS"/*; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true; done
  exit $rc
}

start=$(stamp)
# a previous run's processes (interrupted hard) are stopped; its data is dropped, the fetched Kafka jars kept
mkdir -p "$OUT"
"$ROOT/deploy/local/down.sh" > /dev/null 2>&1 || true
find "$VX_LOCAL_STATE" -mindepth 1 -maxdepth 1 ! -name kafka -exec rm -rf {} + 2>/dev/null || true
rm -rf "$VX_LOCAL_STATE/kafka/data" "$OUT"/*
mkdir -p "$OUT"
trap cleanup EXIT
trap 'exit 130' INT TERM

for jar in checkin-service/target/quarkus-app/quarkus-run.jar checkpoint-service/target/quarkus-app/quarkus-run.jar \
    alert-service/target/quarkus-app/quarkus-run.jar simulator/target/simulator.jar reliability/target/reliability.jar; do
  if [ ! -f "$ROOT/$jar" ]; then
    say "building the services and the driver (package)"
    (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests -DskipITs) > "$OUT/build.log" 2>&1 || die "build failed; see $OUT/build.log"
    break
  fi
done

say "starting the stack: Kafka 127.0.0.1:$VX_KAFKA_PORT, MariaDB 127.0.0.1:$VX_PRIVATE_DB_PORT (private), services :$VX_CHECKIN_PORT-$VX_ALERT_PORT"
up
stack_seconds=$(elapsed "$start")
say "stack ready after $stack_seconds s"
ADMIN_TOKEN=$("$ROOT/deploy/local/token.sh" admin)
INSPECTOR_TOKEN=$("$ROOT/deploy/local/token.sh" inspector district=004)
export ADMIN_TOKEN INSPECTOR_TOKEN

RESULTS=$OUT/results.tsv
: > "$RESULTS"
ward=0
for s in "${scenarios[@]}"; do
  name=$s; [ "${smoke:-false}" = true ] && name=smoke
  say "scenario $name: $(describe "$s"), $events scans"
  t0=$(stamp)
  set +e
  timeout 15m java -jar "$JAR" scenario --name="$name" --description="$(describe "$s")" \
    --checkin-url="http://127.0.0.1:$VX_CHECKIN_PORT" --checkpoint-url="http://127.0.0.1:$VX_CHECKPOINT_PORT" \
    --alert-url="http://127.0.0.1:$VX_ALERT_PORT" --bootstrap="127.0.0.1:$VX_KAFKA_PORT" \
    --db="127.0.0.1:$VX_PRIVATE_DB_PORT" --district=004 --ward-index=$ward --events="$events" \
    --clients="${RELIABILITY_CLIENTS:-6}" --fault="$HERE/run.sh --inject=$s" --fault-log="$OUT/fault-$name.log" \
    --results="$RESULTS" > >(tee "$OUT/driver-$name.log") 2>&1 &
  driver_pid=$!
  wait "$driver_pid"; rc=$?
  driver_pid=""
  set -e
  if ! grep -q "^$name	" "$RESULTS"; then
    printf '%s\t%s\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\tFAIL\t0\t%s\tthe driver stopped (exit %s): see %s\n' "$name" \
      "$(describe "$s")" "$(elapsed "$t0")" "$rc" "$OUT/driver-$name.log" >> "$RESULTS"
    # the stack may be left half-started by a failed fault: bring back what is missing before the next scenario
    (up) || true
  fi
  ward=$((ward + 1))
done

echo
java -jar "$JAR" table "$RESULTS" && verdict=0 || verdict=1
say "stack start $stack_seconds s; whole run $(elapsed "$start") s; logs in $OUT and $VX_LOCAL_STATE/logs"
exit $verdict
