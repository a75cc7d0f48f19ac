#!/usr/bin/env bash
# Starts the whole Vùng Xanh system on this machine: a real Kafka broker (KRaft, Apache Kafka from Maven Central),
# MariaDB (the one on 127.0.0.1:3306, else a private server), the three services and the traffic simulator; then
# prints the board's URL and ready-made tokens. Safe to run again: what already runs is left alone.
# Stop with deploy/local/down.sh. Options (environment):
#   VX_DEMO=quick          (default) every venue open round the clock, rule thresholds of minutes, and the eight
#                          planted misbehaviours that show within minutes: deploy/local/verify.sh passes ~10 min later
#   VX_DEMO=day            real opening hours and the rule thresholds of PRODUCT.md, all ten misbehaviours planted;
#                          the rate rules are judged per clock hour against peers, so the full check needs hours,
#                          through the planted supermarket's evening rush
#   VX_SIM_SPEED           simulated minutes per real minute while the simulator replays the past (quick 600, day 60)
#   VX_SIM_LOOKBACK        how much of the past it replays before running live (quick PT1H, day PT3H)
#   VX_SIM_VENUES_PER_WARD (quick 5, day 12), VX_SIM=off (no simulator)
#   VX_PRIVATE_DB=always   start the private MariaDB (on VX_PRIVATE_DB_PORT) even when one answers on 3306
#   VX_CHECKIN_PORT, VX_CHECKPOINT_PORT, VX_ALERT_PORT   the services' HTTP ports (8081, 8082, 8083)
#   VX_ALERTMANAGER=on     also start Debian's prometheus-alertmanager (port VX_ALERTMANAGER_PORT, 9093) with a route
#                          per district (deploy/local/alertmanager.yml); alert-service hands it every alert
#   VX_ALERT_STATE_DIR     alert-service's Kafka Streams state directory, kept across its restarts (default: a new
#                          temporary one per start, restored from the changelog topics)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
mkdir -p "$PIDS" "$LOGS" "$KEYS"

command -v java >/dev/null || die "java (17 or newer) is required"
DEMO=${VX_DEMO:-quick}
case $DEMO in
  quick)
    ALERT_ENV=(VX_RULES_EVALUATION_INTERVAL=5S VX_RULES_SCANNER_OFFLINE_AFTER=2M
      VX_RULES_SCANNING_SILENT_CROWDED=5M,5M,5M,5M VX_RULES_SCANNING_SILENT_CONVENIENCE_STORE=5M,5M,5M,5M
      VX_RULES_SCANNING_SILENT_OTHER=5M,5M,5M,5M VX_RULES_CHECKPOINT_SILENT_AFTER=3M,3M,3M,3M
      VX_RULES_REOPEN_AFTER=5M)
    SIM_ARGS=(--always-open=true --heartbeat-seconds=10 --speed="${VX_SIM_SPEED:-600}"
      --lookback="${VX_SIM_LOOKBACK:-PT1H}" --venues-per-ward="${VX_SIM_VENUES_PER_WARD:-5}"
      --plant=NEVER_SCANS,FAKE_POSTER,BROKEN_SCANNER,OVER_CAPACITY,ONE_SCAN_PER_VISITOR_PER_DAY,CHECKPOINT_SILENT,ARRIVALS_FROM_RED_WARD,FEVER_ARRIVALS) ;;
  day)
    ALERT_ENV=()
    SIM_ARGS=(--speed="${VX_SIM_SPEED:-60}" --lookback="${VX_SIM_LOOKBACK:-PT3H}"
      --venues-per-ward="${VX_SIM_VENUES_PER_WARD:-12}") ;;
  *) die "VX_DEMO is quick or day, not '$DEMO'" ;;
esac
for entry in "${SERVICES[@]}"; do
  if running "${entry%%:*}" && [ "$(cat "$STATE/demo" 2>/dev/null)" != "$DEMO" ]; then
    die "the stack runs as the $(cat "$STATE/demo" 2>/dev/null || echo other) demo; stop it first (deploy/local/down.sh)"
  fi
done
command -v openssl >/dev/null || die "openssl is required (Debian package openssl)"

# 1. Build what is missing
for jar in "${SERVICES[@]/%:*/}" simulator; do
  case $jar in simulator) path=simulator/target/simulator.jar ;; *) path=$jar/target/quarkus-app/quarkus-run.jar ;; esac
  if [ ! -f "$ROOT/$path" ]; then
    say "building the services (first run only)"
    (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests -DskipITs) || die "build failed"
    break
  fi
done

# 2. Kafka broker
if running kafka; then
  say "Kafka already runs (pid $(cat "$PIDS/kafka"))"
else
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another program; free it or set VX_KAFKA_PORT"
  if [ ! -d "$STATE/kafka/libs" ]; then
    say "fetching Apache Kafka from Maven Central"
    (cd "$ROOT" && ./mvnw -B -q -ntp -f deploy/local/kafka-pom.xml dependency:copy-dependencies \
        -DoutputDirectory="$STATE/kafka/libs") || die "could not fetch Kafka"
  fi
  mkdir -p "$STATE/kafka/data"
  cat > "$STATE/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$STATE/kafka/data
