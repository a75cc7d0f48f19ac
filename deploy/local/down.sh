#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started (by PID). --wipe also deletes the local data (Kafka log, private
# MariaDB, keys); databases on a shared MariaDB at 3306 (vungxanh_*) are dropped too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
wipe=false
[ "${1:-}" = "--wipe" ] && wipe=true
stop_one simulator
for entry in "${SERVICES[@]}"; do stop_one "${entry%%:*}"; done
stop_one alertmanager
if $wipe && ! running mariadb && port_open 3306 && command -v mariadb >/dev/null; then
  for db in vungxanh_checkin vungxanh_checkpoint vungxanh_alert; do
    mariadb -h 127.0.0.1 -P 3306 -u root -e "DROP DATABASE IF EXISTS $db" || true
  done
fi
stop_one mariadb
stop_one kafka
if $wipe; then
  rm -rf "$STATE"
  say "local data deleted"
fi
