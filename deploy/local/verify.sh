#!/usr/bin/env bash
# Checks the running local stack against what the simulator planted: each planted misbehaviour must have raised its
# alert and compliant places none. Prints precision and recall per rule; exits non-zero when the check fails.
#   deploy/local/verify.sh [--verify-timeout=PT10M]   (how long to wait for alerts still to come; default none)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -f "$STATE/simulator-world.json" ] || die "nothing simulated yet: run deploy/local/up.sh first"
set -a; source "$STATE/tokens.env"; set +a
export INSPECTOR_TOKEN_004=$INSPECTOR_LONG_BIEN_TOKEN INSPECTOR_TOKEN_001=$INSPECTOR_BA_DINH_TOKEN
exec java -jar "$ROOT/simulator/target/simulator.jar" verify --world="$STATE/simulator-world.json" "${SIM_URLS[@]}" "$@"