num.partitions=6
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  KAFKA_CP="$STATE/kafka/libs/*"
  if [ ! -f "$STATE/kafka/data/meta.properties" ]; then
    java -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$(java -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid)" \
      -c "$STATE/kafka/server.properties" > "$LOGS/kafka-format.log" 2>&1 || die "Kafka storage format failed; see $LOGS/kafka-format.log"
  fi
  nohup java -Xmx512m -cp "$KAFKA_CP" kafka.Kafka "$STATE/kafka/server.properties" > "$LOGS/kafka.log" 2>&1 &
  echo $! > "$PIDS/kafka"
  for _ in $(seq 1 120); do port_open "$KAFKA_PORT" && break; running kafka || break; sleep 0.25; done
  port_open "$KAFKA_PORT" || die "Kafka did not start; see $LOGS/kafka.log"
  say "Kafka runs on 127.0.0.1:$KAFKA_PORT"
fi
# Every topic of the code (events Topics), registries compacted, before the services start
KAFKA_CP="$STATE/kafka/libs/*"
existing=$(java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list 2>/dev/null)
java -cp "$ROOT/simulator/target/lib/*" vn.vungxanh.events.Topics | while read -r topic policy; do
  grep -qx "$topic" <<< "$existing" && continue
  java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create \
    --if-not-exists --topic "$topic" --partitions 6 --replication-factor 1 --config "cleanup.policy=$policy" \
    >> "$LOGS/kafka-topics.log" 2>&1 || die "could not create topic $topic; see $LOGS/kafka-topics.log"
done

# 3. MariaDB
if running mariadb; then
  DB_HOSTPORT=127.0.0.1:$PRIVATE_DB_PORT
elif [ "${VX_PRIVATE_DB:-auto}" != always ] && port_open 3306; then
  DB_HOSTPORT=127.0.0.1:3306
  say "using the MariaDB on 127.0.0.1:3306"
