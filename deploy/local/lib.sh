# Shared helpers of the local stack scripts (sourced, not run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${VX_LOCAL_STATE:-$ROOT/.local}
PIDS=$STATE/pids
LOGS=$STATE/logs
KEYS=$STATE/keys
KAFKA_PORT=${VX_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${VX_KAFKA_CONTROLLER_PORT:-9093}
PRIVATE_DB_PORT=${VX_PRIVATE_DB_PORT:-3307}
ISSUER=${VX_JWT_ISSUER:-https://vungxanh.local/issuer}
CHECKIN_PORT=${VX_CHECKIN_PORT:-8081}
CHECKPOINT_PORT=${VX_CHECKPOINT_PORT:-8082}
ALERT_PORT=${VX_ALERT_PORT:-8083}
SERVICES=(checkin-service:$CHECKIN_PORT checkpoint-service:$CHECKPOINT_PORT alert-service:$ALERT_PORT)
# the services' URLs, as the simulator takes them
SIM_URLS=(--checkin-url=http://127.0.0.1:$CHECKIN_PORT --checkpoint-url=http://127.0.0.1:$CHECKPOINT_PORT
  --alert-url=http://127.0.0.1:$ALERT_PORT)
DEVICE_ISSUER=${VX_DEVICE_JWT_ISSUER:-https://vungxanh.local/devices}

say() { printf '\033[1m[vungxanh]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[vungxanh] %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# running NAME: true when the process recorded under NAME is alive
running() { [ -f "$PIDS/$1" ] && kill -0 "$(cat "$PIDS/$1")" 2>/dev/null; }

stop_one() {
  local name=$1 pid
  running "$name" || { rm -f "$PIDS/$name"; return 0; }
  pid=$(cat "$PIDS/$name")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  rm -f "$PIDS/$name"
  say "stopped $name (pid $pid)"
}
