#!/usr/bin/env bash
# Makes src/test/resources/upgrade/pilotboard-v1.sql, the database that PlanUpgradeTest upgrades: what
# the last release with plan dataset version 1 (commit 86a4104) left after a start with the demo data
# and a few admin edits through its API. Run it again only to remake that fixture.
#
# usage: src/build/make-upgrade-fixture.sh [path/to/quarkus-app of that release]
# Without an argument it checks the commit out into a temporary worktree and builds it (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
commit=86a4104
db=pilotboard_upgrade_fixture
port=18099
out=src/test/resources/upgrade/pilotboard-v1.sql
mkdir -p "$(dirname "$out")"
app=${1:-}
if [ -z "$app" ]; then
  tree=$(mktemp -d)/v1
  git worktree add --detach "$tree" "$commit"
  (cd "$tree" && ./mvnw -B -q package -DskipTests)
  app="$tree/target/quarkus-app"
fi

psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  PILOTBOARD_DEMO_DATA=true PILOTBOARD_ADMIN_PASSWORD=Fixture-Boot-Passw0rd-21 \
  java -Xmx256m -jar "$app/quarkus-run.jar" > /tmp/upgrade-fixture-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  kill -0 $pid 2>/dev/null || { echo "the app stopped: see /tmp/upgrade-fixture-app.log" >&2; exit 1; }
  sleep 1
done
base=http://127.0.0.1:$port/api/v1
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"admin","password":"Fixture-Boot-Passw0rd-21"}' \
  "$base/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
call() { curl -sf -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

# An admin's correction of a shipped measure: kept through any later dataset version.
call -X PUT "$base/measures/5.2" -d '{"itemNumber":5,"seq":2,"kind":"action","textZh":"允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。","summaryEn":"Corrected by an admin before dataset version 2"}'
# An admin's change to a shipped region: its fields stay the admin's.
etag=$(curl -sf -D - -o /dev/null "$base/regions/hefei-metro" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')
region=$(curl -sf "$base/regions/hefei-metro" | python3 -c '
import json,sys
r=json.load(sys.stdin); r["notes"]="Edited by an admin before regions dataset version 2"
print(json.dumps({k:r[k] for k in ("code","nameZh","nameEn","type","provinces","cities","approval","notes","sourceUrls")}, ensure_ascii=False))')
call -X PUT -H "If-Match: $etag" "$base/regions/hefei-metro" -d "$region"
echo

pg_dump -h 127.0.0.1 -U postgres --no-owner --no-privileges "$db" | grep -v '^\\\(un\)\?restrict ' > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