else
  MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  if [ ! -x "$MARIADBD" ]; then
    [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || die "no MariaDB on 3306 and none installed: install mariadb-server"
    say "installing mariadb-server"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  port_open "$PRIVATE_DB_PORT" && die "port $PRIVATE_DB_PORT is taken; set VX_PRIVATE_DB_PORT"
  if [ ! -d "$STATE/mariadb/data/mysql" ]; then
    mkdir -p "$STATE/mariadb"
    mariadb-install-db --no-defaults --datadir="$STATE/mariadb/data" --user=root --skip-test-db \
      > "$LOGS/mariadb-install.log" 2>&1 || die "mariadb-install-db failed; see $LOGS/mariadb-install.log"
  fi
  nohup mariadbd --no-defaults --datadir="$STATE/mariadb/data" --socket="$STATE/mariadb/mariadb.sock" \
    --port="$PRIVATE_DB_PORT" --bind-address=127.0.0.1 --user=root --skip-grant-tables \
    --pid-file="$STATE/mariadb/mariadb.pid" > "$LOGS/mariadb.log" 2>&1 &
  echo $! > "$PIDS/mariadb"
  for _ in $(seq 1 100); do port_open "$PRIVATE_DB_PORT" && break; sleep 0.2; done
  port_open "$PRIVATE_DB_PORT" || die "private MariaDB did not start; see $LOGS/mariadb.log"
  DB_HOSTPORT=127.0.0.1:$PRIVATE_DB_PORT
  say "started a private MariaDB on $DB_HOSTPORT"
fi

# 4. Development keys, generated once, never committed: the people's token key pair (stands in for the identity
#    provider: token.sh signs with its private half, the services verify with its public half), the devices' own
#    token key pair (checkin and checkpoint sign and verify device tokens with it), the QR signing key pair (EC
#    P-256, key id local-1) and the pseudonymisation secret
if [ ! -f "$KEYS/jwt-private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/jwt-private.pem" -pubout -out "$KEYS/jwt-public.pem"
  openssl rand -hex 32 > "$KEYS/pseudonym-secret"
fi
if [ ! -f "$KEYS/device-jwt-private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/device-jwt-private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/device-jwt-private.pem" -pubout -out "$KEYS/device-jwt-public.pem"
fi
if [ ! -f "$KEYS/qr-private.pem" ]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$KEYS/qr-private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/qr-private.pem" -pubout -out "$KEYS/qr-public.pem"
  echo "vx.qr.verification-keys.local-1=file:$KEYS/qr-public.pem" > "$KEYS/qr-keys.properties"
fi

# 5. Optionally a Prometheus Alertmanager, which alert-service hands its alerts to
ALERTMANAGER_PORT=${VX_ALERTMANAGER_PORT:-9093}
if [ "${VX_ALERTMANAGER:-off}" = on ]; then
  command -v prometheus-alertmanager >/dev/null || die "VX_ALERTMANAGER=on needs Debian's prometheus-alertmanager"
  if running alertmanager; then
    say "Alertmanager already runs"
  else
    port_open "$ALERTMANAGER_PORT" && die "port $ALERTMANAGER_PORT is taken; set VX_ALERTMANAGER_PORT"
    mkdir -p "$STATE/alertmanager"
    nohup prometheus-alertmanager --config.file="$ROOT/deploy/local/alertmanager.yml" \
      --storage.path="$STATE/alertmanager" --web.listen-address="127.0.0.1:$ALERTMANAGER_PORT" \
      --cluster.listen-address= > "$LOGS/alertmanager.log" 2>&1 &
    echo $! > "$PIDS/alertmanager"
    say "Alertmanager on http://127.0.0.1:$ALERTMANAGER_PORT/ (alerts grouped and routed by district)"
  fi
  ALERT_ENV+=(VX_ALERTMANAGER_URL="http://127.0.0.1:$ALERTMANAGER_PORT")
fi

# 6. The services
for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}; port=${entry##*:}
  if running "$svc"; then say "$svc already runs"; continue; fi
  port_open "$port" && die "port $port is taken by another program; $svc needs it"
  db=vungxanh_${svc%-service}
  extra=(); [ "$svc" = alert-service ] && extra=("${ALERT_ENV[@]}")
  [ "$svc" = alert-service ] && [ -n "${VX_ALERT_STATE_DIR:-}" ] && extra+=(KAFKA_STREAMS_STATE_DIR="$VX_ALERT_STATE_DIR")
  VX_HTTP_PORT=$port \
  VX_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT \
  VX_DB_URL="jdbc:mariadb://$DB_HOSTPORT/$db?createDatabaseIfNotExist=true" \
  VX_JWT_PUBLIC_KEY_LOCATION="file:$KEYS/jwt-public.pem" \
  VX_JWT_ISSUER="$ISSUER" \
  VX_PSEUDONYM_SECRET="$(cat "$KEYS/pseudonym-secret")" \
  VX_DEVICE_JWT_ISSUER="$DEVICE_ISSUER" \
  VX_DEVICE_JWT_PUBLIC_KEY_LOCATION="file:$KEYS/device-jwt-public.pem" \
  VX_DEVICE_JWT_SIGN_KEY_LOCATION="file:$KEYS/device-jwt-private.pem" \
  VX_QR_SIGNING_KEY_ID=local-1 \
  VX_QR_SIGNING_KEY_LOCATION="file:$KEYS/qr-private.pem" \
  QUARKUS_CONFIG_LOCATIONS="file:$KEYS/qr-keys.properties" \
    env "${extra[@]}" nohup java -Xmx384m -jar "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" > "$LOGS/$svc.log" 2>&1 &
  echo $! > "$PIDS/$svc"
done
echo "$DEMO" > "$STATE/demo"
for entry in "${SERVICES[@]}"; do
  svc=${entry%%:*}; port=${entry##*:}
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    running "$svc" || die "$svc exited; see $LOGS/$svc.log"
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 || die "$svc not ready; see $LOGS/$svc.log"
  say "$svc ready on http://127.0.0.1:$port"
done

# 7. Tokens for each role
{
  echo "ADMIN_TOKEN=$("$ROOT/deploy/local/token.sh" admin)"
  echo "INSPECTOR_LONG_BIEN_TOKEN=$("$ROOT/deploy/local/token.sh" inspector district=004)"
  echo "INSPECTOR_BA_DINH_TOKEN=$("$ROOT/deploy/local/token.sh" inspector district=001)"
  echo "HEALTH_OFFICIAL_TOKEN=$("$ROOT/deploy/local/token.sh" health-official)"
} > "$STATE/tokens.env"

# 8. Demo traffic
if [ "${VX_SIM:-on}" != off ] && ! running simulator; then
  set -a; source "$STATE/tokens.env"; set +a
  INSPECTOR_TOKEN_004=$INSPECTOR_LONG_BIEN_TOKEN INSPECTOR_TOKEN_001=$INSPECTOR_BA_DINH_TOKEN \
    nohup java -jar "$ROOT/simulator/target/simulator.jar" run "${SIM_ARGS[@]}" --live=P7D "${SIM_URLS[@]}" \
      --world="$STATE/simulator-world.json" > "$LOGS/simulator.log" 2>&1 &
  echo $! > "$PIDS/simulator"
  say "simulator started ($DEMO demo): it registers venues of Long Biên and Ba Đình, replays the past, then runs live ($LOGS/simulator.log)"
fi

cat <<MSG

Vùng Xanh runs.
  inspectors' board   http://127.0.0.1:$ALERT_PORT/
  check-in API        http://127.0.0.1:$CHECKIN_PORT/q/swagger-ui
  checkpoint API      http://127.0.0.1:$CHECKPOINT_PORT/q/swagger-ui
  alert API           http://127.0.0.1:$ALERT_PORT/q/swagger-ui
  tokens (30 days)    $STATE/tokens.env   (source it; deploy/local/token.sh mints more)
  logs                $LOGS
  check the alerts    deploy/local/verify.sh --verify-timeout=PT15M (planted misbehaviour caught? precision and recall)
  stop                deploy/local/down.sh   (add --wipe to delete the data)
MSG
