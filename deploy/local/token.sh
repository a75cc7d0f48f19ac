#!/usr/bin/env bash
# Mints a bearer token for the local stack, signed with its development keys: people's roles as the identity
# provider would (issuer VX_JWT_ISSUER), the device role as the ingest services do (issuer VX_DEVICE_JWT_ISSUER,
# the device key; it needs venue=ID or checkpoint=ID).
#   deploy/local/token.sh ROLE [claim=value ...]     e.g. token.sh inspector district=004 ward=00118
# ROLE is admin, inspector, health-official or device.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || die "usage: token.sh ROLE [claim=value ...]"
[ -f "$KEYS/jwt-private.pem" ] || die "no development key yet: run deploy/local/up.sh first"
role=$1; shift
key=$KEYS/jwt-private.pem; iss=$ISSUER; lifetime=$((30 * 86400))
if [ "$role" = device ]; then
  key=$KEYS/device-jwt-private.pem; iss=$DEVICE_ISSUER; lifetime=$((90 * 86400))
  [ -f "$key" ] || die "no device key yet: run deploy/local/up.sh first"
fi
claims=""
for kv in "$@"; do claims="$claims,\"${kv%%=*}\":\"${kv#*=}\""; done
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d%s}' \
  "$iss" "local-$role" "local-$role" "$role" "$now" "$((now + lifetime))" "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
