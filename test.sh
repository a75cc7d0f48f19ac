#!/usr/bin/env bash
# Runs every test of Vùng Xanh: unit tests, @QuarkusTests against a real Kafka broker (started inside the test
# JVM) and a real MariaDB, and the system tests that start the packaged services as processes.
# MariaDB: the server on 127.0.0.1:3306 (root, empty password) when one answers; otherwise the tests start a
# private one from the installed MariaDB binaries, which this script installs (Debian) when they are missing.
# The inspectors' board is tested in headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver), the Ingress through
# Debian's nginx (/usr/sbin/nginx) and the alerting rules and metrics with promtool (/usr/bin/promtool, package
# prometheus), installed likewise.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '[test] %s\n' "$*"; }

apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "missing: $*; install them (Debian/Ubuntu packages) and run again"
    exit 1
  fi
  log "installing $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then
  apt_install openjdk-17-jdk-headless
fi

# The fault suite's smoke (and the tests of a database outage) start a private MariaDB server of their own.
if [ ! -x /usr/sbin/mariadbd ] && ! command -v mariadbd >/dev/null 2>&1; then
  apt_install mariadb-server
fi
if (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; then
  log "MariaDB answers on 127.0.0.1:3306: tests create their own fresh databases there"
else
  log "no MariaDB on 3306: tests start a private MariaDB server"
fi

# The inspectors' board is tested in a real browser: Debian's Chromium and its driver, headless.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi
# The Ingress is tested through a real nginx (run as a process of the tests, never the system's service).
if [ ! -x /usr/sbin/nginx ]; then
  apt_install nginx
fi
# The operators' alerting rules and the services' metrics are checked with promtool.
if [ ! -x /usr/bin/promtool ]; then
  apt_install prometheus
fi

# alert-service hands alerts to a real Prometheus Alertmanager in its tests: Debian's.
if [ ! -x /usr/bin/prometheus-alertmanager ]; then
  apt_install prometheus-alertmanager
fi

./mvnw -B -ntp verify "$@"

# The fault suite at CI size: the packaged services, a private Kafka and a private MariaDB that is shut down for
# 30 s while retrying clients post a few hundred scans (reliability/README.md). VX_FAULT_SMOKE=off leaves it out.
if [ "${VX_FAULT_SMOKE:-on}" != off ]; then
  reliability/run.sh smoke
fi

# The benchmark harness at CI size (docs/BENCHMARKS.md): seconds of each ingest path with unique event
# ids, then a replay of the same ids, which must be answered DUPLICATE and refused. The full benchmark runs on demand.
if [ "${VX_BENCH_SMOKE:-on}" != off ]; then
  command -v wrk >/dev/null 2>&1 || apt_install wrk
  bench/run.sh smoke
fi
